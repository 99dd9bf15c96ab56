"""What a style is: the measured facts a style description (the VLM's place) is made of."""
from __future__ import annotations

import torch


def statistics(image: torch.Tensor) -> dict[str, float]:
    """For one image (C, H, W) of z-scores, on a [0, 1] view of it (its minimum to its 99.5th
    percentile):

    - contrast: P95 − P5 of the body (view above 0.05);
    - brightness: the body's mean;
    - noise: the standard deviation of the image minus its 3×3 mean, over the body.
    """
    grey = image.mean(dim=0)
    low = grey.amin()
    high = torch.quantile(grey.flatten(), 0.995)
    if float(high - low) < 1e-6:
        return {"contrast": 0.0, "brightness": 0.0, "noise": 0.0}
    grey = ((grey - low) / (high - low)).clamp(0, 1)
    body = grey > 0.05
    if body.sum() < 16:
        return {"contrast": 0.0, "brightness": 0.0, "noise": 0.0}
    values = grey[body]
    p5, p95 = torch.quantile(values, torch.tensor([0.05, 0.95], dtype=values.dtype)).tolist()
    smooth = torch.nn.functional.avg_pool2d(grey[None, None], 3, stride=1, padding=1, count_include_pad=False)[0, 0]
    return {"contrast": p95 - p5, "brightness": float(values.mean()), "noise": float((grey - smooth)[body].std())}
