"""The bundle's entry point (PyInstaller): the same command line as the ``cmplanner`` script."""

import sys

from cmplanner.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
