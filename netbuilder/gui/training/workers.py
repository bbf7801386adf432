"""The controller the window talks to: it owns the current job's QThread and :class:`TrainingWorker` (see
``training_worker.py``) and passes their news on to the GUI thread as its own signals.

One thread per model (ARCHITECTURE.md): while a job's thread exists (a run, running or paused; an evaluation; a
probe loading the data), that thread alone uses the session's model; the GUI thread sends it requests and hears
answers by signal, or, for what it needs at once from a paused run (a probe, predictions, the weights), waits the
moment the worker takes to answer from its wait. Only with no job thread does the GUI thread use the model itself
(between runs), or during a sweep, whose trials train models of their own, only reading the window's dataset (a
probe for the worker, an explanation, waits for its end). A probe job loading another session's data (the
boundary's preview) is never waited for by the GUI thread: a run started meanwhile lets it finish on its own
(:meth:`TrainingController.detach_probe`). Stop, pause, resume, step and the learning rate go to the session's
thread-safe controls. No thread but the GUI thread frees a Qt object (:mod:`.collector`).
"""
from __future__ import annotations

import concurrent.futures
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal

from ...core.errors import TrainingError, message
from ..common import collector
from .worker import CALL_TIMEOUT_S, CURVE_HZ, PROBE_SHARE, RELAYED, TrainingWorker, answer, training_threads

#: how often a call's wait looks whether the job ended without reading the request (the wait itself is the future's)
CALL_SLICE_S = 0.05


