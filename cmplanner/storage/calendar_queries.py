"""Light read-only queries for the calendar views: small row tuples over a date range.

The month, week and board views only need a few columns of the posts they show; loading full
ORM posts (networks, variants, approvals) for a month of a 50,000-post plan would be wasteful.
Every query here is bounded by an indexed column (``planned_at``, ``occurrence_start``, event
``start``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from typing import NamedTuple

from sqlalchemy import String, and_, select, type_coerce

from .tables import EventRow, PostNetworkRow, PostRow


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


class EventLine(NamedTuple):
    id: int
    title: str
    kind: str
    start: datetime
    end: datetime
    all_day: bool


# Date-times are read as their stored text and parsed with fromisoformat, many times faster
# than the column type's strptime on a month of a large plan.
_POST_COLUMNS = (PostRow.id, PostRow.title, PostRow.text, type_coerce(PostRow.planned_at, String),
                 PostRow.status, PostRow.kind, PostRow.pillar_id, PostRow.owner_id, PostRow.series_id,
                 type_coerce(PostRow.occurrence_start, String), PostRow.event_id, PostRow.sensitive)


def _utc(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def _lines(store, condition, order) -> list[PostLine]:
    with store.session() as session:
        session.flush()  # inside a transaction, reads see the writes before them
        # Plain Core rows through the session's connection: the ORM's result processing cost
        # more than the query itself on a month of a large plan.
        connection = session.connection()
        rows = connection.execute(select(*_POST_COLUMNS).where(condition).order_by(*order)).all()
        if not rows:
            return []
        # The links of the same posts in one query: SQLite walks the posts by the condition's
        # index and looks each one's links up by primary key. No ORDER BY: ordering by the
        # link's post id would make it scan every link instead (the ids are sorted below).
        links = connection.execute(link_query(condition))
        networks: dict[int, list[int]] = defaultdict(list)
        for post_id, network_id in links:
            networks[post_id].append(network_id)
    return [PostLine(r[0], r[1], r[2], _utc(r[3]), r[4], r[5], r[6], r[7], r[8], _utc(r[9]), r[10],
                     r[11], tuple(sorted(networks.get(r[0], ())))) for r in rows]


def link_query(condition):
    """(post id, network id) of the posts that ``condition`` selects."""
    return (select(PostNetworkRow.post_id, PostNetworkRow.network_id)
            .select_from(PostRow).join(PostNetworkRow, PostRow.id == PostNetworkRow.post_id)
            .where(condition))


def posts_between(store, start: datetime, end: datetime) -> list[PostLine]:
    """Posts planned in [start, end), by the planned_at index."""
    return _lines(store, and_(PostRow.planned_at >= start, PostRow.planned_at < end),
                  (PostRow.planned_at, PostRow.id))


def undated_posts(store, statuses: tuple[str, ...]) -> list[PostLine]:
    """Posts without a date whose status is one of ``statuses`` (the backlog)."""
    return _lines(store, and_(PostRow.planned_at.is_(None), PostRow.status.in_(statuses)), (PostRow.id,))


def occurrence_posts(store, start: datetime, end: datetime) -> list[PostLine]:
    """Posts that replace a series occurrence originally in [start, end)."""
    # Ordered along ix_posts_series: ordering by planned_at would make SQLite walk that index
    # over the whole table instead.
    # "series_id > 0" is an index range; "IS NOT NULL" may make SQLite scan every post.
    return _lines(store, and_(PostRow.series_id > 0,
                              PostRow.occurrence_start >= start, PostRow.occurrence_start < end),
                  (PostRow.series_id, PostRow.occurrence_start))


def all_events(store) -> list[EventLine]:
    """Every event as a light line, by start (for lookups: titles in filters and tooltips)."""
    return _events(store, None)


def events_overlapping(store, start: datetime, end: datetime) -> list[EventLine]:
    return _events(store, and_(EventRow.start < end, EventRow.end > start))


def _events(store, condition) -> list[EventLine]:
    query = select(EventRow.id, EventRow.title, EventRow.kind, EventRow.start, EventRow.end,
                   EventRow.all_day)
    if condition is not None:
        query = query.where(condition)
    with store.session() as session:
        rows = session.execute(query.order_by(EventRow.start, EventRow.id)).all()
    return [EventLine(*row) for row in rows]
