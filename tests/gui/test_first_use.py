"""The product as a person first meets it (issue 18): the real `netbuilder gui ...` command stays up, a machine
without Qt's X11 libraries gets one line with the install command, no thread but the GUI thread frees a Qt object,
the window fits 1366x768 and 1920x1080 with every dock reachable and no tab or label cut short, and the bundled
lessons are found in a menu."""
from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
import textwrap
import threading
import time
import weakref
from pathlib import Path

import pytest
from helpers import wait_until
from person import click_menu, on_a_screen, settle
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QTabBar

from netbuilder.core.teaching.lessons import lesson_info
from netbuilder.core.design.presets import preset_names, preset_path
from netbuilder.gui.common import collector
from netbuilder.gui.common.docks import on_screen, stale_tab_bars
from netbuilder.gui.window.platform_check import install_hint, missing_libraries, uses_xcb

REPO = Path(__file__).resolve().parents[2]
NETBUILDER = Path(sys.executable).parent / "netbuilder"
UP_SECONDS = 10


# the real command ----------------------------------------------------------------------------------------------
def _env(tmp_path: Path) -> dict:
    home = tmp_path / "home"
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "cfg"),
            "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
            "NETBUILDER_RECOVERY_DIR": str(tmp_path / "recovery")}


def _documented_command_lines(tmp_path: Path) -> dict[str, list[str]]:
    design = tmp_path / "my design.json"
    shutil.copy(preset_path("xor"), design)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "netbuilder-design", "nodes": [')
    checkpoint = tmp_path / "xor.nbckpt"
    made = subprocess.run([str(NETBUILDER), "train", "xor", "--epochs", "3", "--save", str(checkpoint)],
                          capture_output=True, text=True, timeout=120, env=_env(tmp_path))
    assert made.returncode == 0, made.stderr
    lines = {f"preset {name}": ["gui", name] for name in preset_names()}
    lines.update({"no design": ["gui"], "a design file": ["gui", str(design)], "a checkpoint": ["gui", str(checkpoint)],
                  "a lesson file": ["gui", str(REPO / "resources" / "lessons" / "xor.json")],
                  "a bundled lesson by name": ["gui", "learning_rate"], "a broken file": ["gui", str(broken)]})
    return lines


def test_every_documented_gui_command_stays_up(tmp_path):
    """Each `netbuilder gui ...` a person is told to type runs as a real process for UP_SECONDS (the torch-preload
    thread ran meanwhile: it made the presets segfault within 3 s), never with Qt's wrong-thread warnings; a broken
    file shows its one-line message and the window stays."""
    lines = _documented_command_lines(tmp_path)
    names = list(lines)
    logs = {n: tmp_path / f"stderr-{i}.txt" for i, n in enumerate(names)}
    for start in range(0, len(names), 5):  # five at a time on a 2-core machine
        batch = names[start:start + 5]
        procs = {}
        for n in batch:
            with open(logs[n], "w") as err:  # each its own recovery folder: a killed one's autosave offers nothing
                env = {**_env(tmp_path), "NETBUILDER_RECOVERY_DIR": str(tmp_path / f"recovery-{names.index(n)}")}
                procs[n] = subprocess.Popen([str(NETBUILDER), *lines[n]], stdout=subprocess.DEVNULL, stderr=err,
                                            env=env)
        try:
            time.sleep(UP_SECONDS)  # sleep is the behaviour: each process must stay up this long
            if "a broken file" in batch:  # its window opens, then its message comes (with torch loading beside)
                wait_until(lambda: "netbuilder: " in logs["a broken file"].read_text(), 60, interval=0.5)
            ended = {n: p.poll() for n, p in procs.items()}
        finally:
            for p in procs.values():
                if p.poll() is None:
                    p.kill()
                p.wait(timeout=30)
        outputs = {n: logs[n].read_text() for n in batch}
        assert all(code is None for code in ended.values()), {n: (c, outputs[n][-600:]) for n, c in ended.items()}
        for n, err in outputs.items():
            assert "another thread" not in err, (n, err[-600:])
            if n == "a broken file":
                said = [line for line in err.splitlines() if line.startswith("netbuilder: ")]
                assert len(said) == 1 and "broken.json" in said[0] and "not valid JSON" in said[0], err
            else:
                assert "netbuilder: Could not" not in err, (n, err[-600:])


# a machine without Qt's X11 libraries ---------------------------------------------------------------------------
def test_which_platform_needs_the_x11_libraries():
    assert uses_xcb({}, "linux") and uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland"}, "linux")
    assert not uses_xcb({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert uses_xcb({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "w", "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({}, "darwin") and not uses_xcb({}, "win32")


def test_missing_libraries_make_one_line_with_the_install_command():
    missing = missing_libraries(lambda plugin: ["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    assert missing == {"libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4"}
    line = install_hint(missing)
    assert "\n" not in line and line.endswith("sudo apt-get install libxcb-cursor0 libxcb-icccm4")
    # a library whose package netbuilder does not know stays out of the install command
    line = install_hint(missing_libraries(lambda plugin: ["libxcb-cursor.so.0", "libweird.so.3"]))
    assert "\n" not in line and "sudo apt-get install libxcb-cursor0;" in line
    assert line.endswith("apt-file search libweird.so.3") and "install libxcb-cursor0 libweird" not in line
    assert missing_libraries(lambda plugin: []) == {}


def test_the_command_says_what_to_install_instead_of_qts_ten_lines(tmp_path):
    """On an X11 display: the one line (and status 1) when this machine lacks a library the xcb plugin loads, as
    the loader reports it now; with none missing, no such line."""
    env = {**_env(tmp_path), "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":93"}  # no server there: nothing may open
    proc = subprocess.run([str(NETBUILDER), "gui"], capture_output=True, text=True, timeout=60, env=env)
    missing = missing_libraries()
    if missing:
        assert proc.returncode == 1 and proc.stderr.strip() == install_hint(missing), proc.stderr
    else:
        assert "apt-get" not in proc.stderr and proc.returncode != 0  # Qt's own: no display at :93
    faked = textwrap.dedent("""
        import sys
        from netbuilder.gui.window import platform_check
        platform_check.unresolved = lambda plugin: ["libxcb-cursor.so.0"]
        from netbuilder.cli import main
        sys.exit(main(["gui", "xor"]))
    """)
    proc = subprocess.run([sys.executable, "-c", faked], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [install_hint({"libxcb-cursor.so.0": "libxcb-cursor0"})]


# no thread but the GUI thread frees a Qt object -----------------------------------------------------------------
class _Cycle(QObject):
    """A Qt object with a running timer in a reference cycle, as pyqtgraph's items make them."""

    def __init__(self):
        super().__init__()
        self.me = self
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: None)
        self.timer.start(60_000)


def test_collections_started_by_other_threads_never_free_qt_objects(qapp):
    freed_in: list[str] = []
    holders, enabled = collector.holders(), gc.isenabled()
    collector.hold()
    try:
        cycle = _Cycle()
        weakref.finalize(cycle, lambda: freed_in.append(threading.current_thread().name))
        cycle.timer.stop()
        del cycle

        def allocate():  # far past every generation's threshold: Python would collect here, in this thread
            for _ in range(200_000):
                a = []
                a.append(a)
        worker = threading.Thread(target=allocate, name="not-the-gui-thread")
        worker.start()
        worker.join()
        assert freed_in == []  # nothing collected in the worker
        wait_until(lambda: freed_in, 5, between=qapp.processEvents, interval=0.02)
        assert freed_in == [threading.main_thread().name]
        assert not gc.isenabled()
    finally:
        collector.release()
    assert collector.holders() == holders and gc.isenabled() == enabled and collector.active() == (holders > 0)


def test_a_run_stopped_and_waited_for_gives_back_only_its_own_hold(window, qtbot):
    """The app holds the collector for its life; a run holds it too and, however it ends (here through
    shutdown, as opening another design during a run does), gives back exactly its own hold."""
    holders = collector.holders()
    collector.hold()  # as run_app does
    try:
        assert window.open_design("xor")
        window.set_training_options(epochs=100_000)
        assert window.train()
        qtbot.waitUntil(lambda: window.training.controller.state == "running", timeout=30_000)
        assert collector.holders() == holders + 2
        assert window.training.controller.shutdown()
        settle()  # the worker's own finish, queued, must not give the hold back a second time
        assert collector.holders() == holders + 1 and collector.active() and not gc.isenabled()
    finally:
        collector.release()
    assert collector.holders() == holders


# the window on a laptop and a projector -------------------------------------------------------------------------
def _reachable(window, dock) -> bool:
    """On screen, or behind a tab of a tab bar that is on screen, whole, inside the window."""
    if on_screen(dock):
        return True
    stale = set(stale_tab_bars(window))
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window and bar.isVisible() and bar not in stale:
            for i in range(bar.count()):
                if bar.tabText(i) == dock.windowTitle() and bar.rect().contains(bar.tabRect(i)):
                    return True
    return False


def _cut_texts(window, widgets) -> list[str]:
    """Labels and buttons whose text needs more room than they have (a word-wrapped label: more height)."""
    cut = []
    for w in widgets:
        if not w.isVisible() or not w.text():
            continue
        if isinstance(w, QLabel) and w.wordWrap():
            if w.heightForWidth(w.width()) > w.height() + 1:
                cut.append(f"{w.objectName() or w.text()[:30]}: {w.heightForWidth(w.width())} > {w.height()} px")
        elif w.sizeHint().width() > w.width() + 1:
            cut.append(f"{w.objectName() or w.text()[:30]}: {w.sizeHint().width()} > {w.width()} px")
    return cut


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("design", ["xor", "mnist_cnn"])
def test_the_window_fits_and_every_dock_is_reachable(qtbot, size, design):
    from netbuilder.gui import MainWindow
    w = MainWindow()
    qtbot.addWidget(w)
    w.ask_save_changes = lambda: QMessageBox.Discard
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_design(design)
    w.open_lesson("xor")
    for dock in w.docks.values():
        dock.show()
    settle()
    assert w.width() <= size[0] and w.height() <= size[1], (w.size(), size)
    assert w.minimumSizeHint().height() <= 720 and w.minimumSizeHint().width() <= 1280
    unreachable = [name for name, dock in w.docks.items() if not _reachable(w, dock)]
    assert unreachable == []
    for bar in w.findChildren(QTabBar):
        if bar.parent() is w and bar.isVisible() and bar not in stale_tab_bars(w):
            for i in range(bar.count()):
                assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), bar.tabText(i)
                assert bar.rect().contains(bar.tabRect(i)), (bar.tabText(i), bar.tabRect(i), bar.rect())
    w.show_panel("trainingPanel")
    settle()
    panel = w.training.panel
    assert _cut_texts(w, panel.findChildren(QLabel) + panel.findChildren(QAbstractButton)) == []
    w.show_panel("lessonPanel")
    settle()
    lesson = w.lessons.panel
    assert _cut_texts(w, lesson.findChildren(QLabel) + lesson.findChildren(QAbstractButton)) == []
    w.document.undo_stack.setClean()


@pytest.mark.parametrize("size, maximized", [((1366, 768), True), ((1280, 720), True), ((1920, 1080), False)])
def test_the_window_opens_within_the_screen(tmp_path, size, maximized):
    """run_app's way of showing the window: on a screen smaller than its size (with a title bar) it opens
    maximized, inside the screen's free area; on a big one at its own size."""
    script = textwrap.dedent("""
        import json
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from netbuilder.gui import MainWindow
        from netbuilder.gui.window.app import show_fitted
        w = MainWindow()
        show_fitted(w)
        for _ in range(20):
            app.processEvents()
        free = w.screen().availableGeometry()
        print(json.dumps({"inside": free.contains(w.frameGeometry()), "maximized": w.isMaximized(),
                          "size": [w.width(), w.height()]}))
        w.close()
    """)
    got, _ = on_a_screen(tmp_path, *size, script, _env(tmp_path))
    assert got["inside"] and got["maximized"] is maximized, got


# lessons from the menu -----------------------------------------------------------------------------------------
def test_the_lessons_menu_lists_every_bundled_lesson_by_title(window, qtbot):
    menu = window.lessons_menu
    titles = [a.text() for a in menu.actions() if a.objectName().startswith("actionLesson_")]
    assert titles == [lesson.title for _, lesson, _ in lesson_info()]
    assert window.open_design("mnist_mlp")
    click_menu(qtbot, window, menu, window.actions_by_name["actionLesson_xor"])
    xor = next(lesson.title for name, lesson, _ in lesson_info() if name == "xor")
    assert window.lessons.lesson is not None and window.lessons.lesson.title == xor
    assert on_screen(window.docks["lesson"])
    assert window.lessons.panel.buttons["next"].isEnabled()


def test_opening_a_lesson_with_unsaved_changes_asks_once(window, qtbot):
    asked = []
    window.ask_save_changes = lambda: asked.append(True) or QMessageBox.Discard
    assert window.open_design("xor")
    window.set_training_options(epochs=7)  # an unsaved change
    assert window.document.dirty
    click_menu(qtbot, window, window.lessons_menu, window.actions_by_name["actionLesson_xor"])
    assert asked == [True] and window.lessons.lesson is not None
    asked.clear()
    window.set_training_options(epochs=9)
    assert window.open_design(str(REPO / "resources" / "lessons" / "xor.json"))  # File > Open of a lesson file
    assert asked == [True]


def test_the_gallery_offers_the_lessons_too(qtbot):
    from netbuilder.gui.panels.gallery import PresetGallery
    gallery = PresetGallery()
    qtbot.addWidget(gallery)
    assert gallery.lesson_names() == [name for name, _, _ in lesson_info()]
    assert gallery.select("xor", kind="lesson")
    assert gallery.selected_lesson() == "xor" and gallery.selected_preset() is None
    assert gallery.select("xor") and gallery.selected_preset() == "xor" and gallery.selected_lesson() is None


def test_do_it_on_a_step_without_an_action_is_not_offered(window, qtbot):
    assert window.open_lesson("xor")
    panel = window.lessons.panel
    lesson = window.lessons.lesson
    quiet = next(i for i, step in enumerate(lesson.steps) if not step.action)
    window.lessons.index = quiet - 1
    QTest.mouseClick(panel.buttons["next"], Qt.LeftButton)
    qtbot.waitUntil(lambda: not window.lesson_state()["running"], timeout=60_000)
    assert window.lesson_state()["index"] == quiet
    assert not panel.buttons["do"].isEnabled() and "nothing to do" in panel.buttons["do"].toolTip().lower()


def test_presentation_works_on_a_1280x720_projector(tmp_path):
    """The text scales with the projector (the picture is as big on the wall as a 1080p one's), the lesson's
    network shows whole beside its text and the boundary, and nothing scrolls that should not."""
    script = textwrap.dedent("""
        import json
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication([])
        from netbuilder.gui import MainWindow
        w = MainWindow()
        w.ask_save_changes = lambda: QMessageBox.Discard
        w.show()
        w.open_lesson("xor")
        w.set_presentation(True)
        w.show_panel("decisionBoundaryPanel")
        for _ in range(30):
            app.processEvents()
        rect = w.scene.nodes_rect()
        seen = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
        buttons = w.lessons.panel.buttons.values()
        print(json.dumps({
            "size": [w.width(), w.height()], "text_px": w.presentation.text_px(), "whole": seen.contains(rect),
            "docks": sorted(n for n, d in w.docks.items() if d.isVisible()),
            "curves_scroll": w.docks["curves"].widget().verticalScrollBar().isVisible(),
            "buttons_cut": [b.text() for b in buttons if b.sizeHint().width() > b.width() + 1],
            "lesson_width": w.docks["lesson"].width()}))
        w.set_presentation(False)
        w.document.undo_stack.setClean()
        w.close()
    """)
    got, _ = on_a_screen(tmp_path, 1280, 720, script, _env(tmp_path))
    assert got["size"] == [1280, 720]
    assert got["text_px"] >= 16 and got["whole"], got
    assert got["docks"] == ["boundary", "curves", "lesson"], got
    assert not got["curves_scroll"] and got["buttons_cut"] == [], got
    assert got["lesson_width"] >= 0.2 * 1280, got


@pytest.mark.parametrize("height", [720, 1080])
def test_in_presentation_a_lessons_text_scrolls_only_when_the_canvas_has_no_room(tmp_path, height):
    """Every step of every bundled lesson, in presentation beside the boundary: on a 1080p projector none scrolls;
    on 1280x720 one may scroll only where the network already fills the canvas at the smallest readable size."""
    width = round(height * 16 / 9)
    script = textwrap.dedent("""
        import json
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication([])
        from netbuilder.gui import MainWindow
        from netbuilder.core.teaching.lessons import lesson_names
        w = MainWindow()
        w.ask_save_changes = lambda: QMessageBox.Discard
        w.show()
        out = []
        for name in lesson_names():
            w.open_lesson(name)
            if not w.presentation.on:
                w.set_presentation(True)
            w.show_panel("decisionBoundaryPanel")
            for _ in range(10):
                app.processEvents()
            driver = w.lessons
            for i in range(-1, len(driver.lesson.steps)):
                driver.index = i
                driver._show()
                for _ in range(3):
                    app.processEvents()
                out.append([name, i, driver.panel.scroll.verticalScrollBar().isVisible(),
                            w.view.zoom() > w.presentation.min_zoom * 1.01])
        print(json.dumps(out))
        w.set_presentation(False)
        w.document.undo_stack.setClean()
        w.close()
    """)
    steps, _ = on_a_screen(tmp_path, width, height, script, _env(tmp_path))
    assert len(steps) > 40
    scrolled_with_room = [(name, i) for name, i, scrolls, room in steps if scrolls and room]
    assert scrolled_with_room == []
    if height == 1080:
        assert [(name, i) for name, i, scrolls, _ in steps if scrolls] == []


def test_a_bundled_lessons_name_opens_the_lesson(window):
    assert window.open_design("learning_rate")  # no preset has that name: the lesson
    assert window.lessons.lesson is not None and window.lessons.lesson.path.stem == "learning_rate"
    assert window.open_design("xor")  # a preset of that name: the preset, not the lesson
    lesson = window.lessons.lesson
    assert window.current_design()["name"] == "XOR" and (lesson is None or lesson.path.stem != "xor")


def test_a_layout_saved_by_an_older_netbuilder_is_not_restored(qtbot):
    """The lesson among the inspector's tabs (as netbuilder put it before), saved in the settings the old way:
    the next window starts from the default layout, where every tab's title is whole at 1366x768."""
    from PySide6.QtCore import QSettings
    from netbuilder.gui import MainWindow
    old = MainWindow()
    qtbot.addWidget(old)
    old.tabifyDockWidget(old.docks["inspector"], old.docks["lesson"])
    assert old.dockWidgetArea(old.docks["lesson"]) == Qt.RightDockWidgetArea
    QSettings().setValue("window/state", old.saveState())  # version 0, as the older window wrote it
    new = MainWindow()
    qtbot.addWidget(new)
    new.resize(1366, 768)
    new.show()
    qtbot.waitExposed(new)
    settle()
    assert new.dockWidgetArea(new.docks["lesson"]) == Qt.LeftDockWidgetArea
    assert [name for name, dock in new.docks.items() if not _reachable(new, dock)] == []
    new.close()  # saves its layout, now at LAYOUT_VERSION: the next window restores it
    again = MainWindow()
    qtbot.addWidget(again)
    assert again._sized_on_show  # restored, not sized afresh
