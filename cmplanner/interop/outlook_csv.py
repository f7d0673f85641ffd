"""The CSV fallback for Outlook set-ups that refuse .ics files: Outlook's own column headers,
one row per occurrence (a CSV cannot repeat), the same selection and privacy rules as the
iCalendar export (it is built from the same calendar). Every cell is neutralised against formula
injection as the backlog's CSV is (one rule, ``backlog_sheet.neutralise``)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from cmplanner.domain.timezones import zone

from cmplanner.files.atomic import atomic_write_bytes
from cmplanner.storage.backups import check_export_target

from .backlog_sheet import neutralise
from .ics_export import ExportSummary, _produce
from .ics_options import ExportOptions, Profile

HEADERS = ["Subject", "Start Date", "Start Time", "End Date", "End Time", "All day event",
           "Description", "Categories", "Location"]
FORMATS = {"fr": ("%d/%m/%Y", "%H:%M:%S"), "en": ("%m/%d/%Y", "%I:%M:%S %p")}


def _local(value, zone_name: str):
    if isinstance(value, datetime):
        return value.astimezone(zone(zone_name))
    return value


def csv_rows(store, options: ExportOptions | None = None, progress=None,
             cancelled=None) -> list[list[str]]:
    options = replace(options or ExportOptions(), profile=Profile.SINGLE)
    settings = store.settings()
    day_format, time_format = FORMATS.get(settings.language, FORMATS["en"])
    found: list[tuple[datetime, list[str]]] = []

    def row(vevent) -> None:  # each VEVENT becomes a row as soon as it is built (memory flat)
        start = _local(vevent.decoded("dtstart"), settings.timezone)
        end = _local(vevent.decoded("dtend"), settings.timezone) if "DTEND" in vevent else start
        all_day = not isinstance(start, datetime)
        if all_day:
            end = end - timedelta(days=1)  # Outlook's CSV end day is inclusive
        categories = vevent.get("CATEGORIES")
        names = [str(c) for c in categories.cats] if categories is not None else []
        found.append((_sort_key(start), [
            str(vevent.get("SUMMARY", "")),
            start.strftime(day_format),
            "" if all_day else start.strftime(time_format),
            end.strftime(day_format),
            "" if all_day else end.strftime(time_format),
            "True" if all_day else "False",
            str(vevent.get("DESCRIPTION", "")),
            ";".join(names),
            str(vevent.get("LOCATION", "")),
        ]))

    _produce(store, options, ExportSummary(), row, progress, cancelled)
    found.sort(key=lambda pair: pair[0])
    return [HEADERS] + [cells for _, cells in found]


def _sort_key(value) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(zone("UTC")).replace(tzinfo=None)
    return datetime.combine(value, datetime.min.time())


def csv_bytes(store, options: ExportOptions | None = None, progress=None,
              cancelled=None) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    # Spreadsheets (Excel opens .csv files) run a cell that starts like a formula.
    writer.writerows([[neutralise(cell) for cell in row] for row in csv_rows(store, options, progress, cancelled)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM tells Outlook it is UTF-8


def write_csv(store, path: Path | str, options: ExportOptions | None = None, progress=None,
              cancelled=None) -> int:
    check_export_target(path, getattr(store, "path", None))  # never over a plan
    data = csv_bytes(store, options, progress, cancelled)
    atomic_write_bytes(path, data)
    return data.count(b"\r\n") - 1

