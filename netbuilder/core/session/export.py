"""What a :class:`~.session.TrainingSession` tells and gives its callers about its network, so that nothing outside
the core reaches into its trainer (issue 20): whether it has weights, the sample shape and split sizes, the class
names, the layers, and its weights as a checkpoint or an ONNX file.

The facts come from the prepared trainer when there is one, else from the checkpoint the session was opened from.
Reading them is cheap and touches no tensor. Saving is split in two (:meth:`SessionExport.checkpoint_payload`,
which copies the weights, in the thread that owns the model; :func:`~.checkpoint.write_checkpoint`, the slow
serialising, anywhere), so that a window serialises off its GUI thread while the model trains on.
"""
from __future__ import annotations

import math
import os
from pathlib import Path

from ..errors import TrainingError
from ..text import msg


class SessionExport:
    """Mixed into TrainingSession (which holds ``trainer``, ``checkpoint``, ``design``, ``curves``,
    ``last_result`` and ``state_snapshot()``)."""

    # facts -------------------------------------------------------------------------------------------------
    @property
    def has_weights(self) -> bool:
        """Trained (or opened) weights to probe, predict with, save or export: without copying them."""
        return self.trainer is not None or bool(self._state)

    @property
    def sample_shape(self) -> tuple[int, ...] | None:
        """The shape of one raw input sample (before preprocessing), None before the data is loaded."""
        if self.trainer is not None:
            return tuple(self.trainer.preprocessor.sample_shape)
        if self.checkpoint is not None:
            return tuple(self.checkpoint.input_shape)
        return None

    @property
    def input_dims(self) -> int | None:
        """How many numbers one input sample holds (the boundary panel draws 1 or 2), None before the data loads."""
        shape = self.sample_shape
        return int(math.prod(shape)) if shape is not None else None

    @property
    def split_sizes(self) -> dict[str, int]:
        """Samples in each split the loaded data has (``train``, ``val``, ``test``); empty before it is loaded."""
        if self.trainer is None:
            return {}
        return {name: len(split.x) for name, split in self.trainer.splits.items()}

    @property
    def class_names(self) -> list[str] | None:
        """The dataset's class names (None for regression or unnamed classes, or before anything is loaded)."""
        names = (self.trainer.dataset.class_names if self.trainer is not None
                 else self.checkpoint.class_names if self.checkpoint is not None else None)
        return list(names) if names else None

    @property
    def output_id(self) -> str | None:
        """The id of the node whose values are the network's output (in an activations probe's answer)."""
        model = (self.trainer.model if self.trainer is not None
                 else self.checkpoint.model if self.checkpoint is not None else None)
        return model.output_id if model is not None else None

    @property
    def weight_values(self) -> int:
        """How many numbers the weights and buffers hold (4 bytes each as float32), counted without copying."""
        if self.trainer is not None:
            return sum(int(v.numel()) for v in self.trainer.model.state_dict().values())
        return sum(int(v.numel()) for v in (self._state or {}).values())

    def network_layers(self) -> list[tuple[str, str]]:
        """The trained network's layers in order as ``(node id, type)`` (empty before the model is built)."""
        if self.trainer is None:
            return []
        from ..teaching.advice import network_layers
        return network_layers(self.trainer.model, self.design)

    # weights as files ----------------------------------------------------------------------------------------
    def checkpoint_payload(self) -> dict:
        """A checkpoint of the current weights as plain data and CPU copies (in the thread that owns the model);
        :func:`~.checkpoint.write_checkpoint` serialises and writes it, in any thread."""
        from ..training.checkpoint import checkpoint_payload
        if self.trainer is None:
            raise TrainingError(msg("nothing has been trained in this session yet: train first, then save"))
        x, loss = self.curves.points()
        return checkpoint_payload(self.trainer, self.last_result, curves={"batch_x": x, "batch_loss": loss})

    def save_checkpoint(self, path) -> None:
        """The core's checkpoint format: design, weights, settings, history and the loss curve."""
        from ..training.checkpoint import write_checkpoint
        write_checkpoint(path, self.checkpoint_payload())

    def as_checkpoint(self):
        """The current weights as a loaded :class:`~.checkpoint.Checkpoint` on the CPU (a copy: the session's own
        model stays untouched), which is what the ONNX exporter writes."""
        from ..design.compiler import compile_design
        from ..training.checkpoint import Checkpoint
        if not self.has_weights:
            raise TrainingError(msg("there are no trained weights to export yet: train first (or open a checkpoint)"))
        trainer, opened = self.trainer, self.checkpoint
        if trainer is not None:
            ds = trainer.dataset
            problem, task, names, preprocess = trainer.problem, ds.task, ds.class_names, ds.preprocess
            dataset = {"name": ds.name, "task": ds.task, "num_classes": ds.num_classes,
                       "input_shape": [int(d) for d in ds.x_train.shape[1:]],
                       "class_names": list(names) if names is not None else None}
            config = trainer.config.to_dict()
        else:
            problem, task, names, preprocess = opened.problem, opened.task, opened.class_names, opened.preprocess
            dataset, config = dict(opened.dataset), dict(opened.config)
        from ..layers.backbones import weights_given
        with weights_given():  # every weight comes from the snapshot
            model = compile_design(self.design, problem.loss)
        model.load_state_dict(self.state_snapshot())
        model.eval()
        return Checkpoint(path="", design=self.design, model=model, config=config,
                          preprocess=preprocess, history=[dict(m) for m in self.history], task=task,
                          class_names=list(names) if names is not None else None,
                          input_shape=tuple(self.sample_shape), problem=problem, dataset=dataset)

    def export_onnx(self, path: str | os.PathLike) -> Path:
        """The current weights as an ONNX file (what ``netbuilder export CKPT --to model.onnx`` writes from a
        checkpoint file)."""
        from ..exchange.onnx_export import export_checkpoint
        return export_checkpoint(self.as_checkpoint(), path)
