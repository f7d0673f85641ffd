"""Posts, series and events are read as plain rows (for speed); they equal the ORM mapping."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from cmplanner.domain.entities import Approval
from cmplanner.domain.enums import Decision, PostStatus
from cmplanner.storage import mapping as m
from cmplanner.storage.tables import PostRow


def orm_posts(store) -> dict:
    statement = select(PostRow).options(selectinload(PostRow.networks), selectinload(PostRow.variants),
                                        selectinload(PostRow.approvals))
    with store.session() as session:
        return {p.id: p for p in (m.post_from_row(r) for r in session.scalars(statement))}


def test_plain_row_reading_equals_the_orm_mapping(demo_store):
    posts = demo_store.posts.all()
    by_orm = orm_posts(demo_store)
    assert len(posts) == len(by_orm) > 20
    for post in posts:
        assert post == by_orm[post.id]  # every field, as dataclasses
    assert any(p.approvals for p in posts) and any(len(p.network_ids) for p in posts)


def test_links_follow_their_post_in_every_query(demo_store):
    post = next(p for p in demo_store.posts.all() if p.network_ids and p.planned_at)
    networks = [n.id for n in demo_store.networks.all()]
    changed = demo_store.posts.save(replace(
        post, network_ids=networks[:2], variants={networks[1]: "Texte adapté ✨"},
        approvals=[Approval(1, post.planned_at - timedelta(days=1), Decision.APPROVE, "OK", 1),
                   Approval(2, post.planned_at, Decision.REJECT, "Non", 1)]))
    for found in (demo_store.posts.get(post.id), demo_store.posts.by_uid(post.uid),
                  next(p for p in demo_store.posts.in_range(post.planned_at, post.planned_at + timedelta(seconds=1))
                       if p.id == post.id),
                  next(p for p in demo_store.posts.with_status(post.status) if p.id == post.id)):
        assert found == changed
        assert [a.decision for a in found.approvals] == [Decision.APPROVE, Decision.REJECT]
    assert demo_store.posts.get(10**6) is None
    assert demo_store.posts.in_range(post.planned_at, post.planned_at) == []


def test_reads_inside_a_transaction_see_its_earlier_writes(demo_store):
    post = demo_store.posts.all()[0]
    with demo_store.transaction():
        demo_store.posts.save(replace(post, status=PostStatus.CANCELLED, network_ids=[]))
        assert demo_store.posts.get(post.id).status is PostStatus.CANCELLED
        assert demo_store.posts.get(post.id).network_ids == []


def test_series_read_as_plain_rows_equal_the_orm_mapping(demo_store):
    from cmplanner.storage.tables import SeriesRow

    statement = select(SeriesRow).options(selectinload(SeriesRow.networks), selectinload(SeriesRow.exceptions))
    with demo_store.session() as session:
        by_orm = {s.id: s for s in (m.series_from_row(r) for r in session.scalars(statement))}
    series = demo_store.series.all()
    assert len(series) == len(by_orm) == 3
    assert any(s.exceptions for s in series)
    for one in series:
        assert one == by_orm[one.id] == demo_store.series.get(one.id) == demo_store.series.by_uid(one.uid)
    assert demo_store.series.get(10**6) is None


def test_events_read_as_plain_rows_equal_the_orm_mapping(demo_store):
    from cmplanner.storage.tables import EventRow

    statement = select(EventRow).options(selectinload(EventRow.organisers), selectinload(EventRow.promotion))
    with demo_store.session() as session:
        by_orm = {e.id: e for e in (m.event_from_row(r) for r in session.scalars(statement))}
    events = demo_store.events.all()
    assert len(events) == len(by_orm) == 3
    assert all(e.promotion and e.organiser_ids for e in events)
    for event in events:
        assert event == by_orm[event.id] == demo_store.events.get(event.id) == demo_store.events.by_uid(event.uid)
        assert event in demo_store.events.overlapping(event.start, event.end + timedelta(seconds=1))
    assert demo_store.events.get(10**6) is None
