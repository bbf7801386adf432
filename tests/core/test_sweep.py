"""Sweeps on Optuna (core/session/sweep.py) with small budgets on xor: every trial a run with its record and a
state, pruning that says so, failures recorded while the sweep goes on, settings never trained twice, a shared
study's budget, and a locked SQLite study waited for."""
import math
import sqlite3
import threading

import optuna
import pytest

from netbuilder.core.design.design_io import design_to_dict, load_design
from netbuilder.core.session.importance import run_value, setting_importance
from netbuilder.core.session.sweep import PRUNE_AFTER, STATES, SweepResult, run_sweep
from netbuilder.core.session.sweep_params import SweepError, apply_params


def xor(**values):
    return apply_params(design_to_dict(load_design("xor")), {"epochs": 5, **values})


def trials_of(storage: str, name: str):
    return optuna.load_study(study_name=name, storage=storage).get_trials()


def test_a_sweep_on_xor_gives_every_trial_a_run_and_a_state():
    seen, threads = [], set()

    def on_trial(outcome):
        seen.append(outcome)
        threads.add(threading.get_ident())

    result = run_sweep(xor(), ["lr=1e-3..1e-1:log", "batch_size=2,4"], 5, seed=3, prune=False, on_trial=on_trial)
    assert isinstance(result, SweepResult) and threads == {threading.get_ident()}
    assert [o.number for o in seen] == [0, 1, 2, 3, 4] and result.outcomes == seen
    assert result.metric == "val_loss" and result.direction == "minimize"  # xor validates on itself
    for outcome in seen:
        assert outcome.state in STATES
        assert set(outcome.params) == {"lr", "batch_size"} and 1e-3 <= outcome.params["lr"] <= 0.1
        if outcome.state == "duplicate":
            continue
        record = outcome.record
        assert outcome.state == "complete" and record.status == "completed"
        assert len(record.history) == 5 and record.state and len(record.batch_loss)  # curves and weights
        assert record.settings["optimizer"]["lr"] == pytest.approx(outcome.params["lr"])
        assert record.settings["batch_size"] == outcome.params["batch_size"]
        assert outcome.value == pytest.approx(record.history[-1]["val_loss"])
    scored = [o for o in seen if o.value is not None]
    assert result.best.value == min(o.value for o in scored) and result.best.record is not None
    assert [o.number for o in result.trials] == [0, 1, 2, 3, 4]
    assert set(result.importance) <= {"lr", "batch_size"}


def test_a_trial_behind_the_median_is_pruned_and_says_so():
    """Learning rates from 1e-6 (the loss barely moves) to 0.1: once three trials have finished, one behind
    their median after its warm-up epoch stops there."""
    result = run_sweep(xor(epochs=6), ["lr=1e-6..1e-1:log"], 8, sampler="random", seed=0)
    pruned = [o for o in result.outcomes if o.state == "pruned"]
    assert pruned, [(o.params, o.state, o.value) for o in result.outcomes]
    for outcome in pruned:
        epoch = len(outcome.record.history)
        assert 2 <= epoch < 6 and outcome.value is None
        assert outcome.message == f"Pruned by the sweep at epoch {epoch}: behind the median of earlier trials"
        record = outcome.record  # the runs view tells a pruned trial from a stopped run, and scores neither
        assert (record.status, record.sweep_state, record.message) == ("stopped", "pruned", outcome.message)
        assert run_value(record, None) == ("val_loss", None)
    assert {o.state for o in result.outcomes[:PRUNE_AFTER]} == {"complete"}  # the pruner's first trials
    no_prune = run_sweep(xor(epochs=6), ["lr=1e-6..1e-1:log"], 8, sampler="random", seed=0, prune=False)
    assert {o.state for o in no_prune.outcomes} == {"complete"}


