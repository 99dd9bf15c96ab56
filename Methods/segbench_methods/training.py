"""What every training loop here shares: the device, the optimiser and its schedule, progress.

Schedule: AdamW; the learning rate rises linearly over the first 5 % of the steps (warm-up)
and then decays to zero along a half cosine. Steps per profile were chosen by measuring
validation Dice against steps on held-out training cases (docs/methods.md, "Steps").
"""
from __future__ import annotations

import math
import time
from contextlib import nullcontext

import torch

from .manifest import ContractError

DEVICES = ("auto", "cpu", "cuda")


def resolve_device(name: str) -> torch.device:
    """`auto` is CUDA when PyTorch sees a GPU, else the CPU; `cuda` without one is an error."""
    if name not in DEVICES:
        raise ContractError(f"--device must be one of {', '.join(DEVICES)}, not {name}")
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise ContractError("--device cuda: PyTorch sees no CUDA device (torch "
                            f"{torch.__version__}; a CPU build has none, see Methods/README for the CUDA wheel)")
    return torch.device(name)


def autocast(device: torch.device):
    """bf16 autocast on CUDA; nothing on the CPU (bf16 on CPU changes the numbers and is slower here)."""
    return torch.autocast("cuda", dtype=torch.bfloat16) if device.type == "cuda" else nullcontext()


def warmup_cosine(step: int, steps: int, warmup_fraction: float = 0.05) -> float:
    """The learning-rate factor at `step` (0-based): linear to 1 over the warm-up, then
    ½ (1 + cos(π · progress)) down to 0."""
    warmup = max(1, int(round(warmup_fraction * steps)))
    if step < warmup:
        return (step + 1) / warmup
    progress = (step - warmup) / max(1, steps - warmup)
    return 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))


def optimiser(parameters, learning_rate: float, steps: int, weight_decay: float = 1e-4):
    """AdamW with the warm-up and cosine schedule; call `scheduler.step()` after each step."""
    optimiser = torch.optim.AdamW(parameters, lr=learning_rate, weight_decay=weight_decay)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda step: warmup_cosine(step, steps))
    return optimiser, scheduler


def update(optimiser, scheduler, loss: torch.Tensor, max_norm: float | None = None) -> None:
    """One optimiser step on `loss`: gradients, their global norm clipped to `max_norm` when
    given, the step, the schedule's next learning rate."""
    optimiser.zero_grad()
    loss.backward()
    if max_norm is not None:
        torch.nn.utils.clip_grad_norm_([p for group in optimiser.param_groups for p in group["params"]], max_norm)
    optimiser.step()
    scheduler.step()


class Progress:
    """A line every 25 steps and at the end: the losses, seconds so far and the ETA."""

    def __init__(self, label: str, total: int, log):
        self.label, self.total, self.log, self.start = label, total, log, time.monotonic()

    def step(self, step: int, **values: float):
        if step % 25 and step != self.total:
            return
        elapsed = time.monotonic() - self.start
        shown = " ".join(f"{k} {v:.3f}" for k, v in values.items())
        self.log(f"{self.label} step {step}/{self.total} {shown} ({elapsed:.0f} s, eta {elapsed / step * (self.total - step):.0f} s)")
