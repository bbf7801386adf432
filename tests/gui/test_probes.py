"""Looking inside from the window's side: the controller answers probes at once when the model is free, between
batches while a run trains (requests and subscriptions), and loads the data in a worker when nothing is loaded yet.
Generated data only; every test ends with no thread left (tests/gui/conftest.py checks it)."""
from __future__ import annotations

import pytest

from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.session import TrainingSession
from netbuilder.gui.training.workers import TrainingController

SPIRALS = {"name": "spirals", "nodes": [
    {"id": "x", "type": "Input", "params": {"shape": [2]}},
    {"id": "h", "type": "Linear", "params": {"out_features": 8}},
    {"id": "t", "type": "Tanh"},
    {"id": "out", "type": "Linear", "params": {"out_features": 2}},
    {"id": "p", "type": "Softmax"}],
    "edges": [{"source": "x", "target": "h"}, {"source": "h", "target": "t"}, {"source": "t", "target": "out"},
              {"source": "out", "target": "p"}],
    "training": {"dataset": {"name": "spirals", "validation": 0.2}, "loss": "cross_entropy",
                 "optimizer": {"name": "adam", "lr": 0.01}, "epochs": 3, "batch_size": 64, "seed": 0}}


@pytest.fixture
def controller(qtbot):
    c = TrainingController()
    c.answers = []
    c.probed.connect(c.answers.append)
    yield c
    c.shutdown()


def session(tmp_path, **training) -> TrainingSession:
    design = {**SPIRALS, "training": {**SPIRALS["training"], **training}}
    return TrainingSession(design_from_dict(design), device="cpu", num_threads=1, data_dir=tmp_path)


def train(controller, qtbot, s) -> None:
    with qtbot.waitSignal(controller.runFinished, timeout=60_000):
        controller.train(s)


def test_idle_and_trained_answers_at_once(controller, qtbot, tmp_path):
    s = session(tmp_path)
    train(controller, qtbot, s)
    request = controller.probe(s, "health")
    assert controller.answers[-1]["id"] == request and controller.answers[-1]["kind"] == "health"
    assert set(controller.answers[-1]["result"]["gradients"]) == {"h", "out"}
    controller.probe(s, "activations", split="val", index=0)
    assert list(controller.answers[-1]["result"]["outputs"]) == ["x", "h", "t", "out", "p"]
    controller.probe(s, "nonsense")
    assert "unknown probe" in controller.answers[-1]["error"]  # an answer in words, never an exception
    assert not controller.busy


def test_nothing_loaded_yet_loads_in_a_worker_then_answers(controller, qtbot, tmp_path):
    s = session(tmp_path)
    assert s.trainer is None
    with qtbot.waitSignal(controller.probed, timeout=30_000) as answer:
        request = controller.probe(s, "grid", resolution=16)
    assert answer.args[0]["id"] == request and answer.args[0]["result"]["output"].shape == (16, 16, 2)
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)
    assert controller.state == "idle" and s.trainer is not None


def test_during_a_run_requests_and_subscriptions_are_answered_between_batches(controller, qtbot, tmp_path):
    s = session(tmp_path, epochs=400)
    controller.subscribe("grid", 0.05, resolution=8)
    controller.train(s)
    qtbot.waitUntil(lambda: sum(a["kind"] == "grid" for a in controller.answers) >= 3, timeout=30_000)
    assert controller.state == "running"
    first = [a["result"]["output"] for a in controller.answers if a["kind"] == "grid"]
    assert any((first[0] != later).any() for later in first[1:])  # the boundary moves as the network learns
    request = controller.probe(s, "activations", split="train", index=1)
    qtbot.waitUntil(lambda: any(a["id"] == request for a in controller.answers), timeout=10_000)
    controller.unsubscribe("grid")
    # a probe asked after the unsubscription is answered after it took effect (one queue, one thread, signals in
    # order): once its answer is here, every grid answer already on its way is here too
    marker = controller.probe(s, "health")
    qtbot.waitUntil(lambda: any(a["id"] == marker for a in controller.answers), timeout=10_000)
    count = sum(a["kind"] == "grid" for a in controller.answers)
    qtbot.wait(300)  # waiting is the behaviour: no answer may come in this time
    assert sum(a["kind"] == "grid" for a in controller.answers) == count  # a hidden panel costs nothing
    with qtbot.waitSignal(controller.runFinished, timeout=30_000):
        controller.stop()


