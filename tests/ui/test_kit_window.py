"""The ambassador kit from the File menu."""

from __future__ import annotations


def test_kit_from_the_file_menu(window, tmp_path):
    window.ambassador_kit_action.trigger()
    dialog = window.kit_dialog
    dialog.week.setText("2026-W12")
    dialog.path.setText(str(tmp_path / "kit.html"))
    dialog.write()
    assert dialog.written == [tmp_path / "kit.html", tmp_path / "kit.txt"]
    html = (tmp_path / "kit.html").read_text(encoding="utf-8")
    store = window.ctx.store
    for post in store.posts.all():
        if post.private_notes:
            assert post.private_notes not in html
    assert "@" not in (tmp_path / "kit.txt").read_text(encoding="utf-8").replace("@ateliersmorel", "")
