"""Architecture contract for the session and its threads (issue 20, points 4 and 6): these fail if the GUI reaches
through a TrainingSession into its trainer again, if anything calls a trainer's private methods from outside, if
a weight copy serves as a "has weights?" check outside the core, or if a paused run's model is used by the GUI
thread instead of the worker's."""
from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "netbuilder"
CORE = PACKAGE / "core"


def _modules(outside_core: bool):
    for path in sorted(PACKAGE.rglob("*.py")):
        if outside_core and CORE in path.parents:
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"


def test_nothing_outside_the_core_reaches_into_a_sessions_trainer():
    """The session answers what the GUI asks (has_weights, sample_shape, split_sizes, class_names, output_id,
    network_layers, export_onnx, checkpoint_payload, ...): ``x.trainer`` outside netbuilder/core is a reach-through."""
    found = [_where(path, node) for path, tree in _modules(outside_core=True) for node in ast.walk(tree)
             if isinstance(node, ast.Attribute) and node.attr == "trainer"]
    assert not found, f"uses .trainer outside netbuilder/core (ask the session instead): {found}"


def test_no_weight_copy_serves_as_a_question_outside_the_core():
    """``state_snapshot()`` copies every weight: the GUI asks ``has_weights`` or takes a checkpoint payload."""
    found = [_where(path, node) for path, tree in _modules(outside_core=True) for node in ast.walk(tree)
             if isinstance(node, ast.Attribute) and node.attr == "state_snapshot"]
    assert not found, f"state_snapshot() outside netbuilder/core: {found}"


def _is_trainer(node: ast.AST) -> bool:
    return (isinstance(node, ast.Name) and node.id == "trainer") or (
        isinstance(node, ast.Attribute) and node.attr == "trainer")


def test_nobody_calls_a_trainers_private_methods():
    """The trainer's public methods (new_optimizer, wake, step_once, ...) are its interface; ``trainer._x()`` from
    another object (the session used ``_new_optimizer``) couples it to the trainer's insides."""
    found = [_where(path, node) for path, tree in _modules(outside_core=False) for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
             and node.func.attr.startswith("_") and not node.func.attr.startswith("__")
             and _is_trainer(node.func.value)]
    assert not found, f"calls a trainer's private method: {found}"


#: all the GUI may read of a trainer its callbacks are handed: the plain answers made for it (``run_info`` once a
#: run, ``progress`` a few times a second) and the two controls the worker reads after each batch
TRAINER_READS = frozenset({"run_info", "progress", "paused", "delay"})


def _names_a_trainer(node: ast.AST) -> bool:
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return name.lstrip("_").lower().endswith("trainer")


