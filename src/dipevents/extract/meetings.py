"""Summits and 2+2 meetings: who meets whom, when, where, and whether it happened."""

from __future__ import annotations

import re
from datetime import date

from dipevents import knowledge
from dipevents.extract import lexicon
from dipevents.extract.candidates import Candidate, merge_days, pick_time
from dipevents.extract.document import Actor, Document
from dipevents.extract.sentences import Sentence
from dipevents.extract.timex import Role as TimeRole
from dipevents.extract.timex import Tense, tense_of
from dipevents.models import DateBasis, DateSpan, Person, Place, Precision
from dipevents.normalize.summits import find_series

SERIES_NAMES = {
    "APEC": "APEC Summit", "G7": "G7 Summit", "G20": "G20 Summit", "EAS": "East Asia Summit",
    "ASEAN": "ASEAN Summit", "SCO": "SCO Summit", "BRICS": "BRICS Summit", "NATO": "NATO Summit",
    "CJK": "China-Japan-ROK Trilateral Summit", "EEF": "Eastern Economic Forum",
    "SPIEF": "St. Petersburg International Economic Forum",
}  # fmt: skip
_BEFORE_EVENT = re.compile(
    r"\b(?:ahead\s+of|on\s+the\s+eve\s+of|before|prior\s+to|in\s+preparation\s+for|to\s+prepare)\b[^.;]{0,60}$",
    re.I,
)
_ANAPHORIC = re.compile(
    r"\b(?:the|that|this|its|such\s+a)\s+(?:summit|meeting|talks|visit)\b", re.I
)
_NAMED_SUMMIT = re.compile(
    r"(?P<pre>(?:[A-Z][\w'’.]*(?:[-–][A-Z][\w'’.]*)+|inter-Korean|[A-Z][\w'’.]+\s+format|[A-Z][\w'’]+))\s+(?:format\s+)?summit\b"
)
_FORMAT = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:[-–][A-Z][a-z]+){1,3})\s+format\b")
_WITH_LEADER = re.compile(r"\b(?:with|between)\s+$", re.I)


def _status(doc: Document, sent: Sentence, lo: int, hi: int, span: DateSpan | None) -> str:
    window = doc.text[lo:hi]
    if lexicon.CANCELLED.search(window):
        return "cancelled"
    if lexicon.PROPOSED.search(window):
        return "proposed"
    if lexicon.PRESENT_PROGRESSIVE.search(window):
        return "held"
    if span is not None and doc.anchor_is_publication and doc.anchor is not None:
        if span.end < doc.anchor:
            return "held"
        if span.start > doc.anchor:
            return "planned"
    if lexicon.PLANNED.search(window):
        return "planned"
    return "held"


def _location(
    doc: Document, sent: Sentence, trigger: tuple[int, int], lo: int, hi: int
) -> tuple[Place | None, bool]:
    found = doc.places(sent, lo, hi)
    if not found:
        return None, False
    after = [p for p in found if p[0] >= trigger[0]]
    chosen = after[0] if after else found[-1]
    return chosen[1], chosen[2]


def _time(
    doc: Document,
    sent: Sentence,
    trigger: tuple[int, int],
    lo: int,
    hi: int,
    others: list[tuple[int, int]],
) -> tuple[DateSpan | None, DateBasis | None]:
    """The date of a mention: a time in its clause, else one in the sentence no other trigger claims."""
    times = doc.times(sent)
    chosen = pick_time(times, trigger, lo, hi)
    if chosen is None:
        free = [
            t
            for t in times
            if not any(
                o != trigger and abs(t.start - o[0]) < abs(t.start - trigger[0]) for o in others
            )
        ]
        chosen = pick_time(free, trigger, sent.start, sent.end)
    if chosen is None or chosen.span is None:
        return None, None
    before = doc.text[sent.start : trigger[0]]
    if (
        chosen.end <= trigger[0]
        and _BEFORE_EVENT.search(before[-120:])
        and chosen.end <= trigger[0] - 5
    ):
        # "on May 30-31, 2019 … ahead of a meeting": the meeting comes later that year
        return DateSpan.year(chosen.span.start.year), DateBasis.RELATIVE
    return merge_days(times, chosen, lo, hi), chosen.basis


def _day(doc: Document, span: DateSpan | None) -> date | None:
    return span.start if span is not None else doc.anchor


