"""Team plans from the command line: demo, publish, save a copy; iCalendar parity with a file."""

from __future__ import annotations

from datetime import datetime

import pytest
import recurring_ical_events
from icalendar import Calendar

from cmplanner import cli
from cmplanner.domain.entities import Pillar
from cmplanner.domain.errors import DomainError
from cmplanner.services.team import copy_plan, save_as_file
from cmplanner.storage.store import PlanStore

pytestmark = pytest.mark.postgresql


def occurrences(path) -> list[tuple]:
    calendar = Calendar.from_ical(path.read_bytes())
    found = recurring_ical_events.of(calendar).between(datetime(2025, 1, 1), datetime(2028, 1, 1))
    return sorted((str(e["UID"]), e["DTSTART"].dt.isoformat(), str(e["SUMMARY"]),
                   str(e.get("DESCRIPTION", "")), int(e.get("SEQUENCE", 0))) for e in found)


def test_demo_fills_a_team_database_and_refuses_a_full_one(pg_cluster, capsys):
    url = pg_cluster.new_database()
    assert cli.main(["demo", url]) == 0
    assert "Demo plan written to postgresql://postgres@/" in capsys.readouterr().out
    store = PlanStore.open(url)
    assert store.counts()["posts"] >= 80 and store.settings().name.startswith("Ateliers Morel")
    store.close()
    with pytest.raises(SystemExit, match="already holds a plan"):
        cli.main(["demo", url])


def test_export_ics_of_a_team_plan_matches_the_same_plan_in_a_file(
        demo_plan_copy, pg_cluster, tmp_path, capsys):
    url = pg_cluster.new_database()
    assert cli.main(["publish", "--plan", str(demo_plan_copy), url]) == 0
    assert "counts checked" in capsys.readouterr().out
    for plan, name in ((str(demo_plan_copy), "file.ics"), (url, "team.ics")):
        assert cli.main(["export-ics", "--plan", plan, "--out", str(tmp_path / name),
                         "--profile", "standard", "--include-ideas"]) == 0
    from_file, from_team = occurrences(tmp_path / "file.ics"), occurrences(tmp_path / "team.ics")
    assert len(from_file) > 80
    assert from_team == from_file


@pytest.mark.sqlite_only  # from a local file to the server
def test_publish_copies_every_row_and_new_rows_continue_above(demo_copy_store, pg_cluster):
    url = pg_cluster.new_database()
    team = PlanStore.open(url)
    report = copy_plan(demo_copy_store, team)
    assert report.counts["posts"] == demo_copy_store.counts()["posts"]
    assert team.counts() == demo_copy_store.counts()
    assert [p.uid for p in team.posts.all()] == [p.uid for p in demo_copy_store.posts.all()]
    highest = max(p.id for p in team.pillars.all())
    assert team.pillars.save(Pillar("Nouveau pilier")).id == highest + 1  # sequences follow
    with pytest.raises(DomainError, match="already holds a plan"):
        copy_plan(demo_copy_store, team)
    team.close()


def test_a_team_plan_saved_as_a_file_holds_the_same_plan(backend_demo_store, tmp_path, capsys):
    target = tmp_path / "copie.cmplan"
    report = save_as_file(backend_demo_store, target)
    copy = PlanStore.open(target, create=False)
    assert copy.counts() == backend_demo_store.counts() == {k: report.counts[t] for k, t in (
        ("posts", "posts"), ("series", "series"), ("events", "events"), ("people", "people"),
        ("requests", "content_requests"))}
    assert copy.settings() == backend_demo_store.settings()
    copy.close()
    with pytest.raises(DomainError, match="already exists"):
        save_as_file(backend_demo_store, target)


def test_save_copy_verb_writes_a_local_file_of_a_team_plan(pg_cluster, pg_templates, tmp_path, capsys):
    url = pg_cluster.new_database(template=pg_templates["demo"])
    assert cli.main(["save-copy", "--plan", url, str(tmp_path / "local.cmplan")]) == 0
    assert "counts checked" in capsys.readouterr().out
    assert PlanStore.open(tmp_path / "local.cmplan", create=False).counts()["posts"] >= 80


def test_a_cancelled_copy_leaves_no_file(demo_copy_store, tmp_path):
    target = tmp_path / "cancel.cmplan"
    with pytest.raises(DomainError, match="cancelled"):
        save_as_file(demo_copy_store, target, progress=lambda done, total: done < 10)
    assert not target.exists()


def test_one_client_at_a_time_publishes_the_shared_feeds(pg_url):
    from cmplanner.services.team import release_feeds_lease, take_feeds_lease

    first, second = PlanStore.open(pg_url), PlanStore.open(pg_url)
    first.author, second.author = "Camille", "Dominique"
    assert take_feeds_lease(first) is None
    assert take_feeds_lease(second) == "Camille"  # Camille's cmplanner publishes them
    assert take_feeds_lease(first) is None  # renewed
    release_feeds_lease(first)
    assert take_feeds_lease(second) is None
    assert take_feeds_lease(first, seconds=60) == "Dominique"
    assert take_feeds_lease(second, seconds=-1) is None  # renewed, and already expired...
    assert take_feeds_lease(first) is None  # ...so another client takes it over
    first.close()
    second.close()


@pytest.mark.sqlite_only
def test_a_plan_file_always_publishes_its_feeds(store):
    from cmplanner.services.team import take_feeds_lease

    assert take_feeds_lease(store) is None


def test_command_line_changes_are_signed(demo_plan_copy, pg_url, tmp_path, monkeypatch):
    url = pg_url  # an empty team plan
    calendar = tmp_path / "plan.ics"
    assert cli.main(["export-ics", "--plan", str(demo_plan_copy), "--out", str(calendar),
                     "--profile", "standard"]) == 0
    monkeypatch.setenv("CMPLANNER_AUTHOR", "Dominique")
    assert cli.main(["import-ics", "--plan", url, str(calendar)]) == 0
    store = PlanStore.open(url)
    posts = store.posts.all()
    assert posts and {p.updated_by for p in posts} == {"Dominique"}
    store.close()
