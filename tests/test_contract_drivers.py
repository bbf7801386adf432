"""Architecture contract for the GUI's drivers and the errors' causes (issue 20, point 5). Each test fails if a
duplication or a reach that the redesign removed comes back:

- a driver (lessons, presentation, advisor, autosave) that reaches through ``self.window`` for its collaborators
  (allowance: none; each gets what it needs at construction), or presentation using the window for more than
  Qt's own QMainWindow calls;
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
DRIVERS = ("lessons.py", "presentation.py", "advisor.py", "autosave.py")
#: how often each driver may say ``self.window``: none (its collaborators come in through its constructor)
WINDOW_ALLOWANCE = {name: 0 for name in DRIVERS}


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def driver(name: str) -> Path:
    """A driver's module, wherever the package layout puts it (the lead may move gui/ files into sub-packages)."""
    found = sorted(GUI.rglob(name))
    assert found, f"no {name} under netbuilder/gui"
    return found[0]


def self_attribute(node: ast.AST, attr: str) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == attr and isinstance(node.value, ast.Name)
            and node.value.id == "self")


def test_drivers_do_not_use_the_window_as_a_service_locator():
    for name, allowed in WINDOW_ALLOWANCE.items():
        uses = [node.lineno for node in ast.walk(tree(driver(name))) if self_attribute(node, "window")]
        assert len(uses) <= allowed, f"{name} reaches through self.window on lines {uses} (allowed: {allowed})"


def test_presentation_uses_the_window_only_as_a_qmainwindow():
    """Presentation rearranges the main window (docks, bars, full screen): it may call Qt's QMainWindow API on
    ``self.frame`` (or a local bound to it), nothing netbuilder added to the window."""
    from PySide6.QtWidgets import QMainWindow
    module = tree(driver("presentation.py"))
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
    lessons = tree(driver("lessons.py"))
    timers = [n.lineno for n in ast.walk(lessons) if isinstance(n, ast.Call)
              and getattr(n.func, "id", getattr(n.func, "attr", None)) == "QTimer"]
    assert not timers, f"lessons.py makes a QTimer (a poll) on lines {timers}: wait for stepsDone instead"
    assert "stepsDone" in {n.attr for n in ast.walk(lessons) if isinstance(n, ast.Attribute)}
    advisor = tree(driver("advisor.py"))
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
