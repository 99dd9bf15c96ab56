#!/usr/bin/env bash
# `segbench score REF_DIR PRED_DIR` against MONAI and nnU-Net on the same folder of BraTS-like pairs.
#
#   Benchmarks/peers/folder_side_by_side.sh PEERS_VENV FOLDER [N]
#
# PEERS_VENV: made by ../shared/tools/peers/setup.sh, plus `pip install nnunetv2`. FOLDER gets
# N (default 40) pairs from brats_folder.py if it has none. Prints the whole-process wall time and
# peak memory of each, SegBench's breakdown (--timings), and the largest difference between
# SegBench's summary.json and nnU-Net's over every value nnU-Net writes.
set -euo pipefail
venv=${1:?peers venv}; folder=${2:?folder}; n=${3:-40}
here=$(cd "$(dirname "$0")/../.." && pwd)
export PEERS_DIR=${PEERS_DIR:-$here/../shared/tools/peers}
[ -d "$folder/references" ] || "$venv/bin/python" "$here/Benchmarks/peers/brats_folder.py" make "$folder" "$n"
"$here/scripts/build-release.sh" >/dev/null
bin=$here/.build/release/segbench
for run in 1 2 3; do
  rm -f "$folder/segbench.sqlite"
  /usr/bin/time -f "segbench, every metric, 2 jobs, with --db (run $run): %e s, peak %M KB" \
    "$bin" score "$folder/references" "$folder/predictions" --labels 1,2,3 --jobs 2 --timings \
    --out "$folder/segbench_summary.json" --db "$folder/segbench.sqlite" >/dev/null
done
/usr/bin/time -f "nnU-Net compute_metrics_on_folder_simple, Dice and counts, 2 processes: %e s, peak %M KB" \
  "$venv/bin/python" "$here/Benchmarks/peers/brats_folder.py" nnunet "$folder" 2
/usr/bin/time -f "MONAI Dice + HD95 + NSD@1 + ASSD, one process: %e s, peak %M KB" \
  "$venv/bin/python" "$here/Benchmarks/peers/brats_folder.py" monai "$folder"
python3 - "$folder" <<'PY'
import json, sys
folder = sys.argv[1]
ours, theirs = (json.load(open(f"{folder}/{f}")) for f in ("segbench_summary.json", "nnunet_summary.json"))
diffs = [abs(ours["metric_per_case"][i]["metrics"][k][m] - v)
         for i, c in enumerate(theirs["metric_per_case"]) for k, row in c["metrics"].items() for m, v in row.items()]
diffs += [abs(ours["mean"][k][m] - v) for k, row in theirs["mean"].items() for m, v in row.items()]
diffs += [abs(ours["foreground_mean"][m] - v) for m, v in theirs["foreground_mean"].items()]
print(f"summary.json vs nnU-Net's: {len(diffs)} values, largest difference {max(diffs):.3g}")
PY
