"""The SAM every SAM-based method starts from, and its image embeddings of the training slices.

- profile `paper`: SAM ViT-B from the checkpoint path the user gives; nothing is trained here.
- profile `small`: the small SAM (sam.SMALL) trained with **SAM's own promptable objective** on
  the split's training slices: a jittered box of one structure in, that structure's mask out
  (class-agnostic), all three parts trained, the same style augmentation as every method.
  This stands in for SAM's pre-training on SA-1B. SAM's encoder, trained at that scale, also
  carries what things are; ours, trained on a few hundred slices with boxes alone, carried
  almost none (a convolutional probe on its features found only the liver). So pre-training
  adds an auxiliary head (3×3 conv, GELU, 1×1 conv to one channel per structure) on the
  encoder's output, trained with the same loss and discarded afterwards. Afterwards the image encoder is frozen for
  every method; the prompt encoder and mask decoder are where each method's own training
  starts, as they would start from SAM's released decoder.

The frozen encoder's output does not change during a method's training, so it is computed once
per (slice, style variant) and cached: variant 0 is the slice as is, the others are drawn by
`styles.augment` with a fixed seed. Encoder and embeddings are cached in a folder shared by
the methods of one work folder, keyed by the SHA-256 of the training files' contents and the
settings, so the SAM-based methods of a split share one pre-trained encoder (the ablation and
the full method differ only in what they add), and the first to arrive trains it under a lock.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from . import sam, styles
from .data import TrainingSlices
from .losses import segmentation_loss
from .manifest import Manifest, sha256


@dataclass(frozen=True)
class PretrainingSettings:
    steps: int = 400
    batch: int = 24
    learning_rate: float = 4e-4
    variants: int = 4
    seed: int = 20260
    slice_size: int = 96
    recipe: str = "box+auxiliary/1"  # change it when the pre-training code changes: the cache key holds it


@dataclass
class PretrainedSam:
    parts: sam.SamParts
    images: torch.Tensor  # (V, N, C, S, S): each style variant of the training slices
    embeddings: torch.Tensor  # (V, N, C_e, g, g): the frozen encoder's output for each
    key: str
    source: str  # where the weights came from, in words



def cache_key(manifest: Manifest, settings: PretrainingSettings, size: sam.SamSize, checkpoint: str | None) -> str:
    files = []
    for case in manifest.cases:
        files += [sha256(p) for p in case.images.values()] + [sha256(case.label)]
    description = json.dumps({"files": files, "labels": [l.value for l in manifest.labels],
                              "settings": settings.__dict__, "size": size.__dict__,
                              "checkpoint": sha256(checkpoint) if checkpoint else None}, sort_keys=True)
    return hashlib.sha256(description.encode()).hexdigest()[:16]


def cache_folder(manifest: Manifest) -> Path:
    """$SEGBENCH_METHODS_CACHE, or `methods-cache` beside the methods in SegBench's work folder
    (model folders are WORK/METHOD/VERSION/SPLIT/train)."""
    if os.environ.get("SEGBENCH_METHODS_CACHE"):
        return Path(os.environ["SEGBENCH_METHODS_CACHE"])
    return manifest.model_folder.parents[3] / "methods-cache"


def _box(mask: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """A mask's bounding box (x0, y0, x1, y1; x along the slice's second axis), each side
    moved by up to 10 % of the box's size plus 2 pixels, as SAM's training jitters boxes."""
    rows = torch.nonzero(mask.any(dim=1)).flatten()
    cols = torch.nonzero(mask.any(dim=0)).flatten()
    box = torch.tensor([cols[0], rows[0], cols[-1], rows[-1]], dtype=torch.float32)
    extent = torch.tensor([box[2] - box[0], box[3] - box[1]] * 2)
    jitter = (torch.rand(4, generator=generator) * 2 - 1) * (0.1 * extent + 2)
    return (box + jitter).clamp(0, mask.shape[-1] - 1)


def boxes_for(targets: torch.Tensor, known: torch.Tensor, generator: torch.Generator):
    """One random present structure per slice: its index and jittered box (slices without one: -1)."""
    chosen, boxes = [], []
    for k in range(targets.shape[0]):
        present = torch.nonzero((targets[k].flatten(1).amax(dim=1) > 0) & known[k]).flatten()
        if len(present) == 0:
            chosen.append(-1)
            boxes.append(torch.zeros(4))
            continue
        s = int(present[torch.randint(len(present), (1,), generator=generator)])
        chosen.append(s)
        boxes.append(_box(targets[k, s] > 0, generator))
    return torch.tensor(chosen), torch.stack(boxes)


def train_promptable(parts: sam.SamParts, slices: TrainingSlices, settings: PretrainingSettings, log) -> None:
    generator = torch.Generator().manual_seed(settings.seed)
    decoder = sam.DecoderPass(parts)
    width, structures = parts.size.embedding_width, slices.targets.shape[1]
    auxiliary = nn.Sequential(nn.Conv2d(width, width, 3, padding=1), nn.GELU(), nn.Conv2d(width, structures, 1))
    parameters = [p for m in (parts.encoder, parts.prompt_encoder, parts.decoder, auxiliary) for p in m.parameters()]
    optimiser = torch.optim.AdamW(parameters, lr=settings.learning_rate, weight_decay=1e-4)
    has_any = torch.nonzero((slices.targets.flatten(2).amax(dim=2) > 0).any(dim=1)).flatten()
    scale = parts.size.image_size / settings.slice_size
    start = time.monotonic()
    for step in range(1, settings.steps + 1):
        index = has_any[torch.randint(len(has_any), (settings.batch,), generator=generator)]
        images = styles.augment(slices.images[index], generator)
        structure, boxes = boxes_for(slices.targets[index], slices.known[index], generator)
        keep = structure >= 0
        embeddings = parts.encoder(sam.encoder_input(images[keep], parts.size))
        out = decoder(embeddings, decoder.box_tokens(boxes[keep] * scale))
        target = slices.targets[index][keep, structure[keep]][:, None]
        loss = segmentation_loss(out.logits[:, None], target, torch.ones(len(target), 1, dtype=torch.bool)) + \
            segmentation_loss(auxiliary(embeddings), slices.targets[index][keep], slices.known[index][keep])
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        if step % 25 == 0 or step == settings.steps:
            elapsed = time.monotonic() - start
            log(f"pretrain step {step}/{settings.steps} loss {loss.item():.3f} "
                f"({elapsed:.0f} s, eta {elapsed / step * (settings.steps - step):.0f} s)")


@torch.no_grad()
def embed(parts: sam.SamParts, images: torch.Tensor, batch: int = 32) -> torch.Tensor:
    parts.encoder.eval()
    return torch.cat([parts.encoder(sam.encoder_input(images[i:i + batch], parts.size))
                      for i in range(0, len(images), batch)])


def pretrained_sam(manifest: Manifest, slices: TrainingSlices, settings: PretrainingSettings,
                   checkpoint: str | None, log) -> PretrainedSam:
    size = sam.VIT_B if checkpoint else sam.SMALL
    key = cache_key(manifest, settings, size, checkpoint)
    folder = cache_folder(manifest) / f"sam-{key}"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = folder / "embeddings.pt"
        parts = sam.build(size, checkpoint)
        source = f"SAM ViT-B checkpoint {checkpoint}" if checkpoint else \
            f"small SAM pre-trained here with SAM's box-prompted objective ({settings.steps} steps, cache {folder})"
        if done.exists():
            log(f"pre-trained SAM from the cache {folder}")
            saved = torch.load(folder / "sam.pt", weights_only=True)
            for name, module in (("encoder", parts.encoder), ("prompt_encoder", parts.prompt_encoder),
                                 ("decoder", parts.decoder)):
                module.load_state_dict(saved[name])
            cached = torch.load(done, weights_only=True)
            sam.freeze(parts.encoder)
            return PretrainedSam(parts, cached["images"], cached["embeddings"], key, source)
        torch.manual_seed(settings.seed)
        if checkpoint is None:
            parts = sam.build(size)
            train_promptable(parts, slices, settings, log)
        sam.freeze(parts.encoder)
        generator = torch.Generator().manual_seed(settings.seed + 1)
        images = torch.stack([slices.images] + [styles.augment(slices.images, generator)
                                                for _ in range(settings.variants - 1)])
        embeddings = torch.stack([embed(parts, variant) for variant in images])
        torch.save({"encoder": parts.encoder.state_dict(), "prompt_encoder": parts.prompt_encoder.state_dict(),
                    "decoder": parts.decoder.state_dict()}, folder / "sam.pt")
        torch.save({"images": images, "embeddings": embeddings}, folder / "embeddings.tmp")
        os.replace(folder / "embeddings.tmp", done)
        log(f"pre-trained SAM and {settings.variants} × {len(slices)} embeddings cached in {folder}")
        return PretrainedSam(parts, images, embeddings, key, source)
