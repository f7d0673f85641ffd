"""Which recurrence rules Outlook can hold.

Outlook maps an RRULE only onto its own patterns: daily (every n days), weekly on some weekdays,
monthly on a positive day of the month or on a single nth weekday, yearly on one date or one nth
weekday of one month; an interval; an end by count or by date. Anything else (2nd and 4th
Tuesday, BYMONTHDAY=-1, BYSETPOS, BYHOUR...) is written as individual occurrences in the
Outlook-safe profile, so nothing silently disappears in Outlook.
"""

from __future__ import annotations

import re

_COMMON = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"}
_WEEKDAY = re.compile(r"^(MO|TU|WE|TH|FR|SA|SU)$")
_NTH_WEEKDAY = re.compile(r"^([+]?[1-4]|-1)(MO|TU|WE|TH|FR|SA|SU)$")


def _parts(rule: str) -> dict[str, str]:
    body = rule.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    return dict(p.split("=", 1) for p in body.upper().strip(";").split(";") if "=" in p)


def outlook_refusal(rule: str) -> str | None:
    """Why Outlook cannot hold ``rule`` (None when it can)."""
    parts = _parts(rule)
    freq = parts.get("FREQ", "")
    extra = set(parts) - _COMMON
    by_day = [d for d in parts.get("BYDAY", "").split(",") if d]
    month_days = [d for d in parts.get("BYMONTHDAY", "").split(",") if d]
    months = [m for m in parts.get("BYMONTH", "").split(",") if m]
    if freq == "DAILY":
        if extra:
            return "Outlook repeats daily only every n days, without other conditions"
        return None
    if freq == "WEEKLY":
        if extra - {"BYDAY"}:
            return "Outlook repeats weekly only on chosen weekdays"
        if not all(_WEEKDAY.match(d) for d in by_day):
            return "Outlook cannot hold numbered weekdays in a weekly rule"
        return None
    if freq in ("MONTHLY", "YEARLY"):
        allowed = {"BYDAY", "BYMONTHDAY"} | ({"BYMONTH"} if freq == "YEARLY" else set())
        if extra - allowed:
            return f"Outlook cannot hold {', '.join(sorted(extra - allowed))} in a {freq.lower()} rule"
        if by_day and month_days:
            return "Outlook cannot combine a day of the month and a weekday"
        if len(months) > 1:
            return "Outlook repeats yearly in one month only"
        if len(month_days) > 1 or any(not d.lstrip("+").isdigit() for d in month_days):
            return "Outlook repeats on a single positive day of the month (not the last day)"
        if len(by_day) > 1:
            return "Outlook repeats on a single nth weekday (not the 2nd and 4th Tuesday)"
        if by_day and not _NTH_WEEKDAY.match(by_day[0]):
            return "Outlook needs the weekday numbered (1st to 4th, or last)"
        return None
    return f"Outlook cannot repeat {freq.lower() or 'without a frequency'}"


def outlook_can_hold(rule: str) -> bool:
    return outlook_refusal(rule) is None
