"""The two kinds of augmentation, by name (`--augmentation standard|style`).

**standard**, which every learned method uses: per image a random rotation (±15°), isotropic
scale (0.85–1.15) and shift (±6 % of the canvas), labels moved with the image (nearest); then a
mild intensity change in z units: contrast × 0.9–1.1, brightness ± 0.1, and with probability
0.3 Gaussian noise of σ ≤ 0.1. No flips: left and right kidney are different labels.

**style**, only for the arms that claim domain generalisation: standard's spatial part, then,
for each image with probability ½ (the other half keep the source's look, so the source domain
is still learnt well: with every image restyled the ablation lost 10 Dice points in
distribution on BTCV's four organs, 96.0 → 86.1), an intensity *style* that can reorder tissues
the way CT → T2 does (liver darker than spleen, aorta dark, fat dark), before the mild
intensity change:
- with probability 0.8 a random non-monotone curve over the body's intensity range (P1–P99
  of the body), air kept darkest: 6–10 knots at random positions with random values, linear between them, so
  tissues a few hundredths of the range apart can swap order (CSDG's and GIN's idea);
- with probability 0.3 a random convolution (RandConv): one random 1×1, 3×3 or 5×5 kernel of
  unit sum for every channel, blended with the image by a random weight;
- with probability 0.5 a smooth multiplicative bias field (a random 4×4 grid, bicubic, up to
  exp(±0.5)), as an MR coil's;
- with probability 0.5 scanner-like Gaussian noise of up to 0.3 body standard deviations;
then the body is z-scored again, as `normalisation` does to an MR image at test time.

The three 2.5D context channels of an image get the same transform. `scripts/augmented-samples`
(`python -m segbench_methods samples`) writes PNGs of each kind to look at.
"""
from __future__ import annotations

import math

import torch
import torch.nn.functional as F

KINDS = ("standard", "style")


def _uniform(generator: torch.Generator, n: int, low: float, high: float) -> torch.Tensor:
    return low + (high - low) * torch.rand(n, generator=generator)


def spatial(images: torch.Tensor, targets: torch.Tensor | None, generator: torch.Generator):
    """A random rotation, scale and shift per image; targets follow with nearest sampling."""
    n = images.shape[0]
    angle = _uniform(generator, n, -math.pi / 12, math.pi / 12)
    scale = _uniform(generator, n, 0.85, 1.15)
    shift = _uniform(generator, 2 * n, -0.12, 0.12).view(n, 2)  # normalised coordinates span 2
    cos, sin = torch.cos(angle) / scale, torch.sin(angle) / scale
    theta = torch.stack([torch.stack([cos, -sin, shift[:, 0]], 1), torch.stack([sin, cos, shift[:, 1]], 1)], 1)
    grid = F.affine_grid(theta.to(images.device, images.dtype), list(images.shape), align_corners=False)
    fill = images.amin(dim=(2, 3), keepdim=True)
    moved = F.grid_sample(images - fill, grid, mode="bilinear", padding_mode="zeros", align_corners=False) + fill
    if targets is None:
        return moved, None
    return moved, F.grid_sample(targets, grid.to(targets.dtype), mode="nearest", padding_mode="zeros",
                                align_corners=False)


