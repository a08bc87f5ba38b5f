"""Hypothesis strategies for every dipevents model, for your own property-based tests.

Needs the ``testing`` extra (``pip install 'dipevents[testing]'``)::

    from hypothesis import given
    from dipevents import strategies as dst

    @given(dst.events())
    def test_my_exporter_accepts_every_event(event): ...

Every strategy draws only valid instances; ``articles()`` draws events whose
evidence slices back to the article's text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as exc:  # only without the extra
    raise ModuleNotFoundError(
        "dipevents.strategies needs hypothesis: pip install 'dipevents[testing]'",
        name="hypothesis",
    ) from exc

from dipevents.models import (
    EVENT_TYPES,
    Article,
    Block,
    BlockKind,
    ClaimStatus,
    Conflict,
    DateBasis,
    DateSpan,
    Event,
    Evidence,
    Measure,
    MeetingStatus,
    Person,
    Place,
    Precision,
    Quotation,
    Report,
    Sanction,
    SanctionStatus,
    Span,
    Summit,
    SummitKind,
    TerritorialClaim,
    TwoPlusTwo,
)
from dipevents.models._codes import group_codes, iso_alpha3

__all__ = [
    "actor_codes",
    "articles",
    "conflicts",
    "date_spans",
    "dates",
    "events",
    "evidence",
    "persons",
    "places",
    "reports",
    "sanctions",
    "state_codes",
    "summits",
    "territorial_claims",
    "two_plus_twos",
]

_names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(lambda s: s.strip() != "")
_optional_names = st.none() | _names
# Any text a model can hold: no NUL, no lone surrogate.
_writable = st.characters(codec="utf-8", exclude_characters="\x00")
_urls = st.builds(
    "{}://{}.example.org/{}".format,
    st.sampled_from(["http", "https"]),
    st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9._~/%-]{0,40}", fullmatch=True),
)


def state_codes() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-3 codes."""
    return st.sampled_from(sorted(iso_alpha3()))


def actor_codes() -> st.SearchStrategy[str]:
    """State codes and group codes (``UN``, ``EU``, ``WEST``...)."""
    return st.sampled_from(sorted(iso_alpha3() | group_codes()))


def dates(
    min_value: date = date(1945, 1, 1), max_value: date = date(2100, 12, 31)
) -> st.SearchStrategy[date]:
    """Calendar dates (never datetimes)."""
    return st.dates(min_value=min_value, max_value=max_value)


@st.composite
def date_spans(draw: st.DrawFn) -> DateSpan:
    """Spans of every precision: single days, day ranges, months, seasons, halves, years."""
    precision = draw(st.sampled_from(Precision))
    day = draw(dates(max_value=date(2099, 12, 31)))
    if precision is Precision.DAY:
        length = draw(st.integers(0, 6))
        return DateSpan.days(day, date.fromordinal(day.toordinal() + length))
    if precision is Precision.MONTH:
        return DateSpan.month(day.year, day.month)
    if precision is Precision.SEASON:
        return DateSpan.season(
            day.year, draw(st.sampled_from(["spring", "summer", "autumn", "winter"]))
        )
    if precision is Precision.HALF:
        return DateSpan.half(day.year, draw(st.sampled_from([1, 2])))
    return DateSpan.year(day.year)


def places() -> st.SearchStrategy[Place]:
    """Places, some with coordinates and a GeoNames id."""
    bare = st.builds(Place, name=_names, country=st.none() | state_codes())
    located = st.builds(
        Place,
        name=_names,
        country=st.none() | state_codes(),
        latitude=st.floats(-90, 90),
        longitude=st.floats(-180, 180),
        geonames_id=st.none() | st.integers(1, 2**31),
    )
    return bare | located


def reports() -> st.SearchStrategy[Report]:
    """The articles behind events: an event id and the article's source, date and title."""
    return st.builds(
        Report,
        id=st.text(alphabet="0123456789abcdef", min_size=20, max_size=20),
        source=_optional_names,
        published=st.none() | dates(),
        title=_optional_names,
    )


def persons() -> st.SearchStrategy[Person]:
    return st.builds(Person, name=_names, country=st.none() | state_codes(), office=_optional_names)


@st.composite
def evidence(draw: st.DrawFn, text: str | None = None, source: str | None = None) -> Evidence:
    """A span of ``text`` (or of a drawn text) as evidence."""
    if text is None:
        text = draw(st.text(_writable, max_size=200))
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Evidence(start=start, end=end, text=text[start:end], source=source)


