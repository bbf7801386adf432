"""Training > Find Learning Rate…: the range test (``core.training.lr_finder``) run in the training worker on the
design's session, its curve in a dialog (loss against learning rate on a log axis, the suggestion marked) and a
"Use it" button that writes the suggestion to the design as one undo step, as the training panel's field does.

The test trains about a hundred batches on the session's model and the session puts everything back after (the
weights, the optimizer, the history): the runs list gains no run. :class:`LRFinderActions` is a mixin of
:class:`~.main_window.MainWindow` (which owns ``training``, ``docks`` and ``show_error``); the scripting method
:meth:`LRFinderActions.find_learning_rate` waits for the answer through ``TrainingController.call``, as
``MainWindow.activations`` does (no nested event loop)."""
from __future__ import annotations

import math
from typing import Callable

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from ...core.errors import NetbuilderError, TrainingError, failure_advice
from ...core.text import msg
from ..common.i18n import again, tr, tr_error, tr_text
from ..common.style import is_dark
from ..panels.plot_base import COLORS
from ..training.worker import plain_finding

#: how long a script's find_learning_rate waits for the data to load before the test begins (the test itself is
#: waited for whatever it takes: it cannot be cut short once it has begun)
LOAD_TIMEOUT_S = 300.0
RULE = msg("a tenth of the rate at which the loss (each batch's with the 3 before and after it, their median) was "
           "lowest (fastai's \u201cminimum\u201d rule): an order of magnitude below where the loss stops falling")
#: the optimizers' names as the window says them
OPTIMIZER_NAMES = {"adam": "Adam", "adamw": "AdamW", "sgd": "SGD", "rmsprop": "RMSprop"}
ENDED = {"exploded": msg("The test stopped where the loss blew up."),
         "end": msg("Every rate of the range was tried."),
         "stopped": msg("The test was stopped before its end.")}


def shown(lr: float) -> float:
    """A rate as the window shows and sets it: two significant digits (0.0032, not 0.0031622776601683794)."""
    return float(f"{lr:.2g}")


def loss_range(losses: list[float], raw: list[float] = ()) -> tuple[float, float]:
    """The y range worth showing: from the lowest loss (smoothed or ``raw``) to a little above the first smoothed
    one (where the loss blew up it may climb far higher, which would flatten the interesting part)."""
    finite = [v for v in losses if math.isfinite(v)]
    if not finite:
        return 0.0, 1.0
    low, first = min(finite + [v for v in raw if math.isfinite(v)]), finite[0]
    high = min(max(finite), first + 0.25 * max(first - low, abs(first) * 0.1, 1e-9))
    return low, high if high > low else low + 1.0


class RateAxis(pg.AxisItem):
    """A log axis of learning rates labelled as a person types them (1e-6, 0.001, 0.1, 10), one style all along
    (pyqtgraph's own mixes 10⁻⁶ with 0.001)."""

    def logTickStrings(self, values, scale, spacing):  # noqa: N802  (pyqtgraph's name)
        return [rate_text(10 ** v) for v in values]


def rate_text(lr: float) -> str:
    """A rate in few characters: 1e-6, 3e-5, 0.001, 0.25, 10."""
    text = f"{lr:.2g}"
    mantissa, _, exponent = text.partition("e")
    return f"{mantissa}e{int(exponent)}" if exponent else text


