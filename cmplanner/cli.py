"""Command line: the GUI by default, and verbs that work on a plan without a window.

Verbs are registered in ``VERBS`` (name -> (help, add_arguments, run)); each verb module is
imported only when its verb runs, so start-up stays light.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from . import __version__

if TYPE_CHECKING:
    from .domain.period import Period

T = TypeVar("T")

Verb = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
VERBS: dict[str, Verb] = {}


Run = Callable[[argparse.Namespace], int]


def verb(name: str, help_text: str,
         add_arguments: Callable[[argparse.ArgumentParser], None]) -> Callable[[Run], Run]:
    def register(run: Run) -> Run:
        VERBS[name] = (help_text, add_arguments, run)
        return run
    return register


def plan_location(text: str) -> Path | str:
    """A plan file's path, or a team plan's ``postgresql://`` address kept as given."""
    from .storage.server import is_server_url

    return text if is_server_url(text) else Path(text)


def _plan_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--plan", type=plan_location, default=None,
                        help="plan file or team plan address (postgresql://host/database; "
                             "default: the plan in the user data folder)")


def open_team_or_exit(url: str, create: bool = False, read_only: bool = False):
    """The team plan at ``url``; a password libpq did not find (.pgpass, service file) is asked
    on the terminal, never stored. Its changes are signed with $CMPLANNER_AUTHOR, else the
    login name."""
    import getpass
    import os

    from .storage.errors import PlanFileError
    from .storage.server import PasswordNeeded
    from .storage.store import PlanStore

    try:
        try:
            store = PlanStore.open(url, create=create, read_only=read_only)
        except PasswordNeeded:
            if not sys.stdin.isatty():
                raise
            store = PlanStore.open(url, create=create, read_only=read_only,
                                   password=getpass.getpass("Password: "))
    except PlanFileError as exc:
        sys.exit(f"cmplanner: {exc}")
    store.author = os.environ.get("CMPLANNER_AUTHOR") or getpass.getuser()
    return store


def open_store_or_exit(path: Path | str | None, create: bool = False, read_only: bool = False):
    """The store for ``path`` (default plan when None; a team plan for a server address); exits
    with a message on a bad file."""
    from .paths import default_plan_path
    from .storage.errors import PlanFileError
    from .storage.store import PlanStore

    if isinstance(path, str):
        return open_team_or_exit(path, create, read_only)
    target = path or default_plan_path()
    if not create and not target.exists():
        sys.exit(f"cmplanner: no plan at {target}")
    release = _lock_or_exit(target) if not read_only else None
    try:
        store = PlanStore.open(target, create=create, read_only=read_only)
    except PlanFileError as exc:
        sys.exit(f"cmplanner: {exc}")
    if release is not None:
        store.on_close.append(release)
    return store


def _lock_or_exit(target: Path):
    """A verb that writes takes the plan's lock as the window does, so it never writes under an
    open window's undo history; returns the function that releases it (run at store.close() or
    at exit), or None."""
    import atexit
    import os

    from .files.plan_lock import LockState, PlanLock

    target.parent.mkdir(parents=True, exist_ok=True)
    lock = PlanLock(target)
    state = lock.acquire()
    if state == LockState.HELD:
        holder = lock.holder()
        if holder is not None and holder.pid == os.getpid():
            return None  # an earlier verb of this same process (tests run several in one process)
        who = holder.describe() if holder else "another program"
        sys.exit(f"cmplanner: {target.name} is open in {who}; close it first "
                 "(verbs that only read accept --read-only where offered).")
    if state != LockState.ACQUIRED:
        return None  # a read-only folder: opening the plan for writing will say so
    atexit.register(lock.release)
    return lock.release


def _add_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", type=plan_location,
                        help="new plan file, or empty team database (postgresql://host/database), "
                             "to fill with the demo plan")


