"""Oracle: the BraTS 2023 lesion-wise Dice / HD95 (and the 'legacy' full-volume Dice / HD95) as the
official BraTS 2023 code computes them, for reference/prediction pairs in a folder.

It does not re-implement anything: it loads metrics.py of rachitsaluja/BraTS-2023-Metrics at commit
43c905242b2eecf421d4ab2da7af8ece9777d322 (2023-10-12, the newest; the scoring code last changed in
a8c4f77, 2023-10-10) from --brats-code DIR, calls its get_LesionWiseResults(pred, gt, challenge) per
case, and records what its get_LesionWiseScores returned on the way (by wrapping that module-level
function, so each per-lesion row is from the very call whose totals are reported). The upstream code
is not part of SegBench: keep a copy outside the repository (e.g. /work/oracles/BraTS-2023-Metrics,
which has metrics.py and the vendored DeepMind surface_distance/ package).

Venv: the pins of the scorer that ran BraTS 2023 (Sage-Bionetworks-Challenges/brats2023,
evaluation/lesionwise, a python:3.10 image). Python 3.10 is needed for pandas 1.3.4 wheels. Do not use
pandas 1.5.x: its DataFrame.replace raises AttributeError at metrics.py line 355 whenever a reference
lesion matches two or more predicted components; pandas >= 2 lacks DataFrame.append (line 357);
numpy >= 2 lacks np.Inf (surface_distance).
    /root/.pyenv/versions/3.10.13/bin/python3 -m venv /work/oracles/brats-venv
    /work/oracles/brats-venv/bin/pip install connected_components_3d==3.12.1 nibabel==5.1.0 \
        numpy==1.24.3 pandas==1.3.4 scipy==1.10.1

Usage, from the repository root:
    /work/oracles/brats-venv/bin/python Tests/oracles/brats2023_lesionwise.py \
        --brats-code /work/oracles/BraTS-2023-Metrics --cases DIR [--label-values 1,2,3] \
        [--challenge BraTS-GLI]
DIR holds subfolders caseNN/reference.nii.gz and caseNN/prediction.nii.gz (label maps).
--label-values a,b,c: the voxel values that mean NCR, SNFH, ET in the files (default 1,2,3, the
BraTS 2023 GLI labels the upstream hard-codes); other values are written to upstream labels 1,2,3 in
temporary copies (same header), every other value to 0.

Prints ONE JSON object: {case: {region: {...}}}, regions WT (labels 1,2,3), TC (1,3), ET (3), with
    lesion_dice, lesion_hd95      upstream LesionWise_Score_Dice / LesionWise_Score_HD95
    tp, fp, fn                    upstream Num_TP / Num_FP / Num_FN
    legacy_dice, legacy_hd95      upstream Legacy_Dice / Legacy_HD95 (inf already replaced by 374)
    sensitivity, specificity, gt_volume_mm3, pred_volume_mm3
    dilation_factor, volume_threshold_mm3, spacing (the prediction header's zooms)
    lesions: one row per reference lesion (after the merge by dilation), upstream order:
        label, volume_mm3, voxels, dice, hd95 (inf replaced by 374, as upstream does before summing),
        hd95_infinite, matched_pred_components, matched, counted (volume_mm3 > threshold)
    tp_pred_components (upstream 'tp', with repeats), fp_pred_components, gt_tp_lesions, fn_lesions
        (these two before the threshold), upstream (the upstream row with its own key names)
Floats are written with repr (full precision); a non-finite float is written as the string "NaN",
"Infinity" or "-Infinity" (upstream replaces inf by 374 in all reported numbers, so these should not
appear). Upstream warnings (pandas FutureWarning, scipy DeprecationWarning, 0/0 RuntimeWarning) are
silenced unless --warnings.
"""
import argparse
import contextlib
import importlib.util
import json
import math
import os
import sys
import tempfile
import warnings

