"""Behaviour of the models that could be wrong: what is frozen, what fraction trains, every
structure in one decoder pass, LAD's direction, FiLM's identity and its effect, Zeus's fusions and
its image-grounded instructions, reading commands."""
from __future__ import annotations

import pytest
import torch

from segbench_methods import cli, film, sam
from segbench_methods.baselines import Fit
from segbench_methods.data import gather
from segbench_methods.language import ZEUS_TEMPLATE, FrozenTextEncoder, Intervention, ReportWriter
from segbench_methods.losses import segmentation_loss
from segbench_methods.manifest import Label, read_case, read_manifest
from segbench_methods.methods import CausalSamLlm, SamClassMethod, lad_loss
from segbench_methods.slices import slice_stack
from segbench_methods.zeus import Zeus, relative_brightness

from conftest import manifest

LABELS = (Label("liver", 1, "liver"), Label("spleen", 2, "spleen"))
CANVAS = 144


def fit(steps: int = 2, seed: int = 3) -> Fit:
    return Fit(steps=steps, batch=4, learning_rate=1e-3, augmentation="standard", seed=seed, device=torch.device("cpu"))


@pytest.fixture(scope="module")
def text() -> FrozenTextEncoder:
    return FrozenTextEncoder()


@pytest.fixture(scope="module")
def slices(data, tmp_path_factory):
    """The CT training cases' slices on the small profile's canvas."""
    work = tmp_path_factory.mktemp("work")
    return gather(read_manifest(manifest(data, "train", range(4), work)), CANVAS, seed=1)


@pytest.fixture(scope="module")
def mixed(data, tmp_path_factory):
    """CT and MR training slices (cases 0–5), whose style descriptions differ."""
    work = tmp_path_factory.mktemp("mixed")
    return gather(read_manifest(manifest(data, "train", range(6), work)), CANVAS, seed=1)


def small_sam() -> sam.SamParts:
    """The small SAM with random weights and its encoder frozen, as `encoder.load` gives it."""
    torch.manual_seed(0)
    parts = sam.build(sam.SMALL)
    sam.freeze(parts.encoder)
    return parts


def snapshot(module: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in module.state_dict().items()}


def test_a_training_step_changes_the_decoder_and_nothing_frozen(slices, text):
    parts = small_sam()
    model = CausalSamLlm(parts, LABELS, text, ReportWriter())
    model.variants = 2  # cached augmented copies: fewer than training's six, to be quick
    d = parts.decoder
    frozen = {"encoder": parts.encoder, "prompt encoder": parts.prompt_encoder, "text encoder": text.model,
              "IoU head": d.iou_prediction_head, "unused hypernetworks": d.output_hypernetworks_mlps[1:]}
    for name, module in frozen.items():
        assert not any(p.requires_grad for p in module.parameters()), f"the {name} is trainable"
    before = {name: snapshot(module) for name, module in frozen.items()}
    trainable = {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}
    model.fit(slices, fit(), log=lambda line: None)
    for name, module in frozen.items():
        after = module.state_dict()
        assert all(torch.equal(before[name][k], after[k]) for k in before[name]), f"the {name} changed"
    parameters = dict(model.named_parameters())
    unchanged = [n for n, v in trainable.items() if torch.equal(v, parameters[n])]
    assert not unchanged, f"trainable but unchanged by two steps: {unchanged}"
    groups = {n.split(".")[0] + ("." + n.split(".")[1] if n.startswith("structure_decoder") else "") for n in trainable}
    assert {"structure_decoder.decoder", "structure_decoder.background_token", "structure_decoder.high_resolution",
            "structure_decoder.high_resolution_hypernetwork",
            "prompt_projection", "feature_head", "style_head"} <= groups