@verb("demo", "create a plan file (or fill an empty team database) with the demo plan", _add_demo)
def _run_demo(args: argparse.Namespace) -> int:
    from .services.demo import build_demo_plan

    if isinstance(args.plan, str):
        from .services.team import target_is_empty

        store = open_team_or_exit(args.plan, create=True)
        if not target_is_empty(store):
            store.close()
            sys.exit(f"cmplanner: {store.location} already holds a plan; the demo plan goes into "
                     "an empty database.")
        build_demo_plan(store)
        print(f"Demo plan written to {store.location}")
        store.close()
        return 0
    if args.plan.exists() and args.plan.stat().st_size:
        sys.exit(f"cmplanner: {args.plan} already exists; the demo plan goes into a new file.")
    store = open_store_or_exit(args.plan, create=True)
    build_demo_plan(store)
    print(f"Demo plan written to {args.plan}")
    store.close()
    return 0


def _add_export_backlog(parser: argparse.ArgumentParser) -> None:
    _plan_argument(parser)
    parser.add_argument("--out", type=Path, required=True,
                        help="file to write (.html, .csv or .xlsx)")
    parser.add_argument("--format", choices=["html", "csv", "xlsx"], default=None,
                        help="file format (default: from the file name, else html)")
    parser.add_argument("--weeks", type=int, default=6,
                        help="weeks of calendar to show, 4 to 8 (default: 6)")
    parser.add_argument("--semicolon", action="store_true",
                        help="CSV separated by semicolons (French Excel)")


@verb("export-backlog", "write the team backlog as one offline HTML page, CSV or XLSX",
      _add_export_backlog)
def _run_export_backlog(args: argparse.Namespace) -> int:
    from .domain.errors import DomainError
    from .files.atomic import WriteFailed
    from .interop.backlog_export import export_backlog

    store = open_store_or_exit(args.plan, read_only=True)
    try:
        size = export_backlog(store, args.out, args.format, args.weeks, args.semicolon)
    except WriteFailed as exc:
        sys.exit(f"cmplanner: {exc.strerror}")
    except DomainError as exc:
        sys.exit(f"cmplanner: {exc}")
    finally:
        store.close()
    print(f"Team backlog written to {args.out} ({size:,} bytes)")
    return 0


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cmplanner",
        description="Editorial planner. Verbs: " + ", ".join(sorted(VERBS)) +
                    " (cmplanner VERB --help).")
    parser.add_argument("plan", nargs="?", type=plan_location,
                        help="plan file, or team plan address (postgresql://host/database), to open")
    parser.add_argument("--read-only", action="store_true", help="open the plan read-only")
    parser.add_argument("--lang", choices=["fr", "en"], help="interface language")
    parser.add_argument("--version", action="version", version=f"cmplanner {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen on a temporary demo plan and exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the verb ``argv`` names (the window is started by ``cmplanner.__main__``: the command
    line never imports the interface)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in VERBS:
        gui_parser().error(f"unknown verb {argv[0] if argv else ''!r}")
    help_text, add_arguments, run = VERBS[argv[0]]
    parser = argparse.ArgumentParser(prog=f"cmplanner {argv[0]}", description=help_text)
    add_arguments(parser)
    return run(parser.parse_args(argv[1:]))




# --- iCalendar and Outlook CSV (cmplanner.interop.ics_cli is imported only when they run) ------
def _add_export_ics(parser: argparse.ArgumentParser) -> None:
    _plan_argument(parser)
    parser.add_argument("--out", type=Path, required=True, help="the .ics file to write")
    parser.add_argument("--scope", default="plan",
                        choices=["plan", "network", "pillar", "series", "events"],
                        help="what to export (network, pillar and series need --name)")
    parser.add_argument("--name", help="the network, pillar or series of the scope")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day (YYYY-MM-DD)")
    parser.add_argument("--profile", default="outlook", choices=["outlook", "standard"],
                        help="outlook: only rules Outlook can hold (default); standard: full rules")
    parser.add_argument("--status", action="append", metavar="STATUS",
                        choices=["draft", "to_validate", "approved", "scheduled", "published", "cancelled"],
                        help="export only posts with this status (repeat it; default: all but ideas)")
    parser.add_argument("--include-ideas", action="store_true", help="also export ideas")
    parser.add_argument("--include-sensitive", action="store_true",
                        help="also export sensitive (crisis) posts")
    parser.add_argument("--alarm", type=int, metavar="MINUTES", help="a reminder this many minutes before")


