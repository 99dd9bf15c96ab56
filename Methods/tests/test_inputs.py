"""What the models read: intensities normalised per modality, slices placed on the canvas with
2.5D context, label maps read back from logits, and augmented batches whose labels follow the
image. Every expected value is computed here by another route (by hand, or from the definition)."""
from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from segbench_methods import augment as aug
from segbench_methods.manifest import read_case, read_manifest
from segbench_methods.normalisation import Normalisation, normalise, rule_for
from segbench_methods.slices import Placement, logits_to_label_map, slice_stack, with_context

from conftest import SHAPE, manifest


# --- normalisation ---

def ct_volume() -> np.ndarray:
    """100 air voxels (−1000 HU) and 100 body voxels: 40 at 0 HU, 40 at 100, 10 of bone at
    1000 (clipped to 240) and 10 at −300 (body: above −500; clipped to −160)."""
    return np.array([-1000.0] * 100 + [0.0] * 40 + [100.0] * 40 + [1000.0] * 10 + [-300.0] * 10,
                    np.float32).reshape(10, 10, 2)


def test_ct_is_windowed_then_z_scored_over_the_body():
    out, record = normalise(ct_volume(), "CT")
    # By hand, over the 100 body voxels after clipping to [−160, 240]:
    #   mean = (40·0 + 40·100 + 10·240 + 10·(−160)) / 100 = 48
    #   E[x²] = (40·100² + 10·240² + 10·160²) / 100 = 12,320;  var = 12,320 − 48² = 10,016 (population)
    mean, std = 48.0, math.sqrt(10_016.0)
    assert record == Normalisation("ct_window_zscore", pytest.approx(mean), pytest.approx(std, rel=1e-6))
    flat = out.reshape(-1)
    expected = {0: (-160 - mean) / std,  # air, clipped to the window's floor
                100: (0 - mean) / std, 140: (100 - mean) / std, 180: (240 - mean) / std, 190: (-160 - mean) / std}
    for index, value in expected.items():
        assert flat[index] == pytest.approx(value, rel=1e-5), index
    assert out.dtype == np.float32


def test_mr_is_z_scored_over_voxels_above_a_tenth_of_p99_5_and_clipped():
    """1,000 voxels: 500 air (0), 50 faint (22), 220 at 100, 225 at 200, 5 outliers at 10,000.

    P99.5 (numpy's linear rule): position 0.995 · 999 = 994.005 between the sorted values 200
    (index 994) and 10,000 (index 995): 200 + 0.005 · 9,800 = 249, so the body is above 24.9 and
    the faint voxels (22) are not in it (with P99 = 200 they would be: 22 > 20).
    Body (450 voxels): mean = (220·100 + 225·200 + 5·10⁴) / 450 = 260;
    E[x²] = (220·10⁴ + 225·4·10⁴ + 5·10⁸) / 450 = 1,136,000; var = 1,136,000 − 260² = 1,068,400."""
    values = np.array([0.0] * 500 + [22.0] * 50 + [100.0] * 220 + [200.0] * 225 + [10_000.0] * 5, np.float32)
    values = values[np.random.default_rng(0).permutation(values.size)].reshape(10, 10, 10)
    out, record = normalise(values, "MR")
    mean, std = 260.0, math.sqrt(1_068_400.0)
    assert record.rule == "mr_body_zscore"
    assert record.mean == pytest.approx(mean, rel=1e-6) and record.std == pytest.approx(std, rel=1e-6)
    for raw in (0.0, 22.0, 100.0, 200.0):
        assert out[values == raw] == pytest.approx((raw - mean) / std, rel=1e-5)
    assert (out[values == 10_000.0] == 5.0).all()  # (10,000 − 260) / 1,033.6 = 9.4, clipped to +5


