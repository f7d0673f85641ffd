"""Media on a team plan: photos imported from one computer are stored in the plan's database
(the one thing the team's computers share), read by a colleague's cmplanner into its own cache,
shown live with their thumbnails; publishing a plan file with photos to the team and saving a
team plan as a file carry the contents along."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from cmplanner.services import media as uc
from cmplanner.services.team import copy_plan, save_as_file
from cmplanner.storage.media_blobs import DatabaseMedia, stored_contents
from cmplanner.storage.store import PlanStore
from cmplanner.ui.media_images import probe

pytestmark = pytest.mark.postgresql


def photo(folder: Path, name: str, colour: str, side: int = 600) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    image = QImage(side, side * 3 // 4, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = folder / name
    image.save(str(path), "PNG")
    return path


def test_a_photo_imported_in_the_window_is_stored_in_the_team_database(qtbot, window, colleague,
                                                                         tmp_path, monkeypatch):
    source = photo(tmp_path / "mine", "atelier.png", "#3366aa")
    actions = window.media_actions
    actions.import_files([source], wait=True)  # File ▸ Import media…: no "save as a file first"
    qtbot.waitUntil(lambda: actions.worker is None)
    assert actions.last_refused == []
    qtbot.waitUntil(lambda: len(window.store.media.all()) == 1)
    item = window.store.media.all()[0]
    assert isinstance(window.store.media_files, DatabaseMedia)
    assert stored_contents(window.store.engine) == 1

    # Camille's computer: another cache folder, nothing shared but the database.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "camille-cache"))
    theirs = colleague.media_files
    assert theirs.root != window.store.media_files.root
    assert not (theirs.root / "thumbs").exists()
    copy = theirs.path(item.sha256, item.filename)  # read from the server into her cache
    assert copy.read_bytes() == source.read_bytes()
    assert str(tmp_path / "camille-cache") in str(copy)


def test_a_colleagues_photo_appears_in_the_library_with_its_thumbnail(qtbot, window, colleague,
                                                                      tmp_path, monkeypatch):
    page = window.pages.page("media")
    window.show_view("media")
    assert page.grid.count() == 0
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "camille-cache"))
    result = uc.import_media(colleague, [photo(tmp_path / "hers", "vitrine.png", "#aa6633")], probe)
    assert result.refused == [] and stored_contents(colleague.engine) == 1
    qtbot.waitUntil(lambda: page.grid.count() == 1, timeout=1500)  # live, by notification
    item = window.store.media.all()[0]
    loader = window.media_actions.thumbnails
    qtbot.waitUntil(lambda: loader.pixmap(item) is not None, timeout=5000)
    assert loader.pixmap(item).width() > 0
    mine = window.store.media_files
    assert mine.thumb(item.sha256).is_file()  # cached on this computer
    assert mine.path(item.sha256, item.filename).is_file()


def test_a_consent_form_is_kept_in_the_team_database(colleague, tmp_path):
    from cmplanner.domain.entities import Consent

    form = tmp_path / "formulaire.pdf"
    form.write_bytes(b"%PDF-1.4 signed form " * 5000)
    person = colleague.people.all()[0]
    change = uc.save_consent(colleague, None, Consent(person.name, person_id=person.id), form)
    saved = change.after("consents")[0]
    assert saved.form_sha256 and stored_contents(colleague.engine) == 1


def test_publishing_and_saving_a_copy_carry_the_photos(tmp_path, pg_url, monkeypatch):
    plan = PlanStore.open(tmp_path / "mine.cmplan")
    big = tmp_path / "big.bin"
    big.write_bytes(bytes(range(256)) * 9000)  # 2.3 MB: three parts in the database
    files = [photo(tmp_path / "f", "a.png", "#112233"), photo(tmp_path / "f", "b.png", "#445566")]
    uc.import_media(plan, files, probe)
    team = PlanStore.open(pg_url)
    copy_plan(plan, team)  # File ▸ Publish my plan to the team
    assert stored_contents(team.engine) == 2
    sha = {m.filename: m.sha256 for m in team.media.all()}
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other-computer"))
    assert team.media_files.path(sha["a.png"], "a.png").read_bytes() == files[0].read_bytes()
    sha256, size = team.media_files.put(big)
    with team.engine.connect() as conn:
        parts = conn.exec_driver_sql("SELECT count(*) FROM media_parts WHERE sha256 = %(s)s",
                                     {"s": sha256}).scalar()
    assert parts == 3 and size == big.stat().st_size

    saved = tmp_path / "copie.cmplan"
    save_as_file(team, saved)  # File ▸ Save a copy: the photos beside the file, not in SQLite
    local = PlanStore.open(saved)
    for name, source in (("a.png", files[0]), ("b.png", files[1])):
        assert local.media_files.path(sha[name], name).read_bytes() == source.read_bytes()
    assert (tmp_path / "copie.media").is_dir()
    for store in (local, team, plan):
        store.close()


def _stale_details_panel(qtbot, window, colleague, tmp_path):
    """My library shows a photo, I type its alt text, Camille changes its credit meanwhile (the
    panel says so, the refresh keeps what I typed), I save: the editors' conflict dialog opens."""
    from cmplanner.ui.dialogs.conflict_dialog import ConflictDialog

    uc.import_media(colleague, [photo(tmp_path / "hers", "stand.png", "#aa3366")], probe)
    page = window.pages.page("media")
    window.show_view("media")
    qtbot.waitUntil(lambda: page.grid.count() == 1)
    page.grid.setCurrentRow(0)
    item = window.store.media.all()[0]
    page.alt_text.setText("Le stand vu de face")
    colleague.media.save(replace(colleague.media.get(item.id), credit="Photo Camille"))
    qtbot.waitUntil(lambda: "Camille changed" in page.message.text(), timeout=1500)  # live
    assert "meanwhile" in page.message.text()
    assert page.alt_text.text() == "Le stand vu de face"  # the refresh kept what I typed
    page.save_button.click()
    assert isinstance(page.conflict_dialog, ConflictDialog) and page.conflict_dialog.isVisible()
    stored = colleague.media.get(item.id)
    assert (stored.credit, stored.alt_text) == ("Photo Camille", "")  # nothing of mine written
    return page, item, page.conflict_dialog


