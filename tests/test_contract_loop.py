"""Architecture contract, issue 20 point 1: one epoch loop, one training step, one evaluation pass.

These fail when a second copy of the loop comes back: a second ``backward()`` or ``.step()`` in netbuilder on any
name (the epoch loop steps the optimizer, ``recipe.step_scheduler`` the scheduler, nothing else steps anything but
the window's Step button), a third caller of the epoch loop (a fit loop beside the Trainer's and the script's), a
second ``CUDA_CHECK_EVERY``, a second batch order, metric sums or probe written out again, a Trainer that stops
calling the loop, or an exported script whose loop is not the Trainer's, copied by source. The scans carry
self-tests on scratch source: each finds a second copy.
"""
from __future__ import annotations

import ast
import inspect
import re
import sys
from pathlib import Path

import pytest

from netbuilder.core.training import recipe, script_loop
from netbuilder.core.exchange.codegen import export_design
from netbuilder.core.design.design_io import load_design
from netbuilder.core.training import evaluation, loop, trainer
from netbuilder.core.training.metrics import TrainScores

PACKAGE = Path(__file__).resolve().parents[1] / "netbuilder"


def calls(predicate) -> list[str]:
    """``file:line`` of every call in netbuilder/ for which ``predicate(call node, source line)`` holds."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and predicate(node, lines[node.lineno - 1]):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def method(node: ast.Call, name: str) -> bool:
    return isinstance(node.func, ast.Attribute) and node.func.attr == name


def receiver(node: ast.Call) -> str:
    return ast.unparse(node.func.value) if isinstance(node.func, ast.Attribute) else ""


def where(module) -> str:
    """A module's file relative to netbuilder/, as :func:`calls` names it (so a move of the file moves the test)."""
    return Path(module.__file__).resolve().relative_to(PACKAGE).as_posix()


LOOP = where(loop)


def test_one_place_calls_backward():
    found = calls(lambda node, _: method(node, "backward"))
    assert len(found) == 1 and found[0].startswith(LOOP + ":"), found


def test_one_place_steps_an_optimizer():
    found = calls(lambda node, _: method(node, "step") and re.search(r"opt", receiver(node), re.I) is not None)
    assert len(found) == 1 and found[0].startswith(LOOP + ":"), found


def test_the_step_and_the_checks_live_in_the_one_epoch_loop():
    source = inspect.getsource(loop.train_epoch)
    assert ".backward()" in source and "optimizer.step()" in source and "CUDA_CHECK_EVERY" in source


