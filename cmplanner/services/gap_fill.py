"""What can fill a cadence gap: ideas from the backlog and series occurrences still lacking
content, nearest first. Read-only; the move itself is the calendar's usual move."""

from __future__ import annotations

from datetime import date

from .calendar_range import BACKLOG_STATUSES, Chip


def gap_proposals(network_id: int, day: date, backlog: list[Chip], nearby: list[Chip],
                  limit: int = 12) -> list[Chip]:
    """Backlog ideas and drafts for ``network_id`` (then those with no network yet), and the
    unwritten occurrences of its series on other days of ``nearby``, closest to ``day`` first."""
    ideas = [c for c in backlog if c.status in BACKLOG_STATUSES]
    for_network = [c for c in ideas if network_id in c.network_ids]
    open_ideas = [c for c in ideas if not c.network_ids]
    occurrences = sorted((c for c in nearby if c.is_virtual and network_id in c.network_ids
                          and c.day is not None and c.day != day),
                         key=lambda c: abs((c.day - day).days))  # type: ignore[operator]
    chosen: list[Chip] = []
    for group in (for_network, occurrences, open_ideas):
        for chip in group:
            if len(chosen) >= limit:
                return chosen
            chosen.append(chip)
    return chosen
