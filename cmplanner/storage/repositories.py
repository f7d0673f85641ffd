"""Repositories: how each kind of entity is read from and written to the plan file.

Posts, series and events are "aggregates" (a row plus linked rows: networks, approvals,
exceptions, organisers, promotion steps); they share one base that reads them as plain rows and
bumps their revision (the iCalendar SEQUENCE) at each change. Other entities map one row to one
object (SimpleRepository).
"""

from __future__ import annotations

from collections import defaultdict, namedtuple
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import Select, Table, delete, func, select
from sqlalchemy.orm import Session

from cmplanner.domain.entities import Event, Post, Series
from cmplanner.domain.enums import PostStatus
from cmplanner.domain.errors import Conflict

from . import mapping as m
from . import schema
from .types import UtcDateTime, utc_or_none
from .lazy import tables as t

if TYPE_CHECKING:
    from .store import PlanStore


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


T = TypeVar("T")  # the entity a repository reads and writes
# The columns the aggregates are read by: the tables' own (schema.py), no mapped class.
POSTS, SERIES, EVENTS = schema.posts.c, schema.series.c, schema.events.c


def read_with_links(session: Session, statement: Select[Any], id_column: Any,
                    *links: tuple[Any, Any]) -> tuple[list[Any], list[dict[int, list[Any]]]]:
    """The rows ``statement`` selects and, for each ``(parent_column, order)`` link, the rows of
    that column's table grouped by parent id, one query per link keyed by the same selection
    (columns of schema.py's tables).

    Posts, series and events are read this way, as plain rows: building an ORM object per row
    and per link cost five times the reading itself on a plan of 20,000 posts. Reading the
    tables, not the mapped classes, leaves the ORM out of the window's start.
    """
    session.flush()  # inside a transaction, reads see the writes before them
    records = list(session.execute(statement).all())
    grouped: list[dict[int, list[Any]]] = [defaultdict(list) for _ in links]
    if records:
        ids = statement.with_only_columns(id_column).order_by(None)
        for (parent, order), rows in zip(links, grouped):
            query = select(parent.table).where(parent.in_(ids))
            for row in session.execute(query if order is None else query.order_by(order)):
                rows[getattr(row, parent.key)].append(row)
    return records, grouped


def _title(row: Any) -> str:
    for name in ("title", "name", "topic"):
        if hasattr(row, name):
            return str(getattr(row, name))
    return ""


def checked_row(session: Session, row_type: Any, kind: str, item: Any, recreate: bool) -> Any:
    """The stored row ``item`` replaces (None for a new item), after checking that ``item`` was
    based on the stored revision. The row is locked for the rest of the transaction where the
    database can (PostgreSQL), so two writers cannot both pass the check."""
    if item.id is None:
        return None
    row = session.get(row_type, item.id, with_for_update=True)
    if row is None:
        if recreate:
            return None
        raise Conflict(kind, item.id, item.revision, None, _title(item))
    if recreate or row.revision != item.revision:
        raise Conflict(kind, item.id, item.revision, row.revision, _title(row))
    return row


def check_delete(session: Session, row_type: Any, kind: str, item_id: int,
                 revision: int | None) -> Any:
    row = session.get(row_type, item_id, with_for_update=True)
    if revision is not None:
        if row is None:
            raise Conflict(kind, item_id, revision, None)
        if row.revision != revision:
            raise Conflict(kind, item_id, revision, row.revision, _title(row))
    return row


