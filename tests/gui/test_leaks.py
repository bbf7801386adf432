"""What the soak benchmark found (bench_soak.py: RSS grew 17 MB a run, then 30-40 MB a window): a window, once
closed and deleted, is freed with everything it held (the sessions, their data and weights, the workers, the
plots and their menus); the inspector frees the fields it replaces; a finished run's worker is freed."""
from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from test_training import wait_finished


def settle(qapp) -> None:
    for _ in range(3):
        qapp.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    gc.collect()


def test_a_closed_window_is_freed_with_its_runs_and_plots(qtbot, qapp):
    import pyqtgraph as pg

    from netbuilder.gui import MainWindow
    from netbuilder.gui.training.workers import TrainingWorker
    earlier = QApplication.topLevelWidgets()  # held, so that no id below is reused by a new wrapper
    before = {id(w) for w in earlier}
    w = MainWindow()
    w.ask_save_changes = lambda: QMessageBox.Discard
    w.finished = []
    w.training_finished.connect(w.finished.append)
    w.show()
    assert w.open_design("xor")
    w.set_training_options(epochs=20)
    assert w.train()
    wait_finished(qtbot, w)
    session, plots = w.training.session, w.findChildren(pg.PlotItem) + w.findChildren(pg.PlotWidget)
    assert session is not None and session.trainer is not None and len(plots) >= 10
    watched = [weakref.ref(o) for o in (w, w.training, w.presentation, w.inspector, session, session.trainer,
                                        session.trainer.dataset, *plots)]
    settle(qapp)
    assert not [o for o in gc.get_objects() if type(o) is TrainingWorker]  # the run's worker is gone already
    assert w.close()
    w.deleteLater()
    del w, session, plots
    settle(qapp)
    alive = [type(r()).__name__ for r in watched if r() is not None]
    assert alive == []
    left = [f"{type(t).__name__} {t.windowTitle()!r}" for t in QApplication.topLevelWidgets() if id(t) not in before]
    assert left == []  # no menu, tool bar or plot of the window's left behind on its own


def test_the_inspector_frees_the_fields_it_replaces(window, qapp):
    inspector = window.inspector
    assert window.open_design("xor")
    node_ids = list(window.document.design.nodes)
    old = []
    for node_id in node_ids + [None]:
        old.append(weakref.ref(inspector._root))
        inspector.show_node(node_id)
        assert inspector._root is not old[-1]()
    settle(qapp)
    assert [r() for r in old if r() is not None] == []
