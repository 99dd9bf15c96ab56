"""Panoptic-quality oracle: panoptica 2.1.7 on BraTS-style label maps.

What it does
    For every DIR/caseNN/{reference,prediction}.nii.gz (uint8 label maps, BraTS 2023
    labels 1 NCR, 2 SNFH, 3 ET), for every region (binary mask of the region's labels)
    and every matching algorithm, it runs panoptica's Panoptica_Evaluator with
        expected_input        = InputType.SEMANTIC
        instance_approximator = ConnectedComponentsInstanceApproximator()   # cc3d, 26-connectivity in 3D
        instance_matcher      = NaiveThresholdMatching(IOU, 0.5)            # greedy, IoU >= 0.5, one-to-one
                                or MaxBipartiteMatching(IOU, 0.5)           # scipy linear_sum_assignment
        instance_metrics      = [IOU, DSC, ASSD, RVD]
        global_metrics        = [DSC, IOU, RVD, RVAE, clDSC, ASSD]
        decision_metric       = None (every matched pair is a TP)
        default EdgeCaseHandler
    and passes the voxel spacing read from the reference NIfTI header (get_zooms()[:3])
    as `voxelspacing=`. It prints ONE JSON object per (case, region, matching) on its own
    line, floats at full precision (shortest repr that round-trips); NaN and +/-inf are
    written as the JSON STRINGS "NaN", "Infinity", "-Infinity" so the output is strict
    JSON (Swift: JSONDecoder.nonConformingFloatDecodingStrategy = .convertFromString(
    positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")). Keys:
        case, region, labels, matching, spacing,
        n_ref_instances, n_pred_instances, tp, fp, fn, prec, rec, rq,
        sq (mean IoU over TPs), sq_std, pq = sq*rq,
        sq_dsc, sq_dsc_std, pq_dsc, sq_assd, sq_assd_std, sq_rvd, sq_rvd_std,
        global_bin_dsc, global_bin_iou, global_bin_rvd, global_bin_rvae,
        global_bin_cldsc, global_bin_assd (NB: panoptica computes global_bin_assd
        WITHOUT the voxel spacing, i.e. in voxel units),
        tp_pairs: [[iou, dsc, assd], ...] one per TP, in panoptica's order (for debugging).
    A metric panoptica could not compute is written as null (prec when n_pred = 0,
    rec when n_ref = 0: 0/0). Edge cases as panoptica returns them: empty reference or
    empty prediction -> rq 0, sq 0, pq 0, sq_dsc 0, sq_assd "Infinity", stds "NaN";
    both empty -> rq, sq, pq, sq_dsc, sq_assd and all global metrics "NaN".
    See /work/oracles/panoptica-definition.md for the exact definitions (file/line refs).

Version
    panoptica==2.1.7 (PyPI), connected-components-3d 3.29.0, scipy 1.17.1, numpy 2.2.6,
    scikit-image 0.26.0, nibabel 5.4.2.

Make the venv
    python3 -m venv /work/oracles/panoptica-venv
    /work/oracles/panoptica-venv/bin/pip install panoptica==2.1.7 nibabel

Run (from /work/main)
    /work/oracles/panoptica-venv/bin/python Tests/oracles/panoptica_oracle.py \
        --cases DIR [--regions wt=1,2,3 tc=1,3 et=3] [--matching naive|bipartite|both]
    Defaults: --regions wt=1,2,3 tc=1,3 et=3   --matching both
"""

import argparse
import json
import math
import os
import sys
import warnings

import numpy as np

try:
    import nibabel as nib
    from panoptica import (
        ConnectedComponentsInstanceApproximator,
        InputType,
        MaxBipartiteMatching,
        NaiveThresholdMatching,
        Panoptica_Evaluator,
    )
    from panoptica.metrics import Metric
    from panoptica.utils.citation_reminder import disable_citation_reminder
    from panoptica.utils.logger import set_log_level
except ImportError as e:  # pragma: no cover
    sys.exit(f"panoptica_oracle: {e}; make the venv as described in the docstring")

EXPECTED_VERSION = "2.1.7"

INSTANCE_METRICS = [Metric.IOU, Metric.DSC, Metric.ASSD, Metric.RVD]
GLOBAL_METRICS = [Metric.DSC, Metric.IOU, Metric.RVD, Metric.RVAE, Metric.clDSC, Metric.ASSD]

OUTPUT_KEYS = [
    "n_ref_instances", "n_pred_instances", "tp", "fp", "fn", "prec", "rec", "rq",
    "sq", "sq_std", "pq",
    "sq_dsc", "sq_dsc_std", "pq_dsc",
    "sq_assd", "sq_assd_std",
    "sq_rvd", "sq_rvd_std",
    "global_bin_dsc", "global_bin_iou", "global_bin_rvd", "global_bin_rvae",
    "global_bin_cldsc", "global_bin_assd",
]


def parse_regions(items):
    regions = []
    for item in items:
        name, _, labels = item.partition("=")
        if not name or not labels:
            sys.exit(f"panoptica_oracle: bad region {item!r}, expected NAME=L1,L2,...")
        regions.append((name, [int(v) for v in labels.split(",") if v]))
    return regions


