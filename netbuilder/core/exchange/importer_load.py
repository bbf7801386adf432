"""Loading ``FILE.py:ClassName`` for :func:`netbuilder.core.exchange.importer.import_module`: run the file as a fresh module (as
``python FILE.py`` would, without its ``__main__`` part) and build ``ClassName()``, each failure one line; and the
check that the traced run's input fits in memory.
"""
from __future__ import annotations

import importlib.util
import inspect
import math
import re
import sys
from pathlib import Path

from torch import nn

from ..errors import NetbuilderError, quote
from .importer_match import exc_line
from ..text import msg


def load_file(spec: str) -> tuple[str, nn.Module, str]:
    """Run FILE.py as a fresh module and build ClassName(): (module name in sys.modules, model, class name)."""
    file, sep, cls_name = str(spec).rpartition(":")
    if not sep or not file or not cls_name:
        raise NetbuilderError(msg("{spec}: name the model as FILE.py:ClassName, e.g. model.py:MyNet",
                                  spec=quote(str(spec))))
    path = Path(file)
    if not path.is_file():
        if path.is_dir():
            raise NetbuilderError(msg("{file}: no such file (it is a folder)", file=file))
        raise NetbuilderError(msg("{file}: no such file", file=file))
    if not cls_name.isidentifier():
        raise NetbuilderError(msg("{cls_name} is not a class name; name the model as FILE.py:ClassName",
                                  cls_name=quote(cls_name)))
    module_name = "_netbuilder_import_" + re.sub(r"\W", "_", path.stem) + f"_{abs(hash(str(path.resolve())))}"
    loader_spec = importlib.util.spec_from_file_location(module_name, path)
    if loader_spec is None or loader_spec.loader is None:
        raise NetbuilderError(msg("{file}: cannot load it as Python source; give a .py file", file=file))
    module = importlib.util.module_from_spec(loader_spec)
    sys.modules[module_name] = module  # inspect.getsource finds the classes through it
    folder = str(path.resolve().parent)
    sys.path.insert(0, folder)  # as `python FILE.py` does: the file's own imports find its neighbours
    try:
        try:
            loader_spec.loader.exec_module(module)
        except BaseException as exc:  # the user's code: report anything it raises, even SystemExit
            if isinstance(exc, KeyboardInterrupt):
                raise
            raise NetbuilderError(msg("{file}: running the file failed: {exc}", file=file, exc=exc_line(exc))) from None
        cls = getattr(module, cls_name, None)
        if cls is None:
            found = sorted(n for n, v in vars(module).items()
                           if inspect.isclass(v) and issubclass(v, nn.Module) and v.__module__ == module_name)
            hint = msg(" (its nn.Module classes: {found})", found=', '.join(found)) if found else \
                msg(" (it defines no nn.Module class)")
            raise NetbuilderError(msg("{file} has no class {cls_name}{hint}", file=file, cls_name=quote(cls_name),
                                      hint=hint))
        if not (inspect.isclass(cls) and issubclass(cls, nn.Module)):
            raise NetbuilderError(msg("{file}: {cls_name} is not an nn.Module class", file=file, cls_name=cls_name))
        try:
            signature = inspect.signature(cls)
        except (TypeError, ValueError):
            signature = None
        needed = [p.name for p in (signature.parameters.values() if signature else ())
                  if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        if needed:
            raise NetbuilderError(msg("{cls_name} needs constructor arguments ({needed}), but import builds it as "
                                      "{cls_name}(): give them default values, or import a subclass that passes "
                                      "them", cls_name=cls_name, needed=', '.join(needed)))
        try:
            model = cls()
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            raise NetbuilderError(msg("creating {cls_name}() failed: {exc}", cls_name=cls_name,
                                      exc=exc_line(exc))) from None
    except BaseException:
        sys.modules.pop(module_name, None)
        raise
    finally:
        if folder in sys.path:
            sys.path.remove(folder)
    return module_name, model, cls_name


def check_input_fits(shape: list[int], what: str) -> None:
    """The traced run's input (float32, then int64 token numbers, for BATCH samples of ``shape``) is checked by the
    core's memory check before it is allocated: --input-shape 10000,10000,1000 would ask for 800 GB."""
    from ..design import memory
    from .. import system
    from ..errors import TrainingError
    from .importer_match import BATCH
    values = BATCH * math.prod(shape)
    needed = memory.MemoryEstimate(parameters=0, parameter_bytes=0, gradient_bytes=0, optimizer_bytes=0,
                                   activation_bytes=0, input_bytes=values * (4 + 8), batch_size=BATCH,
                                   optimizer="sgd")
    try:
        memory.check_fits(needed, system.free_ram(), "this computer", what)
    except TrainingError:
        raise NetbuilderError(msg("cannot import {what}: the traced run's input, {batch} samples of shape {shape}, "
                                  "needs about {human_bytes}, more than this computer has free: give a smaller "
                                  "input shape (--input-shape), the size of one real sample", what=what, batch=BATCH,
                                  shape=shape, human_bytes=system.human_bytes(needed.total))) from None
