"""Tiny phantoms written as NIfTI, manifests for them as SegBench would write them, and the tiny
shared encoder the small profile's SAM-based methods need (`--encoder`), pre-trained for two steps
on CT phantoms of other seeds in BTCV's and AMOS's layouts.

Everything runs on one thread unless SEGBENCH_METHODS_THREADS says otherwise: the same count in
this process and in the `python -m segbench_methods` processes the tests start (they inherit the
variable), so that runs compared byte for byte ran alike."""
from __future__ import annotations

import json
import os
from pathlib import Path

import nibabel as nib
import numpy as np
import pytest
import torch

THREADS = int(os.environ.setdefault("SEGBENCH_METHODS_THREADS", "1"))
torch.set_num_threads(THREADS)

LABELS = [{"name": "liver", "value": 1, "display_name": "liver"},
          {"name": "spleen", "value": 2, "display_name": "spleen"}]
SHAPE = (40, 36, 10)
SPACING = (2.5, 2.5, 5.0)
TONES = {"CT": (-1000, 40, 120, 60), "MR": (0, 300, 200, 700)}  # air, body, liver, spleen


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
    tone = TONES[modality]
    image = np.full(SHAPE, tone[0], np.float32)
    image[body], image[liver], image[spleen] = tone[1], tone[2], tone[3]
    return image + rng.normal(0, 10, SHAPE).astype(np.float32), label


def affine() -> np.ndarray:
    return np.diag([-SPACING[0], -SPACING[1], SPACING[2], 1.0])


def save_phantom(seed: int, modality: str, image_path: Path, label_path: Path) -> None:
    image, label = phantom(seed, modality)
    image_path.parent.mkdir(parents=True, exist_ok=True)
    label_path.parent.mkdir(parents=True, exist_ok=True)
    nib.save(nib.Nifti1Image(image, affine()), image_path)
    nib.save(nib.Nifti1Image(label, affine()), label_path)


@pytest.fixture(scope="session")
def data(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("phantoms")
    for n in range(6):
        save_phantom(n, "CT" if n < 4 else "MR", root / f"case{n}_image.nii.gz", root / f"case{n}_label.nii.gz")
    return root


def manifest(root: Path, step: str, cases: range, work: Path, model_folder: Path | None = None, **extra) -> Path:
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
                "model_folder": str(model_folder or work / "train"), "cases": entries}
    path = work / "manifests" / f"{step}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document))
    return path


# The encoder's phantoms: seeds 100+ (the benchmark's phantoms above are 0–5), BTCV's layout for
# two CT cases, AMOS's for a third CT case (number < 500) and an MR case (number ≥ 500) that the
# encoder must not read (it is pre-trained on CT only).
ENCODER_CASES = {"RawData/Training/img/img0001.nii.gz": (100, "CT", "RawData/Training/label/label0001.nii.gz"),
                 "RawData/Training/img/img0002.nii.gz": (101, "CT", "RawData/Training/label/label0002.nii.gz"),
                 "imagesTr/amos_0007.nii.gz": (102, "CT", "labelsTr/amos_0007.nii.gz"),
                 "imagesTr/amos_0600.nii.gz": (103, "MR", "labelsTr/amos_0600.nii.gz")}
ENCODER_STEPS = 2  # EncoderSettings(steps=2) is what `pretrain-encoder --steps 2` trains


@pytest.fixture(scope="session")
def encoder_phantoms(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("encoder-phantoms")
    for image, (seed, modality, label) in ENCODER_CASES.items():
        save_phantom(seed, modality, root / image, root / label)
    return root


@pytest.fixture(scope="session")
def encoder_file(encoder_phantoms, tmp_path_factory) -> Path:
    """The tiny shared encoder (2 steps), as `--encoder` takes it; the .json is beside it."""
    from segbench_methods.encoder import EncoderSettings, pretrain

    out = tmp_path_factory.mktemp("encoder-first") / "sam_small_ct.pt"
    pretrain(encoder_phantoms, out, EncoderSettings(steps=ENCODER_STEPS), torch.device("cpu"), log=lambda line: None)
    return out


@pytest.fixture
def restore_torch_flags():
    """`cli.main` run in this process sets torch's deterministic mode and thread count; put them back."""
    deterministic, threads = torch.are_deterministic_algorithms_enabled(), torch.get_num_threads()
    yield
    torch.use_deterministic_algorithms(deterministic)
    torch.set_num_threads(threads)
