#!/usr/bin/env bash
# Creates Methods/.venv with the pinned requirements (CPU only), once; quiet when it is current.
#   Methods/setup.sh            the venv SegBench's methods.json runs (.venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")"
stamp=.venv/.requirements.sha256
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ -x .venv/bin/python ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then exit 0; fi
echo "segbench methods: creating Methods/.venv (PyTorch CPU, MONAI, segment-anything, sentence-transformers; about 1.5 GB)"
python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -r requirements.txt
echo "$want" > "$stamp"
