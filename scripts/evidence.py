#!/usr/bin/env python3
"""The tables of docs/methods.md's "Evidence on the phantoms", from a store.

    python3 scripts/evidence.py [STORE]      (default Reports/results.sqlite)

For every method's newest stored version (the version of its most recent run; a version is
its configuration and checkpoints, as the report has it, not only its version string):

- in distribution (splits named id_*): the mean Dice (%) over test cases of each case's mean
  over its structures and over the method's seeds, then, in brackets, the lowest and highest of
  the per-seed means (each the mean over cases of the case's mean over structures);
- out of distribution (every other split of the report): the same mean, beside the atlas's;
- in distribution, per seed: each structure whose mean Dice over the test cases is under 5 %
  (issue 21's "no structure at 0 in distribution" holds per seed, not only on average);
- issue 21's targets, each with what was measured and whether it holds (where the store has
  the runs it needs);
- training time: per method, its trained models (one per training set and seed, counted once
  however many splits share it) and the seconds each took by its own report (`method.json`'s
  `training_seconds`, stored with the run).

Where a method, version, split and seed were run more than once (a test set that grew, phantoms
written again), only the newest run counts.

Dice is the stored value, or the policy's value where there is none (a missed structure is 0).
Reports/ aggregates label-first (per structure, then over structures), so its numbers differ
from these in the first decimal. Only the standard library: it reads the store's `case_metric`
view (docs/store.md).
"""
from __future__ import annotations

import json
import sqlite3
import sys
from collections import defaultdict
from statistics import mean

IN_DISTRIBUTION_ORDER = ["id_btcv_core4", "id_btcv", "id_amosct", "id_amos_aquilion", "id_chaost2", "id_chaost1dual",
                         "id_brats2021"]


def newest_versions(db: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """method → (id, version string) of its newest version, the one of its most recent run, as
    the report picks it: a version is its configuration and checkpoints, so two codes under one
    version string are two versions."""
    rows = db.execute("SELECT m.name, v.id, v.version FROM run r JOIN methodVersion v ON v.id = r.methodVersionId "
                      "JOIN method m ON m.id = v.methodId ORDER BY r.startedAt, r.id")
    return {method: (version_id, version) for method, version_id, version in rows}  # later rows win


def structure_values(db: sqlite3.Connection, versions: dict[str, tuple[int, str]]):
    """(method, split) → seed → case → structure → Dice."""
    out: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(dict)))
    # A version run again on a split and seed (another test set, new phantoms' bytes): only its
    # newest run counts, as in the report ("the latest stands").
    chosen = {version_id for version_id, _ in versions.values()}
    newest = dict(db.execute("SELECT methodVersionId || ' ' || split || ' ' || ifnull(json_extract(options, "
                             "'$.training_seed'), '') || ' ' || ifnull(json_extract(options, '$.interaction_rounds'), 0), "
                             "max(id) FROM run GROUP BY 1"))
    rows = db.execute("SELECT cm.method, r.methodVersionId, cm.split, cm.seed, cm.run, cm.\"case\", cm.structure, "
                      "coalesce(cm.value, cm.policy_value) FROM case_metric cm JOIN run r ON r.id = cm.run "
                      "WHERE cm.metric = 'dice' AND cm.interaction_rounds = 0")
    for method, version_id, split, seed, run, case, structure, value in rows:
        key = f"{version_id} {split} {'' if seed is None else seed} 0"
        if version_id in chosen and newest.get(key) == run and value is not None:
            out[(method, split)][seed][case][structure] = value
    return out


def case_means(values: dict) -> dict:
    """(method, split) → seed → case → the case's mean Dice over its structures."""
    return {key: {seed: {case: mean(by_structure.values()) for case, by_structure in cases.items()}
                  for seed, cases in seeds.items()} for key, seeds in values.items()}


def weak_structures(values: dict, below: float = 0.05) -> list[tuple[str, str, object, str, float]]:
    """(method, split, seed, structure, mean Dice over the test cases) wherever that mean is under
    `below`, in distribution (the builtin baselines left out: they are not trained)."""
    weak = []
    for (method, split), seeds in sorted(values.items()):
        if not split.startswith("id_") or method in ("atlas", "intensity"):
            continue
        for seed, cases in sorted(seeds.items(), key=lambda item: str(item[0])):
            by_structure = defaultdict(list)
            for structures in cases.values():
                for structure, value in structures.items():
                    by_structure[structure].append(value)
            weak += [(method, split, seed, structure, mean(v)) for structure, v in sorted(by_structure.items())
                     if mean(v) < below]
    return weak


def training_seconds(db: sqlite3.Connection, versions: dict[str, tuple[int, str]]) -> dict[str, list[float]]:
    """method → the training seconds of each of its newest version's models (by trained checksum)."""
    rows = db.execute("SELECT m.name, v.id, r.trainedChecksum, r.trainingReport FROM run r "
                      "JOIN methodVersion v ON v.id = r.methodVersionId JOIN method m ON m.id = v.methodId "
                      "WHERE r.trainingReport IS NOT NULL")
    models: dict[str, dict[str, float]] = defaultdict(dict)
    for method, version_id, checksum, report in rows:
        if versions.get(method, (None,))[0] != version_id or not checksum:
            continue
        seconds = json.loads(report).get("training_seconds")
        if isinstance(seconds, (int, float)):
            models[method][checksum] = float(seconds)
    return {method: list(by_model.values()) for method, by_model in models.items()}


