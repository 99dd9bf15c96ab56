#!/usr/bin/env bash
# Installs what SegBench needs and the machine lacks (idempotent, quiet when nothing is missing).
#   libnifti2-dev  the NIfTI C library (nifticlib 3)
#   gnuplot-nox    figures (PNG, SVG, PDF)
#   poppler-utils  the figure tests read the PDFs' fonts and text sizes (pdffonts, pdftotext)
#   fonts-liberation  Liberation Sans, the figures' font (metric-compatible with Helvetica and Arial)
#   chromium       the tests open the HTML report in a headless browser and check the screenshot
#   dcmtk          DICOM: dump2dcm writes the CHAOS phantoms' series, dcmdump reads slice positions
#   dcm2niix       DICOM series → NIfTI at ingest (the converter the field uses)
#   libpng-dev     CHAOS's PNG label slices (libpng's simplified API)
#   libcmark-gfm-dev, libcmark-gfm-extensions-dev  cmark-gfm, GitHub's CommonMark + GFM renderer:
#                  report.html is the report's Markdown rendered by it (tables from the extensions)
#   slurm-wlm, munge  a single-node SLURM for the cluster test (Tests/slurm/cluster-test.sh)
#   sqlite3        that test compares the merged store with a local run's, row by row
#   libsqlite3-dev, zlib1g-dev, pkg-config: present on most images; named so the list is complete
set -euo pipefail
packages=(libnifti2-dev libdeflate-dev gnuplot-nox poppler-utils fonts-liberation chromium dcmtk dcm2niix libpng-dev libcmark-gfm-dev libcmark-gfm-extensions-dev slurm-wlm munge sqlite3 libsqlite3-dev zlib1g-dev pkg-config)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "segbench setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "segbench setup: swift is not on PATH (Swift 6.1 or later is needed)" >&2; exit 1; }
