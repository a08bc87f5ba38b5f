"""Events as flat rows: dicts, pandas DataFrames, Arrow tables and Parquet files.

One row per event, the same columns for every type (empty where a type has no
such field), so that a corpus becomes one table:

| column | holds |
|---|---|
| id | the event's stable id (``Event.id``) |
| type | ``summit``, ``two_plus_two``, ``sanction``, ``territorial_claim`` |
| status | the status value |
| start, end | the first and last day of the date span (None when undated) |
| precision | ``day``, ``month``, ``season``, ``half`` or ``year`` |
| date_basis | ``stated``, ``relative``, ``calendar`` or ``unknown`` |
| name, kind | a summit's name and kind |
| countries | summit or 2+2 countries, sanction imposers and targets, claimants and holder: everyone taking part (list) |
| imposers, targets | a sanction's (lists) |
| measures, reason | a sanction's (list, text) |
| territory | a claim's territory; ``claimants`` (list), ``held_by`` |
| ministers | a 2+2's ministers' names (list) |
| host, edition | a summit's host state and series edition |
| location | the place's name; ``location_country`` its state |
| latitude, longitude | the place's coordinates (decimal degrees), where known |
| geonames_id | the place's GeoNames id, where known |
| sources | the distinct sources of the evidence (list); ``n_sources`` their number |
| evidence | the evidence sentences (list of text) |
| conflicts | ``field=value`` of each disagreement between sources (list) |
| cameo, plover | the closest CAMEO code and PLOVER type; ``plover_mode`` |
| source, published, title | the article the event was read from (of a merged event: its earliest report's) |
| reports | the ids of the reports behind a merged event (list; one, the event's own, for a single report) |
| json | the whole event in its JSON form, so a table reads back losslessly |
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from dipevents.io._converter import from_json, to_json
from dipevents.models import Event, Sanction, Summit, TerritorialClaim, TwoPlusTwo
from dipevents.ontology import event_codes

if TYPE_CHECKING:
    import pandas
    import pyarrow

_LISTS = (
    "countries",
    "imposers",
    "targets",
    "measures",
    "claimants",
    "ministers",
    "sources",
    "evidence",
    "conflicts",
    "reports",
)
#: Every column, in order, with its kind: string, date, int, float or list (of strings).
COLUMNS: dict[str, str] = {
    "id": "string",
    "type": "string",
    "status": "string",
    "start": "date",
    "end": "date",
    "precision": "string",
    "date_basis": "string",
    "name": "string",
    "kind": "string",
    "countries": "list",
    "imposers": "list",
    "targets": "list",
    "measures": "list",
    "reason": "string",
    "territory": "string",
    "claimants": "list",
    "held_by": "string",
    "ministers": "list",
    "host": "string",
    "edition": "int",
    "location": "string",
    "location_country": "string",
    "latitude": "float",
    "longitude": "float",
    "geonames_id": "int",
    "sources": "list",
    "n_sources": "int",
    "evidence": "list",
    "conflicts": "list",
    "cameo": "string",
    "plover": "string",
    "plover_mode": "string",
    "source": "string",
    "published": "date",
    "title": "string",
    "reports": "list",
    "json": "string",
}


def record(event: Event) -> dict[str, Any]:
    """One event as a flat dict with every column of :data:`COLUMNS`."""
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    for name in _LISTS:
        row[name] = []
    row["id"] = event.id
    row["type"] = event.TYPE
    row["status"] = event.status.value  # type: ignore[attr-defined]
    if event.date is not None:
        row["start"], row["end"] = event.date.start, event.date.end
        row["precision"] = event.date.precision.value
    row["date_basis"] = event.date_basis.value if event.date_basis else None
    if (where := event.location) is not None:
        row["location"], row["location_country"] = where.name, where.country
        row["latitude"], row["longitude"] = where.latitude, where.longitude
        row["geonames_id"] = where.geonames_id
    row["countries"] = sorted(event.actors())
    if isinstance(event, Summit):
        row["name"] = event.name
        row["kind"] = event.kind.value if event.kind else None
        row["host"], row["edition"] = event.host, event.edition
    elif isinstance(event, TwoPlusTwo):
        row["ministers"] = [m.name for m in event.ministers]
        row["edition"] = event.edition
    elif isinstance(event, Sanction):
        row["imposers"], row["targets"] = list(event.imposers), list(event.targets)
        row["measures"] = [m.value for m in event.measures]
        row["reason"] = event.reason
    elif isinstance(event, TerritorialClaim):
        row["territory"], row["held_by"] = event.territory, event.held_by
        row["claimants"] = list(event.claimants)
    row["sources"] = list(event.sources)
    row["n_sources"] = len(event.sources)
    row["evidence"] = [e.text for e in event.evidence]
    row["conflicts"] = [f"{c.field}={c.value}" for c in event.conflicts]
    found = event_codes(event)
    row["cameo"], row["plover"], row["plover_mode"] = found.cameo, found.plover, found.plover_mode
    if event.reports:
        first = event.reports[0]
        row["source"], row["published"], row["title"] = first.source, first.published, first.title
        row["reports"] = [r.id for r in event.reports]
    elif event.sources:
        row["source"] = event.sources[0]
    row["json"] = to_json(event)
    return row


def from_json_column(values: Iterable[Any], where: str) -> list[Event]:
    """The events of a table's ``json`` column; errors name the row."""
    from dipevents.errors import SerializationError, shown

    out = []
    for row, value in enumerate(values):
        if not isinstance(value, str):
            raise SerializationError(
                f"{where} row {row}: expected the event's JSON, got {shown(value)}"
            )
        try:
            out.append(from_json(value, Event))
        except SerializationError as exc:
            raise SerializationError(f"{where} row {row}: {exc}", exc.errors) from exc
    return out


