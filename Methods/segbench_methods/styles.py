"""Intensity styles: the augmentation every learned method trains with, and what a style is.

The augmentation is the same for every learned method (U-Net, the SAM decoder ablation,
Causal-SAM-LLM, Zeus), so a difference between them is the method's, not the augmentation's.
It draws, per image: with probability ½ a random piecewise-linear intensity curve through
four knots (it may invert contrast, as CT → MR does to some organs; CSDG's idea with straight
segments), a gamma in [e^−½, e^½], a contrast factor in [0.75, 1.25] about the mean, and with
probability ½ Gaussian noise of σ ≤ 0.05. Images are in [0, 1] before and after.
"""
from __future__ import annotations

import torch


def _uniform(generator: torch.Generator, n: int, low: float, high: float) -> torch.Tensor:
    return low + (high - low) * torch.rand(n, generator=generator)


def augment(images: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """Images (N, C, H, W) in [0, 1] → a random style of each, in [0, 1]."""
    n = images.shape[0]
    out = images.clone()
    curve = torch.rand(n, generator=generator) < 0.5
    knots = torch.rand(n, 4, generator=generator)
    for index in torch.nonzero(curve).flatten().tolist():
        x = out[index] * 3
        segment = x.clamp(0, 2.999).floor().long()
        start, end = knots[index][segment], knots[index][segment + 1]
        out[index] = start + (x - segment) * (end - start)
    gamma = torch.exp(_uniform(generator, n, -0.5, 0.5)).view(n, 1, 1, 1)
    out = out.clamp(1e-6, 1) ** gamma
    contrast = _uniform(generator, n, 0.75, 1.25).view(n, 1, 1, 1)
    mean = out.mean(dim=(1, 2, 3), keepdim=True)
    out = mean + contrast * (out - mean)
    noisy = (torch.rand(n, generator=generator) < 0.5).float().view(n, 1, 1, 1)
    sigma = _uniform(generator, n, 0, 0.05).view(n, 1, 1, 1)
    noise = torch.randn(out.shape, generator=generator)
    return (out + noisy * sigma * noise).clamp(0, 1)


def statistics(image: torch.Tensor) -> dict[str, float]:
    """What a style description is made of, for one image (C, H, W) in [0, 1].

    - contrast: P95 − P5 of the body (pixels above 0.05);
    - brightness: the body's mean;
    - noise: the standard deviation of the image minus its 3×3 mean, over the body.
    """
    grey = image.mean(dim=0)
    body = grey > 0.05
    if body.sum() < 16:
        return {"contrast": 0.0, "brightness": 0.0, "noise": 0.0}
    values = grey[body]
    p5, p95 = torch.quantile(values, torch.tensor([0.05, 0.95])).tolist()
    smooth = torch.nn.functional.avg_pool2d(grey[None, None], 3, stride=1, padding=1, count_include_pad=False)[0, 0]
    return {"contrast": p95 - p5, "brightness": float(values.mean()), "noise": float((grey - smooth)[body].std())}
