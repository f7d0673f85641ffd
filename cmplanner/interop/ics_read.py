"""Reading an .ics file safely: size limit, encoding, structure checked line by line, then parsed.

Nothing here touches the plan. Every refusal is an ``IcsFileError`` whose message names what is
wrong and, where it can, the line: the user can open the file and see it. ``icalendar`` does not
keep line numbers, so a first pass over the unfolded lines records where each component begins
and where each of its properties sits (components are numbered in document order, which is the
order ``Calendar.walk()`` gives back).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cmplanner.domain.errors import Message, as_message

if TYPE_CHECKING:
    from icalendar import Calendar
    from icalendar.cal import Component

VEvents = Iterator[tuple[int, "Component"]]  # (index, VEVENT) pairs, one at a time

# A dry-run import holds about 9 bytes of memory per byte of file (measured: 417 MB at the peak
# for the 47 MB export of a 50,000-post plan, bench/ics_scale_bench.py; the file is kept as UTF-8
# bytes, not as a str) and reads about 1 MB a second. The limit keeps that peak under half of
# this machine's memory, between 64 MB (our own export of a 50,000-post plan comes back) and
# 256 MB (four minutes of reading); 10 bytes a byte leaves a margin.
MEMORY_PER_BYTE = 10


def _limit() -> int:
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        memory = 4 * 1024 ** 3
    return max(64 * 1024 ** 2, min(256 * 1024 ** 2, memory // 2 // MEMORY_PER_BYTE))


MAX_BYTES = _limit()
_NAME = re.compile(rb"^[A-Za-z0-9-]+$")
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class IcsFileError(ValueError):
    """An .ics file that cannot be imported; the message is meant for the user.

    ``IcsFileError("Invalid property name “{name}”.", line, name=name)``: a template, the line
    (or None), the template's parameters. ``message`` is the whole Message, line included.
    """

    def __init__(self, template: str, line: int | None = None, /, **params: object) -> None:
        self.line = line
        self.problem = Message(template, **params) if params else as_message(template)
        self.message = (Message("Line {line}: {problem}", line=line, problem=self.problem)
                        if line else self.problem)
        super().__init__(str(self.message))


@dataclass
class ComponentPlace:
    name: str  # VEVENT, VTIMEZONE...
    line: int  # line of its BEGIN
    properties: dict[str, int] = field(default_factory=dict)  # first line of each property


@dataclass
class ScannedFile:
    text: bytes  # UTF-8, LF line ends: a quarter of the memory a str of it takes with one emoji
    places: list[ComponentPlace]  # every component in document order (VCALENDAR first)

    _by_name: dict[str, list[ComponentPlace]] = field(default_factory=dict)

    def place_of(self, name: str, index: int) -> ComponentPlace | None:
        """The ``index``-th component called ``name`` (0-based)."""
        if name not in self._by_name:
            self._by_name[name] = [p for p in self.places if p.name == name]
        found = self._by_name[name]
        return found[index] if 0 <= index < len(found) else None


def decode(data: bytes, limit: int = MAX_BYTES) -> bytes:
    """The file as UTF-8 bytes with LF line ends, whatever it was written in (UTF-8 with or
    without a mark, UTF-16/32, old Windows text). Kept as bytes: decoded whole, one emoji would
    make a str of four bytes a character, four times the file (a 47 MB export: 173 MB)."""
    if len(data) > limit:
        raise IcsFileError(
            "The file is {size} MB; calendar files above {limit} MB are refused (export a "
            "shorter period from the other calendar).", None, size=round(len(data) / 1048576, 1),
            limit=limit // 1048576)
    if not data.strip():
        raise IcsFileError("The file is empty.")
    wide = _wide_encoding(data)
    if wide is not None:
        encoding, bom = wide
        try:
            text = data[bom:].decode(encoding)
        except UnicodeDecodeError as exc:
            raise IcsFileError("The file says it is {encoding} text but is not (damaged or "
                               "truncated?).", None, encoding=encoding.upper()) from exc
        data = (text[1:] if text.startswith("\ufeff") else text).encode("utf-8")
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        problem = _utf8_problem(data)
        if problem is not None:
            line = data[:problem].count(b"\n") + 1
            if b"\x00" in data[:4096]:
                raise IcsFileError("This is not a calendar file (binary content).", line)
            try:
                data = data.decode("cp1252").encode("utf-8")  # old Outlook exports
            except UnicodeDecodeError:
                raise IcsFileError("The file is neither UTF-8 nor Windows text (binary content?).",
                                   line) from None
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def _utf8_problem(data: bytes, chunk: int = 1 << 20) -> int | None:
    """Where ``data`` stops being UTF-8 (None when it all is), checked a megabyte at a time so
    that no str of the whole file is made."""
    import codecs

    position = 0
    while position < len(data):
        final = position + chunk >= len(data)
        try:
            _text, used = codecs.utf_8_decode(data[position:position + chunk], "strict", final)
        except UnicodeDecodeError as exc:
            return position + exc.start
        position += used
    return None


_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))


def _wide_encoding(data: bytes) -> tuple[str, int] | None:
    """UTF-16 or UTF-32 (Windows tools write them), by their byte-order mark or, without one,
    by where the zero bytes of "BEGIN" fall; the encoding and the length of the mark."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    head = data[:20]
    for encoding, pattern in (("utf-32-le", "BE".encode("utf-32-le")),
                              ("utf-32-be", "BE".encode("utf-32-be")),
                              ("utf-16-le", "BE".encode("utf-16-le")),
                              ("utf-16-be", "BE".encode("utf-16-be"))):
        if head.startswith(pattern):
            return encoding, 0
    return None


