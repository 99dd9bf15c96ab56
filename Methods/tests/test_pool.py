"""The training pool (pool.py): made once per training set and augmentation kind, shared through
SEGBENCH_METHODS_POOL by every method and seed, and the same bytes whether shared or not."""
from __future__ import annotations

import pytest
import torch

from segbench_methods import pool
from segbench_methods.baselines import Fit
from segbench_methods.data import gather
from segbench_methods.language import FrozenTextEncoder, ReportWriter
from segbench_methods.manifest import read_manifest
from segbench_methods.methods import SamClassMethod

from conftest import manifest
from test_models import CANVAS, LABELS, small_sam


@pytest.fixture(scope="module")
def slices(data, tmp_path_factory):
    return gather(read_manifest(manifest(data, "train", range(3), tmp_path_factory.mktemp("work"))), CANVAS, seed=1)


class CountingEncoder:
    """Stands in for the frozen encoder: a fixed function of the images, counting its calls."""

    def __init__(self):
        self.calls = 0

    def __call__(self, images: torch.Tensor) -> torch.Tensor:
        self.calls += 1
        return torch.nn.functional.avg_pool2d(images, 8)


def test_copy_zero_is_the_slices_and_labels_round_trip_to_the_targets(slices):
    made = pool.make(slices, CountingEncoder(), "standard", 2, log=lambda line: None)
    assert made.images.shape[:2] == (2, len(slices))
    index = torch.arange(len(slices))
    images, targets, embeddings = made.batch(torch.zeros_like(index), index)
    assert torch.equal(images, slices.images)
    assert torch.equal(targets, slices.targets.float())
    assert torch.equal(embeddings, torch.nn.functional.avg_pool2d(slices.images, 8))
    moved, moved_targets, _ = made.batch(torch.ones_like(index), index)
    assert not torch.equal(moved, slices.images)  # copy 1 is augmented
    assert set(moved_targets.unique().tolist()) <= {0.0, 1.0}  # still one label per pixel


def test_a_shared_pool_is_made_once_and_read_back_whole(slices, tmp_path, monkeypatch):
    monkeypatch.setenv(pool.ENVIRONMENT, str(tmp_path))
    first, second = CountingEncoder(), CountingEncoder()
    made = pool.load_or_make(slices, first, "abc", "style", 2, log=lambda line: None)
    read = pool.load_or_make(slices, second, "abc", "style", 2, log=lambda line: None)
    assert first.calls > 0 and second.calls == 0
    for a, b in ((made.images, read.images), (made.labels, read.labels), (made.embeddings, read.embeddings)):
        assert torch.equal(a, b)
    # Another encoder, augmentation or number of copies is another pool.
    pool.load_or_make(slices, second, "abd", "style", 2, log=lambda line: None)
    assert second.calls > 0
    # So is another layout of the embeddings: Zeus's early fusion once read the per-modality
    # pool its hybrid fusion had written for the same BraTS slices, and failed.
    calls = second.calls
    pool.load_or_make(slices, second, "abd", "style", 2, log=lambda line: None, layout="per_modality")
    assert second.calls > calls
    assert len(list(tmp_path.glob("*.pt"))) == 3 and not list(tmp_path.glob("*.partial"))


def test_a_method_trains_to_the_same_bytes_with_a_shared_pool_or_its_own(slices, tmp_path, monkeypatch):
    text = FrozenTextEncoder()
    fit = Fit(steps=2, batch=4, learning_rate=1e-3, augmentation="standard", seed=5, device=torch.device("cpu"))

    def trained() -> dict[str, torch.Tensor]:
        torch.manual_seed(0)
        model = SamClassMethod(small_sam(), LABELS, text, ReportWriter())
        model.variants = 2
        model.fit(slices, fit, log=lambda line: None)
        return {k: v.clone() for k, v in model.state_dict().items()}

    monkeypatch.delenv(pool.ENVIRONMENT, raising=False)
    alone = trained()
    monkeypatch.setenv(pool.ENVIRONMENT, str(tmp_path))
    writer, reader = trained(), trained()  # the first makes the pool, the second reads it
    for name in alone:
        assert torch.equal(alone[name], writer[name]) and torch.equal(alone[name], reader[name]), name


def test_the_sampler_names_the_label_each_balanced_slice_was_drawn_for(slices):
    from segbench_methods.data import Sampler

    index, focus = Sampler(slices, torch.Generator().manual_seed(2)).draw(16)
    assert (focus[:8] == -1).all()  # the uniform half
    for n, label in zip(index[8:].tolist(), focus[8:].tolist()):
        assert slices.targets[n, label].any(), (n, label)  # the slice holds the label it was drawn for
