"""`netbuilder sweep`: its refusals (one line, status 2), its table, its --json lines on moons, and two processes
started together on one SQLite study finishing its budget without training any settings twice."""
import json
import os
import subprocess
import sys

import optuna
import pytest

from netbuilder.cli import main
from tests.helpers import chain

SWEEP = [sys.executable, "-m", "netbuilder", "sweep"]


def moons(tmp_path):
    design = chain([2], [("Linear", {"out_features": 16}), ("ReLU", None), ("Linear", {"out_features": 2}),
                         ("Softmax", None)],
                   dataset={"name": "moons", "limit": 200, "validation": 0.25}, loss="cross_entropy",
                   optimizer={"name": "adam", "lr": 0.01}, epochs=3, batch_size=32, seed=0, metrics=["accuracy"])
    path = tmp_path / "moons.json"
    path.write_text(json.dumps(design), encoding="utf-8")
    return path


def env():
    return {**os.environ, "PYTHONPATH": str(__import__("pathlib").Path(__file__).resolve().parents[1])}


@pytest.mark.parametrize("args,words", [
    (["--param", "lr=0..0.1"], "error: lr=0..0.1: learning rate (optimizer.lr) must be greater than 0; it is 0"),
    (["--param", "units:nope=8..16"], "error: units:nope: the design has no layer 'nope'"),
    (["--param", "speed=1..2"], "error: nothing called 'speed' to sweep"),
    (["--param", "lr"], "error: 'lr': write NAME=SPEC, e.g. lr=1e-4..1e-1:log"),
    (["--param", "lr=1e-3..1e-1", "--metric", "speed"], "error: --metric speed: a sweep ranks trials by one of "),
    (["--param", "lr=1e-3..1e-1", "--trials", "0"], "error: argument --trials: must be at least 1; it is 0"),
    (["--trials", "2"], "error: the following arguments are required: --param"),
])
def test_bad_sweeps_exit_2_with_one_line(capsys, args, words):
    code = main(["sweep", "xor", *args, *([] if "--trials" in args else ["--trials", "2"])])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith(words) and err.count("\n") == 1, err