@verb("export-ics", "export the plan as an iCalendar (.ics) file", _add_export_ics)
def _run_export_ics(args: argparse.Namespace) -> int:
    from .interop.ics_cli import run_export

    return run_export(args, open_store_or_exit(args.plan, read_only=True))


def _add_export_csv(parser: argparse.ArgumentParser) -> None:
    _add_export_ics(parser)


@verb("export-csv", "export the plan as a CSV file for Outlook's import", _add_export_csv)
def _run_export_csv(args: argparse.Namespace) -> int:
    from .interop.ics_cli import run_export

    return run_export(args, open_store_or_exit(args.plan, read_only=True), as_csv=True)


def _add_import_ics(parser: argparse.ArgumentParser) -> None:
    _plan_argument(parser)
    parser.add_argument("file", type=Path, help="the .ics file to import")
    parser.add_argument("--dry-run", action="store_true", help="print the preview, write nothing")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                        help="first day of recurring events to import (default: a year ago)")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD",
                        help="last day of recurring events to import (default: in two years)")


@verb("import-ics", "import an iCalendar (.ics) file into the plan", _add_import_ics)
def _run_import_ics(args: argparse.Namespace) -> int:
    from .interop.ics_cli import run_import

    return run_import(args, open_store_or_exit(args.plan, read_only=args.dry_run))


def _add_report(parser: argparse.ArgumentParser) -> None:
    _plan_argument(parser)
    parser.add_argument("--period", required=True,
                        help="a month (2026-12) or a quarter (2026-Q4)")
    parser.add_argument("--out", type=Path, required=True, help="file to write (.pdf or .html)")
    parser.add_argument("--lang", choices=["fr", "en"], default=None,
                        help="language of the document (default: the plan's)")


@verb("report", "write the management review pack of a month or a quarter (PDF or HTML)",
      _add_report)
def _run_report(args: argparse.Namespace) -> int:
    from datetime import date

    from .interop.review_pack import write_pack

    period = _period_or_exit(args.period)
    app = None
    if args.out.suffix.lower() == ".pdf":
        from .interop.pdf import pdf_application

        app = pdf_application()  # Qt's PDF writer, offscreen
    pack = _read_and_write(args.plan, lambda store: write_pack(
        store, period, args.lang or store.settings().language, args.out, date.today()))
    del app
    print(f"Review pack for {period.label} written to {args.out} "
          f"({pack.figures.planned} planned, {pack.figures.published} published)")
    return 0


def _period_or_exit(text: str) -> "Period":
    """The period ``text`` names (2026-12, 2026-Q4, 2026-W50), or exit saying why not."""
    from .domain.errors import DomainError
    from .domain.period import parse_period

    try:
        return parse_period(text)
    except DomainError as exc:
        sys.exit(f"cmplanner: {exc}")


def _read_and_write(plan: Path | str | None, write: Callable[[Any], T]) -> T:
    """``write(store)`` on the plan opened read-only (a document from it); a refused or failed
    write exits with its reason, and the plan is closed in every case."""
    from .files.atomic import WriteFailed

    store = open_store_or_exit(plan, read_only=True)
    try:
        return write(store)
    except WriteFailed as exc:
        sys.exit(f"cmplanner: {exc.strerror}")
    finally:
        store.close()


def _add_ambassador_kit(parser: argparse.ArgumentParser) -> None:
    _plan_argument(parser)
    parser.add_argument("--week", required=True, help="an ISO week, like 2026-W50")
    parser.add_argument("--out", type=Path, required=True,
                        help="file to write: .html (with the .txt beside it) or .txt")


@verb("ambassador-kit", "write the posts ambassadors are invited to share in a week (HTML and text)",
      _add_ambassador_kit)
