#!/usr/bin/env bash
# Makes the small profile's shared frozen SAM encoder, Methods/weights/sam_small_ct.pt (and .json
# beside it): CT phantoms drawn with seed 9001 (not the benchmark's 2026), then SAM's promptable
# objective, class-agnostic, 1,500 steps. The committed file was made by this script with one
# thread: same seed and thread count, same bytes (about 20 minutes on one core).
#   Methods/pretrain.sh [OUT]        (default Methods/weights/sam_small_ct.pt)
# Environment: SEGBENCH_METHODS_THREADS (default 1), SEGBENCH_ENCODER_PHANTOMS (default
# .segbench/encoder-phantoms), SEGBENCH_ENCODER_STEPS (default 1500).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-Methods/weights/sam_small_ct.pt}
phantoms=${SEGBENCH_ENCODER_PHANTOMS:-.segbench/encoder-phantoms}
export SEGBENCH_METHODS_THREADS=${SEGBENCH_METHODS_THREADS:-1}
Methods/setup.sh
[ -x .build/release/segbench ] || scripts/build-release.sh
if [ ! -f "$phantoms/phantom-manifest.json" ]; then
  .build/release/segbench phantoms --seed 9001 --out "$phantoms" > /dev/null
fi
out=$(realpath -m "$out")
phantoms=$(realpath "$phantoms")
cd Methods
.venv/bin/python -m segbench_methods pretrain-encoder --phantoms "$phantoms" --out "$out" \
  --steps "${SEGBENCH_ENCODER_STEPS:-1500}" --device cpu
