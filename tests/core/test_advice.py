"""Advice for learners: each warning fires on the numbers that show it and stays quiet on a healthy run; the ones
about units and gradients are checked on real runs (toy data, CPU, one thread)."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from helpers import chain
from netbuilder.core.teaching import expectations
from netbuilder.core.design.design_io import design_from_dict, load_design
from netbuilder.core.teaching.lessons import lesson_names, load_lesson
from netbuilder.core.training import TrainConfig
from netbuilder.core.session import TrainingSession
from netbuilder.core.teaching.advice import (CODES, PREDICTS_WELL, SATURATED_SHARE, advise, network_layers,
                                             prediction_score)


def rng(seed: int = 0) -> np.random.Generator:
    return np.random.default_rng(seed)


def healthy(n: int = 600, seed: int = 0) -> np.ndarray:
    """A loss that falls from 2.3 to about 0.3 with minibatch noise."""
    t = np.arange(n)
    return 0.3 + 2.0 * np.exp(-t / 80) + rng(seed).normal(0, 0.05, n).clip(-0.2, 0.2)


def codes(advice) -> list[str]:
    return [a.code for a in advice]


def test_nothing_to_say_about_nothing_or_a_healthy_loss():
    assert advise() == []
    assert advise(batch_loss=[], epochs=[], health=None) == []
    assert advise(batch_loss=healthy(), lr=0.001) == []
    assert advise(batch_loss=healthy()[:50]) == []  # too few batches to judge


def test_a_loss_that_fell_and_levelled_off_is_not_flat():
    converged = np.concatenate([healthy(300), np.full(2000, 0.05) + rng(1).normal(0, 0.005, 2000)])
    assert advise(batch_loss=converged) == []


def test_a_flat_loss_says_the_learning_rate_may_be_too_low():
    flat = 2.30 + rng(2).normal(0, 0.01, 400)
    (advice,) = advise(batch_loss=flat, lr=1e-5)
    assert advice.code == "loss_flat" and advice.node_id is None
    assert "1e-05" in advice.message and "too low" in advice.message and "2.3" in advice.message
    assert abs(advice.value) < 0.02


def test_a_jumping_or_rising_loss_says_the_learning_rate_may_be_too_high():
    jumping = np.exp(rng(3).normal(0, 1.5, 400))  # swings by more than its level from batch to batch
    (advice,) = advise(batch_loss=jumping, lr=0.5)
    assert advice.code == "loss_jumping" and "swings" in advice.message and "(0.5) may be too high" in advice.message
    assert advice.value > 1
    rising = np.concatenate([healthy(300), np.linspace(0.4, 1.5, 300)])
    (advice,) = advise(batch_loss=rising, lr=2.0)
    assert advice.code == "loss_jumping" and "rose to" in advice.message and advice.value > 1.5


def test_non_finite_losses_are_left_out():
    loss = healthy()
    loss[::7] = np.nan
    loss[5] = np.inf
    assert advise(batch_loss=loss) == []


def history(val, train) -> list[dict]:
    return [{"epoch": i + 1, "loss": t, "val_loss": v} for i, (v, t) in enumerate(zip(val, train))]


def test_validation_loss_rising_while_training_loss_falls_is_overfitting():
    epochs = history([0.50, 0.35, 0.31, 0.36, 0.45], [0.60, 0.40, 0.30, 0.20, 0.12])
    (advice,) = advise(epochs=epochs)
    assert advice.code == "overfitting"
    assert "0.31 (epoch 3)" in advice.message and "0.45 (epoch 5)" in advice.message
    assert "Dropout" in advice.message and advice.value == pytest.approx(0.14)


@pytest.mark.parametrize("val, train", [
    ([0.50, 0.35, 0.31, 0.30, 0.29], [0.60, 0.40, 0.30, 0.20, 0.12]),  # both falling
    ([0.50, 0.35, 0.31, 0.36, 0.45], [0.60, 0.40, 0.30, 0.35, 0.40]),  # both rising: not memorising
    ([0.50, 0.55], [0.60, 0.40]),                                      # too few epochs
    ([0.50, 0.35, 0.31, 0.36, 0.34], [0.60, 0.40, 0.30, 0.20, 0.12]),  # up once, then down
    ([0.70, 0.66, 0.656, 0.66, 0.674], [0.70, 0.69, 0.68, 0.67, 0.66]),  # a rise of 2.7%: noise
])
def test_no_overfitting_without_the_pattern(val, train):
    assert advise(epochs=history(val, train)) == []


def test_a_partial_epoch_does_not_count():
    epochs = history([0.50, 0.35, 0.31, 0.36], [0.60, 0.40, 0.30, 0.20])
    epochs.append({"epoch": 5, "loss": 0.1, "val_loss": 0.9, "partial": True})
    assert advise(epochs=epochs) == []


def test_most_units_dead_or_saturated_name_the_layer_and_the_share():
    health = {"units": {"r1": {"kind": "dead", "share": 0.625, "units": 128},
                        "r2": {"kind": "dead", "share": 0.5, "units": 128},   # half: not most
                        "r3": {"kind": "dead", "share": 1.0, "units": 1},     # a single unit is no layer
                        "s1": {"kind": "saturated", "share": 0.8, "units": 10},
                        "s2": {"kind": "saturated", "share": 0.2, "units": 10}},
              "gradients": {}}
    advice = advise(health=health)
    assert [(a.code, a.node_id) for a in advice] == [("dead_relu", "r1"), ("saturated", "s1")]
    assert "62% of r1's 128 units are dead" in advice[0].message and "LeakyReLU" in advice[0].message
    assert "80% of s1's outputs are saturated" in advice[1].message
    assert set(codes(advice)) <= set(CODES)


def test_vanishing_gradients_need_a_squashing_layer_between():
    layers = [("x", "Input"), ("fc0", "Linear"), ("s0", "Sigmoid"), ("fc1", "Linear"), ("s1", "Sigmoid"),
              ("out", "Linear")]
    health = {"units": {}, "gradients": {"fc0": 2e-7, "fc1": 3e-4, "out": 0.2}}
    (advice,) = advise(health=health, layers=layers)
    assert advice.code == "vanishing_gradients" and advice.node_id == "fc0"
    assert advice.value == pytest.approx(1e-6) and "1,000,000 times smaller than out's" in advice.message
    relu = [(n, "ReLU" if t == "Sigmoid" else t) for n, t in layers]
    assert advise(health=health, layers=relu) == []  # small, but not the sigmoid's doing: no claim
    assert advise(health={"units": {}, "gradients": {"fc0": 0.05, "fc1": 0.1, "out": 0.2}}, layers=layers) == []


# real runs ------------------------------------------------------------------------------------------------------
def deep(activation: str, depth: int = 8, **training) -> dict:
    layers = []
    for _ in range(depth):
        layers += [("Linear", {"out_features": 16}), (activation, None)]
    layers += [("Linear", {"out_features": 2}), ("Softmax", None)]
    return chain((2,), layers, **{"dataset": {"name": "spirals", "validation": 0.2}, "loss": "cross_entropy",
                                  "optimizer": {"name": "adam", "lr": 0.01}, "epochs": 4, "batch_size": 64,
                                  "seed": 0, **training})


def run_and_advise(design: dict, tmp_path, before=None):
    session = TrainingSession(design_from_dict(design), device="cpu", num_threads=1, data_dir=tmp_path)
    if before is not None:
        session.prepare()
        before(session.trainer.model)
    record = session.run()
    assert record.status == "completed"
    layers = network_layers(session.trainer.model, session.design)
    _x, loss = session.curves.points()
    health = session.probe("health", samples=128)
    return advise(batch_loss=loss, epochs=record.history, health=health, layers=layers,
                  lr=design["training"]["optimizer"]["lr"]), health


def test_a_deep_sigmoid_chain_is_told_its_gradients_vanish_and_a_relu_chain_is_not(tmp_path):
    advice, health = run_and_advise(deep("Sigmoid"), tmp_path)
    vanishing = [a for a in advice if a.code == "vanishing_gradients"]
    assert len(vanishing) == 1 and vanishing[0].node_id == "n0" and vanishing[0].value < 1e-3
    advice, health = run_and_advise(deep("ReLU"), tmp_path)
    assert "vanishing_gradients" not in codes(advice)
    norms = health["gradients"]
    assert norms["n0"] > 1e-3 * max(norms.values())


def test_all_negative_biases_kill_the_relu_units_and_the_advice_says_so(tmp_path):
    def negative_biases(model):
        with torch.no_grad():
            model.n0.bias.fill_(-100.0)  # every unit of n0 negative for every input: n1 (ReLU) all dead

    design = chain((2,), [("Linear", {"out_features": 16}), ("ReLU", None), ("Linear", {"out_features": 2}),
                          ("Softmax", None)],
                   dataset={"name": "moons", "validation": 0.2}, loss="cross_entropy",
                   optimizer={"name": "adam", "lr": 0.01}, epochs=2, batch_size=64, seed=0)
    advice, health = run_and_advise(design, tmp_path, before=negative_biases)
    assert health["units"]["n1"] == {"kind": "dead", "share": 1.0, "units": 16}
    dead = [a for a in advice if a.code == "dead_relu"]
    assert [a.node_id for a in dead] == ["n1"] and "100% of n1's 16 units are dead" in dead[0].message


def test_a_healthy_short_run_gets_no_advice_about_its_loss(tmp_path):
    design = chain((2,), [("Linear", {"out_features": 32}), ("Tanh", None), ("Linear", {"out_features": 2}),
                          ("Softmax", None)],
                   dataset={"name": "moons", "validation": 0.2}, loss="cross_entropy",
                   optimizer={"name": "adam", "lr": 0.01}, epochs=20, batch_size=32, seed=0)
    advice, _health = run_and_advise(design, tmp_path)
    assert not {"loss_flat", "loss_jumping", "overfitting"} & set(codes(advice)), advice


# what the run was meant to show ---------------------------------------------------------------------------------
def flat_loss() -> np.ndarray:
    return 2.30 + rng(2).normal(0, 0.01, 400)


def test_a_run_that_met_its_expected_result_gets_no_advice():
    dead = {"units": {"r1": {"kind": "dead", "share": 0.9, "units": 16}}, "gradients": {}}
    raised = advise(batch_loss=flat_loss(), health=dead, lr=1e-3)
    assert codes(raised) == ["dead_relu", "loss_flat"]  # what the same numbers say without an expectation ...
    assert advise(batch_loss=flat_loss(), health=dead, lr=1e-3, met=False) == raised  # ... or one not met
    assert advise(batch_loss=flat_loss(), health=dead, lr=1e-3, met=True) == []


def test_a_lesson_steps_expected_warnings_are_left_out_and_the_others_still_fire():
    dead = {"units": {"r1": {"kind": "dead", "share": 0.9, "units": 16}}, "gradients": {}}
    assert codes(advise(batch_loss=flat_loss(), health=dead, expected=["loss_flat"])) == ["dead_relu"]
    assert codes(advise(batch_loss=flat_loss(), health=dead, expected=["dead_relu"])) == ["loss_flat"]
    assert advise(batch_loss=flat_loss(), health=dead, expected=["dead_relu", "loss_flat"]) == []
    with pytest.raises(ValueError, match="unknown advice code 'loss_low'"):
        advise(batch_loss=flat_loss(), expected=["loss_low"])


def test_saturation_is_warned_only_while_the_network_does_not_predict_well():
    health = {"units": {"prob": {"kind": "saturated", "share": 1.0, "units": 1}}, "gradients": {}}
    good = [{"epoch": 1, "loss": 0.01, "accuracy": 1.0, "val_accuracy": PREDICTS_WELL}]
    poor = [{"epoch": 1, "loss": 0.7, "accuracy": 1.0, "val_accuracy": PREDICTS_WELL - 0.01}]  # validation first
    regression = [{"epoch": 1, "loss": 0.01, "r2": PREDICTS_WELL + 0.05}]
    assert advise(health=health, epochs=good) == []
    assert advise(health=health, epochs=regression) == []
    assert codes(advise(health=health, epochs=poor)) == ["saturated"]
    assert codes(advise(health=health)) == ["saturated"]  # how well it predicts is not known: warned
    partial = good + [{"epoch": 2, "loss": 0.7, "accuracy": 0.5, "partial": True}]  # a partial epoch is no score
    assert prediction_score(partial) == PREDICTS_WELL and advise(health=health, epochs=partial) == []


def test_a_solved_xor_is_not_told_its_saturated_output_needs_a_lower_learning_rate(tmp_path):
    """The issue's XOR: accuracy 100%, the output sigmoid saturated, as a confident classifier's output should be."""
    design = load_design("xor")
    session = TrainingSession(design, device="cpu", num_threads=1, data_dir=tmp_path)
    record = session.run()
    met, found = expectations.check(design.expected, record.outcome(), lambda rows: session.predict(rows).tolist())
    assert met, found
    health = session.probe("health", samples=128)
    output = design.output_nodes()[0]
    assert health["units"][output]["kind"] == "saturated" and health["units"][output]["share"] >= SATURATED_SHARE
    assert prediction_score(record.history) >= PREDICTS_WELL
    _x, loss = session.curves.points()
    layers = network_layers(session.trainer.model, session.design)
    advice = advise(batch_loss=loss, epochs=record.history, health=health, layers=layers, lr=record.history[-1]["lr"])
    assert advice == [], advice  # nothing about saturation, nothing suggesting a lower learning rate
    # the same saturated output on a network that guesses is still warned about
    guessing = [dict(e, accuracy=0.5, val_accuracy=0.5) for e in record.history]
    warned = advise(batch_loss=loss, epochs=guessing, health=health, layers=layers)
    assert [(a.code, a.node_id) for a in warned] == [("saturated", output)]


def test_the_xor_lessons_one_neuron_is_not_told_its_learning_rate_is_too_low(tmp_path):
    """The step's point is that one neuron cannot solve XOR: its flat loss is expected, not a learning rate's fault."""
    lesson = load_lesson("xor")
    step = next(s for s in lesson.steps if s.kind == "train")
    assert step.expect_advice
    session = TrainingSession(design_from_dict(lesson.design), device="cpu", num_threads=1, data_dir=tmp_path)
    session.update_settings(TrainConfig.from_design(session.design, epochs=step.action["train"]["epochs"]))
    record = session.run()
    met, found = expectations.check(step.expect, record.outcome(), lambda rows: session.predict(rows).tolist())
    assert met, found
    inputs = dict(batch_loss=session.curves.points()[1], epochs=record.history,
                  health=session.probe("health", samples=128), layers=network_layers(session.trainer.model,
                                                                                    session.design),
                  lr=record.history[-1]["lr"])
    unexpected = advise(**inputs)  # without the lesson: the contradiction the issue saw
    assert "loss_flat" in codes(unexpected) and any("too low" in a.message for a in unexpected)
    assert set(codes(unexpected)) <= set(step.expect_advice), unexpected  # the step names what its run shows
    assert advise(**inputs, expected=step.expect_advice) == []  # during the run
    assert advise(**inputs, met=met) == []  # once it has ended, its expected result met


def _walk(lesson, data_dir):
    """The lesson's steps done in core as the window does them (open, set, reset, train), up to its last step that
    expects warnings, yielding each train step with its run's advice inputs and whether it met its expected result."""
    design = settings = session = None
    last = max(i for i, s in enumerate(lesson.steps) if s.expect_advice)
    for step in lesson.steps[:last + 1]:
        kind, value = step.kind, (step.action or {}).get(step.kind)
        if kind == "open":
            source = lesson.design if value == "lesson" else value
            design, settings = (design_from_dict(source) if isinstance(source, dict) else load_design(source)), {}
            session = TrainingSession(design, device="cpu", num_threads=1, data_dir=data_dir)
        elif kind == "set":
            settings.update(value)
        elif kind == "reset":
            session.reset_weights()
        elif kind == "train":
            settings["epochs"] = value["epochs"]
            session.update_settings(TrainConfig.from_design(design, **settings))
            record = session.run()
            met, found = expectations.check(step.expect, record.outcome(), lambda r: session.predict(r).tolist())
            yield step, met, found, dict(
                batch_loss=record.batch_loss, epochs=record.history, health=session.probe("health", samples=128),
                layers=network_layers(session.trainer.model, design), lr=record.history[-1]["lr"])