def test_the_rule_follows_the_modality_words():
    assert rule_for("CT") == rule_for(" ct ") == "ct_window_zscore"
    for words in ("MR", "MR T2-SPIR", "MR T1-DUAL in-phase", "FLAIR"):
        assert rule_for(words) == "mr_body_zscore", words
    ct, _ = normalise(ct_volume(), "CT")
    mr, record = normalise(ct_volume(), "MR T2-SPIR")
    assert record.rule == "mr_body_zscore" and not np.allclose(ct, mr)
    # A blank image has no body: zeros, not a division by zero.
    blank, record = normalise(np.full((8, 8, 2), -1000.0, np.float32), "CT")
    assert not blank.any() and record == Normalisation("ct_window_zscore", 0.0, 1.0)


def test_each_case_is_normalised_by_its_own_modality(data, tmp_path):
    cases = read_manifest(manifest(data, "predict", range(3, 5), tmp_path)).cases  # case3 CT, case4 MR
    rules = [slice_stack(read_case(case), 144).normalisation[0].rule for case in cases]
    assert rules == ["ct_window_zscore", "mr_body_zscore"]


# --- placement on the canvas ---

def test_a_smaller_slice_is_padded_and_cropped_back_unchanged():
    placement = Placement.fit(123, 100, 144)
    # Centred, not scaled: top = (144 − 123) // 2 = 10, left = (144 − 100) // 2 = 22.
    assert (placement.row_scale, placement.height, placement.width, placement.top, placement.left) == (1.0, 123, 100, 10, 22)
    images = torch.randn(3, 2, 123, 100, generator=torch.Generator().manual_seed(0))
    fill = torch.tensor([-7.0, -9.0])
    canvas = placement.to_canvas(images, fill)
    assert canvas.shape == (3, 2, 144, 144)
    assert torch.equal(canvas[:, :, 10:133, 22:122], images)  # the pixels themselves, not resampled
    outside = torch.ones(144, 144, dtype=torch.bool)
    outside[10:133, 22:122] = False
    assert (canvas[:, 0][:, outside] == -7).all() and (canvas[:, 1][:, outside] == -9).all()
    assert torch.equal(placement.from_canvas(canvas), images)


def test_a_slice_is_resampled_to_the_models_pixel():
    # 100 × 80 pixels of 3.2 mm on a 2.8 mm model pixel: 100·3.2/2.8 = 114.29 → 114 rows,
    # 80·3.2/2.8 = 91.43 → 91 columns; top = (144 − 114) // 2 = 15, left = (144 − 91) // 2 = 26.
    placement = Placement.fit(100, 80, 144, spacing=(3.2, 3.2), pixel_mm=2.8)
    assert (placement.height, placement.width, placement.top, placement.left) == (114, 91, 15, 26)
    # Anisotropic in-plane spacing: rows and columns scale apart (0.7 mm rows, 1.4 mm columns on
    # 1 mm: 200·0.7 = 140, 100·1.4 = 140).
    placement = Placement.fit(200, 100, 144, spacing=(0.7, 1.4), pixel_mm=1.0)
    assert (placement.height, placement.width) == (140, 140)
    # Still larger than the canvas after resampling: scaled down as a whole (200·2/1 = 400 → 144,
    # 100·2/1 = 200 → 72).
    placement = Placement.fit(200, 100, 144, spacing=(2.0, 2.0), pixel_mm=1.0)
    assert (placement.height, placement.width, placement.top, placement.left) == (144, 72, 0, 36)


def test_the_models_pixel_is_the_training_cases_median_spacing():
    from segbench_methods.data import median_pixel_mm
    # Means per case 2.4, 2.8 (2.6 and 3.0 averaged), 3.2: the median is 2.8.
    assert median_pixel_mm([(2.4, 2.4), (3.2, 3.2), (2.6, 3.0)]) == 2.8
    assert median_pixel_mm([(2.4, 2.4), (3.2, 3.2)]) == 2.8