class TrainingController(QObject):
    """Owns the current job's QThread and worker and forwards their signals to the GUI thread.

    Jobs (:attr:`job`): ``train``, ``evaluate``, ``probe``, ``lr_find`` (:meth:`find_lr`) and ``sweep``
    (:meth:`sweep`). ``state``: ``idle``, ``running``, ``paused`` or ``evaluating``. Signals: ``stateChanged(str)``,
    ``runStarted(dict)``, ``curve(dict)``, ``validationEnded(dict)``, ``epochEnded(dict)``, ``weights(dict)``,
    ``probed(dict)``, ``runFinished(RunRecord)``, ``evaluated(dict)``, ``lrProgress(dict)``, ``lrFound(dict)``
    (``worker.plain_finding``), ``trial(TrialOutcome)``, ``sweepProgress(dict)``, ``sweepFinished(SweepResult)``,
    ``jobFailed(str, message, Cause)`` (job, message, cause).

    Looking inside (:meth:`probe`, :meth:`subscribe`): while a run trains, the worker answers between batches; a
    paused run's worker answers at once from its wait; while no job (or a sweep) runs the session answers at once
    in the GUI thread (small probes take milliseconds); with no data loaded yet, a ``probe`` job loads it first.
    """

    stateChanged = Signal(str)
    runStarted = Signal(object)
    curve = Signal(object)
    validationEnded = Signal(object)
    epochEnded = Signal(object)
    weights = Signal(object)
    probed = Signal(object)
    download = Signal(object)  # a backbone's weights downloading before a run (the worker's, relayed)
    runFinished = Signal(object)
    evaluated = Signal(object)
    lrFound, lrProgress = Signal(object), Signal(object)  # a range test's finding (find_lr); its batches done
    trial = Signal(object)  # a sweep's trial ended: its TrialOutcome (sweep)
    sweepProgress = Signal(object)  # the sweep's trial training now: show_progress's figures, "trial", "trials"
    sweepFinished = Signal(object)  # a sweep ended (all its trials, or stopped): its SweepResult
    jobFailed = Signal(str, object, object)  # the job, its message (str, or the core's Text), its Cause
    #: the Step presses asked for are all trained and the paused run waits again (emitted in the GUI thread)
    stepsDone = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.session = None
        self.state = "idle"
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None
        self._want_weights = False
        self.tensorboard_dir: str | None = None  # the next runs log for TensorBoard into this folder (None: no)
        self._holding = False  # this job's hold on the GUI-thread collector
        self._retiring: list = []  # detached probe jobs still loading: (thread, worker, holding)
        self._steps_done = False  # stepsDone sent for the Step presses so far
        self.subscriptions: dict[str, tuple[float, dict]] = {}
        self._next_id = 0
        self._worker_only: set[int] = set()  # ids of probes never to be answered in this thread (probe_in_worker)
        self._stopping = False  # in shutdown(): no job starts

    @property
    def want_weights(self) -> bool:
        """Weight snapshots during runs (the weights panel shows): from the next batch of the run going on too."""
        return self._want_weights

    @want_weights.setter
    def want_weights(self, on: bool) -> None:
        self._want_weights = bool(on)
        if self._worker is not None:
            self._worker.send(("want_weights", self._want_weights))

    @property
    def busy(self) -> bool:
        return self._thread is not None

    @property
    def job(self) -> str | None:
        """The job going on ("train", "evaluate", "probe", "lr_find", "sweep"), or None."""
        return self._worker.job if self._thread is not None and self._worker is not None else None

    def train(self, session, *, step: bool = False) -> None:
        """Start a run of ``session`` (``step``: paused after exactly one batch)."""
        self._start(session, "train", "paused" if step else "running", start_paused=step)

    def evaluate(self, session) -> None:
        self._start(session, "evaluate", "evaluating")

    def find_lr(self, session) -> None:
        """The learning-rate range test on ``session`` in the worker (the controls see it as an evaluation); its
        finding comes with ``lrFound``, a failure with ``jobFailed``."""
        self._start(session, "lr_find", "evaluating")

    def sweep(self, session, spec: dict) -> None:
        """A sweep in the worker (``spec``: run_sweep's design, params, trials and keywords; ``session``: the
        window's, whose loaded dataset the trials share); state ``running``; :meth:`stop` ends it after the batch
        going on. Each trial comes with ``trial``, the end with ``sweepFinished``, a failure with ``jobFailed``."""
        self._start(session, "sweep", "running", sweep=spec)

    def _start(self, session, job: str, state: str, start_paused: bool = False, requests=(), sweep=None) -> None:
        if self.busy:
            raise RuntimeError("a training job is already running")
        self.session = session
        self._steps_done = False
        session.clear_requests()
        collector.hold()  # released in _release, once the thread has finished
        self._holding = True
        worker = TrainingWorker(session, job, start_paused=start_paused, want_weights=self.want_weights,
                                subscriptions=self.subscriptions if job == "train" else None,
                                tensorboard_dir=self.tensorboard_dir if job == "train" else None, sweep=sweep)
        for request in requests:
            worker.requests.put(request)
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
        if self.state == "running" and self.job != "sweep":
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
        if self.job == "sweep":
            self._worker.stopping.set()
        elif self.state in ("running", "paused"):
            self.session.request_stop()

    def probe(self, session, kind: str, **options) -> int:
        """Ask for a look inside ``session``'s network (kinds: ``core.training.inspection``). The answer comes with
        ``probed`` as ``{"id", "kind", "result"}`` or ``{"id", "kind", "error"}``; returns the id. Answered at once
        (before this returns) when the model is free and its data loaded."""
        self._next_id += 1
        request = (self._next_id, kind, dict(options))
        worker = self._worker
        if self.job == "sweep" and session.prepared:  # the sweep's trials use their own models: this one is free
            self.probed.emit(answer(session, *request))
        elif worker is not None:
            if self._paused_between_batches(session):  # the worker answers from its wait, at once
                try:
                    self.probed.emit(self.call(lambda: answer(session, *request)))
                except TrainingError as exc:
                    self.probed.emit({"id": request[0], "kind": kind, "error": message(exc)})
            else:
                worker.send(("probe", *request))  # between batches, or as soon as the job ends
        elif not session.prepared:
            self._start(session, "probe", "evaluating", requests=[("probe", *request)])  # the data loads there
        else:
            self.probed.emit(answer(session, *request))  # no job thread: the model is free
        return self._next_id

    def probe_in_worker(self, session, kind: str, **options) -> int:
        """As :meth:`probe`, for a probe too slow for the GUI thread (an explanation): never answered there, nor
        waited for. A run's worker, running or paused, answers between batches or from its wait; with no job going
        on, a probe job answers it (the window's controls see that as idle). Returns the id."""
        if self.job == "probe" and self._worker.session is not session:
            self.detach_probe(session)  # the boundary's preview of another session finishes on its own
        self._next_id += 1
        self._worker_only.add(self._next_id)
        self._to_worker(session, [("probe", self._next_id, kind, dict(options))])
        return self._next_id

    def _to_worker(self, session, requests: list) -> None:
        if self._worker is not None:
            for request in requests:
                self._worker.send(request)
        else:
            self._start(session, "probe", "evaluating", requests=requests)

    def _paused_between_batches(self, session) -> bool:
        return (self._worker is not None and self._worker.job == "train" and session is self.session
                and session.prepared and session.waiting)

    def call(self, fn, timeout_s: float = CALL_TIMEOUT_S, *, load=None):
        """``fn()`` where the model may be used now, its result (or exception) here: in the job's worker thread
        while one exists, else in this thread; ``load``: a session whose data is not loaded yet, with no job going
        on, whose data a probe job loads first (``fn`` runs in its thread, after the requests before it).

        The wait blocks this thread on a ``concurrent.futures.Future`` (no nested event loop: no slot or signal
        runs meanwhile, so nothing re-enters the caller); the worker needs no event loop to answer. What bounds
        it is when the worker next reads its queue: at once for a paused run (from its wait), after the batch
        going on and its slow-motion wait (at most ``MAX_DELAY``, 1 s) for a running one, when an evaluation or a
        data load ends for the other jobs; a job that ends before reading the request leaves ``fn`` to this
        thread (the model is free then), as during a sweep (its trials train models of their own).
        ``timeout_s`` (``CALL_TIMEOUT_S``, 30 s) bounds it whatever happens: then TrainingError, and ``fn`` does
        not run."""
        worker = self._worker
        future: concurrent.futures.Future = concurrent.futures.Future()
        if self.job == "sweep":
            return fn()  # the window's model is idle in a sweep (each trial trains its own): this thread uses it
        if worker is not None:
            worker.send(("call", fn, future))
        elif load is not None and not load.prepared:
            self._start(load, "probe", "evaluating", requests=[("call", fn, future)])
        else:
            return fn()
        thread, deadline = self._thread, time.monotonic() + timeout_s
        while True:
            left = deadline - time.monotonic()
            done, _ = concurrent.futures.wait([future], timeout=max(0.0, min(CALL_SLICE_S, left)))
            if done:
                return future.result()
            if thread.isFinished() and future.cancel():
                return fn()  # the job ended without reading the request (its finish is not delivered yet)
            if left <= 0:
                if not future.cancel():
                    return future.result()  # the worker took it up just now: it is running fn
                raise TrainingError("the model is in use and did not answer in time: pause or stop the run, "
                                    "then try again")

    def weights_snapshot(self, session) -> dict | None:
        """The weights now (numpy arrays keyed like the ``state_dict``): from a paused run's worker, or here with
        no job thread; None while a run trains (they come with ``weights`` after its next batch)."""
        if self._worker is None or self.job == "sweep":  # a sweep's trials train models of their own
            return session.weights_snapshot()
        if self._paused_between_batches(session):
            return self.call(session.weights_snapshot)
        self.request_weights()
        return None

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
            self._worker.send(("subscriptions", dict(self.subscriptions)))

    def unsubscribe(self, kind: str) -> None:
        """No more ``kind`` probes during runs (a hidden panel costs nothing)."""
        self.subscriptions = {k: v for k, v in self.subscriptions.items() if k != kind}
        if self._worker is not None:
            self._worker.send(("subscriptions", dict(self.subscriptions)))

    def request_weights(self) -> None:
        """One weight snapshot after the next batch of the run going on (or as it ends), with ``weights``."""
        if self._worker is not None:
            self._worker.send(("weights",))

    def detach_probe(self, session) -> bool:
        """A probe job loading the data of a session other than ``session`` (the boundary's throw-away preview)
        finishes on its own, its answers still relayed, while a job for ``session`` may start now: two models, one
        thread each, and the GUI thread does not wait for a data load it cannot cut short. True when the
        controller is free for ``session`` then."""
        worker = self._worker
        if self.job != "probe" or worker.session is session:
            return not self.busy
        worker.finished.disconnect(self._on_worker_finished)
        worker.finished.connect(self._on_retired_finished)
        self._retiring.append((self._thread, worker, self._holding))  # its hold on the collector goes with it
        self._thread = self._worker = None
        self._holding = False
        self._set_state("idle")
        return True

    @property
    def retiring(self) -> bool:
        """Detached probe jobs are still loading (see :meth:`detach_probe`)."""
        return bool(self._retiring)

    def _on_retired_finished(self, _payload: dict) -> None:
        self.wait_retired(lambda worker: worker is self.sender())

    def wait_retired(self, which=lambda worker: True, timeout_ms: int = 30_000) -> bool:
        """Wait for the detached probe threads ``which`` picks (they have ended, or are about to); True when none
        is left running."""
        for entry in list(self._retiring):
            thread, worker, holding = entry
            if which(worker) and thread.wait(timeout_ms):
                self._retiring.remove(entry)
                if holding:
                    collector.release()
        return not self._retiring

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Stop whatever runs and wait for its thread (closing the window). True when no thread is left."""
        if not self.wait_retired(timeout_ms=timeout_ms):
            return False
        if self._thread is None:
            return True
        if self.session is not None:
            self.session.request_stop()
            self.session.resume()
        if self._worker is not None:
            self._worker.stopping.set()  # a sweep's
        finished = self._thread.wait(timeout_ms)
        if finished:
            # deliver what the worker sent before it ended (its last points, the run's record) now, in order,
            # so that training_finished comes before whatever the caller does next (open another design, close)
            self._stopping = True
            try:
                QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)
            finally:
                self._stopping = False
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
        queue = worker.requests if worker is not None else None  # what was asked after the worker's last look
        left = [queue.get_nowait() for _ in range(queue.qsize())] if queue is not None else []
        self._release()
        self._set_state("idle")
        later = [r for r in left if r[0] == "probe" and r[1] in self._worker_only]
        self._worker_only = {r[1] for r in later}  # every other one was answered by now
        session = self.session
        for request in left:  # no job thread now: answered here
            if request[0] == "probe" and request[1] in self._worker_only:
                continue
            if request[0] == "probe":
                self.probed.emit(answer(self.session, *request[1:]))
            elif request[0] == "call" and request[2].set_running_or_notify_cancel():
                request[2].set_exception(TrainingError("the job ended before it could answer: try again"))
        if payload["job"] == "probe":
            pass  # its answers (and errors) went out with probed
        elif "error" in payload:
            self.jobFailed.emit(payload["job"], payload["error"], payload.get("cause"))
        elif payload["job"] == "train":
            self.runFinished.emit(payload["record"])
        elif payload["job"] == "lr_find":
            self.lrFound.emit(payload["finding"])
        elif payload["job"] == "sweep":
            self.sweepFinished.emit(payload["result"])
        else:
            self.evaluated.emit(payload["scores"])
        if later and not self._stopping and (self._worker is None or self._worker.session is session):
            self._to_worker(session, later)  # a slow probe asked for as the job ended: the next job answers it
        elif later:
            for request in later:
                self.probed.emit({"id": request[1], "kind": request[2],
                                  "error": "the model was taken for another job before it could answer: ask again"})

    def _release(self) -> None:
        """Drop the finished thread and its worker: both were made in Python without a parent, so Python owns them
        and deletes them (a thread only once it has finished: callers wait first)."""
        self._thread = self._worker = None
        if self._holding:  # once per job: shutdown() and the worker's own finish may both come here
            self._holding = False
            collector.release()
