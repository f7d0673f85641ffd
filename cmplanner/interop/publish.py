"""The publish folder: feeds written to a chosen folder (a shared drive) for subscribers.

Each feed is written atomically (temporary file, then rename), so an Outlook or Thunderbird
subscription never reads half a file. With ``auto`` on, the publisher listens to the store and
writes the feeds again after each change; a ``schedule`` callable (the UI passes a debouncing
timer) decides when, else the feeds are written at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cmplanner.files.atomic import WriteFailed
from .ics_export import write_ics
from .ics_options import ExportOptions, Profile, Scope
from .outlook_csv import write_csv

RELEVANT = {"posts", "series", "events", "networks", "pillars", "people", "settings"}


@dataclass(frozen=True)
class Feed:
    file_name: str
    options: ExportOptions = field(default_factory=ExportOptions)
    csv: bool = False


DEFAULT_FEEDS = (
    Feed("plan-outlook.ics", ExportOptions(profile=Profile.OUTLOOK)),
    Feed("plan-standard.ics", ExportOptions(profile=Profile.STANDARD)),
    Feed("events.ics", ExportOptions(scope=Scope.EVENTS)),
)


def feeds_of(store, settings) -> tuple[Feed, ...]:
    """The plan's published feeds (``PublishSettings.feeds``) as export options; a feed whose
    network, pillar or series no longer exists is left out."""
    names = {"network": {n.label.casefold(): n.id for n in store.networks.all()},
             "pillar": {p.name.casefold(): p.id for p in store.pillars.all()},
             "series": {s.name.casefold(): s.id for s in store.series.all()}}
    feeds = []
    for spec in settings.feeds:
        scope = Scope(spec.scope)
        target = None
        if scope.value in names:
            target = names[scope.value].get(spec.target.casefold())
            if target is None:
                continue
        feeds.append(Feed(spec.file_name, ExportOptions(scope=scope, target_id=target,
                                                        profile=Profile(spec.profile))))
    return tuple(feeds)


class Publisher:
    def __init__(self, store, folder: Path | str, feeds: tuple[Feed, ...] = DEFAULT_FEEDS,
                 schedule: Callable[[Callable[[], object]], None] | None = None) -> None:
        self.store = store
        self.folder = Path(folder)
        self.feeds = feeds
        self.schedule = schedule
        self.last_error: str | None = None  # a Message the interface translates
        self.auto = False

    @classmethod
    def for_plan(cls, store, schedule=None) -> "Publisher":
        """The publisher of the folder and feeds the plan keeps (``store.publish_settings()``)."""
        settings = store.publish_settings()
        return cls(store, settings.folder or ".", feeds_of(store, settings), schedule)

    def publish(self, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> list[Path]:
        """Write every feed; WriteFailed names the first one that could not be written.
        ``progress(done, total)`` follows the feeds' items; ``cancelled()`` true stops with
        ``ics_export.Cancelled``: each feed is whole, the new one or the one it replaced."""
        if not self.folder.is_dir():
            raise WriteFailed(2, "Cannot publish to {folder}: the folder does not exist.",
                              folder=str(self.folder))
        written = []
        count = len(self.feeds)
        for number, feed in enumerate(self.feeds):
            target = self.folder / feed.file_name
            step = None
            if progress is not None:
                def step(done: int, total: int, number: int = number) -> None:
                    progress(number * 1000 + done * 1000 // max(total, 1), count * 1000)
            writer = write_csv if feed.csv else write_ics
            writer(self.store, target, feed.options, progress=step, cancelled=cancelled)
            written.append(target)
        self.last_error = None
        return written

    def _publish_quietly(self) -> None:
        try:
            self.publish()
        except WriteFailed as exc:
            self.last_error = exc.message  # shown by the UI; the next change tries again

    def _on_change(self, what: str) -> None:
        if what not in RELEVANT:
            return
        if self.schedule is not None:
            self.schedule(self._publish_quietly)
        else:
            self._publish_quietly()

    def start(self) -> None:
        """Re-publish after each change of the plan."""
        if not self.auto:
            self.store.listeners.append(self._on_change)
            self.auto = True

    def stop(self) -> None:
        if self.auto:
            self.store.listeners.remove(self._on_change)
            self.auto = False
