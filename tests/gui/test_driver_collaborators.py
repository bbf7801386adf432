"""The training driver and the inside driver work from the collaborators they are given, with no main window
(issue 20, point 5): what they used to find through the window (the status bar, the error dialog, the Save
checkpoint action, the runs view, the canvas's selection, showing a dock) reaches the callables and objects passed
in. ``tests/test_contract_drivers.py`` checks the same seam in the source."""
from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QObject, Signal

from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.training.probe_kinds import EXAMPLES
from netbuilder.gui.canvas.scene import DesignScene
from netbuilder.gui.canvas.view import CanvasView
from netbuilder.gui.panels.problems import ProblemsList
from netbuilder.gui.panels.registry import ACTIVATIONS, CONFUSION, WEIGHTS
from netbuilder.gui.training.driver import TrainingDriver
from netbuilder.gui.training.followers import NO_WEIGHTS_SHOWN
from netbuilder.gui.training.inside import InsideDriver
from netbuilder.gui.window.document import DesignDocument


class Outcomes(QObject):
    """Holds a signal like the window's ``training_finished``: what it emits is kept."""

    finished = Signal(dict)

    def __init__(self):
        super().__init__()
        self.emitted = []
        self.finished.connect(self.emitted.append)


class Told:
    """The callables a driver is given, each recording its calls."""

    def __init__(self):
        self.status, self.errors, self.saved, self.shown = [], [], [], []
        self.outcomes = Outcomes()
        self.finished = self.outcomes.finished
        self.runs_view = SimpleNamespace(records=["run 1"], set_runs=self._set_runs)

    def _set_runs(self, records):
        self.runs_view.records = list(records)

    def training(self, document) -> TrainingDriver:
        return TrainingDriver(document, status=lambda text, ms=0: self.status.append(text),
                              finished=self.finished, show_error=lambda title, text: self.errors.append(title),
                              save_checkpoint=lambda: self.saved.append(True), runs_view=self.runs_view)


def owned(qtbot, *widgets):
    """Widgets a window's docks would own: the test owns them here, so none outlives it."""
    for widget in widgets:
        qtbot.addWidget(widget)


def test_the_training_driver_needs_no_window(qtbot):
    told, document = Told(), DesignDocument()
    training = told.training(document)
    owned(qtbot, training.panel, training.curves)
    training.panel.action.emit("save")  # the panel's Save checkpoint button
    assert told.saved == [True]
    assert training.apply_setting("epochs", 0) and told.status[-1].startswith("Not changed: ")
    refused = []
    training.startRefused.connect(refused.append)
    assert not training.train()  # an empty design cannot train: the reason reaches the status callable
    assert len(refused) == 1 and told.status[-1] == str(refused[0])
    document.new()  # another design: the runs view it was given is emptied with its runs
    assert told.runs_view.records == [] and training.runs == []
    training.closing()  # what the window calls when it closes: nothing was running, nothing is left
    assert not training.controller.busy and told.errors == [] and told.outcomes.emitted == []


def test_the_inside_driver_and_its_followers_need_no_window(qtbot, xor_dict):
    told, document = Told(), DesignDocument()
    training = told.training(document)
    scene = DesignScene(document)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    problems = ProblemsList()
    inside = InsideDriver(training, document, scene, view, problems, finished=told.finished,
                          status=lambda text, ms=0: told.status.append((text, ms)),
                          show_panel=lambda name: told.shown.append(name) or True)
    owned(qtbot, training.panel, training.curves, problems, *inside.panels.values())
    inside.followers[CONFUSION.name].take({"kind": EXAMPLES, "error": "no examples in that cell"})
    assert told.status[-1] == ("no examples in that cell", 6000)  # the status callable, not a status bar
    inside.followers[ACTIVATIONS.name].show_example("test", 3)  # its dock is not on screen: show it
    assert told.shown == [inside.activations_panel.objectName()]
    weights = inside.followers[WEIGHTS.name]
    weights.show_selected()  # the selection comes from the scene it was given: none yet
    assert inside.weights.message.text() == NO_WEIGHTS_SHOWN
    document.load(design_from_dict(xor_dict))  # the document it was given: the layer selected on its scene
    scene.select_nodes(["hidden"])
    weights.show_selected()
    assert weights._shown_for == "hidden" and inside.weights.message.text().startswith("Train the network first")
