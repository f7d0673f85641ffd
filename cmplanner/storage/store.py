"""PlanStore: the one way in and out of a plan file.

Every method that writes commits its own transaction before it returns (no "Save" button), unless
it runs inside ``with store.transaction():``, which makes a group of writes atomic (an import, an
event with its promotion posts). Listeners hear which kind of entity changed after each commit.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cmplanner.domain.entities import (
    Charter, CrisisCircuit, EditorialLine, PlanSettings,
)
from cmplanner.domain.enums import PostKind
from cmplanner.domain.crisis import Crisis
from cmplanner.domain.meeting import Meeting
from cmplanner.domain.workload import WorkloadSettings


from . import mapping as m
from .repositories import (
    EventRepository, PostRepository, SeriesRepository, SimpleRepository,
)
from .database import open_engine
from .errors import DiskFull
from .tables import (
    AudienceRow, CharterNetworkRow, CharterPillarRow, ConsentRow, ContentRequestRow,
    CrisisApproverRow, CrisisRow, EventRow, LineVersionRow, MediaRow, MeetingRow, NetworkRow,
    PersonRow, PillarRow, PostRow, SequenceMarkRow, SeriesRow, SettingsRow, SiteRow,
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
                                        m.pillar_to_row)
        self.audiences = SimpleRepository(self, "audiences", AudienceRow, m.audience_from_row,
                                          m.audience_to_row)
        self.networks = SimpleRepository(self, "networks", NetworkRow, m.network_from_row,
                                         m.network_to_row)
        self.sites = SimpleRepository(self, "sites", SiteRow, m.site_from_row, m.site_to_row)
        self.people = SimpleRepository(self, "people", PersonRow, m.person_from_row,
                                       m.person_to_row, order=PersonRow.name)
        self.requests = SimpleRepository(self, "requests", ContentRequestRow, m.request_from_row,
                                         m.request_to_row,
                                         order=ContentRequestRow.due)
        self.media = SimpleRepository(self, "media", MediaRow, m.media_from_row, m.media_to_row)
        self.consents = SimpleRepository(self, "consents", ConsentRow, m.consent_from_row,
                                         m.consent_to_row, order=ConsentRow.person_name)
        self.crises = SimpleRepository(self, "crises", CrisisRow, m.crisis_from_row,
                                       m.crisis_to_row, order=CrisisRow.started_at)
        self.meetings = SimpleRepository(self, "meetings", MeetingRow, m.meeting_from_row,
                                         m.meeting_to_row, order=MeetingRow.started_at)
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
                         "audiences", "networks", "requests", "media", "consents", "crises",
                         "meetings"}
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
        with self.writing("settings") as session:
            row = self._settings_row(session)
            row.name, row.timezone, row.language = settings.name, settings.timezone, settings.language
            row.post_duration_minutes = settings.post_duration_minutes

    def editorial_line(self) -> EditorialLine:
        with self.session() as session:
            row = session.get(SettingsRow, 1)
            if row is None:
                return EditorialLine()
            history = tuple(m.line_version_from_row(r) for r in
                            session.scalars(select(LineVersionRow).order_by(LineVersionRow.id)))
            return EditorialLine(row.objectives, row.line_version, row.validated_by_id,
                                 row.validated_on, history)

    def save_editorial_line(self, line: EditorialLine) -> None:
        with self.writing("settings") as session:
            row = self._settings_row(session)
            row.objectives, row.line_version = line.objectives, line.version
            row.validated_by_id, row.validated_on = line.validated_by_id, line.validated_on
            stored = [m.line_version_from_row(r) for r in
                      session.scalars(select(LineVersionRow).order_by(LineVersionRow.id))]
            if stored != list(line.history):  # the history is replaced whole (undo included)
                session.execute(delete(LineVersionRow))
                for version in line.history:
                    version_row = LineVersionRow()
                    m.line_version_to_row(version, version_row)
                    session.add(version_row)

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
            if row is None:
                return CrisisCircuit(ids)
            return CrisisCircuit(ids, row.crisis_required, row.crisis_deadline_hours or 0,
                                 row.crisis_substitute_id)

    def save_crisis_circuit(self, circuit: CrisisCircuit) -> None:
        with self.writing("settings") as session:
            row = self._settings_row(session)
            row.crisis_required = circuit.required_approvals
            row.crisis_deadline_hours = max(0, circuit.deadline_hours)
            row.crisis_substitute_id = circuit.substitute_id
            session.execute(delete(CrisisApproverRow))
            session.add_all(CrisisApproverRow(person_id=p, position=i)
                            for i, p in enumerate(circuit.approver_ids))

    # --- iCalendar SEQUENCE high-water marks --------------------------------------------------
    def sequence_marks(self) -> dict[str, int]:
        """The highest revision each uid of a post, series or event has reached in this plan
        (the items there now, and those deleted since they were written)."""
        with self.session() as session:
            marks: dict[str, int] = {uid: revision for uid, revision in session.execute(
                select(SequenceMarkRow.uid, SequenceMarkRow.revision))}
            for table in (PostRow, SeriesRow, EventRow):
                for uid, revision in session.execute(select(table.uid, table.revision)):
                    marks[uid] = max(marks.get(uid, 0), revision)
        return marks

    def keep_sequences_above(self, marks: dict[str, int]) -> None:
        """After a restore: an item that had reached a higher revision than the restored copy
        holds goes above it (calendars that saw the later SEQUENCE take the restored content as
        newer), and the marks are kept for items the copy does not hold."""
        with self.writing("posts") as session:
            for table in (PostRow, SeriesRow, EventRow):
                rows = session.execute(select(table.id, table.uid, table.revision)).all()
                for item_id, uid, revision in rows:
                    if revision < marks.get(uid, -1):
                        session.execute(update(table).where(table.id == item_id)
                                        .values(revision=marks[uid] + 1))
            kept = {uid: revision for uid, revision in session.execute(
                select(SequenceMarkRow.uid, SequenceMarkRow.revision))}
            for uid, revision in marks.items():
                if uid not in kept:
                    session.add(SequenceMarkRow(uid=uid, revision=revision))
                elif kept[uid] < revision:
                    session.execute(update(SequenceMarkRow).where(SequenceMarkRow.uid == uid)
                                    .values(revision=revision))

    def network_rules(self) -> dict:
        """The plan's overrides of the shipped network limits (network_limits.load_rules)."""
        with self.session() as session:
            row = session.get(SettingsRow, 1)
            return json.loads(row.network_rules) if row is not None and row.network_rules else {}

    def save_network_rules(self, overrides: dict) -> None:
        with self.writing("settings") as session:
            row = self._settings_row(session)
            row.network_rules = json.dumps(overrides, sort_keys=True) if overrides else ""

    def workload_settings(self) -> WorkloadSettings:
        with self.session() as session:
            row = session.get(SettingsRow, 1)
            return m.workload_from_json(row.workload if row else "")

    def save_workload_settings(self, settings: WorkloadSettings) -> None:
        with self.writing("settings") as session:
            self._settings_row(session).workload = m.workload_to_json(settings)

    def active_crisis(self) -> Crisis | None:
        """The crisis under way, or None."""
        with self.session() as session:
            row = session.scalars(select(CrisisRow).where(CrisisRow.ended_at.is_(None))
                                  .order_by(CrisisRow.id.desc())).first()
            return None if row is None else m.crisis_from_row(row)

    def active_meeting(self) -> Meeting | None:
        """The meeting under way, or None."""
        with self.session() as session:
            row = session.scalars(select(MeetingRow).where(MeetingRow.ended_at.is_(None))
                                  .order_by(MeetingRow.id.desc())).first()
            return None if row is None else m.meeting_from_row(row)

    def counts(self) -> dict[str, int]:
        with self.session() as session:
            return {name: session.scalar(select(func.count()).select_from(t)) or 0
                    for name, t in (("posts", PostRow), ("series", SeriesRow),
                                    ("events", EventRow), ("people", PersonRow),
                                    ("requests", ContentRequestRow))}
