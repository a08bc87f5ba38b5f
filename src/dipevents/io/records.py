"""JSON records of articles as crawlers and extractors write them: the text (or the page's
HTML) and the metadata they carry, under whichever keys the tool uses.

The keys tried for each field are data (``io/data/record_keys.json``): dipevents' own
records, ``trafilatura --json --with-metadata``, news-please, newspaper4k, Apify,
Firecrawl and Diffbot exports are read as they are.

>>> record = read_record({"maintext": "The talks...", "date_publish": "2018-06-12 10:00:00"})
>>> record.text, record.known.published
('The talks...', datetime.date(2018, 6, 12))
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import attrs

from dipevents._known import Known, as_date, known, language_tag


@cache
def record_keys() -> dict[str, list[str]]:
    """The keys tried for each field, in order (``_``-prefixed entries are notes)."""
    path = resources.files("dipevents.io").joinpath("data").joinpath("record_keys.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


class RecordError(ValueError):
    """A record that cannot be read: no text, or a field with a value of the wrong kind."""


@attrs.frozen
class Record:
    """What a record holds: the article's text, or its page's HTML, and its metadata."""

    text: str
    html: bool
    source: str | None
    known: Known


def _layers(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The record, then the metadata objects nested in it (Apify's and Firecrawl's)."""
    layers = [record]
    for key in record_keys()["nested"]:
        inner = record.get(key)
        if isinstance(inner, Mapping):
            layers.append(inner)
    return layers


def _first(layers: list[Mapping[str, Any]], field: str) -> tuple[str, Any]:
    """The first key of ``field`` present with a value that is not empty, and that value."""
    for layer in layers:
        for key in record_keys()[field]:
            value = layer.get(key)
            if value is None or value == "" or value == []:
                continue
            return key, value
    return "", None


def _person(value: Any) -> Any:
    """The first author: lists take their first entry, objects their name, and
    trafilatura's "A; B" its first name."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, Mapping):
        value = value.get("name")
    if isinstance(value, str) and ";" in value:
        value = value.split(";")[0]
    return value


def read_record(record: Mapping[str, Any]) -> Record:
    """The text (or HTML) and known metadata of one record; raises :class:`RecordError`
    naming the key at fault."""
    layers = _layers(record)
    _, text = _first(layers, "text")
    html = False
    if not isinstance(text, str) or not text.strip():
        key, page = _first(layers, "html")
        if isinstance(page, str) and page.strip():
            text, html = page, True
        else:
            names = ", ".join(f'"{k}"' for k in record_keys()["text"][:3])
            raise RecordError(f"expected a JSON object with a text string ({names}...) or html")
    fields: dict[str, Any] = {}
    for field in ("title", "author", "url"):
        key, value = _first(layers, field)
        if field == "author":
            value = _person(value)
        if value is not None and not isinstance(value, str):
            raise RecordError(f'"{key}": expected a string, got {value!r}')
        fields[field] = value
    key, value = _first(layers, "published")
    try:
        fields["published"] = as_date(value, f'"{key}"')
        given = known(**fields)
    except (TypeError, ValueError) as exc:
        raise RecordError(str(exc)) from None
    source = record.get("source")
    if not isinstance(source, str) or not source.strip():
        source = None
    if given.url is None and source and source.startswith(("http://", "https://")):
        with contextlib.suppress(ValueError):  # trafilatura writes the page's URL as "source"
            given = attrs.evolve(given, url=known(url=source).url)
    _, publisher = _first(layers, "publisher")
    _, language = _first(layers, "language")
    given = attrs.evolve(
        given,
        publisher=" ".join(publisher.split()) or None if isinstance(publisher, str) else None,
        language=language_tag(language),
    )
    return Record(text=text, html=html, source=source, known=given)
