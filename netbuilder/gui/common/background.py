"""Work that must not freeze the window, done in a Python thread of its own: serialising a checkpoint (up to a
second for 64 MB), exporting ONNX (a few seconds), writing a lesson bundle.

The caller copies what the work needs in the GUI thread first (a checkpoint payload, a CPU copy of the model),
so that the thread touches no live model and no widget; :class:`Background` runs the function, holding the
GUI-thread collector (:mod:`.collector`: no other thread may free a Qt object) while the thread lives, and hands
its result or its exception back in the GUI thread by a queued signal. :meth:`Background.wait` finishes every
job and delivers its outcome at once: closing a window loses nothing and leaves no thread behind.
"""
from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from ...core.errors import NetbuilderError
from . import collector
from .i18n import tr_error


_IMPORTING = threading.Lock()


def torch_imported() -> None:
    """Import torch and torchvision (its transforms included) in this thread, one thread at a time: two threads
    importing torchvision at once may get a half-imported module from Python's import machinery (it breaks the
    deadlock of their circular imports that way), and a preview fails with "cannot import name". Every thread that
    may use torch calls this first (the preload behind the window, the training worker, these jobs); after the
    first call it costs a lock and a dictionary lookup. A failed import is left for the work itself to report."""
    with _IMPORTING:
        try:
            import torch  # noqa: F401
            import torchvision.transforms.v2  # noqa: F401
        except Exception:  # noqa: BLE001
            pass

@dataclass(eq=False)
class _Job:
    fn: Callable[[], Any]
    done: Callable[[Any], None] | None
    failed: Callable[[BaseException], None] | None
    thread: threading.Thread | None = None
    result: Any = None
    error: BaseException | None = None


def one_line(error: BaseException) -> str:
    """What a person reads when background work failed: the message of an error netbuilder (or the system) raised,
    else the exception's type and message (a bug, said plainly); always one line."""
    text = tr_error(error) if isinstance(error, (NetbuilderError, OSError)) else f"{type(error).__name__}: {error}"
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


class Background(QObject):
    """Runs functions in threads of their own; each job's ``done(result)`` or ``failed(exception)`` is called in
    the GUI thread, then ``finished(result, error)`` is emitted (``error`` None on success), which tests and
    callers without callbacks wait on. Use from the GUI thread only."""

    #: a job has ended and its callback has run: ``(result, error or None)``, in the GUI thread
    finished = Signal(object, object)
    _ended = Signal(object)  # from the job's thread: queued to this object's (the GUI) thread

    def __init__(self, name: str = "netbuilder-background", parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self._jobs: list[_Job] = []  # started, outcome not delivered yet
        self._ended.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """A job started whose outcome has not been delivered yet."""
        return bool(self._jobs)

    def run(self, fn: Callable[[], Any], *, done: Callable[[Any], None] | None = None,
            failed: Callable[[BaseException], None] | None = None) -> None:
        """Start ``fn()`` in a new thread. ``fn`` must touch no widget and no model another thread uses: copy what
        it needs first, here."""
        job = _Job(fn, done, failed)
        collector.hold()  # before the thread starts: from now on only the GUI thread collects
        job.thread = threading.Thread(target=self._work, args=(job,), name=self.name, daemon=True)
        self._jobs.append(job)
        job.thread.start()

    def _work(self, job: _Job) -> None:
        try:
            torch_imported()
            job.result = job.fn()
        except Exception as exc:  # noqa: BLE001 (whatever fails, the person hears of it in the GUI thread)
            if not isinstance(exc, (NetbuilderError, OSError)):
                traceback.print_exception(exc)  # a bug: its trace goes to stderr, its one line to the person
            job.error = exc
        try:
            self._ended.emit(job)
        except RuntimeError:
            pass  # the object is gone (its window destroyed without closing): nobody is left to tell

    def _deliver(self, job: _Job) -> None:
        """In the GUI thread: the job's thread is over (or about to be); its callback, then ``finished``."""
        if job not in self._jobs:
            return  # delivered by wait() already
        self._jobs.remove(job)
        job.thread.join()
        collector.release()
        if job.error is None:
            if job.done is not None:
                job.done(job.result)
        elif job.failed is not None:
            job.failed(job.error)
        self.finished.emit(job.result, job.error)

    def wait(self) -> None:
        """Finish every job and deliver its outcome now (closing the window: nothing lost, no thread left)."""
        for job in list(self._jobs):
            job.thread.join()
            self._deliver(job)
