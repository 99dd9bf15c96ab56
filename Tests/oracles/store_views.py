"""Reads a SegBench store's views with Python's sqlite3 and recomputes every row of
`case_metric` (and the means of `run_summary`) from the stored tables, by the rules
docs/store.md states, without the views' SQL: the segbench policy (docs/reports.md) applied in
Python. Prints one JSON object: the number of rows each way, the rows that differ, and the
views' rows for the caller to check against values it knows.

    python3 Tests/oracles/store_views.py STORE
"""
import json
import math
import sqlite3
import sys

SELF_DEFINED = {"pq", "rq", "sq", "pq_dice", "sq_dice", "sq_assd", "cldice", "boundary_iou", "volume_similarity", "rvd"}


def kind(metric):
    name = metric.lower()
    if name in ("dice", "iou"):
        return "overlap"
    if name.startswith("nsd"):
        return "surface"
    if name.startswith("lesion_") or name.startswith("instance_") or name in SELF_DEFINED:
        return "self_defined"
    return "distance"


def policy_value(state, metric, value, diagonal):
    if state not in ("not_applicable", "missed", "spurious", "failed") or kind(metric) == "self_defined":
        return value
    if state == "not_applicable":
        return None
    if kind(metric) in ("overlap", "surface"):
        return 0.0
    return diagonal


def expected_rows(db):
    cases = {}
    for cid, name, shape, spacing, voxels in db.execute('SELECT id, name, shape, spacing, labelVoxels FROM "case"'):
        diagonal = None
        if shape and spacing:
            n, s = json.loads(shape), json.loads(spacing)
            x, y, z = n[0] * s[0], n[1] * s[1], n[2] * s[2]
            diagonal = math.sqrt(x * x + y * y + z * z)
        cases[cid] = (name, diagonal, json.loads(voxels) if voxels else None)
    runs = {rid: json.loads(options) for rid, options in db.execute("SELECT id, options FROM run")}
    split_of = dict(db.execute("SELECT id, split FROM run"))
    metrics_of_run, structures_of_run = {}, {}
    for rid, options in runs.items():
        for s in options.get("structures") or []:
            structures_of_run.setdefault(rid, {})[s["name"]] = s["labels"]
    scored = {}
    for run, case, sid, structure, labels, state in db.execute(
            "SELECT r.runId, r.caseId, s.id, s.structure, s.labels, s.state FROM score s JOIN result r ON r.id = s.resultId"):
        structures_of_run.setdefault(run, {}).setdefault(structure, json.loads(labels))
        scored[sid] = (run, case, structure, state, {})
    for sid, name, value in db.execute("SELECT scoreId, name, value FROM metric"):
        scored[sid][4][name] = value
        # A run's metrics are those stored by any run of its split (as the report reads them).
        for run, split in split_of.items():
            if split == split_of[scored[sid][0]]:
                metrics_of_run.setdefault(run, set()).add(name)
    rows = set()
    for run, case, structure, state, values in scored.values():
        name, diagonal, _ = cases[case]
        for metric in metrics_of_run.get(run, ()):
            value = values.get(metric)
            rows.add((run, name, structure, metric, state, value, policy_value(state, metric, value, diagonal)))
    for run, case, failure in db.execute("SELECT r.runId, r.caseId, f.kind FROM result r JOIN failure f ON f.resultId = r.id"):
        name, diagonal, voxels = cases[case]
        if failure == "unreadable_reference" or voxels is None:
            continue
        for structure, labels in structures_of_run.get(run, {}).items():
            state = "failed" if any(voxels.get(str(label), 0) > 0 for label in labels) else "not_applicable"
            for metric in metrics_of_run.get(run, ()):
                rows.add((run, name, structure, metric, state, None, policy_value(state, metric, None, diagonal)))
    return rows


def label_first(rows, run, metric):
    per_structure = {}
    for r in rows:
        if r[0] == run and r[3] == metric and r[6] is not None:
            per_structure.setdefault(r[2], []).append(r[6])
    means = [sum(v) / len(v) for v in per_structure.values()]
    return sum(means) / len(means) if means else None


def main(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    listed = list(db.execute('SELECT run, "case", structure, metric, state, value, policy_value FROM case_metric'))
    view = set(listed)
    expected = expected_rows(db)
    summary = [dict(zip([d[0] for d in cursor.description], row))
               for cursor in [db.execute("SELECT * FROM run_summary ORDER BY run")] for row in cursor.fetchall()]
    means_differ = []
    for s in summary:
        for metric in ("dice", "hd95"):
            want = label_first(expected, s["run"], metric)
            got = s["mean_" + metric]
            if (want is None) != (got is None) or (want is not None and abs(want - got) > 1e-12):
                means_differ.append([s["run"], metric, got, want])
    print(json.dumps({
        "view_rows": len(listed),
        "distinct_view_rows": len(view),
        "expected_rows": len(expected),
        "only_in_view": sorted(map(list, view - expected), key=str)[:10],
        "only_expected": sorted(map(list, expected - view), key=str)[:10],
        "means_differ": means_differ,
        "rows": sorted(map(list, view), key=str),
        "summary": summary,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
