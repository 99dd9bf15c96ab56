"""SAM's parts (segment-anything's own model code), sized by profile, and the decoder pass
every SAM-based method shares.

- `paper`: SAM ViT-B as published (`build_sam_vit_b`), weights from the checkpoint path given.
- `small`: the same classes at a size 2 CPU cores train in minutes: a ViT of depth 4, width
  96, 18 × 18 patches of a 144-pixel canvas (8-pixel patches), and a mask decoder of width 64.
  Its weights come from `encoder.py` (SAM's promptable objective, class-agnostic, on CT
  phantoms of other seeds than the benchmark's), standing in for SAM's own pre-training.

`DecoderPass` is SAM's `MaskDecoder.predict_masks` rewritten for one image per prompt set (the
library's version repeats each image once per prompt *batch*): the promptable pass (a box or
points in, one mask out) that pre-training and `sam_box` use.

`StructureDecoder` decodes **every structure in one pass**: the two-way transformer reads one
mask token per structure (SAM's first mask token plus the structure's prompt token: its name's,
or Zeus's instruction's) and a background token, so the structures attend to each other and
the cost hardly grows with their number; the hypernetwork turns each token into weights w_l
over the upscaled features u. A high-resolution path in the manner of HQ-SAM (Ke et al.,
NeurIPS 2023) adds full-resolution features h (a shallow convolutional stem on the image plus
the encoder's embedding, projected) with a hypernetwork of their own (weights v_l), so that
structures of ten pixels survive SAM's 4 × upscaling of a coarse token grid: the logits are
w_l · u + v_l · h, softmax over background and the structures. FiLM (γ ⊙ u + β, TCI) acts on
u of one structure: its logits move by w_l · β, so it changes masks in a way one can reason
about.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial

import torch
from torch import nn


def _import_segment_anything(name: str):
    """A submodule of segment-anything without its package `__init__`, which imports the
    predictor and through it torchvision; PyPI's torchvision is built for CUDA and does not load
    beside the CPU torch. The model classes need only torch."""
    import importlib
    import importlib.util
    import sys
    import types

    if "segment_anything" not in sys.modules:
        spec = importlib.util.find_spec("segment_anything")
        package = types.ModuleType("segment_anything")
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules["segment_anything"] = package
    return importlib.import_module(f"segment_anything.{name}")


_modeling = _import_segment_anything("modeling")
ImageEncoderViT, MaskDecoder = _modeling.ImageEncoderViT, _modeling.MaskDecoder
PromptEncoder, TwoWayTransformer = _modeling.PromptEncoder, _modeling.TwoWayTransformer


# segment-anything writes attention and its 2D layer norm out op by op (softmax(q kᵀ/√d) v; the
# mean and variance over channels by hand). PyTorch's fused kernels compute the same functions
# (outputs agree to 1e-7, gradients to 1e-10) with fewer passes over memory: at one thread a
# decoder training step (16 images, 4 structures) took 190 ms instead of 247 and a pre-training
# step (24 images) 465 instead of 638. Only the forwards are replaced; the modules, their
# parameters and checkpoints are segment-anything's own.
def _decoder_attention(self, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    heads = self.num_heads
    q, k, v = (self._separate_heads(projection(x), heads)
               for projection, x in ((self.q_proj, q), (self.k_proj, k), (self.v_proj, v)))
    return self.out_proj(self._recombine_heads(nn.functional.scaled_dot_product_attention(q, k, v)))


_encoder_attention_by_hand = _import_segment_anything("modeling.image_encoder").Attention.forward


def _encoder_attention(self, x: torch.Tensor) -> torch.Tensor:
    if self.use_rel_pos:  # ViT-B's relative positions enter the scores: SAM's own path
        return _encoder_attention_by_hand(self, x)
    b, h, w, _ = x.shape
    q, k, v = self.qkv(x).reshape(b, h * w, 3, self.num_heads, -1).permute(2, 0, 3, 1, 4).unbind(0)
    x = nn.functional.scaled_dot_product_attention(q, k, v, scale=self.scale)
    return self.proj(x.permute(0, 2, 1, 3).reshape(b, h, w, -1))


def _layer_norm_2d(self, x: torch.Tensor) -> torch.Tensor:
    normalised = nn.functional.layer_norm(x.permute(0, 2, 3, 1), x.shape[1:2], self.weight, self.bias, self.eps)
    return normalised.permute(0, 3, 1, 2)


_import_segment_anything("modeling.transformer").Attention.forward = _decoder_attention
_import_segment_anything("modeling.image_encoder").Attention.forward = _encoder_attention
_import_segment_anything("modeling.common").LayerNorm2d.forward = _layer_norm_2d


@dataclass(frozen=True)
class SamSize:
    image_size: int
    patch_size: int
    encoder_width: int
    encoder_depth: int
    encoder_heads: int
    global_attention: tuple[int, ...]
    window_size: int
    relative_positions: bool
    embedding_width: int  # the neck's output = the decoder's width

    @property
    def grid(self) -> int:
        return self.image_size // self.patch_size


SMALL = SamSize(144, 8, 96, 4, 4, (), 0, False, 64)
VIT_B = SamSize(1024, 16, 768, 12, 12, (2, 5, 8, 11), 14, True, 256)


@dataclass
class SamParts:
    size: SamSize
    encoder: ImageEncoderViT
    prompt_encoder: PromptEncoder
    decoder: MaskDecoder


def build(size: SamSize, checkpoint: str | None = None) -> SamParts:
    if size == VIT_B:
        sam = _import_segment_anything("build_sam").sam_model_registry["vit_b"](checkpoint=checkpoint)
        return SamParts(size, sam.image_encoder, sam.prompt_encoder, sam.mask_decoder)
    encoder = ImageEncoderViT(
        img_size=size.image_size, patch_size=size.patch_size, in_chans=3, embed_dim=size.encoder_width,
        depth=size.encoder_depth, num_heads=size.encoder_heads, mlp_ratio=4.0, out_chans=size.embedding_width,
        qkv_bias=True, norm_layer=partial(nn.LayerNorm, eps=1e-6), use_rel_pos=size.relative_positions,
        window_size=size.window_size, global_attn_indexes=size.global_attention)
    prompt_encoder = PromptEncoder(embed_dim=size.embedding_width, image_embedding_size=(size.grid, size.grid),
                                   input_image_size=(size.image_size, size.image_size), mask_in_chans=16)
    decoder = MaskDecoder(num_multimask_outputs=3, transformer=TwoWayTransformer(
        depth=2, embedding_dim=size.embedding_width, mlp_dim=4 * size.embedding_width, num_heads=4),
        transformer_dim=size.embedding_width, iou_head_depth=3, iou_head_hidden_dim=size.embedding_width)
    return SamParts(size, encoder, prompt_encoder, decoder)


def three_channels(images: torch.Tensor) -> torch.Tensor:
    """(N, C, S, S) → (N, 3, S, S): 2.5D context as it is, one channel repeated, or the first
    three of several (one modality per channel)."""
    if images.shape[1] == 1:
        return images.repeat(1, 3, 1, 1)
    if images.shape[1] == 2:
        return torch.cat([images, images[:, :1]], dim=1)
    return images[:, :3]


def encoder_input(images: torch.Tensor, size: SamSize) -> torch.Tensor:
    """Slices (N, C, S, S) of body z-scores → SAM's input: 3 channels, resized to the encoder's
    size. SAM's own preprocessing maps 8-bit pixels to about zero mean and unit spread; the
    z-scores are that already."""
    images = three_channels(images)
    if images.shape[-1] != size.image_size:
        images = nn.functional.interpolate(images, size=(size.image_size, size.image_size), mode="bilinear",
                                           align_corners=False)
    return images


@torch.no_grad()
def embed(parts: "SamParts", images: torch.Tensor, batch: int = 32) -> torch.Tensor:
    """The frozen encoder's output for slices (N, C, S, S), on the encoder's device."""
    parts.encoder.eval()
    device = next(parts.encoder.parameters()).device
    return torch.cat([parts.encoder(encoder_input(images[i:i + batch].to(device), parts.size))
                      for i in range(0, len(images), batch)])


def to_canvas_size(logits: torch.Tensor, canvas: int) -> torch.Tensor:
    return nn.functional.interpolate(logits, size=(canvas, canvas), mode="bilinear", align_corners=False) \
        if logits.shape[-1] != canvas else logits


def freeze(module: nn.Module) -> nn.Module:
    for p in module.parameters():
        p.requires_grad_(False)
    return module.eval()


@dataclass
class DecoderOutput:
    logits: torch.Tensor  # (N, h, w): the first mask token's mask, SAM's single-mask output
    features: torch.Tensor  # (N, C): the image features after the two-way transformer, pooled
    upscaled: torch.Tensor  # (N, C/8, h, w): what FiLM modulates and the hypernetwork reads
    weights: torch.Tensor  # (N, C/8): the hypernetwork's output for the mask token


class DecoderPass(nn.Module):
    """One mask per (image embedding, prompt tokens) pair: SAM's promptable path (boxes and
    points), which the encoder's pre-training and the box baseline use."""

    def __init__(self, parts: SamParts):
        super().__init__()
        self.prompt_encoder = parts.prompt_encoder
        self.decoder = parts.decoder

    def forward(self, embeddings: torch.Tensor, sparse: torch.Tensor, dense: torch.Tensor | None = None) -> DecoderOutput:
        """embeddings (N, C, g, g), sparse prompt tokens (N, T, C)."""
        d = self.decoder
        n = embeddings.shape[0]
        output_tokens = torch.cat([d.iou_token.weight, d.mask_tokens.weight], dim=0).unsqueeze(0).expand(n, -1, -1)
        tokens = torch.cat([output_tokens, sparse], dim=1)
        if dense is None:
            dense = self.prompt_encoder.no_mask_embed.weight.reshape(1, -1, 1, 1).expand_as(embeddings)
        src = embeddings + dense
        positions = self.prompt_encoder.get_dense_pe().expand(n, -1, -1, -1)
        b, c, h, w = src.shape
        hs, src = d.transformer(src, positions, tokens)
        mask_token = hs[:, 1, :]
        src = src.transpose(1, 2).reshape(b, c, h, w)
        upscaled = d.output_upscaling(src)
        weights = d.output_hypernetworks_mlps[0](mask_token)
        b, c8, h4, w4 = upscaled.shape
        logits = torch.einsum("nc,nchw->nhw", weights, upscaled)
        return DecoderOutput(logits, src.mean(dim=(2, 3)), upscaled, weights)

    def box_tokens(self, boxes: torch.Tensor) -> torch.Tensor:
        """Boxes (N, 4) as x0, y0, x1, y1 in encoder-input pixels → SAM's two corner tokens."""
        sparse, _ = self.prompt_encoder(points=None, boxes=boxes, masks=None)
        return sparse

    def point_tokens(self, points: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        """Points (N, P, 2) as x, y in encoder-input pixels, labels (N, P) 1 inside, 0 outside →
        SAM's point tokens."""
        sparse, _ = self.prompt_encoder(points=(points, labels), boxes=None, masks=None)
        return sparse


@dataclass(frozen=True)
class Windows:
    """One `size` × `size` window per image of a batch, at (top, left) on the canvas: where a
    training step computes the high-resolution features, the logits and the loss (nnU-Net trains
    on patches for the same reason: the cost of the full-resolution part falls with the window's
    area, while the frozen encoder's embedding and the two-way transformer still see the whole
    slice). Tops and lefts are even, so the high-resolution path's stride-2 grid is the one it
    has on the whole canvas at prediction."""

    tops: tuple[int, ...]
    lefts: tuple[int, ...]
    size: int

    def take(self, x: torch.Tensor, margin: int = 0) -> torch.Tensor:
        """(N, C, S, S) → (N, C, size + 2·margin, size + 2·margin), zero outside the canvas."""
        if margin:
            x = nn.functional.pad(x, (margin, margin, margin, margin))
        extent = self.size + 2 * margin
        # One gather for the batch: slicing each image and stacking made the backward pass
        # allocate a whole batch of zeros per image (a tenth of a training step).
        span = torch.arange(extent, device=x.device)
        rows = torch.tensor(self.tops, device=x.device)[:, None] + span  # (N, e)
        columns = torch.tensor(self.lefts, device=x.device)[:, None] + span
        images = torch.arange(x.shape[0], device=x.device)[:, None, None]
        return x.permute(0, 2, 3, 1)[images, rows[:, :, None], columns[:, None, :]].permute(0, 3, 1, 2)

    @staticmethod
    def around(targets: torch.Tensor, focus: torch.Tensor, size: int, generator: torch.Generator) -> "Windows":
        """Windows centred on a random pixel of each image's `focus` label (−1 or a label the
        image does not hold: anywhere), as `augment.crop` centres the U-Net's patches."""
        n, _, height, width = targets.shape
        tops, lefts = [], []
        for index in range(n):
            label = int(focus[index])
            labelled = torch.nonzero(targets[index, label] > 0) if label >= 0 else torch.zeros(0, 2, dtype=torch.long)
            if len(labelled):
                centre = labelled[int(torch.randint(len(labelled), (1,), generator=generator))].tolist()
            else:
                centre = [int(torch.randint(height, (1,), generator=generator)), int(torch.randint(width, (1,), generator=generator))]
            tops.append(min(max(0, centre[0] - size // 2), height - size) // 2 * 2)
            lefts.append(min(max(0, centre[1] - size // 2), width - size) // 2 * 2)
        return Windows(tuple(tops), tuple(lefts), size)


class HighResolutionFeatures(nn.Module):
    """HQ-SAM's high-quality features at phantom scale: a small convolutional pyramid on the
    image (full resolution, then half, then back up, so a pixel sees about 20 pixels around
    it) plus the frozen encoder's embedding projected (1×1 conv) and brought up to the canvas,
    added, GELU, 1×1 conv to `width` channels. HQ-SAM fuses early and final ViT features the
    same way; the pyramid is what gives a ten-pixel adrenal gland an outline, and its place
    beside the kidney, that 8-pixel tokens cannot."""

    def __init__(self, channels: int, embedding_width: int, width: int = 16, hidden: int = 8):
        super().__init__()
        self.full = nn.Sequential(nn.Conv2d(channels, hidden, 3, padding=1), nn.GELU(),
                                  nn.Conv2d(hidden, hidden, 3, padding=1), nn.GELU())
        self.coarse = nn.Sequential(nn.Conv2d(hidden, 2 * hidden, 3, stride=2, padding=1), nn.GELU(),
                                  nn.Conv2d(2 * hidden, 2 * hidden, 3, padding=1), nn.GELU(),
                                  nn.Conv2d(2 * hidden, 2 * hidden, 3, padding=1), nn.GELU(),
                                  nn.ConvTranspose2d(2 * hidden, hidden, 2, stride=2))
        self.embedding = nn.Conv2d(embedding_width, hidden, 1)
        self.fuse = nn.Sequential(nn.GELU(), nn.Conv2d(hidden, width, 1))

    # Pixels a window's features depend on beyond its edge: the two full-resolution 3×3
    # convolutions reach 2, the half-resolution path (a stride-2 3×3, two 3×3 at half
    # resolution, a 2×2 transpose) 2 + 2·(1 + 1 + 1) + 1 = 9; rounded up to an even 12.
    margin = 12

    def forward(self, images: torch.Tensor, embeddings: torch.Tensor, windows: Windows | None = None) -> torch.Tensor:
        """Features (N, width, S, S) on the canvas, or (N, width, w, w) in each window."""
        projected = nn.functional.interpolate(self.embedding(embeddings), size=images.shape[-2:], mode="bilinear",
                                              align_corners=False)
        if windows is not None:
            # Computed on the window and a margin, then cut to the window: inside it the values
            # are the whole canvas's, except within the margin of the canvas's own edge (air).
            images, projected = windows.take(images, self.margin), windows.take(projected)
        full = self.full(images)
        coarse = self.coarse(full)[..., :full.shape[-2], :full.shape[-1]]
        local = full + coarse
        if windows is not None:
            local = local[..., self.margin:self.margin + windows.size, self.margin:self.margin + windows.size]
        return self.fuse(local + projected)


@dataclass
class StructureOutput:
    logits: torch.Tensor  # (N, 1 + L, S, S): background, then each structure
    features: torch.Tensor  # (N, C): the image features after the two-way transformer, pooled
    upscaled: torch.Tensor  # (N, C/8, S, S): what SAM's hypernetwork's weights read (FiLM's target)
    weights: torch.Tensor  # (N, 1 + L, C/8): SAM's hypernetwork's output per token


class StructureDecoder(nn.Module):
    """Every structure in one pass of SAM's mask decoder (see the module's docstring).

    Trainable: the decoder's transformer, upscaling, first hypernetwork and first mask token,
    the background token, the high-resolution features and their own hypernetwork. SAM's IoU
    head and its three other mask outputs are not used and are frozen (they would be counted as
    trained and never change).

    logits_l = w_l · u + v_l · h: u SAM's upscaled features brought to the canvas and w_l its
    hypernetwork's weights for token l; h the high-resolution features and v_l a second
    hypernetwork's weights (HQ-SAM's HQ output token does the same). The small decoder's u has 8
    channels (width 64 / 8): 13 classes from a linear map of 8 channels was the bottleneck."""

    def __init__(self, parts: SamParts, channels: int = 3, high_resolution: bool = True, width: int = 16):
        super().__init__()
        self.prompt_encoder = parts.prompt_encoder
        self.decoder = parts.decoder
        self.size = parts.size
        embedding = parts.size.embedding_width
        self.background_token = nn.Parameter(parts.decoder.mask_tokens.weight[1].detach().clone())
        self.high_resolution = HighResolutionFeatures(channels, embedding, width) if high_resolution else None
        self.high_resolution_hypernetwork = nn.Sequential(
            nn.Linear(embedding, embedding), nn.ReLU(), nn.Linear(embedding, width)) if high_resolution else None
        for unused in [parts.decoder.iou_prediction_head, *parts.decoder.output_hypernetworks_mlps[1:]]:
            freeze(unused)
        self.windows: Windows | None = None  # set only inside `windowed`, by a training step

    @contextmanager
    def windowed(self, windows: Windows | None):
        """Within the block, logits come in `windows` (training); outside, on the whole canvas."""
        self.windows = windows
        try:
            yield
        finally:
            self.windows = None

    def forward(self, embeddings: torch.Tensor, structure_tokens: torch.Tensor,
                images: torch.Tensor | None) -> StructureOutput:
        """embeddings (N, C, g, g), structure_tokens (N, L, C) (added to SAM's mask token),
        images (N, C_in, S, S) on the canvas for the high-resolution features."""
        d = self.decoder
        n, count, width = structure_tokens.shape
        tokens = torch.cat([d.iou_token.weight.expand(n, 1, width), self.background_token.expand(n, 1, width),
                            d.mask_tokens.weight[0] + structure_tokens], dim=1)
        dense = self.prompt_encoder.no_mask_embed.weight.reshape(1, -1, 1, 1).expand_as(embeddings)
        positions = self.prompt_encoder.get_dense_pe().expand(n, -1, -1, -1)
        _, _, h, w = embeddings.shape
        hs, src = d.transformer(embeddings + dense, positions, tokens)
        src = src.transpose(1, 2).reshape(n, width, h, w)
        upscaled = d.output_upscaling(src)
        mask_tokens = hs[:, 1:2 + count]
        weights = d.output_hypernetworks_mlps[0](mask_tokens)
        if self.high_resolution is None or images is None:
            return StructureOutput(torch.einsum("nlc,nchw->nlhw", weights, upscaled), src.mean(dim=(2, 3)),
                                   upscaled, weights)
        upscaled = nn.functional.interpolate(upscaled, size=images.shape[-2:], mode="bilinear", align_corners=False)
        if self.windows is not None:
            upscaled = self.windows.take(upscaled)
        detail = self.high_resolution(images, embeddings, self.windows)
        logits = torch.einsum("nlc,nchw->nlhw", weights, upscaled) + \
            torch.einsum("nlc,nchw->nlhw", self.high_resolution_hypernetwork(mask_tokens), detail)
        return StructureOutput(logits, src.mean(dim=(2, 3)), upscaled, weights)


def count(module: nn.Module, trainable: bool | None = None) -> int:
    return sum(p.numel() for p in module.parameters() if trainable is None or p.requires_grad == trainable)
