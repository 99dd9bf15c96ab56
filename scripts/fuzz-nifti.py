#!/usr/bin/env python3
"""Differential fuzz of SegBench's NIfTI reader against nibabel 5 (issue 20, part 7).

  fuzz-nifti.py seeds DIR                  writes the seed corpus (committed under
                                           Tests/NIfTITests/FuzzCorpus/)
  fuzz-nifti.py batch CORPUS OUT SEED START COUNT
                                           writes mutants START..START+COUNT-1 of run SEED into OUT
                                           (OUT/<i>.nii or .nii.gz) and, for each, nibabel's reading
                                           as OUT/<i>.json (+ OUT/<i>.labels, OUT/<i>.f64)

Each mutant depends only on (SEED, i), so a failing index is reproduced by `batch ... SEED i 1`.
nibabel's reading: `nib.load`, `get_fdata()` (float64, scaling applied as nibabel applies it),
the shape, `header.get_zooms()` scaled by xyz_units as SegBench scales it, `img.affine`; as a label
map, the values when all are finite whole numbers in 0..255 and the image has one volume.
The Swift side (Tests/NIfTITests/FuzzTests.swift) reads each mutant with `NIfTI.readLabels` and
`NIfTI.read(_:as: Double.self)`: it must refuse it (an error naming the file) or agree exactly
(labels), to 1e-6 relative (affine, spacing, float voxels).
"""
import gzip, json, math, os, random, struct, sys, zlib

import logging, warnings
import numpy as np

logging.getLogger('nibabel').setLevel(logging.CRITICAL)
warnings.filterwarnings('ignore')


def seeds(out):
    import nibabel as nib
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(20)

    def labels(shape, dtype):
        return rng.integers(0, 5, size=shape).astype(dtype)

    def save(img, name):
        img.set_qform(img.affine, code=int(img.header['qform_code']) or 1)
        nib.save(img, os.path.join(out, name))

    rot = np.array([[0, -1.5, 0, 10], [0.8, 0, 0, -20], [0, 0, 2.5, 5], [0, 0, 0, 1]], float)
    # NIfTI-1 uint8 label map, sform + qform, .nii and .nii.gz
    img = nib.Nifti1Image(labels((5, 4, 3), np.uint8), rot); save(img, 'n1_u8_rot.nii'); save(img, 'n1_u8_rot.nii.gz')
    # int16 big-endian, LPS diagonal
    lps = np.diag([-0.9, -0.9, 3.0, 1.0]); lps[:3, 3] = [100, 120, -50]
    hdr = nib.Nifti1Header(endianness='>')
    img = nib.Nifti1Image(labels((4, 4, 2), np.int16), lps, header=hdr); save(img, 'n1_i16_be.nii')
    # float32 labels, qform only (sform_code 0), oblique rotation
    a = np.eye(4); th = 0.3
    a[:3, :3] = np.array([[math.cos(th), -math.sin(th), 0], [math.sin(th), math.cos(th), 0], [0, 0, 1]]) @ np.diag([1.2, 1.2, 2.0])
    a[:3, 3] = [-30, 40, 7]
    img = nib.Nifti1Image(labels((3, 5, 2), np.float32), a); img.set_sform(None, code=0); img.set_qform(a, code=1)
    nib.save(img, os.path.join(out, 'n1_f32_qform.nii.gz'))
    # 2-D image, no transform codes (nibabel's base affine)
    img = nib.Nifti1Image(labels((6, 5), np.uint8), np.diag([0.5, 0.7, 1, 1])); img.set_sform(None, code=0); img.set_qform(None, code=0)
    nib.save(img, os.path.join(out, 'n1_u8_2d_nocode.nii'))
    # 4-D float image with a scaling
    img = nib.Nifti1Image(rng.normal(size=(3, 3, 2, 2)).astype(np.float32), np.diag([2.0, 2.0, 2.0, 1]))
    save(img, 'n1_f32_4d.nii.gz')
    hdr = nib.Nifti1Header(); hdr.set_data_dtype(np.int16)
    img = nib.Nifti1Image(rng.integers(-50, 50, size=(4, 3, 2)).astype(np.int16), np.diag([1.0, 1.0, 1.0, 1]), header=hdr)
    img.header.set_slope_inter(0.5, -3); save(img, 'n1_i16_scaled.nii')
    # NIfTI-2, uint8 and float64
    img = nib.Nifti2Image(labels((4, 3, 3), np.uint8), rot); save(img, 'n2_u8_rot.nii'); save(img, 'n2_u8_rot.nii.gz')
    img = nib.Nifti2Image(labels((2, 3, 4), np.float64), lps); save(img, 'n2_f64_lps.nii')
    # NIfTI-1 with an extension (vox_offset > 352)
    img = nib.Nifti1Image(labels((3, 3, 3), np.uint16), rot)
    img.header.extensions.append(nib.nifti1.Nifti1Extension(6, b'segbench fuzz seed'))
    save(img, 'n1_u16_ext.nii')