def test_a_trial_the_memory_check_refuses_is_failed_and_the_sweep_goes_on():
    """A batch of ten million samples through 100 000 units needs terabytes: the Trainer's memory check refuses it
    before a weight is allocated, the trial is failed with that message, and the other trials train."""
    big = xor(**{"units:hidden": 100_000})
    result = run_sweep(big, ["batch_size=4,10000000"], 4, sampler="random", seed=1, prune=False)
    states = {o.params["batch_size"]: o for o in result.outcomes if o.state != "duplicate"}
    refused, trained = states[10_000_000], states[4]
    assert refused.state == "failed" and "training needs about" in refused.message
    assert refused.record.state is None and refused.record.cause.value == "out_of_memory"  # nothing allocated
    assert trained.state == "complete" and trained.record.history
    assert result.best.params == {"batch_size": 4}
    assert len([o for o in result.outcomes if o.state != "duplicate"]) == 2  # every choice tried: the sweep ends


def test_an_impossible_combination_and_a_diverged_run_are_recorded_and_the_sweep_goes_on():
    result = run_sweep(xor(), ["optimizer=adam,sgd", "momentum=0.5,0.9"], 4, sampler="random", seed=0,
                       prune=False)
    by_optimizer = {o.params["optimizer"]: o for o in result.outcomes if o.state != "duplicate"}
    assert by_optimizer["adam"].state == "failed" and "adam has no momentum setting" in by_optimizer["adam"].message
    assert by_optimizer["sgd"].state == "complete"
    unscaled = apply_params(design_to_dict(load_design("linear_regression")), {"epochs": 5})
    unscaled["training"]["dataset"] = {"name": "linear"}  # x up to 99: SGD at lr 1 blows up
    wild = run_sweep(unscaled, ["lr=1,1e-5"], 2, sampler="random", seed=0, prune=False)
    states = {o.params["lr"]: o for o in wild.outcomes}
    assert states[1].state == "diverged" and states[1].value is None and states[1].record.diverged_x
    assert "learning rate (1)" in states[1].message
    assert states[1e-5].state == "complete" and wild.best.params == {"lr": 1e-5}


def test_settings_already_tried_are_reused_not_trained_again(tmp_path):
    storage = f"sqlite:///{tmp_path / 'study.db'}"
    result = run_sweep(xor(), ["batch_size=2,4"], 2, sampler="random", seed=0, prune=False, storage=storage,
                       study="dups")
    trained = [o for o in result.outcomes if o.record is not None]
    assert sorted(o.params["batch_size"] for o in trained) == [2, 4]  # repeats spend no budget
    for outcome in result.outcomes:
        if outcome.state == "duplicate":
            twin = next(o for o in trained if o.params == outcome.params)
            assert outcome.value == twin.value and outcome.record is None
            assert f"the same settings as trial {twin.number} (complete): its result reused" in outcome.message
    stored = {t.number: t for t in trials_of(storage, "dups")}
    assert len(stored) == len(result.outcomes) and all(t.value is not None for t in stored.values())
    again = run_sweep(xor(), ["batch_size=2,4"], 5, storage=storage, study="dups")
    assert again.outcomes == []  # every combination is tried: nothing runs, however many trials are left


def test_a_running_trial_blocks_its_settings_whatever_it_carries_and_a_never_run_twin_is_no_twin(tmp_path):
    storage = f"sqlite:///{tmp_path / 'study.db'}"
    study = optuna.create_study(storage=storage, study_name="busy")
    study.enqueue_trial({"batch_size": 4})
    elsewhere = study.ask()  # another process is telling its result: its attributes are set, its state not yet
    elsewhere.suggest_categorical("batch_size", [4, 8])
    elsewhere.set_user_attr("netbuilder_state", "complete")
    study.enqueue_trial({"batch_size": 4})  # this process proposes the same settings
    result = run_sweep(xor(), ["batch_size=4,8"], 2, storage=storage, study="busy")
    assert [(o.number, o.state) for o in result.outcomes][0] == (1, "pruned")
    assert [o.params for o in result.outcomes if o.record is not None] == [{"batch_size": 8}]
    study = optuna.create_study(storage=storage, study_name="twins")
    never = study.ask()  # a repeat that was never run
    never.suggest_categorical("batch_size", [4])
    never.set_user_attr("netbuilder_state", "pruned")
    never.set_user_attr("netbuilder_duplicate_of", 7)
    study.tell(never, state=optuna.trial.TrialState.PRUNED)
    result = run_sweep(xor(), ["batch_size=4"], 1, storage=storage, study="twins")
    assert [(o.number, o.state) for o in result.outcomes] == [(1, "complete")]


