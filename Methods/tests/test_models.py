"""Behaviour of the models that could be wrong: what is frozen, what fraction trains, LAD's
direction, FiLM's identity and its effect, the shapes of Zeus's fusions, reading commands."""
from __future__ import annotations

import pytest
import torch

from segbench_methods import film, sam
from segbench_methods.data import gather
from segbench_methods.language import FrozenTextEncoder, Intervention, ReportWriter
from segbench_methods.manifest import Label, read_manifest
from segbench_methods.methods import CausalSamLlm, SamClassMethod, lad_loss
from segbench_methods.pretraining import PretrainedSam, embed
from segbench_methods.zeus import Zeus

from conftest import manifest

LABELS = (Label("liver", 1, "liver"), Label("spleen", 2, "spleen"))


@pytest.fixture(scope="module")
def text() -> FrozenTextEncoder:
    return FrozenTextEncoder()


@pytest.fixture(scope="module")
def slices(data, tmp_path_factory):
    work = tmp_path_factory.mktemp("work")
    return gather(read_manifest(manifest(data, "train", range(4), work)), 96, seed=1)


def small_sam(slices, variants: int = 2) -> PretrainedSam:
    torch.manual_seed(0)
    parts = sam.build(sam.SMALL)
    sam.freeze(parts.encoder)
    images = torch.stack([slices.images] * variants)
    embeddings = torch.stack([embed(parts, slices.images)] * variants)
    return PretrainedSam(parts, images, embeddings, "test", "random small SAM")


def snapshot(module: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in module.state_dict().items()}


def test_a_training_step_changes_the_decoder_and_nothing_frozen(slices, text):
    pretrained = small_sam(slices)
    model = CausalSamLlm(pretrained, LABELS, text, ReportWriter())
    frozen = {"encoder": snapshot(pretrained.parts.encoder), "prompt encoder": snapshot(pretrained.parts.prompt_encoder),
              "text encoder": snapshot(text.model)}
    decoder = snapshot(pretrained.parts.decoder)
    model.fit(pretrained, slices, steps=2, batch=4, seed=3, log=lambda line: None)
    for name, before in frozen.items():
        after = {"encoder": pretrained.parts.encoder, "prompt encoder": pretrained.parts.prompt_encoder,
                 "text encoder": text.model}[name].state_dict()
        assert all(torch.equal(before[k], after[k]) for k in before), f"the {name} changed"
    changed = [k for k, v in pretrained.parts.decoder.state_dict().items() if not torch.equal(decoder[k], v)]
    assert len(changed) > 10  # the mask decoder trains


def test_the_trainable_fraction_with_vit_b_is_under_the_papers_8_percent(text):
    """Causal-SAM-LLM at the paper's size (SAM ViT-B, random weights: only the count matters).

    Trainable: SAM's mask decoder (4,058,340), the name-to-prompt map (384·256 + 256 = 98,560)
    and LAD's two heads (256·128+128 + 128·128+128 = 49,408; 384·128+128 + 128·128+128 = 65,792);
    frozen: the ViT-B encoder (89,670,912) and the prompt encoder (6,220)."""
    parts = sam.build(sam.VIT_B)
    sam.freeze(parts.encoder)
    pretrained = PretrainedSam(parts, None, None, "", "")
    model = CausalSamLlm(pretrained, LABELS, text, ReportWriter())
    trainable = sum(p.numel() for p in model.trainable())
    total = sam.count(parts.encoder) + sam.count(model)
    assert trainable == 4_058_340 + 98_560 + 49_408 + 65_792
    assert total == 89_670_912 + 6_220 + trainable
    assert trainable / total < 0.08  # arXiv v1: "less than 9 %"; ICASSP 2026: "under 8 %"
    assert trainable / total == pytest.approx(4_272_100 / 93_949_232)  # 4.55 %


def test_lad_loss_falls_as_features_move_away_from_their_styles():
    torch.manual_seed(1)
    style = torch.randn(8, 16)
    positives = torch.eye(8, dtype=torch.bool)
    features = style + 0.3 * torch.randn(8, 16)
    values = [lad_loss(features - a * style, style, positives).item() for a in (0.0, 0.5, 1.0, 1.5, 2.0)]
    assert all(later < earlier for earlier, later in zip(values, values[1:])), values
    # A feature equal to its own style is as matched as it can be: log-probability near 0.
    assert lad_loss(style * 10, style, positives).item() > values[0]


