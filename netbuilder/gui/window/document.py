"""The open design, its undo stack, its file and its live validation: the model the GUI's views watch.

Views never edit the :class:`~netbuilder.core.design.graph.Design` directly: they push undo commands
(:mod:`netbuilder.gui.canvas.commands`), which edit the graph; the graph's events and this object's signals tell the views.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.design.design_io import design_to_dict, load_design, save_design
from ...core.design.graph import Design
from ...core.design.shapes import ShapeReport, infer_shapes
from ...core.design.validate import Diagnostic, validate
from ...core.errors import DesignError
from ...core.teaching.locks import Locks
from ...core.text import msg


@dataclass
class Analysis:
    """One validation pass: shapes of every node and the diagnostics."""

    report: ShapeReport
    diagnostics: list[Diagnostic]
    seconds: float

    def problems_of(self, node_id: str) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.node_id == node_id]


class DesignDocument(QObject):
    """Holds the design being edited.

    Signals: ``analysed(Analysis)`` after every edit (validation and shapes, run synchronously: a 50-node design takes
    about a millisecond), ``graphEvent(str, dict)`` relays the design's own events, ``fileChanged()`` when the path
    or the unsaved-changes state changes, ``designReplaced()`` after New/Open.
    """

    analysed = Signal(object)
    graphEvent = Signal(str, dict)
    fileChanged = Signal()
    designReplaced = Signal()
    #: the reason an edit was refused (the document is locked while a run trains): a str (a core.text.Text)
    editRefused = Signal(object)
    #: the lock's reason, or "" when unlocked
    lockChanged = Signal(str)
    #: the open lesson's locks (core.teaching.locks.Locks; empty when no lesson locks anything)
    lessonLocksChanged = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.design = Design()
        self.design.subscribe(self._on_design_event)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.path: Path | None = None
        self.analysis = self._analyse()
        self._pending = False
        self.lock_reason = ""
        self.lesson_locks = Locks()
        self._lesson_acting = 0

    def _on_clean_changed(self, _clean: bool) -> None:
        self.fileChanged.emit()

    # editing -------------------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return bool(self.lock_reason)

    def lock(self, reason: str) -> None:
        """Refuse edits to the network (with ``reason``) until :meth:`unlock`. Moving cards and commands marked
        ``allowed_while_locked`` (the learning rate during a run) still go through: they change no weight's
        meaning."""
        self.lock_reason = reason
        self.lockChanged.emit(reason)

    def unlock(self) -> None:
        self.lock_reason = ""
        self.lockChanged.emit("")

    def set_lesson_locks(self, locks: Locks | None) -> None:
        """What the open lesson lets students not change (None or an empty Locks: nothing, the lesson closed)."""
        self.lesson_locks = locks or Locks()
        self.lessonLocksChanged.emit(self.lesson_locks)

    @contextmanager
    def lesson_acting(self):
        """The lesson's own steps (open, set, train) pass its locks. Their edits leave the undo history empty, so
        that Undo never takes back a locked change the lesson made: under a lesson, Undo and Redo only step through
        the students' own, allowed edits."""
        count = self.undo_stack.count()
        self._lesson_acting += 1
        try:
            yield
        finally:
            self._lesson_acting -= 1
            if self.undo_stack.count() != count or self.undo_stack.index() != count:
                self.undo_stack.clear()

    def lesson_refusal(self, command: QUndoCommand) -> str | None:
        """Why the open lesson refuses ``command`` (its layers, dataset or settings are locked), or None."""
        locks = self.lesson_locks
        if not locks or self._lesson_acting:
            return None
        from ..canvas import commands as c
        if isinstance(command, c.MoveNodesCommand) or (isinstance(command, c.SetMetaCommand)
                                                        and command.key in ("name", "description")):
            return None
        if isinstance(command, c.SetMetaCommand) and command.key == "training":
            from ..panels.training_fields import TRAINING_KEYS, current_values
            old, new = current_values(command.old, TRAINING_KEYS), current_values(command.value, TRAINING_KEYS)
            return locks.settings_refusal([k for k in TRAINING_KEYS if old.get(k) != new.get(k)])
        if isinstance(command, (c.AddNodeCommand, c.RemoveNodesCommand, c.ConnectCommand, c.DisconnectCommand,
                                c.SetParamCommand, c.PasteCommand)):
            return locks.layers_refusal()
        return msg("Locked by the lesson: '{command}' cannot be done while the lesson is open",  # any other edit
                   command=command.text())

    def refusal(self, command: QUndoCommand | None = None) -> str | None:
        """Why ``command`` (any edit when None) may not be made now, or None."""
        lesson = self.lesson_refusal(command) if command is not None else None
        if lesson:
            return lesson
        if not self.locked:
            return None
        if command is not None and getattr(command, "allowed_while_locked", False):
            return None
        return msg("{reason}: the network cannot be changed now. Stop the run to edit it.", reason=self.lock_reason)

    def push(self, command: QUndoCommand) -> bool:
        """Do ``command`` as one undo step; False (and ``editRefused``) when the document is locked."""
        reason = self.refusal(command)
        if reason:
            self.editRefused.emit(reason)
            return False
        self.undo_stack.push(command)
        return True

    def _on_design_event(self, event: str, data: dict) -> None:
        self.graphEvent.emit(event, data)
        if event == "node_moved":  # positions change no shape and no diagnostic
            return
        if not self._pending:  # several events of one command -> one analysis, right after it
            self._pending = True
            QTimer.singleShot(0, self._reanalyse_pending)

    def _reanalyse_pending(self) -> None:
        if self._pending:  # else a replace or analyse_now has analysed since the edit
            self._reanalyse()

    def _reanalyse(self) -> None:
        self._pending = False
        self.analysis = self._analyse()
        self.analysed.emit(self.analysis)

    def analyse_now(self) -> Analysis:
        """Run validation at once (tests and actions that need a fresh result)."""
        self._reanalyse()
        return self.analysis

    def _analyse(self) -> Analysis:
        start = time.perf_counter()
        report = infer_shapes(self.design)
        diagnostics = validate(self.design, report)
        return Analysis(report, diagnostics, time.perf_counter() - start)

    # files ---------------------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def title(self) -> str:
        name = self.path.name if self.path else self.design.name
        return name if name and name != "Untitled" else msg("Untitled")  # the core's default name: said translated

    def replace_refusal(self) -> str | None:
        """Why another design may not replace this one now (a lesson that locks its layers is open), or None."""
        if self.lesson_locks.layers and not self._lesson_acting:
            return msg("Locked by the lesson: another design cannot be opened; close the lesson first (the lesson "
                       "panel's Close)")
        return None

    def new(self) -> None:
        reason = self.replace_refusal()
        if reason:
            self.editRefused.emit(reason)
            return
        self._replace(Design(), None)

    def open(self, source) -> None:
        """Load a path or preset; raises DesignError and leaves the current design untouched on failure."""
        refusal = self.replace_refusal()
        if refusal:
            raise DesignError(refusal)
        loaded = load_design(source)
        path = Path(source)
        self._replace(loaded, path if path.exists() else None)

    def load(self, design: Design, path: Path | None = None) -> None:
        """Replace the design with ``design`` (already loaded, e.g. from a checkpoint); clears the undo stack."""
        refusal = self.replace_refusal()
        if refusal:
            raise DesignError(refusal)
        self._replace(design, path)

    def save(self, path) -> None:
        save_design(self.design, path)
        self.path = Path(path)
        self.undo_stack.setClean()
        self.fileChanged.emit()

    def to_dict(self) -> dict:
        return design_to_dict(self.design)

    def _replace(self, design: Design, path: Path | None) -> None:
        self.design.replace_with(design)
        self.undo_stack.clear()
        self.path = path
        self._reanalyse()
        self.designReplaced.emit()
        self.fileChanged.emit()
