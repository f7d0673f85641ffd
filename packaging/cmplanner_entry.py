"""The bundle's entry point (PyInstaller): the same command line as the ``cmplanner`` script."""

import sys

from cmplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
