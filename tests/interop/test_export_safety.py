"""Files that leave the plan are safe: no formula in any CSV cell, only web and mail links, no
export over a plan, a backup or a plan's side files; names with commas come back."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from cmplanner.cli import main
from cmplanner.domain.entities import Network, Post
from cmplanner.domain.enums import NetworkKind, PostStatus
from cmplanner.domain.errors import DomainError
from cmplanner.domain.validation import is_safe_url
from cmplanner.files.atomic import WriteFailed
from cmplanner.interop.ics_export import write_ics
from cmplanner.interop.ics_import import ImportOptions, apply_import, preview_import
from cmplanner.interop.outlook_csv import csv_bytes, write_csv
from cmplanner.storage.store import PlanStore
from tests.conftest import DEMO_TODAY

from .hostile import FORMULAS, add_hostile_content
from .ics_helpers import TODAY, export, plan_dump

PARIS = ZoneInfo("Europe/Paris")


def test_the_outlook_csv_neutralises_formulas(demo_store):
    add_hostile_content(demo_store, DEMO_TODAY)
    at = datetime(2026, 3, 20, 9, tzinfo=PARIS)
    for formula in FORMULAS:  # titles of IRL-free posts start the cell
        demo_store.posts.save(Post(formula, status=PostStatus.DRAFT, planned_at=at, text=formula))
    rows = list(csv.reader(io.StringIO(csv_bytes(demo_store).decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert any(cell.startswith("'=") for cell in cells)
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


@pytest.mark.parametrize("url,safe", [
    ("https://www.linkedin.com/feed/update/1", True), ("http://example.org/a", True),
    ("mailto:presse@example.org", True), ("javascript:alert(1)", False),
    ("JAVASCRIPT:alert(1)", False), ("data:text/html,<script>", False), ("file:///etc/passwd", False),
    ("https:alert", False), ("https://exa mple.org", False), ("vbscript:msgbox", False)])
def test_only_web_and_mail_addresses_are_publication_urls(url, safe):
    assert is_safe_url(url) is safe


def test_a_javascript_publication_url_is_refused_by_the_plan(store):
    post = Post("Publié", status=PostStatus.PUBLISHED, planned_at=datetime(2026, 4, 1, 9, tzinfo=PARIS),
                published_url="javascript:alert(document.cookie)")
    from cmplanner.domain.errors import Message
    from cmplanner.services.changes import commit, save

    with pytest.raises(DomainError, match="not a web address"):
        commit(store, Message("test"), [save("posts", None, post)])


def test_a_javascript_url_in_a_file_is_not_imported(store, demo_store):
    data = export(demo_store).decode()
    assert "URL:https://" in data
    hostile = data.replace("URL:https://", "URL:javascript:alert(1)//", 1).encode()
    preview = preview_import(store, hostile, ImportOptions(today=TODAY))
    apply_import(store, preview)
    urls = [p.published_url for p in store.posts.all() if p.published_url]
    assert urls and not [u for u in urls if not u.startswith("https://")]


def test_network_names_with_commas_come_back(store, tmp_path):
    web = store.networks.save(Network(NetworkKind.WEBSITE, "Site web, actualités"))
    linkedin = store.networks.save(Network(NetworkKind.LINKEDIN, "LinkedIn"))
    store.posts.save(Post("Bonjour", network_ids=[web.id, linkedin.id], status=PostStatus.DRAFT,
                          planned_at=datetime(2026, 4, 1, 9, tzinfo=PARIS)))
    data = export(store)
    other = PlanStore.open(tmp_path / "other.cmplan")
    try:
        apply_import(other, preview_import(other, data, ImportOptions(today=TODAY)))
        (post,) = other.posts.all()
        names = sorted(n.label for n in other.networks.all() if n.id in post.network_ids)
        assert names == ["LinkedIn", "Site web, actualités"]
        again = preview_import(other, data, ImportOptions(today=TODAY))
        assert not again.writes_anything
    finally:
        other.close()


def _targets(plan_path):
    backups = plan_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    backup = backups / "plan_20261125-081700Z_auto.cmplan"
    other_plan = plan_path.parent / "other-plan.db"
    sqlite3.connect(other_plan).execute("create table t (x)").connection.close()
    return [plan_path, plan_path.with_name(plan_path.name + "-wal"),
            plan_path.with_name(plan_path.name + ".lock"), backup, other_plan,
            plan_path.parent / "renamed.CMPLAN"]


@pytest.mark.parametrize("writer", ["ics", "csv", "backlog"])
def test_no_export_goes_over_a_plan_a_backup_or_a_side_file(demo_store, plan_path, writer):
    from cmplanner.interop.backlog_export import export_backlog

    before = plan_path.read_bytes()
    for target in _targets(plan_path):
        existed = target.read_bytes() if target.exists() else None
        with pytest.raises(WriteFailed, match="Cannot write"):
            {"ics": lambda t=target: write_ics(demo_store, t),
             "csv": lambda t=target: write_csv(demo_store, t),
             "backlog": lambda t=target: export_backlog(demo_store, t, "html")}[writer]()
        assert (target.read_bytes() if target.exists() else None) == existed
    assert plan_path.read_bytes() == before


@pytest.mark.parametrize("verb", [["export-ics"], ["export-csv"], ["export-backlog"],
                                  ["report", "--period", "2026-03"],
                                  ["ambassador-kit", "--week", "2026-W10"]])
def test_the_command_refuses_out_equal_to_the_plan(demo_store, plan_path, verb):
    dump = plan_dump(demo_store)
    demo_store.close()
    with pytest.raises(SystemExit, match="Cannot write"):
        main([*verb, "--plan", str(plan_path), "--out", str(plan_path)])
    reopened = PlanStore.open(plan_path)
    try:
        assert plan_dump(reopened) == dump
    finally:
        reopened.close()