def test_lad_training_pushes_the_decoder_features_from_the_probe(slices, text):
    """The decoder minimises L and the heads maximise it: after steps with a large weight, the
    heads' gradient and the decoder's have opposite signs on L."""
    pretrained = small_sam(slices)
    model = CausalSamLlm(pretrained, LABELS, text, ReportWriter(), lad_weight=1.0)
    model.style_text = model.describe_styles(pretrained, slices)
    variant, index = torch.zeros(6, dtype=torch.long), torch.arange(6)
    _, features = model.decode(pretrained.embeddings[variant, index], model.tokens(6))
    features.retain_grad()
    loss = model.extra_loss(features, variant, index, slices)["lad"]
    loss.backward()
    texts = [model.style_text[0][i] for i in range(6)]
    positives = torch.tensor([[a == b for b in texts] for a in texts])
    probe = lad_loss(model.feature_head(features.detach().requires_grad_()), model.style_head(text(texts)), positives)
    head_weight = model.feature_head[0].weight
    expected = torch.autograd.grad(probe, head_weight)[0]
    assert torch.allclose(head_weight.grad, -expected, atol=1e-6)  # heads: gradient ascent on L


def test_film_with_an_empty_command_is_the_identity(slices, text):
    pretrained = small_sam(slices)
    model = CausalSamLlm(pretrained, LABELS, text, ReportWriter())
    images = slices.images[:6]
    for command in ("", "The segmentation is correct; change nothing."):
        intervention = ReportWriter().read_command(command, {"liver": "liver", "spleen": "spleen"})
        assert intervention == Intervention()
        logits, t, structure = model.intervene(images, intervention, prior_voxels=100)
        assert t == 0 and structure is None
        assert torch.equal(logits, model.segment(images))
    weights, upscaled = torch.randn(3, 8), torch.randn(3, 8, 5, 5)
    assert torch.equal(film.FiLM.identity(weights).apply(upscaled), upscaled)


def test_film_logit_shift_moves_every_logit_by_t():
    weights, upscaled = torch.randn(3, 8), torch.randn(3, 8, 5, 5)
    before = torch.einsum("nc,nchw->nhw", weights, upscaled)
    after = torch.einsum("nc,nchw->nhw", weights, film.FiLM.logit_shift(weights, -1.25).apply(upscaled))
    assert torch.allclose(after, before - 1.25, atol=1e-5)


def test_shrink_and_grow_reach_the_commanded_volume():
    torch.manual_seed(2)
    logits = torch.randn(4, 2, 16, 16) * 3
    logits[:, 0] += 1
    current = film.volume_after(logits, 0, 0.0)
    t = film.solve_shift(logits, 0, Intervention("liver", "shrink", 25.0), 0)
    assert film.volume_after(logits, 0, t) == pytest.approx(current / 1.25, rel=0.02)
    t = film.solve_shift(logits, 0, Intervention("liver", "grow", 20.0), 0)
    assert film.volume_after(logits, 0, t) == pytest.approx(current / 0.8, rel=0.02)
    t = film.solve_shift(logits, 0, Intervention("liver", "remove"), 0)
    assert film.volume_after(logits, 0, t) == 0


@pytest.mark.parametrize("fusion, passes, tokens", [("early", 1, 1), ("hybrid", 2, 2), ("late", 2, 2)])
def test_each_fusion_gives_its_shapes(fusion, passes, tokens, slices, text):
    """Two modalities (a T1-like and a T2-like channel) of 5 slices, 2 structures."""
    pretrained = small_sam(slices)
    model = Zeus(pretrained, LABELS, text, ReportWriter(), fusion=fusion)
    images = torch.cat([slices.images[:5], 1 - slices.images[:5]], dim=1)  # (5, 2, 96, 96)
    texts = model.instruction_texts(["MR T1", "MR T2"], {"contrast": 0.5, "brightness": 0.4, "noise": 0.01})
    assert [len(row) for row in texts] == [tokens, tokens]
    if fusion == "early":
        assert "MR T1 and MR T2 image" in texts[0][0]
    embeddings = model.embeddings(images)
    g = sam.SMALL.grid
    assert embeddings.shape == (passes, 5, 64, g, g)
    prompt_tokens = model.instruction_tokens(texts)
    assert prompt_tokens.shape == (2, tokens, 64)
    logits = model.segment(images, texts)
    assert logits.shape == (5, 2, 4 * g, 4 * g)
    pooled = embeddings.mean(dim=(0, 3, 4))
    assert model.f_vt(pooled).shape == (5, 4 * text.dimension)


