"""PNGs of training slices under each augmentation kind, to look at (organs must stay visible).

One PNG per kind: a row per slice, the slice as normalised first, then four augmented draws;
the middle 2.5D channel in grey (−3 to +3 body standard deviations), each label's outline in
its own colour, as the targets moved with the image."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from .augment import KINDS, augment
from .data import gather
from .manifest import Manifest

COLOURS = [(230, 25, 75), (60, 180, 75), (255, 225, 25), (0, 130, 200), (245, 130, 48), (145, 30, 180),
           (70, 240, 240), (240, 50, 230), (210, 245, 60), (250, 190, 212), (0, 128, 128), (220, 190, 255),
           (170, 110, 40)]


def render(image: torch.Tensor, targets: torch.Tensor) -> np.ndarray:
    """(C, S, S), (L, S, S) → an RGB array: grey image, coloured outlines (rows are i, columns j)."""
    grey = ((image[image.shape[0] // 2].clamp(-3, 3) + 3) / 6 * 255).to(torch.uint8).numpy()
    rgb = np.stack([grey] * 3, axis=-1)
    for label in range(targets.shape[0]):
        mask = targets[label].numpy() > 0.5
        edge = mask & ~(np.roll(mask, 1, 0) & np.roll(mask, -1, 0) & np.roll(mask, 1, 1) & np.roll(mask, -1, 1))
        rgb[edge] = COLOURS[label % len(COLOURS)]
    return rgb


def write_samples(manifest: Manifest, out: Path, count: int = 6, draws: int = 4, seed: int = 3) -> list[Path]:
    from PIL import Image

    slices = gather(manifest, 144, seed)
    labelled = (slices.targets.flatten(2).amax(dim=2) > 0).sum(dim=1)
    order = torch.argsort(labelled, descending=True, stable=True)
    chosen = order[torch.linspace(0, len(order) // 2, count).long()]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        generator = torch.Generator().manual_seed(seed)
        rows = []
        for n in chosen.tolist():
            image, target = slices.images[n:n + 1], slices.targets[n:n + 1].float()
            cells = [render(image[0], target[0])]
            for _ in range(draws):
                a, t = augment(image, target, generator, kind)
                cells.append(render(a[0], t[0]))
            rows.append(np.concatenate(cells, axis=1))
        path = out / f"augmentation-{kind}.png"
        Image.fromarray(np.concatenate(rows, axis=0)).save(path)
        written.append(path)
    return written
