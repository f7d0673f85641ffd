"""Requests: a post written from a request (linked both ways, one change), counts per referent,
upcoming deadlines."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cmplanner.domain.errors import DomainError
from cmplanner.domain.requests import referent_counts
from cmplanner.services.changes import revert
from cmplanner.services.requests import request_for_post, upcoming_deadlines, write_post_from_request
from tests.conftest import DEMO_TODAY


def test_write_a_post_from_a_request_links_both_ways_and_undoes(demo_store):
    request = next(r for r in demo_store.requests.all() if r.post_id is None)
    change = write_post_from_request(demo_store, request)
    post = change.created("posts")[0]
    assert post.title == request.topic and post.content_due == request.due
    assert demo_store.requests.get(request.id).post_id == post.id
    assert request_for_post(demo_store, post.id).id == request.id
    with pytest.raises(DomainError):
        write_post_from_request(demo_store, demo_store.requests.get(request.id))
    revert(demo_store, change)
    assert demo_store.posts.get(post.id) is None
    assert demo_store.requests.get(request.id).post_id is None


def test_counts_per_referent_and_upcoming_deadlines(demo_store):
    requests = demo_store.requests.all()
    lines = referent_counts(requests, DEMO_TODAY)
    assert sum(line.received for line in lines) == len(requests)
    assert all(line.answered <= line.received and line.overdue <= line.received for line in lines)
    deadlines = upcoming_deadlines(demo_store, DEMO_TODAY)
    assert all(DEMO_TODAY <= d.day <= DEMO_TODAY + timedelta(weeks=3) for d in deadlines)
    assert [d.day for d in deadlines] == sorted(d.day for d in deadlines)
