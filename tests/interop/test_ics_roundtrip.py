"""Export then import: the same items come back; importing again updates and never duplicates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest

from cmplanner.domain import recurrence
from cmplanner.domain.enums import PostStatus
from cmplanner.services.changes import revert
from cmplanner.interop.ics_import import (
    ImportOptions, apply_import, preview_import,
)
from cmplanner.services.series import write_occurrence
from cmplanner.storage.store import PlanStore

from .ics_helpers import TODAY, plan_dump, standard, vevents

OPTIONS = ImportOptions(today=TODAY)


@pytest.fixture
def empty(tmp_path: Path):
    opened = PlanStore.open(tmp_path / "other.cmplan")
    yield opened
    opened.close()


def _rich_demo(store):
    """The demo plan with an edited occurrence and a moved and a skipped one (already there)."""
    series = next(s for s in store.series.all() if s.name == "Tuto du jeudi")
    occ = recurrence.occurrences(series, series.start, series.start + timedelta(days=200))
    post = write_occurrence(store, series, occ[2]).created("posts")[0]
    store.posts.save(replace(post, title="Tuto spécial", text="Édition spéciale ; texte, à part.",
                             planned_at=occ[2].start + timedelta(hours=1)))
    return series


def _posts_key(store):
    networks = {n.id: n.label for n in store.networks.all()}
    pillars = {p.id: p.name for p in store.pillars.all()}
    series = {s.id: s.uid for s in store.series.all()}
    return sorted((p.uid, p.title, p.text, p.planned_at, p.status, p.kind, p.published_url,
                   tuple(networks[i] for i in p.network_ids), pillars.get(p.pillar_id),
                   series.get(p.series_id), p.occurrence_start)
                  for p in store.posts.all())


def _series_key(store):
    return sorted((s.uid, s.name, s.start, s.timezone, s.title_template, s.text_template,
                   sorted((e.original_start, e.kind, e.new_start) for e in s.exceptions))
                  for s in store.series.all())


def _events_key(store):
    return sorted((e.uid, e.title, e.kind, e.start, e.end, e.all_day, e.description, e.location)
                  for e in store.events.all())


def test_round_trip_into_an_empty_plan_gives_back_the_same_items(demo_store, empty):
    _rich_demo(demo_store)
    data = standard(demo_store)
    preview = preview_import(empty, data, OPTIONS)
    assert preview.source == "cmplanner"
    assert not preview.to_skip
    apply_import(empty, preview)
    exported = {str(v["UID"]) for v in vevents(data)} | {
        str(v["X-CMPLANNER-POST-UID"]) for v in vevents(data) if "X-CMPLANNER-POST-UID" in v}
    shared = [p for p in _posts_key(demo_store) if p[0] in exported]
    assert _posts_key(empty) == shared
    assert len(shared) == len(_posts_key(empty)) > 20
    assert _series_key(empty) == _series_key(demo_store)
    assert _events_key(empty) == _events_key(demo_store)
    # The series rules are the same rules.
    for mine, theirs in zip(sorted(demo_store.series.all(), key=lambda s: s.uid),
                            sorted(empty.series.all(), key=lambda s: s.uid)):
        window = (mine.start, mine.start + timedelta(days=365))
        assert [o.start for o in recurrence.occurrences(mine, *window)] == \
               [o.start for o in recurrence.occurrences(theirs, *window)]


def test_reimport_into_the_same_plan_changes_nothing(demo_store):
    _rich_demo(demo_store)
    data = standard(demo_store)
    before = plan_dump(demo_store)
    preview = preview_import(demo_store, data, OPTIONS)
    assert not preview.writes_anything
    assert {r.reason for r in preview.to_skip} == {"unchanged"}
    assert plan_dump(demo_store) == before


def test_reimport_updates_and_never_duplicates(demo_store, empty):
    data = standard(demo_store)
    apply_import(empty, preview_import(empty, data, OPTIONS))
    counts = empty.counts()
    # The plan changes: a post is renamed, a series gets a skipped occurrence.
    post = next(p for p in demo_store.posts.all() if p.status is PostStatus.SCHEDULED)
    renamed = demo_store.posts.save(replace(post, title="Nouveau titre"))
    assert renamed.revision == post.revision + 1
    series = next(s for s in demo_store.series.all() if s.name == "Portrait du lundi")
    later = recurrence.occurrences(series, series.start + timedelta(days=70), series.start + timedelta(days=90))
    demo_store.series.save(recurrence.skip(series, later[0].original_start))
    newer = standard(demo_store)
    sequence = {str(v["UID"]): int(v["SEQUENCE"]) for v in vevents(newer) if "RECURRENCE-ID" not in v}
    assert sequence[post.uid] == post.revision + 1  # SEQUENCE grows when the item changes
    assert sequence[series.uid] == series.revision + 1
    preview = preview_import(empty, newer, OPTIONS)
    assert {(r.what, r.title) for r in preview.to_update} == {("post", "Nouveau titre"),
                                                             ("series", series.name)}
    assert not preview.to_create
    apply_import(empty, preview)
    assert empty.counts() == counts
    assert empty.posts.by_uid(post.uid).title == "Nouveau titre"
    # Importing the older file again leaves the newer items alone.
    stale = preview_import(empty, data, OPTIONS)
    reasons = {r.uid: r.reason for r in stale.to_skip}
    assert "newer version" in reasons[post.uid]
    assert not stale.writes_anything or all(r.uid != post.uid for r in stale.to_update)


def test_import_is_undone_in_one_step(demo_store, empty):
    before = plan_dump(empty)
    result = apply_import(empty, preview_import(empty, standard(demo_store), OPTIONS))
    assert empty.counts()["posts"] > 0
    revert(empty, result)  # the use case's change: undone as one step
    assert empty.counts() == {"posts": 0, "series": 0, "events": 0, "people": 0, "requests": 0}
    assert empty.networks.all() == [] and empty.pillars.all() == []
    assert plan_dump(empty) == before


def test_revert_restores_updated_items(demo_store):
    post = next(p for p in demo_store.posts.all() if p.status is PostStatus.SCHEDULED)
    data = standard(demo_store)
    demo_store.posts.save(replace(post, title="Changé dans le plan"))
    changed = demo_store.posts.by_uid(post.uid)
    # The file is older, but a forced update goes through when its SEQUENCE is not lower.
    cal = icalendar.Calendar.from_ical(data)
    vevent = next(v for v in cal.walk("VEVENT") if str(v["UID"]) == post.uid)
    vevent.pop("SEQUENCE")
    vevent.add("SEQUENCE", changed.revision)
    data = cal.to_ical()
    preview = preview_import(demo_store, data, OPTIONS)
    result = apply_import(demo_store, preview)
    restored = demo_store.posts.by_uid(post.uid)
    assert restored.title == post.title and restored.revision > changed.revision
    revert(demo_store, result)
    back = demo_store.posts.by_uid(post.uid)
    assert back.title == "Changé dans le plan" and back.revision > restored.revision


def test_the_plan_sees_the_outlook_export_too(demo_store, empty):
    """An Outlook-safe export of the demo plan (all its rules fit Outlook) imports the same way."""
    from .ics_helpers import export

    apply_import(empty, preview_import(empty, export(demo_store), OPTIONS))
    assert _series_key(empty) == _series_key(demo_store)
    assert date(2026, 3, 16) == TODAY


def test_rules_with_a_date_until_and_shared_names_come_back_unchanged(store):
    from datetime import time

    from cmplanner.domain.entities import Person, Post, Series
    from cmplanner.domain.timezones import local_datetime

    start = local_datetime(date(2026, 3, 5), time(9), "Europe/Paris")
    store.series.save(Series("Quinzaine", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20260601", start))
    store.people.save(Person("Marie Martin"))
    second = store.people.save(Person("Marie Martin"))
    store.posts.save(Post("Publication", status=PostStatus.DRAFT, planned_at=start, owner_id=second.id))
    before = plan_dump(store)
    preview = preview_import(store, standard(store), OPTIONS)
    assert [r.reason for r in preview.rows] == ["unchanged", "unchanged"]
    assert plan_dump(store) == before


def test_networks_known_under_other_ids_come_back_unchanged(store, empty):
    from datetime import time

    from cmplanner.domain.entities import Network, Post
    from cmplanner.domain.enums import NetworkKind
    from cmplanner.domain.timezones import local_datetime

    zeta = store.networks.save(Network(NetworkKind.OTHER, "Zeta"))
    alpha = store.networks.save(Network(NetworkKind.OTHER, "Alpha"))
    start = local_datetime(date(2026, 3, 5), time(9), "Europe/Paris")
    store.posts.save(Post("Deux réseaux", status=PostStatus.DRAFT, planned_at=start,
                          network_ids=[zeta.id, alpha.id]))
    empty.networks.save(Network(NetworkKind.OTHER, "Alpha"))
    empty.networks.save(Network(NetworkKind.OTHER, "Zeta"))
    data = standard(store)
    apply_import(empty, preview_import(empty, data, OPTIONS))
    assert not preview_import(empty, data, OPTIONS).writes_anything
    assert str(vevents(data)[0]["SUMMARY"]) == "[Zeta, Alpha] Deux réseaux"
    assert empty.posts.all()[0].title == "Deux réseaux"
