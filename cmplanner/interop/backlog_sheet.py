"""The team backlog as a spreadsheet: CSV (UTF-8 with BOM) or XLSX (openpyxl).

Both carry the same sections as the HTML page: the calendar of the coming weeks, the to-do list
(ideas, drafts, posts waiting for validation), content requests, events with their promotion and
who does what. The XLSX has one sheet per section; the CSV is one table with a section column.

These files leave the machine: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is prefixed with ``'`` so no spreadsheet program runs it as a formula.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime

from cmplanner.services.backlog import BacklogSnapshot, Entry

from . import backlog_strings as words

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 (hence XLSX) cannot hold; tab, newline and carriage return are allowed.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
Cell = str | int | date | datetime | None


def neutralise(value: str) -> str:
    """``value`` made safe from formula injection (a leading quote keeps it text)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


@dataclass(frozen=True)
class Table:
    key: str  # "calendar", "backlog"...
    columns: tuple[str, ...]  # keys of backlog_strings.TEXT
    rows: list[dict[str, Cell]]


def tables(snapshot: BacklogSnapshot) -> list[Table]:
    lang = words.language_of(snapshot.language)
    t = words.text(lang)
    people = {p.id: p.name for p in snapshot.people}
    networks = {n.id: n.name for n in snapshot.networks}
    pillars = {p.id: p.name for p in snapshot.pillars}

    def label(value: str) -> str:
        return words.value_label(lang, value)

    def names(ids) -> str:
        return ", ".join(people[i] for i in ids if i in people)

    def post_row(e: Entry) -> dict[str, Cell]:
        return {
            "date": e.start.date() if e.start else None, "time": words.time_label(e.start),
            "post": e.title, "status": label(e.status),
            "networks": ", ".join(networks[i] for i in e.network_ids if i in networks),
            "pillar": pillars.get(e.pillar_id, ""), "owner": people.get(e.owner_id, ""),
            "series": e.series_name, "content_due": e.content_due, "media_needed": e.media_needed,
            "notes": e.public_notes, "text": e.text, "waiting_for": names(e.waiting_for_ids),
            "since": e.waiting_since.replace(tzinfo=None) if e.waiting_since else None,
            "approvals": f"{e.approvals_given} / {e.approvals_needed}" if e.approvals_needed else "",
        }

    post_columns = ("date", "time", "post", "status", "networks", "pillar", "owner")
    extra = ("content_due", "media_needed", "notes", "text")
    result = [
        Table("calendar", (*post_columns, "series", *extra),
              [post_row(e) for e in snapshot.calendar]),
        Table("backlog", (*post_columns, "waiting_for", "since", "approvals", *extra),
              [post_row(e) for e in snapshot.backlog]),
        Table("requests", ("due", "overdue", "topic", "status", "requester", "assignee",
                           "media_offered", "details"),
              [{"due": r.due, "overdue": t["yes"] if r.overdue else "", "topic": r.topic,
                "status": label(r.status), "requester": people.get(r.requester_id, ""),
                "assignee": people.get(r.assignee_id, ""), "media_offered": r.media_offered,
                "details": r.details} for r in snapshot.requests]),
    ]
    event_rows: list[dict[str, Cell]] = []
    for ev in snapshot.events:
        base: dict[str, Cell] = {
            "event": ev.title, "kind": label(ev.kind), "start": ev.start.replace(tzinfo=None),
            "end": ev.end.replace(tzinfo=None),
            "where": ", ".join(x for x in dict.fromkeys((ev.location, ev.site)) if x),
            "organisers": names(ev.organiser_ids)}
        for post in ev.promotion or [None]:
            row = dict(base)
            if post is not None:
                row.update({k: v for k, v in post_row(post).items()
                            if k in ("date", "time", "post", "status", "networks", "owner")})
            event_rows.append(row)
    result.append(Table("events", ("event", "kind", "start", "end", "where", "organisers",
                                   "date", "time", "post", "networks", "status", "owner"),
                        event_rows))
    result.append(Table("duties", ("person", "role", "about", "what", "date", "status"),
                        [{"person": people.get(d.person_id, ""), "role": label(d.role),
                          "about": label(d.section), "what": d.title, "date": d.when,
                          "status": label(d.status)} for d in snapshot.duties]))
    return result


def _headers(lang: str, columns) -> list[str]:
    t = words.text(lang)
    return [t.get(c, c) for c in columns]


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))


def render_csv(snapshot: BacklogSnapshot, semicolon: bool = False) -> bytes:
    """One table, a section column first; UTF-8 with BOM so Excel reads the accents."""
    lang = words.language_of(snapshot.language)
    t = words.text(lang)
    all_tables = tables(snapshot)
    columns: list[str] = []
    for table in all_tables:
        columns += [c for c in table.columns if c not in columns]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if semicolon else ",", lineterminator="\r\n")
    writer.writerow(_headers(lang, ["section", *columns]))
    for table in all_tables:
        section = t[f"sheet_{table.key}"]
        for row in table.rows:
            writer.writerow([neutralise(section)] + [_csv_text(row.get(c)) for c in columns])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _xlsx_value(value: Cell) -> Cell:
    if isinstance(value, str):
        return neutralise(_NOT_XML.sub("", value))
    return value


def _width(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def render_xlsx(snapshot: BacklogSnapshot) -> bytes:
    """One sheet per section, each with a bold header row, filters and frozen panes."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    lang = words.language_of(snapshot.language)
    t = words.text(lang)
    date_format = "dd/mm/yyyy" if lang == "fr" else "yyyy-mm-dd"
    book = Workbook(write_only=True)
    book.properties.title = f"{snapshot.plan_name} — {t['title']}"
    book.properties.creator = "cmplanner"
    book.properties.description = t["generated"].format(
        when=words.datetime_label(lang, snapshot.generated_at) + f" ({snapshot.timezone})",
        plan=snapshot.plan_name)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8ECF1")
    for table in tables(snapshot):
        sheet = book.create_sheet(t[f"sheet_{table.key}"])
        headers = _headers(lang, table.columns)
        rows = [[_xlsx_value(row.get(c)) for c in table.columns] for row in table.rows]
        for index, header in enumerate(headers):
            longest = max([len(header) + 2, *(_width(r[index]) for r in rows[:2000])])
            sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(longest + 1, 8), 60)
        sheet.freeze_panes = "A2"
        last = f"{get_column_letter(len(headers))}{len(rows) + 1}"
        sheet.auto_filter.ref = f"A1:{last}"
        header_cells = []
        for header in headers:
            cell = WriteOnlyCell(sheet, header)
            cell.font, cell.fill = bold, fill
            header_cells.append(cell)
        sheet.append(header_cells)
        for row in rows:
            cells = []
            for value in row:
                if isinstance(value, (date, datetime)):
                    cell = WriteOnlyCell(sheet, value)
                    cell.number_format = date_format + (" hh:mm" if isinstance(value, datetime) else "")
                    cells.append(cell)
                else:
                    cells.append(value)
            sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
