"""Help ▸ User guide (F1): the offline guide, in the interface's language, with every chip mark."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from cmplanner.domain.enums import NetworkKind, PostStatus
from cmplanner.ui.help_guide import GuideDialog, guide_document, legend_rows
from cmplanner.ui.marks import OTHER_MARKS


def test_f1_opens_the_user_guide_with_the_legend_of_every_mark(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = next(w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible())
    text = guide.browser.toPlainText()
    for heading in ("Workflow and charter", "Series", "Events and promotion",
                    "Exports to Outlook and Thunderbird", "Team backlog", "Backups", "Chip marks"):
        assert heading in text
    assert "LinkedIn" in text and "To validate" in text and "recurring series" in text
    assert len(legend_rows()) == len(NetworkKind) + len(PostStatus) + 1 + len(OTHER_MARKS)
    for name, _meaning in legend_rows():
        image = guide.document.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"mark:{name}"))
        assert isinstance(image, QImage) and not image.isNull()
    guide.close()


def test_the_menu_entry_opens_the_same_guide_once(qtbot, window):
    action = window.findChild(type(window.menus.find), "userGuideAction")
    action.trigger()
    action.trigger()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible()]
    assert len(shown) == 1
    shown[0].close()


def test_the_french_guide_is_shipped_too(qapp):
    text = guide_document("fr").toPlainText()
    assert "Circuit de validation et charte" in text and "Sauvegardes" in text
    assert "Thunderbird" in text and "Outlook" in text
