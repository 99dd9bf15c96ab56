#!/usr/bin/env bash
# Scoring and storing 200 BraTS-like cases (240×240×155, labels 1 2 3 and the regions WT TC ET):
# cases per second, and where the time goes (reading, metrics, SQLite), from a release build.
#
#   Benchmarks/score-and-store.sh [cases] [jobs]
#
# One example pair is written and copied under 200 case names (BraTS-0001: a name ending in _0001
# would read as an nnU-Net channel image); a fresh store each time, so every
# case is read, scored and stored.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-200}
jobs=${2:-$(nproc)}
scripts/build-release.sh >/dev/null
bin=.build/release/segbench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$bin example "$work/pair" --anatomy brain >/dev/null
mkdir -p "$work/ref" "$work/pred"
for i in $(seq -f "%04g" 1 "$cases"); do
  cp "$work/pair/reference.nii.gz" "$work/ref/BraTS-$i.nii.gz"
  cp "$work/pair/prediction.nii.gz" "$work/pred/BraTS-$i.nii.gz"
done
start=$(date +%s.%N)
$bin score "$work/ref" "$work/pred" --labels 1,2,3 --region wt=1,2,3 --region tc=1,3 --region et=3 \
  --db "$work/results.sqlite" --jobs "$jobs" --timings --format csv >/dev/null 2>"$work/log"
end=$(date +%s.%N)
grep -E '^wall' "$work/log"
python3 - "$start" "$end" "$cases" "$work/log" <<'PY'
import re, sys
start, end, cases, log = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), open(sys.argv[4]).read()
t = {k: float(v) for k, v in re.findall(r'(checksums|reading|metrics|storing) ([0-9.]+) s', log)}
busy = sum(t.values())
print(f"{cases} cases in {end - start:.2f} s: {cases / (end - start):.1f} cases/s")
print("share of worker time: " + ", ".join(f"{k} {100 * v / busy:.1f} %" for k, v in t.items()))
PY
