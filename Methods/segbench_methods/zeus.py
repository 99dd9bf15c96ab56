"""Zeus: LLM instructions as the SAM mask decoder's prompts, with early, hybrid or late fusion.

Per case, modality and structure, the LLM (the report writer in the small profile) answers
Zeus's template with `<modality>` and `<instance>` filled. The answer is **grounded in the
image**: it states how bright the structure's region is in this image, measured inside the
structure's atlas prior (the training labels' in-plane frequency map) against the rest of the
body, never on the case's label. The frozen text encoder embeds the answer; a trainable linear
map f_tt turns it into the structure's mask-decoder token.

A trainable two-layer MLP f_vt maps each image's frozen embedding (pooled; SAM's frozen encoder
stands in for MedCLIP's) to 4 tokens of the LLM's token-embedding space. The paper profile's
LLM reads them before the template. The small profile's report writer cannot read tokens, so
their mean is added to each instruction's embedding before f_tt: the prompt is conditioned on
the image through f_vt, which the segmentation loss trains. A small alignment term (cosine to
the mean token embedding of the writer's description of the image, XrayGPT's idea; weight 0.1)
keeps f_vt's tokens in the token-embedding space.

Fusion of M modalities (M = 1 makes the three the same model):
- early: the modalities stacked as the encoder's input channels, one instruction naming all;
- hybrid: one embedding per modality, averaged, and each structure's token averaged over its M
  instructions, in one decoder pass;
- late: one decoder pass per modality with its own instructions, logits averaged.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from . import sam, training
from .augment import otsu_threshold
from .language import ZEUS_TEMPLATE
from .losses import label_logits
from .methods import SamClassMethod

FUSIONS = ("early", "hybrid", "late")


def relative_brightness(images: torch.Tensor, prior: torch.Tensor) -> list[float]:
    """Per structure: the mean of the image (K, C, S, S; its middle channel) weighted by the
    structure's prior (L, S, S), minus the body's mean, in the body's standard deviations. The
    body is above Otsu's threshold over the case (noisy MR air lies above any fixed margin over
    the minimum)."""
    grey = images[:, images.shape[1] // 2]
    body = grey > otsu_threshold(grey)
    if body.sum() < 16:
        return [0.0] * prior.shape[0]
    mean, std = float(grey[body].mean()), float(grey[body].std().clamp(min=1e-6))
    weights = prior[None] * body[:, None]  # (K, L, S, S)
    inside = (weights * grey[:, None]).sum(dim=(0, 2, 3)) / weights.sum(dim=(0, 2, 3)).clamp(min=1e-6)
    return [(float(v) - mean) / std for v in inside]


class Zeus(SamClassMethod):
    name = "zeus"
    visual_tokens = 4
    alignment_weight = 0.1

    def __init__(self, parts, labels, text, writer, fusion: str = "late", token_width: int | None = None,
                 canvas: int = 144):
        super().__init__(parts, labels, text, writer)
        if fusion not in FUSIONS:
            raise ValueError(f"fusion must be one of {', '.join(FUSIONS)}, not {fusion}")
        self.fusion = fusion
        width = parts.size.embedding_width
        self.token_width = token_width or text.dimension
        self.f_vt = nn.Sequential(nn.Linear(width, 2 * width), nn.GELU(),
                                  nn.Linear(2 * width, self.visual_tokens * self.token_width))
        self.f_tt = nn.Linear(text.dimension, width)
        del self.prompt_projection
        # Each structure's atlas prior on the canvas (written by `fit`, kept in the checkpoint).
        self.register_buffer("prior", torch.zeros(len(labels), canvas, canvas))
        # The training instructions' mean embedding and their RMS distance to it (see
        # `instruction_embeddings`; written by `prepare`, kept in the checkpoint).
        self.register_buffer("instruction_centre", torch.zeros(text.dimension))
        self.register_buffer("instruction_scale", torch.ones(()))
        self.case_embeddings: list[torch.Tensor] = []
        self.single_modality = True
        self.alignment_targets: dict[int, torch.Tensor] = {}

    def retarget(self, labels) -> None:
        """New structures by name (SamClassMethod.retarget): their instructions name them, and
        with no atlas prior for them, each one's brightness is measured over the whole body."""
        self.labels = labels
        self.prior = torch.ones(len(labels), *self.prior.shape[1:], dtype=self.prior.dtype)

    # --- instructions ---
    def modalities_asked(self, modalities: list[str]) -> list[str]:
        return [" and ".join(modalities)] if self.fusion == "early" else modalities

    def instruction_texts(self, modalities: list[str], images: torch.Tensor) -> list[list[str]]:
        """[structure][modality] instructions for a case's slices (K, C, S, S)."""
        asked = self.modalities_asked(modalities)
        brightness = relative_brightness(images, self.prior)
        texts = []
        for label, relative in zip(self.labels, brightness):
            row = []
            for modality in asked:
                prompt = ZEUS_TEMPLATE.replace("<modality>", modality).replace("<instance>", label.display_name)
                row.append(self.writer.instruction(prompt, modality, label.name, label.display_name,
                                                   {"relative_brightness": relative}))
            texts.append(row)
        return texts

    def raw_instruction_embeddings(self, texts: list[list[str]]) -> torch.Tensor:
        """(L, M′, D): the frozen text encoder's embedding of each instruction."""
        return self.text([t for row in texts for t in row]).view(len(texts), len(texts[0]), -1)

    def instruction_embeddings(self, texts: list[list[str]]) -> torch.Tensor:
        """(L, M′, D): each instruction's embedding e, centred and scaled by the training
        instructions': (e − ē) / sqrt(mean ‖e_i − ē‖²).

        Why: the instructions share their template, so their sentence embeddings are nearly
        parallel (cosine 0.985 between the left and the right adrenal gland's, 0.956 between
        the spleen's and the stomach's, all-MiniLM-L6-v2). f_tt is linear, so centring and one
        scale change nothing it can express, but they bring the differences between structures
        from about 0.1 of the embedding's norm to about 1, where the optimiser starts: without
        them Zeus's twelve-organ tokens stayed nearly equal and its small organs scored 0."""
        raw = self.raw_instruction_embeddings(texts)
        return (raw - self.instruction_centre) / self.instruction_scale

    def visual(self, embeddings: torch.Tensor) -> torch.Tensor:
        """f_vt's tokens for image embeddings (B, C, g, g): (B, 4, D)."""
        return self.f_vt(embeddings.mean(dim=(2, 3))).view(len(embeddings), self.visual_tokens, -1)

    def tokens(self, embeddings: torch.Tensor, context) -> torch.Tensor:
        """Image embeddings (B, C, g, g), instruction embeddings (B, L, M′, D) → tokens
        (B, L, M′, C): f_tt(e + mean of f_vt's tokens)."""
        visual = self.visual(embeddings).mean(dim=1)  # (B, D)
        return self.f_tt(context.to(embeddings.device) + visual[:, None, None, :])

    def embed(self, images: torch.Tensor) -> torch.Tensor:
        """Early fusion (or one modality): (B, C, g, g) of the stacked channels; hybrid and late:
        (B, M, C, g, g), one embedding per modality."""
        if self.fusion == "early" or self.single_modality:
            return sam.embed(self.parts, images)
        return torch.stack([sam.embed(self.parts, images[:, m:m + 1]) for m in range(images.shape[1])], dim=1)

    def forward_batch(self, embeddings, images, context=None, shifts=None):
        """context (B, L, M′, D) → logits (B, 1 + L, S, S), features (B, C), fused as the module says."""
        if embeddings.dim() == 4:  # early fusion, or one modality (M′ = 1)
            tokens = self.tokens(embeddings, context).mean(dim=2)
            return self.decode(embeddings, tokens, images, shifts)
        if self.fusion == "hybrid":
            fused = embeddings.mean(dim=1)
            return self.decode(fused, self.tokens(fused, context).mean(dim=2), images, shifts)
        outputs = [self.decode(embeddings[:, m], self.tokens(embeddings[:, m], context[:, :, m:m + 1])[:, :, 0],
                               images[:, m:m + 1], shifts) for m in range(embeddings.shape[1])]
        return torch.stack([o[0] for o in outputs]).mean(dim=0), torch.stack([o[1] for o in outputs]).mean(dim=0)

    # --- training ---
    def prepare(self, slices, training_pool, log):
        known = slices.known[:, :, None, None].float()
        self.prior.copy_((slices.targets.float() * known).sum(dim=0) / known.sum(dim=0).clamp(min=1))
        case_texts = []
        for c in range(len(slices.cases)):
            mine = slices.case_of == c
            case_texts.append(self.instruction_texts(modality_names(slices.modalities[c], slices.channels[c]),
                                                     slices.images[mine]))
        log(f"zeus ({self.fusion} fusion): e.g. \"{case_texts[0][0][0]}\"")
        # Frozen encoder, fixed texts: each case's instructions are embedded once, not per step.
        raw = [self.raw_instruction_embeddings(texts) for texts in case_texts]
        every = torch.cat([r.reshape(-1, r.shape[-1]) for r in raw])
        self.instruction_centre.copy_(every.mean(dim=0))
        self.instruction_scale.copy_((every - self.instruction_centre).pow(2).sum(dim=1).mean().sqrt().clamp(min=1e-6))
        self.case_embeddings = [(r - self.instruction_centre) / self.instruction_scale for r in raw]

    def step_context(self, variant, index, images, embeddings, slices):
        return torch.stack([self.case_embeddings[int(slices.case_of[n])] for n in index.tolist()])

    def extra_loss(self, features, variant, index, images, embeddings, slices, context):
        """The alignment of f_vt's tokens to the description of each image (as augmented)."""
        targets = []
        for row, (v, n) in enumerate(zip(variant.tolist(), index.tolist())):
            key = v * len(slices) + n
            if key not in self.alignment_targets:
                case = int(slices.case_of[n])
                description = self.writer.describe_style(images[row].cpu(), slices.modalities[case], {})
                self.alignment_targets[key] = self.text.token_embeddings()[self.text.tokenize(description)].mean(dim=0)
            targets.append(self.alignment_targets[key])
        pooled = embeddings if embeddings.dim() == 4 else embeddings.mean(dim=1)
        visual = self.visual(pooled).mean(dim=1)
        targets = torch.stack(targets).to(visual.device)
        return {"alignment": self.alignment_weight * (1 - F.cosine_similarity(visual, targets, dim=1)).mean()}

    @property
    def embedding_layout(self) -> str:
        """What `embed` returns (the training pool's key): one embedding per slice, or one per
        modality (hybrid and late fusion on several channels)."""
        return "stacked" if self.fusion == "early" or self.single_modality else "per_modality"

    def fit(self, slices, fit, log):
        self.single_modality = all(len(c) == 1 for c in slices.channels)
        super().fit(slices, fit, log)

    # --- prediction ---
    def case_context(self, images: torch.Tensor, case) -> list[list[str]]:
        return self.instruction_texts(modality_names(case.modality, list(case.images)), images)

    def prediction_context(self, context, device):
        self.single_modality = len(context[0]) == 1
        return self.instruction_embeddings(context).to(device)

    def batch_context(self, context, batch: int):
        return context[None].expand(batch, -1, -1, -1)


def modality_names(case_modality: str, channels: list[str]) -> list[str]:
    """The modalities Zeus asks about: the acquisition's words for a one-channel case, else the
    channel names (BraTS: t1, t1ce, t2, flair)."""
    return [case_modality] if len(channels) == 1 else list(channels)