UPSTREAM_COMMIT = '43c905242b2eecf421d4ab2da7af8ece9777d322'
REGIONS = ('WT', 'TC', 'ET')
# (dilation factor, lesion volume threshold in mm^3), as metrics.py lines 307-321 set them. Only used
# to label each lesion row 'counted'; the dilation factor is checked against the one upstream passes,
# and the threshold against upstream's TP+FN.
PARAMS = {
    'BraTS-GLI': (3, 50),
    'BraTS-SSA': (3, 50),
    'BraTS-MEN': (1, 50),
    'BraTS-PED': (3, 50),
    'BraTS-MET': (1, 2),
}


def load_upstream(code_dir):
    path = os.path.join(code_dir, 'metrics.py')
    if not os.path.isfile(path) or not os.path.isdir(os.path.join(code_dir, 'surface_distance')):
        sys.exit(f'--brats-code {code_dir}: expected metrics.py and surface_distance/ there')
    sys.path.insert(0, os.path.abspath(code_dir))  # metrics.py does `import surface_distance`
    spec = importlib.util.spec_from_file_location('brats2023_metrics', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def jsonable(x):
    """numpy scalars/arrays -> Python; non-finite floats -> strings."""
    import numpy as np
    if isinstance(x, dict):
        return {str(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [jsonable(v) for v in x]
    if isinstance(x, np.ndarray):
        return [jsonable(v) for v in x.tolist()]
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        f = float(x)
        if math.isnan(f):
            return 'NaN'
        if math.isinf(f):
            return 'Infinity' if f > 0 else '-Infinity'
        return f
    return x


def as_count(v):
    f = float(v)
    if f != int(f):
        raise ValueError(f'non-integer count {v!r}')
    return int(f)


def remap(src, dst, label_values):
    import numpy as np
    import nibabel as nib
    img = nib.load(src)
    arr = np.asarray(img.dataobj)
    out = np.zeros(arr.shape, np.uint8)
    for new, old in enumerate(label_values, start=1):
        out[arr == old] = new
    hdr = img.header.copy()
    hdr.set_data_dtype(np.uint8)
    new_img = type(img)(out, img.affine, hdr)
    new_img.header.set_slope_inter(1, 0)
    nib.save(new_img, dst)


def score_case(M, pred, gt, challenge):
    import numpy as np
    import nibabel as nib
    calls = []
    original = M.get_LesionWiseScores

    def recording(prediction_seg, gt_seg, label_value, dil_factor):
        out = original(prediction_seg=prediction_seg, gt_seg=gt_seg,
                       label_value=label_value, dil_factor=dil_factor)
        calls.append((label_value, dil_factor, out))
        return out

    M.get_LesionWiseScores = recording
    try:
        with contextlib.redirect_stdout(sys.stderr):
            df = M.get_LesionWiseResults(pred_file=pred, gt_file=gt, challenge_name=challenge)
    finally:
        M.get_LesionWiseScores = original

    dil_expected, thresh = PARAMS[challenge]
    zooms = [float(z) for z in nib.load(pred).header.get_zooms()]
    voxel_vol = zooms[0] * zooms[1] * zooms[2]
    rows = {r['Labels']: r for r in df.to_dict(orient='records')}
    result = {}
    for label_value, dil_factor, out in calls:
        (tp, fn, fp, gt_tp, metric_pairs, full_dice, full_hd95, full_gt_vol, full_pred_vol,
         full_sens, full_specs) = out
        if dil_factor != dil_expected:
            raise RuntimeError(f'upstream used dilation {dil_factor}, PARAMS says {dil_expected}')
        row = rows[label_value]
        lesions = []
        for (pred_ccs, gtcomp, gt_vol, dice_score, hd) in metric_pairs:
            hd_f = float(hd)
            lesions.append({
                'label': int(gtcomp),
                'volume_mm3': float(gt_vol),
                'voxels': int(round(float(gt_vol) / voxel_vol)),
                'dice': float(dice_score),
                'hd95': 374.0 if math.isinf(hd_f) else hd_f,  # upstream metric_df.replace(np.inf, 374)
                'hd95_infinite': math.isinf(hd_f),
                'matched_pred_components': [int(c) for c in pred_ccs],
                'matched': len(pred_ccs) > 0,
                'counted': float(gt_vol) > thresh,
            })
        region = {
            'lesion_dice': float(row['LesionWise_Score_Dice']),
            'lesion_hd95': float(row['LesionWise_Score_HD95']),
            'tp': as_count(row['Num_TP']),
            'fp': as_count(row['Num_FP']),
            'fn': as_count(row['Num_FN']),
            'legacy_dice': float(row['Legacy_Dice']),
            'legacy_hd95': float(row['Legacy_HD95']),
            'sensitivity': float(row['Sensitivity']),
            'specificity': float(row['Specificity']),
            'gt_volume_mm3': float(row['GT_Complete_Volume']),
            'pred_volume_mm3': float(full_pred_vol),
            'dilation_factor': int(dil_factor),
            'volume_threshold_mm3': thresh,
            'spacing': zooms,
            'lesions': lesions,
            'tp_pred_components': [int(c) for c in tp],
            'fp_pred_components': [int(c) for c in np.asarray(fp).ravel()],
            'gt_tp_lesions': [int(c) for c in gt_tp],
            'fn_lesions': [int(c) for c in fn],
            'upstream': {k: v for k, v in row.items()},
        }
        counted = sum(1 for l in lesions if l['counted'])
        if region['tp'] + region['fn'] != counted:
            raise RuntimeError(f'{label_value}: upstream TP+FN = {region["tp"] + region["fn"]}, '
                               f'but {counted} lesions are over the threshold {thresh}')
        result[label_value] = region
    return {r: result[r] for r in REGIONS}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--brats-code', required=True, help='checkout of rachitsaluja/BraTS-2023-Metrics')
    ap.add_argument('--cases', required=True, help='folder of caseNN/{reference,prediction}.nii.gz')
    ap.add_argument('--label-values', default='1,2,3', help='file values of NCR,SNFH,ET (default 1,2,3)')
    ap.add_argument('--challenge', default='BraTS-GLI', choices=sorted(PARAMS))
    ap.add_argument('--warnings', action='store_true', help='show the upstream warnings')
    args = ap.parse_args()
    if not args.warnings:
        warnings.simplefilter('ignore')
    label_values = [int(v) for v in args.label_values.split(',')]
    if len(label_values) != 3:
        sys.exit('--label-values takes three values: NCR,SNFH,ET')

    M = load_upstream(args.brats_code)
    cases = sorted(d for d in os.listdir(args.cases)
                   if os.path.isfile(os.path.join(args.cases, d, 'reference.nii.gz'))
                   and os.path.isfile(os.path.join(args.cases, d, 'prediction.nii.gz')))
    if not cases:
        sys.exit(f'no caseNN/reference.nii.gz + prediction.nii.gz under {args.cases}')
    out = {}
    with tempfile.TemporaryDirectory(prefix='brats2023-oracle-') as tmp:
        for case in cases:
            gt = os.path.join(args.cases, case, 'reference.nii.gz')
            pred = os.path.join(args.cases, case, 'prediction.nii.gz')
            if label_values != [1, 2, 3]:
                d = os.path.join(tmp, case)
                os.makedirs(d)
                remap(gt, os.path.join(d, 'reference.nii.gz'), label_values)
                remap(pred, os.path.join(d, 'prediction.nii.gz'), label_values)
                gt = os.path.join(d, 'reference.nii.gz')
                pred = os.path.join(d, 'prediction.nii.gz')
            out[case] = score_case(M, pred, gt, args.challenge)
    json.dump(jsonable(out), sys.stdout, indent=1, allow_nan=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
