"""The decision boundary before any training: what the open design says, the training data and the untrained
network over the plane.

A new design (New, Open, a preset, a lesson's step) has no training session yet, so the panel would have nothing
to draw. :class:`BoundaryPreview` says at once what the design allows (a network with 784 inputs has no plane to
draw: the message says so), and for a network with 1 or 2 inputs, while the boundary is on screen, builds a
throw-away session of the design and asks it for a ``grid``: its data loads in a thread of its own (a ``probe``
job, which the training driver does not count as busy; a run started meanwhile lets it finish on its own,
unwaited for: ``TrainingController.detach_probe``), and the answer is drawn with the note "before training". The
first run trains a session of its own, from the design's seed as always. After an edit the preview is asked again (once the edits pause), while nothing has trained.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QObject, QTimer

from ...core.datasets.catalog import plane_datasets
from ...core.errors import NetbuilderError
from ...core.text import msg
from ..common.i18n import tr, tr_error, tr_text

EDIT_PAUSE_MS = 400
NOTE = msg("before training")
#: The built-in sets a plane can show, from the dataset catalog (a sample of 1 or 2 numbers).
NO_PLANE = msg("Train a network with 1 or 2 inputs ({datasets}) to see what it predicts over the plane.",
               datasets=", ".join(plane_datasets()))


class BoundaryPreview(QObject):
    def __init__(self, inside, document):
        """``inside``: the decision boundary's follower (``gui/training/followers.py``), whose panel this draws into;
        ``document``: the open design, which the preview shows before any training."""
        super().__init__(inside)
        self.inside, self.document = inside, document
        self.training, self.controller = inside.training, inside.controller
        self.session = None  # the throw-away session the preview came from
        self._request: int | None = None  # the grid asked for, whose answer is the preview's
        self._key = None  # what the preview was made of (network and data), to ask again only when it changed
        self._scheduled = False
        self._edits = QTimer(self)
        self._edits.setSingleShot(True)
        self._edits.setInterval(EDIT_PAUSE_MS)
        self._edits.timeout.connect(self._after_edits)

    # what the design says ---------------------------------------------------------------------------------------
    def design_input_dims(self) -> int | None:
        """Input features of the design's one Input node (None: no Input, several, or its shape unknown)."""
        report = self.document.analysis.report
        inputs = [info for info in report.nodes.values() if info.type == "Input"]
        if len(inputs) != 1 or inputs[0].shape is None:
            return None
        return int(math.prod(inputs[0].shape))

    def explain(self, dims: int | None) -> None:
        """Why there is no plane: the design's inputs, or none."""
        if dims is not None and dims not in (1, 2):
            self.inside.boundary.show_message(tr("A decision boundary needs 1 or 2 inputs; this network has {n:,}.",
                                                 n=dims))
        else:
            self.inside.boundary.show_message(tr_text(NO_PLANE))

    # the moments --------------------------------------------------------------------------------------------------
    def reset(self) -> None:
        """A new design, nothing trained: the boundary shows what the design allows, and the preview once shown."""
        self._edits.stop()
        self.drop()
        dims = self.design_input_dims()
        self.inside.input_dims = dims
        boundary = self.inside.boundary
        boundary.set_class_names(None)
        boundary.clear()
        if dims not in (1, 2):
            self.controller.unsubscribe("grid")
            self.explain(dims)
            return
        if self._errors():
            boundary.show_message(tr("Fix the design's problems (see Problems): then the plane shows the training "
                                     "data and what the untrained network predicts."))
            return
        boundary.show_message(tr("Loading the training data…"))
        self.show_soon()

    def drop(self) -> None:
        """Forget the preview (a run started, weights came): its answer, if one is still coming, is not drawn."""
        self.session, self._request, self._key = None, None, None

    def design_edited(self, _analysis=None) -> None:
        """After an edit, nothing trained yet: the preview again once the edits pause (only while shown)."""
        if self.training.session is None and self.inside.shown():
            self._edits.start()

    def _after_edits(self) -> None:
        if self.training.session is None and self._design_key() != self._key:
            self.reset()

    def show_soon(self) -> None:
        """Ask for the preview at the next turn of the event loop (a checkpoint opened right after its design
        brings weights of its own by then)."""
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._ask)

    # the probe -----------------------------------------------------------------------------------------------------
    def _ask(self) -> None:
        self._scheduled = False
        if (self.training.session is not None or not self.inside.shown()
                or self.inside.input_dims not in (1, 2) or self._errors()):
            return
        key = self._design_key()
        if key == self._key and self.session is not None:
            return  # asked already (drawn, or on its way)
        if not self.training.settle():
            return
        from ...core.design.train_config import TrainConfig
        from ...core.session.session import TrainingSession
        from .workers import training_threads
        design = self.document.design
        try:
            config = TrainConfig.from_design(design)
        except NetbuilderError as exc:
            self.inside.boundary.show_message(tr_error(exc))
            return
        self.session = TrainingSession(design, config, device="cpu", num_threads=training_threads())
        self._key = key
        self._request = self.controller.next_probe_id
        self.controller.probe(self.session, self.inside.spec.probe, **self.inside.spec.options)

    def take(self, answer: dict) -> bool:
        """The preview's answer (True: it was, drawn or dropped as stale); other answers are the driver's."""
        if self._request is None or answer.get("id") != self._request:
            return False
        self._request = None
        if self.session is None or self.training.session is not None:
            return True
        boundary = self.inside.boundary
        if "error" in answer:
            boundary.show_message(tr_text(answer["error"]))
            return True
        names = self.session.class_names
        if names:
            boundary.set_class_names(names)
        self.inside._units = set(answer["result"].get("units", {}))
        boundary.set_grid(dict(answer["result"], note=tr_text(NOTE)))
        return True

    # helpers -------------------------------------------------------------------------------------------------------
    def _errors(self) -> bool:
        return any(d.severity == "error" for d in self.document.analysis.diagnostics)

    def _design_key(self) -> str:
        """The network and the data the preview depends on (not the other training settings)."""
        from ...core.design.design_io import design_to_dict
        data = design_to_dict(self.document.design)
        training = data.get("training") or {}
        data["training"] = {k: training.get(k) for k in ("dataset", "seed", "limit")}
        for node in data.get("nodes", []):
            if isinstance(node, dict):
                node.pop("position", None)
                node.pop("pos", None)
        return repr(data)
