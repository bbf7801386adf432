"""Python's cyclic garbage collector runs in the GUI thread only, while any other thread may run.

Qt objects caught in reference cycles (pyqtgraph makes many: a plot item and its signal connections, a timer held
by a closure) must be freed in their own thread. Left to Python, a collection starts in whichever thread allocates
past the threshold: the torch-preload thread importing torch, the training worker, a DataLoader feeder. Freeing a
QObject there stops its timers from the wrong thread ("QObject::killTimer: Timers cannot be stopped from another
thread") and crashes or deadlocks the process: `netbuilder gui xor` segfaulted within 3 s this way.

pyqtgraph's ``GarbageCollector`` does the work: the automatic collector is off, and a timer in the GUI thread
collects each generation once its threshold is passed. Holders count: the application holds it for its whole life
(``netbuilder gui``), the training controller for each run (so a window made by a script or a test is covered
while it trains); when the last holder lets go, Python's own collector is back on.
"""
from __future__ import annotations

import gc

INTERVAL_S = 0.5

_holders = 0
_collector = None
_reenable = False


def hold() -> None:
    """From the GUI thread, before another thread starts: from now on only the GUI thread collects."""
    global _holders, _collector, _reenable
    _holders += 1
    if _collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector
        _reenable = gc.isenabled()  # off before any thread starts: no collection can begin in it
        _collector = GarbageCollector(interval=INTERVAL_S)
        _collector.timer.setObjectName("netbuilder-gui-thread-collector")


def release() -> None:
    """The matching end of :func:`hold`."""
    global _holders, _collector
    if _holders == 0:
        return
    _holders -= 1
    if _holders == 0 and _collector is not None:
        _collector.timer.stop()
        _collector = None
        if _reenable:
            gc.enable()  # no full collection here: with torch and Qt loaded one takes a tenth of a second or more


def holders() -> int:
    """How many holds are in place now."""
    return _holders


def active() -> bool:
    """Whether collection is confined to the GUI thread now."""
    return _collector is not None
