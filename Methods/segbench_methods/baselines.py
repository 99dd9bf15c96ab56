"""The baselines: MONAI's U-Net (the supervised standard) and SAM with box prompts (no
training; the prompted cross-anatomy split). The third, the SAM decoder fine-tuned without LAD
and TCI, is `methods.SamClassMethod`: Causal-SAM-LLM's own ablation."""
from __future__ import annotations

import torch
from torch import nn

from . import sam, styles
from .losses import segmentation_loss
from .manifest import ContractError
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
    split. The manifest's 3D box (voxel indices (i, j, k) of the NIfTI array, inclusive) gives
    every axial slice k it spans the same 2D box: rows i, columns j.

    Prompts are keyed by the split's scored structures, which may be regions of several labels
    (BraTS's WT ⊃ TC ⊃ ET over ncr, edema and enhancing): a prompt's `labels` names them, a
    prompt without it must be keyed by a label. Structures are written outer first (more labels
    first), each inner one over the ones it lies in; a structure writes its labels that no
    prompted structure inside it holds (WT → edema, TC → ncr, ET → enhancing), the first in
    label order if several remain. The logits returned per label are positive at most in one
    label per pixel, so any order of writing them gives that result."""

    name = "sam_box"

    def __init__(self, parts: sam.SamParts):
        self.parts = parts
        self.decoder_pass = sam.DecoderPass(parts).eval()

    @staticmethod
    def plan(prompts: dict, labels: list[str]) -> list[tuple[str, dict, int]]:
        """The prompted structures in writing order (outer first): (name, prompt, index into
        `labels` of the label it writes)."""
        members = {}
        for name, prompt in (prompts or {}).items():
            if not prompt:
                continue
            listed = prompt.get("labels")
            if listed is None:
                if name not in labels:
                    raise ContractError(f"prompt '{name}' is no label of the manifest ({', '.join(labels)}) "
                                        f"and lists none of them ('labels')")
                listed = [name]
            unknown = [label for label in listed if label not in labels]
            if unknown or not listed:
                raise ContractError(f"prompt '{name}': labels {listed} are not the manifest's ({', '.join(labels)})")
            members[name] = {labels.index(label) for label in listed}
        order = sorted(members, key=lambda name: (-len(members[name]), min(members[name])))
        planned = []
        for name in order:
            inner = set().union(*(members[other] for other in order
                                  if other != name and members[other] < members[name]))
            own = members[name] - inner or members[name]
            planned.append((name, prompts[name], min(own)))
        return planned

    @torch.no_grad()
    def segment_prompted(self, images: torch.Tensor, slice_size: tuple[int, int], prompts: dict,
                         structures: list[str]) -> torch.Tensor:
        """Slices (K, C, S, S) → logits (K, L, h, w) per label of `structures` (the manifest's
        label names), −20 outside the box slices of the structures that write it."""
        embeddings = embed(self.parts, images)
        g = self.parts.size.grid * 4
        rows, cols = slice_size
        s = self.parts.size.image_size
        planned = self.plan(prompts, list(structures))
        regions = torch.full((len(planned), len(images), g, g), -20.0)
        for index, (name, prompt, _) in enumerate(planned):
            (i0, j0, k0), (i1, j1, k1) = prompt["box_voxels"]
            # SAM's box is (x0, y0, x1, y1): x along the slice's columns (j), y along its rows (i).
            box = torch.tensor([j0 * s / cols, i0 * s / rows, (j1 + 1) * s / cols - 1, (i1 + 1) * s / rows - 1])
            span = list(range(max(0, k0), min(len(images) - 1, k1) + 1))
            if not span:
                continue
            tokens = self.decoder_pass.box_tokens(box[None].expand(len(span), -1))
            regions[index, span] = self.decoder_pass(embeddings[span], tokens).logits
        logits = torch.full((len(images), len(structures), g, g), -20.0)
        for index, (_, _, label) in enumerate(planned):
            own = regions[index]
            if index + 1 < len(planned):  # where a structure written later claims the pixel, it wins
                own = torch.minimum(own, -regions[index + 1:].amax(dim=0))
            logits[:, label] = torch.maximum(logits[:, label], own)
        return logits