def _on_mnist(lesson) -> bool:
    sources = [lesson.design] + [s.action["open"] for s in lesson.steps if s.kind == "open"]
    return any((design_from_dict(d) if isinstance(d, dict) else load_design(d)).training["dataset"]["name"] == "mnist"
               for d in sources if d != "lesson")


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if _on_mnist(load_lesson(n)) else n
                                  for n in lesson_names() if any(s.expect_advice for s in load_lesson(n).steps)])
def test_a_lesson_steps_run_raises_only_the_warnings_it_expects(name, tmp_path, request):
    """Each step whose point is a failure names every warning its run raises, during the run (the loss so far) and at
    its end (with the health of the final weights), and raises at least one (else it would need none)."""
    lesson = load_lesson(name)
    walked = 0
    for step, met, found, inputs in _walk(lesson, request.getfixturevalue("data_dir") if _on_mnist(lesson)
                                          else tmp_path):
        assert met, (step.title, found)
        if not step.expect_advice:
            continue
        walked += 1
        loss, epochs = np.asarray(inputs["batch_loss"]), inputs["epochs"]
        raised = set(codes(advise(**inputs)))
        for share in np.linspace(0.2, 1.0, 5):
            raised |= set(codes(advise(batch_loss=loss[:int(share * len(loss))],
                                       epochs=epochs[:int(share * len(epochs))], lr=inputs["lr"])))
        assert raised and raised <= set(step.expect_advice), (step.title, raised)
        assert advise(**inputs, expected=step.expect_advice) == []
    assert walked
