"""What leaves the plan with media: the backlog page embeds cover thumbnails (still one offline
file under its CSP), the .ics carries no attachment and no local path, and no export carries the
image-rights register."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cmplanner.domain.entities import Consent, Person
from cmplanner.domain.enums import MediaKind
from cmplanner.interop.backlog_export import export_backlog, render_backlog
from cmplanner.interop.ics_export import export_bytes
from cmplanner.services import media as uc
from cmplanner.storage.media_files import media_folder, thumb_file
from tests.browser import Chromium, find_chromium
from tests.conftest import DEMO_TODAY
from tests.interop.hostile import now_for

NOW = now_for(DEMO_TODAY)
# A tiny valid JPEG (1×1 grey), standing for the thumbnail the window caches.
JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c"
    "1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc000"
    "0b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400"
    "b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c1"
    "1552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a63"
    "6465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6"
    "b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008"
    "010100003f00fbd3ffd9")
SECRET = "Zoé Confidentielle"


@pytest.fixture
def plan_with_media(demo_store, tmp_path: Path):
    store = demo_store
    photo = tmp_path / "terrain.jpg"
    photo.write_bytes(JPEG)
    uc.import_media(store, [photo], lambda p: (MediaKind.IMAGE, 1, 1, 0))
    item = store.media.all()[0]
    person = store.people.save(Person(SECRET))
    uc.save_consent(store, None, Consent("", person_id=person.id, signed_on=date(2026, 1, 1),
                                         social=True, notes="formulaire papier"))
    uc.update_media(store, item, replace(item, person_ids=[person.id], alt_text="Atelier"))
    thumb = thumb_file(store.path, item.sha256)
    thumb.parent.mkdir(parents=True, exist_ok=True)
    thumb.write_bytes(JPEG)
    posts = [p for p in store.posts.all() if p.planned_at and p.planned_at.date() >= DEMO_TODAY][:3]
    posts += [p for p in store.posts.all() if p.planned_at is None][:1]
    for post in posts:
        uc.attach_media(store, post, [item.id])
    return store, item


def test_backlog_embeds_the_cover_thumbnails_and_keeps_a_strict_csp(plan_with_media):
    store, item = plan_with_media
    page = render_backlog(store, "html", weeks=4, now=NOW).decode("utf-8")
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "img-src data:;" in html.unescape(csp) and "default-src 'none'" in html.unescape(csp)
    assert page.count("data:image/jpeg;base64,") == 1  # one image, however many posts use it
    assert f'"c":"{item.sha256}"' in page
    assert str(media_folder(store.path)) not in page and store.path.parent.as_posix() not in page
    assert SECRET not in page and "formulaire papier" not in page
    for fmt in ("csv", "xlsx"):
        assert SECRET.encode() not in render_backlog(store, fmt, weeks=4, now=NOW)


def test_ics_has_no_attachment_no_local_path_and_no_consent(plan_with_media):
    store, _item = plan_with_media
    data = export_bytes(store).decode("utf-8")
    unfolded = data.replace("\r\n ", "")
    assert "ATTACH" not in unfolded
    assert ".media" not in unfolded and str(store.path.parent) not in unfolded
    assert SECRET not in unfolded


@pytest.mark.browser
@pytest.mark.skipif(find_chromium() is None, reason="chromium is not installed")
def test_backlog_thumbnails_show_in_chromium_offline(plan_with_media, tmp_path: Path):
    store, _item = plan_with_media
    page = tmp_path / "backlog.html"
    export_backlog(store, page, weeks=4, now=NOW)
    with Chromium() as browser:
        browser.open(page)
        assert browser.evaluate("document.body.dataset.ready") == "1"
        loaded = browser.evaluate("""[...document.querySelectorAll('img.cover')]
            .map(i => i.complete && i.naturalWidth > 0)""")
        assert loaded and all(loaded)
        assert browser.console_errors == []
        # nothing but the file itself and its embedded images
        assert [r for r in browser.requests if not r.startswith("data:image/jpeg;base64,")] == [
            page.resolve().as_uri()]
