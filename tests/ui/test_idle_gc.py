"""Full garbage collections run from the event loop, not when a month switch allocates."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from cmplanner.ui import idle_gc


def test_allocations_no_longer_start_a_full_collection_the_timer_does(qapp, monkeypatch):
    threshold = gc.get_threshold()
    monkeypatch.setattr(idle_gc, "_first_collection", lambda: None)  # no freeze in the suite
    parent = QObject()
    try:
        timer = idle_gc.collect_when_idle(parent)
        assert gc.get_threshold() == (threshold[0], idle_gc.NEVER, idle_gc.NEVER)
        assert timer.isActive() and timer.interval() == idle_gc.INTERVAL_MS
        middle = timer.findChild(QTimer, "idleMiddleCollection")
        assert middle.isActive() and middle.interval() == idle_gc.MIDDLE_MS

        class Node:
            pass

        gc.disable()  # no young collection in between: the timer's is the one that frees it
        first, second = Node(), Node()
        first.other, second.other = second, first  # a cycle only a collection frees
        del first, second
        before = sum(1 for o in gc.get_objects() if isinstance(o, Node))
        timer.timeout.emit()
        after = sum(1 for o in gc.get_objects() if isinstance(o, Node))
        assert (before, after) == (2, 0)
    finally:
        gc.enable()
        gc.set_threshold(*threshold)
        parent.deleteLater()


def test_the_middle_timer_frees_what_young_collections_kept(qapp, monkeypatch):
    """A cycle that survived a young collection (so now in the middle generation) is freed by
    the middle timer's collection, without a full one."""
    threshold = gc.get_threshold()
    monkeypatch.setattr(idle_gc, "_first_collection", lambda: None)
    parent = QObject()
    try:
        timer = idle_gc.collect_when_idle(parent)
        middle = timer.findChild(QTimer, "idleMiddleCollection")

        class Node:
            pass

        gc.disable()
        first, second = Node(), Node()
        first.other, second.other = second, first
        gc.collect(0)  # still referenced: moved on to the middle generation
        del first, second
        gc.collect(0)  # a young collection does not look there
        before = sum(1 for o in gc.get_objects() if isinstance(o, Node))
        middle.timeout.emit()
        after = sum(1 for o in gc.get_objects() if isinstance(o, Node))
        assert (before, after) == (2, 0)
    finally:
        gc.enable()
        gc.set_threshold(*threshold)
        parent.deleteLater()
