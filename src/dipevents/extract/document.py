"""An article prepared for extraction: sentences, clauses, names found, anchor date, actors."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from datetime import date, timedelta
from functools import cache

import attrs

from dipevents import _rx, knowledge
from dipevents.extract import _gate, lexicon
from dipevents.extract.sentences import Sentence, sentences
from dipevents.extract.timex import NUMBER_WORDS, Tense, TimeExpr, find_times, tense_of
from dipevents.extract.timex import Role as TimeRole
from dipevents.models import Article, DateSpan, Place, Precision
from dipevents.models._codes import is_actor, is_state
from dipevents.normalize import _gazetteer as _gaz
from dipevents.normalize import people
from dipevents.normalize._fold import fold
from dipevents.normalize._gazetteer import Mention, gazetteer
from dipevents.normalize.people import PersonRecord, Role
from dipevents.normalize.places import PlaceRecord, capital_of, place_records

LEADER_ROLES = (Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT)
MINISTER_ROLES = (Role.FOREIGN_MINISTER, Role.DEFENCE_MINISTER)

_CLAUSE = _rx.compile(
    r"\s*[;:]\s+|\s+[—–]\s+|,\s+(?=(?:and|but|while|whereas|although|though|which|who|where|when|as)\b)"
    r"|\s+(?=and\s+that\b)|\s+(?=but\b)",
)
# Venues named after their city ("House", "Palace", "Hall" are often named after another
# place or a person: Hyderabad House is in New Delhi, Lancaster House in London).
_VENUE_TAIL = _rx.compile(
    r"^(?:International\s+)?(?:Opera\s+House|(?:Convention|Conference|Congress|Exhibition|Expo)\s+"
    r"Cent(?:re|er)|Expo|Stadium|Arena)$"
)
#: "the two countries", "both governments", "the four states": the states just named.
GROUP_OF_STATES = _rx.compile(
    r"\b(?:the\s+(?P<n>two|three|four|five|six|seven|both)|both)\s+"
    r"(?:countries|states|governments|nations|sides|neighbours|neighbors|capitals)\b",
    re.I,
)


def group_size(match: re.Match[str]) -> int:
    """How many states a :data:`GROUP_OF_STATES` match stands for."""
    word = (match.group("n") or "both").lower()
    return 2 if word == "both" else NUMBER_WORDS.get(word, 2)


_OFFICE_MASTHEAD = _rx.compile(
    r"(?:The\s+)?(?:Prime\s+Minister|President|Chancellor|Premier)\s+of\s+(?:the\s+)?"
    r"(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}?)(?:\s+and\s+(?:His|Her)\s+Cabinet)?"
)
_GOVERNMENT_OF = _rx.compile(
    r"\bGovernment[ \t]+of[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)
_ROLE_ORDER = {role: n for n, role in enumerate(Role)}
_LIST_GAP = _rx.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?:the\s+)?", re.I)
_TITLE_BEFORE = _rx.compile(
    r"(?:President|Prime\s+Minister|Premier|Chancellor|King|Emperor|Minister|Secretary|Mr|Mrs|Ms|Dr|leader|"
    r"General|Crown\s+Prince|Sheikh|Chairman|counterpart|,)\.?\s*$"
)
_PLACE = _rx.compile(
    r"\b(?P<prep>(?i:in|at|near|on\s+the\s+(?:[\w-]+\s+){0,2}side\s+of))\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:el|al|ul|ed|ad)-[A-Z][\w'’.-]*|(?:de|del|da|do|dos|das|di|des|du|der|van|von|of|la|le|au|es|el|al|Chi)\b))*)"
)
_POSSESSIVE = _rx.compile(r"^[’']s\b")
_CAPITAL = _rx.compile(r"\s{1,3}capital\b")
_AND_NAME = _rx.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# After a title: "of India", or a name we may not know and then "of Lithuania".
# Terms still running end, for dating a text, on the day the office-holders were last reviewed.
KNOWLEDGE_DATE = date(2026, 12, 1)
# The head of a dateline: "WASHINGTON –", "NEW YORK, 15 June (UN Headquarters) --".
_DATELINE_HEAD = _rx.compile(
    r"^\s*(?:[A-Z][A-Z .'’-]{2,40}[A-Z]\s*,?|(?!(?:On|In|At|By|Since|From|After|Before|During|Last|This|Next)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*,)"
    r"\s*(?:[A-Z][a-z]+\.?\s+\d|\d{1,2}\s+[A-Z]|\(|[–—-])"
)
# ", Nairobi" after a venue's name.
_CITY_AFTER = _rx.compile(r",\s*(?P<city>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")
# Between two names of a list: ", ", " and ", ", and the ".
_LIST_GAP = _rx.compile(r"\s*(?:,|and|&|,\s*and|as\s+well\s+as)?\s*(?:the\s+)?", re.I)
# The place of a dateline: "NEW DELHI, Sept. 11, 2023 —", "TOKYO, May 27 —", "BEIJING (Reuters) -".
_DATELINE_PLACE = _rx.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'’-]{1,40}[A-Z])\s*(?:,|\(|[–—-])\s*(?:[A-Z][a-z]+\.?\s+\d|\d{1,2}\s+[A-Z]|[A-Z][a-z]+\)|[A-Z])"
    # "Nairobi, 12 March 2024 –", "Nairobi, Kenya, March 12, 2024 —": a place in title case
    # before a comma and a full date, then a dash
    r"|^\s*(?P<titled>[A-Z][a-z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|es|el|de|al)){0,3})\s*,\s*"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s*)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\s*(?:\([^)]{1,40}\)\s*)?[–—-]"
)
# A line that opens with a date: " date 2024-02-01 WASHINGTON –", "Published 3 May 2021".
_LEADING_DATE = _rx.compile(
    r"^\W{0,3}(?:(?:date|dated|published|posted|updated)\b[:\s]*)?(?:\d{4}-\d\d-\d\d|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\b",
    re.I,
)
_YEAR = _rx.compile(r"\b(?:19|20)\d\d\b")
_BARE_TITLE = _rx.compile(r"\bthe\s+$", re.I)
# Before a capitalised title with no article ("Earlier today, Prime Minister held …",
# "invited Prime Minister to visit"): the head of the sentence, a mark, or a word in lower
# case that is no determiner.
_NO_DETERMINER = _rx.compile(
    r"(?:^|[^\w\s]\s*|\b(?!(?:a|an|his|her|its|their|our|my|your|this|that|former|then|new|"
    r"next|future|acting|interim|deputy|vice)\s)[a-z]+\s+)$"
)
_TITLE_OF = _rx.compile(
    r"(?:\s+(?:[A-Z][\w'’.?-]*|al|bin|de|da|van|von|ould|ben)){0,5}?\s+of\s+(?:the\s+)?"
)
# Words of times counted from a time told before ("the next day", "a week later").
_CONTEXT_WORDS = _rx.compile(
    r"\b(?:same|next|following|previous|preceding|that)\s+(?:day|week|month|year|night|evening|morning|afternoon)\b"
    r"|\b(?:later|afterwards|earlier)\b",
    re.I,
)
_YEAR_WORDS = _rx.compile(
    r"\b(?:that|(?:the\s+)?same|the\s+(?:following|next|previous|preceding))\s+year\b", re.I
)
# A speaker's label at the head of a paragraph of a transcript: "SECRETARY BLINKEN:".
_SPEAKER_LABEL = _rx.compile(r"^\s*(?P<label>[A-Z][A-Z.'’ -]{2,48}[A-Z])\s*:")
# "Press Conference by Prime Minister Kishida", "Remarks by President Biden".
_BY_SPEAKER = _rx.compile(
    r"\b(?:press\s+conference|remarks|statement|address|speech|interview|message|briefing|"
    r"opening\s+statement|readout)\s+(?:by|of|from|with)\s+(?P<who>[^\n]{3,80})",
    re.I,
)
_WE_THE = _rx.compile(
    r"\bWe,\s+the\s+(?:leaders|heads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?|"
    r"foreign\s+ministers|ministers|members|governments?)\s+of\s+(?:the\s+)?(?P<who>[^,.;:]{2,120})",
    re.I,
)
_SAID_AFTER = _rx.compile(
    r"[”\"]\s*,?\s*(?:the\s+)?(?P<who>[^.;”\"]{3,140}?)\s+(?:said|says|stated|announced|declared|added|wrote|warned|told)\b"
)
_SAID_BEFORE = _rx.compile(
    r"(?P<who>[^.;”\"]{3,140}?)\s+(?:said|says|stated|announced|declared|added|wrote|warned)\s*(?:in\s+a\s+(?:joint\s+)?statement\s*)?[,:]\s*[“\"]"
)
# A speaker's name on a line of its own, with a title or constituency ("Tom Smith (Leeds)
# (Lab)", "The Secretary of State for Defence (Jane Doe)").
_HEADING_NAME = _rx.compile(
    r"(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the|de|da|van|von|al|bin)){0,15}"
    r"(?:\s*\([^()]{1,80}\)){0,3}"
)
_JOINT = _rx.compile(r"\bjoint\s+(?:statement|declaration|communiqu[ée]|press\s+statement)\b", re.I)


@attrs.define
class Actor:
    """A state or group taking part in a sentence: named, or through a person or a title."""

    start: int
    end: int
    code: str
    via: str  # "name", "person" or "title"
    person: PersonRecord | None = None
    role: Role | None = None
    #: Named as a topic or a make ("the Ukraine crisis", "American-made"), not as a party.
    topic: bool = False

    @property
    def leader(self) -> bool:
        return self.role in LEADER_ROLES

    @property
    def minister(self) -> bool:
        return self.role in MINISTER_ROLES


@attrs.define
class Clause:
    start: int
    end: int


def _titled_roles(before: str, after: str = "") -> set[Role]:
    """The offices a title right before a name ("Foreign Minister", "President") or right
    after it (", the Foreign Secretary") names."""
    minister_titles = lexicon.pattern("MINISTER_TITLE")
    leader_titles = lexicon.pattern("LEADER_TITLE")
    roles: dict[str, str] = lexicon.entries("TITLE_ROLE").get("roles", {})
    near = [m for m in minister_titles.finditer(before) if before[m.end() :].strip(" ,.") == ""]
    near += [
        m for m in minister_titles.finditer(after) if after[: m.start()].strip(" ,") in ("", "the")
    ]
    wanted: set[Role] = set()
    for match in near:
        words = match.group().lower()
        wanted.add(
            Role.DEFENCE_MINISTER if "defen" in words or "war" in words else Role.FOREIGN_MINISTER
        )
    for match in leader_titles.finditer(before):
        if before[match.end() :].strip(" ,.") == "":
            role = roles.get(" ".join(match.group().lower().split()).rstrip("s"))
            if role:
                wanted.add(Role(role))
    return wanted


class Document:
    """What the detectors read: one per article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.sentences: list[Sentence] = sentences(self.text, article.paragraphs)
        self.source = article.source
        self.published = article.published
        names = gazetteer()
        self._mentions: dict[int, list[Mention]] = defaultdict(list)
        for sent in self.sentences:
            for mention in names.mentions(sent.text):
                self._mentions[sent.index].append(
                    Mention(
                        sent.start + mention.start,
                        sent.start + mention.end,
                        mention.surface,
                        mention.entries,
                    )
                )
        self._times: dict[int, list[TimeExpr]] = {}
        self._matches: dict[tuple[str, int], list[re.Match[str]]] = {}
        self._lowered: dict[int, str | None] = {}
        self._clauses: dict[int, list[Clause]] = {}
        self._home: str | None = None
        self._label_at: dict[int, re.Match[str] | None] = {}
        self._dateline_place: tuple[tuple[Place, bool] | None] | None = None
        self.anchor: date | None = self.published
        self.anchor_is_publication = self.published is not None
        self._terms: DateSpan | bool | None = None
        self._has_sanctions: bool | None = None
        self._actors: dict[tuple[object, ...], tuple[Actor, ...]] = {}
        self._speakers: list[str] | None = None
        self._head_council: str | None = None
        self._block_starts: list[int] | None = None
        self._heading: dict[int, str | None] | None = None
        self.people_seen: dict[str, PersonRecord] = {}
        for sent in self.sentences:
            for mention in self._mentions[sent.index]:
                for name in mention.of("person"):
                    record = people.records().get(name)
                    if record is not None:
                        self.people_seen.setdefault(fold(record.surname()), record)
        self._common_surnames()
        if self.anchor is None:
            line = self._date_line()
            if line is not None:
                self.anchor, self.anchor_is_publication = line, True
        if self.anchor is None:
            self.anchor = self._inferred_anchor()

    def _common_surnames(self) -> None:
        """ "Boris Johnson arrived in Kyiv. Johnson then met Zelensky": a surname the gazetteer
        leaves out as a common word or name (Johnson, Moon, Costa) names the person the
        text named in full, where it is written with its capital (not at the head of a
        sentence when it is also an English word: "Key to the talks was …")."""
        wanted: dict[str, PersonRecord] = {}
        for record in self.people_seen.values():
            surname = record.surname()
            low = surname.lower()
            if low in _gaz.COMMON_WORDS and low not in _gaz.NEVER_SURNAMES:
                wanted.setdefault(surname, record)
        if not wanted:
            return
        pattern = re.compile(
            r"\b(?:" + "|".join(map(re.escape, sorted(wanted))) + r")\b(?![-'’]\w)"
        )
        for sent in self.sentences:
            found = self._mentions[sent.index]
            added = False
            for match in pattern.finditer(sent.text):
                start, end = sent.start + match.start(), sent.start + match.end()
                if any(m.start < end and start < m.end for m in found):
                    continue  # part of a name already found ("Costa Rica", "Boris Johnson")
                word = match.group()
                if match.start() == 0 and word.lower() not in _gaz.NAME_WORDS:
                    continue
                entry = _gaz.Entry("surname", wanted[word].name, False)
                found.append(Mention(start, end, word, (entry,)))
                added = True
            if added:
                found.sort(key=lambda m: m.start)

    # -- time -------------------------------------------------------------------------
    def dateline_place(self) -> tuple[Place, bool] | None:
        """The place of the dateline at the head of the text ("NEW DELHI, Sept. 11, 2023 —"):
        where "here" of the report is; None without one."""
        if self._dateline_place is None:
            found: tuple[Place, bool] | None = None
            lines = [
                line.strip() for block in self.article.blocks[:8] for line in block.text.split("\n")
            ]
            for line in [line for line in lines if line][:14]:
                head = _DATELINE_PLACE.match(line)
                if head is not None:
                    name = (head.group("place") or head.group("titled")).strip().title()
                    found = _place(name, whole=True)
                    if found is not None:
                        break
            self._dateline_place = (found,)
        return self._dateline_place[0]

    def _date_line(self) -> date | None:
        """A date line at the head of the text ("May 24, 2022", "FOR IMMEDIATE RELEASE |
        Friday, October 7, 2022", "TOKYO, May 27 —" with a year near it): the date the text
        was published on (codebook §4), when the layout did not read one."""
        lines = [
            line.strip() for block in self.article.blocks[:8] for line in block.text.split("\n")
        ]
        for line in [line for line in lines if line][:14]:
            head = _DATELINE_HEAD.match(line) or _LEADING_DATE.match(line)
            if len(line) > 200 and not head:
                break  # the prose has begun
            line = line[:120]
            times = find_times(line, 0, None)
            days = [
                t
                for t in times
                if t.span is not None and t.span.precision is Precision.DAY and t.explicit_year
            ]
            if len(days) >= 2:
                continue  # "Date: 5 June 2017 – 5 January 2021": the span of what it tells
            for time in times:
                span = time.span
                if span is None or span.precision is not Precision.DAY or not time.explicit_year:
                    continue
                rest = (line[: time.start] + line[time.end :]).strip(" |,-–—:[]()")
                words = re.findall(r"[A-Za-z]{3,}", rest)
                if len(words) <= 4 or "|" in line or line.startswith("[") or head:
                    return span.start
        return None

    def _inferred_anchor(self) -> date | None:
        """With no publication date, the time the text is written in: the latest date it
        states with its year (outside sentences about the future), kept within the terms of
        the office-holders it names with their titles; or the middle of those terms."""
        latest: date | None = None
        latest_year: date | None = None
        for sent in self.sentences:
            if not _YEAR.search(sent.text):
                continue
            future = tense_of(sent.text) is Tense.FUTURE
            for time in find_times(sent.text, sent.start, None):
                span = time.span
                if not time.explicit_year or span is None or time.role is TimeRole.UNTIL:
                    continue
                if span.precision in (Precision.DAY, Precision.MONTH):
                    if not future and (latest is None or span.start > latest):
                        latest = span.start
                elif latest_year is None or span.start.year > latest_year.year:
                    latest_year = date(span.start.year, 7, 1)
        latest = latest or latest_year
        terms = self.tenure_span()
        if terms is None:
            return latest
        if latest is not None and terms.start <= latest <= terms.end:
            return latest
        return terms.start + (terms.end - terms.start) / 2

    def tenure_span(self) -> DateSpan | None:
        """When all the office-holders the text names with their titles ("Secretary of State
        Michael R. Pompeo", "Liz Truss, the Foreign Secretary") held those offices at once."""
        if isinstance(self._terms, DateSpan):
            return self._terms
        if self._terms is False:
            return None
        start, end = date.min, date.max
        seen = False
        for sent in self.sentences:
            for mention in self.mentions(sent):
                names = mention.of("person") or mention.of("surname")
                if len(set(names)) != 1:
                    continue
                record = people.records().get(names[0])
                if record is None:
                    continue
                before = self.text[max(sent.start, mention.start - 45) : mention.start]
                after = self.text[mention.end : min(sent.end, mention.end + 45)]
                if re.search(r"\b(?:former|then|ex-|late|previous|predecessor)\b", before, re.I):
                    continue
                wanted = _titled_roles(before, after)
                terms = [t for t in record.tenures if t.role in wanted]
                if len(terms) != 1:
                    continue
                term = terms[0]
                start = max(start, term.start)
                end = min(end, term.end or date.max)
                seen = True
        if not seen or start > end:
            self._terms = False
            return None
        last = KNOWLEDGE_DATE if end == date.max else end - timedelta(days=1)
        if last < start:
            self._terms = False
            return None
        self._terms = DateSpan(start=start, end=last, precision=Precision.DAY)
        return self._terms

    def set_anchor(self, day: date) -> None:
        """Anchor relative expressions on a date found another way (a summit calendar)."""
        if self.anchor is None:
            self.anchor = day
            self._times.clear()

    # -- who "we" and "I" are ---------------------------------------------------------------
    @property
    def has_sanctions(self) -> bool:
        """Whether any sentence names a restrictive measure (licences then count as relief)."""
        if self._has_sanctions is None:
            names = ("MEASURE_GENERIC", "MEASURE_TRADE", "MEASURE_FINANCIAL", "MEASURE_UN")
            self._has_sanctions = any(
                lexicon.pattern(name).search(self.text) for name in names
            ) or bool(re.search(r"\bgeneral\s+licen[cs]e", self.text, re.I))
        return self._has_sanctions

    def _codes_in(self, text: str, on: date | None = None) -> list[str]:
        """The states and groups a stretch of text names (people through their office)."""
        out: list[str] = []
        for mention in gazetteer().mentions(text):
            names = mention.of("person")
            record = people.records().get(names[0]) if names else None
            if record is None:
                surnames = mention.of("surname")
                if len(surnames) == 1:
                    record = people.records().get(surnames[0])
            if record is not None:
                code = self.role_on(record, on)[0]
            else:
                codes = mention.of("country")
                if not codes:
                    continue
                code = codes[0]
            if code not in out:
                out.append(code)
        return out

    def _article_speakers(self) -> list[str]:
        if self._speakers is None:
            found: list[str] = []
            heads = [self.article.title or ""]
            heads += [b.text for b in self.article.blocks[:3]]
            for head in heads:
                we_match = _WE_THE.search(head)
                by = _BY_SPEAKER.search(head)
                if by:
                    found = self._codes_in(by.group("who"))[:1]
                elif _JOINT.search(head):
                    found = [c for c in self._codes_in(head) if is_actor(c)][:4]
                elif we_match:
                    found = self._codes_in(we_match.group("who"))
                if found:
                    break
            if not found:
                for sent in self.sentences[:40]:
                    we_match = _WE_THE.search(sent.text)
                    if we_match:
                        found = self._codes_in(we_match.group("who"))
                        break
            if not found:
                # "Prime Minister of Australia" as a leader's site masthead: "I" is its holder
                for line in self.text.splitlines()[:12]:
                    office = _OFFICE_MASTHEAD.fullmatch(line.strip())
                    code = knowledge.country(office.group("country")) if office else None
                    if code is not None and is_state(code):
                        found = [code]
                        break
            self._speakers = found
        return self._speakers

    def _label_of(self, sent: Sentence) -> re.Match[str] | None:
        """The speaker label heading the paragraph of a sentence, found once per paragraph."""
        if sent.index not in self._label_at:
            found = None
            blocks = self.article.blocks
            if self._block_starts is None:
                self._block_starts = [block.start for block in blocks]
            # the block that holds the sentence: the last that starts at or before it
            at = bisect.bisect_right(self._block_starts, sent.start) - 1
            for block in blocks[max(0, at - 1) : at + 1]:
                if block.start <= sent.start < max(block.end, block.start + 1):
                    found = _SPEAKER_LABEL.match(block.text)
                    break
            self._label_at[sent.index] = found
        return self._label_at[sent.index]

    def speaker_label(self, sent: Sentence) -> str | None:
        """The state of the speaker whose label heads the paragraph ("SECRETARY BLINKEN:")."""
        match = self._label_of(sent)
        if match and match.group("label").upper() not in ("Q", "A", "NOTE"):
            codes = self._codes_in(match.group("label").title(), self.anchor)
            return codes[0] if codes else None
        return None

    def speaker_person(self, sent: Sentence) -> tuple[str, Role | None] | None:
        """The state and office of the speaker whose label heads the paragraph, if a
        person we know ("SECRETARY BLINKEN:" is the US foreign minister)."""
        match = self._label_of(sent)
        if not match:
            return None
        for mention in gazetteer().mentions(match.group("label").title()):
            record = self._resolve_person(mention, self.anchor)
            if record is not None:
                return self.role_on(record, self.anchor)
        return None

    def we(self, sent: Sentence) -> list[str]:
        """The states or groups "we" and "I" stand for in a sentence: the speaker of a
        transcript's paragraph, the speaker of a press conference or statement, or the
        signatories of a joint statement ("We, the Leaders of the G7")."""
        label = self.speaker_label(sent)
        if label:
            return [label]
        heading = self.heading_speaker(sent)
        if heading:
            return [heading]
        quoted = self._quote_speaker(sent)
        if quoted:
            return quoted
        return list(self._article_speakers())

    def heading_speaker(self, sent: Sentence) -> str | None:
        """The state of the speaker whose name heads the paragraphs of a sentence in a
        transcript laid out as a name on its own line, then the speech ("Dominic Raab" /
        "The Secretary of State … (Dominic Raab)"): at least two such names of people we
        know make the text a transcript."""
        if self._heading is None:
            self._heading = {}  # (what the headings' own actors ask meanwhile finds none)
            blocks: dict[int, list[Sentence]] = {}
            for each in self.sentences:
                blocks.setdefault(each.block, []).append(each)
            found: dict[int, str | None] = {}
            current: str | None = None
            known = 0
            for block in sorted(blocks):
                told = blocks[block]
                line = told[0].text.strip()
                if len(told) == 1 and len(line.split()) <= 16 and _HEADING_NAME.fullmatch(line):
                    people_here = {a.code for a in self.actors(told[0]) if a.via == "person"}
                    current = next(iter(people_here)) if len(people_here) == 1 else None
                    known += current is not None
                    continue
                found[block] = current
            self._heading = found if known >= 2 else {}
        return self._heading.get(sent.block)

    def _quote_speaker(self, sent: Sentence) -> list[str]:
        """Who says a quotation: ' "We will …," the leaders of X and Y said'."""
        for text in (sent.text, *(s.text for s in self.sentences[sent.index + 1 : sent.index + 2])):
            match = _SAID_AFTER.search(text) or _SAID_BEFORE.search(text)
            if match:
                codes = [c for c in self._codes_in(match.group("who"), self.anchor) if is_actor(c)]
                if codes:
                    return codes
        return []

    def recent_states(self, sent: Sentence, before: int, count: int) -> list[str]:
        """The last ``count`` states named before ``before`` ("the two countries"); for
        three or more, the last list of that many states ("four states – Saudi Arabia, the
        United Arab Emirates, Bahrain and Egypt –" for "the four states")."""
        if count >= 3:
            # (a bounded look back: a text full of "the four states" stays linear)
            for previous in reversed(self.sentences[max(0, sent.index - 30) : sent.index + 1]):
                listed = self._state_lists(previous, before)
                exact = [codes for codes in listed if len(codes) == count]
                if exact:
                    return exact[-1]
        found: list[str] = []
        for previous in reversed(self.sentences[max(0, sent.index - 3) : sent.index + 1]):
            for actor in reversed(self.actors(previous)):
                if actor.start >= before or actor.topic or not is_state(actor.code):
                    continue
                if actor.code not in found:
                    found.append(actor.code)
                if len(found) == count:
                    return found
        return found

    def _state_lists(self, sent: Sentence, before: int) -> list[list[str]]:
        """The states named as one list in a sentence ("A, B, C and D"), in order."""
        out: list[list[str]] = []
        chain: list[Actor] = []
        for actor in self.actors(sent):
            if actor.start >= before or actor.topic or not is_state(actor.code):
                continue
            if chain and _LIST_GAP.fullmatch(self.text[chain[-1].end : actor.start]):
                chain.append(actor)
                continue
            if len(chain) >= 2:
                out.append(list(dict.fromkeys(a.code for a in chain)))
            chain = [actor]
        if len(chain) >= 2:
            out.append(list(dict.fromkeys(a.code for a in chain)))
        return out

    def last_person(self, sent: Sentence) -> str | None:
        """The state of the person named last before or in this sentence ("he", "she")."""
        for previous in reversed(self.sentences[max(0, sent.index - 2) : sent.index + 1]):
            people_here = [a for a in self.actors(previous) if a.via == "person"]
            if previous is sent:
                people_here = [a for a in people_here if a.start < sent.start + 3]
            if people_here:
                return people_here[-1].code
        return None

    def matches(self, pattern: re.Pattern[str], sent: Sentence) -> list[re.Match[str]]:
        """``pattern.finditer(sent.text)``, run once per sentence however often asked."""
        key = (pattern.pattern, sent.index)
        found = self._matches.get(key)
        if found is None:
            if sent.index in self._lowered:
                low = self._lowered[sent.index]
            else:
                low = self._lowered[sent.index] = _gate.lowered(sent.text)
            words = lexicon.alternation(pattern)
            if words is not None:
                # a word list: only the words the sentence can hold are scanned for
                chosen = words.for_text(sent.text, low)
                found = list(chosen.finditer(sent.text)) if chosen is not None else []
            elif _gate.can_match(pattern, sent.text, low):
                found = list(pattern.finditer(sent.text))
            else:
                found = []  # none of the strings every match holds is in the sentence
            self._matches[key] = found
        return found

    def times(self, sent: Sentence) -> list[TimeExpr]:
        """The time expressions of a sentence, found when first asked for (most never are).

        "The next day" and "a week later" count from the last day or month told in
        the two sentences before, when the sentence itself tells none before them.
        """
        found = self._times.get(sent.index)
        if found is None:
            found = find_times(
                sent.text,
                sent.start,
                self.anchor,
                strict=self.anchor_is_publication,
                context=self._context(sent) if _CONTEXT_WORDS.search(sent.text) else None,
                year_context=self._year_told(sent) if _YEAR_WORDS.search(sent.text) else None,
            )
            self._times[sent.index] = found
        return found

    def _context(self, sent: Sentence) -> DateSpan | None:
        for previous in reversed(self.sentences[max(0, sent.index - 2) : sent.index]):
            if previous.block != sent.block and previous.index != sent.index - 1:
                break
            told = [
                t.span
                for t in self.times(previous)
                if t.span is not None
                and t.role is not TimeRole.UNTIL
                and t.span.precision in (Precision.DAY, Precision.MONTH)
            ]
            if told:
                return told[-1]
        return None

    def _year_told(self, sent: Sentence) -> int | None:
        """The year of the time told last in the two sentences before, of any precision
        ("in 2022. … in December that year")."""
        for previous in reversed(self.sentences[max(0, sent.index - 2) : sent.index]):
            if previous.block != sent.block and previous.index != sent.index - 1:
                break
            told = [t.span for t in self.times(previous) if t.span and t.role is TimeRole.AT]
            if told:
                return told[-1].start.year
        return None

    # -- clauses --------------------------------------------------------------------------
    def clauses(self, sent: Sentence) -> list[Clause]:
        found = self._clauses.get(sent.index)
        if found is None:
            found = self._clauses[sent.index] = self._split_clauses(sent)
        return found

    def _split_clauses(self, sent: Sentence) -> list[Clause]:
        out: list[Clause] = []
        start = seen = depth = 0
        for match in _CLAUSE.finditer(sent.text):
            stretch = sent.text[seen : match.start()]
            depth = max(0, depth + stretch.count("(") - stretch.count(")"))
            seen = match.start()
            if depth:
                continue  # "(South Korea: …)": a break inside parentheses ends no clause
            if match.group().startswith(",") and self._apposition_before(sent.text, start, match):
                continue  # "Irfaan Ali, President of Guyana, and Nicolás Maduro met": one subject
            out.append(Clause(sent.start + start, sent.start + match.start()))
            start = match.end()
        out.append(Clause(sent.start + start, sent.end))
        return out

    @staticmethod
    def _apposition_before(text: str, start: int, match: re.Match[str]) -> bool:
        """Whether ", and" closes a title set off after a name ("Irfaan Ali, President of
        Guyana, and …"), which makes the names one coordinated subject, not two clauses."""
        comma = text.rfind(",", start, match.start())
        if comma == -1 or not text.startswith(", and ", match.start()):
            return False
        stretch = text[comma + 1 : match.start()]
        at = comma + 1 + len(stretch) - len(stretch.lstrip())
        if text[at : at + 4].lower() == "the ":
            at += 4
        return lexicon.pattern("LEADER_TITLE").match(text, at) is not None

    def clause_of(self, sent: Sentence, offset: int) -> Clause:
        for clause in self.clauses(sent):
            if clause.start <= offset < max(clause.end, clause.start + 1):
                return clause
        return Clause(sent.start, sent.end)

    # -- names and actors ---------------------------------------------------------------------
    def mentions(self, sent: Sentence) -> list[Mention]:
        return self._mentions[sent.index]

    def _resolve_person(self, mention: Mention, on: date | None) -> PersonRecord | None:
        names = mention.of("person")
        records = [people.records()[n] for n in names if n in people.records()]
        if len(records) > 1 and on is not None:
            records = [r for r in records if r.tenure_on(on)] or records
        if records:
            if self._someone_elses_first_name(mention, records[0]):
                return None
            return records[0]
        surnames = mention.of("surname")
        if not surnames:
            return None
        before = self.text[max(0, mention.start - 30) : mention.start]
        # (a word on the same line: a heading above the sentence is no first name)
        word_before = re.search(r"([A-Z][\w'’-]+)[^\S\n]+$", before)
        if word_before and not _TITLE_BEFORE.search(before):
            return None  # part of another person's full name ("James Brown")
        word_after = re.match(r"[^\S\n]+([A-Z][\w'’-]+)", self.text[mention.end : mention.end + 30])
        if word_after and not lexicon.pattern("ORGAN").fullmatch(word_after.group(1)):
            return None  # the first name of someone we do not know ("Mohamed Ould Ghazouani")
        seen = self.people_seen.get(fold(mention.surface))
        if seen is not None:
            return seen
        if mention.of("country") and not _TITLE_BEFORE.search(before):
            return None  # "from Muscat": the city, unless Joseph Muscat was named in full
        candidates = [people.records()[n] for n in surnames if n in people.records()]
        if on is not None:
            candidates = [r for r in candidates if r.tenure_on(on)]
        if len(candidates) > 1:
            # "Foreign Minister Wong": of the people of that name, the one of that office
            # (on the text's day, when it tells one)
            wanted = _titled_roles(before)
            day = on or self.anchor
            titled = [
                r
                for r in candidates
                if any(
                    t.role in wanted
                    and (day is None or (t.start <= day and (t.end is None or t.end > day)))
                    for t in r.tenures
                )
            ]
            if len(titled) == 1:
                return titled[0]
        return candidates[0] if len(candidates) == 1 else None

    def _someone_elses_first_name(self, mention: Mention, record: PersonRecord) -> bool:
        """ "Anwar Sadat": the first name by which one leader is known (Anwar Ibrahim),
        followed on its line by a name that is not the rest of his, is someone else's."""
        words = record.name.split()
        if len(words) < 2 or " " in mention.surface or fold(mention.surface) != fold(words[0]):
            return False
        after = re.match(r"[^\S\n]+([A-Z][\w'’-]+)", self.text[mention.end : mention.end + 30])
        if after is None or fold(after.group(1)) in {fold(w) for w in words}:
            return False
        if lexicon.pattern("ORGAN").fullmatch(after.group(1)):
            return False  # "Anwar Government"
        # (the line around it, as far as a few hundred characters each way)
        lo, hi = max(0, mention.start - _LINE_REACH), min(len(self.text), mention.end + _LINE_REACH)
        line_start = max(lo, self.text.rfind("\n", lo, mention.start) + 1)
        line_end = self.text.find("\n", mention.end, hi)
        line = self.text[line_start : line_end if line_end != -1 else hi].split()
        # (a headline in title case capitalises every word but the small ones: "Anwar Meets
        # Modi in Delhi")
        return any(w[:1].islower() and w.lower() not in _SMALL_WORDS for w in line)

    def role_on(self, record: PersonRecord, on: date | DateSpan | None) -> tuple[str, Role | None]:
        """The country and role of a person on a date or during a span (or around the anchor)."""
        if isinstance(on, DateSpan):
            held = [
                t
                for t in record.tenures
                if t.start <= on.end and (t.end is None or t.end > on.start)
            ]
            if held:
                best = min(held, key=lambda t: (not (t.start <= on.start), _ROLE_ORDER[t.role]))
                return best.country, best.role
            return record.home, None
        day = on or self.anchor
        if day is not None:
            tenure = record.tenure_on(day)
            if tenure is not None:
                return tenure.country, tenure.role
            return record.home, None
        leader = [t for t in record.tenures if t.role in LEADER_ROLES]
        chosen = leader[-1] if leader else record.latest()
        return chosen.country, chosen.role

    def actors(
        self,
        sent: Sentence,
        on: date | DateSpan | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> list[Actor]:
        """States and groups named in a sentence (or a part of it), through names, people or titles."""
        key = (sent.index, on, start, end)
        cached = self._actors.get(key)
        if cached is not None:
            return list(cached)
        lo = sent.start if start is None else start
        hi = sent.end if end is None else end
        out: list[Actor] = []
        for mention in self.mentions(sent):
            if mention.start < lo or mention.end > hi:
                continue
            record = self._resolve_person(mention, on.start if isinstance(on, DateSpan) else on)
            if record is not None:
                code, role = self.role_on(record, on)
                out.append(Actor(mention.start, mention.end, code, "person", record, role))
                continue
            for code in dict.fromkeys(mention.of("country")):
                topic = bool(
                    lexicon.search("TOPIC_AFTER", self.text[mention.end : mention.end + 20])
                )
                out.append(Actor(mention.start, mention.end, code, "name", topic=topic))
                break
            for members in mention.of("group")[:1]:
                # "the five Caspian states", "the Baltic states": each member takes part
                out.extend(
                    Actor(mention.start, mention.end, code, "name") for code in members.split("|")
                )
        out.extend(self._titles(sent, on, lo, hi, out))
        out.extend(self._organisation_anaphors(sent, lo, hi, out))
        out.extend(self._home_government(sent, lo, hi, out))
        out.sort(key=lambda a: a.start)
        self._actors[key] = tuple(out)
        return out

    def _organisation_anaphors(
        self, sent: Sentence, lo: int, hi: int, named: list[Actor]
    ) -> list[Actor]:
        """ "the Community", "the bloc", "the Alliance": the organisation named last, in this
        sentence or the few before it."""
        out: list[Actor] = []
        for match in self.matches(lexicon.pattern("ORGANISATION_ANAPHOR"), sent):
            start, end = sent.start + match.start(), sent.start + match.end()
            if start < lo or end > hi or any(a.start <= start < a.end for a in named):
                continue
            if _POSSESSIVE.match(self.text[end : end + 3]):
                continue  # "the bloc's airspace": its things, not the bloc acting
            word = match.group().split()[-1]
            # "the Council" after "the Security Council" or "the Council of the EU": the
            # council told last, the UN's among them
            # (a release of the Council of the EU names it once, at its head)
            whole = len(self.sentences)
            code = (
                self.last_organisation(sent, start, named="Council", back=whole)
                if word == "Council"
                else None
            ) or self.last_organisation(sent, start)
            if code is None and word == "Council":
                code = self._council_at_head()
            if code is not None:
                out.append(Actor(start, end, code, "name"))
        return out

    def _council_at_head(self) -> str | None:
        """The council a page names above its text, as its masthead ("Council of the EU"
        over a press release that then says only "the Council")."""
        if self._head_council is None:
            from dipevents.models._codes import is_state

            head = self.text[: self.sentences[0].start] if self.sentences else ""
            found = ""
            for line in head.splitlines():
                if "Council" not in line:
                    continue
                codes = [
                    code
                    for m in gazetteer().mentions(line)
                    for code in m.of("country")[:1]
                    if not is_state(code)
                ]
                if len(set(codes)) == 1:
                    found = codes[0]
                    break
            self._head_council = found
        return self._head_council or None

    def _home_government(self, sent: Sentence, lo: int, hi: int, named: list[Actor]) -> list[Actor]:
        """ "the Government will impose a surtax": in a text that names the "Government of
        Canada" (a government's own release), the Government is that state's."""
        out: list[Actor] = []
        for match in self.matches(lexicon.pattern("HOME_GOVERNMENT"), sent):
            start, end = sent.start + match.start(), sent.start + match.end()
            if start < lo or end > hi or any(a.start <= start < a.end for a in named):
                continue
            # In a transcript, the speaker's Government ("the Government have decided")
            code = self._home_state() or self.heading_speaker(sent)
            if code is not None:
                out.append(Actor(start, end, code, "name"))
        return out

    def _home_state(self) -> str | None:
        if self._home is None:
            found = ""
            for match in _GOVERNMENT_OF.finditer(self.text):
                words = match.group("name").split()
                # "Government of New Zealand Following …": the longest run that is a state
                codes = (knowledge.country(" ".join(words[:n])) for n in range(len(words), 0, -1))
                code = next((c for c in codes if c is not None and is_state(c)), None)
                if code is not None:
                    found = code
                    break
            self._home = found
        return self._home or None

    def _inside_longer_name(self, mention: Mention) -> bool:
        """A name the gazetteer knows as the end of a longer one it does not ("the National
        Security Council", "Russia's Supreme Council"): a capitalised word right before."""
        word = _WORD_BEFORE.search(self.text, max(0, mention.start - 30), mention.start)
        return word is not None and word.group(1) not in ("The", "A", "An")

    def last_organisation(
        self, sent: Sentence, before: int, named: str | None = None, back: int = 8
    ) -> str | None:
        """The organisation named last before ``before``, in this sentence or the ``back``
        before it; with ``named``, the last whose name holds that word (any organisation)."""
        from dipevents.models._codes import is_state

        for index in range(sent.index, max(-1, sent.index - back), -1):
            found = [
                (m.start, code)
                for m in self.mentions(self.sentences[index])
                if m.start < before
                and (named is None or (named in m.surface and not self._inside_longer_name(m)))
                for code in m.of("country")[:1]
                if not is_state(code) and (named is not None or code not in _NOT_ORGANISATIONS)
            ]
            if found:
                return max(found)[1]
        return None

    def _titles(
        self, sent: Sentence, on: date | DateSpan | None, lo: int, hi: int, named: list[Actor]
    ) -> list[Actor]:
        """Leaders named by title: "the Russian president", "Prime Minister of Japan",
        "President Gitanas Nausėda of Lithuania" (a name we do not know), "Mauritanian
        President Mohamed Ould Ghazouani"; the person is looked up on the day when known."""
        out: list[Actor] = []
        day = (on.start if isinstance(on, DateSpan) else on) or self.anchor
        table = lexicon.entries("TITLE_ROLE")
        roles: dict[str, str] = table.get("roles", {})
        by_country: dict[str, dict[str, str]] = table.get("by_country", {})
        must_match = set(table.get("must_match", []))
        for match in self.matches(lexicon.pattern("LEADER_TITLE"), sent):
            start, end = sent.start + match.start(), sent.start + match.end()
            if start < lo or end > hi:
                continue
            after = self.text[end : end + 80]
            if any(a.via == "person" and 0 <= a.start - end <= 2 for a in named):
                continue  # "President Vladimir Putin": the person is already there
            country = None
            for actor in named:
                if actor.via != "name" or actor.topic:
                    continue
                if 0 <= start - actor.end <= 3 and self.text[actor.end : start].strip() in (
                    "",
                    "'s",
                    "’s",
                ):
                    country = actor.code  # "the Chinese president", "Singaporean Prime Minister"
                of = _TITLE_OF.match(after)
                if of and actor.start == end + of.end():
                    country = (
                        actor.code
                    )  # "Prime Minister of India", "President Nausėda of Lithuania"
            title = " ".join(match.group().lower().split())
            if country is None and not (_TITLE_OF.match(after) or re.match(r"\s+[A-Z]", after)):
                if _BARE_TITLE.search(self.text[max(lo, start - 5) : start]):
                    # "the Prime Minister", told after "Prime Minister Kishida": the same
                    # person's state
                    country = self._last_titled(sent, start, title)
                elif match.group()[0].isupper() and _NO_DETERMINER.search(
                    self.text[max(sent.start, start - 14) : start]
                ):
                    # "Prime Minister held a bilateral meeting with …": a ministry's release
                    # calls its own leader by the bare title, named first in full
                    country = self._last_titled(sent, start, title, back=40, first=True)
            if country is None or not is_state(country):
                continue
            title = title[:-1] if title.endswith("s") and title[:-1] in roles else title
            role_name = by_country.get(country, {}).get(title) or roles.get(title)
            if title in table.get("counterpart", []):
                # "Putin hosted his Chinese counterpart": the office of the leader before it
                before = [a.role for a in named if a.end <= start and a.leader]
                role_name = before[-1].value if before and before[-1] is not None else None
            if role_name is None:
                continue
            role = Role(role_name)
            record = None
            if day is not None:
                found = knowledge.holder(country, role, day)
                if found is not None:
                    record = people.records().get(found.name)
                    term = record.tenure_on(day) if record is not None else None
                    if title in must_match and title not in (term.title.lower() if term else ""):
                        continue
                elif title in must_match:
                    continue
            elif title in must_match:
                continue
            out.append(Actor(start, end, country, "title", record, role))
        return out

    def _last_titled(
        self, sent: Sentence, before: int, title: str, back: int = 6, first: bool = False
    ) -> str | None:
        """The state of the leader last named with this title ("Prime Minister Kishida"), in
        this sentence or the ``back`` before it (``first``: the one named first there)."""
        wanted = _titled_before(title, lexicon.pattern("HONORIFIC").pattern)
        told = self.sentences[max(0, sent.index - back) : sent.index + 1]
        for previous in told if first else reversed(told):
            found = self.mentions(previous)
            for mention in found if first else reversed(found):
                if mention.start >= before or not (mention.of("person") or mention.of("surname")):
                    continue
                if not wanted.search(self.text[max(0, mention.start - 40) : mention.start]):
                    continue
                record = self._resolve_person(mention, self.anchor)
                if record is not None:
                    code, role = self.role_on(record, self.anchor)
                    if role in LEADER_ROLES:
                        return code
        return None

    def leaders_of_list(self, sent: Sentence) -> list[Actor]:
        """States in "the leaders of X and Y", "the presidents of Russia and France"."""
        out: list[Actor] = []
        for match in re.finditer(
            r"\b(?:leaders?|presidents|heads\s+of\s+state|prime\s+ministers)\s+of\s+(?:the\s+)?(?:both\s+countries|[^.;]{0,80})",
            sent.text,
            re.I,
        ):
            lo, hi = sent.start + match.start(), sent.start + match.end()
            last = -1
            for actor in self.actors(sent, start=lo, end=hi):
                if actor.via != "name":
                    continue
                gap = self.text[last : actor.start] if last >= 0 else ""
                if last >= 0 and not _LIST_GAP.fullmatch(gap):
                    break  # the list has ended ("… of Russia and the United States met in Helsinki")
                last = actor.end
                if actor.code not in {a.code for a in out}:
                    out.append(
                        Actor(actor.start, actor.end, actor.code, "title", None, Role.HEAD_OF_STATE)
                    )
        return out

    # -- places -------------------------------------------------------------------------------
    def places(
        self,
        sent: Sentence,
        lo: int | None = None,
        hi: int | None = None,
        prefer: set[str] | None = None,
    ) -> list[tuple[int, Place, bool]]:
        """Places after in/at/to in a sentence: (offset, place, is_city), in order.

        A capitalised run after the preposition is tried whole as a city (GeoNames), a
        country or a seat of government; a shorter prefix only as a country or a seat
        ("the Élysée Palace"), never as a small town of the same name.
        """
        out: list[tuple[int, Place, bool]] = []
        for match in _PLACE.finditer(sent.text):
            start = sent.start + match.start("place")
            if (lo is not None and start < lo) or (hi is not None and start > hi):
                continue
            after = self.text[sent.start + match.end("place") : sent.start + match.end("place") + 3]
            if _POSSESSIVE.match(after):
                continue
            words = match.group("place").rstrip(".,").split()
            whole = _whole_state(" ".join(words), sent.text, match.end("place"))
            if whole is not None:
                out.append((start, whole, False))
                continue
            for size in range(len(words), 0, -1):
                name = " ".join(words[:size]).rstrip(".,’'")
                if not name or fold(name) in _NOT_PLACES:
                    continue
                # "the Sydney Opera House", "the Jakarta Convention Center": a venue named
                # after its city is in that city
                venue = size < len(words) and bool(_VENUE_TAIL.search(" ".join(words[size:])))
                found = _place(name, whole=size == len(words) or venue, prefer=prefer)
                code = found[0].country if found is not None and not found[1] else None
                if code and size == len(words) and _CAPITAL.match(sent.text, match.end("place")):
                    # "in the Kazakh capital": that state's capital city
                    capital = capital_of(code)
                    if capital is not None:
                        found = Place(name=capital, country=code), True
                if found is not None:
                    out.append((start, found[0], found[1]))
                    break
            else:
                # "at State House, Nairobi": a hall we do not know, then its city
                city = _CITY_AFTER.match(sent.text, match.end("place"))
                if city is not None:
                    whole = _whole_state(city.group("city"), sent.text, city.end("city"))
                    found = (
                        (whole, False)
                        if whole is not None
                        else _place(city.group("city"), whole=True, prefer=prefer)
                    )
                    if found is not None:
                        out.append((sent.start + city.start("city"), found[0], found[1]))
        return out


@cache
def _titled_before(title: str, honorifics: str) -> re.Pattern[str]:
    """The title right before a name, forms of address between ("Prime Minister Shri")."""
    del honorifics  # (the list as compiled: new words, a new pattern)
    return _rx.compile(
        r"\b"
        + re.escape(title).replace("\\ ", r"\s+")
        + r"\s+(?:"
        + lexicon.fragment("HONORIFIC")
        + r"\s+)*$",
        re.I,
    )


def _whole_state(name: str, text: str, end: int) -> Place | None:
    """A state whose name goes on with "and" past the capitalised run that ends at ``end``
    ("in St. Vincent and the Grenadines", "Trinidad and Tobago"), or None."""
    joined = _AND_NAME.match(text, end)
    if joined is None:
        return None
    longer = name + " " + " ".join(joined.group().rstrip(".,").split())
    code = knowledge.country(longer)
    return Place(name=longer, country=code) if code is not None and is_state(code) else None


_WORD_BEFORE = _rx.compile(r"(?<![.!?:;]\s)\b([A-Z][\w'’-]*)\s+$")
# Group codes that are no organisation a text can call "the bloc" ("Western countries").
_NOT_ORGANISATIONS = frozenset({"WEST", "UN"})

_NOT_PLACES = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "its",
        "his",
        "her",
        "their",
        "march",
        "may",
        "june",
        "july",
        "april",
        "august",
        "january",
        "february",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "asia",
        "europe",
        "africa",
        "general",
        "president",
        "prime",
        "north",
        "south",
        "east",
        "west",
        "central",
    ]
)