class LRFinderDialog(QDialog):
    """The range test's curve (``lrFinderPlot``), the suggestion marked on it and said in words
    (``lrFinderCaption``), "Use it" (``lrFinderUseButton``) and Close. ``apply(lr)`` writes a learning rate to the
    design and returns the refusal's reason, or None."""

    def __init__(self, apply: Callable[[float], str | None], parent=None):
        super().__init__(parent)
        self.setObjectName("lrFinderDialog")
        self.setWindowTitle(tr("Find a learning rate"))
        self._apply = apply
        self.finding: dict = {}
        self._shown_with: tuple = (None, None)  # the current rate and optimizer the finding was shown with
        self.suggestion: float | None = None  # as shown and set (two significant digits)
        self.plot = pg.PlotWidget(axisItems={"bottom": RateAxis("bottom")})
        self.plot.setObjectName("lrFinderPlot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setLogMode(x=True, y=False)
        self.plot.setLabel("bottom", tr("learning rate (log scale)"))
        self.plot.setLabel("left", tr("training loss"))
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setMinimumSize(420, 260)
        self.legend = self.plot.addLegend(offset=(10, -10))  # bottom left: the curve starts high there
        self.raw_curve = self.plot.plot([], [], name=tr("each batch"))
        self.curve = self.plot.plot([], [], name=tr("median of 7 batches"))
        self.marker = pg.InfiniteLine(angle=90, movable=False, label="",
                                      labelOpts={"position": 0.88, "anchors": [(0, 0.5), (0, 0.5)]})
        self.marker.setZValue(10)
        self.plot.addItem(self.marker)
        self.caption = QLabel()
        self.caption.setObjectName("lrFinderCaption")
        self.caption.setWordWrap(True)
        self.use_button = QPushButton(tr("Use it"))
        self.use_button.setObjectName("lrFinderUseButton")
        self.use_button.setToolTip(tr("Set the design's learning rate to the suggestion (Undo puts the old one back)"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.use_button, QDialogButtonBox.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.Close)
        close.setObjectName("lrFinderCloseButton")
        self.use_button.clicked.connect(self._on_use)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)
        layout.addWidget(buttons)
        self.resize(680, 500)
        self._apply_palette()

    def show_finding(self, finding: dict, current_lr: float | None = None, optimizer: str | None = None) -> None:
        """Draw a finding (``worker.plain_finding``'s dict) and say what it suggests; ``current_lr``: the
        design's learning rate now; ``optimizer``: the name of the one the test trained with (the rate is for
        it)."""
        self.finding = finding
        self._shown_with = (current_lr, optimizer)
        lrs, losses, raw = finding["lrs"], finding["losses"], finding["raw"]
        self.curve.setData(lrs, losses)
        self.raw_curve.setData(lrs, raw)
        if lrs:
            self.plot.setXRange(math.log10(lrs[0]), math.log10(lrs[-1]), padding=0.05)
            self.plot.setYRange(*loss_range(losses, raw), padding=0.05)
        suggestion = finding.get("suggestion")
        self.suggestion = None if suggestion is None else shown(suggestion)
        self.marker.setVisible(self.suggestion is not None)
        self.use_button.setEnabled(self.suggestion is not None)
        ended = tr_text(ENDED.get(finding.get("stopped"), ""))
        tried = (tr("{n} batches from {low} to {high}", n=len(lrs), low=rate_text(lrs[0]), high=rate_text(lrs[-1]))
                 if lrs else tr("no batch"))
        if self.suggestion is None:
            self.caption.setText(tr("No suggestion: the loss never fell below where it began over the rates tried "
                                    "({tried}); a network trained already has little left to say. {ended} Keep "
                                    "the learning rate you have, or check the data and the design.",
                                    tried=tried, ended=ended))
            return
        self.marker.setValue(math.log10(self.suggestion))  # the x axis is log10 of the rate
        rate = rate_text(self.suggestion)
        self.marker.label.setFormat(tr("suggested {rate}", rate=rate))
        now = " " + tr("(now {rate})", rate=rate_text(current_lr)) if current_lr is not None else ""
        name = OPTIMIZER_NAMES.get(optimizer, optimizer)
        suggested = (tr("Suggested learning rate for {optimizer}: {rate}", optimizer=name, rate=rate) if name
                     else tr("Suggested learning rate: {rate}", rate=rate))
        said = (" " + tr("The test trained with {optimizer}: the rate is for {optimizer}; another optimizer needs a "
                         "test of its own.", optimizer=name) if name else "")
        self.caption.setText(tr(
            "<b>{suggested}</b>{now}. It is {rule}.{said}<br>Tried {tried} on a copy of the weights, thrown away "
            "after: the network and its runs are as they were. {ended} <i>Use it</i> sets the design's learning "
            "rate; Undo puts the old one back.", suggested=suggested, now=now, rule=tr_text(RULE), said=said,
            tried=tried, ended=ended))

    def retranslate(self) -> None:
        """After a language switch: the caption and the marker said again."""
        if self.finding:
            self.show_finding(self.finding, *self._shown_with)

    def _on_use(self) -> None:
        if self.suggestion is None:
            return
        reason = self._apply(self.suggestion)
        if reason:
            self.caption.setText(tr("Not set: {reason}", reason=tr_text(reason)))
            return
        self.accept()

    def changeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and hasattr(self, "plot"):
            self._apply_palette()

    def _apply_palette(self) -> None:
        palette = self.palette()
        base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
        dark = is_dark(palette)
        self.plot.setBackground(base)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(text)
            axis.setTextPen(text)
        line = QColor(COLORS["train"][dark])
        faint = QColor(line)
        faint.setAlpha(150)  # each batch's loss, under the median: visible, a shade lighter
        self.curve.setPen(pg.mkPen(line, width=2))
        self.raw_curve.setPen(pg.mkPen(faint, width=1))
        mark = QColor(COLORS["val"][dark])
        self.marker.setPen(pg.mkPen(mark, width=2))
        self.marker.label.setColor(mark)
        back = QColor(base)
        back.setAlpha(215)
        self.marker.label.fill = pg.mkBrush(back)
        self.legend.setBrush(back)
        self.legend.setLabelTextColor(text)
        for _sample, label in self.legend.items:  # the labels made already take the colour when drawn again
            label.setText(label.text)


class LRFinderActions:
    """The window's part: the Training menu's action, the job's news and the scripting method."""

    lrFinderDialog: LRFinderDialog | None = None  # made on first use

    def find_learning_rate(self, timeout_s: float = LOAD_TIMEOUT_S) -> float:
        """Run the learning-rate range test on the design (between runs), show its curve in ``lrFinderDialog``
        and return the suggested rate (two significant digits, as shown; "Use it" sets it). The design's weights
        and runs stay as they were. It waits for the answer: in the thread that owns the model (a probe job
        while the data loads, else this thread between runs). TrainingError while a run or an evaluation goes
        on, or when the test suggests nothing; NetbuilderError when the design cannot train."""
        training = self.training
        if training.busy or not training.settle():
            raise TrainingError(msg("a run or an evaluation is going on: stop it, then find a learning rate"))
        training.ready_session()
        session = training.session
        finding = training.controller.call(lambda: plain_finding(session.find_learning_rate()), timeout_s,
                                           load=session)
        dialog = self.show_lr_finding(finding)
        if dialog.suggestion is None:
            raise TrainingError(msg("the test suggests no learning rate: the loss never fell below where it began"))
        return dialog.suggestion

    def show_lr_finding(self, finding: dict) -> LRFinderDialog:
        """The dialog (made once, kept as ``lrFinderDialog``) showing ``finding``, shown and raised."""
        if self.lrFinderDialog is None:
            self.lrFinderDialog = LRFinderDialog(lambda lr: self.training.apply_setting("lr", lr), self)
        optimizer = self.current_design().get("training", {}).get("optimizer", {})
        lr, name = optimizer.get("lr"), optimizer.get("name")
        self.lrFinderDialog.show_finding(finding, lr if isinstance(lr, (int, float)) else None,
                                         name if isinstance(name, str) else None)
        self.lrFinderDialog.show()
        self.lrFinderDialog.raise_()
        return self.lrFinderDialog

    def _wire_lr_finder(self) -> None:
        controller = self.training.controller
        controller.lrFound.connect(self._on_lr_found)
        controller.lrProgress.connect(self._on_lr_progress)
        controller.jobFailed.connect(self._on_lr_failed)
        self.document.designReplaced.connect(self._on_design_replaced_lr)
        self._lr_status_before = ""

    def _on_find_learning_rate(self) -> None:
        """The menu's action: the test runs in the worker; the dialog opens when it ends."""
        training = self.training
        if training.busy or not training.settle():
            self.statusBar().showMessage(tr("A run or an evaluation is going on: find a learning rate when it ends"),
                                         6000)
            return
        try:
            note = training.ready_session()
        except NetbuilderError as exc:
            training.panel.show_outcome(tr_error(exc), "failed")
            self.show_error(tr("Could not find a learning rate"),
                            f"{tr_error(exc)}\n\n{tr_text(failure_advice(exc.cause))}")
            return
        line = training.panel.status_line
        self._lr_status_before = line.text()
        line.setText(tr("Finding a learning rate…"))
        training.panel.show_outcome(tr("{note}Finding a learning rate: about a hundred batches at growing rates, on "
                                       "a copy of the weights…", note=tr_text(note)), "info")
        self.docks["training"].raise_()
        training.controller.find_lr(training.session)

    def _on_lr_progress(self, progress: dict) -> None:
        """The test's batches so far, on the panel's line (it may end before the last: the loss blew up)."""
        self.training.panel.status_line.setText(
            tr("Finding a learning rate… {done} of at most {total} batches", done=progress["done"],
               total=progress["total"]))

    def _restore_status_line(self) -> None:
        """The panel's line as it was before the test, in the language shown now (it may have changed since)."""
        before = self._lr_status_before
        self.training.panel.status_line.setText(again(before) or before)

    def _on_lr_found(self, finding: dict) -> None:
        self._restore_status_line()
        if finding.get("stopped") == "stopped":  # stopped: the window closing, another design, or Stop
            self.training.panel.show_outcome(tr("Finding a learning rate was stopped: no suggestion."), "info")
            return
        dialog = self.show_lr_finding(finding)
        said = (tr("Suggested learning rate: {rate}", rate=rate_text(dialog.suggestion))
                if dialog.suggestion is not None else tr("No learning rate suggested"))
        self.training.panel.show_outcome(tr("{said}. The weights are as they were.", said=said), "info")
        self.statusBar().showMessage(said, 8000)

    def _on_design_replaced_lr(self) -> None:
        """Another design: a finding of the last one is no advice for it ("Use it" would set its rate)."""
        if self.lrFinderDialog is not None:
            self.lrFinderDialog.hide()

    def _on_lr_failed(self, job: str, _message: str, _cause) -> None:
        if job == "lr_find":  # the driver says what failed; the line goes back to what it said
            self._restore_status_line()
