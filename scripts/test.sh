#!/usr/bin/env bash
# Every test: installs what is missing, builds everything (benchmarks included), runs the suites.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
swift test --skip-build
