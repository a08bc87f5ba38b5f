"""JSON Schema (draft 2020-12) of the JSON form, generated from the models themselves."""

from __future__ import annotations

import enum
import types
import typing
from datetime import date
from typing import Any

import attrs

from dipevents.models import EVENT_TYPES, Article, Event, Person
from dipevents.models._codes import group_codes, iso_alpha3
from dipevents.models._ids import ID_LENGTH
from dipevents.models._validate import code_field_states_only

_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# The article keys of the codebook (§9): every record dipevents writes has them.
_ARTICLE_REQUIRED = ("title", "published", "author", "events")


def _codes(states_only: bool) -> dict[str, Any]:
    allowed = set(iso_alpha3()) if states_only else set(iso_alpha3()) | set(group_codes())
    return {"type": "string", "enum": sorted(allowed)}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder against recursion
            self.defs[name] = self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def type_(self, hint: Any, codes: bool | None = None) -> dict[str, Any]:
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin in (typing.Union, types.UnionType):
            options = [self.type_(a, codes) for a in args]
            return {"anyOf": options}
        if hint is type(None):
            return {"type": "null"}
        if origin is tuple:
            return {"type": "array", "items": self.type_(args[0], codes)}
        if codes is not None and hint is str:
            return _codes(codes)
        if hint is str:
            return {"type": "string"}
        if hint is int:
            return {"type": "integer", "minimum": 0}
        if hint is float:
            return {"type": "number"}
        if hint is date:
            return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return {"type": "string", "enum": [m.value for m in hint]}
        if hint is Event:
            return {"oneOf": [self.ref(c) for c in EVENT_TYPES.values()]}
        if hint is Person:  # written as a bare name when only the name is known
            return {"anyOf": [{"type": "string", "minLength": 1}, self.ref(hint)]}
        if isinstance(hint, type) and attrs.has(hint):
            return self.ref(hint)
        raise TypeError(f"no JSON Schema for {hint!r}")  # pragma: no cover - models are closed

    def object(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        props: dict[str, Any] = {}
        required: list[str] = []
        if issubclass(cls, Event):
            props["type"] = {"const": cls.TYPE}
            required.append("type")
            props["id"] = {
                "type": "string",
                "pattern": f"^[0-9a-f]{{{ID_LENGTH}}}$",
                "description": "Derived from the type, key fields, date and evidence: always "
                "written, and not read back (codebook §8)",
            }
        for field in attrs.fields(cls):
            props[field.name] = self.type_(
                hints[field.name], code_field_states_only(field.validator)
            )
            if field.default is attrs.NOTHING:
                required.append(field.name)
            elif issubclass(cls, Event) and not field.metadata.get("extension"):
                required.append(field.name)  # always written, so always there
        if cls is Article:
            required = list(_ARTICLE_REQUIRED)
        schema: dict[str, Any] = {
            "type": "object",
            "properties": props,
            "required": required,
            "additionalProperties": False,
        }
        doc = (cls.__doc__ or "").strip().split("\n")[0]
        if doc:
            schema["description"] = doc
        return schema


def json_schema(cls: type = Article) -> dict[str, Any]:
    """The JSON Schema of a model's JSON form: by default an article with its events.

    The article schema requires the keys of the codebook's §9 (title, published,
    author, events), so it accepts both what ``dipevents extract`` prints and
    the full form of :func:`to_dict` (text, blocks, footnotes...).
    ``json_schema(Event)`` gives any one event.
    """
    builder = _Builder()
    root = builder.type_(cls)
    schema: dict[str, Any] = {"$schema": _DIALECT, "title": f"dipevents {cls.__name__}"}
    schema.update(root)
    schema["$defs"] = builder.defs
    return schema
