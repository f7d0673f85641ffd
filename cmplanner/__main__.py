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
             "cmplanner.services.review", "cmplanner.services.series")


def import_before_qt() -> None:
    import importlib

    for name in BEFORE_QT:
        importlib.import_module(name)


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
    import_before_qt()
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
