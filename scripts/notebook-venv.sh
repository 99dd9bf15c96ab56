#!/usr/bin/env bash
# Creates .segbench/notebook-venv: the Python a researcher's notebook has (pandas, DuckDB, the
# MLflow client), for the tests that read the store's views and the MLflow export as they would
# (Tests/ReportsTests/NotebookViewTests, Tests/HarnessTests/ExportTests). Once; quiet when current.
# scripts/test.sh exports SEGBENCH_NOTEBOOK_PYTHON to it.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.segbench/notebook-venv
pins="mlflow-skinny==3.18.0 pandas==3.1.1 duckdb==2.0.1"
if [ -x "$venv/bin/python" ] && [ "$(cat "$venv/.pins" 2>/dev/null)" = "$pins" ]; then exit 0; fi
echo "segbench setup: creating $venv ($pins)"
rm -rf "$venv"
python3 -m venv "$venv"
# shellcheck disable=SC2086
"$venv/bin/pip" install -q --disable-pip-version-check $pins
echo "$pins" > "$venv/.pins"
