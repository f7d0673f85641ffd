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


class Publisher:
    def __init__(self, store, folder: Path | str, feeds: tuple[Feed, ...] = DEFAULT_FEEDS,
                 schedule: Callable[[Callable[[], object]], None] | None = None) -> None:
        self.store = store
        self.folder = Path(folder)
        self.feeds = feeds
        self.schedule = schedule
        self.last_error: str | None = None  # a Message the interface translates
        self.auto = False

    def publish(self) -> list[Path]:
        """Write every feed; WriteFailed names the first one that could not be written."""
        if not self.folder.is_dir():
            raise WriteFailed(2, "Cannot publish to {folder}: the folder does not exist.",
                              folder=str(self.folder))
        written = []
        for feed in self.feeds:
            target = self.folder / feed.file_name
            if feed.csv:
                write_csv(self.store, target, feed.options)
            else:
                write_ics(self.store, target, feed.options)
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
