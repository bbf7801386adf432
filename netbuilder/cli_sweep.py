"""``netbuilder sweep``: search a design's settings with Optuna (:mod:`netbuilder.core.session.sweep`), a line per
trial as it finishes, then the trials sorted by the metric and each setting's importance; ``--json`` prints one
object per trial and a last ``{"event": "done", ...}`` for scripts. Several processes given one ``--storage`` and
``--study`` share the study and its budget of ``--trials``.

Imports nothing heavy until the command runs (``netbuilder --help`` and the window pay nothing for it).
"""
from __future__ import annotations

import json
import signal
import sys

PARAM_HELP = ("a setting to vary and its range or choices (repeat for each): lr=1e-4..1e-1:log (log-uniform), "
              "batch_size=32,64,128 (choices), dropout=0..0.5 (every Dropout layer), units:NODE_ID=16..128 (a "
              "layer's units or channels), optimizer=adam,sgd, or any training setting's key or path "
              "(weight_decay, epochs, momentum, scheduler.gamma...)")


def add_sweep_parser(sub, bounded) -> None:
    """The ``sweep`` command's options (``bounded``: the CLI's schema-checked number type)."""
    p = sub.add_parser("sweep", help="search a design's settings with Optuna: a budget of trials, each a run")
    p.add_argument("design", help="a design file (.json) or a preset name")
    p.add_argument("--param", action="append", required=True, metavar="NAME=SPEC", help=PARAM_HELP)
    p.add_argument("--trials", type=_trials, required=True, metavar="N",
                   help="the study's total number of trials, shared by every process working on it")
    p.add_argument("--storage", metavar="URL", help="where the study lives, for several processes or machines: "
                   "sqlite:///study.db (a shared disk with working file locks) or any database URL Optuna takes "
                   "(default: in memory, this process only)")
    p.add_argument("--study", metavar="NAME", help="the study's name (default with --storage: '<design> sweep')")
    p.add_argument("--sampler", choices=("tpe", "random"), default="tpe", help="how trials are chosen (default tpe)")
    p.add_argument("--no-prune", action="store_true", help="never stop a trial early (default: a trial behind "
                   "the median of earlier trials at an epoch is pruned)")
    p.add_argument("--metric", help="what ranks the trials: val_loss (the default with a validation split, else "
                   "loss), loss, val_accuracy, accuracy, val_mae, mae, val_r2, r2")
    p.add_argument("--seed", type=bounded("seed"), help="the search's seed (default 0; with --storage a fresh "
                   "one per process, so that processes do not propose alike). Trials train with the design's seed")
    p.add_argument("--epochs", type=bounded("epochs"), help="epochs of each trial (default: the design's)")
    p.add_argument("--limit", type=bounded("dataset.limit"), help="use only the first N training samples")
    p.add_argument("--data-dir", help="folder with the datasets (default: $NETBUILDER_DATA_DIR or the user cache)")
    p.add_argument("--device", default="auto", help="auto, cpu, cuda or cuda:N (default auto)")
    p.add_argument("--json", action="store_true", help="one JSON object per finished trial, then a last "
                   '{"event": "done", "best": {"params", "value"}, ...}')


def _trials(text: str) -> int:
    from .core.design.settings import whole_number
    return whole_number(1, 1_000_000)(text)


