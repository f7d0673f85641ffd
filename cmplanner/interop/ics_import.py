"""Import an .ics file: first a preview (what would be created, updated, skipped and why), then
the import itself in one transaction.

Files from Outlook, Google and Thunderbird become IRL events (recurring ones expanded, see
``ics_foreign``); our own exports come back as posts, series and events matched by UID. Importing
the same file again updates the same items and never duplicates them; an item whose SEQUENCE is
older than the plan's revision is left alone. A malformed file is refused with a message naming
the problem and its line, before anything is written; a refused apply rolls everything back.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from cmplanner.domain.errors import Message
from cmplanner.domain.limits import SOURCE
from cmplanner.domain.timezones import local_datetime

from .ics_foreign import foreign_items
from .ics_own import OwnItems, is_own, own_items
from .ics_preview import CREATE, REMOVE, SKIP, UPDATE, Change, ImportPreview, PreviewRow
from .ics_read import MAX_BYTES, IcsFileError, read_calendar, stop_if_cancelled
from .ics_zones import normaliser

if TYPE_CHECKING:
    from icalendar.cal import Component

UTC = timezone.utc
BACK, AHEAD = timedelta(days=365), timedelta(days=730)
UNCHANGED = Message("unchanged")


class ImportFailed(Exception):
    """The import could not be stored; nothing was written. ``message`` is for the user."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


@dataclass(frozen=True)
class ImportOptions:
    window_start: date | None = None  # recurring foreign events: first day expanded
    window_end: date | None = None  # last day expanded
    max_per_event: int = 2000  # occurrences of one recurring event in the window
    max_bytes: int = MAX_BYTES
    today: date | None = None
    file_name: str = ""  # the chosen file's name: names the source when the file names none


