"""The names a design's training section may use, in a module that imports neither torch nor Qt, so the editor
can offer them before torch has loaded. The trainer and the dataset registry check themselves against these;
:mod:`netbuilder.core.settings` builds the training settings' schema from them."""

DATASET_NAMES = ("xor", "hello", "linear", "moons", "circles", "spirals", "mnist", "fashion_mnist", "cifar10", "csv",
                 "image_folder")
#: What each named dataset asks of a model (csv depends on its file, so it is not listed; a folder of images is
#: always a classification, a class per sub-folder).
DATASET_TASKS = {"xor": "classification", "hello": "regression", "linear": "regression", "moons": "classification",
                 "circles": "classification", "spirals": "classification", "mnist": "classification",
                 "fashion_mnist": "classification", "cifar10": "classification", "image_folder": "classification"}
#: How many classes each named classification set has (spirals: its ``classes`` key, 2 or 3; a folder of images:
#: its sub-folders); each regression set has one target value per sample.
DATASET_CLASSES = {"xor": 2, "moons": 2, "circles": 2, "mnist": 10, "fashion_mnist": 10, "cifar10": 10}
SPIRAL_ARMS = (2, 3)
LOSSES = ("mse", "l1", "cross_entropy", "bce")
OPTIMIZERS = ("sgd", "adam", "adamw", "rmsprop")
SCHEDULERS = ("step", "cosine", "plateau")
#: torch's own default learning rates and weight decays, used when the design gives none.
DEFAULT_LR = {"sgd": 0.01, "adam": 1e-3, "adamw": 1e-3, "rmsprop": 1e-2}
DEFAULT_WEIGHT_DECAY = {"sgd": 0.0, "adam": 0.0, "adamw": 0.01, "rmsprop": 0.0}
METRICS = ("accuracy", "precision", "recall", "f1", "confusion", "mae", "r2", "loss")
#: what early stopping and the plateau scheduler may watch
MONITORS = ("val_loss", "loss", "val_accuracy", "accuracy", "val_mae", "mae", "val_r2", "r2")
