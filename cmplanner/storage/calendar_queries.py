"""Light read-only queries for the calendar views: small row tuples over a date range.

The month, week and board views only need a few columns of the posts they show; loading full
ORM posts (networks, variants, approvals) for a month of a 50,000-post plan would be wasteful.
Every query here is bounded by an indexed column (``planned_at``, ``occurrence_start``, event
``start``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from .types import FORMAT, utc_or_none

if TYPE_CHECKING:
    from .store import PlanStore

T = TypeVar("T")  # what a caller makes of each post line (see _post_lines)


class PostLine(NamedTuple):
    id: int
    title: str
    text: str
    planned_at: datetime | None  # aware UTC
    status: str
    kind: str
    pillar_id: int | None
    owner_id: int | None
    series_id: int | None
    occurrence_start: datetime | None
    event_id: int | None
    sensitive: bool
    network_ids: tuple[int, ...]
    cover_id: int | None = None  # the first attached media (its thumbnail on the chip)


class EventLine(NamedTuple):
    id: int
    title: str
    kind: str
    start: datetime
    end: datetime
    all_day: bool


# The posts' queries are written in SQL and run on the session's own DB-API cursor (so they see
# the writes of a running transaction): SQLAlchemy's statement building and per-row result
# processing cost half as much again as the database's own work on a month of a 20,000-post
# plan. The SQL is the same on SQLite and PostgreSQL; only its named parameters are spelt the
# driver's way (":start" for sqlite3, "%(start)s" for psycopg, ``driver_sql``). Date-times are the
# fixed-width UTC text of storage/types.py, read back with fromisoformat.
_POST_SELECT = ("SELECT id, title, text, planned_at, status, kind, pillar_id, owner_id, series_id, "
                "occurrence_start, event_id, sensitive, media_ids FROM posts WHERE ")
# Without the text: every other column is in a plan file's ix_posts_calendar (storage/schema.py).
CHIP_SELECT = _POST_SELECT.replace(" text,", " '',", 1)
RANGE = "planned_at >= :start AND planned_at < :end"
BACKLOG = "planned_at IS NULL AND status IN ({marks})"
# "series_id > 0" is an index range; "IS NOT NULL" may make SQLite scan every post.
REPLACED = "series_id > 0 AND occurrence_start >= :start AND occurrence_start < :end"
_NAMED = re.compile(r"(?<![:\w]):(\w+)")


def link_sql(where: str) -> str:
    """(post id, network id) of the posts ``where`` selects. SQLite walks the posts by the
    condition's index and looks each one's links up by primary key. No ORDER BY: ordering by
    the link's post id would make it scan every link instead (the ids are sorted in Python)."""
    return ("SELECT post_networks.post_id, post_networks.network_id FROM posts "
            "JOIN post_networks ON post_networks.post_id = posts.id WHERE " + where)


@lru_cache(maxsize=64)
def driver_sql(sql: str, dialect: str) -> str:
    """``sql`` with its ``:name`` parameters in the driver's style."""
    return sql if dialect == "sqlite" else _NAMED.sub(r"%(\1)s", sql)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime(FORMAT)


# Each post's network ids, comma-separated, read with the post by a subquery on the links'
# primary key rather than by a second query joining them: one query, and no row per link to
# gather in Python (a month has a thousand posts). The aggregate is spelt the database's way.
_NETWORK_IDS = {"sqlite": "group_concat(network_id)",
                "postgresql": "string_agg(CAST(network_id AS TEXT), ',')"}


@lru_cache(maxsize=16)
def _select(texts: bool, dialect: str) -> str:
    """The posts' columns, then their network ids (see ``_NETWORK_IDS``), up to WHERE."""
    networks = (f", (SELECT {_NETWORK_IDS.get(dialect, _NETWORK_IDS['postgresql'])} "
                "FROM post_networks WHERE post_networks.post_id = posts.id) FROM posts WHERE ")
    return (_POST_SELECT if texts else CHIP_SELECT).replace(" FROM posts WHERE ", networks, 1)


class _NetworkIds(dict[str | None, tuple[int, ...]]):
    """Sorted network ids by their text as the query gives them ("3,1" -> (1, 3)), made once
    per combination (a plan has a few dozen): posts on the same networks share the tuple."""

    def __missing__(self, text: str | None) -> tuple[int, ...]:
        if len(self) > 4096:
            self.clear()
        ids = self[text] = tuple(sorted(int(i) for i in text.split(","))) if text else ()
        return ids


_network_ids = _NetworkIds()


def _post_line(*values: Any) -> PostLine:
    """A PostLine of ``_post_lines``'s values, without its Python-level __new__."""
    return tuple.__new__(PostLine, values)


def _post_lines(cursor: Any, dialect: str, where: str, order: str, params: dict[str, Any],
                make: Callable[..., T], texts: bool = True) -> list[T]:
    """``make(...)`` of the fields of a PostLine, for each post ``where`` selects in ``order``
    (``_post_line``: a PostLine), with its networks; without its text ("") unless ``texts``. A
    caller that turns each line into something else (the calendar's chips) gives ``make``:
    no line is made only to be read once."""
    cursor.execute(driver_sql(_select(texts, dialect) + where + " ORDER BY " + order, dialect),
                   params)
    parse = datetime.fromisoformat  # utc_from_text, inline: a month has a thousand lines
    networks = _network_ids
    return [make(r[0], r[1], r[2], None if r[3] is None else parse(r[3] + "+00:00"),
                 r[4], r[5], r[6], r[7], r[8],
                 None if r[9] is None else parse(r[9] + "+00:00"), r[10],
                 bool(r[11]), networks[r[13]],
                 int(r[12].split(",", 1)[0]) if r[12] else None)
            for r in cursor]  # each row freed once read: fewer objects alive for the collector


