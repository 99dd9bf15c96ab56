"""`sam_box` on a BraTS-like case: prompts keyed by the scored regions (WT ⊃ TC ⊃ ET), labels
ncr, edema and enhancing, as SegBench writes the prompted split's predict manifest.

SAM's decoder is replaced by a perfect one that answers each box with the box itself, so what
is tested is everything around SAM: which prompt reaches which label, the box's slices (k) and
its rows (i) and columns (j) on a non-square slice, the layered writing of nested regions, and
the label map's grid, on a volume whose affine permutes and flips the axes. Before the prompts
carried their labels, every voxel came out background (BraTS Dice 0 on all six cases)."""
from __future__ import annotations

from dataclasses import dataclass

import nibabel as nib
import numpy as np
import pytest
import torch

from segbench_methods import sam
from segbench_methods.baselines import SamBoxBaseline
from segbench_methods.manifest import Case, ContractError, read_case, write_prediction
from segbench_methods.slices import logits_to_label_map, slice_stack

CANVAS = 144  # the small profile's
SHAPE = (30, 44, 16)  # rows (i) ≠ columns (j): a swap of the two would show
LABELS = {"ncr": 1, "edema": 2, "enhancing": 3}
REGIONS = {"wt": ["ncr", "edema", "enhancing"], "tc": ["ncr", "enhancing"], "et": ["enhancing"]}
VALUES = {name: [LABELS[label] for label in labels] for name, labels in REGIONS.items()}
# Nested cuboids, off-centre in every axis: (i0, j0, k0), (i1, j1, k1), inclusive.
BOXES = {"wt": ((4, 20, 3), (17, 39, 12)), "tc": ((7, 24, 5), (14, 34, 10)), "et": ((9, 27, 6), (12, 31, 8))}


@dataclass
class _Output:
    logits: torch.Tensor


class PerfectDecoder:
    """SAM that answers a box with the box: the signed distance (encoder pixels) to its edge."""

    def __init__(self, size: sam.SamSize):
        self.size = size

    def box_tokens(self, boxes: torch.Tensor) -> torch.Tensor:
        return boxes

    def __call__(self, embeddings: torch.Tensor, boxes: torch.Tensor) -> _Output:
        g, s = self.size.grid * 4, self.size.image_size
        centre = (torch.arange(g, dtype=torch.float32) + 0.5) * s / g
        y, x = centre[None, :, None], centre[None, None, :]
        x0, y0, x1, y1 = (boxes[:, n, None, None] for n in range(4))
        distance = torch.minimum(torch.minimum(x - x0, x1 + 1 - x), torch.minimum(y - y0, y1 + 1 - y))
        return _Output(distance)


