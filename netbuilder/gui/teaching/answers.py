"""A box for a student's answer under a lesson's question step (objectName ``lessonAnswer``): shown on a step
whose action is a ``question``, hidden on the others and in presentation mode (the projector is the teacher's: its
room goes to the step's text, which must not scroll on a 1080p projector). What is typed is kept per step (1-based) for the lesson
open, so that going Back shows it again and File > Save My Work hands it in (:mod:`netbuilder.core.session.handin`).
It follows the lesson driver's ``changed`` signal and puts itself under the step's text in the lesson panel."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPlainTextEdit

from ..common.i18n import tr

#: the most characters kept of one answer (the work file reads at most this many)
MAX_ANSWER = 20_000


class LessonAnswers(QObject):
    """The answer box of ``lessons`` (a :class:`~.lessons.LessonDriver`); ``answers``: step number -> text."""

    def __init__(self, lessons, parent: QObject | None = None, presenting=lambda: False):
        super().__init__(parent)
        self.lessons, self.presenting = lessons, presenting
        self.answers: dict[int, str] = {}
        self._lesson = None
        self._step = 0
        self.box = QPlainTextEdit()
        self.box.setObjectName("lessonAnswer")
        self.box.setToolTip(tr("Type your answer to the question here: it is saved with your work"))
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * 4 + 12)
        self.box.hide()
        text = lessons.panel.text
        column = text.parentWidget().layout()
        column.insertWidget(column.indexOf(text) + 1, self.box)
        self.box.textChanged.connect(self._on_typed)
        lessons.changed.connect(self._on_step)
        self._on_step()

    def _on_typed(self) -> None:
        if self._step:
            text = self.box.toPlainText()[:MAX_ANSWER]
            if text.strip():
                self.answers[self._step] = text
            else:
                self.answers.pop(self._step, None)

    def _on_step(self) -> None:
        lessons = self.lessons
        if lessons.lesson is not None and lessons.lesson is not self._lesson:  # another lesson: its own answers
            self._lesson, self.answers = lessons.lesson, {}  # (closing one keeps them, to be handed in)
        step = None
        if lessons.lesson is not None and 0 <= lessons.index < len(lessons.lesson.steps):
            step = lessons.lesson.steps[lessons.index]
        asks = step is not None and bool(step.action) and "question" in step.action
        self._step = lessons.index + 1 if asks else 0
        self.box.setPlaceholderText(tr("Your answer (handed in with File > Save My Work…)"))  # in today's language
        self.box.blockSignals(True)
        self.box.setPlainText(self.answers.get(self._step, "") if asks else "")
        self.box.blockSignals(False)
        self.box.setVisible(asks and not self.presenting())

    def refresh(self) -> None:
        """Shown or hidden again for the step on screen (presentation mode went on or off)."""
        self._on_step()
