"""The legend of what a chip shows (View > Legend of the marks): one line per mark, drawn from
marks.py, the one home of the marks the delegate paints."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cmplanner.domain.entities import Network

from .chip_delegate import GAP_COLOUR, OVERLOAD_COLOUR
from .labels import label
from .marks import EVENT_MARK, NETWORK_MARKS, SENSITIVE_MARK, SERIES_MARK, STATUS_MARKS

from html import escape



def legend_rows(networks: Iterable[Network]) -> list[tuple[str, str]]:
    """(mark as HTML, meaning) for every mark a chip or a day can show."""
    rows = []
    for status, (symbol, colour) in STATUS_MARKS.items():
        meaning = QCoreApplication.translate("Legend", "Series occurrence not written yet") if status is None else label(status)
        rows.append((f'<span style="color:{colour}; font-weight:bold">{escape(symbol)}</span>', meaning))
    rows += [
        (escape(SERIES_MARK), QCoreApplication.translate("Legend", "Part of a recurring series")),
        (escape(EVENT_MARK), QCoreApplication.translate("Legend", "Promotes an IRL event (on a day: the event itself)")),
        (f'<span style="color:#c0392b; font-weight:bold">{escape(SENSITIVE_MARK)}</span>', QCoreApplication.translate("Legend", "Sensitive post")),
        ("▌", QCoreApplication.translate("Legend", "The coloured bar on the left: the post's pillar")),
        ("┆", QCoreApplication.translate("Legend", "Dashed border, italic title: an occurrence of a series, not written yet")),
        (f'<span style="color:{GAP_COLOUR}">◹</span>', QCoreApplication.translate("Legend", "Shaded day, outlined corner: a cadence gap (the target expects a post)")),
        (f'<span style="color:{OVERLOAD_COLOUR}">◥</span>', QCoreApplication.translate("Legend", "Shaded day, filled corner: more posts than the cadence allows")),
    ]
    kinds = {n.kind for n in networks}
    for kind, (text, colour) in NETWORK_MARKS.items():
        if kind in kinds:
            rows.append((f'<span style="background:{colour}; color:white; font-weight:bold">&nbsp;{escape(text)}&nbsp;</span>',
                         label(kind)))
    return rows


class LegendDialog(QDialog):
    def __init__(self, networks: Iterable[Network], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendDialog")
        self.setWindowTitle(QCoreApplication.translate("Legend", "Legend of the marks"))
        rows = "".join(f"<tr><td align='center'>{mark}</td><td>&nbsp;&nbsp;{escape(text)}</td></tr>"
                       for mark, text in legend_rows(networks))
        self.text = QLabel(f"<table cellspacing='4'>{rows}</table>", self)
        self.text.setObjectName("legendText")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def install_legend(window: Any) -> QAction:
    action = QAction(QCoreApplication.translate("Legend", "&Legend of the marks"), window)
    action.setObjectName("legendAction")
    action.triggered.connect(lambda: window._open_dialog(LegendDialog(window.source.networks.values(), window)))
    view_menu = next(a.menu() for a in window.menuBar().actions()
                     if a.menu() is not None and window.menus.high_contrast in a.menu().actions())
    view_menu.addSeparator()
    view_menu.addAction(action)
    return action
