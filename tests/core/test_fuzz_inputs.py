"""Property-based (issue 9): ``predict`` inputs and CSV datasets. Whatever a person passes as rows to a trained
network, and whatever a CSV file and its dataset settings hold, the answer is a result of the right shape or one
NetbuilderError with a one-line message; never a raw Python error. Quick: a few hundred examples; ``slow``: more."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netbuilder.core.files import plain_json
from netbuilder.core.datasets import load_dataset
from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.errors import NetbuilderError
from netbuilder.core.training import TrainConfig, Trainer, load_checkpoint, save_checkpoint

QUICK = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))


def one_line(exc: NetbuilderError) -> None:
    message = str(exc)
    assert message and "\n" not in message and "Traceback" not in message, message
    message.encode("utf-8")


# predict inputs -------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def checkpoints(tmp_path_factory):
    """A trained XOR checkpoint (input [2], one sigmoid output)."""
    folder = tmp_path_factory.mktemp("fuzz_ckpt")
    nodes = [{"id": "x", "type": "Input", "params": {"shape": [2]}},
             {"id": "out", "type": "Linear", "params": {"out_features": 1}}, {"id": "prob", "type": "Sigmoid"}]
    edges = [{"source": a["id"], "target": b["id"]} for a, b in zip(nodes, nodes[1:])]
    design = design_from_dict({"name": "flat", "nodes": nodes, "edges": edges,
                               "training": {"dataset": {"name": "xor"}, "loss": "bce", "epochs": 1, "batch_size": 4}})
    trainer = Trainer(design, TrainConfig.from_design(design), device="cpu", data_dir=folder)
    path = folder / "flat.nbckpt"
    save_checkpoint(path, trainer, trainer.fit())
    return {"flat": load_checkpoint(path)}


numbers = st.one_of(st.integers(-10 ** 6, 10 ** 6), st.floats(allow_nan=False, width=64),
                    st.sampled_from([0, 1, -1, 0.5, 1e38, 1e39, -1e300, 2 ** 63, True, False]))
json_values = st.recursive(
    st.one_of(st.none(), numbers, st.text(max_size=5)),
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=3), inner, max_size=3)),
    max_leaves=12)
row_like = st.one_of(
    st.lists(st.lists(numbers, min_size=0, max_size=4), min_size=0, max_size=5),  # rows of the wrong width too
    st.lists(numbers, max_size=4),  # one row without its brackets
    st.lists(st.lists(st.lists(numbers, max_size=3), max_size=3), max_size=3),
    json_values)


def check_predict(checkpoint, rows) -> None:
    try:
        out = checkpoint.predict(rows)
    except NetbuilderError as exc:
        one_line(exc)
        return
    out = np.asarray(out)
    assert out.ndim == 2 and out.shape[1] == 1 and out.shape[0] >= 1
    json.dumps(out.tolist())  # plain numbers the CLI can print


@QUICK
@given(rows=row_like)
def test_any_rows_give_outputs_or_one_clear_line(checkpoints, rows):
    check_predict(checkpoints["flat"], rows)


@QUICK
@given(text=st.one_of(st.text(max_size=40), row_like.map(json.dumps)))
def test_any_input_text_is_read_or_refused_in_one_line(checkpoints, text):
    """The CLI's path: the text through the one JSON reader, then predict."""
    try:
        rows = plain_json.loads(text, "--input", NetbuilderError)
    except NetbuilderError as exc:
        one_line(exc)
        return
    check_predict(checkpoints["flat"], rows)


# CSV datasets ---------------------------------------------------------------------------------------------------
cells = st.one_of(st.integers(-1000, 1000).map(str), st.floats(allow_nan=True, allow_infinity=True).map(repr),
                  st.sampled_from(["", " ", "nan", "inf", "-", "1e999", "0x10", "1,5", '"3"', "a", "é", "\u202e",
                                   "0", "1", "2"]),
                  st.text(max_size=4))


@st.composite
def csv_case(draw):
    """A CSV text (header, rows of often but not always the right width) and the dataset spec to read it."""
    width = draw(st.integers(1, 4))
    names = draw(st.lists(st.sampled_from(["a", "b", "y", "x 1", "", "y"]), min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(cells, min_size=max(0, width - 1), max_size=width + 1), max_size=8))
    delimiter = draw(st.sampled_from([",", ",", ";"]))
    text = delimiter.join(names) + "\n" + "\n".join(delimiter.join(r) for r in rows)
    if draw(st.booleans()):
        text += "\n"
    spec = {"name": "csv", "path": "data.csv", "target": draw(st.sampled_from(["y", "a", "missing", 3, None]))}
    if draw(st.booleans()):
        spec["task"] = draw(st.sampled_from(["classification", "regression", "clustering", None]))
    if draw(st.booleans()):
        spec["features"] = draw(st.one_of(st.lists(st.sampled_from(["a", "b", "x 1", "y", "zz"]), max_size=3),
                                          st.sampled_from(["a", None, 5, []])))
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "latin-1", "utf-16"]))
    return text, spec, encoding


