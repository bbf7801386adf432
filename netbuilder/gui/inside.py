"""The panels that look inside the network, wired to the training controller and the canvas.

The panels only draw plain data; this driver decides what to ask for and when (the threading contract of
ARCHITECTURE.md holds: everything heavy runs in the worker between batches, or directly on the session's weights
while the model is free, see ``TrainingController.probe``):

- confusion matrix: the validation scores the worker sends after each epoch, the test scores after Evaluate; a
  click on a cell asks for that cell's examples (probe ``examples``);
- decision boundary: while its dock is visible and the network has 1 or 2 inputs, a ``grid`` probe
  ``BOUNDARY_HZ`` times a second during runs, and one after each run or when the dock is shown; hovering a node
  with at most 8 units on the canvas shows that unit's own output over the plane;
- weights: the selected node's weights from the weight snapshots (once an epoch while the dock is visible, or on
  request), its gradient norm over time from a ``health`` probe twice a second;
- activations: every layer's output for the chosen sample (a test sample from the panel's box, an example clicked
  in the confusion matrix's gallery, or what was drawn or typed in the predict panel), again ``ACTIVATIONS_HZ``
  times a second during runs while its dock is visible, and once after each run; a click on a layer selects its
  node on the canvas, and selecting a node scrolls to its layer.

A hidden panel costs nothing: its subscription ends when its dock is hidden.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEventLoop, QObject, QTimer

from ..core.errors import TrainingError
from .advisor import HealthDriver
from .docks import on_screen
from .panels.activations import ActivationsPanel
from .panels.boundary import BoundaryPanel
from .panels.confusion import ConfusionPanel
from .panels.predict import PredictPanel
from .panels.weights import WeightsPanel
from .preview import BoundaryPreview

BOUNDARY_HZ = 6
BOUNDARY_SHARE = 0.1  # the budget for the live boundary: at most 10% of the run
ACTIVATIONS_HZ = 2
GRID_RESOLUTION = 64
EXAMPLES_SHOWN = 48
DRAWN = "Your input (Try it)"
_SPLITS = {"validation": "val", "test": "test", "val": "val", "train": "train"}




class InsideDriver(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.training = window, window.training
        self.controller = self.training.controller
        self.confusion = ConfusionPanel()
        self.boundary = BoundaryPanel()
        self.weights = WeightsPanel()
        self.predict = PredictPanel()
        self.activations_panel = ActivationsPanel()
        self._predict_request: int | None = None
        self._activations_request: int | None = None
        # what the activations panel looks at: probe options and the caption's beginning (None: "Test sample N")
        self._activations_of: tuple[dict, str | None] = ({"split": "test", "index": 0}, None)
        self.docks: dict[str, object] = {}
        self.class_names: list[str] | None = None
        self.input_dims: int | None = None
        self._x = 0.0  # where the run is, in epochs (for the gradient-norm history)
        self._weights_shown_for: str | None = None
        self._confusion_pending: tuple | None = None

        c = self.controller
        c.runStarted.connect(self._on_run_started)
        c.curve.connect(self._on_curve)
        c.validationEnded.connect(self._on_validation)
        c.evaluated.connect(self._on_evaluated)
        c.runFinished.connect(self._on_run_finished)
        c.probed.connect(self._on_probed)
        c.weights.connect(self._on_weights)
        self.confusion.cellActivated.connect(self._on_cell)
        self.predict.inputChanged.connect(self._on_predict_input)
        self.confusion.exampleActivated.connect(self._on_example)
        self.activations_panel.sampleRequested.connect(self._on_sample_requested)
        window.scene.nodeHovered.connect(self._on_node_hovered)
        self._units: set[str] = set()  # nodes whose units the last grid holds (8 units or fewer)
        self.weights.show_nothing("Select a layer on the canvas to see its weights.")
        self.health = HealthDriver(self.controller, self.training, window.scene, window.view, window.problems,
                                   finished=window.training_finished, predict=self.training.predict,
                                   panel_visible=self.visible, parent=self)
        self.preview = BoundaryPreview(self)
        self.training.weightsReplaced.connect(self._on_weights_replaced)
        window.document.analysed.connect(self.preview.design_edited)
        self.preview.reset()

    # set-up by the window ---------------------------------------------------------------------------------
    def attach(self, docks: dict) -> None:
        """The docks holding the panels (``confusion``, ``boundary``, ``weights``): a panel follows runs only while
        its dock is visible."""
        self.docks = docks
        for name, dock in docks.items():
            dock.visibilityChanged.connect(lambda visible, _name=name: self._on_visibility(_name, visible))

    def visible(self, name: str) -> bool:
        """Whether the panel's dock is on screen (a dock behind another's tab counts as hidden, although Qt's
        isVisible() says True for it)."""
        return on_screen(self.docks.get(name))

    # slots --------------------------------------------------------------------------------------------------
    def _on_visibility(self, name: str, visible: bool) -> None:
        if name == "boundary":
            if visible and self.training.session is None:
                self.preview.show_soon()  # before training: the data and the untrained network
            if visible and self.input_dims in (1, 2):
                self.controller.subscribe("grid", 1.0 / BOUNDARY_HZ, share=BOUNDARY_SHARE,
                                          resolution=GRID_RESOLUTION)
                self._ask("grid", resolution=GRID_RESOLUTION)
            else:
                self.controller.unsubscribe("grid")
        elif name == "confusion" and visible:
            self.flush_confusion()
        elif name == "activations":
            if visible:
                self._follow_activations(shown=True)
            else:
                self.controller.unsubscribe("activations")
        elif name == "weights":
            self.controller.want_weights = visible
            self.health.update_subscription()
            if visible:
                self.show_selected_weights()

    def _on_run_started(self, info: dict) -> None:
        self.preview.drop()
        names = info.get("class_names")
        self.class_names = list(names) if names else None
        session = self.training.session
        self.input_dims = None
        if session is not None and session.trainer is not None:
            self.input_dims = int(math.prod(session.trainer.preprocessor.sample_shape))
        if self.class_names:
            self.boundary.set_class_names(self.class_names)
        self.predict.set_class_names(self.class_names)
        self.activations_panel.set_class_names(self.class_names)
        if session is not None and session.trainer is not None:
            self.predict.set_input_shape(session.trainer.preprocessor.sample_shape)
            splits = session.trainer.splits
            split = "test" if "test" in splits else "val"
            self.activations_panel.set_sample_range(len(splits[split].x) if split in splits else 0)
            options, source = self._activations_of
            if "rows" not in options:
                index = min(int(options.get("index", 0)), max(0, self.activations_panel.sample_spin.maximum()))
                self._activations_of = ({"split": options.get("split", split) if options.get("split") in splits
                                         else split, "index": index}, source)
        if self.visible("activations"):
            self._follow_activations()
        if self.input_dims in (1, 2):
            if "boundary" in self.docks and not any(self.visible(name) for name in self.docks):
                self.docks["boundary"].raise_()  # TensorFlow Playground's view, unless another panel was chosen
            if self.visible("boundary"):
                self.controller.subscribe("grid", 1.0 / BOUNDARY_HZ, share=BOUNDARY_SHARE,
                                          resolution=GRID_RESOLUTION)
        else:
            self.controller.unsubscribe("grid")
            if self.input_dims is not None:
                self.boundary.show_message(f"A decision boundary needs 1 or 2 inputs; this network has "
                                           f"{self.input_dims:,}.")

    def _on_node_hovered(self, node_id: str) -> None:
        """TensorFlow Playground's trick: a hidden unit's own output over the plane while its node is hovered."""
        if node_id in self._units:
            self.boundary.show_unit(node_id, None)
        else:
            self.boundary.show_unit(None, None)

    def _on_curve(self, info: dict) -> None:
        if len(info.get("x", ())):
            self._x = float(info["x"][-1])

    def _on_validation(self, scores: dict) -> None:
        if "confusion" in scores:
            self._set_confusion((scores["confusion"], self.class_names), dict(
                split="validation", epoch=scores.get("epoch"), precision=scores.get("precision"),
                recall=scores.get("recall"), f1=scores.get("f1")))

    def _on_evaluated(self, scores: dict) -> None:
        if "test_confusion" in scores:
            self._set_confusion((scores["test_confusion"], self.class_names), dict(
                split="test", precision=scores.get("test_precision"), recall=scores.get("test_recall"),
                f1=scores.get("test_f1")))

    def _set_confusion(self, args: tuple, kwargs: dict) -> None:
        """Draw now when the panel is shown; else keep it for when it is (a hidden panel costs nothing)."""
        self._confusion_pending = (args, kwargs)
        if self.visible("confusion") or not self.docks:
            self.flush_confusion()

    def flush_confusion(self) -> None:
        pending, self._confusion_pending = self._confusion_pending, None
        if pending is not None:
            self.confusion.set_matrix(*pending[0], **pending[1])

    def _on_run_finished(self, record) -> None:
        if self.input_dims in (1, 2) and self.visible("boundary"):
            self._ask("grid", resolution=GRID_RESOLUTION)  # the final weights
        if self.visible("weights"):
            self.show_selected_weights()
        if self.visible("activations"):
            self._ask_activations()  # the final weights

    def _on_weights(self, payload: dict) -> None:
        self._show_weights(payload["weights"])

    def _on_cell(self, true: int, pred: int) -> None:
        split = _SPLITS.get(getattr(self.confusion, "split", "validation"), "val")
        self._ask("examples", split=split, true=int(true), pred=int(pred), limit=EXAMPLES_SHOWN)

    def _on_probed(self, answer: dict) -> None:
        kind, request = answer["kind"], answer.get("id")
        if self.preview.take(answer):
            return
        if request is not None and request == self._predict_request:
            if "result" in answer:
                model = self.training.session.trainer.model
                self.predict.show_outputs(answer["result"]["outputs"][model.output_id])
                if self._activations_of[1] == DRAWN:
                    self._show_activations(answer["result"])
            else:
                self.predict.result.setText(answer["error"])
            return
        if kind == "activations":
            if request is None or request == self._activations_request:  # the panel's subscription, or its ask
                if "error" in answer:
                    self.activations_panel.show_nothing(answer["error"])
                else:
                    self._show_activations(answer["result"])
            return
        if "error" in answer:
            if kind == "grid":
                self.boundary.show_message(answer["error"])
            elif kind == "examples":
                self.window.statusBar().showMessage(answer["error"], 6000)
            return
        result = answer["result"]
        if kind == "grid":
            self._units = set(result.get("units", {}))
            self.boundary.set_grid(result)
        elif kind == "examples":
            self.confusion.show_examples([self._example(e, result["true"], result["pred"])
                                          for e in result["examples"]],
                                         f"true {self._name(result['true'])}, predicted {self._name(result['pred'])}:"
                                         f" {result['count']:,} samples" + (f" (the first {EXAMPLES_SHOWN})"
                                                                            if result["count"] > EXAMPLES_SHOWN
                                                                            else ""))
        elif kind == "predictions":  # the validation split with rewound weights: its confusion matrix
            k = result["probs"].shape[1] if len(result["probs"]) else len(self.class_names or ())
            matrix = np.bincount(result["true"] * k + result["pred"], minlength=k * k).reshape(k, k)
            self._set_confusion((matrix.tolist(), self.class_names), dict(split="validation"))
        elif kind == "health":
            self.health.take(result)
            node = self.weights.node_id
            norm = result["gradients"].get(node) if node else None
            if norm is not None:
                self.weights.add_gradient_norm(node, self._x, norm)

    def _on_predict_input(self, row: list) -> None:
        session = self.training.session
        if session is None:
            return
        self._activations_of = ({"rows": [row]}, DRAWN)  # the activations panel shows the drawing too
        if self.visible("activations"):
            self.controller.subscribe("activations", 1.0 / ACTIVATIONS_HZ, rows=[row])
        self._predict_request = self.controller.next_probe_id
        self.controller.probe(session, "activations", rows=[row])

    # activations ------------------------------------------------------------------------------------------------
    def _on_sample_requested(self, index: int) -> None:
        session = self.training.session
        splits = session.trainer.splits if session is not None and session.trainer is not None else {}
        self._activations_of = ({"split": "test" if "test" in splits or not splits else "val",
                                 "index": int(index)}, None)
        self._follow_activations()

    def _on_example(self, index: int) -> None:
        """An example clicked in the confusion matrix's gallery: its activations, in their panel."""
        split = _SPLITS.get(getattr(self.confusion, "split", "validation"), "val")
        self._activations_of = ({"split": split, "index": int(index)}, None)
        if split == "test":
            self.activations_panel.set_sample(index)
        if self.visible("activations"):
            self._follow_activations()
        else:
            self.window.show_panel("activationsPanel")  # showing it asks for the activations

    def _follow_activations(self, shown: bool = False) -> None:
        """Ask for the chosen sample's activations now, and during runs again and again while the panel shows
        (``shown``: its dock has just been shown)."""
        if not (shown or self.visible("activations")):
            return
        options = self._activations_of[0]
        self.controller.subscribe("activations", 1.0 / ACTIVATIONS_HZ, **options)
        self._ask_activations()

    def _ask_activations(self) -> None:
        session = self.training.session
        if session is None or (session.trainer is None and not session.state_snapshot()):
            return
        self._activations_request = self.controller.next_probe_id
        self.controller.probe(session, "activations", **self._activations_of[0])

    def _show_activations(self, result: dict) -> None:
        session = self.training.session
        design = session.design if session is not None else self.window.document.design
        layers = [(node_id, design.nodes[node_id].type if node_id in design.nodes else "")
                  for node_id in result["outputs"]]
        self.activations_panel.set_activations(result, layers, source=self._activations_of[1])

    def _on_weights_replaced(self) -> None:
        """The one moment another network, or other weights, are shown (TrainingDriver.weightsReplaced): every
        panel starts again from them. A new design (no session yet): what its design says, the training data and
        the untrained network on the plane; else what the session's weights make of it."""
        self._units = set()
        self.boundary.show_unit(None, None)
        self._confusion_pending = None
        if self.training.session is None:
            self.class_names = None
            self.controller.unsubscribe("activations")
            self.confusion.clear()
            self.weights.show_nothing("Select a layer on the canvas to see its weights.")
            self.activations_panel.clear()
            self.predict.show_message("Train a network, then try it on an input of your own here.")
            self.preview.reset()
            return
        self.preview.drop()
        self.input_dims = self.preview.design_input_dims()
        trainer = self.training.session.trainer
        if trainer is not None:
            self.input_dims = int(math.prod(trainer.preprocessor.sample_shape))
        if self.input_dims not in (1, 2):
            self.controller.unsubscribe("grid")
            self.preview.explain(self.input_dims)
        self.refresh_all()

    def refresh_all(self) -> None:
        """The weights changed between runs (rewound): every shown panel looks again; the confusion matrix from
        the validation split's predictions with these weights."""
        if self.input_dims in (1, 2) and self.visible("boundary"):
            self._ask("grid", resolution=GRID_RESOLUTION)
        if self.visible("weights"):
            self.show_selected_weights()
        if self.visible("activations"):
            self._ask_activations()
        if self.class_names or self.visible("confusion"):
            self._ask("predictions", split="val")
        self.health.ask()

    def on_selection(self, node_ids: list[str]) -> None:
        """The canvas's selection: the activations panel scrolls to the selected layer."""
        if len(node_ids) == 1:
            self.activations_panel.scroll_to(node_ids[0])

    # helpers ------------------------------------------------------------------------------------------------
    def _ask(self, kind: str, **options) -> None:
        """A probe whose answer comes back through ``_on_probed`` (at once when the model is free)."""
        if self.training.session is not None:
            self.controller.probe(self.training.session, kind, **options)

    def _name(self, index: int) -> str:
        names = self.class_names
        return names[index] if names and 0 <= index < len(names) else str(index)

    @staticmethod
    def _example(e: dict, true: int, pred: int) -> dict:
        x = np.asarray(e["x"])
        image = x if x.ndim in (2, 3) else None
        return {"index": e["index"], "image": image, "values": None if image is not None else x.ravel().tolist(),
                "probs": np.asarray(e["probs"]), "true": true, "pred": pred}

    def show_selected_weights(self) -> None:
        """The selected node's weights: from the session when the model is free, else at the next batch."""
        session = self.training.session
        ids = self.window.scene.selected_node_ids()
        node_id = ids[0] if len(ids) == 1 else None
        if node_id is None:
            self.weights.show_nothing("Select a layer on the canvas to see its weights.")
            return
        self._weights_shown_for = node_id
        if session is None or (session.trainer is None and not session.state_snapshot()):
            self.weights.show_nothing("Train the network first: its weights appear here after the first batch.")
            return
        if self.controller.busy and not session.waiting:
            self.controller.request_weights()
            return
        self._show_weights(session.weights_snapshot())

    def _show_weights(self, snapshot: dict) -> None:
        node_id = self._weights_shown_for
        node = self.window.document.design.nodes.get(node_id) if node_id else None
        if node is None:
            return
        prefix = node_id + "."
        params = {k[len(prefix):]: v for k, v in snapshot.items() if k.startswith(prefix)}
        self.weights.show_node(node_id, node.type, params)

    def activations(self, sample, timeout_s: float = 30.0) -> dict:
        """Every node's output for one input (an index into the test split, or one raw input row), waiting for
        the worker when a run is on."""
        session = self.training.session
        if session is None:
            raise TrainingError("nothing has been trained yet: press Train first")
        options = ({"split": "test" if session.trainer is None or "test" in session.trainer.splits else "val",
                    "index": int(sample)} if isinstance(sample, (int, np.integer)) else {"rows": [sample]})
        answers: list[dict] = []
        loop = QEventLoop()
        request = self.controller.next_probe_id

        def take(answer):
            if answer.get("id") == request:
                answers.append(answer)
                loop.quit()
        self.controller.probed.connect(take)
        try:
            self.controller.probe(session, "activations", **options)
            if not answers:
                QTimer.singleShot(int(timeout_s * 1000), loop.quit)
                loop.exec()
        finally:
            self.controller.probed.disconnect(take)
        if not answers:
            raise TrainingError(f"no answer from the training thread within {timeout_s:.0f} s")
        if "error" in answers[0]:
            raise TrainingError(answers[0]["error"])
        return answers[0]["result"]["outputs"]
