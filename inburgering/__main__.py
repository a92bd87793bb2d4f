"""``python -m inburgering``: see inburgering/cli.py for the commands."""

import sys

from inburgering.cli import main

if __name__ == "__main__":
    sys.exit(main())
