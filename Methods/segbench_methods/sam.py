"""SAM's parts (segment-anything's own model code), sized by profile, and the decoder pass
every SAM-based method shares.

- `paper`: SAM ViT-B as published (`build_sam_vit_b`), weights from the checkpoint path given.
- `small`: the same classes at a size 2 CPU cores train in minutes: a ViT of depth 4, width
  96, 16 × 16 patches of a 96-pixel slice (6-pixel patches), and a mask decoder of width 64.
  Its weights come from `pretraining.py` (SAM's promptable objective on the split's training
  cases), standing in for SAM's own pre-training.

`DecoderPass` is SAM's `MaskDecoder.predict_masks` rewritten for one image per prompt set (the
library's version repeats each image once per prompt *batch*), returning the decoder's
features as well, and applying FiLM (γ ⊙ u + β) to the upscaled features `u` that the
hypernetwork reads: masks = w · u, so FiLM there changes masks in a way one can reason about.
"""
from __future__ import annotations

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


SMALL = SamSize(96, 6, 96, 4, 4, (), 0, False, 64)
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


def encoder_input(images: torch.Tensor, size: SamSize) -> torch.Tensor:
    """Slices (N, C, S, S) in [0, 1] → SAM's input: 3 channels (one modality repeated, or up to
    three stacked), resized to the encoder's size and standardised with SAM's pixel statistics."""
    if images.shape[1] == 1:
        images = images.repeat(1, 3, 1, 1)
    elif images.shape[1] == 2:
        images = torch.cat([images, images[:, :1]], dim=1)
    images = images[:, :3]
    if images.shape[-1] != size.image_size:
        images = nn.functional.interpolate(images, size=(size.image_size, size.image_size), mode="bilinear",
                                           align_corners=False)
    mean = torch.tensor([123.675, 116.28, 103.53]).view(1, 3, 1, 1) / 255
    std = torch.tensor([58.395, 57.12, 57.375]).view(1, 3, 1, 1) / 255
    return (images - mean) / std


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
    """One mask per (image embedding, prompt tokens) pair, with optional FiLM."""

    def __init__(self, parts: SamParts):
        super().__init__()
        self.prompt_encoder = parts.prompt_encoder
        self.decoder = parts.decoder

    def forward(self, embeddings: torch.Tensor, sparse: torch.Tensor, dense: torch.Tensor | None = None,
                gamma: torch.Tensor | None = None, beta: torch.Tensor | None = None) -> DecoderOutput:
        """embeddings (N, C, g, g), sparse prompt tokens (N, T, C); γ, β (N, C/8) or None."""
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
        if gamma is not None:
            upscaled = gamma[:, :, None, None] * upscaled
        if beta is not None:
            upscaled = upscaled + beta[:, :, None, None]
        weights = d.output_hypernetworks_mlps[0](mask_token)
        b, c8, h4, w4 = upscaled.shape
        logits = torch.einsum("nc,nchw->nhw", weights, upscaled)
        return DecoderOutput(logits, src.mean(dim=(2, 3)), upscaled, weights)

    def box_tokens(self, boxes: torch.Tensor) -> torch.Tensor:
        """Boxes (N, 4) as x0, y0, x1, y1 in encoder-input pixels → SAM's two corner tokens."""
        sparse, _ = self.prompt_encoder(points=None, boxes=boxes, masks=None)
        return sparse


def count(module: nn.Module, trainable: bool | None = None) -> int:
    return sum(p.numel() for p in module.parameters() if trainable is None or p.requires_grad == trainable)
