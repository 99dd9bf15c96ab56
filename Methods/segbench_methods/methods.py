"""The SAM-based methods: the decoder ablation and Causal-SAM-LLM (Zeus is in zeus.py). Each has
`fit` (the train step), `segment` (one case → each structure's logit against the background)
and, for Causal-SAM-LLM, `intervene`; `cli.py` turns these into the contract's steps."""
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from . import pool, sam, training
from .baselines import Fit
from .data import Sampler, TrainingSlices
from .film import FiLM, solve_shift
from .language import FrozenTextEncoder, Intervention, ReportWriter
from .losses import label_logits, segmentation_loss
from .manifest import Label


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


class SamClassMethod(nn.Module):
    """The SAM decoder fine-tuned with one text prompt per structure (the ablation): frozen image
    encoder and prompt encoder; trainable mask decoder (all structures in one pass, with the
    high-resolution stem) and a linear map from the frozen text encoder's embedding of the
    structure's name to its token."""

    name = "sam_decoder"
    variants = 4  # augmented copies of each training slice in the pool (pool.py)
    # Pixels: a training step computes its logits and loss in one window per slice (sam.Windows).
    # 80 px and 800 steps against the whole canvas and 500 (docs/methods.md, "Steps"): 75.0 and
    # 79.7 % against 71.8 and 74.0 % (seeds 7 and 11), for 104 s of CPU against 113 s.
    window = 80
    encoder_sha256 = "unknown"  # the frozen encoder's file, part of the pool's key; cli.build sets it
    embedding_layout = "stacked"  # what `embed` returns, part of the pool's key (Zeus: per modality)
    # The gradients' global norm is clipped to 1 (as SAM's and most transformers' training
    # does): at the recipe's peak learning rate, 2·10⁻³, Zeus without it collapsed on BTCV's
    # twelve organs (22.2 % mean Dice; 82.5 % with it), and with it the ablation gained on AMOS
    # CT (70.0 % at 10⁻³ unclipped, 77.5 % at 2·10⁻³ clipped). docs/methods.md, "Steps".
    max_gradient_norm = 1.0

    def __init__(self, parts: sam.SamParts, labels: tuple[Label, ...], text: FrozenTextEncoder,
                 writer: ReportWriter):
        super().__init__()
        self.parts = parts
        self.labels = labels
        self.writer = writer
        self.text = text
        sam.freeze(parts.encoder)
        sam.freeze(parts.prompt_encoder)
        self.structure_decoder = sam.StructureDecoder(parts)
        width = parts.size.embedding_width
        self.prompt_projection = nn.Linear(text.dimension, width)
        # The frozen text encoder's embedding of each structure's name: written by `fit`, read
        # back from the checkpoint when predicting, so prediction never loads the text encoder.
        self.register_buffer("name_embeddings", torch.zeros(len(labels), text.dimension))

    def tokens(self, embeddings: torch.Tensor, context=None) -> torch.Tensor:
        """The structures' prompt tokens for a batch of image embeddings: (B, L, C)."""
        return self.prompt_projection(self.name_embeddings)[None].expand(len(embeddings), -1, -1)

    def embed(self, images: torch.Tensor) -> torch.Tensor:
        """The frozen encoder's output for slices (B, C, S, S)."""
        return sam.embed(self.parts, images)

    def forward_batch(self, embeddings: torch.Tensor, images: torch.Tensor, context=None, shifts=None):
        """What `embed` gave, the slices and the method's context → logits (B, 1 + L, S, S) and
        pooled features (B, C)."""
        return self.decode(embeddings, self.tokens(embeddings, context), images, shifts)

    def decode(self, embeddings: torch.Tensor, tokens: torch.Tensor, images: torch.Tensor,
               shifts: dict[int, float] | None = None):
        """embeddings (B, C, g, g), tokens (B, L, C), images (B, C_in, S, S) → logits
        (B, 1 + L, S, S), pooled features (B, C). `shifts`: structure → FiLM logit shift t (TCI)."""
        out = self.structure_decoder(embeddings, tokens, sam.three_channels(images))
        logits = out.logits
        if shifts:
            logits = logits.clone()
            for s, t in shifts.items():
                # FiLM on u for this structure: its logit w·u + v·h becomes w·(γ⊙u + β) + v·h.
                w = out.weights[:, 1 + s]
                film = FiLM.logit_shift(w, t)
                logits[:, 1 + s] = logits[:, 1 + s] + torch.einsum("nc,nchw->nhw", w, film.apply(out.upscaled) - out.upscaled)
        return logits, out.features

    def trainable(self) -> list[nn.Parameter]:
        return [p for p in self.parameters() if p.requires_grad]

    def retarget(self, labels: tuple[Label, ...]) -> None:
        """Point a trained model at structures it never saw, by name: each structure's token is
        the trained projection of the frozen text encoder's embedding of its name, so a new name
        gives a new token and nothing else changes. This is all a text-prompted design allows on
        another anatomy (the cross-anatomy split); whether the tokens find anything is what that
        split measures."""
        self.labels = labels
        self.name_embeddings = self.text([l.display_name for l in labels]).to(self.name_embeddings)

    def prepare(self, slices: TrainingSlices, training_pool: pool.TrainingPool, log) -> None:
        """What a method computes once before its steps (the ablation: the name embeddings)."""
        self.name_embeddings.copy_(self.text([l.display_name for l in self.labels]))

    def step_context(self, variant: torch.Tensor, index: torch.Tensor, images: torch.Tensor,
                     embeddings: torch.Tensor, slices: TrainingSlices):
        return None

    def extra_loss(self, features, variant, index, images, embeddings, slices, context) -> dict[str, torch.Tensor]:
        return {}

    def fit(self, slices: TrainingSlices, fit: Fit, log):
        device = fit.device
        self.parts.encoder.to(device)
        training_pool = pool.load_or_make(slices, self.embed, self.encoder_sha256, fit.augmentation, self.variants, log,
                                          self.embedding_layout)
        self.prepare(slices, training_pool, log)
        generator = torch.Generator().manual_seed(fit.seed)
        sampler = Sampler(slices, generator)
        optimiser, scheduler = training.optimiser(self.trainable(), fit.learning_rate, fit.steps)
        progress = training.Progress(f"{self.name} ({fit.augmentation})", fit.steps, log)
        self.to(device).train()
        for step in range(1, fit.steps + 1):
            index, focus = sampler.draw(fit.batch)
            variant = torch.randint(self.variants, (fit.batch,), generator=generator)
            images, targets, embeddings = training_pool.batch(variant, index)
            windows = sam.Windows.around(targets, focus, self.window, generator) if self.window < images.shape[-1] else None
            images, targets = images.to(device), targets.to(device)
            context = self.step_context(variant, index, images, embeddings, slices)
            with training.autocast(device), self.structure_decoder.windowed(windows):
                logits, features = self.forward_batch(embeddings, images, context)
            if windows is not None:
                targets = windows.take(targets)
            losses = {"segmentation": segmentation_loss(logits, targets, slices.known[index].to(device))}
            losses.update(self.extra_loss(features.float(), variant, index, images, embeddings, slices, context))
            training.update(optimiser, scheduler, sum(losses.values()), self.max_gradient_norm)
            progress.step(step, **{k: v.item() for k, v in losses.items()})
        self.cpu()
        self.parts.encoder.cpu()

    def case_context(self, images: torch.Tensor, case) -> object:
        """What the method needs of a case besides its slices (Zeus: its instructions, which the
        sidecar keeps)."""
        return None

    def prediction_context(self, context, device):
        """The case's context as the model reads it (Zeus: the instructions embedded)."""
        return context

    def batch_context(self, context, batch: int):
        return context

    chunk = 16  # slices per forward pass when predicting

    @torch.no_grad()
    def embed_slices(self, images: torch.Tensor, device: torch.device = torch.device("cpu")) -> list[torch.Tensor]:
        """The frozen encoder's output for a case's slices, chunk by chunk, on `device`."""
        self.parts.encoder.to(device)
        return [self.embed(images[i:i + self.chunk].to(device)) for i in range(0, len(images), self.chunk)]

    @torch.no_grad()
    def segment(self, images: torch.Tensor, context=None, shifts=None, structure: int | None = None,
                device: torch.device = torch.device("cpu"), embeddings: list[torch.Tensor] | None = None
                ) -> torch.Tensor:
        """Slices (K, C, S, S) of one case → each structure's logit against the background
        (K, L, S, S), or (K, 1, S, S) of one `structure`. `embeddings`: what `embed_slices` gave
        for these slices, when the caller decodes them more than once (TCI)."""
        self.to(device).eval()
        if embeddings is None:
            embeddings = self.embed_slices(images, device)
        out = []
        context = self.prediction_context(context, device)
        for i, embedded in zip(range(0, len(images), self.chunk), embeddings):
            chunk = images[i:i + self.chunk].to(device)
            with training.autocast(device):
                logits, _ = self.forward_batch(embedded, chunk, self.batch_context(context, len(chunk)), shifts)
            logits = label_logits(logits.float())
            out.append((logits if structure is None else logits[:, structure:structure + 1]).cpu())
        return torch.cat(out)


