"""The window's "Use settings of Run K" (the runs view's button under "which setting mattered"): the run's
training settings (its rates rounded as "Use it" rounds a rate), and its layers' parameters when its network is
the design's (a sweep's units or dropout), become the open design's, as one undo step. The rule of what changes is
:func:`~netbuilder.gui.panels.runs_compare.settings_to_use`."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ...core.session.importance import LOG_SETTINGS
from ..canvas.commands import SetMetaCommand, SetParamCommand
from ..common.i18n import tr
from ..panels.runs_compare import settings_to_use
from .lr_finder import shown


def rounded(training: dict) -> dict:
    """The training section with its rates (the learning rate, weight decay: :data:`LOG_SETTINGS`) as the window
    shows and sets a rate (:func:`~.lr_finder.shown`, as "Use it" does: 0.078, not 0.07780155576901421)."""
    out = {}
    for key, value in training.items():
        if isinstance(value, dict):
            value = rounded(value)
        elif key in LOG_SETTINGS and isinstance(value, float) and value > 0:
            value = shown(value)
        out[key] = value
    return out


class UseRunSettingsCommand(QUndoCommand):
    """One undo step made of the existing commands: the training section (:class:`SetMetaCommand`) and each
    changed layer parameter (:class:`SetParamCommand`). Each is made just before it is first done, so that it
    remembers the state it changes (two parameters of one layer)."""

    def __init__(self, design, label: str, training: dict | None, params: dict[str, dict]):
        super().__init__(tr("Use settings of {label}", label=label))
        self.design = design
        self._plan = []
        if training is not None:
            self._plan.append(lambda: SetMetaCommand(design, "training", training))
        for node_id, wanted in params.items():
            now = design.node(node_id).params
            for key in dict.fromkeys([*now, *wanted]):
                if wanted.get(key) != now.get(key):
                    self._plan.append(lambda n=node_id, k=key, v=wanted.get(key): SetParamCommand(design, n, k, v))
        self._steps: list[QUndoCommand] = []

    def redo(self) -> None:
        if self._steps:
            for step in self._steps:
                step.redo()
            return
        for make in self._plan:
            step = make()
            step.redo()
            self._steps.append(step)

    def undo(self) -> None:
        for step in reversed(self._steps):
            step.undo()


class RunSettingsActions:
    """The window's part (a mixin of ``MainWindow``: it uses ``document``, ``runs_view`` and the status bar)."""

    def use_run_settings(self, number: int) -> bool:
        """Make the settings of run ``number`` (one of the runs view's) the design's, as one undo step. False when
        there is no such run or the document refuses the edit (a run is training)."""
        record = next((r for r in self.runs_view.records if r.number == number), None)
        if record is None or not record.design:
            return False
        design = self.document.to_dict()
        training, params = settings_to_use(design, record.design)
        if training is not None:
            training = rounded(training)
            training = None if training == design.get("training") else training
        if training is None and not params:
            self.statusBar().showMessage(tr("The design already has the settings of {run}.", run=record.label), 5000)
            return True
        if not self.document.push(UseRunSettingsCommand(self.document.design, record.label, training, params)):
            return False
        told = (tr("The design now has the training settings of {run} and the parameters of {layers} (Edit > Undo "
                   "puts them back).", run=record.label, layers=", ".join(params)) if params else
                tr("The design now has the training settings of {run} (Edit > Undo puts them back).",
                   run=record.label))
        self.statusBar().showMessage(told, 8000)
        return True
