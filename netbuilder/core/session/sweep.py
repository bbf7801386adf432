"""Sweeps: a budget of trials of a design's settings, searched by Optuna (TPE or random) and pruned at the median,
each trial a :class:`TrainingSession` run through the one training loop, so that each becomes a full
:class:`RunRecord` (curves, weights, settings) the window's runs view shows.

Many processes, one study: with a ``storage`` URL (``sqlite:///`` on a shared disk, or any database URL Optuna
takes) and a ``study`` name, several processes on one or many machines share the study and its budget:
``trials`` is the STUDY's budget of trained trials (running or ended with a result; a trial the person stopped, a
repeat of settings already tried, one whose process died do not count), and a process stops once it is spent or
every combination of choices is tried. Two processes that ask at the same moment may go beyond the budget: such a
trial is not run, and is told to Optuna as FAIL with ``netbuilder_state = "over_budget"`` (no result: tables and
the best trial leave it out). No settings are trained twice: a trial whose settings equal a finished trial's
reuses its result (``duplicate``, no training), and one equal to a trial still running anywhere is not run
(``pruned``, its message names the other trial); both carry ``netbuilder_duplicate_of``. Each process records a
heartbeat while it trains: a trial whose process died is failed after :data:`GRACE` seconds and blocks nothing.
A study remembers its design (with its epochs and limit), params and metric: another sweep may not join it.

Pruning (Optuna's MedianPruner, on the metric after each epoch) starts once :data:`PRUNE_AFTER` trials have
finished, spares the first fifth of each trial's epochs, and never a trial's last epoch: a finished run is a result.
How each ending is told to Optuna: ``complete`` and ``duplicate`` (of a complete trial) give their value;
``pruned`` is PRUNED; ``failed`` (the memory check refused it, a setting the trainer refuses, a crash),
``diverged`` and ``stopped`` are FAIL, so that the search learns nothing false from a value they do not have.
Every trial also carries ``netbuilder_state`` and ``netbuilder_message`` as user attributes, which any process
reads back. A trial's run value, the metric's direction and the importance are :mod:`.importance`'s one rule
(the runs view's too); a trial's RunRecord carries its ``sweep_state``. Optuna is imported only when a sweep runs.
"""
from __future__ import annotations

import json
import math
import re
import time
import warnings
from dataclasses import dataclass, field
from typing import Callable

from ..design.design_io import design_to_dict
from ..design.graph import Design
from ..errors import one_line
from ..training.callbacks import Callback
from .importance import importance_of, run_value
from .importance import metric_direction as _direction
from .runs import RunRecord
from .session import TrainingSession
from .sweep_checks import fingerprint as _fingerprint
from .sweep_checks import preflight as _preflight
from .sweep_params import SweepError, SweepParam, apply_params, changes_data, check_params
from ..text import msg

STATES = ("complete", "pruned", "failed", "diverged", "duplicate", "stopped")
#: the states that spend the budget (with the running trials): a trial that trained, or tried to
SPENT = ("complete", "pruned", "failed", "diverged")
#: the metrics a sweep may rank by (each also as ``val_...``): the first two lower is better, the others higher
METRICS = ("loss", "mae", "accuracy", "r2")
#: how long a process waits for a locked SQLite study before it gives up (seconds; SQLite's own default is 5)
SQLITE_TIMEOUT = 30
#: pruning starts once this many trials finished, and spares each trial's first epochs (a fifth: 1 of 5, 6 of 30)
PRUNE_AFTER, PRUNE_WARM_UP = 3, 5
#: a training process records a heartbeat at most this often (seconds); a running trial without one for GRACE
#: seconds (its process died) is failed by the next process that asks for a trial
HEARTBEAT, GRACE = 20, 600
#: how many repeats of settings already tried in a row end a process's sweep (the sampler finds nothing new)
REPEATS = 30


@dataclass
class TrialOutcome:
    """One trial: Optuna's ``number``, its ``params``, the metric's ``value`` (None unless complete or a duplicate
    of a complete trial), its ``state`` (:data:`STATES`), what happened in words, and the run (None for a trial
    that did not train here: a duplicate, one run by another process)."""

    number: int
    params: dict
    value: float | None
    state: str
    message: str = ""
    record: RunRecord | None = None


