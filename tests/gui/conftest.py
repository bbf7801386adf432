"""GUI fixtures: offscreen Qt, isolated QSettings, and no test may leave a thread, a QThread or a running QTimer
(see ``tests/qt_leftovers.py``): after each test, once pytest-qt has closed its widgets, none may still run."""
from __future__ import annotations

import gc
import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QSettings  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402
from helpers import wait_until  # noqa: E402
from qt_leftovers import active_qtimers, leftovers  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("netbuilder-tests")
    QCoreApplication.setApplicationName("netbuilder-tests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def _nothing_left_running(qapp):
    """Autouse and requesting only ``qapp``: set up before ``qtbot``, so torn down after it closed the widgets."""
    before = set(threading.enumerate())
    for timer in active_qtimers():  # a timer another test's leftovers keep alive is that test's failure
        timer.stop()
    yield
    qapp.processEvents()
    # the widgets pytest-qt closed are deleted now, not in the next test: processEvents() outside an event loop
    # leaves their deleteLater() pending, and the next test's first qtbot.wait() spent its time deleting them
    # (three main windows: 46 ms of a 20 ms wait), so that test saw its widgets before their layout had settled
    for _ in range(2):  # a deletion may post more
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        qapp.processEvents()
    # garbage from this test (pyqtgraph's widgets hold reference cycles) is freed here, in the GUI thread: left
    # to the collector it may be freed in the next test's training thread, and Qt objects must die in their own
    gc.collect()
    qapp.processEvents()
    # a timer that is about to fire and stop itself (pyqtgraph's SignalProxy: 301 ms after a spin box changed) is
    # not left running; one still active after a second is
    wait_until(lambda: not active_qtimers(), 1.0, between=qapp.processEvents)
    left = leftovers(before)
    for timer in active_qtimers():
        timer.stop()
    assert not left, f"test left these running: {left}"


@pytest.fixture
def window(qtbot):
    """The main window, shown, with its dialogs answered: errors are collected in ``errors``, unsaved changes are
    discarded, stopping a run is agreed to (recorded in ``asked_to_stop``), and every ``training_finished`` is
    kept in ``finished``. A run still going at the end is stopped and waited for. (A test module may define its
    own ``window``.)"""
    from netbuilder.gui import MainWindow
    w = MainWindow()
    qtbot.addWidget(w)
    w.errors = []
    w.show_error = lambda title, message: w.errors.append((title, message))
    w.ask_save_changes = lambda: QMessageBox.Discard
    w.asked_to_stop = []
    w.ask_stop_training = lambda: w.asked_to_stop.append(True) or True
    w.finished = []
    w.training_finished.connect(w.finished.append)
    w.resize(1500, 950)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.training.busy:
        w.training.stop_and_wait()
    w.document.undo_stack.setClean()
