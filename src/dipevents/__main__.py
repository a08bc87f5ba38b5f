"""``python -m dipevents`` does what the ``dipevents`` command does."""

from dipevents.cli import console

console()
