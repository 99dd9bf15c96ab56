#!/usr/bin/env python3
"""SegBench beside the peers and beside the floor, in one run: the table of docs/performance.md.

    python3 Benchmarks/peers/speed_table.py PEERS_VENV CASES_DIR [--folder FOLDER] [--runs 5]

PEERS_VENV: made by ../shared/tools/peers/setup.sh (mikan-rs, DeepMind, MONAI, nnU-Net).
CASES_DIR: made by `PEERS_VENV/bin/python ../shared/tools/peers/make_cases.py realistic CASES_DIR`
(ct_like: 512x512x200, 8 labels; brats_like: 240x240x155, 3 labels). FOLDER: a folder of
BraTS-like pairs made by brats_folder.py (folder_side_by_side.sh makes one).

Per case, every command is run `--runs` times and its median wall time kept:
- SegBench: the whole `segbench score REF PRED --format json` process (read, every metric of
  every label), with its peak memory.
- mikan-rs: `mikan.all(gt, pred)`, which also reads both files and computes every metric for
  every label (bench.py's in-process median: its Python start-up is left out, in its favour).
- DeepMind and MONAI: HD95 of every label on arrays already in memory (read left out).
- The floor: decompressing both files at once, one process each (`libdeflate-gunzip`, Debian's
  libdeflate-tools): what no scorer of these files can go below on 2 cores.

Prints a Markdown table. Nothing here is imported by the project.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PEERS = os.environ.get("PEERS_DIR", os.path.join(REPO, "..", "shared", "tools", "peers"))


def timed(command, runs):
    """Median wall seconds and the largest peak RSS (MB) of `runs` runs of a command."""
    walls, peaks = [], []
    for _ in range(runs):
        with tempfile.NamedTemporaryFile("r") as report:
            start = time.perf_counter()
            subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name] + command,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            walls.append(time.perf_counter() - start)
            peaks.append(int(report.read().split()[-1]) / 1024)
    return statistics.median(walls), max(peaks)


def floor(paths, runs):
    """Median wall seconds of decompressing every path at once, two processes at a time."""
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        for i in range(0, len(paths), 2):
            procs = [subprocess.Popen(["libdeflate-gunzip", "-c", p], stdout=subprocess.DEVNULL) for p in paths[i:i + 2]]
            for p in procs:
                p.wait()
        walls.append(time.perf_counter() - start)
    return statistics.median(walls)


def peer(venv, case, lib, metric, runs):
    """bench.py's in-process median seconds for one peer on one case."""
    out = subprocess.run([os.path.join(venv, "bin", "python"), os.path.join(PEERS, "bench.py"), "one", "--case", case,
                          "--lib", lib, "--metric", metric, "--labels", "all", "--repeat", str(runs)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["median_s"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("venv")
    ap.add_argument("cases")
    ap.add_argument("--folder", help="a folder of BraTS-like pairs (references/, predictions/)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--segbench", default=os.path.join(REPO, ".build", "release", "segbench"))
    args = ap.parse_args()
    print("| case | SegBench, whole process | peak memory | mikan-rs, read and all metrics | ratio | "
          "DeepMind HD95 (read excluded) | MONAI HD95 (read excluded) | floor: both files decompressed at once |")
    print("|---|---|---|---|---|---|---|---|")
    for name in ("ct_like", "brats_like"):
        case = os.path.join(args.cases, name)
        files = [f"{case}_gt.nii.gz", f"{case}_pred.nii.gz"]
        ours, peak = timed([args.segbench, "score", *files, "--format", "json"], args.runs)
        mikan = peer(args.venv, case, "mikan", "all", args.runs)
        deepmind = peer(args.venv, case, "deepmind", "hd95", min(args.runs, 3))
        monai = peer(args.venv, case, "monai", "hd95", min(args.runs, 3))
        print(f"| {name} | {ours:.3f} s | {peak:.0f} MB | {mikan:.3f} s | {mikan / ours:.1f}× | "
              f"{deepmind:.2f} s | {monai:.2f} s | {floor(files, args.runs):.3f} s |", flush=True)
    if args.folder:
        references = sorted(os.listdir(os.path.join(args.folder, "references")))
        paths = [os.path.join(args.folder, side, f) for f in references for side in ("references", "predictions")]
        ours, peak = timed([args.segbench, "score", os.path.join(args.folder, "references"),
                            os.path.join(args.folder, "predictions"), "--labels", "1,2,3", "--jobs", "2"], args.runs)
        print(f"| folder of {len(references)} BraTS-like pairs, `--jobs 2` | {ours:.3f} s | {peak:.0f} MB | | | | | "
              f"{floor(paths, args.runs):.3f} s |")


if __name__ == "__main__":
    sys.exit(main())
