"""Architecture contract (issue 20, point 8 and the graph's orders): files a person can read in one sitting, tests
that wait for what they wait for, and one topological sort.

Each test here fails if what the issue removed comes back: a source file over 500 lines or a test file over 600, a
fixed wait in a test (``time.sleep``, ``qtbot.wait(ms)``, ``QTest.qWait(ms)``) where a signal or a condition could be
waited on, a second hand-written
topological sort (Kahn's in-degree loop) beside ``graph.flow_order``, which is graphlib's."""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "netbuilder"
TESTS = REPO / "tests"
SOURCE_LIMIT, TEST_LIMIT = 500, 600
#: the words a fixed wait in a test carries on its line when the time passing is what is tested
MARKS = ("# sleep is the behaviour:", "# waiting is the behaviour:")


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _too_long(root: Path, limit: int) -> dict[str, int]:
    return {str(p.relative_to(REPO)): n for p in sorted(root.rglob("*.py")) if (n := _lines(p)) > limit}


def test_no_source_file_is_over_500_lines():
    assert _too_long(PACKAGE, SOURCE_LIMIT) == {}


def test_no_test_file_is_over_600_lines():
    assert _too_long(TESTS, TEST_LIMIT) == {}


def _fixed_waits(tree: ast.AST) -> list[int]:
    """Lines calling ``time.sleep`` (or ``sleep`` imported from ``time``), ``qtbot.wait`` (pytest-qt's fixed wait:
    ``waitSignal``/``waitUntil`` are other names) or ``QTest.qWait`` (or ``qWait`` imported): each waits a
    guessed time. A call inside a string (a child process's code) is not a call and does not count."""
    bare = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
            and node.module in ("time", "PySide6.QtTest") for alias in node.names
            if alias.name in ("sleep", "qWait")}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        owner = ast.unparse(f.value) if isinstance(f, ast.Attribute) else ""
        if (isinstance(f, ast.Name) and f.id in bare) or (isinstance(f, ast.Attribute) and (
                (f.attr == "sleep" and owner == "time") or (f.attr == "wait" and owner.endswith("qtbot"))
                or f.attr == "qWait")):
            found.append(node.lineno)
    return sorted(found)


def test_tests_wait_a_fixed_time_only_where_the_time_passing_is_the_behaviour():
    unmarked = []
    for path in sorted(TESTS.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        unmarked += [f"{path.relative_to(REPO)}:{n}: {lines[n - 1].strip()}" for n in _fixed_waits(ast.parse(text))
                     if not any(mark in lines[n - 1] for mark in MARKS)]
    assert unmarked == [], ("wait for a signal (qtbot.waitSignal/waitUntil) or a condition (helpers.wait_until, "
                            f"person.settle), or say why the time passing is the behaviour ({MARKS}): {unmarked}")


def test_the_wait_scan_finds_each_kind_of_fixed_wait():
    tree = ast.parse("import time\nfrom time import sleep as nap\nfrom PySide6.QtTest import QTest, qWait\n"
                     "time.sleep(1)\nnap(2)\nx = 'time.sleep(3)'\nqtbot.wait(100)\nself.qtbot.wait(5)\n"
                     "QTest.qWait(50)\nqWait(20)\nqtbot.waitSignal(s)\nqtbot.waitUntil(f)\nevent.wait(1)\n")
    assert _fixed_waits(tree) == [4, 5, 7, 8, 9, 10]


def _kahn_loops(tree: ast.AST) -> list[str]:
    """Functions that count down a table entry and test it against 0 (``indeg[t] -= 1`` ... ``indeg[t] == 0``):
    the heart of a hand-written topological sort (or its source-and-sink stripping twin)."""
    found = []
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        counted = {ast.unparse(n.target) for n in ast.walk(func) if isinstance(n, ast.AugAssign)
                   and isinstance(n.op, ast.Sub) and isinstance(n.target, ast.Subscript)}
        for n in ast.walk(func):
            if (isinstance(n, ast.Compare) and ast.unparse(n.left) in counted and len(n.comparators) == 1
                    and isinstance(n.comparators[0], ast.Constant) and n.comparators[0].value == 0):
                found.append(func.name)
                break
    return found


def test_the_kahn_scan_finds_a_kahn_loop():
    source = ("def order(succ, indeg, ready):\n    while ready:\n        n = ready.pop()\n"
              "        for t in succ[n]:\n            indeg[t] -= 1\n            if indeg[t] == 0:\n"
              "                ready.append(t)\n")
    assert _kahn_loops(ast.parse(source)) == ["order"]


def test_one_topological_sort_graphlibs_in_graph_py():
    by_module = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if loops := _kahn_loops(tree):
            by_module[str(path.relative_to(REPO))] = loops
        if any(isinstance(n, (ast.Import, ast.ImportFrom)) and "graphlib" in (
                [a.name for a in n.names] if isinstance(n, ast.Import) else [n.module]) for n in ast.walk(tree)):
            by_module.setdefault(str(path.relative_to(REPO)), []).append("imports graphlib")
    assert by_module == {"netbuilder/core/design/graph.py": ["imports graphlib"]}, "orders come from graph.flow_order"


def test_the_layout_and_the_design_order_with_flow_order():
    def calls(path: Path) -> set[str]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        return {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    graph = next(PACKAGE.rglob("graph.py"))
    layout = next(PACKAGE.rglob("layout.py"))
    assert "TopologicalSorter" in calls(graph) and "flow_order" in calls(graph)
    assert "flow_order" in calls(layout)
