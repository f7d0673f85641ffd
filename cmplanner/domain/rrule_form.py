"""A recurrence rule as the fields a person fills in, and back to an RFC 5545 RRULE.

The form covers what people usually mean: every N days / weeks (on some weekdays) / months (on a
day of the month, or the 2nd Tuesday, the last Friday) / years, ending never, after a number of
occurrences, or on a date. Rules the form cannot show (BYHOUR, BYSETPOS...) come back with
``custom=True`` and the raw text kept, so an expert's rule is never silently rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from .errors import InvalidRecurrence, Message
from .recurrence import _normalise, until_wall
from .timezones import UTC, local_datetime

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # index = Python weekday()
POSITIONS = (1, 2, 3, 4, -1)  # first .. fourth, last

ENDS = ("never", "count", "until")
MONTHLY_MODES = ("day", "weekday")  # on the 15th / on the 2nd Tuesday


@dataclass
class RecurrenceForm:
    freq: str = "WEEKLY"
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # WEEKLY: Python weekday numbers (0 = Monday)
    monthly_mode: str = "day"
    month_day: int | None = None  # MONTHLY "day": None = the start's day
    position: int = 1  # MONTHLY "weekday": 1..4 or -1 (last)
    position_weekday: int = 0
    end: str = "never"
    count: int = 10
    until: date | None = None  # local date, inclusive
    custom: bool = False  # the rule has parts the form cannot show
    raw: str = field(default="", compare=False)


def _parts(text: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in _normalise(text).split(";"))


def _positive(value: str, what: Message) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise InvalidRecurrence("{what} “{value}” is not a whole number.", what=what,
                                value=value) from exc
    if number < 1:
        raise InvalidRecurrence("{what} must be at least 1.", what=what)
    return number


def _until_date(raw: str, zone_name: str) -> date:
    return until_wall(raw, zone_name).date()


def _weekday_code(code: str) -> tuple[int, int | None]:
    """'TU' -> (1, None); '2TU' -> (1, 2); '-1FR' -> (4, -1)."""
    day = code[-2:]
    if day not in DAY_CODES:
        raise InvalidRecurrence("Unknown weekday “{code}” in the recurrence rule.", code=code)
    prefix = code[:-2]
    if not prefix:
        return DAY_CODES.index(day), None
    try:
        return DAY_CODES.index(day), int(prefix)
    except ValueError as exc:
        raise InvalidRecurrence("Unknown weekday “{code}” in the recurrence rule.",
                                code=code) from exc


def from_rrule(text: str, zone_name: str) -> RecurrenceForm:
    """The form for ``text``; InvalidRecurrence when the text is not a usable rule."""
    parts = _parts(text)
    form = RecurrenceForm(freq=parts.pop("FREQ"), raw=_normalise(text))
    if "INTERVAL" in parts:
        form.interval = _positive(parts.pop("INTERVAL"), Message("The interval"))
    if "COUNT" in parts:
        form.end, form.count = "count", _positive(parts.pop("COUNT"),
                                                   Message("The number of occurrences"))
    elif "UNTIL" in parts:
        form.end, form.until = "until", _until_date(parts.pop("UNTIL"), zone_name)
    if parts.get("WKST") == "MO":  # the default week start changes nothing
        del parts["WKST"]
    if form.freq == "WEEKLY" and "BYDAY" in parts:
        days = [_weekday_code(c) for c in parts.pop("BYDAY").split(",")]
        if any(position is not None for _, position in days):
            form.custom = True
        form.weekdays = tuple(sorted({d for d, _ in days}))
    elif form.freq == "MONTHLY" and "BYMONTHDAY" in parts and "BYDAY" not in parts:
        raw_day = parts.pop("BYMONTHDAY")
        if "," in raw_day or raw_day.startswith("-"):
            form.custom = True
        else:
            day = _positive(raw_day, Message("The day of the month"))
            form.monthly_mode, form.month_day = "day", day
            if form.month_day > 31:
                raise InvalidRecurrence("A day of the month is between 1 and 31.")
    elif form.freq == "MONTHLY" and "BYDAY" in parts:
        codes = parts.pop("BYDAY").split(",")
        if "BYSETPOS" in parts and len(codes) == 1:
            day, _ = _weekday_code(codes[0])
            form.monthly_mode, form.position_weekday = "weekday", day
            setpos = parts.pop("BYSETPOS")
            form.position = int(setpos) if setpos.lstrip("-").isdigit() else 0
        elif len(codes) == 1 and _weekday_code(codes[0])[1] is not None:
            day, position = _weekday_code(codes[0])
            form.monthly_mode, form.position_weekday, form.position = "weekday", day, position  # type: ignore[assignment]
        else:
            form.custom = True
        if form.position not in POSITIONS:
            form.custom = True
    if parts:
        form.custom = True
    return form


def to_rrule(form: RecurrenceForm, zone_name: str) -> str:
    """The RRULE text for ``form``. UNTIL is the end of the local day ``form.until``, written in
    UTC as RFC 5545 asks when the series starts at a date-time."""
    if form.custom:
        return form.raw
    if form.freq not in FREQUENCIES:
        raise InvalidRecurrence(
            "Frequency {freq} is not supported: use DAILY, WEEKLY, MONTHLY or YEARLY.",
            freq=form.freq)
    if form.interval < 1:
        raise InvalidRecurrence("The interval must be at least 1.")
    parts = [f"FREQ={form.freq}"]
    if form.interval != 1:
        parts.append(f"INTERVAL={form.interval}")
    if form.freq == "WEEKLY" and form.weekdays:
        parts.append("BYDAY=" + ",".join(DAY_CODES[d] for d in sorted(set(form.weekdays))))
    if form.freq == "MONTHLY":
        if form.monthly_mode == "weekday":
            if form.position not in POSITIONS:
                raise InvalidRecurrence("Choose the first, second, third, fourth or last weekday.")
            parts.append(f"BYDAY={form.position}{DAY_CODES[form.position_weekday]}")
        elif form.month_day is not None:
            if not 1 <= form.month_day <= 31:
                raise InvalidRecurrence("A day of the month is between 1 and 31.")
            parts.append(f"BYMONTHDAY={form.month_day}")
    if form.end == "count":
        if form.count < 1:
            raise InvalidRecurrence("The number of occurrences must be at least 1.")
        parts.append(f"COUNT={form.count}")
    elif form.end == "until":
        if form.until is None:
            raise InvalidRecurrence("Choose the date the series ends.")
        last = local_datetime(form.until, time(23, 59, 59), zone_name).astimezone(UTC)
        parts.append("UNTIL=" + last.strftime("%Y%m%dT%H%M%SZ"))
    return ";".join(parts)


def ended_rule(text: str, last_day: date, zone_name: str) -> str:
    """``text`` ending after the local day ``last_day`` (any COUNT or UNTIL it had is replaced);
    a rule the form cannot show keeps its other parts as they are."""
    form = from_rrule(text, zone_name)
    if not form.custom:
        form.end, form.until = "until", last_day
        return to_rrule(form, zone_name)
    kept = [p for p in _normalise(text).split(";") if p.split("=", 1)[0] not in ("COUNT", "UNTIL")]
    last = local_datetime(last_day, time(23, 59, 59), zone_name).astimezone(UTC)
    return ";".join([*kept, "UNTIL=" + last.strftime("%Y%m%dT%H%M%SZ")])
