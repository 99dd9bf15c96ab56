#!/usr/bin/env bash
# The release binary, built the one way every script builds it: with the Swift runtime and
# Foundation linked into it (--static-swift-stdlib), which took a BraTS pair's whole `segbench
# score` from 61.6 to 53.1 ms and `--version` from 12.5 to 6.7 ms (docs/performance.md). SwiftPM
# takes that flag only on its command line, and a release build with other flags rebuilds every
# module, so build the release binary through this script. Extra arguments go to `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
exec swift build -c release --static-swift-stdlib --product segbench "$@"
