"""Guards against a Qt binding that corrupts the interpreter (PySide6 6.12.0 on Python 3.11 dropped a reference to
None on every void call, which killed the app after a few thousand paints)."""
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap


def test_void_qt_calls_keep_none_alive(qapp):
    pixmap = QPixmap(4, 4)
    before = sys.getrefcount(None)
    for _ in range(2000):
        pixmap.fill(Qt.red)
    assert sys.getrefcount(None) - before > -100
