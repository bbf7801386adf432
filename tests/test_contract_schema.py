"""Architecture contract for the training settings' schema (issue 20, point 2). Each test fails if a second
settings table, or a reader that disagrees with the schema, comes back:

- a training-panel or inspector field whose range, list or default is not the schema's (``core/design/settings.py``);
- TrainConfig accepting a value the schema's bounds exclude, or refusing one they include;
- the exported script's ``--epochs`` taking what a design may not hold (0, 1,000,001);
- a LIMITS/DEFAULTS-like table of training settings, a default per optimizer (``DEFAULT_LR``) or a
  ``.get("epochs", 10)``-style default, anywhere outside the schema module; ``core/design/choices.py`` holds names
  only;
- ``netbuilder train`` taking a number option the schema refuses (``--lr 0``, ``--limit 0``).
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
SCHEMA_FILES = {PACKAGE / "core" / "design" / "settings.py"}
CHOICES_FILE = PACKAGE / "core" / "design" / "choices.py"
QT_SPIN_MAX = 2**31 - 1  # what a QSpinBox holds: the one allowance a form makes
#: the names of the training settings, flat and as their last path part
NAMES = {s.key for s in SETTINGS if s.key} | {s.path.rsplit(".", 1)[-1] for s in SETTINGS} - {"name", "monitor"}
#: a dataset's tiny variant names its own sample limit and validation fraction: a dataset fact, not a table of
#: the settings' bounds or defaults
TABLE_NAMES = NAMES - {"limit", "validation"}
CHOICES = {s.choices for s in SETTINGS if s.path != "dataset.name"}  # the datasets' names are their registry's
#: the defaults that depend on a choice (the learning rate's, the weight decay's: one per optimizer), by path
PER_CHOICE = {s.path: s.default for s in SETTINGS if isinstance(s.default, dict)}


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


def second_tables(path: Path, names_home: bool = False) -> list[str]:
    """Where ``path`` writes numbers (bounds, defaults) for two or more training settings in one table, or one
    per choice (a default per optimizer), retypes a setting's list of choices (but in ``names_home``, where those
    lists are written), or reads a training setting with a numeric default of its own."""
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
        copied = [p for p, d in PER_CHOICE.items() if sum(
            k in d and isinstance(v, ast.Constant) and v.value == d[k] for k, v in pairs) >= 2]
        if copied:
            found.append(f"{path.name}:{node.lineno} a copy of the defaults of {', '.join(copied)}")
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            named = [t.id for t in targets if isinstance(t, ast.Name) and t.id.startswith("DEFAULT_")
                     and t.id[len("DEFAULT_"):].lower() in TABLE_NAMES]
            if named:
                found.append(f"{path.name}:{node.lineno} a default of a setting {named}")
        names = [e.value for e in getattr(node, "elts", ()) if isinstance(e, ast.Constant)]
        if not names_home and isinstance(node, (ast.Tuple, ast.List, ast.Set)) and (
                set(names) == set(WITH_MOMENTUM) or any(len(c) >= 3 and set(c) <= set(names) for c in CHOICES)):
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
    assert CHOICES_FILE in files  # the names' module is scanned too: a default there is a second place
    assert len(files) > 50
    found = [hit for p in files for hit in second_tables(p, names_home=p == CHOICES_FILE)]
    assert found == [], "training settings' bounds and defaults live in core/design/settings.py only"


def test_the_scan_finds_a_table_like_the_old_one(tmp_path):
    old = tmp_path / "old_fields.py"
    old.write_text('LIMITS = {"epochs": (1, 10**6), "batch_size": (1, 10_000_000)}\n'
                   'DEFAULTS = dict(epochs=10, seed=0)\n'
                   'def f(t):\n    return t.get("batch_size", 32)\n'
                   'OPTIONS = ["sgd", "adam", "adamw", "rmsprop"]\n'
                   'def g(name):\n    return name in ("rmsprop", "sgd")\n'
                   'KEYS = ("epochs", "batch_size", "lr", "optimizer", "device")\n'
                   'RATES = {"sgd": 0.01, "adam": 1e-3, "adamw": 1e-3, "rmsprop": 1e-2}\n'
                   'DEFAULT_WEIGHT_DECAY = 0.0\n', encoding="utf-8")
    assert len(second_tables(old)) == 8


def test_the_choices_module_holds_names_only():
    """``choices.py`` names what a setting may be; every number (a default, a bound) is the schema's."""
    tree = ast.parse(CHOICES_FILE.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            value = node.value
            assert isinstance(value, ast.Tuple) and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts), ast.unparse(node)
        else:
            assert isinstance(node, (ast.Expr, ast.ImportFrom)), ast.unparse(node)


