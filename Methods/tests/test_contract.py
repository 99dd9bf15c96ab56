"""Train, predict and interact through the contract: `python -m segbench_methods` in its own
process on manifests as SegBench writes them, on tiny phantoms (CT cases train, MR cases test).

Each method is trained and predicts once in its own processes (`runs`, shared by the tests
that read the results); the checks that need no process of their own call `cli.main` (what
`python -m segbench_methods` exits with) in this one, which spares each call its imports
(seconds: MONAI's alone take seven)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nibabel as nib
import numpy as np
import pytest
import torch

from segbench_methods import __version__, cli, sam

from conftest import SHAPE, THREADS, manifest

METHODS = Path(__file__).resolve().parents[1]
STEPS = {"unet": ["--steps", "3", "--batch", "4"]}  # the SAM-based methods: 2 steps of 4 slices
SAM_STEPS = ["--steps", "2", "--batch", "4"]


def call(step: str, path: Path, *arguments: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, HF_HUB_OFFLINE="1", SEGBENCH_METHODS_THREADS=str(THREADS))
    return subprocess.run([sys.executable, "-m", "segbench_methods", step, str(path), *arguments],
                          cwd=METHODS, env=environment, capture_output=True, text=True, timeout=600)


def run_here(capsys, step: str, path: Path, *arguments: str) -> tuple[int, str]:
    """`cli.main` in this process: its exit status and what it wrote to stderr."""
    capsys.readouterr()
    status = cli.main([step, str(path), *arguments])
    return status, capsys.readouterr().err


def assert_valid_prediction(path: Path, image: Path, values: set[int]) -> np.ndarray:
    prediction, reference = nib.load(path), nib.load(image)
    assert prediction.shape == SHAPE
    assert np.allclose(prediction.affine, reference.affine)
    data = np.asarray(prediction.dataobj)
    assert data.dtype == np.uint8
    assert set(np.unique(data)) <= values | {0}
    return data


def arguments(method: str, encoder: Path, extra=()) -> list[str]:
    return ["--method", method, *STEPS.get(method, SAM_STEPS), "--encoder", str(encoder), *extra]


@pytest.fixture(scope="session")
def runs(data, encoder_file, tmp_path_factory):
    """(method, extra options) → the work folder of its train and predict calls, run once."""
    done: dict[tuple, Path] = {}

    def run(method: str, extra: tuple[str, ...] = ()) -> Path:
        if (method, extra) not in done:
            work = tmp_path_factory.mktemp(method)
            trained = call("train", manifest(data, "train", range(4), work), *arguments(method, encoder_file, extra))
            assert trained.returncode == 0, trained.stderr
            predicted = call("predict", manifest(data, "predict", range(4, 6), work), "--method", method,
                             "--encoder", str(encoder_file), *extra)
            assert predicted.returncode == 0, predicted.stderr
            done[(method, extra)] = work
        return done[(method, extra)]

    return run


@pytest.mark.parametrize("method, extra", [("causal_sam_llm", ()), ("zeus", ("--fusion", "hybrid")),
                                           ("sam_decoder", ()), ("unet", ())])
def test_train_and_predict_write_predictions_on_the_cases_grid(method, extra, data, runs, encoder_file):
    work = runs(method, extra)
    described = json.loads((work / "train" / "method.json").read_text())
    assert described["method"] == method and described["version"] == __version__
    assert described["profile"] == "small" and described["canvas"] == cli.PROFILES["small"].canvas == 144
    assert len(described["checkpoints_sha256"]["model.pt"]) == 64
    if method != "unet":
        assert described["sam"]["path"] == str(encoder_file) and described["sam"]["sha256"] == \
            json.loads(encoder_file.with_suffix(".json").read_text())["sha256"]
    for n in (4, 5):
        assert_valid_prediction(work / "predictions" / f"case{n}.nii.gz", data / f"case{n}_image.nii.gz", {1, 2})
        sidecar = json.loads((work / "predictions" / f"case{n}.json").read_text())
        assert sidecar["method"] == method and sidecar["profile"] == "small" and sidecar["canvas"] == 144
        assert [n["rule"] for n in sidecar["normalisation"]] == ["mr_body_zscore"]  # the MR cases
        if method in ("causal_sam_llm", "zeus"):
            assert "deterministic report writer" in json.dumps(sidecar["stand_ins"])
        if method == "zeus":
            assert sidecar["fusion"] == "hybrid"
            assert sidecar["instructions"]["liver"][0].startswith("Segment the liver in this MR image. Where to look: the largest solid organ")
    if method == "causal_sam_llm":
        correction = {"case4": {"previous_prediction": str(work / "predictions" / "case4.nii.gz"),
                                "correction": "There is no spleen in this image; remove the 80 voxels labelled spleen."},
                      "case5": {"previous_prediction": str(work / "predictions" / "case5.nii.gz"),
                                "correction": "The segmentation is correct; change nothing."}}
        interacted = call("interact", manifest(data, "interact", range(4, 6), work, **correction),
                          "--method", method, "--encoder", str(encoder_file))
        assert interacted.returncode == 0, interacted.stderr
        removed = assert_valid_prediction(work / "interact-1" / "case4.nii.gz", data / "case4_image.nii.gz", {1, 2})
        assert not (removed == 2).any()  # the spleen is gone, as commanded
        before = np.asarray(nib.load(work / "predictions" / "case4.nii.gz").dataobj)
        assert np.array_equal(removed == 1, before == 1)  # the liver is not touched
        unchanged = assert_valid_prediction(work / "interact-1" / "case5.nii.gz", data / "case5_image.nii.gz", {1, 2})
        before = np.asarray(nib.load(work / "predictions" / "case5.nii.gz").dataobj)
        assert np.array_equal(unchanged, before)  # an empty command is the identity
        sidecar = json.loads((work / "interact-1" / "case4.json").read_text())
        assert sidecar["intervention"]["action"] == "remove" and sidecar["film"]["gamma"] == 1.0


@pytest.mark.parametrize("method", ["unet", "sam_decoder"])
def test_the_same_seed_gives_the_same_bytes(method, data, runs, encoder_file, tmp_path, capsys, restore_torch_flags):
    """The issue's reproducibility: the run in `runs` (its own processes) and a second run of the
    same CLI call with the same seed and thread count (in this process, after the other tests)
    write the same model and the same predictions, byte for byte; method.json and the sidecars
    say what the numbers depend on."""
    first = runs(method)
    status, err = run_here(capsys, "train", manifest(data, "train", range(4), tmp_path), *arguments(method, encoder_file))
    assert status == 0, err
    status, err = run_here(capsys, "predict", manifest(data, "predict", range(4, 6), tmp_path),
                           "--method", method, "--encoder", str(encoder_file))
    assert status == 0, err
    assert (tmp_path / "train" / "model.pt").read_bytes() == (first / "train" / "model.pt").read_bytes()
    for n in (4, 5):
        assert (tmp_path / "predictions" / f"case{n}.nii.gz").read_bytes() == \
            (first / "predictions" / f"case{n}.nii.gz").read_bytes(), f"case{n}"
    expected = {"seed": 7, "threads": THREADS, "torch": torch.__version__, "device": "cpu"}
    for folder in (first, tmp_path):
        assert json.loads((folder / "train" / "method.json").read_text())["reproducibility"] == expected
        assert json.loads((folder / "predictions" / "case4.json").read_text())["reproducibility"] == expected


def test_prediction_uses_the_canvas_the_model_was_trained_on(data, tmp_path, monkeypatch, capsys, restore_torch_flags):
    """A U-Net trained while the small profile's canvas was 64 predicts on 64 after it is 144 again."""
    with monkeypatch.context() as patch:
        patch.setitem(cli.PROFILES, "small", cli.Profile("small", 64, sam.SMALL))
        status, err = run_here(capsys, "train", manifest(data, "train", range(4), tmp_path), "--method", "unet",
                               "--steps", "2", "--batch", "2")
        assert status == 0, err
    assert cli.PROFILES["small"].canvas == 144
    assert json.loads((tmp_path / "train" / "method.json").read_text())["canvas"] == 64
    canvases = []
    real = cli.slice_stack
    monkeypatch.setattr(cli, "slice_stack", lambda volume, canvas, *a, **k: canvases.append(canvas) or real(volume, canvas, *a, **k))
    status, err = run_here(capsys, "predict", manifest(data, "predict", range(4, 6), tmp_path), "--method", "unet")
    assert status == 0, err
    assert canvases == [64, 64]
    for n in (4, 5):
        assert json.loads((tmp_path / "predictions" / f"case{n}.json").read_text())["canvas"] == 64
        assert_valid_prediction(tmp_path / "predictions" / f"case{n}.nii.gz", data / f"case{n}_image.nii.gz", {1, 2})


