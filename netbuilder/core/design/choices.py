"""The names a design's training section may use, in a module that imports neither torch nor Qt, so the editor
can offer them before torch has loaded. The trainer checks itself against these;
:mod:`netbuilder.core.design.settings` builds the training settings' schema from them, and holds every default."""

#: The dataset names, from the one dataset list (:mod:`netbuilder.core.datasets.catalog`: tasks, classes, shapes).
from ..datasets.catalog import DATASET_NAMES  # noqa: E402,F401  (torch-free, as this module)
LOSSES = ("mse", "l1", "cross_entropy", "bce")
OPTIMIZERS = ("sgd", "adam", "adamw", "rmsprop")
SCHEDULERS = ("step", "cosine", "plateau")
METRICS = ("accuracy", "precision", "recall", "f1", "confusion", "mae", "r2", "loss")
#: what early stopping and the plateau scheduler may watch
MONITORS = ("val_loss", "loss", "val_accuracy", "accuracy", "val_mae", "mae", "val_r2", "r2")
