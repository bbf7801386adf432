"""``netbuilder lr-find DESIGN``: the learning-rate range test (:mod:`netbuilder.core.training.lr_finder`) from the
command line. Without ``--json``: the suggested rate in a line (ending with the train command that uses it),
then the range tried and why the test stopped;
with ``--json``: one object ``{"suggestion", "lrs", "losses", "raw", "stopped"}`` on stdout.

:mod:`netbuilder.cli` parses the command line, loads and checks the design, and hands both here."""
from __future__ import annotations

import json
import signal

#: why the test ended, in words (LRFinding.stopped)
ENDED = {"exploded": "the loss blew up", "end": "every rate was tried",
         "stopped": "it was interrupted (Ctrl-C)"}


def lr_find(design, args) -> int:
    """Run the range test on ``design`` (checked already) with the options of ``args`` (``optimizer``, ``limit``,
    ``device``, ``data_dir``, ``json``) and print the result."""
    from .core.training import TrainConfig, Trainer
    from .core.training.lr_finder import find_learning_rate

    config = TrainConfig.from_design(design, optimizer=args.optimizer, limit=args.limit)
    trainer = Trainer(design, config, device=args.device, data_dir=args.data_dir)
    previous = signal.signal(signal.SIGINT, lambda *_: trainer.request_stop())  # Ctrl-C: what it found so far
    try:
        finding = find_learning_rate(trainer)
    finally:
        signal.signal(signal.SIGINT, previous)
    if args.json:
        print(json.dumps(finding.to_dict(), allow_nan=False))
        return 0
    for line in describe(design.name, config.optimizer["name"], finding, train_with(args)):
        print(line)
    return 0


def train_with(args) -> str:
    """The train command the suggestion is for, less its ``--lr``: the same design and, when one was named,
    the same optimizer (the rate suits the optimizer the test used) and ``--limit``."""
    import shlex
    words = ["netbuilder", "train", args.design]
    if args.optimizer:
        words += ["--optimizer", args.optimizer]
    if args.limit:
        words += ["--limit", str(args.limit)]
    return shlex.join(words)


def describe(name: str, optimizer: str, finding, command: str = "") -> list[str]:
    """The lines that tell a person what the test found: the suggestion (or why there is none) and, given the
    ``command`` that trains the design (:func:`train_with`), how to use it; then the range tried, in how many
    batches, and why it stopped."""
    from .core.training.lr_finder import MIN_POINTS
    lrs = finding.lrs
    if finding.suggestion is not None:
        first = (f"{name}: suggested learning rate {finding.suggestion:.2g} for {optimizer} (a tenth of "
                 f"{finding.suggestion * 10:.2g}, where the smoothed loss reached its lowest)")
        if command:
            first += f"; train with: {command} --lr {finding.suggestion:.2g}"
    elif len(lrs) < MIN_POINTS:
        first = (f"{name}: no suggestion: only {len(lrs)} batch{'es' * (len(lrs) != 1)} recorded, too few to "
                 f"say (at least {MIN_POINTS} are needed)")
    else:
        first = (f"{name}: no suggestion: the loss never fell below where it started (trained already, or the "
                 "network cannot learn this data?)")
    if not lrs:
        return [first, f"stopped before the first batch: {ENDED.get(finding.stopped, finding.stopped)}"]
    return [first, f"tried learning rates {lrs[0]:.2g} to {lrs[-1]:.2g} in {len(lrs)} batches; stopped: "
                   f"{ENDED.get(finding.stopped, finding.stopped)}"
                   f"{f' at {lrs[-1]:.2g}' if finding.stopped == 'exploded' else ''}"]
