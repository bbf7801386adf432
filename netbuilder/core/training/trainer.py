"""The Trainer's fit loop: synchronous, Qt-free, thread-agnostic (ARCHITECTURE.md, threading contract).

The batches of each epoch run in the one epoch loop (:mod:`.loop`), which the exported script copies by
source; this module adds what only netbuilder needs around it: callbacks, stop, pause, step, a new learning rate
and slow motion (the loop's hooks, :class:`.controls.RunControls`), continued runs, streamed images and the
full validation scores.

Fast path: the dataset lives on the device as tensors (uint8 stays uint8); every epoch shuffles with one
``randperm`` on the device and batches by ``index_select``; preprocessing (scale, mean, std, reshape to the
design's Input) runs per batch on the device, in one kernel where the mean and std are single numbers. The
optimizer uses torch's fused kernels where they exist for the device. No per-sample Python work, and on CUDA no
host-device sync per batch: batch losses and outputs stay on the device and are read once per epoch.

Metrics per epoch: ``epoch`` (1-based), ``loss`` (mean over the epoch's samples), ``seconds``, ``lr`` (the rate
used in that epoch), ``accuracy`` or ``mae``/``r2`` over the epoch's batches as they were trained (running
metrics, as Keras reports them), and ``val_*`` from a pass over the validation split after the epoch. A run
stopped mid-epoch records that epoch with ``partial: True`` and ``batches``. Callbacks get 1-based batch numbers.

Divergence (the checks within an epoch: :mod:`.loop`): after each epoch the weights must also be finite and give
a finite loss (the validation loss, already computed; without a validation split, the loss on the first few
training samples): else the run stops there too. Only an epoch that passes this check becomes the snapshot the
weights go back to on divergence (the weights at the start of the run when none did), and the optimizer starts
afresh (its moments may hold NaN).
"""
from __future__ import annotations

import gc
import math
import time
from dataclasses import dataclass, field

import torch

from ..design.compiler import compile_design
from ..design.design_io import design_from_dict
from ..errors import NetbuilderError, TrainingError, cause_of
from ..design.graph import Design
from ..design.shapes import infer_shapes
from .callbacks import Callback, overriding
from .controls import RunControls
from ..design.train_config import TrainConfig, check_augment, check_monitors
from . import recipe
from . import loop
from .recipe import EarlyStopping
from ..datasets.images import is_streamed
from .data import Preprocessor, Problem
from .device import check_memory, resolve_device
from .evaluation import Evaluator, Split, all_finite, clone_state, describe_failure
from . import features_cache
from .metrics import TrainScores
from .optim import current_lr, make_optimizer, make_scheduler
from ..text import msg

@dataclass
class FitResult:
    """``stopped``: ``completed``, ``stopped`` (request_stop), ``early_stopping`` or ``diverged``."""

    history: list[dict] = field(default_factory=list)
    test: dict = field(default_factory=dict)
    stopped: str = "completed"
    message: str = ""
    best_epoch: int | None = None
    seconds: float = 0.0
    #: where a divergence was found: (epoch, batch), batch None when the weights failed the end-of-epoch check
    diverged_at: tuple[int, int | None] | None = None


