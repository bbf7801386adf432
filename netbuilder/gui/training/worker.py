"""The training worker: a parentless QObject moved to a QThread, the one thread that uses a session's model while
a job (a run, an evaluation, a probe that loads the data) exists.

Threading contract (ARCHITECTURE.md): the worker calls the core's :class:`TrainingSession` in its own thread and
sends plain copies through queued signals: the loss curve's new points at most ``CURVE_HZ`` times a second (and
at once after a single step, so that one update shows), the epoch's metrics once an epoch, validation scores
once an epoch but at most ``VALIDATION_HZ`` times a second, weight snapshots once an epoch (at most every
``WEIGHTS_SECONDS``) when a panel asks for them (``want_weights``) or once on request; the last of each at the end
of the run (tiny networks train hundreds of epochs a second; the GUI thread must not drown). Everything the GUI
thread asks of the model goes through the worker's ``queue.Queue`` (:meth:`TrainingWorker.send`) and is served
between batches, while a paused run waits (``Callback.on_wait``) and when the job ends; nothing else is shared.
A QThread is never terminated: a job ends cooperatively and its thread is waited for.
"""
from __future__ import annotations

import os
import queue
import threading
import time

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from ...core.errors import NetbuilderError, cause_of, message
from ..common.background import torch_imported

CURVE_HZ = 12
VALIDATION_HZ = 4
#: by default, the most of a run's time the subscribed probes of one kind may take (a probe that took 68 ms, the
#: health of mnist_cnn on 128 samples on a busy 2-core machine, waits 3.4 s before the next)
PROBE_SHARE = 0.02
WEIGHTS_SECONDS = 0.5
#: worker signals the controller passes on unchanged
RELAYED = ("curve", "validationEnded", "epochEnded", "weights", "probed", "download", "trial", "sweepProgress",
           "lrProgress")