def stop_if_cancelled(cancelled: Callable[[], bool] | None) -> None:
    """Between two components of a file being read: stop (``ImportCancelled``) when the user
    pressed Cancel."""
    if cancelled is not None and cancelled():
        from cmplanner.services.imports import ImportCancelled

        raise ImportCancelled()


def scan(text: bytes, cancelled: Callable[[], bool] | None = None) -> ScannedFile:
    """Check the structure of an unparsed calendar (``decode``'s UTF-8 bytes) and record where
    things are; ``cancelled()`` is asked at each component."""
    text = text.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    bad = _CONTROL.search(text)
    if bad is not None:
        raise IcsFileError("Control character {code} in the line (binary junk?).",
                           text.count(b"\n", 0, bad.start()) + 1, code=f"{bad.group()[0]:#04x}")
    logical = _logical_lines(text)
    stack: list[ComponentPlace] = []
    places: list[ComponentPlace] = []
    seen_calendar = False
    last_line = 1
    for number, line in logical:
        if not line.strip():
            continue  # Exchange and ical.js samples carry blank lines; they hold nothing
        last_line = number
        colon = _colon(line)
        if colon < 0 and stack and not any(rest.strip() for _, rest in logical):
            raise IcsFileError("The file is truncated: it stops in the middle of a line, inside "
                               "{open} begun at line {begun}.", number, open=stack[-1].name,
                               begun=stack[-1].line)
        if colon < 0:
            shown = line.decode("utf-8", "replace")
            snippet = shown if len(shown) <= 40 else shown[:40] + "…"
            raise IcsFileError("“{text}” is not a calendar line (no “:” after the name).", number,
                               text=snippet)
        head, value = line[:colon], line[colon + 1:]
        raw_name = head.split(b";", 1)[0].upper()
        if not _NAME.match(raw_name):
            raise IcsFileError("Invalid property name “{name}”.", number,
                               name=raw_name.decode("utf-8", "replace"))
        name = raw_name.decode("ascii")
        if name == "BEGIN":
            stop_if_cancelled(cancelled)
            component = value.strip().upper().decode("utf-8", "replace")
            if not stack and component != "VCALENDAR":
                raise IcsFileError("The file does not start with BEGIN:VCALENDAR "
                                   "(is it an iCalendar file?).", number)
            if not stack and seen_calendar:
                raise IcsFileError("A second calendar starts after the first one ended.", number)
            seen_calendar = True
            place = ComponentPlace(component, number)
            stack.append(place)
            places.append(place)
        elif name == "END":
            component = value.strip().upper().decode("utf-8", "replace")
            if not stack:
                raise IcsFileError("END:{component} without a matching BEGIN.", number,
                                   component=component)
            if stack[-1].name != component:
                raise IcsFileError("END:{component} closes {open} begun at line {begun}.", number,
                                   component=component, open=stack[-1].name, begun=stack[-1].line)
            stack.pop()
        else:
            if not stack:
                raise IcsFileError("The file does not start with BEGIN:VCALENDAR "
                                   "(is it an iCalendar file?).", number)
            stack[-1].properties.setdefault(name, number)
    if not seen_calendar:
        raise IcsFileError("The file holds no calendar (no BEGIN:VCALENDAR).")
    if stack:
        open_one = stack[-1]
        raise IcsFileError(
            "The file ends inside {open} begun at line {begun} (END:{open} is missing: the file "
            "is truncated?).", last_line, open=open_one.name, begun=open_one.line)
    return ScannedFile(text, places)  # LF line ends: icalendar reads both


