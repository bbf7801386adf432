"""The followers of the activations panel and the predict panel ("Try it"), which share what they look at: what
was drawn or typed in the one is shown layer by layer in the other (see :mod:`.followers` for the pattern)."""
from __future__ import annotations

import numpy as np

from ...core.errors import TrainingError
from ...core.text import msg
from ..common.i18n import tr, tr_text
from ...core.training.probe_kinds import ACTIVATIONS as ACTIVATIONS_PROBE
from .followers import Follower, split_of
from .worker import CALL_TIMEOUT_S
from ..panels.registry import ACTIVATIONS

DRAWN = msg("Your input (Try it)")


class ActivationsFollower(Follower):
    def __init__(self, driver, spec, panel):
        super().__init__(driver, spec, panel)
        self._request: int | None = None
        # what the panel looks at: probe options and the caption's beginning (None: "Test sample N")
        self.looking_at: tuple[dict, str | None] = ({"split": "test", "index": 0}, None)
        panel.sampleRequested.connect(self._on_sample_requested)
        panel.layerActivated.connect(driver.nodeActivated)

    def visibility(self, visible: bool) -> None:
        if visible:
            self._follow(shown=True)
        else:
            self.unsubscribe()

    def run_started(self, info: dict) -> None:
        self.panel.set_class_names(self.driver.class_names)
        session = self.training.session
        if session is not None and session.prepared:
            splits = session.split_sizes
            split = split_of(session)
            self.panel.set_sample_range(splits.get(split, 0))
            options, source = self.looking_at
            if "rows" not in options:
                index = min(int(options.get("index", 0)), max(0, self.panel.sample_spin.maximum()))
                self.looking_at = ({"split": options.get("split", split) if options.get("split") in splits
                                    else split, "index": index}, source)
        if self.shown():
            self._follow()

    def run_finished(self, record) -> None:
        if self.shown():
            self._ask()  # the final weights

    def refresh(self) -> None:
        if self.shown():
            self._ask()

    def take(self, answer: dict) -> bool:
        if answer["kind"] != ACTIVATIONS_PROBE or answer.get("id") not in (None, self._request):
            return False  # another's (the predict panel's, or an activations() call's)
        if "error" in answer:
            self.panel.show_nothing(tr_text(answer["error"]))
        else:
            self.show(answer["result"])
        return True

    def weights_replaced(self, session) -> None:
        if session is None:
            self.unsubscribe()
            self.panel.clear()

    def selection(self, node_ids: list[str]) -> None:
        """The canvas's selection: the panel scrolls to the selected layer."""
        if len(node_ids) == 1:
            self.panel.scroll_to(node_ids[0])

    # what it looks at ---------------------------------------------------------------------------------------
    def _on_sample_requested(self, index: int) -> None:
        self.looking_at = ({"split": split_of(self.training.session), "index": int(index)}, None)
        self._follow()

    def show_example(self, split: str, index: int, bring_forward: bool = True) -> None:
        """An example clicked in the confusion matrix's gallery (``bring_forward``: the panel comes to the front;
        else a hidden panel shows it when its tab is chosen)."""
        self.looking_at = ({"split": split, "index": int(index)}, None)
        if split == "test":
            self.panel.set_sample(index)
        if self.shown():
            self._follow()
        elif bring_forward:
            self.driver.show_panel(self.panel.objectName())  # showing it asks for the activations

    def look_at_rows(self, rows: list) -> None:
        """What was drawn or typed in the predict panel (its answer is shown here too)."""
        self.looking_at = ({"rows": rows}, DRAWN)
        if self.shown():
            self.subscribe(rows=rows)

    def _follow(self, shown: bool = False) -> None:
        """Ask for the chosen sample's activations now, and during runs again and again while the panel shows
        (``shown``: its dock has just been shown)."""
        if not (shown or self.shown()):
            return
        self.subscribe(**self.looking_at[0])
        self._ask()

    def _ask(self) -> None:
        session = self.training.session
        if session is None or not session.has_weights:
            return
        self._request = self.controller.next_probe_id
        self.controller.probe(session, ACTIVATIONS_PROBE, **self.looking_at[0])

    def show(self, result: dict) -> None:
        session = self.training.session
        design = session.design if session is not None else self.driver.document.design
        layers = [(node_id, design.nodes[node_id].type if node_id in design.nodes else "")
                  for node_id in result["outputs"]]
        source = self.looking_at[1]
        self.panel.set_activations(result, layers, source=None if source is None else tr_text(source))

    def activations(self, sample, timeout_s: float = CALL_TIMEOUT_S) -> dict:
        """Every node's output for one input (an index into the split :func:`~.followers.split_of` names, or one
        raw input row). The scripting contract's ``MainWindow.activations``: it returns the answer, so it waits
        for the thread that owns the model (:meth:`~.followers.Follower.call`)."""
        session = self.training.session
        if session is None:
            raise TrainingError(msg("nothing has been trained yet: press Train first"))
        options = ({"split": split_of(session), "index": int(sample)} if isinstance(sample, (int, np.integer))
                   else {"rows": [sample]})
        reply = self.call(ACTIVATIONS_PROBE, options, timeout_s)
        if "error" in reply:
            raise TrainingError(reply["error"])
        return reply["result"]["outputs"]


class PredictFollower(Follower):
    def __init__(self, driver, spec, panel):
        super().__init__(driver, spec, panel)
        self._request: int | None = None
        panel.inputChanged.connect(self._on_input)

    def run_started(self, info: dict) -> None:
        self.panel.set_class_names(self.driver.class_names)
        session = self.training.session
        if session is not None and session.prepared:
            self.panel.set_input_shape(session.sample_shape)

    def _on_input(self, row: list) -> None:
        session = self.training.session
        if session is None:
            return
        self.driver.followers[ACTIVATIONS.name].look_at_rows([row])  # the activations panel shows the drawing too
        self._request = self.controller.next_probe_id
        self.controller.probe(session, ACTIVATIONS_PROBE, rows=[row])

    def take(self, answer: dict) -> bool:
        if self._request is None or answer.get("id") != self._request:
            return False
        if "result" in answer:
            self.panel.show_outputs(answer["result"]["outputs"][self.training.session.output_id])
            activations = self.driver.followers[ACTIVATIONS.name]
            if activations.looking_at[1] == DRAWN:
                activations.show(answer["result"])
        else:
            self.panel.result.setText(tr_text(answer["error"]))
        return True

    def weights_replaced(self, session) -> None:
        if session is None:
            self.panel.show_message(tr("Train a network, then try it on an input of your own here."))
