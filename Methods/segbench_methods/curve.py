"""Validation Dice against training steps, on held-out training cases: how the steps of each
method's recipe (cli.TRAINING) were chosen, and how a researcher checks them on their data.

`python -m segbench_methods curve TRAIN_MANIFEST --method NAME --steps 200,400,800
[--holdout 2] [--out curve.json]`: the last `holdout` cases of the manifest (by name) are set
aside; for each step count the method trains from scratch on the others (the schedule depends
on the total, so a curve is separate trainings, not checkpoints of one) and predicts the
held-out cases, whose Dice per structure (2|P∩R| / (|P| + |R|), over the case's annotated
labels) is averaged over cases and then structures.
"""
from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import numpy as np
import torch

from .manifest import ContractError, Manifest, read_case, read_label_map
from .slices import logits_to_label_map, slice_stack


def split_manifest(manifest: Manifest, holdout: int) -> tuple[Manifest, list]:
    cases = sorted(manifest.cases, key=lambda c: c.name)
    if holdout < 1 or holdout >= len(cases):
        raise ContractError(f"--holdout {holdout}: {manifest.path} has {len(cases)} training cases; "
                            f"hold out at least 1 and leave at least 1")
    return dataclasses.replace(manifest, cases=tuple(cases[:-holdout])), cases[-holdout:]


def validation_dice(model, cases, manifest: Manifest, canvas: int, pixel_mm: float | None) -> dict[str, float]:
    values = [label.value for label in manifest.labels]
    per_label: dict[str, list[float]] = {label.name: [] for label in manifest.labels}
    for case in cases:
        volume = read_case(case)
        reference = read_label_map(case.label, volume.shape)
        stack = slice_stack(volume, canvas, pixel_mm=pixel_mm)
        context = model.case_context(stack.images, case) if hasattr(model, "case_context") else None
        prediction = logits_to_label_map(model.segment(stack.images, context), stack.placement, values)
        for label in manifest.labels:
            if label.name not in case.annotated:
                continue
            r, p = reference == label.value, prediction == label.value
            if r.sum():
                per_label[label.name].append(2 * float((r & p).sum()) / float(r.sum() + p.sum()))
    return {name: float(np.mean(v)) for name, v in per_label.items() if v}


def curve(manifest: Manifest, options, steps: list[int], holdout: int, log) -> list[dict]:
    from . import cli, training
    from .data import gather

    train_manifest, validation = split_manifest(manifest, holdout)
    profile = cli.PROFILES[options.profile]
    device = training.resolve_device(options.device)
    slices = gather(train_manifest, profile.canvas, options.seed, log=log)
    rows = []
    for count in steps:
        cli.seed_everything(options.seed)
        parts = cli.sam_parts(options) if options.method != "unet" else None
        model = cli.build(options, train_manifest, parts, slices.images.shape[1], profile.canvas)
        fit = dataclasses.replace(options.fit(device), steps=count)
        start = time.monotonic()
        model.fit(slices, fit, log)
        seconds = time.monotonic() - start
        dice = validation_dice(model, validation, manifest, profile.canvas, slices.pixel_mm)
        row = {"method": options.method, "steps": count, "seconds": round(seconds, 1), "threads": torch.get_num_threads(),
               "mean_dice": float(np.mean(list(dice.values()))) if dice else None, "dice": dice,
               "validation": [c.name for c in validation], "training_cases": len(train_manifest.cases)}
        shown = "none (no held-out case annotates a structure)" if row["mean_dice"] is None else f"{row['mean_dice']:.3f}"
        log(f"curve {options.method}: {count} steps, {seconds:.0f} s, validation mean Dice {shown}")
        rows.append(row)
    return rows


def write(rows: list[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows, indent=1) + "\n")
