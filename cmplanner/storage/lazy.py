"""The ORM's mapped classes, imported when first used.

Storage's modules write ``t.PostRow`` with ``from .lazy import tables as t``: the window's start
reads the Core tables of schema.py and never makes a mapped class (tables.py). The classes are
made by PlanStore.prepare_writes once the window is on screen, or before by whatever needs one
first (a write; a crisis or meeting read with its linked rows; a command-line run).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any


class LazyModule(ModuleType):
    """Stands for the module ``name``, imported at the first attribute read (by the import
    system, whose lock makes two threads reading at once import it once). Until then the module
    is not in ``sys.modules``."""

    def __getattr__(self, attribute: str) -> Any:
        value = getattr(importlib.import_module(self.__name__), attribute)
        setattr(self, attribute, value)  # read once through the import system
        return value


if TYPE_CHECKING:
    from . import tables as tables
else:
    tables = LazyModule(__package__ + ".tables")