@pytest.mark.filterwarnings("ignore::UserWarning", "ignore::optuna.exceptions.ExperimentalWarning")
def test_a_dead_process_and_a_stopped_trial_spend_no_budget(tmp_path):
    from netbuilder.core.session import sweep
    storage = f"sqlite:///{tmp_path / 'study.db'}"
    study = optuna.create_study(storage=optuna.storages.RDBStorage(storage, heartbeat_interval=20, grace_period=60),
                                study_name="dead")
    dead = study.ask()  # its process was killed while it trained: its last heartbeat is old
    dead.suggest_categorical("batch_size", [4])
    study._storage.record_heartbeat(dead._trial_id)
    db = sqlite3.connect(tmp_path / "study.db", isolation_level=None)
    db.execute("UPDATE trial_heartbeats SET heartbeat = '2000-01-01 00:00:00'")
    db.close()
    result = run_sweep(xor(), ["batch_size=4"], 1, storage=storage, study="dead")
    assert [(o.number, o.state) for o in result.outcomes] == [(1, "complete")]
    assert trials_of(storage, "dead")[0].state == optuna.trial.TrialState.FAIL
    calls = []
    cut = run_sweep(xor(epochs=50), ["lr=1e-3..1e-1:log"], 1, storage=storage, study="cut",
                    should_stop=lambda: calls.append(1) or len(calls) > 1)
    assert [o.state for o in cut.outcomes] == ["stopped"]
    again = run_sweep(xor(epochs=50), ["lr=1e-3..1e-1:log"], 1, storage=storage, study="cut")
    assert [o.state for o in again.outcomes] == ["complete"]  # the stopped trial used no budget
    late = optuna.load_study(study_name="cut", storage=storage).ask()  # failed as stale while it still trained
    study._storage.set_trial_state_values(late._trial_id, optuna.trial.TrialState.FAIL)
    sweep._tell(late.study, late, optuna, "complete", "", 0.5)  # its process tells nothing more, and goes on


def test_settings_running_elsewhere_are_not_run(tmp_path):
    """Another process's trial with the same settings is still running: this one is pruned, naming it."""
    storage = f"sqlite:///{tmp_path / 'study.db'}"
    study = optuna.create_study(storage=storage, study_name="busy")
    study.enqueue_trial({"batch_size": 4})
    elsewhere = study.ask()
    elsewhere.suggest_categorical("batch_size", [4, 8])
    study.enqueue_trial({"batch_size": 4})
    result = run_sweep(xor(), ["batch_size=4,8"], 2, storage=storage, study="busy")
    assert [(o.number, o.state) for o in result.outcomes][0] == (1, "pruned")
    assert result.outcomes[0].message == ("not run: trial 0 with the same settings is running (in another "
                                          "process)")
    assert result.outcomes[0].record is None and result.best.params == {"batch_size": 8}