def _trainer_reads(tree: ast.AST) -> list[tuple[int, str]]:
    """``(line, name)`` of each read of a trainer's attribute (``trainer.x``, ``self._trainer.x``, ``getattr(trainer,
    "x")``) that is not one of :data:`TRAINER_READS`."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _names_a_trainer(node.value):
            found.append((node.lineno, node.attr))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
                "getattr", "setattr", "hasattr") and node.args and _names_a_trainer(node.args[0])):
            found.append((node.lineno, ast.unparse(node.args[1]) if len(node.args) > 1 else "?"))
    return sorted((line, name) for line, name in found if name not in TRAINER_READS)


def test_the_trainer_scan_finds_a_read_of_the_trainers_parts():
    source = ("def on_fit_start(self, trainer):\n    n = trainer.run_info()['epochs']\n"
              "    lr = trainer.optimizer.param_groups[0]['lr']\n    p = self._trainer.paused_seconds\n"
              "    q = self._trainer.progress()\n    d = getattr(trainer, 'dataset')\n")
    assert _trainer_reads(ast.parse(source)) == [(3, "optimizer"), (4, "paused_seconds"), (6, "'dataset'")]


def test_the_gui_reads_a_trainer_only_through_its_plain_answers():
    """The worker's callbacks are handed the trainer; they read ``run_info()`` once a run and ``progress()`` a few
    times a second, never its optimizer, dataset, config or clock (the worker read ``optimizer.param_groups``,
    ``paused_seconds``, ``dataset``, ``config``, ``batches_per_epoch`` and ``threads_for_run()``)."""
    found = [f"{path.relative_to(PACKAGE.parent)}:{line}: {name}" for path, tree in _modules(outside_core=True)
             if PACKAGE / "gui" in path.parents for line, name in _trainer_reads(tree)]
    assert not found, f"the GUI reads a trainer's parts (add a plain answer to Trainer.progress/run_info): {found}"


def test_the_trainers_plain_answers_are_plain(tmp_path):
    """``run_info()`` and ``progress()`` hold only numbers, strings, None and lists of strings: a copy another
    thread may keep, no tensor or optimizer in it."""
    from netbuilder.core.design.design_io import design_from_dict
    from netbuilder.core.training import Callback, Trainer

    seen = {}

    class Reader(Callback):
        def on_fit_start(self, trainer):
            seen["info"] = trainer.run_info()

        def on_train_batch_end(self, trainer, epoch, batch, loss):
            seen["progress"] = trainer.progress()

    design = design_from_dict(SPIRALS)
    design.training["epochs"] = 2
    Trainer(design, device="cpu", data_dir=tmp_path, callbacks=[Reader()]).fit()
    info, progress = seen["info"], seen["progress"]
    assert info["epochs"] == 2 and info["first_epoch"] == 0 and info["batch_size"] == 64
    assert info["dataset"] == "spirals" and info["batches_per_epoch"] >= 1 and info["threads"] >= 1
    assert progress == {"lr": 0.01, "paused_seconds": 0.0, "paused": False}
    for value in [*info.values(), *progress.values()]:
        assert value is None or isinstance(value, (bool, int, float, str)) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value)), value


def test_the_gui_thread_reaches_the_worker_only_through_its_queue():
    """The worker's requests, subscriptions and settings go through ``TrainingWorker.send`` (a queue.Queue): an
    attribute of the worker set from the controller (the deque and the subscription swap that leaned on the GIL)
    would share state across threads again."""
    path = PACKAGE / "gui" / "training" / "workers.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [_where(path, node) for node in ast.walk(tree) if isinstance(node, (ast.Assign, ast.AugAssign))
             for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
             if isinstance(target, ast.Attribute) and (
                 (isinstance(target.value, ast.Attribute) and target.value.attr == "_worker")
                 or (isinstance(target.value, ast.Name) and target.value.id == "worker"))]
    assert not found, f"the controller sets a worker attribute across threads: {found}"
    pytest.importorskip("PySide6")
    import queue

    from netbuilder.gui.training.worker import TrainingWorker
    assert isinstance(TrainingWorker(session=None).requests, queue.Queue)


def test_steps_end_by_signal_not_by_polling():
    """``TrainingController.stepsDone`` says when Step's batches are done; reading ``steps_pending`` anywhere else
    in the GUI is a poll of the run (the lesson's 50 ms timer was one)."""
    found = [_where(path, node) for path, tree in _modules(outside_core=True) if path.name != "workers.py"
             for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr == "steps_pending"]
    assert not found, f"polls steps_pending instead of connecting to stepsDone: {found}"


SPIRALS = {"name": "spirals", "nodes": [
    {"id": "x", "type": "Input", "params": {"shape": [2]}},
    {"id": "h", "type": "Linear", "params": {"out_features": 8}},
    {"id": "out", "type": "Linear", "params": {"out_features": 2}},
    {"id": "p", "type": "Softmax"}],
    "edges": [{"source": "x", "target": "h"}, {"source": "h", "target": "out"}, {"source": "out", "target": "p"}],
    "training": {"dataset": {"name": "spirals", "validation": 0.2}, "loss": "cross_entropy",
                 "optimizer": {"name": "adam", "lr": 0.01}, "epochs": 400, "batch_size": 64, "seed": 0}}


def test_while_a_run_waits_its_model_is_used_by_the_worker_thread_alone(qtbot, tmp_path):
    """Probes, predictions and weight snapshots asked for by the GUI thread while a paused run waits between
    Steps run in the worker's thread (a forward hook and the snapshot record the thread), and still answer at
    once."""
    pytest.importorskip("PySide6")
    from netbuilder.core.design.design_io import design_from_dict
    from netbuilder.core.session import TrainingSession
    from netbuilder.gui.training.workers import TrainingController

    gui = threading.get_ident()
    session = TrainingSession(design_from_dict(SPIRALS), device="cpu", num_threads=1, data_dir=tmp_path)
    controller = TrainingController()
    answers, used_in = [], []
    controller.probed.connect(answers.append)
    try:
        with qtbot.waitSignal(controller.stepsDone, timeout=60_000):
            controller.train(session, step=True)
        real_snapshot = session.weights_snapshot

        def snapshot():
            used_in.append(("snapshot", threading.get_ident()))
            return real_snapshot()
        session.weights_snapshot = snapshot
        # a forward hook on the live model records whichever thread runs it (put on from the worker's thread too)
        controller.call(lambda: session.trainer.model.register_forward_hook(
            lambda *_: used_in.append(("forward", threading.get_ident()))))
        request = controller.probe(session, "activations", split="train", index=0)
        assert answers and answers[-1]["id"] == request and "result" in answers[-1]  # at once, as before
        assert controller.call(lambda: session.predict([[0.1, 0.2]])).shape == (1, 2)
        assert controller.weights_snapshot(session) is not None
        assert used_in and all(ident != gui for _what, ident in used_in), used_in
        assert {what for what, _ident in used_in} == {"forward", "snapshot"}
        with qtbot.waitSignal(controller.runFinished, timeout=30_000):
            controller.stop()
    finally:
        controller.shutdown()


def _names(tree: ast.AST) -> set[str]:
    """Every name and attribute a module mentions."""
    return {node.id if isinstance(node, ast.Name) else node.attr for node in ast.walk(tree)
            if isinstance(node, (ast.Name, ast.Attribute))}


GUI = PACKAGE / "gui"
#: the one place the GUI starts Python threads (and the torch preload, which runs before any window exists)
THREAD_MAKERS = {GUI / "common" / "background.py", GUI / "window" / "app.py"}


def test_the_gui_thread_waits_without_a_nested_event_loop():
    """``MainWindow.activations`` waited for the worker in a QEventLoop of up to 30 s on the GUI thread (every
    slot could run inside it); waiting for the worker is ``TrainingController.call``, blocking on a future."""
    found = [str(path.relative_to(PACKAGE.parent)) for path, tree in _modules(outside_core=True)
             if GUI in path.parents and "QEventLoop" in _names(tree)]
    assert not found, f"a nested event loop in the GUI: {found}"


def test_work_off_the_gui_thread_goes_through_background():
    """Serialising and exporting run in :class:`netbuilder.gui.common.background.Background` (it holds the
    GUI-thread collector while its thread lives and hands the outcome back by signal; closing waits for it):
    autosave's hand-rolled writer thread, or a menu writing on the GUI thread, would come back as a second way."""
    found = [str(path.relative_to(PACKAGE.parent)) for path, tree in _modules(outside_core=True)
             if GUI in path.parents and path not in THREAD_MAKERS and {"Thread", "start_new_thread"} & _names(tree)]
    assert not found, f"starts a thread of its own instead of using gui/common/background.py: {found}"
    # the session's one-call savers copy and write in the calling thread: the GUI copies (checkpoint_payload,
    # as_checkpoint) and writes in the background; its synchronous scripting methods call the same writers
    one_call = [_where(path, node) for path, tree in _modules(outside_core=True) if GUI in path.parents
                for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("save_checkpoint", "export_onnx")
                and isinstance(node.func.value, (ast.Name, ast.Attribute))
                and (node.func.value.id if isinstance(node.func.value, ast.Name) else node.func.value.attr)
                == "session"]
    assert not one_call, f"copies and writes in one call on the GUI thread: {one_call}"


def test_background_delivers_in_the_gui_thread_and_wait_leaves_no_thread(qtbot):
    """A job runs in another thread, holding the GUI-thread collector; its outcome comes back in the GUI thread
    (callback, then ``finished``); an error comes back too, in one line; ``wait()`` delivers and leaves none."""
    pytest.importorskip("PySide6")
    from netbuilder.core.errors import TrainingError
    from netbuilder.gui.common import collector
    from netbuilder.gui.common.background import Background, one_line

    background, seen = Background("test-background"), []
    held = collector.holders()
    gate = threading.Event()
    background.run(lambda: gate.wait(10) and (threading.get_ident(), collector.holders()),
                   done=lambda result: seen.append(("done", result, threading.get_ident())))
    assert background.busy and collector.holders() == held + 1
    with qtbot.waitSignal(background.finished, timeout=10_000) as finished:
        gate.set()
    (what, (ran_in, holders), told_in), = seen
    assert ran_in != threading.get_ident() == told_in and holders == held + 1 and finished.args[1] is None
    assert not background.busy and collector.holders() == held

    def fail():
        raise TrainingError("no weights\nto save")
    background.run(fail, failed=lambda error: seen.append(one_line(error)))
    background.wait()  # delivered now, without an event loop
    assert seen[-1] == "no weights to save" and not background.busy and collector.holders() == held
    assert not [t for t in threading.enumerate() if t.name == "test-background"]