def read_file(path: Path | str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``, refusing a file that is too large before reading it."""
    try:
        size = os.stat(path).st_size
        if size > limit:
            raise IcsFileError(
                "The file is {size} MB; calendar files above {limit} MB are refused (export a "
                "shorter period from the other calendar).", None, size=round(size / 1048576, 1),
                limit=limit // 1048576)
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise IcsFileError("Cannot read {path}: {problem}.", None, path=str(path),
                           problem=exc.strerror or str(exc)) from exc


def _source(calendar) -> str:
    prodid = str(calendar.get("PRODID", "") or "")
    low = prodid.lower()
    for needle, name in (("cmplanner", "cmplanner"), ("microsoft", "Outlook / Exchange"),
                         ("google", "Google Calendar"), ("mozilla", "Thunderbird"),
                         ("apple", "Apple Calendar")):
        if needle in low:
            return name
    return prodid or Message("unknown program")


def source_key(calendar: Component, file_name: str = "") -> str:
    """Which calendar a file is, so that importing it again finds the events it brought before:
    the calendar's own id (X-WR-RELCALID) or its name (X-WR-CALNAME) with the program that wrote
    it, else the chosen file's name; empty when nothing names it (then nothing is removed)."""
    relcalid = str(calendar.get("X-WR-RELCALID", "") or "").strip()
    name = str(calendar.get("X-WR-CALNAME", "") or "").strip()
    if relcalid:
        key = f"id:{relcalid}"
    elif name:
        key = f"name:{_source(calendar)}|{name}"
    elif file_name:
        key = f"file:{os.path.basename(file_name)}"
    else:
        return ""
    return key[:SOURCE]


def _window(options: ImportOptions, zone_name: str) -> tuple[datetime, datetime]:
    today = options.today or date.today()
    first = options.window_start or today - BACK
    last = options.window_end or today + AHEAD
    return (local_datetime(first, time(0, 0), zone_name),
            local_datetime(last + timedelta(days=1), time(0, 0), zone_name))


def _same(a, b) -> bool:
    return (replace(a, revision=0, updated_at=None, updated_by="")
            == replace(b, revision=0, updated_at=None, updated_by=""))


class _Planner:
    """Builds the preview rows against what the plan holds."""

    def __init__(self, store, preview: ImportPreview, source: str = "") -> None:
        self.preview = preview
        self.source = source  # the file's calendar (source_key): new events carry it
        self.file_uids: set[str] = set()  # every event uid the file holds (cancelled ones too)
        self._store = store
        self._series: dict | None = None
        self.events = {e.uid: e for e in store.events.all()}
        self.networks = {n.label.casefold(): n.id for n in store.networks.all()}
        self.pillars = {p.name.casefold(): p.id for p in store.pillars.all()}
        self.people: dict[str, list[int]] = {}
        for person in store.people.all():
            self.people.setdefault(person.name.casefold(), []).append(person.id)
        self.new_networks: set[str] = set()
        self.new_pillars: set[str] = set()
        self.new_people: set[str] = set()

    def person_id(self, name: str | None, current: int | None = None) -> int | None | bool:
        """The person called ``name`` (the plan's own when two share it); False when the person
        must be created first (then it counts as a change), None for no name."""
        if not name:
            return None
        named = self.people.get(name.casefold(), [])
        if current in named:
            return current
        if named:
            return named[0]
        if name.casefold() not in self.new_people:
            self.new_people.add(name.casefold())
            self.add(CREATE, "person", name, None, "", Message("named by an imported item"))
        return False

    def approvals(self, given: list, plan_side: list) -> tuple[list, bool]:
        """The file's approvals with the plan's person ids (the plan's own approval's person when
        two people share the name); False when a person is new."""
        result, resolved = [], True
        for name, approval in given:
            same = [a.person_id for a in plan_side if a.decided_at == approval.decided_at]
            person = self.person_id(name, same[0] if same else None)
            if person is False or person is None:
                resolved = resolved and person is not False
                person = 0
            result.append(replace(approval, person_id=person))
        return result, resolved

    @property
    def series(self) -> dict:
        if self._series is None:
            self._series = {s.uid: s for s in self._store.series.all()}
        return self._series

    def add(self, action: str, what: str, title: str, start, uid: str, reason: str = "",
            **extra) -> None:
        self.preview.changes.append(Change(PreviewRow(action, what, title, start, uid, reason), **extra))

    def network_ids(self, names: list[str]) -> list[int] | None:
        """Ids of known networks; None when one must be created (then it counts as a change)."""
        ids = []
        missing = False
        for name in names:  # every new name is listed, not only the first one
            key = name.casefold()
            if key not in self.networks:
                if key not in self.new_networks:
                    self.new_networks.add(key)
                    self.add(CREATE, "network", name, None, "",
                             Message("named by an imported item"))
                missing = True
                continue
            ids.append(self.networks[key])
        return None if missing else sorted(set(ids))  # the plan keeps network ids sorted

    def pillar_id(self, name: str | None) -> int | None | bool:
        if not name:
            return None
        key = name.casefold()
        if key not in self.pillars:
            if key not in self.new_pillars:
                self.new_pillars.add(key)
                self.add(CREATE, "pillar", name, None, "", Message("named by an imported item"))
            return False
        return self.pillars[key]

    def decide(self, what: str, entity, existing, sequence: int, start, extra: dict,
               resolved: bool = True) -> None:
        title = getattr(entity, "title", None) or getattr(entity, "name", "")
        if existing is None:  # created with the file's SEQUENCE: it never goes back
            entity = replace(entity, revision=max(sequence, 0))
            self.add(CREATE, what, title, start, entity.uid, "", entity=entity, **extra)
        elif resolved and _same(entity, existing):
            self.add(SKIP, what, title, start, entity.uid, UNCHANGED)
        elif sequence < existing.revision:
            self.add(SKIP, what, title, start, entity.uid,
                     Message("the plan holds a newer version (revision {plan} > {file})",
                             plan=existing.revision, file=sequence))
        else:
            self.add(UPDATE, what, title, start, entity.uid, _why(entity, existing, resolved),
                     entity=entity, **extra)

    def own(self, items: OwnItems) -> None:
        for own in items.series:
            ids, pillar = self.network_ids(own.network_names), self.pillar_id(own.pillar_name)
            existing = self.series.get(own.series.uid)
            entity = own.series
            if existing is not None:
                kept = list(entity.exceptions)
                if own.covers is not None:  # the plan's exceptions beyond the file's cut rule
                    first, last = own.covers
                    known = {e.original_start for e in kept}
                    kept += [e for e in existing.exceptions if e.original_start not in known
                             and (e.original_start < first
                                  or (last is not None and e.original_start > last))]
                entity = replace(existing, name=entity.name, start=entity.start,
                                 timezone=entity.timezone, title_template=entity.title_template,
                                 text_template=entity.text_template,
                                 exceptions=sorted(kept, key=lambda e: e.original_start))
                if _same_rule(existing.rrule, own.series.rrule, existing.timezone):
                    entity = replace(entity, rrule=existing.rrule)
                else:
                    entity = replace(entity, rrule=own.series.rrule)
                existing = replace(existing, exceptions=sorted(existing.exceptions,
                                                               key=lambda e: e.original_start))
            owner = self.person_id(own.owner_name, existing.owner_id if existing else None)
            if owner is not False and (owner is not None or existing is None):
                entity = replace(entity, owner_id=owner)
            resolved = ids is not None and pillar is not False and owner is not False
            if resolved:
                entity = replace(entity, network_ids=ids, pillar_id=pillar)
            self.decide("series", entity, existing, own.sequence, entity.start,
                        {"network_names": own.network_names, "pillar_name": own.pillar_name,
                         "owner_name": own.owner_name}, resolved)
        batch: dict = {}
        for number, own in enumerate(items.posts):
            if number % 500 == 0:  # the plan's posts read 500 at a time, never all at once
                chunk = items.posts[number:number + 500]
                batch = {p.uid: p for p in self._store.posts.by_uids([o.post.uid for o in chunk])}
            ids, pillar = self.network_ids(own.network_names), self.pillar_id(own.pillar_name)
            existing = batch.get(own.post.uid)
            fields = dict(title=own.post.title, text=own.post.text, status=own.post.status,
                          kind=own.post.kind, planned_at=own.post.planned_at,
                          published_url=own.post.published_url,
                          occurrence_start=own.post.occurrence_start)
            owner = self.person_id(own.owner_name, existing.owner_id if existing else None)
            if owner is not False and (owner is not None or existing is None):
                fields["owner_id"] = owner  # an unknown name keeps the plan's owner
            approvals, known = self.approvals(own.approvals,
                                              existing.approvals if existing else [])
            fields["approvals"] = approvals
            entity = replace(own.post, **fields) if existing is None else replace(existing, **fields)
            resolved = ids is not None and pillar is not False and owner is not False and known
            if resolved:
                entity = replace(entity, network_ids=ids, pillar_id=pillar)
            series_uid = own.series_uid
            if series_uid and series_uid not in self.series and \
                    series_uid not in {s.series.uid for s in items.series}:
                self.preview.warnings.append(Message(
                    "Line {line}: the post “{title}” belongs to a series that is neither in the "
                    "file nor in the plan; it is imported as a single post.", line=own.line,
                    title=own.post.title))
                series_uid = None
                entity = replace(entity, occurrence_start=None)
            if existing is not None and series_uid and existing.series_id is not None:
                entity = replace(entity, series_id=existing.series_id)
            self.decide("post", entity, existing, own.sequence, entity.planned_at,
                        {"network_names": own.network_names, "pillar_name": own.pillar_name,
                         "series_uid": series_uid, "owner_name": own.owner_name,
                         "approval_names": [name for name, _ in own.approvals]}, resolved)
        for event, sequence, _line in items.events:
            existing = self.events.get(event.uid)
            self.file_uids.add(event.uid)
            if existing is not None:
                event = replace(existing, title=event.title, kind=event.kind, start=event.start,
                                end=event.end, all_day=event.all_day,
                                description=event.description, location=event.location)
            else:
                event = replace(event, import_source=self.source)
            self.decide("event", event, existing, sequence, event.start, {})
        for series_uid, start, title, _line in items.occurrences:
            reason = (Message("already in the plan through its series")
                      if series_uid in self.series else
                      Message("one occurrence of a series exported occurrence by occurrence "
                              "(Outlook-safe profile); export with the standard profile to carry "
                              "the series itself"))
            self.add(SKIP, "post", title, start, series_uid, reason)

    def foreign(self, items, recurring_uids: set[str], window) -> None:
        seen = set()
        for item in items:
            event = item.event
            seen.add(event.uid)
            self.file_uids.add(event.uid)
            existing = self.events.get(event.uid)
            if item.cancelled:
                if existing is not None:  # imported before, cancelled since
                    self.add(REMOVE, "event", existing.title, existing.start, existing.uid,
                             Message("cancelled in the source calendar"), entity=existing)
                else:
                    self.add(SKIP, "event", event.title, event.start, event.uid,
                             Message("cancelled in the source calendar"))
                continue
            if existing is not None:
                event = replace(existing, title=event.title, start=event.start, end=event.end,
                                all_day=event.all_day, description=event.description,
                                location=event.location)
                if _same(event, existing):
                    self.add(SKIP, "event", event.title, event.start, event.uid, UNCHANGED)
                    continue
                self.add(UPDATE, "event", event.title, event.start, event.uid,
                         _why(event, existing), entity=event)
                continue
            self.add(CREATE, "event", event.title, event.start, event.uid,
                     Message("occurrence of a recurring event") if item.occurrence else "",
                     entity=replace(event, import_source=self.source))
        # Occurrences of the file's recurring events that the plan holds from an earlier import
        # but the source no longer produces in the window: excluded (EXDATE), cut from the
        # rule (COUNT, UNTIL) or moved out of the window.
        start, end = window
        for event in list(self.events.values()):
            base, slash, _stamp = event.uid.rpartition("/")
            if not slash or base not in recurring_uids or event.uid in seen:
                continue
            if start <= event.start < end:
                self.add(REMOVE, "event", event.title, event.start, event.uid,
                         Message("no longer an occurrence in the source calendar (excluded, or "
                                 "the rule was shortened)"), entity=event)

    def gone(self, window: tuple[datetime, datetime], recurring_uids: set[str]) -> None:
        """Events this same calendar brought before that the file no longer holds at all (an
        event deleted there, a whole series gone), in the window: to remove. Events of other
        calendars and the plan's own (another source, or none) are never touched."""
        if not self.source:
            return
        start, end = window
        for event in self.events.values():
            if event.import_source != self.source or event.uid in self.file_uids:
                continue
            if event.uid.rpartition("/")[0] in recurring_uids:
                continue  # a series still in the file: its occurrences are reconciled above
            if start <= event.start < end:
                self.add(REMOVE, "event", event.title, event.start, event.uid,
                         Message("no longer in the calendar"), entity=event)


# The words naming each field an import can change (said in the entity's field order; others
# are "other details").
_FIELD_WORDS = {"title": Message("title"), "name": Message("name"), "text": Message("text"),
                "text_template": Message("text"), "title_template": Message("title template"),
                "status": Message("status"), "kind": Message("kind"), "planned_at": Message("start"),
                "start": Message("start"), "end": Message("end"), "all_day": Message("all day"),
                "timezone": Message("time zone"), "rrule": Message("rule"),
                "exceptions": Message("skipped or moved occurrences"),
                "occurrence_start": Message("occurrence"), "series_id": Message("series"),
                "description": Message("description"), "location": Message("place"),
                "published_url": Message("publication address"), "owner_id": Message("owner"),
                "approvals": Message("approvals"), "network_ids": Message("networks"),
                "pillar_id": Message("pillar")}
_NOT_SAID = ("id", "revision", "updated_at", "updated_by", "created_at", "uid", "import_source")


def _why(entity, existing, resolved: bool = True) -> Message:
    """Why an item is to be updated: the fields the file changes, named in words the interface
    translates ("2 field(s) changed: title, start")."""
    from dataclasses import fields

    changed: dict[str, Message] = {}
    for item in fields(entity):
        if item.name in _NOT_SAID:
            continue
        if getattr(entity, item.name, None) != getattr(existing, item.name, None):
            words = _FIELD_WORDS.get(item.name, Message("other details"))
            changed.setdefault(words.template, words)
    if not resolved:
        changed.setdefault("", Message("networks or pillar (new ones are created)"))
    if not changed:  # equal fields, older revision in the file's SEQUENCE
        return Message("the file's version is newer (SEQUENCE)")
    return Message("%n field(s) changed: {fields}", count=len(changed), fields=list(changed.values()))


def _same_rule(a: str, b: str, zone_name: str) -> bool:
    """Whether two RRULE texts mean the same rule (part order, UNTIL as a date, a local or a UTC
    time: all compared as the UTC instant the export writes)."""
    from .ics_export import _rrule_dict

    def canonical(text: str) -> dict:
        body = text[6:] if text.upper().startswith("RRULE:") else text
        return dict(_rrule_dict(body, zone_name))
    try:
        return canonical(a) == canonical(b)
    except ValueError:
        return a == b


def preview_import(store, data: bytes, options: ImportOptions | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ImportPreview:
    """What importing ``data`` would do; IcsFileError (with a line) for a malformed file.
    ``progress(read, total)`` follows the events read; ``cancelled()``, asked between two
    components, stops the reading (ImportCancelled)."""
    options = options or ImportOptions()
    zone_name = store.settings().timezone
    calendar, scanned, vevents = read_calendar(data, options.max_bytes, cancelled)  # one at a time
    del data
    total = sum(1 for place in scanned.places if place.name == "VEVENT")
    preview = ImportPreview(_source(calendar))
    fix, zone_warnings = normaliser(calendar, scanned, zone_name)
    others = sum(1 for place in scanned.places if place.name in ("VTODO", "VJOURNAL"))
    foreign: list = []
    seen = 0

    def own_components():  # our own items go on at once; other calendars' are kept together
        nonlocal seen
        for index, component in vevents:
            fix(index, component)
            seen += 1
            place = scanned.place_of("VEVENT", index)
            line = place.line if place else None
            if is_own(component):
                yield component, line
            else:
                foreign.append((component, line))
            if progress is not None:
                progress(seen, total)
            stop_if_cancelled(cancelled)  # before the next one is parsed

    planner = _Planner(store, preview, source_key(calendar, options.file_name))
    own = own_items(own_components(), zone_name)
    preview.warnings.extend(zone_warnings)
    if others:
        preview.warnings.append(Message("%n task(s) or journal entries ignored: the plan "
                                        "holds events.", count=others))
    if own.series or own.posts or own.events or own.occurrences:
        planner.own(own)
    components = seen
    stop_if_cancelled(cancelled)
    window = _window(options, zone_name)
    recurring: set[str] = set()
    if foreign:
        planner.foreign(foreign_items(foreign, zone_name, window, options.max_per_event,
                                      preview.warnings, recurring), recurring, window)
    planner.gone(window, recurring)
    if not components:
        preview.warnings.insert(0, Message("The file has no events."))
    elif not preview.changes and foreign:
        preview.warnings.insert(0, _outside(foreign, window, zone_name))
    return preview


def _outside(foreign, window, zone_name: str) -> Message:
    """Why none of the file's events landed in the import window."""
    uids = {str(c.get("UID", "")) or str(line) for c, line in foreign}
    starts = []
    for component, _line in foreign:
        value = component["DTSTART"].dt
        if not isinstance(value, datetime):
            value = local_datetime(value, time(0), zone_name)
        starts.append(value)
    first_day = window[0].astimezone(window[0].tzinfo).date()
    last_day = (window[1] - timedelta(days=1)).date()
    if starts and min(starts) >= window[1]:
        return Message("%n event(s), all after {date} (use --to, or the import's last day).",
                       count=len(uids), date=last_day)
    return Message("%n event(s), all before {date} (use --from, or the import's first day).",
                   count=len(uids), date=first_day)


def apply_import(store, preview: ImportPreview, file_name: str = "calendar", progress=None,
                 cancelled=None):
    """Write the preview (the ``services.imports`` use case): one undoable Change; ImportFailed
    (nothing written) when it cannot be; ImportCancelled (nothing written) when ``cancelled()``
    turned true."""
    from cmplanner.domain.errors import DomainError
    from cmplanner.services.imports import ImportCancelled, import_calendar

    try:
        return import_calendar(store, preview, file_name, progress, cancelled)
    except ImportCancelled:
        raise
    except DomainError as exc:
        raise ImportFailed(exc.message) from exc
