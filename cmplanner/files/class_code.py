"""The compiled methods of dataclasses, kept between starts as Python keeps modules' bytecode.

Python's ``dataclasses`` writes each class's ``__init__``, ``__repr__``, ``__eq__``... as source
text and compiles it: about half a millisecond a class, a millisecond for a frozen one. The
window's start makes some 80 (the domain's entities, the use cases' results), some 40 ms of a
start of 600. ``install`` gives ``dataclasses`` an ``exec`` that looks the source up in a cache
first: the code objects compiled from it, kept in the user's cache folder in a file named after
the Python version (``marshal`` is version-bound), loaded once per start. A source not found is
compiled as ``dataclasses`` would (same text, same file name) and written back by ``save``.

Nothing else changes: the same source gives the same code. A missing, unreadable or damaged
cache file is a cache that is empty; the classes are made the usual way and the file written
again.
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

_exec = builtins.exec
FILE_NAME = f"dataclass-code.{sys.implementation.cache_tag}.{marshal.version}.bin"


class ClassCode:
    """The cache: code objects by the source ``dataclasses`` compiles them from."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.codes: dict[str, CodeType] = _read(path)
        self.used: set[str] = set()  # the sources asked for by this process
        self.compiled = 0  # sources this process had to compile

    def exec(self, source: Any, globals: dict[str, Any] | None = None,  # noqa: A002 (exec's own names)
             locals: dict[str, Any] | None = None) -> None:  # noqa: A002
        if type(source) is not str:
            return _exec(source, globals, locals)
        code = self.codes.get(source)
        if code is None:
            code = self.codes[source] = compile(source, "<string>", "exec")
            self.compiled += 1
        self.used.add(source)
        return _exec(code, globals, locals)

    def save(self) -> bool:
        """Write the sources this process used, when some were compiled; whether it wrote."""
        if not self.compiled:
            return False
        from .atomic import atomic_write_bytes

        kept = {source: code for source, code in self.codes.items() if source in self.used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, marshal.dumps(kept))
        except OSError:
            return False  # a read-only or full disk: the next start compiles again
        self.compiled = 0
        return True


def _read(path: Path) -> dict[str, CodeType]:
    try:
        found = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if type(k) is str and type(v) is CodeType}


_installed: ClassCode | None = None


def install(folder: Path | None = None) -> ClassCode:
    """Make ``dataclasses`` compile through the cache kept in ``folder`` (the user's cache
    folder by default); once per process."""
    global _installed
    if _installed is None:
        if folder is None:
            from platformdirs import user_cache_path

            folder = user_cache_path("cmplanner", appauthor=False)
        _installed = ClassCode(folder / FILE_NAME)
        dataclasses.exec = _installed.exec  # type: ignore[attr-defined]  # found before the builtin
    return _installed


def save() -> bool:
    """``install``'s cache written, if installed and grown (after the window's first paint)."""
    return _installed.save() if _installed is not None else False
