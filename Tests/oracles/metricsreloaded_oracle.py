"""Oracle: centreline Dice (clDice), boundary IoU and the absolute volume difference ratio as
MetricsReloaded computes them, for reference/prediction pairs in a folder.

What it does
    For every DIR/NAME/{reference,prediction}.nii.gz (integer label maps; sorted by NAME) and every
    structure (one label given with --structures, or a region = union of labels given with
    --regions), it builds the binary masks (label map == value, as float64 0/1, the way
    MetricsReloaded's own pipeline builds them with np.where(...)), and calls
        BinaryPairwiseMeasures(pred, ref, pixdim=<reference header zooms>,
                               dict_args={"boundary_dist": D})
    of MetricsReloaded/metrics/pairwise_measures.py, then its methods
        centreline_dsc()                     -> cldice
        topology_precision()                 -> topology_precision  |S(P) & R| / |S(P)|
        topology_sensitivity()               -> topology_sensitivity |S(R) & P| / |S(R)|
        boundary_iou()                       -> boundary_iou
        absolute_volume_difference_ratio()   -> avdr  |#R - #P| / #R   (MetricsReloaded has no other
                                                volume-difference measure)
    It does not re-implement the metrics. The intermediate counts come from the same objects:
    the skeletons are MetricsReloaded's own cached skeleton_versions() (skimage.morphology.skeletonize
    on the mask), and the boundary bands are rebuilt with the same calls boundary_iou() makes
    (MorphologyOps.border_map(), scipy.ndimage.distance_transform_edt without sampling, band =
    EDT < D inside the mask); the rebuilt band IoU is checked to equal MetricsReloaded's value
    exactly (the script stops with an AssertionError otherwise).
    See /work/oracles/metricsreloaded-definition.md for the exact definitions and their quirks
    (file/line references): notably clDice is NaN when either skeleton is empty (both masks empty
    included: the intended 'both empty -> 1' branch can never fire), skimage's 3D (Lee) thinning
    deletes objects of even thickness entirely, boundary_dist is in voxels and ignores the spacing.

Output: ONE JSON object per (case, structure) on its own line, keys
    case, structure (the label as a string, or the region name), labels, shape, spacing,
    n_ref, n_pred                         voxel counts |R|, |P|
    cldice, topology_precision, topology_sensitivity
    skel_ref_voxels, skel_pred_voxels     |S(R)|, |S(P)|
    skel_ref_in_pred, skel_pred_in_ref    |S(R) & P|, |S(P) & R|
    boundary_iou, boundary_distance (D, voxels, strict '<'),
    border_ref_voxels, border_pred_voxels (inner 6-connected border: mask minus its erosion)
    band_ref_voxels, band_pred_voxels, band_intersection, band_union
    avdr
    mr_warnings                            the messages MetricsReloaded (and numpy) warned with
    metricsreloaded_commit, skimage_version
Floats are written with repr (full precision). NaN is written as the JSON extension NaN (Python's
json default), as Tests/oracles/panoptica_oracle.py does.

Versions (the ones this was checked with)
    MetricsReloaded: github Project-MONAI/MetricsReloaded, commit
        cb38dfc0a5ed4fa3bdc559e4960b6e2b93c3b967 (2025-06-02, "Setting to 1 for boundary IoU and NSD
        if both ref and pred are empty"); not on PyPI: put the checkout root on PYTHONPATH.
    Python 3.11.7, scikit-image 0.26.0 (skeletonize on 3D input -> _skeletonize_lee ->
        skimage.morphology._skeletonize_lee_cy._compute_thin_image), numpy 2.4.6, scipy 1.17.1,
        pandas 3.1.1, scikit-learn 1.9.1, nibabel 5.4.2.

Make the venv and the checkout
    python3 -m venv /work/oracles/mr-venv
    /work/oracles/mr-venv/bin/pip install numpy==2.4.6 scipy==1.17.1 scikit-image==0.26.0 \
        pandas==3.1.1 scikit-learn==1.9.1 nibabel==5.4.2
    MetricsReloaded at the commit above in /work/oracles/MetricsReloaded (the folder holding
    MetricsReloaded/metrics/pairwise_measures.py).

Run (from the repository root)
    PYTHONPATH=/work/oracles/MetricsReloaded /work/oracles/mr-venv/bin/python \
        Tests/oracles/metricsreloaded_oracle.py --cases DIR --structures 1,2,3 \
        [--regions wt=1,2,3 tc=1,3 et=3] [--boundary-distance D]
    Defaults: --structures 1,2,3, no regions, --boundary-distance 1 (MetricsReloaded's default:
    the band is the border voxels alone).
"""

import argparse
import json
import os
import sys
import warnings

import numpy as np

try:
    import nibabel as nib
    import skimage
    from scipy import ndimage
    from MetricsReloaded.metrics.pairwise_measures import BinaryPairwiseMeasures
    from MetricsReloaded.utility.utils import MorphologyOps
except ImportError as error:  # pragma: no cover - setup problem
    sys.exit(f"metricsreloaded_oracle: {error}; see the docstring for the venv and PYTHONPATH")

MR_COMMIT = "cb38dfc0a5ed4fa3bdc559e4960b6e2b93c3b967"
CHECKED_SKIMAGE = "0.26.0"


def scalar(value):
    """A metric value -> Python float (NaN kept; MetricsReloaded returns int 1 for 'both empty')."""
    return float(value)


