"""English counts read "1 post" and "2 posts": cmplanner_en.ts gives every plural message of the
French catalogue its English singular and plural, and the English interface loads it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

ROOT = Path(__file__).resolve().parents[2]
FRENCH = ROOT / "translations" / "cmplanner_fr.ts"
ENGLISH = ROOT / "translations" / "cmplanner_en.ts"


def _plurals(ts: Path) -> dict[tuple[str, str], list[str]]:
    return {(context.findtext("name"), message.findtext("source")):
            [form.text or "" for form in message.iter("numerusform")]
            for context in ET.parse(ts).iter("context") for message in context.iter("message")
            if message.get("numerus") == "yes"}


def test_every_french_plural_message_has_two_english_forms():
    french, english = _plurals(FRENCH), _plurals(ENGLISH)
    assert len(french) >= 40
    assert [key for key in french if key not in english] == []
    assert {key: forms for key, forms in english.items() if len(forms) != 2 or not all(forms)} == {}
    assert [key for key in english if key not in french] == []  # nothing stale either


def test_english_forms_keep_the_placeholders_and_drop_the_parenthesised_plural():
    for (_context, source), (one, many) in _plurals(ENGLISH).items():
        for form in (one, many):
            assert "(s)" not in form, form
            assert form.count("%n") == source.count("%n"), form
            for placeholder in ("{", "%1", "%2"):
                assert form.count(placeholder) == source.count(placeholder), form


def test_english_catalogue_is_complete_per_packaging_script():
    out = subprocess.run([sys.executable, "packaging/i18n.py", "missing"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert [line for line in out.splitlines() if line.startswith("en: ")] == []


def test_english_picks_singular_and_plural(qapp):
    translate = QCoreApplication.translate
    assert translate("MainWindow", "%n item(s) shown", "", 1) == "1 item shown"
    assert translate("MainWindow", "%n item(s) shown", "", 3) == "3 items shown"
    assert translate("messages", "%n field(s) changed: {fields}", "", 1) == "1 field changed: {fields}"
    assert translate("Pages", "%n person(s)", "", 2) == "2 people"


def test_french_still_wins_in_french(qapp, french):
    assert QCoreApplication.translate("MainWindow", "%n item(s) shown", "", 1) != "1 item shown"
    assert "(s)" not in QCoreApplication.translate("MainWindow", "%n item(s) shown", "", 2)


def test_status_bar_counts_one_item_in_english(window, qtbot):
    window.show_view("agenda")
    every = window.agenda_proxy.rowCount()
    assert every > 1
    assert window.count_label.text() == f"{every} items shown"
    proxy = window.agenda_proxy
    column = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())].index("Title")
    titles = [proxy.index(row, column).data() for row in range(every)]
    title = next(t for t in titles if t.isascii() and sum(t.lower() in o.lower() for o in titles) == 1)
    qtbot.keyClicks(window.filter_panel.search, title)
    qtbot.waitUntil(lambda: window.agenda_proxy.rowCount() == 1)
    assert window.count_label.text() == "1 item shown (filtered)"


def test_domain_messages_that_count_read_right_with_one(qapp):
    from datetime import date

    from cmplanner.domain.errors import Message
    from cmplanner.ui.messages import describe

    assert describe(Message("Import %n media file(s)", count=1)) == "Import 1 media file"
    assert describe(Message("Import %n media file(s)", count=3)) == "Import 3 media files"
    assert describe(Message("Start the crisis “{reason}” (%n post(s) on hold)", reason="Bad buzz", count=1)) \
        == "Start the crisis “Bad buzz” (1 post on hold)"
    assert describe(Message("%n event(s), all before {date} (use --from, or the import's first day).",
                            count=1, date=date(2026, 3, 2))).startswith("1 event, before ")
    assert str(Message("Import %n media file(s)", count=1)) == "Import 1 media file(s)"  # logs, CLI: the source


def test_a_text_one_character_over_the_limit_says_one_character(qapp):
    """The editor's counters and the refusal to schedule say by how much, in the right form."""
    from cmplanner.domain.entities import Network, Post
    from cmplanner.domain.enums import NetworkKind
    from cmplanner.domain.network_limits import load_rules, post_findings
    from cmplanner.ui.messages import describe

    youtube = Network(NetworkKind.YOUTUBE, "YouTube", id=1)
    for over, expected in ((1, "YouTube: the title is 1 character too long (101 of 100)."),
                           (2, "YouTube: the title is 2 characters too long (102 of 100).")):
        post = Post("t" * (100 + over), text="Vidéo", network_ids=[1])
        texts = [describe(f.message) for f in post_findings(post, {1: youtube}, load_rules({}), {})]
        assert expected in texts, texts
