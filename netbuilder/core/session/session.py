"""One person's training session on one network: the seam between the editor and the trainer.

A :class:`TrainingSession` is built from a *copy* of the design and of the settings, so that edits made on the
canvas afterwards never end up saved next to weights they did not produce (ARCHITECTURE.md, threading contract).
The dataset is loaded and the model compiled by :meth:`TrainingSession.prepare`, which the GUI calls in its worker
thread. Each :meth:`run` continues from the current weights and becomes a :class:`RunRecord` in ``runs``: the
settings, the epoch metrics, the per-batch loss curve and the final weights (CPU copies), which the runs list and
the comparison view read. Nothing here imports Qt.
"""
from __future__ import annotations

import copy
import math
import time
import numpy as np
import torch

from ..design.design_io import design_from_dict, design_to_dict
from ..errors import NetbuilderError, TrainingError, cause_of
from ..design.graph import Design
from ..design.train_config import TrainConfig, check_delay, check_lr
from ..training.callbacks import Callback
from ..training.inspection import run_probe
from ..training import lr_finder
from .runs import CurveRecorder, RunRecord, network_of, settings_diff
from .export import SessionExport
from .timeline import Snapshot, Timeline
from ..training.trainer import FitResult, Trainer
from ..text import msg

#: the side of the small grid a run keeps of its decision boundary (the runs view's thumbnails)
BOUNDARY_RESOLUTION = 48
#: how many training points it keeps with it (drawn as dots on the thumbnail)
BOUNDARY_POINTS = 300


