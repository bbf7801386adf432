"""Issue 18, point 9: File > Export > PyTorch script writes what `netbuilder export` writes, and every file the
window exports (script, figures) gets the permissions a plain ``open()`` would give it."""
from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from netbuilder.cli import main
from netbuilder.core.errors import NetbuilderError


def under_umask(umask: int, write):
    old = os.umask(umask)
    try:
        return write()
    finally:
        os.umask(old)


def test_the_menu_writes_the_script_the_cli_writes(window, tmp_path):
    action = window.findChild(QAction, "actionExportPython")
    assert action is not None and action in window.findChild(QMenu, "menuExport").actions()
    assert "PyTorch" in action.text() and ".py" in action.text()
    assert window.open_design("spirals")
    asked = []
    window.ask_export_path = lambda title, suggested, file_filter: asked.append((suggested, file_filter)) or str(
        tmp_path / "menu.py")
    action.trigger()
    assert window.errors == [] and asked and asked[0][1] == "Python scripts (*.py)"
    assert asked[0][0].endswith(".py")
    assert str(tmp_path / "menu.py") in window.statusBar().currentMessage()
    assert main(["export", "spirals", "--to", str(tmp_path / "cli.py")]) == 0
    script = (tmp_path / "menu.py").read_text(encoding="utf-8")
    assert script == (tmp_path / "cli.py").read_text(encoding="utf-8")
    assert "def main" in script  # the training script, not only the model class
    compile(script, "menu.py", "exec")


def test_a_design_that_cannot_be_exported_says_why_and_writes_nothing(window, tmp_path):
    assert window.open_design("spirals")
    window.document.design.nodes["logits"].params["out_features"] = 16
    with pytest.raises(NetbuilderError, match="out_features to 2"):
        window.export_python(tmp_path / "bad.py")
    window.ask_export_path = lambda *a: str(tmp_path / "bad.py")
    window.actions_by_name["actionExportPython"].trigger()
    assert window.errors and "out_features to 2" in window.errors[-1][1]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o077, 0o600)])
def test_exported_files_get_the_mode_a_plain_open_would(window, tmp_path, umask, expected):
    assert window.open_design("xor")
    window.show_panel("problemsList")
    written = [under_umask(umask, lambda: window.export_canvas(tmp_path / "net.svg")),
               under_umask(umask, lambda: window.export_canvas(tmp_path / "net.png")),
               under_umask(umask, lambda: window.export_panel("problemsList", tmp_path / "problems.png")),
               under_umask(umask, lambda: window.export_python(tmp_path / "xor.py"))]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)  # no temporary left
    for path in written:
        assert stat.S_IMODE(os.stat(path).st_mode) == expected, path.name
