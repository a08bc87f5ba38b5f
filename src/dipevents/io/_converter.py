"""The cattrs converter for every model, and the convenience functions bound to it."""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, ClassValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from dipevents.errors import ModelError, SerializationError, shown
from dipevents.io._json import BadJSON, loads
from dipevents.models import EVENT_TYPES, Event, Person

T = TypeVar("T")

# Keys of an event that come first and last in its JSON object, for readability.
_FIRST = ("type", "id")
_LAST = ("reports", "conflicts", "evidence")


def _structure_date(value: Any, _: type) -> date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string (YYYY-MM-DD), got {shown(value)}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"expected an ISO date (YYYY-MM-DD), got {shown(value)}") from None


def _structure_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {shown(value)}")
    return value


def _structure_int(value: Any, _: type) -> int:
    if type(value) is not int:
        raise TypeError(f"expected an integer, got {shown(value)}")
    return value


def _structure_float(value: Any, _: type) -> float:
    if type(value) not in (int, float):
        raise TypeError(f"expected a number, got {value!r}")
    return float(value)


def _omit_extensions(cls: type) -> dict[str, Any]:
    """Overrides leaving out fields beyond the codebook's core while they hold their default."""
    return {
        f.name: override(omit_if_default=True)
        for f in attrs.fields(cls)
        if f.metadata.get("extension")
    }


def _attrs_unstructure_factory(cls: type, conv: cattrs.Converter) -> Callable[[Any], Any]:
    return make_dict_unstructure_fn(cls, conv, **_omit_extensions(cls))


def _unstructure_person(person: Person) -> Any:
    # A person known only by name is written as the name, as the codebook's core form does.
    if person.country is None and person.office is None:
        return person.name
    return {"name": person.name, "country": person.country, "office": person.office}


def _structure_person(data: Any, _: type) -> Person:
    if isinstance(data, str):
        return Person(name=data)
    if not isinstance(data, dict):
        raise TypeError(f"expected a name or a JSON object for a Person, got {shown(data)}")
    extra = set(data) - {"name", "country", "office"}
    if extra:
        raise ValueError(f"unexpected keys for a Person: {', '.join(map(shown, sorted(extra)))}")
    if "name" not in data:
        raise KeyError("name")
    return Person(name=data["name"], country=data.get("country"), office=data.get("office"))


def _event_unstructure_factory(cls: type[Event], conv: cattrs.Converter) -> Callable[[Any], Any]:
    if cls is Event:  # a field typed Event holds a subclass: dispatch on the runtime class
        return lambda event: conv.unstructure(event, type(event))
    base = make_dict_unstructure_fn(cls, conv, **_omit_extensions(cls))

    def unstructure(event: Event) -> dict[str, Any]:
        body = base(event)
        ordered: dict[str, Any] = {"type": event.TYPE, "id": event.id}
        ordered.update((k, v) for k, v in body.items() if k not in _LAST)
        ordered.update((k, body[k]) for k in _LAST if k in body)
        return ordered

    return unstructure


