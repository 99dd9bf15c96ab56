"""Intensities to model input: one rule per modality, as nnU-Net does.

- **CT** numbers are absolute (Hounsfield units), so a fixed window keeps their meaning:
  clip to the abdominal soft-tissue window [−160, 240] HU, then z-score over the body
  (voxels above −500 HU before clipping). Liver (≈ 60 HU) and spleen (≈ 50 HU) stay apart by
  about a quarter of a standard deviation instead of being pressed together with air and bone.
- **MR** signal has no unit (each scanner scales it), so it is z-scored over the body: the voxels
  above a tenth of the volume's 99.5th percentile, clipped to ±5 standard deviations.

The body mask keeps air, which fills half of a slice, out of the statistics. A volume whose body
is empty (a blank image) is left at zero. What was applied is recorded (`Normalisation.record`)
in the model folder and every sidecar.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

CT_WINDOW = (-160.0, 240.0)
CT_BODY_HU = -500.0
MR_BODY_FRACTION = 0.1
MR_CLIP = 5.0


@dataclass(frozen=True)
class Normalisation:
    rule: str  # "ct_window_zscore" or "mr_body_zscore"
    mean: float
    std: float

    def record(self) -> dict:
        return asdict(self)


def rule_for(modality: str) -> str:
    """The rule for an acquisition's modality ("CT", "MR", "MR T2-SPIR"); anything not CT is
    treated as MR (unitless signal)."""
    return "ct_window_zscore" if modality.strip().upper().startswith("CT") else "mr_body_zscore"


def normalise(volume: np.ndarray, modality: str) -> tuple[np.ndarray, Normalisation]:
    """A channel (any shape) → float32 z-scores over its body, and what was applied."""
    volume = volume.astype(np.float32, copy=False)
    rule = rule_for(modality)
    if rule == "ct_window_zscore":
        body = volume > CT_BODY_HU
        values = np.clip(volume, *CT_WINDOW)
    else:
        high = float(np.percentile(volume, 99.5))
        body = volume > MR_BODY_FRACTION * high if high > 0 else np.zeros(volume.shape, bool)
        values = volume
    if body.sum() < 16:
        return np.zeros_like(volume), Normalisation(rule, 0.0, 1.0)
    mean, std = float(values[body].mean()), float(values[body].std())
    std = std if std > 1e-6 else 1.0
    out = (values - mean) / std
    if rule == "mr_body_zscore":
        out = np.clip(out, -MR_CLIP, MR_CLIP)
    return out.astype(np.float32), Normalisation(rule, mean, std)