def brats_like(tmp_path):
    label = np.zeros(SHAPE, np.uint8)
    for name, value in (("wt", 2), ("tc", 1), ("et", 3)):
        (i0, j0, k0), (i1, j1, k1) = BOXES[name]
        label[i0:i1 + 1, j0:j1 + 1, k0:k1 + 1] = value
    rng = np.random.default_rng(0)
    image = rng.normal(100, 5, SHAPE).astype(np.float32) + 200 * (label > 0)
    # Not RAS, not diagonal: array i runs posterior, j runs left, k superior (as no phantom does).
    affine = np.array([[0, -1.5, 0, 40], [-1.2, 0, 0, 30], [0, 0, 2.5, -10], [0, 0, 0, 1.0]])
    nib.save(nib.Nifti1Image(image, affine), tmp_path / "flair.nii.gz")
    prompts = {name: {"box_voxels": [list(lo), list(hi)], "point_voxel": [(a + b) // 2 for a, b in zip(lo, hi)],
                      "box_jitter_mm": 0, "labels": REGIONS[name]} for name, (lo, hi) in BOXES.items()}
    case = Case(name="brats_like", dataset="BraTS2021", images={"FLAIR": str(tmp_path / "flair.nii.gz")},
                acquisition={"modality": "MR"}, output=str(tmp_path / "out.nii.gz"), prompts=prompts)
    return case, label


def predict(case: Case) -> np.ndarray:
    """The cli's predict for sam_box, with the perfect decoder; the label map as written and read back."""
    parts = sam.build(sam.SMALL)
    model = SamBoxBaseline(parts)
    model.decoder_pass = PerfectDecoder(parts.size)
    volume = read_case(case)
    stack = slice_stack(volume, CANVAS)
    logits = model.segment_prompted(stack.images, stack.placement, case.prompts, list(LABELS))
    write_prediction(case.output, logits_to_label_map(logits, stack.placement, list(LABELS.values()), layered=True),
                     volume.grid)
    written = nib.load(case.output)
    assert np.allclose(written.affine, volume.grid.affine)
    return np.asarray(written.dataobj)


def test_each_region_box_lands_on_its_region_and_the_nested_labels_are_written(tmp_path):
    case, truth = brats_like(tmp_path)
    out = predict(case)
    assert out.shape == SHAPE and out.any(), "nothing written: the prompts reached no label"
    for name, values in VALUES.items():
        predicted, expected = np.isin(out, values), np.isin(truth, values)
        (i0, j0, k0), (i1, j1, k1) = BOXES[name]
        slices = np.nonzero(predicted.any(axis=(0, 1)))[0]
        assert (slices.min(), slices.max()) == (k0, k1), f"{name}: slices {slices.min()}–{slices.max()}, box {k0}–{k1}"
        rows, cols = np.nonzero(predicted.any(axis=(1, 2)))[0], np.nonzero(predicted.any(axis=(0, 2)))[0]
        assert abs(rows.min() - i0) <= 1 and abs(rows.max() - i1) <= 1, f"{name}: rows {rows.min()}–{rows.max()}, box {i0}–{i1}"
        assert abs(cols.min() - j0) <= 1 and abs(cols.max() - j1) <= 1, f"{name}: columns {cols.min()}–{cols.max()}, box {j0}–{j1}"
        dice = 2 * (predicted & expected).sum() / (predicted.sum() + expected.sum())
        assert dice > 0.9, f"{name}: Dice {dice:.3f}"
    # WT writes edema, TC ncr over it, ET enhancing over that: each label where its truth is.
    for label, value in LABELS.items():
        predicted, expected = out == value, truth == value
        assert 2 * (predicted & expected).sum() / (predicted.sum() + expected.sum()) > 0.8, label


def test_the_writing_order_is_outer_first_whatever_the_prompts_order():
    prompts = {name: {"box_voxels": [[0, 0, 0], [1, 1, 1]], "labels": REGIONS[name]} for name in ("et", "tc", "wt")}
    plan = SamBoxBaseline.plan(prompts, list(LABELS))
    assert [(name, label) for name, _, label in plan] == [("wt", 1), ("tc", 0), ("et", 2)]  # edema, ncr, enhancing
    # Without ET in the case, TC writes ncr; a prompt keyed by a label needs no `labels`.
    assert [(n, l) for n, _, l in SamBoxBaseline.plan({k: prompts[k] for k in ("wt", "tc")}, list(LABELS))] == \
        [("wt", 1), ("tc", 0)]
    assert SamBoxBaseline.plan({"spleen": {"box_voxels": [[0, 0, 0], [1, 1, 1]]}}, ["liver", "spleen"]) == \
        [("spleen", {"box_voxels": [[0, 0, 0], [1, 1, 1]]}, 1)]


def test_a_region_prompt_without_its_labels_is_an_error_not_an_empty_map():
    with pytest.raises(ContractError, match="'wt'"):
        SamBoxBaseline.plan({"wt": {"box_voxels": [[0, 0, 0], [1, 1, 1]]}}, list(LABELS))
    with pytest.raises(ContractError, match="tumour"):
        SamBoxBaseline.plan({"wt": {"box_voxels": [[0, 0, 0], [1, 1, 1]], "labels": ["tumour"]}}, list(LABELS))
