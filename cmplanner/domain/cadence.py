"""Cadence targets per network ("1 per day", "3 par semaine") and how the plan keeps up."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

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
