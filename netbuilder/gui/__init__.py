"""The Qt view over netbuilder.core. The only package that imports PySide6 or pyqtgraph.

``from netbuilder.gui import MainWindow`` is part of the public automation contract.
"""
from __future__ import annotations


def __getattr__(name: str):
    if name == "MainWindow":
        from .window.main_window import MainWindow
        return MainWindow
    raise AttributeError(name)


__all__ = ["MainWindow"]