# (name, NIfTI-1 offset, NIfTI-1 format, NIfTI-2 offset, NIfTI-2 format)
FIELDS = [('sizeof_hdr', 0, 'i', 0, 'i'), ('dim0', 40, 'h', 16, 'q')] + \
    [(f'dim{k}', 40 + 2 * k, 'h', 16 + 8 * k, 'q') for k in range(1, 8)] + \
    [('datatype', 70, 'h', 12, 'h'), ('bitpix', 72, 'h', 14, 'h')] + \
    [(f'pixdim{k}', 76 + 4 * k, 'f', 104 + 8 * k, 'd') for k in range(8)] + \
    [('vox_offset', 108, 'f', 168, 'q'), ('scl_slope', 112, 'f', 176, 'd'), ('scl_inter', 116, 'f', 184, 'd'),
     ('xyzt_units', 123, 'B', 500, 'i'), ('qform_code', 252, 'h', 344, 'i'), ('sform_code', 254, 'h', 348, 'i')] + \
    [(f'quatern{k}', 256 + 4 * k, 'f', 352 + 8 * k, 'd') for k in range(6)] + \
    [(f'srow{k}', 280 + 4 * k, 'f', 400 + 8 * k, 'd') for k in range(12)] + \
    [('magic', 344, '4s', 4, '8s'), ('ext', 348, 'B', 540, 'B')]

INTERESTING = [0, 1, -1, 2, 3, 4, 7, 8, 255, 256, 348, 351, 352, 353, 540, 543, 544, 560, 1000, 32767, -32768,
               2 ** 31 - 1, float('nan'), float('inf'), float('-inf'), 0.5, -0.5, 1e-30, 1e30, 1.5, 16, 64, 1536]


def mutate(data, version, endian, r):
    data = bytearray(data)
    for _ in range(r.choice([1, 1, 1, 2, 3])):
        kind = r.random()
        if kind < 0.55:  # a header field set to an interesting or random value
            name, o1, f1, o2, f2 = r.choice(FIELDS)
            off, fmt = (o1, f1) if version == 1 else (o2, f2)
            if fmt.endswith('s'):
                n = int(fmt[:-1])
                val = r.choice([b'ni1\0', b'n+1\0', b'n+2\0\r\n\x1a\n', b'ni2\0\0\0\0\0', b'\0' * n, bytes(r.randrange(256) for _ in range(n))])[:n].ljust(n, b'\0')
                if off + n <= len(data): data[off:off + n] = val
                continue
            size = struct.calcsize(fmt)
            if off + size > len(data):
                continue
            if r.random() < 0.7:
                v = r.choice(INTERESTING)
            elif r.random() < 0.5:
                old = struct.unpack_from(endian + fmt, data, off)[0]
                v = old + r.choice([-2, -1, 1, 2, 16, -16]) if not (isinstance(old, float) and not math.isfinite(old)) else 0
            else:
                data[off:off + size] = bytes(r.randrange(256) for _ in range(size)); continue
            try:
                if fmt in 'fd':
                    struct.pack_into(endian + fmt, data, off, float(v))
                else:
                    if isinstance(v, float):
                        if not math.isfinite(v): v = 0
                        v = int(v)
                    lim = 2 ** (8 * size - (0 if fmt.isupper() else 1))
                    lo = 0 if fmt.isupper() else -lim
                    v = max(lo, min(lim - 1, v))
                    struct.pack_into(endian + fmt, data, off, v)
            except struct.error:
                pass
        elif kind < 0.75:  # bit flips
            for _ in range(r.randrange(1, 4)):
                if not data: break
                i = r.randrange(len(data)) if r.random() < 0.5 else r.randrange(min(len(data), 560))
                data[i] ^= 1 << r.randrange(8)
        elif kind < 0.82:  # truncate
            if len(data) > 1: del data[r.randrange(1, len(data)):]
        elif kind < 0.88:  # append
            data += bytes(r.randrange(256) for _ in range(r.randrange(1, 64)))
        elif kind < 0.94:  # a float voxel set to NaN / inf / a fraction
            hdr = 348 if version == 1 else 540
            if len(data) > hdr + 8:
                i = r.randrange(hdr, len(data) - 4)
                struct.pack_into(endian + 'f', data, i, r.choice([float('nan'), float('inf'), 2.5, 300.0]))
        else:  # random bytes over a range
            if data:
                i = r.randrange(len(data)); n = r.randrange(1, 16)
                data[i:i + n] = bytes(r.randrange(256) for _ in range(min(n, len(data) - i)))
    return bytes(data)