def test_the_budget_is_the_studys_and_a_stop_ends_the_sweep_between_trials(tmp_path):
    storage = f"sqlite:///{tmp_path / 'study.db'}"
    first = run_sweep(xor(), ["lr=1e-3..1e-1:log"], 2, storage=storage, study="s", seed=0)
    again = run_sweep(xor(), ["lr=1e-3..1e-1:log"], 2, storage=storage, study="s", seed=1)
    assert len(first.outcomes) == 2 and again.outcomes == []  # the study already holds 2
    assert [o.value for o in again.trials] == [o.value for o in first.trials]
    assert again.best.number == first.best.number
    more = run_sweep(xor(), ["lr=1e-3..1e-1:log"], 3, storage=storage, study="s", seed=1)
    assert [o.number for o in more.outcomes] == [2]
    with pytest.raises(SweepError, match="study 's' sweeps lr=0.001..0.1:log by the default metric; give the same"):
        run_sweep(xor(), ["lr=1e-4..1e-1:log"], 4, storage=storage, study="s")
    with pytest.raises(SweepError, match="study 's' trained another design or other settings"):
        run_sweep(xor(epochs=6), ["lr=1e-3..1e-1:log"], 4, storage=storage, study="s")
    done = []
    stopped = run_sweep(xor(), ["lr=1e-3..1e-1:log"], 5, on_trial=done.append, should_stop=lambda: bool(done))
    assert len(stopped.outcomes) == 1
    cut = run_sweep(xor(epochs=50), ["lr=1e-3..1e-1:log"], 3, should_stop=lambda: True)
    assert cut.outcomes == [] and cut.best is None


def test_a_stop_during_a_trial_ends_it_between_batches():
    calls = []

    def should_stop():  # False between trials; the first question inside the run stops it
        calls.append(1)
        return len(calls) > 1
    result = run_sweep(xor(epochs=50), ["lr=1e-3..1e-1:log"], 3, should_stop=should_stop)
    (outcome,) = result.outcomes
    assert outcome.state == "stopped" and "the sweep was stopped" in outcome.message
    assert len(outcome.record.history) <= 1 and outcome.record.sweep_state == "stopped"


def test_a_locked_sqlite_study_is_waited_for_not_failed(tmp_path, monkeypatch):
    """SQLite answers "database is locked" once its timeout passes: the sweep's timeout (not SQLite's 5 s default)
    decides how long a process waits for another that holds the lock."""
    from netbuilder.core.session import sweep
    path = tmp_path / "study.db"
    storage = f"sqlite:///{path}"
    run_sweep(xor(), ["lr=1e-3..1e-1:log"], 1, storage=storage, study="locked")

    opening = threading.Event()
    real_storage = optuna.storages.RDBStorage

    class Opened(real_storage):
        def __init__(self, *args, **kwargs):
            opening.set()
            super().__init__(*args, **kwargs)
    monkeypatch.setattr(optuna.storages, "RDBStorage", Opened)

    def sweep_while_locked(timeout):
        monkeypatch.setattr(sweep, "SQLITE_TIMEOUT", timeout)
        lock = sqlite3.connect(path, isolation_level=None)
        lock.execute("BEGIN EXCLUSIVE")
        opening.clear()
        outcome = {}

        def other_process():
            try:
                outcome["result"] = run_sweep(xor(), ["lr=1e-3..1e-1:log"], 2, storage=storage, study="locked")
            except Exception as exc:  # noqa: BLE001 (what the test looks at)
                outcome["error"] = exc
        thread = threading.Thread(target=other_process)
        thread.start()
        if timeout >= 1:  # the lock is let go once the sweep opens the study; with a short timeout, never
            assert opening.wait(60)
        else:
            thread.join(60)
        lock.execute("COMMIT")
        lock.close()
        thread.join(60)
        assert not thread.is_alive()
        return outcome

    default = sweep.SQLITE_TIMEOUT
    assert default >= 30
    failed = sweep_while_locked(0.1)
    assert "database is locked" in str(failed["error"])
    waited = sweep_while_locked(default)
    (trained,) = [o for o in waited["result"].outcomes if o.state == "complete"]
    assert math.isfinite(trained.value)


