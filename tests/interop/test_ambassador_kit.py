"""The ambassador kit: only public approved or scheduled posts, per network, in the plan's
language, as HTML and text; from the command line and from the File menu."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from cmplanner.cli import main
from cmplanner.domain.entities import Network, Post
from cmplanner.domain.enums import NetworkKind, PostKind, PostStatus
from cmplanner.domain.period import parse_period
from cmplanner.interop.ambassador_kit import kit_html, kit_text
from cmplanner.services.ambassador import ambassador_kit
from cmplanner.storage.store import PlanStore

PARIS = ZoneInfo("Europe/Paris")
S = PostStatus


def _plan(path):
    store = PlanStore.open(path)
    li = store.networks.save(Network(NetworkKind.LINKEDIN, "LinkedIn", "ateliers-morel"))
    ig = store.networks.save(Network(NetworkKind.INSTAGRAM, "Instagram"))
    when = datetime(2026, 12, 9, 9, tzinfo=PARIS)
    store.posts.save(Post("Portes <ouvertes>", text="Venez nombreux", network_ids=[li.id, ig.id],
                          status=S.SCHEDULED, planned_at=when, private_notes="SECRET-NOTE",
                          variants={ig.id: "Venez ! #portesouvertes"},
                          published_url="javascript:alert(1)"))
    store.posts.save(Post("Approuvé", network_ids=[li.id], status=S.APPROVED, planned_at=when,
                          published_url="https://example.org/p/1"))
    store.posts.save(Post("Brouillon", network_ids=[li.id], status=S.DRAFT, planned_at=when))
    store.posts.save(Post("Crise", network_ids=[li.id], status=S.SCHEDULED, planned_at=when,
                          kind=PostKind.CRISIS))
    store.posts.save(Post("Semaine suivante", network_ids=[li.id], status=S.SCHEDULED,
                          planned_at=datetime(2026, 12, 14, 0, 0, tzinfo=PARIS)))
    return store


def test_kit_keeps_public_approved_and_scheduled_posts_only(plan_path):
    store = _plan(plan_path)
    kit = ambassador_kit(store, parse_period("2026-W50"))
    assert [(n.name, [i.title for i in n.items]) for n in kit.networks] == [
        ("LinkedIn", ["Portes <ouvertes>", "Approuvé"]), ("Instagram", ["Portes <ouvertes>"])]
    assert [i.wording for i in kit.networks[1].items] == ["Venez ! #portesouvertes"]
    html, text = kit_html(kit), kit_text(kit)
    assert "Portes &lt;ouvertes&gt;" in html and "<ouvertes>" not in html
    assert 'href="https://example.org/p/1"' in html and "javascript:" not in html
    assert "SECRET-NOTE" not in html + text and "Crise" not in html + text
    assert "Semaine 2026-W50\u00a0: 2 publications à relayer" in text
    store.close()


def test_kit_from_the_command_line(plan_path, tmp_path, capsys):
    _plan(plan_path).close()
    out = tmp_path / "kit.html"
    assert main(["ambassador-kit", "--plan", str(plan_path), "--week", "2026-W50",
                 "--out", str(out)]) == 0
    assert "Kit ambassadeurs" in out.read_text(encoding="utf-8")
    assert "Texte proposé" in (tmp_path / "kit.txt").read_text(encoding="utf-8")
    assert "2 post(s)" in capsys.readouterr().out
