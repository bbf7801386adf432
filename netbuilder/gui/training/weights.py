"""The weights the window holds, between runs: the rewind timeline, Reset weights, a run restored, a checkpoint
opened or saved, predictions. A mixin of :class:`~.training.TrainingDriver` (which owns ``session``, ``panel``,
``curves``, ``controller``, ``document`` and ``weightsReplaced``). Every change of weights ends with
``weightsReplaced``; each waits for a probe job first (``settle``), so no job thread uses the model meanwhile.
"""
from __future__ import annotations

import copy

from ...core.errors import NetbuilderError, TrainingError
from ...core.text import msg
from ..common.i18n import tr, tr_error, tr_text
from .workers import training_threads


class TrainingWeights:
    def sync_timeline(self) -> None:
        """The rewind slider at the present, with what the session's timeline holds; usable between runs."""
        timeline = self.session.timeline if self.session is not None else None
        count = len(timeline) if timeline is not None else 0
        text = (tr("Rewind: {recorded}", recorded=tr_text(timeline.describe())) if count
                else tr("Rewind: nothing recorded yet"))
        self.panel.set_timeline(count, text, enabled=not self.busy)
        self.curves.loss_plot.mark_rewind(None)

    def _on_rewind_requested(self, index: int) -> None:
        self._rewind_to = index
        self._rewind_timer.start()  # dragging: the panels follow a few times a second, not at every pixel

    def _rewind_now(self) -> None:
        index, self._rewind_to = self._rewind_to, None
        if index is not None:
            self.rewind(index)

    def rewind(self, index: int) -> bool:
        """Put the weights back to the timeline's snapshot ``index`` (between runs); every panel shows the network
        as it was then. False, with the reason in the panel, when it cannot."""
        if self.session is None or not self.settle():
            return False
        try:
            snapshot = self.session.rewind(index)
        except NetbuilderError as exc:
            self.panel.show_outcome(tr("Not rewound: {reason}", reason=tr_error(exc)), "failed")
            return False
        last = index == len(self.session.timeline) - 1
        values = dict(x=round(snapshot.x, 2), i=index + 1, n=len(self.session.timeline),
                      recorded=tr_text(self.session.timeline.describe()))
        self.panel.timeline_label.setText(
            tr("Rewind: the present, epoch {x:.10g} (snapshot {i} of {n}; {recorded})", **values) if last else
            tr("Rewind: epoch {x:.10g} (snapshot {i} of {n}; {recorded}). Train goes on from here as a new run.",
               **values))
        self.panel.timeline.blockSignals(True)
        self.panel.timeline.setValue(index)
        self.panel.timeline.blockSignals(False)
        self.curves.loss_plot.mark_rewind(None if last else snapshot.x)
        self.weightsReplaced.emit()
        return True

    def reset_weights(self) -> None:
        if not self.settle() or self.session is None:
            return
        from ...core.design.train_config import TrainConfig
        try:  # the settings on screen (a new seed) are the ones the fresh weights come from
            if self.session.same_network(self.document.design):
                self.session.update_settings(TrainConfig.from_design(self.document.design), self.panel.device_spec,
                                             design=self.document.design)
        except NetbuilderError as exc:
            self.panel.show_outcome(tr("Not reset: {reason}", reason=tr_error(exc)), "failed")
            return
        self.session.reset_weights()
        self.curves.clear()
        self.panel.reset_progress()
        self.sync_timeline()
        self.panel.show_outcome(tr("Weights reset: the next run starts from new weights."), "info")
        self.weightsReplaced.emit()

    def restore_run(self, number: int) -> None:
        record = next((r for r in self.runs if r.number == number), None)
        if not self.settle():
            return
        try:
            if record is None:
                raise TrainingError(msg("there is no run {number}", number=number))
            if number not in self._run_session:  # a sweep's trial (TrainingDriver.add_trial_run)
                raise TrainingError(msg("{label} is a sweep's trial: its weights were not kept (the Runs view "
                                        "compares it)", label=record.label))
            if (self.session is None or self._run_session[number]() is not self.session
                    or not self.session.same_network(self.document.design)):
                raise TrainingError(msg("{label} trained a different network from the one on the canvas "
                                        "(layers or connections changed since); its weights do not fit it",
                                        label=record.label))
            self.session.restore_run(record)
        except NetbuilderError as exc:
            self.panel.show_outcome(tr("Not restored: {reason}", reason=tr_error(exc)), "failed")
            return
        x, loss = self.session.curves.points()
        self.curves.load(self.session.history, x, loss, self.curves.task)
        self.sync_timeline()
        self.panel.show_outcome(tr("Restored the weights {label} ended with (epoch {epoch}).", label=record.label,
                                   epoch=len(record.full_history)), "info")
        self.weightsReplaced.emit()

    def open_checkpoint(self, checkpoint, path) -> None:
        """Show a loaded checkpoint: its design on the canvas, its curves, its weights ready to train on. The
        loader checked it whole; the session is built before the canvas changes, so a refusal leaves it as is."""
        from ...core.session.session import TrainingSession
        session = TrainingSession.from_checkpoint(checkpoint, device=self.panel.device_spec,
                                                  num_threads=training_threads())
        session.set_delay(self.panel.delay())
        self.document.load(copy.deepcopy(checkpoint.design), None)
        self.session = session  # after the load, which clears the last design's session
        x, loss = self.session.curves.points()
        self.curves.load(checkpoint.history, x, loss, checkpoint.task)
        test = checkpoint.test or {}
        acc = test.get("test_accuracy")
        values = dict(path=str(path), epochs=len(checkpoint.history))
        self.panel.show_outcome(
            tr("Opened the checkpoint {path}: {epochs} epochs trained, test accuracy {accuracy:.1f}%. Train goes on "
               "from these weights.", accuracy=100 * acc, **values) if isinstance(acc, float) else
            tr("Opened the checkpoint {path}: {epochs} epochs trained. Train goes on from these weights.", **values),
            "info")
        self.sync_timeline()
        self.weightsReplaced.emit()

    def save_checkpoint(self, path) -> None:
        """The session's weights, design, settings and curves as a checkpoint file. Synchronous, for scripts and
        tests: the file is there when it returns (Training > Save Checkpoint writes in the background instead:
        :meth:`checkpoint_payload` here, ``write_checkpoint`` in a thread of its own)."""
        from ...core.training.checkpoint import write_checkpoint
        write_checkpoint(path, self.checkpoint_payload())

    def checkpoint_payload(self) -> dict:
        """A checkpoint of the weights now as plain data and CPU copies, which ``write_checkpoint`` serialises in
        any thread: copied by the thread that owns the model (a paused run's worker, or this one between runs)."""
        self.settle()
        if self.session is None:
            raise TrainingError(msg("nothing has been trained yet: train first, then save a checkpoint"))
        return self.controller.call(self.session.checkpoint_payload)

    def predict(self, rows) -> list:
        self.settle()
        state = self.controller.state
        if state != "idle" and not (state == "paused" and self.session is not None and self.session.waiting):
            raise TrainingError(msg("the model is in use (training or evaluating): pause or stop the run, wait for "
                                    "its current batch, then predict"))
        if self.session is None:
            raise TrainingError(msg("nothing has been trained yet: train first"))
        session = self.session  # used by the paused run's worker, or here when no job thread exists
        return self.controller.call(lambda: session.predict(rows).tolist())
