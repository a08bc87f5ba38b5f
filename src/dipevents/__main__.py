"""``python -m dipevents`` does what the ``dipevents`` command does."""

import sys

from dipevents.cli import main

sys.exit(main())
