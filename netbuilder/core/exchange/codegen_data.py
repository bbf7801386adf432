"""The data half of the exported script: what it will do (:class:`Plan`), its settings and ``load_data()``.

``load_data`` mirrors :mod:`netbuilder.core.datasets` and the trainer's preprocessing (the same samples, split,
scaling and targets) in plain torch/numpy/torchvision. What it does for a dataset follows from the dataset's
:mod:`~netbuilder.core.datasets.catalog` entry (its kind, its options, its ``points`` function, copied by source):
no dataset is named here.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .codegen_source import WIDTH, call, copy_definitions, docstring, literal, quote
from ..design.compiler import folded_activation
from ..datasets.catalog import CATALOG, DatasetEntry, sample_shape
from ..errors import DesignError, NetbuilderError, TrainingError
from ..design.graph import Design
from ..design.output_fit import known_task
from ..design.shapes import ShapeReport



@dataclass
class Plan:
    """What the script does: netbuilder's checked training settings and the Problem they make."""

    config: object  # TrainConfig
    problem: object  # Problem
    dataset: dict
    output_shape: tuple
    folded: str | None  # the final Softmax/Sigmoid the loss folds in: training calls forward_logits
    input_shape: tuple = ()  # the design's Input (a person's images are resized to it)
    eval_batch_size: int = 1000  # evaluation's batches, as the Trainer sizes them
    preprocessing: dict | None = None  # a pretrained backbone's (design.preprocessing.image_preprocessing)


def plan(design: Design, report: ShapeReport) -> Plan | None:
    """None when the design names no dataset (the export is then the model alone)."""
    from ..design.train_config import TrainConfig, check_augment, check_monitors
    from ..training.data import Problem, check_sample_shape

    if not (design.training or {}).get("dataset"):
        return None
    config = TrainConfig.from_design(design)
    ds = config.dataset
    output_id = design.output_nodes()[0]
    output_shape = tuple(report.nodes[output_id].shape)
    task, classes = _task(ds, config, output_shape)
    sample = sample_shape(ds)
    input_id = design.input_nodes()[0]
    input_shape = tuple(report.nodes[input_id].shape)
    # the trainer's checks, in the trainer's order and words
    name = f"the dataset '{ds['name']}'"
    problem = Problem.decide(config.loss, task, classes, output_shape, name, output_id)
    problem.check_target_width(1, output_shape, name, output_id)  # netbuilder's regression sets: one target each
    check_monitors(config, task, name)
    check_augment(config, input_shape)
    if sample is not None:
        check_sample_shape(sample, input_shape, f"The dataset '{ds['name']}'", input_id)
    if report.total_params == 0:
        from ..training.optim import NO_PARAMETERS
        raise TrainingError(NO_PARAMETERS)
    from ..training.recipe import eval_batch_size
    evaluation = eval_batch_size(config.batch_size, report.activation_bytes + 4 * math.prod(input_shape))
    from ..design.preprocessing import image_preprocessing
    return Plan(config, problem, ds, output_shape, folded_activation(design, problem.loss), input_shape, evaluation,
                image_preprocessing(design))


def entry_of(p_or_spec) -> DatasetEntry:
    """The catalog entry of a Plan's (or a spec's) dataset."""
    spec = p_or_spec.dataset if isinstance(p_or_spec, Plan) else p_or_spec
    return CATALOG[spec["name"]]


def _task(ds: dict, config, output_shape) -> tuple[str, int | None]:
    name = ds["name"]
    known = known_task(ds)
    if known is not None:
        return known
    entry = CATALOG.get(name)
    kind = entry.kind if entry else None
    if entry is not None and isinstance(entry.classes, str):  # classes the loader refuses: its error says why
        return entry.task, int(ds.get(entry.classes, entry.option_default(entry.classes)))
    if kind == "image_folder":  # a class per folder, when the folder is here to count them
        from ..datasets.base import resolve_data_dir
        from ..datasets.images import list_images, spec_folder
        try:
            return "classification", len(list_images(spec_folder(ds, "path", resolve_data_dir(None)[0]))[0])
        except NetbuilderError:
            return "classification", max(2, output_shape[0] if len(output_shape) == 1 else 2)
    if kind == "csv":
        try:  # the file decides (as netbuilder's loader would), when it is here to read
            from ..datasets import load_dataset
            found = load_dataset(ds, seed=config.seed, download=False)
            return found.task, found.num_classes
        except NetbuilderError:
            task = ds.get("task") or ("regression" if config.loss in ("mse", "l1") else "classification")
            width = output_shape[0] if len(output_shape) == 1 else 1
            return task, (None if task == "regression" else max(2, width))
    raise DesignError(f"cannot export: unknown dataset {name!r}")


