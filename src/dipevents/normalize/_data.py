"""Reading the packaged data files (CSV and TSV with ``#`` comment lines, JSON)."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    path = resources.files("dipevents.normalize").joinpath("data")
    for part in name.split("/"):
        path = path.joinpath(part)
    return path.read_text(encoding="utf-8")


def read_text(name: str) -> str:
    """The text of a packaged data file, ``name`` relative to the data folder (``a/b.tsv``)."""
    return _read(name)


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a packaged CSV file, its ``#`` comment lines skipped."""
    lines = [line for line in _read(name).splitlines() if line.strip() and not line.startswith("#")]
    return [dict(row) for row in csv.DictReader(io.StringIO("\n".join(lines)))]


def read_csv_dir(name: str) -> list[dict[str, str]]:
    """Rows of every CSV file in a packaged data directory, the files in name order."""
    folder = resources.files("dipevents.normalize").joinpath("data").joinpath(name)
    files = sorted(
        (item.name for item in folder.iterdir() if item.name.endswith(".csv")),
    )
    rows: list[dict[str, str]] = []
    for file in files:
        rows.extend(read_csv(f"{name}/{file}"))
    return rows


def read_json(name: str) -> Any:
    return json.loads(_read(name))


def split_list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]
