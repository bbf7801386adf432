"""Try it's live camera gets the trained network from here: a copy of it (``TrainingSession.as_checkpoint``: the
weights on the CPU, with the dataset's preprocessing), made where the model may be read (``TrainingController.call``:
between batches during a run, at once otherwise), when the camera is turned on, after each run and whenever the
weights are replaced. The camera's thread uses only that copy, so one thread per model still holds."""
from __future__ import annotations

from PySide6.QtCore import QObject

from ...core.errors import NetbuilderError
from ...core.text import msg
from ..common.background import one_line
from ..common.i18n import tr_text

UNTRAINED = msg("Train the network first: then the camera's frames go through it.")


class LiveCameraLink(QObject):
    def __init__(self, camera, training, parent: QObject | None = None):
        super().__init__(parent)
        self.camera, self.training = camera, training
        camera.wanted.connect(self._on_wanted)
        training.controller.runFinished.connect(self._refresh)
        training.weightsReplaced.connect(self._refresh)

    def _on_wanted(self, on: bool) -> None:
        if on:
            self.hand_over()
        else:
            self.camera.set_model(None, None)

    def _refresh(self, *_args) -> None:
        if self.camera.on:
            self.hand_over()

    def hand_over(self) -> bool:
        """Give the camera a copy of the current weights (or say in one line why there is none)."""
        session = self.training.session
        if session is None or not session.has_weights:
            self.camera.set_model(None, None, tr_text(UNTRAINED))
            return False
        try:
            copy = self.training.controller.call(session.as_checkpoint)  # needs no data: never loads it
            self.camera.set_model(copy, copy.input_shape)
        except (NetbuilderError, OSError) as exc:
            self.camera.set_model(None, None, one_line(exc))
            return False
        return True