def test_the_value_is_the_metric_at_the_last_kept_epoch_and_a_score_is_maximised():
    from netbuilder.core.session.runs import RunRecord
    from netbuilder.core.session.sweep import metric_direction
    history = [{"epoch": 1, "loss": 0.5, "val_loss": 0.4}, {"epoch": 2, "loss": 0.3, "val_loss": 0.2},
               {"epoch": 3, "loss": 0.2, "val_loss": 0.6}, {"epoch": 4, "loss": 0.1, "partial": True}]
    record = RunRecord(1, "early_stopping", "", {}, {}, "cpu", {}, history=history, best_epoch=2)
    assert run_value(record, None) == ("val_loss", 0.2)  # early stopping kept epoch 2's weights
    assert run_value(record, "loss") == ("loss", 0.3)
    record.best_epoch = None
    assert run_value(record, None) == ("val_loss", 0.6)  # the last whole epoch, not the partial one
    record.status = "stopped"  # a run stopped by a person or pruned by a sweep has no final value
    assert run_value(record, None) == ("val_loss", None)
    record.status = "completed"
    record.history = [{"epoch": 1, "loss": float("nan")}]
    assert run_value(record, None) == ("loss", None)
    from netbuilder.core.session.importance import metric_direction as the_rule
    assert the_rule("val_r2") == metric_direction("val_r2") == "maximize"
    assert [metric_direction(m) for m in ("loss", "val_mae", "val_accuracy", "r2")] == [
        "minimize", "minimize", "maximize", "maximize"]
    result = run_sweep(xor(), ["lr=1e-2..1e-1:log"], 3, metric="accuracy", prune=False)
    assert result.direction == "maximize" and result.metric == "accuracy"
    assert result.best.value == max(o.value for o in result.outcomes)


def test_a_trial_numbered_past_the_budget_is_not_run(tmp_path, monkeypatch):
    """Two processes ask for the study's last trial at once: the one numbered past the budget is not run, and is
    stored as FAIL with netbuilder_state "over_budget", outside the results."""
    storage = f"sqlite:///{tmp_path / 'study.db'}"
    run_sweep(xor(), ["lr=1e-3..1e-1:log"], 1, storage=storage, study="race")
    real_ask = optuna.study.Study.ask

    def ask_after_another_process(study, *args, **kwargs):
        other = optuna.load_study(study_name="race", storage=storage)
        real_ask(other)  # the other process's trial 1, still running
        monkeypatch.setattr(optuna.study.Study, "ask", real_ask)
        return real_ask(study, *args, **kwargs)
    monkeypatch.setattr(optuna.study.Study, "ask", ask_after_another_process)
    result = run_sweep(xor(), ["lr=1e-3..1e-1:log"], 2, storage=storage, study="race")
    assert result.outcomes == [] and [o.number for o in result.trials] == [0]
    late = trials_of(storage, "race")[2]
    assert late.state == optuna.trial.TrialState.FAIL and late.user_attrs["netbuilder_state"] == "over_budget"
    assert late.params == {}  # never suggested, never trained


def test_the_sweep_ranks_settings_by_the_runs_views_rule():
    """The CLI's importance and the window's "Which setting mattered" on the same trials are the same numbers."""
    result = run_sweep(xor(), ["lr=1e-3..1e-1:log", "units:hidden=2..16"], 8, sampler="random", seed=2, prune=False)
    records = [o.record for o in result.outcomes if o.record is not None]
    window = setting_importance(records)
    assert set(window) == {"optimizer.lr", "hidden.out_features"} and result.importance
    assert result.importance["lr"] == pytest.approx(window["optimizer.lr"])
    assert result.importance["units:hidden"] == pytest.approx(window["hidden.out_features"])


@pytest.mark.parametrize("params, metric, words", [
    (["lr=1e-3..1e-1:log"], "val_r2", "--metric val_r2: a classification design measures val_loss, loss"),
    (["momentum=0..0.9"], None, "no trial of this sweep can train: .*adam has no momentum"),
])
def test_a_sweep_no_trial_of_which_can_work_is_refused_before_training(params, metric, words):
    with pytest.raises(SweepError, match=words):
        run_sweep(xor(), params, 3, metric=metric)


def test_a_storage_that_is_no_url_and_a_dataset_a_sweep_of_the_data_cannot_share_are_refused():
    with pytest.raises(SweepError, match="write a database URL, e.g. sqlite:///study.db"):
        run_sweep(xor(), ["lr=1e-3..1e-1:log"], 1, storage="study.db")
    with pytest.raises(SweepError, match="changes the data"):
        run_sweep(xor(), ["seed=1,2"], 1, dataset=object())
