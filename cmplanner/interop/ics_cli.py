"""The export-ics, export-csv and import-ics verbs (imported only when one of them runs)."""

from __future__ import annotations

import sys
from datetime import date

from cmplanner.domain.enums import PostStatus

from cmplanner.files.atomic import WriteFailed
from .ics_options import DEFAULT_STATUSES, ExportOptions, Profile, Scope


def _day(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        sys.exit(f"cmplanner: {what} {text!r} is not a date like 2026-03-31.")


def _target(store, scope: Scope, name: str | None) -> int | None:
    if scope not in (Scope.NETWORK, Scope.PILLAR, Scope.SERIES):
        return None
    if not name:
        sys.exit(f"cmplanner: --scope {scope.value} needs --name.")
    if scope is Scope.NETWORK:
        found = {n.label.casefold(): n.id for n in store.networks.all()}
    elif scope is Scope.PILLAR:
        found = {p.name.casefold(): p.id for p in store.pillars.all()}
    else:
        found = {s.name.casefold(): s.id for s in store.series.all()}
    if name.casefold() not in found:
        sys.exit(f"cmplanner: no {scope.value} called {name!r} in this plan.")
    return found[name.casefold()]


def export_report(summary, out) -> str:
    """What export-ics wrote, in lines whose counts add up to the calendar items written."""
    lines = [f"{summary.vevents} calendar item(s) written to {out}:",
             f"  {summary.posts} post(s)",
             f"  {summary.vevents_of_series} item(s) for {summary.series} series (rule, moved and "
             f"edited occurrences); their rules hold "
             + (f"{summary.series_occurrences} occurrence(s)" if not summary.endless_series else
                f"{summary.series_occurrences} occurrence(s) and {summary.endless_series} endless "
                f"series"),
             f"  {summary.occurrence_vevents} occurrence(s) of {len(summary.expanded_series)} "
             f"series written one by one",
             f"  {summary.events} event(s)"]
    for name in summary.expanded_series:
        lines.append(f"Series {name!r} written occurrence by occurrence (Outlook cannot hold its rule).")
    if summary.capped_series:
        lines.append(f"{summary.capped_series} endless series written up to "
                     f"{summary.horizon:%Y-%m-%d} (two years ahead, for Outlook).")
    return "\n".join(lines)


def run_export(args, store, as_csv: bool = False) -> int:
    from .ics_export import ExportSummary, write_ics
    from .outlook_csv import write_csv

    try:
        scope = Scope(args.scope)
        options = ExportOptions(
            scope=scope, target_id=_target(store, scope, args.name),
            window_start=_day(args.date_from, "--from"), window_end=_day(args.date_to, "--to"),
            statuses=frozenset(PostStatus(s) for s in args.status) if args.status else DEFAULT_STATUSES,
            include_ideas=args.include_ideas, include_sensitive=args.include_sensitive,
            profile=Profile(args.profile), alarm_minutes=args.alarm)
        if as_csv:
            rows = write_csv(store, args.out, options)
            print(f"{rows} row(s) written to {args.out}")
        else:
            summary: ExportSummary = write_ics(store, args.out, options)
            print(export_report(summary, args.out))
    except WriteFailed as exc:
        sys.exit(f"cmplanner: {exc}")
    finally:
        store.close()
    return 0


def run_import(args, store) -> int:
    from .ics_import import ImportFailed, ImportOptions, apply_import, preview_import, read_file
    from .ics_read import IcsFileError

    try:
        options = ImportOptions(window_start=_day(args.date_from, "--from"),
                                window_end=_day(args.date_to, "--to"),
                                file_name=str(args.file))
        preview = preview_import(store, read_file(args.file), options)
        print(preview.as_text())
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 0
        if not preview.writes_anything:
            print("Nothing to import." if preview.changes == [] else
                  "Nothing to import: the plan already holds every item.")
            return 0
        apply_import(store, preview, str(args.file))
        counts = preview.counts()
        print(f"Imported: {counts['create']} created, {counts['update']} updated, "
              f"{counts['remove']} removed.")
        return 0
    except IcsFileError as exc:
        sys.exit(f"cmplanner: {args.file}: {exc}")
    except ImportFailed as exc:
        sys.exit(f"cmplanner: {exc}")
    finally:
        store.close()