class SimpleRepository(Generic[T]):
    """Create, read, update and delete for an entity mapped one row to one object."""

    def __init__(self, store: PlanStore, name: str, table: Table, from_row: Callable[[Any], T],
                 to_row: Callable[[T, Any], None], order: Any = None, linked: bool = False) -> None:
        """``table``: the entity's table of schema.py; ``order``: one of its columns (the id by
        default). ``linked``: ``from_row`` reads the row's linked rows (relationships), so rows
        are read as mapped objects rather than table rows."""
        self._store, self.name, self._table = store, name, table
        self._linked = linked
        self._from_row, self._to_row = from_row, to_row
        self._order = order if order is not None else table.c.id

    @property
    def _row_type(self) -> Any:
        """The class mapped onto the table (imported by the first read or write that needs it)."""
        return t.row_type(self._table)

    def all(self) -> list[T]:
        if self._linked:
            with self._store.session() as session:
                rows = session.scalars(select(self._row_type).order_by(self._order))
                return [self._from_row(r) for r in rows]
        return self._read(select(self._table).order_by(self._order))

    def get(self, item_id: int) -> T | None:
        if self._linked:
            with self._store.session() as session:
                row = session.get(self._row_type, item_id)
                return None if row is None else self._from_row(row)
        found = self._read(select(self._table).where(self._table.c.id == item_id))
        return found[0] if found else None

    def _read(self, statement: Select[Any]) -> list[T]:
        """The entities ``statement`` selects, read as table rows (see ``column``)."""
        with self._store.session() as session:
            session.flush()  # inside a transaction, reads see the writes before them
            return [self._from_row(r) for r in session.execute(statement)]

    def save(self, item: T, *, recreate: bool = False) -> T:
        """Store ``item``. An existing one must carry the stored revision (else ``Conflict``) and
        gets the next; ``recreate`` brings back a deleted item under its old id (an undo)."""
        with self._store.writing(self.name) as session:
            entity: Any = item
            row = checked_row(session, self._row_type, self.name, entity, recreate)
            if row is None:
                row = self._row_type()
                if entity.id is not None:
                    row.id = entity.id
                session.add(row)
                entity = replace(entity, revision=entity.revision + (1 if recreate else 0))
            else:
                entity = replace(entity, revision=row.revision + 1)
            self._to_row(entity, row)
            session.flush()
            stored: T = replace(entity, id=row.id)
            return stored

    def delete(self, item_id: int, revision: int | None = None) -> None:
        """Delete an item; with ``revision``, only if it is still that version (else Conflict)."""
        with self._store.writing(self.name) as session:
            check_delete(session, self._row_type, self.name, item_id, revision)
            session.execute(delete(self._row_type).where(self._row_type.id == item_id))


class AggregateRepository(Generic[T]):
    """Read, save (with a revision bump) and delete for posts, series and events."""

    name: str
    table: Table  # of schema.py

    def __init__(self, store: PlanStore) -> None:
        self._store = store

    @property
    def row_type(self) -> Any:
        """The class mapped onto the table (imported by the first write)."""
        return t.row_type(self.table)

    # What each aggregate defines ------------------------------------------------------------
    def _list(self, statement: Select[Any]) -> list[T]:
        raise NotImplementedError

    def _context(self) -> Any:
        """What _check and _to_row need from the plan, read before the write session opens
        (a query inside it would flush the half-filled row)."""
        return None

    def _to_row(self, item: T, row: Any, context: Any) -> None:
        raise NotImplementedError

    # Shared ---------------------------------------------------------------------------------
    def _query(self) -> Select[Any]:
        return select(self.table)

    def _first(self, statement: Select[Any]) -> T | None:
        found = self._list(statement)
        return found[0] if found else None

    def get(self, item_id: int) -> T | None:
        return self._first(self._query().where(self.table.c.id == item_id))

    def by_uid(self, uid: str) -> T | None:
        return self._first(self._query().where(self.table.c.uid == uid))

    def by_uids(self, uids: list[str]) -> list[T]:
        """The items with these uids (at most a few hundred at a time, for an IN list)."""
        return self._list(self._query().where(self.table.c.uid.in_(uids))) if uids else []

    def count(self) -> int:
        with self._store.session() as session:
            session.flush()  # inside a transaction, reads see the writes before them
            return session.scalar(select(func.count()).select_from(self.table)) or 0

    def save(self, item: T, touch: bool = True, *, recreate: bool = False) -> T:
        """Store ``item``; a change bumps its revision (iCalendar SEQUENCE) and updated_at.

        An existing item must carry the stored revision, else ``Conflict`` (it changed since it
        was read); ``recreate`` brings back a deleted item under its old id and uid, above the
        highest revision that uid ever reached."""
        context = self._context()
        entity: Any = item
        with self._store.writing(self.name) as session:
            row = checked_row(session, self.row_type, self.name, entity, recreate)
            if row is None:
                mark = session.get(t.SequenceMarkRow, entity.uid) if recreate else None
                revision = max(entity.revision, mark.revision if mark else 0) + (1 if recreate else 0)
                row = self.row_type(id=entity.id)  # a known id when a deletion is undone
                session.add(row)
            else:
                revision = row.revision + (1 if touch else 0)
            entity = replace(entity, revision=revision,
                             updated_at=utcnow() if touch else entity.updated_at,
                             updated_by=self._store.author if touch else entity.updated_by)
            self._to_row(entity, row, context)
            session.flush()
            stored: T = replace(entity, id=row.id)
            return stored

    def delete(self, item_id: int, revision: int | None = None) -> None:
        """Delete an item (its uid's revision is remembered: a later SEQUENCE stays above it);
        with ``revision``, only if it is still that version (else ``Conflict``)."""
        with self._store.writing(self.name) as session:
            row = check_delete(session, self.row_type, self.name, item_id, revision)
            if row is not None:
                mark = session.get(t.SequenceMarkRow, row.uid)
                if mark is None:
                    session.add(t.SequenceMarkRow(uid=row.uid, revision=row.revision))
                else:
                    mark.revision = max(mark.revision, row.revision)
            session.execute(delete(self.row_type).where(self.row_type.id == item_id))


