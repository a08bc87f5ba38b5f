"""Summits and 2+2 meetings: who meets whom, when, where, and whether it happened."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any

import attrs

from dipevents import _rx, knowledge
from dipevents.extract import lexicon
from dipevents.extract.candidates import Candidate, merge_days, pick_time
from dipevents.extract.document import (
    _LIST_GAP,
    GROUP_OF_STATES,
    LEADER_ROLES,
    Actor,
    Clause,
    Document,
    _place,
    group_size,
)
from dipevents.extract.sentences import Sentence
from dipevents.extract.timex import NUMBER_WORDS, Tense, TimeExpr, tense_of, year_later
from dipevents.extract.timex import Role as TimeRole
from dipevents.models import DateBasis, DateSpan, Person, Place, Precision
from dipevents.models._codes import is_state
from dipevents.normalize._fold import fold
from dipevents.normalize._gazetteer import Mention
from dipevents.normalize.places import venue_city


def series_name(key: str) -> str:
    """The display name of a summit of a series ("BRICS Summit"), from the series data."""
    from dipevents.normalize.summits import find_series

    found = find_series(key)
    return found.display_name if found is not None else f"{key} Summit"


# "ahead of a meeting between …", "on the eve of the G-20 summit": the meeting comes after
# the time stated before these words.
_BEFORE_EVENT = _rx.compile(
    r"\b(?:ahead\s+of|on\s+the\s+eve\s+of|prior\s+to|in\s+preparation\s+for|to\s+prepare)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
_NAMED_SUMMIT = _rx.compile(
    r"(?P<pre>(?:[A-Z][\w'’.]*(?:[-–][A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2})+|inter-Korean|[A-Z][\w'’.]+\s+format|"
    r"(?!(?:Its|Their|The|This|That|A|An|Another|Next|Last|Each|Every|Our|His|Her)\s)[A-Z][\w'’]+))\s+(?:format\s+)?(?i:summit)\b"
)
# "the Japan–South Korea summit", "the North Korea–United States Singapore Summit": states
# of one or more words joined by dashes, just before the summit word
_DASHED_BEFORE = _rx.compile(
    r"(?P<pre>(?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.]*(?:[-–](?:[A-Z][\w'’.]*\s+){0,3}[A-Z][\w'’.]*)+)"
    r"\s+(?:format\s+)?$"
)
# "The Singapore Summit was a summit meeting between …": what the subject was, not a new one.
_IS_A = _rx.compile(r"\b(?:was|is|were|are)\s+(?:a|an)\s+(?:\w+\s+){0,2}$")
_FORMAT = _rx.compile(r"\b(?P<name>[A-Z][a-z]+(?:[-–][A-Z][a-z]+){1,3})\s+format\b")
# Plural references to the leaders of the meeting told just before: "their last meeting",
# "the two leaders continued their talks".
_PLURAL = _rx.compile(
    r"\btheir\s+(?:\w+\s+){0,2}(?:meeting|meetings|talks|summit|encounter|conversation)\b"
    r"|\b(?:the\s+two|both)\s+(?:leaders|presidents|heads\s+of\s+state)\b",
    re.I,
)
_BOTH_LEADERS = _rx.compile(
    r"\b(?:the\s+(?P<n>two|three|four|five|six|seven)|both)\s+"
    r"(?:leaders|presidents|heads\s+of\s+(?:state|government))\b",
    re.I,
)
_LEADERS_OWN = _rx.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government))['’]?\s+$", re.I)
_WELCOME_NOW = _rx.compile(
    r"\b(?:it\s+is\s+(?:my|our|a)\s+(?:great\s+)?(?:pleasure|honou?r|privilege)|"
    r"(?:I|we)\s+(?:am|are)\s+(?:very\s+)?(?:pleased|delighted|honou?red|glad|happy))"
    r"[^.;]{0,60}?\bto\s+(?:welcome|host|receive)\b",
    re.I,
)
_DAYS_BEFORE_TOLD = _rx.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|[1-9])\s+days?\s+after\s+[a-z]+ing\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)
_DEFINITE = _rx.compile(
    r"\b(?:the|their)\s+(?:\w+\s+){0,2}(?:meeting|summit|talks|encounter)\s+(?:in|at)\s+[A-Z]"
    r"|^(?:the|their)\s+(?:\w+\s+){0,2}(?:meeting|summit|talks|encounter|visit)\s+"
    r"(?:took\s+place|was\s+held|were\s+held|happened|lasted)\b",
    re.I,
)
_VISIT_WORDS = (
    "visit",
    "state visit",
    "trip",
    "came",
    "come",
    "travel",
    "flew",
    "fly",
    "go ",
    "go",
    "landed",
    "arriv",
    "stop",
    "went",
    "travelled",
    "moved",
    "is due",
    "are due",
    "was due",
    "invit",
    "chief",
)
# "… flew to Riyadh for an extraordinary joint summit of the Arab League": a trip to a
# meeting of many, not a visit to the host's leader (unless "a summit with" someone).
_FOR_MULTILATERAL = _rx.compile(
    r"^[^.;]{0,80}?\bfor\s+(?:the|an?|its|his|her|their)\s+(?:[\w'’-]+\s+){0,5}"
    r"(?:summit|meeting|conference|forum|session|assembly|funeral|ceremony|inauguration|games|gathering)s?\b(?!\s+with\b)",
    re.I,
)
# "he met", "where he and Xi Jinping are expected to meet": the subject is the one told before.
_PRONOUN = _rx.compile(
    r"(?:^|[,;]\s*|\band\s+)(?:he|she)\s+(?:\w+\s+){0,3}$"
    # "The next day he met Albanese", "On 13 March she held talks": after a time told first
    r"|^(?:the|on|in|at|later|then|that|next|last|this|early|late|afterwards|during|where|when|"
    r"while|whereupon)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:he|she)\s+(?:\w+\s+){0,3}$"
    r"|\b(?:he|she)\s+and\s+(?-i:[A-Z][\w.'’-]*\s+){1,5}(?:\w+\s+){0,3}$",
    re.I,
)
_DESIRE = _rx.compile(
    r"\b(?:wants?|wanted|demand(?:s|ed)?|asked\s+(?:only\s+)?for|seeks?|sought|insist(?:s|ed)?\s+on)\b",
    re.I,
)


def _local(
    trigger: tuple[int, int], lo: int, hi: int, others: list[tuple[int, int]]
) -> tuple[int, int]:
    """The stretch of a clause that speaks of one trigger: up to its neighbours."""
    left = max([lo, *(o[1] for o in others if o[1] <= trigger[0] and o != trigger)])
    right = min([hi, *(o[0] for o in others if o[0] >= trigger[1] and o != trigger)])
    return left, right


_EMBEDDING = _rx.compile(r"\b(?:which|what|who|whom|whose|whereby|that|how|why|where|when)\b")
_PAST_VERB = _rx.compile(
    r"\b(?:[a-z]{3,}ed|came|took|was|were|held|met|began|saw|made|gave|brought|set|led|won|went)\b"
)


def _status(
    doc: Document, lo: int, hi: int, span: DateSpan | None, trigger: tuple[int, int] | None = None
) -> str:
    window = doc.text[lo:hi]
    if trigger is not None:
        for before_event in lexicon.finditer("BEFORE_EVENT", window):
            if lo + before_event.start() >= trigger[1]:
                # "met … on the eve of the summit": the later one is the other meeting
                window = window[: before_event.start()]
                break
        for start, comma in _led_phrases(doc, lo, trigger[0]):
            # "Ahead of the summit in October, Albanese met Anwar": the phrase is the
            # summit's (blanked, so that offsets into the window stay)
            window = window[: start - lo] + " " * (comma - start) + window[comma - lo :]
    cancelled = lexicon.search("CANCELLED", window)
    if cancelled:
        rest = window[cancelled.end() :]
        if cancelled.group().lower().startswith("postpon") and _POSTPONED_TO.search(rest):
            return "planned"  # postponed to a time told: it is still to come
        return "cancelled"
    if lexicon.search("PROPOSED", window):
        return "proposed"
    if lexicon.search("PRESENT_PROGRESSIVE", window):
        return "held"
    if span is not None and doc.anchor_is_publication and doc.anchor is not None:
        if span.end < doc.anchor:
            return "held"
        if span.start > doc.anchor:
            return "planned"
    if span is not None and doc.anchor is not None and (doc.anchor - span.end).days > 365:
        # no publication date, but the text tells of later years: "in May 2016, during
        # Obama's visit to Hanoi" in a text about 2023 is past
        return "held"
    planned = lexicon.search("PLANNED", window)
    if planned and trigger is not None and lo <= trigger[1] <= hi:
        # "AUSMIN in Washington came a day after …, under which the allies will …": the
        # meeting's own past verb, right after it, outweighs a later clause's "will".
        after = window[trigger[1] - lo :]
        held = re.match(
            r"(?:[\s(),]+[\w'’-]+){0,4}?\s+" + lexicon.fragment("HELD_VERB") + r"\b", after
        )
        if held and trigger[1] - lo + held.end() <= planned.start():
            return "held"
        # "The AUSMIN communiqué focused on what AUKUS will mean": a past verb, then a
        # clause of its own whose "will" is not the meeting's.
        between = window[trigger[1] - lo : planned.start()]
        embedded = _EMBEDDING.search(between)
        if embedded and _PAST_VERB.search(between[: embedded.start()]):
            return "held"
    if planned:
        return "planned"
    return "held"


def _location(
    doc: Document,
    sent: Sentence,
    trigger: tuple[int, int],
    lo: int,
    hi: int,
    prefer: set[str] | None = None,
) -> tuple[Place | None, bool]:
    later = lexicon.search("BEFORE_EVENT", doc.text, trigger[1], max(trigger[1], hi))
    if later is not None:
        hi = later.start()  # "… ahead of Biden hosting Kishida at the White House": not here
    led = _led_from(doc, lo, trigger)
    if led != lo:
        lo = led
        found = _not_sources(doc, doc.places(sent, lo, hi, prefer=prefer))
        return (found[0][1], found[0][2]) if found else (None, False)
    found = _not_sources(doc, doc.places(sent, lo, hi, prefer=prefer))
    if not found:
        where = _PLACE_WHERE.search(doc.text[sent.start : trigger[0]])
        if where is not None:
            # "We came here from Tokyo, where on Sunday we held the Security Consultative
            # Committee": the place the relative "where" stands for
            told = _place(where.group("place"), whole=True)
            if told is not None:
                return told
        return None, False
    after = [p for p in found if p[0] >= trigger[0]]
    chosen = after[0] if after else found[-1]
    return _city_of_venue(doc, chosen, found)


# "officials in New Delhi said", "diplomats in Brussels told reporters": where the source
# of the report is, not where the meeting is.
_SOURCE_IN = _rx.compile(
    r"\b(?:officials?|sources?|diplomats?|analysts?|observers?|experts?|reporters?|"
    r"correspondents?|journalists?|spokes(?:man|woman|person)|aides?|insiders?)\s+"
    r"(?:\w+\s+)?in\s+(?:the\s+)?$",
    re.I,
)
_SAID_SOON = _rx.compile(
    r"[\w'’.\s-]{0,30}?\b(?:said|say|says|told|tell|reported|report|confirmed|believe[ds]?)\b",
    re.I,
)


def _not_sources(
    doc: Document, found: list[tuple[int, Place, bool]]
) -> list[tuple[int, Place, bool]]:
    """The places of ``found`` that are not where the report's sources are."""
    out = []
    for start, place, is_city in found:
        if _SOURCE_IN.search(doc.text, max(0, start - 40), start) and _SAID_SOON.match(
            doc.text, start + len(place.name), start + len(place.name) + 40
        ):
            continue
        out.append((start, place, is_city))
    return out


def _city_of_venue(
    doc: Document, chosen: tuple[int, Place, bool], found: list[tuple[int, Place, bool]]
) -> tuple[Place, bool]:
    """ "at the Merdeka Palace in Jakarta": the city the text names for a venue, the place
    every reader codes; "at Camp David in Maryland" keeps the venue (Maryland is not the
    city the knowledge has it in)."""
    start, venue, is_city = chosen
    city = venue_city(venue.name)
    if city is None and not is_city:
        # "at the US Naval Academy in Annapolis": a venue named after its country, then the
        # city it is in
        for offset, place, in_city in found:
            if offset <= start:
                continue
            if (
                in_city
                and place.country == venue.country
                and _VENUE_IN.fullmatch(doc.text[start:offset])
            ):
                return place, in_city
            break
    if city is None:
        return venue, is_city
    for offset, place, in_city in found:
        if offset <= start:
            continue
        if fold(place.name) == fold(city) and _VENUE_IN.fullmatch(doc.text[start:offset]):
            return place, in_city
        break
    return venue, is_city


# The venue's name, then "in" or a comma, then the city: "the Merdeka Palace in ".
_VENUE_IN = _rx.compile(r"[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?(?:\s+in|,)\s+(?:the\s+)?")


def _by_phone(doc: Document, sent: Sentence, trigger: tuple[int, int]) -> bool:
    """Whether a meeting word is of a telephone call: "a telephone conversation", "phone
    talks", "talks by telephone", "conversation over the phone" (NOT_A_MEETING's words that
    touch it)."""
    lo = max(sent.start, trigger[0] - 30)
    for contact in lexicon.finditer("NOT_A_MEETING", doc.text[lo : trigger[1]]):
        if lo + contact.end() >= trigger[0] - 1 and "phone" in contact.group().lower():
            return True
    if _PHONE_AFTER.match(doc.text[trigger[1] : min(sent.end, trigger[1] + 30)]):
        return True
    # "received a phone call from …", "talked with Xi on the phone": the clause's phone
    return bool(
        lexicon.pattern("PHONE_AFTER").match(doc.text[trigger[1] : min(sent.end, trigger[1] + 80)])
    )


_PHONE_AFTER = _rx.compile(r"\s+(?:by|over|via|on)\s+(?:the\s+)?(?:tele)?phone\b", re.I)


