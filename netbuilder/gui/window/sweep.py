"""The Sweep dialog (Training > Sweep…, objectName ``sweepDialog``): MATLAB's Experiment Manager, simply. A row
per setting the design offers to sweep (learning rate, batch size, epochs, optimizer, dropout, the units of each
hidden layer...) with a checkbox, its range or choices (the core's suggestion around the design's value, which
the row also shows) and the design's value now; how many trials, how to search (TPE or random) and whether trials
that fall behind the median at an epoch stop early; Start and Stop; and a list of the trials as they end (their
settings, score, state, and why a pruned or failed one ended).

The sweep runs in the training worker (``TrainingController.sweep``: one thread, Train off meanwhile); each trial
that trained lands in the runs view as a run with its curves, weights and settings, numbered after the runs
there. Bad input (nothing checked, a range the schema refuses) is one line in the dialog and nothing starts.
Closing the dialog leaves the sweep going; closing the window stops it and waits (the window's closing path).
"""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.errors import NetbuilderError
from ...core.session.sweep_params import check_params, suggested_spec, sweepable
from ...core.text import msg
from ..common.i18n import again, tr, tr_error, tr_text
from ..panels.runs_compare import METRIC_LABELS
from .sweep_rows import now_text, param_lines, params_text, short_label, state_text, value_text

DEFAULT_TRIALS = 10
MAX_TRIALS = 1000
SEARCHES = ((msg("TPE (learns from the trials so far)"), "tpe"), (msg("Random"), "random"))
#: the trial list's columns (also the keys of ``trial_texts``: the English words)
COLUMNS = (msg("Trial"), msg("Run"), msg("Settings"), msg("Score"), msg("State"), msg("Why"))
#: checked when the dialog first opens: the settings a person sweeps first
FIRST_CHECKED = ("lr",)
#: the most setting rows shown at once (the rest scroll): the trial list keeps its room on a 768-pixel screen
ROWS_SHOWN = 8


def _named(widget, name: str):
    widget.setObjectName(name)
    return widget


