"""The training worker (a parentless QObject moved to a QThread) and the controller the window talks to.

Threading contract (ARCHITECTURE.md): the worker calls the core's :class:`TrainingSession` in its own thread and
sends plain copies through queued signals: the loss curve's new points at most ``CURVE_HZ`` times a second (and
at once after a single step, so that one update shows), the epoch's metrics once an epoch, validation scores
once an epoch but at most ``VALIDATION_HZ`` times a second, weight snapshots once an epoch (at most every
``WEIGHTS_SECONDS``) when a panel asks for them (``want_weights``) or once on request; the last of each at the end
of the run (tiny networks train hundreds of epochs a second; the GUI thread must not drown). Widgets
are touched only in the GUI thread; stop, pause, resume, step and the learning rate go to the session's
thread-safe controls. A QThread is never terminated: a run ends cooperatively and the thread is waited for.
"""
from __future__ import annotations

import collections
import os
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal, Slot

from ..core.errors import NetbuilderError, cause_of
from . import collector

CURVE_HZ = 12
VALIDATION_HZ = 4
#: by default, the most of a run's time the subscribed probes of one kind may take (a probe that took 68 ms, the
#: health of mnist_cnn on 128 samples on a busy 2-core machine, waits 3.4 s before the next)
PROBE_SHARE = 0.02
WEIGHTS_SECONDS = 0.5
#: worker signals the controller passes on unchanged
RELAYED = ("curve", "validationEnded", "epochEnded", "weights", "probed")


def training_threads() -> int:
    """CPU threads for training from the window: every core but one, which stays free for drawing (the
    trainer's measurement: torch's threads fighting the GUI thread for a core slow a batch 1.5-13x)."""
    return max(1, (os.cpu_count() or 1) - 1)


def _plain(metrics: dict) -> dict:
    """A copy safe to hand to another thread: numbers, strings, lists, numpy arrays."""
    out = {}
    for key, value in metrics.items():
        if key == "confusion":
            out[key] = np.asarray(value, dtype=np.int64)
        elif isinstance(value, (list, tuple)):
            out[key] = list(value)
        else:
            out[key] = value
    return out