def _run_ambassador_kit(args: argparse.Namespace) -> int:
    from .interop.ambassador_kit import write_kit
    from .services.ambassador import ambassador_kit

    period = _period_or_exit(args.week)

    def write(store: Any) -> tuple[Any, list[Path]]:
        kit = ambassador_kit(store, period)
        return kit, write_kit(kit, args.out)

    kit, written = _read_and_write(args.plan, write)
    print(f"Ambassador kit for {period.label}: {kit.count} post(s), written to "
          + ", ".join(str(p) for p in written))
    return 0


def _add_closures(parser: argparse.ArgumentParser) -> None:
    _plan_argument(parser)
    parser.add_argument("--add", nargs=2, metavar=("FIRST", "LAST"),
                        help="add a closure from FIRST to LAST, both included (2026-12-24 or 24/12/2026)")
    parser.add_argument("--name", default="", help="the added closure's name")
    parser.add_argument("--site", help="the site the added closure is for (default: the whole company)")
    parser.add_argument("--remove", type=int, metavar="N", help="remove the closure numbered N in the list")


@verb("closures", "list, add or remove the plan's closure days (the company's or a site's)", _add_closures)
def _run_closures(args: argparse.Namespace) -> int:
    from .domain.closures import Closure, parse_day
    from .domain.errors import DomainError
    from .services.closures import add_closure, remove_closure

    store = open_store_or_exit(args.plan, read_only=not (args.add or args.remove))
    try:
        sites = {s.name: s.id for s in store.sites.all()}
        if args.add:
            if args.site is not None and args.site not in sites:
                sys.exit(f"cmplanner: no site named {args.site!r} (sites: {', '.join(sites) or 'none'})")
            add_closure(store, Closure(parse_day(args.add[0]), parse_day(args.add[1]), args.name,
                                       sites.get(args.site) if args.site else None))
        if args.remove:
            remove_closure(store, args.remove)
        names = {v: k for k, v in sites.items()}
        for number, c in enumerate(store.closures().items, 1):
            where = names.get(c.site_id, "?") if c.site_id is not None else "whole company"
            print(f"{number}. {c.first.isoformat()} to {c.last.isoformat()} ({c.days} day(s), {where})"
                  + (f": {c.label}" if c.label else ""))
    except DomainError as exc:
        sys.exit(f"cmplanner: {exc}")
    finally:
        store.close()
    return 0


# --- team plans (cmplanner.services.team) --------------------------------------------------------
def _add_publish(parser: argparse.ArgumentParser) -> None:
    _plan_argument(parser)
    parser.add_argument("team", type=plan_location,
                        help="the empty team database: postgresql://[user@]host[:port]/database"
                             "[?sslmode=require]")


@verb("publish", "publish my plan to the team: copy a local plan into an empty team database",
      _add_publish)
def _run_publish(args: argparse.Namespace) -> int:
    from .domain.errors import DomainError
    from .services.team import copy_plan

    if not isinstance(args.team, str):
        sys.exit("cmplanner: the team plan is a postgresql:// address.")
    source = open_store_or_exit(args.plan, read_only=True)
    target = open_team_or_exit(args.team, create=True)
    try:
        report = copy_plan(source, target)
    except DomainError as exc:
        sys.exit(f"cmplanner: {exc}")
    finally:
        target.close()
        source.close()
    print(f"Plan published to {target.location}: {report.posts:,} posts, "
          f"{sum(report.counts.values()):,} rows, counts checked.")
    return 0


def _add_save_copy(parser: argparse.ArgumentParser) -> None:
    _plan_argument(parser)
    parser.add_argument("out", type=Path, help="the new .cmplan file to write")


@verb("save-copy", "save a plan (a team plan too) as a new local .cmplan file", _add_save_copy)
def _run_save_copy(args: argparse.Namespace) -> int:
    from .domain.errors import DomainError
    from .services.team import save_as_file

    source = open_store_or_exit(args.plan, read_only=True)
    try:
        report = save_as_file(source, args.out)
    except DomainError as exc:
        sys.exit(f"cmplanner: {exc}")
    finally:
        source.close()
    print(f"Plan saved to {args.out}: {report.posts:,} posts, "
          f"{sum(report.counts.values()):,} rows, counts checked.")
    return 0
