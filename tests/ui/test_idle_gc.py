"""Full garbage collections run from the event loop, not when a month switch allocates."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject

from cmplanner.ui import idle_gc


def test_allocations_no_longer_start_a_full_collection_the_timer_does(qapp, monkeypatch):
    threshold = gc.get_threshold()
    monkeypatch.setattr(idle_gc, "_first_collection", lambda: None)  # no freeze in the suite
    parent = QObject()
    try:
        timer = idle_gc.collect_when_idle(parent)
        assert gc.get_threshold()[2] == idle_gc.NEVER and gc.get_threshold()[:2] == threshold[:2]
        assert timer.isActive() and timer.interval() == idle_gc.INTERVAL_MS

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
