"""The panels that look inside the network, wired to the training controller and the canvas.

The panels and what each asks for come from the panel registry (``gui/panels/registry.py``): for each inside
panel this driver makes the panel and its follower (``gui/training/followers.py``), and hands every follower, in the
registry's order, the moments of a run (started, finished, the weights replaced or rewound), the probe answers, the
canvas's selection and its dock's visibility. What the panels share, the run's class names and how far it is, is
kept here. The panels only draw plain data; the threading contract of ARCHITECTURE.md holds: everything heavy runs
in the worker between batches, or directly on the session's weights while the model is free (see
``TrainingController.probe``).

A hidden panel costs nothing: a live panel's subscription ends when its dock is hidden.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from ...core.training.probe_kinds import HEALTH
from .advisor import HealthDriver
from ..common.docks import on_screen
from ..panels.registry import inside_specs


class InsideDriver(QObject):
    #: a layer clicked in a panel (the activations' list): the window selects its node on the canvas
    nodeActivated = Signal(str)

    def __init__(self, training, document, scene, view, problems, *, finished, status: Callable[[str, int], None],
                 show_panel: Callable[[str], object], parent=None):
        """Its collaborators, given by the window that wires it, which its followers use too: ``training`` (the
        TrainingDriver), ``document`` (the open design), ``scene`` and ``view`` (the canvas: selection, hover,
        health colours), ``problems`` (the Problems list), ``finished`` (the window's ``training_finished``
        signal), ``status`` (text, ms -> the status bar) and ``show_panel`` (a panel's objectName -> its dock in
        front)."""
        super().__init__(parent)
        self.training, self.document, self.scene = training, document, scene
        self.status, self.show_panel = status, show_panel
        self.controller = training.controller
        self.docks: dict[str, object] = {}
        self.class_names: list[str] | None = None
        self.x = 0.0  # where the run is, in epochs (for the gradient-norm history)
        c = self.controller  # connected first: the followers' hooks see the driver's view of a run already
        c.runStarted.connect(self._on_run_started)
        c.curve.connect(self._on_curve)
        c.runFinished.connect(self._on_run_finished)
        c.probed.connect(self._on_probed)
        self.followers: dict[str, object] = {}
        self.panels: dict[str, object] = {}
        for spec in inside_specs():  # each panel also as the attribute the registry names (inside.boundary, ...)
            self.panels[spec.name] = spec.make_panel()
            setattr(self, spec.attribute, self.panels[spec.name])
        self.health = HealthDriver(self.controller, training, scene, view, problems,
                                   finished=finished, predict=training.predict,
                                   panel_visible=self.visible, parent=self)
        self.followers = {spec.name: spec.make_follower(self, self.panels[spec.name]) for spec in inside_specs()}
        self.training.weightsReplaced.connect(self._on_weights_replaced)

    # set-up by the window ---------------------------------------------------------------------------------
    def attach(self, docks: dict) -> None:
        """The docks holding the panels, by registry name: a live panel follows runs only while its dock is
        visible."""
        self.docks = {spec.name: docks[spec.name] for spec in inside_specs() if spec.live and spec.name in docks}
        for name, dock in self.docks.items():
            dock.visibilityChanged.connect(lambda visible, _name=name: self.followers[_name].visibility(visible))

    def visible(self, name: str) -> bool:
        """Whether the panel's dock is on screen (a dock behind another's tab counts as hidden, although Qt's
        isVisible() says True for it)."""
        return on_screen(self.docks.get(name))

    def any_live_shown(self) -> bool:
        """Whether a live panel is in front (chosen by the person: a run leaves it there)."""
        return any(self.visible(name) for name in self.docks)

    def ask(self, kind: str, **options) -> None:
        """A probe whose answer comes back to the followers (at once when the model is free)."""
        if self.training.session is not None:
            self.controller.probe(self.training.session, kind, **options)

    # the moments, handed to every follower -----------------------------------------------------------------
    def _on_run_started(self, info: dict) -> None:
        names = info.get("class_names")
        self.class_names = list(names) if names else None
        for follower in self.followers.values():
            follower.run_started(info)

    def _on_curve(self, info: dict) -> None:
        if len(info.get("x", ())):
            self.x = float(info["x"][-1])

    def _on_run_finished(self, record) -> None:
        for follower in self.followers.values():
            follower.run_finished(record)

    def _on_probed(self, answer: dict) -> None:
        if answer["kind"] == HEALTH and "result" in answer:
            self.health.take(answer["result"])
        for follower in self.followers.values():
            if follower.take(answer):
                return

    def _on_weights_replaced(self) -> None:
        """The one moment another network, or other weights, are shown (TrainingDriver.weightsReplaced): every
        panel starts again from them. A new design (no session yet): what its design says, the training data and
        the untrained network on the plane; else what the session's weights make of it."""
        session = self.training.session
        if session is None:
            self.class_names = None
        for follower in self.followers.values():
            follower.weights_replaced(session)
        if session is not None:
            self.refresh_all()

    def refresh_all(self) -> None:
        """The weights changed between runs (rewound): every shown panel looks again; the confusion matrix from
        the validation split's predictions with these weights."""
        for follower in self.followers.values():
            follower.refresh()
        self.health.ask()

    def on_selection(self, node_ids: list[str]) -> None:
        """The canvas's selection: the weights panel shows the selected layer's, the activations scroll to it."""
        for follower in self.followers.values():
            follower.selection(node_ids)
