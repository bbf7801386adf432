"""GUI fixtures: offscreen Qt, isolated QSettings, and no test may leave a thread running."""
from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings, QThread  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("netbuilder-tests")
    QCoreApplication.setApplicationName("netbuilder-tests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def _no_threads_left(qapp):
    before = set(threading.enumerate())
    yield
    qapp.processEvents()
    left = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    assert not left, f"test left threads running: {left}"
    running = [t for t in qapp.findChildren(QThread) if t.isRunning()]
    assert not running, f"test left QThreads running: {running}"
