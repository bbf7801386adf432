"""The main window: what it is made of, file handling and the scripting contract. Wiring only; the logic lives in
the core. Its parts are mixins, one file each: the docks (``window_docks``, made from the panel registry), the
actions and menus (``window_menus``), the exports (``window_exports``), the lessons (``window_lessons``) and the
training actions (``training_actions``)."""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDateTime, QLocale, QPointF, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from ...core.design.summary import params_text
from ...core.errors import NetbuilderError
from ...core.text import msg
from ..common.i18n import tr, tr_error, tr_text
from .autosave import Autosaver
from ..canvas.scene import DesignScene
from ..common.background import Background
from ..canvas.view import CanvasView
from ..canvas.commands import AddNodeCommand
from .document import DesignDocument
from ..panels.augment import AugmentPanel
from ..panels.gallery import PresetGallery
from ..panels.inspector import Inspector
from ..panels.palette import LayerPalette
from ..panels.problems import ProblemsList
from ..teaching.lessons import LessonDriver
from ..panels.runs import RunsView
from ..panels.summary import SummaryPanel
from ..training.inside import InsideDriver
from ..teaching.presentation import Presentation
from ..training.driver import TrainingDriver
from ..panels.registry import ACTIVATIONS, CONFUSION, EXPLAIN, PROBLEMS
from .training_actions import TrainingActions
from .dock_layout import WindowDocks
from .exports import WindowExports
from .handin import WindowWork
from .keyboard import WindowKeyboard
from .lessons import WindowLessons, is_lesson
from .live_camera import LiveCameraLink
from .lr_finder import LRFinderActions
from .colour_palette import WindowPalette
from .language import WindowLanguage
from .menus import WindowMenus
from .recent_files import RecentFiles
from .run_settings import RunSettingsActions
from .worksheet import WindowWorksheet

DEFAULT_SIZE = (1400, 900)
FILTER = msg("netbuilder designs and checkpoints (*.json *.ckpt *.pt);;All files (*)")


