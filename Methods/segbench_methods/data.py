"""A training set of slices, gathered once from a train manifest, and how batches are drawn."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from .manifest import Manifest, read_case, read_label_map, read_spacing
from .slices import foreground_slices, slice_stack


@dataclass
class TrainingSlices:
    """Slices of all training cases on the canvas: images (N, C, S, S), targets (N, L, S, S),
    known (N, L), and per slice the case it came from (index into `cases`)."""

    images: torch.Tensor
    targets: torch.Tensor
    known: torch.Tensor
    case_of: torch.Tensor
    cases: list[str]
    modalities: list[str]  # per case: its modality in words
    channels: list[list[str]]  # per case: its channel names, in the images' order
    acquisitions: list[dict[str, str]]
    normalisation: list[list[dict]]  # per case and channel: what `normalisation` applied
    organ_volumes_ml: dict[str, float]  # per label: the mean volume where present (TCI's prior)
    pixel_mm: float | None  # the slices' pixel size (None: each case's native grid)

    def __len__(self) -> int:
        return self.images.shape[0]

    def holding(self) -> list[torch.Tensor]:
        """Per label: the slices that hold it (where annotated)."""
        present = (self.targets.flatten(2).amax(dim=2) > 0) & self.known
        return [torch.nonzero(present[:, l]).flatten() for l in range(present.shape[1])]


def median_pixel_mm(spacings: list[tuple[float, float]]) -> float:
    """The model's pixel size: the median over the training cases of their in-plane spacing
    (the mean of the row and column spacing), rounded to 0.01 mm, as nnU-Net takes the median
    spacing of its training set."""
    return round(float(np.median([(r + c) / 2 for r, c in spacings])), 2)


def gather(manifest: Manifest, canvas: int, seed: int, empty_fraction: float = 0.25,
           log=lambda line: None, resample: bool = True) -> TrainingSlices:
    """`resample`: bring every slice to the training cases' median in-plane spacing
    (`median_pixel_mm`); False keeps each case's native grid (SAM with boxes, which trains
    nothing)."""
    generator = torch.Generator().manual_seed(seed)
    pixel_mm = median_pixel_mm([read_spacing(case)[:2] for case in manifest.cases]) \
        if resample and manifest.cases else None
    values = [label.value for label in manifest.labels]
    images, targets, known, case_of = [], [], [], []
    modalities, channels, acquisitions, normalisation = [], [], [], []
    volumes: dict[str, list[float]] = {label.name: [] for label in manifest.labels}
    for index, case in enumerate(manifest.cases):
        volume = read_case(case)
        label_map = read_label_map(case.label, volume.shape)
        annotated = [label.name in case.annotated for label in manifest.labels]
        stack = slice_stack(volume, canvas, label_map, values, annotated, pixel_mm=pixel_mm)
        chosen = foreground_slices(stack.targets, empty_fraction, generator)
        images.append(stack.images[chosen])
        targets.append(stack.targets[chosen].to(torch.uint8))
        known.append(stack.known[None].expand(len(chosen), -1))
        case_of.append(torch.full((len(chosen),), index))
        modalities.append(case.modality)
        channels.append(list(volume.channels))
        acquisitions.append(case.acquisition)
        normalisation.append([n.record() for n in stack.normalisation])
        voxel_ml = float(np.prod(volume.grid.header.get_zooms()[:3])) / 1000
        for label, present in zip(manifest.labels, annotated):
            count = int((label_map == label.value).sum())
            if present and count:
                volumes[label.name].append(count * voxel_ml)
        log(f"read {index + 1}/{len(manifest.cases)} {case.name}: {len(chosen)} slices")
    return TrainingSlices(torch.cat(images), torch.cat(targets), torch.cat(known).bool(), torch.cat(case_of),
                          [c.name for c in manifest.cases], modalities, channels, acquisitions, normalisation,
                          {name: float(np.mean(v)) if v else 0.0 for name, v in volumes.items()}, pixel_mm)


class Sampler:
    """Batches of slice indices: half drawn uniformly, half balanced over labels (a random label,
    then a random slice holding it), so a 10-pixel adrenal gland is seen as often as the liver
    (nnU-Net oversamples foreground for the same reason)."""

    def __init__(self, slices: TrainingSlices, generator: torch.Generator):
        self.count = len(slices)
        holding = slices.holding()
        self.labels = [l for l, h in enumerate(holding) if len(h)]  # the label index of each entry below
        self.holding = [holding[l] for l in self.labels]
        self.generator = generator

    def __call__(self, batch: int) -> torch.Tensor:
        return self.draw(batch)[0]

    def draw(self, batch: int) -> tuple[torch.Tensor, torch.Tensor]:
        """Slice indices (B,) and, per slice, the label it was drawn for (−1: drawn uniformly),
        which a patch is then centred on (`augment.crop`)."""
        uniform = torch.randint(self.count, (batch - batch // 2,), generator=self.generator)
        unfocused = torch.full((len(uniform),), -1)
        if not self.holding:
            rest = torch.randint(self.count, (batch // 2,), generator=self.generator)
            return torch.cat([uniform, rest]), torch.cat([unfocused, torch.full((len(rest),), -1)])
        labels = torch.randint(len(self.holding), (batch // 2,), generator=self.generator).tolist()
        balanced = [self.holding[l][int(torch.randint(len(self.holding[l]), (1,), generator=self.generator))]
                    for l in labels]
        if not balanced:
            return uniform, unfocused
        focus = torch.tensor([self.labels[l] for l in labels])
        return torch.cat([uniform, torch.stack(balanced)]), torch.cat([unfocused, focus])