plain_cells = st.one_of(st.integers(-5, 5).map(str), st.floats(-1e6, 1e6).map(repr),
                        st.floats(allow_nan=True, allow_infinity=True).map(lambda v: f"{v:.6g}"),
                        st.sampled_from(["", " 2 ", "\t3", "+1", ".5", "5.", "-0", "1e5", "1E-3", "1_0", "0x10",
                                         "nan", "inf", "1e999", "a", "\u0661", "1.5e", "--1", "0"]))


@st.composite
def plain_csv_case(draw):
    """A CSV file the fast reader takes: rows exactly as wide as the header, no quotes; cells mostly numbers, the odd
    one that a careful reader and numpy might judge differently."""
    width = draw(st.integers(2, 4))
    names = draw(st.permutations(["a", "b", "y", "x 1"]))[:width]
    numeric = draw(st.booleans())
    cell = st.integers(0, 3).map(str) if numeric else plain_cells
    rows = draw(st.lists(st.lists(st.one_of(cell, cell, plain_cells) if numeric else cell,
                                  min_size=width, max_size=width), min_size=1, max_size=12))
    end = draw(st.sampled_from(["\n", "\r\n"]))
    text = ",".join(names) + end + end.join(",".join(r) for r in rows) + draw(st.sampled_from(["", end]))
    spec = {"name": "csv", "path": "data.csv", "target": draw(st.sampled_from(["y", "a", "y", "missing"]))}
    if draw(st.booleans()):
        spec["task"] = draw(st.sampled_from(["classification", "regression"]))
    return text, spec, draw(st.sampled_from(["utf-8", "utf-8-sig"]))


def check_csv(text: str, spec: dict, encoding: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        try:
            Path(folder, "data.csv").write_bytes(text.encode(encoding, "replace"))
        except UnicodeEncodeError:
            return
        try:
            ds = load_dataset(spec, data_dir=Path(folder))
        except NetbuilderError as exc:
            one_line(exc)
            return
        n = len(ds.x_train) + (len(ds.x_val) if ds.x_val is not None else 0)
        assert n >= 1 and ds.x_train.shape[1:] == ds.input_shape and bool(np.isfinite(ds.x_train.numpy()).all())
        assert len(ds.y_train) == len(ds.x_train)


def outcome(text: str, spec: dict, encoding: str):
    """What loading gives: the tensors and classes, or the message of the refusal."""
    with tempfile.TemporaryDirectory() as folder:
        try:
            Path(folder, "data.csv").write_bytes(text.encode(encoding, "replace"))
        except UnicodeEncodeError:
            return None
        try:
            ds = load_dataset(spec, data_dir=Path(folder))
        except NetbuilderError as exc:
            return "refused", str(exc).replace(folder, "<folder>")
        return ("read", ds.task, ds.class_names, ds.x_train.numpy().tolist(), ds.y_train.numpy().tolist(),
                None if ds.x_val is None else ds.x_val.numpy().tolist())


def check_fast_reader_agrees(text: str, spec: dict, encoding: str) -> None:
    """The fast path for plain files (lines split on commas, numbers parsed by numpy in one pass) gives exactly what
    the csv module's careful reader gives: the same tensors, or the same message."""
    from unittest import mock

    from netbuilder.core.datasets import tabular
    fast = outcome(text, spec, encoding)
    with mock.patch.object(tabular, "_read_plain", lambda path: None):
        careful = outcome(text, spec, encoding)
    assert fast == careful


@QUICK
@given(case=csv_case())
def test_any_csv_is_read_or_refused_in_one_line(case):
    check_fast_reader_agrees(*case)
    check_csv(*case)


@QUICK
@given(case=plain_csv_case())
def test_the_fast_reader_reads_plain_files_as_the_careful_one(case):
    check_fast_reader_agrees(*case)


@pytest.mark.slow
@SLOW
@given(case=st.one_of(csv_case(), plain_csv_case()))
def test_many_csv_files(case):
    check_fast_reader_agrees(*case)
    check_csv(*case)


@pytest.mark.slow
@SLOW
@given(rows=row_like)
def test_many_predict_inputs(checkpoints, rows):
    check_predict(checkpoints["flat"], rows)