def _edition(text: str) -> int | None:
    for match in lexicon.ORDINAL.finditer(text):
        after = text[match.end() : match.end() + 60]
        if re.match(r"[^.;]{0,25}?\b(?:since|in\s+\w+\s+years|under|time)\b", after, re.I):
            continue
        if not re.match(
            r"\s*(?:[‘'“\"]?\s*)?(?:[\w+-]+\s+){0,3}?(?:summit|meeting|two-plus-two|2\+2|talks|consultations|dialogue|visit|trilateral)",
            after,
            re.I,
        ):
            continue
        word = match.group("word").lower()
        return int(match.group("num")) if match.group("num") else lexicon.ORDINALS.get(word)
    return None


def summit_candidates(
    doc: Document, sent: Sentence, others: list[tuple[int, int]]
) -> list[Candidate]:
    out: list[Candidate] = []
    text = sent.text
    used: list[tuple[int, int]] = []
    # 1. Named series: "the G20 summit in Hamburg", "the APEC summit", "the SCO summit in Qingdao".
    for mention in doc.mentions(sent):
        keys = mention.of("series")
        if not keys:
            continue
        window_after = doc.text[mention.end : mention.end + 45]
        window_before = doc.text[max(sent.start, mention.start - 45) : mention.start]
        if lexicon.MINISTERIAL.search(window_after[:40]) or lexicon.MINISTERIAL.search(
            window_before[-25:]
        ):
            continue
        series = keys[0]
        is_forum = series in ("EEF", "SPIEF")
        named_summit = "summit" in mention.surface.lower() or "forum" in mention.surface.lower()
        cue = named_summit or re.match(
            r"^[\s’'s]*(?:\w+\s+){0,2}?(?:summits?|leaders|meeting|gathering)\b", window_after, re.I
        )
        cue = cue or re.search(
            r"(?:leaders|heads\s+of\s+state)\s+of\s+the\s+$", window_before, re.I
        )
        cue = cue or re.search(r"\b(?:margins|sidelines)\s+of\s+(?:the\s+)?$", window_before, re.I)
        if not cue and not is_forum:
            continue
        trigger = (mention.start, mention.end)
        clause = doc.clause_of(sent, mention.start)
        span, basis = _time(doc, sent, trigger, clause.start, clause.end, others)
        place, is_city = _location(doc, sent, trigger, clause.start, sent.end)
        candidate = Candidate(
            "summit", sent, trigger, _status(doc, sent, clause.start, clause.end, span)
        )
        candidate.series = series
        candidate.date, candidate.basis = span, basis
        candidate.location, candidate.location_is_city = place, is_city
        day = _day(doc, span)
        candidate.countries = {a.code for a in doc.actors(sent, day) if a.leader}
        candidate.countries |= {a.code for a in doc.leaders_of_list(sent)}
        candidate.edition = _edition(
            doc.text[max(sent.start, mention.start - 30) : mention.end + 30]
        )
        if is_forum and not (cue or candidate.countries):
            continue
        out.append(candidate)
        used.append(trigger)
    # 2. Other named summits and leaders' meetings.
    for match in lexicon.MEETING.finditer(text):
        trigger = (sent.start + match.start(), sent.start + match.end())
        if any(u[0] - 60 <= trigger[0] <= u[1] + 10 for u in used):
            continue
        word = match.group().lower()
        clause = doc.clause_of(sent, trigger[0])
        lo, hi = clause.start, clause.end
        if word.startswith("summit") and re.search(
            r"summit\s+(?:diplomacy|format)|summitry", doc.text[trigger[0] : trigger[1] + 12], re.I
        ):
            continue
        if lexicon.HABITUAL.search(doc.text[lo:hi]) or re.search(
            r"\beach\s+other\b", doc.text[lo:hi]
        ):
            continue
        span, basis = _time(doc, sent, trigger, lo, hi, others)
        day = _day(doc, span)
        actors = doc.actors(sent, day)
        leaders = [a for a in actors if a.leader]
        clause_leaders = [a for a in leaders if lo <= a.start < hi] or leaders
        countries = {a.code for a in clause_leaders}
        countries |= {a.code for a in doc.leaders_of_list(sent)}
        named = None
        summit_match = (
            _NAMED_SUMMIT.search(doc.text[max(sent.start, trigger[0] - 40) : trigger[1]])
            if word.startswith("summit")
            else None
        )
        fmt = _FORMAT.search(text)
        if summit_match:
            pre = summit_match.group("pre")
            if pre.lower() == "inter-korean":
                countries |= {"KOR", "PRK"}
            elif "-" in pre or "–" in pre:
                parts = [knowledge.country(p) for p in re.split(r"[-–]", pre)]
                codes = [p for p in parts if p]
                countries |= set(codes)
                if len(codes) != len(parts) or len(parts) > 2:
                    named = pre.replace("–", "-") + " Summit"
            elif pre.endswith("format"):
                named = pre + " Summit"
        if fmt and re.search(r"\blevel\s+of\s+leaders|\bleaders\b|\bsummit\b", text, re.I):
            parts = [knowledge.country(p) for p in re.split(r"[-–]", fmt.group("name"))]
            if all(parts):
                named = fmt.group("name")
                countries |= {p for p in parts if p}
        # A visit by one leader to another country: that country's leader takes part.
        visit = (
            lexicon.VISIT.match(text, match.start())
            if word.startswith(
                (
                    "visit",
                    "trip",
                    "came",
                    "come",
                    "travel",
                    "flew",
                    "fly",
                    "go",
                    "landed",
                    "is due",
                    "are due",
                    "was due",
                    "invit",
                    "chief",
                )
            )
            else None
        )
        destination = None
        if visit or word.startswith(("visit", "state visit", "trip")):
            place, is_city = _location(doc, sent, trigger, trigger[0], hi)
            for actor in actors:
                if (
                    actor.via == "name"
                    and actor.start >= trigger[1]
                    and actor.start - trigger[1] <= 25
                ):
                    destination = actor.code
                    break
            if destination is None and place is not None and place.country:
                destination = place.country
        if destination and countries:
            countries.add(destination)
        if (
            len(countries) == 1
            and re.search(
                r"\bwith\s+(?:\w+\s+){0,3}$", doc.text[trigger[1] : trigger[1] + 1] or " "
            )
            is None
        ):
            counterpart = [
                a
                for a in actors
                if a.leader
                and a.start > trigger[1]
                and _WITH_LEADER.search(doc.text[max(trigger[1], a.start - 30) : a.start])
            ]
            if counterpart or re.match(r"\s+with\b", doc.text[trigger[1] : trigger[1] + 6]):
                other = _context_leader(doc, sent, exclude=countries, day=day)
                if other:
                    countries.add(other)
        if len(countries) < 2 and named is None:
            continue
        place, is_city = _location(doc, sent, trigger, lo, sent.end)
        if place is None and destination:
            place, is_city = None, False
        candidate = Candidate("summit", sent, trigger, _status(doc, sent, lo, hi, span))
        candidate.countries = countries
        candidate.name = named
        candidate.date, candidate.basis = span, basis
        candidate.location, candidate.location_is_city = place, is_city
        candidate.host = destination
        candidate.edition = _edition(doc.text[max(sent.start, trigger[0] - 40) : trigger[1] + 40])
        sidelines = re.search(r"\b(?:margins|sidelines|fringes)\s+of\b", text, re.I)
        candidate.anaphoric = bool(sidelines) and False
        out.append(candidate)
        used.append(trigger)
    return out


