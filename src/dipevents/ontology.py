"""The closest CAMEO and PLOVER codes of an event, for joining with GDELT, ICEWS or POLECAT.

dipevents codes *events* (a summit that took place, a sanction in force), while
CAMEO and PLOVER code *actions* reported between a source and a target actor.
The crosswalk is therefore an approximation, chosen per type and status:

| dipevents | CAMEO | PLOVER (type, mode) |
|---|---|---|
| meeting held in a party's country | 043 host a visit | CONSULT, ``host`` |
| meeting held in a third country | 044 meet at a "third" location | CONSULT, ``third-party`` |
| meeting held, place unknown | 040 consult | CONSULT |
| meeting planned or proposed | 036 express intent to meet or negotiate | AGREE |
| meeting cancelled | none | none |
| sanction imposed or extended | 163 impose embargo, boycott or sanctions | SANCTION |
| sanction eased or lifted | 085 ease economic sanctions, boycott, embargo | RETREAT, ``ease`` |
| sanction threatened or proposed | 1312 threaten to boycott, embargo or sanction | THREATEN, ``restrict`` |
| territorial claim | none | none |

Limits: a held meeting is coded from the host's side (043); the guest's side
of the same meeting is 042 (make a visit), which the guest → host row of
``EventSet.to_dyads()`` carries. The 2021 CAMEO-to-PLOVER table files
CAMEO 163 under COERCE (mode ``restrict``) where the PLOVER manual has
SANCTION, so a join on POLECAT data should accept both. Neither ontology has a
code for a standing territorial claim or for a cancelled meeting.

>>> from dipevents import Summit, Place
>>> event_codes(Summit(status="held", countries=["RUS", "USA"], location=Place(name="Helsinki", country="FIN")))
EventCodes(cameo='044', plover='CONSULT', plover_mode='third-party')
"""

from __future__ import annotations

import attrs

from dipevents.models import (
    Event,
    MeetingStatus,
    Sanction,
    SanctionStatus,
    Summit,
    TwoPlusTwo,
)

#: The label of each CAMEO code dipevents gives.
CAMEO_LABELS: dict[str, str] = {
    "036": "Express intent to meet or negotiate",
    "040": "Consult, not specified",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": "Meet at a 'third' location",
    "085": "Ease economic sanctions, boycott, embargo",
    "163": "Impose embargo, boycott, or sanctions",
    "1312": "Threaten to boycott, embargo, or sanction",
}


@attrs.frozen
class EventCodes:
    """An event's closest CAMEO code and PLOVER event type and mode (None: no close code)."""

    cameo: str | None = None
    plover: str | None = None
    plover_mode: str | None = None

    @property
    def cameo_label(self) -> str | None:
        """The CAMEO code's label, e.g. ``"Host a visit"``."""
        return CAMEO_LABELS.get(self.cameo) if self.cameo else None


_NONE = EventCodes()

_SANCTIONS: dict[SanctionStatus, EventCodes] = {
    SanctionStatus.IMPOSED: EventCodes("163", "SANCTION"),
    SanctionStatus.EXTENDED: EventCodes("163", "SANCTION"),
    SanctionStatus.EASED: EventCodes("085", "RETREAT", "ease"),
    SanctionStatus.LIFTED: EventCodes("085", "RETREAT", "ease"),
    SanctionStatus.THREATENED: EventCodes("1312", "THREATEN", "restrict"),
    SanctionStatus.PROPOSED: EventCodes("1312", "THREATEN", "restrict"),
}


def _held(event: Summit | TwoPlusTwo) -> EventCodes:
    where = event.location.country if event.location else None
    if where is None:
        where = getattr(event, "host", None)
    if where is None:
        return EventCodes("040", "CONSULT")
    if where in event.countries:
        return EventCodes("043", "CONSULT", "host")
    return EventCodes("044", "CONSULT", "third-party")


def event_codes(event: Event) -> EventCodes:
    """The closest CAMEO code and PLOVER type of ``event`` (see the module's table)."""
    if isinstance(event, (Summit, TwoPlusTwo)):
        if event.status is MeetingStatus.HELD:
            return _held(event)
        if event.status in (MeetingStatus.PLANNED, MeetingStatus.PROPOSED):
            return EventCodes("036", "AGREE")
        return _NONE
    if isinstance(event, Sanction):
        return _SANCTIONS[event.status]
    return _NONE
