"""Training, Qt-free: the loop, its settings, callbacks, metrics, checkpoints and device choice.

``Trainer.fit()`` is synchronous and calls its callbacks in the calling thread; the CLI calls it directly and the
GUI from a worker thread (ARCHITECTURE.md, threading contract).
"""
from .callbacks import Callback, History
from .checkpoint import Checkpoint, load_checkpoint, save_checkpoint
from ..train_config import TrainConfig
from .device import resolve_device
from .trainer import FitResult, Trainer
from .runs import RunRecord, describe
from .session import TrainingSession

__all__ = ["Trainer", "TrainConfig", "Callback", "History", "FitResult", "resolve_device", "save_checkpoint",
           "load_checkpoint", "Checkpoint", "TrainingSession", "RunRecord", "describe"]
