"""Charter coverage, line mix, workload and periods on hand-built plans with known answers:
periods crossing a month, a year and a daylight-saving change (Paris, 29 March 2026 and
25 October 2026)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from cmplanner.domain import workflow
from cmplanner.domain.coverage import charter_coverage
from cmplanner.domain.entities import (
    CrisisCircuit, EditorialLine, Event, Network, Person, Pillar,
)
from cmplanner.domain.enums import EventKind, NetworkKind, PostKind, PostStatus, Role
from cmplanner.domain.errors import DomainError, TransitionRefused
from cmplanner.domain.line_mix import mix, pillar_targets, revise, shares_problem
from cmplanner.domain.period import Period, month, parse_period, quarter
from cmplanner.domain.workload import WorkloadSettings, over_capacity, weekly_load

from .helpers import BOSS, CHARTER, CM, HR, paris, post

S = PostStatus
ZONE = "Europe/Paris"
UTC = timezone.utc


# --- periods -------------------------------------------------------------------------------
def test_periods_parse_and_name_themselves():
    assert parse_period("2026-12") == Period(date(2026, 12, 1), date(2027, 1, 1))
    assert parse_period("2026-Q4") == Period(date(2026, 10, 1), date(2027, 1, 1))
    assert parse_period("2026-T1") == quarter(2026, 1)
    assert parse_period("2026-W50") == Period(date(2026, 12, 7), date(2026, 12, 14))
    assert [parse_period(t).label for t in ("2026-12", "2026-Q4", "2026-W50")] == [
        "2026-12", "2026-Q4", "2026-W50"]
    for bad in ("2026-13", "2026-Q5", "December", "", "2026-W54"):
        with pytest.raises(DomainError):
            parse_period(bad)


def test_month_bounds_are_local_midnights_across_dst():
    start, end = month(2026, 3).bounds(ZONE)
    assert start == datetime(2026, 2, 28, 23, 0, tzinfo=UTC)  # CET
    assert end == datetime(2026, 3, 31, 22, 0, tzinfo=UTC)  # CEST after the 29th
    # A post at 00:30 local on 1 April (22:30 UTC on 31 March) belongs to April.
    assert not month(2026, 3).contains(datetime(2026, 3, 31, 22, 30, tzinfo=UTC), ZONE)
    assert month(2026, 4).contains(datetime(2026, 3, 31, 22, 30, tzinfo=UTC), ZONE)


def test_weeks_of_a_period_crossing_a_year():
    weeks = Period(date(2026, 12, 28), date(2027, 1, 11)).weeks()
    assert weeks == [date(2026, 12, 28), date(2027, 1, 4)]
    assert month(2026, 12).weeks()[0] == date(2026, 11, 30)
    assert month(2026, 12).weeks()[-1] == date(2026, 12, 28)



def test_week_slots_give_each_instant_its_local_week_across_dst_and_month_ends():
    period = month(2026, 3)  # starts on a Sunday, crosses the spring change on the 29th
    slots = period.slots(ZONE)
    assert slots.mondays == tuple(period.weeks())
    # Sunday 29 March 23:59 CEST is 21:59 UTC, still that week; Monday 30 March 00:00 CEST
    # is 22:00 UTC on the 29th, the next week.
    assert slots.week(datetime(2026, 3, 29, 21, 59, tzinfo=UTC)) == date(2026, 3, 23)
    assert slots.week(datetime(2026, 3, 29, 22, 0, tzinfo=UTC)) == date(2026, 3, 30)
    # The first day is a Sunday: its week's Monday is in February.
    assert slots.week(datetime(2026, 2, 28, 23, 0, tzinfo=UTC)) == date(2026, 2, 23)
    # Outside the period (local midnights, not UTC ones): None.
    assert slots.week(datetime(2026, 2, 28, 22, 59, tzinfo=UTC)) is None
    assert slots.week(datetime(2026, 3, 31, 22, 30, tzinfo=UTC)) is None
    assert slots.week(None) is None
    # Every hour of the period lands where converting it to local time puts it.
    from cmplanner.domain.period import week_of

    moment = datetime(2026, 2, 28, 23, 0, tzinfo=UTC)
    while moment < datetime(2026, 3, 31, 22, 0, tzinfo=UTC):
        assert slots.week(moment) == week_of(moment, ZONE) and slots.contains(moment)
        moment += timedelta(minutes=30)

# --- charter coverage ----------------------------------------------------------------------
def test_coverage_counts_posts_going_out_in_the_period():
    period = Period(date(2026, 3, 25), date(2026, 4, 5))  # crosses a month and the DST change
    posts = [
        post(S.PUBLISHED, planned_at=paris(2026, 3, 25, 0, 0)),  # first minute: in, covered
        post(S.SCHEDULED, planned_at=paris(2026, 3, 29, 9)),  # DST day, covered
        post(S.APPROVED, planned_at=paris(2026, 4, 4, 23, 59), pillar_id=99),  # not covered
        post(S.SCHEDULED, planned_at=paris(2026, 4, 1, 9), kind=PostKind.CRISIS),  # not covered
        post(S.DRAFT, planned_at=paris(2026, 3, 30, 9)),  # not going out
        post(S.CANCELLED, planned_at=paris(2026, 3, 30, 9)),  # not going out
        post(S.PUBLISHED, planned_at=paris(2026, 4, 5, 0, 0)),  # after the period
        post(S.PUBLISHED, planned_at=paris(2026, 3, 24, 23, 59)),  # before
        post(S.PUBLISHED, planned_at=None),
    ]
    coverage = charter_coverage(posts, CHARTER, period, ZONE)
    assert (coverage.covered, coverage.total, coverage.validated) == (2, 4, 2)
    assert coverage.share == 0.5
    assert coverage.meets_target is False


def test_coverage_target_is_95_percent_and_empty_has_no_share():
    period = month(2026, 12)
    posts = [post(S.PUBLISHED, planned_at=paris(2026, 12, d, 9)) for d in range(1, 20)]
    posts.append(post(S.PUBLISHED, planned_at=paris(2026, 12, 31, 23, 30), pillar_id=99))
    coverage = charter_coverage(posts, CHARTER, period, ZONE)
    assert (coverage.covered, coverage.total, coverage.share) == (19, 20, 0.95)
    assert coverage.meets_target is True
    empty = charter_coverage([], CHARTER, period, ZONE)
    assert empty.share is None and empty.meets_target is None


# --- the exceptional circuit's deadline ----------------------------------------------------
def test_sensitive_request_expires_and_escalates_to_the_substitute():
    substitute = Person("Nadia", roles={Role.EMPLOYEE}, id=9)
    circuit = CrisisCircuit([BOSS.id, HR.id], 1, deadline_hours=4, substitute_id=9)  # type: ignore[list-item]
    asked = datetime(2026, 10, 24, 22, 0, tzinfo=UTC)  # the night the clocks go back
    sent = workflow.transition(post(S.DRAFT, kind=PostKind.CRISIS), S.TO_VALIDATE, CM, CHARTER,
                               circuit, asked)
    assert sent.submitted_at == asked
    assert workflow.approval_deadline(sent, circuit) == asked + timedelta(hours=4)
    assert not workflow.is_overdue(sent, circuit, asked + timedelta(hours=4))
    assert workflow.is_overdue(sent, circuit, asked + timedelta(hours=4, minutes=1))
    assert not workflow.may_approve(sent, substitute, circuit)
    with pytest.raises(TransitionRefused):
        workflow.escalate(sent, circuit, asked + timedelta(hours=1))
    escalated = workflow.escalate(sent, circuit, asked + timedelta(hours=5))
    assert workflow.may_approve(escalated, substitute, circuit)
    approved = workflow.decide(escalated, substitute, workflow.Decision.APPROVE, "", CHARTER,
                               circuit, asked + timedelta(hours=6))
    assert approved.status is S.APPROVED
    with pytest.raises(TransitionRefused):
        workflow.escalate(escalated, circuit, asked + timedelta(hours=6))
    # A new round starts without escalation; a circuit without a deadline never expires.
    assert not workflow.is_overdue(sent, CrisisCircuit([2], 1), asked + timedelta(days=30))
    with pytest.raises(TransitionRefused):
        workflow.escalate(sent, CrisisCircuit([2], 1, 4, None), asked + timedelta(hours=5))


def test_ordinary_posts_have_no_deadline():
    circuit = CrisisCircuit([2], 1, deadline_hours=4, substitute_id=9)
    sent = workflow.transition(post(S.DRAFT), S.TO_VALIDATE, CM, CHARTER, circuit,
                               datetime(2026, 3, 1, tzinfo=UTC))
    assert workflow.approval_deadline(sent, circuit) is None


# --- editorial line versions and mix -------------------------------------------------------
def test_new_version_starts_unvalidated_unless_validated_in_the_same_edit():
    current = EditorialLine("Objectifs", "1", 2, date(2026, 1, 5))
    assert revise(current, EditorialLine("Objectifs v2", "2", 2, date(2026, 1, 5))).validated_by_id is None
    same = revise(current, EditorialLine("Objectifs corrigés", "1", 2, date(2026, 1, 5)))
    assert (same.validated_by_id, same.validated_on) == (2, date(2026, 1, 5))
    named = revise(current, EditorialLine("v2", "2", 5, date(2026, 2, 1)))
    assert (named.validated_by_id, named.validated_on) == (5, date(2026, 2, 1))


def test_shares_not_adding_to_100_are_flagged():
    pillars = [Pillar("A", target_share=40, id=1), Pillar("B", target_share=65, id=2)]
    problem = shares_problem(pillars)
    assert problem is not None and problem.params == {"total": 105}
    assert shares_problem([Pillar("A", target_share=60), Pillar("B", target_share=40)]) is None
    assert shares_problem([]) is None


def test_pillar_mix_over_a_year_end_beside_targets():
    pillars = [Pillar("Métier", target_share=50, id=1), Pillar("Vie interne", target_share=50, id=2),
               Pillar("RSE", target_share=0, id=3)]
    period = Period(date(2026, 12, 28), date(2027, 1, 4))
    posts = [post(S.SCHEDULED, pillar_id=1, planned_at=paris(2026, 12, 28, 9)),
             post(S.PUBLISHED, pillar_id=1, planned_at=paris(2027, 1, 1, 0, 0)),
             post(S.DRAFT, pillar_id=1, planned_at=paris(2027, 1, 3, 23, 59)),
             post(S.APPROVED, pillar_id=2, planned_at=paris(2026, 12, 31, 12)),
             post(S.IDEA, pillar_id=2, planned_at=paris(2026, 12, 31, 12)),  # not counted
             post(S.SCHEDULED, pillar_id=None, planned_at=paris(2026, 12, 30, 12)),
             post(S.SCHEDULED, pillar_id=2, planned_at=paris(2027, 1, 4, 0, 0))]  # after
    rows = mix(posts, "pillar_id", {p.id: p.name for p in pillars}, pillar_targets(pillars),
               period, ZONE, "sans pilier")
    assert [(r.name, r.count, r.share, r.target) for r in rows] == [
        ("Métier", 3, 0.6, 0.5), ("Vie interne", 1, 0.2, 0.5), ("RSE", 0, 0.0, 0.0),
        ("sans pilier", 1, 0.2, None)]
    assert rows[0].gap == pytest.approx(0.1)


# --- workload ------------------------------------------------------------------------------
def test_weekly_hours_per_person_across_the_dst_change():
    networks = [Network(NetworkKind.LINKEDIN, id=1), Network(NetworkKind.X, id=2),
                Network(NetworkKind.FACEBOOK, id=3, active=False)]
    writer = Person("Léa", roles={Role.EMPLOYEE}, id=7)
    people = [CM, writer]
    settings = WorkloadSettings(moderation_minutes={1: 60, 2: 30, 3: 999},
                                capacity_minutes={7: 60})
    period = Period(date(2026, 10, 19), date(2026, 11, 2))  # the clocks go back on 25 October
    posts = [
        # CM's week of 19 Oct: LinkedIn + X (30 + 15) and a crisis reply on X (15 + 60)
        post(S.SCHEDULED, network_ids=[1, 2], planned_at=paris(2026, 10, 19, 9)),
        post(S.PUBLISHED, network_ids=[2], kind=PostKind.CRISIS, planned_at=paris(2026, 10, 25, 23, 30)),
        # Léa's week of 26 Oct: two LinkedIn posts (60 min) on the 26th, at 00:00 after the change
        post(S.DRAFT, network_ids=[1], owner_id=7, planned_at=paris(2026, 10, 26, 0, 0)),
        post(S.IDEA, network_ids=[1], owner_id=7, planned_at=paris(2026, 11, 1, 23, 59)),
        post(S.CANCELLED, network_ids=[1], owner_id=7, planned_at=paris(2026, 10, 27, 9)),
        post(S.SCHEDULED, network_ids=[1], owner_id=7, planned_at=paris(2026, 11, 2, 0, 0)),  # after
    ]
    events = [Event("Salon", EventKind.TRADE_SHOW, paris(2026, 10, 28, 9), paris(2026, 10, 28, 18),
                    organiser_ids=[1, 7]),  # 16 h shared: 8 h each
              Event("Atelier", EventKind.WORKSHOP, paris(2026, 10, 20, 9), paris(2026, 10, 20, 12))]
    loads = weekly_load(posts, events, networks, people, settings, period, ZONE)
    table = {(r.person_id, r.week): r.minutes for r in loads}
    assert table == {
        (1, date(2026, 10, 19)): 45 + 75 + 240 + 90,  # posts, atelier (CM by default), moderation
        (1, date(2026, 10, 26)): 480 + 90,
        (7, date(2026, 10, 26)): 60 + 480,
    }
    [late] = over_capacity(loads)
    assert (late.person_id, late.hours, late.capacity_hours) == (7, 9.0, 1.0)
    assert next(r for r in loads if r.person_id == 1).capacity_hours == 35.0