class SweepDialog(QDialog):
    """objectName ``sweepDialog``; made once by the window, opened again and again. ``training``: the window's
    :class:`~netbuilder.gui.training.driver.TrainingDriver` (it starts the sweep and files the trials' runs);
    ``document``: the open design; ``show_runs``: shows the runs view (a sweep fills it)."""

    def __init__(self, training, document, *, show_runs=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sweepDialog")
        self.setWindowTitle(tr("Sweep settings"))
        self.training, self.document, self._show_runs = training, document, show_runs
        self.rows: dict[str, tuple[QCheckBox, QLineEdit, QLabel]] = {}
        self.labels: dict[str, str] = {}
        self.outcomes: list = []  # this sweep's TrialOutcomes, in the order they ended
        self.result = None  # the last sweep's SweepResult
        self._trials = 0
        self._stopping = False  # Stop pressed: the sweep ends after the batch going on
        self._waiting_said = False  # the line says a run is going on (a flag: the text may be in another language)
        self._names = ""  # the settings the sweep going on (or the last one) searches, as its message says them
        self._build()
        controller = training.controller
        controller.trial.connect(self._on_trial)
        controller.sweepFinished.connect(self._on_finished)
        controller.jobFailed.connect(self._on_failed)
        controller.stateChanged.connect(lambda _state: self._sync())
        document.designReplaced.connect(lambda: self.refill(keep=False))  # another design: its own rows
        self.refill()

    # building ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(tr("Each trial trains this design with settings picked from the ranges you check, and lands "
                          "in the Runs view with its curves. Ranges: <i>low..high</i>, <i>low..high:log</i> for "
                          "rates, or choices <i>a,b,c</i>."))
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(10)
        holder = QWidget()
        holder.setLayout(self.grid)
        self.scroll = _named(QScrollArea(), "sweepSettings")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(holder)
        self.holder = holder

        self.trials = _named(QSpinBox(), "sweepTrials")
        self.trials.setRange(1, MAX_TRIALS)
        self.trials.setValue(DEFAULT_TRIALS)
        self.trials.setToolTip(tr("How many trials to train (each one a run)"))
        self.search = _named(QComboBox(), "sweepSearch")
        for text, data in SEARCHES:
            self.search.addItem(tr_text(text), data)
        self.search.setToolTip(tr("TPE (Optuna's default) tries more where the good trials were; random draws "
                                  "each trial's settings on its own"))
        self.prune = _named(QCheckBox(tr("Stop trials that fall behind")), "sweepPrune")
        self.prune.setChecked(True)
        self.prune.setToolTip(tr("A trial whose score at an epoch is worse than the median of the earlier trials "
                                 "at that epoch stops there (pruned): more trials in the same time"))
        options = QHBoxLayout()
        for widget in (QLabel(tr("Trials")), self.trials, QLabel(tr("Search")), self.search, self.prune):
            options.addWidget(widget)
        options.addStretch(1)

        self.message = _named(QLabel(), "sweepMessage")
        self.message.setWordWrap(True)
        self.start_button = _named(QPushButton(tr("Start")), "sweepStartButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.stop_button = _named(QPushButton(tr("Stop")), "sweepStopButton")
        self.stop_button.setToolTip(tr("End the sweep after the batch going on; the trials so far stay"))
        self.stop_button.clicked.connect(self.stop)
        close = _named(QPushButton(tr("Close")), "sweepCloseButton")
        close.setToolTip(tr("Hide this dialog; a sweep going on goes on"))
        close.clicked.connect(self.close)
        self.progress = _named(QLabel(), "sweepProgress")
        self.progress.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (self.start_button, self.stop_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(close)

        self.table = _named(QTableWidget(0, len(COLUMNS)), "sweepTrialList")
        self.table.setHorizontalHeaderLabels([tr_text(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scroll)
        layout.addLayout(options)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        self.resize(760, 640)

    def refill(self, keep: bool = True) -> None:
        """One row per setting the design offers now; with ``keep``, a row the person already set keeps its check
        and text (opening the dialog again, after an edit of the design)."""
        if self.running:
            return
        kept = {name: (check.isChecked(), edit.text()) for name, (check, edit, _note) in self.rows.items()
                if keep}
        first = not kept
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows, self.labels = {}, {}
        design = self.document.design
        for row, (name, label) in enumerate(sweepable(design)):
            label = tr_text(label)
            check = _named(QCheckBox(label), f"sweepCheck_{name}")
            edit = _named(QLineEdit(), f"sweepSpec_{name}")
            edit.setPlaceholderText(tr("low..high, low..high:log or a,b,c"))
            note = _named(QLabel(tr_text(now_text(design, name))), f"sweepNow_{name}")
            note.setEnabled(False)  # greyed: a hint, not a control
            was_checked, text = kept.get(name, (first and name in FIRST_CHECKED, None))
            check.setChecked(was_checked)
            edit.setText(text if text is not None else suggested_spec(design, name))
            edit.textEdited.connect(lambda _text, c=check: c.setChecked(True))
            self.grid.addWidget(check, row, 0)
            self.grid.addWidget(edit, row, 1)
            self.grid.addWidget(note, row, 2)
            self.rows[name], self.labels[name] = (check, edit, note), label
        self.grid.setRowStretch(len(self.rows), 1)
        # every row shown up to ROWS_SHOWN of them, the rest scrolled to
        rows = self.grid.rowMinimumHeight(0) + min(len(self.rows), ROWS_SHOWN) * (
            max(edit.sizeHint().height() for _c, edit, _n in self.rows.values()) + self.grid.verticalSpacing()
        ) if self.rows else 0
        self.scroll.setFixedHeight(rows + 2 * self.scroll.frameWidth() + self.grid.contentsMargins().top()
                                   + self.grid.contentsMargins().bottom())
        self._sync()

    # what a person does -------------------------------------------------------------------------------------
    def set_param(self, name: str, spec: str | None = None, checked: bool = True) -> None:
        """Check (or uncheck) a row and, with ``spec``, write its range (scripts and tests; a person clicks)."""
        check, edit, _note = self.rows[name]
        if spec is not None:
            edit.setText(spec)
        check.setChecked(checked)

    def start(self) -> bool:
        """Start the sweep the rows describe; False, with the one reason in the dialog, when it cannot."""
        rows = [(name, self.labels[name], check.isChecked(), edit.text())
                for name, (check, edit, _note) in self.rows.items()]
        lines, problem = param_lines(rows)
        try:
            if problem:
                raise NetbuilderError(problem)
            params = check_params(self.document.design, lines)
            self.training.sweep({"params": params, "trials": self.trials.value(),
                                 "sampler": self.search.currentData(), "prune": self.prune.isChecked()})
        except NetbuilderError as exc:
            self.say(tr("Not started: {reason}", reason=tr_error(exc)), bad=True)
            return False
        except RuntimeError:
            self.say(tr("Not started: a run is going on; stop it first."), bad=True)
            return False
        self._trials, self.outcomes, self.result = self.trials.value(), [], None
        self._stopping = False
        self.table.setRowCount(0)
        self.table.setHorizontalHeaderItem(3, QTableWidgetItem(tr("Score")))
        self._names = ", ".join(tr_text(short_label(p.name, self.labels.get(p.name))) for p in params)
        self.say(tr("Sweeping {names}: each trial that trains joins the Runs view.", names=self._names))
        self._show_progress()
        if self._show_runs is not None:
            self._show_runs()
        return True

    def stop(self) -> None:
        if self.running:
            self.training.controller.stop()
            self._stopping = True
            self._show_progress()

    @property
    def running(self) -> bool:
        """A sweep is going on (this dialog's or a script's)."""
        return self.training.controller.job == "sweep"

    def say(self, text: str, bad: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c0392b;" if bad else "")

    def trial_texts(self) -> list[dict]:
        """The trial list as shown: one dict per row, keyed by column name."""
        return [{COLUMNS[c]: (self.table.item(r, c).text() if self.table.item(r, c) else "")
                 for c in range(len(COLUMNS))} for r in range(self.table.rowCount())]

    # the worker's news ---------------------------------------------------------------------------------------
    def _on_trial(self, outcome) -> None:
        self.outcomes.append(outcome)
        record = outcome.record
        run = record.label if record is not None and record.history and record.number else ""
        why = "" if outcome.state == "complete" else outcome.message
        cells = (str(outcome.number), run, params_text(outcome.params, self.labels, tr_text), value_text(outcome.value),
                 tr_text(state_text(outcome.state)), tr_text(why))
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)
        self.table.scrollToBottom()
        self._show_progress()

    def _on_finished(self, result) -> None:
        self.result = result
        self._stopping = False
        metric = tr_text(METRIC_LABELS.get(result.metric, result.metric.replace("_", " ")))
        score = QTableWidgetItem(metric[:1].upper() + metric[1:])
        score.setToolTip(tr("{metric}: lower is better", metric=metric) if result.direction == "minimize" else
                         tr("{metric}: higher is better", metric=metric))
        self.table.setHorizontalHeaderItem(3, score)
        best = result.best
        ended = len(result.outcomes)
        self.say(tr("Swept {names}: the trials that trained are in the Runs view.", names=self._names))
        text = tr("Done: {n} trial.", n=ended) if ended == 1 else tr("Done: {n} trials.", n=ended)
        if best is not None:
            record = best.record
            filed = record is not None and any(r is record for r in self.training.runs)
            run = (tr("{run} (trial {n})", run=record.label, n=best.number) if filed
                   else tr("trial {n}", n=best.number))
            text = tr("{done} Best: {run}, {metric} {value} ({settings}).", done=text, run=run, metric=metric,
                      value=value_text(best.value), settings=params_text(best.params, self.labels, tr_text))
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).text() == str(best.number):
                    for column in range(len(COLUMNS)):
                        font = QFont(self.table.item(row, column).font())
                        font.setBold(True)
                        self.table.item(row, column).setFont(font)
        self.progress.setText(text)
        self._sync()

    def _on_failed(self, job: str, message: str, _cause) -> None:
        if job == "sweep":
            self._stopping = False
            self.say(tr("The sweep failed: {reason}", reason=message), bad=True)
            self.progress.setText("")
            self._sync()

    def _show_progress(self) -> None:
        if self._stopping:
            self.progress.setText(tr("Stopping after the batch going on…"))
        elif self.running:
            self.progress.setText(tr("Trial {n} of {total} training…", n=len(self.outcomes) + 1, total=self._trials)
                                  if len(self.outcomes) < self._trials else tr("Finishing…"))

    def _sync(self) -> None:
        running = self.running
        idle = self.training.state == "idle"
        self.start_button.setEnabled(idle)
        self.stop_button.setEnabled(running)
        for widget in (self.scroll, self.trials, self.search, self.prune):
            widget.setEnabled(not running)
        waiting = not idle and not running
        if waiting:
            self.progress.setText(tr("A run is going on: a sweep can start once it ends."))
        elif idle and self._waiting_said:
            self.progress.setText("")
        self._waiting_said = waiting

    def retranslate(self) -> None:
        """After a language switch: the trial list's cells and the end's summary said again."""
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                new = again(item.text()) if item is not None else None
                if new is not None:
                    item.setText(new)
                    item.setToolTip(new)
        if self.result is not None and not self.running:
            self._on_finished(self.result)

    def showEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        self.refill()  # the design may have changed since it was last open
        super().showEvent(event)