class TrainingSession(SessionExport):
    """Train one copy of a design, run after run.

    ``device``: ``auto``, ``cpu``, ``cuda`` or ``cuda:N``; ``num_threads``: CPU threads for training (the GUI
    passes cores - 1). Call :meth:`prepare` and :meth:`run` in the thread that trains; the control methods
    (``request_stop``, ``pause``, ``resume``, ``step_once``, ``wake``, ``set_lr``, ``set_delay``) and the facts
    that read no tensor (``prepared``, ``waiting``, ``steps_pending``, ``has_weights``, ``sample_shape``,
    ``split_sizes``, ``class_names``...) from any thread; whatever uses the model (probes, predictions, weight
    copies, checkpoints) in the thread that owns it: the training thread while a run exists.
    """

    def __init__(self, design: Design | dict, config: TrainConfig | None = None, *, device: str = "auto",
                 data_dir=None, num_threads: int | None = None, download: bool | None = None, dataset=None):
        data = design_to_dict(design) if isinstance(design, Design) else copy.deepcopy(design)
        self.design = design_from_dict(data)
        self.config = copy.deepcopy(config) if config is not None else TrainConfig.from_design(self.design)
        self.device = device
        self.data_dir, self.num_threads, self.download = data_dir, num_threads, download
        self._dataset = dataset  # a loaded dataset to train on instead of loading one (a sweep's trials share it)
        self.trainer: Trainer | None = None
        self.curves = CurveRecorder()
        self.runs: list[RunRecord] = []
        self.last_result: FitResult | None = None
        self.checkpoint = None
        self._state: dict | None = None  # weights to load once prepared (a checkpoint's, a restored run's)
        self._history: list[dict] = []  # history to carry into a trainer built later
        self._stop_requested = self._pause_requested = False
        self._steps_requested = 0
        self.delay = 0.0  # slow motion, carried into every trainer this session builds
        self.timeline = Timeline()  # weight snapshots for rewinding (see timeline.py)
        self._rewound: Snapshot | None = None  # where the weights were rewound to, until training goes on

    @classmethod
    def from_checkpoint(cls, checkpoint, **kwargs) -> "TrainingSession":
        """A session holding a loaded :class:`Checkpoint`'s design, settings, weights, history and curve: it can
        predict at once, and trains on from those weights once its dataset is loaded."""
        session = cls(checkpoint.design, TrainConfig.from_dict(checkpoint.config), **kwargs)
        session.checkpoint = checkpoint
        session._state = {k: v.detach().clone() for k, v in checkpoint.model.state_dict().items()}
        session._history = [dict(m) for m in checkpoint.history]
        curves = checkpoint.curves or {}
        if len(curves.get("batch_x", ())):
            session.curves.load(curves["batch_x"], curves["batch_loss"])
        return session

    # state --------------------------------------------------------------------------------------------------
    @property
    def history(self) -> list[dict]:
        """Every epoch trained in this session so far (the checkpoint's first, when opened from one)."""
        return self.trainer.history if self.trainer is not None else self._history

    @property
    def prepared(self) -> bool:
        return self.trainer is not None

    @property
    def loaded_dataset(self):
        """The dataset this session has loaded (None before it prepared): what a sweep's trials may share."""
        return self.trainer.dataset if self.trainer is not None else None

    def same_network(self, design: Design | dict) -> bool:
        return network_of(design) == network_of(self.design)

    # building (the training thread) ----------------------------------------------------------------------
    def prepare(self) -> Trainer:
        """Load the dataset and compile the model (once; again after a change of dataset, loss or device, keeping
        the weights). Raises NetbuilderError saying what is wrong."""
        if self.trainer is None:
            trainer = Trainer(self.design, copy.deepcopy(self.config), device=self.device, data_dir=self.data_dir,
                              download=self.download, num_threads=self.num_threads, dataset=self._dataset)
            trainer.evaluate_on_stop = False
            if self._state is not None:
                trainer.model.load_state_dict(self._state)
            trainer.history = [dict(m) for m in self._history]
            if trainer.config.optimizer["lr"] != self.config.optimizer["lr"]:  # changed while the data loaded
                trainer.set_lr(self.config.optimizer["lr"])
            trainer.set_delay(self.delay)
            self.trainer, self._state = trainer, None
        return self.trainer

    def update_settings(self, config: TrainConfig, device: str | None = None, design: Design | None = None) -> None:
        """Use new settings from the next run on (between runs). The weights stay; a new dataset, loss or device
        means building the trainer again, which :meth:`prepare` does. ``design``: the same network with a new
        name, description or training section, copied so that checkpoints carry them."""
        if design is not None:
            if not self.same_network(design):
                raise TrainingError(msg("the network changed: start a new session for it"))
            for key in ("name", "description", "training"):
                self.design.set_meta(key, copy.deepcopy(getattr(design, key)))
        device = self.device if device is None else device
        trainer = self.trainer
        old = trainer.config if trainer is not None else self.config  # what the model really trains with
        self.config = copy.deepcopy(config)
        if trainer is None:
            self.device = device
            return
        if device != self.device or old.dataset != config.dataset or old.loss != config.loss:
            self._state = {k: v.detach().to("cpu").clone() for k, v in trainer.model.state_dict().items()}
            self._history, self.trainer, self.device = list(trainer.history), None, device
            self._dataset = None  # the settings may name another dataset
            return
        trainer.config = copy.deepcopy(config)
        if old.optimizer != config.optimizer or old.scheduler != config.scheduler or old.epochs != config.epochs:
            trainer.new_optimizer()

    # a run (the training thread) --------------------------------------------------------------------------
    def run(self, callbacks: list[Callback] | tuple = (), *, start_paused: bool = False) -> RunRecord:
        """Train ``config.epochs`` more epochs from the current weights. Never raises for a failure of the run
        itself (missing data, a layer that fails, out of memory): the record says ``failed`` and why, and the
        weights of earlier runs stay as they were."""
        started = time.perf_counter()
        first_epoch = len(self.history)
        trainer = None
        self.curves.drain()
        before = len(self.curves.points()[0])
        status, message, result, cause = "failed", "", None, None
        try:
            trainer = self.prepare()
            if self._stop_requested:
                status, message = "stopped", msg("Stopped before training began.")
            else:
                self.go_on_from_rewound()
                trainer.callbacks = [self.curves, self.timeline, *callbacks]
                if start_paused or self._pause_requested:
                    trainer.pause()
                for _ in range(int(start_paused) + self._steps_requested):
                    trainer.step_once()
                result = trainer.fit()
                status, message = result.stopped, result.message
        except NetbuilderError as exc:
            message, cause = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc), exc.cause
        except (Exception, torch.OutOfMemoryError) as exc:  # noqa: BLE001 (a run's crash must not end the app)
            message, cause = f"{type(exc).__name__}: {exc}", cause_of(exc)
        finally:
            if trainer is not None:  # the caller's callbacks were for this run: kept, they would keep the caller
                trainer.callbacks = [self.curves, self.timeline]  # (a window's worker, its thread) alive
        self.last_result = result
        diverged_x = None
        if result is not None and result.diverged_at is not None:
            epoch, batch = result.diverged_at
            per_epoch = max(1, trainer.batches_per_epoch)
            diverged_x = epoch - 1 + (batch / per_epoch if batch is not None else 1.0)
        history = self.history
        x, loss = self.curves.points()
        record = RunRecord(
            number=len(self.runs) + 1, status=status, message=message, settings=self.settings(),
            changed=settings_diff(self.runs[-1].settings if self.runs else None, self.settings()),
            device=str(trainer.device) if trainer is not None else str(self.device),
            design=design_to_dict(self.design), history=[dict(m) for m in history[first_epoch:]],
            full_history=[dict(m) for m in history], batch_x=x[before:], batch_loss=loss[before:],
            test=dict(result.test) if result is not None else {}, seconds=time.perf_counter() - started,
            best_epoch=result.best_epoch if result is not None else None,
            state=self.state_snapshot() if trainer is not None else None, diverged_x=diverged_x,
            validation=copy.deepcopy(trainer.last_validation or {}) if trainer is not None else {},
            boundary=self._boundary(trainer), cause=cause)
        self.runs.append(record)
        if diverged_x is not None:  # the record shows where it blew up; the weights went back, so does the curve
            self.curves.truncate(len(trainer.history))
        return record

    @staticmethod
    def _boundary(trainer) -> dict | None:
        """A small grid of the output over the inputs' plane or line (1 or 2 input features only, else None; about
        1 ms for the spirals). None instead of an error: a picture for the runs view never fails a run."""
        try:
            if trainer is None or math.prod(trainer.preprocessor.sample_shape) not in (1, 2):
                return None
            return run_probe(trainer, "grid", resolution=BOUNDARY_RESOLUTION, max_units=0, points=BOUNDARY_POINTS)
        except Exception:  # noqa: BLE001 (the probe's TrainingError, out of memory, a bug: no picture, same run)
            return None

    def find_learning_rate(self, callbacks: list[Callback] | tuple = ()) -> lr_finder.LRFinding:
        """The learning-rate range test (:func:`..training.lr_finder.find_learning_rate`) on the current weights,
        between runs, in the thread that owns the model (it prepares first: the data may load). The weights,
        history, curve, timeline and runs are as they were afterwards. Requests left from before (a stop or pause
        pressed after the last run) are forgotten first; ``request_stop`` while the data loads or during the test
        ends it early."""
        self.clear_requests()
        trainer = self.prepare()
        if self._stop_requested:
            return lr_finder.LRFinding(lrs=[], losses=[], raw=[], suggestion=None, stopped="stopped")
        return lr_finder.find_learning_rate(trainer, callbacks=callbacks)

    def evaluate(self, split: str = "test") -> dict:
        """Scores of a split with the current weights (prepares first when needed)."""
        return self.prepare().evaluate(split)

    # control (any thread) -------------------------------------------------------------------------------
    # Each request is noted before the trainer is looked at: a trainer that the training thread creates meanwhile
    # either sees the note (run() reads it after prepare()) or is found here.
    def clear_requests(self) -> None:
        """Forget stop and pause requests left from before (call before starting a run)."""
        self._stop_requested = self._pause_requested = False
        self._steps_requested = 0
        if self.trainer is not None:
            self.trainer.clear_requests()

    def request_stop(self) -> None:
        self._stop_requested = True
        if self.trainer is not None:
            self.trainer.request_stop()

    def pause(self) -> None:
        self._pause_requested = True
        if self.trainer is not None:
            self.trainer.pause()

    def resume(self) -> None:
        self._pause_requested = False
        if self.trainer is not None:
            self.trainer.resume()

    def step_once(self) -> None:
        """One batch more while paused (each call counts, also before the data has loaded)."""
        if self.trainer is None:
            self._steps_requested += 1
        else:
            self.trainer.step_once()

    def wake(self) -> None:
        """Cut a paused run's wait short, so that its callbacks' ``on_wait`` run now (a request waits for them)."""
        if self.trainer is not None:
            self.trainer.wake()

    @property
    def steps_pending(self) -> int:
        """Step presses not trained yet (each is one batch), also those asked for before the data had loaded."""
        return self._steps_requested if self.trainer is None else self.trainer.steps_pending

    @property
    def waiting(self) -> bool:
        """True while a paused run waits between batches (its model is not in use), or no run exists."""
        return self.trainer is None or self.trainer.waiting.is_set()

    def set_delay(self, seconds: float) -> None:
        """Slow motion: wait ``seconds`` (0 to 1) after each batch, from the next batch on (during a run) and in
        later runs."""
        self.delay = check_delay(seconds)
        if self.trainer is not None:
            self.trainer.set_delay(self.delay)

    def set_lr(self, lr: float) -> None:
        """The learning rate from the next batch on (during a run), or for the next run."""
        self.config.optimizer["lr"] = check_lr(lr)
        if self.trainer is not None:
            self.trainer.set_lr(lr)

    # weights (between runs, or in the training thread) --------------------------------------------------
    def state_snapshot(self) -> dict[str, torch.Tensor]:
        """Detached CPU copies of the weights and buffers (a checkpoint's own when nothing is prepared yet)."""
        if self.trainer is not None:
            return {k: v.detach().to("cpu", copy=True) for k, v in self.trainer.model.state_dict().items()}
        if self._state is not None:
            return {k: v.clone() for k, v in self._state.items()}
        return {}

    def weights_snapshot(self) -> dict[str, np.ndarray]:
        """The weights as numpy arrays keyed like the ``state_dict`` (``<node id>.weight``), for the panels."""
        return {k: v.float().numpy() if v.is_floating_point() else v.numpy()
                for k, v in self.state_snapshot().items()}

    def rewind(self, index: int) -> Snapshot:
        """Put the weights back to the timeline's snapshot ``index`` (between runs): the panels then show the
        network as it was then. Training from there starts a new run that forgets what came after it (epochs,
        curve, later snapshots, the optimizer's state); the last snapshot is the present, and changes nothing."""
        if not 0 <= int(index) < len(self.timeline):
            raise TrainingError(msg("no snapshot {index}: the timeline has {n_timeline}", index=index,
                                    n_timeline=len(self.timeline)))
        snapshot = self.timeline.snapshots[int(index)]
        if self.trainer is not None:
            self.trainer.model.load_state_dict(snapshot.state)
        else:
            self._state = {k: v.clone() for k, v in snapshot.state.items()}
        last = int(index) == len(self.timeline) - 1
        self._rewound = None if last else snapshot
        self.last_result = None
        return snapshot

    @property
    def rewound(self) -> Snapshot | None:
        """The snapshot the weights were rewound to, until training goes on from it."""
        return self._rewound

    def go_on_from_rewound(self) -> None:
        """Forget what came after the snapshot the weights were rewound to (epochs, curve, later snapshots, the
        optimizer's state): the next run starts there. Done by :meth:`run`; a caller that shows the curve does
        it first (between runs) to show the shorter curve. Nothing happens when not rewound."""
        snapshot, self._rewound = self._rewound, None
        if snapshot is None:
            return
        if self.trainer is not None:
            self.trainer.history = self.trainer.history[:snapshot.epochs]
            self.trainer.new_optimizer()
        else:
            self._history = self._history[:snapshot.epochs]
        self.curves.truncate(snapshot.x)
        self.timeline.truncate(snapshot.x)

    def reset_weights(self) -> None:
        """Start over: fresh weights from the seed, no history, an empty curve. Earlier runs stay in ``runs``."""
        self.timeline.clear()
        self._rewound = None
        self.curves = CurveRecorder()
        self._state, self._history, self.last_result = None, [], None
        if self.trainer is not None:
            self.trainer.reset_weights()

    def restore_run(self, record: RunRecord) -> None:
        """Put back the weights (and epoch count, and curve) a run ended with. Refused, with the reason, when the
        run trained another network than this session's."""
        if record.state is None:
            raise TrainingError(msg("{label} ended before it had weights ({status}); nothing to restore",
                                    label=record.label, status=record.status))
        if network_of(record.design) != network_of(self.design):
            raise TrainingError(msg("{label} trained a different network (layers or connections changed since); "
                                    "its weights do not fit this one", label=record.label))
        if self.trainer is not None:
            self.trainer.model.load_state_dict(record.state)
            self.trainer.history = [dict(m) for m in record.full_history]
            self.trainer.new_optimizer()
        else:
            self._state = {k: v.clone() for k, v in record.state.items()}
            self._history = [dict(m) for m in record.full_history]
        self.curves.truncate(len(record.full_history))
        self.timeline.truncate(len(record.full_history))
        self._rewound = None
        self.last_result = None  # its test scores were those of other weights

    def settings(self) -> dict:
        """The settings of the next run (or of the one going on), with the device, as plain data."""
        config = self.trainer.config if self.trainer is not None else self.config
        return {**config.to_dict(), "device": str(self.trainer.device if self.trainer else self.device)}

    # using the model ----------------------------------------------------------------------------------------
    def probe(self, kind: str, *, prepare: bool = False, **options) -> dict:
        """A panel's look inside the network on the current weights (kinds: :mod:`.inspection`). Between runs, or in
        the training thread between batches. Without a prepared trainer it prepares first when ``prepare`` is True
        (loading the data: a worker thread's job), else says to train first."""
        if self.trainer is None:
            if not prepare:
                raise TrainingError(msg("nothing has been trained yet: press Train first"))
            self.prepare()
        return run_probe(self.trainer, kind, **options)

    def predict(self, rows):
        """``forward()`` outputs (probabilities for a classifier) for raw input rows, as a numpy array. Between
        runs only: it uses the model the trainer holds."""
        if self.trainer is not None:
            return self.trainer.predict(rows)
        if self.checkpoint is not None and self._state is not None:
            self.checkpoint.model.load_state_dict(self._state)
            return self.checkpoint.predict(rows)
        raise TrainingError(msg("nothing has been trained yet: press Train first"))