def _place(name: str, *, whole: bool, prefer: set[str] | None = None) -> tuple[Place, bool] | None:
    from dipevents.models._codes import is_state

    code = knowledge.country(name)
    key = fold(name)
    if code is not None and is_state(code):
        if key in _capitals():
            return Place(name=name, country=code), True
        seat_city = lexicon.entries("SEAT_OF_GOVERNMENT").get("cities", {}).get(key)
        if seat_city is not None:
            return Place(name=seat_city, country=code), True  # "in the Kremlin": in Moscow
        if key in _SEATS:
            return Place(name=name, country=code), True
        return Place(name=name, country=code), False
    if not whole:
        return None
    found = None
    likeliest = place_records(name)[:1] if prefer else []
    for code in sorted(prefer or ()):
        records = place_records(name, code)
        if records and not _dwarfed(records[0], likeliest):
            found = records[0].place()
            break
    found = found or knowledge.place(name)
    if found is not None:
        return Place(name=name, country=found.country), True
    return None


def _dwarfed(record: PlaceRecord, likeliest: list[PlaceRecord]) -> bool:
    """Whether a town of a state that takes part is far smaller than the city the name
    usually means ("Geneva" in a Biden–Putin meeting: Switzerland's, not Illinois')."""
    if not likeliest or record == likeliest[0]:
        return False
    big, small = likeliest[0].population, record.population
    return big is not None and small is not None and small * _DWARFED < big


_DWARFED = 5  # how many times more people the likelier city has, for the town to lose
_LINE_REACH = 300
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "by",
        "with",
        "as",
        "from",
        "into",
        "vs",
        "via",
    ]
)
_SEATS = frozenset(
    {
        "white house",
        "kremlin",
        "blue house",
        "elysee",
        "elysee palace",
        "downing street",
        "zhongnanhai",
    }
)
_capital_keys: set[str] = set()


def _capitals() -> set[str]:
    if not _capital_keys:
        from dipevents.normalize.places import capitals

        _capital_keys.update(capitals())
        _capital_keys.update(
            {
                "new delhi",
                "washington",
                "kyiv",
                "kiev",
                "tokyo",
                "moscow",
                "beijing",
                "seoul",
                "pyongyang",
            }
        )
    return _capital_keys


__all__ = ["Actor", "Clause", "Document"]
