"""What each panel that looks inside the network asks for, and when: one :class:`Follower` per panel, made by
:class:`~.inside.InsideDriver` from the panel registry (``gui/panels/registry.py``). The driver holds what the
panels share (the class names, the dock visibility, the probe answers) and calls each follower's hooks in the
registry's order; a follower draws into its own panel only. The panels themselves only draw plain data.

- confusion matrix: the validation scores the worker sends after each epoch, the test scores after Evaluate; a
  click on a cell asks for that cell's examples (probe ``examples``); an example clicked there is explained (the
  Explain panel, in front) and its activations follow it;
- decision boundary: while its dock is visible and the network has 1 or 2 inputs, a ``grid`` probe at the
  registry's rate and budget during runs, and one after each run or when the dock is shown; hovering a node with
  at most 8 units on the canvas shows that unit's own output over the plane; before any training, the preview;
- weights: the selected node's weights from the weight snapshots (once an epoch while the dock is visible, or on
  request), its gradient norm over time from the ``health`` probe;
- activations: every layer's output for the chosen sample (a test sample from the panel's box, an example clicked
  in the confusion matrix's gallery, or what was drawn or typed in the predict panel), again and again during runs
  while its dock is visible, and once after each run; a click on a layer selects its node on the canvas, and
  selecting a node scrolls to its layer;
- try it: the network's outputs for what was drawn or typed;
- explain: what the network looked at for one sample (probe ``explain``), asked of the worker when a sample is
  clicked in the gallery or Explain is pressed in Try it or the activations panel.

The activations' and Try it's followers are in :mod:`.followers_activations`, the Explain panel's in
:mod:`.followers_explain`.
"""
from __future__ import annotations


import numpy as np
from PySide6.QtCore import QObject

from ...core.training.probe_kinds import EXAMPLES, GRID, HEALTH, PREDICTIONS
from ...core.text import msg
from ..common.i18n import tr, tr_text
from ..panels.registry import ACTIVATIONS, EXPLAIN
from .preview import BoundaryPreview
from .worker import answer

EXAMPLES_SHOWN = 48
_SPLITS = {"validation": "val", "test": "test", "val": "val", "train": "train"}
NO_WEIGHTS_SHOWN = msg("Select a layer on the canvas to see its weights.")


def split_of(session) -> str:
    """The split a sample's index points into (the activations panel's box, ``activations(n)``, ``explain(n)``):
    the test split, else the validation split, else the training split (a table with no split of its own: its
    samples are those it learned from); the test split while nothing is prepared."""
    splits = session.split_sizes if session is not None and session.prepared else {}
    return next((name for name in ("test", "val", "train") if name in splits), "test")


class Follower(QObject):
    """One panel's part in following runs. The hooks do nothing unless a panel needs them. Its collaborators are
    the inside driver's (``training``, ``controller``, ``document``, ``scene``, ``status``, ``show_panel``: see
    :class:`~.inside.InsideDriver`), never the window."""

    def __init__(self, driver, spec, panel):
        super().__init__(driver)
        self.driver, self.spec, self.panel = driver, spec, panel
        self.training, self.controller = driver.training, driver.controller

    def shown(self) -> bool:
        """Whether the panel's dock is on screen (behind another's tab counts as hidden)."""
        return self.driver.visible(self.spec.name)

    def subscribe(self, **options) -> None:
        """The panel's probe during runs, at its registry entry's rate and budget."""
        spec = self.spec
        budget = {} if spec.share is None else {"share": spec.share}
        self.controller.subscribe(spec.probe, 1.0 / spec.hz, **budget, **{**spec.options, **options})

    def unsubscribe(self) -> None:
        self.controller.unsubscribe(self.spec.probe)

    def call(self, kind: str, options: dict, timeout_s: float) -> dict:
        """The scripting contract's one synchronous probe (``activations``, ``explain``): ``kind`` answered by the
        thread that owns the model (``TrainingController.call``: a run's worker between batches, a probe job that
        loads the data first, or this thread between runs), blocking, without a nested event loop; the answer as
        :func:`~.worker.answer` gives it (``result`` or ``error``)."""
        session = self.training.session
        return self.controller.call(lambda: answer(session, None, kind, options, prepare=True), timeout_s,
                                    load=session)

    # hooks, called by the driver ---------------------------------------------------------------------------
    def visibility(self, visible: bool) -> None:
        """Its dock was shown or hidden (live panels only): by default, a panel with a probe subscribes to it while
        on screen, and a hidden one costs nothing."""
        if self.spec.probe is None or not self.spec.hz:
            return
        if visible:
            self.subscribe()
        else:
            self.unsubscribe()

    def run_started(self, info: dict) -> None:
        """A run starts; the driver's ``class_names`` are the run's."""

    def run_finished(self, record) -> None:
        """A run ended: the final weights."""

    def take(self, answer: dict) -> bool:
        """A probe's answer: True when it was this panel's (no other follower sees it then)."""
        return False

    def weights_replaced(self, session) -> None:
        """Another network or other weights (``session`` None: a new design, nothing trained): start again."""

    def refresh(self) -> None:
        """The weights changed between runs: look again if shown."""

    def selection(self, node_ids: list[str]) -> None:
        """The canvas's selection changed."""


