"""The methods: Causal-SAM-LLM, Zeus, and the baselines (U-Net, the SAM decoder ablation, SAM
with box prompts). Each has `fit` (train step), `segment` (one case → logits per structure)
and, for Causal-SAM-LLM, `intervene`; `cli.py` turns these into the contract's steps."""
from __future__ import annotations

import time

import torch
import torch.nn.functional as F
from torch import nn

from . import sam
from .data import TrainingSlices
from .film import FiLM, solve_shift
from .language import FrozenTextEncoder, Intervention, ReportWriter
from .losses import segmentation_loss
from .manifest import Label
from .pretraining import PretrainedSam, embed
from .slices import resize


class GradientReversal(torch.autograd.Function):
    """Identity forward; the gradient's sign flips backward (Ganin & Lempitsky, 2015)."""

    @staticmethod
    def forward(ctx, x):
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad):
        return -grad


def lad_loss(features: torch.Tensor, styles_: torch.Tensor, positives: torch.Tensor, temperature: float = 0.1):
    """LAD's disentanglement loss, the log-probability that a feature picks its own style:

        L = (1/N) Σ_i log Σ_{j ∈ P(i)} softmax_j(cos(f_i, s_j) / τ)

    f_i the projected segmentation feature of image i, s_j the projected embedding of image j's
    style description, P(i) the images whose description equals i's. It is minus a supervised
    InfoNCE: the decoder minimises it (its features move away from their style embeddings), the
    projection heads maximise it through a gradient reversal (they are the style probe the
    features must defeat). It falls as features move away from the style embeddings.
    """
    logits = F.normalize(features, dim=1) @ F.normalize(styles_, dim=1).T / temperature
    log_probability = logits.log_softmax(dim=1)
    return torch.logsumexp(log_probability.masked_fill(~positives, float("-inf")), dim=1).mean()


def _mlp(width_in: int, width_out: int) -> nn.Sequential:
    return nn.Sequential(nn.Linear(width_in, width_out), nn.GELU(), nn.Linear(width_out, width_out))


class Progress:
    def __init__(self, label: str, total: int, log):
        self.label, self.total, self.log, self.start = label, total, log, time.monotonic()

    def step(self, step: int, **values: float):
        if step % 25 and step != self.total:
            return
        elapsed = time.monotonic() - self.start
        shown = " ".join(f"{k} {v:.3f}" for k, v in values.items())
        self.log(f"{self.label} step {step}/{self.total} {shown} ({elapsed:.0f} s, eta {elapsed / step * (self.total - step):.0f} s)")


