"""The dashboard's and review pack's figures on a small hand-built plan with known answers, on
a plan file and on a team plan (the figures' queries are plain SQL on the driver's cursor)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from cmplanner.domain.entities import (
    Approval, ContentRequest, Network, Person, Pillar, Post, Series,
)
from cmplanner.domain.enums import Decision, NetworkKind, PostKind, PostStatus, RequestStatus, Role
from cmplanner.domain.period import Period, parse_period
from cmplanner.services.review import ReviewFilter, review_figures

PARIS = ZoneInfo("Europe/Paris")
S = PostStatus


def at(*args) -> datetime:
    return datetime(*args, tzinfo=PARIS)


@pytest.fixture
def plan(store):  # a plan file, then a team plan (tests/conftest.py)
    cm = store.people.save(Person("Camille", roles={Role.COMMUNITY_MANAGER}))
    boss = store.people.save(Person("Philippe", roles={Role.MANAGEMENT}))
    ref = store.people.save(Person("Élodie", roles={Role.WEB_REFERENT}))
    li = store.networks.save(Network(NetworkKind.LINKEDIN, "LinkedIn", cadence="2 per week"))
    fb = store.networks.save(Network(NetworkKind.FACEBOOK, "Facebook"))
    metier = store.pillars.save(Pillar("Métier", target_share=60))
    rse = store.pillars.save(Pillar("RSE", target_share=40))
    posts = [
        # Week of 28 Dec 2026 (crosses the year): two on LinkedIn, one published with results.
        Post("Bilan", network_ids=[li.id], pillar_id=metier.id, status=S.PUBLISHED,
             planned_at=at(2026, 12, 31, 9), owner_id=cm.id, reach=1000, reactions=50,
             comments=5, shares=2,
             approvals=[Approval(boss.id, at(2026, 12, 30, 10), Decision.APPROVE, "ok", 1)],
             validation_round=1),
        Post("Voeux", network_ids=[li.id, fb.id], pillar_id=rse.id, status=S.SCHEDULED,
             planned_at=at(2027, 1, 1, 0, 0), owner_id=cm.id),
        Post("Annulé", network_ids=[li.id], pillar_id=rse.id, status=S.CANCELLED,
             planned_at=at(2027, 1, 2, 9), owner_id=cm.id),
        # Week of 4 Jan 2027.
        Post("Crise", network_ids=[fb.id], pillar_id=metier.id, status=S.PUBLISHED,
             kind=PostKind.CRISIS, planned_at=at(2027, 1, 5, 9), owner_id=cm.id, reach=300),
        Post("En attente", network_ids=[fb.id], pillar_id=metier.id, status=S.TO_VALIDATE,
             planned_at=at(2027, 1, 6, 9), owner_id=cm.id, validation_round=1,
             submitted_at=at(2027, 1, 4, 9)),
        # Outside the period.
        Post("Plus tard", network_ids=[li.id], pillar_id=metier.id, status=S.PUBLISHED,
             planned_at=at(2027, 1, 11, 0, 0), reach=99999),
    ]
    for post in posts:
        store.posts.save(post)
    store.series.save(Series("Mardi", "FREQ=WEEKLY;BYDAY=TU;COUNT=2", at(2026, 12, 29, 12),
                             network_ids=[li.id], pillar_id=metier.id, owner_id=cm.id,
                             title_template="Mardi"))
    store.requests.save(ContentRequest("Portes ouvertes", requester_id=ref.id, due=date(2027, 1, 3),
                                       created_on=date(2026, 12, 29)))
    store.requests.save(ContentRequest("Stage", requester_id=ref.id, status=RequestStatus.DONE,
                                       created_on=date(2027, 1, 4)))
    store.requests.save(ContentRequest("Hors période", requester_id=ref.id,
                                       created_on=date(2026, 12, 1)))
    return store, {"li": li.id, "fb": fb.id, "metier": metier.id, "rse": rse.id, "cm": cm.id}


PERIOD = Period(date(2026, 12, 28), date(2027, 1, 11))


def test_planned_published_against_cadence_per_network_and_week(plan):
    store, ids = plan
    figures = review_figures(store, PERIOD, date(2027, 1, 8), now=at(2027, 1, 8, 12))
    table = {(r.name, r.week): (r.planned, r.published, r.expected) for r in figures.network_weeks}
    assert table == {
        ("LinkedIn", date(2026, 12, 28)): (3, 1, 2.0),  # Bilan, Voeux, Tuesday occurrence
        ("LinkedIn", date(2027, 1, 4)): (1, 0, 2.0),  # second occurrence
        ("Facebook", date(2026, 12, 28)): (1, 0, None),
        ("Facebook", date(2027, 1, 4)): (2, 1, None),
    }
    assert (figures.planned, figures.published) == (7, 2)
    assert figures.cadence_kept() == [("LinkedIn", 4, 4.0), ("Facebook", 3, None)]


def test_mix_funnel_waiting_coverage_results_requests(plan):
    store, ids = plan
    figures = review_figures(store, PERIOD, date(2027, 1, 8), now=at(2027, 1, 8, 12))
    assert [(r.name, r.count, r.target) for r in figures.pillar_mix] == [
        ("Métier", 3, 0.6), ("RSE", 1, 0.4)]
    assert dict(figures.funnel)[S.PUBLISHED] == 2 and dict(figures.funnel)[S.TO_VALIDATE] == 1
    assert figures.cancelled == 1
    [waiting] = figures.waiting
    assert (waiting.title, waiting.age_days, waiting.waiting_for) == ("En attente", 4, ("Philippe",))
    # Going out: Bilan, Voeux (covered: the charter covers every pillar and network), Crise (not).
    assert (figures.coverage.covered, figures.coverage.total) == (2, 3)
    by_network = {r.name: (r.posts, r.reach, r.reactions) for r in figures.results_by_network}
    assert by_network == {"LinkedIn": (1, 1000, 50), "Facebook": (1, 300, 0)}
    assert [(r.name, r.received, r.answered, r.overdue) for r in figures.requests] == [
        ("Élodie", 2, 1, 1)]
    assert [(a.person, a.decision) for a in figures.approvals] == [("Philippe", Decision.APPROVE)]
    assert [p.title for p in figures.crisis_posts] == ["Crise"]


def test_filters_and_workload(plan):
    store, ids = plan
    figures = review_figures(store, PERIOD, date(2027, 1, 8), ReviewFilter(network_id=ids["fb"]))
    assert {r.name for r in figures.network_weeks} == {"Facebook"}
    assert [r.name for r in figures.results_by_network] == ["Facebook"]
    whole = review_figures(store, PERIOD, date(2027, 1, 8))
    # Camille: LinkedIn 30, LinkedIn+Facebook 50, LinkedIn occurrence 30 in the first week.
    first = next(r for r in whole.workload if r.week == date(2026, 12, 28))
    assert (first.person_id, first.minutes) == (ids["cm"], 30 + 50 + 30)


def test_review_of_a_month_names_itself():
    assert parse_period("2026-12").label == "2026-12"
