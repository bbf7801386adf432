"""Architecture contract for the GUI's drivers and the errors' causes (issue 20, point 5). Each test fails if a
duplication or a reach that the redesign removed comes back:

- a driver (every module under ``gui/training/`` and ``gui/teaching/``, and autosave) that reaches through the
  window for its collaborators (``self.window``, ``driver.window``, ``getattr(x, "window")``, a ``window``
  parameter; allowance: none, each gets what it needs at construction), or presentation using the window for more
  than Qt's own QMainWindow calls;
- a driver that learns an error by reading a widget's text back (``raise ...(label.text())``);
- the lesson's batch poll (a QTimer) instead of the controller's ``stepsDone``; the advisor reading a plot's buffer;
- ``failure_advice`` (or any second copy of it) guessing from the message's words instead of the error's cause;
- a cause without advice, or a "not found" data error raised without ``Cause.DATA_MISSING``.
"""
from __future__ import annotations

import ast
from pathlib import Path

from netbuilder.core.errors import ADVICE, Cause, failure_advice

PACKAGE = Path(__file__).resolve().parents[1] / "netbuilder"
GUI = PACKAGE / "gui"
#: the drivers, by module: every module of the packages that drive (found by glob, so a new one is covered), and
#: autosave, which the window owns
DRIVERS = sorted({".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
                  for folder in ("training", "teaching") for p in (GUI / folder).glob("*.py")}
                 | {"netbuilder.gui.window.autosave"})
#: how often each driver may reach for the window: never (its collaborators come in through its constructor)
WINDOW_ALLOWANCE = {module: 0 for module in DRIVERS}


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def driver(module: str) -> Path:
    """A driver's file, by its dotted module name (two files are called lessons.py: the window's and teaching's)."""
    path = PACKAGE.parent.joinpath(*module.split(".")).with_suffix(".py")
    assert path.is_file(), f"no module {module} ({path})"
    return path


def self_attribute(node: ast.AST, attr: str) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == attr and isinstance(node.value, ast.Name)
            and node.value.id == "self")


def window_reaches(module: ast.Module) -> list[int]:
    """Lines where a module reaches for the main window: an attribute ``window`` of anything (``self.window``,
    ``driver.window``; not Qt's ``widget.window()`` call, a widget's top level), ``getattr(x, "window")``, or a
    function that takes a ``window`` parameter (a driver built from the window)."""
    qt_calls = {id(n.func) for n in ast.walk(module) if isinstance(n, ast.Call)}
    lines = []
    for node in ast.walk(module):
        if isinstance(node, ast.Attribute) and node.attr == "window" and id(node) not in qt_calls:
            lines.append(node.lineno)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("getattr", "setattr", "hasattr") \
                and any(isinstance(a, ast.Constant) and a.value == "window" for a in node.args[1:2]):
            lines.append(node.lineno)
        elif isinstance(node, (ast.FunctionDef, ast.Lambda)):
            args = node.args
            if "window" in {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}:
                lines.append(node.lineno)
    return sorted(lines)


def test_the_drivers_are_every_module_of_the_driving_packages():
    """The list follows the packages: the drivers the issue named and the newer ones are all in it."""
    expected = {"netbuilder.gui.teaching." + m for m in ("lessons", "presentation")} | {
        "netbuilder.gui.training." + m for m in ("advisor", "driver", "news", "inside", "followers",
                                                 "followers_activations", "preview")} | {
        "netbuilder.gui.window.autosave"}
    assert expected <= set(DRIVERS), f"missing from DRIVERS: {sorted(expected - set(DRIVERS))}"


def test_drivers_do_not_use_the_window_as_a_service_locator():
    for module, allowed in WINDOW_ALLOWANCE.items():
        uses = window_reaches(tree(driver(module)))
        assert len(uses) <= allowed, f"{module} reaches for the window on lines {uses} (allowed: {allowed})"


def test_the_window_reach_check_sees_each_form():
    """The check above would see a reach coming back in each of its forms, and lets Qt's own call pass."""
    for source in ("self.window.scene", "self.x = driver.window", "getattr(w, 'window')",
                   "def f(self, window): pass", "class D:\n    def __init__(self, window): ..."):
        assert window_reaches(ast.parse(source)), source
    assert not window_reaches(ast.parse("top = widget.window()\nself.frame.showFullScreen()"))


