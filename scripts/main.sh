#!/usr/bin/env bash
# The main job. Until the phantom benchmark exists (issue 4), it writes an example CT-like pair
# (eight organs, 512×512×200 at 0.8×0.8×2.5 mm) and a BraTS-like pair and scores both.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product segbench
bin=.build/release/segbench
mkdir -p Reports/example
$bin example Reports/example/abdomen --anatomy abdomen --scale 1
$bin example Reports/example/brain --anatomy brain
echo
echo "== phantoms of the datasets in their real layouts, and one split resolved on them"
$bin phantoms --out Reports/phantoms
$bin datasets validate --root Reports/phantoms
$bin ingest all --root Reports/phantoms --db Reports/phantoms/results.sqlite
$bin splits show xscan_amos_ct_aquilion --root Reports/phantoms
echo
echo "== the builtin baselines on a split and its in-distribution control: trained once, stored per case"
db=Reports/phantoms/results.sqlite
$bin run --split id_btcv --method atlas --db $db --jobs 2
$bin run --split id_btcv --method intensity --db $db --jobs 2
$bin run --split xmod_btcvct_to_chaost2 --method atlas --db $db --jobs 2
$bin run --split xmod_btcvct_to_chaost2 --method intensity --db $db --jobs 2
# The other direction, and the target-trained upper bound of CHAOS T2 (the gap closed needs it).
$bin run --split id_chaost2 --method atlas --db $db --jobs 2
$bin run --split id_chaost2 --method intensity --db $db --jobs 2
$bin run --split xmod_chaost2_to_btcvct --method atlas --db $db --jobs 2
$bin run --split xmod_chaost2_to_btcvct --method intensity --db $db --jobs 2
$bin runs list --db $db
$bin export --format challenger --split xmod_btcvct_to_chaost2 --metric dice --db $db --out Reports/phantoms/challenger.csv
echo
echo "== the report: leaderboards, statistics and figures (controls and upper bounds are read too)"
$bin report --split xmod_btcvct_to_chaost2 --split xmod_chaost2_to_btcvct --db $db --out Reports/cross_modality
echo
echo "== abdomen (CT-like): every organ, NSD at 1 and 2 mm"
$bin score Reports/example/abdomen/reference.nii.gz Reports/example/abdomen/prediction.nii.gz --timings
echo
echo "== brain (BraTS-like): labels and the BraTS regions"
$bin score Reports/example/brain/reference.nii.gz Reports/example/brain/prediction.nii.gz \
  --region wt=1,2,3 --region tc=1,3 --region et=3 --timings