def test_sam_box_segments_the_prompted_structures_without_training(data, tmp_path, encoder_file, capsys, restore_torch_flags):
    label = np.asarray(nib.load(data / "case4_label.nii.gz").dataobj)
    i, j, k = np.nonzero(label == 1)
    prompts = {"case4": {"prompts": {"liver": {"box_voxels": [[int(i.min()), int(j.min()), int(k.min())],
                                                              [int(i.max()), int(j.max()), int(k.max())]],
                                               "point_voxel": [int(i.mean()), int(j.mean()), int(k.mean())]}}}}
    encoder = ["--encoder", str(encoder_file)]
    status, err = run_here(capsys, "train", manifest(data, "train", range(4), tmp_path, protocol="prompted"),
                           "--method", "sam_box", *encoder)  # nothing trains: this process will do
    assert status == 0, err
    assert json.loads((tmp_path / "train" / "method.json").read_text())["parameters"]["trainable"] == 0
    predicted = call("predict", manifest(data, "predict", range(4, 5), tmp_path, protocol="prompted", **prompts),
                     "--method", "sam_box", *encoder)
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
    status, err = run_here(capsys, "predict", path, "--method", "sam_box", *encoder)
    assert status == 0
    assert f"{path}: case case4: prompt 'tumour' is no label of the manifest" in err