class TrainingWorker(QObject):
    """Runs one job (``train``, ``evaluate`` or ``probe``) of a session in the thread it was moved to, then emits
    ``finished`` once with ``{"job", "record"}`` (train), ``{"job", "scores"}`` (evaluate), ``{"job"}`` (probe) or
    ``{"job", "error", "cause"}``.

    During a run it also looks inside the network for the panels, between batches: each request in ``requests``
    (a deque of ``(id, kind, options)``, filled from the GUI thread) once, and each subscription in
    ``subscriptions`` (``{kind: (seconds, options, share)}``, replaced whole by the GUI thread) at most once every
    ``seconds``, and less often when the probe is slow: its probes may take at most ``share`` of the run; the answers go out with ``probed`` as ``{"id", "kind", "result"}`` or ``{"id", "kind", "error"}``.
    """

    started = Signal(object)
    curve = Signal(object)
    validationEnded = Signal(object)
    epochEnded = Signal(object)
    weights = Signal(object)
    probed = Signal(object)
    paused = Signal()  # the run waits between batches, its model free (once a wait; after each Step's batch too)
    finished = Signal(object)

    def __init__(self, session, job: str = "train", *, start_paused: bool = False, want_weights: bool = False,
                 subscriptions: dict | None = None, tensorboard_dir: str | None = None):
        super().__init__()  # no parent: it is moved to its own thread
        self.session, self.job, self.start_paused = session, job, start_paused
        self.requests: collections.deque = collections.deque()
        self.subscriptions: dict = dict(subscriptions or {})
        self._due: dict[str, float] = {}  # when each subscription's next probe is due
        self._validation: dict | None = None  # scores not sent yet
        self._validation_sent = -1e9
        self._weights_sent = -1e9
        self.want_weights = want_weights
        self.tensorboard_dir = tensorboard_dir  # a train job also logs for TensorBoard into this folder
        self._tensorboard = None
        self.weights_requested = False
        self.interval = 1.0 / CURVE_HZ
        self._last_emit = 0.0
        self._fit_start = 0.0
        self._batches_done = 0
        self._first_epoch = 0
        self._epochs = 0
        self._per_epoch = 1
        self._batch_size = 1
        self._trainer = None  # set by the first batch: progress figures need it
        self._epoch = self._batch = 0
        self._announced = False  # this wait's ``paused`` signal sent

    @Slot()
    def run(self) -> None:
        # The thread's event loop ends when this job does, whatever the GUI thread is doing: closing the window
        # waits on the thread with the GUI thread blocked, so a quit() queued to it would never come.
        QThread.currentThread().quit()
        try:
            if self.job == "train":
                callbacks = [_relay(self)]
                if self.tensorboard_dir:  # made here, in this thread: tensorboard loads with it
                    from ..core.training.tensorboard import TensorBoardLogger
                    self._tensorboard = TensorBoardLogger(self.tensorboard_dir)
                    callbacks.insert(0, self._tensorboard)  # first: its folder is known when the relay starts
                record = self.session.run(callbacks, start_paused=self.start_paused)
                self.finished.emit({"job": "train", "record": record})
            elif self.job == "probe":  # between runs, with no data loaded yet: load it here, then answer
                self._serve(prepare=True)
                self.finished.emit({"job": "probe"})
            else:
                scores = self.session.evaluate("test")
                self.finished.emit({"job": self.job, "scores": scores})
        except NetbuilderError as exc:
            self.finished.emit({"job": self.job, "error": str(exc), "cause": exc.cause})
        except Exception as exc:  # noqa: BLE001 (whatever happens, the window hears of it and survives)
            self.finished.emit({"job": self.job, "error": f"{type(exc).__name__}: {exc}", "cause": cause_of(exc)})
        finally:
            # the trainer's callback refers to this worker: with the trainer kept here, the worker would be in a
            # reference cycle through a Qt wrapper that Python's collector does not free (a run's data and
            # weights leaked with it, 30 MB a MNIST run)
            self._trainer = None
            if self._tensorboard is not None:
                self._tensorboard.close()  # closed by the run's end already; not when the run never began
                self._tensorboard = None

    # called by _Relay in the worker thread ------------------------------------------------------------------
    def _fit_started(self, trainer) -> None:
        self._fit_start = time.perf_counter()
        self._first_epoch = len(trainer.history)
        self._epochs = trainer.config.epochs
        self._per_epoch = max(1, trainer.batches_per_epoch)
        self._batch_size = trainer.config.batch_size
        ds = trainer.dataset
        self.started.emit({
            "dataset": ds.name, "samples": int(len(ds.x_train)), "task": ds.task,
            "class_names": list(ds.class_names) if ds.class_names else None, "device": str(trainer.device),
            "first_epoch": self._first_epoch, "epochs": self._epochs, "batches_per_epoch": self._per_epoch,
            "threads": trainer.threads_for_run(),
            "tensorboard": str(self._tensorboard.run_dir) if self._tensorboard is not None else None})

    def _batch_ended(self, trainer, epoch: int, batch: int) -> None:
        self._batches_done += 1
        self._epoch, self._batch, self._trainer = epoch, batch, trainer
        if trainer.paused or time.perf_counter() - self._last_emit >= self.interval:
            self._flush()
        if self.weights_requested:
            self.weights_requested = False
            self._send_weights(epoch)
        elif trainer.delay and self.want_weights and time.perf_counter() - self._weights_sent >= WEIGHTS_SECONDS:
            self._send_weights(epoch)  # slow motion: the weights panel moves with the batches
        if self.requests or self.subscriptions:
            self._serve()

    def _serve(self, prepare: bool = False) -> None:
        """Answer the requests waiting, then the subscriptions that are due (in this thread, between batches)."""
        while self.requests:
            request_id, kind, options = self.requests.popleft()
            self._probe(request_id, kind, options, prepare)
        now = time.perf_counter()
        for kind, (seconds, options, share) in list(self.subscriptions.items()):
            if now >= self._due.get(kind, -1e9):
                self._probe(None, kind, options, prepare)
                took = time.perf_counter() - now
                # every ``seconds``, but a slow probe (a big network's) waits longer: at most ``share`` of the run
                self._due[kind] = now + max(seconds, took / share)
                now = time.perf_counter()

    def _probe(self, request_id, kind: str, options: dict, prepare: bool = False) -> None:
        try:
            result = self.session.probe(kind, prepare=prepare, **options)
        except NetbuilderError as exc:
            self.probed.emit({"id": request_id, "kind": kind, "error": str(exc)})
        except Exception as exc:  # noqa: BLE001 (a probe that fails must not end the run)
            self.probed.emit({"id": request_id, "kind": kind, "error": f"{type(exc).__name__}: {exc}"})
        else:
            self.probed.emit({"id": request_id, "kind": kind, "result": result})

    def _flush(self, force: bool = False) -> None:
        x, loss = self.session.curves.drain()
        if not len(x) and not force:
            return
        self._last_emit = time.perf_counter()
        trainer = self._trainer
        if trainer is None:
            if len(x):
                self.curve.emit({"x": x, "loss": loss})
            return
        active = max(1e-9, self._last_emit - self._fit_start - trainer.paused_seconds)
        total = self._epochs * self._per_epoch
        rate = self._batches_done / active
        self.curve.emit({
            "x": x, "loss": loss, "epoch": self._epoch, "batch": self._batch, "batches_per_epoch": self._per_epoch,
            "first_epoch": self._first_epoch, "epochs": self._epochs, "done": self._batches_done, "total": total,
            "lr": float(trainer.optimizer.param_groups[0]["lr"]), "elapsed": active,
            "samples_per_second": rate * self._batch_size,
            "seconds_left": max(0, total - self._batches_done) / rate if rate > 0 else None,
            "paused": trainer.paused})

    def _validation_ended(self, epoch: int, scores: dict) -> None:
        # a tiny network runs hundreds of epochs a second: its validation scores (a confusion matrix to draw) go
        # out at most VALIDATION_HZ times a second, the last ones always (at the end of the run)
        self._validation = scores
        now = time.perf_counter()
        if now - self._validation_sent >= 1.0 / VALIDATION_HZ:
            self._send_validation(now)

    def _send_validation(self, now: float | None = None) -> None:
        if self._validation is not None:
            self._validation_sent = time.perf_counter() if now is None else now
            self.validationEnded.emit(_plain(self._validation))
            self._validation = None

    def _epoch_ended(self, epoch: int, metrics: dict) -> None:
        if time.perf_counter() - self._last_emit >= self.interval:
            self._flush()
        self.epochEnded.emit(_plain(metrics))
        if self.want_weights and time.perf_counter() - self._weights_sent >= WEIGHTS_SECONDS:
            self._send_weights(epoch)

    def _send_weights(self, epoch: int) -> None:
        self._weights_sent = time.perf_counter()
        self.weights.emit({"epoch": epoch, "weights": self.session.weights_snapshot()})