@dataclass
class SweepResult:
    """A sweep's end: the study's name and storage, the metric and its direction, this process's ``outcomes`` in
    the order they finished, the study's best trial, ``trials`` (every result trial of the study, from every
    process, by number) and each setting's ``importance`` (:func:`importance`; {} when it cannot tell)."""

    study: str
    storage: str | None
    metric: str
    direction: str
    outcomes: list[TrialOutcome]
    best: TrialOutcome | None
    trials: list[TrialOutcome] = field(default_factory=list)
    importance: dict[str, float] = field(default_factory=dict)


def metric_direction(metric: str) -> str:
    """``minimize`` for a loss or an error (``loss``, ``val_mae``), ``maximize`` for a score (``val_accuracy``)."""
    base = metric[4:] if metric.startswith("val_") else metric
    if base not in METRICS:
        names = ", ".join(f"{m}, val_{m}" for m in METRICS)
        raise SweepError(msg("--metric {metric}: a sweep ranks trials by one of {names}", metric=metric, names=names))
    return _direction(metric)


def _optuna():
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)  # its INFO lines must not mix into a script's output
    return optuna


def _storage(optuna, url: str | None):
    if url is None:
        return None
    if "://" not in url:
        raise SweepError(msg("--storage {url}: write a database URL, e.g. sqlite:///{url} for a file here", url=url))
    kwargs = {"connect_args": {"timeout": SQLITE_TIMEOUT}} if url.startswith("sqlite") else {}
    error = None
    for _ in range(3):  # processes started together all make the tables: the losers find them made
        try:
            with warnings.catch_warnings():  # "experimental", "meant for Study.optimize": ask and tell beat too
                warnings.simplefilter("ignore")
                return optuna.storages.RDBStorage(url, engine_kwargs=kwargs, heartbeat_interval=HEARTBEAT,
                                                  grace_period=GRACE)
        except Exception as exc:  # noqa: BLE001 (SQLAlchemy's many errors for a URL: a missing driver, no server)
            error = exc
    why = re.sub(r"\s*\(Background on this error at: [^)]*\)", "", one_line(error))  # SQLAlchemy's link
    raise SweepError(msg("--storage {url}: cannot open it ({why})", url=url, why=why))


