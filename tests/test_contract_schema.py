"""Architecture contract for the training settings' schema (issue 20, point 2). Each test fails if a second
settings table, or a reader that disagrees with the schema, comes back:

- a training-panel or inspector field whose range, list or default is not the schema's (``core/design/settings.py``);
- TrainConfig accepting a value the schema's bounds exclude, or refusing one they include;
- the exported script's ``--epochs`` taking what a design may not hold (0, 1,000,001);
- a LIMITS/DEFAULTS-like table of training settings, or a ``.get("epochs", 10)``-style default, anywhere outside
  the schema module (and ``core/design/choices.py``, the names it is built from).
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from netbuilder.core.errors import TrainingError
from netbuilder.core.design.settings import EDITABLE, OPTIONS, SETTING, SETTINGS, WITH_MOMENTUM
from netbuilder.core.design.train_config import TrainConfig

PACKAGE = Path(__file__).resolve().parents[1] / "netbuilder"
REPO = PACKAGE.parent
SCHEMA_FILES = {PACKAGE / "core" / "design" / "settings.py", PACKAGE / "core" / "design" / "choices.py"}
QT_SPIN_MAX = 2**31 - 1  # what a QSpinBox holds: the one allowance a form makes
#: the names of the training settings, flat and as their last path part
NAMES = {s.key for s in SETTINGS if s.key} | {s.path.rsplit(".", 1)[-1] for s in SETTINGS} - {"name", "monitor"}
#: a dataset's tiny variant names its own sample limit and validation fraction: a dataset fact, not a table of
#: the settings' bounds or defaults
TABLE_NAMES = NAMES - {"limit", "validation"}
CHOICES = {s.choices for s in SETTINGS if s.path != "dataset.name"}  # the datasets' names are their registry's


# the forms read the schema -----------------------------------------------------------------------------------------
def expected_range(key: str) -> tuple:
    setting = EDITABLE[key]
    if key == "limit":  # 0 is "all"; Qt holds no more than 2**31 - 1
        return 0, min(setting.high or QT_SPIN_MAX, QT_SPIN_MAX)
    return setting.low, setting.high


def expected_items(key: str) -> list:
    optional = [""] if EDITABLE[key].default is None and key != "dataset" else []
    return optional + list(EDITABLE[key].choices)


def test_the_training_panel_shows_the_schemas_ranges_lists_and_defaults(qtbot):
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QComboBox, QSpinBox

    from netbuilder.gui.panels.training import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.show_training({"dataset": {"name": "xor"}})  # nothing else set: every default shows
    assert set(panel.fields) <= set(EDITABLE)
    for key, widget in panel.fields.items():
        setting = EDITABLE[key]
        if isinstance(widget, QComboBox):
            assert [widget.itemData(i) for i in range(widget.count())] == expected_items(key), key
        elif isinstance(widget, QSpinBox):
            assert (widget.minimum(), widget.maximum()) == expected_range(key), key
        else:  # pyqtgraph's SpinBox: the learning rate, the seed (64-bit)
            low, high = widget.opts["bounds"]
            assert (low, high) == expected_range(key), key
        if setting.default is not None:
            value = widget.currentData() if isinstance(widget, QComboBox) else widget.value()
            assert value == pytest.approx(setting.default_for("adam")), key
        assert widget.toolTip().startswith(setting.help), key


def test_the_panel_takes_a_sample_limit_past_what_qt_holds(qtbot):
    """The schema sets no upper bound on the sample limit; the panel's box shows a larger one at its maximum."""
    pytest.importorskip("PySide6")
    from netbuilder.gui.panels.training import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.show_training({"dataset": {"name": "xor", "limit": 2**40}})
    assert EDITABLE["limit"].high is None and panel.limit.value() == QT_SPIN_MAX