def test_sam_decoder_ablation_has_no_lad_and_no_film(slices, text):
    pretrained = small_sam(slices)
    ablation = SamClassMethod(pretrained, LABELS, text, ReportWriter())
    full = CausalSamLlm(small_sam(slices), LABELS, text, ReportWriter())
    assert not hasattr(ablation, "intervene") and not hasattr(ablation, "feature_head")
    assert ablation.extra_loss(None, None, None, slices) == {}
    extra = sum(p.numel() for p in full.feature_head.parameters()) + sum(p.numel() for p in full.style_head.parameters())
    assert sum(p.numel() for p in full.trainable()) - sum(p.numel() for p in ablation.trainable()) == extra


@pytest.mark.parametrize("command, expected", [
    ("The liver is under-segmented by 23 %; extend it toward the patient's right and inferior.",
     Intervention("liver", "grow", 23.0, "right and inferior")),
    ("The spleen is over-segmented by 40 %; remove the part toward the patient's left.",
     Intervention("spleen", "shrink", 40.0, "left")),
    ("There is no spleen in this image; remove the 812 voxels labelled spleen.", Intervention("spleen", "remove")),
    ("The left kidney is missing; it lies toward the patient's left and anterior.",
     Intervention("kidney_left", "add", None, "left and anterior")),
    ("The right kidney's boundary is off toward the patient's anterior (Dice 0.71).",
     Intervention("kidney_right", "shift", None, "anterior")),
    ("ignore the bright artifact near the left kidney", Intervention("kidney_left", "shrink", 20.0)),
    ("the liver boundary is too large", Intervention("liver", "shrink", 20.0)),
    ("The segmentation is correct; change nothing.", Intervention()),
])
def test_the_report_writer_reads_the_simulated_clinicians_commands(command, expected):
    """The sentences of SegBench's SimulatedClinician (Sources/Runner/SimulatedClinician.swift)
    and the issue's two free-form examples."""
    structures = {"liver": "liver", "spleen": "spleen", "kidney_right": "right kidney", "kidney_left": "left kidney"}
    assert ReportWriter().read_command(command, structures) == expected


def test_methods_json_makes_the_code_part_of_each_versions_identity():
    """SegBench's version of a method is its methods.json entry plus the checksum of its
    `checkpoints`; every Methods/ entry lists all of the package's modules and the pinned
    requirements there, so editing the code starts new runs instead of mixing with old ones."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    expected = sorted(f"Methods/segbench_methods/{p.name}" for p in (root / "Methods/segbench_methods").glob("*.py"))
    entries = {n: e for n, e in json.loads((root / "methods.json").read_text())["methods"].items()
               if e.get("working_directory") == "Methods"}
    assert set(entries) == {"unet", "sam_decoder", "causal_sam_llm", "zeus", "zeus_early", "zeus_hybrid", "sam_box"}
    for name, entry in entries.items():
        assert entry["checkpoints"] == expected + ["Methods/requirements.txt"], name


def test_a_training_step_decodes_at_most_four_structures():
    from types import SimpleNamespace
    generator = torch.Generator().manual_seed(0)
    four = SimpleNamespace(labels=range(4), structures_per_step=4)
    state = generator.get_state()
    assert SamClassMethod.structure_subset(four, generator).tolist() == [0, 1, 2, 3]
    assert torch.equal(generator.get_state(), state)  # nothing drawn: four-structure training is unchanged
    twelve = SimpleNamespace(labels=range(12), structures_per_step=4)
    seen = set()
    for _ in range(50):
        subset = SamClassMethod.structure_subset(twelve, generator).tolist()
        assert len(subset) == 4 and subset == sorted(set(subset)) and all(0 <= s < 12 for s in subset)
        seen.update(subset)
    assert seen == set(range(12))  # every structure gets its turn
