#!/usr/bin/env bash
# SegBench and the Python peers on the same NIfTI files, one after another on this machine.
#
#   Benchmarks/peers/side_by_side.sh PEERS_VENV CASES_DIR
#
# PEERS_VENV: made by ../shared/tools/peers/setup.sh; CASES_DIR: made by
# `python ../shared/tools/peers/make_cases.py realistic CASES_DIR` (ct_like, brats_like).
# Prints, per case: wall seconds and peak memory of the whole `segbench score` process (read +
# every metric for every label) and of each peer's `bench.py one` (median of 3 in-process runs of
# the metric on loaded arrays, peak RSS of the process), then the values side by side.
set -euo pipefail
venv=${1:?peers venv}; cases=${2:?cases folder}
here=$(cd "$(dirname "$0")/../.." && pwd)
peers=${PEERS_DIR:-$here/../shared/tools/peers}
"$here/scripts/build-release.sh" >/dev/null
bin=$here/.build/release/segbench
for case in brats_like ct_like; do
  echo "== $case"
  for run in 1 2 3; do
    /usr/bin/time -f "segbench score (whole process, run $run): %e s, peak %M KB" \
      "$bin" score "$cases/${case}_gt.nii.gz" "$cases/${case}_pred.nii.gz" --format json --timings >/dev/null
  done
  for lib in deepmind monai medpy; do
    [ "$lib/$case" = medpy/ct_like ] && metric=dice || metric=hd95
    /usr/bin/time -f "$lib $metric (process peak %M KB)" "$venv/bin/python" "$peers/bench.py" one \
      --case "$cases/$case" --lib $lib --metric $metric --labels all > "/tmp/side_${case}_$lib.json"
    "$venv/bin/python" -c "import json,sys; d=json.load(open('/tmp/side_${case}_$lib.json')); print('  $lib $metric median s:', d.get('median_s', d))"
  done
done
