"""What every training loop shares: the loss (softmax cross-entropy + batch Dice, marginal over
unannotated labels), the device and the learning-rate schedule."""
from __future__ import annotations

import math

import pytest
import torch

from segbench_methods import training
from segbench_methods.losses import label_logits, segmentation_loss
from segbench_methods.manifest import ContractError


EPSILON = 1e-5


def loss_by_hand(logits: torch.Tensor, targets: torch.Tensor, known: torch.Tensor) -> float:
    """The loss's definition written out pixel by pixel, in float64, with an explicit
    log-softmax: log p_c = z_c − log Σ_c' exp z_c'.

    CE = −(1/NHW) Σ_pixels log p(target), where a background pixel's log p is
    log(p_0 + Σ_{l unknown in its image} p_l); Dice_l = (2 Σ p t + ε) / (Σ p + Σ t + ε) over the
    images that annotate l, ε = 10⁻⁵ (nnU-Net's); loss = CE + mean over the annotated labels of
    (1 − Dice_l)."""
    z = logits.double()
    log_p = z - torch.log(torch.exp(z).sum(dim=1, keepdim=True))
    p = torch.exp(log_p)
    n, labels = targets.shape[:2]
    ce = 0.0
    for image in range(n):
        unknown = [l for l in range(labels) if not known[image, l]]
        background = torch.log(p[image, 0] + sum((p[image, 1 + l] for l in unknown), torch.zeros_like(p[image, 0])))
        foreground = [targets[image, l].double() if known[image, l] else torch.zeros_like(p[image, 0])
                      for l in range(labels)]
        is_background = 1 - torch.stack(foreground).amax(dim=0)
        ce -= float((is_background * background).sum() + sum((foreground[l] * log_p[image, 1 + l]).sum()
                                                              for l in range(labels)))
    ce /= n * targets.shape[2] * targets.shape[3]
    terms = []
    for l in range(labels):
        images = [i for i in range(n) if known[i, l]]
        if not images:
            continue
        intersection = sum(float((p[i, 1 + l] * targets[i, l]).sum()) for i in images)
        predicted = sum(float(p[i, 1 + l].sum()) for i in images)
        truth = sum(float(targets[i, l].sum()) for i in images)
        terms.append(1 - (2 * intersection + EPSILON) / (predicted + truth + EPSILON))
    return ce + sum(terms) / len(terms)


def batch(seed: int = 0):
    """Three images of 12 × 10 pixels, two labels that never overlap, random logits."""
    generator = torch.Generator().manual_seed(seed)
    logits = torch.randn(3, 3, 12, 10, generator=generator) * 2
    label_map = torch.randint(0, 3, (3, 12, 10), generator=generator)
    targets = torch.stack([label_map == 1, label_map == 2], dim=1).float()
    return logits, targets


def test_the_fast_path_is_the_marginal_loss_with_every_label_known():
    logits, targets = batch()
    known = torch.ones(3, 2, dtype=torch.bool)
    assert segmentation_loss(logits, targets, known).item() == pytest.approx(loss_by_hand(logits, targets, known), rel=1e-5)


def test_the_marginal_path_follows_its_definition():
    logits, targets = batch(1)
    known = torch.tensor([[True, True], [True, False], [False, True]])
    assert segmentation_loss(logits, targets, known).item() == pytest.approx(loss_by_hand(logits, targets, known), rel=1e-5)
    nobody = torch.tensor([[True, False]] * 3)  # label 2 annotated by no image: no Dice term at all
    assert segmentation_loss(logits, targets, nobody).item() == pytest.approx(loss_by_hand(logits, targets, nobody), rel=1e-5)


def test_an_unannotated_labels_pixels_are_not_punished_when_predicted():
    """Pixels that truly hold label 2 in an image that does not annotate it (its targets say 0):
    predicting them as label 2 instead of background costs nothing when 2 is unknown, and costs
    when 2 is known (then they are background)."""
    logits, targets = batch(2)
    label_two = targets[:, 1] > 0
    targets = targets.clone()
    targets[:, 1] = 0  # what an image that does not annotate label 2 holds
    as_background = logits.clone()
    as_background[:, 0][label_two], as_background[:, 2][label_two] = 6.0, -6.0
    as_label_two = logits.clone()
    as_label_two[:, 0][label_two], as_label_two[:, 2][label_two] = -6.0, 6.0  # the same numbers, swapped
    unknown, known = torch.tensor([[True, False]] * 3), torch.ones(3, 2, dtype=torch.bool)
    # Unknown: p_0 + p_2 is the same for both, so is p_1, so are CE and Dice.
    assert segmentation_loss(as_label_two, targets, unknown).item() == \
        pytest.approx(segmentation_loss(as_background, targets, unknown).item(), rel=1e-6)
    assert segmentation_loss(as_label_two, targets, unknown) < segmentation_loss(as_label_two, targets, known) - 1.0
    assert segmentation_loss(as_background, targets, known) < segmentation_loss(as_label_two, targets, known) - 1.0


def test_label_logits_are_each_labels_logit_against_the_background():
    logits, _ = batch(3)
    out = label_logits(logits)
    assert out.shape == (3, 2, 12, 10)
    p = logits.softmax(dim=1)
    assert torch.allclose(out, torch.log(p[:, 1:] / p[:, :1]), atol=1e-4)  # z_l − z_0 = log(p_l / p_0)


def test_auto_is_the_cpu_without_cuda_and_cuda_without_it_is_a_message(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert training.resolve_device("auto") == torch.device("cpu")
    assert training.resolve_device("cpu") == torch.device("cpu")
    with pytest.raises(ContractError, match="--device cuda"):
        training.resolve_device("cuda")
    with pytest.raises(ContractError, match="--device must be one of auto, cpu, cuda"):
        training.resolve_device("gpu")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert training.resolve_device("auto") == torch.device("cuda")


def test_the_schedule_warms_up_then_follows_a_half_cosine_to_zero():
    # 200 steps: warm-up round(0.05 · 200) = 10 steps, factor (step + 1) / 10; then
    # ½ (1 + cos(π (step − 10) / 190)).
    expected = [(s + 1) / 10 if s < 10 else 0.5 * (1 + math.cos(math.pi * (s - 10) / 190)) for s in range(201)]
    assert [training.warmup_cosine(s, 200) for s in range(201)] == pytest.approx(expected)
    assert training.warmup_cosine(105, 200) == pytest.approx(0.5)  # half-way through the cosine
    assert training.warmup_cosine(0, 2) == 1.0  # a two-step run warms up in one step
    parameter = torch.nn.Parameter(torch.zeros(1))
    optimiser, scheduler = training.optimiser([parameter], 2e-3, 200)
    rates = []
    for _ in range(12):
        rates.append(optimiser.param_groups[0]["lr"])
        optimiser.step()
        scheduler.step()
    assert rates == pytest.approx([2e-3 * f for f in expected[:12]])
