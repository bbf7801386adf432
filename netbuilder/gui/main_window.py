"""The main window: docks, menus, actions and file handling. Wiring only; the logic lives in the core."""
from __future__ import annotations

import sys
import time
import zipfile
from pathlib import Path

import shiboken6
from PySide6.QtCore import QPointF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QStyle,
                               QScrollArea, QTabBar, QWidget)

from ..core.errors import NetbuilderError
from . import figures
from .autosave import Autosaver
from .canvas.scene import DesignScene
from .canvas.view import CanvasView
from .commands import AddNodeCommand
from .document import DesignDocument
from .panels.gallery import PresetGallery
from .panels.inspector import Inspector
from .panels.palette import LayerPalette
from .panels.problems import ProblemsList
from .lessons import LessonDriver
from .panels.runs import RunsView
from .panels.summary import SummaryPanel
from .inside import InsideDriver
from .presentation import Presentation
from .training import TrainingDriver
from .panels.registry import ACTIVATIONS, CONFUSION, PROBLEMS
from .training_actions import TrainingActions
from .window_docks import LAYOUT_VERSION, WindowDocks, panel_in

MAX_RECENT = 8
DEFAULT_SIZE = (1400, 900)
_ICONS = {"actionNew": QStyle.SP_FileIcon, "actionOpen": QStyle.SP_DialogOpenButton,
          "actionOpenPreset": QStyle.SP_FileDialogContentsView, "actionSave": QStyle.SP_DialogSaveButton,
          "actionDelete": QStyle.SP_TrashIcon,
          "actionAutoLayout": QStyle.SP_FileDialogListView}
LESSON_FILTER = "netbuilder lessons (*.json *.nblesson);;All files (*)"
FILTER = "netbuilder designs and checkpoints (*.json *.ckpt *.pt);;All files (*)"


