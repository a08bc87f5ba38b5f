"""dipevents: turn articles about diplomacy into typed, verifiable event data.

>>> from dipevents import Summit
>>> Summit(countries=["RUS", "JPN"], status="held").countries
('JPN', 'RUS')
"""

from dipevents._pipeline import parse, parse_file, parse_html, parse_url
from dipevents._version import __version__
from dipevents.batch import Failure, extract_many
from dipevents.errors import (
    DecodeError,
    DipeventsError,
    FetchError,
    MissingExtraError,
    ModelError,
    ParseError,
    SerializationError,
    UnknownFormatError,
)
from dipevents.io import from_dict, from_json, json_schema, to_dict, to_json
from dipevents.models import (
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
    SummitStatus,
    TerritorialClaim,
    TwoPlusTwo,
    TwoPlusTwoStatus,
)
from dipevents.ontology import EventCodes, event_codes
from dipevents.query import EventSet

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "ClaimStatus",
    "Conflict",
    "DateBasis",
    "DateSpan",
    "DecodeError",
    "DipeventsError",
    "Event",
    "EventCodes",
    "EventSet",
    "Evidence",
    "Failure",
    "FetchError",
    "Measure",
    "MeetingStatus",
    "MissingExtraError",
    "ModelError",
    "ParseError",
    "Person",
    "Place",
    "Precision",
    "Quotation",
    "Report",
    "Sanction",
    "SanctionStatus",
    "SerializationError",
    "Span",
    "Summit",
    "SummitKind",
    "SummitStatus",
    "TerritorialClaim",
    "TwoPlusTwo",
    "TwoPlusTwoStatus",
    "UnknownFormatError",
    "__version__",
    "event_codes",
    "extract_many",
    "from_dict",
    "from_json",
    "json_schema",
    "parse",
    "parse_file",
    "parse_html",
    "parse_url",
    "to_dict",
    "to_json",
]
