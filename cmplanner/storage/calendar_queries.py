"""Light read-only queries for the calendar views: small row tuples over a date range.

The month, week and board views only need a few columns of the posts they show; loading full
ORM posts (networks, variants, approvals) for a month of a 50,000-post plan would be wasteful.
Every query here is bounded by an indexed column (``planned_at``, ``occurrence_start``, event
``start``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import and_, select

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


_POST_COLUMNS = (PostRow.id, PostRow.title, PostRow.text, PostRow.planned_at, PostRow.status,
                 PostRow.kind, PostRow.pillar_id, PostRow.owner_id, PostRow.series_id,
                 PostRow.occurrence_start, PostRow.event_id, PostRow.sensitive)


def _lines(store, condition) -> list[PostLine]:
    with store.session() as session:
        rows = session.execute(select(*_POST_COLUMNS).where(condition)
                               .order_by(PostRow.planned_at, PostRow.id)).all()
        if not rows:
            return []
        networks: dict[int, list[int]] = defaultdict(list)
        links = session.execute(select(PostNetworkRow.post_id, PostNetworkRow.network_id)
                                .join(PostRow, PostRow.id == PostNetworkRow.post_id)
                                .where(condition)
                                .order_by(PostNetworkRow.post_id, PostNetworkRow.network_id))
        for post_id, network_id in links:
            networks[post_id].append(network_id)
    return [PostLine(*row, tuple(networks.get(row[0], ()))) for row in rows]


def posts_between(store, start: datetime, end: datetime) -> list[PostLine]:
    """Posts planned in [start, end), by the planned_at index."""
    return _lines(store, and_(PostRow.planned_at >= start, PostRow.planned_at < end))


def undated_posts(store, statuses: tuple[str, ...]) -> list[PostLine]:
    """Posts without a date whose status is one of ``statuses`` (the backlog)."""
    return _lines(store, and_(PostRow.planned_at.is_(None), PostRow.status.in_(statuses)))


def occurrence_posts(store, start: datetime, end: datetime) -> list[PostLine]:
    """Posts that replace a series occurrence originally in [start, end)."""
    return _lines(store, and_(PostRow.series_id.is_not(None),
                              PostRow.occurrence_start >= start, PostRow.occurrence_start < end))


def events_overlapping(store, start: datetime, end: datetime) -> list[EventLine]:
    with store.session() as session:
        rows = session.execute(select(EventRow.id, EventRow.title, EventRow.kind, EventRow.start,
                                      EventRow.end, EventRow.all_day)
                               .where(EventRow.start < end, EventRow.end > start)
                               .order_by(EventRow.start, EventRow.id)).all()
    return [EventLine(*row) for row in rows]
