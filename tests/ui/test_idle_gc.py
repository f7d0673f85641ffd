"""Full and middle garbage collections run from the event loop, not when a month switch
allocates."""

from __future__ import annotations

import gc
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

from cmplanner.ui import idle_gc


class Node:
    pass


def _cycle() -> None:
    """Two nodes that only a collection frees (left in the youngest generation)."""
    first, second = Node(), Node()
    first.other, second.other = second, first


def _nodes() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, Node))


@contextmanager
def _policy(monkeypatch):
    """The policy installed on a fresh parent, no automatic collection in between (the
    timers' are the ones that free); the thresholds restored after."""
    threshold = gc.get_threshold()
    monkeypatch.setattr(idle_gc, "_first_collection", lambda: None)  # no freeze in the suite
    parent = QObject()
    try:
        timer = idle_gc.collect_when_idle(parent)
        gc.disable()
        yield threshold, timer
    finally:
        gc.enable()
        gc.set_threshold(*threshold)
        parent.deleteLater()


def test_allocations_no_longer_start_a_full_collection_the_timer_does(qapp, monkeypatch):
    with _policy(monkeypatch) as (threshold, timer):
        assert gc.get_threshold() == (threshold[0], idle_gc.NEVER, idle_gc.NEVER)
        assert timer.isActive() and timer.interval() == idle_gc.INTERVAL_MS
        middle = timer.findChild(QTimer, "idleMiddleCollection")
        assert middle.isActive() and middle.interval() == idle_gc.MIDDLE_MS
        _cycle()
        before = _nodes()
        timer.timeout.emit()
        assert (before, _nodes()) == (2, 0)


def test_the_middle_timer_frees_what_young_collections_kept(qapp, monkeypatch):
    """A cycle that survived a young collection (so now in the middle generation) is freed by
    the middle timer's collection, without a full one."""
    with _policy(monkeypatch) as (_threshold, timer):
        middle = timer.findChild(QTimer, "idleMiddleCollection")
        kept = Node()
        kept.other = Node()
        kept.other.other = kept
        gc.collect(0)  # still referenced: moved on to the middle generation
        del kept
        gc.collect(0)  # a young collection does not look there
        before = _nodes()
        middle.timeout.emit()
        assert (before, _nodes()) == (2, 0)


START_WITHOUT_COLLECTIONS = """
import gc, sys
from pathlib import Path
from cmplanner.__main__ import prepare_start
prepare_start(sys.argv[1])
paused = not gc.isenabled()
from PySide6.QtWidgets import QApplication
from cmplanner.ui.app import build_main_window, open_plan
app = QApplication([])
window = build_main_window(open_plan(Path(sys.argv[1])))
built = not gc.isenabled()
window.show()
for _ in range(5):
    app.processEvents()
print(paused, built, gc.isenabled())
"""


def test_the_start_collects_no_garbage_until_the_window_is_painted(demo_plan_copy):
    """The start's objects all live on: collecting while they are made only walked them."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", START_WITHOUT_COLLECTIONS, str(demo_plan_copy)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-3:] == ["True", "True", "True"]


def test_installing_the_idle_policy_resumes_collecting(monkeypatch, qapp):
    monkeypatch.setattr(idle_gc, "_first_collection", lambda: None)
    threshold = gc.get_threshold()
    idle_gc.pause_for_start()
    parent = QObject()
    try:
        idle_gc.collect_when_idle(parent)
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.set_threshold(*threshold)
        parent.deleteLater()
