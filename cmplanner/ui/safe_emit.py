"""Emitting signals declared in Python without corrupting Python's ``True``.

PySide6 6.12.0 on CPython 3.11 returns ``True`` from ``SignalInstance.emit()`` without adding a
reference, so every emit takes one reference from ``True``; when the interpreter exits and lets go
of the others, it aborts ("Fatal Python error: bool_dealloc"). ``emit`` gives the reference back
when (and only when) this PySide6 has the bug, measured once at import.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


def _give_back(value: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    result = probe.fired.emit()
    del result
    broken = sys.getrefcount(True) < before
    if broken:
        _give_back(True)
    return broken


_BROKEN = _emit_steals_a_reference()


def emit(signal, *args) -> None:
    """``signal.emit(*args)``, safe on every PySide6 version."""
    result = signal.emit(*args)
    if _BROKEN and isinstance(result, bool):
        _give_back(result)
