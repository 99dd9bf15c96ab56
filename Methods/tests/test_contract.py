"""Train, predict and interact through the contract: `python -m segbench_methods` in its own
process on manifests as SegBench writes them, on tiny phantoms (CT cases train, MR cases test)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nibabel as nib
import numpy as np
import pytest

from conftest import SHAPE, manifest

FAST = ["--steps", "3", "--pretrain-steps", "3", "--batch", "4"]
METHODS = Path(__file__).resolve().parents[1]


def call(step: str, path: Path, *arguments: str, cache: Path) -> subprocess.CompletedProcess:
    environment = dict(os.environ, SEGBENCH_METHODS_CACHE=str(cache), HF_HUB_OFFLINE="1")
    return subprocess.run([sys.executable, "-m", "segbench_methods", step, str(path), *arguments],
                          cwd=METHODS, env=environment, capture_output=True, text=True, timeout=600)


def assert_valid_prediction(path: Path, image: Path, values: set[int]) -> np.ndarray:
    prediction, reference = nib.load(path), nib.load(image)
    assert prediction.shape == SHAPE
    assert np.allclose(prediction.affine, reference.affine)
    data = np.asarray(prediction.dataobj)
    assert data.dtype == np.uint8
    assert set(np.unique(data)) <= values | {0}
    return data


@pytest.mark.parametrize("method, extra", [("causal_sam_llm", []), ("zeus", ["--fusion", "hybrid"]),
                                           ("sam_decoder", []), ("unet", [])])
def test_train_and_predict_write_predictions_on_the_cases_grid(method, extra, data, tmp_path):
    cache = tmp_path.parent / "cache"
    trained = call("train", manifest(data, "train", range(4), tmp_path), "--method", method, *FAST, *extra, cache=cache)
    assert trained.returncode == 0, trained.stderr
    described = json.loads((tmp_path / "train" / "method.json").read_text())
    assert described["method"] == method and described["version"] == "0.1.0"
    assert len(described["checkpoints_sha256"]["model.pt"]) == 64
    predicted = call("predict", manifest(data, "predict", range(4, 6), tmp_path), "--method", method, *extra, cache=cache)
    assert predicted.returncode == 0, predicted.stderr
    for n in (4, 5):
        assert_valid_prediction(tmp_path / "predictions" / f"case{n}.nii.gz", data / f"case{n}_image.nii.gz", {1, 2})
        sidecar = json.loads((tmp_path / "predictions" / f"case{n}.json").read_text())
        assert sidecar["method"] == method and sidecar["profile"] == "small"
        if method != "unet":
            assert "deterministic report writer" in json.dumps(sidecar["stand_ins"]) or method == "sam_decoder"
        if method == "zeus":
            assert sidecar["fusion"] == "hybrid"
            assert sidecar["instructions"]["liver"][0].startswith("Segment the liver in this MR image. Where to look: the largest solid organ")
    if method == "causal_sam_llm":
        correction = {"case4": {"previous_prediction": str(tmp_path / "predictions" / "case4.nii.gz"),
                                "correction": "There is no spleen in this image; remove the 80 voxels labelled spleen."},
                      "case5": {"previous_prediction": str(tmp_path / "predictions" / "case5.nii.gz"),
                                "correction": "The segmentation is correct; change nothing."}}
        interacted = call("interact", manifest(data, "interact", range(4, 6), tmp_path, **correction),
                          "--method", method, cache=cache)
        assert interacted.returncode == 0, interacted.stderr
        removed = assert_valid_prediction(tmp_path / "interact-1" / "case4.nii.gz", data / "case4_image.nii.gz", {1, 2})
        assert not (removed == 2).any()  # the spleen is gone, as commanded
        unchanged = assert_valid_prediction(tmp_path / "interact-1" / "case5.nii.gz", data / "case5_image.nii.gz", {1, 2})
        before = np.asarray(nib.load(tmp_path / "predictions" / "case5.nii.gz").dataobj)
        assert np.array_equal(unchanged, before)  # an empty command is the identity
        sidecar = json.loads((tmp_path / "interact-1" / "case4.json").read_text())
        assert sidecar["intervention"]["action"] == "remove" and sidecar["film"]["gamma"] == 1.0


def test_sam_box_segments_the_prompted_structures_without_training(data, tmp_path):
    cache = tmp_path.parent / "cache"
    label = np.asarray(nib.load(data / "case4_label.nii.gz").dataobj)
    i, j, k = np.nonzero(label == 1)
    prompts = {"case4": {"prompts": {"liver": {"box_voxels": [[int(i.min()), int(j.min()), int(k.min())],
                                                              [int(i.max()), int(j.max()), int(k.max())]],
                                               "point_voxel": [int(i.mean()), int(j.mean()), int(k.mean())]}}}}
    assert call("train", manifest(data, "train", range(4), tmp_path, protocol="prompted"), "--method", "sam_box",
                *FAST, cache=cache).returncode == 0
    predicted = call("predict", manifest(data, "predict", range(4, 5), tmp_path, protocol="prompted", **prompts),
                     "--method", "sam_box", cache=cache)
    assert predicted.returncode == 0, predicted.stderr
    out = assert_valid_prediction(tmp_path / "predictions" / "case4.nii.gz", data / "case4_image.nii.gz", {1, 2})
    # Nothing outside the box's slices: the spleen has no box, the liver only its slices.
    assert not (out == 2).any()
    outside = np.ones(SHAPE[2], bool)
    outside[k.min():k.max() + 1] = False
    assert not out[:, :, outside].any()
    # A prompt that names no label of the manifest costs its case, and the message names the file.
    prompts["case4"]["prompts"]["tumour"] = prompts["case4"]["prompts"].pop("liver")
    path = manifest(data, "predict", range(4, 5), tmp_path, protocol="prompted", **prompts)
    predicted = call("predict", path, "--method", "sam_box", cache=cache)
    assert predicted.returncode == 0 and "Traceback" not in predicted.stderr
    assert f"{path}: case case4: prompt 'tumour' is no label of the manifest" in predicted.stderr


def test_the_paper_profile_names_the_missing_path(data, tmp_path):
    result = call("train", manifest(data, "train", range(4), tmp_path), "--method", "causal_sam_llm",
                  "--profile", "paper", cache=tmp_path)
    assert result.returncode == 2
    assert "--sam-checkpoint PATH is missing (SAM ViT-B checkpoint)" in result.stderr
    result = call("train", manifest(data, "train", range(4), tmp_path), "--method", "zeus", "--profile", "paper",
                  "--sam-checkpoint", str(tmp_path / "nowhere.pth"), cache=tmp_path)
    assert result.returncode == 2 and f"--sam-checkpoint {tmp_path / 'nowhere.pth'}: no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_manifest_is_a_message_not_a_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"step": "train", "cases": []')
    result = call("train", bad, "--method", "unet", cache=tmp_path)
    assert result.returncode == 2 and f"{bad}: cannot read the manifest" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreadable_image_costs_only_its_case(data, tmp_path):
    cache = tmp_path.parent / "cache"
    assert call("train", manifest(data, "train", range(4), tmp_path), "--method", "unet", *FAST, cache=cache).returncode == 0
    broken = tmp_path / "broken.nii.gz"
    broken.write_bytes(b"not a nifti")
    path = manifest(data, "predict", range(4, 6), tmp_path, case5={"images": {"MR": str(broken)}})
    result = call("predict", path, "--method", "unet", cache=cache)
    assert result.returncode == 0
    assert (tmp_path / "predictions" / "case4.nii.gz").exists()
    assert not (tmp_path / "predictions" / "case5.nii.gz").exists()
    assert f"{broken}: cannot read NIfTI" in result.stderr