def _open_study(optuna, storage, name, sampler, seed, prune, direction, metric, params, epochs, base):
    samplers = {"tpe": lambda: optuna.samplers.TPESampler(seed=seed),
                "random": lambda: optuna.samplers.RandomSampler(seed=seed)}
    if sampler not in samplers:
        raise SweepError(msg("--sampler {sampler}: use tpe or random", sampler=sampler))
    warm_up = max(1, epochs // PRUNE_WARM_UP)  # the first epochs are noisy: no trial is judged on them
    pruner = (optuna.pruners.MedianPruner(n_startup_trials=PRUNE_AFTER, n_warmup_steps=warm_up) if prune
              else optuna.pruners.NopPruner())
    study = optuna.create_study(storage=storage, study_name=name, sampler=samplers[sampler](), pruner=pruner,
                                direction=direction, load_if_exists=True)
    spec = sorted(str(p) for p in params)
    attrs = study.user_attrs
    if "netbuilder_params" in attrs:  # another process (or an earlier sweep) began it: it must be the same sweep
        if attrs["netbuilder_params"] != spec or attrs.get("netbuilder_metric") != metric:
            raise SweepError(msg("study {study_name!r} sweeps {attrs} by {netbuilder_metric}; give the same "
                                 "--param and --metric, or another --study name", study_name=study.study_name,
                                 attrs=', '.join(attrs['netbuilder_params']),
                                 netbuilder_metric=attrs.get('netbuilder_metric') or 'the default metric'))
        if attrs.get("netbuilder_design", _fingerprint(base)) != _fingerprint(base):
            raise SweepError(msg("study {study_name!r} trained another design or other settings (--epochs, "
                                 "--limit...): its results would not compare; use another --study name",
                                 study_name=study.study_name))
    else:
        study.set_user_attr("netbuilder_params", spec)
        study.set_user_attr("netbuilder_metric", metric)
        study.set_user_attr("netbuilder_design", _fingerprint(base))
    if study.direction.name.lower() != direction:
        raise SweepError(msg("study {study_name!r} was made to {lower} its metric; this sweep would {direction} "
                             "it: use another --study name", study_name=study.study_name,
                             lower=study.direction.name.lower(), direction=direction))
    return study


def _suggest(trial, param: SweepParam):
    if param.kind == "choice":
        return trial.suggest_categorical(param.name, list(param.choices))
    if param.kind == "int":
        return trial.suggest_int(param.name, int(param.low), int(param.high), log=param.log)
    return trial.suggest_float(param.name, param.low, param.high, log=param.log)


class _TrialWatch(Callback):
    """Reports the metric to Optuna after each epoch, stops the run when Optuna prunes it or the sweep is
    stopped (between batches too, so that a stop does not wait for a long epoch)."""

    def __init__(self, trial, metric: str | None, prune: bool, should_stop: Callable[[], bool] | None):
        self.trial, self.metric, self.prune, self.should_stop = trial, metric, prune, should_stop
        self.pruned_at: int | None = None
        self.stopped = False
        self.first = self.last = 0
        self.beat = 0.0

    def heartbeat(self) -> None:
        """Tell the storage this trial's process lives (at most every :data:`HEARTBEAT` seconds)."""
        storage = self.trial.study._storage
        if hasattr(storage, "record_heartbeat") and time.monotonic() - self.beat >= HEARTBEAT:
            self.beat = time.monotonic()
            storage.record_heartbeat(self.trial._trial_id)

    def on_fit_start(self, trainer) -> None:
        self.heartbeat()
        info = trainer.run_info()
        self.first, self.last = info["first_epoch"], info["first_epoch"] + info["epochs"]

    def on_train_batch_end(self, trainer, epoch, batch, loss) -> None:
        self.heartbeat()
        if self.should_stop is not None and not self.stopped and self.should_stop():
            self.stopped = True
            trainer.request_stop()

    def on_train_epoch_end(self, trainer, epoch, metrics) -> None:
        if metrics.get("partial") or self.stopped:
            return
        value = metrics.get(self.metric or ("val_loss" if "val_loss" in metrics else "loss"))
        step = epoch - self.first - 1  # from 0, as the pruner's warm-up counts
        if isinstance(value, (int, float)) and math.isfinite(value):
            self.trial.report(float(value), step)
            if self.prune and epoch < self.last and self.trial.should_prune():  # a finished run is a result
                self.pruned_at = step + 1
                trainer.request_stop()


def _twin(study, trial, params: dict, optuna):
    """A trial of the study with the same params that trained or trains: a finished one with a result (reused)
    first, else a running one (this one must not run), whatever user attributes it carries yet. Trials that
    never trained (repeats, over budget, stopped, whose process died) are no twins. None: the settings are new."""
    finished, running = None, None
    for other in study.get_trials(deepcopy=False):
        attrs = other.user_attrs
        if other.number == trial.number or other.params != params or "netbuilder_duplicate_of" in attrs:
            continue
        if other.state == optuna.trial.TrialState.RUNNING:
            running = running or other
        elif attrs.get("netbuilder_state") in SPENT and (finished is None or other.number < finished.number):
            finished = other
    return finished or running


def _spent(study, optuna, below: int | None = None) -> int:
    """How many trials (numbered below ``below``) spend the budget: running ones, and those that trained."""
    return sum(1 for t in study.get_trials(deepcopy=False) if (below is None or t.number < below)
               and "netbuilder_duplicate_of" not in t.user_attrs
               and (t.user_attrs.get("netbuilder_state") in SPENT
                    or (t.state == optuna.trial.TrialState.RUNNING and "netbuilder_state" not in t.user_attrs)))


def _all_tried(study, params) -> bool:
    """Whether every combination of the (all choice) params has trained or trains."""
    if any(p.kind != "choice" for p in params):
        return False
    tried = {json.dumps(t.params, sort_keys=True, default=str) for t in study.get_trials(deepcopy=False)
             if "netbuilder_duplicate_of" not in t.user_attrs and len(t.params) == len(params)
             and (t.user_attrs.get("netbuilder_state") in SPENT or not t.state.is_finished())}
    return len(tried) >= math.prod(len(p.choices) for p in params)


def _tell(study, trial, optuna, state: str, message: str, value: float | None = None, told: str | None = None,
          **attrs) -> None:
    """Tell Optuna how the trial ended (``told``: as which of our states, when not ``state``); nothing when another
    process already failed it (no heartbeat for :data:`GRACE` seconds: a very long download, a frozen machine)."""
    try:
        for key, item in {"netbuilder_state": state, "netbuilder_message": message, **attrs}.items():
            trial.set_user_attr(key, item)
    except optuna.exceptions.UpdateFinishedTrialError:
        return
    states, told = optuna.trial.TrialState, told or state
    if told in ("complete", "duplicate") and value is not None:
        study.tell(trial, value)
    elif told == "pruned":
        study.tell(trial, state=states.PRUNED)
    else:
        study.tell(trial, state=states.FAIL)


def _outcome_of(frozen, records: dict[int, RunRecord]) -> TrialOutcome:
    attrs = frozen.user_attrs
    state = attrs.get("netbuilder_state", "failed")
    value = frozen.value if state in ("complete", "duplicate") else None
    return TrialOutcome(frozen.number, dict(frozen.params), value, state if state in STATES else "failed",
                        attrs.get("netbuilder_message", ""), records.get(frozen.number))


def run_sweep(design, params: list[SweepParam], trials: int, *, storage: str | None = None, study: str | None = None,
              sampler: str = "tpe", seed: int = 0, prune: bool = True, metric: str | None = None, data_dir=None,
              device: str = "auto", num_threads: int | None = None, dataset=None,
              on_trial: Callable[[TrialOutcome], None] | None = None,
              should_stop: Callable[[], bool] | None = None, callbacks=()) -> SweepResult:
    """Search ``params`` (SweepParams or their text) over ``trials`` trials of ``design`` (a Design or a design
    dict), the study shared through ``storage`` under the name ``study``. ``metric``: what ranks the trials
    (default ``val_loss`` where the dataset has a validation split, else ``loss``). ``dataset``: a loaded dataset
    every trial reuses (else the first trial's is reused while no swept setting changes the data).
    ``on_trial(outcome)`` runs after each trial of this process, in the calling thread; ``should_stop()`` is asked
    between trials, epochs and batches; ``callbacks``: trainer Callbacks every trial's run also gets (a window's
    progress). Refuses bad params with a SweepError before any training."""
    base = design_to_dict(design) if isinstance(design, Design) else dict(design)
    params = check_params(base, params)
    if not isinstance(trials, int) or isinstance(trials, bool) or trials < 1:
        raise SweepError(msg("--trials must be a whole number of at least 1, not {trials!r}", trials=trials))
    direction = metric_direction(metric) if metric else "minimize"
    _preflight(base, params, metric)
    optuna = _optuna()
    epochs = (base.get("training") or {}).get("epochs")
    study_obj = _open_study(optuna, _storage(optuna, storage), study, sampler, seed, prune, direction, metric,
                            params, epochs if isinstance(epochs, int) and epochs > 0 else 1, base)
    reuse_data = not changes_data(params)
    if dataset is not None and not reuse_data:
        raise SweepError(msg("this sweep changes the data (a dataset setting, the seed, the split or the limit): it "
                         "cannot train every trial on one given dataset"))
    records: dict[int, RunRecord] = {}
    outcomes: list[TrialOutcome] = []
    name, repeats = metric, 0
    while not (should_stop is not None and should_stop()) and repeats < REPEATS:
        with warnings.catch_warnings():  # "experimental" since Optuna 2.9
            warnings.simplefilter("ignore")
            optuna.storages.fail_stale_trials(study_obj)  # a trial whose process died spends nothing, blocks nothing
        if _spent(study_obj, optuna) >= trials or _all_tried(study_obj, params):
            break
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            trial = study_obj.ask()
        if _spent(study_obj, optuna, below=trial.number) >= trials:  # others asked at the same moment
            _tell(study_obj, trial, optuna, "over_budget", "not run: the study's budget was already taken")
            break
        values = {p.name: _suggest(trial, p) for p in params}
        outcome, session = _run_trial(study_obj, trial, values, base, optuna, metric, prune, should_stop,
                                      dict(device=device, data_dir=data_dir, num_threads=num_threads,
                                           dataset=dataset), callbacks)
        repeats = repeats + 1 if outcome.message.startswith((REPEAT, "not run:")) else 0
        if session is not None:
            if outcome.record is not None:
                records[trial.number] = outcome.record
                name = name or run_value(outcome.record, metric)[0]
            if reuse_data and dataset is None and session.trainer is not None:
                dataset = session.trainer.dataset
        outcomes.append(outcome)
        if on_trial is not None:
            on_trial(outcome)
    everything = [t for t in study_obj.get_trials(deepcopy=False)
                  if t.user_attrs.get("netbuilder_state") not in ("over_budget", None)]
    name = name or next((t.user_attrs["netbuilder_metric"] for t in everything
                         if "netbuilder_metric" in t.user_attrs), None)
    results = [_outcome_of(t, records) for t in everything]
    scored = [o for o in results if o.value is not None]
    best = (min if direction == "minimize" else max)(scored, key=lambda o: o.value) if scored else None
    if best is not None and best.record is None and best.state == "duplicate":
        best.record = next((o.record for o in results if o.params == best.params and o.record), None)
    return SweepResult(study_obj.study_name, storage, name or "val_loss or loss", direction, outcomes, best,
                       results, importance(study_obj, params))


REPEAT = "the same settings as trial"


def _run_trial(study, trial, values, base, optuna, metric, prune, should_stop, session_args, callbacks=()):
    """One trial: reused, refused or trained. (its outcome, the session that trained it or None)."""
    twin = _twin(study, trial, values, optuna)
    if twin is not None and twin.state.is_finished():
        state = twin.user_attrs.get("netbuilder_state")
        value = twin.value if state in ("complete", "duplicate") else None
        message = msg("the same settings as trial {number} ({state}): its result reused, not trained again",
                      number=twin.number, state=state)  # starts with REPEAT
        told = "complete" if value is not None else ("pruned" if twin.state.name == "PRUNED" else "failed")
        _tell(study, trial, optuna, "duplicate", message, value, told, netbuilder_duplicate_of=twin.number)
        return TrialOutcome(trial.number, values, value, "duplicate", message), None
    if twin is not None:
        message = msg("not run: trial {number} with the same settings is running (in another process)",
                      number=twin.number)
        _tell(study, trial, optuna, "pruned", message, netbuilder_duplicate_of=twin.number)
        return TrialOutcome(trial.number, values, None, "pruned", message), None
    watch = _TrialWatch(trial, metric, prune, should_stop)
    watch.heartbeat()
    try:
        session = TrainingSession(apply_params(base, values), **session_args)
    except Exception as exc:  # noqa: BLE001 (a setting the schema refuses in this combination: this trial fails)
        message = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
        message = message or type(exc).__name__
        _tell(study, trial, optuna, "failed", message)
        return TrialOutcome(trial.number, values, None, "failed", message), None
    record = session.run([watch, *callbacks])
    record.number = trial.number + 1
    _, value = run_value(record, metric)
    if watch.pruned_at is not None:
        record.message = message = msg("Pruned by the sweep at epoch {epoch}: behind the median of earlier trials",
                                       epoch=watch.pruned_at)
        state = "pruned"
    elif watch.stopped:
        state, message = "stopped", msg("stopped before it finished: the sweep was stopped")
    elif record.status in ("failed", "diverged"):
        state, message = record.status, record.message
    elif value is None:
        state, message = "failed", msg("the run has no finite {metric} to compare", metric=metric or 'loss')
    else:
        state, message = "complete", record.message
    record.sweep_state = state
    _tell(study, trial, optuna, state, message, value, netbuilder_metric=run_value(record, metric)[0])
    return TrialOutcome(trial.number, values, value if state == "complete" else None, state, message, record), \
        session


def importance(study, params) -> dict[str, float]:
    """Each swept setting's importance for the study's metric (:func:`.importance.importance_of`, the runs view's
    rule) over the trials that trained to the end (no repeats), largest first; {} with fewer than 2 of them or
    settings that never differed."""
    optuna = _optuna()
    done = [t for t in study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.COMPLETE,))
            if t.user_attrs.get("netbuilder_state") == "complete" and "netbuilder_duplicate_of" not in t.user_attrs]
    columns = {p.name: [t.params.get(p.name) for t in done] for p in params}
    return importance_of(columns, [t.value for t in done], study.direction.name.lower())