class Trainer(RunControls):
    """Train a design on its dataset.

    ``config`` defaults to the design's own training settings; ``device``: ``auto``, ``cpu``, ``cuda``,
    ``cuda:N``; ``dataset``: an already loaded :class:`Dataset` to reuse as is (else it is loaded from
    ``config.dataset`` and ``data_dir``); ``num_threads``: CPU threads for ``fit()`` (default: see
    :meth:`threads_for_run`). The constructor checks that the dataset, the loss and the design fit together and
    raises :class:`TrainingError` (or the design's :class:`DesignError`) saying what to change.

    ``fit()`` may be called again to continue (epochs, history and optimizer state carry on). ``evaluate`` and
    ``predict`` are for use between runs, not from another thread while ``fit()`` runs.

    Control from any thread while ``fit()`` runs: ``request_stop``, ``pause``, ``resume``, ``step_once`` and
    ``set_lr`` (applied from the next batch). ``evaluate_on_stop`` False (the GUI's choice) ends a run stopped by
    request right after its current batch: no validation pass for the partial epoch and no test evaluation, so a
    Stop takes effect at once on every design; the CLI keeps True and reports test scores after Ctrl-C.
    """

    def __init__(self, design: Design | dict, config: TrainConfig | None = None, device="auto", data_dir=None,
                 callbacks: list[Callback] | None = None, dataset=None, download: bool | None = None,
                 num_threads: int | None = None, distributed: bool = False):
        self.design = design_from_dict(design) if isinstance(design, dict) else design
        self.config = config if config is not None else TrainConfig.from_design(self.design)
        self.device = recipe.distributed_device(resolve_device(device)) if distributed else resolve_device(device)
        #: this process's rank and the number of processes: (0, 1) unless ``distributed`` under torchrun
        self.rank, self.world = recipe.start_distributed(self.device) if distributed else (0, 1)
        self.callbacks = list(callbacks or [])
        self.num_threads = num_threads
        cfg = self.config
        if dataset is None:
            from ..datasets import load_dataset
            from ..design.preprocessing import image_preprocessing
            inputs = self.design.input_nodes()
            shape = self.design.node(inputs[0]).params.get("shape") if len(inputs) == 1 else None
            with recipe.local_lead_first(self.world):  # under torchrun: one download per machine
                dataset = load_dataset(cfg.dataset, data_dir=data_dir, seed=cfg.seed, limit=cfg.dataset.get("limit"),
                                       download=download, input_shape=shape if isinstance(shape, list) else None,
                                       preprocessing=image_preprocessing(self.design))
        self.dataset = dataset.to(self.device)
        ds = self.dataset

        report = infer_shapes(self.design)
        outputs = self.design.output_nodes()
        out_info = report.nodes.get(outputs[0]) if len(outputs) == 1 else None
        if out_info is None or out_info.shape is None:
            compile_design(self.design, cfg.loss)  # raises the design's first problem
            raise TrainingError(msg("{design_name}: the output shape cannot be inferred",
                                    design_name=self.design.name))
        output_shape = tuple(out_info.shape)
        self.problem = Problem.decide(cfg.loss, ds.task, ds.num_classes, output_shape,
                                      msg("the dataset '{name}'", name=ds.name), outputs[0])
        self.problem.check_targets(ds.y_train, output_shape, msg("the dataset '{name}'", name=ds.name), outputs[0])
        check_monitors(cfg, ds.task, msg("the dataset '{name}'", name=ds.name))
        self.memory = check_memory(self.design, report, cfg, self.device)  # before a weight is allocated
        torch.manual_seed(cfg.seed)
        self.model = compile_design(self.design, self.problem.loss).to(self.device)
        self._ddp = None  # several processes: DistributedDataParallel over the model's scores
        if self.world > 1:
            from torch.nn.parallel import DistributedDataParallel
            ids = [self.device.index] if self.device.type == "cuda" else None
            self._ddp = DistributedDataParallel(recipe.Logits(self.model), device_ids=ids)
        self.preprocessor = Preprocessor(ds.preprocess, ds.x_train.shape[1:], self.model.input_shape, self.device,
                                         msg("The dataset '{name}'", name=ds.name), self.model.input_id)
        check_augment(cfg, self.model.input_shape)
        self._augment = self._augmentation()
        self.splits: dict[str, Split] = {}
        for name in ("train", "val", "test"):
            x, y = getattr(ds, f"x_{name}"), getattr(ds, f"y_{name}")
            if x is not None and y is not None and len(x):
                self.splits[name] = Split.make(x, y, self.problem, output_shape)
        act = report.activation_bytes + 4 * math.prod(self.model.input_shape)
        self.eval_batch_size = recipe.eval_batch_size(cfg.batch_size, act)
        self.evaluator = Evaluator(self.model, self.preprocessor, self.problem, self.eval_batch_size)
        self._generator = torch.Generator(device=self.device).manual_seed(cfg.seed)
        #: check the loss before every step (CPU), else every loop.CUDA_CHECK_EVERY batches (see loop's docstring);
        #: several processes check together once per epoch, from the summed losses, so that all stop alike
        self.check_every_batch = self.device.type == "cpu" and self.world == 1
        self.new_optimizer()
        self.history: list[dict] = []
        #: the full scores of the last validation pass (precision, recall, f1, confusion for a classifier)
        self.last_validation: dict | None = None
        self.evaluate_on_stop = True
        self.cache_features = True  # keep a frozen backbone's features after epoch 1 (:mod:`.features_cache`)
        self._features = None
        self._init_controls()

    def end_distributed(self) -> None:
        """After the last run under torchrun: drop the DistributedDataParallel wrapper, then leave the process group.
        In this order: a wrapper still holding the group when the interpreter shuts down makes gloo's threads abort
        the process."""
        self._ddp = None
        gc.collect()
        recipe.stop_distributed()

    def new_optimizer(self) -> None:
        """A fresh optimizer and scheduler from ``config`` (its settings changed, or the weights were put back: the
        old moments belong to other weights). Between runs."""
        self.optimizer, self.optimizer_impl = make_optimizer(self.config.optimizer, self.model.parameters())
        self.scheduler = make_scheduler(self.config.scheduler, self.optimizer, self.config.epochs)

    def reset_weights(self) -> None:
        """Start over: the weights the design's seed gives a new model (the same as at construction), no history,
        a fresh optimizer and shuffling. The model object stays the same, so references to it remain valid."""
        torch.manual_seed(self.config.seed)
        fresh = compile_design(self.design, self.problem.loss)
        self.model.load_state_dict(fresh.state_dict())
        self.history = []
        self.last_validation = None
        self._generator = torch.Generator(device=self.device).manual_seed(self.config.seed)
        self._augment = self._augmentation()
        self._features = None
        self.new_optimizer()

    def _augmentation(self):
        """The config's augmentation of a training batch (:mod:`.augment`), its draws afresh from the seed; None
        without one. Remembers the list it was made for, so that a changed setting makes a new one."""
        self._augment_steps = [dict(s) for s in self.config.augment]
        if not self._augment_steps:
            return None
        from .augment import make_augment
        pre, shape = self.preprocessor.preprocess, self.model.input_shape
        return make_augment(self._augment_steps, self.config.seed, pre["mean"], pre["std"], shape[0], self.device)

    @property
    def batches_per_epoch(self) -> int:
        return -(-len(self.splits["train"].x) // self.config.batch_size)

    def threads_for_run(self) -> int:
        """CPU threads for ``fit()``: ``num_threads`` if given, else torch's default (all cores).

        Measured on a 2-core machine (benchmarks/bench_trainer.py --threads-sweep, MNIST presets): with the machine
        quiet, 2 threads are up to about 1.3x faster than 1; whenever something else wants a core (the GUI thread
        drawing curves, another process), torch's OpenMP threads wait on each other and a batch takes 1.5-13x as
        long as with 1 thread. So headless runs (CLI, scripts) use every core and the GUI's worker passes
        ``num_threads = cores - 1`` to leave one for drawing. The count is fixed for a run, not tuned while it
        runs, because it changes the last digits of results and a seed must reproduce a run exactly. The previous
        setting is restored after ``fit()``.
        """
        if self.num_threads:
            return int(self.num_threads)
        return torch.get_num_threads()

    # what a callback may read: plain values, so that no caller reaches into the trainer's parts -----------------
    def run_info(self) -> dict:
        """What the run about to start is, fixed until it ends, as plain values another thread may keep (a
        callback's ``on_fit_start`` reads it once a run, never per batch): ``dataset``, ``samples``, ``task``,
        ``class_names``, ``device``, ``first_epoch`` (epochs trained before), ``epochs`` (this run's),
        ``batches_per_epoch``, ``batch_size``, ``threads``."""
        ds, cfg = self.dataset, self.config
        return {"dataset": ds.name, "samples": int(len(ds.x_train)), "task": ds.task,
                "class_names": list(ds.class_names) if ds.class_names else None, "device": str(self.device),
                "first_epoch": len(self.history), "epochs": cfg.epochs,
                "batches_per_epoch": max(1, self.batches_per_epoch), "batch_size": cfg.batch_size,
                "threads": self.threads_for_run()}

    def progress(self) -> dict:
        """Where the run going on stands, as plain values (for a callback in the training thread, a few times a
        second): ``lr`` (the rate in force), ``paused_seconds`` (spent paused in this run), ``paused``."""
        return {"lr": current_lr(self.optimizer), "paused_seconds": self.paused_seconds, "paused": self.paused}

    # the run -------------------------------------------------------------------------------------------------
    def fit(self) -> FitResult:
        cfg, start = self.config, time.perf_counter()
        check_monitors(cfg, self.dataset.task, msg("the dataset '{name}'", name=self.dataset.name))  # settings changed?
        if cfg.augment != self._augment_steps:
            check_augment(cfg, self.model.input_shape)
            self._augment = self._augmentation()
        self._features = features_cache.for_run(self._features, self)
        result = FitResult()
        saved_threads = torch.get_num_threads()
        saved_benchmark = torch.backends.cudnn.benchmark
        threads = self.threads_for_run()
        if threads != saved_threads:
            torch.set_num_threads(threads)
        if self.device.type == "cuda":
            torch.backends.cudnn.benchmark = True  # fixed batch shapes: let cuDNN pick its fastest kernels once
        torch.manual_seed(cfg.seed + len(self.history) + 1)  # dropout and friends: reproducible per run
        self.paused_seconds = 0.0
        early = EarlyStopping(cfg.early_stopping) if cfg.early_stopping else None
        # the weights to go back to on divergence: the last epoch whose weights passed _epoch_end_problem
        good_state, good_epoch = clone_state(self.model), len(self.history)
        epoch = len(self.history)
        try:
            for cb in self.callbacks:
                cb.on_fit_start(self)
            for epoch in range(len(self.history) + 1, len(self.history) + cfg.epochs + 1):
                if self._stop.is_set():
                    result.stopped = "stopped"
                    break
                try:
                    metrics = self._train_epoch(epoch)
                except loop.Diverged as d:
                    problem = recipe.loss_problem(d.value, d.epoch, d.batch)
                    result.diverged_at = (d.epoch, d.batch)
                else:
                    if metrics is None:  # stopped before this epoch's first batch
                        result.stopped = "stopped"
                        break
                    problem = self._epoch_end_problem(epoch, metrics)
                    if problem is not None:
                        result.diverged_at = (epoch, None)
                if problem is not None:  # this epoch is not recorded: its weights are not kept
                    self.model.load_state_dict(good_state)
                    self.new_optimizer()  # its moments may hold NaN
                    result.stopped, result.message = "diverged", self._divergence_message(problem)
                    break
                self.history.append(metrics)
                for cb in self.callbacks:
                    cb.on_train_epoch_end(self, epoch, metrics)
                if metrics.get("partial"):
                    result.stopped = "stopped"
                    break
                good_state, stop = loop.keep_epoch(self.model, epoch, metrics, self.scheduler, cfg.scheduler, early)
                good_epoch = epoch
                if stop:
                    result.stopped = "early_stopping"
                    break
            result.message = loop.end_of_run(self.model, early, result.stopped, result.message, epoch, good_epoch)
            result.best_epoch = early.best_epoch if early is not None else None
            if "test" in self.splits and (self.evaluate_on_stop or result.stopped != "stopped"):
                result.test = self.evaluate("test")
        except BaseException as exc:
            if not all_finite(self.model):
                self.model.load_state_dict(good_state)
            for cb in self.callbacks:
                cb.on_exception(self, exc)
            if isinstance(exc, (NetbuilderError, KeyboardInterrupt)) or not isinstance(exc, Exception):
                raise
            raise TrainingError(describe_failure(self, exc, epoch), cause=cause_of(exc)) from exc
        finally:
            self._stop.clear()
            self._paused.clear()
            with self._steps_lock:
                self._steps = 0
            if torch.get_num_threads() != saved_threads:
                torch.set_num_threads(saved_threads)
            torch.backends.cudnn.benchmark = saved_benchmark
        result.history = [dict(m) for m in self.history]
        result.seconds = time.perf_counter() - start
        for cb in self.callbacks:
            cb.on_fit_end(self, result)
        return result

    def _train_epoch(self, epoch: int) -> dict | None:
        """One pass over the training split by the one epoch loop (:mod:`.loop`): its metrics (``partial`` when
        stopped within it), None when stopped before its first batch. Raises Diverged on a non-finite loss."""
        started = time.perf_counter()
        cfg, model, split, prep = self.config, self.model, self.splits["train"], self.preprocessor
        x, target = split.x, split.target
        scores = TrainScores(self.problem.kind, self.problem.threshold, split.labels, target,
                             math.prod(model.output_shape))
        if self._pending_lr is not None:  # set between runs: this epoch's rate
            self._apply_pending_lr()
        lr = current_lr(self.optimizer)
        batches, whole = loop.epoch_batches(len(x), cfg.batch_size, self._generator, self.device, self.rank,
                                            self.world)
        cache, forward, streamed = self._features, self._ddp or model.forward_logits, None
        if cache is not None and cache.ready("train", x):  # a frozen backbone's features, kept: the head only
            inputs, forward = cache.kept_train()
        else:
            # images streamed from disk: a DataLoader's workers decode the epoch's batches ahead, in this order
            streamed = x.batches(batches, pin=self.device.type == "cuda") if is_streamed(x) else None
            if streamed is not None:
                def inputs(idx):
                    return prep(next(streamed))
            else:
                def inputs(idx):
                    return prep(x.index_select(0, idx))
            if cache is not None:
                inputs, forward = cache.keeping_train(x, inputs)
        try:
            losses = loop.train_epoch(epoch, model, forward, self.optimizer, self.problem.loss_fn(), batches, whole,
                                      inputs, target, scores, self.rank, self.world, self.check_every_batch, self,
                                      self.after_batch, self._augment)
        finally:
            if streamed is not None:
                streamed.close()  # its workers stop, a batch or not left
        if not losses:
            return None
        partial = len(losses) < len(batches)
        if cache is not None:
            cache.finished("train", x, not partial)
        metrics = loop.epoch_metrics(epoch, losses, batches, whole, scores, None if partial else split.sst,
                                     self.rank, self.world)
        metrics = loop.finish_epoch(model, metrics, lambda: self._validate(epoch, partial), started, lr, self.device)
        if partial:
            metrics["partial"] = True
            metrics["batches"] = len(losses)
        return metrics

    def _validate(self, epoch: int, partial: bool) -> dict | None:
        """The validation pass after an epoch, with every score for the callbacks and the window (none for a
        stopped epoch when ``evaluate_on_stop`` is False)."""
        if "val" not in self.splits or (partial and not self.evaluate_on_stop):
            return None
        split, cache = self.splits["val"], self._features
        full = self.evaluator.run(split, full=True, cache=cache, name="val")
        self.last_validation = full
        for hook in overriding(self.callbacks, "on_validation_end"):
            hook(self, epoch, {"epoch": epoch, **full})
        return full

    def _epoch_end_problem(self, epoch: int, metrics: dict) -> str | None:
        """None when the weights after ``epoch`` pass the loop's check (:func:`.loop.weights_problem`), else what
        went wrong."""
        split, cache = self.splits["train"], self._features
        if cache is not None and cache.ready("train", split.x):  # the kept features: no backbone pass
            probe = lambda: loop.probe_loss(self.model, cache.head, cache.features("train"),  # noqa: E731
                                            split.target, self.problem.loss_fn())
        else:
            probe = lambda: self.evaluator.probe_loss(split)  # noqa: E731 (asked only without val_loss)
        return loop.weights_problem(self.model, epoch, metrics, probe, bool(metrics.get("partial")))

    def _divergence_message(self, problem: str) -> str:
        """``problem`` (what became non-finite, and when), the likely causes and what to change. fit() adds which
        weights were kept."""
        train = self.splits["train"]
        regression = self.problem.kind == "regression"
        return recipe.divergence_message(problem, self.config.optimizer["lr"], self.preprocessor.input_range(train.x),
                                         regression, float(train.target.abs().max()) if regression else 0.0)

    # using the model ---------------------------------------------------------------------------------------------
    def evaluate(self, split: str = "test") -> dict:
        """Metrics of a split with the current weights, keys prefixed with the split (``test_loss``, ...)."""
        if split not in ("train", "val", "test"):
            raise TrainingError(msg("unknown split {split!r}; use train, val or test", split=split))
        if split not in self.splits:
            raise TrainingError(msg("the dataset '{dataset_name}' has no {split} split",
                                    dataset_name=self.dataset.name, split=split))
        return {f"{split}_{k}": v for k, v in self.evaluator.run(self.splits[split], full=True).items()}

    def predict(self, rows):
        """Outputs of ``forward()`` (probabilities for a classifier) for raw rows, as a numpy array. Rows that
        cannot be read (wrong width, not numbers, not finite) raise a TrainingError naming the row."""
        return self.evaluator.predict(rows)