def test_a_larger_slice_is_scaled_to_fit_keeping_its_aspect():
    placement = Placement.fit(160, 120, 144)
    # scale = min(1, 144/160, 144/120) = 0.9: 160·0.9 = 144 rows, 120·0.9 = 108 columns, left = (144 − 108) // 2 = 18.
    assert (placement.row_scale, placement.height, placement.width, placement.top, placement.left) == (0.9, 144, 108, 0, 18)
    # A linear ramp survives bilinear resampling down and up (away from the clamped edges).
    rows = torch.arange(160, dtype=torch.float32)[:, None].expand(160, 120)
    cols = torch.arange(120, dtype=torch.float32)[None, :].expand(160, 120)
    images = torch.stack([rows, cols])[None]
    canvas = placement.to_canvas(images, -1.0)
    assert canvas.shape == (1, 2, 144, 144)
    assert (canvas[0, :, :, :18] == -1).all() and (canvas[0, :, :, 126:] == -1).all()
    back = placement.from_canvas(canvas)
    assert back.shape == (1, 2, 160, 120)
    assert torch.allclose(back[0, :, 4:-4, 4:-4], images[0, :, 4:-4, 4:-4], atol=1e-3)


def test_label_maps_are_the_softmax_arg_max_on_the_slices_grid():
    """Logits against the background (z_l − z_0) → label map: compared with the arg-max of the
    softmax over (background, labels) computed directly."""
    generator = torch.Generator().manual_seed(1)
    placement = Placement.fit(30, 20, 40)
    full = torch.randn(4, 1 + 3, 40, 40, generator=generator) * 2  # background, then three labels
    values = [6, 1, 9]
    label_map = logits_to_label_map(full[:, 1:] - full[:, :1], placement, values)
    assert label_map.shape == (30, 20, 4) and label_map.dtype == np.uint8
    inside = full[:, :, placement.top:placement.top + 30, placement.left:placement.left + 20]
    expected = torch.tensor([0] + values)[inside.softmax(dim=1).argmax(dim=1)].permute(1, 2, 0).numpy()
    assert np.array_equal(label_map, expected)
    # Layered: each label over the earlier ones wherever its own logit is positive.
    one = Placement.fit(1, 4, 4)  # one row of four pixels, on row 1 of a 4 × 4 canvas
    logits = torch.full((1, 2, 4, 4), -5.0)
    logits[0, :, 1] = torch.tensor([[-1.0, -2.0], [3.0, 1.0], [1.0, 3.0], [2.0, -1.0]]).T
    assert logits_to_label_map(logits, one, [5, 7])[0, :, 0].tolist() == [0, 5, 7, 5]
    assert logits_to_label_map(logits, one, [5, 7], layered=True)[0, :, 0].tolist() == [0, 7, 7, 5]


def test_one_channel_volumes_get_their_neighbouring_slices_as_context(data, tmp_path):
    volume = torch.arange(5, dtype=torch.float32).view(5, 1, 1, 1).expand(5, 1, 2, 2)
    context = with_context(volume)[:, :, 0, 0]
    assert context.tolist() == [[0, 0, 1], [0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4, 4]]  # edges repeated
    case = read_manifest(manifest(data, "predict", range(1), tmp_path)).cases[0]
    stack = slice_stack(read_case(case), 144)
    images = stack.images
    assert images.shape == (SHAPE[2], 3, 144, 144) and stack.slice_size == SHAPE[:2]
    # Channel 0 of slice k is channel 1 (the slice itself) of slice k − 1, channel 2 that of k + 1.
    assert torch.equal(images[1:, 0], images[:-1, 1]) and torch.equal(images[:-1, 2], images[1:, 1])
    assert torch.equal(images[0, 0], images[0, 1]) and torch.equal(images[-1, 2], images[-1, 1])
    assert stack.placement == Placement.fit(*SHAPE[:2], 144)


# --- augmentation ---

def square_batch(n: int = 6, size: int = 64):
    """Air (−1.5), a body disc (0) and a bright square (3) labelled 1; the body as a second target."""
    y, x = torch.meshgrid(torch.arange(size), torch.arange(size), indexing="ij")
    body = ((y - 32) ** 2 + (x - 32) ** 2) <= 26 ** 2
    square = (y >= 22) & (y < 38) & (x >= 18) & (x < 34)
    image = torch.full((size, size), -1.5)
    image[body], image[square] = 0.0, 3.0
    images = image.expand(n, 3, size, size).clone()
    targets = torch.stack([square, body]).float().expand(n, 2, size, size).clone()
    return images, targets


