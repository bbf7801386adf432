"""The main window's part in training: the Training menu, the lock while a run trains, the questions it asks
(stop the run? where to save the checkpoint?) and opening and saving checkpoints. A mixin of
:class:`~netbuilder.gui.window.main_window.MainWindow`, which owns ``training`` (the TrainingDriver), ``document``,
``docks`` and ``actions_by_name``."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...core.errors import NetbuilderError
from ...core.text import msg
from ..common.i18n import tr, tr_error, tr_text

CHECKPOINT_FILTER = msg("netbuilder checkpoints (*.ckpt);;All files (*)")


class TrainingActions:
    # dialogs (overridable in tests) ------------------------------------------------------------------------
    def ask_stop_training(self) -> bool:
        box = QMessageBox.question(self, tr("Training is running"), tr("A run is training. Stop it (its weights so far "
                                   "are kept in the runs list) and go on?"), QMessageBox.Yes | QMessageBox.No,
                                   QMessageBox.No)
        return box == QMessageBox.Yes

    def ask_checkpoint_path(self) -> str:
        name = self.document.path.stem if self.document.path else (self.document.design.name or "model")
        path, _ = QFileDialog.getSaveFileName(self, tr("Save checkpoint"), str(Path.home() / f"{name}.ckpt"),
                                              tr_text(CHECKPOINT_FILTER))
        return path

    def _maybe_stop_training(self) -> bool:
        """True when no run is going on, or the person agreed to stop it (then it has stopped)."""
        if not self.training.busy:
            return True
        if not self.ask_stop_training():
            return False
        if self.training.stop_and_wait():
            return True
        self.show_error(tr("The run cannot stop yet"), tr("It is still loading its data (or finishing an evaluation), "
                        "which cannot be cut short. It will stop as soon as that is done: try again in a moment."))
        return False

    # the Training menu, the lock, checkpoints -------------------------------------------------------------
    def _make_training_actions(self) -> None:
        """The Training menu; its actions mirror the training panel's buttons."""
        a = self._action
        panel = self.training.panel
        items = (
            a("actionTrain", tr("&Train"), panel.buttons["train"].click, "Ctrl+T",
              tr("Train from the current weights")),
            a("actionPause", tr("&Pause / Resume"), panel.buttons["pause"].click, "Ctrl+Shift+Space"),
            a("actionStep", tr("St&ep One Batch"), panel.buttons["step"].click, "Ctrl+Shift+Right"),
            a("actionStop", tr("&Stop"), panel.buttons["stop"].click, "Ctrl+."),
            a("actionResetWeights", tr("&Reset Weights"), panel.buttons["reset"].click),
            a("actionEvaluate", tr("&Evaluate on Test Split"), panel.buttons["evaluate"].click),
            a("actionFindLearningRate", tr("Find &Learning Rate…"), self._on_find_learning_rate, None,
              tr("Train about a hundred batches at growing rates on a copy of the weights; plot the loss, suggest "
                 "one")),
            a("actionSweep", tr("S&weep…"), self.open_sweep, None,
              tr("Train the design with several settings picked from ranges (Optuna); compare them in the Runs "
                 "view")),
            a("actionSaveCheckpoint", tr("Save &Checkpoint…"), self._on_save_checkpoint, None,
              tr("Save the design, weights, settings and curves")),
        )
        menu = self.menuBar().addMenu(tr("&Training"))
        menu.setObjectName("menuTraining")
        for act in items:
            self.actions_by_name[act.objectName()] = act
            menu.addAction(act)
        self._wire_lr_finder()
        self._on_training_state("idle")

    def open_sweep(self):
        """Training > Sweep…: the Sweep dialog (objectName ``sweepDialog``, made on first use), shown and raised."""
        dialog = getattr(self, "sweepDialog", None)
        if dialog is None:
            from .sweep import SweepDialog
            dialog = self.sweepDialog = SweepDialog(self.training, self.document, parent=self,
                                                    show_runs=lambda: self.show_panel("runsDock"))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _on_training_state(self, state: str) -> None:
        b = self.training.panel.buttons
        for name, button in (("actionTrain", "train"), ("actionPause", "pause"), ("actionStep", "step"),
                             ("actionStop", "stop"), ("actionResetWeights", "reset"),
                             ("actionEvaluate", "evaluate"), ("actionSaveCheckpoint", "save"),
                             ("actionFindLearningRate", "train")):
            self.actions_by_name[name].setEnabled(b[button].isEnabled())
        if state in ("running", "paused"):
            self.docks["training"].raise_()

    def _on_lock_changed(self, reason: str) -> None:
        self.inspector.setEnabled(not reason)
        self._keep_undo_locked()
        if reason:
            self.statusBar().showMessage(tr("{reason}: the network is locked until the run ends", reason=reason), 5000)

    def _keep_undo_locked(self, *_args) -> None:
        """While a run trains, Undo/Redo would change the network behind it: keep them off until it ends."""
        stack = self.document.undo_stack
        locked = self.document.locked
        self.actions_by_name["actionUndo"].setEnabled(not locked and stack.canUndo())
        self.actions_by_name["actionRedo"].setEnabled(not locked and stack.canRedo())

    def _open_checkpoint(self, path) -> bool:
        from ...core.training import load_checkpoint
        try:  # checked whole by the loader; the canvas changes only once the session is built from it
            checkpoint = load_checkpoint(path)
            self.training.open_checkpoint(checkpoint, path)
        except (NetbuilderError, OSError) as exc:
            self.show_error(tr("Could not open the checkpoint"), tr_error(exc))
            return False
        self._add_recent(Path(path))
        self.inspector.show_node(None)
        return True

    def _on_save_checkpoint(self) -> bool:
        path = self.ask_checkpoint_path()
        if not path:
            return False
        from ...core.training.checkpoint import write_checkpoint

        def prepare():  # the weights copied here; serialised and written off the GUI thread
            payload = self.training.checkpoint_payload()
            return lambda: write_checkpoint(path, payload)
        return self._export_in_background(prepare, path, tr("Could not save the checkpoint"),
                                          lambda where: tr("Saved the checkpoint {path}", path=where))