def test_the_inspector_fields_are_the_schemas_and_weight_decay_has_no_upper_bound():
    pytest.importorskip("PySide6")
    from netbuilder.core.design.graph import Design
    from netbuilder.gui.panels.training_fields import check_training_value, design_parameters

    design = Design(name="d")
    for optimizer in ("adam", "adamw", "sgd"):
        design.training = {"dataset": {"name": "xor"}, "optimizer": {"name": optimizer}}
        group = next(g for g in design_parameters(design) if g["name"] == "training")
        for field in group["children"]:
            key, setting = field["name"], EDITABLE[field["name"]]
            assert field["tip"] == setting.help, key
            if setting.kind in ("int", "float") and field["type"] != "str":
                assert tuple(field["limits"]) == expected_range(key), key
                assert field["value"] == pytest.approx(setting.default_for(optimizer)), key
            elif setting.kind == "choice" and key != "dataset":
                assert list(field["limits"].values()) == expected_items(key), key
        momentum = next(f for f in group["children"] if f["name"] == "momentum")
        assert momentum["enabled"] == (optimizer in WITH_MOMENTUM)
    assert EDITABLE["weight_decay"].high is None
    assert check_training_value({}, "weight_decay", 5.0) is None  # the box stopped at 1; the core never did


# TrainConfig checks exactly the schema's bounds -------------------------------------------------------------------
def training_with(path: str, value) -> dict:
    """A valid training section with ``value`` at ``path`` (and what makes that setting apply)."""
    training: dict = {"dataset": {"name": "xor"}, "optimizer": {"name": "sgd"}}
    section, _, leaf = path.rpartition(".")
    setting = SETTING[path]
    if not section:
        training[leaf] = value
    elif section == "scheduler":
        training["scheduler"] = {"name": value} if leaf == "name" else {"name": setting.only[0], leaf: value}
    else:
        training.setdefault(section, {})[leaf] = value
    return training


def edges(setting):
    """(value, accepted) pairs just inside and just outside the setting's bounds."""
    step = 1 if setting.kind == "int" else 1e-9
    if setting.low is not None:
        yield setting.low, not setting.above
        yield setting.low - step, False
        yield setting.low + step, True
    if setting.high is not None:
        yield setting.high, True
        yield setting.high + step, False
    else:
        yield 10**12, True


@pytest.mark.parametrize("path", [s.path for s in SETTINGS if s.kind in ("int", "float")])
def test_train_config_refuses_exactly_outside_the_schemas_bounds(path):
    for value, accepted in edges(SETTING[path]):
        training = training_with(path, value)
        if accepted:
            TrainConfig.from_dict(training)
        else:
            with pytest.raises(TrainingError, match=rf"^training\.{path}: must be"):
                TrainConfig.from_dict(training)


@pytest.mark.parametrize("path", [s.path for s in SETTINGS if s.kind == "choice" and s.path != "dataset.name"])
def test_train_config_takes_exactly_the_schemas_choices(path):
    for name in SETTING[path].choices:
        TrainConfig.from_dict(training_with(path, name))
    with pytest.raises(TrainingError, match=rf"^training\.{path}: 'nonsense' is not one of"):
        TrainConfig.from_dict(training_with(path, "nonsense"))


def test_train_config_fills_in_the_schemas_defaults():
    config = TrainConfig.from_dict({"dataset": "xor", "scheduler": "plateau", "early_stopping": {}})
    for setting in SETTINGS:
        if setting.default is None or setting.path == "optimizer.name":
            continue
        section, _, leaf = setting.path.rpartition(".")
        holder = config.to_dict()[section] if section else config.to_dict()
        if setting.only and config.scheduler["name"] not in setting.only:
            continue
        assert holder[leaf] == setting.default_for("adam"), setting.path


# the exported script's --epochs -----------------------------------------------------------------------------------
def test_the_exported_scripts_epochs_are_bounded_by_the_schema(tmp_path):
    from netbuilder.core.exchange.codegen import export_design
    from netbuilder.core.design.design_io import load_design

    script = tmp_path / "xor.py"
    script.write_text(export_design(load_design(REPO / "presets" / "xor.json")), encoding="utf-8")
    for value, words in (("0", "must be at least 1; it is 0"),
                         ("1000001", "must be at most 1,000,000; it is 1,000,001")):
        run = subprocess.run([sys.executable, str(script), "--epochs", value], capture_output=True, text=True,
                             timeout=300, cwd=tmp_path)
        assert run.returncode == 2 and f"argument --epochs: {words}" in run.stderr, run.stderr


