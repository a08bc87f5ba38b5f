"""Small validator and converter factories with readable reprs and attrs-style messages."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

import attrs

from dipevents.models import _codes


def _owner(inst: object) -> str:
    return type(inst).__name__


def _fail(inst: object, attribute: attrs.Attribute[Any], value: object, expected: str) -> NoReturn:
    from dipevents.errors import ModelError

    raise ModelError(_owner(inst), attribute.name, value, expected)


@attrs.frozen(repr=False)
class _Check:
    expected: str
    predicate: Callable[[Any], bool]

    def __call__(self, inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not self.predicate(value):
            _fail(inst, attribute, value, self.expected)

    def __repr__(self) -> str:
        return f"<check {self.expected}>"


def check(expected: str, predicate: Callable[[Any], bool]) -> _Check:
    """A validator that raises ``ModelError`` naming ``expected`` when ``predicate`` fails."""
    return _Check(expected, predicate)


_UNWRITABLE = re.compile("[\x00\ud800-\udfff]")


def unwritable(value: str) -> str | None:
    """Where ``value`` holds a lone surrogate (which UTF-8 cannot encode) or a NUL (which
    most tools take for the end of the text), or None when it holds neither.

    >>> unwritable("Tok" + chr(0) + "yo")
    'a NUL character at offset 3'
    """
    found = _UNWRITABLE.search(value)
    if found is None:
        return None
    char = found.group()
    what = "a NUL character" if char == "\x00" else f"a lone surrogate (U+{ord(char):04X})"
    return f"{what} at offset {found.start()}"


@attrs.frozen(repr=False)
class _Text:
    """Validates a str (or None, or a tuple of str) without NUL or lone surrogates."""

    expected: str
    optional: bool = False
    non_empty: bool = True
    many: bool = False

    def _one(
        self, inst: object, attribute: attrs.Attribute[Any], item: object, whole: object
    ) -> None:
        if not isinstance(item, str) or (self.non_empty and item.strip() == ""):
            _fail(inst, attribute, whole, self.expected)
        where = unwritable(item)
        if where is not None:
            _fail(inst, attribute, whole, f"text without NUL or lone surrogates ({where})")

    def __call__(self, inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        if not self.many:
            self._one(inst, attribute, value, value)
            return
        if not isinstance(value, tuple):
            _fail(inst, attribute, value, self.expected)
        for item in value:
            self._one(inst, attribute, item, value)

    def __repr__(self) -> str:
        return f"<text {self.expected}>"


def string(expected: str = "a non-empty str") -> _Text:
    """A non-empty str without NUL or lone surrogates."""
    return _Text(expected)


def optional_str() -> _Text:
    """As :func:`string`, or None."""
    return _Text("a non-empty str or None", optional=True)


def text(expected: str = "a str") -> _Text:
    """A str, possibly empty, without NUL or lone surrogates."""
    return _Text(expected, non_empty=False)


def texts(expected: str, *, non_empty: bool = True) -> _Text:
    """A tuple of str (non-empty unless asked), each without NUL or lone surrogates."""
    return _Text(expected, non_empty=non_empty, many=True)


def optional_int(minimum: int = 1) -> _Check:
    return _Check(
        f"an int >= {minimum} or None",
        lambda v: v is None or (type(v) is int and v >= minimum),
    )


@attrs.frozen(repr=False)
class _OptionalCode:
    """Validates one code or None: a state (or, if allowed, a group) code."""

    states_only: bool

    def __call__(self, inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if self.states_only and not _codes.is_state(value):
            _fail(inst, attribute, value, "an ISO 3166-1 alpha-3 code or None")
        if not self.states_only and not _codes.is_actor(value):
            _fail(inst, attribute, value, "an ISO 3166-1 alpha-3 or group code or None")

    def __repr__(self) -> str:
        return "<optional code states>" if self.states_only else "<optional code actors>"


def optional_code(*, states_only: bool) -> _OptionalCode:
    return _OptionalCode(states_only)


def code_field_states_only(validator: object) -> bool | None:
    """For the schema: whether a field's validator takes states only (None: not a code field)."""
    if isinstance(validator, (_Codes, _OptionalCode)):
        return validator.states_only
    for inner in getattr(validator, "_validators", ()):  # attrs' and_() of several validators
        found = code_field_states_only(inner)
        if found is not None:
            return found
    return None


