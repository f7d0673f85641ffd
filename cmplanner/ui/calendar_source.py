"""The one source of calendar data for every view: chips per date range, cached, and lookups.

Views and models never query the store: they ask this source for a range (cached per range, so
going back and forth between months costs nothing) and listen to ``invalidated``, emitted when the
store says posts, series or events changed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal

from cmplanner.domain.entities import Network, Person, Pillar, Post, Series
from cmplanner.domain.errors import ServerAway
from cmplanner.services.calendar_range import (
    Chip, RangeData, join_weeks, load_backlog, load_weeks, week_start, weeks_between,
)
from cmplanner.storage.calendar_queries import EventLine, all_events

from .context import AppContext

DATA_KINDS = {"posts", "series", "events"}
LOOKUP_KINDS = {"networks", "pillars", "people", "settings"}


class CalendarSource(QObject):
    invalidated = Signal()  # chips changed: models fetch their range again
    lookups_changed = Signal()  # networks, pillars, people, series or events were renamed/added

    MAX_RANGES = 12
    MAX_WEEKS = 80  # weeks kept (about a year and a half)

    def __init__(self, ctx: AppContext, today: Callable[[], date] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.today = today or ctx.today
        self._ranges: OrderedDict[tuple[date, date], RangeData] = OrderedDict()
        self._weeks: OrderedDict[int, RangeData] = OrderedDict()  # read by whole weeks
        self._backlog: list[Chip] | None = None
        self._posts: dict[int, Post] = {}
        self.fetches = 0  # how many ranges were read from the store (for tests and benchmarks)
        self._load_lookups()
        ctx.changed.connect(self._on_changed)

    # --- lookups -------------------------------------------------------------------------------
    def _load_lookups(self) -> None:
        self.zone = self.store.zone_name
        self.networks: dict[int, Network] = {n.id: n for n in self.store.networks.all()}  # type: ignore[misc]
        self.pillars: dict[int, Pillar] = {p.id: p for p in self.store.pillars.all()}  # type: ignore[misc]
        self.people: dict[int, Person] = {p.id: p for p in self.store.people.all()}  # type: ignore[misc]
        self.series: dict[int, Series] = {s.id: s for s in self.store.series.all()}  # type: ignore[misc]
        # Titles and dates only: full events (organisers, promotion steps) are for their page.
        self.events: dict[int, EventLine] = {e.id: e for e in all_events(self.store)}

    def _on_changed(self, what: str) -> None:
        if what in LOOKUP_KINDS or what in ("series", "events"):
            self._load_lookups()
            self.lookups_changed.emit()
        if what in DATA_KINDS or what in LOOKUP_KINDS:
            self._ranges.clear()
            self._weeks.clear()
            self._backlog = None
            self._posts.clear()
            self.invalidated.emit()

    # --- data ----------------------------------------------------------------------------------
    def range(self, first: date, end: date) -> RangeData:
        """Chips and event bars of the local days [first, end)."""
        key = (first, end)
        data = self._ranges.get(key)
        if data is None:
            data = join_weeks(self._read_weeks(weeks_between(first, end)), first, end)
            self._ranges[key] = data
            while len(self._ranges) > self.MAX_RANGES:
                self._ranges.popitem(last=False)
        else:
            self._ranges.move_to_end(key)
        return data

    def _read_weeks(self, weeks: range) -> list[RangeData]:
        """``weeks`` from the cache; the missing ones read from the store, each run of
        consecutive missing weeks in one go (the next month reads only its new weeks)."""
        missing = [w for w in weeks if w not in self._weeks]
        unread: dict[int, RangeData] = {}  # weeks a team plan's server could not give (away)
        while missing:
            run_end = missing[0] + 1
            while run_end in missing:
                run_end += 1
            try:
                self._weeks.update(load_weeks(self.store, list(self.series.values()), missing[0],
                                              run_end, self.zone))
            except ServerAway:  # shown empty, not kept: read again once the server is back
                unread.update({w: RangeData(week_start(w), week_start(w + 1), [], [])
                               for w in range(missing[0], run_end)})
            self.fetches += 1
            missing = [w for w in missing if w >= run_end]
        found = []
        for week in weeks:
            if week in unread:
                found.append(unread[week])
                continue
            self._weeks.move_to_end(week)
            found.append(self._weeks[week])
        while len(self._weeks) > max(self.MAX_WEEKS, len(weeks)):
            self._weeks.popitem(last=False)
        return found

    def backlog(self) -> list[Chip]:
        if self._backlog is None:
            self._backlog = load_backlog(self.store, self.zone)
        return self._backlog

    def post(self, post_id: int) -> Post | None:
        """The full post (for tooltips and editors), cached until the store changes."""
        if post_id not in self._posts:
            found = self.store.posts.get(post_id)
            if found is None:
                return None
            self._posts[post_id] = found
        return self._posts[post_id]
