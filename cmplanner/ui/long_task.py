"""Long work (exports, imports, publishing, copies of the plan) off the window's thread, with a progress dialog and
Cancel.

``run_long(parent, title, job)`` runs ``job(progress, cancelled)`` in a QThread while the window
keeps painting and answering: ``progress(done, total)`` moves the bar (a total of 0 shows a busy
bar), ``cancelled()`` tells the job the user pressed Cancel (the job then stops, raising
``TaskCancelled`` or any exception of its own). The job must not touch widgets. Returns
``(True, result)``, or ``(False, None)`` when cancelled; an exception of the job is raised again
in the window's thread. Writes stay atomic in the job itself, so a cancelled export leaves no file.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cmplanner.storage.store import PlanStore

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

# While a worker runs, the interpreter passes from thread to thread every 50 µs instead of 5 ms.
# The window's thread needs it back at each return from Qt (hundreds of times to paint a month);
# waiting 1 ms each time froze the window for 200 ms when the progress dialog first showed over a
# 50,000-post month (bench/ics_scale_bench.py, event loop: 233 ms at 1 ms, 78 ms at 50 µs, for the
# same export time). With no other thread waiting, the interval costs nothing.
WORKING_SWITCH = 0.00005


class TaskCancelled(Exception):
    """The user cancelled the work."""


class _Worker(QThread):
    moved = Signal(int, int)

    def __init__(self, job: Job, stop: threading.Event) -> None:
        super().__init__()
        self._job, self._stop = job, stop
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._job(lambda done, total: self.moved.emit(done, total),
                                    self._stop.is_set)
        except BaseException as exc:  # handed to the window's thread
            self.error = exc


class _Bar(QObject):
    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def show(self, done: int, total: int) -> None:
        if total <= 0:
            self._dialog.setRange(0, 0)
            return
        self._dialog.setRange(0, total)
        self._dialog.setValue(min(done, total))


def run_long(parent, title: str, job: Job, label: str = "", writes: bool = False) -> tuple[bool, Any]:
    """(See the module.) ``writes``: a job that writes (one transaction, or an atomic file) and
    finished is done even when Cancel came too late to stop it: its result is returned."""
    stop = threading.Event()
    dialog = QProgressDialog(label or title, QCoreApplication.translate("long_task", "Cancel"),
                             0, 0, parent)
    dialog.setObjectName("longTaskProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick jobs never flash a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # Objects that exist now are left out of the garbage collector's full passes while the job
    # runs: such a pass over a big plan holds the interpreter for more than 100 ms.
    gc.freeze()
    interval = sys.getswitchinterval()
    sys.setswitchinterval(WORKING_SWITCH)
    worker = _Worker(job, stop)
    bar = _Bar(dialog)
    worker.moved.connect(bar.show)
    dialog.canceled.connect(stop.set)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    sys.setswitchinterval(interval)
    gc.unfreeze()
    stopped = stop.is_set()
    dialog.canceled.disconnect(stop.set)  # closing a progress dialog says "canceled"
    dialog.close()
    dialog.deleteLater()
    if stopped and not (writes and worker.error is None):
        return False, None
    if worker.error is not None:
        if isinstance(worker.error, TaskCancelled):
            return False, None
        raise worker.error
    return True, worker.result


def run_long_write(parent: QWidget | None, store: PlanStore, title: str, job: Job,
                   label: str = "") -> tuple[bool, Any]:
    """``run_long`` for a job that writes the plan: the store's listeners (models, views, the
    publisher) hear what changed in the window's thread once the job is over, never from the
    worker."""
    heard: list[str] = []
    listeners = store.listeners
    store.listeners = [heard.append]
    try:
        return run_long(parent, title, job, label, writes=True)
    finally:
        added = [listener for listener in store.listeners if listener != heard.append]
        store.listeners = listeners + added  # (a listener that joined meanwhile stays)
        for what in dict.fromkeys(heard):
            for listener in list(store.listeners):
                listener(what)


_RUNNING: set = set()
_DEFAULT_SWITCH = sys.getswitchinterval()


def wait_for_background() -> None:
    """Let background jobs end (the application is quitting)."""
    for worker in list(_RUNNING):
        worker.wait()


class Background(QObject):
    """One job at a time in a worker thread, without a dialog (the automatic re-publish after
    an edit): ``start(job)`` runs it unless one is running (then it runs once more after)."""

    done = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._worker: _Worker | None = None
        self._again: Callable[[], Any] | None = None

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def start(self, job: Callable[[], Any]) -> None:
        if self._worker is not None:
            self._again = job
            return
        sys.setswitchinterval(WORKING_SWITCH)  # (as in run_long: the window stays quick)
        worker = _Worker(lambda progress, cancelled: job(), threading.Event())
        # Kept alive until it ends, even if the window that started it is closed first.
        _RUNNING.add(worker)
        worker.finished.connect(lambda: _RUNNING.discard(worker))
        worker.finished.connect(self._finished)
        self._worker = worker
        worker.start()

    def wait(self) -> None:
        while self._worker is not None:
            self._worker.wait()
            self._finished()

    def _finished(self) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        worker.wait()
        sys.setswitchinterval(_DEFAULT_SWITCH)
        self.done.emit()
        job, self._again = self._again, None
        if job is not None:
            self.start(job)
