"""Reading the packaged data files (CSV with ``#`` comment lines, JSON)."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return (
        resources.files("dipevents.normalize")
        .joinpath("data")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a packaged CSV file, its ``#`` comment lines skipped."""
    lines = [line for line in _read(name).splitlines() if line.strip() and not line.startswith("#")]
    return [dict(row) for row in csv.DictReader(io.StringIO("\n".join(lines)))]


def read_json(name: str) -> Any:
    return json.loads(_read(name))


def split_list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]