#: how often a backbone's weights download reports its progress (its first and last report always go)
DOWNLOAD_HZ = 8
#: how long the GUI thread waits for a paused run's worker to answer (it answers within a batch; a second is long)
CALL_TIMEOUT_S = 30.0


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
    """Runs one job (``train``, ``evaluate``, ``probe``, ``lr_find`` or ``sweep``) of a session in the thread it
    was moved to, then emits ``finished`` once with ``{"job", "record"}`` (train), ``{"job", "scores"}``
    (evaluate), ``{"job"}`` (probe), ``{"job", "finding"}`` (lr_find: :func:`plain_finding`), ``{"job", "result"}``
    (sweep: a SweepResult; each trial also comes with ``trial`` as it ends, its progress with ``sweepProgress``)
    or ``{"job", "error", "cause"}``.

    Requests come through ``send`` (a ``queue.Queue``, the one way in from the GUI thread): ``("probe", id, kind,
    options)``, answered once with ``probed`` as ``{"id", "kind", "result"}`` or ``{"id", "kind", "error"}``;
    ``("subscriptions", {kind: (seconds, options, share)})``, which replaces the kinds probed at most once every
    ``seconds`` during a run (less often when slow: at most ``share`` of the run); ``("weights",)``, one weight
    snapshot after the next batch; ``("want_weights", bool)``, snapshots during the run or not; ``("call", fn,
    future)``, ``fn()`` run here, its result or exception set on the ``concurrent.futures.Future`` (what the GUI
    thread needs at once from a paused run: a probe, predictions, the weights). They are served between batches,
    again and again while a paused run waits, and when the job ends; a sweep's job never serves them (its trials
    train models of their own; the window's is the GUI thread's meanwhile): they wait for its end.
    """

    started = Signal(object)
    curve = Signal(object)
    validationEnded = Signal(object)
    epochEnded = Signal(object)
    weights = Signal(object)
    probed = Signal(object)
    download = Signal(object)  # a backbone's weights downloading: {"done", "total" (None: unknown), "name"}
    trial = Signal(object)  # a sweep's trial ended: its core.session.sweep.TrialOutcome (its RunRecord with it)
    sweepProgress = Signal(object)  # the sweep's trial training now: show_progress's figures, "trial", "trials"
    lrProgress = Signal(object)  # the range test's batches: {"done", "total"} (at most CURVE_HZ a second)
    paused = Signal()  # the run waits between batches, its model free (once a wait; after each Step's batch too)
    finished = Signal(object)

    def __init__(self, session, job: str = "train", *, start_paused: bool = False, want_weights: bool = False,
                 subscriptions: dict | None = None, tensorboard_dir: str | None = None, sweep: dict | None = None):
        super().__init__()  # no parent: it is moved to its own thread
        self.session, self.job, self.start_paused = session, job, start_paused
        self.sweep = sweep  # a sweep job's run_sweep arguments (design, params, trials, sampler, prune, device)
        self.stopping = threading.Event()  # set from the GUI thread: a sweep ends after its trial's batch
        self.requests: queue.Queue = queue.Queue()
        self.subscriptions: dict = dict(subscriptions or {})  # read and written in the worker's thread only
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
        self._run: dict = {}  # the trainer's run_info(), read once a run
        self._trainer = None  # set by the first batch: its progress() feeds the curve's figures
        self._epoch = self._batch = 0
        self._announced = False  # this wait's ``paused`` signal sent
        self._download_sent = -1e9

    @Slot()
    def run(self) -> None:
        # The thread's event loop ends when this job does, whatever the GUI thread is doing: closing the window
        # waits on the thread with the GUI thread blocked, so a quit() queued to it would never come.
        QThread.currentThread().quit()
        try:
            torch_imported()
            from ...core.layers.backbones import download_progress
            with download_progress(self._downloading):  # a backbone's first use: its weights download here
                payload = self._job()
        except NetbuilderError as exc:
            payload = {"job": self.job, "error": message(exc), "cause": exc.cause}
        except Exception as exc:  # noqa: BLE001 (whatever happens, the window hears of it and survives)
            payload = {"job": self.job, "error": f"{type(exc).__name__}: {exc}", "cause": cause_of(exc)}
        finally:
            # the trainer's callback refers to this worker: with the trainer kept here, the worker would be in a
            # reference cycle through a Qt wrapper that Python's collector does not free (a run's data and
            # weights leaked with it, 30 MB a MNIST run)
            self._trainer = None
            if self._tensorboard is not None:
                self._tensorboard.close()  # closed by the run's end already; not when the run never began
                self._tensorboard = None
        if self.job != "sweep":  # a sweep leaves the window's model to the GUI thread: what waits is answered there
            self._serve(subscriptions=False)  # what was asked for as the job ended, on the model it leaves
        self.finished.emit(payload)

    def _job(self) -> dict:
        if self.job == "train":
            callbacks = [_relay(self)]
            if self.tensorboard_dir:  # made here, in this thread: tensorboard loads with it
                from ...core.training.tensorboard import TensorBoardLogger
                self._tensorboard = TensorBoardLogger(self.tensorboard_dir)
                callbacks.insert(0, self._tensorboard)  # first: its folder is known when the relay starts
            return {"job": "train", "record": self.session.run(callbacks, start_paused=self.start_paused)}
        if self.job == "sweep":
            return {"job": "sweep", "result": self._sweep()}
        if self.job == "probe":  # between runs, with no data loaded yet: load it here, then answer
            self._serve(prepare=True)
            return {"job": "probe"}
        if self.job == "lr_find":  # the range test, on weights the session restores after it
            from ...core.training.lr_finder import Progress
            relay = Progress(lambda done, total: self.lrProgress.emit({"done": done, "total": total}), CURVE_HZ)
            finding = self.session.find_learning_rate([relay])
            return {"job": "lr_find", "finding": plain_finding(finding)}
        return {"job": self.job, "scores": self.session.evaluate("test")}

    def _sweep(self):
        """run_sweep in this thread: each trial trains a session of its own, on the dataset the window's session
        has loaded when it has (the same design's: a sweep changes no dataset setting)."""
        from ...core.session.sweep import run_sweep
        from ...core.session.sweep_params import changes_data
        spec = dict(self.sweep)
        design, params, trials = spec.pop("design"), spec.pop("params"), spec.pop("trials")
        if not changes_data(params):
            spec.setdefault("dataset", self.session.loaded_dataset)
        ended = []

        def trial_ended(outcome) -> None:
            ended.append(outcome.number)
            self.trial.emit(outcome)
        return run_sweep(design, params, trials, num_threads=training_threads(), on_trial=trial_ended,
                         should_stop=self.stopping.is_set, callbacks=[_sweep_progress(self, ended, trials)], **spec)

    def _downloading(self, done: int, total: int | None, name: str) -> None:
        """A weights download's progress (this thread), sent on at most DOWNLOAD_HZ times a second."""
        now = time.perf_counter()
        if done == 0 or done == total or now - self._download_sent >= 1.0 / DOWNLOAD_HZ:
            self._download_sent = now
            self.download.emit({"done": int(done), "total": total, "name": str(name)})

    # called by _Relay in the worker thread ------------------------------------------------------------------
    def _fit_started(self, trainer) -> None:
        self._fit_start = time.perf_counter()
        self._run = trainer.run_info()  # the run's fixed facts: once a run, never per batch
        self.started.emit({
            **self._run, "tensorboard": str(self._tensorboard.run_dir) if self._tensorboard is not None else None})

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
        if self.subscriptions or not self.requests.empty():
            self._serve()

    def send(self, request: tuple) -> None:
        """From any thread: a request for this worker's thread (see the class docstring)."""
        self.requests.put(request)
        self.session.wake()  # a paused run's wait serves it at once

    def _serve(self, prepare: bool = False, subscriptions: bool = True) -> None:
        """Answer the requests waiting, then the subscriptions that are due (in this thread, between batches)."""
        while True:
            try:
                request = self.requests.get_nowait()
            except queue.Empty:
                break
            what = request[0]
            if what == "probe":
                self._probe(*request[1:], prepare=prepare)
            elif what == "subscriptions":
                self.subscriptions = request[1]
            elif what == "weights":
                self.weights_requested = True
            elif what == "want_weights":
                self.want_weights = request[1]
            elif what == "call":
                fn, future = request[1:]
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(fn())
                    except BaseException as exc:  # noqa: BLE001 (the asking thread raises it)
                        future.set_exception(exc)
        if not subscriptions:
            return
        now = time.perf_counter()
        for kind, (seconds, options, share) in list(self.subscriptions.items()):
            if now >= self._due.get(kind, -1e9):
                self._probe(None, kind, options, prepare)
                took = time.perf_counter() - now
                # every ``seconds``, but a slow probe (a big network's) waits longer: at most ``share`` of the run
                self._due[kind] = now + max(seconds, took / share)
                now = time.perf_counter()

    def _probe(self, request_id, kind: str, options: dict, prepare: bool = False) -> None:
        self.probed.emit(answer(self.session, request_id, kind, options, prepare))

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
        run, now = self._run, trainer.progress()
        active = max(1e-9, self._last_emit - self._fit_start - now["paused_seconds"])
        total = run["epochs"] * run["batches_per_epoch"]
        rate = self._batches_done / active
        self.curve.emit({
            "x": x, "loss": loss, "epoch": self._epoch, "batch": self._batch,
            "batches_per_epoch": run["batches_per_epoch"], "first_epoch": run["first_epoch"], "epochs": run["epochs"],
            "done": self._batches_done, "total": total, "lr": now["lr"], "elapsed": active,
            "samples_per_second": rate * run["batch_size"],
            "seconds_left": max(0, total - self._batches_done) / rate if rate > 0 else None,
            "paused": now["paused"]})

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
    from ...core.training import Callback

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
            if worker.want_weights or worker.weights_requested:
                worker._send_weights(len(result.history))  # the weights the run ends with
            worker._serve(subscriptions=False)  # on the final weights

        def on_pause(self, trainer):
            worker._flush(force=True)  # the batches trained since the last curve signal, before waiting
            worker._announced = False

        def on_wait(self, trainer):
            if not worker._announced:
                worker._announced = True
                worker.paused.emit()
            if not worker.requests.empty():
                worker._serve(subscriptions=False)  # the model is free: what the GUI thread asks, at once

        def on_exception(self, trainer, exc):
            worker._flush(force=True)

    return Relay()


