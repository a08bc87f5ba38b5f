"""Value types: dates with their precision, places, people and evidence spans."""

from __future__ import annotations

import calendar
import enum
import math
from datetime import date, datetime
from typing import Literal

import attrs

from dipevents.models._validate import (
    EXTENSION,
    _Check,
    as_tuple,
    check,
    optional_code,
    optional_int,
    optional_str,
    string,
    text,
    texts,
)


class Precision(enum.Enum):
    """How finely the text places an event in time (codebook §4)."""

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    HALF = "half"
    YEAR = "year"


Season = Literal["spring", "summer", "autumn", "fall", "winter"]

# Northern-hemisphere meteorological seasons: first month and length in months.
_SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 3),
    "summer": (6, 3),
    "autumn": (9, 3),
    "fall": (9, 3),
    "winter": (12, 3),
}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _is_plain_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _calendar(field: str, value: object, lowest: int, highest: int) -> None:
    """Refuse a year or month the calendar does not have, naming the argument."""
    if type(value) is not int or not lowest <= value <= highest:
        from dipevents.errors import ModelError

        raise ModelError("DateSpan", field, value, f"an int from {lowest} to {highest}")


@attrs.frozen(kw_only=True)
class DateSpan:
    """A span of days with the precision the text gave it.

    A span coarser than a day (month, season, half, year) covers whole months.

    >>> april = DateSpan.month(2017, 4)
    >>> (april.start.isoformat(), april.end.isoformat(), april.precision.value)
    ('2017-04-01', '2017-04-30', 'month')
    """

    start: date = attrs.field(validator=check("a date (not a datetime)", _is_plain_date))
    end: date = attrs.field(validator=check("a date (not a datetime)", _is_plain_date))
    precision: Precision = attrs.field(
        default=Precision.DAY, validator=check("a Precision", lambda v: isinstance(v, Precision))
    )

    def __attrs_post_init__(self) -> None:
        from dipevents.errors import ModelError

        if self.end < self.start:
            raise ModelError(
                "DateSpan", "end", self.end.isoformat(), f"a date on or after {self.start}"
            )
        whole_months = self.start.day == 1 and self.end == _month_end(self.end.year, self.end.month)
        if self.precision is not Precision.DAY and not whole_months:
            raise ModelError(
                "DateSpan",
                "precision",
                self.precision.value,
                f"'day' for {self.isoformat()}, which is not whole months",
            )

    @classmethod
    def day(cls, day: date) -> DateSpan:
        """The single day ``day``."""
        return cls(start=day, end=day, precision=Precision.DAY)

    @classmethod
    def days(cls, start: date, end: date) -> DateSpan:
        """Consecutive days, e.g. "May 30-31, 2019"."""
        return cls(start=start, end=end, precision=Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> DateSpan:
        """The whole of a month."""
        _calendar("year", year, 1, 9999)
        _calendar("month", month, 1, 12)
        return cls(
            start=date(year, month, 1), end=_month_end(year, month), precision=Precision.MONTH
        )

    @classmethod
    def season(cls, year: int, season: Season) -> DateSpan:
        """A meteorological season; winter runs from December of ``year`` to February."""
        try:
            first, length = _SEASONS[season]
        except KeyError:
            from dipevents.errors import ModelError

            raise ModelError(
                "DateSpan", "season", season, "one of " + ", ".join(_SEASONS)
            ) from None
        last_year, last_month = divmod(first - 1 + length - 1, 12)
        _calendar("year", year, 1, 9999 - last_year)
        return cls(
            start=date(year, first, 1),
            end=_month_end(year + last_year, last_month + 1),
            precision=Precision.SEASON,
        )

    @classmethod
    def half(cls, year: int, half: Literal[1, 2]) -> DateSpan:
        """The first (January-June) or second (July-December) half of a year."""
        if half not in (1, 2):
            from dipevents.errors import ModelError

            raise ModelError("DateSpan", "half", half, "1 or 2")
        _calendar("year", year, 1, 9999)
        first = 1 if half == 1 else 7
        return cls(
            start=date(year, first, 1), end=_month_end(year, first + 5), precision=Precision.HALF
        )

    @classmethod
    def year(cls, year: int) -> DateSpan:
        """A whole calendar year."""
        _calendar("year", year, 1, 9999)
        return cls(start=date(year, 1, 1), end=date(year, 12, 31), precision=Precision.YEAR)

    def contains(self, other: date | DateSpan) -> bool:
        """True when a day, or every day of another span, lies within this span."""
        if isinstance(other, DateSpan):
            return self.start <= other.start and other.end <= self.end
        return self.start <= other <= self.end

    def isoformat(self) -> str:
        """ISO 8601: the day, or the interval ``start/end``.

        >>> DateSpan.month(2017, 4).isoformat()
        '2017-04-01/2017-04-30'
        """
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def overlaps(self, other: DateSpan) -> bool:
        """True when the two spans share at least one day."""
        return self.start <= other.end and other.start <= self.end


def _degrees(limit: int) -> _Check:
    return check(
        f"a number of degrees in -{limit}..{limit} or None",
        lambda v: v is None or (type(v) is float and math.isfinite(v) and -limit <= v <= limit),
    )


def _as_float(value: object) -> object:
    # JSON writes 35.0 as 35: an int is a float here (but a bool is not a number).
    return float(value) if type(value) is int else value


@attrs.frozen(kw_only=True)
class Place:
    """Where an event happens: the most specific name the text gives, and its country.

    ``latitude``, ``longitude`` (WGS 84 decimal degrees) and ``geonames_id`` are
    filled where the gazetteer knows the place (codebook §5), and left out of the
    JSON while unknown.

    >>> Place(name="Osaka", country="JPN", latitude=34.69, longitude=135.50).latitude
    34.69
    """

    name: str = attrs.field(validator=string("a non-empty name"))
    country: str | None = attrs.field(default=None, validator=optional_code(states_only=True))
    latitude: float | None = attrs.field(
        default=None, converter=_as_float, validator=_degrees(90), metadata=EXTENSION
    )
    longitude: float | None = attrs.field(
        default=None, converter=_as_float, validator=_degrees(180), metadata=EXTENSION
    )
    geonames_id: int | None = attrs.field(
        default=None, validator=optional_int(), metadata=EXTENSION
    )

    def __attrs_post_init__(self) -> None:
        if (self.latitude is None) != (self.longitude is None):
            from dipevents.errors import ModelError

            raise ModelError(
                "Place",
                "longitude" if self.longitude is None else "latitude",
                None,
                "latitude and longitude together, or neither",
            )

    @property
    def coordinates(self) -> tuple[float, float] | None:
        """``(latitude, longitude)``, or None where the place is not located."""
        if self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)