@attrs.frozen(repr=False)
class _Codes:
    """Validates a tuple of codes: each a state (or, if allowed, a group) code."""

    states_only: bool

    def __call__(
        self, inst: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]
    ) -> None:
        test = _codes.is_state if self.states_only else _codes.is_actor
        for code in value:
            if not test(code):
                kind = (
                    "ISO 3166-1 alpha-3 codes"
                    if self.states_only
                    else "ISO 3166-1 alpha-3 or group codes"
                )
                _fail(inst, attribute, value, f"{kind} (unknown: {code!r})")

    def __repr__(self) -> str:
        return "<codes states>" if self.states_only else "<codes actors>"


def codes(*, states_only: bool = False) -> _Codes:
    return _Codes(states_only)


def _sorted_unique(value: Any, inst: object, field: attrs.Attribute[Any]) -> tuple[Any, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        from dipevents.errors import ModelError

        raise ModelError(_owner(inst), field.name, value, "a list or tuple")
    items = [v.strip().upper() if isinstance(v, str) else v for v in value]
    try:
        return tuple(sorted(set(items)))
    except TypeError:
        from dipevents.errors import ModelError

        raise ModelError(_owner(inst), field.name, value, "a list of str codes") from None


#: Converter: any iterable of codes -> a sorted tuple without duplicates, upper case.
sorted_codes = attrs.Converter(_sorted_unique, takes_self=True, takes_field=True)


def sorted_members(kind: type[Any]) -> attrs.Converter[Any, Any]:
    """Converter: an iterable of ``kind`` members (or their values) -> sorted, no duplicates."""

    def convert(value: Any, inst: object, field: attrs.Attribute[Any]) -> tuple[Any, ...]:
        from dipevents.errors import ModelError

        if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
            raise ModelError(_owner(inst), field.name, value, "a list or tuple")
        out = set()
        for item in value:
            try:
                out.add(item if isinstance(item, kind) else kind(str(item).lower()))
            except ValueError:
                allowed = ", ".join(repr(m.value) for m in kind)
                raise ModelError(
                    _owner(inst), field.name, value, f"values among {allowed}"
                ) from None
        return tuple(sorted(out, key=lambda m: str(m.value)))

    return attrs.Converter(convert, takes_self=True, takes_field=True)


def _as_tuple(value: Any, inst: object, field: attrs.Attribute[Any]) -> tuple[Any, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        from dipevents.errors import ModelError

        raise ModelError(_owner(inst), field.name, value, "a list or tuple")
    return tuple(value)


as_tuple = attrs.Converter(_as_tuple, takes_self=True, takes_field=True)


@attrs.frozen(repr=False)
class _Members:
    expected: str
    kind: type

    def __call__(
        self, inst: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]
    ) -> None:
        for item in value:
            if not isinstance(item, self.kind):
                _fail(inst, attribute, value, self.expected)

    def __repr__(self) -> str:
        return f"<members {self.kind.__name__}>"


def members(kind: type, expected: str) -> _Members:
    """A validator that every item of a tuple is an instance of ``kind``."""
    return _Members(expected, kind)


def _enum_converter(kind: type[Any], optional: bool) -> attrs.Converter[Any, Any]:
    def convert(value: Any, inst: object, field: attrs.Attribute[Any]) -> Any:
        if value is None and optional:
            return None
        if isinstance(value, kind):
            return value
        try:
            return kind(value.lower() if isinstance(value, str) else value)
        except ValueError:
            from dipevents.errors import ModelError

            allowed = ", ".join(repr(m.value) for m in kind)
            raise ModelError(_owner(inst), field.name, value, f"one of {allowed}") from None

    convert.__name__ = f"to_{kind.__name__}"
    return attrs.Converter(convert, takes_self=True, takes_field=True)


def to_enum(kind: type[Any], *, optional: bool = False) -> attrs.Converter[Any, Any]:
    """Converter: an enum member, or its value as a string (any case), to the member."""
    return _enum_converter(kind, optional)


#: attrs metadata marking an extension field (codebook §11): its JSON key is left out
#: while it holds its default, so that JSON of the core form round-trips unchanged.
EXTENSION: dict[str, bool] = {"extension": True}
