"""The training session's controls: validation callbacks, the learning rate during and between runs, stop, pause
and step, requests made before the trainer exists or from other threads, and slow motion. Generated data only;
CPU, one thread, a few small epochs."""
from __future__ import annotations

import threading
import time

import numpy as np
import pytest
import torch

from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.errors import TrainingError
from netbuilder.core.training import Callback, TrainConfig, Trainer
from netbuilder.core.session import TrainingSession, describe
from helpers import chain, wait_until
from session_helpers import PER_EPOCH, Batches, Worker, make_session, moons_dict, same_state


# 6. validation scores ---------------------------------------------------------------------------------------------
class Validations(Callback):
    def __init__(self) -> None:
        self.calls: list[tuple[int, dict, dict | None]] = []
        self.order: list[str] = []

    def on_validation_end(self, trainer, epoch, scores):
        self.calls.append((epoch, scores, trainer.last_validation))
        self.order.append(f"val{epoch}")

    def on_train_epoch_end(self, trainer, epoch, metrics):
        self.order.append(f"epoch{epoch}")


def test_on_validation_end_gets_the_full_scores_of_a_classifier(tmp_path):
    design = moons_dict(dataset={"name": "moons", "validation": 0.2})
    session = make_session(design, tmp_path)
    hook = Validations()
    record = session.run([hook])
    assert record.status == "completed", record.message
    val_size = len(session.trainer.splits["val"].x)
    assert val_size == 200
    assert [c[0] for c in hook.calls] == [1, 2]
    assert hook.order == ["val1", "epoch1", "val2", "epoch2"]
    for (epoch, scores, last), metrics in zip(hook.calls, record.history):
        assert scores["epoch"] == epoch
        confusion = np.array(scores["confusion"])
        assert confusion.shape == (2, 2) and confusion.sum() == val_size
        assert all(len(scores[k]) == 2 for k in ("precision", "recall", "f1"))
        assert scores["accuracy"] == pytest.approx(np.trace(confusion) / val_size)
        # recall of class c: the diagonal over the row (rows are the true classes)
        np.testing.assert_allclose(scores["recall"], np.diag(confusion) / confusion.sum(axis=1))
        assert metrics["val_loss"] == scores["loss"] and metrics["val_accuracy"] == scores["accuracy"]
        assert last == {k: v for k, v in scores.items() if k != "epoch"}
    assert session.trainer.last_validation == {k: v for k, v in hook.calls[-1][1].items() if k != "epoch"}


def test_on_validation_end_is_not_called_without_a_validation_split(tmp_path):
    session = make_session(moons_dict(), tmp_path)  # validation 0
    hook = Validations()
    record = session.run([hook])
    assert record.status == "completed"
    assert hook.calls == [] and hook.order == ["epoch1", "epoch2"]
    assert session.trainer.last_validation is None
    assert "val_loss" not in record.history[-1]


# 7. set_lr during a run -------------------------------------------------------------------------------------------
class LrAt(Callback):
    """Asks for ``lr`` after batch ``at`` of epoch 1 (through ``setter``) and notes the rate of every batch."""

    def __init__(self, setter, at: int = 3, lr: float = 0.5) -> None:
        self.setter, self.at, self.lr = setter, at, lr
        self.rates: list[float] = []

    def on_train_batch_end(self, trainer, epoch, batch, loss):
        self.rates.append(trainer.optimizer.param_groups[0]["lr"])
        if (epoch, batch) == (1, self.at):
            self.setter(trainer)(self.lr)


@pytest.mark.parametrize("through", ["session", "trainer"])
def test_set_lr_during_a_run_applies_from_the_next_batch(through, tmp_path):
    session = make_session(moons_dict(), tmp_path)
    watch = LrAt(lambda trainer: session.set_lr if through == "session" else trainer.set_lr)
    record = session.run([watch])
    assert record.status == "completed"
    assert watch.rates[:3] == [0.02] * 3
    assert watch.rates[3:] == [0.5] * (2 * PER_EPOCH - 3)
    assert session.trainer.config.optimizer["lr"] == 0.5
    assert record.history[1]["lr"] == 0.5
    if through == "session":
        assert session.config.optimizer["lr"] == 0.5 and record.settings["optimizer"]["lr"] == 0.5


