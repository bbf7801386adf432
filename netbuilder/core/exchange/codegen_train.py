"""The training half of the exported script: ``main()``.

``main`` only wires things up: the device, the data, the model, the processes under torchrun. The training itself
is :func:`netbuilder.core.training.script_loop.train`, copied by source, which runs the Trainer's own epoch loop
(:mod:`netbuilder.core.training.loop`), so that a run of the script follows a run in netbuilder.
"""
from __future__ import annotations

from .codegen_data import Plan, entry_of
from .codegen_source import call, docstring, literal, quote
from ..design.settings import SETTING


def main(p: Plan, cls: str, imagenet: list[str] = ()) -> str:
    """``imagenet``: the backbones whose ImageNet weights the model loads (downloaded first when missing)."""

    epochs = SETTING["epochs"]

    entry = entry_of(p)  # the dataset's catalog entry: how it is read
    if entry.kind == "torchvision":
        data_help = "the dataset's folder (default: $NETBUILDER_DATA_DIR, else netbuilder's cache)"
    elif entry.by_path:
        data_help = "where to look for the data if its path is not found from the working folder"
    else:
        data_help = "not used: this dataset is built in"
    default_dir = "DATA_DIR" if entry.reads_files else "None"
    metric = "accuracy" if p.problem.kind != "regression" else "mae"
    data_errors = "MissingData, " if entry.kind == "torchvision" else "DataError, " if entry.by_path else ""
    forward = "Logits(model)" if p.folded else "model"
    augment = bool(p.config.augment)
    lines = [
        "def main(argv=None):",
        docstring(f"Train {cls} with the design's settings, as netbuilder does; returns the trained model. Under "
                  "torchrun every process trains on its shard of each batch (DistributedDataParallel) and process 0 "
                  "prints and saves.", 4),
        "    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])",
        # the schema's bounds and its whole_number (copied by source): the script refuses what a design may not hold
        call("parser.add_argument", ['"--epochs"', f"type=whole_number({epochs.low}, {epochs.high:_})",
                                     "default=EPOCHS", 'help="passes over the training set"'], 4),
        call("parser.add_argument", ['"--data-dir"', f"default={default_dir}", f"help={quote(data_help)}"], 4),
        '    parser.add_argument("--device", default="auto", help="auto, cpu, cuda or cuda:N (default auto)")',
        '    parser.add_argument("--save", metavar="FILE.pt", help="save the trained weights (a state_dict)")',
        "    args = parser.parse_args(argv)",
        "    try:",
        "        device = distributed_device(pick_device(args.device))",
        "    except ValueError as exc:",
        '        raise SystemExit(f"error: {exc}") from None',
        "    rank, world = start_distributed(device)  # (0, 1) unless started by torchrun",
        "    try:",
        "        return run(args, device, rank, world)",
        "    finally:",
        "        stop_distributed()",
        "",
        "",
        "def run(args, device, rank, world):",
        docstring("The run main() starts, in this process.", 4),
        "    log = print if rank == 0 else (lambda *_: None)",
        *(["    stats = {}  # the data's mean and std, for the augmentation"] if augment else []),
        "    try:",
        "        with local_lead_first(world):  # under torchrun: one download per machine",
        "            train_set, val, test = load_data(args.data_dir, stats)" if augment else
        "            train_set, val, test = load_data(args.data_dir)",
        f"    except ({data_errors}OSError) as exc:  # one line, what to do",
        '        raise SystemExit(f"error: {exc}") from None',
        "    train_set = tuple(t.to(device) for t in train_set)",
        "    val = tuple(t.to(device) for t in val) if val else None",
        "    test = tuple(t.to(device) for t in test) if test else None",
        "",
        *_fetch(imagenet),
        "    torch.manual_seed(SEED)  # the same initial weights as netbuilder's",
        f"    model = {cls}().to(device)",
        f"    scores = {forward}  # what the loss is computed on",
        "    forward = scores",
        "    if world > 1:",
        '        ids = [device.index] if device.type == "cuda" else None',
        "        forward = nn.parallel.DistributedDataParallel(scores, device_ids=ids)",
        '    settings = {"loss_fn": LOSS_FUNCTIONS[LOSS], "kind": KIND, "threshold": THRESHOLD,',
        '                "num_classes": NUM_CLASSES, "output_shape": OUTPUT_SHAPE,',
        '                "optimizer": OPTIMIZER, "scheduler": SCHEDULER, "early_stopping": EARLY_STOPPING,',
        '                "batch_size": BATCH_SIZE, "eval_batch_size": EVAL_BATCH_SIZE, "seed": SEED}',
        *([call("    augment = make_augment", ["AUGMENT", "SEED", 'stats["mean"]', 'stats["std"]',
                                                "INPUT_SHAPE[0]", "device"], 0),
           '    settings["augment"] = augment  # each training batch only'] if augment else []),
        "    data = (train_set, val)",
        "    _, stopped, message = train(model, forward, data, settings, args.epochs, device, rank, world,",
        "                                log)",
        "    if message:",
        "        log(message)",
        "    if test:",
        "        results = scores_of(scores, test, settings['loss_fn'], settings)",
        f'        log(f"test loss {{results[\'loss\']:.4f}}, test {metric} {{results[{metric!r}]:.4f}}")',
        "    else:",
        '        log("the dataset has no test split; see the validation metrics above")',
        "    if args.save and rank == 0:",
        "        torch.save(model.state_dict(), args.save)",
        '        log(f"saved the weights to {args.save}")',
        '    if stopped == "diverged":',
        '        raise SystemExit(f"error: {message}")',
        "    return model",
    ]
    return "\n".join(lines) + "\n"


def _fetch(imagenet: list[str]) -> list[str]:
    """Lines of run() that download the ImageNet weights into torch's cache (TORCH_HOME honoured) where they are
    not there yet, before the model is built (which then loads and checks them): netbuilder's
    backbones.imagenet_path, copied (under torchrun, once per machine)."""
    if not imagenet:
        return []
    return [
        "    try:",
        "        with local_lead_first(world):  # into torch's cache, once per machine",
        f"            for name in {literal(tuple(imagenet))}:",
        "                imagenet_path(BACKBONES[name])",
        "    except DataError as exc:",
        '        raise SystemExit(f"error: {exc}") from None',
        "",
    ]
