"""Which posts, series occurrences and events a filter lets through: one definition for the
calendar's views, the "current filter" exports and the backlog, so a file holds exactly what the
screen shows.

An item is anything with ``network_ids``, ``pillar_id``, ``owner_id``, ``series_id``,
``event_id``, ``effective_status`` and ``search`` (its title and text folded): a ``Post``, or a
calendar chip.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from .enums import PostStatus


def fold(text: str) -> str:
    """Lower-case text without accents, for searching ("Fête" matches "fete")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Filterable(Protocol):
    @property
    def network_ids(self) -> Collection[int]: ...
    @property
    def pillar_id(self) -> int | None: ...
    @property
    def owner_id(self) -> int | None: ...
    @property
    def series_id(self) -> int | None: ...
    @property
    def event_id(self) -> int | None: ...
    @property
    def effective_status(self) -> PostStatus: ...
    @property
    def search(self) -> str: ...


@dataclass(frozen=True)
class ItemFilter:
    """What the sidebar lets through. An empty set means "any"; ``text`` matches title and text
    whatever their case and accents; ``event_ids`` keeps the posts promoting those events and the
    events themselves; ``include_events`` says whether IRL events pass at all."""

    network_ids: frozenset[int] = frozenset()
    pillar_ids: frozenset[int] = frozenset()
    statuses: frozenset[PostStatus] = frozenset()
    owner_ids: frozenset[int] = frozenset()
    series_ids: frozenset[int] = frozenset()
    event_ids: frozenset[int] = frozenset()
    text: str = ""
    include_events: bool = True

    def is_empty(self) -> bool:
        return self == ItemFilter()

    def accepts(self, item: Filterable) -> bool:
        if self.network_ids and self.network_ids.isdisjoint(item.network_ids):
            return False
        if self.pillar_ids and item.pillar_id not in self.pillar_ids:
            return False
        if self.statuses and item.effective_status not in self.statuses:
            return False
        if self.owner_ids and item.owner_id not in self.owner_ids:
            return False
        if self.series_ids and item.series_id not in self.series_ids:
            return False
        if self.event_ids and item.event_id not in self.event_ids:
            return False
        needle = self._needle
        return not needle or needle in item.search

    def accepts_event(self, event_id: int, title: str = "") -> bool:
        """Whether an IRL event passes: events have no network, status or owner, so only the
        event choice and the text apply (and criteria on posts alone hide no event)."""
        if not self.include_events:
            return False
        if self.event_ids and event_id not in self.event_ids:
            return False
        if self.series_ids:
            return False
        needle = self._needle
        return not needle or needle in fold(title)

    @property
    def searches_text(self) -> bool:
        """Whether ``accepts`` reads the items' ``search`` (a text to find)."""
        return bool(self._needle)

    @cached_property
    def _needle(self) -> str:
        return fold(self.text.strip())