def test_the_library_panel_offers_the_editors_conflict_choice(qtbot, window, colleague, tmp_path):
    page, item, conflict = _stale_details_panel(qtbot, window, colleague, tmp_path)
    assert "Camille changed “stand.png”" in conflict.message.text()
    qtbot.mouseClick(conflict.see_button, Qt.MouseButton.LeftButton)
    rows = {conflict.table.item(r, 0).text(): (conflict.table.item(r, 1).text(),
                                               conflict.table.item(r, 2).text())
            for r in range(conflict.table.rowCount())}
    assert rows == {"Alt text": ("Le stand vu de face", ""), "Credit": ("", "Photo Camille")}
    assert not conflict.copy_button.isEnabled()  # one file of the library: no copy, and why
    assert conflict.copy_note.text() == (
        "This is one file of the library: it is not copied as a new item.")
    qtbot.mouseClick(conflict.mine_button, Qt.MouseButton.LeftButton)
    stored = colleague.media.get(item.id)
    assert (stored.credit, stored.alt_text) == ("Photo Camille", "Le stand vu de face")
    assert len(colleague.media.all()) == 1
    assert (page.alt_text.text(), page.credit.text()) == ("Le stand vu de face", "Photo Camille")
    assert page.message.text() == ""


def test_keeping_theirs_shows_their_version_in_the_panel(qtbot, window, colleague, tmp_path):
    page, item, conflict = _stale_details_panel(qtbot, window, colleague, tmp_path)
    qtbot.mouseClick(conflict.theirs_button, Qt.MouseButton.LeftButton)
    stored = colleague.media.get(item.id)
    assert (stored.credit, stored.alt_text) == ("Photo Camille", "")
    assert (page.alt_text.text(), page.credit.text()) == ("", "Photo Camille")
    page.alt_text.setText("Deuxième essai")  # and the next save builds on their version
    page.save_button.click()
    assert colleague.media.get(item.id).alt_text == "Deuxième essai"