def test_the_datasets_common_options_are_bounded_by_the_catalog_alone():
    """``dataset.limit`` and ``dataset.validation`` are the catalog's bounds (the loader checks them there, below
    the design package), so the loader, TrainConfig and the panel refuse the same values in the same words."""
    from netbuilder.core.datasets.catalog import COMMON_BOUNDS
    from netbuilder.core.datasets.loading import load_dataset
    from netbuilder.core.errors import DataError
    from netbuilder.core.design.settings import SettingError

    for key, bounds in COMMON_BOUNDS.items():
        setting = SETTING[f"dataset.{key}"]
        assert setting.bounds == bounds, key
        for value, accepted in edges(setting):
            try:
                expected = setting.parse(value)
            except SettingError as exc:
                assert not accepted, (key, value)
                with pytest.raises(DataError) as refused:
                    load_dataset({"name": "moons", key: value})
                assert str(refused.value) == f"dataset {key} {exc.message}"
                continue
            assert accepted, (key, value)
            assert load_dataset({"name": "moons", "validation": 0, key: value})  # the loader takes it too
            assert type(expected) is (int if setting.kind == "int" else float)


def test_who_names_the_options_uses_the_schemas_list():
    from netbuilder.core.teaching import lessons

    assert lessons.SETTINGS is OPTIONS
    pytest.importorskip("PySide6")
    from netbuilder.gui.training import driver as training

    assert training.OPTION_KEYS is OPTIONS


#: netbuilder train's number options and the settings they set
CLI_NUMBERS = {"--epochs": "epochs", "--batch-size": "batch_size", "--seed": "seed", "--lr": "optimizer.lr",
               "--limit": "dataset.limit"}


@pytest.mark.parametrize("flag,path", [(f, p) for f, p in CLI_NUMBERS.items() if SETTING[p].kind == "int"])
def test_the_cli_refuses_whole_numbers_outside_the_schemas_bounds(flag, path):
    """`netbuilder train` checks --epochs, --batch-size, --seed and --limit with the schema's bounds, as the
    exported script checks its --epochs: one line, exit status 2, before anything is loaded."""
    from netbuilder.cli import main
    setting = SETTING[path]
    outside = [int(setting.low) - 1] + ([int(setting.high) + 1] if setting.high is not None else [])
    for value in outside:
        run = subprocess.run([sys.executable, "-m", "netbuilder", "train", "xor", flag, str(value)],
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 2, run.stderr
        assert f"argument {flag}: must be at" in run.stderr and f"it is {value:,}" in run.stderr
    parse = next(a.type for a in _train_parser(main)._actions if flag in a.option_strings)
    assert parse(str(int(setting.low))) == int(setting.low)
    if setting.high is not None:
        assert parse(str(int(setting.high))) == int(setting.high)


def test_the_cli_refuses_a_learning_rate_the_schema_refuses():
    """`netbuilder train --lr` takes exactly what ``optimizer.lr`` takes (above 0, finite), in the file's words."""
    import argparse

    from netbuilder.cli import main
    run = subprocess.run([sys.executable, "-m", "netbuilder", "train", "xor", "--lr", "0"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "argument --lr: must be greater than 0; it is 0.0" in run.stderr, run.stderr
    parse = next(a.type for a in _train_parser(main)._actions if "--lr" in a.option_strings)
    setting = SETTING["optimizer.lr"]
    for value, accepted in edges(setting):
        if accepted:
            assert parse(repr(float(value))) == pytest.approx(value)
        else:
            with pytest.raises(argparse.ArgumentTypeError, match=r"^must be "):
                parse(repr(float(value)))
    for text in ("nan", "inf", "fast"):
        with pytest.raises(argparse.ArgumentTypeError, match=r"^must be a number, not "):
            parse(text)


def test_every_number_option_of_the_cli_is_the_schemas():
    """A number option of `netbuilder train` parsed by plain ``int`` or ``float`` would take what the design's
    file may not hold: each is one of the schema's settings, parsed by its argument type."""
    from netbuilder.cli import main
    actions = {flag: a for a in _train_parser(main)._actions for flag in a.option_strings}
    assert not [flag for flag, a in actions.items() if a.type in (int, float)]
    for flag, path in CLI_NUMBERS.items():
        assert getattr(actions[flag].type, "schema_path", None) == path, flag  # cli.bounded(path): the schema's type


def _train_parser(main):
    import argparse
    from netbuilder import cli
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices["train"]
