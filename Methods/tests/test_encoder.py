"""The small profile's shared encoder (encoder.py): pre-training reads BTCV's and AMOS's CT
layouts, writes the weights and their description, `load` freezes the encoder, and the same seed
and thread count give the same bytes (in this process and through the CLI)."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import nibabel as nib
import numpy as np
import pytest
import torch

from segbench_methods import encoder, sam
from segbench_methods.manifest import ContractError

from conftest import ENCODER_CASES, ENCODER_STEPS

METHODS = Path(__file__).resolve().parents[1]


def test_pretraining_writes_the_weights_and_what_made_them(encoder_file, encoder_phantoms):
    description = json.loads(encoder_file.with_suffix(".json").read_text())
    # The CT cases only, BTCV's first (sorted), then AMOS's below 500: amos_0600 is MR and stays out.
    assert description["cases"] == ["img0001.nii.gz", "img0002.nii.gz", "amos_0007.nii.gz"]
    # Expected slices, counted here from the label files: every axial slice holding any label.
    expected_slices = sum(int(np.asarray(nib.load(encoder_phantoms / label).dataobj).any(axis=(0, 1)).sum())
                          for image, (_, modality, label) in ENCODER_CASES.items() if modality == "CT")
    assert description["slices"] == expected_slices == 27  # 9 of 10 slices per phantom (liver: k = 1..9)
    assert description["settings"]["steps"] == ENCODER_STEPS and description["settings"]["canvas"] == 144
    assert description["threads"] == torch.get_num_threads() and description["torch"] == torch.__version__
    # The checksum is the file's, computed here with hashlib.
    assert description["sha256"] == hashlib.sha256(encoder_file.read_bytes()).hexdigest()
    # "parameters" counts the numbers stored per part: parameters and buffers (the prompt encoder's
    # 2 × 32 random Fourier matrix is a buffer), summed here over a fresh SAM's state dicts.
    fresh = sam.build(sam.SMALL)
    assert description["parameters"] == {name: sum(v.numel() for v in getattr(fresh, name).state_dict().values())
                                         for name in ("encoder", "prompt_encoder", "decoder")}
    assert description["parameters"]["prompt_encoder"] == sam.count(fresh.prompt_encoder) + 2 * 32


def test_load_gives_the_written_weights_with_the_encoder_frozen(encoder_file):
    parts = encoder.load(encoder_file)
    assert parts.size == sam.SMALL
    assert not parts.encoder.training
    assert not any(p.requires_grad for p in parts.encoder.parameters())
    assert all(p.requires_grad for p in parts.decoder.parameters())  # the methods decide what of it trains
    saved = torch.load(encoder_file, weights_only=True)
    for name in ("encoder", "prompt_encoder", "decoder"):
        state = getattr(parts, name).state_dict()
        assert all(torch.equal(state[k], v) for k, v in saved[name].items()), name
    # Two steps moved the weights off a fresh initialisation with the same seed.
    torch.manual_seed(encoder.EncoderSettings.seed)
    initial = sam.build(sam.SMALL).encoder.state_dict()
    assert any(not torch.equal(initial[k], v) for k, v in saved["encoder"].items())


def test_a_file_that_is_no_encoder_is_a_message(tmp_path):
    # What a clone without Git LFS holds in place of committed weights.
    bad = tmp_path / "sam_small_ct.pt"
    bad.write_text("version https://git-lfs.github.com/spec/v1\noid sha256:" + "0" * 64 + "\nsize 2894211\n")
    with pytest.raises(ContractError, match=str(bad)):
        encoder.load(bad)
    with pytest.raises(ContractError, match="no CT phantoms"):
        encoder.ct_phantoms(tmp_path)


def test_the_same_seed_gives_the_same_bytes_through_the_cli(encoder_file, encoder_phantoms, tmp_path):
    """The second run is `python -m segbench_methods pretrain-encoder --steps 2` in its own process,
    the first `encoder.pretrain` in this one. The file keeps its name: torch.save writes the file's
    stem into the archive, so the bytes differ under another name."""
    out = tmp_path / "sam_small_ct.pt"
    result = subprocess.run([sys.executable, "-m", "segbench_methods", "pretrain-encoder", "--phantoms",
                             str(encoder_phantoms), "--out", str(out), "--steps", str(ENCODER_STEPS), "--device", "cpu"],
                            cwd=METHODS, env=dict(os.environ, HF_HUB_OFFLINE="1"), capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == encoder_file.read_bytes()
    first, second = (json.loads(p.with_suffix(".json").read_text()) for p in (encoder_file, out))
    for description in (first, second):
        description.pop("seconds")
        description.pop("phantoms")
    assert first == second