def test_the_paper_profile_names_the_missing_path(data, tmp_path, capsys, restore_torch_flags):
    path = manifest(data, "train", range(4), tmp_path)
    status, err = run_here(capsys, "train", path, "--method", "causal_sam_llm", "--profile", "paper")
    assert status == 2
    assert "profile paper, method causal_sam_llm: --sam-checkpoint PATH is missing (SAM ViT-B checkpoint)" in err
    status, err = run_here(capsys, "train", path, "--method", "zeus", "--profile", "paper",
                           "--sam-checkpoint", str(tmp_path / "nowhere.pth"))
    assert status == 2 and f"--sam-checkpoint {tmp_path / 'nowhere.pth'}: no such file" in err
    # The small profile's SAM-based methods need the shared encoder file.
    status, err = run_here(capsys, "train", path, "--method", "sam_decoder", "--encoder", str(tmp_path / "none.pt"))
    assert status == 2 and f"--encoder {tmp_path / 'none.pt'}: no such file" in err
    assert not (tmp_path / "train").exists()


def test_cuda_asked_for_without_cuda_is_a_usage_error(data, tmp_path, monkeypatch, capsys, restore_torch_flags):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)  # this machine's CPU build, wherever it runs
    status, err = run_here(capsys, "train", manifest(data, "train", range(4), tmp_path), "--method", "unet",
                           "--device", "cuda")
    assert status == 2
    assert "error: --device cuda: PyTorch sees no CUDA device" in err
    assert not (tmp_path / "train" / "model.pt").exists()


def test_a_broken_manifest_is_a_message_not_a_traceback(tmp_path, capsys, restore_torch_flags):
    bad = tmp_path / "bad.json"
    bad.write_text('{"step": "train", "cases": []')
    status, err = run_here(capsys, "train", bad, "--method", "unet")
    assert status == 2 and f"{bad}: cannot read the manifest" in err


def test_an_unreadable_image_costs_only_its_case(data, runs, tmp_path, capsys, restore_torch_flags):
    trained = runs("unet") / "train"
    broken = tmp_path / "broken.nii.gz"
    broken.write_bytes(b"not a nifti")
    path = manifest(data, "predict", range(4, 6), tmp_path, model_folder=trained, case5={"images": {"MR": str(broken)}})
    status, err = run_here(capsys, "predict", path, "--method", "unet")
    assert status == 0
    assert (tmp_path / "predictions" / "case4.nii.gz").exists()
    assert not (tmp_path / "predictions" / "case5.nii.gz").exists()
    assert f"{broken}: cannot read NIfTI" in err
