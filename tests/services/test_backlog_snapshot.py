"""The team backlog snapshot: window, to-do list, approvers, requests, events, who does what."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from cmplanner.domain.entities import ContentRequest, Person, Post
from cmplanner.domain.enums import PostStatus, RequestStatus, Role
from cmplanner.domain.errors import DomainError
from cmplanner.services.backlog import OCCURRENCE, build_snapshot
from tests.conftest import DEMO_TODAY
from tests.interop.hostile import PARIS, SECRET, add_hostile_content, now_for

NOW = now_for(DEMO_TODAY)


def people_by_name(snapshot):
    return {p.name: p.id for p in snapshot.people}


@pytest.mark.parametrize("weeks", [4, 6, 8])
def test_calendar_covers_exactly_the_requested_weeks(demo_store, weeks):
    snapshot = build_snapshot(demo_store, weeks, NOW)
    assert snapshot.start == DEMO_TODAY
    assert snapshot.end == DEMO_TODAY + timedelta(weeks=weeks)
    assert len(snapshot.days) == 7 * weeks
    assert snapshot.calendar
    assert all(snapshot.start <= e.start.date() < snapshot.end for e in snapshot.calendar)
    assert [e.start for e in snapshot.calendar] == sorted(e.start for e in snapshot.calendar)
    assert all(e.start.tzinfo is not None and e.start.utcoffset() == e.start.astimezone(PARIS).utcoffset()
               for e in snapshot.calendar)


def test_longer_window_shows_more_and_refuses_out_of_range(demo_store):
    assert len(build_snapshot(demo_store, 8, NOW).calendar) > len(build_snapshot(demo_store, 4, NOW).calendar)
    for weeks in (3, 9, 0):
        with pytest.raises(DomainError, match="4 to 8 weeks"):
            build_snapshot(demo_store, weeks, NOW)


def test_calendar_holds_series_occurrences_and_leaves_cancelled_posts_out(demo_store):
    snapshot = build_snapshot(demo_store, 6, NOW)
    virtual = [e for e in snapshot.calendar if e.virtual]
    assert {e.series_name for e in virtual} >= {"Portrait du lundi", "Tuto du jeudi"}
    assert all(e.status == OCCURRENCE for e in virtual)
    assert not any(e.status == PostStatus.CANCELLED.value for e in snapshot.calendar)
    assert "Annonce du nouveau site de Saumur" not in {e.title for e in snapshot.calendar}


def test_backlog_lists_posts_to_validate_then_drafts_then_ideas(demo_store):
    snapshot = build_snapshot(demo_store, 6, NOW)
    statuses = [e.status for e in snapshot.backlog]
    order = ["to_validate", "draft", "idea"]
    assert sorted(statuses, key=order.index) == statuses
    assert set(statuses) == set(order)
    stored = demo_store.posts.with_status(PostStatus.IDEA, PostStatus.DRAFT, PostStatus.TO_VALIDATE)
    assert len(snapshot.backlog) == len(stored)
    assert any(e.start is None for e in snapshot.backlog)  # undated ideas are in the backlog


def test_waiting_for_names_who_must_still_approve_and_since_when(demo_store):
    snapshot = build_snapshot(demo_store, 6, NOW)
    ids = people_by_name(snapshot)
    reply = next(e for e in snapshot.backlog if e.title.startswith("Réponse à l'avis négatif"))
    # Sensitive: the exceptional circuit (Philippe and Sophie); Sophie already approved.
    assert reply.waiting_for_ids == (ids["Philippe Morel"],)
    assert (reply.approvals_given, reply.approvals_needed) == (1, 2)
    assert reply.waiting_since == datetime(2026, 3, 16, 9, 15, tzinfo=PARIS)
    assert reply.people_ids == (ids["Camille Lefèvre"], ids["Philippe Morel"])


def test_an_ordinary_post_waits_for_approvers_and_managers_but_not_its_owner(store):
    owner = store.people.save(Person("Owner", roles={Role.APPROVER}))
    boss = store.people.save(Person("Boss", roles={Role.MANAGEMENT}))
    approver = store.people.save(Person("Approver", roles={Role.APPROVER}))
    store.people.save(Person("Employee", roles={Role.EMPLOYEE}))
    post = store.posts.save(Post("À valider", status=PostStatus.TO_VALIDATE, validation_round=1,
                                 owner_id=owner.id, planned_at=NOW + timedelta(days=3)))
    snapshot = build_snapshot(store, 4, NOW)
    entry = next(e for e in snapshot.backlog if e.key == f"p{post.id}")
    assert set(entry.waiting_for_ids) == {boss.id, approver.id}
    assert post.updated_at is not None
    assert entry.waiting_since == post.updated_at.astimezone(PARIS)
    duties = {(d.person_id, d.role) for d in snapshot.duties if d.ref == entry.key}
    assert duties == {(owner.id, "owner"), (boss.id, "approver"), (approver.id, "approver")}


def test_requests_open_ones_by_due_date_with_overdue_marked(demo_store):
    snapshot = build_snapshot(demo_store, 6, NOW)
    topics = [r.topic for r in snapshot.requests]
    assert "Article de Ouest-France sur la restauration" not in topics  # done
    assert [r.due for r in snapshot.requests] == sorted(r.due for r in snapshot.requests)
    overdue = {r.topic for r in snapshot.requests if r.overdue}
    assert overdue == {"Vitrine de Noël du showroom de Saumur", "Nouvelle machine à commande numérique"}


def test_a_request_due_today_is_not_overdue_and_a_declined_one_is_left_out(store):
    store.requests.save(ContentRequest("Aujourd'hui", due=DEMO_TODAY))
    store.requests.save(ContentRequest("Hier", due=DEMO_TODAY - timedelta(days=1)))
    store.requests.save(ContentRequest("Refusée", due=DEMO_TODAY - timedelta(days=1),
                                       status=RequestStatus.DECLINED))
    store.requests.save(ContentRequest("Sans date"))
    snapshot = build_snapshot(store, 4, NOW)
    assert [(r.topic, r.overdue) for r in snapshot.requests] == [
        ("Hier", True), ("Aujourd'hui", False), ("Sans date", False)]


def test_upcoming_events_come_with_their_promotion_posts(demo_store):
    snapshot = build_snapshot(demo_store, 6, NOW)
    titles = [e.title for e in snapshot.events]
    assert titles[:2] == ["Midi numérique : bien utiliser LinkedIn", "Portes ouvertes de l'atelier de Cholet"]
    # The awards are after the 6 weeks, but their announcement (J-14) falls inside them.
    assert "Trophées de l'entreprise responsable des Pays de la Loire" in titles
    assert "Trophées de l'entreprise responsable des Pays de la Loire" not in \
        [e.title for e in build_snapshot(demo_store, 4, NOW).events]
    open_day = snapshot.events[1]
    assert len(open_day.promotion) == 5
    assert all(p.event_id == open_day.id for p in open_day.promotion)
    assert [p.start for p in open_day.promotion] == sorted(p.start for p in open_day.promotion)


def test_who_does_what_lists_each_persons_part(demo_store):
    snapshot = build_snapshot(demo_store, 6, NOW)
    ids = people_by_name(snapshot)
    by_person: dict[int, set[tuple[str, str]]] = {}
    for d in snapshot.duties:
        by_person.setdefault(d.person_id, set()).add((d.role, d.title))
    camille = by_person[ids["Camille Lefèvre"]]
    assert ("assignee", "Résultats du challenge vélo-boulot") in camille
    assert ("organiser", "Portes ouvertes de l'atelier de Cholet") in camille
    assert ("approver", "Réponse à l'avis négatif sur le délai de livraison") in by_person[ids["Philippe Morel"]]
    assert ("requester", "Résultats du challenge vélo-boulot") in by_person[ids["Nadia Haddad"]]
    assert ids["Hugo Fontaine"] not in by_person  # nothing to do, no empty group
    # Grouped by person in the plan's order, dated duties first within a person.
    order = [d.person_id for d in snapshot.duties]
    assert order == sorted(order, key=[p.id for p in snapshot.people].index)


def test_private_notes_never_enter_the_snapshot(demo_store):
    add_hostile_content(demo_store, DEMO_TODAY)
    snapshot = build_snapshot(demo_store, 8, NOW)
    text = repr(snapshot)
    assert SECRET not in text
    for post in demo_store.posts.all():
        if post.private_notes:
            assert post.private_notes not in text
    assert "@ateliers-morel.fr" not in text  # e-mail addresses stay home too
    assert "OK pour moi." not in text and "Ton juste." not in text  # approval comments


@pytest.mark.sqlite_only
def test_settings_of_the_plan_travel_with_the_snapshot(demo_store):
    demo_store.save_settings(replace(demo_store.settings(), language="en"))
    snapshot = build_snapshot(demo_store, 6, NOW)
    assert snapshot.language == "en"
    assert snapshot.plan_name == "Ateliers Morel — plan éditorial"
    assert snapshot.plan_file == "plan.cmplan"
    assert snapshot.generated_at == NOW
    assert snapshot.today == date(2026, 3, 16)
