"""Team plans on PostgreSQL: the plan mark, migrations, refusals, and lengths on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from cmplanner.domain.entities import Person, Pillar, Post
from cmplanner.domain.errors import DomainError
from cmplanner.storage.database import SCHEMA_VERSION
from cmplanner.storage.errors import ForeignDatabase, NewerPlan, NotAPlan
from cmplanner.storage.server import (
    ServerUnavailable, engine_url, is_server_url, read_mark, shown,
)
from cmplanner.storage.store import PlanStore


def test_a_300_character_name_is_refused_before_the_database(store):
    """The use cases check the database's text sizes first: the same message on SQLite (which
    would store anything) and on PostgreSQL (which would fail with a raw error)."""
    from cmplanner.domain.errors import Message
    from cmplanner.services.changes import commit, save

    with pytest.raises(DomainError) as refused:
        commit(store, Message("test"), [save("pillars", None, Pillar("P" * 300))])
    assert str(refused.value) == "The name is too long: 300 characters, at most 200."
    with pytest.raises(DomainError, match="e-mail address is too long"):
        commit(store, Message("test"),
               [save("people", None, Person("Camille", email="c" * 320 + "@example.org"))])
    assert store.pillars.all() == [] and store.people.all() == []
    stored = commit(store, Message("test"), [save("pillars", None, Pillar("P" * 200))])
    assert stored.created("pillars")[0].name == "P" * 200  # the limit itself is stored


def test_long_texts_without_a_limit_are_stored_whole(store):
    title = "Un titre très long " * 100
    saved = store.posts.save(Post(title, text="x" * 100_000))
    assert store.posts.get(saved.id).title == title


def test_addresses_are_recognised_and_shown_without_password():
    assert is_server_url("postgresql://camille@db.example.org/plan?sslmode=require")
    assert is_server_url("postgres://db/plan") and not is_server_url("/home/c/plan.cmplan")
    assert shown("postgresql://camille:secret@db/plan?sslmode=require") == \
        "postgresql://camille:***@db/plan?sslmode=require"
    url = engine_url("postgresql://camille@db/plan?sslmode=verify-full")
    assert url.drivername == "postgresql+psycopg" and url.query["sslmode"] == "verify-full"


@pytest.mark.postgresql
def test_a_team_plan_carries_the_application_mark_and_format(pg_url):
    PlanStore.open(pg_url).close()
    engine = create_engine(engine_url(pg_url))
    with engine.connect() as conn:
        assert read_mark(conn) == {"application": "cmplanner", "schema_version": str(SCHEMA_VERSION)}
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            f"{SCHEMA_VERSION:04d}"
    engine.dispose()


@pytest.mark.postgresql
def test_models_match_the_schema_on_the_server(pg_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from cmplanner.storage.schema import metadata

    def built_on_a_server(obj, _name, _type, _reflected, _compare_to) -> bool:
        only = getattr(obj, "_ddl_if", None)  # Index(...).ddl_if(dialect="sqlite"): files only
        return only is None or only.dialect in (None, "postgresql")

    PlanStore.open(pg_url).close()
    engine = create_engine(engine_url(pg_url))
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": built_on_a_server})
        diff = compare_metadata(context, metadata)
    engine.dispose()
    assert [d for d in diff if d[0] != "remove_table"] == []  # cmplanner_plan is the server's own


@pytest.mark.postgresql
def test_an_older_team_plan_is_upgraded_by_the_migrations(pg_url):
    """A plan of format 1 on a server walks through the revisions like a file does. The format-1
    schema is the one of the v1 fixture: every table and column it lacks is dropped first."""
    import sqlite3
    from pathlib import Path

    from sqlalchemy import inspect

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "plans" / "v1.cmplan"
    old = sqlite3.connect(f"{fixture.as_uri()}?mode=ro", uri=True)
    format_1 = {name: {row[1] for row in old.execute(f"PRAGMA table_info({name})")}
                for (name,) in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    indexes_1 = {name for (name,) in old.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    old.close()
    PlanStore.open(pg_url).close()
    engine = create_engine(engine_url(pg_url))
    with engine.begin() as conn:
        schema = inspect(conn)
        for table in schema.get_table_names():
            if table in ("alembic_version", "cmplanner_plan"):
                continue
            if table not in format_1:
                conn.execute(text(f'DROP TABLE "{table}" CASCADE'))
                continue
            for index in schema.get_indexes(table):
                if index["name"].startswith("ix_") and index["name"] not in indexes_1:
                    conn.execute(text(f'DROP INDEX IF EXISTS "{index["name"]}"'))
            for column in schema.get_columns(table):
                if column["name"] not in format_1[table]:
                    conn.execute(text(f'ALTER TABLE "{table}" DROP COLUMN "{column["name"]}" CASCADE'))
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        conn.execute(text("UPDATE cmplanner_plan SET value = '1' WHERE key = 'schema_version'"))
    store = PlanStore.open(pg_url)
    store.author = "Camille"
    saved = store.posts.save(Post("Après la mise à niveau"))
    assert store.posts.get(saved.id).updated_by == "Camille"
    store.close()
    with engine.connect() as conn:
        assert read_mark(conn)["schema_version"] == str(SCHEMA_VERSION)
    engine.dispose()


@pytest.mark.postgresql
def test_foreign_newer_and_missing_plans_are_refused_untouched(pg_cluster):
    foreign = pg_cluster.new_database()
    engine = create_engine(engine_url(foreign))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer primary key)"))
    with pytest.raises(ForeignDatabase, match="another application"):
        PlanStore.open(foreign)
    with pytest.raises(NotAPlan, match="holds no plan"):
        PlanStore.open(pg_cluster.new_database(), create=False)
    newer = pg_cluster.new_database()
    PlanStore.open(newer).close()
    newer_engine = create_engine(engine_url(newer))
    with newer_engine.begin() as conn:
        conn.execute(text("UPDATE cmplanner_plan SET value = '99' WHERE key = 'schema_version'"))
    with pytest.raises(NewerPlan, match="newer version"):
        PlanStore.open(newer)
    with engine.connect() as conn:  # the foreign database was not touched
        assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 1
    engine.dispose()
    newer_engine.dispose()


def test_an_unreachable_server_is_reported_in_words(tmp_path):
    url = f"postgresql://nobody@/plan?host={tmp_path}"  # no server listens there
    with pytest.raises(ServerUnavailable, match="cannot be reached"):
        PlanStore.open(url)


@pytest.mark.postgresql
def test_each_change_names_its_author(pg_url):
    store = PlanStore.open(pg_url)
    store.author = "Camille"
    post = store.posts.save(Post("Annonce"))
    assert store.posts.get(post.id).updated_by == "Camille"
    store.author = "Dominique"
    store.posts.save(post)
    assert store.posts.get(post.id).updated_by == "Dominique"
    store.close()
