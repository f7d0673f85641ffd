"""Storage round trips, transactions, and change notices."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timezone

import pytest

from cmplanner.domain import recurrence
from cmplanner.domain.entities import (
    Approval, Charter, ContentRequest, CrisisCircuit, EditorialLine, Event, Network, Person,
    Pillar, PlanSettings, Post, PromotionStep, Series,
)
from cmplanner.domain.enums import Decision, EventKind, NetworkKind, PostKind, PostStatus, Role
from cmplanner.domain.errors import DomainError, InvalidRecurrence
from cmplanner.domain.errors import Message
from cmplanner.services.changes import commit, save
from cmplanner.storage.database import APPLICATION_ID, SCHEMA_VERSION

from ..domain.helpers import PARIS, paris


def seed(store):
    net = store.networks.save(Network(NetworkKind.LINKEDIN, "LinkedIn", "@acme", "3 per week"))
    pillar = store.pillars.save(Pillar("Savoir-faire", "#b5651d", "Gestes", 30))
    person = store.people.save(Person("Camille", "c@x.fr", {Role.COMMUNITY_MANAGER, Role.APPROVER}))
    return net, pillar, person


@pytest.mark.sqlite_only
def test_new_file_is_marked_and_versioned(store, plan_path):
    conn = sqlite3.connect(plan_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == f"{SCHEMA_VERSION:04d}"
    conn.close()


@pytest.mark.sqlite_only
def test_pragmas_are_set_on_every_connection(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_post_round_trip_keeps_every_field(store):
    net, pillar, person = seed(store)
    post = Post(
        title="Portrait 🎉 d'Élodie", text="Texte ; avec, virgules\net lignes",
        network_ids=[net.id], pillar_id=pillar.id, status=PostStatus.TO_VALIDATE,
        kind=PostKind.CRISIS, planned_at=paris(2026, 3, 29, 9), content_due=date(2026, 3, 25),
        owner_id=person.id, media_needed="2 photos", public_notes="public", private_notes="privé",
        sensitive=True, published_url="https://x", reach=10, reactions=2, comments=1, shares=0,
        variants={net.id: "Version LinkedIn"}, validation_round=1,
        approvals=[Approval(person.id, datetime(2026, 3, 20, 8, tzinfo=timezone.utc), Decision.APPROVE, "ok", 1)])
    saved = store.posts.save(post)
    loaded = store.posts.get(saved.id)
    assert loaded is not None
    for name in ("title", "text", "network_ids", "pillar_id", "status", "kind", "content_due",
                 "owner_id", "media_needed", "public_notes", "private_notes", "sensitive",
                 "published_url", "reach", "reactions", "comments", "shares", "variants",
                 "approvals", "validation_round", "uid"):
        assert getattr(loaded, name) == getattr(saved, name), name
    assert loaded.planned_at == paris(2026, 3, 29, 9)
    assert loaded.planned_at.astimezone(PARIS).hour == 9  # after the DST change, still 09:00


@pytest.mark.sqlite_only
def test_datetimes_are_stored_as_utc_instant_plus_zone(store, plan_path):
    store.posts.save(Post("x", planned_at=paris(2026, 7, 1, 9)))
    conn = sqlite3.connect(plan_path)
    assert conn.execute("SELECT planned_at, planned_tz FROM posts").fetchone() == (
        "2026-07-01 07:00:00.000000", "Europe/Paris")
    conn.close()


def test_saving_again_bumps_revision_and_updates(store):
    saved = store.posts.save(Post("x"))
    assert saved.revision == 0
    again = store.posts.save(saved)
    assert again.revision == 1 and again.id == saved.id and store.posts.count() == 1


@pytest.mark.sqlite_only
def test_range_query_uses_the_index(store):
    plan = store.engine.raw_connection()
    rows = plan.execute("EXPLAIN QUERY PLAN SELECT * FROM posts WHERE planned_at >= '2026' "
                        "AND planned_at < '2027'").fetchall()
    plan.close()
    assert any("ix_posts_planned_at" in str(r) for r in rows)


def test_in_range_and_undated(store):
    for day in (1, 15, 31):
        store.posts.save(Post(f"d{day}", planned_at=paris(2026, 3, day, 9)))
    store.posts.save(Post("idea"))
    found = store.posts.in_range(paris(2026, 3, 2), paris(2026, 3, 31))
    assert [p.title for p in found] == ["d15"]
    assert [p.title for p in store.posts.undated()] == ["idea"]


def test_invalid_post_is_not_stored(store):
    with pytest.raises(DomainError):
        commit(store, Message("test"), [save("posts", None, Post(" "))])
    assert store.posts.count() == 0


def test_series_round_trip_with_exceptions(store):
    net, pillar, _ = seed(store)
    series = Series("Tuto", "FREQ=WEEKLY;BYDAY=TH", paris(2026, 1, 1, 12, 30), "Europe/Paris",
                    pillar.id, [net.id], "Tuto {date}")
    series = recurrence.skip(series, paris(2026, 1, 8, 12, 30))
    series = recurrence.move(series, paris(2026, 1, 15, 12, 30), paris(2026, 1, 16, 12, 30))
    saved = store.series.save(series)
    loaded = store.series.get(saved.id)
    assert loaded.exceptions == saved.exceptions and loaded.network_ids == [net.id]
    assert loaded.start == paris(2026, 1, 1, 12, 30)


def test_invalid_series_is_not_stored(store):
    with pytest.raises(InvalidRecurrence):
        commit(store, Message("test"),
               [save("series", None, Series("Bad", "FREQ=WEEKLY;BYDAY=ZZ", paris(2026, 1, 1, 9)))])
    assert store.series.all() == []


def test_event_round_trip_with_promotion_plan(store):
    net, _, person = seed(store)
    event = Event("Midi numérique", EventKind.DIGITAL_LUNCH, paris(2026, 4, 2, 12), paris(2026, 4, 2, 14),
                  organiser_ids=[person.id], promotion=[PromotionStep(-1, time(9, 0), "last_call", [net.id])])
    saved = store.events.save(event)
    loaded = store.events.get(saved.id)
    assert loaded.promotion == event.promotion and loaded.organiser_ids == [person.id]
    assert [e.title for e in store.events.overlapping(paris(2026, 4, 2, 13), paris(2026, 4, 3))] == ["Midi numérique"]


def test_plan_wide_settings_round_trip(store):
    net, pillar, person = seed(store)
    store.save_settings(PlanSettings("Acme", "America/Montreal", "en", 15))
    store.save_editorial_line(EditorialLine("Objectifs", "3", person.id, date(2026, 1, 5)))
    store.save_charter(Charter("La charte", {pillar.id}, {net.id}, {PostKind.STANDARD}))
    store.save_crisis_circuit(CrisisCircuit([person.id], 1))
    assert store.settings() == PlanSettings("Acme", "America/Montreal", "en", 15)
    assert store.editorial_line() == EditorialLine("Objectifs", "3", person.id, date(2026, 1, 5))
    assert store.charter() == Charter("La charte", {pillar.id}, {net.id}, {PostKind.STANDARD})
    assert store.crisis_circuit() == CrisisCircuit([person.id], 1)
    with pytest.raises(DomainError, match="more approvals than it has approvers"):
        commit(store, Message("test"), [save("circuit", store.crisis_circuit(),
                                             CrisisCircuit([person.id], 2))])
    with pytest.raises(DomainError, match="named twice"):  # [a, a] is one approver, not two
        commit(store, Message("test"), [save("circuit", store.crisis_circuit(),
                                             CrisisCircuit([person.id, person.id], 2))])
    assert store.crisis_circuit() == CrisisCircuit([person.id], 1)


def test_deleting_a_network_removes_it_from_posts(store):
    net, _, _ = seed(store)
    post = store.posts.save(Post("x", network_ids=[net.id]))
    store.networks.delete(net.id)
    assert store.posts.get(post.id).network_ids == []


def test_transaction_is_all_or_nothing(store):
    with pytest.raises(DomainError):
        commit(store, Message("test"), [save("posts", None, Post("first")),
                                        save("posts", None, Post(""))])
    assert store.posts.count() == 0


def test_listeners_hear_what_changed_after_commit(store):
    heard: list[str] = []
    store.listeners.append(heard.append)
    store.posts.save(Post("x"))
    with store.transaction():
        store.pillars.save(Pillar("p"))
        store.posts.save(Post("y"))
        assert heard == ["posts"]  # nothing announced before the commit
    assert heard == ["posts", "pillars", "posts"]


def test_content_request_round_trip(store):
    _, _, person = seed(store)
    req = store.requests.save(ContentRequest("Départ en retraite", person.id, person.id, due=date(2026, 4, 1)))
    assert store.requests.get(req.id) == req


def test_read_only_store_refuses_writes(plan_path):
    from cmplanner.storage.store import PlanStore

    PlanStore.open(plan_path).close()
    store = PlanStore.open(plan_path, read_only=True)
    with pytest.raises(PermissionError):
        store.posts.save(Post("x"))
    store.close()


def test_a_series_with_exceptions_saves_again(store):
    """Saving a series whose exceptions are unchanged (then one more) keeps every exception."""
    from datetime import timedelta

    from cmplanner.domain.recurrence import move, occurrences, skip
    from cmplanner.domain.timezones import local_datetime

    start = local_datetime(date(2026, 3, 2), time(9, 0), "Europe/Paris")
    series = store.series.save(Series("Hebdo", "FREQ=WEEKLY;COUNT=6", start))
    occ = occurrences(series, start, start + timedelta(days=60))
    series = store.series.save(skip(series, occ[1].original_start))
    series = store.series.save(move(series, occ[2].original_start, occ[2].original_start + timedelta(days=1)))
    series = store.series.save(series)
    kinds = sorted(e.kind.value for e in store.series.get(series.id).exceptions)
    assert kinds == ["moved", "skipped"]


def test_titles_reads_only_the_posts_asked_for(store):
    kept = [store.posts.save(Post(f"Billet {n}")) for n in range(3)]
    titles = store.posts.titles([kept[0].id, kept[2].id, kept[2].id, 999_999])
    assert titles == {kept[0].id: "Billet 0", kept[2].id: "Billet 2"}  # unknown ids are left out
    assert store.posts.titles([]) == {}


def test_posts_of_several_events_at_once_match_one_by_one(demo_store):
    events = demo_store.events.all()
    grouped = demo_store.posts.for_events([e.id for e in events])
    assert grouped == {e.id: demo_store.posts.for_event(e.id) for e in events}
    assert any(grouped.values())
