"""``python -m inburgering.text.translation``: see cli.py."""

import sys

from inburgering.text.translation.cli import main

sys.exit(main())
