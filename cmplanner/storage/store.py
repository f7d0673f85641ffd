"""PlanStore: the one way in and out of a plan file.

Every method that writes commits its own transaction before it returns (no "Save" button), unless
it runs inside ``with store.transaction():``, which makes a group of writes atomic (an import, an
event with its promotion posts). Listeners hear which kind of entity changed after each commit.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, delete, func, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cmplanner.domain.errors import ServerAway
from cmplanner.domain.entities import (
    DEFAULT_FEEDS, Charter, CrisisCircuit, EditorialLine, PlanSettings, PublishedFeed,
    PublishSettings,
)
from cmplanner.domain.enums import PostKind
from cmplanner.domain.crisis import Crisis
from cmplanner.domain.meeting import Meeting
from cmplanner.domain.workload import WorkloadSettings
from cmplanner.domain.closures import Closures


from . import mapping as m
from . import schema
from .repositories import (
    EventRepository, PostRepository, SeriesRepository, SimpleRepository,
)
from .database import open_engine
from .errors import DiskFull
from .lazy import tables as t
from .media_files import MediaFiles, media_folder
from .server import is_server_url, new_client_id, open_server_engine, shown

Listener = Callable[[str], None]


class PlanStore:
    def __init__(self, engine: Engine, path: Path | None = None, read_only: bool = False,
                 url: str | None = None, client: str = "") -> None:
        self.engine = engine
        self.path = path  # a plan file; None for a team plan
        self.url = url  # a team plan's server address (storage/server.py); None for a file
        self.client = client  # this store's name in the server's change notifications
        self.author = ""  # the person this client writes as (updated_by, "changed by")
        self.password: str | None = None  # a team plan's password typed by the user (never saved)
        self.offline = False  # a team plan whose server went away: edits are refused
        self._settings: PlanSettings | None = None  # read once; a server away leaves it readable
        self.offline_listeners: list[Callable[[bool], None]] = []  # told when that changes
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # The open transaction is the thread's own: a long import written by a worker thread
        # never lends its session to the window's thread reading meanwhile.
        self._local = threading.local()
        self._changed: set[str] = set()
        self.listeners: list[Listener] = []
        self.on_close: list[Callable[[], None]] = []  # e.g. the release of the plan's lock
        # Each repository reads its table of schema.py; the mapped class is imported by the
        # first write (or prepare_writes, once the window is on screen).
        self.pillars = SimpleRepository(self, "pillars", schema.pillars, m.pillar_from_row,
                                        m.pillar_to_row)
        self.audiences = SimpleRepository(self, "audiences", schema.audiences, m.audience_from_row,
                                          m.audience_to_row)
        self.networks = SimpleRepository(self, "networks", schema.networks, m.network_from_row,
                                         m.network_to_row)
        self.sites = SimpleRepository(self, "sites", schema.sites, m.site_from_row, m.site_to_row)
        self.people = SimpleRepository(self, "people", schema.people, m.person_from_row,
                                       m.person_to_row, order=schema.people.c.name)
        self.requests = SimpleRepository(self, "requests", schema.content_requests,
                                         m.request_from_row, m.request_to_row,
                                         order=schema.content_requests.c.due)
        self.media = SimpleRepository(self, "media", schema.media, m.media_from_row, m.media_to_row)
        self.consents = SimpleRepository(self, "consents", schema.consents, m.consent_from_row,
                                         m.consent_to_row, order=schema.consents.c.person_name)
        self.crises = SimpleRepository(self, "crises", schema.crises, m.crisis_from_row,
                                       m.crisis_to_row, order=schema.crises.c.started_at, linked=True)
        self.meetings = SimpleRepository(self, "meetings", schema.meetings, m.meeting_from_row,
                                         m.meeting_to_row, order=schema.meetings.c.started_at,
                                         linked=True)
        self.posts = PostRepository(self)
        self.series = SeriesRepository(self)
        self.events = EventRepository(self)

    # --- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, create: bool = True, read_only: bool = False,
             password: str | None = None) -> PlanStore:
        """The plan file at ``path``, or the team plan at a ``postgresql://`` address (whose
        ``password``, when libpq finds none in .pgpass or the service file, is asked for)."""
        if is_server_url(path):
            client = new_client_id()
            engine, created = open_server_engine(str(path), create, read_only, password, client)
            store = cls(engine, None, read_only, url=str(path), client=client)
            store.password = password  # kept in memory only, for the change listener
            if created:
                store.save_settings(PlanSettings(name=engine.url.database or "Plan"))
            return store
        path = Path(path)
        engine, created = open_engine(path, create=create, read_only=read_only)
        store = cls(engine, path, read_only)
        if created:
            store.save_settings(PlanSettings(name=path.stem))
        return store

    @property
    def _outer(self) -> Session | None:
        return getattr(self._local, "session", None)

    @_outer.setter
    def _outer(self, session: Session | None) -> None:
        self._local.session = session

    @property
    def is_team(self) -> bool:
        """A plan on a server, shared with colleagues."""
        return self.url is not None

    @property
    def media_files(self) -> MediaFiles | None:
        """Where the plan's media contents are read and written: the folder beside a plan file,
        the database of a team plan (with a local cache); None for a plan kept in memory."""
        key = (self.path, self.url)
        known: tuple[tuple[Path | None, str | None], MediaFiles | None] | None = \
            getattr(self, "_media_files", None)
        if known is not None and known[0] == key:
            return known[1]
        media: MediaFiles | None = None
        if self.path is not None:
            media = MediaFiles(media_folder(self.path))
        elif self.url is not None:
            from .media_blobs import DatabaseMedia, cache_folder

            media = DatabaseMedia(self.engine, cache_folder(self.url))
        self._media_files = (key, media)
        return media

    @property
    def location(self) -> str:
        """Where the plan is, as users see it (a file path, or a server address without password)."""
        return shown(self.url) if self.url else str(self.path or "")

    def _sign(self, session: Session) -> None:
        """On a server, the transaction carries its author for the colleagues' notifications."""
        if self.url is not None:
            session.execute(text("SELECT set_config('cmplanner.author', :who, true)"),
                            {"who": self.author})

    @staticmethod
    def prepare_writes() -> None:
        """Make the mapped classes (tables.py) and configure their mappings now (some 50 ms,
        once a process), rather than in the first edit: the window's start reads the tables of
        schema.py without them and calls this once it is on screen."""
        from sqlalchemy.orm import configure_mappers

        from . import tables  # noqa: F401 (the classes are made as it is imported)

        configure_mappers()

    def close(self) -> None:
        self.engine.dispose()
        callbacks, self.on_close = list(self.on_close), []
        for callback in callbacks:  # e.g. the plan lock's release; a team plan's lease given back
            callback()
        self.engine.dispose()  # the connection a callback may have opened

    # --- sessions --------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        if self._outer is not None:
            yield self._outer
            return
        if self.offline:  # a team plan's server is away: no waiting for a connection timeout
            raise ServerAway()
        try:
            with self._sessions() as session:
                yield session
        except OperationalError as exc:
            if self.url is None:
                raise
            self.set_offline(True)  # the server went away while reading
            raise ServerAway() from exc

    def set_offline(self, offline: bool) -> None:
        """A team plan's server went away (True) or is back (False)."""
        if offline != self.offline:
            self.offline = offline
            if not offline:
                self.engine.dispose()  # connections to the server that went away are dead
            for listener in list(self.offline_listeners):
                listener(offline)

    @contextmanager
    def writing(self, what: str) -> Iterator[Session]:
        if self.read_only:
            raise PermissionError("This plan is open read-only.")
        if self.offline:
            raise ServerAway()
        self._changed.add(what)
        if what == "settings":
            self._settings = None
        if self._outer is not None:
            yield self._outer
            return
        with self._disk_full_explained(), self._sessions() as session, session.begin():
            self._sign(session)
            yield session
        self._notify()

    @contextmanager
    def _disk_full_explained(self) -> Iterator[None]:
        """SQLite rolls a transaction back when the disk is full; say so in the user's words. A
        team plan's server that cannot be reached refuses the edit in words too."""
        try:
            yield
        except OperationalError as exc:
            if self.url is not None:
                self.set_offline(True)
                raise ServerAway() from exc
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
        if self.offline:
            raise ServerAway()
        with self._disk_full_explained(), self._sessions() as session:
            self._outer = session
            try:
                with session.begin():
                    self._sign(session)
                    yield
            except BaseException:
                self._changed.clear()
                self._settings = None
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

    def notify_remote(self, kinds: set[str]) -> None:
        """Colleagues committed changes to ``kinds`` (storage/server.py's ChangeListener): every
        listener reloads them as after a change of this client."""
        self._changed |= set(kinds)
        if self._outer is None:
            self._notify()

    def _notify(self) -> None:
        changed, self._changed = self._changed, set()
        if "settings" in changed:
            self._settings = None
        for what in sorted(changed):
            for listener in list(self.listeners):
                listener(what)

    # --- plan-wide settings ----------------------------------------------------------------
    def _settings_row(self, session: Session) -> t.SettingsRow:
        row = session.get(t.SettingsRow, 1)
        if row is None:
            row = t.SettingsRow(id=1, name="Plan", timezone="Europe/Paris", language="fr")
            session.add(row)
        return row

    @staticmethod
    def _settings_record(session: Session, table: Table = schema.plan_settings) -> Any:
        """The plan's one row of settings (``table``: plan_settings, publish_settings) read as a
        table row, without the ORM, or None."""
        session.flush()  # inside a transaction, reads see the writes before them
        return session.execute(select(table).where(table.c.id == 1)).first()

    def settings(self) -> PlanSettings:
        """The plan-wide settings (kept after the first read until they change, so the zone and
        name stay known while a team plan's server is away)."""
        if self._settings is not None and self._outer is None:
            return self._settings
        found = self._read_settings()
        if self._outer is None:
            self._settings = found
        return found

    def _read_settings(self) -> PlanSettings:
        with self.session() as session:
            row = self._settings_record(session)
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

    def publish_settings(self) -> PublishSettings:
        with self.session() as session:
            row = self._settings_record(session, schema.publish_settings)
            if row is None:
                return PublishSettings()
            feeds: tuple[PublishedFeed, ...] = DEFAULT_FEEDS
            if row.feeds:
                feeds = tuple(PublishedFeed(**spec) for spec in json.loads(row.feeds))
            return PublishSettings(row.folder, feeds, bool(row.auto), row.publisher)

    def save_publish_settings(self, settings: PublishSettings) -> None:
        with self.writing("publish") as session:
            row = session.get(t.PublishSettingsRow, 1)
            if row is None:
                row = t.PublishSettingsRow(id=1)
                session.add(row)
            row.folder, row.auto, row.publisher = settings.folder, int(settings.auto), settings.publisher
            row.feeds = json.dumps([asdict(feed) for feed in settings.feeds], ensure_ascii=False)

    def editorial_line(self) -> EditorialLine:
        with self.session() as session:
            row = self._settings_record(session)
            if row is None:
                return EditorialLine()
            versions = schema.line_versions
            history = tuple(m.line_version_from_row(r) for r in
                            session.execute(select(versions).order_by(versions.c.id)))
            return EditorialLine(row.objectives, row.line_version, row.validated_by_id,
                                 row.validated_on, history)

    def save_editorial_line(self, line: EditorialLine) -> None:
        with self.writing("settings") as session:
            row = self._settings_row(session)
            row.objectives, row.line_version = line.objectives, line.version
            row.validated_by_id, row.validated_on = line.validated_by_id, line.validated_on
            stored = [m.line_version_from_row(r) for r in
                      session.scalars(select(t.LineVersionRow).order_by(t.LineVersionRow.id))]
            if stored != list(line.history):  # the history is replaced whole (undo included)
                session.execute(delete(t.LineVersionRow))
                for version in line.history:
                    version_row = t.LineVersionRow()
                    m.line_version_to_row(version, version_row)
                    session.add(version_row)

    def charter(self) -> Charter:
        with self.session() as session:
            row = self._settings_record(session)
            pillars = set(session.scalars(select(schema.charter_pillars.c.pillar_id)))
            networks = set(session.scalars(select(schema.charter_networks.c.network_id)))
            charter = Charter(row.charter_text if row else "", pillars, networks)
            if row is not None and row.charter_kinds:
                charter.covered_kinds = {PostKind(k) for k in row.charter_kinds.split(",")}
            return charter

    def save_charter(self, charter: Charter) -> None:
        with self.writing("settings") as session:
            row = self._settings_row(session)
            row.charter_text = charter.text
            row.charter_kinds = ",".join(sorted(k.value for k in charter.covered_kinds))
            session.execute(delete(t.CharterPillarRow))
            session.execute(delete(t.CharterNetworkRow))
            session.add_all(t.CharterPillarRow(pillar_id=i) for i in sorted(charter.covered_pillar_ids))
            session.add_all(t.CharterNetworkRow(network_id=i) for i in sorted(charter.covered_network_ids))

    def crisis_circuit(self) -> CrisisCircuit:
        with self.session() as session:
            row = self._settings_record(session)  # flushed: the approvers written before are read
            approvers = schema.crisis_approvers.c
            ids = list(session.scalars(select(approvers.person_id).order_by(approvers.position)))
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
            session.execute(delete(t.CrisisApproverRow))
            session.add_all(t.CrisisApproverRow(person_id=p, position=i)
                            for i, p in enumerate(circuit.approver_ids))

    # --- iCalendar SEQUENCE high-water marks --------------------------------------------------
    def sequence_marks(self) -> dict[str, int]:
        """The highest revision each uid of a post, series or event has reached in this plan
        (the items there now, and those deleted since they were written)."""
        with self.session() as session:
            session.flush()  # inside a transaction, reads see the writes before them
            marks: dict[str, int] = {uid: revision for uid, revision in session.execute(
                select(schema.sequence_marks.c.uid, schema.sequence_marks.c.revision))}
            for table in (schema.posts, schema.series, schema.events):
                for uid, revision in session.execute(select(table.c.uid, table.c.revision)):
                    marks[uid] = max(marks.get(uid, 0), revision)
        return marks

    def keep_sequences_above(self, marks: dict[str, int]) -> None:
        """After a restore: an item that had reached a higher revision than the restored copy
        holds goes above it (calendars that saw the later SEQUENCE take the restored content as
        newer), and the marks are kept for items the copy does not hold."""
        with self.writing("posts") as session:
            for table in (t.PostRow, t.SeriesRow, t.EventRow):
                rows = session.execute(select(table.id, table.uid, table.revision)).all()
                for item_id, uid, revision in rows:
                    if revision < marks.get(uid, -1):
                        session.execute(update(table).where(table.id == item_id)
                                        .values(revision=marks[uid] + 1))
            kept = {uid: revision for uid, revision in session.execute(
                select(t.SequenceMarkRow.uid, t.SequenceMarkRow.revision))}
            for uid, revision in marks.items():
                if uid not in kept:
                    session.add(t.SequenceMarkRow(uid=uid, revision=revision))
                elif kept[uid] < revision:
                    session.execute(update(t.SequenceMarkRow).where(t.SequenceMarkRow.uid == uid)
                                    .values(revision=revision))

    def network_rules(self) -> dict[str, dict[str, Any]]:
        """The plan's overrides of the shipped network limits (network_limits.load_rules)."""
        with self.session() as session:
            row = self._settings_record(session)
            if row is None or not row.network_rules:
                return {}
            overrides: dict[str, dict[str, Any]] = json.loads(row.network_rules)
            return overrides

    def save_network_rules(self, overrides: dict[str, dict[str, Any]]) -> None:
        with self.writing("settings") as session:
            row = self._settings_row(session)
            row.network_rules = json.dumps(overrides, sort_keys=True) if overrides else ""

    def workload_settings(self) -> WorkloadSettings:
        with self.session() as session:
            row = self._settings_record(session)
            return m.workload_from_json(row.workload if row else "")

    def save_workload_settings(self, settings: WorkloadSettings) -> None:
        with self.writing("settings") as session:
            self._settings_row(session).workload = m.workload_to_json(settings)

    def closures(self) -> Closures:
        with self.session() as session:
            row = self._settings_record(session)
            return m.closures_from_json(row.closures if row else "")

    def save_closures(self, closures: Closures) -> None:
        with self.writing("settings") as session:
            self._settings_row(session).closures = m.closures_to_json(closures)

    def active_crisis(self) -> Crisis | None:
        """The crisis under way, or None."""
        with self.session() as session:
            row = self._under_way(session, schema.crises)
            return None if row is None else m.crisis_from_row(row)

    def active_meeting(self) -> Meeting | None:
        """The meeting under way, or None."""
        with self.session() as session:
            row = self._under_way(session, schema.meetings)
            return None if row is None else m.meeting_from_row(row)

    @staticmethod
    def _under_way(session: Session, table: Table) -> Any:
        """The last row of ``table`` (crises, meetings) not ended yet, as its mapped object, or
        None. Whether there is one is asked of the table without the ORM: the window asks at its
        start, when there is usually none."""
        session.flush()  # inside a transaction, reads see the writes before them
        found = session.execute(select(table.c.id).where(table.c.ended_at.is_(None))
                                .order_by(table.c.id.desc()).limit(1)).scalar()
        return None if found is None else session.get(t.row_type(table), found)

    def counts(self) -> dict[str, int]:
        with self.session() as session:
            session.flush()  # inside a transaction, reads see the writes before them
            return {name: session.scalar(select(func.count()).select_from(table)) or 0
                    for name, table in (("posts", schema.posts), ("series", schema.series),
                                        ("events", schema.events), ("people", schema.people),
                                        ("requests", schema.content_requests))}
