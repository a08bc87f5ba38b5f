"""The typed models of dipevents: attrs classes only, no I/O and nothing else of the project."""

from dipevents.models._codes import GROUP_CODES, register_group_code
from dipevents.models.article import Article, Block, BlockKind, Quotation, Span
from dipevents.models.events import (
    EVENT_TYPES,
    ClaimStatus,
    DateBasis,
    Event,
    Measure,
    MeetingStatus,
    Sanction,
    SanctionStatus,
    Summit,
    SummitKind,
    SummitStatus,
    TerritorialClaim,
    TwoPlusTwo,
    TwoPlusTwoStatus,
)
from dipevents.models.values import Conflict, DateSpan, Evidence, Person, Place, Precision

__all__ = [
    "EVENT_TYPES",
    "GROUP_CODES",
    "Article",
    "Block",
    "BlockKind",
    "ClaimStatus",
    "Conflict",
    "DateBasis",
    "DateSpan",
    "Event",
    "Evidence",
    "Measure",
    "MeetingStatus",
    "Person",
    "Place",
    "Precision",
    "Quotation",
    "Sanction",
    "SanctionStatus",
    "Span",
    "Summit",
    "SummitKind",
    "SummitStatus",
    "TerritorialClaim",
    "TwoPlusTwo",
    "TwoPlusTwoStatus",
    "register_group_code",
]
