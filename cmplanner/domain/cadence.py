"""Cadence targets per network ("1 per day", "3 par semaine") and how the plan keeps up."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from .errors import InvalidCadence

_PERIODS = {
    "day": 1, "days": 1, "jour": 1, "jours": 1, "j": 1, "d": 1,
    "week": 7, "weeks": 7, "semaine": 7, "semaines": 7, "sem": 7, "w": 7,
    "month": 30.4375, "months": 30.4375, "mois": 30.4375, "m": 30.4375,
}
_PATTERN = re.compile(
    r"^\s*(\d+(?:[.,]\d+)?)\s*(?:post|posts|publication|publications)?\s*(?:per|par|/|a|an|every|chaque)?\s*"
    r"([a-z]+)\s*$")


@dataclass(frozen=True)
class Cadence:
    count: float
    period_days: float

    @property
    def per_day(self) -> float:
        return self.count / self.period_days

    def expected(self, start: date, end: date) -> float:
        """Posts expected between ``start`` and ``end`` (inclusive)."""
        return self.per_day * ((end - start).days + 1)


def parse_cadence(text: str) -> Cadence | None:
    """``None`` for an empty target; InvalidCadence for one that cannot be understood."""
    if not text or not text.strip():
        return None
    match = _PATTERN.match(text.strip().lower())
    if not match or match.group(2) not in _PERIODS:
        raise InvalidCadence(
            "Cadence “{text}” not understood: write it like “1 per day” or “3 par semaine”.",
            text=text)
    count = float(match.group(1).replace(",", "."))
    if count <= 0:
        raise InvalidCadence("A cadence target must be above zero.")
    return Cadence(count, _PERIODS[match.group(2)])


@dataclass(frozen=True)
class CadenceStatus:
    network_id: int
    planned: int
    expected: float

    @property
    def ratio(self) -> float:
        return self.planned / self.expected if self.expected else 1.0

    @property
    def verdict(self) -> str:
        """'under', 'on_track' or 'over', with a 20 % tolerance."""
        if self.ratio < 0.8:
            return "under"
        if self.ratio > 1.2:
            return "over"
        return "on_track"


def cadence_status(network_id: int, cadence_text: str, planned: int, start: date,
                   end: date) -> CadenceStatus | None:
    cadence = parse_cadence(cadence_text)
    if cadence is None:
        return None
    return CadenceStatus(network_id, planned, cadence.expected(start, end))


# --- flags per network and day -----------------------------------------------------------------
# A cadence is read over working days (Monday to Friday, public holidays and closures left out):
# "1 par jour" expects a post every working day, "3 par semaine" one every 5/3 working days.

WORKING_DAYS_PER_WEEK = 5


class DayFlag(NamedTuple):
    """Why a network's day is flagged: ``gap`` (the cadence expects a post and there is none for
    ``run`` working days in a row) or ``overload`` (``posts`` that day, more than ``limit``). A
    named tuple: a month of a busy plan makes hundreds, built with each month shown."""

    network_id: int
    day: date
    kind: str  # "gap" | "overload"
    cadence: str  # the target as the plan wrote it
    posts: int = 0
    limit: int = 0
    run: int = 0


def per_working_day(cadence: Cadence) -> float:
    if cadence.period_days <= 1:
        return cadence.count / cadence.period_days
    return cadence.count / (cadence.period_days * WORKING_DAYS_PER_WEEK / 7)


def allowed_empty_days(cadence: Cadence) -> int:
    """Working days in a row without a post that the cadence still allows (0 for daily)."""
    spacing = 1 / per_working_day(cadence)
    return 0 if spacing <= 1 else math.ceil(spacing - 1e-9)


def daily_limit(cadence: Cadence) -> int:
    """More posts than this on one day is an overload."""
    return max(2, 2 * math.ceil(per_working_day(cadence) - 1e-9))


@lru_cache(maxsize=256)
def cached_cadence(text: str) -> Cadence | None:
    """``parse_cadence`` that answers None for a target it cannot read (flags are advice; the
    editorial-line page reports the unreadable target)."""
    try:
        return parse_cadence(text)
    except InvalidCadence:
        return None


def flag_days(network_id: int, cadence_text: str, counts: dict[date, int], days: list[date],
              skipped: set[date] | frozenset[date] = frozenset(),
              gaps_from: date | None = None) -> list[DayFlag]:
    """Flags of ``network_id`` over the consecutive ``days`` (sorted), given its posts per day.
    Weekends and ``skipped`` days (public holidays, closures) expect nothing and do not lengthen
    a gap; a post on them still counts. Gaps before ``gaps_from`` (the past: nothing to plan
    there any more) are not flagged; overloads are."""
    cadence = cached_cadence(cadence_text)
    if cadence is None:
        return []
    allowed = allowed_empty_days(cadence)
    limit = daily_limit(cadence)
    flags = []
    run = 0
    for day in days:
        count = counts.get(day, 0)
        if count:
            if count > limit:
                flags.append(DayFlag(network_id, day, "overload", cadence_text, count, limit))
            run = 0
            continue
        if day.weekday() >= 5 or day in skipped:
            continue
        run += 1
        if run > allowed and (gaps_from is None or day >= gaps_from):
            flags.append(DayFlag(network_id, day, "gap", cadence_text, 0, limit, run))
    return flags
