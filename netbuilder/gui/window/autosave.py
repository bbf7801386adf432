"""Autosave and recovery: nothing is lost when netbuilder is killed.

While the open design has unsaved changes, or the session holds trained weights, the window writes a recovery
file every ``INTERVAL_MS`` (a minute): ``<pid>.json`` in the recovery folder, holding the design as its file would
and the path it came from, plus ``<pid>.nbckpt``, a checkpoint of the session's weights when they fit in
``WEIGHTS_BUDGET`` and belong to the design's network. Both are written atomically. The checkpoint is copied in the
GUI thread while no job thread uses the model (a memory copy), then serialised and written in a thread of its own
(up to a second for 64 MB; :class:`~..common.background.Background`), so the window never stalls for it;
``last_saved`` is set once both are on disk. A window that closes normally removes its files; files left by a
process that is no longer running are what the next start offers to restore (:meth:`Autosaver.pending`,
``MainWindow.offer_recovery``).

The folder is ``NETBUILDER_RECOVERY_DIR`` when set (tests), else ``recovery`` in Qt's application data folder.
Restoring never runs code from the files: the design is JSON read by the design loader, the weights load through
the checkpoint loader (``torch.load(weights_only=True)``).
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from ...core.files import plain_json, recovery
from ...core.files.atomic import write_atomic
from ...core.design.design_io import design_from_dict
from ...core.errors import NetbuilderError
from ..common.background import Background, one_line
from ..common.i18n import tr, tr_error

INTERVAL_MS = 60_000
WEIGHTS_BUDGET = 64 << 20  # bytes of float32 weights kept with the design


def recovery_dir() -> Path:
    env = os.environ.get("NETBUILDER_RECOVERY_DIR")
    if env:
        return Path(env)
    return Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)) / "recovery"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: not ours to take over
    return True


class Autosaver(QObject):
    """The window's autosave timer and its recovery files.

    Collaborators: ``document`` (the design and its undo stack), ``training`` (the TrainingDriver: its session,
    its controller, ``open_checkpoint``), ``status(text, ms)`` (a line in the status bar), ``show_error(title,
    text)`` and ``restored()`` (called once a record is put into the window, to forget the last selection)."""

    def __init__(self, document, training, *, status, show_error, restored=lambda: None, parent=None,
                 interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.document, self.training = document, training
        self.status, self.show_error, self.restored = status, show_error, restored
        self.folder = recovery_dir()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        self.last_saved: float | None = None
        self._writer = Background("netbuilder-autosave", self)  # serialising the weights

    @property
    def design_path(self) -> Path:
        return self.folder / f"{os.getpid()}.json"

    @property
    def weights_path(self) -> Path:
        return self.folder / f"{os.getpid()}.nbckpt"

    # writing ------------------------------------------------------------------------------------------------------
    def save_now(self) -> bool:
        """Write the recovery files if there is anything to lose; remove them when there is not. Never raises:
        a disk that cannot be written is said in the status bar, and the work goes on. The weights, when saved,
        are written in their own thread: ``last_saved`` is set once they are on disk too."""
        session = self.training.session
        trained = session is not None and bool(session.runs)
        if not self.document.dirty and not trained:
            self.discard()
            return False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            payload, weights = self._weights(session) if trained else (None, None)
            if weights is None and self.weights_path.exists():
                self.weights_path.unlink()
            record = {"format": recovery.FORMAT, "version": recovery.VERSION, "pid": os.getpid(),
                      "saved_at": time.time(),
                      "path": str(self.document.path) if self.document.path else None, "weights": weights,
                      "design": self.document.to_dict()}
            plain_json.check_plain(record, f"{self.design_path}", NetbuilderError)  # only what reads back
            write_atomic(self.design_path, json.dumps(record, allow_nan=False))
        except (OSError, NetbuilderError, ValueError) as exc:
            self.status(tr("Autosave failed: {reason}", reason=tr_error(exc)), 8000)
            return False
        if payload is None:
            self.last_saved = time.time()
        else:
            self._write_in_thread(payload)
        return True

    def _weights(self, session) -> tuple[dict | None, str | None]:
        """The session's weights as a checkpoint payload to write beside the design, when they are the design's
        network, no job thread uses the model, they fit the budget and no earlier write is still going on; and
        the weights file's name for the record (the last good one stays when nothing is written now)."""
        kept = self.weights_path.name if self.weights_path.exists() else None
        if (self.training.controller.busy or self._writer.busy
                or not session.same_network(self.document.design)):
            return None, kept
        if 4 * session.weight_values > WEIGHTS_BUDGET:
            return None, None
        return session.checkpoint_payload(), self.weights_path.name  # CPU copies: the model may train on

    def _write_in_thread(self, payload: dict) -> None:
        from ...core.training.checkpoint import write_checkpoint
        path = self.weights_path
        self._writer.run(lambda: write_checkpoint(path, payload), done=self._on_written,
                         failed=lambda error: self.status(tr("Autosave failed: {reason}", reason=one_line(error)),
                                                          8000))

    def _on_written(self, _result) -> None:
        self.last_saved = time.time()

    def discard(self) -> None:
        """Remove this window's recovery files (closed normally, or nothing left to lose)."""
        self._writer.wait()  # a weights file still being written would come back after the removal
        for path in (self.design_path, self.weights_path):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass

    def stop(self) -> None:
        """No more autosaves; a weights file being written is finished first (closing: no thread outlives it)."""
        self.timer.stop()
        self._writer.wait()

    # reading ------------------------------------------------------------------------------------------------------
    def pending(self) -> list[dict]:
        """Recovery records left by processes that are no longer running, newest first; each with ``file``. A record
        that cannot be used is set aside (core.recovery) with one line, on stderr and in the status bar."""
        records, lines = recovery.scan(self.folder, _alive)
        for line in lines:
            print(f"netbuilder: damaged recovery file: {line}", file=sys.stderr, flush=True)
        if lines:
            self.status(tr("Set aside a damaged recovery file: {reason}", reason=lines[-1]), 12000)
        return records

    def drop(self, record: dict) -> None:
        """Remove a recovery record's files (restored into this window, or declined)."""
        path = Path(record["file"])
        for victim in (path, path.with_suffix(".nbckpt")):
            try:
                victim.unlink()
            except OSError:
                pass

    def restore(self, record: dict) -> None:
        """Put a recovery record into the window: its weights (if any, through the checkpoint loader), then its
        design as it was when autosaved, marked as unsaved. Raises NetbuilderError when it cannot be read."""
        document = self.document
        design = design_from_dict(record["design"], f"{record['file']} (design)")
        original = record.get("path")
        notes = list(record.get("notes") or ())
        checkpoint = None
        try:
            checkpoint = self._recovered_weights(record, design)
        except (NetbuilderError, OSError) as exc:  # the design, intact, comes back all the same
            notes.append(tr("{reason}; the design is restored without its trained weights", reason=tr_error(exc)))
        if checkpoint is not None:
            checkpoint.design = design  # the same network, with the settings and layout as last autosaved
            self.training.open_checkpoint(checkpoint, tr("recovered from the last session"))
            document.path = Path(original) if original else None
        else:
            document.load(design, Path(original) if original else None)
        document.undo_stack.resetClean()  # restored but not saved: closing asks
        document.fileChanged.emit()
        self.restored()
        if notes:
            self.show_error(tr("Restored the design without all it had"), notes[-1])

    def _recovered_weights(self, record: dict, design):
        """The record's checkpoint, when it kept one that is a regular file beside it and the design's network."""
        path = recovery.weights_file(record)
        if path is None:
            return None
        from ...core.training import load_checkpoint
        from ...core.session.runs import network_of
        checkpoint = load_checkpoint(path)
        if network_of(checkpoint.design) != network_of(design):
            return None  # weights of an older network: the design as it was last is what counts
        return checkpoint
