"""Zeus: LLM instructions as the SAM mask decoder's prompts, with early, hybrid or late fusion.

Per case, modality and structure, the LLM (the report writer in the small profile) answers
Zeus's template with `<modality>` and `<instance>` filled; the frozen text encoder embeds
the answer; a trainable linear map f_tt turns it into a prompt token of the mask decoder.
A trainable two-layer MLP f_vt maps each modality's frozen image embedding (pooled; SAM's
frozen encoder stands in for MedCLIP's) to 4 tokens of the LLM's token-embedding space, which
the paper profile's LLM reads before the template. Generation is discrete, so no segmentation
gradient reaches f_vt: it is trained by an XrayGPT-style alignment (cosine) to the mean token
embedding of the writer's description of the image (our choice; the paper's is unknown).

Fusion of M modalities (M = 1 makes the three the same model):
- early: the modalities stacked as the encoder's input channels, one instruction naming all;
- hybrid: one embedding per modality, averaged, and M instruction tokens to one decoder pass;
- late: one decoder pass per modality with its own instruction, mask logits averaged.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from .language import ZEUS_TEMPLATE
from .losses import segmentation_loss
from .methods import Progress, SamClassMethod
from .pretraining import embed

FUSIONS = ("early", "hybrid", "late")


class Zeus(SamClassMethod):
    name = "zeus"
    visual_tokens = 4

    def __init__(self, pretrained, labels, text, writer, fusion: str = "late", token_width: int | None = None):
        super().__init__(pretrained, labels, text, writer)
        if fusion not in FUSIONS:
            raise ValueError(f"fusion must be one of {', '.join(FUSIONS)}, not {fusion}")
        self.fusion = fusion
        width = self.parts.size.embedding_width
        self.token_width = token_width or text.dimension
        self.f_vt = nn.Sequential(nn.Linear(width, 2 * width), nn.GELU(),
                                  nn.Linear(2 * width, self.visual_tokens * self.token_width))
        self.f_tt = nn.Linear(text.dimension, width)
        del self.prompt_projection
        self.instructions: dict[tuple[str, str], str] = {}  # (modality, structure) -> text, per case

    def instruction_texts(self, modalities: list[str], statistics: dict[str, float]) -> list[list[str]]:
        """[structure][modality] instructions; early fusion asks once for all modalities together."""
        asked = [" and ".join(modalities)] if self.fusion == "early" else modalities
        texts = []
        for label in self.labels:
            row = []
            for modality in asked:
                prompt = ZEUS_TEMPLATE.replace("<modality>", modality).replace("<instance>", label.display_name)
                row.append(self.writer.instruction(prompt, modality, label.name, label.display_name, statistics))
            texts.append(row)
        return texts

    def instruction_tokens(self, texts: list[list[str]], embedded: torch.Tensor | None = None) -> torch.Tensor:
        """(L, M′, C): one prompt token per structure and asked modality. `embedded`: the texts
        through the frozen text encoder already (training embeds each case's once)."""
        if embedded is None:
            embedded = self.text([t for row in texts for t in row])
        return self.f_tt(embedded).view(len(texts), len(texts[0]), -1)

    def embeddings(self, images: torch.Tensor) -> torch.Tensor:
        """(M′, K, C, g, g): early one stacked input; hybrid and late one per modality."""
        if self.fusion == "early" or images.shape[1] == 1:
            return embed(self.parts, images)[None].expand(1 if self.fusion == "early" else images.shape[1], -1, -1, -1, -1)
        return torch.stack([embed(self.parts, images[:, m:m + 1]) for m in range(images.shape[1])])

    def fuse(self, embeddings: torch.Tensor, tokens: torch.Tensor) -> torch.Tensor:
        """embeddings (M′, B, C, g, g), tokens (B, L, M′, C) → logits (B, L, h, w)."""
        if self.fusion == "early":
            return self.decode(embeddings[0], tokens)[0]
        if self.fusion == "hybrid":
            return self.decode(embeddings.mean(dim=0), tokens)[0]
        return torch.stack([self.decode(embeddings[m], tokens[:, :, m:m + 1])[0]
                            for m in range(embeddings.shape[0])]).mean(dim=0)

    def description_embedding(self, description: str) -> torch.Tensor:
        """The mean token embedding of a description: what f_vt's tokens are aligned to."""
        return self.text.token_embeddings()[self.text.tokenize(description)].mean(dim=0)

    def align_loss(self, pooled: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        """1 − cosine between the mean of f_vt's tokens and each image's description embedding."""
        visual = self.f_vt(pooled).view(len(pooled), self.visual_tokens, -1).mean(dim=1)
        return (1 - F.cosine_similarity(visual, targets, dim=1)).mean()

    def fit(self, pretrained, slices, steps, batch, seed, log):
        case_texts = [self.instruction_texts(modality_names(slices.modalities[c], slices.channels[c]),
                                             slices.volume_statistics[c]) for c in range(len(slices.cases))]
        log(f"zeus ({self.fusion} fusion): e.g. \"{case_texts[0][0][0]}\"")
        # Frozen encoder, fixed texts: each case's instructions are embedded once, not per step.
        case_embeddings = [self.text([t for row in texts for t in row]) for texts in case_texts]
        alignment_targets: dict[tuple[int, int], torch.Tensor] = {}
        generator = torch.Generator().manual_seed(seed)
        optimiser = torch.optim.AdamW(self.trainable(), lr=1e-3, weight_decay=1e-4)
        progress = Progress(f"zeus-{self.fusion}", steps, log)
        variants, count = pretrained.embeddings.shape[:2]
        for step in range(1, steps + 1):
            variant = torch.randint(variants, (batch,), generator=generator)
            index = torch.randint(count, (batch,), generator=generator)
            if slices.images.shape[1] == 1:
                embeddings = pretrained.embeddings[variant, index][None]
            else:
                with torch.no_grad():
                    embeddings = self.embeddings(pretrained.images[variant, index])
            cases = slices.case_of[index].tolist()
            subset = self.structure_subset(generator)
            tokens = torch.stack([self.instruction_tokens(case_texts[c], case_embeddings[c]) for c in cases])[:, subset]
            logits = self.fuse(embeddings, tokens)
            for v, n, c in zip(variant.tolist(), index.tolist(), cases):
                if (v, n) not in alignment_targets:
                    description = self.writer.describe_style(pretrained.images[v, n], slices.modalities[c], {})
                    alignment_targets[(v, n)] = self.description_embedding(description)
            targets = torch.stack([alignment_targets[(v, n)] for v, n in zip(variant.tolist(), index.tolist())])
            losses = {"segmentation": segmentation_loss(logits, slices.targets[index][:, subset], slices.known[index][:, subset]),
                      "alignment": self.align_loss(embeddings.mean(dim=(0, 3, 4)), targets)}
            optimiser.zero_grad()
            sum(losses.values()).backward()
            optimiser.step()
            progress.step(step, **{k: v.item() for k, v in losses.items()})

    @torch.no_grad()
    def segment(self, images, context=None, shifts=None):
        """context: the case's instruction texts ([structure][modality])."""
        self.eval()
        embeddings = self.embeddings(images)
        tokens = self.instruction_tokens(context)
        return torch.cat([self.fuse(embeddings[:, i:i + 16], tokens[None].expand(len(images[i:i + 16]), -1, -1, -1))
                          for i in range(0, len(images), 16)])



def modality_names(case_modality: str, channels: list[str]) -> list[str]:
    """The modalities Zeus asks about: the acquisition's words for a one-channel case, else the
    channel names (BraTS: t1, t1ce, t2, flair)."""
    return [case_modality] if len(channels) == 1 else list(channels)
