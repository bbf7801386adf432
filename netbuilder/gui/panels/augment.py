"""The Augment panel: the design's ``augment`` training setting as a form (each step on or off, its parameters),
and a preview of what training will see: one sample of the dataset and 16 augmented copies of it.

A view over the document, as the training panel's form is: every type, bound, default and help comes from the
settings schema (``augment_data``), an edit is stored by the training driver's ``apply_setting`` (one undo step,
checked by the schema: a value it refuses is refused here in its words), and the form follows the design (undo,
another design). The preview is computed off the GUI thread (``common.background``) with the training loop's own
function (:func:`netbuilder.core.training.augment.preview`), a moment after the last change, only while the panel
is on screen. Its place: a tab beside the training settings, since the list is one of them.
"""
from __future__ import annotations

import json
import random

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from ...core.design.settings import augment_problem, usable
from ...core.text import Text
from ..common.background import Background, one_line
from ..common.i18n import again, tr, tr_error, tr_text
from .augment_data import (COPIES, NOT_IMAGES, POOL, STEP_TYPES, WORDS, checked_steps, compute, input_shape_of,
                           is_images, params_of, raw_steps, step_of, toggled, with_param)
from .augment_view import AugmentPreview
from .undo_keys import UndoKeysToWindow

DEBOUNCE_MS = 150  # a spin box held down, or typed into: one preview when it settles
ERROR_COLOR = "#c62828"


def _check_tip(kind: str) -> str:
    return " ".join(tr_text(p.help) for p in params_of(kind))


