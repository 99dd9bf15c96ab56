"""Losses. Every structure is its own sigmoid channel, so a label a case does not annotate is
masked out of the loss rather than taught as background (CHAOS CT annotates only the liver)."""
from __future__ import annotations

import torch
import torch.nn.functional as F


def segmentation_loss(logits: torch.Tensor, targets: torch.Tensor, known: torch.Tensor) -> torch.Tensor:
    """Binary cross-entropy plus nnU-Net's batch Dice, over the known (image, structure) pairs.

    logits, targets (N, L, H, W); known (N, L). Per structure l, over the batch's known images:
    Dice_l = (2 Σ p t + 1) / (Σ p + Σ t + 1). A per-image Dice would reward empty predictions on
    the many slices that do not hold a small organ; summing over the batch does not.
    """
    if logits.shape[-2:] != targets.shape[-2:]:
        logits = F.interpolate(logits, size=targets.shape[-2:], mode="bilinear", align_corners=False)
    weight = known.float()[:, :, None, None]
    bce = (F.binary_cross_entropy_with_logits(logits, targets, reduction="none") * weight).sum() / \
        (weight.sum() * logits.shape[-1] * logits.shape[-2]).clamp(min=1)
    p = torch.sigmoid(logits) * weight
    t = targets * weight
    dice = (2 * (p * t).sum(dim=(0, 2, 3)) + 1) / (p.sum(dim=(0, 2, 3)) + t.sum(dim=(0, 2, 3)) + 1)
    present = known.any(dim=0)
    return bce + (1 - dice)[present].mean()