def mild_intensity(images: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    n = images.shape[0]
    shape = (n, 1, 1, 1)
    contrast = _uniform(generator, n, 0.9, 1.1).view(shape).to(images)
    brightness = _uniform(generator, n, -0.1, 0.1).view(shape).to(images)
    noisy = (torch.rand(n, generator=generator) < 0.3).float().view(shape).to(images)
    sigma = _uniform(generator, n, 0.0, 0.1).view(shape).to(images)
    noise = torch.randn(images.shape, generator=generator).to(images)
    return images * contrast + brightness + noisy * sigma * noise


def otsu_threshold(values: torch.Tensor, bins: int = 64) -> float:
    """The threshold that maximises the between-class variance of `values` (Otsu, 1979):
    air against body, whatever the noise of the air."""
    low, high = float(values.amin()), float(values.amax())
    if high - low < 1e-6:
        return low
    histogram = torch.histc(values.float(), bins=bins, min=low, max=high).double()
    centres = torch.linspace(low, high, bins + 1, dtype=torch.float64)
    centres = (centres[:-1] + centres[1:]) / 2
    weight = histogram.cumsum(0)
    total = histogram.sum()
    mean = (histogram * centres).cumsum(0)
    between = (mean[-1] * weight / total - mean) ** 2 / (weight * (total - weight)).clamp(min=1e-12)
    return float(centres[int(between[:-1].argmax())])


def body_mask(image: torch.Tensor) -> torch.Tensor:
    """(C, H, W) → (H, W): the body, above Otsu's threshold of the mean over channels."""
    grey = image.mean(dim=0)
    return grey > otsu_threshold(grey)


def random_curve(image: torch.Tensor, body: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    values = image.mean(dim=0)[body]
    low, high = torch.quantile(values, torch.tensor([0.01, 0.99], dtype=values.dtype)).tolist()
    span = max(high - low, 1e-3)
    count = int(torch.randint(6, 11, (1,), generator=generator))
    inner = torch.rand(count - 2, generator=generator).sort().values
    xs = torch.cat([torch.zeros(1), inner, torch.ones(1)])
    ys = torch.rand(count, generator=generator)
    u = ((image - low) / span).clamp(0, 1)
    segment = (torch.searchsorted(xs.to(u), u.contiguous(), right=True) - 1).clamp(0, count - 2)
    x0, x1 = xs.to(u)[segment], xs.to(u)[segment + 1]
    y0, y1 = ys.to(u)[segment], ys.to(u)[segment + 1]
    y = y0 + (u - x0) / (x1 - x0).clamp(min=1e-6) * (y1 - y0)
    # Air stays the darkest signal, as it is in CT and in every MR sequence.
    return low + torch.where(body, y, torch.full_like(y, -0.1)) * span


def random_convolution(image: torch.Tensor, body: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    size = [1, 3, 5][int(torch.randint(3, (1,), generator=generator))]
    # A random kernel whose weights sum to 1: random texture and edges, but the mean level of
    # each region kept (a kernel of negative or near-zero sum inverted the image or made air
    # as bright as the body).
    kernel = torch.randn(1, 1, size, size, generator=generator).to(image) / size
    kernel = kernel - kernel.mean() + 1 / size ** 2
    out = F.conv2d(image[:, None], kernel, padding=size // 2)[:, 0]
    out = (out - out[:, body].mean()) / out[:, body].std().clamp(min=1e-6)
    out = out * image[:, body].std() + image[:, body].mean()
    alpha = float(torch.rand(1, generator=generator))
    return alpha * out + (1 - alpha) * image


def bias_field(image: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    amplitude = float(torch.rand(1, generator=generator)) * 0.5
    coarse = torch.randn(1, 1, 4, 4, generator=generator).to(image)
    field = F.interpolate(coarse, size=image.shape[-2:], mode="bicubic", align_corners=True)[0]
    field = torch.exp(amplitude * field / field.abs().amax().clamp(min=1e-6))
    low = image.amin()
    return low + (image - low) * field


STYLED_FRACTION = 0.5


def style(images: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    out = images.clone()
    restyled = (torch.rand(images.shape[0], generator=generator) < STYLED_FRACTION).tolist()
    for index in range(images.shape[0]):
        image = images[index]
        body = body_mask(image)
        if not restyled[index] or body.sum() < 16:
            continue
        draws = torch.rand(4, generator=generator).tolist()
        if draws[0] < 0.8:
            image = random_curve(image, body, generator)
        if draws[1] < 0.3:
            image = random_convolution(image, body, generator)
        if draws[2] < 0.5:
            image = bias_field(image, generator)
        if draws[3] < 0.5:
            sigma = float(torch.rand(1, generator=generator)) * 0.3 * float(image[:, body].std())
            image = image + sigma * torch.randn(image.shape, generator=generator).to(image)
        values = image[:, body]
        out[index] = (image - values.mean()) / values.std().clamp(min=1e-6)
    return out


def crop(images: torch.Tensor, targets: torch.Tensor, size: int, generator: torch.Generator,
         focus: torch.Tensor | None = None):
    """A `size` × `size` window of each image and its targets (nnU-Net trains on patches too).
    A slice drawn for a label (`focus[i]` ≥ 0, `data.Sampler.draw`) is centred on a random pixel
    of that label, as nnU-Net's foreground oversampling centres on a random foreground class:
    centring on a random labelled pixel would put nearly every window on the liver, and a
    ten-pixel adrenal gland drawn for its own sake could fall outside it. Other slices are
    centred anywhere on the canvas."""
    n, _, height, width = images.shape
    if size >= height and size >= width:
        return images, targets
    out_images = images.new_empty(n, images.shape[1], size, size)
    out_targets = targets.new_empty(n, targets.shape[1], size, size)
    for index in range(n):
        label = int(focus[index]) if focus is not None else -1
        labelled = torch.nonzero(targets[index, label] > 0) if label >= 0 else torch.zeros(0, 2, dtype=torch.long)
        if len(labelled):  # (the augmentation can move a label off the canvas: then anywhere)
            centre = labelled[int(torch.randint(len(labelled), (1,), generator=generator))].tolist()
        else:
            centre = [int(torch.randint(height, (1,), generator=generator)), int(torch.randint(width, (1,), generator=generator))]
        top = min(max(0, centre[0] - size // 2), height - size)
        left = min(max(0, centre[1] - size // 2), width - size)
        out_images[index] = images[index, :, top:top + size, left:left + size]
        out_targets[index] = targets[index, :, top:top + size, left:left + size]
    return out_images, out_targets


def augment(images: torch.Tensor, targets: torch.Tensor | None, generator: torch.Generator, kind: str = "standard"):
    """A batch (N, C, S, S) with targets (N, L, S, S) → an augmented copy of both."""
    if kind not in KINDS:
        raise ValueError(f"augmentation must be one of {', '.join(KINDS)}, not {kind}")
    images, targets = spatial(images, targets, generator)
    if kind == "style":
        images = style(images, generator)
    return mild_intensity(images, generator), targets