def _event_structure_factory(cls: type[Event], conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    if cls is Event:

        def dispatch(data: Any, _: Any) -> Event:
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object for an event, got {shown(data)}")
            tag = data.get("type")
            if tag not in EVENT_TYPES:
                raise ValueError(
                    f'expected "type" to be one of {", ".join(sorted(EVENT_TYPES))}, got {tag!r}'
                )
            return conv.structure(data, EVENT_TYPES[tag])

        return dispatch

    base = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
    arrays = _array_fields(cls)

    def structure(data: Any, _: Any) -> Event:
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object for {_a(cls.__name__)}, got {shown(data)}")
        tag = data.get("type", cls.TYPE)
        if tag != cls.TYPE:
            raise ValueError(
                f'expected "type" {cls.TYPE!r} for {_a(cls.__name__)}, got {shown(tag)}'
            )
        # The id is derived from the fields: written for the reader, not read back.
        body = {k: v for k, v in data.items() if k not in _FIRST}
        _check_arrays(cls, body, arrays)
        return base(body, cls)

    return structure


def _a(name: str) -> str:
    return f"an {name}" if name[:1] in "AEIOU" else f"a {name}"


def _array_fields(cls: type) -> tuple[str, ...]:
    """The fields of ``cls`` that hold a tuple, so that JSON must give them an array."""
    hints = typing.get_type_hints(cls)
    return tuple(f.name for f in attrs.fields(cls) if typing.get_origin(hints[f.name]) is tuple)


def _check_arrays(cls: type, data: dict[str, Any], arrays: tuple[str, ...]) -> None:
    """Refuse a string (or any non-array) where a list is needed, before cattrs would
    iterate it: ``"countries": "JPN"`` is not ``["J", "N", "P"]``."""
    errors = []
    for name in arrays:
        if name in data and not isinstance(data[name], (list, tuple)):
            error = TypeError(f"expected a JSON array (a list), got {shown(data[name])}")
            error.__notes__ = [  # type: ignore[attr-defined]  # where transform_error finds the path
                AttributeValidationNote(
                    f"Structuring class {cls.__name__} @ attribute {name}", name, list
                )
            ]
            errors.append(error)
    if errors:
        raise ClassValidationError(f"While structuring {cls.__name__}", errors, cls)


def _attrs_structure_factory(cls: type, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    base: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls, conv, _cattrs_forbid_extra_keys=True
    )
    arrays = _array_fields(cls)

    def structure(data: Any, _: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object for {_a(cls.__name__)}, got {shown(data)}")
        _check_arrays(cls, data, arrays)
        return base(data, cls)

    return structure


def _is_event(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, Event)


def configure_converter(conv: cattrs.Converter) -> cattrs.Converter:
    """Set up ``conv`` for dipevents' models; returns it, so you can build your own."""
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook(date, _structure_date)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_unstructure_hook(Person, _unstructure_person)
    conv.register_structure_hook(Person, _structure_person)
    conv.register_unstructure_hook_factory(
        lambda cls: attrs.has(cls) and not _is_event(cls), _attrs_unstructure_factory
    )
    conv.register_unstructure_hook_factory(_is_event, _event_unstructure_factory)
    conv.register_structure_hook_factory(_is_event, _event_structure_factory)
    conv.register_structure_hook_factory(
        lambda cls: attrs.has(cls) and not _is_event(cls), _attrs_structure_factory
    )
    return conv


#: The module-level converter behind :func:`to_dict` and :func:`from_dict`.
converter: cattrs.Converter = configure_converter(cattrs.Converter(detailed_validation=True))


_FIELD_MARK = "\x00"


def _format_exception(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, ModelError):
        # Raised by the model's constructor: the path cattrs knows is the object's;
        # mark the field so that it can be appended to that path.
        return f"{_FIELD_MARK}{exc.field}{_FIELD_MARK}{exc}"
    if isinstance(exc, (ValueError, TypeError)) and str(exc).startswith("expected"):
        return str(exc)  # raised by this module's own hooks, already explicit
    return cattrs.v.format_exception(exc, type_)


def _errors(exc: BaseException) -> list[str]:
    if isinstance(exc, ModelError):
        return [f"{exc} @ $.{exc.field}"]
    if not isinstance(exc, cattrs.BaseValidationError):
        return [f"{_format_exception(exc, None)} @ $"]
    out = []
    for line in cattrs.transform_error(exc, path="$", format_exception=_format_exception):
        if line.startswith(_FIELD_MARK):
            _, field, rest = line.split(_FIELD_MARK, 2)
            message, _, path = rest.rpartition(" @ ")
            line = f"{message} @ {path}.{field}"
        out.append(line)
    return out


def to_dict(obj: Any) -> Any:
    """The JSON-ready form of a model (or a list of them): dicts, lists, strings, numbers.

    >>> from dipevents import Place
    >>> to_dict(Place(name="Tokyo", country="JPN"))
    {'name': 'Tokyo', 'country': 'JPN'}
    """
    return converter.unstructure(obj)


def from_dict(data: Any, cls: type[T]) -> T:
    """Build a model of class ``cls`` from its JSON-ready form.

    With ``cls=Event`` the ``"type"`` key picks the class. Malformed input
    raises :class:`SerializationError` whose message carries the path of each
    bad field, e.g. ``@ $.date.start``.
    """
    try:
        return converter.structure(data, cls)
    except (cattrs.BaseValidationError, ModelError, ValueError, TypeError, KeyError) as exc:
        errors = _errors(exc)
        raise SerializationError(
            f"cannot build {getattr(cls, '__name__', cls)}: " + "; ".join(errors), errors
        ) from exc


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """The JSON text of a model (UTF-8 characters kept as they are)."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a model of class ``cls`` from JSON text (bytes are read as UTF-8).

    Text that is not JSON (or not UTF-8, or nested too deeply, or with a number
    too long for Python) raises :class:`SerializationError` with where it is.
    """
    try:
        data = loads(text)
    except BadJSON as exc:
        problem = exc.problem
        unit = "byte" if problem.in_bytes else "char"
        detail = f"{problem.what}: {problem.detail}" if problem.detail else problem.what
        raise SerializationError(str(problem), [f"{detail} @ {unit} {problem.char}"]) from None
    return from_dict(data, cls)
