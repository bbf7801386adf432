"""The run's health, watched for the person: one ``health`` probe (dead ReLU units, saturated sigmoid / tanh
outputs, each layer's gradient norm; ``core.training.inspection``) feeds

- the canvas's health colouring (``CanvasView.health_control``: gradient norm, dead units or saturation, with a
  legend and the number in each card's tooltip);
- the weights panel's gradient norm over time (through :class:`InsideDriver`);
- the advice for learners in the problems list (``core.advice``: most ReLU units dead, gradients
  vanishing, loss not going down or jumping, overfitting), each with its number and what to try.

During runs the probe comes every ``LIVE_SECONDS`` while the colouring is on or the weights panel shows, else every
``ADVICE_SECONDS`` while the problems list shows (the advice), and not at all when nothing shows it. Between runs
turning the colouring on probes the trained weights at once. The advice is worked out in the GUI thread from plain
numbers (the curve's points, the epochs' metrics, the last health answer), at most ``ADVICE_HZ`` times a second.

The advice follows what the run was meant to show (``core.advice``): when a run starts, it takes the expected
result and the expected warnings of the lesson step that trains it (``expect``, ``expect_advice``), or else the
design's ``expected`` (a preset's); once the run has ended and met that result (``core.expectations.check``) there
is no warning, and the step's expected warnings are never shown.

The loss it reads is the session's own curve (``CurveRecorder.delivered``: the run history), not a plot's buffer.
"""
from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject

from ...core.teaching import expectations
from ...core.teaching.advice import advise
from ...core.errors import NetbuilderError
from ..common.docks import on_screen

LIVE_SECONDS = 0.5
ADVICE_SECONDS = 2.0
ADVICE_HZ = 1.0
HEALTH_SAMPLES = 128