def test_while_paused_the_model_is_free_and_answers_at_once(controller, qtbot, tmp_path):
    s = session(tmp_path, epochs=400)
    controller.train(s, step=True)  # paused after one batch
    qtbot.waitUntil(lambda: s.trainer is not None and s.waiting, timeout=30_000)
    request = controller.probe(s, "health")
    assert controller.answers[-1]["id"] == request and "result" in controller.answers[-1]
    with qtbot.waitSignal(controller.runFinished, timeout=30_000):
        controller.stop()


def test_a_probe_that_cannot_be_answered_does_not_stop_the_run(controller, qtbot, tmp_path):
    s = session(tmp_path, epochs=400)
    controller.train(s)
    qtbot.waitUntil(lambda: controller.state == "running" and s.trainer is not None, timeout=30_000)
    request = controller.probe(s, "sample", split="train", index=10**9)
    qtbot.waitUntil(lambda: any(a["id"] == request for a in controller.answers), timeout=10_000)
    answer = next(a for a in controller.answers if a["id"] == request)
    assert "not in the train split" in answer["error"] and controller.state == "running"
    with qtbot.waitSignal(controller.runFinished, timeout=30_000):
        controller.stop()


def test_a_tiny_network_does_not_drown_the_window_in_scores_and_weights(controller, qtbot, tmp_path):
    """Hundreds of epochs a second: validation scores and weight snapshots go out a few times a second, and the
    last ones (the run's end) always."""
    s = session(tmp_path, epochs=300, batch_size=10_000)  # one batch an epoch
    scores, weights = [], []
    controller.validationEnded.connect(scores.append)
    controller.weights.connect(weights.append)
    controller.want_weights = True
    started = []
    controller.runStarted.connect(lambda _i: started.append(__import__("time").perf_counter()))
    with qtbot.waitSignal(controller.runFinished, timeout=60_000) as done:
        controller.train(s)
    seconds = __import__("time").perf_counter() - started[0]
    record = done.args[0]
    assert len(record.history) == 300
    assert 1 <= len(scores) <= 4 * seconds + 2 and 1 <= len(weights) <= 2 * seconds + 2
    assert scores[-1]["epoch"] == 300 and weights[-1]["epoch"] == 300  # the last ones came


def test_during_a_run_garbage_is_collected_in_the_gui_thread_only(controller, qtbot, tmp_path):
    """A QObject freed by a collection in the training thread deadlocks (seen: a widget's destructor waiting for
    the GIL inside the worker's collection): while a worker runs, Python's collector runs in the GUI thread only,
    and is back on afterwards."""
    import gc
    import threading
    main = threading.get_ident()
    threads = []

    def record(phase, _info):
        if phase == "start":
            threads.append(threading.get_ident())

    assert gc.isenabled()
    gc.callbacks.append(record)
    try:
        s = session(tmp_path, epochs=40, batch_size=16)  # hundreds of batches: plenty of allocations in the worker
        controller.runStarted.connect(lambda _info: threads.append(("enabled", gc.isenabled())))
        train(controller, qtbot, s)
        for _ in range(3):  # garbage made in the GUI thread, the collector back on: collected here
            [[i] for i in range(1000)]
        qtbot.waitUntil(lambda: main in threads, timeout=5000)  # a collection began in the GUI thread
    finally:
        gc.callbacks.remove(record)
    assert ("enabled", False) in threads  # off while the worker ran
    assert [t for t in threads if not isinstance(t, tuple) and t != main] == []
    assert gc.isenabled()  # and back on


def test_a_slow_subscribed_probe_takes_at_most_its_share_of_the_run(controller, qtbot, tmp_path):
    import time
    s = session(tmp_path, epochs=10_000)
    real = s.probe

    def slow(kind, **options):
        if kind == "health":
            time.sleep(0.03)  # sleep is the behaviour: a big network's probe takes this long
        return real(kind, **options)

    s.probe = slow
    controller.subscribe("health", 0.01, share=0.1)  # asked for 100 a second; 30 ms each may take 10%: 1 per 0.3 s
    controller.train(s)
    qtbot.waitUntil(lambda: controller.state == "running" and s.trainer is not None, timeout=30_000)
    start = time.perf_counter()
    qtbot.wait(1500)  # waiting is the behaviour: the probes of 1.5 s are counted
    seconds = time.perf_counter() - start
    with qtbot.waitSignal(controller.runFinished, timeout=30_000):
        controller.stop()
    probes = sum(a["kind"] == "health" for a in controller.answers)
    assert 2 <= probes <= seconds / 0.3 + 2, probes