def _logical_lines(text: bytes):
    """The unfolded lines of ``text`` (a line starting with a space or tab continues the
    previous one), each with the number of its first physical line; one at a time, so a large
    file is never held twice as a list of lines."""
    number, start, size = 0, 0, len(text)
    pending: tuple[int, bytes] | None = None
    while start <= size:
        end = text.find(b"\n", start)
        if end < 0:
            end = size
        line = text[start:end]
        number += 1
        start = end + 1
        if line[:1] in (b" ", b"\t") and pending is not None:
            pending = (pending[0], pending[1] + line[1:])
            continue
        if pending is not None:
            yield pending
        pending = (number, line)
    if pending is not None:
        yield pending


def _colon(line: bytes) -> int:
    """Index of the ':' that ends the name and parameters (quoted parameter values may hold one)."""
    first = line.find(b":")
    if first < 0 or b'"' not in line[:first]:
        return first
    quoted = False
    for index, char in enumerate(line):
        if char == 0x22:  # "
            quoted = not quoted
        elif char == 0x3A and not quoted:  # :
            return index
    return -1


def read_calendar(data: bytes, limit: int = MAX_BYTES, cancelled: Callable[[], bool] | None = None
                  ) -> tuple[Calendar, ScannedFile, VEvents]:
    """The calendar of ``data``, whatever its size: ``(calendar, scanned, vevents)`` where
    ``calendar`` holds the head (its properties and VTIMEZONEs), ``scanned`` the scan and
    ``vevents`` gives ``(index, vevent)`` pairs one at a time, so no tree of the whole file is
    ever held. A file whose layout does not allow it (a VTIMEZONE after the first VEVENT) is
    parsed whole, the same pairs coming from its tree. IcsFileError (with a line) otherwise;
    ImportCancelled when ``cancelled()`` turns true while the file is scanned."""
    scanned = scan(decode(data, limit), cancelled)
    stop_if_cancelled(cancelled)
    streamed = _streamed(scanned)
    if streamed is not None:
        return (streamed[0], scanned, streamed[1])
    calendar = _whole(scanned)
    return calendar, scanned, iter(enumerate(calendar.walk("VEVENT")))


def _from_ical(text: bytes, line: int | None = None) -> Any:
    import icalendar

    try:
        return icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise IcsFileError("The calendar cannot be read: {problem}", line,
                           problem=str(exc)) from exc


def _whole(scanned: ScannedFile) -> Calendar:
    """The parsed ``icalendar.Calendar`` of the whole file."""
    from icalendar.timezone import tzp

    # icalendar keeps every VTIMEZONE it has read under its TZID, the first definition winning:
    # two files that both say "Customized Time Zone" for different zones would share the first
    # one's. Each file starts with an empty cache, so its own definitions apply.
    tzp.use(tzp.name)
    parsed = _from_ical(scanned.text)
    if isinstance(parsed, list):
        raise IcsFileError("The file holds several calendars; import them one at a time.")
    calendar: Calendar = parsed
    return calendar


_VEVENT = re.compile(rb"^BEGIN:VEVENT\n.*?^END:VEVENT$", re.M | re.S)


def _streamed(scanned: ScannedFile) -> tuple[Calendar, VEvents] | None:
    """The head of the calendar and its VEVENTs one at a time, or None when the file's layout
    does not allow it."""
    import icalendar
    from icalendar.timezone import tzp

    text = scanned.text
    places = scanned.places
    vevents = [p for p in places if p.name == "VEVENT"]
    first = _VEVENT.search(text)
    if first is None or any(p.name == "VTIMEZONE" and p.line > vevents[0].line for p in places) \
            or sum(1 for _ in _VEVENT.finditer(text)) != len(vevents):
        return None
    tzp.use(tzp.name)  # (see _whole)
    calendar = _from_ical(text[: first.start()] + b"END:VCALENDAR\n")

    def events() -> VEvents:
        for index, match in enumerate(_VEVENT.finditer(text)):
            try:
                yield index, icalendar.Event.from_ical(match.group(0))
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                raise IcsFileError("The calendar cannot be read: {problem}", vevents[index].line,
                                   problem=str(exc)) from exc
    return calendar, events()
