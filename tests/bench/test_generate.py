"""The plan generator: sizes, statuses, valid series, events with promotion, determinism."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from bench.generate import PlanSize, cached_plan, generate, main, window
from cmplanner.domain.enums import ExceptionKind, PostKind, PostStatus
from cmplanner.domain.recurrence import occurrences, validate_series
from cmplanner.storage.store import PlanStore

from .conftest import TINY


@pytest.fixture
def tiny_store(tiny_plan):
    store = PlanStore.open(tiny_plan, create=False, read_only=True)
    yield store
    store.close()


def fingerprint(path):
    store = PlanStore.open(path, create=False, read_only=True)
    try:
        return [(p.uid, p.title, p.text, p.planned_at, p.status, p.network_ids) for p in store.posts.all()]
    finally:
        store.close()


def test_counts_match_the_size(tiny_store):
    counts = tiny_store.counts()
    assert (counts["posts"], counts["series"], counts["events"], counts["people"]) == (200, 5, 5, 10)
    assert len(tiny_store.networks.all()) == 4


def test_posts_come_in_every_status_with_french_text(tiny_store):
    posts = tiny_store.posts.all()
    # "On hold" is given only by a crisis, which a generated plan does not have.
    assert {p.status for p in posts} == set(PostStatus) - {PostStatus.ON_HOLD}
    assert any(p.planned_at is None for p in posts)
    text = " ".join(p.title + p.text for p in posts)
    assert "é" in text and any(ord(ch) > 0xFFFF for ch in text)  # accents and emoji
    start, end = window(TINY)
    assert all(start <= p.planned_at < end for p in posts if p.planned_at and p.kind is PostKind.STANDARD)


def test_every_series_is_valid_with_skipped_moved_and_edited_occurrences(tiny_store):
    start, end = window(TINY)
    kinds = set()
    for series in tiny_store.series.all():
        validate_series(series)
        edited = tiny_store.posts.for_series(series.id)
        assert occurrences(series, start, end, edited)
        kinds |= {e.kind for e in series.exceptions}
        originals = [e.original_start for e in series.exceptions] + [p.occurrence_start for p in edited]
        assert len(originals) == len(set(originals))  # one change per occurrence
    assert kinds == {ExceptionKind.SKIPPED, ExceptionKind.MOVED}
    assert tiny_store.posts.with_status(*PostStatus) and any(
        p.series_id for p in tiny_store.posts.all())


def test_every_event_has_its_promotion_posts(tiny_store):
    for event in tiny_store.events.all():
        promoted = tiny_store.posts.for_event(event.id)
        assert len(promoted) == len(event.promotion) > 0
        assert {p.kind for p in promoted} == {PostKind.EVENT_PROMOTION}


def test_a_seed_gives_the_same_plan_and_another_seed_another(tmp_path, tiny_plan):
    generate(tmp_path / "same.cmplan", TINY, seed=3)
    generate(tmp_path / "other.cmplan", TINY, seed=4)
    assert fingerprint(tmp_path / "same.cmplan") == fingerprint(tiny_plan)
    assert fingerprint(tmp_path / "other.cmplan") != fingerprint(tiny_plan)


def test_too_few_posts_for_the_events_is_refused_with_the_reason(tmp_path):
    with pytest.raises(ValueError, match="cannot hold"):
        generate(tmp_path / "small.cmplan", replace(TINY, posts=10, events=20), seed=1)


def test_the_cache_generates_once_and_the_cli_copies(tmp_path, capsys):
    size = PlanSize(posts=60, series=2, events=2, people=5, networks=2)
    first = cached_plan(size, seed=2, cache=tmp_path / "cache")
    stamp = first.stat().st_mtime_ns
    assert cached_plan(size, seed=2, cache=tmp_path / "cache") == first
    assert first.stat().st_mtime_ns == stamp
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [first.name]  # no partial file left
    assert main(["--posts", "60", "--series", "2", "--events", "2", "--people", "5",
                 "--networks", "2", "--no-cache", str(tmp_path / "out.cmplan")]) == 0
    assert "60 posts" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="already exists"):
        main(["--posts", "60", str(tmp_path / "out.cmplan")])
    assert os.path.getsize(tmp_path / "out.cmplan") > 0
