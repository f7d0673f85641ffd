"""PlanStore: the one way in and out of a plan file.

Every method that writes commits its own transaction before it returns (no "Save" button), unless
it runs inside ``with store.transaction():``, which makes a group of writes atomic (an import, an
event with its promotion posts). Listeners hear which kind of entity changed after each commit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cmplanner.domain import validation
from cmplanner.domain.entities import (
    Audience, Charter, ContentRequest, CrisisCircuit, EditorialLine, Event, Network, Person,
    Pillar, PlanSettings, Post, Series, Site,
)
from cmplanner.domain.enums import PostKind, PostStatus
from cmplanner.domain.promotion import validate_event
from cmplanner.domain.recurrence import validate_series

from . import mapping as m
from .database import open_engine
from .errors import DiskFull
from .tables import (
    ApprovalRow, CharterNetworkRow, CharterPillarRow, ContentRequestRow, CrisisApproverRow,
    EventOrganiserRow, EventRow, PromotionStepRow, NetworkRow, PersonRow, PillarRow, PostNetworkRow, PostRow, PostVariantRow,
    SeriesExceptionRow, SeriesNetworkRow, SeriesRow, SettingsRow, SiteRow, AudienceRow,
)

Listener = Callable[[str], None]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def read_with_links(session: Session, statement, id_column, *links) -> tuple[list, list[dict]]:
    """The rows ``statement`` selects and, for each ``(parent_column, order)`` link, the rows of
    that column's table grouped by parent id, one query per link keyed by the same selection.

    Posts, series and events are read this way, as plain rows: building an ORM object per row
    and per link cost five times the reading itself on a plan of 20,000 posts.
    """
    session.flush()  # inside a transaction, reads see the writes before them
    records = session.execute(statement).all()
    grouped: list[dict] = [defaultdict(list) for _ in links]
    if records:
        ids = statement.with_only_columns(id_column).order_by(None)
        for (parent, order), rows in zip(links, grouped):
            query = select(parent.table).where(parent.in_(ids))
            for row in session.execute(query if order is None else query.order_by(order)):
                rows[getattr(row, parent.key)].append(row)
    return records, grouped


class SimpleRepository:
    """Create, read, update and delete for an entity mapped one row to one object."""

    def __init__(self, store: PlanStore, name: str, row_type: type, from_row: Callable,
                 to_row: Callable, check: Callable | None = None, order: Any = None) -> None:
        self._store, self.name, self._row_type = store, name, row_type
        self._from_row, self._to_row, self._check = from_row, to_row, check
        self._order = order if order is not None else row_type.id

    def all(self) -> list:
        with self._store.session() as session:
            rows = session.scalars(select(self._row_type).order_by(self._order))
            return [self._from_row(r) for r in rows]

    def get(self, item_id: int):
        with self._store.session() as session:
            row = session.get(self._row_type, item_id)
            return None if row is None else self._from_row(row)

    def save(self, item):
        if self._check:
            self._check(item)
        with self._store.writing(self.name) as session:
            row = session.get(self._row_type, item.id) if item.id is not None else None
            if row is None:
                row = self._row_type()
                if item.id is not None:
                    row.id = item.id
                session.add(row)
            self._to_row(item, row)
            session.flush()
            return replace(item, id=row.id)

    def delete(self, item_id: int) -> None:
        with self._store.writing(self.name) as session:
            session.execute(delete(self._row_type).where(self._row_type.id == item_id))


class PlanStore:
    def __init__(self, engine: Engine, path: Path | None = None, read_only: bool = False) -> None:
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._outer: Session | None = None
        self._changed: set[str] = set()
        self.listeners: list[Listener] = []
        self.on_close: list[Callable[[], None]] = []  # e.g. the release of the plan's lock
        self.pillars = SimpleRepository(self, "pillars", PillarRow, m.pillar_from_row,
                                        m.pillar_to_row, validation.validate_pillar)
        self.audiences = SimpleRepository(self, "audiences", AudienceRow, m.audience_from_row,
                                          m.audience_to_row)
        self.networks = SimpleRepository(self, "networks", NetworkRow, m.network_from_row,
                                         m.network_to_row, validation.validate_network)
        self.sites = SimpleRepository(self, "sites", SiteRow, m.site_from_row, m.site_to_row)
        self.people = SimpleRepository(self, "people", PersonRow, m.person_from_row,
                                       m.person_to_row, order=PersonRow.name)
        self.requests = SimpleRepository(self, "requests", ContentRequestRow, m.request_from_row,
                                         m.request_to_row, validation.validate_request,
                                         order=ContentRequestRow.due)
        self.posts = PostRepository(self)
        self.series = SeriesRepository(self)
        self.events = EventRepository(self)

    # --- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, create: bool = True, read_only: bool = False) -> PlanStore:
        path = Path(path)
        engine, created = open_engine(path, create=create, read_only=read_only)
        store = cls(engine, path, read_only)
        if created:
            store.save_settings(PlanSettings(name=path.stem))
        return store

    def close(self) -> None:
        self.engine.dispose()
        for callback in self.on_close:
            callback()
        self.on_close.clear()

    # --- sessions --------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        if self._outer is not None:
            yield self._outer
            return
        with self._sessions() as session:
            yield session

    @contextmanager
    def writing(self, what: str) -> Iterator[Session]:
        if self.read_only:
            raise PermissionError("This plan is open read-only.")
        self._changed.add(what)
        if self._outer is not None:
            yield self._outer
            return
        with self._disk_full_explained(), self._sessions() as session, session.begin():
            yield session
        self._notify()

    @contextmanager
    def _disk_full_explained(self) -> Iterator[None]:
        """SQLite rolls a transaction back when the disk is full; say so in the user's words."""
        try:
            yield
        except OperationalError as exc:
            if getattr(exc.orig, "sqlite_errorname", "") != "SQLITE_FULL":
                raise
            name = self.path.name if self.path else "the plan"
            raise DiskFull(f"The disk is full: the change was not saved in {name}, which is "
                           "as it was before. Free some space and try again.",
                           str(self.path or "")) from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes in one transaction: all are stored, or none."""
        if self._outer is not None:
            yield
            return
        with self._disk_full_explained(), self._sessions() as session:
            self._outer = session
            try:
                with session.begin():
                    yield
            except BaseException:
                self._changed.clear()
                raise
            finally:
                self._outer = None
        self._notify()

    @property
    def in_transaction(self) -> bool:
        return self._outer is not None

    def notify_all_changed(self) -> None:
        """After the whole file was replaced (a restored backup): every listener reloads."""
        self._changed = {"settings", "posts", "series", "events", "people", "sites", "pillars",
                         "audiences", "networks", "requests"}
        self._notify()

    def _notify(self) -> None:
        changed, self._changed = self._changed, set()
        for what in sorted(changed):
            for listener in list(self.listeners):
                listener(what)

    # --- plan-wide settings ----------------------------------------------------------------
    def _settings_row(self, session: Session) -> SettingsRow:
        row = session.get(SettingsRow, 1)
        if row is None:
            row = SettingsRow(id=1, name="Plan", timezone="Europe/Paris", language="fr")
            session.add(row)
        return row

    def settings(self) -> PlanSettings:
        with self.session() as session:
            row = session.get(SettingsRow, 1)
            if row is None:
                return PlanSettings()
            return PlanSettings(row.name, row.timezone, row.language, row.post_duration_minutes)

    @property
    def zone_name(self) -> str:
        return self.settings().timezone

    def save_settings(self, settings: PlanSettings) -> None:
        validation.validate_settings(settings)
        with self.writing("settings") as session:
            row = self._settings_row(session)
            row.name, row.timezone, row.language = settings.name, settings.timezone, settings.language
            row.post_duration_minutes = settings.post_duration_minutes

    def editorial_line(self) -> EditorialLine:
        with self.session() as session:
            row = session.get(SettingsRow, 1)
            if row is None:
                return EditorialLine()
            return EditorialLine(row.objectives, row.line_version, row.validated_by_id, row.validated_on)

    def save_editorial_line(self, line: EditorialLine) -> None:
        with self.writing("settings") as session:
            row = self._settings_row(session)
            row.objectives, row.line_version = line.objectives, line.version
            row.validated_by_id, row.validated_on = line.validated_by_id, line.validated_on

    def charter(self) -> Charter:
        with self.session() as session:
            row = session.get(SettingsRow, 1)
            pillars = set(session.scalars(select(CharterPillarRow.pillar_id)))
            networks = set(session.scalars(select(CharterNetworkRow.network_id)))
            charter = Charter(row.charter_text if row else "", pillars, networks)
            if row is not None and row.charter_kinds:
                charter.covered_kinds = {PostKind(k) for k in row.charter_kinds.split(",")}
            return charter

    def save_charter(self, charter: Charter) -> None:
        with self.writing("settings") as session:
            row = self._settings_row(session)
            row.charter_text = charter.text
            row.charter_kinds = ",".join(sorted(k.value for k in charter.covered_kinds))
            session.execute(delete(CharterPillarRow))
            session.execute(delete(CharterNetworkRow))
            session.add_all(CharterPillarRow(pillar_id=i) for i in sorted(charter.covered_pillar_ids))
            session.add_all(CharterNetworkRow(network_id=i) for i in sorted(charter.covered_network_ids))

    def crisis_circuit(self) -> CrisisCircuit:
        with self.session() as session:
            row = session.get(SettingsRow, 1)
            ids = list(session.scalars(select(CrisisApproverRow.person_id)
                                       .order_by(CrisisApproverRow.position)))
            return CrisisCircuit(ids, row.crisis_required if row else 1)

    def save_crisis_circuit(self, circuit: CrisisCircuit) -> None:
        if circuit.required_approvals < 1:
            raise validation.DomainError("The exceptional circuit needs at least one approval.")
        if circuit.approver_ids and circuit.required_approvals > len(circuit.approver_ids):
            raise validation.DomainError(
                "The exceptional circuit requires more approvals than it has approvers.")
        with self.writing("settings") as session:
            row = self._settings_row(session)
            row.crisis_required = circuit.required_approvals
            session.execute(delete(CrisisApproverRow))
            session.add_all(CrisisApproverRow(person_id=p, position=i)
                            for i, p in enumerate(dict.fromkeys(circuit.approver_ids)))

    def counts(self) -> dict[str, int]:
        with self.session() as session:
            return {name: session.scalar(select(func.count()).select_from(t)) or 0
                    for name, t in (("posts", PostRow), ("series", SeriesRow),
                                    ("events", EventRow), ("people", PersonRow),
                                    ("requests", ContentRequestRow))}


class PostRepository:
    name = "posts"

    def __init__(self, store: PlanStore) -> None:
        self._store = store

    def _query(self):
        return select(PostRow.__table__)

    def _list(self, statement) -> list[Post]:
        with self._store.session() as session:
            records, (networks, variants, approvals) = read_with_links(
                session, statement, PostRow.id,
                (PostNetworkRow.post_id, None), (PostVariantRow.post_id, None),
                (ApprovalRow.post_id, ApprovalRow.id))
        return [m.post_from_record(r, networks.get(r.id, ()), variants.get(r.id, ()),
                                   approvals.get(r.id, ())) for r in records]

    def get(self, post_id: int) -> Post | None:
        found = self._list(self._query().where(PostRow.id == post_id))
        return found[0] if found else None

    def by_uid(self, uid: str) -> Post | None:
        found = self._list(self._query().where(PostRow.uid == uid))
        return found[0] if found else None

    def all(self) -> list[Post]:
        return self._list(self._query().order_by(PostRow.planned_at, PostRow.id))

    def in_range(self, start: datetime, end: datetime) -> list[Post]:
        """Posts planned in [start, end), by the planned_at index."""
        return self._list(self._query()
                          .where(PostRow.planned_at >= start, PostRow.planned_at < end)
                          .order_by(PostRow.planned_at, PostRow.id))

    def undated(self) -> list[Post]:
        return self._list(self._query().where(PostRow.planned_at.is_(None)).order_by(PostRow.id))

    def with_status(self, *statuses: PostStatus) -> list[Post]:
        return self._list(self._query().where(PostRow.status.in_([s.value for s in statuses]))
                          .order_by(PostRow.planned_at, PostRow.id))

    def for_series(self, series_id: int) -> list[Post]:
        return self._list(self._query().where(PostRow.series_id == series_id))

    def replacing_occurrences(self, start: datetime, end: datetime) -> list[Post]:
        """Posts that replace a series occurrence whose original start is in [start, end)."""
        # "series_id > 0" is an index range; "IS NOT NULL" would make SQLite scan every post.
        return self._list(self._query().where(PostRow.series_id > 0,
                                              PostRow.occurrence_start >= start,
                                              PostRow.occurrence_start < end))

    def for_event(self, event_id: int) -> list[Post]:
        return self._list(self._query().where(PostRow.event_id == event_id)
                          .order_by(PostRow.planned_at))

    def for_events(self, event_ids) -> dict[int, list[Post]]:
        """The posts of each of ``event_ids`` (as ``for_event``), read in a few queries."""
        wanted = sorted(set(event_ids))
        found: dict[int, list[Post]] = {i: [] for i in wanted}
        for first in range(0, len(wanted), 900):  # under SQLite's variable limit
            for post in self._list(self._query().where(PostRow.event_id.in_(wanted[first:first + 900]))
                                   .order_by(PostRow.planned_at)):
                found[post.event_id].append(post)  # type: ignore[index]
        return found

    def count(self) -> int:
        with self._store.session() as session:
            return session.scalar(select(func.count()).select_from(PostRow)) or 0

    def titles(self, post_ids) -> dict[int, str]:
        """The titles of the posts ``post_ids`` that exist, by id (no full post is read)."""
        wanted = sorted(set(post_ids))
        found: dict[int, str] = {}
        with self._store.session() as session:
            for first in range(0, len(wanted), 900):  # under SQLite's variable limit
                rows = session.execute(select(PostRow.id, PostRow.title)
                                       .where(PostRow.id.in_(wanted[first:first + 900])))
                found.update({row.id: row.title for row in rows})
        return found

    def save(self, post: Post, touch: bool = True) -> Post:
        """Store ``post``; a change bumps its revision (iCalendar SEQUENCE) and updated_at."""
        zone_name = self._store.zone_name
        validation.validate_post(post, zone_name)
        if touch:
            post = replace(post, revision=post.revision + (1 if post.id is not None else 0),
                           updated_at=utcnow())
        with self._store.writing(self.name) as session:
            row = session.get(PostRow, post.id) if post.id is not None else None
            if row is None:
                row = PostRow()
                if post.id is not None:
                    row.id = post.id
                session.add(row)
            m.post_to_row(post, row, zone_name)
            session.flush()
            return replace(post, id=row.id)

    def delete(self, post_id: int) -> None:
        with self._store.writing(self.name) as session:
            session.execute(delete(PostRow).where(PostRow.id == post_id))


class SeriesRepository:
    name = "series"

    def __init__(self, store: PlanStore) -> None:
        self._store = store

    def _query(self):
        return select(SeriesRow.__table__)

    def _list(self, statement) -> list[Series]:
        with self._store.session() as session:
            records, (networks, exceptions) = read_with_links(
                session, statement, SeriesRow.id, (SeriesNetworkRow.series_id, None),
                (SeriesExceptionRow.series_id, SeriesExceptionRow.original_start))
        return [m.series_from_record(r, networks.get(r.id, ()), exceptions.get(r.id, ()))
                for r in records]

    def all(self) -> list[Series]:
        return self._list(self._query().order_by(SeriesRow.name))

    def get(self, series_id: int) -> Series | None:
        found = self._list(self._query().where(SeriesRow.id == series_id))
        return found[0] if found else None

    def by_uid(self, uid: str) -> Series | None:
        found = self._list(self._query().where(SeriesRow.uid == uid))
        return found[0] if found else None

    def save(self, series: Series) -> Series:
        validate_series(series)
        series = replace(series, revision=series.revision + (1 if series.id is not None else 0),
                         updated_at=utcnow())
        with self._store.writing(self.name) as session:
            row = session.get(SeriesRow, series.id) if series.id is not None else None
            if row is None:
                row = SeriesRow(id=series.id)  # a known id when a deletion is undone
                session.add(row)
            m.series_to_row(series, row)
            session.flush()
            return replace(series, id=row.id)

    def delete(self, series_id: int) -> None:
        with self._store.writing(self.name) as session:
            session.execute(delete(SeriesRow).where(SeriesRow.id == series_id))


class EventRepository:
    name = "events"

    def __init__(self, store: PlanStore) -> None:
        self._store = store

    def _query(self):
        return select(EventRow.__table__)

    def _list(self, statement) -> list[Event]:
        with self._store.session() as session:
            records, (organisers, steps) = read_with_links(
                session, statement, EventRow.id, (EventOrganiserRow.event_id, None),
                (PromotionStepRow.event_id, PromotionStepRow.position))
        return [m.event_from_record(r, organisers.get(r.id, ()), steps.get(r.id, ())) for r in records]

    def all(self) -> list[Event]:
        return self._list(self._query().order_by(EventRow.start))

    def get(self, event_id: int) -> Event | None:
        found = self._list(self._query().where(EventRow.id == event_id))
        return found[0] if found else None

    def by_uid(self, uid: str) -> Event | None:
        found = self._list(self._query().where(EventRow.uid == uid))
        return found[0] if found else None

    def overlapping(self, start: datetime, end: datetime) -> list[Event]:
        """Events that overlap [start, end)."""
        return self._list(self._query().where(EventRow.start < end, EventRow.end > start)
                          .order_by(EventRow.start))

    def save(self, event: Event) -> Event:
        validate_event(event)
        event = replace(event, revision=event.revision + (1 if event.id is not None else 0),
                        updated_at=utcnow())
        with self._store.writing(self.name) as session:
            row = session.get(EventRow, event.id) if event.id is not None else None
            if row is None:
                row = EventRow(id=event.id)  # a known id when a deletion is undone
                session.add(row)
            m.event_to_row(event, row)
            session.flush()
            return replace(event, id=row.id)

    def delete(self, event_id: int) -> None:
        with self._store.writing(self.name) as session:
            session.execute(delete(EventRow).where(EventRow.id == event_id))
