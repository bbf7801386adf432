"""The command line: a thin front end over netbuilder.core (presets, summary, train, lr-find, sweep, predict,
export, import, weights, gui).

Every user error exits with status 2 and one line ``error: ...``; never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path

from .core.files.atomic import shown, target_of
from .core.design.choices import OPTIMIZERS
from .core.errors import NetbuilderError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, status 2
        raise _UsageError(f"{message} (see netbuilder {self.prog.split()[-1]} --help)"
                          if " " in self.prog else f"{message} (see netbuilder --help)")


class _UsageError(Exception):
    pass



def bounded(path: str):
    """An argparse type for a number training setting, with the settings schema's kind and bounds: refused as the
    command line is parsed, before anything loads. The schema is imported when an option is given (``netbuilder
    gui`` does not pay for it)."""
    def parse(text: str):
        from .core.design.settings import SETTING
        return SETTING[path].argument_type()(text)
    parse.schema_path = path
    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="netbuilder", description="Build, check, train and export neural network designs.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("gui", help="open the editor (the default with no command)")
    p.add_argument("design", nargs="?", help="a design file or preset name to open")

    sub.add_parser("presets", help="list the bundled presets")

    p = sub.add_parser("summary", help="layers, output shapes and parameter counts of a design")
    p.add_argument("design", help="a design file (.json) or a preset name")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("train", help="train a design on its dataset")
    p.add_argument("design", help="a design file (.json) or a preset name")
    p.add_argument("--epochs", type=bounded("epochs"))
    p.add_argument("--batch-size", type=bounded("batch_size"))
    p.add_argument("--lr", type=bounded("optimizer.lr"))
    p.add_argument("--optimizer", choices=OPTIMIZERS)
    p.add_argument("--device", default="auto", help="auto, cpu, cuda or cuda:N (default auto)")
    p.add_argument("--seed", type=bounded("seed"))
    p.add_argument("--data-dir", help="folder with the datasets (default: $NETBUILDER_DATA_DIR or the user cache)")
    p.add_argument("--limit", type=bounded("dataset.limit"), help="use only the first N training samples")
    p.add_argument("--save", metavar="CKPT", help="save a checkpoint (design, weights, settings, history)")
    p.add_argument("--tensorboard", metavar="DIR",
                   help="log loss, accuracy (or mae, r2) and learning rate per epoch for TensorBoard, in "
                        "DIR/<design>-<time> (needs: pip install 'netbuilder[tensorboard]')")
    p.add_argument("--json", action="store_true", help="one JSON object per line")

    p = sub.add_parser("lr-find", help="the learning-rate range test: which learning rate to train a design with")
    p.add_argument("design", help="a design file (.json) or a preset name")
    p.add_argument("--optimizer", choices=OPTIMIZERS, help="test this optimizer (default: the design's)")
    p.add_argument("--device", default="auto", help="auto, cpu, cuda or cuda:N (default auto)")
    p.add_argument("--data-dir", help="folder with the datasets (default: $NETBUILDER_DATA_DIR or the user cache)")
    p.add_argument("--limit", type=bounded("dataset.limit"), help="use only the first N training samples")
    p.add_argument("--json", action="store_true", help='one JSON object: {"suggestion", "lrs", "losses", ...}')

    from .cli_sweep import add_sweep_parser  # its options, beside its handler (imports nothing heavy)
    add_sweep_parser(sub, bounded)

    p = sub.add_parser("predict", help="run a trained checkpoint on inputs")
    p.add_argument("checkpoint")
    p.add_argument("--input", required=True, metavar="JSON",
                   help="a JSON list of input rows, or a path to a JSON file holding one")

    p = sub.add_parser("export", help="write a design as standalone PyTorch source, or a trained checkpoint as "
                                      "ONNX (--to FILE.onnx)")
    p.add_argument("design", help="a design file (.json) or a preset name; for ONNX, a checkpoint written by "
                                  "netbuilder train --save")
    p.add_argument("--to", required=True, metavar="FILE.py|FILE.onnx",
                   help="FILE.py: PyTorch source; FILE.onnx: the trained model in ONNX (needs netbuilder[onnx])")

    p = sub.add_parser("import", help="turn a PyTorch nn.Module class into a design (this RUNS the file)")
    p.add_argument("model", metavar="FILE.py:CLASS",
                   help="the Python file and the nn.Module class in it; the file is run and CLASS() built")
    p.add_argument("--input-shape", required=True, metavar="D1,D2,...",
                   help="the shape of one sample, without the batch, e.g. 1,28,28")
    p.add_argument("--to", required=True, metavar="DESIGN.json", help="the design file to write")
    p.add_argument("--name", help="the design's name (default: the class name)")

    p = sub.add_parser("weights", help="pretrained weights for the Pretrained layer")
    weights = p.add_subparsers(dest="action", required=True, parser_class=_Parser)
    q = weights.add_parser("fetch", help="download a backbone's ImageNet weights into torch's cache (TORCH_HOME)")
    q.add_argument("model", help="resnet18, mobilenet_v3_small or efficientnet_b0")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        command = args.command or "gui"
        if args.command is None:
            args.design = None
        return _COMMANDS[command](args)
    except _UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except NetbuilderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a file the user named cannot be read or written
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


def _cmd_gui(args) -> int:
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        raise NetbuilderError("no display to open the editor on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run "
                              "it from a desktop session, or use the command line: netbuilder --help")
    # the window opens whatever it is given (a design, a preset's name, a checkpoint, a lesson) and says in a
    # dialog, and in one line on stderr, why one does not open; the window stays
    from .gui.window.app import run_app
    return run_app(args.design)


def _cmd_presets(args) -> int:
    from .core.design.presets import preset_info
    items = preset_info()
    width = max(len(name) for name, _ in items)
    for name, description in items:
        first = description.split(". ")[0].rstrip(".")
        print(f"{name:<{width}}  {first}.")
    return 0


def _load(source: str):
    from .core.design.design_io import load_design
    return load_design(source)


def _first_error(design, check_training: bool = False) -> None:
    from .core.design.validate import validate
    errors = [d for d in validate(design, check_training=check_training) if d.severity == "error"]
    if errors:
        d = errors[0]
        where = f"node '{d.node_id}': " if d.node_id else ""
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        raise NetbuilderError(f"{design.name}: {where}{d.message}{more}")


def _cmd_summary(args) -> int:
    from .core.layers.base import fmt_shape
    from .core.design.summary import memory_line, summarize
    from .core.system import human_bytes
    design = _load(args.design)
    _first_error(design)
    table = summarize(design)
    if args.json:
        print(json.dumps(table))
        if table["data_error"]:
            raise NetbuilderError(table["data_error"])
        return 0
    rows = [(r["id"], r["type"], fmt_shape(r["output_shape"]), f"{r['params']:,}") for r in table["layers"]]
    head = ("id", "type", "output shape", "params")
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    print(f"{design.name}")
    for row in (head, *rows):
        print("  ".join(str(v).ljust(w) if i < 3 else str(v).rjust(w) for i, (v, w) in enumerate(zip(row, widths))))
    frozen = f" (+ {table['frozen_params']:,} frozen)" if table["frozen_params"] else ""
    print(f"total params: {table['total_params']:,}{frozen}   FLOPs per sample: {table['flops']:,}   "
          f"activation memory per sample: {human_bytes(table['activation_bytes'])}")
    print(memory_line(table["memory"]))
    if table["data_error"]:  # the table is shown; a folder that cannot be used ends it as an error
        raise NetbuilderError(table["data_error"])
    if table["data"]:
        print(table["data"])
    return 0


def _cmd_train(args) -> int:
    from .core.files.atomic import shown
    from .core.training import TrainConfig, Trainer
    from .reporting import JsonReporter, TextReporter

    design = _load(args.design)
    _first_error(design)
    if args.save:
        _check_writable(args.save, "--save")
    config = TrainConfig.from_design(design, epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                                     optimizer=args.optimizer, seed=args.seed, limit=args.limit)
    # under torchrun: DistributedDataParallel, every process on its share of each batch; only process 0 reports,
    # logs and saves. Launched any other way, one process as always.
    distributed = int(os.environ.get("WORLD_SIZE", "1")) > 1
    lead = int(os.environ.get("RANK", "0")) == 0
    reporter = (JsonReporter() if args.json else TextReporter(design.name)) if lead else None
    logger = None
    if args.tensorboard and lead:  # made now: a missing package or folder fails before the data loads
        from .core.training.tensorboard import TensorBoardLogger
        logger = TensorBoardLogger(args.tensorboard)
    try:
        trainer = Trainer(design, config, device=args.device, data_dir=args.data_dir,
                          callbacks=[c for c in (reporter, logger) if c is not None], distributed=distributed)
    except BaseException:
        if distributed:
            from .core.training.recipe import stop_distributed
            stop_distributed()
        raise
    try:
        # Ctrl-C ends the run after its batch; under torchrun, where every process must take the same steps,
        # torchrun's own handling stops them all
        previous = None if distributed else signal.signal(signal.SIGINT, lambda *_: trainer.request_stop())
        try:
            result = trainer.fit()
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        unsaved = _save_or_keep(args.save, trainer, result) if args.save and lead else None
    finally:
        if trainer.world > 1:
            trainer.end_distributed()
    if not lead:
        return 0
    reporter.done(result, shown(args.save) if args.save and unsaved is None else None)
    if unsaved is not None:
        raise NetbuilderError(unsaved)
    if logger is not None and logger.run_dir is not None and not args.json:
        print(f"TensorBoard logs in {logger.run_dir} (view: tensorboard --logdir {args.tensorboard})")
    if result.stopped == "diverged":
        raise NetbuilderError(result.message)
    return 0


def _cmd_lr_find(args) -> int:
    from .cli_lr_find import lr_find
    design = _load(args.design)
    _first_error(design)
    return lr_find(design, args)


def _cmd_sweep(args) -> int:
    from .cli_sweep import sweep
    design = _load(args.design)
    _first_error(design)
    return sweep(design, args)


def _cmd_predict(args) -> int:
    from .core.training import load_checkpoint
    import numpy as np

    from .core.files import plain_json
    from .reporting import plain
    text, where = args.input, "--input"
    if not text.lstrip().startswith(("[", "{")) and len(text) < 4096 and Path(text).is_file():
        where = f"--input {text}"
        try:
            text = Path(text).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise NetbuilderError(f"{where}: the file is not UTF-8 text; it should hold JSON rows such as "
                                  "[[0, 1], [1, 1]]") from None
        except OSError as exc:
            raise NetbuilderError(f"{where}: cannot read the file ({exc.strerror or exc})") from None
    rows = plain_json.loads(text, where, NetbuilderError)
    if not isinstance(rows, list) or not rows:
        raise NetbuilderError(f"{where}: expected a non-empty JSON list of input rows, such as [[0, 1], [1, 1]]")
    ckpt = load_checkpoint(args.checkpoint, curves=False)  # predict never draws the loss curve
    out = ckpt.predict(rows)
    bad = int((~np.isfinite(out)).sum())
    if bad:  # JSON has no NaN or infinity: they print as null, and the reason goes to stderr
        print(f"warning: {bad} output value{'s' * (bad != 1)} not finite (NaN or infinity), printed as null: "
              "the weights or the inputs are out of range (a diverged run, or inputs far outside the training "
              "data)", file=sys.stderr)
    print(json.dumps(plain(out.tolist()), allow_nan=False))
    return 0


def _cmd_export(args) -> int:
    if Path(args.to).suffix.lower() == ".onnx":
        import zipfile
        source = Path(args.design)
        if not (source.is_file() and zipfile.is_zipfile(source)):  # checkpoints are zip files (torch.save)
            try:
                _load(args.design)
            except NetbuilderError:
                pass  # neither a design nor a checkpoint: load_checkpoint says what it is
            else:
                raise NetbuilderError(f"{args.design} is a design, and ONNX needs trained weights: train with "
                                      f"`netbuilder train {args.design} --save model.pt`, then export model.pt")
        from .core.exchange.onnx_export import export_onnx
        target = _check_writable(args.to, "--to")
        print(f"wrote {shown(export_onnx(args.design, target))}")
        return 0
    from .core.exchange.codegen import write_script
    design = _load(args.design)
    _first_error(design)
    target = _check_writable(args.to, "--to")
    write_script(design, target)
    print(f"wrote {shown(target)}")
    return 0


def _cmd_import(args) -> int:
    from .core.exchange.importer import import_module, parse_shape
    from .core.design.design_io import save_design
    from .core.design.shapes import infer_shapes
    shape = parse_shape(args.input_shape, "--input-shape")
    target = _check_writable(args.to, "--to")
    design = import_module(args.model, shape, name=args.name)
    save_design(design, target)
    layers = sum(1 for node in design.nodes.values() if node.type != "Input")
    print(f"wrote {shown(target)} ({layers} layers, {infer_shapes(design).total_params:,} parameters)")
    return 0


def _check_writable(name: str, option: str) -> Path:
    """Refuse an output path that cannot be written before any work is done."""
    target = Path(name)
    if target.is_dir():
        raise NetbuilderError(f"{option} {shown(name)}: that is a folder; give a file name")
    try:
        folder = target_of(target).parent  # a link is followed; a device or FIFO there is refused
    except OSError as exc:
        raise NetbuilderError(f"{option} {shown(name)}: {exc.strerror}") from None
    if not folder.is_dir():
        raise NetbuilderError(f"{option} {shown(name)}: the folder {shown(folder)} does not exist")
    if not os.access(folder, os.W_OK):
        raise NetbuilderError(f"{option} {shown(name)}: cannot write in the folder {shown(folder)}")
    return target


def _save_or_keep(name: str, trainer, result) -> str | None:
    """Save the trained run to ``name``. When that fails (a full disk, the folder gone), the weights are not
    lost: they are saved under a new name in the current folder, else the temp folder, else the home folder, and
    the message (one line: why, and where the run is kept) is returned; None when ``name`` was written."""
    import re
    import tempfile
    import time
    from .core.training import save_checkpoint
    try:
        save_checkpoint(name, trainer, result)
        return None
    except OSError as exc:
        why = f"--save {shown(exc.filename or name)}: {exc.strerror or exc}"
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", trainer.design.name)[:40] or "run"
    file = f"netbuilder-{stem}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}{Path(name).suffix or '.nbckpt'}"
    # each folder is found only when it is tried, inside the try: the current folder may have been removed
    # (FileNotFoundError) and there may be no home folder (RuntimeError); the run still goes to the next one
    for where in (Path.cwd, lambda: Path(tempfile.gettempdir()), Path.home):
        try:
            folder = where()
        except (OSError, RuntimeError):
            continue
        try:
            save_checkpoint(folder / file, trainer, result)
        except OSError:
            continue
        return (f"{why}. The trained run is kept in {shown(folder / file)} instead: move it where you want it "
                f"(mv {shown(folder / file)} ...)")
    return f"{why}; it could not be kept elsewhere either (this folder, the temp folder, the home folder)"


def _cmd_weights(args) -> int:
    """``weights fetch MODEL``: the download into torch's cache that a first use does (``backbones.download``),
    its progress bar on stderr."""
    from .core.layers.pretrained import BACKBONES
    if args.model not in BACKBONES:
        raise NetbuilderError(f"no backbone {args.model!r}; netbuilder knows {', '.join(BACKBONES)}")
    from .core.layers.backbones import fetch
    print(f"{args.model}: ImageNet weights in {fetch(BACKBONES[args.model])}")
    return 0


_COMMANDS = {"gui": _cmd_gui, "presets": _cmd_presets, "summary": _cmd_summary, "train": _cmd_train,
             "lr-find": _cmd_lr_find, "predict": _cmd_predict, "export": _cmd_export, "import": _cmd_import,
             "weights": _cmd_weights, "sweep": _cmd_sweep}
