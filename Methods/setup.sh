#!/usr/bin/env bash
# Creates Methods/.venv with the pinned requirements, once; quiet when it is current.
#   Methods/setup.sh            CPU: torch 2.13.0+cpu (this machine's pip finds it in its wheel
#                               folder; elsewhere add --extra-index-url https://download.pytorch.org/whl/cpu)
#   Methods/setup.sh --cuda     GPU: the same pins with PyPI's torch 2.13.0, built with CUDA
#                               (about 3 GB more); then `--device auto` (the default) uses the GPU
set -euo pipefail
cd "$(dirname "$0")"
variant=cpu
[ "${1:-}" = --cuda ] && variant=cuda
stamp=.venv/.requirements.sha256
want="$(sha256sum requirements.txt | cut -d' ' -f1) $variant"
if [ -x .venv/bin/python ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then exit 0; fi
if [ "$variant" = cpu ]; then
  echo "segbench methods: creating Methods/.venv (PyTorch CPU, MONAI, segment-anything, sentence-transformers; about 1.5 GB)"
  python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -r requirements.txt
else
  echo "segbench methods: creating Methods/.venv with PyTorch for CUDA (PyPI's torch 2.13.0)"
  python3 -m venv .venv
  grep -v '^torch==' requirements.txt > .venv/requirements-cuda.txt
  echo "torch==2.13.0" >> .venv/requirements-cuda.txt
  .venv/bin/pip install -q --disable-pip-version-check -r .venv/requirements-cuda.txt
fi
echo "$want" > "$stamp"
