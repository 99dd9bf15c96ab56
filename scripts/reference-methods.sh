#!/usr/bin/env bash
# The reference implementations (Methods/) against the builtin baselines on the phantom
# cross-modality and cross-scanner splits and their in-distribution controls, then one report
# with bootstrap CIs. Causal-SAM-LLM runs twice: as predicted, and after one round of TCI
# (--interact-rounds 1, a simulated clinician's command per case). ~40 minutes on 2 CPU cores.
#   scripts/reference-methods.sh [OUT]      (default Reports/methods)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-Reports/methods}
scripts/setup.sh
Methods/setup.sh
scripts/build-release.sh
bin=.build/release/segbench
[ -f Reports/phantoms/datasets.json ] || [ -d Reports/phantoms/RawData ] || $bin phantoms --out Reports/phantoms
mkdir -p "$out"
db=$out/results.sqlite
$bin ingest all --root Reports/phantoms --db "$db"
splits="xmod_btcvct_to_chaost2 id_btcv xmod_chaost2_to_btcvct id_chaost2 xscan_amos_ct_aquilion id_amos_aquilion"
for split in $splits; do
  for method in atlas intensity unet sam_decoder causal_sam_llm zeus; do
    $bin run --split "$split" --method "$method" --db "$db" --work "$out/work" --jobs 2
  done
  $bin run --split "$split" --method causal_sam_llm --interact-rounds 1 --db "$db" --work "$out/work" --jobs 2
done
$bin runs list --db "$db"
$bin report --split xmod_btcvct_to_chaost2 --split xmod_chaost2_to_btcvct --split xscan_amos_ct_aquilion \
  --db "$db" --out "$out/report" --cell mean-ci --baseline sam_decoder