# the settings block -------------------------------------------------------------------------------------------
def settings(p: Plan | None, input_shape: tuple) -> str:
    """The constants at the top of the script: what a reader may want to change, in one place."""

    lines = [f"INPUT_SHAPE = {tuple(input_shape)!r}  # one sample, without the batch dimension"]
    if p is None:
        return "\n".join(lines) + "\n"
    if entry_of(p).reads_files:
        lines.insert(0, "DATA_DIR = None  # --data-dir, else $NETBUILDER_DATA_DIR, else netbuilder's cache folder")
    c, problem = p.config, p.problem
    lines += [f"EPOCHS = {c.epochs}", f"BATCH_SIZE = {c.batch_size}",
              f"EVAL_BATCH_SIZE = {p.eval_batch_size}  # as netbuilder's for this network: about 32 MB of activations",
              f"SEED = {c.seed}",
              f"LOSS = {literal(problem.loss)}",
              f"KIND = {literal(problem.kind)}  # multiclass, binary, onehot (one output per class) or regression",
              f"NUM_CLASSES = {problem.num_classes!r}",
              f"THRESHOLD = {problem.threshold!r}  # binary: an output above it means class 1",
              f"OUTPUT_SHAPE = {tuple(p.output_shape)!r}",
              f"OPTIMIZER = {literal(dict(c.optimizer))}",
              f"SCHEDULER = {literal(dict(c.scheduler)) if c.scheduler else None}",
              f"EARLY_STOPPING = {literal(dict(c.early_stopping)) if c.early_stopping else None}"]
    if c.augment:
        lines.append(f"AUGMENT = {literal(c.augment)}  # each training batch, in this order (see make_augment)")
    return "\n".join(lines) + "\n"


def needs(p: Plan | None) -> set[str]:
    """The modules the script part imports at the top (beyond torch and nn)."""
    if p is None:
        return set()
    out = {"argparse"}
    if entry_of(p).by_path:
        out.add("os")
    return out


# what the script copies from netbuilder: the training loop and the recipe it trains with ----------------------
def copied(p: Plan | None) -> list[tuple[object, set[str]]]:
    """(module, names) the exported script copies by source."""
    if p is None:
        return []
    from ..training import recipe, script_loop
    from ..design import settings
    from ..datasets import base, splits, vision

    out = [(script_loop, {"train", "scores_of"}), (settings, {"whole_number"}),
           (recipe, {"LOSS_FUNCTIONS", "pick_device", "distributed_device", "start_distributed", "stop_distributed",
                     "local_lead_first", "make_targets", "scale_shift", "prepare"}),
           (splits, {"feature_stats", "validation_fraction", "split_indices"})]
    if p.folded:
        out.append((recipe, {"Logits"}))
    if p.config.augment:
        from ..training import augment
        out.append((augment, {"make_augment"}))
    kind = entry_of(p).kind
    if kind == "torchvision":
        out.append((vision, {"open_torchvision", "MissingData", "as_tensors"}))
    if entry_of(p).reads_files:
        out.append((base, {"resolve_data_dir"}))
    if kind == "csv":
        from ..datasets import tabular
        out.append((tabular, {"read_csv"}))
    if kind == "image_folder":
        from ..datasets import images
        out.append((images, {"read_folder", "Layout", "_folder"}))
    return out


# load_data ---------------------------------------------------------------------------------------------------
def toy_functions(p: Plan | None) -> tuple[str, dict[str, str]]:
    """Source of the dataset's ``points`` function (a built-in set: its catalog entry names it), copied from
    netbuilder with all it uses, and the imports it needs."""
    if p is None or entry_of(p).points is None:
        return "", {}
    import sys

    points = entry_of(p).function("points")
    source, imports, _ = copy_definitions(sys.modules[points.__module__], {points.__name__})
    return source, imports


