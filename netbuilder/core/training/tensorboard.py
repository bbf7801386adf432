"""TensorBoard logging of a run's epochs (optional: needs the ``tensorboard`` package, the
``netbuilder[tensorboard]`` extra).

:class:`TensorBoardLogger` writes, once per epoch with the epoch as step, the scalars a person compares runs by:
``loss/train`` and ``loss/val``, ``accuracy/train`` and ``accuracy/val`` for a classifier (``mae/*`` and ``r2/*``
for regression) and ``lr``, the learning rate used in that epoch. Each ``fit()`` becomes one TensorBoard run: a
subfolder ``<design name>-<date>-<time>`` of the folder it was given (``-2``, ``-3``, ... when that name is taken),
so ``tensorboard --logdir FOLDER`` lists the runs side by side. A fit that continues an earlier one (the window's
Train after Train) goes on at the next epoch number, so its curve starts where the last one ended.

``torch.utils.tensorboard`` is imported when a logger is made, never when this module is: the app runs without
the package. The writer's background thread and event file live from the start of a fit to its end (or its
failure): nothing is left open between runs. Qt-free; the callbacks run in the training thread.
"""
from __future__ import annotations

import importlib
import re
import time
from pathlib import Path

from ..errors import NetbuilderError, TrainingError
from .callbacks import Callback
from ..text import msg

MISSING = "--tensorboard needs the tensorboard package: pip install 'netbuilder[tensorboard]'"
#: metrics -> TensorBoard tag groups; ``val_<name>`` goes to ``<name>/val``
SCORES = ("loss", "accuracy", "mae", "r2")


def summary_writer_class():
    """torch's SummaryWriter; raises NetbuilderError (one line, what to install) when tensorboard is missing."""
    try:
        importlib.import_module("tensorboard")
        return importlib.import_module("torch.utils.tensorboard").SummaryWriter
    except ImportError:
        raise NetbuilderError(MISSING) from None


def scalars(metrics: dict) -> dict[str, float]:
    """The TensorBoard scalars of one epoch's metrics: ``{"loss/train": ..., "loss/val": ..., "lr": ...}``."""
    out: dict[str, float] = {}
    for key, value in metrics.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if key in SCORES:
            out[f"{key}/train"] = float(value)
        elif key.startswith("val_") and key[4:] in SCORES:
            out[f"{key[4:]}/val"] = float(value)
        elif key == "lr":
            out["lr"] = float(value)
    return out


def run_folder_name(design_name: str, when: float | None = None) -> str:
    """``<design name>-<YYYYmmdd-HHMMSS>``, the name made safe for any file system."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", design_name or "").strip("._-")[:60] or "run"
    return f"{safe}-{time.strftime('%Y%m%d-%H%M%S', time.localtime(when))}"


class TensorBoardLogger(Callback):
    """Write each epoch's scalars into ``folder/<design>-<time>`` (one subfolder per fit).

    ``name``: the runs' name prefix (default: the design's name). Making one checks that tensorboard is installed
    and creates ``folder``; both failures raise :class:`NetbuilderError` with one line saying what to do, before
    any training. ``run_dir``: the last fit's subfolder (None before the first). The event file is flushed after
    every epoch (about 0.3 ms an epoch with the writing, measured on xor), so TensorBoard shows a run as it goes.
    """

    def __init__(self, folder, name: str | None = None):
        self._writer_class = summary_writer_class()
        self.folder = Path(folder).expanduser()
        if self.folder.exists() and not self.folder.is_dir():
            raise NetbuilderError(msg("the TensorBoard folder {folder} is a file; give a folder for the logs",
                                      folder=folder))
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise NetbuilderError(msg("cannot create the TensorBoard folder {folder} ({strerror}); give a folder "
                                      "you can write to", folder=folder, strerror=exc.strerror or exc)) from None
        self.name = name
        self.run_dir: Path | None = None
        self.writer = None

    # the hooks (training thread) ------------------------------------------------------------------------------
    def on_fit_start(self, trainer) -> None:
        self.close()  # a previous fit that ended without on_fit_end (another callback failed): its writer goes
        base = run_folder_name(self.name or trainer.design.name)
        n = 1
        try:
            while True:  # a name another run (this second, another process) took: the next number
                run_dir = self.folder / (base if n == 1 else f"{base}-{n}")
                try:
                    run_dir.mkdir(parents=True)
                    break
                except FileExistsError:
                    n += 1
            self.writer = self._writer_class(log_dir=str(run_dir))
        except OSError as exc:
            raise TrainingError(msg("TensorBoard logs: cannot write in {run_dir} ({strerror}); choose another "
                                    "folder", run_dir=run_dir, strerror=exc.strerror or exc)) from None
        self.run_dir = run_dir

    def on_train_epoch_end(self, trainer, epoch, metrics) -> None:
        writer = self.writer
        if writer is None:
            return
        for tag, value in scalars(metrics).items():
            writer.add_scalar(tag, value, global_step=epoch)
        writer.flush()

    def on_exception(self, trainer, exc) -> None:
        self.close()

    def on_fit_end(self, trainer, result) -> None:
        self.close()

    def close(self) -> None:
        """Flush and close the event file and stop the writer's thread (safe to call twice)."""
        writer, self.writer = self.writer, None
        if writer is not None:
            writer.close()