class MainWindow(WindowDocks, WindowMenus, WindowExports, WindowLessons, WindowWork, WindowKeyboard, QMainWindow,
                 TrainingActions, LRFinderActions, RunSettingsActions, RecentFiles, WindowWorksheet,
                 WindowPalette, WindowLanguage):
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
        status = self.statusBar().showMessage
        self.runs_view = RunsView()
        self.training = TrainingDriver(self.document, status=status, finished=self.training_finished,
                                       show_error=lambda title, text: self.show_error(title, text),  # as it is then
                                       save_checkpoint=lambda: self._on_save_checkpoint(),
                                       runs_view=self.runs_view, parent=self)
        self.inside = InsideDriver(self.training, self.document, self.scene, self.view, self.problems,
                                   finished=self.training_finished, status=status, show_panel=self.show_panel,
                                   parent=self)
        self.lessons = LessonDriver(self.training, self.document, self.view, self.runs_view,
                                    finished=self.training_finished, predict=self.training.predict,
                                    show_panel=self.show_panel,
                                    find_control=lambda name: self.findChild(QWidget, name), parent=self)
        self.inside.health.follow_lessons(self.lessons.training_step)
        self.training.controller.runFinished.connect(lambda _record: self.runs_view.set_runs(self.training.runs))
        self.runs_view.useSettings.connect(self.use_run_settings)
        self.augment_panel = AugmentPanel()
        self.augment_panel.set_document(self.document, apply=self.training.apply_setting)  # one undo step each
        self.docks = self._make_docks()  # by registry name (gui/panels/registry.py)
        self.inside.attach(self.docks)
        self.inside.health.watch_problems(self.docks[PROBLEMS.name])
        self._default_state = None
        self._make_actions()
        self._make_menus()
        self._make_palette_menu()  # View > Colour palette, and the one saved
        self._make_language_menu()  # View > Language
        self.presentation = Presentation(
            self, self.docks, view=self.view, scene=self.scene, document=self.document, training=self.training,
            lessons=self.lessons, inside_visible=self.inside.visible, leave=lambda: self.set_presentation(False),
            tidy_tab_bars=self.tidy_tab_bars, curves_least_height=self.curves_least_height)
        self.actions_by_name["actionPresentation"].setCheckable(True)
        self._make_training_actions()
        self._make_lessons_menu()
        self._make_work_actions()  # File > Save My Work…, Open Class Folder…
        self._make_keyboard_actions()  # Connect To…, Find a Layer, F6, the lesson's steps (gui/window/keyboard.py)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)

        self.scene.selectionChanged.connect(self._on_selection_changed)
        self.palette_panel.layerActivated.connect(self._on_layer_activated)
        self.problems.nodeActivated.connect(self._on_node_activated)
        self.summary.nodeActivated.connect(self._on_node_activated)
        self.inside.nodeActivated.connect(self._on_node_activated)
        self.document.fileChanged.connect(self._update_title)
        self.document.analysed.connect(self._on_analysed)
        self.document.editRefused.connect(lambda reason: self.statusBar().showMessage(tr_text(reason), 6000))
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
        self.autosave = Autosaver(self.document, self.training, status=status,
                                  show_error=lambda title, text: self.show_error(title, text),  # as it is then
                                  restored=lambda: self.inspector.show_node(None),
                                  parent=self)
        self.writes = Background("netbuilder-write", self)  # what the menus write, off the GUI thread
        self.live_camera = LiveCameraLink(self.inside.predict.camera, self.training, self)  # Try it's camera
        self.collectImagesDialog = None  # made by collect_images(), on first use

    # automation contract ---------------------------------------------------------------------------------
    def open_design(self, source) -> bool:
        """Open a design file, a checkpoint (design, weights and curves) or a preset by name. On failure a dialog
        shows the loader's message and the current design stays as it was. Returns whether it opened."""
        if not self._maybe_stop_training() or not self._maybe_save():
            return False
        if Path(str(source)).is_file() and zipfile.is_zipfile(source):
            from ...core.teaching.lessons import is_bundle
            opened = self._open_lesson(source) if is_bundle(source) else self._open_checkpoint(source)
            self._update_export_onnx()  # a checkpoint's weights can be exported at once
            return opened
        if is_lesson(source):
            return self._open_lesson(source)  # asked about unsaved changes once, above
        try:
            self.document.open(source)
        except (NetbuilderError, OSError) as exc:
            self.show_error(tr("Could not open the design"), tr_error(exc))
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
                self.show_error(tr("Could not restore the autosaved design"), tr_error(exc))
                continue
            self.autosave.drop(record)
            self.statusBar().showMessage(tr("Restored the design autosaved before netbuilder was closed"), 8000)
            return True
        return False

    def save_design(self, path) -> bool:
        """Save (atomically) to ``path``; the file is exactly the design format the CLI reads."""
        try:
            self.document.save(path)
        except OSError as exc:
            self.show_error(tr("Could not save the design"), f"{path}: {exc.strerror or exc}")
            return False
        self._add_recent(Path(path))
        self.statusBar().showMessage(tr("Saved {path}", path=path), 4000)
        return True

    def current_design(self) -> dict:
        """The design as the dict its JSON file holds."""
        return self.document.to_dict()

    def set_training_options(self, **settings) -> None:
        """Set the training panel as a person would: ``device`` and any setting of the schema a form edits
        (``gui.training.OPTION_KEYS``: ``epochs``, ``batch_size``, ``lr``, ``optimizer``, ``limit``, ``seed``,
        ``dataset``, ``loss``, ``scheduler``, ``validation``, ``momentum``, ``weight_decay``, ``augment``: a list of
        steps, as the Augment panel edits it), checked by the schema the core checks with. Design settings are
        written to the design as undo steps; an invalid value raises TrainingError with the reason, an unknown name
        TypeError."""
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
        into the test split (else the validation split, else the training split: ``followers.split_of``) or one
        raw input row. During a run the worker answers between batches (this waits for it)."""
        return self.inside.followers[ACTIVATIONS.name].activations(sample)

    def explain(self, sample, method: str):
        """What the network looked at for one input: the attributions of the predicted class's score to each input
        value, a numpy array of the input's shape (``sample`` as for :meth:`activations`; ``method``:
        ``saliency``, ``integrated_gradients``, ``gradcam`` on the last convolution, or ``occlusion``), also shown
        in the Explain panel. ValueError for an unknown method or a network not trained yet."""
        return self.inside.followers[EXPLAIN.name].explain(sample, method)

    def collect_images(self):
        """File > Collect Images…: the dialog (objectName ``collectImagesDialog``), made on first use and kept as
        ``self.collectImagesDialog``, shown (not modal); returns it."""
        from .collect import CollectImagesDialog
        if self.collectImagesDialog is None:
            self.collectImagesDialog = CollectImagesDialog(self.document, self, status=self.statusBar().showMessage)
        self.collectImagesDialog.show()
        self.collectImagesDialog.raise_()
        return self.collectImagesDialog

    # presentation -----------------------------------------------------------------------------------------
    def set_presentation(self, on: bool) -> None:
        """Presentation mode on or off (View > Presentation, F5; Esc leaves): see ``gui/teaching/presentation.py``."""
        self.presentation.set_on(on)
        self.actions_by_name["actionPresentation"].setChecked(self.presentation.on)

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
        name = record["design"].get("name") or tr("Untitled")
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(float(record.get("saved_at") or 0))),
                                  QLocale.ShortFormat)  # in the window's language
        question = (tr("netbuilder was not closed properly. Restore “{name}” with its trained weights, as it was "
                       "autosaved at {when}?", name=name, when=when) if record.get("weights") else
                    tr("netbuilder was not closed properly. Restore “{name}”, as it was autosaved at {when}?",
                       name=name, when=when))
        answer = QMessageBox.question(
            self, tr("Restore your work?"), question,
            QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        return answer == QMessageBox.Yes

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, tr("Unsaved changes"), tr("Save the changes to {title} first?", title=self.document.title),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)

    def _maybe_save(self) -> bool:
        """True when it is fine to throw the current design away."""
        if not self.document.dirty:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.Save:
            return self._on_save()
        return answer == QMessageBox.Discard

    def closeEvent(self, event) -> None:  # noqa: N802
        self.training.closing()  # no probe thread outlives the window, whatever the person answers below
        if not self._maybe_stop_training() or not self._maybe_save():
            event.ignore()
            return
        self._save_settings()
        self.writes.wait()  # a file being written from a menu is finished, and its outcome said
        self.inside.predict.camera.stop()  # Try it's camera off, its last frame classified
        if self.collectImagesDialog is not None:
            self.collectImagesDialog.close()  # its camera off, its folder written
        self.augment_panel.closing()  # its preview's work too
        self.autosave.stop()
        self.autosave.discard()  # closed normally: nothing to recover
        event.accept()

    # slots ------------------------------------------------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(f"{tr_text(self.document.title)}[*] — netbuilder")
        self.setWindowModified(self.document.dirty)

    def _on_analysed(self, analysis) -> None:
        errors = sum(d.severity == "error" for d in analysis.diagnostics)
        warnings = len(analysis.diagnostics) - errors
        state = (tr("ready to train") if not errors else tr("{n} problem", n=errors) if errors == 1
                 else tr("{n} problems", n=errors))
        if warnings:
            state = (tr("{state}, {n} warning", state=state, n=warnings) if warnings == 1
                     else tr("{state}, {n} warnings", state=state, n=warnings))
        params = params_text(analysis.report.total_params, analysis.report.total_frozen)  # as the summary says
        self.status.setText(tr("{layers} layers · {params} parameters · {state} (checked in {ms:.1f} ms)",
                               layers=len(self.document.design.nodes), params=params, state=state,
                               ms=analysis.seconds * 1000))

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
        """Double-click or Enter in the palette: add the layer below the selected node (the keyboard's current one
        among several) and connect it, one undo step; with nothing selected, unconnected at a free place."""
        design = self.document.design
        ids = self.scene.selected_node_ids()
        anchor = self.view.keys.current() if self.view.keys.current() in ids else (ids[-1] if ids else None)
        position = None  # the scene finds a free place
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
        path, _ = QFileDialog.getOpenFileName(self, tr("Open design"), start, tr_text(FILTER))
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
        path, _ = QFileDialog.getSaveFileName(self, tr("Save design"), suggested, tr_text(FILTER))
        if not path:
            return False
        if not path.endswith(".json"):
            path += ".json"
        return self.save_design(path)