def _relay(worker: TrainingWorker):
    """The worker's trainer callback (the core's Callback is imported here, not at the top, so that this module
    loads before torch does)."""
    from ..core.training import Callback

    class Relay(Callback):
        def on_fit_start(self, trainer):
            worker._fit_started(trainer)

        def on_train_batch_end(self, trainer, epoch, batch, loss):
            worker._batch_ended(trainer, epoch, batch)

        def on_validation_end(self, trainer, epoch, scores):
            worker._validation_ended(epoch, scores)

        def on_train_epoch_end(self, trainer, epoch, metrics):
            worker._epoch_ended(epoch, metrics)

        def on_fit_end(self, trainer, result):
            worker._flush(force=True)  # the last points, before the session files them in the run's record
            worker._send_validation()
            if worker.want_weights:
                worker._send_weights(len(trainer.history))  # the weights the run ends with
            if worker.requests:
                worker._serve()  # on the final weights

        def on_pause(self, trainer):
            worker._flush(force=True)  # the batches trained since the last curve signal, before waiting
            worker._announced = False

        def on_wait(self, trainer):
            if not worker._announced:
                worker._announced = True
                worker.paused.emit()

        def on_exception(self, trainer, exc):
            worker._flush(force=True)

    return Relay()


class TrainingController(QObject):
    """Owns the current job's QThread and worker and forwards their signals to the GUI thread.

    ``state``: ``idle``, ``running``, ``paused`` or ``evaluating``. Signals: ``stateChanged(str)``,
    ``runStarted(dict)``, ``curve(dict)``, ``validationEnded(dict)``, ``epochEnded(dict)``, ``weights(dict)``,
    ``probed(dict)``, ``runFinished(RunRecord)``, ``evaluated(dict)``,
    ``jobFailed(str, str, Cause)`` (job, message, cause).

    Looking inside (:meth:`probe`, :meth:`subscribe`): while a run trains, the worker answers between batches; while
    nothing runs (or a paused run waits between batches) the session answers at once in the GUI thread (the model
    is free and small probes take milliseconds); with no data loaded yet, a ``probe`` job loads it first.
    """

    stateChanged = Signal(str)
    runStarted = Signal(object)
    curve = Signal(object)
    validationEnded = Signal(object)
    epochEnded = Signal(object)
    weights = Signal(object)
    probed = Signal(object)
    runFinished = Signal(object)
    evaluated = Signal(object)
    jobFailed = Signal(str, str, object)
    #: the Step presses asked for are all trained and the paused run waits again (emitted in the GUI thread)
    stepsDone = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.session = None
        self.state = "idle"
        self.want_weights = False
        self.tensorboard_dir: str | None = None  # the next runs log for TensorBoard into this folder (None: no)
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None
        self._holding = False  # this job's hold on the GUI-thread collector
        self._steps_done = False  # stepsDone sent for the Step presses so far
        self.subscriptions: dict[str, tuple[float, dict]] = {}
        self._next_id = 0

    @property
    def busy(self) -> bool:
        return self._thread is not None

    @property
    def job(self) -> str | None:
        """The job going on ("train", "evaluate", "probe"), or None."""
        return self._worker.job if self._thread is not None and self._worker is not None else None

    def train(self, session, *, step: bool = False) -> None:
        """Start a run of ``session`` (``step``: paused after exactly one batch)."""
        self._start(session, "train", "paused" if step else "running", start_paused=step)

    def evaluate(self, session) -> None:
        self._start(session, "evaluate", "evaluating")

    def _start(self, session, job: str, state: str, start_paused: bool = False, requests=()) -> None:
        if self.busy:
            raise RuntimeError("a training job is already running")
        self.session = session
        self._steps_done = False
        session.clear_requests()
        collector.hold()  # released in _release, once the thread has finished
        self._holding = True
        worker = TrainingWorker(session, job, start_paused=start_paused, want_weights=self.want_weights,
                                subscriptions=self.subscriptions if job == "train" else None,
                                tensorboard_dir=self.tensorboard_dir if job == "train" else None)
        worker.requests.extend(requests)
        thread = QThread()
        thread.setObjectName(f"netbuilder-{job}")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.started.connect(self.runStarted)
        for name in RELAYED:  # queued to this (GUI) thread
            getattr(worker, name).connect(getattr(self, name))
        worker.paused.connect(self._on_worker_paused)
        worker.finished.connect(self._on_worker_finished)
        self._thread, self._worker = thread, worker
        self._set_state(state)
        thread.start()

    # controls (GUI thread) ------------------------------------------------------------------------------
    def pause(self) -> None:
        if self.state == "running":
            self.session.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self.state == "paused":
            self.session.resume()
            self._set_state("running")

    def step(self) -> None:
        """While paused: exactly one batch, then paused again."""
        if self.state == "paused":
            self._steps_done = False
            self.session.step_once()

    def stop(self) -> None:
        if self.state in ("running", "paused"):
            self.session.request_stop()

    def probe(self, session, kind: str, **options) -> int:
        """Ask for a look inside ``session``'s network (kinds: ``core.training.inspection``). The answer comes with
        ``probed`` as ``{"id", "kind", "result"}`` or ``{"id", "kind", "error"}``; returns the id. Answered at once
        (before this returns) when the model is free and its data loaded."""
        self._next_id += 1
        request = (self._next_id, kind, dict(options))
        worker = self._worker
        if worker is not None:
            if worker.job == "train" and session.trainer is not None and session.waiting:
                self._answer(session, *request)  # paused between batches: the model is free
            else:
                worker.requests.append(request)  # between batches, or as soon as the job ends
        elif session.trainer is None:
            self._start(session, "probe", "evaluating", requests=[request])  # the data loads in the worker
        else:
            self._answer(session, *request)
        return self._next_id

    @property
    def next_probe_id(self) -> int:
        """The id the next :meth:`probe` will have (to recognise an answer that comes before it returns)."""
        return self._next_id + 1

    def subscribe(self, kind: str, seconds: float, *, share: float = PROBE_SHARE, **options) -> None:
        """During runs, a probe every ``seconds`` at most (a visible panel that follows the run), less often when
        its probes would take more than ``share`` of the run; replaces the kind's earlier subscription. Applies to
        the run going on too."""
        self.subscriptions = {**self.subscriptions, kind: (float(seconds), dict(options), float(share))}
        if self._worker is not None:
            self._worker.subscriptions = self.subscriptions

    def unsubscribe(self, kind: str) -> None:
        """No more ``kind`` probes during runs (a hidden panel costs nothing)."""
        self.subscriptions = {k: v for k, v in self.subscriptions.items() if k != kind}
        if self._worker is not None:
            self._worker.subscriptions = self.subscriptions

    def _answer(self, session, request_id: int, kind: str, options: dict) -> None:
        try:
            payload = {"id": request_id, "kind": kind, "result": session.probe(kind, **options)}
        except NetbuilderError as exc:
            payload = {"id": request_id, "kind": kind, "error": str(exc)}
        except Exception as exc:  # noqa: BLE001 (a probe that fails must not take the window down)
            payload = {"id": request_id, "kind": kind, "error": f"{type(exc).__name__}: {exc}"}
        self.probed.emit(payload)

    def request_weights(self) -> None:
        """One weight snapshot after the next batch of the run going on (between runs, read the session's
        ``weights_snapshot()`` directly)."""
        if self._worker is not None:
            self._worker.weights_requested = True

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Stop whatever runs and wait for its thread (closing the window). True when no thread is left."""
        if self._thread is None:
            return True
        if self.session is not None:
            self.session.request_stop()
            self.session.resume()
        finished = self._thread.wait(timeout_ms)
        if finished:
            # deliver what the worker sent before it ended (its last points, the run's record) now, in order,
            # so that training_finished comes before whatever the caller does next (open another design, close)
            QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)
            self._release()
            self._set_state("idle")
        return finished

    # internals --------------------------------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    def _on_worker_paused(self) -> None:
        """The worker said its run waits: the steps are done when the run still waits and none is pending now (a
        Step pressed after the signal left the worker is trained later, and that wait says so again)."""
        session = self.session
        if (self.state == "paused" and not self._steps_done and session is not None and session.waiting
                and session.steps_pending == 0):
            self._steps_done = True  # once, until the next Step
            self.stepsDone.emit()

    def _on_worker_finished(self, payload: dict) -> None:
        thread, worker = self._thread, self._worker
        if thread is not None:
            thread.quit()
            thread.wait()
        left = list(worker.requests) if worker is not None else []  # asked for as the job ended
        self._release()
        self._set_state("idle")
        if self.session is not None and self.session.trainer is not None:
            for request in left:
                self._answer(self.session, *request)
        if payload["job"] == "probe":
            return  # its answers (and errors) went out with probed
        if "error" in payload:
            self.jobFailed.emit(payload["job"], payload["error"], payload.get("cause"))
        elif payload["job"] == "train":
            self.runFinished.emit(payload["record"])
        else:
            self.evaluated.emit(payload["scores"])

    def _release(self) -> None:
        """Drop the finished thread and its worker: both were made in Python without a parent, so Python owns them
        and deletes them (a thread only once it has finished: callers wait first)."""
        self._thread = self._worker = None
        if self._holding:  # once per job: shutdown() and the worker's own finish may both come here
            self._holding = False
            collector.release()
