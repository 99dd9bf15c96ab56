"""Test-time causal intervention (TCI): a command → an intervention → FiLM on the decoder.

FiLM (Perez et al., 2018) modulates features channel-wise: u′ = γ ⊙ u + β. Causal-SAM-LLM
applies it to the decoder's upscaled features `u`, which SAM's hypernetwork reads as
mask logits m = w · u (w the mask token's hypernetwork output). With γ = 1 and
β = t · w / ‖w‖², m′ = m + t exactly: one scalar t moves the structure's boundary along its
own confidence, inward for t < 0 and outward for t > 0.

The language model decides *what* (`language.Intervention`: organ, action, amount); the
intervention is solved for t, not learned (our choice; the paper's FiLM generator and its
training pairs are unknown):

| action | t |
|---|---|
| none, shift | 0 (γ = 1, β = 0: the identity; a channel-wise FiLM cannot move an edge one way) |
| remove | −(max m) − 1: the structure disappears |
| shrink p % | the volume becomes volume / (1 + p/100) (the simulated clinician's "over-segmented by p %") |
| grow p % | the volume becomes volume / (1 − p/100) ("under-segmented by p %") |
| add | the volume becomes the structure's mean training volume |

t is found by bisection over [−40, 40] on the volume of the label map after the arg-max, with
the logits at the resolution the label map is written at.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch

from .language import Intervention


@dataclass(frozen=True)
class FiLM:
    gamma: torch.Tensor  # (N, C)
    beta: torch.Tensor  # (N, C)

    @staticmethod
    def identity(weights: torch.Tensor) -> "FiLM":
        return FiLM(torch.ones_like(weights), torch.zeros_like(weights))

    @staticmethod
    def logit_shift(weights: torch.Tensor, t: float) -> "FiLM":
        """γ = 1, β = t · w / ‖w‖²: every logit of the structure moves by t."""
        norm = (weights * weights).sum(dim=1, keepdim=True).clamp(min=1e-12)
        return FiLM(torch.ones_like(weights), t * weights / norm)

    def apply(self, upscaled: torch.Tensor) -> torch.Tensor:
        return self.gamma[:, :, None, None] * upscaled + self.beta[:, :, None, None]


class Competition:
    """What a structure's shifted logits compete with in the arg-max, computed once per solve.

    The arg-max labels a voxel s when s's logit beats every other structure's and is positive;
    on a tie it takes the first index, so s must exceed the structures before it strictly and
    those after it at least. `volume(t)` is then a comparison per voxel, where shifting a copy
    of every structure's logits and taking the arg-max again cost the bisection's forty steps
    most of a second per case."""

    def __init__(self, logits: torch.Tensor, structure: int):
        self.own = logits[:, structure]
        lowest = torch.full_like(self.own, float("-inf"))
        self.before = logits[:, :structure].amax(dim=1) if structure > 0 else lowest
        self.after = logits[:, structure + 1:].amax(dim=1) if structure + 1 < logits.shape[1] else lowest

    def volume(self, t: float) -> int:
        shifted = self.own + t
        return int(((shifted > self.before) & (shifted >= self.after) & (shifted > 0)).sum())


def volume_after(logits: torch.Tensor, structure: int, t: float) -> int:
    """Voxels labelled `structure` when its logits (K, L, h, w) are shifted by t."""
    return Competition(logits, structure).volume(t)


def solve_shift(logits: torch.Tensor, structure: int, intervention: Intervention, prior_volume: float) -> float:
    """The logit shift t that realises the intervention on structure `structure` (see module doc)."""
    action = intervention.action
    if action in ("none", "shift") or intervention.organ is None:
        return 0.0
    if action == "remove":
        return -float(logits[:, structure].max()) - 1.0
    competition = Competition(logits, structure)
    current = competition.volume(0.0)
    p = (intervention.amount_percent or 20.0) / 100
    target = {"shrink": current / (1 + p), "grow": current / max(1 - p, 0.05), "add": prior_volume}.get(action)
    if target is None:
        return 0.0
    low, high = -40.0, 40.0
    for _ in range(40):
        middle = (low + high) / 2
        if competition.volume(middle) < target:
            low = middle
        else:
            high = middle
    return (low + high) / 2