def _points_call(entry: DatasetEntry, ds: dict) -> str:
    """``name_points(SEED, option=value, ...)``: every option the entry takes, as the design gives it (else its
    default); a value netbuilder's loader refuses is passed on as it is, for the function to refuse."""

    options = [f"{key}={literal(ds.get(key, entry.option_default(key)))}" for key in entry.options]
    return f"{entry.function('points').__name__}({', '.join(['SEED', *options])})"


def load_data(p: Plan) -> str:
    ds, name, entry = p.dataset, p.dataset["name"], entry_of(p)

    stats = ", stats=None" if p.config.augment else ""  # augmentation turns the input back into pixels with them
    out = [f"def load_data(data_dir={'DATA_DIR' if entry.reads_files else 'None'}{stats}):",
           docstring(f"The {name} dataset as netbuilder prepares it: ((x_train, y_train), validation, test), "
                     "where validation and test are (x, y) pairs or None. x is float, normalised, in INPUT_SHAPE; "
                     "y is what the loss compares the output with.", 4)]
    if entry.reads_files:
        out.append("    root, explicit = resolve_data_dir(data_dir)  # as netbuilder: --data-dir, the variable, "
                   "a cache")
    if entry.kind == "points":  # the catalog's own function, copied above
        out += [f"    x_train, y_train, x_test, y_test = {_points_call(entry, ds)}  # as netbuilder makes it"]
    elif entry.kind == "torchvision":
        src = entry.torchvision
        out += [f"    source = ({quote(src.cls_name)}, {quote(src.label)}, {quote(src.folder)})"
                "  # torchvision's class, name, folder",
                "    train_set = open_torchvision(*source, root, True, not explicit, explicit)",
                "    test_set = open_torchvision(*source, root, False, not explicit, explicit)",
                "    (x_train, y_train), (x_test, y_test) = as_tensors(train_set), as_tensors(test_set)"]
    elif entry.kind == "image_folder":
        out += _image_lines(ds, p.input_shape, p.preprocessing)
    else:
        out += _csv_lines(ds)
    limit = ds.get("limit")
    if limit is not None:
        out += [f"    x_train, y_train = x_train[:{limit}], y_train[:{limit}]  # the first {limit} samples only"]
    out += _validation_lines(ds.get("validation"), entry.self_validated)
    out += _preprocess_lines(ds, entry, p.preprocessing)
    if stats:
        out += ["    if stats is not None:  # the mean and std augmentation turns the input back into pixels with",
                "        stats.update(mean=mean, std=std)"]
    out += ["",
            "    def ready(x, y):  # what the model sees, and what the loss compares its output with",
            "        if x is None:",
            "            return None",
            "        return prepare(x, a, b, INPUT_SHAPE), make_targets(y, KIND, NUM_CLASSES, OUTPUT_SHAPE)",
            "",
            "    return ready(x_train, y_train), ready(x_val, y_val), ready(x_test, y_test)"]
    return "\n".join(out) + "\n"


def _csv_lines(ds: dict) -> list[str]:
    """netbuilder's own CSV reader, copied (:func:`netbuilder.core.datasets.tabular.read_csv`): the same fast path,
    the same classes (a few whole numbers or any text) and the same one-line messages."""

    spec = [f"{literal(k)}: {literal(ds[k])}" for k in ("target", "features", "task") if ds.get(k) is not None]
    return ["    # the file as the design names it: relative to the working folder, else to the data folder",
            f"    path = {literal(str(ds['path']))}",
            *_dict_lines("spec", ['"path": path', *spec], 4),
            "    _, x_train, y_train, _, _, _ = read_csv(spec, root)",
            "    x_test = y_test = None  # a CSV file has no test split: validation is the check"]


