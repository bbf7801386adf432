"""The Explain panel's follower (see :mod:`.followers` for the pattern): which sample it explains, and asking the
training worker for the explanation (the core's ``explain`` probe, Captum inside), never the GUI thread: during a
run the worker answers between batches, while paused from its wait, and between runs a probe job answers
(:meth:`TrainingController.probe_in_worker`), so that Integrated Gradients or occlusion on a big network never
freezes the window.

Its entry points, each of which brings the panel to the front on that sample: a sample clicked in the confusion
matrix's gallery (:meth:`show_example`), the Explain button in Try it (what was drawn or typed) and the Explain
button of the activations panel (the sample it shows). ``MainWindow.explain`` is :meth:`ExplainFollower.explain`.
"""
from __future__ import annotations

import numpy as np

from ...core.errors import NetbuilderError
from ...core.training.explain import METHODS
from ...core.training.probe_kinds import EXPLAIN
from ..common.i18n import tr, tr_text
from ..panels.registry import ACTIVATIONS, PREDICT
from .followers import Follower, split_of
from .followers_activations import DRAWN
from .worker import CALL_TIMEOUT_S


def _shown(source):
    """The caption's beginning as the panel shows it (None: the panel's own "Test sample N")."""
    return None if source is None else tr_text(source)


class ExplainFollower(Follower):
    def __init__(self, driver, spec, panel):
        super().__init__(driver, spec, panel)
        self._request: int | None = None
        self._stale = False  # asked for while hidden: asked again when shown
        # what the panel explains: probe options and the caption's beginning (None: "Test sample N")
        self.looking_at: tuple[dict, str | None] = ({"split": "test", "index": 0}, None)
        panel.requested.connect(self.ask)
        driver.panels[PREDICT.name].explainRequested.connect(self._on_try_it)
        driver.panels[ACTIVATIONS.name].explainRequested.connect(self._on_activations)

    # the moments of a run ----------------------------------------------------------------------------------
    def run_started(self, info: dict) -> None:
        self.panel.set_class_names(self.driver.class_names)
        session = self.training.session
        options, source = self.looking_at
        if session is not None and session.prepared and "rows" not in options:
            splits = session.split_sizes
            split = options.get("split") if options.get("split") in splits else split_of(session)
            index = min(int(options.get("index", 0)), max(0, splits.get(split, 1) - 1))
            self.looking_at = ({"split": split, "index": index}, source)

    def run_finished(self, record) -> None:
        if self.panel.result is not None or self.shown():
            self.ask()  # the final weights

    def refresh(self) -> None:
        if self.panel.result is not None:
            self.ask()

    def visibility(self, visible: bool) -> None:
        if visible and self._stale:
            self.ask()

    def weights_replaced(self, session) -> None:
        if session is None:
            self._request = None
            self.looking_at = ({"split": "test", "index": 0}, None)
            self.panel.set_class_names(None)
            self.panel.clear()

    def take(self, answer: dict) -> bool:
        if answer["kind"] != EXPLAIN:
            return False
        if answer.get("id") == self._request:  # an earlier request's answer (another method since) is dropped
            if "error" in answer:
                self.panel.show_nothing(tr_text(answer["error"]))
            else:
                self.panel.show_explanation(answer["result"], _shown(self.looking_at[1]))
        return True

    # what it explains --------------------------------------------------------------------------------------
    def show_example(self, split: str, index: int) -> None:
        """A sample of ``split`` (a click in the confusion matrix's gallery): explained, the panel in front."""
        self._look_at({"split": split, "index": int(index)}, None)

    def look_at_rows(self, rows: list, source: str = DRAWN) -> None:
        """One raw input row (what was drawn or typed in Try it): explained, the panel in front."""
        self._look_at({"rows": rows}, source)

    def _on_try_it(self, row: list) -> None:
        self.look_at_rows([row])

    def _on_activations(self) -> None:
        """The activations panel's Explain button: the sample it shows (a split's, or Try it's input)."""
        options, source = self.driver.followers[ACTIVATIONS.name].looking_at
        self._look_at(dict(options), source)

    def _look_at(self, options: dict, source: str | None) -> None:
        self.looking_at = (options, source)
        self._stale = False  # asked for below, once, not again as the dock shows
        self.driver.show_panel(self.panel.objectName())
        self.ask()

    def ask(self) -> None:
        """Ask the worker for the chosen sample's explanation by the chosen method (the answer comes to
        :meth:`take`); a hidden panel asks when it is shown."""
        session = self.training.session
        if session is None or not session.has_weights:
            self.panel.show_nothing(tr("Train the network first: then it can show what it looked at."))
            return
        if not self.shown():
            self._stale = True
            return
        self._stale = False
        self.panel.set_class_names(self.driver.class_names or session.class_names)
        self.panel.show_waiting()
        self._request = self.controller.probe_in_worker(session, EXPLAIN, **self._options(self.panel.options()))

    def _options(self, chosen: dict) -> dict:
        return {**self.looking_at[0], **{key: value for key, value in chosen.items() if value is not None}}

    # the scripting contract --------------------------------------------------------------------------------
    def explain(self, sample, method: str, timeout_s: float = CALL_TIMEOUT_S) -> np.ndarray:
        """The attributions of the predicted class's score to each value of one input, a numpy array of the input's
        shape: ``sample`` an index into the split :func:`~.followers.split_of` names, or one raw input
        row, ``method`` one of ``saliency``, ``integrated_gradients``, ``gradcam`` (on the last convolution),
        ``occlusion``. ``MainWindow.explain``: it waits for the thread that owns the model, as ``activations``
        does (a run's worker between batches, a probe job that loads the data, or this thread between runs), and
        shows the answer in the panel. ValueError, in one line, for an unknown method or a network not trained."""
        if method not in METHODS:
            raise ValueError(f"unknown explanation method {method!r}; use one of {', '.join(METHODS)}")
        session = self.training.session
        if session is None or not session.has_weights:
            raise ValueError("nothing has been trained yet: press Train first, then ask for an explanation")
        if isinstance(sample, (int, np.integer)):
            looking_at = ({"split": split_of(session), "index": int(sample)}, None)
        else:
            looking_at = ({"rows": [sample]}, DRAWN)
        options = {**looking_at[0], "method": method}
        try:
            reply = self.call(EXPLAIN, options, timeout_s)
        except NetbuilderError as exc:
            raise ValueError(str(exc)) from None
        if "error" in reply:
            raise ValueError(reply["error"])
        self.looking_at = looking_at
        self._request = None  # an answer on its way for an earlier choice is not drawn over this one
        self.panel.set_class_names(self.driver.class_names or session.class_names)
        self.panel.show_explanation(reply["result"], _shown(looking_at[1]))
        return np.asarray(reply["result"]["attributions"])