def _sweep_progress(worker: TrainingWorker, ended: list, trials: int):
    """A sweep's trainer callback, every trial's: its progress as the panel's ``show_progress`` takes it, with
    ``trial`` (its place, 1 + the trials ended) and ``trials`` (the budget), at most CURVE_HZ times a second."""
    from ...core.training import Callback

    class Progress(Callback):
        run, start, done, sent = {}, 0.0, 0, -1e9

        def on_fit_start(self, trainer):
            self.run, self.start, self.done, self.sent = trainer.run_info(), time.perf_counter(), 0, -1e9

        def on_train_batch_end(self, trainer, epoch, batch, loss):
            self.done += 1
            run, now = self.run, time.perf_counter()
            total = run["epochs"] * run["batches_per_epoch"]
            if now - self.sent < 1.0 / CURVE_HZ and self.done < total:
                return
            self.sent, figures = now, trainer.progress()
            active = max(1e-9, now - self.start - figures["paused_seconds"])
            rate = self.done / active
            worker.sweepProgress.emit({
                "epoch": epoch, "batch": batch, "batches_per_epoch": run["batches_per_epoch"],
                "first_epoch": run["first_epoch"], "epochs": run["epochs"], "done": self.done, "total": total,
                "lr": figures["lr"], "elapsed": active, "samples_per_second": rate * run["batch_size"],
                "seconds_left": max(0, total - self.done) / rate, "paused": False,
                "trial": len(ended) + 1, "trials": trials})

    return Progress()


def plain_finding(finding) -> dict:
    """A learning-rate finding (``core.training.lr_finder.LRFinding``) as plain lists and numbers for the GUI
    thread: ``lrs``, ``losses`` (smoothed), ``raw``, ``suggestion`` (None: none) and ``stopped``."""
    suggestion = finding.suggestion
    return {"lrs": [float(v) for v in finding.lrs], "losses": [float(v) for v in finding.losses],
            "raw": [float(v) for v in finding.raw], "suggestion": None if suggestion is None else float(suggestion),
            "stopped": str(finding.stopped)}


def answer(session, request_id, kind: str, options: dict, prepare: bool = False) -> dict:
    """A probe's answer as the ``probed`` signal carries it: ``result``, or ``error`` in words (a probe that fails
    never ends a run nor takes the window down)."""
    try:
        return {"id": request_id, "kind": kind, "result": session.probe(kind, prepare=prepare, **options)}
    except NetbuilderError as exc:
        return {"id": request_id, "kind": kind, "error": message(exc)}
    except Exception as exc:  # noqa: BLE001
        return {"id": request_id, "kind": kind, "error": f"{type(exc).__name__}: {exc}"}
