#!/usr/bin/env bash
# Every test: installs what is missing (apt packages, the Methods/ venv, the notebook venv), builds everything
# (benchmarks included), runs the Swift suites, then the reference methods' pytest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
Methods/setup.sh
scripts/notebook-venv.sh
export SEGBENCH_NOTEBOOK_PYTHON="$PWD/.segbench/notebook-venv/bin/python"
swift build --build-tests
swift test --skip-build
Tests/slurm/cluster-test.sh   # a real single-node SLURM (needs root)
(cd Methods && .venv/bin/python -m pytest)
