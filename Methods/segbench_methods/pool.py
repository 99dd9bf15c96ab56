"""The augmented training pool of the SAM-based methods: a fixed number of augmented copies of
every training slice, with their labels and the frozen encoder's embeddings, computed once per
training set and augmentation kind and shared by every method and seed that trains on it.

Why a pool. The image encoder is frozen, so the embedding of an augmented slice never changes;
computing it once instead of per step removes the encoder from training (a third of a step).
The copies are then data, like the training slices themselves: variant 0 of slice n is the
slice as it is, variant v ≥ 1 is drawn by `augment` from a generator seeded by (v, chunk) of
the pool's own seed, `POOL_SEED`, *not* the training seed. A training seed therefore changes
the initialisation, the batches and which copy a step reads, and every seed and every method
of a training set reads the same copies: that is what lets them share one pool (the ablation
arms then differ by their method alone, not by their augmented data).

Sharing across processes. With `SEGBENCH_METHODS_POOL=DIR` (the main job sets it to a folder of
its work folder) a pool is written to `DIR/KEY.pt` by the first training that needs it, under
a lock that other trainings wait on, and read by the rest. KEY is the SHA-256 of everything the
pool's bytes depend on: the slices and their labels, the encoder file, the augmentation kind,
the number of copies, this module's and `augment`'s source, the torch version and the thread
count (a pool made with another thread count differs in the last bits; reading it would make a
training's numbers depend on which process came first). Without the variable each training
makes its pool in memory; the bytes are the same either way.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
from pathlib import Path

import torch
import torch.nn.functional as F

from .augment import augment

POOL_SEED = 20_260_001
CHUNK = 64  # slices per encoder call while the pool is made
ENVIRONMENT = "SEGBENCH_METHODS_POOL"


class TrainingPool:
    """`variants` copies of every training slice: images (V, N, C, S, S), label indices
    (V, N, S, S) (0 background, l + 1 for label l) and embeddings (V, N, …)."""

    def __init__(self, images: torch.Tensor, labels: torch.Tensor, embeddings: torch.Tensor, structures: int):
        self.images, self.labels, self.embeddings, self.structures = images, labels, embeddings, structures

    @property
    def variants(self) -> int:
        return self.images.shape[0]

    def batch(self, variant: torch.Tensor, index: torch.Tensor):
        """Images (B, C, S, S), one-hot targets (B, L, S, S) and embeddings of (variant, slice) pairs."""
        labels = self.labels[variant, index].long()
        targets = F.one_hot(labels, self.structures + 1)[..., 1:].permute(0, 3, 1, 2).float()
        return self.images[variant, index], targets, self.embeddings[variant, index]


def label_indices(targets: torch.Tensor) -> torch.Tensor:
    """One-hot targets (N, L, S, S) of exclusive labels → indices (N, S, S), 0 the background."""
    weights = torch.arange(1, targets.shape[1] + 1, dtype=torch.uint8).view(1, -1, 1, 1)
    return (targets.to(torch.uint8) * weights).amax(dim=1)


def make(slices, embed, kind: str, variants: int, log) -> TrainingPool:
    """Draw the copies and embed them (see the module's docstring)."""
    images, labels, embeddings = [], [], []
    for v in range(variants):
        for start in range(0, len(slices), CHUNK):
            chunk_images = slices.images[start:start + CHUNK]
            chunk_targets = slices.targets[start:start + CHUNK].float()
            if v:
                generator = torch.Generator().manual_seed(POOL_SEED + 1_000_003 * v + start)
                chunk_images, chunk_targets = augment(chunk_images, chunk_targets, generator, kind)
            images.append(chunk_images)
            labels.append(label_indices(chunk_targets))
            embeddings.append(embed(chunk_images))
        log(f"training pool: copy {v + 1}/{variants} of {len(slices)} slices embedded ({kind} augmentation)")
    shape = (variants, len(slices))
    return TrainingPool(torch.cat(images).view(*shape, *images[0].shape[1:]),
                        torch.cat(labels).view(*shape, *labels[0].shape[1:]),
                        torch.cat(embeddings).view(*shape, *embeddings[0].shape[1:]), slices.targets.shape[1])


def key(slices, encoder_sha256: str, kind: str, variants: int, layout: str = "stacked") -> str:
    digest = hashlib.sha256()
    for tensor in (slices.images, slices.targets):
        digest.update(str(tuple(tensor.shape)).encode())
        digest.update(tensor.contiguous().numpy().tobytes())
    here = Path(__file__).parent
    for source in ("pool.py", "augment.py"):
        digest.update((here / source).read_bytes())
    # The layout of the embeddings: "stacked" (one per slice) or "per_modality" (Zeus's hybrid
    # and late fusion on several channels, one per channel): the same slices, other tensors.
    digest.update(f"{encoder_sha256}|{kind}|{variants}|{layout}|{POOL_SEED}|{torch.__version__}|{torch.get_num_threads()}".encode())
    return digest.hexdigest()


def load_or_make(slices, embed, encoder_sha256: str, kind: str, variants: int, log, layout: str = "stacked") -> TrainingPool:
    """The pool, from `$SEGBENCH_METHODS_POOL` when another training made it, else made (and
    written there when the variable is set)."""
    folder = os.environ.get(ENVIRONMENT)
    if not folder:
        return make(slices, embed, kind, variants, log)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    name = key(slices, encoder_sha256, kind, variants, layout)
    path = folder / f"{name}.pt"
    with open(folder / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a second training of this set waits for the first's pool
        if path.is_file():
            try:
                stored = torch.load(path, weights_only=True)
                log(f"training pool: read {path.name[:12]} ({stored['images'].shape[0]} copies of "
                    f"{stored['images'].shape[1]} slices)")
                return TrainingPool(stored["images"], stored["labels"], stored["embeddings"], slices.targets.shape[1])
            except (OSError, RuntimeError, KeyError, EOFError) as error:
                log(f"training pool: {path} unreadable ({error}); making it again")
        pool = make(slices, embed, kind, variants, log)
        partial = path.with_suffix(".partial")
        torch.save({"images": pool.images, "labels": pool.labels, "embeddings": pool.embeddings}, partial)
        os.replace(partial, path)  # whole or absent: a killed writer leaves no pool to read
        return pool
