"""The names a design's training section may use, in a module that imports neither torch nor Qt, so the editor
can offer them before torch has loaded. The trainer checks itself against these;
:mod:`netbuilder.core.design.settings` builds the training settings' schema from them."""

#: The dataset names, from the one dataset list (:mod:`netbuilder.core.datasets.catalog`: tasks, classes, shapes).
from ..datasets.catalog import DATASET_NAMES  # noqa: E402,F401  (torch-free, as this module)
LOSSES = ("mse", "l1", "cross_entropy", "bce")
OPTIMIZERS = ("sgd", "adam", "adamw", "rmsprop")
SCHEDULERS = ("step", "cosine", "plateau")
#: torch's own default learning rates and weight decays, used when the design gives none.
DEFAULT_LR = {"sgd": 0.01, "adam": 1e-3, "adamw": 1e-3, "rmsprop": 1e-2}
DEFAULT_WEIGHT_DECAY = {"sgd": 0.0, "adam": 0.0, "adamw": 0.01, "rmsprop": 0.0}
METRICS = ("accuracy", "precision", "recall", "f1", "confusion", "mae", "r2", "loss")
#: what early stopping and the plateau scheduler may watch
MONITORS = ("val_loss", "loss", "val_accuracy", "accuracy", "val_mae", "mae", "val_r2", "r2")
