"""Content requests from the field, overdue ones marked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cmplanner.domain.entities import ContentRequest
from cmplanner.domain.requests import CLOSED, is_overdue
from cmplanner.storage.store import PlanStore

from ..editors.common import format_date
from ..labels import label
from .rows_model import Column, RowsModel



@dataclass(frozen=True)
class RequestRow:
    request: ContentRequest
    requester: str
    post_title: str
    overdue: bool


def _due(row: RequestRow) -> str:
    text = format_date(row.request.due)
    return QCoreApplication.translate("RequestModel", "{date} — overdue").format(date=text) if row.overdue else text


class RequestModel(RowsModel):
    def __init__(self, parent=None) -> None:
        red = QColor("#b00020")
        super().__init__([
            Column(QCoreApplication.translate("RequestModel", "Topic"), lambda r: r.request.topic, tooltip=lambda r: r.request.details,
                   foreground=lambda r: red if r.overdue else None, stretch=True),
            Column(QCoreApplication.translate("RequestModel", "Requested by"), lambda r: r.requester),
            Column(QCoreApplication.translate("RequestModel", "Due"), _due, foreground=lambda r: red if r.overdue else None),
            Column(QCoreApplication.translate("RequestModel", "Status"), lambda r: label(r.request.status)),
            Column(QCoreApplication.translate("RequestModel", "Media offered"), lambda r: r.request.media_offered),
            Column(QCoreApplication.translate("RequestModel", "Post"), lambda r: r.post_title),
        ], parent)

    def reload(self, store: PlanStore, today: date, hide_closed: bool = False) -> None:
        people = {p.id: p.name for p in store.people.all()}
        requests = [r for r in store.requests.all() if not (hide_closed and r.status in CLOSED)]
        posts = store.posts.titles(r.post_id for r in requests if r.post_id)  # not every post
        rows = [RequestRow(r, people.get(r.requester_id, "") if r.requester_id else "",
                           posts.get(r.post_id, "") if r.post_id else "", is_overdue(r, today))
                for r in requests]
        rows.sort(key=lambda r: (not r.overdue, r.request.due or date.max))
        self.set_rows(rows)