def sweep(design, args) -> int:
    """Run the sweep ``args`` describe on ``design`` (loaded and checked by the caller)."""
    from .core.design.design_io import design_to_dict
    from .core.session.sweep import run_sweep
    from .core.session.sweep_params import apply_params, check_params

    base = design_to_dict(design)
    overrides = {k: v for k, v in (("epochs", args.epochs), ("limit", args.limit)) if v is not None}
    if overrides:
        base = apply_params(base, overrides)
    params = check_params(base, args.param)  # refused here, before Optuna or torch load
    study = args.study or (f"{design.name} sweep" if args.storage else None)
    seed = args.seed if args.seed is not None else (None if args.storage else 0)
    named = [args.metric] if args.metric else []  # the metric's name once a trial said it (a repeat does not)
    report = _json_line if args.json else (lambda outcome: _text_line(outcome, args.metric, named))
    stop = []
    previous = signal.signal(signal.SIGINT, lambda *_: stop.append(True))  # Ctrl-C: end the trial, show the table
    try:
        result = run_sweep(base, params, args.trials, storage=args.storage, study=study, sampler=args.sampler,
                           seed=seed, prune=not args.no_prune, metric=args.metric, data_dir=args.data_dir,
                           device=args.device, on_trial=report, should_stop=lambda: bool(stop))
    finally:
        signal.signal(signal.SIGINT, previous)
    if not result.outcomes and not stop:
        print(f"study {result.study!r} holds {len(result.trials)} trials, its budget spent or every combination "
              "tried: nothing run (raise --trials for more)", file=sys.stderr)
    if args.json:
        best = None if result.best is None else {"number": result.best.number, "params": result.best.params,
                                                  "value": result.best.value}
        print(json.dumps({"event": "done", "best": best, "metric": result.metric, "direction": result.direction,
                          "study": result.study if args.storage else None, "trials": len(result.trials),
                          "importance": result.importance}, allow_nan=False), flush=True)
    else:
        _table(design.name, result)
    return 130 if stop else 0


def _json_line(outcome) -> None:
    print(json.dumps({"event": "trial", "number": outcome.number, "params": outcome.params, "value": outcome.value,
                      "state": outcome.state, "message": outcome.message}, allow_nan=False), flush=True)


def _shown(value) -> str:
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def _params_text(params: dict) -> str:
    return " ".join(f"{k}={_shown(v)}" for k, v in params.items())


def _text_line(outcome, metric: str | None, named: list) -> None:
    from .core.session.importance import run_value
    record = outcome.record
    took = f" ({len(record.history)} epochs, {record.seconds:.1f} s)" if record is not None else ""
    if record is not None:
        named.append(run_value(record, metric)[0])
    name = named[-1] + " " if named else ""  # a repeat of another trial: the name its run gave
    value = f" {name}{_shown(outcome.value)}" if outcome.value is not None else ""
    why = f": {outcome.message}" if outcome.state != "complete" and outcome.message else ""
    print(f"trial {outcome.number} {outcome.state}{value}  {_params_text(outcome.params)}{took}{why}", flush=True)


def _table(name: str, result) -> None:
    """The study's trials, the best first (complete ones by the metric, then pruned, stopped, failed, diverged)."""
    order = {"complete": 0, "duplicate": 0, "pruned": 1, "stopped": 2, "failed": 3, "diverged": 4}
    sign = 1 if result.direction == "minimize" else -1
    rows = sorted(result.trials, key=lambda o: (order.get(o.state, 5), sign * o.value if o.value is not None
                                                else 0.0, o.number))
    better = "lower" if result.direction == "minimize" else "higher"
    where = f", study {result.study!r}" if result.storage else ""
    print(f"\n{name}: {len(rows)} trials by {result.metric} ({better} is better){where}")
    names = list(dict.fromkeys(k for o in rows for k in o.params))
    head = ["trial", "state", result.metric, *names]
    table = [[str(o.number), o.state, _shown(o.value) if o.value is not None else "-",
              *(_shown(o.params.get(k, "-")) for k in names)] for o in rows]
    widths = [max(len(r[i]) for r in (head, *table)) for i in range(len(head))]
    for row in (head, *table):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    if result.importance:
        print("importance: " + ", ".join(f"{k} {v:.2f}" for k, v in result.importance.items()))
    elif len([o for o in rows if o.state == "complete"]) < 2:
        print("importance: needs at least 2 trials trained to the end with different settings")
    if result.best is not None:
        print(f"best: trial {result.best.number} ({result.metric} {_shown(result.best.value)}): "
              f"{_params_text(result.best.params)}")
    else:
        print("best: none (no trial completed)", file=sys.stderr)
