"""Events as dyads, the rows of CAMEO-style event data: one per pair of actors.

A pair is directed where the type has a direction, and undirected otherwise:

- a sanction: each imposer → each target;
- a territorial claim: each claimant → the holder; with no holder, the claimants
  contest each other (undirected pairs);
- a visit, that is a summit or 2+2 of two parties held in one of their countries
  (the place's country, else the summit's ``host``): guest → host;
- any other meeting: every pair of its countries, undirected.

An event with fewer than two actors has no dyad. The columns:

| column | holds |
|---|---|
| event_id | the event's id (``Event.id``), to join back to the events |
| type | ``summit``, ``two_plus_two``, ``sanction``, ``territorial_claim`` |
| source_actor, target_actor | the pair: source → target where directed, in alphabetical order where not |
| directed | True for imposer → target, claimant → holder and guest → host |
| start, end, precision | the event's date span (None when undated) |
| status | the event's status |
| cameo, plover, plover_mode | the closest codes of the pair's action: a held visit's guest → host row is CAMEO 042 ("make a visit"), PLOVER CONSULT (mode ``visit``); other rows have the event's codes (see :mod:`dipevents.ontology`) |

>>> from dipevents import Sanction
>>> for d in dyads(Sanction(status="imposed", imposers=["EU", "USA"], targets=["RUS"])):
...     print(d["source_actor"], "->", d["target_actor"], d["cameo"])
EU -> RUS 163
USA -> RUS 163
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import Any

from dipevents.models import Event, MeetingStatus, Sanction, Summit, TerritorialClaim, TwoPlusTwo
from dipevents.ontology import EventCodes, event_codes

#: Every column, in order, with its kind (as :data:`dipevents.io.frames.COLUMNS`).
DYAD_COLUMNS: dict[str, str] = {
    "event_id": "string",
    "type": "string",
    "source_actor": "string",
    "target_actor": "string",
    "directed": "bool",
    "start": "date",
    "end": "date",
    "precision": "string",
    "status": "string",
    "cameo": "string",
    "plover": "string",
    "plover_mode": "string",
}

_VISIT = EventCodes("042", "CONSULT", "visit")


def _pairs(event: Event) -> Iterator[tuple[str, str, bool]]:
    """(source, target, directed) for each pair of the event's actors."""
    if isinstance(event, Sanction):
        for imposer in event.imposers:
            yield from ((imposer, t, True) for t in event.targets if t != imposer)
    elif isinstance(event, TerritorialClaim):
        if event.held_by:
            yield from ((c, event.held_by, True) for c in event.claimants)
        else:
            yield from ((a, b, False) for a, b in combinations(event.claimants, 2))
    elif isinstance(event, (Summit, TwoPlusTwo)):
        host = _host(event)
        if len(event.countries) == 2 and host in event.countries:
            (guest,) = (c for c in event.countries if c != host)
            yield (guest, host, True)
        else:
            yield from ((a, b, False) for a, b in combinations(event.countries, 2))


def _host(event: Summit | TwoPlusTwo) -> str | None:
    # As the ontology codes a meeting: where it took place, else the summit's host.
    if event.location is not None and event.location.country is not None:
        return event.location.country
    return event.host if isinstance(event, Summit) else None


def dyads(event: Event) -> list[dict[str, Any]]:
    """The dyads of one event, as flat dicts with the columns of :data:`DYAD_COLUMNS`."""
    codes = event_codes(event)
    span = event.date
    status = event.status.value  # type: ignore[attr-defined]
    held = getattr(event, "status", None) is MeetingStatus.HELD
    out = []
    for source, target, directed in _pairs(event):
        visit = directed and held and isinstance(event, (Summit, TwoPlusTwo))
        found = _VISIT if visit else codes
        out.append(
            {
                "event_id": event.id,
                "type": event.TYPE,
                "source_actor": source,
                "target_actor": target,
                "directed": directed,
                "start": span.start if span else None,
                "end": span.end if span else None,
                "precision": span.precision.value if span else None,
                "status": status,
                "cameo": found.cameo,
                "plover": found.plover,
                "plover_mode": found.plover_mode,
            }
        )
    return out


def all_dyads(events: Iterable[Event]) -> list[dict[str, Any]]:
    """The dyads of every event, in the events' order."""
    return [row for event in events for row in dyads(event)]