def test_the_trainable_fraction_with_vit_b_is_under_the_papers_8_percent(text):
    """Causal-SAM-LLM at the paper's size (SAM ViT-B, random weights: only the count matters).

    SAM's mask decoder (width 256) has 4,058,340 parameters:
      transformer 3,291,264: two blocks of 1,579,520 (self-attention 4·(256·256 + 256) = 263,168;
        two cross-attentions at half width, 3·(256·128 + 128) + 128·256 + 256 = 131,712 each;
        MLP 256·2048 + 2048 + 2048·256 + 256 = 1,050,880; four layer norms 4·512), a final
        token-to-image attention 131,712 and its norm 512;
      IoU token 256; mask tokens 4·256 = 1,024; upscaling 256·64·4 + 64 + 128 (norm) + 64·32·4 + 32 = 73,952;
      four hypernetwork MLPs of 2·(256·256 + 256) + 256·32 + 32 = 139,808 each (559,232);
      the IoU head 2·(256·256 + 256) + 256·4 + 4 = 132,612.
    Trainable (StructureDecoder): the decoder without the IoU head and hypernetworks 1–3,
      4,058,340 − 132,612 − 3·139,808 = 3,506,304; the background token 256; the
      high-resolution path 79,240 (8 hidden channels): full-resolution convolutions 3·8·9 + 8 +
      8·8·9 + 8 = 808, the half-resolution ones 8·16·9 + 16 + 2·(16·16·9 + 16) + 16·8·4 + 8 = 6,328,
      the embedding's projection 256·8 + 8 = 2,056, the fusion 8·16 + 16 = 144, and its
      hypernetwork 256·256 + 256 + 256·16 + 16 = 69,904; the name → token map 384·256 + 256 =
      98,560; LAD's heads 256·128 + 128 + 128·128 + 128 = 49,408 and 384·128 + 128 + 128·128 +
      128 = 65,792: 3,799,560 in all.
    Frozen: the ViT-B encoder 89,670,912 (patch embedding 590,592, positions 64·64·768 =
      3,145,728, eight windowed blocks of 7,091,328 and four global ones of 7,104,128, the neck
      787,456), the prompt encoder 6,220, the IoU head and hypernetworks 1–3 (552,036).
    Total 89,670,912 + 6,220 + 4,058,340 + 256 + 79,240 + 98,560 + 49,408 + 65,792 = 94,028,728;
    trainable 3,799,560 / 94,028,728 = 4.04 %."""
    parts = sam.build(sam.VIT_B)
    sam.freeze(parts.encoder)
    model = CausalSamLlm(parts, LABELS, text, ReportWriter())
    trainable = sum(p.numel() for p in model.trainable())
    assert sam.count(parts.encoder) == 89_670_912 and sam.count(parts.prompt_encoder) == 6_220
    assert sam.count(parts.decoder) == 4_058_340
    assert sam.count(parts.decoder, trainable=True) == 3_506_304
    assert trainable == 3_506_304 + 256 + 79_240 + 98_560 + 49_408 + 65_792 == 3_799_560
    counts = cli.parameter_counts(model, parts)  # what method.json reports
    assert counts["trainable"] == trainable and counts["total"] == 94_028_728
    assert counts["trainable_fraction"] < 0.08  # arXiv v1: "less than 9 %"; ICASSP 2026: "under 8 %"
    assert counts["trainable_fraction"] == pytest.approx(3_799_560 / 94_028_728)  # 4.04 %