def _off_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words that call a meeting told before off: "That visit has been called off",
    "He cancelled the trip", "…, but the meeting had been cancelled"."""
    global _OFF
    if _OFF is None:
        cancelled = lexicon.fragment("CANCELLED")[3:-1]
        trip = (
            r"(?:planned\s+|scheduled\s+|proposed\s+)?"
            r"(?:visit|trip|stop|summit|meeting|talks|tour|leg|journey)s?"
        )
        off = (
            r"\s+(?:is|was|were|are|has|have|had)\s+(?:now\s+|also\s+)?(?:been\s+)?"
            r"(?:now\s+|also\s+)?(?:(?:" + cancelled + r")|off\b)"
        )
        own = r"(?:[Tt]hat|[Tt]his|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
        _OFF = (
            # "That stop is cancelled too", "The meeting has also been called off"
            _rx.compile(r"^" + own + trip + off + r"(?P<rest>[^.;]*)", re.I),
            # "He cancelled the trip after the floods", "Scholz has called off his visit"
            _rx.compile(
                r"^(?:He|She|They|(?:[A-Z][\w'’-]+\s+){1,2}?)\s*(?:has\s+|had\s+|have\s+)?"
                r"(?:now\s+|also\s+)?(?:" + cancelled + r")\s+" + own + trip + r"\b(?P<rest>[^.;]*)"
            ),
            # "…, but the meeting had been cancelled", "…, where he was to meet Biden, was
            # called off": in the sentence that told the meeting
            _rx.compile(
                r"(?:,\s*|;\s*|\s)but\s+" + own + trip + off + r"(?P<rest>[^.;]*)"
                r"|,\s+(?:where|during\s+which|at\s+which|which)\b[^,;.]{0,120},"
                + off
                + r"(?P<rest2>[^.;]*)",
                re.I,
            ),
        )
    return _OFF


def _postponed_to(
    doc: Document, sent: Sentence, off: re.Match[str], group: str
) -> tuple[DateSpan, DateBasis] | None:
    """The time a meeting is put off to ("…, but the visit was postponed until May"): the
    first time told after the words that put it off, when they say "until" or "to" one."""
    rest = off.group(group)
    if rest is None or not _POSTPONED_TO.search(rest):
        return None
    lo = sent.start + off.start(group)
    hi = sent.start + off.end(group)
    for told in doc.times(sent):
        if lo <= told.start < hi and told.span is not None and not told.aside:
            span = told.span
            if not told.explicit_year and doc.anchor is not None and span.end < doc.anchor:
                # "postponed until May", told in February: the May to come
                span = year_later(span)
            return span, told.basis
    return None


def _put_off(candidates: list[Candidate], moved: tuple[DateSpan, DateBasis] | None) -> None:
    """Meetings postponed to a time told: still to come, at that time."""
    if moved is None:
        return
    for candidate in candidates:
        candidate.status = "planned"
        candidate.date, candidate.basis = moved


def _called_off(doc: Document, sent: Sentence, history: list[Candidate]) -> None:
    """ "Macron was due to visit Nairobi on Friday. That visit has been called off.": the
    meeting still to come that the sentence before told is cancelled."""
    that_off, they_cancel, _ = _off_patterns()
    off = that_off.match(sent.text) or they_cancel.match(sent.text)
    if off is None:
        return
    same: list[Candidate] = []
    for earlier in reversed(history):
        if sent.index - earlier.sentence.index > 2:
            break
        if earlier.type == "summit" and earlier.status in ("planned", "proposed"):
            same = [
                c
                for c in history
                if c.sentence is earlier.sentence and c.countries == earlier.countries
            ]
            break
    if _POSTPONED_TO.search(off.group("rest")):
        # ("postponed until June": still to come, then)
        _put_off(same, _postponed_to(doc, sent, off, "rest"))
        return
    for candidate in same:
        candidate.status = "cancelled"


def _back_on(doc: Document, sent: Sentence, history: list[Candidate]) -> None:
    """ "Trump called off his planned summit with Kim. Days later he said it was back on, and
    the two leaders met in Singapore on June 12": the meeting called off is the one held
    after all (one occurrence, of the status and time told later)."""
    if not lexicon.search("BACK_ON", sent.text):
        return
    # (held when the sentence tells it met; else still to come)
    status = "held" if _MET_AFTER_ALL.search(sent.text) else "planned"
    for earlier in reversed(history):
        if sent.index - earlier.sentence.index > 2:
            break
        if earlier.type == "summit" and earlier.status == "cancelled" and not earlier.series:
            # (the day it was called off is not the meeting's)
            earlier.status, earlier.date, earlier.basis = status, None, None
            earlier.anaphoric = True


_MET_AFTER_ALL = _rx.compile(r"\b(?:met|held|took\s+place|went\s+ahead)\b", re.I)


def _called_off_after(doc: Document, sent: Sentence, found: list[Candidate]) -> None:
    """ "Scholz was due to meet Biden on Monday, but the meeting had been cancelled": the
    meetings told before the words that call them off are cancelled (or, postponed to a
    time told, still to come then)."""
    off = _off_patterns()[2].search(sent.text)
    if off is None:
        return
    at = sent.start + off.start()
    if _POSTPONED_TO.search(off.group("rest") or off.group("rest2") or ""):
        group = "rest" if off.group("rest") is not None else "rest2"
        _put_off(
            [c for c in found if c.type == "summit" and c.trigger[1] <= at],
            _postponed_to(doc, sent, off, group),
        )
        return
    for candidate in found:
        if candidate.type == "summit" and candidate.trigger[1] <= at:
            candidate.status = "cancelled"


_OFF: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = None


def _told_again(
    doc: Document,
    sent: Sentence,
    trigger: tuple[int, int],
    history: list[Candidate],
    others: list[tuple[int, int]],
) -> Candidate | None:
    """ "That summit, which is expected to take place in India in October": the meeting of
    the states told just before, with the time and place of the relative clause."""
    if not _THAT_ONE.search(doc.text[max(sent.start, trigger[0] - 6) : trigger[0]]):
        return None
    hi = sent.end  # (the clause ends at the comma that opens the relative clause)
    relative = _WHICH_HELD.match(doc.text[trigger[1] : hi])
    if relative is None:
        return None
    antecedent = next(
        (
            c
            for c in reversed(history)
            if c.type == "summit"
            and not c.series
            and len(c.countries) >= 2
            and 0 <= sent.index - c.sentence.index <= 2
        ),
        None,
    )
    if antecedent is None:
        return None
    comma = doc.text.find(",", trigger[1] + relative.end(), hi)
    end = comma if comma != -1 else hi
    span, basis = _time(doc, sent, trigger, trigger[1], end, others)
    place, is_city = _location(doc, sent, trigger, trigger[1], end, prefer=antecedent.countries)
    if span is None and place is None:
        return None
    candidate = Candidate("summit", sent, trigger, _status(doc, trigger[1], end, span, trigger))
    candidate.countries = set(antecedent.countries)
    candidate.date, candidate.basis = span, basis
    candidate.location, candidate.location_is_city = place, is_city
    return candidate


def _visit_around_another(
    doc: Document, sent: Sentence, match: re.Match[str], trigger: tuple[int, int]
) -> bool:
    """Whether a visit told in a relative clause ("who is visiting the United States") is
    only where the subject is when the sentence's meeting, told after it, is with the leader
    of a state other than the one visited."""
    if not match.group().lower().startswith(_VISIT_WORDS) or not _WHO_IS.search(
        doc.text[max(sent.start, trigger[0] - 30) : trigger[0]]
    ):
        return False
    if not any(m.start() > match.end() for m in doc.matches(lexicon.MEETING, sent)):
        return False
    actors = doc.actors(sent)
    visited = _destination(doc, sent, trigger, actors, sent.end)[0]
    later = {a.code for a in actors if a.leader and a.start > trigger[1]}
    return visited is not None and bool(later) and visited not in later


def _next_edition(
    doc: Document,
    sent: Sentence,
    trigger: tuple[int, int],
    lo: int,
    hi: int,
    history: list[Candidate],
    others: list[tuple[int, int]],
) -> Candidate | None:
    """ "In April 2018, Modi and Xi held a summit in Wuhan. A second summit took place in
    Mamallapuram in October 2019": another meeting of the leaders of the summit told just
    before, at the time and place of its own clause."""
    if not lexicon.search("NEXT_EDITION", doc.text[max(lo, trigger[0] - 30) : trigger[0]]):
        return None
    antecedent = None
    for earlier in reversed(history):
        if sent.index - earlier.sentence.index > 3:
            break  # (the history is in the order of the text: none nearer)
        if earlier.type == "summit" and not earlier.series and len(earlier.countries) >= 2:
            antecedent = earlier
            break
    if antecedent is None:
        return None
    persons = [a for a in doc.actors(sent, None, lo, hi) if a.person is not None]
    people = {a.code for a in persons}
    unknown = any(
        (m.of("person") or m.of("surname")) and not any(a.start == m.start for a in persons)
        for m in doc.mentions(sent)
        if lo <= m.start < hi
    )
    if unknown or (people and people != antecedent.countries):
        return None  # "Xi attended another summit in Bangkok": a meeting of others
    span, basis = _time(doc, sent, trigger, lo, hi, others)
    place, is_city = _location(doc, sent, trigger, trigger[1], hi, prefer=antecedent.countries)
    if span is None or (antecedent.date is not None and _overlaps(span, antecedent.date)):
        return None  # no time of its own: the same meeting, or one the text cannot place
    candidate = Candidate("summit", sent, trigger, _status(doc, lo, hi, span, trigger))
    candidate.countries = set(antecedent.countries)
    candidate.date, candidate.basis = span, basis
    candidate.location, candidate.location_is_city = place, is_city
    return candidate


# "meetings took place, notably that between …", "talks, including one between …".
_INCLUDING_BETWEEN = _rx.compile(
    r"[^.;]{0,40}?,?\s+(?:notably|including|in\s+particular|especially|among\s+them)\s+"
    r"(?:that|one|those|the\s+one)\s+between\b",
    re.I,
)
_BETWEEN_NAMED = _rx.compile(
    r"\s+(?:(?:the\s+|a\s+|an\s+)?(?:talks|meeting|summit|negotiations)\s+)?between\s+", re.I
)
# Where a list of leaders ends: ", and the …", a semicolon, the sentence's end.
_LIST_END = _rx.compile(r",\s+and\s+(?:the|a|an)\b|;|\.\s")
# "a series of meetings took place": held, not a meeting still to be agreed.
_TOOK_PLACE = _rx.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:took\s+place|were\s+held|was\s+held|happened|occurred)\b",
    re.I,
)
# "are among the invited", "were invited": invited, by no one the clause names.
_INVITED_GUESTS = _rx.compile(
    r"\b(?:among\s+(?:the|those)(?:\s+\w+)?|(?:are|were|was|is|been|be)(?:\s+(?:also|all|both))?)\s+$",
    re.I,
)
# "said after his meeting with Xi that …": a meeting before the saying.
_AFTER_OWN = _rx.compile(
    r"\b(?:after|following)\s+(?:his|her|their|the|its)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_THAT = _rx.compile(r"\bthat\b", re.I)
_APPOSED = _rx.compile(r",\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "arrived here today for a trilateral summit", "flew to Geneva for a meeting with": a trip
# to a meeting that is held or set, not one floated.
_CAME_FOR = _rx.compile(
    r"\b(?:arriv\w*|landed|lands|travel\w*|flew|fly|flies|head(?:s|ed|ing)?|left|leaves|"
    r"depart\w*|came|comes|went|goes|in\s+town|(?:is|are|was|were)\s+here|met|meets|"
    r"gathered|convened)\b[^;.]{0,80}?"
    r"\bfor\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_THAT_ONE = _rx.compile(r"\b(?:that|this|the)\s+$", re.I)
# ", which is expected to take place", ", which was held": what the relative clause tells.
_WHICH_HELD = _rx.compile(
    r",?\s+(?:which|that)\s+(?:is|was|will\s+be|has\s+been|had\s+been|would\s+be)?\s*"
    r"(?:(?:now\s+)?(?:expected|scheduled|due|set|planned|likely|supposed)\s+)?(?:to\s+)?"
    r"(?:take\s+place|took\s+place|takes\s+place|be\s+held|held|convene[sd]?)\b",
    re.I,
)


# "ASTANA, July 4, 2024 (Reuters) - ": a dateline opening the sentence.
_DATELINE_IN_SENTENCE = _rx.compile(
    r"[A-Z][A-Z .'’-]{1,40}[A-Z]\s*,\s*[^—–.;]{0,30}?\d[^—–.;]{0,12}?(?:\([^)]{0,30}\)\s*)?[—–-]+\s"
)


def _shifted_back(span: DateSpan, after: re.Match[str]) -> DateSpan:
    """The time ``span`` less the units "a year after", "three weeks after" count, as precise
    as the unit."""
    word = after.group("n").lower()
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
    unit = after.group("unit").lower().rstrip("s")
    if unit == "year":
        day = span.start.replace(year=span.start.year - count, day=1)
        return DateSpan.month(day.year, day.month)
    if unit == "month":
        month = span.start.month - count
        year = span.start.year + (month - 1) // 12
        return DateSpan.month(year, (month - 1) % 12 + 1)
    days = count * (7 if unit == "week" else 1)
    return DateSpan.day(span.start - timedelta(days=days))


# "a year after", "three weeks after" right before a meeting's words.
_UNITS_AFTER = _rx.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+after\s+(?:[\w'’-]+\s+){1,4}$",  # (a subject)
    re.I,
)


def _time_of_saying(doc: Document, told: TimeExpr, lo: int, trigger: tuple[int, int]) -> bool:
    """Whether a time before a meeting word is the day it was told or agreed, not its own:
    "The Elysee confirmed on Tuesday that Macron will visit China in April", "Erdogan and
    Putin agreed on Tuesday to meet in Astana next week"."""
    if told.start >= trigger[1]:
        # "… will hold a 2+2 in New Delhi in July, officials said on Monday": the day said
        return bool(_SAID_AFTER.search(doc.text[trigger[1] : told.start]))
    if told.end > trigger[0]:
        return False
    return bool(
        _SAID_ON.search(doc.text[max(lo, told.start - 40) : told.start])
        and _COMPLEMENT.search(doc.text[told.end : trigger[0]])
    )


# A verb of saying or agreeing right before a time ("confirmed on", "agreed on", "said").
_SAID_ON = _rx.compile(
    r"\b(?:said|says|confirmed|announced|agreed|decided|told\s+\w+|promised|pledged|vowed|"
    r"offered|proposed|stated|revealed|disclosed|declared)\s+(?:on\s+)?$",
    re.I,
)
# A reporting clause that ends right before a time: ", officials said on Monday".
_SAID_AFTER = _rx.compile(
    r",\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|confirmed|announced|told\s+\w+|stated|added|reported)\s+(?:on\s+)?$",
    re.I,
)
# What it said or agreed begins: "that", "to meet", "he will".
_COMPLEMENT = _rx.compile(r"^[^.;]{0,20}?\b(?:that|to|he|she|they|it|we)\b", re.I)


def _led_phrases(doc: Document, lo: int, at: int) -> list[tuple[int, int]]:
    """The phrases before ``at`` that "ahead of", "in preparation for" open and a comma
    closes ("Ahead of the ASEAN summit in October, …"): the words of a later event."""
    out: list[tuple[int, int]] = []
    for cue in lexicon.finditer("BEFORE_EVENT", doc.text[lo:at] if at > lo else ""):
        comma = doc.text.find(",", lo + cue.end(), at)
        if comma != -1:
            out.append((lo + cue.start(), comma))
    return out


def _led_from(doc: Document, lo: int, trigger: tuple[int, int]) -> int:
    """Where a meeting's own words begin: after "ahead of", "preparations for" when they lead
    to it ("discussed in Bishkek on 13 June preparations for their second summit": the summit
    comes later, and elsewhere, than the time and place told before those words)."""
    for cue in lexicon.finditer("BEFORE_EVENT", doc.text[lo : trigger[0]]):
        if _GOVERNS.fullmatch(doc.text[lo + cue.end() : trigger[0]]):
            return lo + cue.end()
    return lo


# The few words between "ahead of", "preparations for" and the meeting they lead to.
_GOVERNS = _rx.compile(r"\s+(?:[\w'’-]+\s+){0,4}")


def _time(
    doc: Document,
    sent: Sentence,
    trigger: tuple[int, int],
    lo: int,
    hi: int,
    others: list[tuple[int, int]],
) -> tuple[DateSpan | None, DateBasis | None]:
    """The date of a mention: a time in its clause, else one in the sentence no other trigger claims."""
    head = _DATELINE_IN_SENTENCE.match(sent.text)
    told_from = sent.start + head.end() if head else sent.start  # (not the dateline's date)
    times = [
        t
        for t in doc.times(sent)
        if t.start >= told_from and not _time_of_saying(doc, t, lo, trigger)
    ]
    for start, comma in _led_phrases(doc, told_from, trigger[0]):
        # "Ahead of the summit in October, Albanese met Anwar": October is the summit's
        times = [t for t in times if not (start <= t.start and t.end <= comma)]
    after = _UNITS_AFTER.search(doc.text, max(sent.start, trigger[0] - 60), trigger[0])
    if after is not None:
        # "will meet in Woodside on Wednesday, a year after the two leaders met in Bali": the
        # time told before, less that much
        base = [t for t in times if t.span is not None and t.end <= after.start()]
        if base and base[-1].span is not None:
            return _shifted_back(base[-1].span, after), DateBasis.RELATIVE
    later = lexicon.search("BEFORE_EVENT", doc.text, trigger[1], max(trigger[1], hi))
    if later is not None:
        hi = later.start()  # "talks on Monday, ahead of the state banquet on Tuesday"
    lo = _led_from(doc, lo, trigger)
    chosen = pick_time(times, trigger, lo, hi)
    antecedent = next(
        (
            t
            for t in reversed(times)
            if t.span is not None
            and t.end <= trigger[0]
            and _WHEN_AFTER.match(doc.text[t.end : trigger[0]])
        ),
        None,
    )
    if antecedent is not None:
        chosen = antecedent  # "since November 2019, when they met in Brasilia": that time
    own = _own_time(doc, times, trigger)
    if own is not None:
        chosen = own  # "next year's consultations", "last year's summit": its own time
    if chosen is None:
        free = [
            t for t in times
            if not any(o != trigger and abs(t.start - o[0]) < abs(t.start - trigger[0]) for o in others)
        ]  # fmt: skip
        chosen = pick_time(free, trigger, sent.start, sent.end)
        if (
            chosen is not None
            and chosen.span is not None
            and doc.anchor is not None
            and chosen.span.end < doc.anchor
            and lexicon.search("PLANNED", doc.text[lo:hi])
        ):
            chosen = None  # "…on 9 March, and decided to meet again": not that day
    if chosen is None or chosen.span is None:
        if (
            doc.anchor_is_publication
            and doc.anchor is not None
            and _WELCOME_NOW.search(doc.text[lo : trigger[0]])
        ):
            # "It is my pleasure … to welcome Secretary Blinken and Secretary Austin to Manila
            # for the fourth 2+2": the meeting of the day the text is published
            return DateSpan.day(doc.anchor), DateBasis.RELATIVE
        earlier = _DAYS_BEFORE_TOLD.search(doc.text[lo : trigger[0]])
        if earlier and doc.anchor_is_publication and doc.anchor is not None:
            # "sat down with … two days after holding a similar meeting in Tokyo": the day
            # the report tells, less those days
            days = NUMBER_WORDS.get(earlier.group("n").lower()) or int(earlier.group("n"))
            return DateSpan.day(doc.anchor - timedelta(days=days)), DateBasis.RELATIVE
        return None, None
    before = doc.text[max(sent.start, trigger[0] - 80) : trigger[0]]
    if chosen.end <= trigger[0] and _BEFORE_EVENT.search(before):
        return DateSpan.year(chosen.span.start.year), DateBasis.RELATIVE
    span = merge_days(times, chosen, lo, hi)
    if span is not None and span.precision is Precision.DAY:
        # "the summit that opens there tomorrow and runs until Sunday": the days it lasts
        until = next(
            (
                t
                for t in times
                if t.role is TimeRole.UNTIL
                and t.start >= chosen.end
                and t.end <= hi
                and t.span is not None
                and t.span.precision is Precision.DAY
                and 0 < (t.span.end - span.end).days <= 14
                and _LASTS.search(doc.text[chosen.end : t.start])
            ),
            None,
        )
        if until is not None and until.span is not None:
            span = DateSpan.days(span.start, until.span.end)
    return span, chosen.basis


def _own_time(doc: Document, times: list[TimeExpr], trigger: tuple[int, int]) -> TimeExpr | None:
    """ "next year's consultations", "last year's summit": a time the trigger holds or that
    owns it (a possessive, which the time finder leaves as a mere reference)."""
    for time in times:
        if time.span is None or time.role is not TimeRole.REFERENCE:
            continue
        inside = trigger[0] <= time.start and time.end < trigger[1]
        owner = 0 <= trigger[0] - time.end <= 4 and re.fullmatch(
            r"['’]s\s*", doc.text[time.end : trigger[0]]
        )
        # "following the Singapore summit of June 2018": the time right after the meeting
        # word is the meeting's, though the phrase refers to it from another event
        right_after = 0 <= time.start - trigger[1] <= 5 and re.fullmatch(
            r"\s+(?:of|in)\s+", doc.text[trigger[1] : time.start]
        )
        # "After the Singapore summit between Trump and Kim in June 2018, talks stalled": the
        # time of the phrase the meeting heads is the meeting's
        between = doc.text[trigger[1] : time.start]
        heads_phrase = (
            time.start >= trigger[1]
            and len(between) <= 70
            and not re.search(r"[,;:—–]", between)
            and _HEADS_REFERENCE.search(doc.text[max(0, trigger[0] - 40) : trigger[0]])
        )
        if inside or owner or right_after or heads_phrase:
            return time
    return None


_HEADS_REFERENCE = _rx.compile(
    r"(?:^|\b)(?:after|following|since|before|until)\s+(?:the|a|an|their|his|her)\s+"
    r"(?:[\w'’–-]+\s+){0,3}$",
    re.I,
)


_WHEN_AFTER = _rx.compile(r"^\s*,?\s*when\s+(?:[\w'’-]+\s+){0,4}$", re.I)
_LASTS = _rx.compile(r"\b(?:runs?|running|lasts?|lasting|continues?|continuing|goes\s+on)\b", re.I)


_ORDINAL: re.Pattern[str] | None = None


def _ordinal() -> re.Pattern[str]:
    global _ORDINAL
    if _ORDINAL is None:
        _ORDINAL = _rx.compile(
            r"\b(?P<word>"
            + lexicon.fragment("ORDINAL_WORD")[3:-1]
            + r"|(?P<num>\d{1,2})(?:st|nd|rd|th))\b(?:[\s-]+ever)?",
            re.I,
        )
    return _ORDINAL


def _edition(text: str, within: int | None = None) -> int | None:
    """The edition an ordinal of ``text`` (starting before ``within``) gives a meeting."""
    values = lexicon.entries("ORDINAL_WORD").get("values", {})
    for match in _ordinal().finditer(text):
        if within is not None and match.start() >= within:
            break
        after = text[match.end() : match.end() + 60]
        if re.match(
            r"[^.;]{0,50}?\b(?:since|in\s+(?:\w+\s+){1,3}(?:years?|months?|decades?)|under|time)\b",
            after,
            re.I,
        ):
            continue
        if not re.match(
            r"\s*(?:[‘'“\"]?\s*)?(?:(?:round|edition|session|iteration|meeting)\s+of\s+(?:the\s+|their\s+)?)?"
            r"(?:[\w+‘'“\"”’-]+\s+){0,3}?[‘'“\"]?(?:summit|meeting|two-plus-two|2\s*\+\s*2|talks|consultations|dialogue|visit|trilateral)",
            after,
            re.I,
        ):
            continue
        word = match.group("word").lower()
        return int(match.group("num")) if match.group("num") else values.get(word)
    return None