class CausalSamLlm(SamClassMethod):
    """Causal-SAM-LLM: the ablation plus LAD at training time and TCI at test time.

    LAD: the report writer (the VLM's place) describes each training image's style, as
    augmented; the frozen text encoder embeds it; projection heads map the pooled decoder
    features (f) and the style embeddings (s) to 128 dimensions; `lad_loss` with weight λ = 0.1
    pushes f away from s, the heads learning through a gradient reversal to tell styles apart
    from f. TCI: `intervene` (film.py).
    """

    name = "causal_sam_llm"

    def __init__(self, parts, labels, text, writer, lad_weight: float = 0.1):
        super().__init__(parts, labels, text, writer)
        width = parts.size.embedding_width
        self.feature_head = _mlp(width, 128)
        self.style_head = _mlp(text.dimension, 128)
        self.lad_weight = lad_weight
        self.style_text: dict[tuple[int, int], str] = {}
        self.style_embeddings: dict[str, torch.Tensor] = {}

    def extra_loss(self, features, variant, index, images, embeddings, slices, context):
        texts = []
        for row, (v, n) in enumerate(zip(variant.tolist(), index.tolist())):
            if (v, n) not in self.style_text:  # one description per image as augmented, as the VLM would write
                case = int(slices.case_of[n])
                self.style_text[(v, n)] = self.writer.describe_style(images[row].cpu(), slices.modalities[case],
                                                                     slices.acquisitions[case])
            texts.append(self.style_text[(v, n)])
        # The text encoder is frozen: each distinct description is embedded once, not per step.
        for t in set(texts) - self.style_embeddings.keys():
            self.style_embeddings[t] = self.text([t])[0]
        style = torch.stack([self.style_embeddings[t] for t in texts]).to(features.device)
        positives = torch.tensor([[a == b for b in texts] for a in texts], device=features.device)
        # Two reversals around the feature head cancel for the decoder, which minimises λ·L; each
        # head sees one reversal and so maximises L: it is the style probe the features defeat.
        f = GradientReversal.apply(self.feature_head(GradientReversal.apply(features)))
        value = lad_loss(f, GradientReversal.apply(self.style_head(style)), positives)
        return {"lad": self.lad_weight * value}

    def intervene(self, images: torch.Tensor, intervention: Intervention, prior_voxels: float, placement=None,
                  device: torch.device = torch.device("cpu")):
        """Logits after the command's FiLM, the shift t and the structure's index.

        t is solved on the logits at the slices' own size (`placement`), the resolution the label
        map is written at: a shift found on the canvas could leave a barely-positive speck that
        resizing loses. Resizing is linear with weights summing to 1, so the shift carries over
        exactly. `prior_voxels` counts voxels there. Pixels the command takes from the structure
        become background; the other structures keep theirs."""
        embeddings = self.embed_slices(images, device)  # the encoder runs once for both passes
        logits = self.segment(images, device=device, embeddings=embeddings)
        names = [l.name for l in self.labels]
        if intervention.organ not in names:
            return logits, 0.0, None
        s = names.index(intervention.organ)
        t = solve_shift(placement.from_canvas(logits) if placement else logits, s, intervention, prior_voxels)
        if t:
            # FiLM acts in the decoder on the commanded structure's features; the others are unchanged.
            before = logits.clone()
            logits[:, s:s + 1] = self.segment(images, shifts={s: t}, structure=s, device=device,
                                              embeddings=embeddings)
            # A pixel the command takes from the structure goes to the background, not to the
            # runner-up of the arg-max: "remove the spleen" must not paint it liver.
            best = before.max(dim=1)
            left = (best.indices == s) & (best.values > 0) & (logits[:, s] <= 0)
            logits[left[:, None].expand_as(logits)] = torch.minimum(logits, torch.full_like(logits, -1.0))[
                left[:, None].expand_as(logits)]
        return logits, t, s
