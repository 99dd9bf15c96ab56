#!/usr/bin/env python3
"""Random 3D masks and their scikit-image skeletons, for Tests/MetricsTests/SkeletonTests.swift.

    /work/oracles/skel-venv/bin/python Tests/oracles/skeleton_oracle.py \
        --out Tests/MetricsTests/Fixtures/skeletons.bin --seed 20240611 --count 240

Every mask is an array `arr` of shape (nx, ny, nz) indexed [i, j, k], as nibabel returns a NIfTI
volume (Fortran-ordered in memory; skimage copies it to C order itself). The expected skeleton is
`skimage.morphology.skeletonize(arr)`, which for 3D input is Lee, Kashyap & Chu (1994).

File layout (little-endian):
    b"SKL1", uint32 case count, then for every case:
    uint16 nx, ny, nz; uint32 foreground count; uint32 skeleton count;
    mask bits, ceil(nx*ny*nz / 8) bytes: voxel v = i + nx*(j + ny*k) is bit (v % 8) of byte v // 8;
    skeleton bits, ceil(foreground / 8) bytes: one bit per foreground voxel, in increasing v,
    same bit order (the skeleton is a subset of the mask).
"""
import argparse
import struct
import sys

import numpy as np
import skimage
from scipy import ndimage
from skimage.morphology import skeletonize


def random_rotation(rng):
    q = rng.normal(size=4)
    q /= np.linalg.norm(q)
    a, b, c, d = q
    return np.array([
        [a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c)],
        [2 * (b * c + a * d), a * a - b * b + c * c - d * d, 2 * (c * d - a * b)],
        [2 * (b * d - a * c), 2 * (c * d + a * b), a * a - b * b - c * c + d * d],
    ])


def grid(shape):
    return np.stack(np.meshgrid(*[np.arange(n, dtype=float) for n in shape], indexing="ij"), axis=-1)


def rand_point(rng, shape, margin=0.0):
    return np.array([rng.uniform(-margin, n - 1 + margin) for n in shape])


def ellipsoid(rng, shape, pts):
    c = rand_point(rng, shape)
    radii = np.array([rng.uniform(0.6, max(1.0, n / 2.5)) for n in shape])
    if rng.random() < 0.3:  # thin, anisotropic-looking
        radii[rng.integers(3)] = rng.uniform(0.5, 1.5)
    rot = random_rotation(rng) if rng.random() < 0.6 else np.eye(3)
    local = (pts - c) @ rot
    return ((local / radii) ** 2).sum(-1) <= 1.0


def segment_distance(pts, a, b):
    ab = b - a
    t = np.clip(((pts - a) @ ab) / max(ab @ ab, 1e-12), 0.0, 1.0)
    return np.linalg.norm(pts - (a + t[..., None] * ab), axis=-1)


def tube(rng, shape, pts):
    n = rng.integers(2, 5)
    nodes = [rand_point(rng, shape, margin=2.0) for _ in range(n)]
    r = rng.uniform(0.5, 1.2) if rng.random() < 0.4 else rng.uniform(1.2, max(1.5, min(shape) / 4))
    out = np.zeros(shape, bool)
    for a, b in zip(nodes[:-1], nodes[1:]):
        out |= segment_distance(pts, a, b) <= r
    return out


def torus(rng, shape, pts):
    c = rand_point(rng, shape)
    big = rng.uniform(2.0, max(2.5, min(shape) / 2.5))
    small = rng.uniform(0.6, max(0.8, big / 2))
    local = (pts - c) @ random_rotation(rng)
    ring = np.sqrt(local[..., 0] ** 2 + local[..., 1] ** 2) - big
    return ring ** 2 + local[..., 2] ** 2 <= small ** 2


def noise_blob(rng, shape, pts):
    sigma = rng.uniform(1.0, 3.0)
    field = ndimage.gaussian_filter(rng.normal(size=shape), sigma, mode="constant")
    return field > np.quantile(field, rng.uniform(0.55, 0.9))


