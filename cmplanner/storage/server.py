"""Team plans on a PostgreSQL server: addresses, the plan mark, change notifications.

A team plan is a PostgreSQL database holding the same tables as a plan file. Where a file keeps
its application mark and format in ``PRAGMA application_id``/``user_version``, a server keeps them
in the ``cmplanner_plan`` table. Passwords never pass through cmplanner's settings: libpq reads
``~/.pgpass`` or the service file, or the window asks each time; ``sslmode`` and every other
libpq parameter in the address are honoured as given.

Every committed change fires ``pg_notify`` (a statement trigger on each table) with the table,
the writing client and its author, so the other clients refresh their views (``ChangeListener``).
"""

from __future__ import annotations

import select as _select
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Connection, Engine, MetaData, String, Table, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

from .errors import ForeignDatabase, NewerPlan, NotAPlan, PlanFileError

if TYPE_CHECKING:
    import psycopg

    from .store import PlanStore

SCHEMES = ("postgresql:", "postgres:", "postgresql+psycopg:")
APPLICATION = "cmplanner"
CHANNEL = "cmplanner_changes"
CONNECT_TIMEOUT = 5  # seconds before an unreachable server is reported

MARKS = MetaData()
plan_mark = Table("cmplanner_plan", MARKS,
                  Column("key", String(32), primary_key=True),
                  Column("value", String(200), nullable=False))

# Which part of the plan a table belongs to (the names the store's listeners hear).
TABLE_KINDS = {
    "posts": "posts", "post_networks": "posts", "post_variants": "posts", "approvals": "posts",
    "series": "series", "series_networks": "series", "series_exceptions": "series",
    "events": "events", "event_organisers": "events", "promotion_steps": "events",
    "people": "people", "sites": "sites", "pillars": "pillars", "audiences": "audiences",
    "networks": "networks", "content_requests": "requests", "plan_settings": "settings",
    "charter_pillars": "settings", "charter_networks": "settings", "crisis_approvers": "settings",
    "media": "media", "consents": "consents",
}


class ServerUnavailable(PlanFileError):
    """The server cannot be reached (down, wrong address, network); nothing was changed."""


class PasswordNeeded(PlanFileError):
    """The server asks for a password that libpq could not find (.pgpass, service file)."""


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and target.lower().startswith(SCHEMES)


def engine_url(url: str, password: str | None = None) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise NotAPlan(f"“{url}” is not a server address ({exc}).", url) from exc
    parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.set(password=password) if password else parsed


def shown(url: str) -> str:
    """The address as users see it: no driver name, no password."""
    try:
        return make_url(url).set(drivername="postgresql").render_as_string(hide_password=True)
    except ArgumentError:
        return url


def new_client_id() -> str:
    return uuid.uuid4().hex[:12]


def make_engine(url: str, password: str | None = None, read_only: bool = False,
                client: str = "") -> Engine:
    options = "-c default_transaction_read_only=on" if read_only else ""
    engine = create_engine(
        engine_url(url, password), pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "cmplanner",
                      **({"options": options} if options else {})})
    if client:
        @event.listens_for(engine, "connect")
        def _who(dbapi_connection: psycopg.Connection[Any], _record: ConnectionPoolEntry) -> None:  # read by the notify trigger
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SELECT set_config('cmplanner.client', %s, false)", (client,))
            dbapi_connection.commit()
    return engine


def explain(exc: Exception, url: str) -> PlanFileError:
    """A connection failure in the user's words."""
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    where = shown(url)
    if "password" in detail.lower() and ("no password" in detail.lower()
                                         or "authentication failed" in detail.lower()):
        return PasswordNeeded(f"The server of {where} asks for a password ({detail}).", url)
    return ServerUnavailable(f"The team plan {where} cannot be reached ({detail}). Check the "
                             "address and the network, or ask whoever runs the server.", url)


def read_mark(connection: Connection) -> dict[str, str]:
    rows = connection.execute(plan_mark.select()).all()
    return {row.key: row.value for row in rows}


def write_mark(connection: Connection, version: int) -> None:
    from sqlalchemy.dialects.postgresql import insert

    MARKS.create_all(connection)
    for key, value in (("application", APPLICATION), ("schema_version", str(int(version)))):
        statement = insert(plan_mark).values(key=key, value=value)
        connection.execute(statement.on_conflict_do_update(index_elements=["key"],
                                                           set_={"value": value}))


NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION cmplanner_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || '|' ||
                    coalesce(current_setting('cmplanner.client', true), '') || '|' ||
                    coalesce(current_setting('cmplanner.author', true), ''));
  RETURN NULL;