class HealthDriver(QObject):
    """The health probe's subscriber and the advice's author. Collaborators, given at construction:
    ``controller`` (probes and a run's news), ``training`` (its ``session``: the design, the curve, the weights),
    ``scene`` (the colouring), ``view`` (``healthModeChanged``), ``problems`` (the list that shows the advice),
    ``finished`` (the window's ``training_finished`` signal), ``predict`` (rows -> outputs, to check an expected
    result) and ``panel_visible`` (name -> the inside panel is on screen); and later, from the window, the dock
    of the problems list (:meth:`watch_problems`) and :meth:`follow_lessons` (the lesson step a run trains)."""

    def __init__(self, controller, training, scene, view, problems, *, finished, predict: Callable[[list], list],
                 panel_visible: Callable[[str], bool], parent: QObject | None = None):
        super().__init__(parent)
        self.controller, self.training, self.scene, self.problems = controller, training, scene, problems
        self.predict, self.panel_visible = predict, panel_visible
        self._lesson_step: Callable[[], object | None] = lambda: None
        self._problems_dock = None
        self.mode = "off"
        self.latest: dict | None = None  # the last health answer
        self.advice: list = []
        self._epochs: list[dict] = []
        self._first_epoch = 0
        self._lr: float | None = None
        self._advised_at = -1e9
        self._expect: dict | None = None       # the run's expected result (a lesson step's, or the design's)
        self._expected_advice: tuple = ()     # the warnings the lesson step training it expects
        self._met: bool | None = None          # whether the run, once ended, met its expected result
        c = self.controller
        c.runStarted.connect(self._on_run_started)
        c.epochEnded.connect(self._on_epoch)
        c.curve.connect(self._on_curve)
        c.runFinished.connect(self._on_run_finished)
        view.healthModeChanged.connect(self.set_mode)
        finished.connect(self._on_training_finished)

    def watch_problems(self, dock) -> None:
        """The problems list's dock: while it is on screen the advice is kept up to date (a probe every
        ``ADVICE_SECONDS``)."""
        self._problems_dock = dock
        dock.visibilityChanged.connect(self._on_problems_visibility)

    def _on_problems_visibility(self, _visible: bool) -> None:  # a method: Qt drops the connection with this object
        self.update_subscription()

    def follow_lessons(self, training_step: Callable[[], object | None]) -> None:
        """``training_step()``: the open lesson's step that trains the run now starting (its ``expect`` and
        ``expect_advice`` are what the run is meant to show), or None."""
        self._lesson_step = training_step

    # what wants the probe ---------------------------------------------------------------------------------------
    def _problems_shown(self) -> bool:
        return on_screen(self._problems_dock)

    def update_subscription(self) -> None:
        """Subscribe to the health probe as often as what shows it needs (never when nothing shows it)."""
        if self.mode != "off" or self.panel_visible("weights"):
            self.controller.subscribe("health", LIVE_SECONDS, samples=HEALTH_SAMPLES)
        elif self._problems_shown():
            self.controller.subscribe("health", ADVICE_SECONDS, samples=HEALTH_SAMPLES)
        else:
            self.controller.unsubscribe("health")

    def set_mode(self, mode: str) -> None:
        """The canvas's colouring: "off", "gradients", "dead" or "saturated"."""
        self.mode = mode
        self.update_subscription()
        scene = self.scene
        if mode == "off":
            scene.set_health("off", None)
            return
        if self.latest is not None:
            scene.set_health(mode, self.latest)
        if not self.controller.busy or self.training_waiting():
            self.ask()

    def training_waiting(self) -> bool:
        session = self.training.session
        return session is not None and session.waiting

    def ask(self) -> None:
        """A health probe now (on the trained weights between runs, at the next batch during one)."""
        session = self.training.session
        if session is not None and session.has_weights:
            self.controller.probe(session, "health", samples=HEALTH_SAMPLES)

    # news -------------------------------------------------------------------------------------------------------
    def take(self, result: dict) -> None:
        """A health answer (the InsideDriver hands over every one)."""
        self.latest = result
        if self.mode != "off":
            self.scene.set_health(self.mode, result)
        self._advise(force=True)

    def _on_run_started(self, info: dict) -> None:
        self._epochs = []
        self._first_epoch = int(info.get("first_epoch", 0))
        self._lr = None
        self.latest = None
        self.advice = []
        self._expect, self._expected_advice, self._met = self._run_meant()
        self.problems.set_advice([])
        self.update_subscription()

    def _run_meant(self) -> tuple[dict | None, tuple, None]:
        """What the run now starting is meant to show: the training lesson step's ``expect`` and
        ``expect_advice``, or the design's ``expected`` (and no warnings expected)."""
        step = self._lesson_step()
        session = self.training.session
        expect = step.expect if step is not None and step.expect else getattr(
            session.design if session is not None else None, "expected", None)
        return expect, tuple(step.expect_advice) if step is not None else (), None

    def _on_training_finished(self, outcome: dict) -> None:
        """The run ended: whether it met its expected result (then it gets no warning)."""
        if self._expect and outcome.get("error"):  # a run that failed met nothing, and its weights may not predict
            self._met = False
        elif self._expect:
            try:
                self._met, _found = expectations.check(self._expect, outcome, self.predict)
            except NetbuilderError:  # a design's malformed "expected", or no weights to predict with
                self._met = False
            self._advise(force=True)

    def _on_curve(self, info: dict) -> None:
        if "lr" in info:
            self._lr = float(info["lr"])

    def _on_epoch(self, metrics: dict) -> None:
        self._epochs.append(dict(metrics))
        self._advise()

    def _on_run_finished(self, _record) -> None:
        self.ask()  # the final weights' health (colouring and advice)
        self._advise(force=True)

    # advice -----------------------------------------------------------------------------------------------------
    def layers(self) -> list[tuple[str, str]]:
        session = self.training.session
        return session.network_layers() if session is not None else []

    def _advise(self, force: bool = False) -> None:
        now = time.perf_counter()
        if not force and now - self._advised_at < 1.0 / ADVICE_HZ:
            return
        self._advised_at = now
        session = self.training.session
        x, loss = session.curves.delivered() if session is not None else (np.empty(0), np.empty(0))
        batch_loss = loss[x > self._first_epoch] if len(x) else np.empty(0)
        self.advice = advise(batch_loss=batch_loss, epochs=self._epochs, health=self.latest, layers=self.layers(),
                             lr=self._lr, met=self._met, expected=self._expected_advice)
        self.problems.set_advice(self.advice)
