"""The method contract's manifests, read into value types, and the NIfTI files they name.

SegBench writes one JSON manifest per call (train, predict or interact); docs/methods.md shows
each. Images are read with nibabel in array order (i, j, k); a prediction is written on the
grid of the case's first image, with that image's affine and spatial header fields.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import nibabel as nib
import numpy as np


class ContractError(Exception):
    """A manifest or a file it names is not what the contract promises; the message names it."""


@dataclass(frozen=True)
class Label:
    name: str
    value: int
    display_name: str


@dataclass(frozen=True)
class Case:
    name: str
    dataset: str
    images: dict[str, str]  # channel name -> path, in the manifest's order (the first is the grid)
    acquisition: dict[str, str]
    label: str | None = None  # train only
    annotated: tuple[str, ...] = ()  # train only: the labels its ground truth holds
    output: str | None = None  # predict and interact
    sidecar: str | None = None
    prompts: dict | None = None  # prompted protocol: structure -> {box_voxels, point_voxel}
    previous_prediction: str | None = None  # interact only
    correction: str | None = None  # interact only

    @property
    def modality(self) -> str:
        """The acquisition's modality and sequence in words ("MR T2-SPIR", "CT")."""
        parts = [self.acquisition.get("modality", ""), self.acquisition.get("sequence", "")]
        return " ".join(p for p in parts if p) or next(iter(self.images))


@dataclass(frozen=True)
class Manifest:
    step: str
    method: str
    split: str
    protocol: str
    labels: tuple[Label, ...]
    model_folder: Path
    cases: tuple[Case, ...]
    round: int | None = None
    path: Path | None = None  # the file it was read from, for messages

    @property
    def organs(self) -> list[str]:
        return [label.display_name for label in self.labels]


def read_manifest(path: str | Path) -> Manifest:
    path = Path(path)
    try:
        document = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise ContractError(f"{path}: cannot read the manifest ({error})") from None
    try:
        labels = tuple(Label(l["name"], int(l["value"]), l.get("display_name", l["name"])) for l in document["labels"])
        cases = tuple(
            Case(
                name=c["case"],
                dataset=c.get("dataset", ""),
                images=dict(c["images"]),
                acquisition=dict(c.get("acquisition", {})),
                label=c.get("label"),
                annotated=tuple(c.get("annotated", [l.name for l in labels])),
                output=c.get("output"),
                sidecar=c.get("sidecar"),
                prompts=c.get("prompts"),
                previous_prediction=c.get("previous_prediction"),
                correction=c.get("correction"),
            )
            for c in document["cases"]
        )
        return Manifest(
            step=document["step"], method=document.get("method", ""), split=document.get("split", ""),
            protocol=document.get("protocol", "supervised"), labels=labels,
            model_folder=Path(document["model_folder"]), cases=cases, round=document.get("round"), path=path,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ContractError(f"{path}: not a SegBench manifest (missing or malformed {error})") from None


@dataclass
class CaseVolume:
    """One case's channels as float32 arrays on one grid, with the grid's NIfTI image."""

    case: Case
    channels: dict[str, np.ndarray]
    grid: nib.Nifti1Image = field(repr=False)

    @property
    def shape(self) -> tuple[int, int, int]:
        return next(iter(self.channels.values())).shape


def _load(path: str) -> nib.Nifti1Image:
    try:
        return nib.load(path)
    except Exception as error:  # nibabel raises several kinds; the message is what a user needs
        raise ContractError(f"{path}: cannot read NIfTI ({error})") from None


def read_spacing(case: Case) -> tuple[float, ...]:
    """The case's voxel spacing in mm, from its first image's header (the data is not read)."""
    if not case.images:
        raise ContractError(f"case {case.name}: no images")
    return tuple(float(z) for z in _load(next(iter(case.images.values()))).header.get_zooms()[:3])


def read_case(case: Case) -> CaseVolume:
    channels, grid = {}, None
    for channel, path in case.images.items():
        image = _load(path)
        data = np.asarray(image.dataobj, dtype=np.float32)
        if data.ndim == 4 and data.shape[3] == 1:
            data = data[..., 0]
        if data.ndim != 3:
            raise ContractError(f"{path}: expected a 3D image, found shape {data.shape}")
        if grid is None:
            grid = image
        elif data.shape != grid.shape[:3]:
            raise ContractError(f"{path}: shape {data.shape} differs from the first channel's {grid.shape[:3]}")
        channels[channel] = data
    if grid is None:
        raise ContractError(f"case {case.name}: no images")
    return CaseVolume(case, channels, grid)


def read_label_map(path: str, shape: tuple[int, ...]) -> np.ndarray:
    data = np.asarray(_load(path).dataobj)
    if data.ndim == 4 and data.shape[3] == 1:
        data = data[..., 0]
    if data.shape != tuple(shape):
        raise ContractError(f"{path}: label map of shape {data.shape}, image of shape {tuple(shape)}")
    return np.rint(data).astype(np.int16)


def write_prediction(path: str, label_map: np.ndarray, grid: nib.Nifti1Image) -> None:
    """A uint8 label map with the grid image's affine, qform and sform."""
    header = grid.header.copy()
    header.set_data_dtype(np.uint8)
    header.set_slope_inter(1, 0)
    image = type(grid)(label_map.astype(np.uint8), grid.affine, header)  # NIfTI-1 or NIfTI-2, as read
    image.set_qform(grid.get_qform(), code=int(grid.header["qform_code"]) or 1)
    image.set_sform(grid.get_sform(), code=int(grid.header["sform_code"]) or 1)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    nib.save(image, path)


def write_sidecar(path: str | None, content: dict) -> None:
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(content, indent=1, sort_keys=True))


def sha256(path: str | Path) -> str:
    """A file's SHA-256, read in 1 MiB blocks (checkpoints run to gigabytes)."""
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