END $$
"""


def install_triggers(connection: Connection) -> None:
    """An AFTER statement trigger on every table of the plan: colleagues hear of each commit."""
    connection.exec_driver_sql(NOTIFY_FUNCTION)
    for table in TABLE_KINDS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS cmplanner_notify ON {table}")
        connection.exec_driver_sql(
            f"CREATE TRIGGER cmplanner_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION cmplanner_notify()")


def reset_sequences(connection: Connection) -> None:
    """After rows were written with their ids (a published plan), new rows continue above them."""
    from .schema import metadata

    for table in metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        column = connection.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"),
                                    {"t": table.name}).scalar()
        if column:
            connection.execute(text(f"SELECT setval('{column}', coalesce(max(id), 0) + 1, false) "
                                    f"FROM {table.name}"))


def open_server_engine(url: str, create: bool = True, read_only: bool = False,
                       password: str | None = None, client: str = "") -> tuple[Engine, bool]:
    """An engine on a checked, current team plan; also whether the plan was created now."""
    from .database import SCHEMA_VERSION

    engine = make_engine(url, password, read_only, client)
    try:
        try:
            with engine.connect() as conn:
                names = set(inspect(conn).get_table_names())
                mark = read_mark(conn) if plan_mark.name in names else {}
        except OperationalError as exc:
            raise explain(exc, url) from exc
        where = shown(url)
        created = False
        if not mark:
            if names - {plan_mark.name}:
                raise ForeignDatabase(f"{where} holds the tables of another application, not "
                                      "a cmplanner plan.", url)
            if not create or read_only:
                raise NotAPlan(f"{where} holds no plan.", url)
            from .migrate import create_schema_on

            create_schema_on(engine)
            created = True
        elif mark.get("application") != APPLICATION:
            raise ForeignDatabase(f"{where} belongs to another application.", url)
        else:
            version = int(mark.get("schema_version", "0"))
            if version > SCHEMA_VERSION:
                raise NewerPlan(f"{where} was written by a newer version of cmplanner (plan "
                                f"format {version}, this version reads up to {SCHEMA_VERSION}). "
                                "Update cmplanner to open it.", url)
            if version < SCHEMA_VERSION:
                if read_only:
                    raise NewerPlan(f"{where} must be upgraded before it can be opened "
                                    "read-only.", url)
                from .migrate import upgrade_on

                upgrade_on(engine)  # backups of a server are pg_dump's business
    except BaseException:
        engine.dispose()
        raise
    return engine, created


@dataclass(frozen=True)
class RemoteChange:
    kind: str  # the store's name for what changed ("posts", "people"...)
    client: str  # the client that wrote it
    author: str  # the person named by that client


class ChangeListener:
    """A connection that LISTENs for the plan's change notifications. ``fileno()`` can be
    watched (a QSocketNotifier); ``poll()`` returns what arrived, without waiting."""

    def __init__(self, url: str, password: str | None = None) -> None:
        import psycopg

        conninfo = engine_url(url, password).set(drivername="postgresql").render_as_string(
            hide_password=False)
        self.connection = psycopg.connect(conninfo, autocommit=True,
                                          connect_timeout=CONNECT_TIMEOUT,
                                          application_name="cmplanner-listen")
        self.connection.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return self.connection.fileno()

    def poll(self) -> list[RemoteChange]:
        found: list[RemoteChange] = []
        for note in self.connection.notifies(timeout=0):
            table, _, rest = note.payload.partition("|")
            client, _, author = rest.partition("|")
            kind = TABLE_KINDS.get(table)
            if kind is not None:
                found.append(RemoteChange(kind, client, author))
        return found

    def wait(self, timeout: float) -> list[RemoteChange]:
        """What arrives within ``timeout`` seconds (for tests and command-line tools)."""
        _select.select([self.connection.fileno()], [], [], timeout)
        return self.poll()

    def close(self) -> None:
        self.connection.close()


@dataclass(frozen=True)
class ChangedItem:
    kind: str  # "posts", "series", "events"
    id: int
    title: str
    author: str
    at: datetime | None


def recent_changes(store: PlanStore, kind: str, since: datetime | None = None,
                   limit: int = 50) -> list[ChangedItem]:
    """The posts, series or events of ``kind`` changed after ``since`` (the last one only when
    ``since`` is None), latest first: which items a colleague's notification was about, for the
    "changed by" marks. Empty for other kinds."""
    from sqlalchemy import select

    from .schema import events, posts, series

    columns = {"posts": (posts.c.id, posts.c.title, posts.c.updated_by, posts.c.updated_at),
               "series": (series.c.id, series.c.name, series.c.updated_by, series.c.updated_at),
               "events": (events.c.id, events.c.title, events.c.updated_by, events.c.updated_at)
               }.get(kind)
    if columns is None:
        return []
    updated_at = columns[3]
    query = (select(*columns).where(updated_at.is_not(None))
             .order_by(updated_at.desc()).limit(1 if since is None else limit))
    if since is not None:
        query = query.where(updated_at > since)
    with store.session() as session:
        rows = session.execute(query).all()
    return [ChangedItem(kind, row[0], row[1], row[2] or "", row[3]) for row in rows]
