"""The segmentation loss: softmax cross-entropy plus Dice, with a background class.

Logits are (N, 1 + L, H, W): background first, then the L labels. One softmax over them makes
the labels compete, so the arg-max decides every pixel once (no "largest sigmoid above 0" that
hands ties to the first label).

A label a case's ground truth does not annotate (CHAOS CT annotates only the liver) is
*unknown*, not background: its probability is merged into the background's for that case (the
marginal loss of Shi et al., MedIA 2021), so a pixel of it that the model calls "kidney" is
not punished, and it gets no Dice term from that case.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F


SMOOTH = 1e-5


def segmentation_loss(logits: torch.Tensor, targets: torch.Tensor, known: torch.Tensor) -> torch.Tensor:
    """Cross-entropy plus nnU-Net's batch Dice over the known labels.

    logits (N, 1 + L, H, W); targets (N, L, H, W) in {0, 1}; known (N, L).

    - CE = −mean over pixels of log p(target), where the background's log p is
      log(p_0 + Σ_{l unknown} p_l) for the pixel's case;
    - Dice_l = (2 Σ p_l t_l + ε) / (Σ p_l + Σ t_l + ε), sums over the batch's images that
      annotate l, ε = 10⁻⁵ (nnU-Net's). A per-image Dice would reward empty predictions on the
      many slices that do not hold a small organ; summing over the batch does not. With a small
      ε a label absent from the batch gives Dice ≈ 0 whatever is predicted, so no gradient: an
      ε of 1 made it 1 / (Σ p + 1), a push to predict nothing that, at a ten-pixel adrenal gland
      seen in one batch of three, won. The loss takes 1 − the mean over the labels that some
      image of the batch annotates.
    """
    if logits.shape[-2:] != targets.shape[-2:]:
        logits = F.interpolate(logits, size=targets.shape[-2:], mode="bilinear", align_corners=False)
    logits = logits.float()
    known_f = known.to(logits.dtype)[:, :, None, None]
    foreground = targets * known_f
    if bool(known.all()):  # every label annotated: plain cross-entropy (one fused kernel)
        index = (foreground * torch.arange(1, targets.shape[1] + 1, device=targets.device).view(1, -1, 1, 1)).amax(dim=1)
        cross_entropy = F.cross_entropy(logits, index.long())
        log_p = logits.log_softmax(dim=1)
    else:
        log_p = logits.log_softmax(dim=1)
        merged = torch.cat([torch.ones_like(known[:, :1]), ~known], dim=1)[:, :, None, None]  # background + unknown
        background = torch.logsumexp(log_p.masked_fill(~merged, float("-inf")), dim=1)
        background_target = 1 - foreground.amax(dim=1)
        cross_entropy = -(background_target * background + (foreground * log_p[:, 1:]).sum(dim=1)).mean()
    p = log_p[:, 1:].exp() * known_f
    intersection = (p * foreground).sum(dim=(0, 2, 3))
    dice = (2 * intersection + SMOOTH) / (p.sum(dim=(0, 2, 3)) + foreground.sum(dim=(0, 2, 3)) + SMOOTH)
    present = known.any(dim=0)
    return cross_entropy + (1 - dice)[present].mean()


def label_logits(logits: torch.Tensor) -> torch.Tensor:
    """(N, 1 + L, H, W) → (N, L, H, W): each label's logit against the background, z_l − z_0.
    Where one is > 0 and the largest, the softmax's arg-max is that label; shifting one label's
    logit by t shifts only its own column (what TCI's FiLM does)."""
    return logits[:, 1:] - logits[:, :1]