_HOSTING = _rx.compile(
    r"^\s*(?:,\s*\w+\s+\w+,\s*)?(?:(?:took|takes|has\s+taken)\s+over\s+(?:the\s+)?(?:chairmanship|chair|presidency)\s+and\s+)?"
    r"(?:will\s+|would\s+|is\s+to\s+|to\s+|also\s+|(?:expects?|plans?|hopes?|intends?|is\s+(?:set|due|expected|scheduled|slated)|are\s+(?:set|due|expected))\s+to\s+)?"
    r"(?:host(?:s|ed|ing)?|chair(?:s|ed|ing)?|convened|opened|organi[sz]ed)\b",
    re.I,
)


def _online(doc: Document, trigger: tuple[int, int], lo: int, hi: int) -> bool:
    """Whether the words near a meeting say it was held online ("the virtual summit",
    "held by video link"), not that one participant joined online."""
    window = doc.text[max(lo, trigger[0] - 30) : min(hi, trigger[1] + 50)]
    return bool(lexicon.search("ONLINE", window))


def _hosts(doc: Document, sent: Sentence, lo: int, at: int) -> set[str]:
    """States that host or chair the summit named at ``at`` ("India hosted the SCO summit")."""
    out: set[str] = set()
    for actor in doc.actors(sent):
        if lo <= actor.start and actor.end <= at and not actor.topic and is_state(actor.code):
            between = doc.text[actor.end : at]
            if _HOSTING.match(between) and len(between) < 60:
                out.add(actor.code)
    return out


def _host_place(doc: Document, sent: Sentence, lo: int, at: int) -> tuple[Place | None, bool]:
    """The place named as the host of the meeting named at ``at`` ("Tokyo hosted the …",
    "India will host the next 2+2"), or none."""
    for actor in doc.actors(sent):
        if actor.via != "name" or actor.topic or not (lo <= actor.start and actor.end <= at):
            continue
        between = doc.text[actor.end : at]
        if len(between) < 80 and _HOSTING.match(between):
            found = _place(doc.text[actor.start : actor.end], whole=True)
            if found is not None:
                return found
    return None, False


_WHO_IS = _rx.compile(r"\bwho\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?$", re.I)
_RELATIVE_WHO = _rx.compile(r"^\W{0,3}(?:who|which)\b", re.I)
_KIND_WORD = _rx.compile(r"\b(?P<kind>trilateral|bilateral)\s+$", re.I)
_WITH_OBJECT = _rx.compile(
    r"\bwith\s+(?:(?:the|then|his|her|its|their|our)\s+)?(?:[\w.'’-]+\s+){0,5}$", re.I
)


def _own_participants(
    doc: Document,
    trigger: tuple[int, int],
    leaders: list[Actor],
    lo: int,
    hi: int,
    sent: Sentence,
) -> list[Actor]:
    """The leaders of a clause that take part in this meeting when it tells several, each
    "with" someone: "the Prime Minister held a summit meeting with Albanese, followed by a
    summit meeting and a dinner with Modi" (two meetings, the subject in both)."""
    triggers = sorted(
        {
            (sent.start + m.start(), sent.start + m.end())
            for m in doc.matches(lexicon.pattern("MEETING"), sent)
            if lo <= sent.start + m.start() < hi
        }
    )
    objects = [
        a
        for a in leaders
        if _WITH_OBJECT.search(doc.text[max(lo, a.start - 60) : a.start])
        and any(t[1] <= a.start for t in triggers)
    ]
    owners: dict[int, tuple[int, int]] = {}
    for obj in objects:
        before = [t for t in triggers if t[1] <= obj.start]
        owners[obj.start] = before[-1]
    if len(set(owners.values())) < 2:
        later = [t for t in set(owners.values()) if t[0] >= trigger[1]]
        if later and trigger in triggers:
            cut = min(later)[0]
            between = re.sub(r"\([^)]*\)", "", doc.text[trigger[1] : cut])
            own = any(trigger[1] <= a.start < cut for a in leaders)
            if own and re.search(r"[,;]", between):
                # "Abe met Xi in Beijing, on his way to the trilateral summit with Li and
                # Moon": the later meeting's with-objects are not this one's (but "held a
                # summit and a working lunch with …", "visited Beijing for his meeting with
                # Xi" share them)
                return [a for a in leaders if a.start < cut]
        return leaders  # one meeting in the clause: everyone in it takes part
    first = triggers[0]
    subjects = [a for a in leaders if a.end <= first[0] and a.start not in owners]
    # A with-object is the meeting's whose triggers run up to it ("a summit meeting and a
    # dinner with Modi"): the triggers after the previous with-object.
    ordered = sorted(objects, key=lambda a: a.start)
    mine: list[Actor] = []
    previous_end = lo
    for obj in ordered:
        if previous_end <= trigger[0] < obj.start:
            mine.append(obj)
            break
        previous_end = obj.end
    return [*subjects, *mine] if mine else leaders


# "with Albanese and, on the same day, with Luxon", "…, and then with Erdogan": a partner
# with a "with" of its own, after the "and" that follows the one before.
_AND_WITH = _rx.compile(
    r"\band\s*,?\s*(?:[^,;.]{0,40}?,\s*)?(?:then\s+|also\s+|later\s+|separately\s+)?"
    r"with\s+(?:[\w'’.-]+\s+){0,4}$",
    re.I,
)
# "meet Macron in Paris on Monday and Scholz in Berlin on Wednesday": a partner after an
# "and" (or a comma of a list) that follows a place or a time of the one before, with a
# place or a time its own.
_AND_NEXT = _rx.compile(r"(?:\band|,)\s+(?:then\s+|later\s+)?(?:[\w'’.-]+\s+){0,4}$", re.I)
_OWN_TIME_OR_PLACE = _rx.compile(
    r"^\W{0,2}(?:in|at)\s+(?-i:[A-Z])|^\W{0,2}(?:on|next|this|last)\s+(?-i:[A-Z0-9])", re.I
)
_SAME_DAY = _rx.compile(r"\b(?:the\s+same|that|later\s+that)\s+day\b", re.I)


def _one_with_each(doc: Document, sent: Sentence, found: list[Candidate]) -> list[Candidate]:
    """A leader meeting several partners one after another, each told with a "with" or a
    place or a time of its own ("held talks with Modi and, on the same day, with Erdogan";
    "will meet Macron in Paris on Monday and Scholz in Berlin on Wednesday"): one meeting
    with each, at the place and on the day its own words tell."""
    more: list[Candidate] = []
    done: set[tuple[int, int]] = set()
    for candidate in found:
        if (
            candidate.type != "summit"
            or candidate.series
            or candidate.name
            or candidate.kind  # ("a trilateral meeting with …": one meeting)
            or candidate.trigger in done
        ):
            continue
        after = [
            a
            for a in _parties(doc.actors(sent, candidate.date))
            if a.leader and a.start > candidate.trigger[1]
        ]
        if len(after) < 2:
            continue
        groups: list[list[Actor]] = [[after[0]]]
        for left, right in itertools.pairwise(after):
            between = doc.text[left.end : right.start]
            if re.search(r"[.;]|\b(?:met|meet|meets|meeting|talks|visit\w*)\b", between, re.I):
                break  # another meeting told of its own
            if _AND_WITH.search(between) or (
                _AND_NEXT.search(between)
                and _OWN_TIME_OR_PLACE.match(between)
                and _OWN_TIME_OR_PLACE.match(doc.text[right.end : right.end + 12])
            ):
                groups.append([right])
            else:
                groups[-1].append(right)
        if len(groups) < 2:
            continue
        guests = {a.code for a in after}
        subject = candidate.countries - guests
        if not subject and re.search(
            r"\b(?:he|she)\b", doc.text[sent.start : candidate.trigger[0]], re.I
        ):
            other = _context_leader(
                doc,
                sent,
                exclude=guests,
                span=candidate.date,
                subject=True,
                before=candidate.trigger[0],
            )
            subject = {other} if other else set()
        if not subject:
            continue
        done.add(candidate.trigger)
        found_days: list[date] = []
        for number, group in enumerate(groups):
            lo = group[0].start
            hi = groups[number + 1][0].start if number + 1 < len(groups) else sent.end
            one = candidate if number == 0 else attrs.evolve(candidate, countries=set())
            one.countries = subject | {a.code for a in group}
            if _SAME_DAY.search(doc.text[lo:hi]):
                pass  # "and, on the same day, with Erdogan": the day of the one before
            else:
                own = [t.span for t in doc.times(sent) if lo <= t.start < hi and t.span]
                if own:
                    day = own[0]
                    told = found_days[-1] if found_days else None
                    if (
                        told is not None
                        and day.precision is Precision.DAY
                        and day.start == day.end
                        and 0 < (told - day.start).days < 7
                    ):
                        # "in Paris on Monday and Berlin on Wednesday": the Wednesday after
                        day = DateSpan.day(day.start + timedelta(days=7))
                    one.date = day
                    one.basis = next(t.basis for t in doc.times(sent) if t.span is own[0])
            if one.date is not None and one.date.precision is Precision.DAY:
                found_days.append(one.date.start)
            places = doc.places(sent, lo, hi, prefer=one.countries)
            if places:
                one.location, one.location_is_city = places[0][1], places[0][2]
            if number:
                more.append(one)
    return more


def _parties(actors: list[Actor]) -> list[Actor]:
    return [a for a in actors if not a.topic]


def _series_candidate(
    doc: Document,
    sent: Sentence,
    trigger: tuple[int, int],
    series: str,
    others: list[tuple[int, int]],
    named_at: int,
    named_end: int,
) -> Candidate:
    """A summit of a series, dated and placed from the clause of its trigger."""
    clause = doc.clause_of(sent, trigger[0])
    span, basis = _time(doc, sent, trigger, clause.start, clause.end, others)
    if span is not None and span.precision is Precision.DAY and span.start == span.end:
        lasting = _N_DAY_MEETING.search(sent.text)
        if lasting is not None and _N_DAY_MEETING.search(sent.text, lasting.end()) is None:
            # "the two-day G20 summit that opened on Saturday": that day and the next
            count = lasting.group("n").lower()
            days = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
            length = timedelta(days=max(1, days) - 1)
            if lexicon.search("VISIT_ENDED", doc.text[clause.start : clause.end]):
                span = DateSpan.days(span.start - length, span.start)  # "… ended on Sunday"
            else:
                span = DateSpan.days(span.start, span.start + length)
    place, is_city = _location(doc, sent, trigger, trigger[0], sent.end)
    candidate = Candidate(
        "summit", sent, trigger, _status(doc, clause.start, clause.end, span, trigger)
    )
    candidate.series = series
    candidate.date, candidate.basis = span, basis
    candidate.online = _online(doc, trigger, clause.start, clause.end)
    if candidate.online:
        place, is_city = None, False  # an online meeting has no place (codebook §5)
    candidate.location, candidate.location_is_city = place, is_city
    candidate.countries = {a.code for a in doc.actors(sent, span) if a.leader}
    candidate.countries |= {a.code for a in doc.leaders_of_list(sent)}
    hosts = _hosts(doc, sent, clause.start, named_at)
    candidate.countries |= hosts
    if candidate.location is None and not candidate.online and len(hosts) == 1:
        host = next(a for a in doc.actors(sent) if a.code in hosts)
        if host.via == "name":
            candidate.location = Place(  # "India will host the BRICS summit in 2026"
                name=doc.text[host.start : host.end], country=host.code
            )
    if candidate.location is None and not candidate.online:
        # "the trilateral summit … that Seoul was supposed to host this year": the host's place
        host_here = _HOSTED_AFTER.match(doc.text[named_end : min(sent.end, named_end + 90)])
        if host_here is not None:
            found = _place(host_here.group("host"), whole=True)
            if found is not None:
                candidate.location, candidate.location_is_city = found
    # (an ordinal near the name, read to the end of its phrase: "was their first formal
    # talks in five years" is no edition)
    start = max(sent.start, named_at - 30)
    candidate.edition = _edition(doc.text[start : named_end + 90], within=named_end + 30 - start)
    return candidate


# "a three-day summit", "the two-day G20 summit": a meeting of that many days.
_N_DAY_MEETING = _rx.compile(
    r"\b(?P<n>two|three|four|five|[2-5])-day\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks|conference|session)\b",
    re.I,
)


#: A place's name as written: up to three capitalised words ("New Delhi", "Port Moresby").
_PLACE_NAME = r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}"
_PLACE_WHERE = _rx.compile(
    rf"(?<![\w'’.-])(?P<place>{_PLACE_NAME}),\s+where\s+(?:[^,;.]{{0,60}}?)$"
)
_STOP_WAS = _rx.compile(
    rf"\b(?:stop|destination|venue|host\s+city|leg)\s+(?:was|is|will\s+be)\s+(?P<place>{_PLACE_NAME})"
)
_HOSTED_AFTER = _rx.compile(
    rf"^\s*,?\s*(?:that|which)\s+(?:the\s+)?(?P<host>{_PLACE_NAME})\s+"
    r"(?:(?:was|is|had|has|will|would)\s+)?(?:(?:been|be|supposed|due|set|scheduled|expected|meant|"
    r"planning|going)\s+)?(?:to\s+)?host(?:s|ed|ing)?\b"
)
_INDEFINITE_SUMMIT = _rx.compile(
    r"\b(?:a|an|another|(?:a\s+)?(?:second|third|fourth|fifth|new|further)|(?:the|its|their)\s+(?:next|first|inaugural|previous)|its|their)\s+(?:(?:annual|extraordinary|emergency|special|ordinary|virtual|regular|latest|last)\s+)?$",
    re.I,
)


_PLURAL_SUMMITS = _rx.compile(r"^[’'s]*\s+(?:leaders['’]?\s+)?summits\b", re.I)
_PLACE_AFTER = _rx.compile(r"^[’'s]*\s+(?:[\w'’-]+\s+){0,2}?(?:in|at)\s+(?-i:[A-Z])", re.I)


def _generic_series(
    doc: Document, sent: Sentence, mention: Mention, before: str, after: str
) -> bool:
    """Whether a series' name is told of the series in general, not of one meeting: a bare
    plural ("BRICS summits have become a showcase", "G7 summits rarely produce …") or an
    example of a kind of forum ("formats such as the East Asia Summit"), with no time and no
    place of its own (codebook §1)."""
    plural = bool(_PLURAL_SUMMITS.match(after)) or mention.surface.lower().endswith("summits")
    if plural:
        if lexicon.search("SPECIFIC_PLURAL", before[-30:]):
            return False  # "the last two G20 summits"
    elif not lexicon.search("EXAMPLE_OF_KIND", before[-25:]):
        return False
    if _PLACE_AFTER.match(after):
        return False  # "at G20 summits in Osaka and Rome"
    clause = doc.clause_of(sent, mention.start)
    return not any(
        t.span is not None and clause.start <= t.start < clause.end for t in doc.times(sent)
    )


def _series_of_org(code: str) -> str | None:
    """The series of leaders' summits an organisation or group holds ("QUAD": the Quad)."""
    from dipevents.normalize.summits import find_series

    known = find_series(code)
    return known.key if known is not None and known.org == code else None


def _indefinite_series(
    doc: Document,
    sent: Sentence,
    trigger: tuple[int, int],
    lo: int,
    hi: int,
    history: list[Candidate],
) -> str | None:
    """The series of an organisation's summit told as "a summit in Accra" in a text about it:
    the organisation's series named in the last few sentences, its members' leaders not
    otherwise named."""
    from dipevents.normalize.summits import find_series

    determiner = _INDEFINITE_SUMMIT.search(doc.text[max(lo, trigger[0] - 40) : trigger[0]])
    if not determiner:
        return None
    for earlier in reversed(history):
        if sent.index - earlier.sentence.index > 8:
            break
        if earlier.type == "summit" and earlier.series:
            known = find_series(earlier.series)
            if known is not None and known.org:
                return earlier.series
    if re.match(r"(?:its|their)\b", determiner.group(), re.I):
        # "The Shanghai Cooperation Organisation … Its summit in Bishkek": the organisation
        # named last
        code = doc.last_organisation(sent, trigger[0])
        known = find_series(code) if code else None
        if known is not None and known.org == code:
            return known.key
    return None