def conflicts() -> st.SearchStrategy[Conflict]:
    """Disagreements between the sources of a merged event."""
    return st.builds(
        Conflict,
        field=st.sampled_from(["date", "location", "status"]),
        value=_names,
        sources=st.lists(_names, min_size=1, max_size=3),
    )


def _common(text: str | None) -> dict[str, Any]:
    return {
        "conflicts": st.lists(conflicts(), max_size=2),
        "date": st.none() | date_spans(),
        "date_basis": st.none() | st.sampled_from(DateBasis),
        "location": st.none() | places(),
        "evidence": st.lists(evidence(text), max_size=3),
        "reports": st.lists(reports(), max_size=2, unique_by=lambda r: r.id),
    }


def summits(text: str | None = None) -> st.SearchStrategy[Summit]:
    return st.builds(
        Summit,
        status=st.sampled_from(MeetingStatus),
        name=_optional_names,
        kind=st.none() | st.sampled_from(SummitKind),
        countries=st.lists(actor_codes(), max_size=6),
        host=st.none() | state_codes(),
        edition=st.none() | st.integers(1, 100),
        **_common(text),
    )


def two_plus_twos(text: str | None = None) -> st.SearchStrategy[TwoPlusTwo]:
    return st.builds(
        TwoPlusTwo,
        status=st.sampled_from(MeetingStatus),
        countries=st.lists(state_codes(), min_size=2, max_size=2, unique=True),
        ministers=st.lists(persons(), max_size=4),
        edition=st.none() | st.integers(1, 30),
        **_common(text),
    )


@st.composite
def sanctions(draw: st.DrawFn, text: str | None = None) -> Sanction:
    targets = draw(st.lists(actor_codes(), min_size=1, max_size=3))
    imposers = draw(st.lists(actor_codes().filter(lambda c: c not in targets), max_size=4))
    return draw(
        st.builds(
            Sanction,
            status=st.sampled_from(SanctionStatus),
            imposers=st.just(imposers),
            targets=st.just(targets),
            measures=st.lists(st.sampled_from(Measure), max_size=3),
            reason=_optional_names,
            **_common(text),
        )
    )


@st.composite
def territorial_claims(draw: st.DrawFn, text: str | None = None) -> TerritorialClaim:
    held_by = draw(st.none() | state_codes())
    claimants = draw(st.lists(state_codes().filter(lambda c: c != held_by), max_size=3))
    return draw(
        st.builds(
            TerritorialClaim,
            status=st.sampled_from(ClaimStatus),
            territory=_names,
            claimants=st.just(claimants),
            held_by=st.just(held_by),
            **_common(text),
        )
    )


def events(text: str | None = None) -> st.SearchStrategy[Event]:
    """Any of the four event types."""
    return st.one_of(summits(text), two_plus_twos(text), sanctions(text), territorial_claims(text))


@st.composite
def _spans(draw: st.DrawFn, /, text: str, cls: type, **extra: Any) -> Any:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    fields = {k: draw(v) for k, v in extra.items()}
    if cls is Span:
        return Span(start=start, end=end, **fields)
    return cls(start=start, end=end, text=text[start:end], **fields)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Articles whose every offset (blocks, quotations, evidence) indexes their text."""
    text = draw(st.text(_writable, max_size=300))
    return Article(
        text=text,
        format=draw(st.sampled_from(["generic", "blogger", "penzanews"])),
        title=draw(_optional_names),
        published=draw(st.none() | dates()),
        author=draw(_optional_names),
        source=draw(_optional_names),
        publisher=draw(_optional_names),
        url=draw(st.none() | _urls),
        language=draw(st.none() | st.sampled_from(["en", "en-GB", "ja", "zh-Hant-TW"])),
        categories=draw(st.lists(_names, max_size=3)),
        blocks=draw(st.lists(_spans(text, Block, kind=st.sampled_from(BlockKind)), max_size=3)),
        footnotes=draw(st.lists(_spans(text, Block), max_size=2)),
        quotations=draw(st.lists(_spans(text, Quotation, speaker=_optional_names), max_size=2)),
        furniture=draw(st.lists(_spans(text, Span, label=_names), max_size=2)),
        events=draw(st.lists(events(text), max_size=3)),
    )


assert set(EVENT_TYPES) == {"summit", "two_plus_two", "sanction", "territorial_claim"}