def test_presentation_uses_the_window_only_as_a_qmainwindow():
    """Presentation rearranges the main window (docks, bars, full screen): it may call Qt's QMainWindow API on
    ``self.frame`` (or a local bound to it), nothing netbuilder added to the window."""
    from PySide6.QtWidgets import QMainWindow
    module = tree(driver("netbuilder.gui.teaching.presentation"))
    foreign = []
    for function in (n for n in ast.walk(module) if isinstance(n, ast.FunctionDef)):
        aliases = set()
        for node in ast.walk(function):  # w = self.frame, or w, app = self.frame, ...
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                targets = node.targets[0].elts if isinstance(node.targets[0], ast.Tuple) else [node.targets[0]]
                values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
                aliases |= {t.id for t, v in zip(targets, values)
                            if isinstance(t, ast.Name) and self_attribute(v, "frame")}
        for node in ast.walk(function):
            if isinstance(node, ast.Attribute) and (self_attribute(node.value, "frame") or (
                    isinstance(node.value, ast.Name) and node.value.id in aliases)):
                if not hasattr(QMainWindow, node.attr):
                    foreign.append((node.lineno, node.attr))
    assert not foreign, f"presentation.py asks the window for what is not QMainWindow's: {foreign}"


def test_no_gui_code_learns_an_error_from_a_widgets_text():
    """An error travels as an object (a NetbuilderError, TrainingDriver.startRefused, a RunRecord's cause), never
    read back from a label: no ``raise`` in netbuilder/gui builds its exception from a ``.text()`` call."""
    found = []
    for path in GUI.rglob("*.py"):
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.Raise) and node.exc is not None:
                for inner in ast.walk(node.exc):
                    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) \
                            and inner.func.attr == "text":
                        found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not found, f"errors read back from a widget's text: {found}"


def test_the_lesson_waits_for_its_batches_by_signal_and_the_advisor_reads_the_sessions_curve():
    lessons = tree(driver("netbuilder.gui.teaching.lessons"))
    timers = [n.lineno for n in ast.walk(lessons) if isinstance(n, ast.Call)
              and getattr(n.func, "id", getattr(n.func, "attr", None)) == "QTimer"]
    assert not timers, f"lessons.py makes a QTimer (a poll) on lines {timers}: wait for stepsDone instead"
    assert "stepsDone" in {n.attr for n in ast.walk(lessons) if isinstance(n, ast.Attribute)}
    advisor = tree(driver("netbuilder.gui.training.advisor"))
    plots = [n.lineno for n in ast.walk(advisor) if isinstance(n, ast.Attribute) and n.attr.endswith("_plot")]
    assert not plots, f"advisor.py reads a plot on lines {plots}: the session's curve is the run history"


def _string_tests(function: ast.FunctionDef) -> list[int]:
    """Lines where ``function`` tests a text for words: ``"..." in x``, ``x.startswith(...)``, ``re.search``..."""
    lines = []
    for node in ast.walk(function):
        if isinstance(node, ast.Compare) and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops) and (
                isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)):
            lines.append(node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                "startswith", "endswith", "find", "search", "match", "fullmatch", "lower", "casefold"):
            lines.append(node.lineno)
    return lines


def test_failure_advice_is_one_function_that_reads_the_cause_not_the_message():
    copies = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.FunctionDef) and node.name == "failure_advice":
                copies.append((path, node))
    assert len(copies) == 1, f"failure_advice is defined {len(copies)} times: {[str(p) for p, _ in copies]}"
    path, function = copies[0]
    assert [a.arg for a in function.args.args] == ["cause"], "failure_advice takes the error's cause"
    assert not _string_tests(function), f"failure_advice matches words on lines {_string_tests(function)}"


def test_every_cause_has_advice():
    assert set(ADVICE) == set(Cause)
    for cause in Cause:
        assert failure_advice(cause) == ADVICE[cause] and ADVICE[cause].endswith(".")


def test_a_data_error_that_says_not_found_is_raised_as_data_missing():
    """The places that know data is missing say so with the cause (the advice to make the data available)."""
    unmarked = []
    for path in (PACKAGE / "core").rglob("*.py"):
        for node in ast.walk(tree(path)):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "DataError" and node.args):
                continue
            words = " ".join(c.value for c in ast.walk(node.args[0]) if isinstance(c, ast.Constant)
                             and isinstance(c.value, str))
            causes = [k.value for k in node.keywords if k.arg == "cause"]
            if "not found" in words and not any(getattr(c, "attr", None) == "DATA_MISSING" for c in causes):
                unmarked.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not unmarked, f"'not found' data errors without cause=Cause.DATA_MISSING: {unmarked}"
