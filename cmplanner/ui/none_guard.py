"""Keeping Python's ``None``, ``True`` and ``False`` alive under PySide6 6.12.0 on CPython 3.11.

That PySide6 returns ``None`` from every method without a result (``painter.setPen(...)``,
``font.setBold(...)``, ``widget.setObjectName(...)``) without adding a reference, as CPython 3.12
allows for its immortal ``None``. On CPython 3.11 each such call takes one reference from
``None``: painting the month view a few dozen times takes them all and the interpreter aborts
("Fatal Python error: none_dealloc"), in use or when it exits. ``safe_emit`` gives back what
``emit`` takes from ``True``; here the bug is measured once, at import, and when it is there the
three singletons (which are never freed anyway) get a margin of references no session can use up.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

MARGIN = 1 << 40  # references added: a thousand years of repaints


def void_calls_steal_none() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 32


def _add_references(value: object, count: int) -> bool:
    """Add ``count`` references to ``value`` (ob_refcnt is a PyObject's first field in a release
    build of CPython before 3.12); False when this interpreter is not laid out that way."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False
    before = sys.getrefcount(value)
    field = ctypes.c_ssize_t.from_address(id(value))
    field.value += count
    if sys.getrefcount(value) - before != count:
        field.value -= count
        return False
    return True


GUARDED = void_calls_steal_none() and all(_add_references(v, MARGIN) for v in (None, True, False))