def test_every_structure_is_decoded_in_one_pass(slices, text):
    """Twelve structures, one run of the mask decoder's two-way transformer per image batch; the
    structures' tokens attend to each other in it."""
    labels = tuple(Label(f"structure_{n}", n + 1, f"structure {n}") for n in range(12))
    parts = small_sam()
    model = SamClassMethod(parts, labels, text, ReportWriter())
    model.name_embeddings.copy_(torch.randn(12, text.dimension, generator=torch.Generator().manual_seed(0)))
    calls = []
    hook = parts.decoder.transformer.register_forward_hook(lambda module, inputs, output: calls.append(inputs[2].shape))
    try:
        images = slices.images[:5]
        embeddings = model.embed(images)
        logits, features = model.forward_batch(embeddings, images)
        assert len(calls) == 1 and calls[0] == (5, 1 + 1 + 12, 64)  # IoU token, background, 12 structures
        assert logits.shape == (5, 1 + 12, CANVAS, CANVAS) and features.shape == (5, 64)
        calls.clear()
        out = model.segment(slices.images[:20])  # prediction runs 16 slices at a time
        assert len(calls) == 2 and out.shape == (20, 12, CANVAS, CANVAS)
    finally:
        hook.remove()
    # Only structure 0's token changes, yet structure 5's logits move: one joint pass.
    with torch.no_grad():
        tokens = model.tokens(embeddings)
        moved = tokens.clone()
        moved[:, 0] += 1.0
        first, _ = model.decode(embeddings, tokens, images)
        second, _ = model.decode(embeddings, moved, images)
    assert not torch.allclose(first[:, 1 + 5], second[:, 1 + 5])


def test_lad_loss_falls_as_features_move_away_from_their_styles():
    torch.manual_seed(1)
    style = torch.randn(8, 16)
    positives = torch.eye(8, dtype=torch.bool)
    features = style + 0.3 * torch.randn(8, 16)
    values = [lad_loss(features - a * style, style, positives).item() for a in (0.0, 0.5, 1.0, 1.5, 2.0)]
    assert all(later < earlier for earlier, later in zip(values, values[1:])), values
    # A feature equal to its own style is as matched as it can be: log-probability near 0.
    assert lad_loss(style * 10, style, positives).item() > values[0]


def test_lad_training_pushes_the_decoder_features_from_the_probe(mixed, text):
    """The decoder minimises L and the heads maximise it: with weight 1, the heads' gradient is
    minus the gradient of L (computed here without the reversals), the features' gradient is
    plus it."""
    model = CausalSamLlm(small_sam(), LABELS, text, ReportWriter(), lad_weight=1.0)
    ct = torch.nonzero(mixed.case_of < 4).flatten()[:3]
    mr = torch.nonzero(mixed.case_of >= 4).flatten()[:3]
    index = torch.cat([ct, mr])
    variant = torch.zeros(6, dtype=torch.long)
    images = mixed.images[index]
    embeddings = model.embed(images)
    _, features = model.decode(embeddings, model.tokens(embeddings), images)
    features.retain_grad()
    loss = model.extra_loss(features, variant, index, images, embeddings, mixed, None)["lad"]
    loss.backward()
    texts = [model.style_text[(0, n)] for n in index.tolist()]
    assert len(set(texts)) > 1 and all(t.startswith("A CT image") for t in texts[:3]) and \
        all(t.startswith("A MR image") for t in texts[3:])
    positives = torch.tensor([[a == b for b in texts] for a in texts])
    probe_features = features.detach().requires_grad_()
    probe = lad_loss(model.feature_head(probe_features), model.style_head(text(texts)), positives)
    head_weight, style_weight = model.feature_head[0].weight, model.style_head[0].weight
    expected_head, expected_style, expected_features = torch.autograd.grad(probe, [head_weight, style_weight, probe_features])
    assert expected_head.abs().max() > 0 and expected_features.abs().max() > 0  # not a vacuous zero
    assert torch.allclose(head_weight.grad, -expected_head, atol=1e-6)  # heads: gradient ascent on L
    assert torch.allclose(style_weight.grad, -expected_style, atol=1e-6)
    assert torch.allclose(features.grad, expected_features, atol=1e-6)  # decoder: descent on L


def test_film_with_an_empty_command_is_the_identity(slices, text):
    model = CausalSamLlm(small_sam(), LABELS, text, ReportWriter())
    images = slices.images[:6]
    for command in ("", "The segmentation is correct; change nothing."):
        intervention = ReportWriter().read_command(command, {"liver": "liver", "spleen": "spleen"})
        assert intervention == Intervention()
        logits, t, structure = model.intervene(images, intervention, prior_voxels=100)
        assert t == 0 and structure is None
        assert torch.equal(logits, model.segment(images))
    weights, upscaled = torch.randn(3, 8), torch.randn(3, 8, 5, 5)
    assert torch.equal(film.FiLM.identity(weights).apply(upscaled), upscaled)


