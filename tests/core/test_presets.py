"""Every preset reaches its `expected` result with its own settings (MNIST ones read ../shared/data), and a run
that reached it raises no advice for learners."""
import numpy as np
import pytest

from netbuilder.core.teaching import expectations
from netbuilder.core.teaching.advice import advise, network_layers
from netbuilder.core.design.design_io import load_design
from netbuilder.core.design.presets import preset_names
from netbuilder.core.training import TrainConfig, Trainer
from netbuilder.core.training.inspection import probe_health
from netbuilder.core.session.runs import CurveRecorder

MNIST_PRESETS = [n for n in preset_names() if load_design(n).training["dataset"]["name"] == "mnist"]
SMALL_PRESETS = [n for n in preset_names() if n not in MNIST_PRESETS and n != "xor"]


def train(name, data_dir=None, **overrides):
    design = load_design(name)
    trainer = Trainer(design, TrainConfig.from_design(design, **overrides), device="cpu", data_dir=data_dir,
                      callbacks=[CurveRecorder()])  # each batch's loss, for the advice
    result = trainer.fit()
    assert result.stopped == "completed", result.message
    return design, trainer, result


def met_expected(design, trainer, result) -> tuple[bool, str]:
    """Whether the run met the preset's ``expected``, by the rule lessons use too (core.expectations)."""
    outcome = {"status": result.stopped, **trainer.history[-1], "test": result.test}
    return expectations.check(design.expected, outcome, lambda rows: trainer.predict(rows).tolist())


def advice_for(design, trainer) -> list:
    """The advice the window's problems list gives on this run, from the same numbers (the batches' loss, the
    epochs' metrics, a health probe of 128 samples) but not told that the run met its expected result: the rules
    themselves must have nothing to warn about."""
    _x, loss = trainer.callbacks[0].points()
    return advise(batch_loss=loss, epochs=trainer.history, health=probe_health(trainer, samples=128),
                  layers=network_layers(trainer.model, design), lr=trainer.history[-1]["lr"])


def check_expected(design, trainer, result):
    """The preset's expected result is met, and a run that met it raises no advice."""
    met, found = met_expected(design, trainer, result)
    assert met, found
    assert advice_for(design, trainer) == []


def test_presets_cover_the_issue():
    assert {"hello_neuron", "linear_regression", "xor", "simple_sigmoid", "mnist_mlp", "mnist_cnn",
            "spirals"} <= set(preset_names())
    types = {n.type for name in preset_names() for n in load_design(name).nodes.values()}
    assert {"Add", "LSTM"} <= types


@pytest.mark.parametrize("name", SMALL_PRESETS)
def test_small_preset_reaches_expected(name):
    check_expected(*train(name))


def test_xor_works_for_nine_of_ten_seeds():
    ok = 0
    for seed in range(10):
        design, trainer, result = train("xor", seed=seed)
        got = trainer.predict([[0, 0], [0, 1], [1, 0], [1, 1]])
        solved = bool(np.abs(got - np.array([[0], [1], [1], [0]])).max() <= 0.2)
        assert met_expected(design, trainer, result)[0] == solved  # the preset's "expected" says the same
        if solved:  # trained to its expected result: no advice (its output sigmoid saturates, as it should)
            assert advice_for(design, trainer) == [], (seed, advice_for(design, trainer))
        ok += solved
    assert ok >= 9


def test_seed_xor_network_fails_as_the_issue_says():
    """The seed's 2-unit ReLU network at Adam's default rate does not solve XOR reliably: why the preset differs."""
    design = load_design("xor")
    design.set_param("hidden", "out_features", 2)
    ok = 0
    for seed in range(10):
        config = TrainConfig.from_design(design, seed=seed, lr=0.001)
        trainer = Trainer(design, config, device="cpu")
        trainer.fit()
        got = trainer.predict([[0, 0], [0, 1], [1, 0], [1, 1]])
        ok += bool(np.abs(got - np.array([[0], [1], [1], [0]])).max() <= 0.2)
    assert ok < 9


def test_linear_regression_on_raw_inputs_diverges():
    design = load_design("linear_regression")
    training = dict(design.training, dataset={"name": "linear"})
    design.set_meta("training", training)
    result = Trainer(design, TrainConfig.from_design(design), device="cpu").fit()
    assert result.stopped == "diverged" and "learning rate" in result.message


@pytest.mark.slow
@pytest.mark.parametrize("name", MNIST_PRESETS)
def test_mnist_preset_reaches_expected(name, data_dir):
    check_expected(*train(name, data_dir=data_dir))
