"""The training panel: the run's settings, the controls, progress, how the last run ended, and the runs list.

A view: it shows what it is told (``show_training``, ``set_state``, ``show_progress``, ``show_outcome``,
``add_run``) and says what the person asked through signals; :mod:`netbuilder.gui.training.driver` does the work.
Settings are the design's own (one undo step per change, through ``settingChanged``); only the device belongs to
the machine, not the design. Limits and rules come from ``training_fields`` (shared with the inspector).
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QProgressBar, QPushButton, QSizePolicy, QSlider, QSpinBox, QVBoxLayout, QWidget)

from ...core.design.train_config import MAX_DELAY
from ..common.i18n import tr, tr_text
from .training_fields import (HELP, TRAINING_KEYS, box_range, choices_of, current_values, ended_text, progress_line,
                              setting_default)
from .training_tensorboard import TensorBoardChoice

_TONES = {"completed": "#2e7d32", "early_stopping": "#2e7d32", "stopped": "#8a6d00", "diverged": "#c62828",
          "failed": "#c62828", "info": None}


class TrainingPanel(QWidget, TensorBoardChoice):
    """Signals: ``settingChanged(key, value)`` (a design setting, see ``training_fields.TRAINING_KEYS``),
    ``lrChanged(float)``, ``deviceChanged(str)``, ``action(str)`` with ``train``, ``pause``, ``resume``, ``stop``,
    ``step``, ``reset``, ``evaluate``, ``save``, and ``restoreRun(int)`` (a run number)."""

    settingChanged = Signal(str, object)
    deviceChanged = Signal(str)
    action = Signal(str)
    restoreRun = Signal(int)
    delayChanged = Signal(float)  # slow motion: seconds to wait after each batch
    rewindRequested = Signal(int)  # the timeline's snapshot to put the weights back to
    tensorBoardChanged = Signal(bool, str)  # the person checked the box or chose a folder: (checked, folder)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.state = "idle"
        self._syncing = False
        self._progress_info: dict | None = None  # the last progress shown (a run's end redraws it)
        self._ended: str | None = None
        self.fields: dict[str, QWidget] = {}

        # every range, list and default below is the schema's (core.design.settings, through training_fields)
        self.dataset = self._combo("datasetCombo", "dataset")
        self.limit = self._spin("limitSpin", "limit", special=tr("all"))
        self.epochs = self._spin("epochsSpin", "epochs")
        self.batch_size = self._spin("batchSizeSpin", "batch_size")
        self.optimizer = self._combo("optimizerCombo", "optimizer")
        self.lr = pg.SpinBox(value=setting_default("lr"), bounds=box_range("lr"), dec=True, step=0.5, minStep=1e-7,
                             decimals=4, compactHeight=False)
        self.lr.setObjectName("learningRateSpin")
        self.lr.setToolTip(tr("{help} It may change during a run: it applies from the next batch.", help=HELP["lr"]))
        self.lr.sigValueChanged.connect(lambda sb: self._changed("lr", float(sb.value())))
        self.loss = self._combo("lossCombo", "loss")
        self.scheduler = self._combo("schedulerCombo", "scheduler")
        self.seed = pg.SpinBox(value=setting_default("seed"), int=True, bounds=box_range("seed"), step=1,
                               compactHeight=False)
        self.seed.setObjectName("seedSpin")  # pyqtgraph's box: a seed may be up to 2**63 - 1, past QSpinBox
        self.seed.setToolTip(tr_text(HELP["seed"]))
        self.seed.sigValueChanged.connect(lambda sb: self._changed("seed", int(sb.value())))
        self.device = QComboBox()
        self.device.setObjectName("deviceCombo")
        self.device.setToolTip(tr("Where the network trains. auto: CUDA when there is a CUDA device, else the CPU."))
        self.device.currentIndexChanged.connect(self._on_device_changed)
        self.speed = QSlider(Qt.Horizontal)
        self.speed.setObjectName("speedSlider")
        self.speed.setRange(0, int(MAX_DELAY * 1000))
        self.speed.setSingleStep(50)
        self.speed.setPageStep(250)
        self.speed.setTickInterval(250)
        self.speed.setTickPosition(QSlider.TicksBelow)
        self.speed.setToolTip(tr("Slow motion: a pause after each batch, so that a class can watch a small network "
                                 "learn (about 250 ms is a good pace). Applies at once, also during a run."))
        self.speed_label = QLabel()
        self.speed_label.setObjectName("speedLabel")
        wide = tr("{ms} ms/batch", ms=1000)
        self.speed_label.setMinimumWidth(QFontMetrics(self.speed_label.font()).horizontalAdvance(wide))
        self.speed.valueChanged.connect(self._on_speed)
        self._on_speed(0)
        speed_row = QHBoxLayout()
        speed_row.addWidget(self.speed, 1)
        speed_row.addWidget(self.speed_label)
        self.fields.update(dataset=self.dataset, limit=self.limit, epochs=self.epochs, batch_size=self.batch_size,
                           optimizer=self.optimizer, lr=self.lr, loss=self.loss, scheduler=self.scheduler,
                           seed=self.seed)
        # short numbers share a row, so the panel fits beside the canvas on a 1080p screen
        settings = QGridLayout()
        settings.setVerticalSpacing(3)
        settings.setColumnStretch(1, 1)
        settings.setColumnStretch(3, 1)
        rows = (((tr("Dataset"), self.dataset),), ((tr("Samples"), self.limit), (tr("Seed"), self.seed)),
                ((tr("Epochs"), self.epochs), (tr("Batch"), self.batch_size)), ((tr("Optimizer"), self.optimizer),),
                ((tr("Learning rate"), self.lr),), ((tr("Loss"), self.loss),), ((tr("LR schedule"), self.scheduler),),
                ((tr("Device"), self.device),), ((tr("Slow motion"), speed_row),))
        for r, row in enumerate(rows):
            for c, (text, widget) in enumerate(row):
                label = QLabel(text)
                span = 3 if len(row) == 1 else 1
                settings.addWidget(label, r, 2 * c)
                if isinstance(widget, QHBoxLayout):
                    label.setBuddy(widget.itemAt(0).widget())
                    settings.addLayout(widget, r, 2 * c + 1, 1, span)
                else:
                    label.setBuddy(widget)
                    settings.addWidget(widget, r, 2 * c + 1, 1, span)
        # TensorBoard: a preference of this window (the driver keeps it in QSettings), not a design setting
        tensorboard_row = self._build_tensorboard()
        settings.addLayout(tensorboard_row, len(rows), 0, 1, 4)

        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (name, text, tip) in enumerate((
                ("train", tr("Train"), tr("Train for the epochs set above, from the current weights")),
                ("pause", tr("Pause"), tr("Pause after the current batch (Resume goes on)")),
                ("stop", tr("Stop"), tr("End the run after the current batch; the weights are kept")),
                ("step", tr("Step"), tr("Train exactly one batch, then pause: watch a single update")),
                ("reset", tr("Reset weights"), tr("Forget what was learned: new weights from the seed")),
                ("evaluate", tr("Evaluate"), tr("Score the current weights on the test split")),
                ("save", tr("Save checkpoint…"), tr("Save the design, weights, settings and curves to a file")))):
            button = QPushButton(text)
            button.setObjectName(f"{name}Button")
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, n=name: self._on_button(n))
            self.buttons[name] = button
            grid.addWidget(button, i // 4, i % 4)
        font = self.buttons["train"].font()
        font.setBold(True)
        self.buttons["train"].setFont(font)

        self.progress = QProgressBar()
        self.progress.setObjectName("trainingProgress")
        self.progress.setFormat(tr("run %p%"))
        self.epoch_progress = QProgressBar()
        self.epoch_progress.setObjectName("epochProgress")
        self.epoch_progress.setFormat(tr("epoch %p%"))
        self.status_line = QLabel(tr("Not trained yet."))
        self.status_line.setObjectName("trainingStatusLine")
        self.status_line.setWordWrap(True)
        self.status_line.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)  # new text: no re-layout
        self.outcome = QLabel("")
        self.outcome.setObjectName("trainingOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.outcome.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)

        self.runs = QListWidget()
        self.runs.setObjectName("runsList")
        self.runs.setToolTip(tr("Every run of this session. Double-click one (or select it and press Restore) to "
                                "put its final weights back."))
        self.runs.itemDoubleClicked.connect(self._on_run_activated)
        self.runs.setMinimumHeight(48)
        self.runs.setWordWrap(True)
        self.restore = QPushButton(tr("Restore weights"))
        self.restore.setObjectName("restoreRunButton")
        self.restore.clicked.connect(lambda: self._on_run_activated(self.runs.currentItem()))
        runs_title = QHBoxLayout()
        runs_title.addWidget(QLabel(tr("<b>Runs</b>")))
        runs_title.addStretch(1)
        runs_title.addWidget(self.restore)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(5)
        layout.addLayout(settings)
        layout.addLayout(grid)
        bars = QHBoxLayout()
        bars.addWidget(self.progress)
        bars.addWidget(self.epoch_progress)
        layout.addLayout(bars)
        self.timeline = QSlider(Qt.Horizontal)
        self.timeline.setObjectName("timelineSlider")
        self.timeline.setToolTip(tr("Rewind: drag to see the network as it was earlier in its runs (every panel "
                                    "follows); Train goes on from there as a new run"))
        self.timeline.setEnabled(False)
        self.timeline.valueChanged.connect(self._on_timeline)
        self.timeline_label = QLabel(tr("Rewind: nothing recorded yet"))
        self.timeline_label.setObjectName("timelineLabel")
        self.timeline_label.setWordWrap(True)
        self.timeline_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        rewind = QHBoxLayout()
        rewind.addWidget(QLabel(tr("Rewind")))
        rewind.addWidget(self.timeline, 1)
        layout.addLayout(rewind)
        layout.addWidget(self.timeline_label)
        layout.addWidget(self.status_line)
        layout.addWidget(self.outcome)
        layout.addLayout(runs_title)
        layout.addWidget(self.runs, 1)
        self.set_devices([{"spec": "auto", "label": tr("auto"), "enabled": True, "reason": ""},
                          {"spec": "cpu", "label": tr("CPU"), "enabled": True, "reason": ""}])
        self.set_state("idle")

    # rewind ------------------------------------------------------------------------------------------------
    def set_timeline(self, count: int, text: str, enabled: bool) -> None:
        """``count`` snapshots, the slider at the last (the present); ``text`` says what it holds."""
        self.timeline.blockSignals(True)
        self.timeline.setRange(0, max(0, count - 1))
        self.timeline.setValue(max(0, count - 1))
        self.timeline.blockSignals(False)
        self.timeline.setEnabled(enabled and count >= 2)
        self.timeline_label.setText(tr_text(text))

    def _on_timeline(self, index: int) -> None:
        self.rewindRequested.emit(int(index))

    # slow motion -------------------------------------------------------------------------------------------
    def delay(self) -> float:
        return self.speed.value() / 1000.0

    def set_delay(self, seconds: float) -> None:
        self.speed.setValue(round(float(seconds) * 1000))

    def _on_speed(self, ms: int) -> None:
        self.speed_label.setText(tr("off") if ms == 0 else tr("{ms} ms/batch", ms=ms))
        self.delayChanged.emit(ms / 1000.0)

    # building ------------------------------------------------------------------------------------------------
    def _combo(self, name: str, key: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setToolTip(tr_text(HELP[key]))
        for text, data in choices_of(key):
            box.addItem(text, data)
        box.currentIndexChanged.connect(lambda _i, b=box, k=key: self._changed(k, b.currentData()))
        return box

    def _spin(self, name: str, key: str, special: str | None = None) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(*box_range(key))
        spin.setToolTip(tr_text(HELP[key]))
        spin.setGroupSeparatorShown(True)
        spin.setKeyboardTracking(False)
        if special:
            spin.setSpecialValueText(special)
        spin.valueChanged.connect(lambda value, k=key: self._changed(k, int(value)))
        return spin

    # showing ---------------------------------------------------------------------------------------------
    def show_training(self, training: dict) -> None:
        """Show a design's training settings (defaults filled in) without sending them back."""
        values = current_values(training, TRAINING_KEYS)
        self._syncing = True
        try:
            for key, widget in self.fields.items():
                value = values.get(key)
                if isinstance(widget, QComboBox):
                    index = widget.findData(value)
                    if index < 0:  # a value the list does not offer (a file may hold anything): show it as is
                        widget.addItem(tr("{value} (unknown)", value=value), value)
                        index = widget.count() - 1
                    widget.setCurrentIndex(index)
                elif isinstance(widget, QSpinBox):  # a sample limit past what Qt holds means all the same
                    number = int(value) if isinstance(value, (int, float)) else widget.minimum()
                    widget.setValue(max(widget.minimum(), min(number, widget.maximum())))
                elif value is not None:
                    widget.setValue(int(value) if widget is self.seed else float(value))
        finally:
            self._syncing = False

    def set_devices(self, devices: list[dict], current: str | None = None) -> None:
        """Fill the device box (see ``core.training.device.available_devices``); disabled entries keep their
        reason as tooltip."""
        current = current or self.device.currentData() or "auto"
        self._syncing = True
        try:
            self.device.clear()
            model = self.device.model()
            for i, dev in enumerate(devices):
                self.device.addItem(tr_text(dev["label"]), dev["spec"])
                item = model.item(i)
                item.setEnabled(dev["enabled"])
                item.setToolTip(tr_text(dev["reason"] or dev["label"]))
            index = self.device.findData(current)
            self.device.setCurrentIndex(index if index >= 0 and model.item(index).isEnabled() else 0)
        finally:
            self._syncing = False

    def select_device(self, spec: str) -> None:
        """Choose a device by spec; one the box does not list (or lists disabled) is added so the run can say
        why it cannot use it."""
        index = self.device.findData(spec)
        if index < 0:
            self.device.addItem(spec, spec)
            index = self.device.count() - 1
        self.device.setCurrentIndex(index)

    @property
    def device_spec(self) -> str:
        return self.device.currentData() or "auto"

    def set_state(self, state: str) -> None:
        """``idle``, ``running``, ``paused``, ``evaluating`` or ``preparing``: which controls make sense."""
        self.state = state
        busy = state != "idle"
        for key, widget in self.fields.items():
            widget.setEnabled(not busy or key == "lr")
        self.device.setEnabled(not busy)
        self.tensorboard.setEnabled(not busy and self.tensorboard_available)
        self.tensorboard_folder.setEnabled(not busy and self.tensorboard_available)
        b = self.buttons
        b["train"].setEnabled(not busy)
        b["pause"].setEnabled(state in ("running", "paused"))
        b["pause"].setText(tr("Resume") if state == "paused" else tr("Pause"))
        b["stop"].setEnabled(state in ("running", "paused"))
        b["step"].setEnabled(state in ("idle", "paused"))
        for name in ("reset", "evaluate", "save"):
            b[name].setEnabled(not busy)
        self.restore.setEnabled(not busy)
        self.runs.setEnabled(True)

    def show_progress(self, info: dict, ended: str | None = None) -> None:
        """A curve update from the worker: epoch, batch, rate, times. ``ended`` (how a run ended, e.g. "stopped"):
        the line says so instead of a time left."""
        self._progress_info, self._ended = info, ended
        per_epoch, done, total = info["batches_per_epoch"], info["done"], max(1, info["total"])
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.epoch_progress.setRange(0, per_epoch)
        self.epoch_progress.setValue(info["batch"])
        self.status_line.setText(progress_line(info, ended))

    def end_progress(self, ended: str, lr: float | None = None) -> None:
        """A run ended (``ended``: its status): the progress line keeps its figures but no time left, with the
        learning rate the last batch trained with (``lr``; a schedule's next rate, 0 at a cosine's end, is no
        rate any batch used)."""
        info = self._progress_info
        if info is None:
            self.status_line.setText(tr("Run {ended} before its first batch.", ended=ended_text(ended)))
            return
        self.show_progress(dict(info, paused=False, **({} if lr is None else {"lr": lr})), ended=ended)

    def forget_progress(self) -> None:
        """A run starts: the progress shown so far is an earlier run's."""
        self._progress_info = None
        self.progress.setFormat(tr("run %p%"))  # after a download's "download %p%" (TrainingNews._on_download)

    def reset_progress(self) -> None:
        """Another design or fresh weights: no run's progress, no rewind timeline."""
        self.forget_progress()
        for bar in (self.progress, self.epoch_progress):
            bar.setRange(0, 100)
            bar.setValue(0)
        self.status_line.setText(tr("Not trained yet."))
        self.set_timeline(0, tr("Rewind: nothing recorded yet"), enabled=False)

    def clear_runs(self) -> None:
        self.runs.clear()

    def show_outcome(self, text: str, kind: str = "info") -> None:
        color = _TONES.get(kind)
        self.outcome.setStyleSheet(f"QLabel {{ color: {color}; }}" if color else "")
        font = QFont(self.outcome.font())
        font.setBold(kind in ("diverged", "failed"))
        self.outcome.setFont(font)
        self.outcome.setText(tr_text(text))

    def add_run(self, number: int, text: str, tip: str) -> None:
        item = QListWidgetItem(tr_text(text))
        item.setData(Qt.UserRole, number)
        item.setToolTip(tr_text(tip))
        self.runs.addItem(item)
        self.runs.setCurrentItem(item)

    def retranslate(self) -> None:
        """The progress line and the progress bars' formats are built here: say them again."""
        self.progress.setFormat(tr("run %p%"))
        self.epoch_progress.setFormat(tr("epoch %p%"))
        self.limit.setSpecialValueText(tr("all"))
        if self._progress_info is not None:
            self.show_progress(self._progress_info, self._ended)

    def run_texts(self) -> list[str]:
        return [self.runs.item(i).text() for i in range(self.runs.count())]

    # slots ------------------------------------------------------------------------------------------------
    def _changed(self, key: str, value) -> None:
        if not self._syncing:
            self.settingChanged.emit(key, value)

    def _on_device_changed(self, _index: int) -> None:
        if not self._syncing:
            self.deviceChanged.emit(self.device_spec)

    def _on_button(self, name: str) -> None:
        if name == "pause" and self.state == "paused":
            name = "resume"
        self.action.emit(name)

    def _on_run_activated(self, item) -> None:
        if item is not None and self.state == "idle":
            self.restoreRun.emit(int(item.data(Qt.UserRole)))
