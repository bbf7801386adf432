"""Pressing the training buttons and waiting for a run, as the window's training tests (test_training*.py) do."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from person import settle


def button(window, name: str) -> QPushButton:
    found = window.findChild(QPushButton, name)
    assert found is not None, name
    return found


def click(qtbot, window, name: str) -> None:
    b = button(window, name)
    assert b.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(b, Qt.LeftButton)


def wait_finished(qtbot, window, timeout=60_000) -> dict:
    count = len(window.finished)
    qtbot.waitUntil(lambda: len(window.finished) > count, timeout=timeout)
    return window.finished[-1]


def loss_points(window) -> int:
    return len(window.training.curves.loss_plot.data()["batch_x"])


def wait_paused(qtbot, window, timeout=5000) -> None:
    """After Pause: once the run waits between batches, every batch it trained is on the plot. The worker sends
    the curve's last points as the run begins to wait (before ``waiting`` is set), so they are posted by then and
    settle() delivers them (a guessed 300-400 ms wait did the same, when the machine was not too busy)."""
    session = window.training.session
    qtbot.waitUntil(lambda: session.trainer is not None and session.waiting, timeout=timeout)
    settle()
    window.training.curves.redraw()


def start_long_run(window, qtbot, points: int) -> None:
    """Spirals for 1000 epochs, started with the Train button, once ``points`` batches are on the curve."""
    assert window.open_design("spirals")
    window.set_training_options(epochs=1000)
    click(qtbot, window, "trainButton")
    qtbot.waitUntil(lambda: loss_points(window) > points, timeout=30_000)
