"""dipevents: turn articles about diplomacy into typed, verifiable event data.

>>> from dipevents import Summit
>>> Summit(countries=["RUS", "JPN"], status="held").countries
('JPN', 'RUS')
"""

import importlib
from typing import TYPE_CHECKING, Any

from dipevents._version import __version__
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

if TYPE_CHECKING:  # imported when first used (see __getattr__): a light `import dipevents`
    from dipevents._pipeline import (
        parse,
        parse_file,
        parse_html,
        parse_url,
    )
    from dipevents.batch import (
        Failure,
        extract_many,
    )
    from dipevents.io import (
        from_dict,
        from_json,
        json_schema,
        to_dict,
        to_json,
    )
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
    from dipevents.ontology import (
        EventCodes,
        event_codes,
    )
    from dipevents.query import (
        EventSet,
    )

#: Where each name of the package is defined; imported on first use.
_LAZY = {
    "Article": "dipevents.models",
    "Block": "dipevents.models",
    "BlockKind": "dipevents.models",
    "ClaimStatus": "dipevents.models",
    "Conflict": "dipevents.models",
    "DateBasis": "dipevents.models",
    "DateSpan": "dipevents.models",
    "Event": "dipevents.models",
    "EventCodes": "dipevents.ontology",
    "EventSet": "dipevents.query",
    "Evidence": "dipevents.models",
    "Failure": "dipevents.batch",
    "Measure": "dipevents.models",
    "MeetingStatus": "dipevents.models",
    "Person": "dipevents.models",
    "Place": "dipevents.models",
    "Precision": "dipevents.models",
    "Quotation": "dipevents.models",
    "Report": "dipevents.models",
    "Sanction": "dipevents.models",
    "SanctionStatus": "dipevents.models",
    "Span": "dipevents.models",
    "Summit": "dipevents.models",
    "SummitKind": "dipevents.models",
    "SummitStatus": "dipevents.models",
    "TerritorialClaim": "dipevents.models",
    "TwoPlusTwo": "dipevents.models",
    "TwoPlusTwoStatus": "dipevents.models",
    "event_codes": "dipevents.ontology",
    "extract_many": "dipevents.batch",
    "from_dict": "dipevents.io",
    "from_json": "dipevents.io",
    "json_schema": "dipevents.io",
    "parse": "dipevents._pipeline",
    "parse_file": "dipevents._pipeline",
    "parse_html": "dipevents._pipeline",
    "parse_url": "dipevents._pipeline",
    "to_dict": "dipevents.io",
    "to_json": "dipevents.io",
}

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


def __getattr__(name: str) -> Any:
    # PEP 562: `dipevents.parse`, `from dipevents import Summit` import their module now,
    # so that `import dipevents` itself costs a few milliseconds.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dipevents' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
