"""The one shared frozen image encoder of the small profile, pre-trained once.

SAM's encoder is pre-trained once, on SA-1B, class-agnostically (a box or points in, that
object's mask out), and frozen by every method built on it. The small profile does the same at
phantom scale: `pretrain` trains the small SAM (`sam.SMALL`: encoder, prompt encoder and mask
decoder) with SAM's promptable objective on **every structure** of CT phantoms drawn with
other seeds than the benchmark's (BTCV's and AMOS's CT layouts; `segbench phantoms --seed
9001`), with no label head: a structure is "the voxels of one label value", nothing more. CT
only, so that MR stays out of distribution for the encoder, as it is for the methods trained on
CT. Prompts per image: a jittered box (half the time) or one to three points inside the
structure and up to one outside, as SAM's training mixes them.

The weights are one file (`Methods/weights/sam_small_ct.pt`, with `.json` beside it saying how
it was made); methods.json lists it among each SAM-based method's `checkpoints`, so its
checksum is part of every SAM-based method's version, and `--encoder` passes it. It is
committed, so that a fresh clone's methods are the committed report's; `Methods/pretrain.sh`
makes it again (same seed and thread count, same bytes).
"""
from __future__ import annotations

import io
import json
import pickle
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch

from . import sam, training
from .augment import augment
from .losses import segmentation_loss
from .manifest import ContractError, sha256
from .normalisation import normalise
from .slices import Placement, with_context

RECIPE = "class-agnostic box+points, CT phantoms, standard augmentation/1"


@dataclass(frozen=True)
class EncoderSettings:
    steps: int = 1500
    batch: int = 16
    learning_rate: float = 5e-4
    seed: int = 20260
    canvas: int = 144
    recipe: str = RECIPE


def ct_phantoms(root: Path) -> list[tuple[Path, Path]]:
    """(image, label map) pairs of the CT cases under a phantom root: BTCV's
    RawData/Training/img|label and AMOS's imagesTr|labelsTr cases numbered below 500 (AMOS's CT)."""
    pairs = []
    for image in sorted((root / "RawData" / "Training" / "img").glob("img*.nii.gz")):
        pairs.append((image, root / "RawData" / "Training" / "label" / image.name.replace("img", "label")))
    for image in sorted((root / "imagesTr").glob("amos_*.nii.gz")):
        if int(image.name[5:9]) < 500:
            pairs.append((image, root / "labelsTr" / image.name))
    missing = [str(label) for _, label in pairs if not label.is_file()]
    if not pairs or missing:
        raise ContractError(f"{root}: no CT phantoms with labels (BTCV RawData/Training, AMOS imagesTr below 500)"
                            + (f"; missing {', '.join(missing[:3])}" if missing else ""))
    return pairs


def read_slices(pairs: list[tuple[Path, Path]], canvas: int, log) -> tuple[torch.Tensor, torch.Tensor]:
    """Every slice holding a structure: images (N, 3, S, S) with 2.5D context, label maps (N, S, S)."""
    import nibabel as nib

    images, labels = [], []
    for number, (image_path, label_path) in enumerate(pairs, 1):
        data, _ = normalise(np.asarray(nib.load(image_path).dataobj, dtype=np.float32), "CT")
        label = np.rint(np.asarray(nib.load(label_path).dataobj)).astype(np.int64)
        volume = with_context(torch.from_numpy(data).permute(2, 0, 1)[:, None].contiguous())
        placement = Placement.fit(volume.shape[2], volume.shape[3], canvas)
        maps = placement.to_canvas(torch.from_numpy(label).permute(2, 0, 1)[:, None].float(), 0.0, nearest=True)[:, 0]
        keep = maps.flatten(1).amax(dim=1) > 0
        images.append(placement.to_canvas(volume, volume.amin())[keep])
        labels.append(maps[keep].to(torch.uint8))
        log(f"encoder phantoms: read {number}/{len(pairs)} {image_path.name}")
    return torch.cat(images), torch.cat(labels)


def prompts(masks: torch.Tensor, generator: torch.Generator, scale: float):
    """Per mask (N, S, S): half the images a jittered box (x0, y0, x1, y1; each side moved by up
    to 10 % of the box plus 2 pixels), the others 1–3 points inside and 0–1 outside. Returns
    (is_box (N,), boxes (N, 4), points (N, 4, 2), point_labels (N, 4)); unused point slots have
    label −1 (SAM's padding)."""
    n = masks.shape[0]
    is_box = torch.rand(n, generator=generator) < 0.5
    boxes = torch.zeros(n, 4)
    points = torch.zeros(n, 4, 2)
    labels = torch.full((n, 4), -1.0)
    for index in range(n):
        inside = torch.nonzero(masks[index])
        rows, cols = inside[:, 0].float(), inside[:, 1].float()
        box = torch.stack([cols.min(), rows.min(), cols.max(), rows.max()])
        extent = torch.stack([box[2] - box[0], box[3] - box[1]]).repeat(2)
        boxes[index] = (box + (torch.rand(4, generator=generator) * 2 - 1) * (0.1 * extent + 2)).clamp(0, masks.shape[-1] - 1)
        count = int(torch.randint(1, 4, (1,), generator=generator))
        picks = inside[torch.randint(len(inside), (count,), generator=generator)]
        points[index, :count] = picks.flip(1).float()
        labels[index, :count] = 1
        if float(torch.rand(1, generator=generator)) < 0.5:
            outside = torch.nonzero(~masks[index])
            points[index, count] = outside[int(torch.randint(len(outside), (1,), generator=generator))].flip(0).float()
            labels[index, count] = 0
    return is_box, boxes * scale, points * scale, labels


