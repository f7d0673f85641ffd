"""Entry point: ``cmplanner [PLAN]`` opens the planner; ``cmplanner VERB ...`` runs a command
(``cmplanner.cli``, which never imports the interface)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from . import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in cli.VERBS:
        return cli.main(argv)
    args = cli.gui_parser().parse_args(argv)
    from .ui.app import run_app

    return run_app(args.plan, read_only=args.read_only, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
