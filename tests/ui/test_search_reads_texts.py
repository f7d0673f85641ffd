"""The calendar reads its ranges without the posts' texts; a text typed in the sidebar's search
still finds a post by a word of its text only, in every view and in months shown before."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import Qt

from cmplanner.domain.filters import fold
from cmplanner.domain.timezones import local_datetime

ZONE = "Europe/Paris"


def _word_only_in_a_text(store) -> tuple[str, set[str]]:
    """A word of a March post's text found in no title of the plan, and the titles of the
    March posts whose text holds it."""
    start, end = (local_datetime(d, time(0), ZONE) for d in (date(2026, 3, 1), date(2026, 4, 1)))
    posts = store.posts.in_range(start, end)
    titles = fold(" ".join(p.title for p in store.posts.all()))
    for post in posts:
        for word in sorted(set(re.findall(r"\w{7,}", post.text)), key=len, reverse=True):
            if fold(word) not in titles:
                return word, {p.title for p in posts if fold(word) in fold(p.text)}
    raise AssertionError("the demo plan has no word to search for")


def _search(window, qtbot, text: str) -> None:
    window.filter_panel.search.clear()
    qtbot.keyClicks(window.filter_panel.search, text)
    qtbot.keyClick(window.filter_panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.month_model.calendar_filter.text == text)


def test_a_word_of_a_posts_text_finds_it_in_every_view(window, qtbot, demo_store):
    word, expected = _word_only_in_a_text(demo_store)
    window.step_period(1)  # April read first, without texts; then back to March
    window.step_period(-1)
    assert (window.month_model.year, window.month_model.month) == (2026, 3)
    _search(window, qtbot, word.upper())
    shown = {c.title for c in window.month_model.visible_chips()}
    assert shown == expected
    window.show_view("agenda")
    assert {window.agenda_proxy.index(r, 2).data() for r in range(window.agenda_proxy.rowCount())} \
        == expected
    window.show_view("month")
    window.step_period(1)
    window.step_period(-1)
    assert {c.title for c in window.month_model.visible_chips()} == expected
    day = min(c.day for c in window.month_model.visible_chips())
    window.show_view("week")
    window.week_model.go_to(day)
    assert {c.title for c in window.week_model.visible_chips()} <= expected
    assert window.week_model.visible_chips()
    window.filter_panel.search.clear()
    qtbot.keyClick(window.filter_panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.month_model.calendar_filter.text == "")
    assert len(window.month_model.visible_chips()) > len(expected)