def test_film_logit_shift_moves_every_logit_by_t(slices, text):
    weights, upscaled = torch.randn(3, 8), torch.randn(3, 8, 5, 5)
    before = torch.einsum("nc,nchw->nhw", weights, upscaled)
    after = torch.einsum("nc,nchw->nhw", weights, film.FiLM.logit_shift(weights, -1.25).apply(upscaled))
    assert torch.allclose(after, before - 1.25, atol=1e-5)
    # In the decoder: the commanded structure's logit (against the background) moves by t, the other's not at all.
    model = CausalSamLlm(small_sam(), LABELS, text, ReportWriter())
    images = slices.images[:4]
    plain, shifted = model.segment(images), model.segment(images, shifts={1: -1.25})
    assert torch.equal(shifted[:, 0], plain[:, 0])
    assert torch.allclose(shifted[:, 1], plain[:, 1] - 1.25, atol=1e-4)


def test_tci_runs_the_frozen_encoder_once_for_both_decoder_passes(slices, text):
    """A TCI round decodes a case twice (before and after the command's FiLM); the encoder, the
    costly part, runs once per chunk of slices, not twice. 20 slices are 2 chunks of 16."""
    model = CausalSamLlm(small_sam(), LABELS, text, ReportWriter())
    calls = []
    hook = model.parts.encoder.register_forward_hook(lambda module, inputs, output: calls.append(len(inputs[0])))
    try:
        logits, t, structure = model.intervene(slices.images[:20], Intervention("liver", "shrink", 30.0),
                                               prior_voxels=100)
    finally:
        hook.remove()
    assert structure == 0 and t != 0
    assert calls == [16, 4]


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


def hand_written(model: Zeus, modalities: list[str]) -> list[list[str]]:
    """[structure][modality] instructions without the report writer (the shapes do not depend on it)."""
    return [[ZEUS_TEMPLATE.replace("<modality>", m).replace("<instance>", l.display_name) for m in modalities]
            for l in model.labels]


@pytest.mark.parametrize("fusion, per_modality", [("early", False), ("hybrid", True), ("late", True)])
def test_each_fusion_gives_its_shapes(fusion, per_modality, slices, text):
    """Two modalities (a T1-like and a T2-like channel) of 5 slices, 2 structures."""
    model = Zeus(small_sam(), LABELS, text, ReportWriter(), fusion=fusion)
    images = torch.cat([slices.images[:5, 1:2], -slices.images[:5, 1:2]], dim=1)  # (5, 2, 144, 144)
    texts = hand_written(model, model.modalities_asked(["MR T1", "MR T2"]))
    tokens = 1 if fusion == "early" else 2
    assert [len(row) for row in texts] == [tokens, tokens]
    context = model.prediction_context(texts, torch.device("cpu"))  # (L, M′, D); sets single_modality
    assert context.shape == (2, tokens, text.dimension)
    embeddings = model.embed(images)
    g = sam.SMALL.grid
    assert embeddings.shape == ((5, 2, 64, g, g) if per_modality else (5, 64, g, g))
    pooled = embeddings if embeddings.dim() == 4 else embeddings[:, 0]
    assert model.tokens(pooled, model.batch_context(context, 5)).shape == (5, 2, tokens, 64)
    logits, features = model.forward_batch(embeddings, images, model.batch_context(context, 5))
    assert logits.shape == (5, 1 + 2, CANVAS, CANVAS) and features.shape == (5, 64)
    assert model.segment(images, texts).shape == (5, 2, CANVAS, CANVAS)
    assert model.f_vt(pooled.mean(dim=(2, 3))).shape == (5, 4 * text.dimension)


