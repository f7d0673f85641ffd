"""What an import would do, as plain data shown to the user before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cmplanner.domain.errors import Message

CREATE, UPDATE, REMOVE, SKIP = "create", "update", "remove", "skip"


@dataclass(frozen=True)
class PreviewRow:
    action: str  # create | update | remove | skip
    what: str  # event | post | series | network | pillar | person
    title: str
    start: datetime | None
    uid: str
    reason: str = ""  # a Message (a str) the interface translates


@dataclass
class Change:
    """One row and what applying it stores (an entity, or a name for a network or pillar)."""

    row: PreviewRow
    entity: Any = None
    network_names: list[str] = field(default_factory=list)
    pillar_name: str | None = None
    series_uid: str | None = None  # a post that replaces an occurrence of this series
    owner_name: str | None = None  # the owner, when the import creates that person
    approval_names: list[str] = field(default_factory=list)  # who gave each approval


@dataclass
class ImportPreview:
    source: str  # the program that wrote the file, from PRODID
    changes: list[Change] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)

    @property
    def rows(self) -> list[PreviewRow]:
        return [c.row for c in self.changes]

    def _with(self, action: str) -> list[PreviewRow]:
        return [c.row for c in self.changes if c.row.action == action]

    @property
    def to_create(self) -> list[PreviewRow]:
        return self._with(CREATE)

    @property
    def to_update(self) -> list[PreviewRow]:
        return self._with(UPDATE)

    @property
    def to_remove(self) -> list[PreviewRow]:
        """Items the source no longer has (cancelled, excluded, cut from its rule)."""
        return self._with(REMOVE)

    @property
    def to_skip(self) -> list[PreviewRow]:
        return self._with(SKIP)

    @property
    def writes_anything(self) -> bool:
        return any(c.row.action != SKIP for c in self.changes)

    def counts(self) -> dict[str, int]:
        return {CREATE: len(self.to_create), UPDATE: len(self.to_update),
                REMOVE: len(self.to_remove), SKIP: len(self.to_skip)}

    def as_text(self, limit: int | None = None) -> str:
        """The preview for a terminal: counts, warnings, then one line per row."""
        counts = self.counts()
        lines = [f"Source: {self.source}",
                 f"To create: {counts[CREATE]}, to update: {counts[UPDATE]}, "
                 f"to remove: {counts[REMOVE]}, to skip: {counts[SKIP]}"]
        lines += [f"Warning: {w}" for w in self.warnings]
        rows = self.rows if limit is None else self.rows[:limit]
        for row in rows:
            when = row.start.strftime("%Y-%m-%d %H:%M %Z").strip() if row.start else "-"
            reason = f"  ({row.reason})" if row.reason else ""
            lines.append(f"{row.action:<6} {row.what:<7} {when:<22} {row.title}{reason}")
        if limit is not None and len(self.rows) > limit:
            lines.append(f"… and {len(self.rows) - limit} more")
        return "\n".join(lines)