def _dict_lines(name: str, items: list[str], indent: int) -> list[str]:
    """``name = {items}`` on one line, or an item per line when that is too long (black's way)."""
    pad = " " * indent
    one = f"{pad}{name} = {{{', '.join(items)}}}"
    if len(one) <= WIDTH:
        return [one]
    return [f"{pad}{name} = {{"] + [f"{pad}    {item}," for item in items] + [f"{pad}}}"]


def _image_lines(ds: dict, input_shape: tuple, preprocessing: dict | None = None) -> list[str]:
    """netbuilder's reading of a person's images, copied (:mod:`netbuilder.core.datasets.images`): torchvision's
    ImageFolder rules, PIL, torchvision's resize, the same one-line messages; preloaded as uint8 (netbuilder streams
    a set too big for memory from disk; the script keeps it simple)."""
    from ..datasets.bundled import is_bundled, resolve
    from ..datasets.images import layout_for

    layout = layout_for(ds, input_shape, preprocessing)
    args = [str(layout.channels), repr(layout.size), f"resize={layout.resize!r}"]
    if layout.resize_ratio:  # a pretrained backbone's resize and centre crop
        args += [f"resize_ratio={layout.resize_ratio!r}", f"interpolation={literal(layout.interpolation)}"]
    line, note = call("layout = Layout", args, 4), "  # what each image becomes"
    out = ["    # the folders as the design names them: relative to the working folder, else to the data folder"]
    if is_bundled(ds["path"]) or is_bundled(ds.get("test_path")):  # portable in the design, not in the script
        out = ["    # a folder bundled with netbuilder: written as the path where this installation keeps it",
               "    # your folders: as the design names them, relative to the working folder, else the data folder"]
    out += [
           *([line + note] if len(line + note) <= WIDTH else ["    # what each image becomes", line]),
           f"    path = {literal(str(resolve(ds['path'])))}",
           "    classes, x_train, y_train = read_folder(_folder(path, root, \"path\"), layout)"]
    if ds.get("test_path") is not None:
        out.append(f"    path = {literal(str(resolve(ds['test_path'])))}")
        out.append("    _, x_test, y_test = read_folder(_folder(path, root, \"test_path\"), layout, classes)")
    else:
        out.append("    x_test = y_test = None  # no test folder: validation is the check")
    return out


def _validation_lines(fraction, self_validated: bool) -> list[str]:
    out = ["", f"    fraction = validation_fraction({fraction!r}, len(x_train), tiny={self_validated!r})"]
    if fraction is None:
        out[-1] += "  # netbuilder's default"
    return out + [
        "    if fraction is None:  # a tiny set is validated on itself",
        "        x_val, y_val = x_train, y_train",
        "    elif fraction > 0:",
        "        val_idx, train_idx = split_indices(len(x_train), fraction, SEED)",
        "        x_val, y_val = x_train[val_idx], y_train[val_idx]",
        "        x_train, y_train = x_train[train_idx], y_train[train_idx]",
        "    else:",
        "        x_val = y_val = None"]


def _preprocess_lines(ds: dict, entry: DatasetEntry, preprocessing: dict | None = None) -> list[str]:
    """netbuilder's ``(x * scale - mean) / std``, folded into ``x * a + b``; ImageNet's mean and std where a
    pretrained backbone's preprocessing gives them (a 3-channel pixel Input: design.preprocessing decides)."""
    normalize = ds.get("normalize")
    out = ["", "    scale = 1 / 255  # pixels 0..255 -> 0..1" if entry.pixels else "    scale = 1.0"]
    src = entry.torchvision
    if preprocessing and preprocessing["mean"] is not None:
        out.append(f"    mean, std = {preprocessing['mean']!r}, {preprocessing['std']!r}  # ImageNet's, as the "
                   "weights expect")
    elif normalize:
        out.append("    mean, std = feature_stats(x_train, scale)  # normalize: per feature (or channel), training set")
    elif normalize is None and src is not None:
        out.append(f"    mean, std = {src.mean!r}, {src.std!r}  # of {src.label}'s training images")
    else:
        why = "normalize: false" if normalize is False else "netbuilder does not normalise this dataset unasked"
        out.append(f"    mean, std = 0.0, 1.0  # {why}")
    out.append("    a, b = scale_shift(scale, mean, std, x_train.dim() - 1)")
    return out
