#!/usr/bin/env bash
# Lesion-wise and panoptic scoring of one BraTS-like pair: SegBench beside the BraTS 2023 code and
# panoptica, each as a whole process on the same files, one after another on this machine.
#
#   Benchmarks/peers/lesionwise_side_by_side.sh BRATS_VENV BRATS_CODE PANOPTICA_VENV
#
# BRATS_VENV, BRATS_CODE: the BraTS 2023 scorer's pinned environment and a checkout of
# rachitsaluja/BraTS-2023-Metrics; PANOPTICA_VENV: panoptica 2.1.7 (how to make both: the
# docstrings of Tests/oracles/brats2023_lesionwise.py and Tests/oracles/panoptica_oracle.py).
# The pair is `segbench example --anatomy brain` (240×240×155, 1 mm, labels 1 2 3, a
# false-positive island). SegBench scores the labels and WT/TC/ET: voxel-level alone, then with
# lesion-wise, then with lesion-wise and panoptic; the peers score the three regions.
set -euo pipefail
brats_venv=${1:?BraTS 2023 venv}; brats_code=${2:?BraTS-2023-Metrics checkout}; panoptica_venv=${3:?panoptica venv}
here=$(cd "$(dirname "$0")/../.." && pwd)
"$here/scripts/build-release.sh" >/dev/null
bin=$here/.build/release/segbench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" example "$work/case00" --anatomy brain >/dev/null
regions=(--labels 1,2,3 --region wt=1,2,3 --region tc=1,3 --region et=3)
for extra in "" "--lesion-wise" "--lesion-wise --panoptic iou"; do
  for run in 1 2 3; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "segbench score ${extra:-(voxel-level)} run $run: %e s, peak %M KB" \
      "$bin" score "$work/case00/reference.nii.gz" "$work/case00/prediction.nii.gz" "${regions[@]}" $extra --format json >/dev/null
  done
done
/usr/bin/time -f "BraTS 2023 code, lesion-wise WT/TC/ET: %e s, peak %M KB" \
  "$brats_venv/bin/python" "$here/Tests/oracles/brats2023_lesionwise.py" --brats-code "$brats_code" --cases "$work" >/dev/null
/usr/bin/time -f "panoptica 2.1.7, PQ WT/TC/ET (greedy): %e s, peak %M KB" \
  "$panoptica_venv/bin/python" "$here/Tests/oracles/panoptica_oracle.py" --cases "$work" --matching naive >/dev/null