def summit_candidates(
    doc: Document, sent: Sentence, others: list[tuple[int, int]], history: list[Candidate]
) -> list[Candidate]:
    out: list[Candidate] = []
    text = sent.text
    series_spans: list[tuple[int, int]] = []
    generic_spans: list[tuple[int, int]] = []
    _called_off(doc, sent, history)
    _back_on(doc, sent, history)
    # 1. Named series: "the G20 summit in Hamburg", "the APEC summit", "the SCO summit in Qingdao".
    for mention in doc.mentions(sent):
        keys = mention.of("series")
        window_before = doc.text[max(sent.start, mention.start - 45) : mention.start]
        if not keys:
            # "the first summit of the Quad grouping", "the Quad leaders met": a meeting of
            # the series the organisation named holds (when the words around make it one)
            keys = [k for k in map(_series_of_org, mention.of("country")) if k][:1]
        if not keys:
            continue
        window_after = doc.text[mention.end : mention.end + 45]
        if lexicon.search("MINISTERIAL", window_after[:40]) or lexicon.search(
            "MINISTERIAL", window_before[-25:]
        ):
            continue
        if re.match(r"\s+meeting\b", window_after) and _ministerial_told(doc, sent, keys[0]):
            continue  # "the G20 meeting" after "the G20 Trade Ministerial Meeting": that one
        series = keys[0]
        is_forum = "economic forum" in series_name(series).lower()
        surface = mention.surface.lower()
        if lexicon.pattern("LEADERS_STATEMENT").match(window_after.lstrip(" ’'s")):
            continue  # "the G7 Leaders' Statement": a document, not a meeting
        cue = "summit" in surface or (is_forum and "forum" in surface) or "meeting" in surface
        # "the G20 summit", "TICAD 8, held in Tunis": the words after the series' name
        cue = cue or bool(lexicon.pattern("SERIES_CUE_AFTER").match(window_after))
        led = bool(
            re.search(
                r"(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s+of\s+(?:the\s+)?$",
                window_before,
                re.I,
            )
        )
        # "on the sidelines of the", "the summit of the", "met in the Normandy format"
        cue = cue or led or bool(lexicon.search("SERIES_CUE_BEFORE", window_before))
        if not cue and not is_forum:
            continue
        if _generic_series(doc, sent, mention, window_before, window_after):
            # "G7 summits rarely produce …", "formats such as the East Asia Summit": the
            # series in general (its "summit" word is no meeting of its own either)
            generic_spans.append((mention.start, mention.end))
            continue
        trigger = (mention.start, mention.end)
        if led and not re.match(r"^[\s’'s]*(?:\w+\s+){0,2}?summits?\b", window_after, re.I):
            # "at an extraordinary summit in Abuja, the heads of state of ECOWAS lifted …": the
            # summit the sentence tells is where and when the leaders met
            summit_words = [
                (sent.start + m.start(), sent.start + m.end())
                for m in doc.matches(lexicon.MEETING, sent)
                if m.group().lower().startswith("summit")
                and (sent.start + m.start(), sent.start + m.end()) not in series_spans
            ]  # (not "the G20 summit" before "the meeting of the leaders of the G7")
            of_leaders = _MEETING_OF_LEADERS.search(window_before)
            if of_leaders is not None:
                # "the meeting of the leaders of the G7": that word
                at = mention.start - len(window_before) + of_leaders.start("word")
                summit_words = [(at, at + len(of_leaders.group("word")))]
            if summit_words:
                trigger = min(summit_words, key=lambda t: abs(t[0] - mention.start))
                series_spans.append(trigger)
        candidate = _series_candidate(
            doc, sent, trigger, series, others, mention.start, mention.end
        )
        out.append(candidate)
        series_spans.append(trigger)
    # 1b. "I plan to hold bilateral meetings with ROK, Ukraine and Lithuania": one each.
    for candidate in _bilateral_round(doc, sent, others):
        out.append(candidate)
        series_spans.append(candidate.trigger)
    # 1c. "a decision taken by Prime Minister Modi and President Trump in Washington".
    out.extend(_agreed_by_leaders(doc, sent, others))
    # 2. Other named summits and leaders' meetings.
    signed = {m.start() for m in doc.matches(lexicon.LEADERS_SIGNED, sent)}
    words = sorted(
        [*doc.matches(lexicon.MEETING, sent), *doc.matches(lexicon.LEADERS_SIGNED, sent)],
        key=lambda m: m.start(),
    )
    for match in words:
        trigger = (sent.start + match.start(), sent.start + match.end())
        if any(
            u[0] <= trigger[0] <= u[1] + 12
            and not _CLAUSE_BREAK.search(doc.text[u[1] : trigger[0]])
            for u in series_spans
        ):
            continue  # the "summit" of "the G20 summit" (not "the G20 summit, several meetings")
        if any(u[0] <= trigger[0] <= u[1] + 12 for u in generic_spans):
            continue  # the "summits" of "G7 summits rarely produce …"
        if any(abs(c.trigger[0] - trigger[0]) < 2 for c in out):
            continue
        word = match.group().lower()
        if _by_phone(doc, sent, trigger):
            continue  # "a telephone conversation", "talks by phone": a call, not a meeting
        if _visit_around_another(doc, sent, match, trigger):
            # "Kishida, who is visiting the United States, held a summit meeting with
            # Marcos": the visit is where he is; the meeting the sentence tells is the other
            continue
        if word.endswith("s") and _BETWEEN_THE_TWO.search(
            doc.text[max(sent.start, trigger[0] - 30) : trigger[0]]
        ):
            continue  # "Between the two visits, …": a time between meetings told before
        clause = doc.clause_of(sent, trigger[0])
        lo, hi = clause.start, clause.end
        if any(lo <= u[0] < hi for u in series_spans) and not word.startswith(
            ("met", "meet", "talks", "dinner", "conversation", "visit", "held", "talked")
        ):
            continue  # "China hosts the G20 summit": the series summit is the event
        if word.startswith("summit") and re.search(
            r"summit\s+(?:diplomacy|format)|summitry", doc.text[trigger[0] : trigger[1] + 12], re.I
        ):
            continue
        if lexicon.search("HABITUAL", doc.text[lo:hi]) or re.search(
            r"\beach\s+other\b", doc.text[lo:hi]
        ):
            continue
        if lexicon.search("NEGATED_MEETING", doc.text[max(lo, trigger[0] - 30) : trigger[1] + 15]):
            continue  # "a new summit is not in sight", "no meeting has been scheduled"
        if lexicon.search("COUNTED_MEETINGS", doc.text[lo:hi]) and not lexicon.search(
            "MOST_RECENT_ONE", doc.text[trigger[1] : sent.end]
        ):
            continue  # "Xi and Putin have met more than forty times"
        told_before = doc.text[max(sent.start, trigger[0] - 140) : trigger[0]]
        if lexicon.search("NOT_BEFORE_MEETING", told_before[-30:]):
            continue  # "Lula and Milei have not held a bilateral meeting since …"
        if lexicon.search("DENIED_MEETING", told_before) or lexicon.search(
            "COUNTERFACTUAL_MEETING", told_before
        ):
            continue  # "denied reports that Putin had met …", "if they were ever to meet"
        if _INDEFINITE_NOUN.search(
            doc.text[max(sent.start, trigger[0] - 12) : trigger[0]]
        ) and lexicon.pattern("HYPOTHETICAL_MEETING").match(doc.text, trigger[1], sent.end):
            continue  # "A meeting between the leaders of India and Pakistan would be watched"
        if lexicon.search("MET_NO_ONE", doc.text[trigger[0] : hi]):
            continue  # "a private visit to Madrid in which he met neither the King nor …"
        span, basis = _time(doc, sent, trigger, lo, hi, others)
        if (
            span is None
            and doc.anchor_is_publication
            and doc.anchor is not None
            and _RECENT_MEETING.search(doc.text[max(lo, trigger[0] - 40) : trigger[0]])
        ):
            # "the recent Japan-China summit talks": this year's, as the text is written
            span, basis = DateSpan.year(doc.anchor.year), DateBasis.RELATIVE
        if (
            span is None
            and doc.anchor_is_publication
            and doc.anchor is not None
            and _JUST_NOW.search(doc.text[max(lo, trigger[0] - 40) : trigger[0]])
        ):
            # "I have just finished a meeting with President Xi": the day the text tells of
            span, basis = DateSpan.day(doc.anchor), DateBasis.RELATIVE
        actors = _parties(doc.actors(sent, span))
        leaders = [a for a in actors if a.leader]
        clause_leaders = [a for a in leaders if lo <= a.start < hi]
        opening = _OPENING_AFTER.match(doc.text, sent.start, trigger[0])
        if opening is not None:
            # "Six weeks after embracing Putin in Moscow on July 8, 2024, Modi travelled to
            # Kyiv": the leader of the phrase before is of another meeting, not this one
            closed = _PHRASE_COMMA.search(doc.text, opening.end(), trigger[0])
            if closed is not None:
                clause_leaders = [
                    a for a in clause_leaders if not opening.end() <= a.start < closed.start()
                ]
        subject = next(
            (a for a in actors if a.person is not None and lo <= a.start < trigger[0]), None
        )
        if subject is not None and not subject.leader and not word.startswith("summit"):
            continue  # a minister's visit or talks ("Lavrov and Shoigu visited Japan")
        if (
            word.startswith("invit")
            and _INVITED_GUESTS.search(doc.text[max(lo, trigger[0] - 30) : trigger[0]])
            and not re.match(r"\s+by\b", doc.text[trigger[1] : trigger[1] + 5])
        ):
            continue  # "Albanese and Modi are among the invited": guests of an event, no offer
        if _RELATIVE_WHO.match(doc.text[lo:hi]):
            # "Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting Camp David, held …"
            antecedent = [a for a in leaders if lo - 90 <= a.end <= lo]
            if antecedent:
                # "Narendra Modi and Xi Jinping, who held their second informal summit": all
                # the leaders joined by "and" before the relative pronoun
                joined = [antecedent[-1]]
                for earlier in reversed(antecedent[:-1]):
                    if not re.fullmatch(
                        r"\s*(?:,|and|&|,\s*and)\s*", doc.text[earlier.end : joined[0].start]
                    ):
                        break
                    joined.insert(0, earlier)
                clause_leaders = [*joined, *clause_leaders]
            if (
                span is None
                and "," in doc.text[lo : trigger[0]]
                and any(
                    _visit_around_another(
                        doc, sent, m, (sent.start + m.start(), sent.start + m.end())
                    )
                    for m in doc.matches(lexicon.MEETING, sent)
                    if lo <= sent.start + m.start() < trigger[0]
                )
            ):
                # "On April 11, Kishida, who is visiting Washington, held a summit meeting":
                # the relative clause has closed, and the main clause's time is the meeting's
                span, basis = _time(doc, sent, trigger, sent.start, hi, others)
        if not clause_leaders and _SHARED_SUBJECT.match(doc.text[lo:hi]):
            # "Putin, Zelensky, Macron and Merkel agreed on a ceasefire …, and decided to meet
            # again": a verb with no subject of its own shares the sentence's
            clause_leaders = [a for a in leaders if a.start < lo]
        clause_leaders = _own_participants(doc, trigger, clause_leaders, lo, hi, sent)
        mediated = lexicon.search("MEDIATED_BY", doc.text, trigger[1], hi)
        if mediated is not None:
            # "The meeting was convened by Prime Minister Gonsalves …": who brings the
            # parties together is no party (a definite meeting then is the one told before)
            clause_leaders = [a for a in clause_leaders if a.start < mediated.start()]
        if match.start() in signed:
            # "Xi and Putin signed a joint statement": the leaders who sign are its subject,
            # two or more of them ("Biden signed an order on Putin's allies" is no meeting)
            subjects = {a.code for a in clause_leaders if a.start < trigger[0]}
            subjects |= {a.code for a in doc.leaders_of_list(sent) if a.start < trigger[0]}
            presence = _IN_PRESENCE_OF.search(doc.text, trigger[1], hi)
            if presence is not None:
                # "Kiir and Machar signed the declaration in the presence of President
                # al-Bashir": the leader who witnesses the signing meets its signatories
                subjects |= {
                    a.code
                    for a in clause_leaders
                    if presence.end() <= a.start < presence.end() + 60
                }
            partner = _SIGNED_WITH.match(doc.text, trigger[1], hi)
            if partner is not None:
                # "Kishida signed a defence agreement with British Prime Minister Rishi Sunak"
                subjects |= {
                    a.code
                    for a in clause_leaders
                    if partner.end() <= a.start < partner.end() + 50
                    and _NAME_WORDS.fullmatch(doc.text[partner.end() : a.start])
                }
            if len(subjects) < 2 and not _BOTH_LEADERS.search(doc.text[lo : trigger[0]]):
                continue  # ("the two leaders signed": the pair of the meeting told before)
        countries = {a.code for a in clause_leaders}
        countries |= {a.code for a in doc.leaders_of_list(sent)}
        including = _INCLUDING_BETWEEN.match(doc.text[trigger[1] : sent.end])
        if including is not None:
            # "a series of meetings took place, notably that between Biden and Xi, and …":
            # the one the apposition names is of the leaders it names
            start = trigger[1] + including.end()
            stop = _LIST_END.search(doc.text, start, sent.end)
            end = stop.start() if stop else sent.end
            named_pair = {a.code for a in leaders if start <= a.start < end}
            if len(named_pair) >= 2:
                countries = named_pair
        between = _BETWEEN_NAMED.match(doc.text, trigger[1], sent.end)
        if between is not None:
            # "offered to host talks between Putin and Zelensky in Istanbul", "the meeting
            # between Abe and Xi": the leaders it is between (not its host)
            stop = _LIST_END.search(doc.text, between.end(), sent.end)
            end = stop.start() if stop else sent.end
            between_pair = {a.code for a in leaders if between.end() <= a.start < end}
            if len(between_pair) >= 2:
                countries = between_pair
        if _LEADERS_OWN.search(doc.text[max(lo, trigger[0] - 12) : trigger[0]]):
            # "the AP4 Leaders' Meeting", "a Japan-Pacific Islands Leaders' Summit": the
            # leaders of the states named just before it
            named_here = [
                a
                for a in actors
                if a.via == "name"
                and is_state(a.code)
                and not a.topic
                and max(lo, trigger[0] - 60) <= a.start < trigger[0]
            ]
            if len({a.code for a in named_here}) >= 2:
                countries = {a.code for a in named_here}  # theirs, not the sentence's others
        named = None
        summit_match = (
            _NAMED_SUMMIT.search(doc.text[max(sent.start, trigger[0] - 40) : trigger[1]])
            if word.startswith("summit")
            else None
        )
        proper = (
            _proper_name(doc, sent, trigger)
            if word.startswith("summit") and doc.text[trigger[0]] == "S"
            else None
        )
        kind_word = _KIND_WORD.search(doc.text[max(lo, trigger[0] - 16) : trigger[0]])
        own_kind = (
            kind_word.group("kind").lower() if word.startswith("summit") and kind_word else None
        )
        if word.startswith("summit") and kind_word and clause_leaders:
            # "Li Keqiang will represent China at the trilateral summit in Tokyo": the leaders
            # named and the host of the place told take part
            told = _location(doc, sent, trigger, trigger[1], hi)[0]
            if told is not None and told.country:
                countries.add(told.country)
        dashed = (
            _dashed_states(doc.text[max(sent.start, trigger[0] - 60) : trigger[0]])
            if word.startswith("summit")
            else None
        )
        if (
            word.startswith("summit")
            and summit_match is None
            and dashed is None
            and proper is None
            and not (kind_word and clause_leaders)
            and not re.match(r"\s+(?:between|of|with)\b", doc.text[trigger[1] : trigger[1] + 10])
            and not re.search(r"\bbetween\b", doc.text[trigger[1] : hi])
            and not (
                len({a.code for a in clause_leaders}) >= 2
                and re.search(
                    r"\b(?:their|a|an)\s+(?:[\w-]+\s+){0,3}$",
                    doc.text[max(lo, trigger[0] - 40) : trigger[0]],
                    re.I,
                )
            )
        ):
            # "At a second summit in Abuja on 10 August": a summit of the organisation the
            # text is about, when it tells a place or a time of its own
            series_here = _indefinite_series(doc, sent, trigger, lo, hi, [*history, *out])
            if series_here is not None:
                candidate = _series_candidate(
                    doc, sent, trigger, series_here, others, trigger[0], trigger[1]
                )
                if candidate.location is not None or candidate.date is not None:
                    out.append(candidate)
                    series_spans.append(trigger)
            else:
                again = _told_again(doc, sent, trigger, history, others) or _next_edition(
                    doc, sent, trigger, lo, hi, history, others
                )
                if again is not None:
                    out.append(again)
            continue  # "the summit": a reference back to a summit told elsewhere
        by_pair = False  # "the Japan-ROK Summit": named by the two states that meet
        summit_place: tuple[Place, bool] | None = None
        if dashed is not None:
            codes, summit_place, name = dashed
            countries |= set(codes)
            by_pair = len(codes) == 2
            if len(codes) > 2:
                named = name + " Summit"  # "the China–Japan–South Korea Summit"
        elif summit_match:
            pre = summit_match.group("pre")
            if pre.lower() == "inter-korean":
                countries |= {"KOR", "PRK"}
                by_pair = True
            elif "-" in pre or "–" in pre:
                parts = [knowledge.country(p) for p in re.split(r"[-–]", pre)]
                codes = [p for p in parts if p]
                countries |= set(codes)
                by_pair = len(codes) == len(parts)
                if len(codes) != len(parts) or len(parts) > 2:
                    named = pre.replace("–", "-") + " Summit"
            elif pre.endswith("format"):
                named = pre + " Summit"
            else:
                # "the Singapore summit", "the Helsinki summit": where it met
                summit_place = _place(pre, whole=True)
        if proper is not None and not by_pair and (named is None or len(proper) > len(named)):
            # "the Amazonian Andean Summit", "the Central Asia–China Summit", "the Summit for
            # Democracy": a summit by its proper name, of a series the knowledge may not know,
            # and of many states (a meeting of two is named by the pair)
            named = proper
            own_kind = own_kind or "multilateral"
        fmt = _FORMAT.search(text)
        if fmt and re.search(r"\blevel\s+of\s+leaders|\bleaders\b|\bsummit\b", text, re.I):
            parts = [knowledge.country(p) for p in re.split(r"[-–]", fmt.group("name"))]
            if all(parts):
                named = fmt.group("name")
                countries |= {p for p in parts if p}
        # A visit by a leader to another state, or an invitation: that state's leader takes part.
        destination = None
        visited: Place | None = None
        visited_city = False
        if word.startswith(_VISIT_WORDS):
            destination, visited, visited_city = _destination(doc, sent, trigger, actors, hi)
            if destination is not None and _FOR_MULTILATERAL.match(
                doc.text[trigger[1] : min(hi, trigger[1] + 140)]
            ):
                continue  # "flew to Riyadh for the Arab League summit": the summit is the event
            if (
                destination is not None
                and len({a.code for a in clause_leaders}) <= 1  # no host leader met
                and any(
                    c.series
                    and c.location is not None
                    and c.location.country == destination
                    and (span is None or c.date is None or _overlaps(span, c.date))
                    and sent.index - c.sentence.index <= 6
                    for c in itertools.chain(history[-12:], out)
                )
            ):
                continue  # "Its summit in Bishkek …, and Modi flew to Kyrgyzstan": for it
        elif word.startswith(("welcom", "receiv", "host")):
            # "welcomed Kenyan President William Ruto to Washington": where the guest came
            to_place = re.search(
                r"\bto\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})",
                doc.text[trigger[1] : min(hi, trigger[1] + 90)],
            )
            if to_place:
                found = _place(to_place.group("place").rstrip(".,"), whole=True)
                if found is not None:
                    visited, visited_city = found
        if word.startswith(("invit", "chief")) or re.search(
            r"\basked\s+(?:president|prime\s+minister)", doc.text[lo : trigger[0]], re.I
        ):
            inviters = [
                a for a in actors if a.via == "name" and a.end <= trigger[0] and is_state(a.code)
            ]
            if inviters and destination is None:
                destination = inviters[-1].code
        if (
            word.startswith(("arriv", "landed"))
            and destination is not None
            and destination not in {a.code for a in clause_leaders}
            and not _ARRIVED_FOR.search(doc.text[trigger[1] : hi])
        ):
            # "Albanese arrived in Shanghai on Saturday. He will then go to Beijing, where he and
            # Xi are expected to meet": an arrival, no meeting of its own
            continue
        if destination and countries:
            countries.add(destination)
        with_leader = any(
            a.leader
            and a.start > trigger[1]
            and re.search(
                r"\bwith\s+(?:\w+\s+){0,3}$", doc.text[max(trigger[1], a.start - 40) : a.start]
            )
            for a in actors
        )
        if len(countries) == 1 and (
            with_leader or re.match(r"\s+with\b", doc.text[trigger[1] : trigger[1] + 6])
        ):
            other = _context_leader(doc, sent, exclude=countries, span=span)
            if other:
                countries.add(other)
        if len(countries) == 1 and _PRONOUN.search(doc.text[lo : trigger[0]]):
            other = _context_leader(
                doc, sent, exclude=countries, span=span, subject=True, before=lo
            )
            if other:
                countries.add(other)  # "He met Kim Jong Un": he is the leader told before
        if len(countries) == 1 and _FIRST_PERSON.search(doc.text[lo : trigger[0]]):
            # "In my meeting with Prime Minister Taur Matan Ruak": the speaker's state
            speaker = doc.speaker_person(sent)
            us = [c for c in doc.we(sent) if is_state(c) and c not in countries]
            if len(us) == 1 and (speaker is None or speaker[1] in LEADER_ROLES):
                countries.add(us[0])
        two_sides = GROUP_OF_STATES.search(text)
        if (
            len(countries) == 1
            and two_sides
            and group_size(two_sides) == 2
            and word.startswith(_VISIT_WORDS)
        ):
            # "the two governments announced that the Chinese president's state visit …
            # has been postponed": the visit is between the two states told before
            pair = doc.recent_states(sent, sent.start + two_sides.start(), 2)
            if len(pair) == 2 and countries <= set(pair):
                (host,) = set(pair) - countries
                countries |= set(pair)
                if visited is None and destination is None:
                    visited, visited_city = _state_told(doc, sent, host)  # the visit goes there
        next_one = re.search(
            r"\bnext\s+(?:\w+\s+)?(?:summit|meeting)\b",
            doc.text[max(lo, trigger[0] - 20) : trigger[1]],
            re.I,
        )
        if len(countries) < 2 and named is None and next_one:
            previous_named = next(
                (c for c in reversed(history) if c.type == "summit" and not c.series), None
            )
            if previous_named is not None:
                countries = countries | previous_named.countries
                named = previous_named.name
        both = _BOTH_LEADERS.search(doc.text[lo : trigger[0]])
        if both:
            # "Both leaders also met with …", "The four leaders will meet in Hiroshima": the
            # leaders of the last meeting of that many states, whatever "leaders" resolved to
            size = NUMBER_WORDS.get((both.group("n") or "two").lower(), 2)
            sizes = [
                (c, set(c.countries) | _members(c.series))
                for c in history[-_RECENT:]
                if c.type == "summit"
            ]  # (the leaders of a recent meeting: a long text stays linear)
            same_size = [(c, states) for c, states in sizes if len(states) == size]
            if size > 2 and word not in ("met", "meet", "meets"):
                same_size = []  # "the three leaders took today's meeting as …": the one told
            matched = [(c, m) for c, m in same_size if not c.series] or (
                same_size if size > 2 else []
            )
            if matched:
                countries = countries | matched[-1][1]
        if (
            len(countries) < 2
            and named is None
            and (_PLURAL.search(doc.text[lo:hi]) or _DEFINITE.search(doc.text[lo:hi]))
            and not _officials_own(doc.text[sent.start : trigger[0]])
        ):
            pairs = [
                c
                for c in history[-_RECENT:]
                if c.type == "summit" and len(c.countries) >= 2 and not c.series
            ]
            plural = _PLURAL.search(doc.text[lo:hi])
            previous = (pairs[-1] if plural else pairs[0]) if pairs else None
            if previous is not None:
                countries = countries | previous.countries
            elif sent.index > 0 and not countries:
                # "Sanchez and King Mohammed VI agreed a new roadmap. The meeting took place in
                # Rabat": the leaders of the sentence before, when it names two states' leaders
                before_leaders = {
                    a.code
                    for a in doc.actors(doc.sentences[sent.index - 1], span)
                    if a.leader and not a.topic
                }
                if len(before_leaders) >= 2:
                    countries = before_leaders
        if len(countries) < 2 and named is None:
            continue
        place, is_city = _location(doc, sent, trigger, lo, sent.end, prefer=countries)
        if place is None and summit_place is not None:
            place, is_city = summit_place
        if visited is not None and (
            place is None or not is_city or place.country != visited.country
        ):
            place, is_city = visited, visited_city  # where the visit goes
        elif place is None and destination is not None and word.startswith(("invit", "chief")):
            named_host = [a for a in actors if a.via == "name" and a.code == destination]
            if named_host:
                place, is_city = _place_of(doc, named_host[0])
        if place is None and word.startswith("summit"):
            # "invited Modi to visit Russia for the 22nd India-Russia Annual Summit": the
            # summit is where the visit goes
            went = _VISIT_FOR.search(doc.text[lo : trigger[0]])
            if went is not None:
                found_place = _place(went.group("place"), whole=True)
                if found_place is not None:
                    place, is_city = found_place
        lasting = _N_DAY_VISIT.search(doc.text, max(lo, trigger[0] - 40), hi)
        if (
            lasting is not None
            and span is not None
            and span.precision is Precision.DAY
            and span.start == span.end
            and lasting.start() <= trigger[1] + 20
            and lasting.end() >= trigger[0]
        ):
            # "arrived in Moscow on 5 June for a three-day state visit": 5 to 7 June
            count = lasting.group("n").lower()
            days = max(1, int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)) - 1
            if _VISIT_ENDED.search(doc.text, max(lo, lasting.start() - 40), lasting.start()):
                # "ended a four-day state visit to France on Saturday": Wednesday to Saturday
                span = DateSpan.days(span.start - timedelta(days=days), span.start)
            else:
                span = DateSpan.days(span.start, span.start + timedelta(days=days))
        if place is None and (_HERE.search(doc.text[lo:hi]) or sent.index <= 1):
            # "NEW DELHI, Sept. 11 — … held talks here on Monday": the dateline's place; a
            # report's first sentences of a meeting with no place of their own are of it too
            # (a meeting still to come is not: the dateline is where the report was written)
            here = doc.dateline_place()
            if here is not None and (
                _HERE.search(doc.text[lo:hi])
                or (
                    (span is None or doc.anchor is None or span.end <= doc.anchor)
                    and not lexicon.search("PLANNED", doc.text[lo:hi])
                    and not lexicon.search("PROPOSED", doc.text[lo:hi])
                )
            ):
                place, is_city = here
        status_lo = _status_start(doc, sent, lo)
        status = _status(doc, status_lo, hi, span, trigger)
        if word.startswith(("meeting", "talks", "summit")) and _AFTER_OWN.search(
            doc.text[max(lo, trigger[0] - 40) : trigger[0]]
        ):
            # "Trump said after his meeting with Xi that he would visit China in April": a
            # meeting before the saying; the time of what was said after "that" is not its
            complement = _THAT.search(doc.text, trigger[1], hi)
            said_end = complement.start() if complement is not None else hi
            if complement is not None and not lexicon.search("PLANNED", doc.text[lo : trigger[0]]):
                own = [
                    t
                    for t in doc.times(sent)
                    if t.span is not None and trigger[1] <= t.start < said_end
                ]
                span, basis = (own[0].span, own[0].basis) if own else (None, None)
                status = _status(doc, lo, said_end, span, trigger)
        before_word = doc.text[max(lo, trigger[0] - 25) : trigger[0]]
        came_for = word.startswith(("summit", "meeting")) and bool(
            _CAME_FOR.search(doc.text[max(lo, trigger[0] - 120) : trigger[0]])
        )
        if came_for:
            # "arrived here today for a trilateral summit … on Monday": the summit's own time
            own = [
                t
                for t in doc.times(sent)
                if t.span is not None
                and t.role is TimeRole.AT
                and 0 <= t.start - trigger[1] <= 70
                and not _CLAUSE_BREAK.search(doc.text[trigger[1] : t.start])
            ]
            if own:
                span, basis = own[0].span, own[0].basis
                status = _status(doc, status_lo, hi, span, trigger)
        if (
            re.search(
                r"\b(?:a|an)\s+(?:(?!after\b|before\b|since\b|of\b|following\b)\w+\s+){0,2}$",
                before_word,
            )
            and not _IS_A.search(before_word)
            and not _AT_A.search(before_word)
            and not _TOOK_PLACE.match(doc.text[trigger[1] : trigger[1] + 40])
            and word.startswith(("summit", "meeting"))
            and status != "cancelled"  # "called off a planned summit with Putin"
            and not came_for
            and not (
                # "Xi met Modi in Kazan, a meeting between the two leaders that lasted an
                # hour": an apposition of the meeting told before it
                _APPOSED.search(before_word)
                and any(c.type == "summit" and c.trigger[1] <= trigger[0] for c in out)
            )
            and not _had_a(before_word)
        ):
            # "a message about a second summit": one not yet agreed, dated only by its own words
            status = (
                "planned"
                if lexicon.search("PLANNED", doc.text[status_lo:hi]) and status != "proposed"
                else "proposed"
            )
            own = [
                t for t in doc.times(sent) if t.span is not None and 0 <= t.start - trigger[1] <= 25
            ]
            span, basis = (own[0].span, own[0].basis) if own else (None, None)
        meetings = [countries]
        guests = {a.code for a in clause_leaders if a.start > trigger[1]}
        if _SEPARATELY.search(doc.text[lo:hi]) and guests and len(countries - guests) >= 2:
            # "Both leaders also met separately with Lee Hsien Loong": one meeting each
            meetings = [{one} | guests for one in sorted(countries - guests)]
        elif (
            _SEPARATELY.search(doc.text[lo:hi])
            and len(guests) >= 2
            and len(countries - guests) == 1
        ):
            # "Xi met separately with Lula and Ramaphosa": one meeting with each guest
            meetings = [(countries - guests) | {guest} for guest in sorted(guests)]
        for taking_part in meetings:
            candidate = Candidate("summit", sent, trigger, status)
            candidate.countries = set(taking_part)
            candidate.name = named
            candidate.kind = own_kind
            candidate.date, candidate.basis = span, basis
            candidate.location, candidate.location_is_city = place, is_city
            candidate.host = destination
            candidate.edition = _edition(
                doc.text[max(sent.start, trigger[0] - 40) : trigger[1] + 40]
            )
            if re.search(
                r"\b(?:the|this)\s+summit\b|\b(?:margins|sidelines|fringes)\b|" + _DAY_OF_IT,
                text,
                re.I,
            ):
                candidate.anaphoric = (
                    True  # may inherit time and place from the summit it sits beside
                )
            out.append(candidate)
    _split_statuses(doc, sent, out)
    _after_the_meeting(doc, sent, out)
    out.extend(_one_with_each(doc, sent, out))
    out.extend(_visit_each(doc, sent, out))
    _lasted_days(sent, out)
    _called_off_after(doc, sent, out)
    out.extend(_held_after_all(doc, sent, [c for c in out if not c.series]))
    return out


