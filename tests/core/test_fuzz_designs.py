"""Property-based: mutated designs (from the presets and the lessons' designs) are either refused with one clear
line (a NetbuilderError) or are designs that every later step handles: shape inference, validation, the summary,
and for designs without errors compiling (on torch's meta device: nothing is allocated). Never a raw Python error,
never a hang. A few hundred examples in the quick suite; ``slow``: 10,000."""
from __future__ import annotations

import copy
import json
import time

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netbuilder.core.files import plain_json
from netbuilder.core.design.compiler import NetModule
from netbuilder.core.design.design_io import design_from_dict, design_to_dict
from netbuilder.core.errors import DesignError, NetbuilderError
from netbuilder.core.teaching.lessons import lesson_names, load_lesson
from netbuilder.core.design.presets import preset_names, preset_path
from netbuilder.core.design.shapes import infer_shapes
from netbuilder.core.design.summary import summarize
from netbuilder.core.design.validate import validate


def _bases() -> list[dict]:
    bases = [json.loads(preset_path(name).read_text(encoding="utf-8")) for name in preset_names()]
    for name in lesson_names():
        lesson = load_lesson(name)
        bases += [step.action["open"] for step in lesson.steps
                  if step.kind == "open" and isinstance(step.action["open"], dict)]
    return bases


BASES = _bases()
ODD_TEXT = ["", " ", "\u0000", "é", "\u202e", "🙂" * 3, "\ud800", "a" * 10_000, "Linear", "Input", "x"]
ODD_NUMBERS = [0, -1, 1, 2 ** 31, 2 ** 63, 10 ** 12, 10 ** 99, -10 ** 40, 0.5, -0.0, 1e308, 1e-320, 3.7, True]
odd_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.sampled_from(ODD_NUMBERS), st.integers(), st.floats(allow_nan=False),
              st.sampled_from(ODD_TEXT), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=8)


def _paths(value) -> list[tuple]:
    """The path of every value inside a JSON value, its own included (walked without recursion: some are deep)."""
    out, stack = [], [((), value)]
    while stack:
        path, item = stack.pop()
        out.append(path)
        if isinstance(item, dict):
            stack.extend((path + (k,), v) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((path + (i,), v) for i, v in enumerate(item))
    return out


def _get(value, path):
    for key in path:
        value = value[key]
    return value


@st.composite
def mutated(draw) -> str:
    """A design's JSON text after 1-4 mutations: a key dropped, a value replaced (odd types, huge numbers, odd
    unicode), deep nesting, a node duplicated, an edge added (cycles, missing nodes, bad ports), a list emptied."""
    data = copy.deepcopy(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        op = draw(st.sampled_from(["drop", "replace", "replace", "nest", "duplicate_node", "edge", "empty"]))
        if op in ("drop", "replace", "nest") and not path:
            continue
        parent, key = (_get(data, path[:-1]), path[-1]) if path else (None, None)
        if op == "drop":
            del parent[key]
        elif op == "replace":
            parent[key] = draw(odd_values)
        elif op == "nest":
            depth = draw(st.sampled_from([2, 30, 70, 300]))  # deeper: tests/core/test_bad_input.py
            value = parent[key]
            for _ in range(depth):
                value = [value]
            parent[key] = value
        elif op == "duplicate_node" and isinstance(data.get("nodes"), list) and data["nodes"]:
            data["nodes"].append(copy.deepcopy(draw(st.sampled_from(data["nodes"]))))
        elif op == "edge" and isinstance(data.get("edges"), list):
            nodes = data.get("nodes") if isinstance(data.get("nodes"), list) else []
            ids = [n.get("id") for n in nodes if isinstance(n, dict)] + ["nowhere"]
            edge = {"source": draw(st.sampled_from(ids)), "target": draw(st.sampled_from(ids))}
            if draw(st.booleans()):
                edge["port"] = draw(st.sampled_from([0, 1, 2, -1, 10 ** 9, "0", None]))
            data["edges"].append(edge)
        elif op == "empty":
            target = _get(data, path)
            if isinstance(target, (list, dict)):
                target.clear()
    try:
        return json.dumps(data, ensure_ascii=draw(st.booleans()))
    except RecursionError:  # json.dumps itself cannot write it: a file nested that deep is written by hand
        return "[" * 5000 + "]" * 5000


def check_design_text(text: str) -> str:
    """Load and check a design the way the CLI and the window do; returns "refused" or "valid" / "invalid".
    Any exception other than a NetbuilderError fails the test (so does a message that is empty or not one line)."""
    started = time.perf_counter()
    try:
        design = design_from_dict(plain_json.loads(text, "fuzz.json", DesignError), "fuzz.json")
        report = infer_shapes(design)
        problems = validate(design, report)
        summary = summarize(design)
        json.dumps(summary, allow_nan=False)
        for problem in problems:
            str(problem).encode("utf-8")
        json.dumps(design_to_dict(design), allow_nan=False).encode("utf-8")  # it can be saved as it is
        errors = [p for p in problems if p.severity == "error"]
        if not errors:
            with torch.device("meta"):  # builds every module without allocating its weights
                NetModule(design)
        outcome = "invalid" if errors else "valid"
    except NetbuilderError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message, message
        message.encode("utf-8")
        outcome = "refused"
    elapsed = time.perf_counter() - started
    assert elapsed < 5, f"{elapsed:.1f} s to check one design"
    return outcome


QUICK = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                          HealthCheck.data_too_large])


@QUICK
@given(mutated())
def test_mutated_designs_are_refused_clearly_or_handled(text):
    check_design_text(text)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                      HealthCheck.data_too_large])
@given(mutated())
def test_ten_thousand_mutated_designs(text):
    check_design_text(text)


def test_the_unmutated_bases_are_valid():
    assert {check_design_text(json.dumps(base)) for base in BASES} == {"valid"}