def test_a_storage_that_cannot_be_opened_is_one_line(capsys, tmp_path):
    code = main(["sweep", "xor", "--param", "lr=1e-3..1e-1", "--trials", "2", "--storage",
                 f"sqlite:///{tmp_path / 'missing' / 'study.db'}"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "cannot open it ((sqlite3.OperationalError) unable to open database file)" in err


def test_the_text_shows_each_trial_then_the_table_best_first(capsys):
    code = main(["sweep", "xor", "--param", "lr=1e-3..1e-1:log", "--param", "batch_size=2,4", "--trials", "4",
                 "--epochs", "4", "--no-prune", "--sampler", "random"])
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[:2] for line in lines[:4]] == [["trial", str(n)] for n in range(4)]
    assert "XOR: 4 trials by val_loss (lower is better)" in out
    head = lines.index("XOR: 4 trials by val_loss (lower is better)") + 1
    assert lines[head].split() == ["trial", "state", "val_loss", "lr", "batch_size"]
    values = [float(line.split()[2]) for line in lines[head + 1:head + 5]]
    assert values == sorted(values)
    assert lines[-1].startswith(f"best: trial {lines[head + 1].split()[0]} (val_loss {lines[head + 1].split()[2]})")
    assert lines[-2].startswith("importance: ")


def test_json_on_moons_prints_a_line_per_trial_and_a_last_done(tmp_path):
    run = subprocess.run([*SWEEP, str(moons(tmp_path)), "--param", "lr=1e-3..1e-1:log", "--param",
                          "batch_size=16,32", "--trials", "4", "--json"], capture_output=True, text=True,
                         timeout=120, cwd=tmp_path, env=env())
    assert run.returncode == 0, run.stderr
    events = [json.loads(line) for line in run.stdout.splitlines()]  # nothing else (no Optuna log) on stdout
    trials, done = events[:-1], events[-1]
    assert [e["event"] for e in trials] == ["trial"] * 4 and [e["number"] for e in trials] == [0, 1, 2, 3]
    for event in trials:
        assert {"number", "params", "value", "state", "message"} == set(event) - {"event"}
        assert set(event["params"]) == {"lr", "batch_size"} and event["state"] in (
            "complete", "pruned", "stopped", "failed", "diverged", "duplicate")
        assert (event["value"] is None) == (event["state"] not in ("complete", "duplicate"))
    assert done["event"] == "done" and done["metric"] == "val_loss" and done["trials"] == 4
    scored = [e for e in trials if e["value"] is not None]
    best = min(scored, key=lambda e: e["value"])
    assert done["best"] == {"number": best["number"], "params": best["params"], "value": best["value"]}
    assert "Trial" not in run.stderr  # Optuna's own INFO lines are silenced


def test_two_processes_share_one_study_and_its_budget(tmp_path):
    """Started together on one SQLite file with one --study and the same search seed (so that they propose alike),
    sweeping choices only (6 combinations, a budget of 10): each process proposes settings the other trained or
    is training, and reuses or skips them; together they train every combination exactly once, then stop; every
    trial a process reports is the study's."""
    budget, storage = 10, f"sqlite:///{tmp_path / 'study.db'}"
    command = [*SWEEP, str(moons(tmp_path)), "--param", "batch_size=8,16,32", "--param", "optimizer=adam,sgd",
               "--trials", str(budget), "--storage", storage, "--study", "shared", "--sampler", "random",
               "--epochs", "2", "--json"]
    processes = [subprocess.Popen([*command, "--seed", str(seed)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, cwd=tmp_path, env=env()) for seed in (1, 1)]
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
        outputs.append([json.loads(line) for line in out.splitlines()])
    assert all(lines[-1]["event"] == "done" for lines in outputs)
    mine = [{e["number"] for e in lines if e["event"] == "trial"} for lines in outputs]
    assert all(mine) and not mine[0] & mine[1], outputs  # both worked on it, each trial in one process
    study = optuna.load_study(study_name="shared", storage=storage)
    stored = {t.number: t for t in study.get_trials() if t.user_attrs.get("netbuilder_state") != "over_budget"}
    assert sorted(stored) == sorted(mine[0] | mine[1])
    trained = [t for t in stored.values() if "netbuilder_duplicate_of" not in t.user_attrs]
    settings = [tuple(sorted(t.params.items())) for t in trained]
    assert len(settings) == len(set(settings)) == 6  # every combination trained, none twice
    repeats = [t for t in stored.values() if "netbuilder_duplicate_of" in t.user_attrs]
    across = [t for t in repeats if (t.number in mine[0]) != (t.user_attrs["netbuilder_duplicate_of"] in mine[0])]
    assert across, [(t.number, t.user_attrs) for t in repeats]  # a repeat of the other process's trial
    for t in repeats:
        twin = stored[t.user_attrs["netbuilder_duplicate_of"]]
        assert twin.params == t.params and "netbuilder_duplicate_of" not in twin.user_attrs
    for event in (e for lines in outputs for e in lines if e["event"] == "trial"):  # every result is the study's
        trial = stored[event["number"]]
        assert trial.params == event["params"] and trial.user_attrs["netbuilder_state"] == event["state"]
        assert event["value"] is None or trial.value == pytest.approx(event["value"])


def test_a_study_with_nothing_left_to_run_says_so(capsys, tmp_path):
    storage = f"sqlite:///{tmp_path / 'study.db'}"
    args = ["sweep", "xor", "--param", "batch_size=2,4", "--trials", "1", "--epochs", "2", "--storage", storage]
    assert main(args) == 0
    capsys.readouterr()
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert "holds 1 trials, its budget spent or every combination tried: nothing run (raise --trials" in err
    assert "importance: needs at least 2 trials trained to the end" in out
    assert main(["sweep", "xor", "--param", "lr=1e-3..1e-1", "--trials", "1", "--storage", "study.db"]) == 2
    assert "write a database URL, e.g. sqlite:///study.db" in capsys.readouterr().err


def test_a_repeat_says_its_metric_and_a_stopped_trial_its_state(capsys):
    from netbuilder.cli_sweep import _table, _text_line
    from netbuilder.core.session.sweep import SweepResult, TrialOutcome
    named = ["val_loss"]  # the name the first trained trial's run gave
    _text_line(TrialOutcome(3, {"batch_size": 4}, 0.25, "duplicate", "the same settings as trial 1"), None, named)
    assert capsys.readouterr().out.startswith("trial 3 duplicate val_loss 0.25  batch_size=4")
    trials = [TrialOutcome(1, {"batch_size": 4}, 0.25, "complete"), TrialOutcome(3, {"batch_size": 4}, 0.25,
              "duplicate"), TrialOutcome(4, {"batch_size": 2}, None, "stopped")]
    _table("XOR", SweepResult("s", None, "val_loss", "minimize", trials, trials[0], trials))
    out = capsys.readouterr().out
    assert "importance: needs at least 2 trials trained to the end" in out  # a repeat is no second result
    assert out.splitlines()[-3].split()[:2] == ["4", "stopped"]


def test_the_command_line_starts_without_optuna_or_torch():
    """Parsing a sweep's options loads neither Optuna nor torch: `netbuilder --help` and a refusal stay quick."""
    code = ("import sys, netbuilder.cli as cli\n"
            "cli.build_parser().parse_args(['sweep', 'xor', '--param', 'lr=1e-3..1e-1', '--trials', '2'])\n"
            "print(sorted(m for m in ('optuna', 'torch', 'PySide6') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env()).stdout
    assert out.strip() == "[]"
