"""nibabel 5 reference values for Tests/NIfTITests/MalformedTests.swift: the seed FuzzCorpus/n1_u8_rot.nii
with the same fields patched, and what nibabel reads (or the error it raises).
Run from the repository root: Methods/.venv/bin/python Tests/NIfTITests/nibabel-references.py"""
import nibabel as nib, struct, numpy as np, sys
def patch(base, patches, out):
    b = bytearray(open(base, 'rb').read())
    for fmt, off, val in patches: struct.pack_into(fmt, b, off, val)
    open(out, 'wb').write(b)
    try:
        img = nib.load(out); d = img.get_fdata()
        print(out, 'shape', img.shape, 'zooms', img.header.get_zooms(), 'affine', img.affine[:3].tolist(), 'first', d.ravel(order='F')[:6].tolist())
    except Exception as e: print(out, type(e).__name__, e)
B='Tests/NIfTITests/FuzzCorpus/n1_u8_rot.nii'
img=nib.load(B); print('base', img.shape, img.header.get_zooms(), img.affine.tolist(), np.asarray(img.dataobj).ravel(order='F')[:6].tolist(), img.header['sform_code'], img.header['qform_code'], img.header['pixdim'])
patch(B, [('<f',108,348)], '/tmp/segbench-ref-o348.nii')
patch(B, [('<f',108,0)], '/tmp/segbench-ref-o0.nii')
patch(B, [('<f',108,float('nan'))], '/tmp/segbench-ref-onan.nii')
patch(B, [('<f',108,4096)], '/tmp/segbench-ref-obig.nii')
patch(B, [('<f',280,float('nan'))], '/tmp/segbench-ref-snan.nii')
patch(B, [('<h',254,0),('<f',256,float('nan'))], '/tmp/segbench-ref-qnan.nii')
patch(B, [('<f',256,float('nan'))], '/tmp/segbench-ref-qnan_sform.nii')
patch(B, [('<f',80,0)], '/tmp/segbench-ref-pix0.nii')
patch(B, [('<f',84,float('nan'))], '/tmp/segbench-ref-pixnan.nii')
patch(B, [('<f',80,-0.8)], '/tmp/segbench-ref-pixneg.nii')
patch(B, [('<f',112,2),('<f',116,0)], '/tmp/segbench-ref-slope2.nii')
patch(B, [('<f',112,float('nan')),('<f',116,5)], '/tmp/segbench-ref-slopenan.nii')
patch(B, [('<f',112,0),('<f',116,5)], '/tmp/segbench-ref-slope0.nii')
patch(B, [('4s',344,b'\0\0\0\0')], '/tmp/segbench-ref-analyze.nii')
patch(B, [('<h',40,4),('<h',46,1),('<h',48,3),('<h',42,5),('<h',44,4)], '/tmp/segbench-ref-four.nii')  # 5x4x1x3
patch(B, [('<h',254,7)], '/tmp/segbench-ref-scode7.nii')