def load_corpus(corpus):
    out = []
    for name in sorted(os.listdir(corpus)):
        if not (name.endswith('.nii') or name.endswith('.nii.gz')): continue
        raw = open(os.path.join(corpus, name), 'rb').read()
        gz = name.endswith('.gz')
        data = gzip.decompress(raw) if gz else raw
        version = 2 if struct.unpack('<i', data[:4])[0] in (540,) or struct.unpack('>i', data[:4])[0] == 540 else 1
        endian = '<' if struct.unpack('<i', data[:4])[0] in (348, 540) else '>'
        out.append((name, gz, raw, data, version, endian))
    return out


def oracle(path, available=None):
    """nibabel's reading of `path`. `available`: bytes in the (decompressed) file, used only to
    skip get_fdata when the header declares more than 64 MB that the file cannot hold (nibabel
    would allocate it all before finding the file short, and refuse)."""
    import nibabel as nib
    try:
        img = nib.load(path)
        hdr = img.header
        declared = int(np.prod([int(d) for d in img.shape], dtype=object)) * hdr.get_data_dtype().itemsize
        if available is not None and declared > 64 << 20 and declared > available - hdr.get_data_offset():
            raise OSError(f'Expected {declared} bytes, the file holds {available} (short-cut: not read)')
        data = np.asarray(img.get_fdata(), dtype=np.float64)
        shape = list(img.shape)
        ndim = len(shape)
        zooms = [float(z) for z in hdr.get_zooms()[:3]]
        units = int(hdr['xyzt_units']) & 7
        unit = 1000.0 if units == 1 else 0.001 if units == 3 else 1.0
        spacing = [(zooms[k] if k < ndim else 1.0) * unit for k in range(3)]
        # SegBench keeps axes beyond dim[0] at 1.
        spacing = [spacing[k] if k < ndim else 1.0 for k in range(3)]
        shape3 = (shape + [1, 1, 1])[:3]
        channels = int(np.prod(shape[3:])) if ndim > 3 else 1
        affine = [float(x) for x in np.asarray(img.affine)[:3].ravel()]
        flat = data.reshape(-1, order='F')
        label_ok = channels == 1 and bool(np.all(np.isfinite(flat))) and bool(np.all(flat == np.round(flat))) \
            and bool(np.all((flat >= 0) & (flat <= 255)))
        return dict(ok=True, shape=shape3, channels=channels, spacing=spacing, affine=affine, labels=label_ok), flat
    except Exception as e:  # nibabel refuses
        return dict(ok=False, error=f'{type(e).__name__}: {e}'[:300]), None


def _finite(x):
    """JSON without NaN: non-finite numbers as the strings 'nan', 'inf', '-inf'."""
    if isinstance(x, dict): return {k: _finite(v) for k, v in x.items()}
    if isinstance(x, list): return [_finite(v) for v in x]
    if isinstance(x, float) and not math.isfinite(x): return 'nan' if x != x else ('inf' if x > 0 else '-inf')
    return x


def _gz_ok(blob):
    try:
        gzip.decompress(blob); return True
    except Exception:
        return False


def batch(corpus, out, seed, start, count):
    os.makedirs(out, exist_ok=True)
    seeds_ = load_corpus(corpus)
    for i in range(start, start + count):
        r = random.Random(seed * 1_000_003 + i)
        name, gz, raw, data, version, endian = r.choice(seeds_)
        if gz and r.random() < 0.1:  # damage the compressed stream itself
            m = bytearray(raw)
            for _ in range(r.randrange(1, 3)):
                if not m: break
                if r.random() < 0.5: del m[r.randrange(len(m)):]
                else: m[r.randrange(len(m))] ^= 1 << r.randrange(8)
            blob = bytes(m)
        else:
            mutant = mutate(data, version, endian, r)
            blob = gzip.compress(mutant, mtime=0) if gz else mutant
        path = os.path.join(out, f'{i}.nii' + ('.gz' if gz else ''))
        with open(path, 'wb') as f: f.write(blob)
        info, flat = oracle(path, len(gzip.decompress(blob)) if gz and blob[:2] == b'\x1f\x8b' and _gz_ok(blob) else len(blob) if not gz else None)
        info['seed_file'] = name
        info['file'] = path
        if flat is not None:
            flat.astype('<f8').tofile(os.path.join(out, f'{i}.f64'))
            if info['labels']:
                flat.astype(np.uint8).tofile(os.path.join(out, f'{i}.labels'))
        with open(os.path.join(out, f'{i}.json'), 'w') as f: json.dump(_finite(info), f, allow_nan=False)


if __name__ == '__main__':
    if sys.argv[1] == 'seeds':
        seeds(sys.argv[2])
    elif sys.argv[1] == 'batch':
        batch(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]))
    else:
        sys.exit(__doc__)
