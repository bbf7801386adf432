"""What a GUI test may not leave behind: Python threads, running QThreads, active QTimers.

QThreads and QTimers are tracked as napari's test fixtures do: importing this module wraps ``QThread.start`` and
``QTimer.start`` so that every start made from Python is recorded (weakly); :func:`leftovers` lists those still
running.
"""
from __future__ import annotations

import threading
import weakref

import shiboken6
from PySide6.QtCore import QThread, QTimer

# Plain weak references, without callbacks: a WeakSet runs Python code (its removal callback) while Qt destroys
# the object, under Qt's own locks, and with a training thread holding the GIL that deadlocked the suite.
_started: dict[str, list] = {"QThread": [], "QTimer": []}


def _recording(cls, kind: str):
    original = cls.start

    def start(self, *args, **kwargs):
        _started[kind].append(weakref.ref(self))
        return original(self, *args, **kwargs)

    start.__wrapped__ = original
    return start


QThread.start = _recording(QThread, "QThread")
QTimer.start = _recording(QTimer, "QTimer")


def _alive(kind: str) -> list:
    """The recorded objects still alive (the dead references are dropped as a side effect)."""
    objects = [ref() for ref in _started[kind]]
    _started[kind] = [weakref.ref(o) for o in objects if o is not None and shiboken6.isValid(o)]
    return [o for o in objects if o is not None and shiboken6.isValid(o)]


def running_qthreads() -> list:
    return [t for t in _alive("QThread") if t.isRunning()]


def active_qtimers() -> list:
    return [t for t in _alive("QTimer") if t.isActive()]


def leftovers(before: set) -> list[str]:
    """What a test left behind: Python threads started since ``before``, running QThreads, active QTimers."""
    left = [f"thread {t.name}" for t in threading.enumerate()
            if t not in before and t.is_alive() and not t.daemon]
    left += [f"QThread {t.objectName() or t}" for t in running_qthreads()]
    left += [f"QTimer {t.objectName() or t} (every {t.interval()} ms)" for t in active_qtimers()]
    return left
