"""Event ids: a SHA-256 of what tells one report of an occurrence from every other.

The recipe is versioned (``_RECIPE``): changing what goes into an id changes the
recipe's name, so that old and new ids never mix silently.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dipevents.models.values import DateSpan, Evidence, Report

_RECIPE = "dipevents-event-id/1"
#: Hex digits in an id: 80 bits, so that even a billion events are unlikely to collide.
ID_LENGTH = 20


def text_key(value: str | None) -> str | None:
    """A name as the id sees it: case and runs of white space do not matter."""
    return " ".join(value.casefold().split()) if value is not None else None


def event_id(
    tag: str,
    key: list[Any],
    span: DateSpan | None,
    evidence: Sequence[Evidence],
    reports: Sequence[Report],
) -> str:
    """The id of an event from its type tag, key fields, date and evidence (or reports)."""
    when = (
        None
        if span is None
        else [span.start.isoformat(), span.end.isoformat(), span.precision.value]
    )
    if len(reports) > 1:
        # A merged event: named by the reports behind it, however its fields came out.
        behind: list[Any] = ["reports", sorted({r.id for r in reports})]
    else:
        # The sentences and their offsets stand for the article: the source's name is
        # left out so that a file renamed or moved keeps its events' ids.
        behind = ["evidence", sorted([e.start, e.end, e.text] for e in evidence)]
    payload = [_RECIPE, tag, key, when, behind]
    text = json.dumps(payload, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:ID_LENGTH]
