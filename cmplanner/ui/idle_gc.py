"""Python's full garbage collections while the window waits, not in the middle of a month switch.

A full collection walks every object the program holds: on a large plan (the calendar's cached
weeks, the window's widgets) it takes some 100 ms, and Python starts one whenever enough objects
were allocated, which is exactly while a month is being read. Here allocations only trigger the
young generations' collections; a timer runs the full collection every ``INTERVAL_MS`` from the
event loop, when no month is being read. The first one, once the window is on screen, also sets
what start-up built aside for good (``gc.freeze``), so that the later ones walk less.

At start, nothing is collected until the window is first painted (``pause_for_start``): the
start builds some half a million objects that all live on, and the collections their allocation
set off walked them again and again, some 25 ms of the start.

The middle generation likewise: what survives the young collections (mostly the weeks a month
switch has just read and keeps) was walked again by a middle collection every other switch on
a 50,000-post plan (some 1.5 ms each); a second timer runs it every ``MIDDLE_MS`` instead.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QTimer

FIRST_MS = 2_000  # after the first paint
INTERVAL_MS = 30_000
MIDDLE_MS = 5_000
NEVER = 1_000_000  # collections before an automatic middle or full one: in practice, never


def pause_for_start() -> None:
    """No collection until ``resume``: called before the start's imports (without Qt); the
    window resumes it once painted (ui/app.py), and so does installing the idle policy, should
    no window open."""
    gc.disable()


def resume() -> None:
    gc.enable()


def collect_when_idle(parent: QObject) -> QTimer:
    """Install the policy (and resume collecting); the full collection's timer is a child of
    ``parent``, the middle one's a child of that timer (both go with it)."""
    from PySide6.QtCore import QTimer

    resume()
    young, _middle, _full = gc.get_threshold()
    gc.set_threshold(young, NEVER, NEVER)
    timer = QTimer(parent)
    timer.setObjectName("idleGarbageCollection")
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(full_collection)
    timer.start()
    middle = QTimer(timer)
    middle.setObjectName("idleMiddleCollection")
    middle.setInterval(MIDDLE_MS)
    middle.timeout.connect(middle_collection)
    middle.start()
    QTimer.singleShot(FIRST_MS, timer, _first_collection)
    return timer


def middle_collection() -> None:
    gc.collect(1)


def full_collection() -> None:
    gc.collect()


def _first_collection() -> None:
    gc.collect()
    gc.freeze()  # the window and its plan as first shown live as long as the program