@pytest.mark.parametrize("fusion", ["early", "late"])
def test_zeus_asks_per_structure_and_modality(fusion, slices, text):
    model = Zeus(small_sam(), LABELS, text, ReportWriter(), fusion=fusion)
    images = torch.cat([slices.images[:5, 1:2], -slices.images[:5, 1:2]], dim=1)
    texts = model.instruction_texts(["MR T1", "MR T2"], images)
    assert len(texts) == 2 and all(isinstance(t, str) for row in texts for t in row)
    if fusion == "early":
        assert [len(row) for row in texts] == [1, 1] and "MR T1 and MR T2 image" in texts[0][0]
    else:
        assert [len(row) for row in texts] == [2, 2]
        assert "MR T1 image" in texts[0][0] and "MR T2 image" in texts[0][1] and "spleen" in texts[1][0]


def test_relative_brightness_is_the_priors_mean_against_the_body():
    """One slice: air −2, body 0, an organ at +1.5 (CT-like) or −1 (MR-like); the prior is the organ.
    By hand: the body is above min + 0.25; mean and population std over it; (organ − mean) / std."""
    y, x = torch.meshgrid(torch.arange(32.0), torch.arange(32.0), indexing="ij")
    body = ((y - 16) ** 2 + (x - 16) ** 2) <= 13 ** 2
    organ = ((y - 12) ** 2 + (x - 12) ** 2) <= 4 ** 2
    for organ_value in (1.5, -1.0):
        grey = torch.full((32, 32), -2.0)
        grey[body], grey[organ] = 0.0, organ_value
        images = torch.stack([grey * 0, grey, grey * 0])[None]  # only the middle channel counts
        n_body, n_organ = int(body.sum()), int(organ.sum())
        mean = n_organ * organ_value / n_body
        std = ((n_organ * organ_value ** 2 / n_body - mean ** 2) * n_body / (n_body - 1)) ** 0.5  # torch.std: n − 1
        value = relative_brightness(images, organ[None].float())
        assert value == pytest.approx([(organ_value - mean) / std], rel=1e-4)


def test_zeus_instructions_are_grounded_in_the_image(data, slices, text, tmp_path):
    """The same organ, the same modality words, two images: a CT-like case (liver brighter than
    the body) and an MR-like one (liver darker): the liver's instruction differs."""
    model = Zeus(small_sam(), LABELS, text, ReportWriter(), fusion="late")
    # The atlas prior as `prepare` computes it: each label's in-plane frequency over the training slices.
    model.prior.copy_(slices.targets.float().mean(dim=0))
    cases = read_manifest(manifest(data, "predict", (0, 4), tmp_path)).cases
    ct, mr = (slice_stack(read_case(case), CANVAS).images for case in cases)
    liver_ct, _ = relative_brightness(ct, model.prior)
    liver_mr, _ = relative_brightness(mr, model.prior)
    # CT: liver 120 HU in a 40 HU body, +1.12 body SDs; MR: liver 200 in a 300 body (spleen 700).
    # Measured here with the phantom's true body instead of the image's: +1.12 and −0.73.
    assert liver_ct > 0.5 and liver_mr < -0.3
    as_ct, as_mr = model.instruction_texts(["MR"], ct), model.instruction_texts(["MR"], mr)
    assert as_ct[0][0] != as_mr[0][0]
    assert "brighter than the rest of the body" in as_ct[0][0] and "darker than the rest of the body" in as_mr[0][0]


def test_zeus_fvt_learns_from_the_segmentation_loss(slices, text):
    """f_vt's tokens condition the structures' tokens: the segmentation loss alone gives each of
    its weights a gradient."""
    model = Zeus(small_sam(), LABELS, text, ReportWriter(), fusion="late")
    images, targets = slices.images[:4], slices.targets[:4].float()
    context = model.prediction_context(hand_written(model, ["CT"]), torch.device("cpu"))
    embeddings = model.embed(images)
    logits, _ = model.forward_batch(embeddings, images, model.batch_context(context, 4))
    loss = segmentation_loss(logits, targets, slices.known[:4])
    gradients = torch.autograd.grad(loss, list(model.f_vt.parameters()))
    assert all(g.abs().sum() > 0 for g in gradients)


