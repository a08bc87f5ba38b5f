"""The four event types of the codebook (§2 and §7), and the enums of their fields."""

from __future__ import annotations

import enum
import functools
from typing import Any, ClassVar

import attrs

from dipevents.models import _ids
from dipevents.models._validate import (
    EXTENSION,
    as_tuple,
    check,
    codes,
    members,
    optional_code,
    optional_int,
    optional_str,
    sorted_codes,
    sorted_members,
    string,
    to_enum,
)
from dipevents.models.values import Conflict, DateSpan, Evidence, Person, Place, Report


class MeetingStatus(enum.Enum):
    """Status of a summit or a 2+2 meeting, as of the article's date."""

    HELD = "held"
    PLANNED = "planned"
    PROPOSED = "proposed"
    CANCELLED = "cancelled"


#: The status values of a summit.
SummitStatus = MeetingStatus
#: The status values of a 2+2 meeting.
TwoPlusTwoStatus = MeetingStatus


class SanctionStatus(enum.Enum):
    """What the article reports of a sanction."""

    IMPOSED = "imposed"
    EXTENDED = "extended"
    EASED = "eased"
    LIFTED = "lifted"
    PROPOSED = "proposed"
    THREATENED = "threatened"


class ClaimStatus(enum.Enum):
    """Whether a territorial claim is still pressed."""

    ACTIVE = "active"
    RESOLVED = "resolved"


class SummitKind(enum.Enum):
    """How many states' leaders a summit brings together."""

    BILATERAL = "bilateral"
    TRILATERAL = "trilateral"
    MULTILATERAL = "multilateral"


class Measure(enum.Enum):
    """Kinds of sanction measure, after the Global Sanctions Data Base."""

    TRADE = "trade"
    FINANCIAL = "financial"
    ARMS = "arms"
    MILITARY = "military"
    TRAVEL = "travel"
    OTHER = "other"


class DateBasis(enum.Enum):
    """How an event's date was derived from the text."""

    STATED = "stated"  #: given in full by the text ("on 16 July 2018")
    RELATIVE = "relative"  #: resolved against the publication date or another anchor
    CALENDAR = "calendar"  #: taken from a known calendar (a summit series' edition)
    UNKNOWN = "unknown"  #: the text gives no way to place it


def _is_datespan(value: object) -> bool:
    return value is None or isinstance(value, DateSpan)


def _is_place(value: object) -> bool:
    return value is None or isinstance(value, Place)