# "the gathering lasted two days", "talks that ran for three days".
_LASTED_DAYS = _rx.compile(
    r"\b(?:lasted|lasting|lasts|ran|running|went\s+on)\s+(?:for\s+)?(?P<n>two|three|four|five|[2-5])\s+days\b",
    re.I,
)


def _lasted_days(sent: Sentence, found: list[Candidate]) -> None:
    """A meeting opened on a day told, that the sentence says lasted N days ("opened the
    first Summit for Democracy … on December 9, 2021; the gathering lasted two days"): those
    days."""
    lasted = _LASTED_DAYS.search(sent.text)
    if lasted is None:
        return
    count = lasted.group("n").lower()
    days = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
    for candidate in found:
        span = candidate.date
        if (
            candidate.type == "summit"
            and span is not None
            and span.precision is Precision.DAY
            and span.start == span.end
            and candidate.basis is not DateBasis.CALENDAR
        ):
            candidate.date = DateSpan.days(span.start, span.start + timedelta(days=days - 1))


# Between two states of a list of destinations: ", ", " and ", ", and then ".
_DESTINATION_GAP = _rx.compile(
    r"\s*(?:,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?)(?:the\s+)?"
)


def _visit_each(doc: Document, sent: Sentence, found: list[Candidate]) -> list[Candidate]:
    """A leader's visit to a list of states ("Xi then went on to Serbia and Hungary", "will
    visit Ghana, Argentina and Brazil"): a meeting with each host, in its own country."""
    more: list[Candidate] = []
    for candidate in found:
        if (
            candidate.type != "summit"
            or candidate.series
            or candidate.name
            or candidate.kind
            or candidate.host is None
            or not doc.text[candidate.trigger[0] : candidate.trigger[1]]
            .lower()
            .startswith(_VISIT_WORDS)
        ):
            continue
        named = sorted(
            (
                a
                for a in _parties(doc.actors(sent))
                if a.via == "name" and is_state(a.code) and a.start >= candidate.trigger[1]
            ),
            key=lambda a: a.start,
        )
        first = next((a for a in named if a.code == candidate.host), None)
        if first is None or first.start - candidate.trigger[1] > 30:
            continue
        visitors = candidate.countries - {candidate.host}
        if len(visitors) != 1:
            continue
        listed = [first]
        for actor in named:
            if actor.start <= listed[-1].start:
                continue
            if not _DESTINATION_GAP.fullmatch(doc.text[listed[-1].end : actor.start]):
                break
            listed.append(actor)
        if len(listed) < 2 or re.match(r"\s*[’']s\b", doc.text[listed[-1].end :]):
            continue  # ("visited Japan and China's leader …": no list of destinations)
        for actor in listed[1:]:
            pair = visitors | {actor.code}
            if actor.code in visitors or any(
                c.host == actor.code or pair <= c.countries
                for c in (*found, *more)
                if c.sentence is sent
            ):
                continue  # ("visit Japan and Australia, meeting Albanese in Sydney": told)
            one = attrs.evolve(candidate, countries=visitors | {actor.code})
            one.host = actor.code
            one.location, one.location_is_city = _place_of(doc, actor)
            more.append(one)
    return more


def _proper_name(doc: Document, sent: Sentence, trigger: tuple[int, int]) -> str | None:
    """The proper name of a summit whose word is capitalised: the capitalised words before
    it ("the Amazonian Andean Summit") or the ones it governs ("the Summit for Democracy"),
    without the article, kind and ordinal words that lead them; None when there is none, or
    when the sentence is in title case (a headline capitalises every word)."""
    words = _WORD.findall(sent.text)
    if len(words) >= 4 and not any(w[0].islower() and len(w) >= 4 for w in words):
        return None  # no verb or noun in lower case: a headline
    before = doc.text[max(sent.start, trigger[0] - 80) : trigger[0]]
    run = _NAME_RUN.search(before)
    name: list[str] = run.group("run").split() if run else []
    lead = lexicon.pattern("SUMMIT_NAME_LEAD")
    while name and lead.fullmatch(name[0]):
        name.pop(0)
    if name and _pair_in(" ".join(name)):
        return None  # "the India-Russia Annual Summit": named by the pair that meets
    if name and not knowledge.country(" ".join(name)) and not knowledge.place(" ".join(name)):
        return " ".join(name) + " Summit"  # (not "the Bali Summit": an edition by its place)
    after = _NAME_AFTER.match(doc.text[trigger[1] : min(sent.end, trigger[1] + 80)])
    if after is not None:
        return "Summit " + after.group("rest")
    return None


def _dashed_states(before: str) -> tuple[list[str], tuple[Place, bool] | None, str] | None:
    """The states a dashed name just before a summit word joins ("Japan–South Korea",
    "North Korea–United States Singapore": the two states and the place named after them),
    with the name of the pair, when some part has more than one word; None otherwise."""
    found = _DASHED_BEFORE.search(before)
    if found is None:
        return None
    parts = [p.split() for p in re.split(r"[-–]", found.group("pre"))]
    if all(len(p) == 1 for p in parts):
        return None  # "Japan-China": the plain pattern reads it
    names: list[str] = []
    codes: list[str] = []
    for k in range(len(parts[0]), 0, -1):
        code = knowledge.country(" ".join(parts[0][-k:]))
        if code is not None and is_state(code):
            names.append(" ".join(parts[0][-k:]))
            codes.append(code)
            break
    else:
        return None
    for middle in parts[1:-1]:
        code = knowledge.country(" ".join(middle))
        if code is None or not is_state(code):
            return None
        names.append(" ".join(middle))
        codes.append(code)
    last = parts[-1]
    for k in range(len(last), 0, -1):
        code = knowledge.country(" ".join(last[:k]))
        if code is None or not is_state(code):
            continue
        rest = " ".join(last[k:])
        place = _place(rest, whole=True) if rest else None
        if rest and place is None:
            return None  # "ASEAN–Japan Commemorative Summit": a proper name
        return [*codes, code], place, "-".join([*names, " ".join(last[:k])])
    return None


def _pair_in(run: str) -> bool:
    """Whether a name joins two states by a dash ("North Korea–United States Singapore")."""
    for dash in re.finditer(r"[-–]", run):
        left, right = run[: dash.start()].split(), run[dash.end() :].split()
        if any(
            knowledge.country(" ".join(left[-k:])) for k in range(1, min(3, len(left)) + 1)
        ) and any(knowledge.country(" ".join(right[:k])) for k in range(1, min(3, len(right)) + 1)):
            return True
    return False


_WORD = _rx.compile(r"[A-Za-z][\w'’-]*")
# Capitalised words (and hyphenated chains of them) running up to the summit word.
_NAME_RUN = _rx.compile(r"(?<![\w'’-])(?P<run>(?:[A-Z][\w'’.]*(?:[-–][A-Z][\w'’.]*)*\s+){1,5})$")
# "Summit for Democracy", "Summit on Climate Ambition", "Summit of the Future".
_NAME_AFTER = _rx.compile(
    r"\s+(?P<rest>(?:for|on|of)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3})"
)