def test_set_lr_between_runs_applies_to_the_next_run(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    session.set_lr(0.3)  # before anything is built
    watch = LrAt(lambda trainer: lambda lr: None)
    first = session.run([watch])
    assert watch.rates == [0.3] * (2 * PER_EPOCH)
    assert first.settings["optimizer"]["lr"] == 0.3 and [m["lr"] for m in first.history] == [0.3, 0.3]

    session.set_lr(0.01)  # between runs, trainer built
    watch = LrAt(lambda trainer: lambda lr: None)
    second = session.run([watch])
    assert watch.rates == [0.01] * (2 * PER_EPOCH)
    assert second.changed == {"optimizer.lr": 0.01}
    # each epoch's "lr" is the rate used in that epoch
    assert [m["lr"] for m in second.history] == [0.01, 0.01]


@pytest.mark.parametrize("bad", [0, 0.0, -1, float("nan"), float("inf")])
def test_invalid_learning_rates_are_refused(bad, tmp_path):
    session = make_session(moons_dict(), tmp_path)
    with pytest.raises(TrainingError, match="optimizer.lr: must be (greater than 0|a number)"):
        session.set_lr(bad)
    session.prepare()
    with pytest.raises(TrainingError, match="optimizer.lr: must be (greater than 0|a number)"):
        session.set_lr(bad)
    with pytest.raises(TrainingError, match="optimizer.lr: must be (greater than 0|a number)"):
        session.trainer.set_lr(bad)
    assert session.config.optimizer["lr"] == 0.02
    assert session.trainer.optimizer.param_groups[0]["lr"] == 0.02
    record = session.run()
    assert record.status == "completed" and record.settings["optimizer"]["lr"] == 0.02


# 8. quick stop ---------------------------------------------------------------------------------------------------
class StopAt(Callback):
    def __init__(self, stop, epoch: int = 2, batch: int = 3) -> None:
        self.stop, self.at = stop, (epoch, batch)
        self.seen = 0

    def on_train_batch_end(self, trainer, epoch, batch, loss):
        self.seen += 1
        if (epoch, batch) == self.at:
            self.stop(trainer)


def test_a_stop_in_the_session_ends_the_run_at_once_without_evaluation(tmp_path):
    design = moons_dict(dataset={"name": "moons", "validation": 0.2}, batch_size=80)
    session = make_session(design, tmp_path)
    stopper = StopAt(lambda trainer: session.request_stop())
    record = session.run([stopper])
    assert record.status == "stopped"
    assert stopper.seen == 10 + 3  # no batch after the stop
    assert [m["epoch"] for m in record.history] == [1, 2]
    last = record.history[-1]
    assert last["partial"] is True and last["batches"] == 3
    assert "val_loss" not in last and "val_accuracy" not in last
    assert "val_loss" in record.history[0]
    assert record.test == {}
    out = record.outcome()
    assert out["status"] == "stopped" and "test" not in out and "error" in out
    assert describe(record).startswith("Stopped by you during epoch 2 (after batch 3)")
    assert len(record.batch_x) == 13 and record.batch_x[-1] == 1 + 3 / 10
    assert all(torch.isfinite(v).all() for v in record.state.values())

    session.clear_requests()
    again = session.run()
    assert again.status == "completed" and [m["epoch"] for m in again.history] == [3, 4]


def test_a_plain_trainer_still_evaluates_after_a_stop(tmp_path):
    design = design_from_dict(moons_dict(dataset={"name": "moons", "validation": 0.2}, batch_size=80))
    trainer = Trainer(design, TrainConfig.from_design(design), device="cpu", data_dir=tmp_path, num_threads=1,
                      callbacks=[StopAt(lambda trainer: trainer.request_stop())])
    assert trainer.evaluate_on_stop is True
    result = trainer.fit()
    assert result.stopped == "stopped"
    assert result.history[-1]["partial"] is True and "val_loss" in result.history[-1]
    assert "test_accuracy" in result.test


# 9. requests made before the trainer exists --------------------------------------------------------------------------
def test_a_pause_asked_for_before_the_run_is_not_lost(tmp_path):
    session = make_session(moons_dict(epochs=1), tmp_path)
    batches = Batches()
    session.pause()
    worker = Worker(session, callbacks=[batches])
    try:
        worker.wait_until(lambda: session.trainer is not None and session.trainer.paused, "the trainer is paused")
        assert not batches.ran.acquire(timeout=0.3)  # paused before its first batch
        assert batches.seen == []
        session.step_once()  # one batch, then paused again
        assert batches.ran.acquire(timeout=30)
        assert not batches.ran.acquire(timeout=0.2)
        assert batches.seen == [(1, 1)] and session.trainer.paused
        session.resume()
        record = worker.join()
    finally:
        worker.finish()
    assert record.status == "completed"
    assert len(batches.seen) == PER_EPOCH and len(record.batch_x) == PER_EPOCH
    assert not session.trainer.paused
    assert session.trainer.paused_seconds > 0


def test_a_stop_asked_for_before_the_run_stops_it_before_training(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    session.request_stop()
    batches = Batches()
    record = session.run([batches])
    assert record.status == "stopped" and batches.seen == []
    assert record.history == [] and session.history == []
    assert record.message == "Stopped before training began."
    assert describe(record).startswith("Stopped by you.")
    assert record.state is not None  # the model was built; its weights are the initial ones
    fresh = make_session(moons_dict(), tmp_path)
    fresh.prepare()
    assert same_state(record.state, fresh.state_snapshot())

    # asked for again with the trainer built
    session.request_stop()
    assert session.run([batches]).status == "stopped" and batches.seen == []
    session.clear_requests()
    again = session.run([batches])
    assert again.status == "completed" and len(batches.seen) == 2 * PER_EPOCH


@pytest.mark.parametrize("prepared", [False, True])
def test_clear_requests_forgets_a_stop_and_a_pause(prepared, tmp_path):
    session = make_session(moons_dict(epochs=1), tmp_path)
    if prepared:
        session.prepare()
    session.pause()
    session.request_stop()
    session.clear_requests()
    if prepared:
        assert not session.trainer.paused and not session.trainer.stop_requested
    worker = Worker(session)  # in a thread: a pause that was not forgotten would wait for ever
    try:
        record = worker.join()
    finally:
        worker.finish()
    assert record.status == "completed" and len(record.history) == 1


# 10. Step from idle -------------------------------------------------------------------------------------------------
def test_start_paused_trains_one_batch_then_waits(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    batches = Batches()
    worker = Worker(session, callbacks=[batches], start_paused=True)
    try:
        assert batches.ran.acquire(timeout=30)
        assert not batches.ran.acquire(timeout=0.3)  # then paused
        assert batches.seen == [(1, 1)]
        assert session.trainer.paused
        session.request_stop()
        record = worker.join()
    finally:
        worker.finish()
    assert batches.seen == [(1, 1)]
    assert record.status == "stopped"
    np.testing.assert_array_equal(record.batch_x, [0.1])
    assert len(record.batch_loss) == 1
    assert len(record.history) == 1 and record.history[0]["partial"] is True and record.history[0]["batches"] == 1
    assert not session.trainer.paused

    session.clear_requests()
    again = session.run([batches])  # the next run is not paused
    assert again.status == "completed" and [m["epoch"] for m in again.history] == [2, 3]


# 16. another thread -----------------------------------------------------------------------------------------------
def test_prepare_and_run_work_from_other_threads(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    threads_before = torch.get_num_threads()
    results: dict = {}
    errors: list = []

    def in_thread(name, call):
        def target():
            try:
                results[name] = call()
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)
        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        thread.join(60)
        assert not thread.is_alive()

    in_thread("prepare", session.prepare)
    assert errors == [] and results["prepare"] is session.trainer
    in_thread("run", session.run)
    assert errors == []
    first = results["run"]
    assert first.status == "completed" and [m["epoch"] for m in first.history] == [1, 2]
    in_thread("again", session.run)  # yet another thread
    assert errors == [] and results["again"].status == "completed"
    assert [m["epoch"] for m in results["again"].history] == [3, 4]
    second = session.run()  # and back in this one
    assert second.status == "completed" and len(session.runs) == 3
    assert torch.get_num_threads() == threads_before

    fresh = make_session(moons_dict(), tmp_path)
    in_thread("fresh", fresh.run)  # prepared and run in a thread it was not created in
    assert errors == [] and results["fresh"].status == "completed"
    assert same_state(results["fresh"].state, first.state)


# found in review ---------------------------------------------------------------------------------------------------
def test_a_rate_set_while_the_data_loads_is_the_one_trained_with_now_and_later(tmp_path):
    session = make_session(moons_dict(epochs=1), tmp_path)
    session.set_lr(0.5)  # no trainer yet: the data is still loading
    first = session.run()
    assert session.trainer.optimizer.param_groups[0]["lr"] == 0.5 and first.history[0]["lr"] == 0.5
    session.update_settings(TrainConfig.from_dict(moons_dict(epochs=1, optimizer={"name": "adam", "lr": 0.5})[
        "training"]))
    second = session.run()
    assert second.history[0]["lr"] == 0.5 and first.settings["optimizer"]["lr"] == 0.5


def test_a_rate_set_between_runs_survives_a_reset(tmp_path):
    session = make_session(moons_dict(epochs=1), tmp_path)
    session.run()
    session.set_lr(0.3)
    session.reset_weights()
    record = session.run()
    assert record.history[0]["lr"] == 0.3


def test_every_step_press_trains_one_batch(tmp_path):
    import threading
    session = make_session(moons_dict(epochs=1), tmp_path)
    session.prepare()
    session.pause()
    for _ in range(3):
        session.step_once()  # before the run starts too: each press counts
    seen = []

    class Count(Callback):
        def on_train_batch_end(self, trainer, epoch, batch, loss):
            seen.append(batch)
    worker = threading.Thread(target=session.run, args=([Count()],))
    worker.start()
    # after the batch a press let through, the next pause point waits: parked with no press left, nothing trains
    assert wait_until(lambda: len(seen) >= 3 and session.trainer.waiting.is_set(), 30)
    assert seen == [1, 2, 3]
    for _ in range(2):
        session.step_once()
    assert wait_until(lambda: len(seen) >= 5 and session.trainer.waiting.is_set(), 30)
    assert seen == [1, 2, 3, 4, 5]
    session.request_stop()
    worker.join(30)
    assert not worker.is_alive() and session.runs[-1].status == "stopped"


def test_a_stop_with_early_stopping_says_which_weights_were_kept(tmp_path):
    session = make_session(moons_dict(epochs=30, early_stopping={"patience": 50, "monitor": "loss"}), tmp_path)

    class StopAt(Callback):
        def on_train_epoch_end(self, trainer, epoch, metrics):
            if epoch == 4:
                trainer.request_stop()
    record = session.run([StopAt()])
    assert record.status == "stopped" and record.best_epoch is not None
    text = describe(record)
    assert f"Kept the weights of epoch {record.best_epoch}" in text and "last batch trained" not in text


def slow_session(tmp_path, delay: float) -> TrainingSession:
    design = design_from_dict(chain((2,), [("Linear", {"out_features": 4}), ("ReLU", None),
                                           ("Linear", {"out_features": 2}), ("Softmax", None)],
                                    dataset={"name": "xor", "validation": 0}, loss="cross_entropy",
                                    optimizer={"name": "adam", "lr": 0.01}, epochs=2, batch_size=100, seed=0))
    s = TrainingSession(design, device="cpu", num_threads=1, data_dir=tmp_path)
    s.set_delay(delay)
    return s


def test_slow_motion_waits_after_each_batch(tmp_path):
    """The gap between one batch's end and the next one's is at least the delay (a busy machine only makes the
    gaps longer, so this holds however loaded the machine is); at delay 0 nothing waits."""
    class Clock(Callback):
        def __init__(self):
            self.ends = []

        def on_train_batch_end(self, trainer, epoch, batch, loss):
            self.ends.append(time.perf_counter())

    slow = slow_session(tmp_path, 0.1)
    clock = Clock()
    assert slow.run([clock]).status == "completed"
    gaps = np.diff(clock.ends)
    assert len(gaps) >= 1 and gaps.min() >= 0.1 * 0.95, gaps
    assert slow.trainer.delay == 0.1
    fast = slow_session(tmp_path, 0.0)
    clock = Clock()
    assert fast.run([clock]).status == "completed" and fast.trainer.delay == 0


def test_a_stop_cuts_a_slow_motion_wait_short_and_bad_delays_are_refused(tmp_path):
    s = slow_session(tmp_path, 1.0)
    s.config.epochs = 100
    result = {}
    runner = threading.Thread(target=lambda: result.update(record=s.run()))
    runner.start()
    # the first batch is done: waiting now
    assert wait_until(lambda: s.trainer is not None and s.curves.points()[0].size, 30)
    asked = time.perf_counter()
    s.request_stop()
    runner.join(5)
    assert not runner.is_alive() and time.perf_counter() - asked < 0.5
    assert result["record"].status == "stopped"
    for bad in (-0.1, 1.5, "fast", None):
        with pytest.raises(TrainingError, match="slow-motion delay"):
            s.set_delay(bad)
    assert s.delay == 1.0
