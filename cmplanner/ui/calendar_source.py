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

from cmplanner.domain.closures import closed_days
from cmplanner.domain import days_off
from cmplanner.domain.holidays import holidays_between
from cmplanner.domain.entities import Network, Person, Pillar, Post, Series
from cmplanner.domain.errors import ServerAway
from cmplanner.domain.recurrence import SeriesDates
from cmplanner.services.calendar_range import (
    Chip, RangeData, flag_range, join_weeks, load_backlog, load_weeks, series_dates, week_start,
    weeks_between, with_texts,
)
from cmplanner.storage.calendar_queries import EventLine, all_events

from .context import AppContext

DATA_KINDS = {"posts", "series", "events"}
LOOKUP_KINDS = {"networks", "pillars", "people", "sites", "settings"}


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
        self._holidays_waiting = False  # the window's first paint goes without them (defer_holidays)
        self._load_lookups()
        ctx.changed.connect(self._on_changed)

    # --- lookups -------------------------------------------------------------------------------
    def _load_lookups(self) -> None:
        self.zone = self.store.zone_name
        self.networks: dict[int, Network] = {n.id: n for n in self.store.networks.all()}  # type: ignore[misc]
        self.cadences = {n.id: n.cadence for n in self.networks.values()
                         if n.id is not None and n.active and n.cadence.strip()}
        self.site_regions = days_off.site_regions(self.store.sites.all())
        self.closures = self.store.closures().items
        self.pillars: dict[int, Pillar] = {p.id: p for p in self.store.pillars.all()}  # type: ignore[misc]
        self.people: dict[int, Person] = {p.id: p for p in self.store.people.all()}  # type: ignore[misc]
        self.series: dict[int, Series] = {s.id: s for s in self.store.series.all()}  # type: ignore[misc]
        self._dates: list[SeriesDates] | None = None  # made when a range is first read
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
    def range(self, first: date, end: date, texts: bool = False) -> RangeData:
        """Chips and event bars of the local days [first, end); with the posts' texts when
        ``texts`` (a text search: ranges are read without them, see ``with_texts``)."""
        key = (first, end)
        data = self._ranges.get(key)
        if data is None:
            data = join_weeks(self._read_weeks(weeks_between(first, end)), first, end)
            flag_range(data, self.cadences, frozenset(self.holidays(first, end)), self.today())
            self._ranges[key] = data
            while len(self._ranges) > self.MAX_RANGES:
                self._ranges.popitem(last=False)
        else:
            self._ranges.move_to_end(key)
        if texts and not data.texts:
            try:
                data = self._ranges[key] = with_texts(self.store, data, self.zone)
            except ServerAway:
                pass  # searched in titles only until the server is back
        return data

    def has_range(self, first: date, end: date) -> bool:
        """Whether ``range(first, end)`` is answered from the cache."""
        return (first, end) in self._ranges

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
                self._weeks.update(load_weeks(self.store, self._series_dates(), missing[0],
                                              run_end, self.zone, texts=False))
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

    def _series_dates(self) -> list[SeriesDates]:
        """The plan's series made ready for expanding over ranges, kept until ``_load_lookups``
        reads the series again (after a change)."""
        if self._dates is None:
            self._dates = series_dates(list(self.series.values()))
        return self._dates

    # --- public holidays -------------------------------------------------------------------------
    def regions(self, owner_ids: frozenset[int] = frozenset()) -> tuple[tuple[str, str], ...]:
        """The (country, subdivision) of the sites whose holidays the calendar shows: those of
        the people chosen in the filter when they have a site, else every site of the plan."""
        chosen = {site for p in owner_ids if p in self.people if (site := self.people[p].site_id) is not None}
        return days_off.regions(self.site_regions, chosen)

    def defer_holidays(self) -> None:
        """Paint first, then read the holiday tables (the holidays package takes a few hundred
        milliseconds to load): until ``load_holidays`` (the window's start calls it once the
        window has painted, ui/app.py), days show none; then every view repaints with them."""
        self._holidays_waiting = True

    def load_holidays(self) -> None:
        if not self._holidays_waiting:
            return
        self._holidays_waiting = False
        self._ranges.clear()  # their cadence flags skipped no holiday
        self.invalidated.emit()

    def holidays(self, first: date, end: date, owner_ids: frozenset[int] = frozenset()) -> dict[date, str]:
        """Days off in [first, end): the holidays of ``regions(owner_ids)``, named in the
        interface's language, and the plan's closure days (the company's, and those of the sites
        of the people chosen in the filter, else of every site). Views shade them alike and the
        cadence flags skip them."""
        from PySide6.QtCore import QLocale

        closed = self.closed(first, end, owner_ids)
        if self._holidays_waiting:
            return closed
        language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        found = holidays_between(first, end, self.regions(owner_ids), language)
        for day, name in closed.items():
            found[day] = f"{found[day]} / {name}" if day in found else name
        return found

    def closed(self, first: date, end: date, owner_ids: frozenset[int] = frozenset()) -> dict[date, str]:
        """The closure days in [first, end), each named by its closure ("Closed" when unnamed)."""
        from PySide6.QtCore import QCoreApplication

        if not self.closures:
            return {}
        chosen = {site for p in owner_ids if p in self.people
                  if (site := self.people[p].site_id) is not None}
        days = closed_days(self.closures, first, end, chosen or None)
        plain = QCoreApplication.translate("CalendarSource", "Closed")
        return {day: name or plain for day, name in days.items()}

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
