"""Events with a summary of their promotion, and the promotion posts of one event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from cmplanner.domain.entities import Event, Post
from cmplanner.domain.enums import PostStatus
from cmplanner.storage.store import PlanStore

from ..editors.common import format_datetime, format_long_datetime
from ..labels import label
from .rows_model import Column, RowsModel



@dataclass(frozen=True)
class EventRow:
    event: Event
    posts: list[Post]
    where: str


class EventListModel(RowsModel):
    def __init__(self, parent=None) -> None:
        self._zone = "Europe/Paris"
        super().__init__([
            Column(QCoreApplication.translate("EventModels", "Date"), lambda r: format_long_datetime(r.event.start, self._zone, r.event.all_day)),
            Column(QCoreApplication.translate("EventModels", "Title"), lambda r: r.event.title, stretch=True),
            Column(QCoreApplication.translate("EventModels", "Kind"), lambda r: label(r.event.kind)),
            Column(QCoreApplication.translate("EventModels", "Where"), lambda r: r.where),
            Column(QCoreApplication.translate("EventModels", "Promotion"), self._promotion),
        ], parent)

    @staticmethod
    def _promotion(row: EventRow) -> str:
        ready = sum(p.status in (PostStatus.SCHEDULED, PostStatus.PUBLISHED) for p in row.posts)
        return QCoreApplication.translate("EventModels", "%n post(s)", "", len(row.posts)) + " — " + \
            QCoreApplication.translate("EventModels", "{ready} scheduled or published").format(ready=ready)

    def reload(self, store: PlanStore, since: datetime | None) -> None:
        """Events ending after ``since`` (all of them when None), soonest first."""
        self._zone = store.zone_name
        sites = {s.id: s.name for s in store.sites.all()}
        events = [e for e in store.events.all() if since is None or e.end >= since]
        posts = store.posts.for_events(e.id for e in events)  # one query, not one per event
        rows = []
        for event in events:
            where = " — ".join(x for x in (sites.get(event.site_id, "") if event.site_id else "",
                                           event.location) if x)
            rows.append(EventRow(event, posts[event.id], where))  # type: ignore[index]
        self.set_rows(rows)


class EventPostsModel(RowsModel):
    def __init__(self, parent=None) -> None:
        self._zone = "Europe/Paris"
        self._networks: dict[int, str] = {}
        super().__init__([
            Column(QCoreApplication.translate("EventModels", "Date"), lambda p: format_datetime(p.planned_at, self._zone)),
            Column(QCoreApplication.translate("EventModels", "Title"), lambda p: p.title),
            Column(QCoreApplication.translate("EventModels", "Networks"), lambda p: ", ".join(self._networks.get(n, "?") for n in p.network_ids)),
            Column(QCoreApplication.translate("EventModels", "Status"), lambda p: label(p.status)),
        ], parent)

    def show_posts(self, store: PlanStore, posts: list[Post]) -> None:
        self._zone = store.zone_name
        self._networks = {n.id: n.label for n in store.networks.all()}  # type: ignore[misc]
        self.set_rows(posts)