@attrs.frozen(kw_only=True)
class Event:
    """Fields every event has: when, where, its status and the sentences behind it.

    Not instantiated itself: use :class:`Summit`, :class:`TwoPlusTwo`,
    :class:`Sanction` or :class:`TerritorialClaim`.
    """

    #: The ``"type"`` tag of the JSON form.
    TYPE: ClassVar[str] = ""

    date: DateSpan | None = attrs.field(
        default=None, validator=check("a DateSpan or None", _is_datespan)
    )
    date_basis: DateBasis | None = attrs.field(
        default=None, converter=to_enum(DateBasis, optional=True), metadata=EXTENSION
    )
    location: Place | None = attrs.field(
        default=None, validator=check("a Place or None", _is_place)
    )
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), converter=as_tuple, validator=members(Evidence, "a list of Evidence")
    )
    #: Where the sources of a merged event disagree (see ``EventSet.merged``).
    conflicts: tuple[Conflict, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=members(Conflict, "a list of Conflict"),
        metadata=EXTENSION,
    )
    #: The articles this event was read from, each with the id the event had there
    #: (see ``EventSet.from_articles`` and ``EventSet.merged``).
    reports: tuple[Report, ...] = attrs.field(
        default=(),
        converter=as_tuple,
        validator=members(Report, "a list of Report"),
        metadata=EXTENSION,
    )

    def __attrs_pre_init__(self) -> None:
        if type(self) is Event:
            raise TypeError(
                "Event is abstract: build a Summit, TwoPlusTwo, Sanction or TerritorialClaim"
            )

    @property
    def type(self) -> str:
        """The event's type tag, e.g. ``"summit"``."""
        return self.TYPE

    @functools.cached_property
    def id(self) -> str:
        """A stable id: 20 hex digits of a SHA-256 of the type, key fields, date and evidence.

        The same event read from the same article text has the same id on every run and
        machine, whatever the file is called; a merged event's id is made from the ids of
        its reports instead of its evidence. Status, place and the other attributes are
        not part of it, so a corrected status keeps the id (codebook §8).

        >>> from dipevents import Sanction
        >>> Sanction(status="imposed", imposers=["EU"], targets=["RUS"]).id
        '05f58fa130c8660f395c'
        """
        return _ids.event_id(self.TYPE, self._key(), self.date, self.evidence, self.reports)

    def _key(self) -> list[Any]:
        """The fields that tell this occurrence from others of its type."""
        raise NotImplementedError  # pragma: no cover - every subclass overrides

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of the evidence, in order of first appearance."""
        return tuple(dict.fromkeys(e.source for e in self.evidence if e.source is not None))

    def actors(self) -> frozenset[str]:
        """Every code taking part in the event, in whatever role its type has."""
        raise NotImplementedError  # pragma: no cover - every subclass overrides

    def with_changes(self, **changes: Any) -> Event:
        """A copy with some fields replaced (and validated again)."""
        return attrs.evolve(self, **changes)


@attrs.frozen(kw_only=True)
class Summit(Event):
    """A meeting in which heads of state or government take part.

    >>> Summit(countries=["RUS", "JPN", "JPN"], status="planned").countries
    ('JPN', 'RUS')
    """

    TYPE: ClassVar[str] = "summit"

    status: MeetingStatus = attrs.field(converter=to_enum(MeetingStatus))
    name: str | None = attrs.field(default=None, validator=optional_str())
    kind: SummitKind | None = attrs.field(
        default=None, converter=to_enum(SummitKind, optional=True)
    )
    countries: tuple[str, ...] = attrs.field(default=(), converter=sorted_codes, validator=codes())
    host: str | None = attrs.field(
        default=None, validator=optional_code(states_only=True), metadata=EXTENSION
    )
    edition: int | None = attrs.field(default=None, validator=optional_int(), metadata=EXTENSION)

    def actors(self) -> frozenset[str]:
        return frozenset(self.countries)

    def _key(self) -> list[Any]:
        return [_ids.text_key(self.name), list(self.countries)]


@attrs.frozen(kw_only=True)
class TwoPlusTwo(Event):
    """A joint meeting of the foreign and defence ministers of exactly two states."""

    TYPE: ClassVar[str] = "two_plus_two"

    status: MeetingStatus = attrs.field(converter=to_enum(MeetingStatus))
    countries: tuple[str, ...] = attrs.field(
        converter=sorted_codes, validator=codes(states_only=True)
    )
    ministers: tuple[Person, ...] = attrs.field(
        default=(), converter=as_tuple, validator=members(Person, "a list of Person")
    )
    edition: int | None = attrs.field(default=None, validator=optional_int())

    @countries.validator
    def _two_states(self, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        if len(value) != 2:
            from dipevents.errors import ModelError

            raise ModelError("TwoPlusTwo", "countries", value, "two distinct states")

    def actors(self) -> frozenset[str]:
        return frozenset(self.countries)

    def _key(self) -> list[Any]:
        return [list(self.countries)]


@attrs.frozen(kw_only=True)
class Sanction(Event):
    """A restrictive measure that imposers apply, keep, ease, lift, propose or threaten."""

    TYPE: ClassVar[str] = "sanction"

    status: SanctionStatus = attrs.field(converter=to_enum(SanctionStatus))
    imposers: tuple[str, ...] = attrs.field(default=(), converter=sorted_codes, validator=codes())
    targets: tuple[str, ...] = attrs.field(converter=sorted_codes, validator=codes())
    measures: tuple[Measure, ...] = attrs.field(
        default=(),
        converter=sorted_members(Measure),
        validator=members(Measure, "a list of Measure"),
    )
    reason: str | None = attrs.field(default=None, validator=optional_str())

    @targets.validator
    def _has_target(self, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        if not value:
            from dipevents.errors import ModelError

            raise ModelError("Sanction", "targets", value, "at least one target")

    def __attrs_post_init__(self) -> None:
        both = sorted(set(self.imposers) & set(self.targets))
        if both:
            from dipevents.errors import ModelError

            raise ModelError(
                "Sanction",
                "targets",
                self.targets,
                f"targets other than its imposers (both: {', '.join(both)})",
            )

    def actors(self) -> frozenset[str]:
        return frozenset(self.imposers) | frozenset(self.targets)

    def _key(self) -> list[Any]:
        return [list(self.imposers), list(self.targets), self.status.value]


@attrs.frozen(kw_only=True)
class TerritorialClaim(Event):
    """A state's claim of sovereignty over territory another state holds or also claims."""

    TYPE: ClassVar[str] = "territorial_claim"

    status: ClaimStatus = attrs.field(converter=to_enum(ClaimStatus))
    territory: str = attrs.field(validator=string("a non-empty territory name"))
    claimants: tuple[str, ...] = attrs.field(
        default=(), converter=sorted_codes, validator=codes(states_only=True)
    )
    held_by: str | None = attrs.field(default=None, validator=optional_code(states_only=True))

    def __attrs_post_init__(self) -> None:
        if self.held_by is not None and self.held_by in self.claimants:
            from dipevents.errors import ModelError

            raise ModelError(
                "TerritorialClaim",
                "claimants",
                self.claimants,
                f"states that do not hold the territory (held_by is {self.held_by})",
            )

    def actors(self) -> frozenset[str]:
        held = frozenset([self.held_by]) if self.held_by else frozenset()
        return frozenset(self.claimants) | held

    def _key(self) -> list[Any]:
        return [
            _ids.text_key(self.territory),
            list(self.claimants),
            self.held_by,
            self.status.value,
        ]


#: Every concrete event class, by its ``"type"`` tag.
EVENT_TYPES: dict[str, type[Event]] = {
    cls.TYPE: cls for cls in (Summit, TwoPlusTwo, Sanction, TerritorialClaim)
}
