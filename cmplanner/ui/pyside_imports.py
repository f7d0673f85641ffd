"""Qt for Python looks at every module imported after it: its ``__feature__`` import hook asks
whether the module's source mentions "PySide6" (a module that does may switch features such as
``snake_case``; cmplanner uses none). It asks through ``inspect.getsource``, which finds, reads
and splits the file into lines: some 18 ms for the 140 modules the window's start imports after
Qt. ``install`` gives the hook the same answer from the file's bytes.

Nothing else of Qt for Python is changed; a version of it without that check, or a module
without a source file, goes through its own check.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = b"PySide6"


def install() -> bool:
    """Imports Qt (its core) and installs the quicker check; whether it could (without Qt for
    Python, the start says what is missing: __main__.qt_refusal)."""
    try:
        import PySide6.QtCore  # noqa: F401 (loads the __feature__ hook)
    except ImportError:
        return False

    feature = sys.modules.get("__feature__")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "quicker", False):
        return upstream is not None
    feature._mod_uses_pyside = quicker(upstream)  # type: ignore[union-attr]
    return True


def quicker(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """``upstream``'s answer (does the source say "PySide6"?) read from the module's file."""

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return _MARK in source.read()
            except OSError:
                pass
        return upstream(module)

    uses_pyside.quicker = True  # type: ignore[attr-defined]
    return uses_pyside