def test_zeus_instructions_are_centred_and_scaled_by_the_training_ones(slices, text):
    """The instructions differ from one another by little (one template): after `prepare`, the
    training instructions' embeddings have mean 0 and RMS norm 1 (up to float error), and the
    checkpoint's centre and scale give a prediction the same embedding as training had."""
    model = Zeus(small_sam(), LABELS, text, ReportWriter(), fusion="late")
    model.prepare(slices, None, log=lambda line: None)
    every = torch.cat([e.reshape(-1, e.shape[-1]) for e in model.case_embeddings])
    assert every.mean(dim=0).abs().max() < 1e-5
    assert abs(float(every.pow(2).sum(dim=1).mean()) - 1) < 1e-4
    # Before: nearly parallel sentences (cosine well above 0.5); after: liver's and spleen's apart.
    texts = model.case_context(slices.images[slices.case_of == 0], read_case_stub())
    raw = model.raw_instruction_embeddings(texts)[:, 0]
    assert float(torch.nn.functional.cosine_similarity(raw[0], raw[1], dim=0)) > 0.5
    centred = model.instruction_embeddings(texts)[:, 0]
    assert float(torch.nn.functional.cosine_similarity(centred[0], centred[1], dim=0)) < 0
    reloaded = Zeus(small_sam(), LABELS, text, ReportWriter(), fusion="late")
    reloaded.load_state_dict(model.state_dict())
    assert torch.equal(reloaded.instruction_embeddings(texts), model.case_embeddings[0])


def read_case_stub():
    """What `case_context` reads of a case: its modality and its channels (one CT image)."""
    from types import SimpleNamespace
    return SimpleNamespace(modality="CT", images={"CT": None})


def test_a_zeus_training_step_changes_fvt(slices, text):
    model = Zeus(small_sam(), LABELS, text, ReportWriter(), fusion="late")
    model.variants = 1
    before = snapshot(model.f_vt)
    model.fit(slices, fit(steps=1), log=lambda line: None)
    after = model.f_vt.state_dict()
    assert all(not torch.equal(before[k], after[k]) for k in before)


def test_sam_decoder_ablation_has_no_lad_and_no_film(slices, text):
    ablation = SamClassMethod(small_sam(), LABELS, text, ReportWriter())
    full = CausalSamLlm(small_sam(), LABELS, text, ReportWriter())
    assert not hasattr(ablation, "intervene") and not hasattr(ablation, "feature_head")
    assert ablation.extra_loss(None, None, None, None, None, slices, None) == {}
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
    requirements there, so editing the code starts new runs instead of mixing with old ones; the
    SAM-based entries also list the shared frozen encoder and pass it with `--encoder`, so its
    checksum is part of their versions."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    expected = sorted(f"Methods/segbench_methods/{p.name}" for p in (root / "Methods/segbench_methods").glob("*.py"))
    entries = {n: e for n, e in json.loads((root / "methods.json").read_text())["methods"].items()
               if e.get("working_directory") == "Methods"}
    assert set(entries) == {"unet", "unet_style", "sam_decoder", "sam_decoder_style", "causal_sam_llm", "zeus", "zeus_early", "zeus_hybrid",
                            "sam_box"}
    for name, entry in entries.items():
        encoder = [] if name.startswith("unet") else ["Methods/weights/sam_small_ct.pt"]
        assert entry["checkpoints"] == expected + ["Methods/requirements.txt"] + encoder, name
        for step in ("train", "predict", "interact"):
            if step in entry and encoder:
                argv = entry[step]["argv"]
                assert argv[argv.index("--encoder") + 1] == "weights/sam_small_ct.pt", (name, step)