class SamClassMethod(nn.Module):
    """The SAM decoder fine-tuned with one text prompt token per structure (the ablation):
    frozen image encoder and prompt encoder; trainable mask decoder and a linear map from the
    frozen text encoder's embedding of the structure's name to a prompt token."""

    name = "sam_decoder"
    # At most this many structures are decoded in a training step: a random subset, one for the
    # whole batch, each structure drawn with probability 4/L. The decoder runs once per structure,
    # so twelve made a step three times as slow as four; with four or fewer nothing is drawn and
    # training is what it was.
    structures_per_step = 4

    def __init__(self, pretrained: PretrainedSam, labels: tuple[Label, ...], text: FrozenTextEncoder,
                 writer: ReportWriter):
        super().__init__()
        self.parts = pretrained.parts
        self.labels = labels
        self.writer = writer
        self.text = text
        sam.freeze(self.parts.encoder)
        sam.freeze(self.parts.prompt_encoder)
        self.decoder_pass = sam.DecoderPass(self.parts)
        width = self.parts.size.embedding_width
        self.prompt_projection = nn.Linear(text.dimension, width)
        # The frozen text encoder's embedding of each structure's name: written by `fit`, read
        # back from the checkpoint when predicting, so prediction never loads the text encoder.
        self.register_buffer("name_embeddings", torch.zeros(len(labels), text.dimension))

    # The structures' prompt tokens for a batch of images: (B, L, T, C).
    def tokens(self, batch: int, context=None) -> torch.Tensor:
        return self.prompt_projection(self.name_embeddings)[None, :, None, :].expand(batch, -1, -1, -1)

    def decode(self, embeddings: torch.Tensor, tokens: torch.Tensor, shifts: dict[int, float] | None = None):
        """embeddings (B, C, g, g), tokens (B, L, T, C) → logits (B, L, h, w), pooled features (B, C).
        `shifts`: structure → FiLM logit shift t (TCI)."""
        b, l = tokens.shape[:2]
        repeated = embeddings.repeat_interleave(l, dim=0)
        out = self.decoder_pass(repeated, tokens.flatten(0, 1))
        logits = out.logits.view(b, l, *out.logits.shape[-2:])
        if shifts:
            upscaled = out.upscaled.view(b, l, *out.upscaled.shape[1:])
            weights = out.weights.view(b, l, -1)
            for s, t in shifts.items():
                film = FiLM.logit_shift(weights[:, s], t)
                logits[:, s] = torch.einsum("nc,nchw->nhw", weights[:, s], film.apply(upscaled[:, s]))
        return logits, out.features.view(b, l, -1).mean(dim=1)

    def trainable(self) -> list[nn.Parameter]:
        return [p for p in self.parameters() if p.requires_grad]

    def extra_loss(self, features, variant, index, slices) -> dict[str, torch.Tensor]:
        return {}

    def structure_subset(self, generator: torch.Generator) -> torch.Tensor:
        """The structures a training step decodes (indices, ascending)."""
        count = len(self.labels)
        if count <= self.structures_per_step:
            return torch.arange(count)
        return torch.randperm(count, generator=generator)[:self.structures_per_step].sort().values

    def fit(self, pretrained: PretrainedSam, slices: TrainingSlices, steps: int, batch: int, seed: int, log):
        self.name_embeddings.copy_(self.text([l.display_name for l in self.labels]))
        generator = torch.Generator().manual_seed(seed)
        optimiser = torch.optim.AdamW(self.trainable(), lr=1e-3, weight_decay=1e-4)
        progress = Progress(self.name, steps, log)
        self.train()
        self.parts.encoder.eval()
        variants, count = pretrained.embeddings.shape[:2]
        for step in range(1, steps + 1):
            variant = torch.randint(variants, (batch,), generator=generator)
            index = torch.randint(count, (batch,), generator=generator)
            subset = self.structure_subset(generator)
            logits, features = self.decode(pretrained.embeddings[variant, index],
                                           self.tokens(batch, (index, slices))[:, subset])
            losses = {"segmentation": segmentation_loss(logits, slices.targets[index][:, subset],
                                                        slices.known[index][:, subset])}
            losses.update(self.extra_loss(features, variant, index, slices))
            total = sum(losses.values())
            optimiser.zero_grad()
            total.backward()
            optimiser.step()
            progress.step(step, **{k: v.item() for k, v in losses.items()})

    @torch.no_grad()
    def segment(self, images: torch.Tensor, context=None, shifts=None) -> torch.Tensor:
        """Slices (K, C, S, S) of one case → logits (K, L, h, w)."""
        self.eval()
        return self.segment_embeddings(embed(self.parts, images), context, shifts)

    @torch.no_grad()
    def segment_embeddings(self, embeddings: torch.Tensor, context=None, shifts=None,
                           structure: int | None = None) -> torch.Tensor:
        """The frozen encoder's output (K, C, g, g) → logits (K, L, h, w), or (K, 1, h, w) of one
        `structure` (then `shifts` is keyed 0)."""
        def tokens(count: int) -> torch.Tensor:
            every = self.tokens(count, context)
            return every if structure is None else every[:, structure:structure + 1]
        return torch.cat([self.decode(embeddings[i:i + 16], tokens(len(embeddings[i:i + 16])), shifts)[0]
                          for i in range(0, len(embeddings), 16)])