def definitions(name: str) -> list[str]:
    """Where netbuilder/ assigns ``name`` at a module's or a class's top level, or defines a function of it."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign) else []
            if any(isinstance(t, ast.Name) and t.id == name for t in targets) or (
                    isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_one_cuda_check_interval():
    assert definitions("CUDA_CHECK_EVERY") == [f"{LOOP}:{_line(loop, 'CUDA_CHECK_EVERY =')}"]


def _line(module, text: str) -> int:
    return next(i for i, line in enumerate(inspect.getsource(module).splitlines(), 1) if line.startswith(text))


def test_one_epoch_loop_one_batch_order_one_probe():
    for name in ("train_epoch", "epoch_metrics", "epoch_batches", "weights_problem", "finish_epoch", "keep_epoch",
                 "end_of_run"):
        assert [d.split(":")[0] for d in definitions(name)] == [LOOP], name
    # the batch order is drawn in one place: the epoch loop's epoch_batches
    found = calls(lambda node, _: isinstance(node.func, (ast.Name, ast.Attribute)) and (
        getattr(node.func, "id", None) == "batch_order" or getattr(node.func, "attr", None) == "batch_order"))
    assert [f.split(":")[0] for f in found] == [LOOP], found
    # probe_loss: the loop's, and the Evaluator's method that hands its samples to it
    assert sorted(d.split(":")[0] for d in definitions("probe_loss")) == sorted([where(evaluation), LOOP])
    # the fit loops: the Trainer's and the script's, no third
    fits = calls(lambda node, line: isinstance(node.func, ast.Name) and node.func.id == "range"
                 and re.match(r"\s*for epoch in range\(", line) is not None)
    assert sorted(f.split(":")[0] for f in fits) == sorted([where(script_loop), where(trainer)]), fits


def _scopes(tree: ast.AST, predicate) -> list[tuple[str, str]]:
    """``(enclosing function's qualified name, call)`` of each call in ``tree`` for which ``predicate(call)``
    holds (``Class.method``, ``outer.inner``; ``<module>`` outside any function), in source order."""
    found = []

    def visit(node: ast.AST, scope: tuple[str, ...]) -> None:
        for child in ast.iter_child_nodes(node):
            inner = scope + (child.name,) if isinstance(
                child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else scope
            if isinstance(child, ast.Call) and predicate(child):
                found.append((child.lineno, child.col_offset, ".".join(scope) or "<module>", child))
            visit(child, inner)

    visit(tree, ())
    return [(name, node) for _line, _column, name, node in sorted(found, key=lambda f: f[:2])]


def _package() -> dict[str, ast.AST]:
    """Every module of netbuilder/, parsed, by its path relative to netbuilder/."""
    return {path.relative_to(PACKAGE).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(PACKAGE.rglob("*.py"))}


def fit_loops(modules: dict[str, ast.AST]) -> list[tuple[str, str]]:
    """``(file, function)`` of each call of the epoch loop (``train_epoch(...)``, ``loop.train_epoch(...)``): each is
    a fit loop."""
    return sorted((path, name) for path, tree in modules.items() for name, _call in _scopes(
        tree, lambda node: getattr(node.func, "id", getattr(node.func, "attr", None)) == "train_epoch"))


#: the fit loops: the Trainer's (the window's and the CLI's) and the exported script's, no third
FIT_LOOPS = sorted([(where(trainer), "Trainer._train_epoch"), (where(script_loop), "train")])


def test_the_epoch_loop_is_called_by_the_two_fit_loops_alone():
    assert fit_loops(_package()) == FIT_LOOPS


def test_the_fit_loop_scan_finds_a_third_fit_loop():
    scratch = ast.parse("def fit(model):\n    for e in range(3):\n        loop.train_epoch(e, model)\n"
                        "class Runner:\n    def go(self):\n        return train_epoch(1)\n")
    assert fit_loops({"scratch.py": scratch}) == [("scratch.py", "Runner.go"), ("scratch.py", "fit")]
    assert fit_loops({**_package(), "scratch.py": scratch}) != FIT_LOOPS


def training_steps(modules: dict[str, ast.AST]) -> list[tuple[str, str, str]]:
    """``(file, function, what)`` of each ``.backward(...)`` (what: ``backward``) and ``x.step(...)`` call (what:
    ``x.step``), but for the window's
    Step button (``TrainingController.step``, ``TrainingDriver.step``: a receiver named ``...controller`` or
    ``...training`` in netbuilder/gui), which trains one batch through the one loop."""
    def is_step(node: ast.Call, path: str) -> bool:
        if method(node, "backward"):
            return True
        button = path.startswith("gui/") and re.search(r"(^|\.)(controller|training)$", receiver(node))
        return method(node, "step") and not button
    return sorted((path, name, "backward" if method(node, "backward") else f"{receiver(node)}.step")
                  for path, tree in modules.items() for name, node in _scopes(tree, lambda node: is_step(node, path)))


#: the one training step (``backward()`` and ``optimizer.step()`` in the epoch loop) and the scheduler's steps
#: after an epoch (``plateau`` with the metric it watches, the others without): nothing else steps anything
STEPS = sorted([(LOOP, "train_epoch", "backward"), (LOOP, "train_epoch", "optimizer.step")]
               + [(where(recipe), "step_scheduler", "scheduler.step")] * 2)


def test_only_the_epoch_loop_steps_an_optimizer_and_only_step_scheduler_a_scheduler():
    assert training_steps(_package()) == STEPS


def test_the_step_scan_finds_a_second_step_on_any_name():
    scratch = ast.parse("def fit(model, sgd, sched):\n    model(1).backward()\n    sgd.step()\n    sched.step()\n"
                        "    controller.step()\n")
    assert training_steps({"core/scratch.py": scratch}) == [
        ("core/scratch.py", "fit", "backward"), ("core/scratch.py", "fit", "controller.step"),
        ("core/scratch.py", "fit", "sched.step"), ("core/scratch.py", "fit", "sgd.step")]
    assert training_steps({"gui/scratch.py": scratch}) == [  # the Step button's controller: not a training step
        ("gui/scratch.py", "fit", "backward"), ("gui/scratch.py", "fit", "sched.step"),
        ("gui/scratch.py", "fit", "sgd.step")]
    assert training_steps({**_package(), "core/scratch.py": scratch}) != STEPS


def test_one_set_of_metric_sums():
    # absolute and squared errors: recipe.regression_sums, which the meters and the running scores call
    found = calls(lambda node, line: method(node, "sum") and ".abs()" in ast.unparse(node.func))
    assert found == [f"{where(recipe)}:{_line(recipe, '    return diff.abs().sum(')}"], found


def test_the_trainer_runs_its_epochs_in_the_loop(monkeypatch, tmp_path):
    seen = []
    original = loop.train_epoch
    monkeypatch.setattr(loop, "train_epoch", lambda *a, **k: seen.append(a[0]) or original(*a, **k))
    design = load_design("xor")
    design.training["epochs"] = 3
    result = trainer.Trainer(design, device="cpu").fit()
    assert seen == [1, 2, 3] and len(result.history) == 3


def test_the_exported_script_copies_the_loop_the_trainer_calls():
    source = export_design(load_design("xor"))
    for function in (loop.train_epoch, loop.epoch_batches, loop.epoch_metrics, loop.evaluate, loop.probe_loss,
                     loop.weights_problem, loop.finish_epoch, loop.keep_epoch, loop.end_of_run, script_loop.train,
                     TrainScores):
        assert inspect.getsource(function) in source, function.__name__
    assert len(re.findall(r"^CUDA_CHECK_EVERY = ", source, re.M)) == 1
    assert source.count(".backward()") == 1 and source.count("optimizer.step()") == 1
    # and the Trainer calls those very functions
    trainer_source = inspect.getsource(trainer)
    for name in ("train_epoch", "epoch_metrics", "finish_epoch", "keep_epoch", "end_of_run", "weights_problem"):
        assert f"loop.{name}(" in trainer_source, name
    evaluation_source = inspect.getsource(evaluation)
    assert "evaluate(model" in evaluation_source and "probe_loss(model" in evaluation_source


@pytest.mark.parametrize("installed", [True, False])
def test_the_script_runs_with_or_without_tqdm(installed, tmp_path, monkeypatch, capsys):
    """tqdm is imported where the bar is made, so a script runs without it (no bar then)."""
    import importlib.util

    path = tmp_path / "xor_script.py"
    path.write_text(export_design(load_design("xor")), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("xor_script", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not installed:
        monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm raises ImportError
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    module.main(["--epochs", "2"])
    out, err = capsys.readouterr()
    assert [line.split(":")[0] for line in out.splitlines() if line.startswith("epoch ")] == ["epoch 1/2",
                                                                                             "epoch 2/2"]
    assert ("epoch 2/2 [" in err and err.endswith("\r")) if installed else err == ""
