"""The baselines: MONAI's U-Net (the supervised standard) and SAM with box prompts (no
training; the prompted cross-anatomy split). The third, the SAM decoder fine-tuned without LAD
and TCI, is `methods.SamClassMethod`: Causal-SAM-LLM's own ablation."""
from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from . import sam, training
from .augment import augment, crop
from .data import Sampler
from .losses import label_logits, segmentation_loss
from .manifest import ContractError


@dataclass(frozen=True)
class Fit:
    """How a method trains on a split: steps, batch, peak learning rate, augmentation kind,
    seed and device."""

    steps: int
    batch: int
    learning_rate: float
    augmentation: str
    seed: int
    device: torch.device


class UNetBaseline(nn.Module):
    """A 2D U-Net from MONAI (4 levels, 16–128 channels, one residual unit per level), softmax
    over background and the structures, on 2.5D slices (k−1, k, k+1), trained on 96-pixel patches
    of the canvas. One residual unit instead of two makes a step 21 % cheaper, which pays for 800
    steps instead of 600 at the same cost; the extra steps are what the smallest structures need
    (docs/methods.md, "Steps")."""

    name = "unet"
    patch = 96  # training patches (pixels); prediction reads the whole canvas

    def __init__(self, structures: int, channels: int):
        super().__init__()
        from monai.networks.nets import UNet

        self.net = UNet(spatial_dims=2, in_channels=channels, out_channels=structures + 1,
                        channels=(16, 32, 64, 128), strides=(2, 2, 2), num_res_units=1)

    def fit(self, slices, fit: Fit, log):
        generator = torch.Generator().manual_seed(fit.seed)
        sampler = Sampler(slices, generator)
        optimiser, scheduler = training.optimiser(self.parameters(), fit.learning_rate, fit.steps)
        progress = training.Progress(f"{self.name} ({fit.augmentation})", fit.steps, log)
        self.to(fit.device).train()
        for step in range(1, fit.steps + 1):
            index, focus = sampler.draw(fit.batch)
            images, targets = augment(slices.images[index], slices.targets[index].float(), generator, fit.augmentation)
            images, targets = crop(images, targets, self.patch, generator, focus)
            images, targets = images.to(fit.device), targets.to(fit.device)
            with training.autocast(fit.device):
                logits = self.net(images)
            loss = segmentation_loss(logits, targets, slices.known[index].to(fit.device))
            training.update(optimiser, scheduler, loss)
            progress.step(step, segmentation=loss.item())
        self.cpu()

    @torch.no_grad()
    def segment(self, images: torch.Tensor, context=None, device: torch.device = torch.device("cpu")) -> torch.Tensor:
        """Slices (K, C, S, S) → each structure's logit against the background (K, L, S, S)."""
        self.to(device).eval()
        out = []
        for i in range(0, len(images), 32):
            with training.autocast(device):
                out.append(label_logits(self.net(images[i:i + 32].to(device)).float()).cpu())
        return torch.cat(out)


class SamBoxBaseline:
    """SAM as pre-trained, prompted with each structure's box slice by slice; nothing trained on
    the split. The manifest's 3D box (voxel indices (i, j, k) of the NIfTI array, inclusive)
    gives every axial slice k it spans the same 2D box: rows i, columns j, placed on the canvas
    as the slice is.

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
    def segment_prompted(self, images: torch.Tensor, placement, prompts: dict, structures: list[str]) -> torch.Tensor:
        """Slices (K, C, S, S) on the canvas → logits (K, L, S, S) per label of `structures` (the
        manifest's label names), −20 outside the box slices of the structures that write it."""
        embeddings = sam.embed(self.parts, images)
        s = self.parts.size.image_size
        ratio = s / placement.canvas  # canvas pixels → encoder-input pixels
        planned = self.plan(prompts, list(structures))
        canvas = placement.canvas
        regions = torch.full((len(planned), len(images), canvas, canvas), -20.0)
        for index, (name, prompt, _) in enumerate(planned):
            (i0, j0, k0), (i1, j1, k1) = prompt["box_voxels"]
            # SAM's box is (x0, y0, x1, y1): x along the slice's columns (j), y along its rows (i).
            x0, x1 = placement.left + j0 * placement.column_scale, placement.left + (j1 + 1) * placement.column_scale - 1
            y0, y1 = placement.top + i0 * placement.row_scale, placement.top + (i1 + 1) * placement.row_scale - 1
            box = torch.tensor([x0, y0, x1, y1], dtype=torch.float32) * ratio
            span = list(range(max(0, k0), min(len(images) - 1, k1) + 1))
            if not span:
                continue
            tokens = self.decoder_pass.box_tokens(box[None].expand(len(span), -1))
            logits = self.decoder_pass(embeddings[span], tokens).logits
            regions[index, span] = sam.to_canvas_size(logits[:, None], canvas)[:, 0]
        logits = torch.full((len(images), len(structures), canvas, canvas), -20.0)
        for index, (_, _, label) in enumerate(planned):
            own = regions[index]
            if index + 1 < len(planned):  # where a structure written later claims the pixel, it wins
                own = torch.minimum(own, -regions[index + 1:].amax(dim=0))
            logits[:, label] = torch.maximum(logits[:, label], own)
        return logits
