"""View > Legend of the marks: the chip marks of the guide (from marks.py) and the day marks."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from cmplanner.domain.enums import PostStatus
from cmplanner.ui.help_guide import legend_rows
from cmplanner.ui.labels import label


def test_the_view_menu_opens_the_legend(window):
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and
                     window.legend_action in a.menu().actions())
    assert view_menu.title() == "&View"
    window.legend_action.trigger()
    dialog = window._dialogs[-1]
    assert dialog.objectName() == "legendDialog" and dialog.isVisible()
    text = dialog.text()
    for _icon, meaning in legend_rows():  # every chip mark the guide lists, from marks.py
        assert meaning in text
    assert label(PostStatus.SCHEDULED) in text and "LinkedIn" in text
    assert "cadence gap" in text and "more posts than the cadence allows" in text
    for name in ("mark:status/scheduled.svg", "day:gap", "day:overload"):
        image = dialog.document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        assert image is not None and not image.isNull(), name
