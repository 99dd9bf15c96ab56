"""Tiny phantoms written as NIfTI, and manifests for them, as SegBench would write them."""
from __future__ import annotations

import json
from pathlib import Path

import nibabel as nib
import numpy as np
import pytest

LABELS = [{"name": "liver", "value": 1, "display_name": "liver"},
          {"name": "spleen", "value": 2, "display_name": "spleen"}]
SHAPE = (40, 36, 10)
SPACING = (2.5, 2.5, 5.0)


def phantom(seed: int, modality: str = "CT") -> tuple[np.ndarray, np.ndarray]:
    """A body ellipse holding a large 'liver' ellipsoid on one side and a small 'spleen' sphere on
    the other; MR flips the organs' brightness order, as T2 does against CT."""
    rng = np.random.default_rng(seed)
    i, j, k = np.meshgrid(*[np.arange(n) for n in SHAPE], indexing="ij")
    shift = rng.integers(-2, 3, size=2)
    body = ((i - 20) / 18) ** 2 + ((j - 18) / 16) ** 2 <= 1
    liver = ((i - 13 - shift[0]) / 8) ** 2 + ((j - 18 - shift[1]) / 9) ** 2 + ((k - 5) / 4) ** 2 <= 1
    spleen = ((i - 29 + shift[0]) / 4) ** 2 + ((j - 18) / 4) ** 2 + ((k - 5) / 3) ** 2 <= 1
    label = np.zeros(SHAPE, np.uint8)
    label[liver], label[spleen] = 1, 2
    tone = {"CT": (-1000, 40, 120, 60), "MR": (0, 300, 200, 700)}[modality]
    image = np.full(SHAPE, tone[0], np.float32)
    image[body], image[liver], image[spleen] = tone[1], tone[2], tone[3]
    return image + rng.normal(0, 10, SHAPE).astype(np.float32), label


def affine() -> np.ndarray:
    return np.diag([-SPACING[0], -SPACING[1], SPACING[2], 1.0])


@pytest.fixture(scope="session")
def data(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("phantoms")
    for n in range(6):
        modality = "CT" if n < 4 else "MR"
        image, label = phantom(n, modality)
        nib.save(nib.Nifti1Image(image, affine()), root / f"case{n}_image.nii.gz")
        nib.save(nib.Nifti1Image(label, affine()), root / f"case{n}_label.nii.gz")
    return root


def manifest(root: Path, step: str, cases: range, work: Path, **extra) -> Path:
    entries = []
    for n in cases:
        entry = {"case": f"case{n}", "dataset": "PHANTOM", "subject": f"case{n}",
                 "images": {"CT" if n < 4 else "MR": str(root / f"case{n}_image.nii.gz")},
                 "acquisition": {"modality": "CT" if n < 4 else "MR", "manufacturer": "SIEMENS"}}
        if step == "train":
            entry.update(label=str(root / f"case{n}_label.nii.gz"), annotated=["liver", "spleen"])
        else:
            folder = work / ("predictions" if step == "predict" else "interact-1")
            entry.update(output=str(folder / f"case{n}.nii.gz"), sidecar=str(folder / f"case{n}.json"))
        entry.update(extra.get(f"case{n}", {}))
        entries.append(entry)
    document = {"step": step, "method": "test", "split": "phantom_ct_to_mr", "protocol": extra.get("protocol", "supervised"),
                "label_space": "abdomen", "labels": LABELS, "organs": [l["display_name"] for l in LABELS],
                "model_folder": str(work / "train"), "cases": entries}
    path = work / "manifests" / f"{step}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document))
    return path