def plate(rng, shape, pts):
    c = rand_point(rng, shape)
    normal = random_rotation(rng)[:, 0] if rng.random() < 0.6 else np.eye(3)[rng.integers(3)]
    thick = rng.uniform(0.3, 1.5)
    extent = rng.uniform(2.0, max(2.5, max(shape) / 2))
    d = pts - c
    along = d @ normal
    return (np.abs(along) <= thick) & (np.linalg.norm(d - along[..., None] * normal, axis=-1) <= extent)


def box(rng, shape, pts):
    lo = [rng.integers(0, n) for n in shape]
    hi = [rng.integers(l, n) + 1 for l, n in zip(lo, shape)]
    out = np.zeros(shape, bool)
    out[lo[0]:hi[0], lo[1]:hi[1], lo[2]:hi[2]] = True
    return out


PRIMITIVES = [ellipsoid, tube, torus, noise_blob, plate, box]
WEIGHTS = np.array([3, 3, 2, 2, 1.5, 1], float)


def random_shape(rng):
    # Mostly small volumes (the fixture stays small), some up to 40 x 48 x 32.
    if rng.random() < 0.2:
        shape = (int(rng.integers(25, 41)), int(rng.integers(25, 49)), int(rng.integers(18, 33)))
    else:
        shape = (int(rng.integers(5, 24)), int(rng.integers(5, 26)), int(rng.integers(5, 20)))
    pts = grid(shape)
    mask = np.zeros(shape, bool)
    for _ in range(int(rng.integers(1, 5))):
        prim = PRIMITIVES[rng.choice(len(PRIMITIVES), p=WEIGHTS / WEIGHTS.sum())]
        mask |= prim(rng, shape, pts)
    if rng.random() < 0.25:  # a cavity or notch
        prim = PRIMITIVES[rng.choice([0, 1, 4])]
        mask &= ~prim(rng, shape, pts)
    if rng.random() < 0.2:  # isolated specks and pits
        flip = rng.random(shape) < rng.uniform(0.005, 0.05)
        mask ^= flip
    return mask


def special_cases(rng):
    cases = []
    one = np.zeros((5, 5, 5), bool); one[2, 2, 2] = True; cases.append(one)
    line = np.zeros((9, 7, 6), bool); line[1:8, 3, 2] = True; cases.append(line)
    cases.append(np.ones((6, 7, 5), bool))                      # touches every face
    cases.append(np.zeros((5, 6, 7), bool))                     # empty
    b = np.zeros((12, 10, 9), bool); b[2:10, 2:8, 2:7] = True; cases.append(b)
    # degenerate depths: a 3D array with one axis of length 1
    for shape in [(20, 17, 1), (1, 18, 15), (16, 1, 14), (30, 25, 1)]:
        pts = grid(shape)
        m = np.zeros(shape, bool)
        for _ in range(3):
            m |= (ellipsoid if rng.random() < 0.5 else tube)(rng, shape, pts)
        cases.append(m)
    sq = np.zeros((12, 12, 1), bool); sq[2:10, 3:9, 0] = True; cases.append(sq)
    sq2 = np.zeros((1, 12, 12), bool); sq2[0, 2:10, 3:9] = True; cases.append(sq2)
    return cases


def pack(bits):
    return np.packbits(bits.astype(np.uint8), bitorder="little").tobytes()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument("--count", type=int, default=240)
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    masks = special_cases(rng) + [random_shape(rng) for _ in range(args.count)]
    blob = bytearray(b"SKL1" + struct.pack("<I", len(masks)))
    for m in masks:
        arr = np.asfortranarray(m)          # as nibabel hands it over
        skel = skeletonize(arr)
        assert skel.shape == arr.shape and skel.dtype == bool
        assert not (skel & ~arr).any()
        flat_mask = arr.reshape(-1, order="F")   # x-fastest: i + nx*(j + ny*k)
        flat_skel = skel.reshape(-1, order="F")
        nx, ny, nz = arr.shape
        fg = int(flat_mask.sum())
        blob += struct.pack("<HHHII", nx, ny, nz, fg, int(flat_skel.sum()))
        blob += pack(flat_mask)
        blob += pack(flat_skel[flat_mask])
    with open(args.out, "wb") as f:
        f.write(blob)
    print(f"skimage {skimage.__version__}, numpy {np.__version__}: {len(masks)} cases, "
          f"{len(blob)} bytes -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
