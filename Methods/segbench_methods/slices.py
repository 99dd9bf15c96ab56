"""Volumes to the 2D slices the SAM-architecture models read, and predictions back.

Every method here is slice-based, as SAM is: axial slices (the array's third axis), each
channel normalised per volume to [0, 1] between its 0.5th and 99.5th percentiles (one rule
for CT and MR, so no method is told the modality through the intensity scale), resized to the
model's square input. Predictions are resized back to the slice's own size and stacked, so
the label map is on the case's grid.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from .manifest import CaseVolume


def normalise(volume: np.ndarray) -> np.ndarray:
    """(v − P0.5) / (P99.5 − P0.5), clipped to [0, 1]."""
    low, high = np.percentile(volume, [0.5, 99.5])
    scale = high - low if high > low else 1.0
    return np.clip((volume - low) / scale, 0.0, 1.0).astype(np.float32)


def resize(images: torch.Tensor, size: tuple[int, int], nearest: bool = False) -> torch.Tensor:
    """(N, C, H, W) → (N, C, *size): bilinear for intensities and logits, nearest for labels."""
    if tuple(images.shape[-2:]) == tuple(size):
        return images
    if nearest:
        return F.interpolate(images, size=size, mode="nearest")
    return F.interpolate(images, size=size, mode="bilinear", align_corners=False)


@dataclass
class SliceStack:
    """A case as model input: images (K, C, S, S) and, when known, per-class targets.

    `targets[k, c]` is 1 where slice k holds label c; `known[c]` is False for labels the case's
    ground truth does not annotate (their loss is masked, never taught as background).
    """

    case: str
    images: torch.Tensor
    slice_size: tuple[int, int]
    modalities: list[str]
    targets: torch.Tensor | None = None
    known: torch.Tensor | None = None


def slice_stack(volume: CaseVolume, size: int, label_map: np.ndarray | None = None,
                label_values: list[int] | None = None, annotated: list[bool] | None = None) -> SliceStack:
    channels = [normalise(data) for data in volume.channels.values()]
    stacked = torch.from_numpy(np.stack(channels))  # (C, I, J, K)
    images = stacked.permute(3, 0, 1, 2).contiguous()  # (K, C, I, J)
    i, j = images.shape[-2:]
    images = resize(images, (size, size))
    stack = SliceStack(volume.case.name, images, (i, j), list(volume.channels))
    if label_map is not None and label_values is not None:
        onehot = np.stack([(label_map == value) for value in label_values]).astype(np.float32)  # (L, I, J, K)
        targets = torch.from_numpy(onehot).permute(3, 0, 1, 2).contiguous()
        stack.targets = resize(targets, (size, size), nearest=True)
        stack.known = torch.tensor(annotated if annotated is not None else [True] * len(label_values))
    return stack


def logits_to_label_map(logits: torch.Tensor, slice_size: tuple[int, int], label_values: list[int],
                        layered: bool = False) -> np.ndarray:
    """Per-class logits (K, L, h, w) → label map (I, J, K): the class of largest logit where it is
    > 0, or with `layered` each class in order over the earlier ones (nested regions)."""
    full = resize(logits, slice_size)
    values = torch.tensor(label_values, dtype=torch.int64)
    if layered:
        labels = torch.zeros(full.shape[0], *full.shape[2:], dtype=torch.int64)
        for index, value in enumerate(label_values):
            labels[full[:, index] > 0] = value
    else:
        best, index = full.max(dim=1)
        labels = torch.where(best > 0, values[index], torch.zeros_like(index))
    return labels.permute(1, 2, 0).numpy().astype(np.uint8)


def foreground_slices(targets: torch.Tensor, empty_fraction: float, generator: torch.Generator) -> torch.Tensor:
    """Indices of the slices with any label, plus about `empty_fraction` of them drawn from the empty ones."""
    has = targets.flatten(1).amax(dim=1) > 0
    full, empty = torch.nonzero(has).flatten(), torch.nonzero(~has).flatten()
    keep = max(1, int(round(empty_fraction * len(full)))) if len(empty) else 0
    chosen = empty[torch.randperm(len(empty), generator=generator)[:keep]]
    return torch.cat([full, chosen]).sort().values