def pretrain(root: Path, out: Path, settings: EncoderSettings = EncoderSettings(), device: torch.device = torch.device("cpu"),
             log=print) -> dict:
    """Trains the small SAM on the CT phantoms under `root` and writes `out` (.pt) and its
    description (.json beside it). Returns the description."""
    start = time.monotonic()
    torch.manual_seed(settings.seed)
    generator = torch.Generator().manual_seed(settings.seed)
    pairs = ct_phantoms(root)
    images, label_maps = read_slices(pairs, settings.canvas, log)
    parts = sam.build(sam.SMALL)
    for module in (parts.encoder, parts.prompt_encoder, parts.decoder):
        module.to(device).train()
    decoder = sam.DecoderPass(parts)
    parameters = [p for m in (parts.encoder, parts.prompt_encoder, parts.decoder) for p in m.parameters()]
    optimiser, scheduler = training.optimiser(parameters, settings.learning_rate, settings.steps)
    progress = training.Progress("encoder pre-training", settings.steps, log)
    scale = parts.size.image_size / settings.canvas
    for step in range(1, settings.steps + 1):
        index = torch.randint(len(images), (settings.batch,), generator=generator)
        maps = label_maps[index].long()
        # One structure per image: a random label value present in it.
        chosen = torch.stack([m.unique()[1:][torch.randint(len(m.unique()) - 1, (1,), generator=generator)][0]
                              for m in maps])
        masks = (maps == chosen[:, None, None]).float()[:, None]
        batch, masks = augment(images[index], masks, generator, "standard")
        keep = masks.flatten(1).amax(dim=1) > 0  # the structure may leave the canvas
        batch, masks = batch[keep], masks[keep]
        is_box, boxes, points, point_labels = prompts(masks[:, 0] > 0, generator, scale)
        # A box is two tokens; SAM's "not a point" embedding pads it to the points' four.
        not_a_point = parts.prompt_encoder.not_a_point_embed.weight.view(1, 1, -1).expand(1, 2, -1)
        with training.autocast(device):
            embeddings = parts.encoder(sam.encoder_input(batch.to(device), parts.size))
            sparse = torch.cat([
                torch.cat([decoder.box_tokens(boxes[i:i + 1].to(device)), not_a_point], dim=1) if is_box[i] else
                decoder.point_tokens(points[i:i + 1].to(device), point_labels[i:i + 1].to(device))[:, :4]
                for i in range(len(batch))])
            logits = decoder(embeddings, sparse).logits[:, None]
        logits = sam.to_canvas_size(logits.float(), settings.canvas)
        two_class = torch.cat([torch.zeros_like(logits), logits], dim=1)
        loss = segmentation_loss(two_class, masks.to(device), torch.ones(len(masks), 1, dtype=torch.bool, device=device))
        training.update(optimiser, scheduler, loss)
        progress.step(step, segmentation=loss.item())
    out.parent.mkdir(parents=True, exist_ok=True)
    state = {name: {k: v.cpu() for k, v in module.state_dict().items()}
             for name, module in (("encoder", parts.encoder), ("prompt_encoder", parts.prompt_encoder),
                                  ("decoder", parts.decoder))}
    # Through a buffer: torch.save names its archive after the file, so the bytes would depend
    # on the name the file is written under.
    buffer = io.BytesIO()
    torch.save(state, buffer)
    out.write_bytes(buffer.getvalue())
    description = {"settings": asdict(settings), "size": asdict(sam.SMALL), "phantoms": str(root),
                   "cases": [image.name for image, _ in pairs], "slices": len(images),
                   "parameters": {name: sum(v.numel() for v in weights.values()) for name, weights in state.items()},
                   "torch": torch.__version__, "threads": torch.get_num_threads(), "device": str(device),
                   "seconds": round(time.monotonic() - start, 1), "sha256": sha256(out)}
    out.with_suffix(".json").write_text(json.dumps(description, indent=1, sort_keys=True) + "\n")
    log(f"encoder written to {out} ({description['seconds']:.0f} s, sha256 {description['sha256'][:12]})")
    return description


def load(path: str | Path, size: sam.SamSize = sam.SMALL) -> sam.SamParts:
    """The pre-trained small SAM from `path`, its encoder frozen."""
    try:
        state = torch.load(path, weights_only=True)
        parts = sam.build(size)
        parts.encoder.load_state_dict(state["encoder"])
        parts.prompt_encoder.load_state_dict(state["prompt_encoder"])
        parts.decoder.load_state_dict(state["decoder"])
    except (pickle.UnpicklingError, EOFError, OSError, RuntimeError, KeyError, ValueError) as error:
        raise ContractError(f"{path}: not a small-SAM encoder file of this version ({error}); "
                            f"make it with Methods/pretrain.sh") from None
    sam.freeze(parts.encoder)
    return parts
