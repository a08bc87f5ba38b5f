"""Serialisation: the cattrs converter, JSON and JSON Lines, and the JSON Schema."""

from dipevents.io._converter import (
    configure_converter,
    converter,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from dipevents.io.jsonl import article_record, atomic_text, iter_jsonl, write_jsonl_atomic
from dipevents.io.schema import json_schema

__all__ = [
    "article_record",
    "atomic_text",
    "configure_converter",
    "converter",
    "from_dict",
    "from_json",
    "iter_jsonl",
    "json_schema",
    "to_dict",
    "to_json",
    "write_jsonl_atomic",
]