def summary(seeds: dict) -> tuple[float, float, float]:
    """(mean over cases of the mean over seeds, lowest per-seed mean, highest per-seed mean), in %."""
    by_case = defaultdict(list)
    for cases in seeds.values():
        for case, value in cases.items():
            by_case[case].append(value)
    per_seed = [mean(cases.values()) for cases in seeds.values()]
    return 100 * mean(mean(v) for v in by_case.values()), 100 * min(per_seed), 100 * max(per_seed)


def cell(seeds: dict | None) -> str:
    if not seeds:
        return "–"
    value, low, high = summary(seeds)
    return f"{value:.1f}" if len(seeds) == 1 else f"{value:.1f} ({low:.1f}–{high:.1f})"


def main() -> None:
    db = sqlite3.connect(f"file:{sys.argv[1] if len(sys.argv) > 1 else 'Reports/results.sqlite'}?mode=ro", uri=True)
    versions = newest_versions(db)
    values = structure_values(db, versions)
    means = case_means(values)
    methods = sorted({m for m, _ in means}, key=lambda m: (m not in ("atlas", "intensity"), m))
    splits = sorted({s for _, s in means})
    inside = [s for s in IN_DISTRIBUTION_ORDER if s in splits] + [s for s in splits if s.startswith("id_") and s not in IN_DISTRIBUTION_ORDER]
    print("In distribution: mean Dice (%) over test cases; in brackets the per-seed means' range.\n")
    print("| method | " + " | ".join(inside) + " |")
    print("|---" * (len(inside) + 1) + "|")
    for method in methods:
        print(f"| `{method}` {versions[method][1]} | " + " | ".join(cell(means.get((method, s))) for s in inside) + " |")
    outside = [s for s in splits if not s.startswith("id_")]
    print("\nOut of distribution: mean Dice (%) over test cases, and the atlas's.\n")
    print("| split | atlas | " + " | ".join(f"`{m}`" for m in methods if m not in ("atlas",)) + " |")
    print("|---" * (len(methods) + 1) + "|")
    for split in outside:
        print(f"| {split} | {cell(means.get(('atlas', split)))} | "
              + " | ".join(cell(means.get((m, split))) for m in methods if m != "atlas") + " |")
    weak = weak_structures(values)
    print("\nIn distribution, per seed: structures under 5 % mean Dice over the test cases.\n")
    if weak:
        print("| method | split | seed | structure | Dice % |\n|---|---|---|---|---|")
        for method, split, seed, structure, value in weak:
            print(f"| `{method}` | {split} | {seed} | {structure} | {100 * value:.1f} |")
    else:
        print("None.")
    print_targets(means, weak)
    print_training(db, versions)


# Issue 21's targets: every deep method in distribution, and the style-trained U-Net against the
# atlas across modalities. A target is "not measured" until the store holds the runs it needs.
DEEP_METHODS = ["unet", "sam_decoder", "causal_sam_llm", "zeus"]
IN_DISTRIBUTION_TARGETS = [("id_btcv_core4", 85.0), ("id_btcv", 70.0), ("id_amosct", 70.0)]
CROSS_MODALITY = ["xmod_btcvct_to_chaost2", "xmod_chaost2_to_btcvct", "xmod_amosct_to_amosmr", "xmod_ct_to_chaost1",
                  "fewshot5_btcvct_to_chaost2"]


def print_targets(means: dict, weak: list) -> None:
    print("\nIssue 21's targets.\n")
    for split, target in IN_DISTRIBUTION_TARGETS:
        got = {m: summary(means[(m, split)]) for m in DEEP_METHODS if (m, split) in means}
        missing = [m for m in DEEP_METHODS if m not in got]
        shown = ", ".join(f"{m} {v:.1f}" for m, (v, _, _) in got.items())
        verdict = "not measured" if missing else ("met" if all(v >= target for v, _, _ in got.values()) else "NOT met")
        print(f"- {split} ≥ {target:.0f} % (mean over seeds), every deep method: {verdict} ("
              + "; ".join(part for part in [shown, f"missing {', '.join(missing)}" if missing else ""] if part) + ")")
    zeros = [w for w in weak if w[0] in DEEP_METHODS]
    print(f"- no structure at 0 in distribution (per seed, under 5 %), every deep method: "
          + ("met" if not zeros else f"NOT met ({len(zeros)}: " + ", ".join(f"{m} {s} seed {seed} {st}" for m, s, seed, st, _ in zeros) + ")"))
    above = []
    for split in CROSS_MODALITY:
        if ("unet_style", split) in means and ("atlas", split) in means:
            value, low, _ = summary(means[("unet_style", split)])
            atlas = summary(means[("atlas", split)])[0]
            above.append(f"{split} {value:.1f} (lowest seed {low:.1f}) against {atlas:.1f}" + (" (above)" if low > atlas else ""))
    verdict = "not measured" if not above else ("met" if any(a.endswith("(above)") for a in above) else "NOT met")
    print(f"- unet_style above the atlas on a cross-modality split, every seed: {verdict}" + (f" ({'; '.join(above)})" if above else ""))


def print_training(db: sqlite3.Connection, versions: dict[str, tuple[int, str]]) -> None:
    seconds = training_seconds(db, versions)
    print("\nTraining: models of each method's newest version, seconds by the method's own report.\n")
    print("| method | models | mean s | range s | total h |")
    print("|---|---|---|---|---|")
    for method in sorted(seconds):
        values = seconds[method]
        print(f"| `{method}` {versions[method][1]} | {len(values)} | {mean(values):.0f} | "
              f"{min(values):.0f}–{max(values):.0f} | {sum(values) / 3600:.1f} |")
    every = [v for values in seconds.values() for v in values]
    if every:
        print(f"| all | {len(every)} | {mean(every):.0f} | {min(every):.0f}–{max(every):.0f} | {sum(every) / 3600:.1f} |")


if __name__ == "__main__":
    main()
