"""The dependency rules of ARCHITECTURE.md, checked on the source and at run time."""
import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "netbuilder"
QT = ("PySide6", "pyqtgraph", "shiboken6", "PyQt5", "PyQt6")


def imports(path: Path, top_level_only: bool = False):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            yield base
            yield from (f"{base}.{a.name}" if base.endswith(".") is False else base + a.name for a in node.names)


def test_core_never_imports_qt_or_gui():
    files = list((PACKAGE / "core").rglob("*.py"))
    assert len(files) > 10
    for path in files:
        for name in imports(path):
            assert not name.startswith(QT), f"{path} imports {name}"
            assert "gui" not in name.split("."), f"{path} imports {name}"


def test_only_cli_and_main_import_gui_and_only_lazily():
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        top = set(imports(path, top_level_only=True))
        assert not any("gui" in n.split(".") or n.startswith(QT) for n in top), f"{path} imports the GUI eagerly"
        if path.name not in ("cli.py", "__main__.py"):
            assert not any("gui" in n.split(".") for n in imports(path)), f"{path} imports the GUI"


def run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_cli_and_catalogue_import_without_torch_or_qt():
    out = run("import sys, netbuilder.cli, netbuilder.core.layers, netbuilder.core.design.validate, "
              "netbuilder.core.design.shapes, netbuilder.core.design.design_io, netbuilder.core.design.summary\n"
              "print(sorted(m for m in ('torch', 'PySide6', 'pyqtgraph') if m in sys.modules))")
    assert out.strip() == "[]"


ROOT = PACKAGE.parent


def test_the_import_contracts_hold(capsys):
    """pyproject.toml's [tool.importlinter] contracts (docs/ARCHITECTURE.md, "Dependency rules"): the core free of Qt
    and the GUI, the core's and the GUI's packages layered, no import cycles at any depth."""
    from importlinter.cli import lint_imports
    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "0 broken" in out and "4 kept" in out, out


def test_every_package_has_its_place_in_the_layers():
    """A new package of core/ or gui/ must be placed in its layers contract, or the contract would not see it."""
    import tomllib
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layered = {c["containers"][0]: set(c["layers"]) for c in config["contracts"] if c["type"] == "layers"}
    for area in ("core", "gui"):
        found = {p.stem if p.is_file() else p.name for p in (PACKAGE / area).iterdir()
                 if (p.is_dir() and (p / "__init__.py").exists()) or (p.suffix == ".py" and p.name != "__init__.py")}
        assert found == layered[f"netbuilder.{area}"], (area, found ^ layered[f"netbuilder.{area}"])
    packages = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")}
    assert on_disk <= packages, on_disk - packages  # a wheel leaves out a package that is not listed
