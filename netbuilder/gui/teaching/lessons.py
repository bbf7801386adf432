"""Lessons in the window: the lesson panel (objectName ``lessonPanel``: the step's title and text in large type,
Back / Do it / Next, a check mark when the step's expected result was reached) and the driver that carries the
steps out through the collaborators it is given (the training driver, the document, the canvas, the runs view and
a few of the window's calls: show a panel, find a control, predict), never the window itself. The format and its
checks are the core's (:mod:`netbuilder.core.teaching.lessons`)."""
from __future__ import annotations

import copy

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...core.teaching import expectations
from ...core.errors import NetbuilderError, message
from ...core.text import msg
from ..common.i18n import tr, tr_lesson, tr_text

TEXT_SCALE = 1.5
PROJECTOR_PX = 16  # text this big already (presentation mode's, on a 1280x720 projector and up) is not scaled


class LessonPanel(QWidget):
    EMPTY = msg("Open a lesson from the Lessons menu (or a lesson file with File > Open) to go through it step by "
                "step.")
    back = Signal()
    do_it = Signal()
    next = Signal()
    close_lesson = Signal()
    #: the window's language changed (``retranslate``): the driver shows the step again
    retranslated = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self.title = QLabel(tr("No lesson open"))
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        self.counter = QLabel("")
        self.counter.setObjectName("lessonCounter")
        self.step_title = QLabel("")
        self.step_title.setObjectName("lessonStepTitle")
        self.step_title.setWordWrap(True)
        self.text = QLabel(tr_text(self.EMPTY))
        self.text.setObjectName("lessonText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.result = QLabel("")
        self.result.setObjectName("lessonResult")
        self.result.setWordWrap(True)
        self.locks = QLabel("")  # what the lesson locks (core.teaching.locks), shown while it is open
        self.locks.setObjectName("lessonLocks")
        self.locks.setWordWrap(True)
        self.locks.hide()
        self.buttons = {}
        row = QHBoxLayout()
        for name, text in (("back", tr("Back")), ("do", tr("Do it")), ("next", tr("Next")), ("close", tr("Close"))):
            button = QPushButton(text)
            button.setObjectName(f"lesson{name.capitalize()}Button")
            row.addWidget(button)
            self.buttons[name] = button
        self.buttons["back"].clicked.connect(self.back)
        self.buttons["do"].clicked.connect(self.do_it)
        self.buttons["next"].clicked.connect(self.next)
        self.buttons["close"].clicked.connect(self.close_lesson)
        self.buttons["close"].setToolTip(tr("Close the lesson: its locks are lifted; the design stays"))
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.counter, self.locks, self.step_title, self.text, self.result):
            column.addWidget(w)
        column.addStretch(1)
        self.scroll = QScrollArea()  # a long step in large type scrolls; the buttons stay
        self.scroll.setObjectName("lessonScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(row)
        self._fonts()

    def _fonts(self) -> None:
        base = QFont(self.font())
        big = QFont(base)
        # larger than the panels' text, up to a projector's size: in presentation mode the whole window's text is
        # that size already, and half as big again would leave a few words a line in the lesson's column
        scale = TEXT_SCALE if QFontInfo(base).pixelSize() < PROJECTOR_PX else 1.0
        if base.pointSizeF() > 0:
            big.setPointSizeF(base.pointSizeF() * scale)
        else:  # a font set in pixels
            big.setPixelSize(round(base.pixelSize() * scale))
        bold = QFont(big)
        bold.setBold(True)
        for label, font in ((self.title, bold), (self.step_title, bold), (self.text, big), (self.result, big)):
            label.setFont(font)

    def changeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and hasattr(self, "result"):
            self._fonts()

    def retranslate(self) -> None:
        self.retranslated.emit()


class LessonDriver(QObject):
    """Carries a lesson's steps out in the window. ``index`` is the step shown (-1: the lesson's start).

    Collaborators, each for what a step does: ``training`` (the :class:`TrainingDriver`: settings, runs, Step,
    reset, a checkpoint's weights, and why a run could not start, ``startRefused``), ``document`` (the design shown),
    ``view`` (the canvas: fit, health colouring), ``runs_view`` (a lesson's runs side by side), ``finished`` (the
    window's ``training_finished`` signal: a step's run ended), ``predict`` (rows -> outputs, for a step's expected
    result), ``show_panel`` (object name -> shown?) and ``find_control`` (object name -> widget or None, to hide).
    Signal ``designShown()``: a step put another design on the canvas (presentation mode fits it again)."""

    changed = Signal()
    designShown = Signal()

    def __init__(self, training, document, view, runs_view, *, finished, predict: Callable[[list], list],
                 show_panel: Callable[[str], bool], find_control: Callable[[str], QWidget | None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.training, self.document, self.view, self.runs_view = training, document, view, runs_view
        self.predict, self.show_panel, self.find_control = predict, show_panel, find_control
        self._refused: NetbuilderError | None = None  # why the last Train or Step of a step could not start
        self._batches = False  # a "batches" step's run: stopped once its Step presses are trained
        self.panel = LessonPanel()
        self.lesson = None
        self.index = -1
        self._shown_index: int | None = None
        self.running = False
        self.expected_met: bool | None = None
        self.found = ""
        self.hidden: list[QWidget] = []
        self.runs: list[int] = []  # the runs this lesson trained (the runs view shows them side by side)
        self.panel.back.connect(self.back)
        self.panel.do_it.connect(self.do_current)
        self.panel.next.connect(self.next)
        self.panel.close_lesson.connect(self.close)
        self.panel.retranslated.connect(self._show)
        self.panel.retranslated.connect(self._mark_locks)  # the marked labels' rich text, in the new language
        finished.connect(self._on_finished)
        training.startRefused.connect(self._on_refused)
        training.controller.stepsDone.connect(self._on_steps_done)
        # after the panel's own slot, which enables its fields for the run's state: the locked ones stay off
        training.controller.stateChanged.connect(self._mark_locks)
        document.lessonLocksChanged.connect(self._mark_locks)
        self._show()

    # the lesson -------------------------------------------------------------------------------------------------
    def open(self, lesson) -> None:
        self._unhide_all()
        self.lesson, self.index, self.running, self.expected_met, self.found = lesson, -1, False, None, ""
        self.runs = []
        with self.document.lesson_acting():
            self._open_design("lesson")
        self.document.set_lesson_locks(lesson.locks)
        self._show()

    def close(self) -> None:
        """Close the lesson: its locks lifted, its hidden controls shown; the design stays on the canvas."""
        if self.running:
            self.training.stop_and_wait()
        self._unhide_all()
        self.lesson, self.index, self.running, self.expected_met, self.found = None, -1, False, None, ""
        self.document.set_lesson_locks(None)
        self._show()

    def state(self) -> dict:
        steps = len(self.lesson.steps) if self.lesson else 0
        step = self.lesson.steps[self.index] if self.lesson and 0 <= self.index < steps else None
        return {"index": self.index, "title": step.title if step else (self.lesson.title if self.lesson else ""),
                "running": self.running, "expected_met": self.expected_met,
                "done": bool(self.lesson) and self.index == steps - 1 and not self.running}

    def training_step(self):
        """The step shown when it trains (the run it starts is meant to show its ``expect``), else None."""
        lesson = self.lesson
        if lesson is None or not 0 <= self.index < len(lesson.steps):
            return None
        step = lesson.steps[self.index]
        return step if step.kind == "train" else None

    def next(self) -> bool:
        """The next step, with its action started; False at the end or while a step's run goes on."""
        if self.lesson is None or self.running or self.index >= len(self.lesson.steps) - 1:
            return False
        self.index += 1
        self.do_current()
        return True

    def back(self) -> bool:
        """Show the previous step again (Do it repeats its action); nothing is undone."""
        if self.lesson is None or self.running or self.index <= 0:
            return False
        self.index -= 1
        self.expected_met, self.found = None, ""
        self._show()
        return True

    def do_current(self) -> None:
        if self.lesson is None or self.running or not 0 <= self.index < len(self.lesson.steps):
            return
        step = self.lesson.steps[self.index]
        self.expected_met, self.found = None, ""
        try:
            with self.document.lesson_acting():  # the lesson's own edits pass its locks
                self._act(step)
        except NetbuilderError as exc:
            self.found = msg("This step could not be done: {reason}", reason=message(exc))
            self.expected_met = False if step.expect else None
        self._show()

    # actions ----------------------------------------------------------------------------------------------------
    def _act(self, step) -> None:
        kind = step.kind
        value = step.action[kind] if step.action else None
        if kind == "open":
            self._open_design(value)
        elif kind == "set":
            self.training.set_options(**value)
        elif kind == "colour":
            self.view.health_control.set_mode(value)
        elif kind == "train" and "batches" in value:
            self._train_batches(int(value["batches"]))
        elif kind == "train":
            self.training.set_options(epochs=value["epochs"])
            self._refused = None
            if not self.training.train():
                raise self._refusal()
            self.running = True
        elif kind == "reset":
            self.training.reset_weights()
        elif kind == "show":
            if not self.show_panel(value):
                raise NetbuilderError(msg("there is no panel named {name!r}", name=value))
            if value == "runsView":
                self.runs_view.select_runs(self.runs)  # the lesson's runs, overlaid
        elif kind in ("hide", "unhide"):
            for name in value:
                widget = self.find_control(name)
                if widget is None:
                    raise NetbuilderError(msg("there is no control named {name!r}", name=name))
                widget.setVisible(kind == "unhide")
                if kind == "hide" and widget not in self.hidden:
                    self.hidden.append(widget)
                elif kind == "unhide" and widget in self.hidden:
                    self.hidden.remove(widget)

    def _open_design(self, which) -> None:
        """The lesson's own design or a preset, without asking to save the lesson's changes (a class is watching)."""
        from ...core.design.design_io import design_from_dict, load_design
        training = self.training
        if training.busy:
            training.stop_and_wait()
        with training.keeping_runs(self.index >= 0):  # a step's design: the lesson compares its runs
            if isinstance(which, str) and which == "lesson" and self.lesson.weights is not None:
                self._open_saved_weights()
            else:
                source = self.lesson.design if isinstance(which, str) and which == "lesson" else which
                design = design_from_dict(copy.deepcopy(source)) if isinstance(source, dict) else load_design(source)
                # the lesson's words: its design's name and description in the window's language
                design.name, design.description = tr_lesson(design.name), tr_lesson(design.description)
                self.document.load(design, None)
        self.document.undo_stack.setClean()
        self.view.fit_to_view()
        self.designShown.emit()

    def _train_batches(self, n: int) -> None:
        """Exactly ``n`` batches, as ``n`` presses of Step: the run starts paused after its first batch, each
        further step is one more; once all are trained (the controller's ``stepsDone``) the run is stopped, its
        weights kept."""
        training = self.training
        if training.busy:
            raise NetbuilderError(msg("a run is going on: stop it first"))
        self._refused = None
        training.step()
        if not training.busy:
            raise self._refusal()
        for _ in range(n - 1):
            training.controller.step()
        self.running = True
        self._batches = True

    def _on_steps_done(self) -> None:
        """The Step presses of a ``batches`` step are all trained: stop the run (``finished`` then ends the step)."""
        if self._batches and self.running and self.training.busy:
            self._batches = False
            self.training.controller.stop()

    def _on_refused(self, error: NetbuilderError) -> None:
        self._refused = error

    def _refusal(self) -> NetbuilderError:
        """Why the step's run could not start: the training driver's error (never read back from a label), without
        the traceback of where it was first raised (its frames would stay alive with it)."""
        error, self._refused = self._refused, None
        return error.with_traceback(None) if error is not None else NetbuilderError(msg("training could not start"))

    def _open_saved_weights(self) -> None:
        """A lesson saved with its weights: the checkpoint inside it (design, trained weights, curves), loaded by
        the checkpoint loader (never unpickled); an error names the lesson's file."""
        from ...core.teaching.lessons import bundle_checkpoint
        self.training.open_checkpoint(bundle_checkpoint(self.lesson), None)

    def _on_finished(self, outcome: dict) -> None:
        self._batches = False
        if not self.running:
            return
        self.running = False
        if outcome.get("run") is not None:
            self.runs.append(int(outcome["run"]))
        step = self.lesson.steps[self.index]
        if step.expect:
            self.expected_met, self.found = expectations.check(step.expect, outcome, self.predict)
        self._show()

    def _mark_locks(self, *_args) -> None:
        from .lesson_locks import mark_training_panel
        mark_training_panel(self.training.panel, self.document.lesson_locks)

    def _unhide_all(self) -> None:
        for widget in self.hidden:
            widget.setVisible(True)
        self.hidden = []

    # the panel --------------------------------------------------------------------------------------------------
    def _show(self) -> None:
        p = self.panel
        lesson = self.lesson
        line = tr_text(lesson.locks.describe()) if lesson is not None else ""
        if line:
            from .lesson_locks import marked
            p.locks.setText(marked(p.locks, line))
        p.locks.setVisible(bool(line))
        if lesson is None:
            for button in p.buttons.values():
                button.setEnabled(False)
            p.title.setText(tr("No lesson open"))
            for label in (p.counter, p.step_title, p.result):
                label.setText("")
            p.text.setText(tr_text(p.EMPTY))
            self.changed.emit()
            return
        steps = len(lesson.steps)
        p.title.setText(tr_lesson(lesson.title))
        if self.index < 0:
            p.counter.setText(tr("{n} steps", n=steps))
            p.step_title.setText("")
            p.text.setText(tr_lesson(lesson.description) or tr("Press Next to begin."))
        else:
            step = lesson.steps[self.index]
            p.counter.setText(tr("Step {n} of {total}", n=self.index + 1, total=steps))
            p.step_title.setText(tr_lesson(step.title))
            question = step.action.get("question") if step.action else None
            p.text.setText(tr_lesson(step.text) + (f"\n\n{tr_lesson(question)}" if question else ""))
        if self.running:
            p.result.setText(tr("Training…"))
        elif self.expected_met is True:
            p.result.setText(tr("✓ Expected result reached: {found}", found=self.found))
        elif self.expected_met is False:
            p.result.setText(tr("✗ Not reached: {found}", found=self.found))
        else:
            p.result.setText(tr_text(self.found))
        if self.index != self._shown_index:  # a new step reads from its top
            self._shown_index = self.index
            p.scroll.verticalScrollBar().setValue(0)
        elif p.result.text() and not self.running:  # the check mark (or the cross) in view when it comes
            QTimer.singleShot(0, p, lambda: p.scroll.ensureWidgetVisible(p.result))
        p.buttons["back"].setEnabled(not self.running and self.index > 0)
        acts = self.index >= 0 and bool(lesson.steps[self.index].action)
        p.buttons["do"].setEnabled(not self.running and acts)
        p.buttons["do"].setToolTip(tr("Do this step's action again") if acts else
                                   tr("Nothing to do in this step: read it, then press Next"))
        p.buttons["next"].setEnabled(not self.running and self.index < steps - 1)
        p.buttons["close"].setEnabled(True)
        self.changed.emit()
