"""Every dock of the main window, as one list of specs: the window builds its docks from it, the inside driver
builds the panels that look inside the network (and their followers) from it, presentation mode picks from it the
panels it may show beside the canvas. A new panel is one file (its widget and its
``gui.training.followers.Follower``) and one entry here.

The specs are plain data, with the classes named by ``"module:Name"`` (resolved when a window is built): this
module imports neither Qt nor torch, so anything (the presentation, a test, a script) may read it at no cost, and
the probe kinds a panel asks for are the core's own names (:mod:`netbuilder.core.training.probe_kinds`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pkgutil import resolve_name

from ...core.training.probe_kinds import ACTIVATIONS as ACTIVATIONS_PROBE
from ...core.text import msg
from ...core.training.probe_kinds import GRID, KINDS

AREAS = ("left", "right", "bottom")


@dataclass(frozen=True)
class PanelSpec:
    """One dock. ``widget``: where the window finds the panel, an attribute path from the window (the inside
    panels' are ``inside.<attribute>``, made by the inside driver from ``panel``). ``tab_with``: the dock it shares
    a place with, one tab each (made in the list's order). ``inside``: a panel that looks inside the network; it
    shares the inspector's place and presentation mode may show it. ``live``: its follower hears when its dock is
    shown or hidden (``Follower.visibility``): a panel that follows a run does so only while on screen, one that
    answers a click (Explain) asks when it is shown, and a hidden one costs nothing. ``probe``, ``hz``, ``share``,
    ``options``: what it subscribes to while on screen during runs: a core probe kind, at most ``hz`` times a
    second, within ``share`` of the run's time (None: the controller's default budget)."""

    name: str
    title: str
    dock: str
    area: str
    widget: str
    panel: str | None = None
    follower: str | None = None
    tab_with: str | None = None
    inside: bool = False
    live: bool = False
    probe: str | None = None
    hz: float = 0.0
    share: float | None = None
    options: dict = field(default_factory=dict)
    keep_width: bool = False  # a form: its dock scrolls up and down, never sideways

    def __post_init__(self):
        if self.area not in AREAS:
            raise ValueError(f"panel {self.name!r}: area {self.area!r} is not one of {AREAS}")
        if self.probe is not None and self.probe not in KINDS:
            raise ValueError(f"panel {self.name!r}: {self.probe!r} is not a core probe kind ({', '.join(KINDS)})")
        if self.inside and not (self.panel and self.follower and self.widget.startswith("inside.")):
            raise ValueError(f"panel {self.name!r}: an inside panel names its panel, its follower and inside.<name>")

    @property
    def attribute(self) -> str:
        """The attribute of its owner that holds the panel (the last part of ``widget``)."""
        return self.widget.rpartition(".")[2]

    def make_panel(self):
        return resolve_name(self.panel)()

    def make_follower(self, driver, panel):
        return resolve_name(self.follower)(driver, self, panel)


_FOLLOW = "netbuilder.gui.training.followers:"
_FOLLOW_ACTIVATIONS = "netbuilder.gui.training.followers_activations:"

PALETTE = PanelSpec("palette", msg("Layers"), "paletteDock", "left", "palette_panel")
INSPECTOR = PanelSpec("inspector", msg("Inspector"), "inspectorDock", "right", "inspector")
SUMMARY = PanelSpec("summary", msg("Summary"), "summaryDock", "right", "summary")
PROBLEMS = PanelSpec("problems", msg("Problems"), "problemsDock", "bottom", "problems")
#: the palette is of no use while a run has the network locked, so training shares its column (raised when a run
#: starts): settings, canvas and curves are all in view at once
TRAINING = PanelSpec("training", msg("Training"), "trainingDock", "left", "training.panel", tab_with="palette",
                     keep_width=True)
#: the augmentation list and its preview: a training setting, so a tab beside the others
AUGMENT = PanelSpec("augment", msg("Augment"), "augmentDock", "left", "augment_panel", tab_with="training",
                    keep_width=True)
CURVES = PanelSpec("curves", msg("Curves"), "curvesDock", "bottom", "training.curves")
# what the network does shares the inspector's place, one tab each (a run locks the network, so the inspector has
# little to do meanwhile); the decision boundary is raised when a run of a network with 1 or 2 inputs starts
BOUNDARY = PanelSpec("boundary", msg("Boundary"), "decisionBoundaryDock", "right", "inside.boundary",
                     panel="netbuilder.gui.panels.boundary:BoundaryPanel", follower=_FOLLOW + "BoundaryFollower",
                     tab_with="inspector", inside=True, live=True, probe=GRID, hz=6, share=0.1,  # 10% of the run
                     options={"resolution": 64})
CONFUSION = PanelSpec("confusion", msg("Confusion"), "confusionMatrixDock", "right", "inside.confusion",
                      panel="netbuilder.gui.panels.confusion:ConfusionPanel", follower=_FOLLOW + "ConfusionFollower",
                      tab_with="inspector", inside=True, live=True)
WEIGHTS = PanelSpec("weights", msg("Weights"), "weightsDock", "right", "inside.weights",
                    panel="netbuilder.gui.panels.weights:WeightsPanel", follower=_FOLLOW + "WeightsFollower",
                    tab_with="inspector", inside=True, live=True)
ACTIVATIONS = PanelSpec("activations", msg("Activations"), "activationsDock", "right", "inside.activations_panel",
                        panel="netbuilder.gui.panels.activations:ActivationsPanel",
                        follower=_FOLLOW_ACTIVATIONS + "ActivationsFollower", tab_with="inspector", inside=True,
                        live=True, probe=ACTIVATIONS_PROBE, hz=2)
PREDICT = PanelSpec("predict", msg("Try it"), "predictDock", "right", "inside.predict",
                    panel="netbuilder.gui.panels.predict:PredictPanel",
                    follower=_FOLLOW_ACTIVATIONS + "PredictFollower", tab_with="inspector", inside=True)
EXPLAIN = PanelSpec("explain", msg("Explain"), "explainDock", "right", "inside.explain",
                    panel="netbuilder.gui.panels.explain:ExplainPanel",
                    follower="netbuilder.gui.training.followers_explain:ExplainFollower", tab_with="inspector",
                    inside=True, live=True)
RUNS = PanelSpec("runs", msg("Runs"), "runsDock", "bottom", "runs_view", tab_with="curves")
#: a lesson's text takes the palette's place too: its steps, the canvas and the panel it shows side by side
LESSON = PanelSpec("lesson", msg("Lesson"), "lessonDock", "left", "lessons.panel", tab_with="training")

#: in the order the docks are made, tabbed, and listed in the View menu
PANELS = (PALETTE, INSPECTOR, SUMMARY, PROBLEMS, TRAINING, AUGMENT, CURVES, BOUNDARY, CONFUSION, WEIGHTS,
          ACTIVATIONS, PREDICT, EXPLAIN, RUNS, LESSON)


def inside_specs() -> tuple[PanelSpec, ...]:
    """The panels that look inside the network, in their tabs' order."""
    return tuple(spec for spec in PANELS if spec.inside)


def inside_names() -> tuple[str, ...]:
    return tuple(spec.name for spec in inside_specs())


def spec_named(name: str) -> PanelSpec:
    return next(spec for spec in PANELS if spec.name == name)
