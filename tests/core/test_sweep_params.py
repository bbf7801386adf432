"""A sweep's parameters as a person writes them (core/session/sweep_params.py): what each spec means, the words that
refuse a bad one, and the one rule that puts chosen values into a design. No torch, no Optuna."""
import subprocess
import sys

import pytest

from netbuilder.core.design.design_io import design_to_dict, load_design
from netbuilder.core.errors import NetbuilderError
from netbuilder.core.session.sweep_params import (SweepError, SweepParam, apply_params, changes_data, check_params,
                                                  current_value, parse_param, suggested_spec, sweepable)
from tests.helpers import chain


@pytest.fixture
def xor():
    return design_to_dict(load_design("xor"))


def dropout_net():
    return chain([2], [("Linear", {"out_features": 8}), ("Dropout", {"p": 0.1}), ("Linear", {"out_features": 8}),
                       ("Dropout", {"p": 0.2}), ("Linear", {"out_features": 2}), ("Softmax", None)],
                 dataset={"name": "moons"}, loss="cross_entropy", epochs=2)


@pytest.mark.parametrize("text,expected", [
    ("lr=1e-4..1e-1:log", SweepParam("lr", "float", 1e-4, 0.1, True)),
    ("optimizer.lr=0.001..0.1", SweepParam("lr", "float", 0.001, 0.1)),  # a path is its key
    ("batch_size=32,64,128", SweepParam("batch_size", "choice", choices=(32, 64, 128))),
    ("batch_size=16..256:log", SweepParam("batch_size", "int", 16, 256, True)),
    ("epochs=2..8", SweepParam("epochs", "int", 2, 8)),
    ("weight_decay=0..0.01", SweepParam("weight_decay", "float", 0.0, 0.01)),  # a float setting: 0 is 0.0
    ("optimizer=adam,sgd", SweepParam("optimizer", "choice", choices=("adam", "sgd"))),
    ("lr=0.1,0.01", SweepParam("lr", "choice", choices=(0.1, 0.01))),
    ("scheduler.gamma=0.1..0.5", SweepParam("scheduler.gamma", "float", 0.1, 0.5)),
    ("early_stopping.patience=1..5", SweepParam("early_stopping.patience", "int", 1, 5)),
    ("units:n0=16..128", SweepParam("units:n0", "int", 16, 128)),
    ("dropout=0..0.5", SweepParam("dropout", "float", 0.0, 0.5)),
    ("dropout:n3=0.1,0.3", SweepParam("dropout:n3", "choice", choices=(0.1, 0.3))),
])
def test_specs_parse_to_what_they_say(text, expected):
    assert parse_param(text, dropout_net()) == expected
    assert parse_param(str(expected), dropout_net()) == expected  # a parameter reads back as it prints


@pytest.mark.parametrize("text,words", [
    ("lr", "write NAME=SPEC, e.g. lr=1e-4..1e-1:log"),
    ("lr=", "write NAME=SPEC"),
    ("speed=1..2", "nothing called 'speed' to sweep: use "),
    ("dataset=moons,xor", "nothing called 'dataset' to sweep"),
    ("lr=0..0.1", "lr=0..0.1: learning rate (optimizer.lr) must be greater than 0; it is 0"),
    ("lr=0..0.1:log", "a :log range needs ends above 0, e.g. lr=1e-5..1e-1:log"),
    ("lr=0.1..0.01", "the range's first end must be below its second"),
    ("lr=1e-3..1e-1:ln", "after the range write :log or nothing, not :ln"),
    ("lr=small..big", "'small' is not a number"),
    ("lr=1e-3..nan", "'nan' is not a finite number"),
    ("batch_size=0,32", "batch size (batch_size) must be at least 1; it is 0"),
    ("batch_size=1.5..64", "batch_size takes whole numbers: write e.g. batch_size=1..64"),
    ("batch_size=32,48.5", "batch_size takes whole numbers, not 48.5"),
    ("batch_size=32,,64", "an empty choice"),
    ("momentum=0..1.5", "momentum (optimizer.momentum) must be at most 1; it is 1.5"),
    ("validation=0..0.95", "validation fraction (dataset.validation) must be at most 0.9"),
    ("optimizer=adam,lion", "'lion' is not one of sgd, adam, adamw, rmsprop"),
    ("optimizer=0..1", "optimizer takes names, not a range: write e.g. optimizer=sgd,adam"),
    ("units:n9=8..16", "the design has no layer 'n9' (its layers: x, n0"),
    ("units:n1=8..16", "a Dropout has no units"),
    ("units:n0=0..16", "units must be whole numbers of at least 1; it is 0"),
    ("units:n0=8..2000000", "layer n0: 'out_features' must be at most 1e+06; it is 2000000"),
    ("dropout:n0=0..0.5", "a Linear has no dropout"),
    ("dropout=0..1", "dropout must be a number from 0 up to (not including) 1; it is 1"),
])
def test_bad_specs_are_refused_saying_what_to_write(text, words):
    with pytest.raises(SweepError) as caught:
        parse_param(text, dropout_net())
    assert words in str(caught.value)
    assert isinstance(caught.value, NetbuilderError)  # the CLI's one line and exit status 2


def test_without_dropout_layers_plain_dropout_is_refused(xor):
    with pytest.raises(SweepError, match="the design has no Dropout layer"):
        parse_param("dropout=0..0.5", xor)
    assert parse_param("units:hidden=8..64") == SweepParam("units:hidden", "int", 8, 64)  # no design: not checked


