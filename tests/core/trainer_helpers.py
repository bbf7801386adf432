"""Designs, trainers and hand-made data sets that the trainer tests (test_trainer*.py) share."""
from __future__ import annotations

import torch

from netbuilder.core.datasets import Dataset
from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.training import Callback, TrainConfig, Trainer
from helpers import chain


def mlp(out, final=None, hidden=16, input_shape=(2,), **training):
    layers = [("Linear", {"out_features": hidden}), ("Tanh", None), ("Linear", {"out_features": out})]
    if final:
        layers.append((final, None))
    return chain(input_shape, layers, **training)


def make_trainer(design: dict, tmp_path, callbacks=None, dataset=None, **overrides) -> Trainer:
    d = design_from_dict(design)
    return Trainer(d, TrainConfig.from_design(d, **overrides), device="cpu", data_dir=tmp_path,
                   callbacks=callbacks, dataset=dataset)


def small_set(x, y, task="classification", num_classes=2, x_val=None, y_val=None, preprocess=None) -> Dataset:
    x = torch.as_tensor(x, dtype=torch.float32)
    y = torch.as_tensor(y, dtype=torch.int64 if task == "classification" else torch.float32)
    return Dataset(name="tiny", task=task, input_shape=tuple(x.shape[1:]), num_classes=num_classes,
                   class_names=None, x_train=x, y_train=y, x_val=x_val, y_val=y_val, x_test=x, y_test=y,
                   preprocess=preprocess or {"scale": 1.0, "mean": 0.0, "std": 1.0})


MOONS = dict(dataset={"name": "moons"}, loss="cross_entropy", optimizer={"name": "adam", "lr": 0.02},
             epochs=3, batch_size=64, seed=0)


class Snapshots(Callback):
    def __init__(self):
        self.states, self.events, self.batch_losses = {}, [], []

    def on_fit_start(self, trainer):
        self.events.append("start")

    def on_train_batch_end(self, trainer, epoch, batch, loss):
        self.batch_losses.append(loss)

    def on_train_epoch_end(self, trainer, epoch, metrics):
        self.events.append(f"epoch {epoch}")
        self.states[epoch] = {k: v.clone() for k, v in trainer.model.state_dict().items()}

    def on_fit_end(self, trainer, result):
        self.events.append(result.stopped)