def _context_leader(
    doc: Document, sent: Sentence, exclude: set[str], day: date | None
) -> str | None:
    """The leader the previous sentences were about (the subject "he" or "the two presidents" refer to)."""
    for previous in reversed(doc.sentences[max(0, sent.index - 2) : sent.index + 1]):
        for actor in doc.actors(previous, day):
            if previous is sent and actor.start > sent.start + len(sent.text) // 2:
                continue
            if actor.leader and actor.code not in exclude:
                return actor.code
    return None


def two_plus_two_candidates(
    doc: Document, sent: Sentence, others: list[tuple[int, int]]
) -> list[Candidate]:
    out: list[Candidate] = []
    for match in lexicon.TWO_PLUS_TWO.finditer(sent.text):
        trigger = (sent.start + match.start(), sent.start + match.end())
        clause = doc.clause_of(sent, trigger[0])
        span, basis = _time(doc, sent, trigger, clause.start, clause.end, others)
        day = _day(doc, span)
        actors = doc.actors(sent, day)
        ministers = [a for a in actors if a.minister and a.person is not None]
        codes: list[str] = []
        for actor in sorted(ministers, key=lambda a: abs(a.start - trigger[0])):
            if actor.code not in codes:
                codes.append(actor.code)
        states = [a for a in actors if a.via in ("name", "person") and _is_state(a.code)]
        for actor in sorted(
            states,
            key=lambda a: (
                abs(a.start - trigger[0]) + (0 if clause.start <= a.start < clause.end else 1000)
            ),
        ):
            if len(codes) >= 2:
                break
            if actor.code not in codes:
                codes.append(actor.code)
        candidate = Candidate(
            "two_plus_two", sent, trigger, _status(doc, sent, clause.start, clause.end, span)
        )
        candidate.countries = set(codes[:2])
        candidate.anaphoric = len(candidate.countries) < 2
        candidate.date, candidate.basis = span, basis
        place, is_city = _location(doc, sent, trigger, sent.start, sent.end)
        candidate.location, candidate.location_is_city = place, is_city
        candidate.ministers = [
            Person(
                name=a.person.name,
                country=a.code,
                office=_title(a, day),
            )
            for a in ministers
            if a.person is not None and a.code in candidate.countries
        ]
        candidate.edition = _edition(doc.text[max(sent.start, trigger[0] - 40) : trigger[1] + 20])
        out.append(candidate)
    return out


