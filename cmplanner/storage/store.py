"""PlanStore: the one way in and out of a plan file.

Every method that writes commits its own transaction before it returns (no "Save" button), unless
it runs inside ``with store.transaction():``, which makes a group of writes atomic (an import, an
event with its promotion posts). Listeners hear which kind of entity changed after each commit.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import asdict
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cmplanner.domain import validation
from cmplanner.domain.entities import (
    DEFAULT_FEEDS, Charter, CrisisCircuit, EditorialLine, PlanSettings, PublishedFeed,
    PublishSettings,
)
from cmplanner.domain.enums import PostKind

from . import mapping as m
from .repositories import (
    EventRepository, PostRepository, SeriesRepository, SimpleRepository,
)
from .database import open_engine
from .errors import DiskFull
from .tables import (
    AudienceRow, CharterNetworkRow, CharterPillarRow, ContentRequestRow, CrisisApproverRow, EventRow,
    NetworkRow, PersonRow, PillarRow, PostRow, PublishSettingsRow, SeriesRow, SettingsRow, SiteRow,
)

Listener = Callable[[str], None]


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

    def publish_settings(self) -> PublishSettings:
        with self.session() as session:
            row = session.get(PublishSettingsRow, 1)
            if row is None:
                return PublishSettings()
            feeds = DEFAULT_FEEDS
            if row.feeds:
                feeds = tuple(PublishedFeed(**spec) for spec in json.loads(row.feeds))
            return PublishSettings(row.folder, feeds, bool(row.auto), row.publisher)

    def save_publish_settings(self, settings: PublishSettings) -> None:
        with self.writing("publish") as session:
            row = session.get(PublishSettingsRow, 1)
            if row is None:
                row = PublishSettingsRow(id=1)
                session.add(row)
            row.folder, row.auto, row.publisher = settings.folder, int(settings.auto), settings.publisher
            row.feeds = json.dumps([asdict(feed) for feed in settings.feeds], ensure_ascii=False)

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