class BoundaryFollower(Follower):
    def __init__(self, driver, spec, panel):
        super().__init__(driver, spec, panel)
        self.boundary = panel
        self.input_dims: int | None = None
        self._units: set[str] = set()  # nodes whose units the last grid holds (8 units or fewer)
        driver.scene.nodeHovered.connect(self._on_node_hovered)
        self.preview = BoundaryPreview(self, driver.document)
        driver.document.analysed.connect(self.preview.design_edited)
        self.preview.reset()

    def _ask(self) -> None:
        self.driver.ask(GRID, **self.spec.options)

    def visibility(self, visible: bool) -> None:
        if visible and self.training.session is None:
            self.preview.show_soon()  # before training: the data and the untrained network
        if visible and self.input_dims in (1, 2):
            self.subscribe()
            self._ask()
        else:
            self.unsubscribe()

    def run_started(self, info: dict) -> None:
        self.preview.drop()
        session = self.training.session
        self.input_dims = None
        if session is not None and session.prepared:
            self.input_dims = session.input_dims
        if self.driver.class_names:
            self.boundary.set_class_names(self.driver.class_names)
        if self.input_dims in (1, 2):
            if not self.driver.any_live_shown():
                self.driver.docks[self.spec.name].raise_()  # TensorFlow Playground's view, unless one was chosen
            if self.shown():
                self.subscribe()
        else:
            self.unsubscribe()
            if self.input_dims is not None:
                self.boundary.show_message(tr("A decision boundary needs 1 or 2 inputs; this network has {n:,}.",
                                              n=self.input_dims))

    def run_finished(self, record) -> None:
        if self.input_dims in (1, 2) and self.shown():
            self._ask()  # the final weights

    def take(self, answer: dict) -> bool:
        if self.preview.take(answer):
            return True
        if answer["kind"] != GRID:
            return False
        if "error" in answer:
            self.boundary.show_message(tr_text(answer["error"]))
        else:
            self._units = set(answer["result"].get("units", {}))
            self.boundary.set_grid(answer["result"])
        return True

    def weights_replaced(self, session) -> None:
        self._units = set()
        self.boundary.show_unit(None, None)
        if session is None:
            self.preview.reset()
            return
        self.preview.drop()
        self.input_dims = self.preview.design_input_dims()
        if session.prepared:
            self.input_dims = session.input_dims
        if self.input_dims not in (1, 2):
            self.unsubscribe()
            self.preview.explain(self.input_dims)

    def refresh(self) -> None:
        if self.input_dims in (1, 2) and self.shown():
            self._ask()

    def _on_node_hovered(self, node_id: str) -> None:
        """TensorFlow Playground's trick: a hidden unit's own output over the plane while its node is hovered."""
        self.boundary.show_unit(node_id if node_id in self._units else None, None)


