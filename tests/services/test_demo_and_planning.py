"""The demo plan is complete and credible; planning use cases keep the rules."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from cmplanner.domain import workflow
from cmplanner.domain.enums import PostStatus, Role
from cmplanner.domain.timezones import local_datetime
from cmplanner.services.events import save_event
from cmplanner.services.planning import calendar_items
from cmplanner.services.series import write_occurrence

from ..conftest import DEMO_TODAY
from ..domain.helpers import PARIS


def around_today(days_before: int, days_after: int):
    from datetime import time

    return (local_datetime(DEMO_TODAY - timedelta(days=days_before), time(0), "Europe/Paris"),
            local_datetime(DEMO_TODAY + timedelta(days=days_after), time(0), "Europe/Paris"))


def test_demo_plan_has_what_the_issue_lists(demo_store):
    s = demo_store
    assert s.settings().timezone == "Europe/Paris" and s.settings().language == "fr"
    assert len(s.sites.all()) == 3
    assert 4 <= len(s.pillars.all()) <= 5 and len(s.audiences.all()) >= 3
    assert len([n for n in s.networks.all() if n.cadence]) == 4
    assert len(s.series.all()) == 3 and len(s.events.all()) == 3
    roles = Counter(r for p in s.people.all() for r in p.roles)
    assert roles[Role.WEB_REFERENT] >= 2 and roles[Role.AMBASSADOR] >= 2 and roles[Role.MANAGEMENT] >= 1
    assert len(s.requests.all()) >= 3
    statuses = {p.status for p in s.posts.all()}
    assert statuses == set(PostStatus) - {PostStatus.ON_HOLD}  # on hold: only during a crisis
    assert s.editorial_line().validated_by_id is not None
    assert s.crisis_circuit().required_approvals == 2


def test_demo_posts_span_about_three_months(demo_store):
    dated = [p.planned_at for p in demo_store.posts.all() if p.planned_at]
    span = max(dated) - min(dated)
    assert timedelta(days=75) <= span <= timedelta(days=110)


def test_demo_events_have_their_promotion_posts(demo_store):
    for event in demo_store.events.all():
        posts = demo_store.posts.for_event(event.id)
        assert len(posts) == len(event.promotion) >= 3


def test_demo_sensitive_post_waits_for_the_crisis_circuit(demo_store):
    s = demo_store
    sensitive = [p for p in s.posts.all() if p.sensitive]
    assert len(sensitive) == 1
    waiting = workflow.waiting_for(sensitive[0], s.people.all(), s.crisis_circuit())
    assert [p.name for p in waiting] == ["Philippe Morel"]


def test_calendar_items_mix_posts_and_virtual_occurrences(demo_store):
    start, end = around_today(7, 28)
    items = calendar_items(demo_store, start, end)
    assert any(i.is_virtual for i in items) and any(not i.is_virtual for i in items)
    assert items == sorted(items, key=lambda i: (i.start, i.title))
    nine = [i for i in items if i.series and i.series.name == "Portrait du lundi"]
    assert nine and {i.start.astimezone(PARIS).hour for i in nine} == {9}


def test_editing_an_occurrence_replaces_it_in_the_calendar(demo_store):
    start, end = around_today(0, 28)
    virtual = next(i for i in calendar_items(demo_store, start, end) if i.is_virtual)
    post = write_occurrence(demo_store, virtual.series, virtual.occurrence).created("posts")[0]
    assert post.id is not None and post.series_id == virtual.series.id
    again = calendar_items(demo_store, start, end)
    assert [i for i in again if i.is_virtual and i.occurrence == virtual.occurrence] == []
    assert any(i.post and i.post.id == post.id for i in again)


def test_moving_an_event_moves_its_promotion_posts(demo_store):
    event = next(e for e in demo_store.events.all() if e.title.startswith("Portes ouvertes"))
    before = {p.id: p.planned_at for p in demo_store.posts.for_event(event.id)}
    week = timedelta(days=7)
    from dataclasses import replace

    save_event(demo_store, event, replace(event, start=event.start + week, end=event.end + week))
    after = {p.id: p.planned_at for p in demo_store.posts.for_event(event.id)}
    # Same wall-clock time a week later, even across the DST change (UTC gap is then 167 h).
    assert all(after[i].astimezone(PARIS) - before[i].astimezone(PARIS) == week for i in before)
    assert any(after[i] - before[i] != week for i in before)


def test_demo_plan_is_deterministic(plan_path, tmp_path):
    from cmplanner.services.demo import build_demo_plan
    from cmplanner.storage.store import PlanStore

    titles = []
    for name in ("a", "b"):
        store = PlanStore.open(tmp_path / f"{name}.cmplan")
        build_demo_plan(store, today=DEMO_TODAY)
        titles.append([(p.title, p.planned_at, p.status) for p in store.posts.all()])
        store.close()
    assert titles[0] == titles[1]
