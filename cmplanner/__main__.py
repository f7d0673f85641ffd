"""Entry point: ``cmplanner [PLAN]`` opens the planner; ``cmplanner VERB ...`` runs a command
(``cmplanner.cli``, which never imports the interface)."""

from __future__ import annotations

import sys


# Qt for Python releases that cannot run the window: they corrupt the interpreter after a few
# dozen repaints (6.12.0 drops a reference to None at each void call and to True at each emit).
BROKEN_QT = {"6.12.0": "drops references to None and True and crashes the interpreter"}


def qt_refusal(version: str, language: str = "") -> str | None:
    """Why this PySide6 cannot start the window, in the user's language (None when it can)."""
    if version not in BROKEN_QT:
        return None
    if language.startswith("fr"):
        return (f"cmplanner ne peut pas démarrer avec PySide6 {version}, qui fait planter Python "
                "après quelques affichages. Installez une autre version (par exemple "
                "« pip install 'PySide6-Essentials!=6.12.0' ») puis relancez cmplanner.")
    return (f"cmplanner cannot start with PySide6 {version}, which crashes Python after a few "
            "repaints. Install another version (for example "
            "\"pip install 'PySide6-Essentials!=6.12.0'\") and start cmplanner again.")


# The modules without Qt that the window needs from its start. Imported before PySide6: once Qt
# for Python is imported, it reads the source of every module imported after it (to see whether
# it uses PySide6's "__feature__" switches), which cost a start some 500 module reads.
BEFORE_QT = ("cmplanner.storage.store", "cmplanner.storage.calendar_queries", "cmplanner.resources",
             "cmplanner.domain.holidays", "cmplanner.domain.rrule_form",
             "cmplanner.services.calendar_range", "cmplanner.services.calendar_events",
             "cmplanner.services.changes", "cmplanner.services.events",
             "cmplanner.services.gap_fill", "cmplanner.services.media", "cmplanner.services.posts",
             "cmplanner.services.publishing", "cmplanner.services.reschedule",
             "cmplanner.services.series")


def import_before_qt() -> None:
    import importlib

    for name in BEFORE_QT:
        importlib.import_module(name)


def prepare_start(plan: str | None) -> None:
    """What the window's start does before Qt: check the plan it will open for damage on another
    thread (storage/file_check.py; SQLite checks while Python imports) and import the modules
    without Qt. ``plan`` is the one named on the command line; without one, the last plan."""
    from .files.class_code import install as keep_class_code
    from .ui.idle_gc import pause_for_start

    pause_for_start()  # no garbage collection until the window is on screen
    keep_class_code()  # the dataclasses' compiled methods, kept between starts
    from .storage.file_check import check_ahead

    check_ahead(plan if plan is not None else _last_plan_hint())
    import_before_qt()
    from .ui.pyside_imports import install

    install()  # Qt, and a quicker look at each module imported after it


def _last_plan_hint(settings_file: str | None = None) -> str | None:
    """The plan the window will most likely open when none is named: the last one, as Qt's
    settings file keeps it on Linux (read without Qt, which is not imported yet). A guess only:
    a wrong one costs the head start, nothing else, as the open checks any other file itself."""
    import configparser

    parser = configparser.RawConfigParser()
    try:
        parser.read(settings_file or _settings_file(), encoding="utf-8")
        value = parser.get("plan", "last_path", fallback=None)
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    if value and len(value) > 1 and value[0] == value[-1] == '"':  # Qt quotes a "," or a ";"
        value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value or None


def _settings_file() -> str:
    """Where QSettings("cmplanner", "cmplanner") keeps the window's settings on Linux."""
    import os

    base = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    return os.path.join(base, "cmplanner", "cmplanner.conf")


def _language(requested: str | None) -> str:
    import locale
    import os

    return requested or os.environ.get("LANGUAGE") or os.environ.get("LC_ALL") or \
        os.environ.get("LANG") or (locale.getlocale()[0] or "")


def main(argv: list[str] | None = None) -> int:
    from . import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in cli.VERBS:
        return cli.main(argv)
    args = cli.gui_parser().parse_args(argv)
    prepare_start(None if args.plan is None else str(args.plan))
    import PySide6

    refusal = qt_refusal(PySide6.__version__, _language(args.lang))
    if refusal is not None:
        print(refusal, file=sys.stderr)
        return 1
    if args.self_test:
        from .ui.self_test import run_self_test

        return run_self_test(args.lang or "fr")
    from .ui.app import run_app

    return run_app(args.plan, read_only=args.read_only, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
