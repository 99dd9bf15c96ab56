"""Volumes to the 2D slices every method here reads, and predictions back.

Every method is slice-based, as SAM is: axial slices (the array's third axis) resampled in-plane
to the model's pixel size (the median in-plane spacing of its training cases, recorded in
method.json) and **padded, not squashed**, to a square canvas (144 pixels in the small profile,
256 in the paper profile): an adrenal gland keeps its 10–20 pixels, and an organ is the same
number of pixels on every scanner. A slice still larger than the canvas is scaled down as a
whole (aspect kept) to fit. Padding takes each channel's background value (its minimum).

Intensities follow `normalisation` (a CT window or an MR body z-score). A one-channel volume
is given **2.5D context**: the channels are slices k−1, k, k+1 (the edge slice repeated), the
three channels SAM's encoder reads. A multi-channel volume (BraTS's four sequences) keeps its
channels, one per sequence.

Predictions come back as per-structure logits on the canvas; `logits_to_label_map` crops
(and rescales) them to the slice's own grid and takes the arg-max.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from .manifest import CaseVolume
from .normalisation import Normalisation, normalise


def resize(images: torch.Tensor, size: tuple[int, int], nearest: bool = False) -> torch.Tensor:
    """(N, C, H, W) → (N, C, *size): bilinear for intensities and logits, nearest for labels."""
    if tuple(images.shape[-2:]) == tuple(size):
        return images
    if nearest:
        return F.interpolate(images, size=size, mode="nearest")
    return F.interpolate(images, size=size, mode="bilinear", align_corners=False)


@dataclass(frozen=True)
class Placement:
    """Where a slice of `rows` × `cols` lies on the `canvas` × `canvas` input: resampled to
    `height` × `width` (its pixels brought to the model's pixel size, then scaled down as a whole
    if it is still larger than the canvas), its first pixel at (`top`, `left`)."""

    rows: int
    cols: int
    canvas: int
    height: int
    width: int
    top: int
    left: int

    @staticmethod
    def fit(rows: int, cols: int, canvas: int, spacing: tuple[float, float] | None = None,
            pixel_mm: float | None = None) -> "Placement":
        """`spacing`: the slice's (row, column) spacing in mm; `pixel_mm`: the model's pixel.
        Without them the native grid is kept."""
        height, width = float(rows), float(cols)
        if spacing is not None and pixel_mm:
            height, width = rows * spacing[0] / pixel_mm, cols * spacing[1] / pixel_mm
        fit = min(1.0, canvas / height, canvas / width)
        height, width = max(1, int(round(height * fit))), max(1, int(round(width * fit)))
        return Placement(rows, cols, canvas, min(height, canvas), min(width, canvas),
                         (canvas - min(height, canvas)) // 2, (canvas - min(width, canvas)) // 2)

    @property
    def row_scale(self) -> float:
        return self.height / self.rows

    @property
    def column_scale(self) -> float:
        return self.width / self.cols

    def to_canvas(self, images: torch.Tensor, fill: torch.Tensor | float = 0.0, nearest: bool = False) -> torch.Tensor:
        """(K, C, rows, cols) → (K, C, canvas, canvas), `fill` (per channel) around the slice."""
        k, c = images.shape[:2]
        out = torch.empty(k, c, self.canvas, self.canvas, dtype=images.dtype)
        out[:] = torch.as_tensor(fill, dtype=images.dtype).reshape(1, -1, 1, 1) if torch.is_tensor(fill) else fill
        out[:, :, self.top:self.top + self.height, self.left:self.left + self.width] = \
            resize(images, (self.height, self.width), nearest)
        return out

    def from_canvas(self, logits: torch.Tensor) -> torch.Tensor:
        """(K, L, canvas, canvas) → (K, L, rows, cols)."""
        inside = logits[:, :, self.top:self.top + self.height, self.left:self.left + self.width]
        return resize(inside, (self.rows, self.cols))

    def record(self) -> dict:
        return {"canvas": self.canvas, "slice": [self.rows, self.cols], "on_canvas": [self.height, self.width]}


@dataclass
class SliceStack:
    """A case as model input: images (K, C, S, S) on the canvas and, when known, per-label
    targets. `targets[k, c]` is 1 where slice k holds label c; `known[c]` is False for labels the
    case's ground truth does not annotate (their loss is marginalised, never taught as background)."""

    case: str
    images: torch.Tensor
    placement: Placement
    modalities: list[str]
    normalisation: list[Normalisation]
    targets: torch.Tensor | None = None
    known: torch.Tensor | None = None

    @property
    def slice_size(self) -> tuple[int, int]:
        return self.placement.rows, self.placement.cols


def with_context(volume: torch.Tensor) -> torch.Tensor:
    """(K, 1, H, W) → (K, 3, H, W): slices k−1, k, k+1, the edge slices repeated."""
    padded = torch.cat([volume[:1], volume, volume[-1:]])
    return torch.cat([padded[:-2], padded[1:-1], padded[2:]], dim=1)


def in_plane_spacing(volume: CaseVolume) -> tuple[float, float]:
    """The (row, column) spacing in mm of the volume's axial slices (the array's first two axes)."""
    zooms = volume.grid.header.get_zooms()
    return float(zooms[0]), float(zooms[1])


def slice_stack(volume: CaseVolume, canvas: int, label_map: np.ndarray | None = None,
                label_values: list[int] | None = None, annotated: list[bool] | None = None,
                context: bool = True, pixel_mm: float | None = None) -> SliceStack:
    """`pixel_mm`: the model's pixel size; each slice is resampled to it (nnU-Net resamples to
    the training set's median spacing for the same reason: an organ is the same number of
    pixels in every case and on every scanner). None: the native grid."""
    modality = volume.case.acquisition.get("modality") or volume.case.modality
    normalised = [normalise(data, modality) for data in volume.channels.values()]
    stacked = torch.from_numpy(np.stack([data for data, _ in normalised]))  # (C, I, J, K)
    images = stacked.permute(3, 0, 1, 2).contiguous()  # (K, C, I, J)
    if context and images.shape[1] == 1:
        images = with_context(images)
    fill = images.amin(dim=(0, 2, 3))
    placement = Placement.fit(images.shape[2], images.shape[3], canvas, in_plane_spacing(volume), pixel_mm)
    stack = SliceStack(volume.case.name, placement.to_canvas(images, fill), placement, list(volume.channels),
                       [record for _, record in normalised])
    if label_map is not None and label_values is not None:
        onehot = np.stack([(label_map == value) for value in label_values]).astype(np.float32)  # (L, I, J, K)
        targets = torch.from_numpy(onehot).permute(3, 0, 1, 2).contiguous()
        stack.targets = placement.to_canvas(targets, 0.0, nearest=True)
        stack.known = torch.tensor(annotated if annotated is not None else [True] * len(label_values))
    return stack


def logits_to_label_map(logits: torch.Tensor, placement: Placement, label_values: list[int],
                        layered: bool = False) -> np.ndarray:
    """Per-label logits on the canvas (K, L, S, S) → label map (I, J, K).

    The logits are each label's against the background (z_l − z_background), so "the label of
    largest logit where it is > 0" is the softmax's arg-max over background and labels. With
    `layered` each label is written in order over the earlier ones (nested regions)."""
    full = placement.from_canvas(logits)
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
