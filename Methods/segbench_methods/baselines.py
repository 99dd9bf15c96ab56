"""The baselines: MONAI's U-Net (the supervised standard) and SAM with box prompts (no
training; the prompted cross-anatomy split). The third, the SAM decoder fine-tuned without LAD
and TCI, is `methods.SamClassMethod`: Causal-SAM-LLM's own ablation."""
from __future__ import annotations

import torch
from torch import nn

from . import sam, styles
from .losses import segmentation_loss
from .methods import Progress
from .pretraining import embed


class UNetBaseline(nn.Module):
    """A 2D U-Net from MONAI (4 levels, 16–128 channels, 2 residual units per level), one sigmoid
    output per structure, trained on the slices with the shared style augmentation."""

    name = "unet"

    def __init__(self, structures: int, channels: int):
        super().__init__()
        from monai.networks.nets import UNet

        self.net = UNet(spatial_dims=2, in_channels=channels, out_channels=structures,
                        channels=(16, 32, 64, 128), strides=(2, 2, 2), num_res_units=2)

    def fit(self, slices, steps: int, batch: int, seed: int, log):
        generator = torch.Generator().manual_seed(seed)
        optimiser = torch.optim.AdamW(self.parameters(), lr=1e-3, weight_decay=1e-4)
        progress = Progress(self.name, steps, log)
        self.train()
        for step in range(1, steps + 1):
            index = torch.randint(len(slices), (batch,), generator=generator)
            images = styles.augment(slices.images[index], generator)
            loss = segmentation_loss(self.net(images), slices.targets[index], slices.known[index])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            progress.step(step, segmentation=loss.item())

    @torch.no_grad()
    def segment(self, images: torch.Tensor, context=None, shifts=None) -> torch.Tensor:
        self.eval()
        return torch.cat([self.net(images[i:i + 32]) for i in range(0, len(images), 32)])


class SamBoxBaseline:
    """SAM as released, prompted with each structure's box slice by slice; nothing trained on the
    split. The manifest's 3D box (voxel indices, inclusive) gives every axial slice it spans the
    same 2D box; structures are written in label order, a later one over an earlier one where
    both claim a voxel with a positive logit (BraTS's nested regions: wt, then tc, then et)."""

    name = "sam_box"

    def __init__(self, parts: sam.SamParts):
        self.parts = parts
        self.decoder_pass = sam.DecoderPass(parts).eval()

    @torch.no_grad()
    def segment_prompted(self, images: torch.Tensor, slice_size: tuple[int, int], prompts: dict,
                         structures: list[str]) -> torch.Tensor:
        """Slices (K, C, S, S) → logits (K, L, h, w), −20 outside each structure's box slices."""
        embeddings = embed(self.parts, images)
        g = self.parts.size.grid * 4
        logits = torch.full((len(images), len(structures), g, g), -20.0)
        rows, cols = slice_size
        s = self.parts.size.image_size
        for index, name in enumerate(structures):
            prompt = (prompts or {}).get(name)
            if not prompt:
                continue
            (i0, j0, k0), (i1, j1, k1) = prompt["box_voxels"]
            box = torch.tensor([j0 * s / cols, i0 * s / rows, (j1 + 1) * s / cols - 1, (i1 + 1) * s / rows - 1])
            span = list(range(max(0, k0), min(len(images) - 1, k1) + 1))
            if not span:
                continue
            tokens = self.decoder_pass.box_tokens(box[None].expand(len(span), -1))
            logits[span, index] = self.decoder_pass(embeddings[span], tokens).logits
        return logits
