"""Writes the reoriented copies of DatasetJSONTests' predictions with nibabel (the external
reference of the --reorient-prediction test): each copy holds the same voxels at the same world
positions, stored in another axis order.

    /work/oracles/nib-venv/bin/python Tests/oracles/reoriented_predictions.py Tests/HarnessTests/Fixtures/nnunet-dataset
"""
import os
import sys

import nibabel as nib
from nibabel.orientations import axcodes2ornt, ornt_transform

root = sys.argv[1]
source = nib.load(os.path.join(root, "predictions", "case_a.nii.gz"))
for codes in ["LAS", "ASL"]:
    target = ornt_transform(axcodes2ornt(nib.aff2axcodes(source.affine)), axcodes2ornt(tuple(codes)))
    image = source.as_reoriented(target)
    assert "".join(nib.aff2axcodes(image.affine)) == codes
    image.set_data_dtype("uint8")
    path = os.path.join(root, f"case_a_{codes}.nii.gz")
    nib.save(image, path)
    print(path, image.shape, "".join(nib.aff2axcodes(image.affine)))