class AugmentPanel(QWidget):
    """``set_document(document, apply)``: ``apply(key, value)`` stores a training setting as one undo step and
    returns why not (the training driver's ``apply_setting``). ``checks`` (by step type) and ``fields`` (by
    ``(type, parameter)``) are the form; ``preview`` what it draws; ``closing()`` finishes the preview's work."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("augmentPanel")
        self.document = None
        self._apply = None
        self._syncing = False
        self._pool = None
        self._pool_key = None
        self._index = 0
        self._draw = 0
        self._wanted = None  # what the last preview job was started for
        self._failed_on = None  # the (dataset, Input shape) whose data could not load: not tried again until
        # one of them changes or New sample is pressed (a design edit does not reload a dataset that failed)
        self._pending = False
        self._failure: str | None = None  # why the last preview could not be made
        self.background = Background("netbuilder-augment", self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

        self.checks: dict[str, QCheckBox] = {}
        self.fields: dict[tuple[str, str], QWidget] = {}
        form = QGridLayout()
        form.setVerticalSpacing(3)
        form.setColumnStretch(2, 1)
        form.setColumnStretch(4, 1)
        row = 0
        for kind in STEP_TYPES:
            check = QCheckBox(tr_text(WORDS.get(kind, kind)))
            check.setObjectName(f"{kind}AugmentCheck")
            check.setToolTip(_check_tip(kind))
            check.toggled.connect(lambda on, k=kind: self._on_toggled(k, on))
            self.checks[kind] = check
            form.addWidget(check, row, 0)
            for i, param in enumerate(params_of(kind)):
                field = self._field(kind, param)
                label = QLabel(tr_text(param.title or WORDS.get(param.path, param.path)))
                label.setBuddy(field)
                label.setToolTip(tr_text(param.help))
                form.addWidget(label, row + i // 2, 1 + 2 * (i % 2), Qt.AlignRight)
                form.addWidget(field, row + i // 2, 2 + 2 * (i % 2))
            row += max(1, (len(params_of(kind)) + 1) // 2)

        self.note = QLabel("")
        self.note.setObjectName("augmentNote")
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.preview = AugmentPreview()
        self.caption = QLabel("")
        self.caption.setObjectName("augmentCaption")
        self.caption.setWordWrap(True)
        self.caption.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.new_sample = QPushButton(tr("New sample"))
        self.new_sample.setObjectName("newSampleButton")
        self.new_sample.setToolTip(tr("Another image of the dataset, and new random draws"))
        self.new_sample.clicked.connect(self._on_new_sample)
        buttons = QHBoxLayout()
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.new_sample)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(5)
        intro = QLabel(tr("Random changes to each training batch (never to validation or test). Preview: one "
                          "sample and 16 copies, as training draws them."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._undo_keys = UndoKeysToWindow(self)  # Ctrl+Z in a field undoes the design's last edit

    def _field(self, kind: str, param) -> QWidget:
        if param.kind == "choice":
            box = QComboBox()
            for choice in param.choices:  # shown in the window's language, stored as the id
                box.addItem(tr_text(WORDS.get(choice, choice)), choice)
            box.currentIndexChanged.connect(
                lambda _i, b=box, k=kind, n=param.path: self._on_param(k, n, b.currentData()))
        else:
            box = QSpinBox() if param.kind == "int" else QDoubleSpinBox()
            wide = (param.high or 0) >= 10
            if param.kind != "int":
                box.setDecimals(1 if wide else 2)
                box.setSingleStep(5.0 if wide else 0.05)
            box.setRange(param.low if param.low is not None else -1e9, param.high if param.high is not None else 1e9)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(lambda value, k=kind, n=param.path: self._on_param(k, n, value))
        box.setObjectName(f"{kind}_{param.path}AugmentField")
        box.setToolTip(tr_text(param.help))
        self.fields[(kind, param.path)] = box
        return box

    # the document -------------------------------------------------------------------------------------------
    def set_document(self, document, apply) -> None:
        self.document, self._apply = document, apply
        document.graphEvent.connect(self._on_graph_event)
        document.designReplaced.connect(self._sync)
        document.analysed.connect(lambda _analysis: self._sync())
        self._sync()

    def _on_graph_event(self, event: str, data: dict) -> None:
        if event == "meta_changed" and data.get("key") == "training":
            self._sync()

    @property
    def training(self) -> dict:
        return self.document.design.training if self.document is not None else {}

    def _sync(self) -> None:
        """Show the design's list, say what applies, and ask for a preview when what it shows has changed."""
        if self.document is None:
            return
        self.show_steps(self.training)
        self._say(self._problem() or self._failure or "", error=self._failure is not None)
        self._synced_note = self.note.text()
        self._timer.start()

    def retranslate(self) -> None:
        """The tips and the note in the window's language (after a language switch)."""
        for kind, check in self.checks.items():
            check.setToolTip(_check_tip(kind))
        was = getattr(self, "_synced_note", None)
        if self._failure is not None:
            self._failure = again(self._failure) or self._failure
        if self.document is not None and was is not None and self.note.text() in (was, again(was)):
            self._say(self._problem() or self._failure or "", error=self._failure is not None)
            self._synced_note = self.note.text()

    def show_steps(self, training: dict) -> None:
        """The form shows ``training``'s list (defaults filled in) without storing anything."""
        steps = checked_steps(training)
        self._syncing = True
        try:
            for kind, check in self.checks.items():
                step = step_of(steps, kind)
                check.setChecked(step is not None)
                for param in params_of(kind):
                    field = self.fields[(kind, param.path)]
                    value = step[param.path] if step is not None else param.default_for()
                    if isinstance(field, QComboBox):
                        if field.findData(str(value)) >= 0:
                            field.setCurrentIndex(field.findData(str(value)))
                    else:
                        field.setValue(value)
                    field.setEnabled(step is not None)
        finally:
            self._syncing = False

    def _problem(self) -> str | None:
        if not is_images(self.training.get("dataset")):
            return tr_text(NOT_IMAGES)
        shape = input_shape_of(self.document.design)
        problem = augment_problem(checked_steps(self.training), shape)
        problem = tr_text(problem)
        return problem[0].upper() + problem[1:] if problem else None

    def _say(self, text: str, error: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(f"QLabel {{ color: {ERROR_COLOR}; }}" if error else "")
        self.note.setVisible(bool(text))

    # edits ------------------------------------------------------------------------------------------------------
    def _on_toggled(self, kind: str, on: bool) -> None:
        if not self._syncing:
            self._store(toggled(raw_steps(self.training), kind, on))

    def _on_param(self, kind: str, name: str, value) -> None:
        if not self._syncing:
            self._store(with_param(raw_steps(self.training), kind, name, value))

    def _store(self, steps: list) -> None:
        reason = self._apply("augment", steps) if self._apply is not None else tr("no design")
        if reason:  # refused: the form shows the design's list again, and why
            self.show_steps(self.training)
            self._say(tr("Not changed: {reason}", reason=reason), error=True)

    # the preview ------------------------------------------------------------------------------------------------
    def _job(self) -> tuple:
        spec = self.training.get("dataset")
        spec = {"name": spec} if isinstance(spec, str) else dict(spec or {})
        seed = usable("seed", self.training.get("seed")) + self._draw  # the run's seed (the schema's default)
        return (json.dumps(spec, sort_keys=True), json.dumps(input_shape_of(self.document.design)),
                json.dumps(checked_steps(self.training)), seed, self._index)

    def _start(self) -> None:
        if self.document is None or not self.isVisible():
            return  # shown later: showEvent asks again
        if not is_images(self.training.get("dataset")):
            self._wanted = None
            self.preview.show_images(None, None)
            self.preview.hide()
            self.caption.setText("")
            self.new_sample.setEnabled(False)
            return
        wanted = self._job()
        if wanted == self._wanted or wanted[:2] == self._failed_on:
            return
        if self.background.busy:
            self._pending = True
            return
        self._wanted = wanted
        spec, shape, steps, seed, index = wanted
        pool = self._pool if self._pool_key == wanted[:2] else None
        spec, shape, steps = json.loads(spec), json.loads(shape), json.loads(steps)
        self.background.run(lambda: compute(spec, shape, pool, index, steps, seed),
                            done=lambda result, key=wanted: self._on_preview(key, result),
                            failed=lambda error, key=wanted: self._on_failed(key, error))

    def _on_preview(self, key: tuple, result: dict) -> None:
        if self._failure is not None:
            self._failure = None
            self._say(self._problem() or "")
        self._pool, self._pool_key, self._failed_on = result["pool"], key[:2], None
        self.preview.show()
        self.preview.show_images(result["sample"], result["copies"])
        shape = "x".join(str(n) for n in result["sample"].shape)
        self.caption.setText(tr("Left: training image {index} of the first {pool} ({shape}); right: {copies} "
                                "augmented copies", index=result["index"] + 1, pool=len(result["pool"]), shape=shape,
                                copies=COPIES))
        self.new_sample.setEnabled(True)
        self._next()

    def _on_failed(self, key: tuple, error: BaseException) -> None:
        self._wanted, self._failed_on = None, key[:2]
        self.preview.show_images(None, None)
        self.preview.hide()
        self.caption.setText("")
        self.new_sample.setEnabled(True)  # tries the data again (a run may have downloaded it meanwhile)
        first = error.args[0] if error.args else None
        why = " ".join(tr_error(error).split()) if isinstance(first, Text) else one_line(error)
        self._failure = tr("No preview: {why}. New sample tries again.", why=why.rstrip("."))
        self._say(self._failure, error=True)
        self._next()

    def _next(self) -> None:
        if self._pending:
            self._pending = False
            self._start()

    def _on_new_sample(self) -> None:
        self._draw += 1
        self._index = random.Random(self._draw).randrange(POOL)
        self._failed_on = None
        self._start()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._timer.start()

    def closing(self) -> None:
        """The window closes: no preview job outlives it, no timer fires after."""
        self._timer.stop()
        self._pending = False
        self.background.wait()
