"""The editor as a user drives it: the automation contract, files, presets, undo, dialogs, a screenshot."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QPalette,
                           QUndoStack)
from PySide6.QtWidgets import QApplication, QDockWidget, QGraphicsView, QMessageBox, QToolBar, QWidget

from netbuilder.core.design.design_io import load_design, design_to_dict
from netbuilder.core.design.presets import preset_names
from netbuilder.gui import MainWindow
from person import settle

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    errors = []
    w.show_error = lambda title, message: errors.append((title, message))
    w.errors = errors
    w.ask_save_changes = lambda: QMessageBox.Discard
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.document.undo_stack.setClean()


def test_contract_object_names(window):
    for name in ("layerPalette", "inspector", "summaryTable", "problemsList"):
        assert window.findChild(QWidget, name) is not None, name
    assert isinstance(window.findChild(QGraphicsView, "canvasView"), QGraphicsView)
    for name in ("actionNew", "actionOpen", "actionSave", "actionSaveAs", "actionUndo", "actionRedo",
                 "actionDelete", "actionAutoLayout"):
        action = window.findChild(QAction, name)
        assert action is not None, name
    shortcuts = {"actionNew": "Ctrl+N", "actionOpen": "Ctrl+O", "actionSave": "Ctrl+S", "actionSaveAs": "Ctrl+Shift+S",
                 "actionUndo": "Ctrl+Z", "actionRedo": "Ctrl+Shift+Z", "actionCut": "Ctrl+X", "actionCopy": "Ctrl+C",
                 "actionPaste": "Ctrl+V", "actionDuplicate": "Ctrl+D", "actionDelete": "Del",
                 "actionSelectAll": "Ctrl+A", "actionZoomIn": "Ctrl++", "actionZoomOut": "Ctrl+-",
                 "actionFit": "Ctrl+0", "actionAutoLayout": "Ctrl+L"}
    for name, keys in shortcuts.items():
        bound = [s.toString() for s in window.findChild(QAction, name).shortcuts()]
        assert keys in bound, (name, bound)
    redo = [s.toString() for s in window.findChild(QAction, "actionRedo").shortcuts()]
    assert "Ctrl+Y" in redo and len(redo) == len(set(redo)), redo  # Ctrl+Y too, on every platform, once


@pytest.mark.parametrize("platform_redo", [["Ctrl+Shift+Z"], ["Ctrl+Y", "Ctrl+Shift+Z"]], ids=["gnome", "windows"])
def test_ctrl_y_redoes_on_every_platform(qtbot, monkeypatch, platform_redo):
    from netbuilder.gui.window import menus as window_menus

    class PlatformKeys(QKeySequence):
        @staticmethod
        def keyBindings(key):
            if key == QKeySequence.StandardKey.Redo:
                return [QKeySequence(k) for k in platform_redo]
            return QKeySequence.keyBindings(key)

    monkeypatch.setattr(window_menus, "QKeySequence", PlatformKeys)
    w = MainWindow()
    qtbot.addWidget(w)
    bound = [k.toString() for k in w.findChild(QAction, "actionRedo").shortcuts()]
    assert sorted(bound) == sorted(set(platform_redo) | {"Ctrl+Y"}), bound


def _edit(window, qtbot, name, group=None):
    """Start editing an inspector field as a click does (pyqtgraph shows the editor of the current row only) and
    give its editor the keyboard focus in the active window."""
    with qtbot.waitActive(window):
        window.activateWindow()
    inspector = window.inspector
    inspector.tree.setCurrentItem(next(iter(inspector.parameter(name, group).items)))
    editor = inspector.editor(name, group)
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    return editor


def test_undo_and_redo_keys_work_while_an_inspector_field_has_focus(window, qtbot):
    window.open_design("xor")
    window.scene.select_nodes(["hidden"])
    stack = window.document.undo_stack

    def out_features():
        return window.document.design.nodes["hidden"].params.get("out_features")

    spin = _edit(window, qtbot, "out_features")
    assert spin.value() == 8
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "6")
    qtbot.keyClick(spin.lineEdit(), Qt.Key_Return)
    assert out_features() == 6 and stack.index() == 1
    assert QApplication.focusWidget() is spin
    qtbot.keyClick(spin, Qt.Key_Z, Qt.ControlModifier)
    assert out_features() == 8 and stack.index() == 0
    qtbot.waitUntil(lambda: spin.value() == 8, timeout=1000)  # the field follows the design's undo
    qtbot.keyClick(spin, Qt.Key_Y, Qt.ControlModifier)
    assert out_features() == 6 and stack.index() == 1
    qtbot.waitUntil(lambda: spin.value() == 6, timeout=1000)
    window.inspector.show_node(None)  # a text field and a combo box of the design's settings
    assert window.inspector.set_meta_value("name", "XOR two") is None and stack.index() == 2
    name = _edit(window, qtbot, "name", "design")
    qtbot.keyClick(name, Qt.Key_Z, Qt.ControlModifier)
    assert window.document.design.name == "XOR" and stack.index() == 1
    qtbot.waitUntil(lambda: name.text() == "XOR", timeout=1000)
    combo = _edit(window, qtbot, "dataset", "training")
    qtbot.keyClick(combo, Qt.Key_Z, Qt.ControlModifier)
    assert out_features() == 8 and stack.index() == 0
    qtbot.keyClick(combo, Qt.Key_Z, Qt.ShiftModifier | Qt.ControlModifier)
    assert out_features() == 6 and stack.index() == 1


def test_toolbar_undo_and_redo_buttons_keep_their_label_and_width(window):
    window.open_design("xor")
    toolbar = window.findChild(QToolBar, "mainToolBar")
    undo, redo = window.findChild(QAction, "actionUndo"), window.findChild(QAction, "actionRedo")
    buttons = [toolbar.widgetForAction(undo), toolbar.widgetForAction(redo)]
    before = [(b.text(), b.sizeHint().width()) for b in buttons]
    assert [text for text, _ in before] == ["Undo", "Redo"]
    window.scene.select_nodes(["prob"])
    window.palette_panel.layerActivated.emit("Identity")
    command = window.document.undo_stack.undoText()
    assert command == "Add Identity", command
    assert [(b.text(), b.sizeHint().width()) for b in buttons] == before
    assert undo.toolTip() == "Undo Add Identity" and buttons[0].toolTip() == "Undo Add Identity"
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert undo in edit.actions() and command in undo.text()
    window.document.undo_stack.undo()
    assert [(b.text(), b.sizeHint().width()) for b in buttons] == before
    assert redo.toolTip() == "Redo Add Identity" and command in redo.text()
    assert undo.toolTip() == "Nothing to undo"


def test_docks_can_be_hidden_and_restored(window):
    dock = window.findChild(QDockWidget, "paletteDock")
    dock.toggleViewAction().trigger()
    assert not dock.isVisible()
    window.findChild(QAction, "actionResetLayout").trigger()
    assert dock.isVisible()


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_opens(window, name):
    assert window.open_design(name)
    assert window.current_design() == design_to_dict(load_design(name))
    assert len(window.scene.items()) > 0 and not window.document.dirty
    assert window.errors == []


def drop_layer(window, qtbot, type_name: str, at: QPoint):
    viewport = window.view.viewport()
    mime = QMimeData()
    mime.setData("application/x-netbuilder-layer", type_name.encode())
    for cls in (QDragEnterEvent, QDragMoveEvent):
        event = cls(at, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
        QApplication.sendEvent(viewport, event)
    QApplication.sendEvent(viewport, QDropEvent(QPointF(at), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))


def test_drop_edit_undo_redo_save_reload(window, qtbot, tmp_path):
    window.findChild(QAction, "actionNew").trigger()
    drop_layer(window, qtbot, "Input", QPoint(300, 100))
    drop_layer(window, qtbot, "Linear", QPoint(300, 300))
    design = window.document.design
    assert [n.type for n in design.nodes.values()] == ["Input", "Linear"]
    window.scene.select_nodes(["linear_1"])
    assert window.inspector.set_param_value("out_features", 64) is None
    assert design.nodes["linear_1"].params["out_features"] == 64
    assert "out_features" in (window.inspector.set_param_value("out_features", 0) or "")
    stack: QUndoStack = window.document.undo_stack
    count = stack.count()
    stack.undo()
    assert "out_features" not in design.nodes["linear_1"].params
    stack.redo()
    assert design.nodes["linear_1"].params["out_features"] == 64
    assert stack.count() == count
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    path = tmp_path / "mine.json"
    assert window.save_design(path)
    assert not window.isWindowModified() and "mine.json" in window.windowTitle()
    saved = json.loads(path.read_text())
    assert saved == window.current_design()
    assert design_to_dict(load_design(path)) == saved
    window.findChild(QAction, "actionNew").trigger()
    assert window.open_design(str(path)) and window.current_design() == saved
    assert str(path.resolve()) in window.recent_files()


def test_broken_file_shows_dialog_and_keeps_design(window, tmp_path):
    window.open_design("xor")
    before = window.current_design()
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "netbuilder-design", "nodes": [{"id": "a", "type": "Dense"}]}')
    assert not window.open_design(str(bad))
    assert window.current_design() == before
    (title, message), = window.errors
    assert "broken.json" in message and "unknown layer type 'Dense'" in message


def test_unsaved_changes_are_asked_about(window, tmp_path):
    window.open_design("xor")
    window.view.select_all()
    window.findChild(QAction, "actionDelete").trigger()
    assert window.document.dirty
    window.ask_save_changes = lambda: QMessageBox.Cancel
    assert not window.open_design("mnist_mlp")
    assert window.current_design()["nodes"] == []
    window.ask_save_changes = lambda: QMessageBox.Discard
    assert window.open_design("mnist_mlp")


def test_palette_double_click_adds_below_selection_and_connects(window):
    window.open_design("xor")
    window.scene.select_nodes(["prob"])
    window.palette_panel.layerActivated.emit("Identity")
    design = window.document.design
    assert "identity_1" in design.nodes
    assert any(e.source == "prob" and e.target == "identity_1" for e in design.edges)
    assert design.nodes["identity_1"].position[1] > design.nodes["prob"].position[1]
    window.document.undo_stack.undo()
    assert "identity_1" not in design.nodes


def test_problem_click_selects_node(window):
    window.findChild(QAction, "actionNew").trigger()
    drop_layer(window, None, "Conv2d", QPoint(200, 200))
    window.document.analyse_now()
    window.problems.nodeActivated.emit("conv2d_1")
    assert window.scene.selected_node_ids() == ["conv2d_1"]


def test_auto_layout_is_one_undo_step(window):
    window.open_design("mnist_resnet")
    before = {k: n.position for k, n in window.document.design.nodes.items()}
    window.findChild(QAction, "actionAutoLayout").trigger()
    after = {k: n.position for k, n in window.document.design.nodes.items()}
    assert after != before
    window.document.undo_stack.undo()
    assert {k: n.position for k, n in window.document.design.nodes.items()} == before


def test_screenshot_mnist_cnn(window, qtbot):
    window.resize(1600, 1000)
    window.open_design("mnist_cnn")
    window.scene.select_nodes(["conv"])
    settle()
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "main_window_mnist_cnn.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 20_000


def test_window_opens_without_torch(tmp_path):
    import subprocess
    import sys
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from netbuilder.gui import MainWindow; w = MainWindow(); w.show(); app.processEvents(); "
            "w.open_design('mnist_cnn'); app.processEvents(); print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_dock_layout_is_kept_between_sessions(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.findChild(QDockWidget, "problemsDock").close()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert not second.findChild(QDockWidget, "problemsDock").isVisible()
    assert second.findChild(QDockWidget, "paletteDock").isVisible()


def test_closing_with_unsaved_changes_can_be_cancelled(window):
    window.open_design("xor")
    window.palette_panel.layerActivated.emit("ReLU")
    window.ask_save_changes = lambda: QMessageBox.Cancel
    assert not window.close() and window.isVisible()
    window.ask_save_changes = lambda: QMessageBox.Discard
    assert window.close()


def test_theme_follows_the_system(monkeypatch):
    from netbuilder.gui.window import app as app_module
    app = QApplication.instance()
    saved = app.palette()
    monkeypatch.delenv("NETBUILDER_THEME", raising=False)
    try:
        monkeypatch.setattr(app_module, "system_scheme", lambda: Qt.ColorScheme.Dark)
        assert app_module.apply_theme(app) == "dark"
        assert app.palette().color(QPalette.Window).lightness() < 80
        monkeypatch.setattr(app_module, "system_scheme", lambda: Qt.ColorScheme.Light)
        assert app_module.apply_theme(app) == "light"
        assert app.palette().color(QPalette.Window).lightness() > 180
    finally:
        app.setPalette(saved)


def test_dark_theme_screenshot(qtbot, monkeypatch):
    from netbuilder.gui.window.app import apply_theme
    app = QApplication.instance()
    saved = app.palette()
    monkeypatch.setenv("NETBUILDER_THEME", "dark")
    try:
        assert apply_theme(app) == "dark"
        w = MainWindow()
        qtbot.addWidget(w)
        w.resize(1600, 1000)
        w.show()
        qtbot.waitExposed(w)
        w.open_design("mnist_resnet")
        settle()
        ARTIFACTS.mkdir(exist_ok=True)
        assert w.grab().save(str(ARTIFACTS / "main_window_dark_mnist_resnet.png"))
        assert w.palette().color(w.backgroundRole()).lightness() < 80
    finally:
        app.setPalette(saved)


@pytest.mark.parametrize("training", [
    {"dataset": {"name": "xor", "validation": "x"}},
    {"dataset": ["xor"], "optimizer": 5},
    {"dataset": {"name": "xor"}, "optimizer": {"name": "adam", "lr": "fast"}, "epochs": "ten"},
    {"dataset": {"name": "xor"}, "optimizer": "lbfgs", "bogus": 1},
])
def test_malformed_training_settings_open_and_are_reported(window, tmp_path, training):
    data = load_design("xor").to_dict()
    data["training"] = training
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data))
    assert window.open_design(str(path)) and window.errors == []
    window.inspector.show_node(None)
    problems = [d for d in window.document.analyse_now().diagnostics if d.node_id is None]
    assert problems and problems[0].message.startswith("Training settings: ")
    assert "ready to train" not in window.status.text()
    assert window.current_design()["training"] == training
