"""Days off (public holidays of a site, closure days) and what reads them: a week's capacity, an
occurrence's day, and how late an exceptional request is."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from cmplanner.domain import workflow
from cmplanner.domain.closures import Closure
from cmplanner.domain.days_off import DayOff, DaysOff, days_off, regions, site_regions
from cmplanner.domain.entities import CrisisCircuit, Network, Person, Site
from cmplanner.domain.enums import NetworkKind, PostKind, PostStatus as S, Role
from cmplanner.domain.period import Period
from cmplanner.domain.workload import WorkloadSettings, capacity_in_week, weekly_load

from .helpers import CHARTER, CM, paris, post

ZONE = "Europe/Paris"
SITES = site_regions([Site("Angers", id=1), Site("Metz", id=2, subdivision="57"),
                      Site("Lausanne", id=3, country="CH", subdivision="VD")])
CLOSURES = [Closure(date(2026, 12, 24), date(2027, 1, 2), "Fermeture annuelle"),
            Closure(date(2026, 11, 13), date(2026, 11, 13), "Inventaire", site_id=1)]
ARMISTICE_WEEK = date(2026, 11, 9)  # Wednesday 11 November is a holiday in France, not in Vaud


def test_each_site_keeps_its_holidays_and_closures_and_no_site_means_every_site():
    assert regions(SITES, (2,)) == (("FR", "57"),)
    assert regions(SITES) == (("FR", ""), ("FR", "57"), ("CH", "VD"))
    assert regions({}, (5,)) == (("FR", ""),)
    angers = days_off(ARMISTICE_WEEK, ARMISTICE_WEEK + timedelta(days=7), SITES, CLOSURES, (1,))
    lausanne = days_off(ARMISTICE_WEEK, ARMISTICE_WEEK + timedelta(days=7), SITES, CLOSURES, (3,))
    everyone = days_off(ARMISTICE_WEEK, ARMISTICE_WEEK + timedelta(days=7), SITES, CLOSURES)
    assert angers.on(date(2026, 11, 11)) == DayOff("Armistice", None)
    assert angers.on(date(2026, 11, 13)) == DayOff(None, "Inventaire")
    assert angers.on(date(2026, 11, 12)) is None
    assert lausanne.on(date(2026, 11, 11)) is None and lausanne.on(date(2026, 11, 13)) is None
    assert everyone.on(date(2026, 11, 13)) == DayOff(None, "Inventaire")
    # Saint-Étienne is a holiday in Moselle only; the year-end closure holds it for every site.
    metz = days_off(date(2026, 12, 21), date(2026, 12, 28), SITES, CLOSURES, (2,), "en")
    assert metz.on(date(2026, 12, 26)).holiday is not None
    assert metz.on(date(2026, 12, 24)) == DayOff(None, "Fermeture annuelle")


def test_working_days_off_in_a_week_count_a_holiday_during_a_closure_once():
    angers = days_off(ARMISTICE_WEEK, ARMISTICE_WEEK + timedelta(days=7), SITES, CLOSURES, (1,))
    assert angers.weekdays_off(ARMISTICE_WEEK) == (1, 1)
    # Christmas week: 24 (Thu) closed, 25 (Fri) Christmas and closed; the weekend counts nothing.
    christmas = days_off(date(2026, 12, 21), date(2026, 12, 28), SITES, CLOSURES, (1,))
    assert christmas.weekdays_off(date(2026, 12, 21)) == (1, 1)
    assert DaysOff().weekdays_off(ARMISTICE_WEEK) == (0, 0)
    weekend = DaysOff(closed={date(2026, 11, 14): "", date(2026, 11, 15): ""})
    assert weekend.weekdays_off(ARMISTICE_WEEK) == (0, 0)


def test_capacity_is_cut_by_the_working_days_left():
    angers = days_off(ARMISTICE_WEEK, ARMISTICE_WEEK + timedelta(days=7), SITES, CLOSURES, (1,))
    one_holiday = DaysOff(holidays={date(2026, 11, 11): "Armistice"})
    assert capacity_in_week(35 * 60, ARMISTICE_WEEK, one_holiday) == (28 * 60, 1, 0)
    assert capacity_in_week(35 * 60, ARMISTICE_WEEK, angers) == (21 * 60, 1, 1)
    assert capacity_in_week(35 * 60, ARMISTICE_WEEK, None) == (35 * 60, 0, 0)
    whole = DaysOff(closed={ARMISTICE_WEEK + timedelta(days=i): "" for i in range(7)})
    assert capacity_in_week(35 * 60, ARMISTICE_WEEK, whole) == (0, 0, 5)


def test_a_holiday_week_lowers_the_persons_capacity_and_can_put_them_over_it():
    networks = [Network(NetworkKind.YOUTUBE, id=1)]  # 120 minutes a post
    writer = Person("Léa", roles={Role.EMPLOYEE}, id=7, site_id=1)
    settings = WorkloadSettings(capacity_minutes={7: 10 * 60})
    period = Period(ARMISTICE_WEEK, ARMISTICE_WEEK + timedelta(days=14))
    posts = [post(S.DRAFT, network_ids=[1], owner_id=7, planned_at=paris(2026, 11, d, 9))
             for d in (9, 10, 12, 13, 16, 17, 18, 19)]  # 4 × 2 h in the Armistice week, 4 × 2 h after
    off = days_off(ARMISTICE_WEEK, ARMISTICE_WEEK + timedelta(days=14), SITES, CLOSURES, (1,))
    loads = {r.week: r for r in weekly_load(posts, [], networks, [CM, writer], settings, period, ZONE,
                                            {7: off}) if r.person_id == 7}
    holiday_week, next_week = loads[ARMISTICE_WEEK], loads[ARMISTICE_WEEK + timedelta(days=7)]
    assert (holiday_week.capacity_minutes, holiday_week.holidays, holiday_week.closure_days) == (6 * 60, 1, 1)
    assert holiday_week.usual_capacity_minutes == 10 * 60 and holiday_week.reduced
    assert holiday_week.over_capacity  # 8 h against 6 h
    assert not next_week.reduced and next_week.capacity_minutes == 10 * 60 and not next_week.over_capacity
    # Without days off (the community manager here), the usual capacity.
    cm_week = next(r for r in weekly_load(posts, [], networks, [CM, writer], settings, period, ZONE,
                                          {7: off}) if r.person_id == CM.id)
    assert cm_week.capacity_minutes == cm_week.usual_capacity_minutes == 35 * 60


def test_an_overdue_request_says_how_late_it_is():
    circuit = CrisisCircuit([2], 1, deadline_hours=4, substitute_id=9)
    asked = datetime(2026, 10, 24, 22, 0, tzinfo=timezone.utc)
    sent = workflow.transition(post(S.DRAFT, kind=PostKind.CRISIS), S.TO_VALIDATE, CM, CHARTER,
                               circuit, asked)
    deadline = asked + timedelta(hours=4)
    assert workflow.overdue_by(sent, circuit, deadline) is None
    assert workflow.overdue_by(sent, circuit, deadline + timedelta(days=2, hours=3)) == timedelta(days=2, hours=3)
    assert workflow.overdue_by(sent, CrisisCircuit([2], 1), deadline + timedelta(days=9)) is None