def make_matcher(kind):
    if kind == "naive":
        # defaults spelled out: IoU, threshold 0.5, >= (strict_threshold=False), one-to-one
        return NaiveThresholdMatching(
            matching_metric=Metric.IOU, matching_threshold=0.5,
            allow_many_to_one=False, strict_threshold=False,
        )
    if kind == "bipartite":
        return MaxBipartiteMatching(
            matching_metric=Metric.IOU, matching_threshold=0.5, strict_threshold=False,
        )
    raise ValueError(kind)


def make_evaluator(kind):
    return Panoptica_Evaluator(
        expected_input=InputType.SEMANTIC,
        # cca_backend=None -> cc3d for ndim >= 3 (cc3d default connectivity=26)
        instance_approximator=ConnectedComponentsInstanceApproximator(),
        instance_matcher=make_matcher(kind),
        instance_metrics=list(INSTANCE_METRICS),
        global_metrics=list(GLOBAL_METRICS),
        decision_metric=None,
        decision_threshold=None,
    )


def clean(v):
    """Python/numpy scalar -> JSON-able (int, float incl. nan/inf, or None)."""
    if v is None:
        return None
    if isinstance(v, Exception):
        return None
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        v = float(v)
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        return v
    return repr(v)


def get(result, key):
    try:
        return clean(getattr(result, key))
    except Exception:
        return None


def load(path):
    img = nib.load(path)
    arr = np.asarray(img.dataobj)
    if arr.ndim != 3:
        sys.exit(f"panoptica_oracle: {path} is not 3D (shape {arr.shape})")
    spacing = tuple(float(z) for z in img.header.get_zooms()[:3])
    return arr, spacing


def evaluate(ref_mask, pred_mask, spacing, kind):
    ev = make_evaluator(kind)
    # C-contiguous uint8: panoptica needs an integer dtype; C order fixes cc3d's instance
    # numbering (raster order, last axis fastest), which only matters for exact IoU ties.
    pred = np.ascontiguousarray(pred_mask, dtype=np.uint8)
    ref = np.ascontiguousarray(ref_mask, dtype=np.uint8)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = ev.evaluate(pred, ref, voxelspacing=spacing, verbose=False)
    (result,) = results.values()
    out = {k: get(result, k) for k in OUTPUT_KEYS}
    pairs = []
    try:
        lm = result._list_metrics
        alls = [lm[m].ALL if m in lm else None for m in (Metric.IOU, Metric.DSC, Metric.ASSD)]
        if all(a is not None for a in alls):
            pairs = [[clean(a), clean(b), clean(c)] for a, b, c in zip(*alls)]
    except Exception:
        pass
    out["tp_pairs"] = pairs
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", required=True, help="folder of caseNN/{reference,prediction}.nii.gz")
    ap.add_argument("--regions", nargs="+", default=["wt=1,2,3", "tc=1,3", "et=3"])
    ap.add_argument("--matching", choices=["naive", "bipartite", "both"], default="both")
    args = ap.parse_args(argv)

    try:
        from importlib.metadata import version
        v = version("panoptica")
    except Exception:
        v = "?"
    if v != EXPECTED_VERSION:
        print(f"panoptica_oracle: warning: panoptica {v} installed, definitions pinned for "
              f"{EXPECTED_VERSION}", file=sys.stderr)

    disable_citation_reminder()  # it prints a banner to stdout otherwise
    set_log_level("WARNING")
    regions = parse_regions(args.regions)
    kinds = ["naive", "bipartite"] if args.matching == "both" else [args.matching]
    cases = sorted(d for d in os.listdir(args.cases)
                   if os.path.isfile(os.path.join(args.cases, d, "reference.nii.gz")))
    if not cases:
        sys.exit(f"panoptica_oracle: no caseNN/reference.nii.gz under {args.cases}")

    for case in cases:
        ref_lab, spacing = load(os.path.join(args.cases, case, "reference.nii.gz"))
        pred_lab, pspacing = load(os.path.join(args.cases, case, "prediction.nii.gz"))
        if ref_lab.shape != pred_lab.shape:
            sys.exit(f"panoptica_oracle: {case}: shape {ref_lab.shape} vs {pred_lab.shape}")
        if not all(math.isclose(a, b, rel_tol=0, abs_tol=1e-6) for a, b in zip(spacing, pspacing)):
            print(f"panoptica_oracle: warning: {case}: spacing {spacing} vs {pspacing}; "
                  f"using the reference's", file=sys.stderr)
        for name, labels in regions:
            ref_mask = np.isin(ref_lab, labels)
            pred_mask = np.isin(pred_lab, labels)
            for kind in kinds:
                row = {"case": case, "region": name, "labels": labels, "matching": kind,
                       "spacing": list(spacing)}
                row.update(evaluate(ref_mask, pred_mask, spacing, kind))
                print(json.dumps(row, allow_nan=False), flush=True)


if __name__ == "__main__":
    main()