class ConfusionFollower(Follower):
    def __init__(self, driver, spec, panel):
        super().__init__(driver, spec, panel)
        self._pending: tuple | None = None
        self.controller.validationEnded.connect(self._on_validation)
        self.controller.evaluated.connect(self._on_evaluated)
        panel.cellActivated.connect(self._on_cell)
        panel.exampleActivated.connect(self._on_example)

    def _on_validation(self, scores: dict) -> None:
        if "confusion" in scores:
            self.set_matrix((scores["confusion"], self.driver.class_names), dict(
                split="validation", epoch=scores.get("epoch"), precision=scores.get("precision"),
                recall=scores.get("recall"), f1=scores.get("f1")))

    def _on_evaluated(self, scores: dict) -> None:
        if "test_confusion" in scores:
            self.set_matrix((scores["test_confusion"], self.driver.class_names), dict(
                split="test", precision=scores.get("test_precision"), recall=scores.get("test_recall"),
                f1=scores.get("test_f1")))

    def set_matrix(self, args: tuple, kwargs: dict) -> None:
        """Draw now when the panel is shown; else keep it for when it is (a hidden panel costs nothing)."""
        self._pending = (args, kwargs)
        if self.shown() or not self.driver.docks:
            self.flush()

    def flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self.panel.set_matrix(*pending[0], **pending[1])

    def matrix(self) -> list[list[int]]:
        """The latest matrix, drawn first if it was kept for later."""
        self.flush()
        return self.panel.matrix()

    def visibility(self, visible: bool) -> None:
        if visible:
            self.flush()

    def _split(self) -> str:
        return _SPLITS.get(getattr(self.panel, "split", "validation"), "val")

    def _on_cell(self, true: int, pred: int) -> None:
        self.driver.ask(EXAMPLES, split=self._split(), true=int(true), pred=int(pred), limit=EXAMPLES_SHOWN)

    def _on_example(self, index: int) -> None:
        """An example clicked in the gallery: what the network looked at, in the Explain panel (in front); the
        activations panel looks at the same sample, its tab one click away."""
        self.driver.followers[ACTIVATIONS.name].show_example(self._split(), index, bring_forward=False)
        self.driver.followers[EXPLAIN.name].show_example(self._split(), index)

    def take(self, answer: dict) -> bool:
        kind = answer["kind"]
        if kind not in (EXAMPLES, PREDICTIONS):
            return False
        if "error" in answer:
            if kind == EXAMPLES:
                self.driver.status(tr_text(answer["error"]), 6000)
            return True
        result = answer["result"]
        if kind == EXAMPLES:
            count = result["count"]
            values = dict(true=self._name(result["true"]), pred=self._name(result["pred"]), count=count,
                          shown=EXAMPLES_SHOWN)
            caption = (tr("true {true}, predicted {pred}: {count:,} samples (the first {shown})", **values)
                       if count > EXAMPLES_SHOWN else tr("true {true}, predicted {pred}: {count:,} samples", **values))
            self.panel.show_examples([self._example(e, result["true"], result["pred"]) for e in result["examples"]],
                                     caption)
        else:  # the validation split with rewound weights: its confusion matrix
            names = self.driver.class_names
            k = result["probs"].shape[1] if len(result["probs"]) else len(names or ())
            matrix = np.bincount(result["true"] * k + result["pred"], minlength=k * k).reshape(k, k)
            self.set_matrix((matrix.tolist(), names), dict(split="validation"))
        return True

    def _name(self, index: int) -> str:
        names = self.driver.class_names
        return names[index] if names and 0 <= index < len(names) else str(index)

    @staticmethod
    def _example(e: dict, true: int, pred: int) -> dict:
        x = np.asarray(e["x"])
        image = x if x.ndim in (2, 3) else None
        return {"index": e["index"], "image": image, "values": None if image is not None else x.ravel().tolist(),
                "probs": np.asarray(e["probs"]), "true": true, "pred": pred}

    def weights_replaced(self, session) -> None:
        self._pending = None
        if session is None:
            self.panel.clear()

    def refresh(self) -> None:
        if self.driver.class_names or self.shown():
            self.driver.ask(PREDICTIONS, split="val")


class WeightsFollower(Follower):
    def __init__(self, driver, spec, panel):
        super().__init__(driver, spec, panel)
        self._shown_for: str | None = None
        self.controller.weights.connect(lambda payload: self._show(payload["weights"]))
        panel.show_nothing(tr_text(NO_WEIGHTS_SHOWN))

    def visibility(self, visible: bool) -> None:
        self.controller.want_weights = visible
        self.driver.health.update_subscription()
        if visible:
            self.show_selected()

    def run_finished(self, record) -> None:
        if self.shown():
            self.show_selected()

    def refresh(self) -> None:
        self.run_finished(None)

    def take(self, answer: dict) -> bool:
        if answer["kind"] == HEALTH and "result" in answer:
            node = self.panel.node_id
            norm = answer["result"]["gradients"].get(node) if node else None
            if norm is not None:
                self.panel.add_gradient_norm(node, self.driver.x, norm)
        return False  # the health driver's too

    def selection(self, node_ids: list[str]) -> None:
        if self.shown():
            self.show_selected()

    def weights_replaced(self, session) -> None:
        if session is None:
            self.panel.show_nothing(tr_text(NO_WEIGHTS_SHOWN))

    def show_selected(self) -> None:
        """The selected node's weights: from the session when the model is free, else at the next batch."""
        session = self.training.session
        ids = self.driver.scene.selected_node_ids()
        node_id = ids[0] if len(ids) == 1 else None
        if node_id is None:
            self.panel.show_nothing(tr_text(NO_WEIGHTS_SHOWN))
            return
        self._shown_for = node_id
        if session is None or not session.has_weights:
            self.panel.show_nothing(tr("Train the network first: its weights appear here after the first batch."))
            return
        snapshot = self.controller.weights_snapshot(session)  # None during a run: after its next batch
        if snapshot is not None:
            self._show(snapshot)

    def _show(self, snapshot: dict) -> None:
        node_id = self._shown_for
        node = self.driver.document.design.nodes.get(node_id) if node_id else None
        if node is None:
            return
        prefix = node_id + "."
        params = {k[len(prefix):]: v for k, v in snapshot.items() if k.startswith(prefix)}
        self.panel.show_node(node_id, node.type, params)