class MainWindow(WindowDocks, QMainWindow, TrainingActions):
    """netbuilder's editor window. Automation contract: ``open_design``, ``save_design``, ``current_design``,
    ``set_training_options``, ``predict``, the ``training_finished`` signal and the objectNames of its panels and
    actions (see the README)."""

    #: once per run: ``status``, the final metrics, ``test`` when evaluated, ``error`` when it did not complete
    training_finished = Signal(dict)

    def __init__(self):
        super().__init__()
        self.setObjectName("mainWindow")
        self.document = DesignDocument(self)
        self.scene = DesignScene(self.document)
        self.view = CanvasView(self.scene)
        self.setCentralWidget(self.view)

        self.palette_panel = LayerPalette()
        self.inspector = Inspector()
        self.inspector.set_document(self.document)
        self.summary = SummaryPanel()
        self.summary.set_document(self.document)
        self.problems = ProblemsList()
        self.problems.set_document(self.document)
        self.training = TrainingDriver(self)
        self.inside = InsideDriver(self)
        self.runs_view = RunsView()
        self.lessons = LessonDriver(self.training, self.document, self.view, self.runs_view,
                                    finished=self.training_finished, predict=self.training.predict,
                                    show_panel=self.show_panel,
                                    find_control=lambda name: self.findChild(QWidget, name), parent=self)
        self.inside.health.follow_lessons(self.lessons.training_step)
        self.training.controller.runFinished.connect(lambda _record: self.runs_view.set_runs(self.training.runs))
        self.docks = self._make_docks()  # by registry name (gui/panels/registry.py)
        self.inside.attach(self.docks)
        self.inside.health.watch_problems(self.docks[PROBLEMS.name])
        self._default_state = None
        self._make_actions()
        self._make_menus()
        self.presentation = Presentation(
            self, self.docks, view=self.view, scene=self.scene, document=self.document, training=self.training,
            lessons=self.lessons, inside_visible=self.inside.visible, leave=lambda: self.set_presentation(False),
            tidy_tab_bars=self.tidy_tab_bars, curves_least_height=self.curves_least_height)
        self.actions_by_name["actionPresentation"].setCheckable(True)
        self._make_training_actions()
        self._make_lessons_menu()
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)

        self.scene.selectionChanged.connect(self._on_selection_changed)
        self.palette_panel.layerActivated.connect(self._on_layer_activated)
        self.problems.nodeActivated.connect(self._on_node_activated)
        self.summary.nodeActivated.connect(self._on_node_activated)
        self.inside.nodeActivated.connect(self._on_node_activated)
        self.document.fileChanged.connect(self._update_title)
        self.document.analysed.connect(self._on_analysed)
        self.document.editRefused.connect(lambda reason: self.statusBar().showMessage(reason, 6000))
        self.document.lockChanged.connect(self._on_lock_changed)
        self.document.undo_stack.canUndoChanged.connect(self._keep_undo_locked)
        self.document.undo_stack.canRedoChanged.connect(self._keep_undo_locked)
        self.training.controller.stateChanged.connect(self._on_training_state)
        for signal in (self.training.controller.stateChanged, self.training.controller.runFinished,
                       self.document.designReplaced):
            signal.connect(self._update_export_onnx)
        self._update_export_onnx()
        self._tidy_timer = QTimer(self)
        self._tidy_timer.setSingleShot(True)
        self._tidy_timer.setInterval(0)
        self._tidy_timer.timeout.connect(self._hide_stale_tab_bars)
        for dock in self.docks.values():
            dock.dockLocationChanged.connect(self.tidy_tab_bars)
        self.resize(*DEFAULT_SIZE)
        self.size_docks()
        self._default_state = self.saveState()
        self._sized_on_show = self._restore_settings()  # a person's own layout is kept as it was
        self._update_title()
        self._on_analysed(self.document.analysis)
        self.autosave = Autosaver(self.document, self.training, status=self.statusBar().showMessage,
                                  show_error=self.show_error, restored=lambda: self.inspector.show_node(None),
                                  parent=self)

    # automation contract ---------------------------------------------------------------------------------
    def open_design(self, source) -> bool:
        """Open a design file, a checkpoint (design, weights and curves) or a preset by name. On failure a dialog
        shows the loader's message and the current design stays as it was. Returns whether it opened."""
        if not self._maybe_stop_training() or not self._maybe_save():
            return False
        if Path(str(source)).is_file() and zipfile.is_zipfile(source):
            from ..core.lessons import is_bundle
            opened = self._open_lesson(source) if is_bundle(source) else self._open_checkpoint(source)
            self._update_export_onnx()  # a checkpoint's weights can be exported at once
            return opened
        if _is_lesson_file(source) or _is_lesson_name(source):
            return self._open_lesson(source)  # asked about unsaved changes once, above
        try:
            self.document.open(source)
        except (NetbuilderError, OSError) as exc:
            self.show_error("Could not open the design", str(exc))
            return False
        if self.document.path:
            self._add_recent(self.document.path)
        self.inspector.show_node(None)
        return True

    def offer_recovery(self) -> bool:
        """After netbuilder was killed or crashed: offer what it autosaved (newest first; ``ask_restore`` decides).
        A restored design comes back unsaved, with its trained weights when they were kept. Returns whether one
        was restored; the ones declined are removed."""
        for record in self.autosave.pending():
            if not self.ask_restore(record):
                self.autosave.drop(record)
                continue
            try:
                self.autosave.restore(record)
            except (NetbuilderError, OSError) as exc:
                self.show_error("Could not restore the autosaved design", str(exc))
                continue
            self.autosave.drop(record)
            self.statusBar().showMessage("Restored the design autosaved before netbuilder was closed", 8000)
            return True
        return False

    def save_design(self, path) -> bool:
        """Save (atomically) to ``path``; the file is exactly the design format the CLI reads."""
        try:
            self.document.save(path)
        except OSError as exc:
            self.show_error("Could not save the design", f"{path}: {exc.strerror or exc}")
            return False
        self._add_recent(Path(path))
        self.statusBar().showMessage(f"Saved {path}", 4000)
        return True

    def current_design(self) -> dict:
        """The design as the dict its JSON file holds."""
        return self.document.to_dict()

    def set_training_options(self, **settings) -> None:
        """Set the training panel as a person would: ``device`` and any setting of the schema a form edits
        (``gui.training.OPTION_KEYS``: ``epochs``, ``batch_size``, ``lr``, ``optimizer``, ``limit``, ``seed``,
        ``dataset``, ``loss``, ``scheduler``, ``validation``, ``momentum``, ``weight_decay``), checked by the schema
        the core checks with. Design settings are written to the design as undo steps; an invalid value raises
        TrainingError with the reason, an unknown name TypeError."""
        self.training.set_options(**settings)

    def predict(self, rows) -> list:
        """The current weights' outputs for input rows (probabilities for a classifier), as a list of rows, as
        ``netbuilder predict`` prints them. Between runs or while paused."""
        return self.training.predict(rows)

    def train(self) -> bool:
        """Press Train: a run from the current weights. False (reason in the panel) when it cannot start."""
        return self.training.train()

    def confusion_matrix(self) -> list[list[int]]:
        """The latest confusion matrix (rows true class, columns predicted) on the split it was computed on
        (``self.inside.confusion.split``): validation after each epoch, test after Evaluate; [] before any."""
        return self.inside.followers[CONFUSION.name].matrix()

    def activations(self, sample) -> dict:
        """Each node's output for one input, ``{node_id: numpy array}`` in network order: ``sample`` is an index
        into the test split (the validation split when there is none) or one raw input row. During a run the
        worker answers between batches (this waits for it)."""
        return self.inside.followers[ACTIVATIONS.name].activations(sample)

    # lessons ----------------------------------------------------------------------------------------------
    def open_lesson(self, source) -> bool:
        """Open a lesson (a file, or a bundled lesson's name): its design on the canvas, its panel in front. A
        lesson that does not load shows why, and nothing changes."""
        if not self._maybe_stop_training() or not self._maybe_save():
            return False
        return self._open_lesson(source)

    def _open_lesson(self, source) -> bool:
        """Open a lesson once the run and unsaved changes were dealt with."""
        from ..core.lessons import load_lesson
        try:
            lesson = load_lesson(source)
        except NetbuilderError as exc:
            self.show_error("Could not open the lesson", str(exc))
            return False
        self.lessons.open(lesson)
        self.show_panel("lessonPanel")
        return True

    def save_lesson(self, path) -> Path:
        """The open lesson with the current design's trained weights, as one file that works offline (File > Save
        Lesson with Weights). Raises NetbuilderError saying why it cannot."""
        import tempfile
        from ..core.errors import TrainingError
        from ..core.lessons import save_bundle
        lesson, session = self.lessons.lesson, self.training.session
        if lesson is None:
            raise TrainingError("no lesson is open: open one first (File > Open)")
        if session is None or not session.prepared or self.training.busy:
            raise TrainingError("there are no trained weights to save yet: train (and let the run end) first")
        with tempfile.TemporaryDirectory() as folder:
            checkpoint = Path(folder) / "weights.nbckpt"
            session.save_checkpoint(checkpoint)
            return save_bundle(lesson, checkpoint, path)

    def _on_save_lesson(self) -> None:
        path = self.ask_export_path("Save the lesson with its weights", "lesson.nblesson",
                                    "Lessons with weights (*.nblesson)")
        if path:
            self._export(lambda: self.save_lesson(path))

    def lesson_next(self) -> bool:
        """Go to the lesson's next step and start its action (False at the end, or while a step still trains)."""
        return self.lessons.next()

    def lesson_back(self) -> bool:
        return self.lessons.back()

    def lesson_state(self) -> dict:
        """``index`` (-1 before the first step), ``title``, ``running`` (the step's run goes on), ``expected_met``
        (True, False, or None where the step expects nothing) and ``done`` (the last step is finished)."""
        return self.lessons.state()

    # presentation -----------------------------------------------------------------------------------------
    def set_presentation(self, on: bool) -> None:
        """Presentation mode on or off (View > Presentation, F5; Esc leaves): see ``gui/presentation.py``."""
        self.presentation.set_on(on)
        self.actions_by_name["actionPresentation"].setChecked(self.presentation.on)

    # figures ----------------------------------------------------------------------------------------------
    def export_canvas(self, path) -> Path:
        """The canvas as a figure: SVG for a ``.svg`` path, else PNG at twice the screen's resolution. Raises
        NetbuilderError saying why it could not be written."""
        if Path(path).suffix.lower() == ".svg":
            return figures.canvas_svg(self.scene, path, title=self.document.design.name or "netbuilder design")
        return figures.canvas_png(self.scene, path)

    def export_panel(self, object_name: str, path) -> Path:
        """A panel (or dock) named ``object_name`` as a PNG at twice its size."""
        for dock in self.docks.values():
            if object_name == dock.objectName():
                return figures.widget_png(panel_in(dock), path)
            found = dock.findChild(QWidget, object_name)
            if found is not None:
                return figures.widget_png(found, path)
        raise figures.FigureError(f"no panel is named {object_name!r}")

    def _on_export_canvas(self, suffix: str) -> None:
        suggested = str(Path(self.document.path or self.document.design.name or "design").with_suffix(suffix))
        path = self.ask_export_path(f"Export the canvas as {suffix[1:].upper()}", suggested,
                                    f"{suffix[1:].upper()} pictures (*{suffix})")
        if path:
            self._export(lambda: self.export_canvas(path))

    def _on_export_panel(self, dock) -> None:
        path = self.ask_export_path(f"Export {dock.windowTitle()} as PNG", f"{dock.windowTitle().lower()}.png",
                                    "PNG pictures (*.png)")
        if path:
            self._export(lambda: figures.widget_png(panel_in(dock), path))

    def export_onnx(self, path) -> Path:
        """The trained network (the weights the window holds, on the network they were trained on) as an ONNX
        file for onnxruntime and other runtimes: input ``input`` [batch, *the Input's shape], output ``output``
        (probabilities for a classifier). Raises NetbuilderError saying why it cannot (nothing trained yet, a run
        going on, the onnx packages missing)."""
        from ..core.errors import TrainingError
        if self.training.busy:
            raise TrainingError("the model is in use (training or evaluating): stop the run or let it end, then "
                                "export")
        if not self._has_trained_weights():
            raise TrainingError("there are no trained weights to export yet: train first (or open a checkpoint)")
        return self.training.session.export_onnx(path)

    def export_python(self, path) -> Path:
        """The design as the standalone PyTorch script ``netbuilder export`` writes (the same function: its model
        class and, when the design names a dataset, the training loop). Raises NetbuilderError saying why not."""
        from ..core.codegen import write_script
        return write_script(self.document.design, path)

    def _on_export_python(self) -> None:
        name = Path(self.document.path).stem if self.document.path else (self.document.design.name or "model")
        suggested = name.replace("/", "-").replace("\\", "-").replace(" ", "_") + ".py"
        path = self.ask_export_path("Export the design as a PyTorch script", suggested, "Python scripts (*.py)")
        if path:
            self._export(lambda: self.export_python(path))

    def _has_trained_weights(self) -> bool:
        session = self.training.session
        return session is not None and not self.training.busy and session.has_weights

    def _update_export_onnx(self, *_args) -> None:
        self.actions_by_name["actionExportOnnx"].setEnabled(self._has_trained_weights())

    def _on_export_onnx(self) -> None:
        session = self.training.session
        if self.document.path:
            suggested = str(Path(self.document.path).with_suffix(".onnx"))
        else:  # a design's name may hold anything, a slash included
            name = (session.design.name if session is not None else "") or "model"
            suggested = name.replace("/", "-").replace("\\", "-") + ".onnx"
        path = self.ask_export_path("Export the trained model as ONNX", suggested, "ONNX models (*.onnx)")
        if not path:
            return

        def write():
            QApplication.setOverrideCursor(Qt.WaitCursor)  # a second or two on the GUI thread (the model is small)
            try:
                return self.export_onnx(path)
            finally:
                QApplication.restoreOverrideCursor()
        self._export(write)

    def _export(self, write) -> None:
        try:
            written = write()
        except (NetbuilderError, OSError) as exc:
            self.show_error("Export failed", str(exc))
        else:
            self.statusBar().showMessage(f"Saved {written}", 6000)

    # dialogs (overridable in tests) ------------------------------------------------------------------------
    def ask_export_path(self, title: str, suggested: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        return path
    def show_error(self, title: str, message: str) -> None:
        """A dialog, and the same one line on stderr (for the terminal that started netbuilder, and its logs)."""
        print(f"netbuilder: {title}: {message}", file=sys.stderr, flush=True)
        box = QMessageBox(QMessageBox.Warning, title, message, QMessageBox.Ok, self)
        box.setObjectName("errorDialog")
        box.exec()

    def ask_restore(self, record: dict) -> bool:
        """Whether to restore an autosaved design (a recovery record: ``design``, ``path``, ``saved_at``,
        ``weights``)."""
        name = record["design"].get("name") or "Untitled"
        when = time.strftime("%H:%M on %d %b", time.localtime(float(record.get("saved_at") or 0)))
        weights = " with its trained weights" if record.get("weights") else ""
        answer = QMessageBox.question(
            self, "Restore your work?",
            f"netbuilder was not closed properly. Restore “{name}”{weights}, as it was autosaved at {when}?",
            QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        return answer == QMessageBox.Yes

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, "Unsaved changes", f"Save the changes to {self.document.title} first?",
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)

    def _maybe_save(self) -> bool:
        """True when it is fine to throw the current design away."""
        if not self.document.dirty:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.Save:
            return self._on_save()
        return answer == QMessageBox.Discard

    # building ---------------------------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if name in _ICONS:
            action.setIcon(self.style().standardIcon(_ICONS[name]))
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey)
                                else [QKeySequence(shortcut)])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey
        a = self._action
        self.actions_by_name = {}
        for act in (
            a("actionNew", "&New", self._on_new, K.New, "Start an empty design"),
            a("actionOpen", "&Open…", self._on_open, K.Open, "Open a design file"),
            a("actionOpenPreset", "Open &Preset…", self._on_open_preset, "Ctrl+Shift+P", "Open a bundled example"),
            a("actionSave", "&Save", self._on_save, K.Save),
            a("actionSaveAs", "Save &As…", self._on_save_as, K.SaveAs),
            a("actionQuit", "&Quit", self.close, K.Quit),
            a("actionCut", "Cu&t", self.view.cut, K.Cut),
            a("actionCopy", "&Copy", self.view.copy, K.Copy),
            a("actionPaste", "&Paste", self.view.paste, K.Paste),
            a("actionDuplicate", "D&uplicate", self.view.duplicate, "Ctrl+D"),
            a("actionDelete", "&Delete", self.view.delete_selected, K.Delete),
            a("actionSelectAll", "Select &All", self.view.select_all, K.SelectAll),
            a("actionZoomIn", "Zoom &In", self.view.zoom_in, K.ZoomIn),
            a("actionZoomOut", "Zoom &Out", self.view.zoom_out, K.ZoomOut),
            a("actionFit", "&Fit to View", self.view.fit_to_view, "Ctrl+0"),
            a("actionAutoLayout", "Auto-&Layout", self.view.auto_layout, "Ctrl+L", "Arrange the layers top to bottom"),
            a("actionResetLayout", "&Reset Panels", self._on_reset_layout),
            a("actionPresentation", "&Presentation", lambda: self.set_presentation(not self.presentation.on),
              "F5", "For a classroom: big text and lines, only the canvas and the plots (Esc leaves)"),
            a("actionSaveLesson", "Save &Lesson with Weights…", self._on_save_lesson,
              tip="The open lesson and the trained weights as one file, for a school machine offline"),
            a("actionExportCanvasSvg", "Canvas as &SVG…", lambda: self._on_export_canvas(".svg"),
              tip="The network as a vector picture, for slides and handouts"),
            a("actionExportCanvasPng", "Canvas as &PNG (2x)…", lambda: self._on_export_canvas(".png"),
              tip="The network as a picture at twice the screen's resolution"),
            a("actionExportOnnx", "Trained model as &ONNX…", self._on_export_onnx,
              tip="The trained network for onnxruntime and other ONNX runtimes (needs netbuilder[onnx])"),
            a("actionExportPython", "PyTorch &script (.py)…", self._on_export_python,
              tip="The design as a standalone PyTorch script that trains it (as `netbuilder export` writes)"),
        ):
            self.actions_by_name[act.objectName()] = act
        undo = self.document.undo_stack.createUndoAction(self, "&Undo")
        undo.setObjectName("actionUndo")
        undo.setShortcuts(QKeySequence.keyBindings(K.Undo))
        redo = self.document.undo_stack.createRedoAction(self, "&Redo")
        redo.setObjectName("actionRedo")
        redo_keys = QKeySequence.keyBindings(K.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # Linux binds only Ctrl+Shift+Z; Windows has Ctrl+Y already
            redo_keys.append(QKeySequence("Ctrl+Y"))
        redo.setShortcuts(redo_keys)
        for act, icon, label in ((undo, QStyle.SP_ArrowBack, "Undo"), (redo, QStyle.SP_ArrowForward, "Redo")):
            act.setIcon(self.style().standardIcon(icon))
            act.setIconText(label)  # a fixed toolbar label; the menu shows the command ("Undo Add Linear")
            self.addAction(act)
            self.actions_by_name[act.objectName()] = act
        self.document.undo_stack.undoTextChanged.connect(self._update_undo_tips)
        self.document.undo_stack.redoTextChanged.connect(self._update_undo_tips)
        self._update_undo_tips()

    def _make_menus(self) -> None:
        n = self.actions_by_name
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for name in ("actionNew", "actionOpen", "actionOpenPreset"):
            file_menu.addAction(n[name])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("menuRecent")
        file_menu.addSeparator()
        for name in ("actionSave", "actionSaveAs", "actionSaveLesson"):
            file_menu.addAction(n[name])
        file_menu.addSeparator()
        export_menu = file_menu.addMenu("&Export")
        export_menu.setObjectName("menuExport")
        export_menu.addAction(n["actionExportCanvasSvg"])
        export_menu.addAction(n["actionExportCanvasPng"])
        panels_menu = export_menu.addMenu("Panel as PNG (2x)")
        panels_menu.setObjectName("menuExportPanel")
        for dock in self.docks.values():
            panels_menu.addAction(dock.windowTitle(), lambda d=dock: self._on_export_panel(d))
        export_menu.addSeparator()
        export_menu.addAction(n["actionExportOnnx"])
        export_menu.addAction(n["actionExportPython"])
        export_menu.aboutToShow.connect(self._update_export_onnx)
        file_menu.addSeparator()
        file_menu.addAction(n["actionQuit"])
        edit_menu = bar.addMenu("&Edit")
        for name in ("actionUndo", "actionRedo", None, "actionCut", "actionCopy", "actionPaste", "actionDuplicate",
                     "actionDelete", None, "actionSelectAll"):
            edit_menu.addSeparator() if name is None else edit_menu.addAction(n[name])
        view_menu = bar.addMenu("&View")
        for name in ("actionZoomIn", "actionZoomOut", "actionFit", None, "actionAutoLayout", None):
            view_menu.addSeparator() if name is None else view_menu.addAction(n[name])
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(n["actionResetLayout"])
        view_menu.addSeparator()
        view_menu.addAction(n["actionPresentation"])
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        for name in ("actionNew", "actionOpen", "actionOpenPreset", "actionSave", None, "actionUndo", "actionRedo",
                     None, "actionDelete", None, "actionZoomIn", "actionZoomOut", "actionFit", "actionAutoLayout"):
            toolbar.addSeparator() if name is None else toolbar.addAction(n[name])

    def _make_lessons_menu(self) -> None:
        """Lessons: every bundled lesson by its title (objectName ``actionLesson_<name>``), then a lesson file."""
        from ..core.lessons import lesson_info
        menu = self.menuBar().addMenu("&Lessons")
        menu.setObjectName("menuLessons")
        for name, lesson, problem in lesson_info():
            act = QAction(lesson.title if lesson else f"{name} (cannot be read)", self)
            act.setObjectName(f"actionLesson_{name}")
            act.setStatusTip(lesson.description if lesson else problem)
            act.setToolTip(lesson.description if lesson else problem)
            act.setEnabled(lesson is not None)
            act.triggered.connect(lambda checked=False, n=name: self.open_lesson(n))
            menu.addAction(act)
            self.actions_by_name[act.objectName()] = act
        menu.addSeparator()
        act = self._action("actionOpenLessonFile", "Open Lesson &File…", self._on_open_lesson_file,
                           tip="A lesson someone gave you: a .json lesson or a .nblesson with its weights")
        menu.addAction(act)
        self.actions_by_name[act.objectName()] = act
        self.lessons_menu = menu

    def _on_open_lesson_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a lesson", "", LESSON_FILTER)
        if path:
            self.open_lesson(path)

    def _update_undo_tips(self, _text: str = "") -> None:
        """The toolbar's Undo/Redo tooltips say what they will undo or redo, since their labels stay fixed."""
        stack = self.document.undo_stack
        for name, verb, text in (("actionUndo", "undo", stack.undoText()), ("actionRedo", "redo", stack.redoText())):
            self.actions_by_name[name].setToolTip(f"{verb.capitalize()} {text}" if text else f"Nothing to {verb}")

    # settings and recent files ----------------------------------------------------------------------------
    def _restore_settings(self) -> bool:
        """The window's geometry and docks as the person left them; whether there was a layout to restore."""
        s = QSettings()
        if s.value("window/geometry"):
            self.restoreGeometry(s.value("window/geometry"))
        # a layout saved by an older netbuilder (other docks, other places) is not restored: the default fits
        restored = bool(s.value("window/state")) and self.restoreState(s.value("window/state"), LAYOUT_VERSION)
        self.tidy_tab_bars()
        self._rebuild_recent()
        return restored

    def recent_files(self) -> list[str]:
        value = QSettings().value("recentFiles", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _add_recent(self, path: Path) -> None:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        QSettings().setValue("recentFiles", files[:MAX_RECENT])
        self._rebuild_recent()

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        files = [f for f in self.recent_files() if Path(f).exists()]
        for f in files:
            act = self.recent_menu.addAction(Path(f).name)
            act.setToolTip(f)
            act.triggered.connect(lambda checked=False, f=f: self.open_design(f))
        self.recent_menu.setEnabled(bool(files))

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._maybe_stop_training() or not self._maybe_save():
            event.ignore()
            return
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(LAYOUT_VERSION))
        self.autosave.stop()
        self.autosave.discard()  # closed normally: nothing to recover
        event.accept()

    # slots ------------------------------------------------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.title}[*] — netbuilder")
        self.setWindowModified(self.document.dirty)

    def _on_analysed(self, analysis) -> None:
        errors = sum(d.severity == "error" for d in analysis.diagnostics)
        warnings = len(analysis.diagnostics) - errors
        state = "ready to train" if not errors else f"{errors} problem{'s' * (errors != 1)}"
        if warnings:
            state += f", {warnings} warning{'s' * (warnings != 1)}"
        self.status.setText(f"{len(self.document.design.nodes)} layers · "
                            f"{analysis.report.total_params:,} parameters · {state} "
                            f"(checked in {analysis.seconds * 1000:.1f} ms)")

    def _on_selection_changed(self) -> None:
        if not shiboken6.isValid(self.scene):  # the scene clears its items while it is destroyed
            return
        ids = self.scene.selected_node_ids()
        self.inspector.show_node(ids[0] if len(ids) == 1 else None)
        self.inside.on_selection(ids)

    def _on_node_activated(self, node_id: str) -> None:
        if node_id in self.document.design.nodes:
            self.scene.select_nodes([node_id])
            self.view.centerOn(self.scene.node_item(node_id))

    def _on_layer_activated(self, type_name: str) -> None:
        """Double-click in the palette: add the layer below the selected node and connect it."""
        design = self.document.design
        ids = self.scene.selected_node_ids()
        anchor = ids[-1] if ids else (design.output_nodes()[-1] if design.nodes else None)
        position = (0.0, 0.0)
        if anchor is not None:
            item = self.scene.node_item(anchor)
            pos = item.pos() if item is not None else QPointF(0, 0)
            position = (pos.x(), pos.y() + 110.0)
        command = AddNodeCommand(design, type_name, position=position, connect_from=anchor)
        self.document.push(command)
        self.scene.select_nodes([command.node_id])

    def _on_new(self) -> None:
        if self._maybe_stop_training() and self._maybe_save():
            self.document.new()

    def _on_open(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open design", start, FILTER)
        if path:
            self.open_design(path)

    def _on_open_preset(self) -> None:
        gallery = PresetGallery(self)
        if not gallery.exec():
            return
        if gallery.selected_lesson():
            self.open_lesson(gallery.selected_lesson())
        elif gallery.selected_preset():
            self.open_design(gallery.selected_preset())

    def _on_save(self) -> bool:
        if self.document.path is None:
            return self._on_save_as()
        return self.save_design(self.document.path)

    def _on_save_as(self) -> bool:
        suggested = str(self.document.path or Path.home() / f"{self.document.design.name or 'design'}.json")
        path, _ = QFileDialog.getSaveFileName(self, "Save design", suggested, FILTER)
        if not path:
            return False
        if not path.endswith(".json"):
            path += ".json"
        return self.save_design(path)


def _is_lesson_name(source) -> bool:
    """A bundled lesson's name that names no file and no preset (a preset of the same name, xor, wins)."""
    from ..core.lessons import lesson_names
    from ..core.presets import preset_names
    name = str(source)
    return not Path(name).exists() and name in lesson_names() and name not in preset_names()


def _is_lesson_file(source) -> bool:
    """A JSON file whose format says lesson (File > Open takes designs, checkpoints and lessons)."""
    import json
    path = Path(str(source))
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    try:
        head = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(head, dict) and head.get("format") == "netbuilder-lesson"