def parse_structures(text):
    out = []
    for part in text.split(","):
        part = part.strip()
        if part:
            out.append((part, [int(part)]))
    return out


def parse_region(text):
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"region '{text}' is not NAME=l1,l2,...")
    name, labels = text.split("=", 1)
    values = [int(v) for v in labels.split(",") if v.strip()]
    if not name or not values:
        raise argparse.ArgumentTypeError(f"region '{text}' is not NAME=l1,l2,...")
    return name, values


def load(path):
    img = nib.load(path)
    data = np.asanyarray(img.dataobj)
    if data.ndim == 4 and data.shape[3] == 1:
        data = data[..., 0]
    spacing = [float(z) for z in img.header.get_zooms()[: data.ndim]]
    return data, spacing


def band(mask, distance):
    """The boundary band exactly as BinaryPairwiseMeasures.boundary_iou() builds it."""
    border = MorphologyOps(mask, 1).border_map()
    edt = ndimage.distance_transform_edt(1 - border)
    lim = np.where(np.logical_and(edt < distance, mask > 0), np.ones_like(border), np.zeros_like(border))
    return border, lim


def evaluate(case, name, labels, ref_map, pred_map, spacing, distance):
    ref = np.where(np.isin(ref_map, labels), 1.0, 0.0)
    pred = np.where(np.isin(pred_map, labels), 1.0, 0.0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bpm = BinaryPairwiseMeasures(
            pred, ref, pixdim=spacing, dict_args={"boundary_dist": distance}
        )
        cldice = bpm.centreline_dsc()
        tprec = bpm.topology_precision()
        tsens = bpm.topology_sensitivity()
        skel_ref, skel_pred = bpm.skeleton_versions()  # cached: the arrays the metrics used
        biou = bpm.boundary_iou()
        avdr = bpm.absolute_volume_difference_ratio()
        border_ref, band_ref = band(ref, distance)
        border_pred, band_pred = band(pred, distance)
    messages = []
    for w in caught:
        text = f"{w.category.__name__}: {w.message}"
        if text not in messages:
            messages.append(text)

    inter = int(np.sum(band_ref * band_pred))
    union = int(np.sum((band_ref + band_pred) > 0))
    if not (np.sum(ref) == 0 and np.sum(pred) == 0):
        # The rebuilt band must reproduce MetricsReloaded's number exactly.
        assert np.float64(inter) / np.float64(union) == biou, (case, name, inter, union, biou)
    return {
        "case": case,
        "structure": name,
        "labels": labels,
        "shape": list(ref_map.shape),
        "spacing": spacing,
        "n_ref": int(np.sum(ref)),
        "n_pred": int(np.sum(pred)),
        "cldice": scalar(cldice),
        "topology_precision": scalar(tprec),
        "topology_sensitivity": scalar(tsens),
        "skel_ref_voxels": int(np.count_nonzero(skel_ref)),
        "skel_pred_voxels": int(np.count_nonzero(skel_pred)),
        "skel_ref_in_pred": int(np.count_nonzero(np.logical_and(skel_ref, pred > 0))),
        "skel_pred_in_ref": int(np.count_nonzero(np.logical_and(skel_pred, ref > 0))),
        "boundary_iou": scalar(biou),
        "boundary_distance": distance,
        "border_ref_voxels": int(np.sum(border_ref)),
        "border_pred_voxels": int(np.sum(border_pred)),
        "band_ref_voxels": int(np.sum(band_ref)),
        "band_pred_voxels": int(np.sum(band_pred)),
        "band_intersection": inter,
        "band_union": union,
        "avdr": scalar(avdr),
        "mr_warnings": messages,
        "metricsreloaded_commit": MR_COMMIT,
        "skimage_version": skimage.__version__,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", required=True, help="folder of NAME/{reference,prediction}.nii.gz")
    parser.add_argument("--structures", default="1,2,3", help="labels, comma-separated ('' for none)")
    parser.add_argument("--regions", nargs="*", type=parse_region, default=[],
                        help="NAME=l1,l2,... (union of labels), space-separated")
    parser.add_argument("--boundary-distance", type=float, default=1.0,
                        help="MetricsReloaded dict_args['boundary_dist'] (voxels, strict <); default 1")
    args = parser.parse_args(argv)

    if skimage.__version__ != CHECKED_SKIMAGE:
        print(f"metricsreloaded_oracle: scikit-image {skimage.__version__}, checked with "
              f"{CHECKED_SKIMAGE}", file=sys.stderr)
    distance = args.boundary_distance
    if distance == int(distance):
        distance = int(distance)
    structures = parse_structures(args.structures) + [(n, v) for n, v in args.regions]
    names = sorted(d for d in os.listdir(args.cases)
                   if os.path.isfile(os.path.join(args.cases, d, "reference.nii.gz")))
    if not names:
        sys.exit(f"metricsreloaded_oracle: no NAME/reference.nii.gz under {args.cases}")
    for case in names:
        ref_map, spacing = load(os.path.join(args.cases, case, "reference.nii.gz"))
        pred_map, _ = load(os.path.join(args.cases, case, "prediction.nii.gz"))
        if ref_map.shape != pred_map.shape:
            sys.exit(f"metricsreloaded_oracle: {case}: shapes {ref_map.shape} != {pred_map.shape}")
        for name, labels in structures:
            row = evaluate(case, name, labels, ref_map, pred_map, spacing, distance)
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
