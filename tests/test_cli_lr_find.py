"""`netbuilder lr-find DESIGN [--json]` (issue 22's contract): one JSON object with the suggestion and the curve,
or the suggestion in words with the range tried and why it stopped; user errors in one line, status 2."""
from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from netbuilder.cli import main


def test_json_is_one_object_with_the_suggestion_and_a_rising_range_of_rates(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "netbuilder", "lr-find", "xor", "--json", "--device", "cpu",
                           "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1
    found = json.loads(lines[0])
    assert {"suggestion", "lrs", "losses"} <= found.keys() and found["stopped"] in ("end", "exploded")
    lrs, losses = found["lrs"], found["losses"]
    assert len(lrs) == len(losses) >= 10 and all(b > a for a, b in zip(lrs, lrs[1:]))
    assert math.isclose(lrs[0], 1e-7) and lrs[-1] <= 10.0 + 1e-9
    assert all(math.isfinite(v) for v in losses)
    assert isinstance(found["suggestion"], float) and lrs[0] < found["suggestion"] < lrs[-1]
    assert "Traceback" not in proc.stderr


def test_the_text_says_the_suggestion_the_range_and_why_it_stopped(tmp_path, capsys):
    assert main(["lr-find", "linear_regression", "--optimizer", "sgd", "--device", "cpu",
                 "--data-dir", str(tmp_path)]) == 0
    first, second = capsys.readouterr().out.strip().splitlines()
    assert first.startswith("Linear regression: suggested learning rate ") and "for sgd" in first
    rate = first.split("suggested learning rate ")[1].split()[0]
    assert first.endswith(f"; train with: netbuilder train linear_regression --optimizer sgd --lr {rate}")
    assert second.startswith("tried learning rates 1e-07 to ") and "stopped: the loss blew up at" in second


def test_no_suggestion_is_said_in_words(tmp_path, capsys, monkeypatch):
    from netbuilder.core.training import lr_finder
    monkeypatch.setattr(lr_finder, "MIN_POINTS", 1000)  # no curve is long enough
    assert main(["lr-find", "xor", "--device", "cpu", "--data-dir", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["suggestion"] is None
    assert main(["lr-find", "xor", "--device", "cpu", "--data-dir", str(tmp_path)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("XOR: no suggestion: only 100 batches recorded, too few to say")


@pytest.mark.parametrize("argv, words", [
    (["lr-find", "no_such_design"], "no such file or preset"),
    (["lr-find", "xor", "--limit", "0"], "--limit"),
    (["lr-find", "xor", "--optimizer", "fast"], "--optimizer"),
    (["lr-find"], "design"),
])
def test_user_errors_are_one_line_and_status_2(argv, words, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and words in err and len(err.splitlines()) == 1
