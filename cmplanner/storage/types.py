"""Column types: aware date-times stored as fixed-width UTC text, so ranges compare as text."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

FORMAT = "%Y-%m-%d %H:%M:%S.%f"


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC; naive values are refused."""

    impl = String(26)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        # Compared as bytes on a server too ("C" collation): a range scan stays an index range
        # whatever the server's locale, and orders exactly as SQLite does.
        if dialect.name == "postgresql":
            return dialect.type_descriptor(String(26, collation="C"))
        return dialect.type_descriptor(String(26))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r} cannot be stored")
        return value.astimezone(timezone.utc).strftime(FORMAT)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return utc_or_none(value)


def utc_from_text(value: str) -> datetime:
    """The aware UTC datetime of a stored 'YYYY-MM-DD HH:MM:SS.ffffff': fromisoformat is 20
    times strptime's speed, and given the offset it costs a quarter of ``replace(tzinfo=...)``
    after it."""
    return datetime.fromisoformat(value + "+00:00")


def utc_or_none(value: str | None) -> datetime | None:
    """``utc_from_text`` of a column that may be empty (a row read with the driver's cursor)."""
    return None if value is None else utc_from_text(value)


class IsoDate(TypeDecorator[date]):
    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> date | None:
        return None if value is None else date.fromisoformat(value)


class WallTime(TypeDecorator[time]):
    impl = String(5)
    cache_ok = True

    def process_bind_param(self, value: time | None, dialect: Dialect) -> str | None:
        return None if value is None else value.strftime("%H:%M")

    def process_result_value(self, value: str | None, dialect: Dialect) -> time | None:
        return None if value is None else time.fromisoformat(value)