# no second table -----------------------------------------------------------------------------------------------------
def _number(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
    if isinstance(node, (ast.Tuple, ast.List)):
        return any(_number(e) for e in node.elts)
    if isinstance(node, (ast.BinOp, ast.UnaryOp)):
        return all(_number(n) for n in ast.iter_child_nodes(node) if isinstance(n, ast.expr))
    return False


def second_tables(path: Path) -> list[str]:
    """Where ``path`` writes numbers (bounds, defaults) for two or more training settings in one table, retypes a
    setting's list of choices, or reads a training setting with a numeric default of its own."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        pairs = []
        if isinstance(node, ast.Dict):
            pairs = [(k.value, v) for k, v in zip(node.keys, node.values) if isinstance(k, ast.Constant)]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "dict":
            pairs = [(k.arg, k.value) for k in node.keywords]
        numeric = sorted(k for k, v in pairs if k in TABLE_NAMES and _number(v))
        if len(numeric) >= 2:
            found.append(f"{path.name}:{node.lineno} {numeric}")
        names = [e.value for e in getattr(node, "elts", ()) if isinstance(e, ast.Constant)]
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and (set(names) == set(WITH_MOMENTUM) or any(
                len(c) >= 3 and set(c) <= set(names) for c in CHOICES)):
            found.append(f"{path.name}:{node.lineno} a copy of a list of choices {names}")
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and len(set(names) & set(EDITABLE)) >= 4:
            found.append(f"{path.name}:{node.lineno} a list of the settings' names {names}")
        if (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "get" and len(node.args) == 2
                and isinstance(node.args[0], ast.Constant) and node.args[0].value in NAMES
                and _number(node.args[1])):
            found.append(f"{path.name}:{node.lineno} .get({node.args[0].value!r}, default)")
    return found


def test_no_settings_table_outside_the_schema():
    files = [p for p in PACKAGE.rglob("*.py") if p not in SCHEMA_FILES]
    assert len(files) > 50
    found = [hit for p in files for hit in second_tables(p)]
    assert found == [], "training settings' bounds and defaults live in core/design/settings.py only"


def test_the_scan_finds_a_table_like_the_old_one(tmp_path):
    old = tmp_path / "old_fields.py"
    old.write_text('LIMITS = {"epochs": (1, 10**6), "batch_size": (1, 10_000_000)}\n'
                   'DEFAULTS = dict(epochs=10, seed=0)\n'
                   'def f(t):\n    return t.get("batch_size", 32)\n'
                   'OPTIONS = ["sgd", "adam", "adamw", "rmsprop"]\n'
                   'def g(name):\n    return name in ("rmsprop", "sgd")\n'
                   'KEYS = ("epochs", "batch_size", "lr", "optimizer", "device")\n', encoding="utf-8")
    assert len(second_tables(old)) == 6


def test_who_names_the_options_uses_the_schemas_list():
    from netbuilder.core.teaching import lessons

    assert lessons.SETTINGS is OPTIONS
    pytest.importorskip("PySide6")
    from netbuilder.gui.training import driver as training

    assert training.OPTION_KEYS is OPTIONS


@pytest.mark.parametrize("flag,path", [("--epochs", "epochs"), ("--batch-size", "batch_size"), ("--seed", "seed")])
def test_the_cli_refuses_whole_numbers_outside_the_schemas_bounds(flag, path):
    """`netbuilder train` checks --epochs, --batch-size and --seed with the schema's bounds, as the exported
    script checks its --epochs: one line, exit status 2, before anything is loaded."""
    from netbuilder.cli import main
    setting = SETTING[path]
    for value in (int(setting.low) - 1, int(setting.high) + 1):
        run = subprocess.run([sys.executable, "-m", "netbuilder", "train", "xor", flag, str(value)],
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 2, run.stderr
        assert f"argument {flag}: must be at" in run.stderr and f"it is {value:,}" in run.stderr
    parse = next(a.type for a in _train_parser(main)._actions if flag in a.option_strings)
    assert parse(str(int(setting.low))) == int(setting.low) and parse(str(int(setting.high))) == int(setting.high)


def _train_parser(main):
    import argparse
    from netbuilder import cli
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices["train"]
