"""Sorting names the way the interface's language does (QCollator): "Élodie" before "Thomas",
"émilie" beside "Emma", numbers in order ("Atelier 2" before "Atelier 10")."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt

T = TypeVar("T")


def collator() -> QCollator:
    result = QCollator(QLocale())
    result.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    result.setNumericMode(True)
    return result


def by_name(items: Iterable[T], key: Callable[[T], str] = lambda item: item.name) -> list[T]:  # type: ignore[attr-defined]
    """``items`` sorted by ``key`` in the interface's language."""
    sort_key = collator().sortKey
    return sorted(items, key=lambda item: sort_key(key(item)))


def search_key(text: str) -> str:
    """``text`` as a search compares it: case and accents ignored ("lea" finds "Léa")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