def test_params_that_set_the_same_thing_are_refused(xor):
    with pytest.raises(SweepError, match="lr is given twice: keep one"):
        check_params(xor, ["lr=1e-3..1e-1", "optimizer.lr=0.1,0.2"])
    with pytest.raises(SweepError, match="dropout and dropout:n1 both set p of layer n1"):
        check_params(dropout_net(), ["dropout=0..0.5", "dropout:n1=0.1,0.2"])
    with pytest.raises(SweepError, match="at least one --param"):
        check_params(xor, [])
    assert [p.name for p in check_params(xor, ["lr=1e-3..1e-1", SweepParam("batch_size", "choice",
                                                                            choices=(2, 4))])] == ["lr", "batch_size"]


def test_apply_params_makes_a_new_design_with_the_values_in_place(xor):
    before = design_to_dict(load_design("xor"))
    new = apply_params(xor, {"lr": 0.01, "batch_size": 2, "optimizer": "sgd", "units:hidden": 16.0, "epochs": 3,
                             "scheduler.gamma": 0.5, "limit": 3})
    assert xor == before  # the design given is untouched
    assert new["training"]["optimizer"] == {"name": "sgd", "lr": 0.01}
    assert (new["training"]["batch_size"], new["training"]["epochs"]) == (2, 3)
    assert new["training"]["scheduler"] == {"gamma": 0.5}
    assert new["training"]["dataset"] == {"name": "xor", "limit": 3}
    hidden = next(n for n in new["nodes"] if n["id"] == "hidden")
    assert hidden["params"] == {"out_features": 16} and isinstance(hidden["params"]["out_features"], int)
    net = apply_params(dropout_net(), {"dropout": 0.25, "units:n2": 32})
    assert [n["params"] for n in net["nodes"] if n["type"] == "Dropout"] == [{"p": 0.25}, {"p": 0.25}]
    one = apply_params(dropout_net(), {"dropout:n3": 0.4})
    assert [n["params"]["p"] for n in one["nodes"] if n["type"] == "Dropout"] == [0.1, 0.4]
    as_string = dict(xor, training={**xor["training"], "optimizer": "adam"})
    assert apply_params(as_string, {"lr": 0.2})["training"]["optimizer"] == {"name": "adam", "lr": 0.2}


def test_apply_params_refuses_values_and_names_the_design_cannot_take(xor):
    with pytest.raises(SweepError, match=r"lr=-1: learning rate \(optimizer.lr\) must be greater than 0"):
        apply_params(xor, {"lr": -1})
    with pytest.raises(SweepError, match="batch_size=2.5: batch size .* must be a whole number"):
        apply_params(xor, {"batch_size": 2.5})
    with pytest.raises(SweepError, match="nothing called 'device' to sweep"):
        apply_params(xor, {"device": "cpu"})
    with pytest.raises(SweepError, match="the design has no layer 'gone'"):
        apply_params(xor, {"units:gone": 8})


def test_sweepable_lists_what_a_design_offers_in_plain_words(xor):
    offered = dict(sweepable(xor))
    assert {"lr", "batch_size", "epochs", "optimizer", "weight_decay", "momentum", "scheduler"} <= set(offered)
    assert not {"dataset", "limit", "validation", "loss", "seed"} & set(offered)
    assert offered["lr"] == "learning rate" and offered["batch_size"] == "batch size"
    assert offered["units:hidden"] == "units of layer hidden (Linear out_features)"
    assert "units:out" not in offered  # its size is the network's output
    assert not any(name.startswith("dropout") for name in offered)
    net = dict(sweepable(dropout_net()))
    assert net["dropout"] == "dropout of every Dropout layer"
    assert {"dropout:n1", "dropout:n3", "units:n0", "units:n2"} <= set(net) and "units:n4" not in net
    for name in (*offered, *net):  # every name offered has a starting spec that parses on its design
        design = xor if name in offered else dropout_net()
        assert parse_param(f"{name}={suggested_spec(design, name)}", design).name == name


def test_suggested_batch_sizes_fit_the_training_set(xor):
    assert suggested_spec(xor, "batch_size") == "1,2,4"  # XOR has 4 samples: 16..128 would all be full-batch
    moons = {"nodes": [], "training": {"dataset": {"name": "moons", "limit": 100}}}
    assert suggested_spec(moons, "batch_size") == "16,32,64"
    assert suggested_spec({"nodes": [], "training": {"dataset": {"name": "moons"}}}, "batch_size") == "16,32,64,128"


def test_what_a_design_has_now_for_a_sweep_name_and_whether_a_sweep_changes_the_data(xor):
    design = load_design("xor")
    assert [current_value(design, n) for n in ("lr", "optimizer.lr", "batch_size", "optimizer", "units:hidden")] \
        == [0.05, 0.05, 4, "adam", 8]
    assert current_value(xor, "scheduler") == "none" and current_value(xor, "momentum") == 0.0
    assert current_value(xor, "dropout") is None and current_value(xor, "units:gone") is None
    assert current_value(dropout_net(), "dropout") == current_value(dropout_net(), "dropout:n1") is not None
    assert changes_data(["limit"]) and changes_data([parse_param("seed=1,2")]) and changes_data(["dataset.validation"])
    assert not changes_data([parse_param("lr=1e-3..1e-1:log"), "units:hidden", "batch_size"])


def test_the_params_module_imports_neither_torch_nor_optuna():
    code = ("import sys, netbuilder.core.session.sweep_params\n"
            "print(sorted(m for m in ('torch', 'optuna', 'PySide6') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
