"""A folder of BraTS-like pairs, and the peers scoring it, for `segbench score REF_DIR PRED_DIR`.

    python brats_folder.py make   DIR N    # DIR/references, DIR/predictions: N pairs, 240x240x155
    python brats_folder.py monai  DIR      # MONAI Dice + HD95 + NSD@1 + ASSD, one process
    python brats_folder.py nnunet DIR [P]  # nnU-Net v2 compute_metrics_on_folder_simple, P processes

Each pair is built the way make_cases.py's BraTS generator builds its one case (edema, enhancing
tumour and necrotic core as noisy blobs; a prediction with a re-drawn edema, a dilated core and a
false-positive island), with seeds and a tumour centre that differ per case. This is our code
calling the generator's helpers; the peers' own code is only called, never copied.
"""
import importlib.util
import json
import os
import sys
import time

import nibabel as nib
import numpy as np

PEERS = os.environ.get("PEERS_DIR", os.path.join(os.path.dirname(__file__), "../../../shared/tools/peers"))
spec = importlib.util.spec_from_file_location("make_cases", os.path.join(PEERS, "make_cases.py"))
mc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mc)


def make_pair(i):
    shape, sp = (240, 240, 155), (1.0, 1.0, 1.0)
    rng = np.random.default_rng(2023 + i)
    c = (110 + int(rng.integers(0, 20)), 120 + int(rng.integers(0, 24)), 70 + int(rng.integers(0, 20)))
    gt = np.zeros(shape, np.uint8)
    sl_e, ed = mc.blob(shape, sp, c, (36, 30, 28), rng, amp=0.22)
    sl_t, et = mc.blob(shape, sp, (c[0] + 4, c[1] - 3, c[2]), (18, 16, 15), rng, amp=0.15)
    sl_n, nc = mc.blob(shape, sp, (c[0] + 5, c[1] - 3, c[2] + 1), (9, 8, 8), rng, amp=0.12)
    mc.paste(gt, sl_e, ed, 2)
    mc.paste(gt, sl_t, et, 3)
    mc.paste(gt, sl_n, nc, 1)
    prng = np.random.default_rng(99 + i)
    pr = np.zeros(shape, np.uint8)
    sl_e2, ed2 = mc.blob(shape, sp, (c[0] + 1, c[1], c[2] - 1), (35, 31, 27), prng, amp=0.22)
    mc.paste(pr, sl_e2, ed2, 2)
    pr[mc.crop_op(gt == 3, mc.dilate) | mc.crop_op(gt == 1, mc.dilate)] = 3
    pr[mc.shift(gt == 1, (1, 0, 1))] = 1
    pr[mc.ellipsoid(shape, sp, (60, 60, 100), (3, 3, 3))] = 3
    return gt, pr, sp


def make(folder, n):
    for sub in ("references", "predictions"):
        os.makedirs(os.path.join(folder, sub), exist_ok=True)
    for i in range(n):
        gt, pr, sp = make_pair(i)
        aff = np.diag(list(sp) + [1.0])
        for sub, arr in (("references", gt), ("predictions", pr)):
            img = nib.Nifti1Image(arr, aff)
            img.header.set_xyzt_units("mm")
            nib.save(img, os.path.join(folder, sub, f"BraTS_{i:03d}.nii.gz"))
        print(f"pair {i + 1}/{n}", file=sys.stderr)


def pairs(folder):
    names = sorted(f for f in os.listdir(os.path.join(folder, "references")) if f.endswith(".nii.gz"))
    return [(os.path.join(folder, "references", f), os.path.join(folder, "predictions", f)) for f in names]


def monai(folder):
    import torch
    from monai.metrics import DiceMetric, HausdorffDistanceMetric, SurfaceDiceMetric, SurfaceDistanceMetric
    t0 = time.perf_counter()
    metrics = {"dice": DiceMetric(include_background=False), "hd95": HausdorffDistanceMetric(include_background=False, percentile=95),
               "nsd@1": SurfaceDiceMetric(class_thresholds=[1, 1, 1], include_background=False),
               "assd": SurfaceDistanceMetric(include_background=False, symmetric=True)}
    for ref, pred in pairs(folder):
        r, p = nib.load(ref), nib.load(pred)
        spacing = [float(s) for s in r.header.get_zooms()[:3]]
        def onehot(a):
            t = torch.from_numpy(np.asarray(a.dataobj).astype(np.int64))
            return torch.nn.functional.one_hot(t, 4).permute(3, 0, 1, 2)[None].float()
        y, yp = onehot(r), onehot(p)
        for name, m in metrics.items():
            m(yp, y, spacing=spacing) if name != "dice" else m(yp, y)
    out = {name: m.aggregate(reduction="mean_batch").tolist() for name, m in metrics.items()}
    print(json.dumps({"peer": "monai", "cases": len(pairs(folder)), "seconds": round(time.perf_counter() - t0, 2), "means": out}))


def nnunet(folder, processes):
    from nnunetv2.evaluation.evaluate_predictions import compute_metrics_on_folder_simple
    t0 = time.perf_counter()
    out = os.path.join(folder, "nnunet_summary.json")
    compute_metrics_on_folder_simple(os.path.join(folder, "references"), os.path.join(folder, "predictions"), [1, 2, 3],
                                     output_file=out, num_processes=processes)
    print(json.dumps({"peer": "nnunet", "processes": processes, "seconds": round(time.perf_counter() - t0, 2), "summary": out}))


if __name__ == "__main__":
    what, folder = sys.argv[1], sys.argv[2]
    if what == "make":
        make(folder, int(sys.argv[3]))
    elif what == "monai":
        monai(folder)
    elif what == "nnunet":
        nnunet(folder, int(sys.argv[3]) if len(sys.argv) > 3 else 2)
