"""GUI fixtures: offscreen Qt, isolated QSettings, and no test may leave a thread, a QThread or a running QTimer.

QThreads and QTimers are tracked as napari's test fixtures do: every ``QThread.start`` and ``QTimer.start`` made
from Python is recorded (weakly), and after the test (after pytest-qt has closed its widgets) none of them may
still be running.
"""
from __future__ import annotations

import os
import threading
import time
import weakref

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings, QThread, QTimer  # noqa: E402

_started: dict[str, weakref.WeakSet] = {"QThread": weakref.WeakSet(), "QTimer": weakref.WeakSet()}


def _recording(cls, kind: str):
    original = cls.start

    def start(self, *args, **kwargs):
        _started[kind].add(self)
        return original(self, *args, **kwargs)

    start.__wrapped__ = original
    return start


QThread.start = _recording(QThread, "QThread")
QTimer.start = _recording(QTimer, "QTimer")


def running_qthreads() -> list:
    return [t for t in list(_started["QThread"]) if shiboken6.isValid(t) and t.isRunning()]


def active_qtimers() -> list:
    return [t for t in list(_started["QTimer"]) if shiboken6.isValid(t) and t.isActive()]


def leftovers(before: set) -> list[str]:
    """What a test left behind: Python threads started since ``before``, running QThreads, active QTimers."""
    left = [f"thread {t.name}" for t in threading.enumerate()
            if t not in before and t.is_alive() and not t.daemon]
    left += [f"QThread {t.objectName() or t}" for t in running_qthreads()]
    left += [f"QTimer {t.objectName() or t} (every {t.interval()} ms)" for t in active_qtimers()]
    return left


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
    # a timer that is about to fire and stop itself (pyqtgraph's SignalProxy: 301 ms after a spin box changed) is
    # not left running; one still active after a second is
    deadline = time.monotonic() + 1.0
    while active_qtimers() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    left = leftovers(before)
    for timer in active_qtimers():
        timer.stop()
    assert not left, f"test left these running: {left}"
