"""Writes the dataset.json fixtures of HarnessTests (Tests/HarnessTests/Fixtures/nnunet-dataset/)
and prints nnU-Net v2's own summary.json values for them: the external reference of
DatasetJSONTests.

    python3 -m venv /tmp/nnunet-venv
    /tmp/nnunet-venv/bin/pip install /path/to/torch-cpu.whl nnunetv2==2.8.1
    /tmp/nnunet-venv/bin/python Tests/oracles/nnunet_dataset_json.py Tests/HarnessTests/Fixtures/nnunet-dataset

It scores through nnU-Net's own code path of `nnUNetv2_evaluate_folder` (compute_metrics_on_folder2),
with the LabelManager built from dataset.json directly instead of from a plans file.
"""
import json
import os
import sys

import nibabel as nib
import numpy as np
from nnunetv2.evaluation.evaluate_predictions import compute_metrics_on_folder
from nnunetv2.imageio.simpleitk_reader_writer import SimpleITKIO
from nnunetv2.utilities.label_handling.label_handling import LabelManager


def main():
    root = sys.argv[1]
    ref_dir, pred_dir = os.path.join(root, "labelsTs"), os.path.join(root, "predictions")
    os.makedirs(ref_dir, exist_ok=True)
    os.makedirs(pred_dir, exist_ok=True)
    rng = np.random.RandomState(24)
    affine = np.diag([1.5, 1.0, 2.0, 1.0])
    shape = (10, 9, 8)
    for name in ["case_a", "case_b", "case_c"]:
        ref = np.zeros(shape, np.uint8)
        ref[1:7, 1:6, 1:6] = 1
        ref[3:9, 4:8, 2:7] = 2
        ref[5:8, 2:5, 3:6] = 3
        ref[0:2, 0:9, 6:8] = 4  # the ignore label
        pred = ref.copy()
        pred[pred == 4] = 0
        flip = rng.rand(*shape) < 0.15
        pred[flip] = rng.randint(0, 4, size=flip.sum())
        if name == "case_c":
            pred[pred == 3] = 0  # a missed structure
        nib.save(nib.Nifti1Image(ref, affine), os.path.join(ref_dir, name + ".nii.gz"))
        nib.save(nib.Nifti1Image(pred, affine), os.path.join(pred_dir, name + ".nii.gz"))

    datasets = {
        "labels.json": {"channel_names": {"0": "CT"}, "file_ending": ".nii.gz", "numTraining": 3,
                        "labels": {"background": 0, "liver": 1, "kidney": 2, "spleen": 3, "ignore": 4}},
        "regions.json": {"channel_names": {"0": "MR"}, "file_ending": ".nii.gz", "numTraining": 3,
                         "labels": {"background": 0, "whole tumor": [1, 2, 3], "tumor core": [2, 3], "enhancing tumor": 3, "ignore": 4},
                         "regions_class_order": [1, 2, 3]},
    }
    for file, dj in datasets.items():
        path = os.path.join(root, file)
        with open(path, "w") as f:
            json.dump(dj, f, indent=4)
        lm = LabelManager(dj["labels"], dj.get("regions_class_order"))
        out = os.path.join("/tmp", "nnunet-summary-" + file)
        compute_metrics_on_folder(ref_dir, pred_dir, out, SimpleITKIO(), dj["file_ending"],
                                  lm.foreground_regions if lm.has_regions else lm.foreground_labels, lm.ignore_label, num_processes=1)
        summary = json.load(open(out))
        print(file)
        for key, metrics in summary["mean"].items():
            print(f"  mean[{key!r}]: " + ", ".join(f"{m}={metrics[m]!r}" for m in ["Dice", "IoU", "TP", "FP", "FN", "TN", "n_pred", "n_ref"]))
        print("  foreground_mean: " + ", ".join(f"{m}={summary['foreground_mean'][m]!r}" for m in ["Dice", "IoU"]))
        for case in summary["metric_per_case"]:
            print("  " + os.path.basename(case["reference_file"]) + ": "
                  + "; ".join(f"{k}: TP={v['TP']} FP={v['FP']} FN={v['FN']} TN={v['TN']}" for k, v in case["metrics"].items()))


# nnU-Net scores in a "spawn" pool, which imports this file again in every worker.
if __name__ == "__main__":
    main()