def _title(actor: Actor, day: date | None) -> str | None:
    tenure = actor.person.tenure_on(day) if actor.person is not None and day is not None else None
    return tenure.title if tenure is not None else None


def _is_state(code: str) -> bool:
    from dipevents.models._codes import is_state

    return is_state(code)


def resolve_series_date(doc: Document, candidate: Candidate, leaders: set[str]) -> None:
    """Date (and place) a series summit from its calendar when the text allows only one edition."""
    if candidate.series is None:
        return
    editions = knowledge.editions(candidate.series)
    if not editions:
        return
    if candidate.date is not None:
        matching = [
            e for e in editions if e.start <= candidate.date.end and candidate.date.start <= e.end
        ]
        if len(matching) == 1:
            edition = matching[0]
            candidate.date = DateSpan.days(edition.start, edition.end)
            candidate.basis = DateBasis.CALENDAR
            candidate.name = edition.name
            candidate.host = edition.country
            if candidate.location is None:
                candidate.location = Place(name=edition.city, country=edition.country)
                candidate.location_is_city = True
        return
    text = doc.text[candidate.sentence.start : candidate.sentence.end]
    month = None
    for name, number in _month_names().items():
        if re.search(
            rf"\b{name}\b",
            text[: max(0, candidate.trigger[0] - candidate.sentence.start)][-30:],
            re.I,
        ):
            month = number
    host = candidate.location.country if candidate.location else None
    city = candidate.location.name if candidate.location else None
    found = []
    for edition in editions:
        if month is not None and not edition.start.month <= month <= edition.end.month:
            continue
        if host is not None and edition.country != host:
            continue
        elsewhere = city is not None and knowledge.place(city) not in (
            None,
            knowledge.place(edition.city),
        )
        if elsewhere and candidate.location_is_city and city.lower() not in edition.name.lower():  # type: ignore[union-attr]
            continue
        if not _leaders_in_office(leaders, edition.start):
            continue
        found.append(edition)
    if doc.anchor is not None and len(found) > 1:
        tense = tense_of(text)
        if candidate.status == "planned" or tense is Tense.FUTURE:
            later = [e for e in found if e.end >= doc.anchor]
            found = later[:1] if later else found
        else:
            earlier = [e for e in found if e.start <= doc.anchor]
            found = earlier[-1:] if earlier else found
        nearest = min(found, key=lambda e: abs((e.start - doc.anchor).days)) if found else None  # type: ignore[operator]
        found = [nearest] if nearest else []
    if len(found) == 1:
        edition = found[0]
        candidate.date = DateSpan.days(edition.start, edition.end)
        candidate.basis = DateBasis.CALENDAR
        candidate.name = edition.name
        candidate.host = edition.country
        if candidate.location is None:
            candidate.location = Place(name=edition.city, country=edition.country)
            candidate.location_is_city = True


def _leaders_in_office(leaders: set[str], day: date) -> bool:
    """Whether the people named as leaders in the article all held office on ``day``."""
    from dipevents.normalize import people

    for name in leaders:
        record = people.records().get(name)
        if record is None:
            continue
        tenure = record.tenure_on(day)
        if tenure is None:
            return False
    return True


def _month_names() -> dict[str, int]:
    from dipevents.extract.timex import MONTHS

    return {name: number for name, number in MONTHS.items() if len(name) > 3}


def precision_of(span: DateSpan | None) -> Precision | None:
    return span.precision if span else None


__all__ = ["SERIES_NAMES", "resolve_series_date", "summit_candidates", "two_plus_two_candidates"]
_ = (Actor, TimeRole, find_series)
