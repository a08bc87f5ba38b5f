"""Reading the packaged data files (CSV and TSV with ``#`` comment lines, JSON)."""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


def _path(name: str) -> Any:
    path = resources.files("dipevents.normalize").joinpath("data")
    for part in name.split("/"):
        path = path.joinpath(part)
    return path


def _read(name: str) -> str:
    return str(_path(name).read_text(encoding="utf-8"))


def read_bytes(name: str) -> bytes:
    """The bytes of a packaged data file, ``name`` relative to the data folder."""
    return bytes(_path(name).read_bytes())


def read_text(name: str) -> str:
    """The text of a packaged data file, ``name`` relative to the data folder (``a/b.tsv``)."""
    return _read(name)


def knowledge_files() -> list[Path]:
    """The files the built knowledge (gazetteer, country index) is made from: every data file
    and module of this package but the place table, which is looked up, never built into
    anything, and the code of the codes and of iso3166."""
    import iso3166

    here = Path(__file__).resolve().parent
    files = [
        path
        for path in sorted(here.rglob("*"))
        if path.is_file()
        and "__pycache__" not in path.parts
        and not path.name.startswith(".")
        and path.name != "places.tsv"
    ]
    return [*files, here.parent / "models" / "_codes.py", Path(iso3166.__file__)]


@cache
def knowledge_key() -> str | None:
    """A digest of :func:`knowledge_files`, naming what is built from them in the cache of
    :mod:`dipevents._cache` (None when they cannot be read)."""
    from dipevents import _cache

    try:
        return _cache.digest(knowledge_files())
    except (OSError, TypeError):
        return None


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
