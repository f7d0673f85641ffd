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
