"""Architecture contract of the panel registry (issue 20, point 7): the window's docks, the inside driver's panels
and followers and presentation mode's choice of panels all come from ``gui/panels/registry.py``, and the probe
kinds are the core's one list. These fail if a panel is named again outside the registry, or a second list of
probe kinds appears."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from netbuilder.core.training import probe_kinds
from netbuilder.gui.panels import registry
from netbuilder.gui.panels.registry import PANELS, PanelSpec, inside_specs

GUI = Path(__file__).resolve().parents[1] / "netbuilder" / "gui"
#: the files that loop over the registry and so must not name an inside panel themselves
LOOPING = ["window/main_window.py", "training/inside.py", "teaching/presentation.py", "window/dock_layout.py",
           "window/menus.py", "window/exports.py", "window/lessons.py"]


#: the same word meaning something else, once: (file, word) -> what it is
NOT_A_PANEL = {("window/main_window.py", "weights"): "an autosave record's key (ask_restore)"}


def _strings(path: Path) -> Counter:
    return Counter(node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                   if isinstance(node, ast.Constant) and isinstance(node.value, str))


@pytest.mark.parametrize("name", LOOPING)
def test_the_looping_files_name_no_inside_panel(name):
    """A panel named by its registry name, dock objectName or title in one of these files would be a second place
    to touch for a new panel (the if/elif chains and tuples the registry replaced)."""
    words = {word for spec in inside_specs() for word in (spec.name, spec.dock, spec.title)}
    strings = _strings(GUI / name)
    named = {word: strings[word] - ((name, word) in NOT_A_PANEL) for word in words}
    assert not {word: n for word, n in named.items() if n}, name


def test_the_probe_kinds_are_one_list():
    """inspection answers exactly the core's probe kinds, the registry accepts only those, and no other module
    spells the list again."""
    from netbuilder.core.training import inspection
    assert inspection.KINDS is probe_kinds.KINDS and tuple(inspection._PROBES) == probe_kinds.KINDS
    assert all(spec.probe in probe_kinds.KINDS for spec in PANELS if spec.probe)
    with pytest.raises(ValueError, match="not a core probe kind"):
        PanelSpec("x", "X", "xDock", "right", "inside.x", probe="nonsense")
    package = GUI.parent
    copies = [str(path.relative_to(package)) for path in package.rglob("*.py")
              if path.name != "probe_kinds.py" and set(probe_kinds.KINDS) <= set(_strings(path))]
    assert copies == [], copies


def test_the_registry_describes_every_dock_once():
    names = [spec.name for spec in PANELS]
    assert len(set(names)) == len(names) and len({spec.dock for spec in PANELS}) == len(PANELS)
    assert all(spec.tab_with in names[:names.index(spec.name)] for spec in PANELS if spec.tab_with)
    assert [spec.name for spec in inside_specs()] == ["boundary", "confusion", "weights", "activations", "predict",
                                                        "explain"]


# a panel added by one registry entry -------------------------------------------------------------------------
@pytest.fixture
def settings(tmp_path, qapp):
    from PySide6.QtCore import QCoreApplication, QSettings
    QCoreApplication.setOrganizationName("netbuilder-tests")
    QCoreApplication.setApplicationName("netbuilder-tests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))


def _fake_panel():
    from PySide6.QtWidgets import QLabel
    label = QLabel("fake")
    label.setObjectName("fakePanel")
    return label


def _fake_follower(driver, spec, panel):
    from netbuilder.gui.training.followers import Follower

    class Recorder(Follower):
        def __init__(self, *args):
            super().__init__(*args)
            self.seen = []

        def run_started(self, info):
            self.seen.append("run_started")

        def weights_replaced(self, session):
            self.seen.append("weights_replaced")

    return Recorder(driver, spec, panel)


FAKE = PanelSpec("fake", "Fake", "fakeDock", "right", "inside.fake_panel", panel=f"{__name__}:_fake_panel",
                 follower=f"{__name__}:_fake_follower", tab_with="inspector", inside=True, live=True,
                 probe=probe_kinds.SAMPLE, hz=4, share=0.05, options={"split": "train"})


def test_one_registry_entry_adds_a_dock_a_followed_panel_and_a_presentation_choice(qtbot, settings, monkeypatch):
    from PySide6.QtWidgets import QDockWidget

    from netbuilder.gui import MainWindow
    monkeypatch.setattr(registry, "PANELS", PANELS + (FAKE,))
    w = MainWindow()
    qtbot.addWidget(w)
    try:
        # the window made its dock, in the inspector's place, listed in View and in Export > Panel
        dock = w.findChild(QDockWidget, "fakeDock")
        assert dock is w.docks["fake"] and dock.windowTitle() == "Fake"
        assert dock in w.tabifiedDockWidgets(w.docks["inspector"])
        assert dock.toggleViewAction() in w.menuBar().actions()[2].menu().actions()
        # every dock the window has comes from the registry, in its order
        docks = [d.objectName() for d in w.findChildren(QDockWidget) if d.parent() is w]
        assert sorted(docks) == sorted(spec.dock for spec in registry.PANELS)
        assert list(w.docks) == [spec.name for spec in registry.PANELS]
        # the inside driver made the panel and its follower, and hands it the moments of a run
        follower = w.inside.followers["fake"]
        assert w.inside.fake_panel is w.inside.panels["fake"] is follower.panel
        assert "fake" in w.inside.docks
        w.document.new()
        assert "weights_replaced" in follower.seen
        # on screen, it subscribes to its probe at its rate and budget; hidden, it costs nothing
        w.resize(1400, 900)
        w.show()
        qtbot.waitExposed(w)
        assert w.show_panel("fakePanel")
        qtbot.waitUntil(lambda: "sample" in w.training.controller.subscriptions, timeout=3000)
        seconds, options, share = w.training.controller.subscriptions["sample"]
        assert (seconds, options, share) == (0.25, {"split": "train"}, 0.05)
        assert w.show_panel("inspectorDock")
        qtbot.waitUntil(lambda: "sample" not in w.training.controller.subscriptions, timeout=3000)
        # presentation mode may show it beside the canvas
        assert "fake" in registry.inside_names()
    finally:
        w.document.undo_stack.setClean()
        w.close()