@attrs.frozen(kw_only=True)
class Person:
    """A person, coded through the office they held (codebook §3)."""

    name: str = attrs.field(validator=string("a non-empty name"))
    #: The state, or the organisation (``EU``, ``UN``, ``NATO``), the person serves.
    country: str | None = attrs.field(default=None, validator=optional_code(states_only=False))
    office: str | None = attrs.field(default=None, validator=optional_str())


@attrs.frozen(kw_only=True)
class Evidence:
    """A sentence supporting an event: ``article.text[start:end] == text``.

    ``source`` names the article (its path or URL) so that events merged across
    articles keep every source.
    """

    start: int = attrs.field(validator=check("an int >= 0", lambda v: type(v) is int and v >= 0))
    end: int = attrs.field(validator=check("an int >= 0", lambda v: type(v) is int and v >= 0))
    text: str = attrs.field(validator=text())
    source: str | None = attrs.field(default=None, validator=optional_str(), metadata=EXTENSION)

    def __attrs_post_init__(self) -> None:
        from dipevents.errors import ModelError

        if self.end < self.start:
            raise ModelError("Evidence", "end", self.end, f"an offset >= start ({self.start})")
        if len(self.text) != self.end - self.start:
            raise ModelError(
                "Evidence",
                "text",
                self.text,
                f"a text of end - start = {self.end - self.start} characters",
            )


@attrs.frozen(kw_only=True)
class Conflict:
    """Sources of a merged event that disagree on one of its fields.

    One conflict per value given: ``Conflict(field="date", value="2017-03-19",
    sources=("b.txt",))`` beside ``value="2017-03-20"`` from ``a.txt``.
    """

    field: str = attrs.field(validator=string("a non-empty field name"))
    #: The value as its JSON form shows it (a date span is ``start/end``).
    value: str = attrs.field(validator=string("a non-empty value"))
    sources: tuple[str, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=texts("a list of non-empty source names"),
    )


def _is_plain_date_or_none(value: object) -> bool:
    return value is None or _is_plain_date(value)


@attrs.frozen(kw_only=True)
class Report:
    """One article's report behind an event: the id the event had there, and the article.

    ``EventSet.from_articles`` gives each event the report of its article, so that a
    row of a flat export names its article; a merged event keeps the reports of every
    event merged into it (codebook §8).

    >>> Report(id="0f3a9c1d2e4b5a697887", source="a.txt", title="Talks in Tokyo").source
    'a.txt'
    """

    id: str = attrs.field(validator=string("a non-empty event id"))
    #: The article's path or URL.
    source: str | None = attrs.field(default=None, validator=optional_str())
    published: date | None = attrs.field(
        default=None, validator=check("a date or None", _is_plain_date_or_none)
    )
    title: str | None = attrs.field(default=None, validator=optional_str())