def _awareutc_or_none(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    moment: datetime = value
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


class PostRepository(AggregateRepository[Post]):
    name = "posts"
    table = schema.posts

    def _list(self, statement: Select[Any]) -> list[Post]:
        with self._store.session() as session:
            records, (networks, variants, approvals) = read_with_links(
                session, statement, POSTS.id,
                (schema.post_networks.c.post_id, None), (schema.post_variants.c.post_id, None),
                (schema.approvals.c.post_id, schema.approvals.c.id))
        return [m.post_from_record(r, networks.get(r.id, ()), variants.get(r.id, ()),
                                   approvals.get(r.id, ())) for r in records]

    def _context(self) -> str:
        return self._store.zone_name

    def _to_row(self, post: Post, row: Any, zone_name: Any) -> None:
        m.post_to_row(post, row, zone_name)

    def all(self) -> list[Post]:
        return self._list(self._query().order_by(POSTS.planned_at.nulls_first(), POSTS.id))

    def in_range(self, start: datetime, end: datetime) -> list[Post]:
        """Posts planned in [start, end), by the planned_at index."""
        return self._list(self._query()
                          .where(POSTS.planned_at >= start, POSTS.planned_at < end)
                          .order_by(POSTS.planned_at.nulls_first(), POSTS.id))

    def planned_span(self) -> tuple[datetime, datetime] | None:
        """The first and last planned_at of the plan's posts (None: no dated post)."""
        with self._store.session() as session:
            session.flush()  # inside a transaction, reads see the writes before them
            low, high = session.execute(select(func.min(POSTS.planned_at),
                                               func.max(POSTS.planned_at))).one()
        if low is None:
            return None
        return _awareutc_or_none(low), _awareutc_or_none(high)

    def undated(self) -> list[Post]:
        return self._list(self._query().where(POSTS.planned_at.is_(None)).order_by(POSTS.id))

    def with_status(self, *statuses: PostStatus) -> list[Post]:
        return self._list(self._query().where(POSTS.status.in_([s.value for s in statuses]))
                          .order_by(POSTS.planned_at.nulls_first(), POSTS.id))

    def for_series(self, series_id: int) -> list[Post]:
        return self._list(self._query().where(POSTS.series_id == series_id))

    def replacing_occurrences(self, start: datetime, end: datetime) -> list[Post]:
        """Posts that replace a series occurrence whose original start is in [start, end)."""
        # "series_id > 0" is an index range; "IS NOT NULL" would make SQLite scan every post.
        return self._list(self._query().where(POSTS.series_id > 0,
                                              POSTS.occurrence_start >= start,
                                              POSTS.occurrence_start < end))

    def for_event(self, event_id: int) -> list[Post]:
        return self._list(self._query().where(POSTS.event_id == event_id)
                          .order_by(POSTS.planned_at.nulls_first()))

    def for_events(self, event_ids: Iterable[int]) -> dict[int, list[Post]]:
        """The posts of each of ``event_ids`` (as ``for_event``), read in a few queries."""
        wanted = sorted(set(event_ids))
        found: dict[int, list[Post]] = {i: [] for i in wanted}
        for first in range(0, len(wanted), 900):  # under SQLite's variable limit
            for post in self._list(self._query().where(POSTS.event_id.in_(wanted[first:first + 900]))
                                   .order_by(POSTS.planned_at.nulls_first())):
                found[post.event_id].append(post)  # type: ignore[index]
        return found

    def titles(self, post_ids: Iterable[int]) -> dict[int, str]:
        """The titles of the posts ``post_ids`` that exist, by id (no full post is read)."""
        wanted = sorted(set(post_ids))
        found: dict[int, str] = {}
        with self._store.session() as session:
            session.flush()  # inside a transaction, reads see the writes before them
            for first in range(0, len(wanted), 900):  # under SQLite's variable limit
                rows = session.execute(select(POSTS.id, POSTS.title)
                                       .where(POSTS.id.in_(wanted[first:first + 900])))
                found.update({row.id: row.title for row in rows})
        return found


class SeriesRepository(AggregateRepository[Series]):
    name = "series"
    table = schema.series

    def _list(self, statement: Select[Any]) -> list[Series]:
        with self._store.session() as session:
            records, (networks, exceptions) = read_with_links(
                session, statement, SERIES.id, (schema.series_networks.c.series_id, None),
                (schema.series_exceptions.c.series_id, schema.series_exceptions.c.original_start))
        return [m.series_from_record(r, networks.get(r.id, ()), exceptions.get(r.id, ()))
                for r in records]

    def _to_row(self, series: Series, row: Any, _context: Any) -> None:
        m.series_to_row(series, row)

    def all(self) -> list[Series]:
        """Every series, by name, read with the driver's cursor: the window's start reads them
        all, and SQLAlchemy's result processing (three queries' rows made and converted) was
        two thirds of it."""
        with self._store.session() as session:
            session.flush()  # inside a transaction, reads see the writes before them
            connection = session.connection()
            networks: dict[int, list[Any]] = defaultdict(list)
            exceptions: dict[int, list[Any]] = defaultdict(list)
            for link in connection.exec_driver_sql(_SERIES_NETWORKS).all():
                networks[link.series_id].append(link)
            for row in connection.exec_driver_sql(_SERIES_EXCEPTIONS).all():
                exceptions[row[0]].append(_ExceptionLine(row[0], utc_or_none(row[1]), row[2], utc_or_none(row[3])))
            rows = connection.exec_driver_sql(_SERIES).all()
        return [m.series_from_record(_series_line(r), networks.get(r.id, ()), exceptions.get(r.id, ()))
                for r in rows]


_SERIES = f"SELECT {', '.join(c.name for c in schema.series.c)} FROM series ORDER BY name"
_SERIES_NETWORKS = "SELECT series_id, network_id FROM series_networks"
_SERIES_EXCEPTIONS = ("SELECT series_id, original_start, kind, new_start FROM series_exceptions "
                      "ORDER BY original_start")
_SeriesLine = namedtuple("_SeriesLine", [c.name for c in schema.series.c])  # type: ignore[misc]
_ExceptionLine = namedtuple("_ExceptionLine", "series_id original_start kind new_start")
_UTC_COLUMNS = [i for i, c in enumerate(schema.series.c) if isinstance(c.type, UtcDateTime)]


def _series_line(row: Any) -> Any:
    """A series row of the driver with its instants read (UtcDateTime's text)."""
    values = list(row)
    for i in _UTC_COLUMNS:
        values[i] = utc_or_none(values[i])
    return _SeriesLine(*values)


class EventRepository(AggregateRepository[Event]):
    name = "events"
    table = schema.events

    def _list(self, statement: Select[Any]) -> list[Event]:
        with self._store.session() as session:
            records, (organisers, steps) = read_with_links(
                session, statement, EVENTS.id, (schema.event_organisers.c.event_id, None),
                (schema.promotion_steps.c.event_id, schema.promotion_steps.c.position))
        return [m.event_from_record(r, organisers.get(r.id, ()), steps.get(r.id, ())) for r in records]

    def _to_row(self, event: Event, row: Any, _context: Any) -> None:
        m.event_to_row(event, row)

    def all(self) -> list[Event]:
        return self._list(self._query().order_by(EVENTS.start))

    def overlapping(self, start: datetime, end: datetime) -> list[Event]:
        """Events that overlap [start, end)."""
        return self._list(self._query().where(EVENTS.start < end, EVENTS.end > start)
                          .order_by(EVENTS.start))