class CausalSamLlm(SamClassMethod):
    """Causal-SAM-LLM: the ablation plus LAD at training time and TCI at test time.

    LAD: the report writer (the VLM's place) describes each training image's style; the frozen
    text encoder embeds it; projection heads map the pooled decoder features (f) and the style
    embeddings (s) to 128 dimensions; `lad_loss` with weight λ = 0.1 pushes f away from s,
    the heads learning through a gradient reversal to tell styles apart from f.
    TCI: `intervene` (film.py).
    """

    name = "causal_sam_llm"

    def __init__(self, pretrained, labels, text, writer, lad_weight: float = 0.1):
        super().__init__(pretrained, labels, text, writer)
        width = self.parts.size.embedding_width
        self.feature_head = _mlp(width, 128)
        self.style_head = _mlp(text.dimension, 128)
        self.lad_weight = lad_weight
        self.style_text: list[list[str]] | None = None
        self.style_embeddings: dict[str, torch.Tensor] = {}

    def describe_styles(self, pretrained: PretrainedSam, slices: TrainingSlices) -> list[list[str]]:
        """One description per (style variant, slice), as the VLM would write for each image."""
        return [[self.writer.describe_style(pretrained.images[v, n], slices.modalities[int(slices.case_of[n])],
                                            slices.acquisitions[int(slices.case_of[n])])
                 for n in range(pretrained.images.shape[1])] for v in range(pretrained.images.shape[0])]

    def fit(self, pretrained, slices, steps, batch, seed, log):
        self.style_text = self.describe_styles(pretrained, slices)
        distinct = sorted({t for row in self.style_text for t in row})
        log(f"LAD: {len(distinct)} distinct style descriptions, e.g. \"{distinct[0]}\"")
        super().fit(pretrained, slices, steps, batch, seed, log)

    def extra_loss(self, features, variant, index, slices):
        texts = [self.style_text[int(v)][int(n)] for v, n in zip(variant, index)]
        # The text encoder is frozen: each distinct description is embedded once, not per step.
        for t in set(texts) - self.style_embeddings.keys():
            self.style_embeddings[t] = self.text([t])[0]
        style = torch.stack([self.style_embeddings[t] for t in texts])
        positives = torch.tensor([[a == b for b in texts] for a in texts])
        # Two reversals around the feature head cancel for the decoder, which minimises λ·L; each
        # head sees one reversal and so maximises L: it is the style probe the features defeat.
        f = GradientReversal.apply(self.feature_head(GradientReversal.apply(features)))
        value = lad_loss(f, GradientReversal.apply(self.style_head(style)), positives)
        return {"lad": self.lad_weight * value}

    def intervene(self, images: torch.Tensor, intervention: Intervention, prior_voxels: float,
                  slice_size: tuple[int, int] | None = None):
        """Logits after the command's FiLM, the shift t and the structure's index.

        t is solved on the logits at the slices' own size (`slice_size`), the resolution the
        label map is written at: a shift found on the decoder's coarser grid could leave a
        barely-positive speck that bilinear resizing loses. Resizing is linear with weights
        summing to 1, so the shift carries over exactly. `prior_voxels` counts voxels there."""
        self.eval()
        embeddings = embed(self.parts, images)
        logits = self.segment_embeddings(embeddings)
        names = [l.name for l in self.labels]
        if intervention.organ not in names:
            return logits, 0.0, None
        s = names.index(intervention.organ)
        t = solve_shift(resize(logits, slice_size) if slice_size else logits, s, intervention, prior_voxels)
        if t:
            # FiLM acts in the decoder pass of the commanded structure; the others are unchanged.
            logits[:, s:s + 1] = self.segment_embeddings(embeddings, shifts={0: t}, structure=s)
        return logits, t, s