@contextmanager
def _cursor(store: PlanStore) -> Iterator[tuple[Any, str]]:
    """The session's own DB-API cursor and the dialect's name, for one or more reads."""
    with store.session() as session:
        session.flush()  # inside a transaction, reads see the writes before them
        connection = session.connection()
        cursor = connection.connection.cursor()
        try:
            yield cursor, connection.dialect.name
        finally:
            cursor.close()


def _lines(store: PlanStore, where: str, order: str, params: dict[str, Any]) -> list[PostLine]:
    with _cursor(store) as (cursor, dialect):
        return _post_lines(cursor, dialect, where, order, params, _post_line)


def post_texts(store: PlanStore, start: datetime, end: datetime) -> dict[int, str]:
    """The texts of the posts planned in [start, end), by post id (what a text search reads
    besides the chips)."""
    with _cursor(store) as (cursor, dialect):
        cursor.execute(driver_sql("SELECT id, text FROM posts WHERE " + RANGE, dialect),
                       {"start": _stamp(start), "end": _stamp(end)})
        return dict(cursor.fetchall())


class RangeLines(NamedTuple):
    """What the calendar reads for a range, in one go (see ``range_lines``)."""

    posts: list[PostLine]  # planned in the range, by planned_at then id
    replaced: list[PostLine]  # replacing a series occurrence originally in the wider range
    events: list[EventLine]  # overlapping the range, by start then id


def range_lines(store: PlanStore, start: datetime, end: datetime, margin: timedelta,
                texts: bool = True) -> RangeLines:
    """The posts planned in [start, end) (with their texts if ``texts``), the posts replacing
    series occurrences originally in [start - margin, end + margin) and the events overlapping
    [start, end), read on one connection without a session set up between them. The texts are
    most of what SQLite reads for a month of posts: a calendar reads them only to search."""
    return RangeLines(*read_range(store, start, end, margin, _post_line, texts))


def read_range(store: PlanStore, start: datetime, end: datetime, margin: timedelta,
               make: Callable[..., T], texts: bool = True
               ) -> tuple[list[T], list[PostLine], list[EventLine]]:
    """``range_lines`` with each post planned in the range given as ``make(*its PostLine's
    fields)`` (see ``_post_lines``)."""
    with _cursor(store) as (cursor, dialect):
        posts = _post_lines(cursor, dialect, RANGE, "planned_at, id",
                            {"start": _stamp(start), "end": _stamp(end)}, make, texts)
        replaced = _post_lines(cursor, dialect, REPLACED, "series_id, occurrence_start",
                               {"start": _stamp(start - margin), "end": _stamp(end + margin)},
                               _post_line, False)
        cursor.execute(driver_sql(_EVENT_SELECT + _EVENT_OVERLAP + _EVENT_ORDER, dialect),
                       {"start": _stamp(start), "end": _stamp(end)})
        events = [_event_line(row) for row in cursor.fetchall()]
    return posts, replaced, events


def posts_between(store: PlanStore, start: datetime, end: datetime) -> list[PostLine]:
    """Posts planned in [start, end), by the planned_at index."""
    return _lines(store, RANGE, "planned_at, id", {"start": _stamp(start), "end": _stamp(end)})


def undated_posts(store: PlanStore, statuses: tuple[str, ...]) -> list[PostLine]:
    """Posts without a date whose status is one of ``statuses`` (the backlog)."""
    if not statuses:
        return []
    marks = ", ".join(f":s{i}" for i in range(len(statuses)))
    return _lines(store, BACKLOG.format(marks=marks), "id",
                  {f"s{i}": status for i, status in enumerate(statuses)})


def occurrence_posts(store: PlanStore, start: datetime, end: datetime) -> list[PostLine]:
    """Posts that replace a series occurrence originally in [start, end)."""
    # Ordered along ix_posts_series: ordering by planned_at would make SQLite walk that index
    # over the whole table instead.
    return _lines(store, REPLACED, "series_id, occurrence_start",
                  {"start": _stamp(start), "end": _stamp(end)})


_EVENT_SELECT = 'SELECT id, title, kind, start, "end", all_day FROM events'
_EVENT_OVERLAP = ' WHERE start < :end AND "end" > :start'
_EVENT_ORDER = " ORDER BY start, id"


def _event_line(row: Any) -> EventLine:
    return EventLine(row[0], row[1], row[2], utc_or_none(row[3]), utc_or_none(row[4]), bool(row[5]))  # type: ignore[arg-type]


def all_events(store: PlanStore) -> list[EventLine]:
    """Every event as a light line, by start (for lookups: titles in filters and tooltips)."""
    with _cursor(store) as (cursor, dialect):
        cursor.execute(_EVENT_SELECT + _EVENT_ORDER)
        return [_event_line(row) for row in cursor.fetchall()]


def events_overlapping(store: PlanStore, start: datetime, end: datetime) -> list[EventLine]:
    with _cursor(store) as (cursor, dialect):
        cursor.execute(driver_sql(_EVENT_SELECT + _EVENT_OVERLAP + _EVENT_ORDER, dialect),
                       {"start": _stamp(start), "end": _stamp(end)})
        return [_event_line(row) for row in cursor.fetchall()]