def test_standard_augmentation_moves_the_labels_with_the_image():
    images, targets = square_batch()
    moved, moved_targets = aug.augment(images, targets, torch.Generator().manual_seed(5), "standard")
    assert moved.shape == images.shape and moved_targets.shape == targets.shape
    assert set(moved_targets.unique().tolist()) <= {0.0, 1.0}  # nearest: labels stay labels
    assert not torch.equal(moved_targets, targets)  # it did move them
    for n in range(len(images)):
        label = moved_targets[n, 0] > 0.5
        grey = moved[n, 1]
        assert label.sum() > 100
        # The bright square and its label are where each other are: the label's mean intensity
        # (≈ 3 after contrast 0.9–1.1 and brightness ±0.1) stands far above the rest (≤ 0).
        assert grey[label].mean() - grey[~label].mean() > 2.5, n
        bright = grey > 1.5
        assert (bright & label).sum() / label.sum() > 0.9 and (bright & label).sum() / bright.sum() > 0.9, n


def test_style_augmentation_keeps_air_the_darkest():
    """Every image's air (outside the moved body) is darker on average than each of its tissues
    (the square, the rest of the body), whatever curve, convolution, bias field and noise were drawn."""
    images, targets = square_batch(n=32)
    moved, moved_targets = aug.augment(images, targets, torch.Generator().manual_seed(0), "style")
    inverted = []
    for n in range(len(images)):
        square, body = moved_targets[n, 0] > 0.5, moved_targets[n, 1] > 0.5
        grey = moved[n, 1]
        air, tissues = grey[~body].mean(), (grey[square].mean(), grey[body & ~square].mean())
        if not all(air < tissue for tissue in tissues):
            inverted.append(n)
    assert not inverted, f"air is not the darkest region in images {inverted} of {len(images)}"


def test_the_random_curve_maps_air_below_every_body_value():
    images, _ = square_batch(n=1)
    image = images[0] + 0.02 * torch.randn(images[0].shape, generator=torch.Generator().manual_seed(2))
    body = aug.body_mask(image)
    for seed in range(20):
        out = aug.random_curve(image, body, torch.Generator().manual_seed(seed))
        assert out[:, ~body].max() < out[:, body].min(), seed


def test_a_crop_takes_the_same_window_of_the_images_and_their_targets():
    y, x = torch.meshgrid(torch.arange(80.0), torch.arange(80.0), indexing="ij")
    images = torch.stack([y, x, y + x])[None].repeat(5, 1, 1, 1)
    targets = torch.stack([y * 1000 + x])[None].repeat(5, 1, 1, 1)
    out_images, out_targets = aug.crop(images, targets, 32, torch.Generator().manual_seed(0))
    assert out_images.shape == (5, 3, 32, 32) and out_targets.shape == (5, 1, 32, 32)
    assert torch.equal(out_targets[:, 0], out_images[:, 0] * 1000 + out_images[:, 1])
    assert torch.equal(out_images[:, 0, 1:] - out_images[:, 0, :-1], torch.ones(5, 31, 32))  # one window, not resampled
    same_images, same_targets = aug.crop(images, targets, 96, torch.Generator())
    assert same_images is images and same_targets is targets  # a patch as large as the canvas is the canvas


def test_a_slice_drawn_for_a_label_is_cropped_around_it():
    """A ten-pixel structure in a corner, a large one elsewhere: every window of a slice drawn
    for the small one holds it, as nnU-Net's foreground oversampling centres on the class."""
    targets = torch.zeros(6, 2, 144, 144)
    targets[:, 0, 60:120, 60:120] = 1  # the large structure (label 0)
    targets[:, 1, 5:8, 130:134] = 1  # twelve pixels of the small one (label 1), in a corner
    images = torch.randn(6, 3, 144, 144)
    generator = torch.Generator().manual_seed(4)
    for _ in range(10):
        _, windows = aug.crop(images, targets, 48, generator, focus=torch.tensor([1, 1, 1, 0, 0, -1]))
        assert (windows[:3, 1].flatten(1).sum(dim=1) > 0).all()
        assert (windows[3:5, 0].flatten(1).sum(dim=1) > 0).all()