def records(events: Iterable[Event]) -> list[dict[str, Any]]:
    """Every event as :func:`record` gives it."""
    return [record(e) for e in events]


def _require(module: str, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(f"this export needs {module}: pip install 'dipevents[{extra}]'") from None


def to_pandas(events: Iterable[Event]) -> pandas.DataFrame:
    """A DataFrame, one row per event; dates as ``datetime64``, lists as Python lists,
    coordinates as floats (NaN where unknown)."""
    pd = _require("pandas", "pandas")
    frame = pd.DataFrame(records(events), columns=list(COLUMNS))
    for name, kind in COLUMNS.items():
        if kind == "date":
            frame[name] = pd.to_datetime(frame[name])
        elif kind == "int":
            frame[name] = frame[name].astype("Int64")
        elif kind == "float":
            frame[name] = frame[name].astype("float64")
    return frame


def arrow_schema() -> pyarrow.Schema:
    """The Arrow schema of :func:`to_arrow`'s table."""
    pa = _require("pyarrow", "arrow")
    kinds = {
        "string": pa.string(),
        "date": pa.date32(),
        "int": pa.int64(),
        "float": pa.float64(),
        "list": pa.list_(pa.string()),
    }
    return pa.schema([(name, kinds[kind]) for name, kind in COLUMNS.items()])


def to_arrow(events: Iterable[Event]) -> pyarrow.Table:
    """An Arrow table with the typed columns of :func:`arrow_schema`."""
    pa = _require("pyarrow", "arrow")
    return pa.Table.from_pylist(records(events), schema=arrow_schema())


def to_parquet(events: Iterable[Event], path: str | os.PathLike[str]) -> None:
    """A Parquet file of :func:`to_arrow`'s table, written through a temporary file."""
    from dipevents.io.jsonl import atomic_path

    parquet = _require("pyarrow.parquet", "arrow")
    table = to_arrow(events)
    with atomic_path(path) as tmp:
        parquet.write_table(table, tmp)
