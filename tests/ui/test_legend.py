"""View > Legend of the marks lists every mark a chip can show, from marks.py."""

from __future__ import annotations

from cmplanner.ui.marks import EVENT_MARK, SERIES_MARK, STATUS_MARKS


def test_the_view_menu_opens_the_legend(window):
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and
                     window.legend_action in a.menu().actions())
    assert view_menu.title() == "&View"
    window.legend_action.trigger()
    dialog = window._dialogs[-1]
    assert dialog.objectName() == "legendDialog" and dialog.isVisible()
    text = dialog.text.text()
    for symbol, _colour in STATUS_MARKS.values():
        assert symbol in text
    assert SERIES_MARK in text and EVENT_MARK in text and "Scheduled" in text
    assert "LinkedIn" in text and "cadence" in text