_VISIT_FOR = _rx.compile(
    r"\b(?:visit|visits|visited|visiting|travel(?:led|ed|s)?\s+to|fl(?:y|ies|ew)\s+to|go(?:es)?\s+to|went\s+to|c(?:o|a)me\s+to)\s+"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+for\s+(?:the|an?|its|his|her|their)\s+(?:[\w'’-]+\s+){0,5}$"
)
_FIRST_PERSON = _rx.compile(r"\b(?:I|my|My)\b")
_SHARED_SUBJECT = _rx.compile(r"(?:and|but)\s+(?:then\s+|also\s+)?(?-i:[a-z]+ed)\s+to\s+", re.I)
_JUST_NOW = _rx.compile(
    r"\bjust\s+(?:(?:[a-z]{3,}ed|had|held|wrapped\s+up)\s+"
    r"(?:(?:a|an|the|my|our|his|her|their)\s+)?(?:[\w-]+\s+){0,2})?$",
    re.I,
)
_SIGNED_WITH = _rx.compile(r"[^,;.]{0,70}?\bwith\s+", re.I)
# Only capitalised words (a title, a state's adjective) between "with" and the leader.
_NAME_WORDS = _rx.compile(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*")
_RECENT_MEETING = _rx.compile(r"\b(?:the|their|its)\s+recent\s+(?:[\w-]+\s+){0,3}$", re.I)
_SEPARATELY = _rx.compile(r"\bseparately\b|\beach\s+(?:also\s+)?(?:met|held)\b", re.I)


def _ministerial_told(doc: Document, sent: Sentence, series: str) -> bool:
    """Whether the last few sentences tell a ministers' meeting of ``series``."""
    for previous in doc.sentences[max(0, sent.index - 5) : sent.index]:
        for mention in doc.mentions(previous):
            if series in mention.of("series") and lexicon.search(
                "MINISTERIAL", doc.text[mention.end : mention.end + 40]
            ):
                return True
    return False


def _bilateral_round(
    doc: Document, sent: Sentence, others: list[tuple[int, int]]
) -> list[Candidate]:
    """ "I plan to hold bilateral meetings with ROK, Ukraine, Lithuania and Belgium": a
    meeting of the leader with each state listed, not one meeting of them all."""
    out: list[Candidate] = []
    for match in doc.matches(lexicon.pattern("BILATERAL_WITH"), sent):
        trigger = (sent.start + match.start(), sent.start + match.end())
        clause = doc.clause_of(sent, trigger[0])
        lo, hi = clause.start, clause.end
        actors = doc.actors(sent)
        leader = [a for a in actors if a.leader and lo <= a.start < trigger[0]]
        host: list[str] = [leader[-1].code] if leader else []
        speaker = doc.speaker_person(sent)
        if (
            not host
            and re.search(r"\b(?:I|we)\b", doc.text[lo : trigger[0]])
            and (speaker is None or speaker[1] in LEADER_ROLES)  # not a minister's "we"
        ):
            host = [c for c in doc.we(sent) if is_state(c)]
        if not host and re.search(r"\b(?:he|she)\b", doc.text[lo : trigger[0]], re.I):
            # "He plans to hold bilateral meetings with …": the leader told before; when the
            # sentence opened on the same pronoun ("From Hiroshima he flies to … with James
            # Marape, and then on to Sydney, where he will hold bilateral talks"), before it
            first = re.search(r"\b(?:he|she)\b", doc.text[sent.start : lo], re.I)
            before = sent.start + first.start() if first else lo
            told = _context_leader(doc, sent, exclude=set(), span=None, subject=True, before=before)
            host = [told] if told and is_state(told) else []
        if len(host) != 1:
            continue
        listed: list[Actor] = []
        for actor in actors:
            if actor.start < trigger[1] or actor.start >= hi or not is_state(actor.code):
                continue
            gap = doc.text[(listed[-1].end if listed else trigger[1]) : actor.start]
            if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)?(?:the\s+)?", gap):
                break
            listed.append(actor)
        partners = [a.code for a in listed if a.code != host[0]]
        if not partners:
            continue
        span, basis = _time(doc, sent, trigger, lo, hi, others)
        status = _status(doc, lo, hi, span, trigger)
        for code in dict.fromkeys(partners):
            candidate = Candidate("summit", sent, trigger, status)
            candidate.countries = {host[0], code}
            candidate.partner = code
            candidate.date, candidate.basis = span, basis
            out.append(candidate)
    return out


def _agreed_by_leaders(
    doc: Document, sent: Sentence, others: list[tuple[int, int]]
) -> list[Candidate]:
    """A decision or text agreed by two or more leaders of different states named right
    after it, in a place the clause tells: their meeting there ("a decision taken by Prime
    Minister Modi and President Trump in Washington, D.C., in June last year")."""
    out: list[Candidate] = []
    for match in doc.matches(lexicon.LEADERS_AGREED, sent):
        trigger = (sent.start + match.start(), sent.start + match.end())
        clause = doc.clause_of(sent, trigger[0])
        leaders: list[Actor] = []
        for actor in sorted(
            (a for a in _parties(doc.actors(sent)) if a.leader and a.start >= trigger[1]),
            key=lambda a: a.start,
        ):
            gap = doc.text[(leaders[-1].end if leaders else trigger[1]) : actor.start]
            if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)?[^,;.]{0,40}?", gap):
                break
            leaders.append(actor)
        countries = {a.code for a in leaders}
        if len(countries) < 2:
            continue
        after = leaders[-1].end
        place, is_city = _location(doc, sent, (after, after), after, clause.end)
        if place is None:
            continue  # no place: the decision may have been reached apart
        span, basis = _time(doc, sent, (after, after), clause.start, clause.end, others)
        candidate = Candidate("summit", sent, trigger, _status(doc, after, clause.end, span))
        candidate.countries = countries
        candidate.date, candidate.basis = span, basis
        candidate.location, candidate.location_is_city = place, is_city
        out.append(candidate)
    return out


#: How many of the mentions before a referring one ("both leaders", "the summit") are tried
#: for what it refers to.
_RECENT = 200


def _members(series: str | None) -> set[str]:
    """The member states of a summit series (the Quad's four), none for another."""
    from dipevents.normalize.summits import find_series

    found = find_series(series) if series else None
    return {m for m in found.members if is_state(m)} if found is not None else set()


def _status_start(doc: Document, sent: Sentence, lo: int) -> int:
    """Where the status words of a clause begin: a clause that goes on with "as well as"
    ("I plan to hold bilateral meetings with …, as well as a … Leaders' Meeting") takes
    those of the clause it continues."""
    if not _AS_WELL_AS.match(doc.text[lo : lo + 16]):
        return lo
    before = [c for c in doc.clauses(sent) if c.end <= lo]
    return before[-1].start if before else lo


_AS_WELL_AS = _rx.compile(r"as\s+well\s+as\b", re.I)
# "At the end of their talks in Anchorage on August 15, 2025, Putin invited Trump …": a
# meeting told in a phrase that opens the sentence, before what its leaders then did.
_AFTER_THE_MEETING = _rx.compile(
    r"^\W{0,3}(?:at\s+the\s+(?:end|close|conclusion)\s+of|after|following|during|at)\s+"
    r"(?:their|the|a|an|his|her)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_INVITED_TO = _rx.compile(
    r"\binvit\w*\s+(?:[\w.'’-]+\s+){1,4}?to\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
# "Six weeks after …", "Days after …", "After …" opening a sentence.
_OPENING_AFTER = _rx.compile(
    r"\W{0,3}(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+"
    r"(?:days?|weeks?|months?|years?)\s+)?(?:after|following)\s+(?=\w+ing\b)",
    re.I,
)
# The comma that closes such a phrase (not the one of "August 15, 2025").
_PHRASE_COMMA = _rx.compile(r",(?!\s*\d{4}\b)")


def _after_the_meeting(doc: Document, sent: Sentence, found: list[Candidate]) -> None:
    """A meeting in an opening phrase and another told after it by the same leaders ("At the
    end of their talks in Anchorage on August 15, 2025, Putin invited Trump to Moscow for
    their next meeting"): the first takes the phrase's status, time and place; the later
    one only its own."""
    summits_here = sorted(
        (c for c in found if c.type == "summit" and not c.series), key=lambda c: c.trigger[0]
    )
    if len(summits_here) < 2:
        return
    first = summits_here[0]
    if not _AFTER_THE_MEETING.match(doc.text[sent.start : first.trigger[0]]):
        return
    comma = _PHRASE_COMMA.search(doc.text, first.trigger[1], sent.end)
    if comma is None:
        return
    end = comma.start()
    later = [c for c in summits_here[1:] if c.trigger[0] > end]
    if not later:
        return
    if first.date is None:
        # ("After their talks in Singapore on June 12, 2018": the time "after" leads to is
        # the meeting's own, not another event's)
        own_time = next(
            (
                t
                for t in doc.times(sent)
                if t.span is not None and first.trigger[1] <= t.start < end
            ),
            None,
        )
        if own_time is not None:
            first.date, first.basis = own_time.span, own_time.basis
    first.status = _status(doc, sent.start, end, first.date, first.trigger)
    told_times = [t.span for t in doc.times(sent) if t.span is not None and t.start < end]
    phrase_places = {p.name for _, p, _ in doc.places(sent, sent.start, end)}
    # ("invited Trump to Moscow for their next meeting": the place another later word tells)
    elsewhere = next(
        (
            (c.location, c.location_is_city)
            for c in later
            if c.location is not None and c.location.name not in phrase_places
        ),
        None,
    )
    invited_to = _INVITED_TO.search(doc.text, end, sent.end)
    if elsewhere is None and invited_to is not None:
        elsewhere = _place(invited_to.group("place"), whole=True)
    for candidate in later:
        own = [
            t
            for t in doc.times(sent)
            if t.span is not None and t.start > end and t.role is TimeRole.AT
        ]
        if candidate.date is not None and candidate.date in told_times:
            candidate.date, candidate.basis = (own[0].span, own[0].basis) if own else (None, None)
        if candidate.location is not None and candidate.location.name in phrase_places:
            # (the phrase's place is the first meeting's: the later one is where it says)
            places = doc.places(sent, end, sent.end, prefer=candidate.countries)
            candidate.location, candidate.location_is_city = (
                (places[0][1], places[0][2]) if places else elsewhere or (None, False)
            )
        candidate.status = _status(doc, end, sent.end, candidate.date, candidate.trigger)


def _split_statuses(doc: Document, sent: Sentence, found: list[Candidate]) -> None:
    """Two meetings told in one clause ("at the end of their talks in Anchorage, Putin
    invited Trump to Moscow"): each takes the status words nearer to it than to the other."""
    by_clause: dict[int, list[Candidate]] = {}
    for candidate in found:
        by_clause.setdefault(doc.clause_of(sent, candidate.trigger[0]).start, []).append(candidate)
    for group in by_clause.values():
        group = sorted({c.trigger: c for c in group}.values(), key=lambda c: c.trigger[0])
        if len(group) < 2 or any(c.series for c in group):
            continue
        if len({frozenset(c.countries) for c in group}) < 2:
            continue  # "will travel to Sochi for an informal meeting with Putin": one meeting
        clause = doc.clause_of(sent, group[0].trigger[0])
        start = _status_start(doc, sent, clause.start)
        bounds = [start]
        for left, right in itertools.pairwise(group):
            bounds.append((left.trigger[1] + right.trigger[0]) // 2)
        bounds.append(clause.end)
        # "I plan to hold bilateral meetings with …, as well as a … Leaders' Meeting": a
        # status word before them all governs them all
        ahead = _status(doc, start, group[0].trigger[0], None) != "held"
        for number, candidate in enumerate(group):
            if candidate.basis is DateBasis.CALENDAR:
                continue
            lo, hi = bounds[number], bounds[number + 1]
            if ahead:
                lo = start
            candidate.status = _status(doc, lo, hi, candidate.date, candidate.trigger)


_OBJECT_PLACE = _rx.compile(r"^\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
# "… of Korea", "… of the Philippines": the rest of a state's formal name.
_OF_STATE = _rx.compile(
    r"(?P<of>\s+of\s+(?:the\s+)?)(?P<rest>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_TO_PLACE = _rx.compile(
    r"^(?:[\w\s]{0,40}?\b(?:to|in|visit(?:ed|s|ing)?|due\s+in))?\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)


def _destination(
    doc: Document, sent: Sentence, trigger: tuple[int, int], actors: list[Actor], hi: int
) -> tuple[str | None, Place | None, bool]:
    """The state and place visited: "visit to Japan", "visited Beijing", "invite Putin to Washington"."""
    window = doc.text[trigger[1] : min(hi, trigger[1] + 60)]
    # "visit China in April": the object first, then "a visit to Japan", "due in Tokyo"
    for match in (_OBJECT_PLACE.match(window), _TO_PLACE.match(window)):
        if match is None:
            continue
        of_state = _OF_STATE.match(window, match.end("place"))
        if of_state is not None:
            # "a State Visit to the Republic of Korea": the state's formal name, not a town
            # called Republic (nor Korea, nor the Republic of anything else)
            rest = of_state.group("rest").split()
            for size in range(len(rest), 0, -1):
                name = f"{match.group('place')}{of_state.group('of')}{' '.join(rest[:size])}"
                code = knowledge.country(name.rstrip(".,’'"))
                if code is not None and is_state(code):
                    return code, Place(name=name.rstrip(".,’'"), country=code), False
        words = match.group("place").split()
        for size in range(len(words), 0, -1):
            found = _place(" ".join(words[:size]).rstrip(".,’'"), whole=size == len(words))
            if found is not None and found[0].country:
                return found[0].country, found[0], found[1]
    for actor in actors:
        if (
            actor.via == "name"
            and actor.start >= trigger[1]
            and actor.start - trigger[1] <= 25
            and is_state(actor.code)
        ) and not re.search(r"\b(?:with|of|by|from|for)\b", doc.text[trigger[1] : actor.start]):
            return actor.code, None, False
    return None, None, False


def _context_leader(
    doc: Document,
    sent: Sentence,
    exclude: set[str],
    span: DateSpan | None,
    subject: bool = False,
    before: int | None = None,
) -> str | None:
    """The leader the previous sentences were about (the subject "he" or "the two presidents" refer to).

    With ``subject``, only what comes before ``before`` counts (earlier clauses of the
    sentence, then earlier sentences), and in each the first leader named.
    """
    if subject and before is not None:
        earlier = [
            a
            for a in doc.actors(sent, span)
            if a.end <= before and a.leader and a.code not in exclude and not a.topic
        ]
        opening = _OPENING_PHRASE.match(sent.text)
        if opening is not None:
            # "Six weeks after embracing Putin …, Modi travelled to Kyiv, where he met …": the
            # subject of the main clause, not a leader of the opening phrase
            earlier = [a for a in earlier if a.start >= sent.start + opening.end()] or earlier
        if earlier:
            return earlier[0].code  # "Biden postponed his visit …; he finally met Lourenço"
    window = doc.sentences[max(0, sent.index - 2) : sent.index + (0 if subject else 1)]
    for previous in reversed(window):
        for actor in doc.actors(previous, span):
            if previous is sent and actor.start > sent.start + len(sent.text) // 2:
                continue
            if actor.leader and actor.code not in exclude and not actor.topic:
                return actor.code
    return None


_OPENING_PHRASE = _rx.compile(
    r"[^,;]{0,60}?\b(?:after|before|following|since|ahead\s+of|prior\s+to)\b[^,;]{0,120},", re.I
)


def _officials_level(
    doc: Document, clause: Clause, trigger: tuple[int, int], triggers: list[tuple[int, int]]
) -> bool:
    """Whether the clause tells this 2+2 as a meeting of officials below the ministers
    ("the 2+2 intersessional", "a 2+2 at the working level"): the officials' words
    next to this trigger and nearer to it than to the sentence's other 2+2 triggers."""

    def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
        return max(a[0] - b[1], b[0] - a[1], 0)

    for match in lexicon.finditer("OFFICIALS_LEVEL", doc.text[clause.start : clause.end]):
        words = (clause.start + match.start(), clause.start + match.end())
        if gap(trigger, words) <= 30 and min(triggers, key=lambda t: gap(t, words)) == trigger:
            return True
    return False


def two_plus_two_candidates(
    doc: Document,
    sent: Sentence,
    others: list[tuple[int, int]],
    earlier: Sequence[Candidate] = (),
) -> list[Candidate]:
    out: list[Candidate] = []
    triggers: list[tuple[tuple[int, int], tuple[str, ...]]] = []
    for mention in doc.mentions(sent):
        for pair in mention.of("format"):
            triggers.append(((mention.start, mention.end), tuple(pair.split("|"))))
    for match in doc.matches(lexicon.TWO_PLUS_TWO, sent):
        span_of = (sent.start + match.start(), sent.start + match.end())
        if not any(
            t[0][0] <= span_of[0] < t[0][1] or span_of[0] <= t[0][0] < span_of[1] for t in triggers
        ):
            triggers.append((span_of, ()))
    if not triggers:
        quartet = _ministers_meeting(doc, sent)
        if quartet is not None:
            triggers.append(quartet)
    if not triggers:
        another = _another_round(doc, sent, earlier)
        if another is not None:
            triggers.append(another)
    triggers.sort()
    for trigger, known_pair in triggers:
        if any(abs(c.trigger[0] - trigger[0]) < 40 for c in out):
            continue
        clause = doc.clause_of(sent, trigger[0])
        if lexicon.search("HABITUAL", doc.text[clause.start : clause.end]):
            continue  # "the 2+2 has long been a high-level forum": the format, not a meeting
        if lexicon.pattern("FORMAT_ITSELF").match(doc.text[trigger[1] : trigger[1] + 40]):
            continue  # "The 2+2 mechanism has been created": the format, not a meeting
        if lexicon.pattern("FORMAT_SUBJECT").match(
            doc.text[trigger[1] : trigger[1] + 12]
        ) and not lexicon.search(
            "IN_THE_FORMAT", doc.text[max(sent.start, trigger[0] - 50) : trigger[0]]
        ):
            continue  # "The 2+2 format was pioneered by …" (not "talks in the 2+2 format")
        if _MANY_SIDES.search(doc.text[clause.start : clause.end]) and (
            len(
                {
                    a.code
                    for a in doc.actors(sent)
                    if a.via == "name" and is_state(a.code) and clause.start <= a.start < clause.end
                }
            )
            >= 3
        ):
            continue  # "the foreign and defence ministers of Australia, Japan and the United States held their first trilateral meeting"
        if _HOLDS_FORMATS.search(doc.text[clause.start : trigger[1] + 12]):
            continue  # "Japan holds 2+2 dialogues with Australia and India": the formats
        if _officials_level(doc, clause, trigger, [t for t, _ in triggers]):
            continue  # "the 2+2 intersessional meeting", "a 2+2 at director-general level"
        span, basis = _time(doc, sent, trigger, clause.start, clause.end, others)
        if span is not None and span.precision is Precision.YEAR:
            # "AUSMIN 2023 brought … together in Brisbane in late July 2023": the year names
            # the edition; the finer time the clause tells within it is the meeting's
            finer = [
                t
                for t in doc.times(sent)
                if t.span is not None
                and t.role is TimeRole.AT
                and clause.start <= t.start < clause.end
                and t.span.precision is not Precision.YEAR
                and span.start <= t.span.start <= t.span.end <= span.end
            ]
            if len(finer) == 1:
                span, basis = finer[0].span, finer[0].basis
        actors = _parties(doc.actors(sent, span))
        ministers = [a for a in actors if a.minister and a.person is not None]
        codes: list[str] = list(known_pair)
        for actor in sorted(ministers, key=lambda a: abs(a.start - trigger[0])):
            if actor.code not in codes and is_state(actor.code):
                codes.append(actor.code)
        paired = _pair_phrase(doc, sent, actors)
        for code in paired:
            if len(codes) >= 2:
                break
            if code not in codes:
                codes.append(code)
        states = [a for a in actors if a.via in ("name", "person") and is_state(a.code)]
        ranked = sorted(
            (_distance(a, trigger, clause.start, clause.end), n, a) for n, a in enumerate(states)
        )
        for _, _, actor in ranked:
            if len(codes) >= 2:
                break
            if actor.code not in codes:
                codes.append(actor.code)
        two_sides = GROUP_OF_STATES.search(doc.text, clause.start, trigger[0])
        if two_sides is not None and group_size(two_sides) == 2 and not known_pair:
            # "The two countries' foreign and defence ministers met in Tokyo": the pair told
            # before, whatever the sentence's own place names
            told_pair = doc.recent_states(sent, two_sides.start(), 2)
            if len(told_pair) == 2:
                codes = told_pair
        pairs = [set(codes[:2])]
        subject = [a for a in states if a.via == "name" and a.end <= trigger[0]]
        partners = _partners_with(doc, states, trigger, clause.end)
        if subject and len(partners) >= 2 and not known_pair:
            # "Japan held 2+2 talks with Australia and India last month": one with each
            pairs = [{subject[-1].code, code} for code in partners if code != subject[-1].code]
        place, is_city = _location(doc, sent, trigger, sent.start, sent.end)
        if place is None:
            # "will fly to Canberra for a 2+2 with Australia": where the ministers go
            gone = _TRAVEL_TO.search(sent.text)
            found_place = _place(gone.group("place"), whole=True) if gone else None
            if found_place is not None:
                place, is_city = found_place
        if place is None:
            # "Tokyo hosted the second-ever Japan-Russia two-plus-two": where its host is
            place, is_city = _host_place(doc, sent, clause.start, trigger[0])
        for pair_here in pairs:
            out.append(
                _two_plus_two(
                    doc, sent, trigger, clause, span, basis, pair_here, ministers, place, is_city
                )
            )
    out.extend(_next_round_told_after(doc, sent, out, others))
    out.extend(_similar_meeting(doc, sent, out))
    out.extend(_held_after_all(doc, sent, out))
    return out


# "…, was called off at short notice; it finally took place in New Delhi on September 6".
_IT_TOOK_PLACE = _rx.compile(
    r"[;,]\s*(?:but\s+|and\s+)?(?:it|the\s+(?:meeting|talks|dialogue|summit|visit))\s+"
    r"(?:(?:finally|eventually|ultimately|later|instead)\s+)?"
    r"(?:took\s+place|was\s+held|went\s+ahead|happened|convened)\b",
    re.I,
)


def _held_after_all(doc: Document, sent: Sentence, found: list[Candidate]) -> list[Candidate]:
    """A meeting called off, then told as held after all in the same sentence ("The
    inaugural India-US 2+2, set for July 6 in Washington, was called off at short notice;
    it finally took place in New Delhi on September 6, 2018"): the occurrence held, at the
    time and place of the clause that tells it."""
    more: list[Candidate] = []
    for candidate in found:
        if candidate.status != "cancelled" or len(candidate.countries) < 2:
            continue
        held = _IT_TOOK_PLACE.search(doc.text, candidate.trigger[1], sent.end)
        if held is None:
            continue
        own = [
            t
            for t in doc.times(sent)
            if t.span is not None and t.role is TimeRole.AT and t.start >= held.end()
        ]
        places = doc.places(sent, held.end(), sent.end, prefer=candidate.countries)
        one = attrs.evolve(candidate, countries=set(candidate.countries), status="held")
        one.date, one.basis = (own[0].span, own[0].basis) if own else (None, None)
        one.location, one.location_is_city = (
            (places[0][1], places[0][2]) if places else (None, False)
        )
        one.trigger = (held.start() + 1, held.end())
        more.append(one)
    return more


# "two days after a similar meeting with their Japanese counterparts in Tokyo".
_SIMILAR_MEETING = _rx.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<dir>after|before)\s+)?(?:a|an|the|their)\s+(?:similar|like)\s+"
    r"(?:meeting|talks|round|session|dialogue|consultations)\b",
    re.I,
)


def _similar_meeting(doc: Document, sent: Sentence, found: list[Candidate]) -> list[Candidate]:
    """ "Blinken and Austin held two-plus-two talks with Chung and Suh in Seoul on March 18,
    two days after a similar meeting with their Japanese counterparts in Tokyo": a 2+2 of the
    same ministers with the counterparts' state, at its own place and day."""
    told = [c for c in found if len(c.countries) == 2]
    if not told:
        return []
    similar = _SIMILAR_MEETING.search(doc.text, told[-1].trigger[1], sent.end)
    if similar is None:
        return []
    theirs = _COUNTERPARTS_OF.search(doc.text, similar.end(), min(sent.end, similar.end() + 60))
    if theirs is None:
        return []
    actors = _parties(doc.actors(sent))
    others = {
        a.code
        for a in actors
        if a.via == "name" and is_state(a.code) and theirs.start() <= a.start < theirs.end()
    }
    named = [a for a in actors if a.code in told[-1].countries and a.start < told[-1].trigger[0]]
    if len(others) != 1 or not named or others <= told[-1].countries:
        return []
    subject = named[0].code
    base = told[-1]
    span = None
    if similar.group("n") and base.date is not None and base.date.precision is Precision.DAY:
        count = similar.group("n").lower()
        number = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
        days = number * (7 if similar.group("unit").lower().startswith("week") else 1)
        shift = timedelta(days=-days if similar.group("dir").lower() == "after" else days)
        span = DateSpan.day(base.date.start + shift)
    trigger = (similar.start(), similar.end())
    clause = doc.clause_of(sent, similar.start())
    places = doc.places(sent, theirs.end(), sent.end)
    place, is_city = (places[0][1], places[0][2]) if places else (None, False)
    candidate = _two_plus_two(
        doc,
        sent,
        trigger,
        clause,
        span,
        base.basis if span is not None else None,
        {subject, *others},
        [],
        place,
        is_city,
    )
    if span is not None:
        candidate.status = base.status if base.status == "held" else candidate.status
    return [candidate]


def _next_round_told_after(
    doc: Document, sent: Sentence, found: list[Candidate], others: list[tuple[int, int]]
) -> list[Candidate]:
    """ "… met in Adelaide on Friday for the annual AUKMIN talks, and Britain will host the
    next round in 2025": another meeting of the pair, told in a later clause, at its own
    time and place."""
    told = [c for c in found if len(c.countries) == 2]
    if not told:
        return []
    more: list[Candidate] = []
    for match in doc.matches(lexicon.pattern("ANOTHER_ROUND"), sent):
        trigger = (sent.start + match.start(), sent.start + match.end())
        before = [c for c in told if c.trigger[1] <= trigger[0]]
        if not before or any(c.trigger[0] <= trigger[0] < c.trigger[1] for c in found):
            continue
        clause = doc.clause_of(sent, trigger[0])
        if clause.start <= before[-1].trigger[0]:
            continue  # (the same clause: the round is the one told)
        span, basis = _time(doc, sent, trigger, clause.start, clause.end, others)
        place, is_city = _location(doc, sent, trigger, clause.start, clause.end)
        if place is None:
            place, is_city = _host_place(doc, sent, clause.start, trigger[0])
        candidate = _two_plus_two(
            doc, sent, trigger, clause, span, basis, set(before[-1].countries), [], place, is_city
        )
        around = doc.text[clause.start : trigger[0]] + " " + doc.text[trigger[1] : clause.end]
        if (
            candidate.status == "planned"
            and not lexicon.search("PLANNED", around)
            and _PAST_HOST.search(doc.text[clause.start : trigger[0]])
        ):
            candidate.status = "held"  # "Australia hosted the next round": it has been held
        more.append(candidate)
    return more


_PAST_HOST = _rx.compile(r"\b(?:hosted|held|convened|staged|organi[sz]ed)\s+$", re.I)


def _two_plus_two(
    doc: Document,
    sent: Sentence,
    trigger: tuple[int, int],
    clause: Clause,
    span: DateSpan | None,
    basis: DateBasis | None,
    countries: set[str],
    ministers: list[Actor],
    place: Place | None,
    is_city: bool,
) -> Candidate:
    """One 2+2 mention between ``countries``, with what the sentence tells of it."""
    candidate = Candidate(
        "two_plus_two", sent, trigger, _status(doc, clause.start, clause.end, span, trigger)
    )
    candidate.countries = countries
    candidate.anaphoric = len(candidate.countries) < 2
    candidate.date, candidate.basis = span, basis
    candidate.location, candidate.location_is_city = place, is_city
    day = span.start if span else doc.anchor
    candidate.ministers = [
        Person(name=a.person.name, country=a.code, office=_title(a, day))
        for a in ministers
        if a.person is not None and a.code in candidate.countries
    ]
    candidate.edition = _edition(doc.text[max(sent.start, trigger[0] - 40) : trigger[1] + 20])
    if candidate.edition is None:
        # "… held joint talks in Accra on Tuesday, their first meeting in that format"
        apposition = _APPOSITION.search(doc.text, trigger[1], sent.end)
        if apposition is not None:
            candidate.edition = _edition(
                doc.text[apposition.end() : min(sent.end, apposition.end() + 80)], within=12
            )
    candidate.online = _online(doc, trigger, clause.start, clause.end)
    if candidate.online:
        candidate.location, candidate.location_is_city = None, False
    return candidate


# ", their first meeting in that format": an apposition that numbers the meeting told before.
_APPOSITION = _rx.compile(r",\s+(?:their|its|the)\s+(?=\w)", re.I)


def _partners_with(
    doc: Document, states: list[Actor], trigger: tuple[int, int], hi: int
) -> list[str]:
    """The states listed after "with" right after a meeting word: "talks with Australia and
    India" (none when the words after it are no list of states)."""
    opening = _WITH_LIST.match(doc.text, trigger[1], hi)
    if opening is None:
        return []
    listed: list[str] = []
    last = opening.end()
    for actor in sorted(states, key=lambda a: a.start):
        if actor.start < last or actor.via != "name":
            continue
        gap = doc.text[last : actor.start]
        if listed and not _LIST_GAP.fullmatch(gap):
            break
        if not listed and gap.strip() not in ("", "the"):
            break
        listed.append(actor.code)
        last = actor.end
    return listed


_MANY_SIDES = _rx.compile(r"\b(?:trilateral|quadrilateral|three-way|four-way|multilateral)\b", re.I)
_WITH_LIST = _rx.compile(r"[^.;,]{0,60}?\bwith\s+")
# "Japan holds 2+2 dialogues with …", "has 2+2s with": the formats a state keeps.
_HOLDS_FORMATS = _rx.compile(
    r"\b(?:holds|has|maintains|conducts)\s+(?:[\w+-]+\s+){0,3}?(?:dialogues|talks|meetings|formats|2\+2s)\b",
    re.I,
)
_TRAVEL_TO = _rx.compile(
    r"\b(?:fl(?:y|ies|ew)|travel(?:s|led|ed|ling)?|go(?:es)?|went|head(?:s|ed)?)\s+(?:on\s+)?to\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
)


def _another_round(
    doc: Document, sent: Sentence, earlier: Sequence[Candidate]
) -> tuple[tuple[int, int], tuple[str, ...]] | None:
    """ "The previous round, held in Washington": another meeting of the 2+2 told before,
    between the pair the sentence names or else that 2+2's pair."""
    found = doc.matches(lexicon.pattern("ANOTHER_ROUND"), sent)
    if not found:
        return None
    last = next(
        (
            c
            for c in reversed(earlier)
            if (c.type == "two_plus_two" and len(c.countries) == 2)
            or c.sentence.index < sent.index - 8  # far enough back: stop looking
        ),
        None,
    )
    if last is None or last.type != "two_plus_two" or last.sentence.index < sent.index - 8:
        return None
    trigger = (sent.start + found[0].start(), sent.start + found[0].end())
    pair = _pair_phrase(doc, sent, _parties(doc.actors(sent)))
    return trigger, tuple(pair) if pair else tuple(sorted(last.countries))


def _ministers_meeting(
    doc: Document, sent: Sentence
) -> tuple[tuple[int, int], tuple[str, ...]] | None:
    """A 2+2 told without the word: the foreign and defence ministers of two states meet
    ("Hague and Hammond welcomed Rudd and Smith"; "Secretary Austin and I concluded a
    discussion with Foreign Minister Hayashi and Defense Minister Hamada")."""
    meet = doc.matches(lexicon.pattern("MINISTERS_MEET"), sent)
    if not meet:
        return None
    actors = _parties(doc.actors(sent))
    clause = doc.clause_of(sent, sent.start + meet[0].start())
    if any(a.leader for a in actors if a.via == "person" and clause.start <= a.start < clause.end):
        return None  # leaders are there: a summit, not a 2+2
    # The ministers of one meeting are in its clause, or in a list set off from it by a
    # dash or colon ("with our colleagues – Foreign Minister Hayashi, Defense Minister
    # Hamada –"); "the defence ministers met …, and a week later the foreign ministers
    # agreed …" is two meetings.
    hi = clause.end
    for later in doc.clauses(sent):
        if later.start >= hi and re.fullmatch(r"\s*[—–:]\s*", doc.text[hi : later.start]):
            hi = later.end
    seats = {
        (a.code, a.role)
        for a in actors
        if a.minister and is_state(a.code) and clause.start <= a.start < hi
    }
    speaker = doc.speaker_person(sent)
    if speaker is not None and re.search(r"\b(?:I|we)\b", sent.text):
        seats.add(speaker)
    states = {code for code, _ in seats}
    if len(states) == 1 and len(seats) == 2:
        # "Foreign Minister Wong and Defence Minister Marles will host their Japanese
        # counterparts": the two ministers of the state the counterparts are of
        other = _COUNTERPARTS_OF.search(doc.text, clause.start, hi)
        if other is not None:
            theirs = [
                a.code
                for a in actors
                if a.via == "name"
                and is_state(a.code)
                and a.code not in states
                and other.start() <= a.start < other.end()
            ]
            if len(set(theirs)) == 1:
                states.add(theirs[0])
                seats.add((theirs[0], None))
    if len(states) > 2:
        return _ministers_after(doc, sent, actors, meet, seats, clause.start, hi)
    if len(states) != 2 or len(seats) < 3:
        return None
    for code in states:
        if not any(c == code for c, _ in seats):
            return None
    first = meet[0]
    return (sent.start + first.start(), sent.start + first.end()), tuple(sorted(states))


# "their Japanese counterparts", "their counterparts from Japan".
_COUNTERPARTS_OF = _rx.compile(
    r"\b(?:their|the)\s+(?:[\w'’-]+\s+){1,2}counterparts\b"
    r"|\b(?:their|the)\s+counterparts\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
)


# The people a plural meeting word is told of: "The foreign ministers, who had prepared the
# summit at their meeting in Tashkent": theirs, not the leaders'.
_PEOPLE = _rx.compile(
    r"\b(?P<leaders>leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|"
    r"chancellors|kings)\b|\b(?:ministers|officials|diplomats|envoys|negotiators|delegations|"
    r"sherpas|deputies)\b",
    re.I,
)


def _officials_own(before: str) -> bool:
    """Whether the people named last before a meeting word are officials, not leaders."""
    found = _PEOPLE.findall(before)
    return bool(found) and not found[-1]


# "Between the two visits", "between those summits": the time between meetings told before.
_BETWEEN_THE_TWO = _rx.compile(
    r"\bbetween\s+(?:the|these|those|both)\s+(?:two\s+|three\s+)?(?:[\w-]+\s+)?$", re.I
)


# "discussed migration at a meeting in Rome", "during a summit in Lima": a meeting the
# leaders were at, not one floated.
def _had_a(before: str) -> bool:
    """ "had a meeting with", "just finished a long meeting with": a meeting that was held."""
    return _had_a_pattern(lexicon.pattern("HAD_A_MEETING").pattern).search(before) is not None


@cache
def _had_a_pattern(words: str) -> re.Pattern[str]:
    del words  # (the list as compiled: new words, a new pattern)
    return _rx.compile(
        lexicon.fragment("HAD_A_MEETING") + r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.I
    )


_AT_A = _rx.compile(r"\b(?:at|during|in|after|following)\s+(?:a|an)\s+(?:\w+\s+){0,2}$", re.I)


def _ministers_after(
    doc: Document,
    sent: Sentence,
    actors: list[Actor],
    meet: list[re.Match[str]],
    seats: set[tuple[str, Any]],
    lo: int,
    hi: int,
) -> tuple[tuple[int, int], tuple[str, ...]] | None:
    """The ministers of three states in one clause ("Blinken and Austin sat down with Chung
    and Suh two days after holding a similar meeting in Tokyo with Motegi and Kishi"): a
    meeting word is of the pair its subject's ministers make with the two that follow it."""
    ministers = sorted(
        (a for a in actors if a.minister and is_state(a.code) and lo <= a.start < hi),
        key=lambda a: a.start,
    )
    both = {code for code, _ in seats if sum(1 for c, _ in seats if c == code) >= 2}
    if not ministers or ministers[0].code not in both:
        return None
    subject = ministers[0].code
    for word in meet:
        at = sent.start + word.end()
        after = [a for a in ministers if at <= a.start <= at + 90 and a.code != subject]
        if len(after) >= 2 and after[0].code == after[1].code and after[0].code in both:
            trigger = (sent.start + word.start(), at)
            return trigger, tuple(sorted((subject, after[0].code)))
    return None


def _distance(actor: Actor, trigger: tuple[int, int], lo: int, hi: int) -> float:
    after = actor.start >= trigger[1]
    gap = actor.start - trigger[1] if after else trigger[0] - actor.end
    return gap * (1.5 if after else 1.0) + (0 if lo <= actor.start < hi else 1000)


def _pair_phrase(doc: Document, sent: Sentence, actors: list[Actor]) -> list[str]:
    """States written as a pair: "Russia and Japan", "Russo-Japanese", "Japanese-American"."""
    names = [a for a in actors if a.via == "name" and is_state(a.code)]
    for first, second in itertools.pairwise(names):
        between = doc.text[first.end : second.start]
        if re.fullmatch(r"\s*(?:and|-|–|/)\s*", between) and first.code != second.code:
            return [first.code, second.code]
    return []


def _title(actor: Actor, day: date | None) -> str | None:
    tenure = actor.person.tenure_on(day) if actor.person is not None and day is not None else None
    return tenure.title if tenure is not None else None


def add_context(doc: Document, candidate: Candidate) -> None:
    """Fill a meeting's missing time or place from the previous sentence of its paragraph.

    "On May 30-31, 2019, Lavrov and Shoigu visited Japan … Such consultations, the
    so-called 2+2 format, …": the second sentence's meeting happened when and where
    the first says, when the first names the same states.
    """
    if candidate.date is not None and candidate.location is not None:
        return
    sent = candidate.sentence
    if sent.index == 0:
        return
    previous = doc.sentences[sent.index - 1]
    if previous.block != sent.block:
        return
    codes = {a.code for a in doc.actors(previous) if not a.topic}
    shared = candidate.countries & codes
    if len(shared) < (1 if candidate.type == "two_plus_two" else 2):
        return
    if candidate.date is None:
        times = [t for t in doc.times(previous) if t.span is not None and t.role is TimeRole.AT]
        if candidate.status in ("planned", "proposed"):
            # "… agreed to hold their next meeting in Russia": one still to come takes no
            # day already past from the sentence before
            next_one = re.search(
                r"\bnext\s+(?:\w+\s+)?$",
                doc.text[max(sent.start, candidate.trigger[0] - 20) : candidate.trigger[0]],
                re.I,
            )
            times = [
                t
                for t in times
                if not next_one
                and t.span is not None
                and (doc.anchor is None or t.span.end >= doc.anchor)
            ]
        if times:
            candidate.date, candidate.basis = times[0].span, times[0].basis
            candidate.extra_sentences.append(previous)
    if candidate.location is None:
        found = doc.places(previous)
        visited = re.search(r"\bvisit(?:ed|s)?\s+([A-Z][\w'’-]+)", previous.text)
        if visited:
            code = knowledge.country(visited.group(1))
            if code is not None:
                candidate.location, candidate.location_is_city = (
                    Place(name=visited.group(1), country=code),
                    False,
                )
        if candidate.location is None and found:
            candidate.location, candidate.location_is_city = found[0][1], found[0][2]
        stop = _STOP_WAS.search(previous.text) if candidate.location is None else None
        if stop is not None:
            # "The most novel stop was New Delhi. On Saturday, … held the first 2+2": there
            told = _place(stop.group("place").rstrip(".,"), whole=True)
            if told is not None and told[0].country in candidate.countries:
                candidate.location, candidate.location_is_city = told
        if previous not in candidate.extra_sentences:
            candidate.extra_sentences.append(previous)


def resolve_series_date(doc: Document, candidate: Candidate, leaders: set[str]) -> None:
    """Date (and place) a series summit from its calendar when the text allows only one edition."""
    if candidate.series is None:
        return
    editions = knowledge.editions(candidate.series)
    if not editions:
        return
    if _beside_another_summit(doc, candidate):
        return  # "the meeting of the G7 leaders on the margins of the G20 summit": not a G7 edition
    numbered = [
        e for e in editions if candidate.edition is not None and e.edition == candidate.edition
    ]
    if len(numbered) == 1 and (
        candidate.date is None
        or (numbered[0].start <= candidate.date.end and candidate.date.start <= numbered[0].end)
    ):
        _use(candidate, numbered[0], doc)  # "the 16th BRICS summit"
        return
    named = _named_edition(doc, candidate, editions)
    if named is not None and (
        candidate.date is None
        or (named.start <= candidate.date.end and candidate.date.start <= named.end)
        # a month without its year may be another year's: the place names the edition
        or (
            candidate.basis is not DateBasis.STATED
            and candidate.date.precision is not Precision.DAY
        )
    ):
        _use(candidate, named, doc)  # "the Kazan summit", "the Bali summit"
        return
    if candidate.date is not None:
        matching = [
            e for e in editions if e.start <= candidate.date.end and candidate.date.start <= e.end
        ]
        if not matching and candidate.basis is DateBasis.RELATIVE:
            # "later today I leave … to attend the summit": the edition in the days around
            matching = [
                e
                for e in editions
                if abs((e.start - candidate.date.start).days) <= 14
                or abs((candidate.date.end - e.end).days) <= 14
            ]
        if len(matching) == 1:
            _use(candidate, matching[0], doc)
        return
    text = doc.text[candidate.sentence.start : candidate.sentence.end]
    month = None
    before = text[: max(0, candidate.trigger[0] - candidate.sentence.start)][-30:]
    for name, number in _month_names().items():
        if re.search(rf"\b{name}\b", before, re.I):
            month = number
    host = candidate.location.country if candidate.location else None
    city = candidate.location.name if candidate.location and candidate.location_is_city else None
    found = []
    for edition in editions:
        if month is not None and not edition.start.month <= month <= edition.end.month:
            continue
        if host is not None and edition.country != host:
            continue
        if (
            city is not None
            and knowledge.place(city) not in (None, knowledge.place(edition.city))
            and city.lower() not in edition.name.lower()
        ):
            continue
        if not _leaders_in_office(leaders, edition.start):
            continue
        found.append(edition)
    if doc.anchor is not None and len(found) > 1:
        anchor = doc.anchor
        if candidate.status == "planned" or tense_of(text) is Tense.FUTURE:
            found = [e for e in found if e.end >= anchor]
        elif candidate.status == "held":
            found = [e for e in found if e.start <= anchor]
        if not found:
            return  # no edition on the right side of the article's date: leave it undated
        found = [min(found, key=lambda e: abs((e.start - anchor).days))]
    if len(found) == 1:
        _use(candidate, found[0], doc)


def _beside_another_summit(doc: Document, candidate: Candidate) -> bool:
    """Whether the series is named as meeting on the margins of another series' summit."""
    text = doc.text[candidate.sentence.start : candidate.sentence.end]
    margins = lexicon.search("SIDELINES", text)
    if margins is None or not re.match(
        r"on\s+the\s+(?:sidelines|margins|side-lines|fringes)", margins.group(), re.I
    ):
        return False
    for mention in doc.mentions(candidate.sentence):
        series = mention.of("series")
        if (
            series
            and series[0] != candidate.series
            and mention.start > candidate.sentence.start + margins.start()
        ):
            return mention.start - (candidate.sentence.start + margins.end()) < 20
    return False


def _named_edition(
    doc: Document, candidate: Candidate, editions: list[knowledge.SummitEdition]
) -> knowledge.SummitEdition | None:
    """The edition a place's name picks out: "the Kazan summit", "the Bali summit"."""
    lo = max(candidate.sentence.start, candidate.trigger[0] - 40)
    window = doc.text[lo : candidate.trigger[1] + 20]
    if candidate.series is not None:
        # the series' own name is no edition's ("the Normandy format" is not the Normandy summit)
        a, b = candidate.trigger[0] - lo, candidate.trigger[1] - lo
        window = window[:a] + " " * (b - a) + window[b:]
    found: list[tuple[int, knowledge.SummitEdition]] = []
    for edition in editions:
        names = [edition.city, *edition.aliases]
        for name in names:
            short = name.removesuffix(" summit").removesuffix(" Summit")
            hit = re.search(r"\b" + re.escape(short) + r"\b", window) if short else None
            if hit:
                # how far the name stands from the series' own ("o Hanoi, Biden had stayed
                # away from the East Asia Summit in Jakarta": Jakarta's)
                gap = min(
                    abs(hit.start() - (candidate.trigger[1] - lo)),
                    abs(candidate.trigger[0] - lo - hit.end()),
                )
                found.append((gap, edition))
                break
    if len(found) > 1:
        nearest = min(gap for gap, _ in found)
        found = [(gap, e) for gap, e in found if gap == nearest and gap <= 5]
    # "the Kazan summit", "the summit held in Bali": the name next to the series', not a
    # place told earlier in the clause ("met Lula in Beijing in May ahead of the BRICS summit")
    return found[0][1] if len(found) == 1 and found[0][0] <= 20 else None


def _use(
    candidate: Candidate, edition: knowledge.SummitEdition, doc: Document | None = None
) -> None:
    if (
        doc is not None
        and doc.anchor_is_publication
        and doc.anchor is not None
        and candidate.status != "cancelled"
    ):
        # A summit placed in its calendar is held or planned as of the article's date.
        candidate.status = (
            "held"
            if edition.end < doc.anchor
            else "planned"
            if edition.start > doc.anchor
            else candidate.status
        )
    before_it = (
        doc is not None
        and doc.anchor_is_publication
        and doc.anchor is not None
        and doc.anchor < edition.start
    )
    if edition.cancelled and not before_it:
        # (a text written before the edition's days tells it as the text says: it had not
        # been called off when "Albanese will host the Quad leaders in Sydney" was written)
        candidate.status = "cancelled"
    stated = candidate.date
    if (
        stated is not None
        and candidate.basis is not DateBasis.CALENDAR
        and stated.precision is Precision.DAY
        and edition.start <= stated.start <= stated.end <= edition.end
    ):
        pass  # the day the text tells ("opened on 5 September") within the calendar's days
    else:
        candidate.date = DateSpan.days(edition.start, edition.end)
        candidate.basis = DateBasis.CALENDAR
    candidate.name = edition.name
    candidate.host = edition.country
    if (
        candidate.location is not None
        and edition.country
        and candidate.location.country not in (None, edition.country)
    ):
        # "on the occasion of the first China–Arab States Summit, and … his state visit to
        # Beijing": a place in another country than the edition's host is another event's
        candidate.location = None
    if candidate.location is None and not candidate.online and "virtual" not in edition.note:
        candidate.location = Place(name=edition.city, country=edition.country)
        candidate.location_is_city = True


def _leaders_in_office(leaders: set[str], day: date) -> bool:
    """Whether the people named as leaders in the article all held office on ``day``."""
    from dipevents.normalize import people

    for name in leaders:
        record = people.records().get(name)
        if record is not None and record.tenure_on(day) is None:
            return False
    return True


def _month_names() -> dict[str, int]:
    from dipevents.extract.timex import MONTHS

    return {name: number for name, number in MONTHS.items() if len(name) > 3}


def inherit_from_summits(doc: Document, cands: list[Candidate]) -> None:
    """A leaders' meeting on the margins of a summit takes the summit's place, and its time
    when it has none ("on the first day of the summit": the summit's first day)."""
    series = [c for c in cands if c.type == "summit" and c.series]
    # (by sentence, so that each mention looks only at the few sentences before it)
    by_sentence: dict[int, list[Candidate]] = {}
    for told in series:
        by_sentence.setdefault(told.sentence.index, []).append(told)

    def around(index: int, back: int) -> list[Candidate]:
        return [s for i in range(index - back, index + 1) for s in by_sentence.get(i, ())]

    for candidate in cands:
        if candidate.type != "summit":
            continue
        if candidate.series:
            # "On the margins of the G20 summit, … the meeting of the leaders of the G7": a
            # series' meeting held beside another's summit takes its time and place
            if candidate.date is None and candidate.location is None:
                host = [
                    s
                    for s in by_sentence.get(candidate.sentence.index, ())
                    if s.sentence is candidate.sentence
                    and s.series != candidate.series
                    and s.trigger[0] < candidate.trigger[0]
                    and _MARGINS_OF.search(
                        doc.text[max(s.sentence.start, s.trigger[0] - 40) : s.trigger[0]]
                    )
                ]
                if host and host[-1].date is not None:
                    candidate.date, candidate.basis = host[-1].date, host[-1].basis
                    candidate.location = host[-1].location
                    candidate.location_is_city = host[-1].location_is_city
                    candidate.inherited = True
            continue
        near = [
            s for s in around(candidate.sentence.index, 12)
            if (
                0 <= candidate.sentence.index - s.sentence.index <= (8 if candidate.anaphoric else 2)
                and (candidate.date is None or s.date is None or _overlaps(candidate.date, s.date))
            )
            or (
                0 <= candidate.sentence.index - s.sentence.index <= 12
                and candidate.date is not None
                and s.date is not None
                and s.date.contains(candidate.date)
            )
        ]  # fmt: skip
        if _led_from(doc, candidate.sentence.start, candidate.trigger) == candidate.sentence.start:
            near = [
                s
                for s in near
                if s.sentence is not candidate.sentence
                or _led_from(doc, s.sentence.start, s.trigger) == s.sentence.start
            ]  # "Ahead of the ASEAN summit in October, Albanese met Anwar": not at that one
        if not near:
            continue
        summit = near[-1]
        beside = [
            s
            for s in near
            if s.sentence is candidate.sentence
            and _MARGINS_OF.search(
                doc.text[max(s.sentence.start, s.trigger[0] - 40) : s.trigger[0]]
            )
        ]
        if beside:
            summit = beside[-1]  # "On the margins of the G20 summit, …": that one
        hosted = [
            s for s in near if s.location is not None and s.location.country == candidate.partner
        ]
        if candidate.partner and hosted:
            # "I will leave for Lithuania and Belgium to attend the NATO Summit and the EU-Japan
            # Summit … I plan to hold bilateral meetings with ROK, Lithuania, Belgium": the one
            # with the host of a summit of the trip is held at that summit
            summit = hosted[-1]
        text = candidate.sentence.text
        if (
            summit.date is not None
            and summit.date.precision is Precision.DAY
            and summit.date.end > summit.date.start
            and candidate.basis is DateBasis.RELATIVE
            and _NEXT_DAY.search(text, 0, candidate.trigger[0] - candidate.sentence.start)
            and any(
                _tells_first_day(doc.sentences[i].text)
                for i in range(
                    max(summit.sentence.index, candidate.sentence.index - 3),
                    candidate.sentence.index,
                )
            )
        ):
            # "On the first day, Putin met Xi. … The next day Putin held talks with Modi": the
            # summit's second day (not the day after one told in between of another trip)
            candidate.date = DateSpan.day(summit.date.start + timedelta(days=1))
        if (
            candidate.date is None
            and summit.date is not None
            and (candidate.anaphoric or candidate.status == summit.status)
        ):
            day = re.search(_DAY_OF_IT, text, re.I)
            if day and day.group("which").lower() in ("first", "opening"):
                # "on the first day of the summit", "took place on the first day, when Putin
                # met Xi": of the summit told before
                candidate.date = DateSpan.day(summit.date.start)
            elif day:
                candidate.date = DateSpan.day(summit.date.end)
            else:
                candidate.date = summit.date
                candidate.inherited = True
            candidate.basis = summit.basis
        if (
            candidate.location is None
            and summit.location is not None
            and (
                candidate.anaphoric
                or summit.sentence is candidate.sentence
                or (
                    candidate.date is not None
                    and summit.date is not None
                    and summit.date.contains(candidate.date)
                )
            )
        ):
            candidate.location, candidate.location_is_city = (
                summit.location,
                summit.location_is_city,
            )
        if candidate.location is None and candidate.anaphoric:
            for previous in reversed(
                doc.sentences[max(0, candidate.sentence.index - 2) : candidate.sentence.index]
            ):
                found = doc.places(previous)
                if found:
                    candidate.location, candidate.location_is_city = found[-1][1], found[-1][2]
                    break


def _tells_first_day(text: str) -> bool:
    day = re.search(_DAY_OF_IT, text, re.I)
    return day is not None and day.group("which").lower() in ("first", "opening")


_NEXT_DAY = _rx.compile(r"\b(?:the\s+)?(?:next|following|second)\s+day\b", re.I)
# "the first day of the summit", "on the final day": a day of the summit told (not "the first
# day of the visit", which is another occasion's).
_DAY_OF_IT = (
    r"\bthe\s+(?P<which>first|opening|last|final|closing)\s+day\b"
    r"(?!\s+of\s+(?!the\s+summit\b)(?:the|his|her|its|their)\b)"
)
_MEETING_OF_LEADERS = _rx.compile(
    r"\b(?P<word>meeting|summit|gathering)\s+of\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s+of\s+(?:the\s+)?$",
    re.I,
)
_IN_PRESENCE_OF = _rx.compile(r"\b(?:in\s+the\s+presence\s+of|witnessed\s+by)\b", re.I)
_INDEFINITE_NOUN = _rx.compile(r"\b(?:a|an|any|another|such\s+a)\s+(?:[\w-]+\s+)?$", re.I)
# "postponed until June", "to later in the year", "until the autumn": to a time told.
_POSTPONED_TO = _rx.compile(
    r"\b(?:until|till|to)\s+(?:later\b|next\b|(?:(?:early|late|mid)\s+)?(?-i:[A-Z][a-z]+|\d)|"
    r"the\s+(?:autumn|spring|summer|winter|fall|end|second\s+half|first\s+half|new\s+year)\b)",
    re.I,
)
# "arrived in Moscow for a two-day visit", "… for talks with": an arrival that is a visit.
_ARRIVED_FOR = _rx.compile(
    r"\bfor\s+(?:a|an|his|her|their|the|talks|official|state|working)\b|\bon\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\b",
    re.I,
)
# "a three-day state visit", "his 2-day trip": how long the visit lasts from its first day.
_N_DAY_VISIT = _rx.compile(
    r"\b(?P<n>two|three|four|five|six|seven|[2-7])-day\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\b",
    re.I,
)
_VISIT_ENDED = _rx.compile(
    r"\b"
    + lexicon.fragment("VISIT_ENDED")
    + r"\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_HERE = _rx.compile(r"\b(?:here|in\s+this\s+city|in\s+the\s+capital\s+here)\b", re.I)
_CLAUSE_BREAK = _rx.compile(r"[,;:.()]")
_MARGINS_OF = _rx.compile(
    r"\b(?:sidelines|margins|side-lines|fringes)\s+of\s+(?:the\s+|this\s+year's\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_ALSO_MET = _rx.compile(r"\balso\s+(?:met|held|had|talked|sat\s+down)\b", re.I)


def same_occasion(doc: Document, cands: list[Candidate]) -> None:
    """A meeting told as "also met" with no place of its own is held where the meeting told
    just before was, when that place is in one of its states: "Both leaders also met
    separately with Lee Hsien Loong" after the summit in Singapore."""
    summits = [c for c in cands if c.type == "summit"]
    for number, candidate in enumerate(summits):
        if candidate.location is not None or not _ALSO_MET.search(candidate.sentence.text):
            continue
        before = [
            c
            for c in summits[:number]
            if 0 < candidate.sentence.index - c.sentence.index <= 3  # (told before, not beside)
            and c.location is not None
            and c.location.country in candidate.countries
            and c.countries != candidate.countries
        ]
        if not before:
            continue
        occasion = before[-1]
        where = occasion.location
        assert where is not None
        # the occasion's city, not the hall where the first meeting sat
        told = [c.sentence for c in reversed(before) if c.location == where]
        city = next(
            (
                p
                for sentence in told
                for _, p, is_city in doc.places(sentence)
                if is_city and p.country == where.country and p != where
            ),
            None,
        )
        if city is None:
            # else the state's name as the text gives it ("at the Capella Hotel, Sentosa,
            # Singapore": the later meeting is known to be in Singapore, not in the hotel)
            named = [
                a
                for sentence in told
                for a in doc.actors(sentence)
                if a.via == "name" and a.code == where.country
            ]
            if named:
                city = Place(name=doc.text[named[0].start : named[0].end], country=where.country)
        candidate.location, candidate.location_is_city = (
            (city, True) if city is not None else (where, occasion.location_is_city)
        )
        if candidate.date is None and occasion.date is not None:
            candidate.date, candidate.basis = occasion.date, occasion.basis
            candidate.inherited = True


def _overlaps(a: DateSpan, b: DateSpan) -> bool:
    return a.start <= b.end and b.start <= a.end


_REFERENCE = _rx.compile(
    r"\b(?:the|these|those|this)\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|consultations|negotiations)\s+(?:in|at)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"|\b(?:we|they)\s+(?:are|were)\s+(?:now\s+)?meeting\s+(?:here\s+)?in\s+(?P<here>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def refer_back(doc: Document, cands: list[Candidate]) -> None:
    """ "The talks in Tokyo": a sentence referring back to a held meeting gives its place."""
    meetings = [c for c in cands if c.type in ("summit", "two_plus_two") and not c.series]
    for sent in doc.sentences:
        match = _REFERENCE.search(sent.text)
        if not match:
            continue
        name = match.group("place") or match.group("here")
        if knowledge.place(name) is None and knowledge.country(name) is None:
            name = name.split()[0]  # "the talks in Tokyo Monday": the one-word name
        place = knowledge.place(name)
        code = knowledge.country(name)
        country = place.country if place else code
        if country is None:
            continue
        earlier = [c for c in meetings if c.sentence.index <= sent.index and c.status == "held"]
        for candidate in reversed(earlier):
            if country not in candidate.countries:
                continue
            if candidate.location is None:
                candidate.location = Place(name=name, country=country)
                candidate.location_is_city = place is not None
            if sent not in candidate.extra_sentences and sent is not candidate.sentence:
                candidate.extra_sentences.append(sent)
            break


__all__ = [
    "add_context",
    "inherit_from_summits",
    "refer_back",
    "resolve_series_date",
    "series_name",
    "summit_candidates",
    "two_plus_two_candidates",
]


def _state_told(doc: Document, sent: Sentence, code: str) -> tuple[Place | None, bool]:
    """The state ``code`` as a place, by the name the last few sentences gave it."""
    for previous in reversed(doc.sentences[max(0, sent.index - 3) : sent.index + 1]):
        named = [a for a in doc.actors(previous) if a.code == code and a.via == "name"]
        if named:
            return _place_of(doc, named[-1])
    return None, False


def _place_of(doc: Document, actor: Actor) -> tuple[Place | None, bool]:
    """A state named by its capital ("New Delhi has asked …") as the place of a visit to it."""
    found = _place(doc.text[actor.start : actor.end], whole=True)
    return (found[0], found[1]) if found else (None, False)
