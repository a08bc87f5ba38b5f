"""Sanctions: who restricts whom, with which measures, since when, and what became of them.

A clause that names a measure (the lists ``MEASURE_*`` of ``lexicon/sanctions.toml``) is a
mention. Its status is the life-cycle verb nearest the measure (``STATUS_*``); its
roles come from where each actor of the sentence stands: the subject of the clause and
the agent of a passive impose, a possessive or adjective before the measure imposes
("Japan's export controls", "US sanctions"), and the object of a target preposition,
of "imports from", "exports to", "relations with", "its ambassador from", or an actor
inside a diplomatic measure ("expel the Indian High Commissioner") is the target.
Clauses of one sentence complete each other, and a mention that refers back ("they
were extended", "the sanctions") takes the roles of the measure told just before.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from functools import cache

import attrs
from dateutil.relativedelta import relativedelta

from dipevents import _rx
from dipevents.extract import lexicon
from dipevents.extract.candidates import Candidate, pick_time
from dipevents.extract.document import GROUP_OF_STATES, Actor, Document, group_size
from dipevents.extract.sentences import Sentence
from dipevents.extract.timex import Role as TimeRole
from dipevents.extract.timex import TimeExpr
from dipevents.models import DateBasis, DateSpan, Measure, Precision
from dipevents.models._codes import is_actor, is_state
from dipevents.normalize.people import Role as Office

_MEASURE_LISTS = (
    "MEASURE_DELIST",
    "MEASURE_BLACKLIST",
    "MEASURE_DIPLOMATIC",
    "MEASURE_PRIVILEGE",
    "MEASURE_ARMS",
    "MEASURE_MILITARY",
    "MEASURE_TRAVEL_BAR",
    "MEASURE_TRAVEL",
    "MEASURE_TRAVEL_OF",
    "MEASURE_FINANCIAL",
    "MEASURE_TRADE",
    "MEASURE_UN",
    "MEASURE_LAW",
    "MEASURE_PROVISION",
    "MEASURE_GENERIC",
    "MEASURE_ANAPHOR",
)
# Most specific first: the nearest status word wins, ties go to the earlier list.
_STATUS_LISTS = (
    "STATUS_PROPOSED",
    "STATUS_THREATENED",
    "STATUS_LIFTED",
    "STATUS_EASED",
    "STATUS_EXTENDED",
    "STATUS_IMPOSED",
)
_MODAL = {"proposed", "threatened"}
_KINDS = {m.value: m for m in Measure}

# Grammar words, not language of the domain: prepositions that put an actor out of
# the subject position, and the words allowed between a modifier and its noun.
_PREPOSITION_BEFORE = _rx.compile(
    r"\b(?:in|of|with|to|from|on|against|for|about|between|at|by|over|after|before|since|"
    r"during|like|than|into|onto|toward|towards|upon|under|via|across|among|amid|beyond|"
    r"including|involving|targeting|whose|concerning|regarding|unlike|except)\s+"
    r"(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|both|all|some|many|four|five|"
    r"several|senior|other|certain|top|key|(?!(?:1[89]|20)\d\d\b)\d+|(?-i:[a-z][\w-]*ly))\s+){0,3}$",
    re.I,
)
_AFTER_GAP = _rx.compile(
    r"^(?:\s+(?:the|a|an|some|more|over(?=\s+\d)|nearly|almost|about|around|at\s+least|\d[\d,.]*|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?|"
    r"dozens|hundreds|several|senior|"
    r"top|key|leading|prominent|major|state-owned|(?-i:[a-z][\w-]*ly)))*\s*$",
    re.I,
)
_TARGET_PREP_TAIL = _rx.compile(
    r"\b(?:" + "{TP}" + r")\s+(?:(?:the|a|an|its|their|all|some|four|five|several|senior|"
    r"certain|top|key|more|\d[\d,]*|[\w-]+ly|[a-z][\w-]*)\s+){0,4}$",
    re.I,
)
_PROGRESSIVE = _rx.compile(r"\b(?:is|are|am)\s+(?:now\s+|also\s+|today\s+)?\w+ing\b", re.I)
_NEGATION = _rx.compile(
    r"\b(?:not|never|no|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed)\s+to|without)\s+(?:\w+\s+){0,2}$",
    re.I,
)
# "are no longer a credible", "remain a real": a noun told as what the subject is.
_COPULA_BEFORE = _rx.compile(
    r"\b(?:is|are|was|were|be|been|remains?|remained|becomes?|became|seems?|seemed)\s+"
    r"(?:(?:no\s+longer|not|still|now|hardly|never|less\s+of|more\s+of)\s+)?(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_ABILITY = _rx.compile(
    r"\b(?:ability|power|right|authority|freedom|room|means|capacity)\s+to\s+(?:\w+\s+)?$", re.I
)
_SUBJECT_PRONOUN = _rx.compile(
    r"(?:^|[,;:\"“(]\s*|\band\s+|(?:\b(?:ago|today|yesterday|tonight|later|then|earlier|week|"
    r"month|year|night|morning|evening|afternoon|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"\b\d{1,4})\s+)"
    r"(?P<p>we|it|they|he|she|i)\s+(?:[\w'’-]+\s+){0,8}$",
    re.I,
)
_DIRECT_OBJECT = _rx.compile(r"\s+(?:(?:the|its|their|all|these|those)\s+)?", re.I)
_JOINED = _rx.compile(
    r"^\s*(?:,\s*)?(?:and|&|,|alongside|along\s+with|together\s+with|as\s+well\s+as|jointly\s+with|with)\s+(?:the\s+)?$|^\s*,\s*(?:the\s+)?$",
    re.I,
)


@attrs.define
class Frame:
    """The measure told last: later mentions that refer back take its roles."""

    imposers: set[str]
    targets: set[str]
    sentence: int
    block: int
    #: The measure is a severance of relations ("broke off diplomatic relations"): "they
    #: were restored" ends it.
    relations: bool = False


@attrs.define
class State:
    """What the sentences so far tell the next one."""

    frame: Frame | None = None
    #: Imposers told with no target yet ("BIS is implementing updates to its export controls").
    pending: Frame | None = None
    subject: set[str] = attrs.field(factory=set)
    #: The subjects of the latest sentences, latest last.
    history: list[str] = attrs.field(factory=list)
    #: The measure told last, for "Australia did the same on 9 July".
    last: Candidate | None = None
    #: The kinds of measure told as taken by each imposer on each target, for a part of
    #: them lifted later ("The ban on charter flights was cancelled": the rest stays).
    packages: dict[tuple[frozenset[str], frozenset[str]], set[Measure]] = attrs.field(factory=dict)
    #: How often each state was named so far: the state the text is about.
    named: dict[str, int] = attrs.field(factory=dict)
    #: The states of the ministers the text names, by office (worked out once).
    ministers: dict[str, set[str]] | None = None


def _salient(state: State, exclude: set[str]) -> list[str]:
    """The group or state the previous sentences were about, for "their" and "its"."""
    for code in reversed(state.history):
        if code not in exclude:
            return [code]
    return []


@attrs.frozen
class _Mention:
    start: int
    end: int
    kind: str
    source: str  # the list it came from

    @property
    def relief(self) -> bool:
        return self.source == "RELIEF"


def _mentions(doc: Document, sent: Sentence, relief_ok: bool, anaphor_ok: bool) -> list[_Mention]:
    found: list[_Mention] = []
    for name in _MEASURE_LISTS:
        if name == "MEASURE_ANAPHOR" and not anaphor_ok:
            continue
        kind = lexicon.entries(name).get("kind", "")
        for match in doc.matches(lexicon.pattern(name), sent):
            found.append(_Mention(sent.start + match.start(), sent.start + match.end(), kind, name))
    for match in doc.matches(lexicon.pattern("RELIEF"), sent):
        if (
            relief_ok
            or re.match(r"general\s+licen", match.group(), re.I)
            or _patterns()["relief_allowed"].match(sent.text, match.end())
        ):
            found.append(
                _Mention(sent.start + match.start(), sent.start + match.end(), "", "RELIEF")
            )
    blocked = [
        (sent.start + m.start(), sent.start + m.end())
        for m in doc.matches(lexicon.pattern("NOT_A_MEASURE"), sent)
    ]
    found = [m for m in found if not any(s <= m.start < e for s, e in blocked)]
    # Longest first; a mention inside a longer one is the same words. A definite noun
    # ("the sanctions") counts only where no other list names the measure.
    anaphors = [m for m in found if m.source == "MEASURE_ANAPHOR"]
    found = [m for m in found if m.source != "MEASURE_ANAPHOR"]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    for mention in anaphors:
        if not any(m.start < mention.end and mention.start < m.end for m in kept):
            kept.append(mention)
    kept.sort(key=lambda m: m.start)
    return kept


@attrs.frozen
class _StatusWord:
    start: int
    end: int
    status: str
    text: str


def _status_words(doc: Document, sent: Sentence) -> list[_StatusWord]:
    out: list[_StatusWord] = []
    for name in _STATUS_LISTS:
        status = lexicon.entries(name).get("status", "imposed")
        for match in doc.matches(lexicon.pattern(name), sent):
            out.append(
                _StatusWord(
                    sent.start + match.start(), sent.start + match.end(), status, match.group()
                )
            )
    return out


def _clause_status(
    doc: Document, lo: int, hi: int, mentions: list[_Mention], words: list[_StatusWord]
) -> tuple[str | None, _StatusWord | None]:
    """The status the clause gives its measure: the nearest life-cycle word, modals first."""
    text = doc.text
    inside = [w for w in words if lo <= w.start < hi]
    inside = [
        w for w in inside if not any(m.start <= w.start < m.end and not m.relief for m in mentions)
    ]
    first = mentions[0]
    desire = lexicon.search("DESIRE", text[lo : first.start])
    usable: list[_StatusWord] = []
    for word in inside:
        before = text[max(lo, word.start - 25) : word.start]
        if _NEGATION.search(before) and word.status != "threatened":
            continue  # "did not extend", "will not lift": nothing changes
        if _ABILITY.search(before):
            continue  # "limits the president's ability to lift sanctions"
        if word.end <= first.start and _patterns()["held_back_by"].fullmatch(
            text, word.start, first.start
        ):
            continue  # "coal, kept out by an informal ban": what the measure did, not its fate
        if word.status == "threatened" and re.match(
            r"threat\s+(?:posed|from|of\s+(?:force|war|terror))",
            text[word.start : word.end + 15],
            re.I,
        ):
            continue
        if (
            word.status == "threatened"
            and word.text.lower() in ("threat", "threats")
            and _COPULA_BEFORE.search(text[max(lo, word.start - 45) : word.start])
        ):
            continue  # "the Community's sanctions are no longer a credible threat": what they are
        if desire and word.end <= lo + desire.start() and word.status not in _MODAL:
            continue  # "adopted a resolution calling for an end to the embargo": the resolution's
        if desire and word.status in ("lifted", "eased") and word.start > lo + desire.start():
            continue  # "Pyongyang wanted the sanctions lifted"
        if word.end <= first.start and _patterns()["opinion"].search(text[word.end : first.start]):
            continue  # "which had drafted the text, said that the embargo …": said of it
        if (
            word.status == "lifted"
            and lexicon.pattern("RELIEF_TAKE").fullmatch(word.text)
            and any(
                m.relief and _DIRECT_RELIEF.fullmatch(text, word.end, m.start) for m in mentions
            )
        ):
            # "revoked the licence": the licence ends, the measure it eased is back in force
            word = attrs.evolve(word, status="imposed")
        usable.append(word)
    if not usable:
        return None, None
    if all(_verbal(doc, m) and not _NOUN_ON.match(text, m.start) for m in mentions):
        # "expelled the envoy": the measure is its own verb; only a modal before it counts.
        usable = [
            w for w in usable if w.status in _MODAL and first.start - 40 <= w.end <= first.start
        ]
        if not usable:
            return None, None
    aside = _aside(doc, first, hi)
    if aside is not None:
        inside_aside = [w for w in usable if aside[0] <= w.start < aside[1]]
        outside = [w for w in usable if w not in inside_aside]
        if inside_aside and outside:
            usable = outside  # "UN sanctions on Iran, lifted under the deal, were reimposed"
    governed = any(
        w.status not in _MODAL
        and w.end <= first.start
        and _GOVERNS.fullmatch(text, w.end, first.start)
        for w in usable
    )
    modal = [
        w
        for w in usable
        if w.status in _MODAL
        and w.start < first.end + 40
        # "imposed tariffs on Canadian steel and warned that more would follow": the verb
        # the measure is the object of tells its fate; the warning is of more
        and not (governed and w.start >= first.end and _AND.search(text, first.end, w.start))
    ]
    if modal:
        near = min(modal, key=lambda w: abs(w.start - first.start))
        if near.text.lower() not in ("possible", "potential") or 0 <= first.start - near.end <= 25:
            return near.status, near

    last = mentions[-1]
    relative = [
        w for w in usable if w.start >= last.end and _RELATIVE_AFTER.match(text[last.end : w.start])
    ]
    if relative and any(
        w.end <= first.start
        or (
            w.start > relative[0].end
            and _MAIN_PASSIVE.search(text, max(relative[0].end, w.start - 25), w.start)
        )
        for w in usable
        if w.status not in _MODAL and w not in relative
    ):
        # "renewed the travel ban that it had imposed", "the sanctions that Washington had
        # imposed on Myanmar in 1997 were lifted": the relative tells the measure's past
        usable = [w for w in usable if w not in relative]

    participles = [
        w
        for w in usable
        if 0 <= w.start - last.end <= 2
        and w.text.lower().endswith("ed")
        and _PARTICIPLE_OBJECT.match(text, w.end)
    ]
    if participles and any(
        w.status not in _MODAL
        and w not in participles
        and (
            w.end <= first.start
            or _MAIN_PASSIVE.search(text, max(participles[0].end, w.start - 25), w.start)
        )
        for w in usable
    ):
        # "renewed until 28 February the asset freeze and travel ban imposed on those …",
        # "Sanctions imposed on Iran were lifted": the participle tells what the measure is,
        # the main verb what becomes of it
        usable = [w for w in usable if w not in participles]

    def distance(word: _StatusWord) -> float:
        nearest = min(mentions, key=lambda m: min(abs(word.start - m.end), abs(m.start - word.end)))
        if word.end <= nearest.start:
            return (nearest.start - word.end) * 1.0
        return (word.start - nearest.end) * 1.3

    # "decided to renew the arms embargo …, adopting resolution 2731": the verb whose object
    # is the measure itself outweighs one whose object is the instrument that decides it.
    direct = [
        w
        for w in usable
        if w.status not in _MODAL
        and any(
            m.source != "MEASURE_UN"
            and m.start >= w.end
            and _DIRECT_OBJECT.fullmatch(text, w.end, m.start)
            for m in mentions
        )
    ]
    chosen = min(
        (w for w in (direct or usable) if w.status not in _MODAL), key=distance, default=None
    )
    if chosen is None:
        return None, None
    return chosen.status, chosen


_DIRECT_RELIEF = _rx.compile(
    r"\s+(?:(?:the|its|their|a|an|all|these|those|(?-i:[a-z][\w-]*))\s+){0,3}", re.I
)
_GOVERNS = _rx.compile(r"\s+(?:(?:the|its|their|new|further|fresh)\s+)?(?:[\w%-]+\s+){0,3}", re.I)
_AND = _rx.compile(r"\band\b", re.I)
_PARTICIPLE_OBJECT = _rx.compile(r"\s+(?:on|upon|against|by|in)\b", re.I)
# "… on Iran, lifted under the deal, were …": a stretch set off by commas after the measure.
_ASIDE = _rx.compile(r"[^,;]{0,60}?,(?P<aside>[^,;]{2,80}),")


def _aside(doc: Document, first: _Mention, hi: int) -> tuple[int, int] | None:
    """Where the aside after a measure's noun lies ("Japan's export controls on three
    chemicals, in place since 2019, were lifted"), or None."""
    found = _ASIDE.match(doc.text, first.end, hi)
    if found is None:
        return None
    return found.start("aside"), found.end("aside")


def _relief_status(doc: Document, lo: int, hi: int, mention: _Mention) -> str | None:
    """A licence or waiver: issuing one eases the measure, revoking one restores it,
    refusing to renew one threatens to; with no such verb, nothing happened to it."""
    text = doc.text
    window = text[max(lo, mention.start - 60) : min(hi, mention.end + 40)]
    threat = lexicon.search("STATUS_THREATENED", window)
    if threat and re.search(r"\bnot\s+renew|\bprepared\s+to|\bready\s+to", threat.group(), re.I):
        return "threatened"  # "will not renew the license"
    before = text[max(lo, mention.start - 60) : mention.start]
    take = lexicon.finditer("RELIEF_TAKE", before)
    give = lexicon.finditer("RELIEF_GIVE", before)
    after = text[mention.end : min(hi, mention.end + 30)]
    if take and (not give or take[-1].start() > give[-1].start()):
        return "imposed"  # "revoking General License 43"
    if give and re.search(r"\b(?:not|never|n[’']t)\s+$", before[: give[-1].start()], re.I):
        return "imposed"  # "did not renew the licence": the measure it eased is back in force
    if _patterns()["lapse"].search(text, max(lo, mention.start - 60), min(hi, mention.end + 80)):
        return "imposed"  # "let the licence easing oil sanctions expire"
    if give or lexicon.pattern("RELIEF_GIVE").match(after.lstrip()):
        if lexicon.search("DESIRE", before):
            return None  # "lobbied Congress for a waiver"
        if give and re.search(
            r"\b(?:that|which)\s+(?:(?:were|was|had|have|has|been|previously|once|earlier)\s+){0,3}$",
            before[: give[-1].start()],
            re.I,
        ):
            return None  # "transactions that were previously authorized by that license"
        return "eased"  # "issued 4 General Licenses"
    if re.match(
        r"^[\s,]*(?:which\s+|that\s+)?(?:authoriz|authoris|allow|permit|provid)", after, re.I
    ):
        return "eased"  # "General License 44, which provides relief"
    return None


# -- roles ------------------------------------------------------------------------------
def _target_prep() -> re.Pattern[str]:
    return _rx.compile(
        _TARGET_PREP_TAIL.pattern.replace("{TP}", lexicon.fragment("TARGET_PREP")), re.I
    )


def _tail(name: str, gap: int = 4) -> re.Pattern[str]:
    return _rx.compile(
        r"\b" + lexicon.fragment(name) + r"\s+(?:[\w'’-]+\s+){0," + str(gap) + r"}$", re.I
    )


@attrs.define
class _Roles:
    imposers: set[str] = attrs.field(factory=set)
    targets: set[str] = attrs.field(factory=set)
    modifiers: list[Actor] = attrs.field(factory=list)
    subjects: list[Actor] = attrs.field(factory=list)
    asked: bool = False
    #: The imposer is told as the agent of a passive ("imposed by the United States").
    agent: bool = False


# How an answer is told: "would respond", "is ready to retaliate", "vowed to hit back".
# "will certainly respond", "would resolutely hit back": the adverbs between modal and answer.
_ANSWER_ADVERB = r"(?:(?:certainly|surely|also|then|resolutely|firmly|definitely)\s+)?"
_ANSWER_MODAL = (
    r"(?:would|will|shall|(?:is|was|are|were)\s+ready\s+to|"
    r"(?:vow|pledge|promise|threaten)(?:s|d|ed)?\s+to)"
)


@cache
def _role_patterns(version: int) -> dict[str, re.Pattern[str]]:
    del version
    lower_gap = r"(?:(?-i:[a-z\d$£€][\w,.$-]*)\s+){0,4}"
    return {
        "verb_on": _rx.compile(
            r"\b"
            + lexicon.fragment("IMPOSE_ON")
            + r"\s+(?:on|upon|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
            re.I,
        ),
        # "targeting specific sectors of the economy of Belarus", "on individuals responsible
        # for human rights violations in Iran": a longer object that ends in "of"/"in" the
        # state, with no clause of its own ("drones that were used in Ukraine")
        "target": _rx.compile(
            r"\b"
            + lexicon.fragment("TARGET_PREP")
            + r"\s+(?:the\s+)?(?:"
            + lower_gap
            + r"|(?:(?!(?:that|which|who|whose|from|to|by|used|supplied|sold|shipped|sent|"
            r"bound|made|produced|based)\b)(?-i:[a-z\d][\w,.-]*)\s+){4,8}?(?:of|in)\s+(?:the\s+)?)$",
            re.I,
        ),
        "from": _rx.compile(
            r"\b" + lexicon.fragment("IMPORT_NOUN") + r"\s+" + lower_gap + r"from\s+(?:the\s+)?$",
            re.I,
        ),
        "to": _rx.compile(
            r"\b" + lexicon.fragment("EXPORT_NOUN") + r"\s+" + lower_gap + r"to\s+(?:the\s+)?$",
            re.I,
        ),
        "with": _rx.compile(
            r"\b" + lexicon.fragment("WITH_NOUN") + r"\s+(?:[\w'’-]+\s+){0,2}with\s+(?:the\s+)?$",
            re.I,
        ),
        "envoy": _rx.compile(
            r"\b"
            + lexicon.fragment("ENVOY_FROM")
            + r"\s+(?:[\w'’-]+\s+){0,2}(?:from|to|in|at)\s+(?:the\s+)?$",
            re.I,
        ),
        "designee": _rx.compile(
            r"\b"
            + lexicon.fragment("DESIGNEE_NOUN")
            + r"\s+(?:[\w'’-]+\s+){0,3}?"
            + lexicon.fragment("DESIGNEE_LINK")
            + r"\s+(?:the\s+)?$",
            re.I,
        ),
        "joined_by": _rx.compile(
            r"\s*,?\s*(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+)?"
            r"(?:(?:now|also|today|soon|quickly)\s+)?"
            + lexicon.fragment("JOINED_BY")
            + r"\s+(?:the\s+)?",
            re.I,
        ),
        "holder": _rx.compile(
            r"\b" + lexicon.fragment("HOLDER_OF") + r"\s+of\s+(?:the\s+)?" + lower_gap + r"$", re.I
        ),
        "agent": _rx.compile(
            r"^(?:\s*,)?\s+(?:(?:that|which)\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?"
            r"(?:[\w-]+\s+){0,3}" + lexicon.fragment("AGENT_PREP") + r"\s+(?:the\s+)?$",
            re.I,
        ),
        "asked": _rx.compile(r"\b" + lexicon.fragment("CALL_ON") + r"\s+(?:the\s+)?$", re.I),
        "widen": _rx.compile(
            r"\b" + lexicon.fragment("WIDEN_TO") + r"\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:the\s+)?$",
            re.I,
        ),
        "relative_on": _rx.compile(
            r"^\s*,?\s*(?:that|which)\s+(?P<subject>(?:[\w'’-]+\s+){0,4}?)"
            r"(?:has\s+|have\s+|had\s+)?(?:been\s+)?(?:long\s+|since\s+)?"
            r"(?P<verb>" + lexicon.fragment("WIDEN_TO") + "|" + lexicon.fragment("IMPOSE_ON") + r")"
            r"\s+(?:on|to|against|upon)\s+(?:the\s+)?$",
            re.I,
        ),
        "organ": _rx.compile(r"\b" + lexicon.fragment("ORGAN") + r"\s+of\s+(?:the\s+)?$", re.I),
        "organ_of": _rx.compile(
            r"^[’']s\s+(?:[\w-]+\s+)?" + lexicon.fragment("ORGAN") + r"\b", re.I
        ),
        "condition": _rx.compile(
            r"\b" + lexicon.fragment("CONDITION") + r"\s+(?:[\w'’-]+\s+){0,6}$", re.I
        ),
        "answer": _rx.compile(
            r",\s+(?P<who>[^,;]{1,60}?)\s+"
            + _ANSWER_MODAL
            + r"\s+"
            + _ANSWER_ADVERB
            + r"(?P<answer>"
            + lexicon.fragment("ANSWER_THREAT")
            + r")\b",
            re.I,
        ),
        "opening_condition": _rx.compile(
            r"\W{0,3}(?:" + lexicon.fragment("CONDITION") + r")\s+[^,;]{1,120},\s*", re.I
        ),
        "answer_before": _rx.compile(
            r"(?P<who>[^;]{1,100}?)\s+"
            + _ANSWER_MODAL
            + r"\s+"
            + _ANSWER_ADVERB
            + r"(?P<answer>"
            + lexicon.fragment("ANSWER_THREAT")
            + r")\b[^.;,]{0,40}$",
            re.I,
        ),
        "unnamed_organ": _rx.compile(
            r"^\W{0,3}the\s+(?:[\w-]+\s+)?"
            + lexicon.fragment("TARGET_GOVERNMENT")
            + r"\s+(?:\w+\s+){0,2}$",
            re.I,
        ),
        "opinion": _rx.compile(r"\b" + lexicon.fragment("OPINION") + r"\b", re.I),
        "pronoun_target": _rx.compile(
            r"\b(?:it|they)\s+(?:\w+\s+){0,2}" + lexicon.fragment("TARGET_MARK"), re.I
        ),
        "possessive": _rx.compile(r"\b(?:their|its)\s+(?:[\w-]+\s+){0,3}$", re.I),
        "modifier": _rx.compile(
            r"^(?:[’']s)?(?:\s*,?\s*(?:"
            + lexicon.fragment("MEASURE_MODIFIER")
            + r"|\d[\w,.-]*|(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)))*?\s*$",
            re.I,
        ),
        "goods_of": _rx.compile(
            r"\b" + lexicon.fragment("GOODS_OF") + r"\s+(?:of\s+)?" + lower_gap + r"$", re.I
        ),
        "restrict": _rx.compile(
            r"\b" + lexicon.fragment("RESTRICT_VERB") + r"\s+(?:the\s+)?$", re.I
        ),
        "possessed": _rx.compile(
            r"^[’']s\s+(?:[\w-]+\s+){0,3}"
            + lexicon.fragment("HOLDER_OF")
            + r"\s+(?:[\w-]+\s+){0,3}(?:were|was|have\s+been|had\s+been|are|is|remain)\s+(?:\w+\s+)?frozen",
            re.I,
        ),
        "held_back": _rx.compile(
            r"^\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?\s*,?\s*(?:(?:(?:which|that)\s+)?"
            r"(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+)?"
            + lexicon.fragment("HELD_BACK_BY")
            + r"\s+(?:(?:for|since)\s+[^,;]{1,30}?\s+)?by\s+(?:[\w'’-]+\s+){0,3}$",
            re.I,
        ),
        "entered": _rx.compile(r".*\b(?:entering|visiting)\s+(?:the\s+)?", re.I | re.S),
        "said_pronoun": _rx.compile(
            r"\b"
            + lexicon.fragment("OPINION")
            + r"\s+(?:[^.;\"“”]{0,40}?\s+)?(?:that\s+)?(?:it|they|he|she)\s+(?:[\w'’-]+\s+){0,4}$",
            re.I,
        ),
        "relative_bare": _rx.compile(
            r"^\s+(?:(?:has|have|had)\s+(?:long\s+|also\s+|since\s+|so\s+far\s+)?(?:been\s+)?)?(?:"
            + lexicon.fragment("HOLD_ON")
            + "|"
            + lexicon.fragment("IMPOSE_ON")
            + r")(?=\s*(?:[.,;:)]|$)|\s+(?:since|for|in|until|till|from|after|over|during|as|and|"
            r"but|is|are|was|were|has|have|had|remains?|remained|still)\b)",
            re.I,
        ),
        "relative_subject": _rx.compile(
            r"^\s+(?:(?:has|have|had)\s+(?:long\s+|also\s+|since\s+|so\s+far\s+)?(?:been\s+)?)?(?:"
            + lexicon.fragment("HOLD_ON")
            + "|"
            + lexicon.fragment("IMPOSE_ON")
            + "|"
            + lexicon.fragment("WIDEN_TO")
            + r")\s+(?:(?:it|them)\s+)?(?:on|upon|against|to|toward|towards)\b",
            re.I,
        ),
        "bloc_adjective": _rx.compile(
            r"(?<![\w-])(?P<adj>"
            + lexicon.fragment("BLOC_ADJECTIVE")
            + r")\s+(?:(?i:"
            + lexicon.fragment("MEASURE_MODIFIER")
            + r")\s+)*$"
        ),
        "held_back_by": _rx.compile(
            lexicon.fragment("HELD_BACK_BY")
            + r"\s+(?:(?:for|since)\s+[^,;]{1,30}?\s+)?by\s+(?:[\w'’-]+\s+){0,3}",
            re.I,
        ),
        "destination": _rx.compile(
            r"^\s+(?:[\w'’-]+\s+)?" + lexicon.fragment("DESTINATION_NOUN") + r"\b", re.I
        ),
        "reason": _rx.compile(r"\b" + lexicon.fragment("REASON_CUE") + r"\b", re.I),
        "earlier": _rx.compile(
            r"[^.;]{0,80}?\b(?:(?:that|which)\s+(?P<subject>(?:[\w'’.-]+\s+){0,4}?)|"
            r"(?P<pronoun>they|it|he|she|we)\s+)(?:had|has|have)\s+"
            r"(?:(?:already|first|earlier|previously|originally|once|long)\s+)?(?:been\s+)?"
            r"(?P<verb>" + lexicon.fragment("EARLIER_VERB") + r")\b",
            re.I,
        ),
        "flag": _rx.compile(r"\b" + lexicon.fragment("FLAG_OF") + r"\s+$", re.I),
        "flagged": _rx.compile(r"^" + lexicon.fragment("FLAGGED") + r"\b", re.I),
        "members": _rx.compile(
            r"\b(?:"
            + lexicon.fragment("TARGET_PREP")
            + r"|"
            + lexicon.fragment("IMPORT_NOUN")
            + r"\s+(?:[\w,'’-]+\s+){0,8}?from|"
            + lexicon.fragment("EXPORT_NOUN")
            + r"\s+(?:[\w,'’-]+\s+){0,8}?to|"
            + lexicon.fragment("WITH_NOUN")
            + r"\s+with)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}"
            + lexicon.fragment("STATES_NOUN")
            + r"\b[^.;]{0,60}?,?\s+"
            + lexicon.fragment("MEMBERS_LISTED")
            + r"\s+(?:(?:all|the|most|several|other|its|their)\s+)*$",
            re.I,
        ),
        "port_of": _rx.compile(
            r"^(?:[’']s)?\s+(?:(?:own|sea|air)\s+)?(?:ports?|airspace|airports?|waters|harbou?rs?)\b",
            re.I,
        ),
        # "licences that had allowed Intel to sell chips to China's Huawei": what the relief
        # let someone do; a state it names is the measure's target
        "relief_allowed": _rx.compile(
            r"\s*,?\s+(?:that|which)\s+(?:had\s+|have\s+|has\s+)?(?:been\s+)?"
            + lexicon.fragment("RELIEF_LET")
            + r"\b",
            re.I,
        ),
        "relief_to": _rx.compile(
            r"\s*,?\s+(?:that|which)\s+(?:had\s+|have\s+|has\s+)?(?:been\s+)?"
            + lexicon.fragment("RELIEF_LET")
            + r"\b[^.;]{0,100}?\b(?:to|in|with|from|into|for)\s+(?:the\s+)?",
            re.I,
        ),
        "company": _rx.compile(
            r"(?:(?<![\w-])"
            + lexicon.fragment("COMPANY_SUBJECT")
            + r"|(?<![\w-])Air\s+(?-i:[A-Z][\w-]+))\s+(?:(?-i:[a-z][\w'’-]*)\s+){0,2}$"
        ),
        "company_after": _rx.compile(r"^\s+" + lexicon.fragment("COMPANY_SUBJECT") + r"(?![\w-])"),
        "relief_verb": _rx.compile(
            r"\b(?:"
            + lexicon.fragment("RELIEF_GIVE")
            + "|"
            + lexicon.fragment("RELIEF_TAKE")
            + r")\s+(?:[\w'’-]+\s+){0,3}$",
            re.I,
        ),
        "alongside": _rx.compile(
            r",\s*"
            + lexicon.fragment("ALONGSIDE")
            + r"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+[’']s|(?-i:[A-Z][\w.-]*))\s+(?:[\w-]+\s+){0,2}$",
            re.I,
        ),
        "lapse": _rx.compile(
            r"\blet\s+(?:the|its|their|a|an|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
            + lexicon.fragment("RELIEF")
            + r"\b[^.;]{0,60}?\s+(?:expire|lapse|run\s+out)\b",
            re.I,
        ),
        "quantity": _rx.compile(
            r"\b(?:\d[\d,]*|more|new|further|additional|over\s+\d[\d,]*)\s+(?:more\s+)?$", re.I
        ),
    }


def _patterns() -> dict[str, re.Pattern[str]]:
    return _role_patterns(lexicon.version())


_TARGET_INSIDE = (
    "MEASURE_DIPLOMATIC",
    "MEASURE_PRIVILEGE",
    "MEASURE_TRAVEL_OF",
    "MEASURE_TRAVEL_BAR",
    "MEASURE_DELIST",
    "MEASURE_BLACKLIST",
)
# "… a day after New Delhi put the treaty in abeyance": a clause's subject, not an object.
_CONJUNCTION_BEFORE = _rx.compile(
    r"\b(?:after|before|since|until|once|when|because)\s+(?:the\s+)?$", re.I
)
_PARTICIPLE_MEASURE = _rx.compile(r"(?-i:[a-z]+ing)\b")
_AIR_BEFORE = _rx.compile(r"(?<![\w-])Air\s+$")
_AUXILIARY = _rx.compile(r"^(?:had|has|have)\s+(?:already\s+|just\s+|first\s+)?", re.I)
_PORT_FROM = _rx.compile(r"\b(?:from|into|to|entering|using|at|in)\s+(?:the\s+)?$", re.I)
_FLAG_AFTER = _rx.compile(r"^\s+flags?\b", re.I)
# "among them the EU states and the United States": the members listed go on
_JOINED_MEMBERS = _rx.compile(
    r"^(?:[’']s)?\s*(?:member\s+)?(?:states|countries|nations)?\s*(?:,\s*)?(?:and|&|,)\s+(?:the\s+)?$",
    re.I,
)
_LEAVE_FROM = _rx.compile(r"\bto\s+leave\s+(?:the\s+)?$", re.I)
_FROM_END = _rx.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_AGENT = _rx.compile(
    r"^(?:(?:\s*,)?\s+of\s+[^,;]{1,40}?|[^.;]{0,70}?\b(?:\w+ed|taken|frozen|imposed|adopted|agreed|made|set|put|\w+en)\s+(?:[\w'’,-]+\s+){0,7}?)?\s*by\s+(?:the\s+)?$",
    re.I,
)
_POSSESSOR = _rx.compile(r"^[’']s\s+(?P<noun>[\w-]+)")


def _roles(
    doc: Document,
    sent: Sentence,
    actors: list[Actor],
    mentions: list[_Mention],
    verb: _StatusWord | None,
    lo: int,
    hi: int,
) -> _Roles:
    text = doc.text
    first = mentions[0]
    pivot = min(first.start, verb.start if verb is not None else first.start)
    roles = _Roles()
    p = _patterns()
    mark = lexicon.pattern("TARGET_MARK")
    organ_word = lexicon.pattern("ORGAN")
    last_target: Actor | None = None
    last_imposer: Actor | None = None
    passive_from = False
    listed = False
    for actor in (a for a in actors if lo <= a.start < hi):
        before = text[max(lo, actor.start - 70) : actor.start]
        after = text[actor.end : min(sent.end, actor.end + 60)]
        in_target_phrase = (
            bool(p["restrict"].search(before))
            or bool(p["widen"].search(before))
            or (
                actor.start >= first.start
                and any(
                    p[name].search(before)
                    for name in (
                        "from",
                        "to",
                        "with",
                        "envoy",
                        "target",
                        "holder",
                        "goods_of",
                        "designee",
                    )
                )
            )
            or bool(p["possessed"].match(after))
            or (actor.end <= first.start and bool(p["verb_on"].search(before)))
        )
        held_back = actor.end <= first.start and bool(
            p["held_back"].match(text[actor.end : first.start])
        )
        flag = (bool(p["flag"].search(before)) and bool(_FLAG_AFTER.match(after))) or bool(
            p["flagged"].match(after)
        )  # "ships flying the Qatari flag", "Russian-flagged ships"
        in_target_phrase = in_target_phrase or held_back or flag
        if actor.topic and not in_target_phrase:
            continue  # "the Ukraine crisis"; but "duties on Chinese-made cars" names a target
        if lexicon.pattern("CURRENCY_AFTER").match(after):
            continue  # "Iran's purchases of US dollars": money, not a party
        if actor.end <= first.start and (
            p["company_after"].match(after) or _AIR_BEFORE.search(before)
        ):
            continue  # "Qatar Airways suspended …", "Air India …": a firm, not a party
        inside = next((m for m in mentions if m.start <= actor.start < m.end), None)
        if (
            inside is None
            and actor.start >= first.end
            and first.source == "MEASURE_DIPLOMATIC"
            and _LEAVE_FROM.search(before)
        ):
            roles.imposers.add(actor.code)  # "diplomats were told to leave Norway": Norway's
            last_imposer = actor
            continue
        if any(
            m.end <= actor.start and p["entered"].fullmatch(text, m.start, actor.start)
            for m in mentions
        ):
            roles.imposers.add(actor.code)  # "barred 25 Britons from entering Russia": Russia's
            last_imposer = actor
            continue
        if inside is None and any(
            m.relief and m.end <= actor.start and p["relief_to"].fullmatch(text, m.end, actor.start)
            for m in mentions
        ):
            roles.targets.add(actor.code)  # "licences that had allowed Intel to sell to China"
            last_target = actor
            continue
        if (
            inside is not None
            and p["port_of"].match(after)
            and _PORT_FROM.search(text[inside.start : actor.start])
        ):
            roles.imposers.add(actor.code)  # "ships were barred from EU ports": the EU's
            last_imposer = actor
            continue
        if flag:
            roles.targets.add(actor.code)
            last_target = actor
            continue
        if actor.start >= first.end and p["members"].search(
            text, max(lo, first.start, actor.start - 200), actor.start
        ):
            roles.targets.add(actor.code)  # "airlines from 36 countries, including the EU's"
            last_target = actor
            listed = True
            continue
        if last_target is not None and (
            _JOINED.match(text[last_target.end : actor.start])
            or (listed and _JOINED_MEMBERS.match(text[last_target.end : actor.start]))
        ):
            roles.targets.add(actor.code)  # "on Russia and Belarus"
            last_target = actor
            continue
        if last_imposer is not None and _JOINED.match(text[last_imposer.end : actor.start]):
            roles.imposers.add(actor.code)  # "by the United States, the EU, Canada and Japan"
            last_imposer = actor
            continue
        if p["relative_subject"].match(after) and any(
            re.fullmatch(r"\s*(?:that\s+|which\s+)?(?:the\s+)?", text[m.end : actor.start], re.I)
            for m in mentions
            if m.end <= actor.start
        ):
            roles.imposers.add(actor.code)  # "the arms embargo the EU has maintained on China"
            last_imposer = actor
            continue
        if (
            last_target is not None
            and p["relative_bare"].match(after)
            and re.fullmatch(
                r"\s+(?:that\s+|which\s+)?(?:the\s+)?", text[last_target.end : actor.start]
            )
            and any(
                m.end <= last_target.start and p["target"].search(text[m.end : last_target.start])
                for m in mentions
            )
        ):
            roles.imposers.add(actor.code)  # "the embargo on Cuba the United States has kept"
            last_imposer = actor
            continue
        if any(
            text[m.end : actor.start].strip() in ("", "the")
            and _FROM_END.search(text[m.start : m.end])
            for m in mentions
            if m.end <= actor.start
        ):
            roles.imposers.add(actor.code)  # "Cuba was suspended from the OAS"
            passive_from = True
            last_imposer = actor
            continue
        if (
            inside is not None
            and actor.start > inside.start
            and _AID_AFTER.match(text[actor.end : inside.end])
        ):
            roles.imposers.add(actor.code)  # "cut off most American assistance": the donor
            last_imposer = actor
            continue
        if inside is not None and inside.source in _TARGET_INSIDE:
            if inside.source in ("MEASURE_DELIST", "MEASURE_BLACKLIST") and re.search(
                r"\b(?:to|on|onto|from|off)\s+(?:the|its|their)?\s*$",
                text[inside.start : actor.start],
            ):
                roles.imposers.add(actor.code)  # "added to the US Entity List"
                passive_from = passive_from or bool(
                    re.search(
                        r"\b(?:was|were|been|be|is|are)\s+(?:\w+\s+)?$",
                        text[max(lo, inside.start - 25) : inside.start],
                    )
                )
                continue
            roles.targets.add(actor.code)  # "expel the Indian High Commissioner"
            last_target = actor
            continue
        reason = (
            p["reason"].search(text[first.end : actor.start]) if actor.start > first.end else None
        )
        if reason and not re.search(
            r"\b(?:on|against)\b", text[first.end : first.end + reason.start()]
        ):
            continue  # "sanctions … in response to Russian aggression against Ukraine"
        penalty = (
            lexicon.search("PENALTY_FOR", text, first.end, actor.start)
            if actor.start > first.end
            else None
        )
        if penalty is not None and (roles.targets or actor.start > penalty.end() + 12):
            continue  # "… as a penalty for India's purchases of Russian oil": what it punishes
        if (
            roles.targets
            and actor.start >= first.end
            and re.search(r"\b(?:in|into|at|to|reach(?:ed|ing)?)\s+(?:the\s+)?$", before)
            and p["destination"].match(after)
            and verb is not None
            and verb.status in ("lifted", "eased")
        ):
            roles.imposers.add(actor.code)  # "… held back by a ban, arrive in Chinese ports again"
            last_imposer = actor
            continue
        if in_target_phrase:
            roles.targets.add(actor.code)  # "sanctions on Russia", "imports from Japan"
            last_target = actor
            continue
        if any(m.end <= actor.start and _AGENT.match(text[m.end : actor.start]) for m in mentions):
            roles.imposers.add(actor.code)  # "sanctions were imposed on Iran by the EU"
            roles.agent = True
            last_imposer = actor
            continue
        if actor.end <= first.start and p["asked"].search(before):
            roles.imposers.add(actor.code)  # "called on the European Union to adopt"
            roles.asked = True
            continue
        relative = re.match(r"^[\s,]*(?:which|that|who)\s+", after)
        tail = after[relative.end() :] if relative else after.lstrip(" ,")
        if mark.match(tail) or re.match(r"^(?:\w+\s+){1,2}" + mark.pattern, tail, re.I):
            roles.targets.add(actor.code)  # "India could face sanctions"
            last_target = actor
            continue
        modifies = next(
            (
                m
                for m in mentions
                if actor.end <= m.start
                and m.start - actor.end <= 40
                and p["modifier"].match(text[actor.end : m.start])
                and not _DETERMINER.match(text, m.start)  # "imposed on Mali the closure of …"
                # "… and Bahrain withdrew their ambassadors": a subject (but "the EU's ban on")
                and not (_verbal(doc, m) and not _NOUN_ON.match(text, m.start))
            ),
            None,
        )
        if modifies is not None:
            roles.modifiers.append(actor)  # "US sanctions", "Japan's export controls"
            continue
        if any(
            actor.start > m.end and _AFTER_GAP.match(text[m.end : actor.start]) for m in mentions
        ):
            roles.targets.add(actor.code)  # "sanctions Georgian officials"
            last_target = actor
            continue
        possessor = _POSSESSOR.match(after)
        if (
            possessor
            and not organ_word.fullmatch(possessor.group("noun"))
            and not p["organ_of"].match(after)  # "India's foreign ministry"
        ):
            continue  # "the G7's current chair": a possessor, not the subject
        joined_by = bool(roles.subjects) and bool(
            p["joined_by"].fullmatch(text, roles.subjects[-1].end, actor.start)
        )
        if actor.end <= pivot + 1 and (
            not _PREPOSITION_BEFORE.search(before)
            or p["organ"].search(before)
            or joined_by
            or (
                _CONJUNCTION_BEFORE.search(before)
                and _VERB_FIRST.match(_AUXILIARY.sub("", after.lstrip(), count=1))
            )
        ):
            between = text[actor.end : pivot]
            desire = lexicon.search("DESIRE", between)
            wanted = text[actor.end + desire.end() : first.end] if desire else ""
            if desire and (
                lexicon.search("STATUS_LIFTED", wanted)
                or lexicon.search("STATUS_EASED", wanted)
                or re.search(r"\b(?:an|the)\s+end\s+(?:to|of)\b", wanted, re.I)
            ):
                continue  # "adopted a resolution calling for the end of the embargo": not its own
            participle = bool(
                _PARTICIPLE_MEASURE.match(text, first.start)
                and re.search(r",\s*$", text[max(lo, first.start - 3) : first.start])
            )  # "… declared the takeover a coup, cutting off $500 million in assistance"
            if (
                participle
                or not p["opinion"].search(between)
                or (
                    (p["organ_of"].match(after) or p["organ"].search(before))
                    and _FUTURE_PASSIVE.search(text[first.start : hi])
                    and (verb is None or verb.status in ("imposed", "extended"))
                )
            ):
                # "India's foreign ministry said that all visas … would be revoked": an organ
                # of the state telling what it will do
                roles.subjects.append(actor)
    # A subject and its coordinated partners: "the UK, alongside the EU, Canada and the US".
    if roles.subjects and not roles.asked and not roles.agent:
        # "the General Assembly called for an end to the embargo imposed by the United
        # States": the agent imposes, the subject only speaks of it.
        # The chain ends at the subject nearest the verb: "In 1963, as Britain prepared
        # …, Guatemala broke off relations" has Guatemala, not Britain.
        chain = [roles.subjects[-1]]
        for actor in reversed(roles.subjects[:-1]):
            gap = re.sub(r"\([^)]*\)", "", text[actor.end : chain[-1].start])
            if (
                _JOINED.match(gap)
                or p["joined_by"].fullmatch(gap)
                or chain[-1].start - actor.end <= 2
            ):
                chain.append(actor)
            else:
                break
        codes = {a.code for a in chain if a.code not in roles.targets}
        if passive_from:
            roles.targets |= codes - roles.imposers  # "Cuba was suspended from the OAS"
        else:
            roles.imposers |= codes
    if roles.modifiers:
        quantified = [
            a
            for a in roles.modifiers
            if p["quantity"].search(text[max(lo, a.start - 20) : a.start])
        ]
        counted = any(
            re.search(r"\d[\d,]*\s+(?:more\s+|new\s+)?$", text[max(lo, a.start - 20) : a.start])
            for a in quantified
        )
        regime = not roles.targets and any(_REGIME_AFTER.match(text, m.end) for m in mentions)
        if regime:
            # "under the Russia sanctions regime": a regime with no target told is named after
            # its target (but "the US sanctions programme on Syria" after its imposer)
            roles.targets |= {a.code for a in roles.modifiers}
        elif quantified and (roles.imposers or counted):
            # "370 more Russian sanctions", "over 370 more Russian and Belarussian sanctions":
            # a count of sanctions names what they are on
            roles.targets |= {a.code for a in roles.modifiers}
        else:
            roles.imposers = {a.code for a in roles.modifiers}  # "American sanctions"
    roles.imposers -= roles.targets
    return roles


def _pronoun_target(doc: Document, sent: Sentence, lo: int, hi: int, state: State) -> set[str]:
    """ "India … it could face American sanctions": the state the pronoun stands for."""
    match = _patterns()["pronoun_target"].search(doc.text[lo:hi])
    if match is None:
        return set()
    at = lo + match.start()
    for actor in doc.actors(sent):
        if actor.start >= at:
            break
        if (
            is_state(actor.code)
            and not actor.topic
            and not _PREPOSITION_BEFORE.search(
                doc.text[max(sent.start, actor.start - 60) : actor.start]
            )
        ):
            return {actor.code}
    return {c for c in state.subject if is_state(c)}


_APPOSITION = _rx.compile(r"^(?P<p>we),\s+the\s+[^,]{2,80},", re.I)
_RELATIVE_START = _rx.compile(r"^\W{0,3}(?:which|who)\b", re.I)
_HIS_GOVERNMENT = _rx.compile(
    r"\b(?:his|her)\s+(?:administration|government|cabinet|country|junta|regime)\b", re.I
)


def _pronoun_subject(doc: Document, sent: Sentence, lo: int, pivot: int, state: State) -> set[str]:
    """The states a pronoun subject stands for: "we", "it", "they", "which" (the state
    just named), "the two countries" (the states just named), "his administration"."""
    window = doc.text[lo:pivot]
    if _RELATIVE_START.match(window) and not _patterns()["opinion"].search(window):
        named = [a for a in doc.actors(sent) if a.end <= lo and is_actor(a.code) and not a.topic]
        if named and lo - named[-1].end <= 3:
            return {named[-1].code}  # "Algeria, which severed ties with Morocco"
    group = GROUP_OF_STATES.search(window)
    if group:
        return set(doc.recent_states(sent, lo + group.start(), group_size(group)))
    if _HIS_GOVERNMENT.search(window):
        person = doc.last_person(sent)
        if person:
            return {person}
    apposition = _APPOSITION.match(window.lstrip(' "“'))  # "We, the Leaders of the G7,"
    match = apposition or _SUBJECT_PRONOUN.search(window)
    if match is None:
        said = _patterns()["said_pronoun"].search(window)
        if said is None:
            return set()
        # "China's commerce ministry said it had imposed sanctions": the speaker's state
        speakers = [
            a
            for a in doc.actors(sent)
            if a.end <= lo + said.start()
            and is_actor(a.code)
            and not a.topic
            and not _PREPOSITION_BEFORE.search(doc.text[max(sent.start, a.start - 60) : a.start])
        ]
        return {speakers[-1].code} if speakers else set()
    word = match.group("p").lower()
    if word in ("we", "i"):
        return set(doc.we(sent))
    if word in ("he", "she"):
        said = _patterns()["opinion"].search(window, match.end("p"))
        if said and not re.search(
            r"\b(?:will|would|shall|is\s+to|are\s+to)\b", window[said.end() :]
        ):
            # "He pointed to the activation of …": the speaker only tells of it (but "he said
            # that visas would be revoked" tells what his government will do)
            return set()
        person = doc.last_person(sent) or _bare_minister(doc, sent, lo + match.start("p"), state)
        return {person} if person else set()
    return set(state.subject)


_BARE_OFFICE_AFTER = _rx.compile(r"^\s+(?:of|for|to)\b|^\s+(?-i:[A-Z])", re.I)


def _bare_minister(doc: Document, sent: Sentence, before: int, state: State) -> str | None:
    """ "I welcome the Foreign Secretary's statement … he designated 49 individuals": a
    minister named by a bare title in this sentence or the one before is of the state whose
    minister of that office the text names (once, one state)."""
    told: str | None = None
    for each in doc.sentences[max(0, sent.index - 1) : sent.index + 1]:
        if each.block != sent.block:
            continue
        for match in doc.matches(lexicon.pattern("MINISTER_TITLE"), each):
            start, end = each.start + match.start(), each.start + match.end()
            if start >= before or _BARE_OFFICE_AFTER.match(doc.text[end : end + 3]):
                continue
            if re.search(r"\bthe\s+$", doc.text[max(each.start, start - 5) : start], re.I):
                told = match.group().lower()
    if told is None:
        return None
    if state.ministers is None:
        # once per text: the states of the ministers it names, by office
        state.ministers = {}
        for record in doc.people_seen.values():
            code, role = doc.role_on(record, doc.anchor)
            if role is not None:
                state.ministers.setdefault(role.value, set()).add(code)
    wanted = Office.DEFENCE_MINISTER if "defen" in told else Office.FOREIGN_MINISTER
    states = state.ministers.get(wanted.value, set())
    return next(iter(states)) if len(states) == 1 else None


_REGIME_AFTER = _rx.compile(r"\s+(?:regimes?|programmes?|programs?|framework)\b", re.I)
_AID_AFTER = _rx.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:aid|assistance|funding|loans|budget\s+support)$", re.I
)
_EARLIER_DEED = _rx.compile(
    r"\b(?:(?:that|which)(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}|they|it|he|she|we|who)\s+had\s+"
    r"(?:already\s+|first\s+|once\s+)?(?:been\s+)?[a-z]+(?:ed|en|ut|ew)\b",
    re.I,
)
# What ends the stretch of an earlier deed: a time after it is the main clause's again
# ("the sanctions it had imposed on Niger at an extraordinary summit … on 24 February").
_DEED_END = _rx.compile(r"[,;:]|\b(?:at|during|when|as|while|and|but|after|before)\b", re.I)


def _deed_owns(doc: Document, start: int, time: TimeExpr, times: list[TimeExpr]) -> bool:
    """Whether ``time`` (after ``start``) dates an earlier deed told in a relative between
    ("… they had imposed on Mali in January"); a deed takes the first time after it only
    ("… imposed on Sudan in 1997 on 6 October 2017")."""
    deeds = list(_EARLIER_DEED.finditer(doc.text, start, time.start))
    if not deeds:
        return False
    end = deeds[-1].end()
    gap = doc.text[end : time.start]
    return (
        not _DEED_END.search(gap)
        and len(gap.split()) <= 6
        and not any(end <= t.start < time.start for t in times)
    )


_DETERMINER = _rx.compile(r"(?:the|this|that|these|those|its|their|such)\b", re.I)
_RECENT = _rx.compile(r"\brecent(?:ly)?\b", re.I)
# A decision told as the text's news, in the future tense: made on the day it is told.
_ALSO_DONE = _rx.compile(r"\b(?:we|they|he|she|it|the\s+\w+)\s+also\s+\w{2,}ed\b", re.I)
_ANNOUNCED = _rx.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+going\s+to|(?:has|have)\s+(?:now\s+|just\s+)?decided\s+to)\s+(?:not\s+)?(?:\w+\s+)?"
    r"(?:impose|implement|introduce|take|adopt|extend|renew|lift|ease|revoke|expel|recall|suspend|ban|close|sanction|designate|freeze)\w*",
    re.I,
)


# An intention told in the present ("intends to", "plans to"): held on the day it is told.
_PRESENT_INTENT = _rx.compile(r"^[a-z]+s\s+to\b", re.I)
_SINCE_WORD = _rx.compile(
    r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid|mid-|end\s+of|beginning\s+of|start\s+of)\s*)?$",
    re.I,
)


def _date(
    doc: Document,
    sent: Sentence,
    trigger: tuple[int, int],
    lo: int,
    hi: int,
    status: str = "imposed",
    contained: bool = False,
) -> tuple[DateSpan | None, DateBasis | None]:
    every = doc.times(sent)
    times = [
        t for t in every if not (t.start >= trigger[1] and _deed_owns(doc, trigger[1], t, every))
    ]  # "lifted the sanctions they had imposed on Niger seven months earlier": that deed's time
    # "the General Assembly today called for an end to the embargo": the time of the call,
    # not of the measure
    times = [
        t
        for t in times
        if not (
            t.end <= trigger[0]
            and trigger[0] - t.end <= 120
            and lexicon.search("DESIRE", doc.text[t.end : trigger[0]])
        )
    ]
    roles: tuple[TimeRole, ...] = (TimeRole.AT, TimeRole.SINCE)
    if contained:
        # "…, after Warsaw had expelled 45 Russian diplomats in March": the time of the cause
        # is the reference the clause before tells its news after
        roles = (*roles, TimeRole.REFERENCE)
    if status in ("lifted", "eased"):
        # "resume relations, interrupted since January 2016": a measure in place since a time
        # began then, and its end is not dated by it ("lifted from 29 March" is)
        times = [
            t for t in times if not _SINCE_WORD.search(doc.text[max(0, t.start - 30) : t.start])
        ]
    # Outside its clause, a measure takes no time from a later clause after a semicolon
    # ("In 1963, … Guatemala broke off relations …; they were restored only in 1986").
    stop = doc.text.find(";", hi, sent.end)
    if re.match(r"\s*,?\s*(?:that|which)\b", doc.text[hi : hi + 10]):
        stop = hi  # "… the arms embargo | that the UK has applied to China since 1989": its time
    time = pick_time(times, trigger, lo, hi, roles)
    if time is None and not contained:
        time = pick_time(times, trigger, sent.start, stop if stop >= 0 else sent.end, roles)
    if time is not None and time.span is not None:
        return time.span, time.basis
    progressive = _PROGRESSIVE.search(doc.text[lo:hi])
    if (
        doc.anchor_is_publication
        and doc.anchor is not None
        and progressive
        and any(
            lexicon.pattern(name).search(progressive.group())
            for name in (
                *_STATUS_LISTS,
                "RELIEF_TAKE",
                "RELIEF_GIVE",
                "MEASURE_GENERIC",
                "RESTRICT_VERB",
            )
        )
    ):
        return DateSpan.day(doc.anchor), DateBasis.RELATIVE  # "the United States is revoking"
    if _ALSO_DONE.search(doc.text[sent.start : trigger[0]]) and sent.index > 0:
        # "Last night, we agreed on a statement. We also announced that …": the same occasion
        previous = doc.sentences[sent.index - 1]
        told = pick_time(
            doc.times(previous), (previous.end, previous.end), previous.start, previous.end
        )
        if previous.block == sent.block and told is not None and told.span is not None:
            return told.span, told.basis
    if (
        doc.anchor_is_publication
        and doc.anchor is not None
        and _ANNOUNCED.search(doc.text[lo:hi])
        and not any(
            t.span is not None and t.role in (TimeRole.AT, TimeRole.SINCE)
            for t in times
            if lo <= t.start < hi
        )  # "will not renew the licence when it expires on April 18": told today
    ):
        return DateSpan.day(doc.anchor), DateBasis.RELATIVE  # "Japan will implement sanctions"
    if (
        status == "proposed"
        and doc.anchor_is_publication
        and doc.anchor is not None
        and any(
            _PRESENT_INTENT.match(m.group())
            for m in lexicon.finditer("STATUS_PROPOSED", doc.text[lo : trigger[1]])
        )
    ):
        return DateSpan.day(doc.anchor), DateBasis.RELATIVE  # "Ottawa intends to impose"
    if (
        doc.anchor_is_publication
        and doc.anchor is not None
        and _RECENT.search(doc.text[max(lo, trigger[0] - 30) : trigger[0]])
    ):
        return DateSpan.year(doc.anchor.year), DateBasis.RELATIVE  # "recent sanctions imposed by …"
    return None, None


def _until(doc: Document, sent: Sentence, lo: int, hi: int) -> DateSpan | None:
    """The end of validity a clause tells: "extended until 15 September 2022"."""
    for time in doc.times(sent):
        if time.role is TimeRole.UNTIL and time.span is not None and lo <= time.start < hi:
            return time.span
    return None


def _definite(doc: Document, lo: int, first: _Mention) -> bool:
    before = doc.text[max(lo, first.start - 30) : first.start]
    return bool(
        re.search(
            r"\b(?:" + lexicon.fragment("DEFINITE")[3:-1] + r")\s+(?:[\w-]+\s+){0,3}$", before, re.I
        )
    ) or bool(re.match(r"\s*(?:they|these|those|it)\b", doc.text[lo : lo + 12], re.I))


def sanction_candidates(doc: Document, sent: Sentence, state: State) -> list[Candidate]:
    """One candidate per clause that speaks of a measure; clauses of one sentence share roles."""
    recent_frame = state.frame is not None and sent.index - state.frame.sentence <= 2
    mentions = _mentions(doc, sent, relief_ok=doc.has_sanctions, anaphor_ok=True)
    if not recent_frame and all(m.source == "MEASURE_ANAPHOR" for m in mentions):
        mentions = []
    if not mentions:
        anaphor = _anaphor(doc, sent, state) or _did_the_same(doc, sent, state, [])
        if anaphor:
            state.last = anaphor[-1]
        _remember_subject(doc, sent, state)
        return anaphor
    words = _status_words(doc, sent)
    actors = [a for a in doc.actors(sent) if is_actor(a.code)]
    by_clause: dict[int, list[_Mention]] = {}
    bounds: dict[int, tuple[int, int]] = {}
    clauses = doc.clauses(sent)
    for mention in mentions:
        clause = doc.clause_of(sent, mention.start)
        by_clause.setdefault(clause.start, []).append(mention)
        end = clause.end
        # "CAATSA, which Trump signed in August 2017": a relative clause with no measure of its
        # own tells of the measure before it.
        for following in clauses:
            if following.start < end or following.start > end + 3:
                continue
            if _RELATIVE_START.match(doc.text[following.start : following.end]) and not any(
                following.start <= m.start < following.end for m in mentions
            ):
                end = following.end
        bounds[clause.start] = (clause.start, end)
    segments: list[tuple[list[_Mention], int, int, bool]] = []
    for start, group in by_clause.items():
        segments.extend(_segments(doc, group, *bounds[start]))
    found: list[tuple[list[_Mention], int, int, str, _Roles, _StatusWord | None, bool]] = []
    for group, lo, hi, nested in segments:
        promise = _promise(doc, actors, group, lo)
        if promise is not None:
            lo = promise  # "If Russia invades Ukraine, the EU will impose …": not its parties
        status, verb = _clause_status(doc, lo, hi, group, words)
        if promise is not None and status in (None, "imposed"):
            status = "threatened"  # a measure promised on a state's act is a threat
        if all(m.relief for m in group):
            status = _relief_status(doc, lo, hi, group[0])
            if status is None:
                continue  # "needs some kind of exemption": no licence issued or revoked
        elif any(m.relief for m in group) and _patterns()["lapse"].search(doc.text, lo, hi):
            status = "imposed"  # "let the licence easing oil sanctions on Venezuela expire"
        elif status is None or any(lexicon.entries(m.source).get("status") for m in group):
            listed = [lexicon.entries(m.source).get("status") for m in group]
            status = next((x for x in listed if x), None) or status or "imposed"
        negated = _NEGATION.search(doc.text[max(lo, group[0].start - 25) : group[0].start])
        if negated and group[0].source == "MEASURE_DIPLOMATIC":
            continue  # "Japan did not expel Russian diplomats"
        roles = _roles(doc, sent, actors, group, verb, lo, hi)
        if not roles.imposers and (
            _patterns()["company"].search(doc.text, lo, group[0].start)
            or _firm_suspends_flights(doc, actors, group[0], lo)
        ):
            continue  # "Qatar Airways suspended its flights to Beirut": a firm's decision
        if not roles.imposers and all(
            re.match(r"(?:boycott|blockade)\b", doc.text[m.start : m.end]) for m in group
        ):
            continue  # "the boycott of Israeli goods by consumers": no state's measure
        if (
            status in ("lifted", "eased")
            and all(m.source == "MEASURE_TRADE" for m in group)
            and lexicon.search("SUPPORT_PURPOSE", doc.text, group[-1].end, hi)
            and not lexicon.search("MEASURE_GENERIC", doc.text, lo, hi)
        ):
            continue  # "scrapped duties on imports from Ukraine to support its economy"
        if not roles.targets:
            roles.targets |= _pronoun_target(doc, sent, lo, hi, state) - roles.imposers
        if not roles.targets and not nested:
            # (a measure answered, "in response to Tokyo's sanctions over Ukraine", is on who
            # answers it, not on the state its reason names)
            roles.targets |= _reason_target(doc, actors, group[0], hi) - roles.imposers
        if not roles.targets:
            roles.targets |= _envoy_before(doc, sent, actors, group[0]) - roles.imposers
        pivot = min(group[0].start, verb.start if verb else group[0].start)
        if not roles.imposers:
            roles.imposers |= _bloc_adjective(doc, lo, group[0]) - roles.targets
        if not roles.imposers:
            roles.imposers |= _pronoun_subject(doc, sent, lo, pivot, state) - roles.targets
        if not roles.imposers and _patterns()["possessive"].search(
            doc.text[max(lo, group[0].start - 30) : group[0].start]
        ):
            roles.imposers |= set(_salient(state, roles.targets))  # "their sanctions"
        for mention in group:
            if mention.source == "MEASURE_UN":
                roles.imposers.add("UN")
            law = lexicon.entries("MEASURE_LAW").get("imposers", {})
            if mention.source == "MEASURE_LAW":
                for key, code in law.items():
                    if key.lower() in doc.text[mention.start : mention.end].lower():
                        roles.imposers.add(code)
        relative = _relative_measure(doc, actors, group, hi, roles)
        if relative is not None:
            # "extend to Hong Kong the arms embargo that the UK has applied to mainland
            # China since 1989": the relative tells the measure on another target, of its own time
            cut, told, its_roles = relative
            found.append((told, cut, hi, "imposed", its_roles, None, nested))
            hi = cut
        if (
            status == "extended"
            and verb is not None
            and any(a.code in roles.targets and _widens_to(doc, verb, a) for a in actors)
        ):
            status = "imposed"  # extended to a new target: imposed on it
        found.append((group, lo, hi, status, roles, verb, nested))
    main = [f for f in found if not f[6]]
    all_imposers = set().union(*(f[4].imposers for f in main))
    all_targets = set().union(*(f[4].targets for f in main))
    out: list[Candidate] = []
    frame = state.frame
    recent = frame is not None and sent.index - frame.sentence <= 4
    for group, lo, hi, status, roles, verb, nested in found:
        threat = _answer_threat(doc, sent, group, lo, roles, verb)
        if threat is not None:
            if threat.imposers:
                out.append(threat)
            continue  # "if Britain imposed sanctions …": the measure is not taken
        imposers, targets = set(roles.imposers), set(roles.targets)
        own = bool(imposers) and bool(targets)
        if nested:
            # "… in response to Tokyo's sanctions": aimed at who answers them.
            targets = targets or ({c for c in all_imposers if is_state(c)} - imposers)
            if not imposers:
                continue
        if not targets and _names_other_target(doc, actors, group, hi):
            continue  # "…, while keeping measures against al-Shabaab": on a group, no state
        targets = targets or (all_targets - imposers)
        imposers = imposers or (all_imposers - targets)
        if (
            _RECIPROCAL.search(doc.text[lo:hi])
            and len(imposers | targets) == 2
            and not (targets - imposers)
        ):
            pair = sorted(imposers | targets)
            for one, other in ((pair[0], pair[1]), (pair[1], pair[0])):
                out.append(_candidate(doc, sent, group, lo, hi, status, {one}, {other}, own, verb))
            continue
        counter = lexicon.search("COUNTER", doc.text[max(sent.start, lo - 40) : hi])
        if not targets and counter and recent and frame is not None:
            targets = {c for c in frame.imposers if is_state(c) or c == "EU"} - imposers
        answer = lexicon.search("COUNTER", doc.text[sent.start : hi])
        if (
            answer is not None
            and recent
            and frame is not None
            and _patterns()["unnamed_organ"].match(
                doc.text[sent.start : sent.start + answer.start()]
            )
            and {c for c in frame.targets if is_state(c)} - targets
        ):
            # "The junta answered with measures of its own: … it gave him 48 hours to leave":
            # a government named by no state answers for the target of the measure told before
            imposers = {c for c in frame.targets if is_state(c)} - targets
        if (
            not targets
            and recent
            and frame is not None
            and (_definite(doc, lo, group[0]) or not imposers or imposers & frame.imposers)
        ):
            targets = set(frame.targets) - imposers
            if not imposers:
                imposers = set(frame.imposers) - targets
        if not targets and imposers and frame is not None and recent and imposers <= frame.imposers:
            targets = set(frame.targets) - imposers
        imposers -= targets
        if (
            not targets
            and status == "lifted"
            and len(imposers) >= 2
            and all(is_state(c) for c in imposers)
            and any(lexicon.search("RELATIONS_RESTORED", doc.text[m.start : m.end]) for m in group)
        ):
            # "Saudi Arabia and Iran agreed to resume diplomatic relations": the severance of
            # both ends; who imposed it is not told
            targets, imposers = imposers, set()
        if not targets and lexicon.search("KEPT", doc.text[lo:hi]):
            # "In the meantime, sanctions will remain in place": on the state the text is about
            targets = _topic_state(doc, sent, state, imposers)
        if not targets:
            if imposers:
                state.pending = Frame(set(imposers), set(), sent.index, sent.block)
            continue
        if not imposers and recent and frame is not None and targets & frame.targets:
            imposers = set(frame.imposers) - targets
        pending = state.pending
        if not imposers and pending is not None and sent.index - pending.sentence <= 2:
            imposers = (
                set(pending.imposers) - targets
            )  # "BIS is implementing … These updates restrict China"
        candidate = _candidate(
            doc, sent, group, lo, hi, status, imposers, targets, own, verb, nested=nested
        )
        if nested and candidate.date is None:
            candidate.date, candidate.basis = _days_after(doc, lo, out)
        elif nested and out and out[-1].date is not None and candidate.date is not None:
            cause = [t for t in doc.times(sent) if lo <= t.start < hi and t.span == candidate.date]
            if cause and not cause[0].explicit_year:
                # "…, after London imposed sanctions on 22 March": the last 22 March before
                _date_earlier(candidate, cause[0], out[-1])
        if not nested and candidate.date is not None:
            _date_cause(doc, sent, candidate, lo, hi)
        if candidate.date is None:
            candidate.date, candidate.basis = _within_hours(doc, sent, candidate, state)
        if (
            candidate.date is None
            and out
            and out[-1].targets & candidate.targets
            and _ALONGSIDE_START.match(doc.text, lo, hi)
        ):
            candidate.date, candidate.basis = out[-1].date, out[-1].basis  # at the same time
        if (
            candidate.date is None
            and state.last is not None
            and state.last.date is not None
            and sent.index - state.last.sentence.index <= 1
            and _ALREADY.search(doc.text, max(lo, candidate.trigger[0] - 30), candidate.trigger[0])
        ):
            candidate.before = state.last.date  # "It had already suspended …"
        _part_lifted(candidate, group, state)
        twin = next(
            (
                c
                for c in out
                if c.imposers == candidate.imposers
                and c.targets == candidate.targets
                and c.status == candidate.status
                and (
                    c.date is None
                    or candidate.date is None
                    or (c.date.start <= candidate.date.end and candidate.date.start <= c.date.end)
                )
            ),
            None,
        )
        if twin is not None:
            twin.measures |= candidate.measures
            if twin.date is None:
                twin.date, twin.basis = candidate.date, candidate.basis
            continue
        out.extend(_earlier_states(doc, sent, candidate, group, lo, hi, words))
        out.append(candidate)
    out.extend(_undone_before(doc, sent, out))
    out.extend(_more_to_come(doc, sent, out))
    out.extend(_did_the_same(doc, sent, state, out))
    out.extend(_after_semicolon(doc, sent, out))
    out = _rest_kept(doc, sent, out)
    _remember_packages(out, state)
    if out:
        last = out[-1]
        severed = bool(
            lexicon.search("RELATIONS_NOUN", doc.text[last.trigger[0] : last.trigger[1]])
        )
        state.frame = Frame(
            set(last.imposers), set(last.targets), sent.index, sent.block, relations=severed
        )
        state.last = last
    _remember_subject(doc, sent, state)
    return out


def _earlier_states(
    doc: Document,
    sent: Sentence,
    candidate: Candidate,
    group: list[_Mention],
    lo: int,
    hi: int,
    words: list[_StatusWord],
) -> list[Candidate]:
    """The measure's earlier state the sentence tells beside its news, an event of its own:
    an aside ("UN sanctions on Iran, lifted under the deal, were reimposed") or, for one
    lifted, eased or extended, the relative that tells its imposition ("lifted the sanctions they had
    imposed on Mali in January", "restore the relations that Riyadh had cut in 2016")."""
    text = doc.text
    out: list[Candidate] = []
    aside = _aside(doc, group[0], hi)
    if aside is not None:
        told = [
            w
            for w in words
            if aside[0] <= w.start < aside[1]
            and (
                w.status != candidate.status
                # "… on Russian banks, first imposed in 2014, were tightened in 2022"
                or _FIRST_BEFORE.search(text, max(aside[0], w.start - 15), w.start)
            )
            and not any(m.start <= w.start < m.end for m in group)
        ]
        if told:
            word = told[0]
            earlier = _earlier(candidate, word.status, (word.start, word.end))
            times = [
                t
                for t in doc.times(sent)
                if not _ADJECTIVAL_TIME.search(text[max(0, t.start - 12) : t.start])
            ]  # "lifted under the 2015 nuclear deal": the deal's year, not the lifting's
            roles = (TimeRole.AT, TimeRole.SINCE)
            time = pick_time(times, earlier.trigger, *aside, roles)
            if time is None and word.status == candidate.status:
                return out  # a first imposition not dated is the measure itself
            if time is not None:
                _date_earlier(earlier, time, candidate)
                if candidate.date == time.span:
                    # the news is not dated by its aside's time: "… imposed in June 2017, was
                    # lifted in January 2021"
                    outside = [t for t in times if not aside[0] <= t.start < aside[1]]
                    news = pick_time(outside, candidate.trigger, lo, hi, roles)
                    candidate.date = news.span if news is not None else None
                    candidate.basis = news.basis if news is not None else None
            out.append(earlier)
    if candidate.status not in ("lifted", "eased", "extended") or not candidate.targets:
        return out
    found = _patterns()["earlier"].match(text, candidate.trigger[1], hi)
    if found is None:
        return out
    subject = [
        a
        for a in doc.actors(sent)
        if found.start("subject") <= a.start < found.end("subject") and is_actor(a.code)
    ]
    if subject:
        # "Saudi Arabia and Iran agreed to restore the relations that Riyadh had cut": the
        # subject of the relative imposed what is lifted, on the others
        imposers = {subject[-1].code}
        targets = (candidate.targets | candidate.imposers) - imposers
        if not targets:
            return out
        candidate.imposers, candidate.targets = set(imposers), set(targets)
    earlier = _earlier(candidate, "imposed", (found.start("verb"), found.end("verb")))
    for time in doc.times(sent):
        if (
            time.start < found.end()
            or time.span is None
            or time.role
            not in (
                TimeRole.AT,
                TimeRole.SINCE,
            )
        ):
            continue
        gap = text[found.end() : time.start]
        if not _DEED_END.search(gap) and len(gap.split()) <= 6:
            _date_earlier(earlier, time, candidate)
        break
    out.append(earlier)
    return out


_FIRST_BEFORE = _rx.compile(r"\b(?:first|originally|initially)\s+$", re.I)
_ADJECTIVAL_TIME = _rx.compile(r"\b(?:the|a|an|its|their)\s+$", re.I)


def _date_earlier(earlier: Candidate, time: TimeExpr, news: Candidate) -> None:
    """Date the earlier state by its time; a month with no year told ("they had imposed on
    Mali in January") is the last one before the news it precedes."""
    span = time.span
    if span is None:
        return
    told = news.date
    for _ in range(3):
        if time.explicit_year or told is None or span.start <= told.start:
            break
        span = attrs.evolve(
            span,
            start=span.start - relativedelta(years=1),
            end=span.end - relativedelta(years=1) + relativedelta(day=31)
            if span.precision is not Precision.DAY
            else span.end - relativedelta(years=1),
        )
    earlier.date, earlier.basis = span, time.basis


def _earlier(candidate: Candidate, status: str, trigger: tuple[int, int]) -> Candidate:
    earlier = Candidate("sanction", candidate.sentence, trigger, status)
    earlier.imposers, earlier.targets = set(candidate.imposers), set(candidate.targets)
    earlier.measures = set(candidate.measures)
    earlier.anaphoric = candidate.anaphoric
    # told in passing: where the text tells the deed itself, that telling dates it
    earlier.inherited = True
    return earlier


_UNDONE_BEFORE = _rx.compile(
    r"\s*,?\s*(?P<gap>(?:(?:a|an|one|two|three|four|five|six|seven|\d{1,2}|some|only|just|"
    r"mere|a\s+few)\s+)*(?:days?|weeks?|months?)\s+)?after\s+(?P<subject>[^,;]{1,40}?)\s+"
    r"(?:had\s+|has\s+)?(?:(?:already|just|first)\s+)?(?P<verb>[a-z]+)\s+(?:it|them)\b",
    re.I,
)


def _undone_before(doc: Document, sent: Sentence, found: list[Candidate]) -> list[Candidate]:
    """ "Cuba was put back on the US list on 20 January 2025, days after Joe Biden had taken
    it off": the other step told after the measure, by a pronoun, is an event of its own."""
    if not found or found[-1].date is None or not found[-1].targets:
        return []
    last = found[-1]
    clause = doc.clause_of(sent, last.trigger[0])
    times = [t for t in doc.times(sent) if t.start >= last.trigger[1] and t.end <= clause.end]
    start = max([last.trigger[1], *(t.end for t in times)])
    match = _UNDONE_BEFORE.match(doc.text, start, clause.end)
    if match is None:
        return []
    verb = match.group("verb")
    if re.fullmatch(r"tak(?:en|e|es|ing)|took", verb, re.I) and re.match(
        r"\s+off\b", doc.text[match.end() : match.end() + 5]
    ):
        status = "lifted"  # "had taken it off" (the list)
    else:
        name = next((n for n in _STATUS_LISTS if lexicon.pattern(n).fullmatch(verb)), None)
        status = lexicon.entries(name).get("status", "imposed") if name else ""
    if not status or status in _MODAL or status == last.status:
        return []
    subject = [
        a
        for a in doc.actors(sent)
        if match.start("subject") <= a.start < match.end("subject") and is_actor(a.code)
    ]
    trigger = (match.start("verb"), match.end("verb"))
    candidate = Candidate("sanction", sent, trigger, status)
    candidate.imposers = {subject[-1].code} - last.targets if subject else set(last.imposers)
    candidate.targets = set(last.targets)
    candidate.measures = set(last.measures)
    candidate.inherited = True
    span = last.date
    gap = match.group("gap")
    if gap and span is not None and span.precision is Precision.DAY:
        counted = _days_after(doc, match.start("gap") + len(gap), [last])
        if counted[0] is not None:
            candidate.date, candidate.basis = counted  # "a day after", "two weeks after"
        elif re.fullmatch(r"days", gap.split()[-1], re.I):
            # "days after": the month of the day told, at the precision the text allows
            first = span.start.replace(day=1)
            candidate.date = DateSpan(
                start=first,
                end=first + relativedelta(day=31),
                precision=Precision.MONTH,
            )
            candidate.basis = last.basis
    return [candidate]


_WARNED = _rx.compile(r"\b(?:warn|threaten)(?:s|ed|ing)?\b[^.;]{0,80}?$", re.I)


def _more_to_come(doc: Document, sent: Sentence, found: list[Candidate]) -> list[Candidate]:
    """ "… suspended visa-free travel for Georgian officials, and Brussels warned Tbilisi that
    ordinary citizens could be next": the measure widened, threatened."""
    if not found or found[-1].status not in ("imposed", "extended") or not found[-1].targets:
        return []
    last = found[-1]
    more = lexicon.search("MORE_TO_COME", doc.text, last.trigger[1], sent.end)
    if more is None or not _WARNED.search(doc.text, last.trigger[1], more.start()):
        return []
    candidate = Candidate("sanction", sent, (more.start(), more.end()), "threatened")
    candidate.imposers, candidate.targets = set(last.imposers), set(last.targets)
    candidate.measures = set(last.measures)
    candidate.date, candidate.basis = last.date, last.basis
    candidate.inherited = True
    return [candidate]


def _rest_kept(doc: Document, sent: Sentence, found: list[Candidate]) -> list[Candidate]:
    """ "Moscow lifted its ban on charter flights, but the other restrictions remain in
    place": one part lifted and the rest kept is the package eased, one event."""
    lifted = [c for c in found if c.status == "lifted"]
    if not lifted:
        return found
    kept: list[Candidate] = []
    for candidate in found:
        if candidate.status != "imposed" or candidate.trigger[0] <= lifted[0].trigger[1]:
            continue
        clause = doc.clause_of(sent, candidate.trigger[0])
        told = doc.text[max(clause.start, candidate.trigger[0] - 25) : candidate.trigger[1]]
        if lexicon.search("REST_OF_PACKAGE", told) and lexicon.search(
            "KEPT", doc.text[candidate.trigger[0] : clause.end]
        ):
            kept.append(candidate)
    for candidate in kept:
        for part in lifted:
            if part.targets & candidate.targets and (
                not candidate.imposers or candidate.imposers == part.imposers
            ):
                part.status = "eased"
    gone = {id(c) for c in kept if any(c.targets & p.targets for p in lifted)}
    return [c for c in found if id(c) not in gone]


def _remember_packages(found: list[Candidate], state: State) -> None:
    for candidate in found:
        if candidate.status in ("imposed", "extended") and candidate.measures:
            key = (frozenset(candidate.imposers), frozenset(candidate.targets))
            state.packages.setdefault(key, set()).update(candidate.measures)


def _part_lifted(candidate: Candidate, group: list[_Mention], state: State) -> None:
    """ "The ban on charters and tour sales was cancelled" after a package of trade, travel
    and other measures: one part lifted, the rest kept, so the package is eased."""
    if candidate.status != "lifted" or not candidate.measures:
        return
    if any(m.source in _WHOLE_LISTS for m in group):
        return  # "the sanctions were lifted": the whole of them
    told = state.packages.get((frozenset(candidate.imposers), frozenset(candidate.targets)))
    if told and candidate.measures < told:
        candidate.status = "eased"


def _did_the_same(
    doc: Document, sent: Sentence, state: State, found: list[Candidate]
) -> list[Candidate]:
    """ "Canada suspended its extradition treaty with Hong Kong on 3 July, and Australia
    did the same on 9 July": the measure told just before, by another imposer."""
    model = found[-1] if found else state.last
    if model is None or sent.index - model.sentence.index > 1 or not model.targets:
        return []
    out: list[Candidate] = []
    for match in doc.matches(lexicon.pattern("DID_THE_SAME"), sent):
        at = sent.start + match.start()
        if at < model.trigger[1]:
            continue
        clause = doc.clause_of(sent, at)
        subjects = [
            a
            for a in doc.actors(sent)
            if clause.start <= a.start < at and is_actor(a.code) and not a.topic
        ]
        if not subjects:
            continue
        imposers, targets = {subjects[-1].code} - model.targets, set(model.targets)
        if not imposers and model.imposers:
            # "Ukraine closed its airspace to Russian airlines, and Russia did the same": its
            # target answers in kind
            imposers, targets = {subjects[-1].code}, set(model.imposers) - {subjects[-1].code}
        if not imposers or not targets or imposers == model.imposers:
            continue
        trigger = (at, sent.start + match.end())
        candidate = Candidate("sanction", sent, trigger, model.status)
        candidate.imposers, candidate.targets = imposers, targets
        candidate.measures = set(model.measures)
        candidate.date, candidate.basis = _date(doc, sent, trigger, clause.start, clause.end)
        out.append(candidate)
    return out


_RELATIVE_AFTER = _rx.compile(
    r"^\s*,?\s*(?:(?:that|which)\s+(?:[\w'’-]+\s+){0,3}|(?:they|it|he|she|we)\s+"
    r"(?:had|has|have)\s+(?:(?:already|first|earlier|previously|originally|once)\s+)?(?:been\s+)?)$",
    re.I,
)
_MAIN_PASSIVE = _rx.compile(
    r"\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+|finally\s+)?$",
    re.I,
)
_RECIPROCAL = _rx.compile(r"\b(?:each\s+other|one\s+another)(?:['’]s?)?(?!\w)", re.I)


_VERB_FIRST = _rx.compile(
    r"^(?:[a-z]+ed|[a-z]+ing|cut|cuts|shut|shuts|froze|freezes?|put|puts|broke|breaks?|withdrew|"
    r"withdraws?|gave|gives?|told|tells?|orders?|expels?|bans?|bars?|suspends?|closes?|halts?|"
    r"recalls?|downgrades?|severs?|removes?|drops?|adds?|places?|designates?|imposes?|"
    r"introduces?|prohibits?|revokes?|readmits?|restores?|resumes?|lifts?|pauses?|ends?|"
    r"scraps?|strikes?|struck|took|takes?|delists?|reinstates?)\b"
)
# Mentions that name a package as a whole ("the sanctions", "restrictive measures").
_WHOLE_LISTS = ("MEASURE_GENERIC", "MEASURE_UN", "MEASURE_LAW", "MEASURE_ANAPHOR")
# "The ban on charter flights was cancelled": a noun whose status is told by the clause.
_NOUN_ON = _rx.compile(r"(?:bans?|halts?|curbs?|controls?)\s+(?:on|of)\b", re.I)
_PASSIVE_LISTS = ("MEASURE_TRAVEL_OF",)
_NOMINAL_LISTS = ("MEASURE_GENERIC", "MEASURE_UN", "MEASURE_LAW", "MEASURE_ANAPHOR", "RELIEF")


def _verbal(doc: Document, mention: _Mention) -> bool:
    """Whether a mention is a verb with its object ("expelled the envoy", "closed its airspace")."""
    if mention.source in _NOMINAL_LISTS:
        return False
    if mention.source in _PASSIVE_LISTS:
        return True  # "all visas issued to its nationals would be revoked": its verb ends it
    if doc.text[mention.start : mention.end].lower().endswith(" frozen"):
        return True  # "the central bank's reserves were frozen": the passive verb ends it
    words = doc.text[mention.start : mention.end].lower()
    first = words.split(maxsplit=1)[0] if words.strip() else ""
    if lexicon.pattern("MEASURE_MODIFIER").fullmatch(first):
        return False  # "countervailing duties", "sweeping sanctions": an adjective, no verb
    return bool(_VERB_FIRST.match(words)) and not words.startswith(("banking", "sanctioning"))


def _segments(
    doc: Document, group: list[_Mention], lo: int, hi: int
) -> list[tuple[list[_Mention], int, int, bool]]:
    """A clause's mentions in the stretches that tell one measure each: a reason that names
    another measure ("… in response to Tokyo's sanctions") starts a nested one, and two
    measures told by verbs of their own ("closed its airspace … and suspended all trade")
    are two."""
    cue = _rx.compile(
        r"\b" + lexicon.fragment("COUNTER") + r"|\bin\s+response\s+to\b|\bafter\b", re.I
    )
    out: list[tuple[list[_Mention], int, int, bool]] = []
    current: list[_Mention] = [group[0]]
    start, nested = lo, False
    for previous, mention in itertools.pairwise(group):
        between = doc.text[previous.end : mention.start]
        found = None
        for match in cue.finditer(between):
            found = match
        joined = re.search(r"(?:,|\band\b|;)", between)
        if found is not None and mention.source != "MEASURE_ANAPHOR":
            split = previous.end + found.start()
            out.append((current, start, split, nested))
            current, start, nested = [mention], split, True
        elif (alongside := _patterns()["alongside"].search(between)) is not None:
            # "The EU's embargo … took effect, alongside a G7 price cap": another's measure
            split = previous.end + alongside.start()
            out.append((current, start, split, nested))
            current, start = [mention], split
        elif joined and _verbal(doc, mention) and _verbal(doc, previous):
            split = previous.end + joined.start()
            out.append((current, start, split, nested))
            current, start = [mention], split
        elif (
            joined
            and mention.relief
            and not previous.relief
            and (give := _patterns()["relief_verb"].search(between)) is not None
            and joined.start() < give.start()
        ):
            # "as US oil sanctions on Iran came back into force, Washington granted waivers":
            # the relief its own verb gives is a step of its own
            split = previous.end + joined.start()
            out.append((current, start, split, nested))
            current, start = [mention], split
        else:
            current.append(mention)
    out.append((current, start, hi, nested))
    return out


def _candidate(
    doc: Document,
    sent: Sentence,
    group: list[_Mention],
    lo: int,
    hi: int,
    status: str,
    imposers: set[str],
    targets: set[str],
    own: bool,
    verb: _StatusWord | None = None,
    nested: bool = False,
) -> Candidate:
    trigger = (group[0].start, group[0].end)
    candidate = Candidate("sanction", sent, trigger, status)
    candidate.imposers, candidate.targets = set(imposers), set(targets)
    if (
        own
        or verb is not None
        or all(m.relief for m in group)  # a licence is told with the verb that issues it
        or any(_verbal(doc, m) for m in group)
        or any(lexicon.entries(m.source).get("deed") for m in group)  # "the activation of"
    ):
        # A measure told again with borrowed roles and no verb of its own ("urged the
        # repeal of its measures") is not dated by the times of what else the clause tells.
        # a measure told as the cause of another ("… after London imposed sanctions") is not
        # dated by the times of the measure it caused
        candidate.date, candidate.basis = _date(
            doc, sent, trigger, lo, hi, status, contained=nested
        )
    candidate.step = any(lexicon.entries(m.source).get("deed") for m in group)
    candidate.measures = {_KINDS[m.kind] for m in group if m.kind in _KINDS}
    candidate.until = _until(doc, sent, lo, hi)
    window = doc.text[lo:hi]
    for name in ("HINT_TRADE", "HINT_FINANCIAL", "HINT_TRAVEL", "HINT_ARMS"):
        if lexicon.pattern(name).search(window):
            candidate.measures.add(_KINDS[lexicon.entries(name).get("kind")])
    reason = _reason(doc, trigger[1], sent.end)
    if reason:
        candidate.reason = reason
    candidate.anaphoric = not imposers
    candidate.inherited = not own
    return candidate


_ALONGSIDE_START = _rx.compile(r",\s*(?:alongside|along\s+with|together\s+with)\b", re.I)
_ALREADY = _rx.compile(r"\bhad\s+(?:already|previously|earlier)\s+(?:been\s+)?$", re.I)
_DAYS_BEFORE = _rx.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+$", re.I
)
_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBER["seven"] = 7


def _days_after(
    doc: Document, lo: int, told: list[Candidate]
) -> tuple[DateSpan | None, DateBasis | None]:
    """ "…, a day after New Delhi expelled Pakistan's advisers": the day of the cause, counted
    back from the day of the measure told just before it."""
    found = _DAYS_BEFORE.search(doc.text, max(0, lo - 20), lo)
    if found is None or not told or told[-1].date is None:
        return None, None
    span = told[-1].date
    if span.precision is not Precision.DAY or span.start != span.end:
        return None, None
    word = found.group("n").lower()
    number = int(word) if word.isdigit() else _NUMBER[word]
    days = number * (7 if found.group("unit").lower().startswith("week") else 1)
    return DateSpan.day(span.start - timedelta(days=days)), told[-1].basis


_AFTER_SUBJECT = _rx.compile(r"\bafter\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,4}$", re.I)


def _date_cause(doc: Document, sent: Sentence, candidate: Candidate, lo: int, hi: int) -> None:
    """ "Moscow retaliated on 30 March 2022, a week after Warsaw expelled 45 Russian
    diplomats": a measure told as the cause of what the clause tells is not dated by the
    time of its effect, but counted back from it."""
    after = _AFTER_SUBJECT.search(doc.text, lo, candidate.trigger[0])
    if after is None:
        return
    times = [t for t in doc.times(sent) if t.span is not None and lo <= t.start < hi]
    if any(t.start >= after.start() for t in times) or not any(
        t.end <= after.start() for t in times
    ):
        return  # the cause tells its own time, or no time is told before it
    candidate.date, candidate.basis = _days_after(doc, after.start(), [candidate])


def _within_hours(
    doc: Document, sent: Sentence, candidate: Candidate, state: State
) -> tuple[DateSpan | None, DateBasis | None]:
    """ "Within hours Beijing hit back, barring ten Europeans …": the day of the measure told
    just before."""
    last = state.last
    if (
        last is None
        or last.date is None
        or last.date.precision is not Precision.DAY
        or sent.index - last.sentence.index > 1
        or not lexicon.search("SAME_DAY", doc.text, sent.start, candidate.trigger[0])
    ):
        return None, None
    return last.date, last.basis


_NAME_BEFORE = _rx.compile(r"(?-i:[A-Z][\w-]+)\s+$")


def _firm_suspends_flights(doc: Document, actors: list[Actor], first: _Mention, lo: int) -> bool:
    """ "Lufthansa suspended its flights to Tehran": flights suspended by a named subject that
    is no state or group of states are a carrier's."""
    if first.source != "MEASURE_TRAVEL" or not re.search(
        r"flights", doc.text[first.start : first.end]
    ):
        return False
    name = _NAME_BEFORE.search(doc.text, max(lo, first.start - 40), first.start)
    return name is not None and not any(a.start <= name.start() < a.end for a in actors)


_NAMED_TARGET = _rx.compile(
    r"\s+(?:against|on|targeting)\s+(?:the\s+)?(?P<name>(?-i:[a-z]{1,3}-)?(?-i:[A-Z])[\w'’-]+|"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,2}(?-i:groups|militias|rebels|gangs|factions|insurgents|"
    r"militants|terrorists|cartels)\b)"
)


def _names_other_target(doc: Document, actors: list[Actor], group: list[_Mention], hi: int) -> bool:
    """Whether the measure names its target right after it, and the name is no state or
    group of states ("measures against al-Shabaab"): it borrows no target of the sentence."""
    found = _NAMED_TARGET.match(doc.text, group[-1].end, hi)
    if found is None:
        return False
    at = found.start("name")
    return not any(a.start <= at < a.end or a.start == at for a in actors)


def _bloc_adjective(doc: Document, lo: int, first: _Mention) -> set[str]:
    """ "European sanctions": the bloc an adjective before the measure names."""
    before = doc.text[max(lo, first.start - 60) : first.start]
    found = _patterns()["bloc_adjective"].search(before)
    if found is None:
        return set()
    codes: dict[str, str] = lexicon.entries("BLOC_ADJECTIVE").get("imposers", {})
    code = codes.get(found.group("adj"))
    return {code} if code else set()


def _reason_target(doc: Document, actors: list[Actor], first: _Mention, hi: int) -> set[str]:
    """ "sanctions in response to Russian aggression": the state the reason is about."""
    reason = _patterns()["reason"].search(doc.text[first.end : hi])
    if reason is None:
        return set()
    at = first.end + reason.end()
    for actor in actors:
        if actor.start < at or actor.topic:
            continue
        gap = doc.text[at : actor.start]
        if re.fullmatch(r"\s+(?:the\s+|its\s+|their\s+)?", gap) and is_state(actor.code):
            return {actor.code}
        break
    return set()


_FUTURE_PASSIVE = _rx.compile(
    r"\b(?:would|will|shall|is\s+to|are\s+to)\s+(?:\w+\s+)?be\s+(?:\w+\s+)?\w+(?:ed|en)\b(?!\s+by\b)",
    re.I,
)


def _widens_to(doc: Document, verb: _StatusWord, actor: Actor) -> bool:
    """ "extend to Hong Kong": the widening verb names the actor as where the measure goes."""
    return (
        actor.start > verb.end
        and bool(re.fullmatch(r"\s+to\s+(?:the\s+)?", doc.text[verb.end : actor.start], re.I))
        and bool(lexicon.pattern("WIDEN_TO").fullmatch(verb.text))
    )


def _relative_measure(
    doc: Document, actors: list[Actor], group: list[_Mention], hi: int, roles: _Roles
) -> tuple[int, list[_Mention], _Roles] | None:
    """The measure a relative clause right after the mention tells on a target of its own
    ("the arms embargo that the UK has applied to mainland China"): where the relative
    starts, its mention (the verb) and its roles. The target leaves the main measure."""
    last = group[-1]
    for actor in actors:
        if actor.start <= last.end or actor.start >= hi or not is_state(actor.code):
            continue
        found = _patterns()["relative_on"].match(doc.text[last.end : actor.start])
        if found is None:
            continue  # "that the UK …": the subject of the relative, not its target
        subject = [
            a
            for a in actors
            if last.end + found.start("subject") <= a.start < last.end + found.end("subject")
            and is_actor(a.code)
        ]
        its = _Roles()
        its.imposers = {subject[-1].code} if subject else set(roles.imposers)
        its.targets = {actor.code}
        its.imposers -= its.targets
        if not its.imposers or actor.code not in roles.targets or roles.targets == {actor.code}:
            return None  # (the measure's only target is the relative's: one measure)
        roles.targets.discard(actor.code)
        start = last.end + found.start("verb")
        mention = _Mention(start, last.end + found.end("verb"), last.kind, last.source)
        return last.end + found.start(), [mention], its
    return None


_PROMISED = _rx.compile(r"\b(?:will|would|shall)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def _promise(doc: Document, actors: list[Actor], group: list[_Mention], lo: int) -> int | None:
    """ "If Russia invades Ukraine, the EU will impose sanctions on Moscow": a clause that
    opens on a state's act as a condition and then promises a measure; where the promise
    starts, or None."""
    opening = _patterns()["opening_condition"].match(doc.text, lo, group[0].start)
    if opening is None:
        return None
    end = opening.end()
    if not any(lo <= a.start < end and is_state(a.code) and not a.topic for a in actors):
        return None  # "If approved, the measures will take effect …": no state's act
    if not _PROMISED.search(doc.text[end : group[0].start + 1]) and not _PROMISED.search(
        doc.text[max(end, group[0].start - 40) : group[0].start]
    ):
        return None
    return end


def _answer_threat(
    doc: Document,
    sent: Sentence,
    group: list[_Mention],
    lo: int,
    roles: _Roles,
    verb: _StatusWord | None,
) -> Candidate | None:
    """ "if Britain imposed sanctions on any Chinese official, China would make a resolute
    response": the measure of the condition is not taken, and the state that answers it
    threatens its imposer. None when the clause is no such condition; a candidate with no
    imposer when it is one whose answer names no state."""
    condition, first = None, group[0]
    for mention in group:
        # "… would take retaliatory measures if Norway expelled Russian diplomats": the
        # measure of the condition need not be the clause's first
        at = mention.start
        if mention is group[0] and verb is not None:
            at = min(at, verb.start)
        condition = _patterns()["condition"].search(doc.text[lo:at])
        if condition is not None:
            first = mention
            break
    if condition is None:
        return None
    cond_at = lo + condition.start()
    answer = _patterns()["answer"].search(doc.text, first.end, sent.end)
    if answer is None:
        # "Beijing said that it would retaliate if Canada imposed sanctions …"
        answer = _patterns()["answer_before"].search(doc.text, sent.start, cond_at)
    if answer is None:
        return None
    if any(m is not first and not answer.start("answer") <= m.start < answer.end() for m in group):
        return None  # another measure of the clause is told as taken
    actors = doc.actors(sent)
    who = [
        a
        for a in actors
        if answer.start("who") <= a.start < answer.end("who") and is_actor(a.code) and not a.topic
    ]
    trigger = (answer.start("answer"), answer.end("answer"))
    candidate = Candidate("sanction", sent, trigger, "threatened")
    # who takes the measure of the condition: the state told between "if" and the measure
    told = {
        a.code
        for a in actors
        if cond_at <= a.start < first.start and is_actor(a.code) and not a.topic
    }
    targets = told or {c for c in roles.imposers if is_actor(c)}
    if not who or not targets:
        return candidate
    candidate.imposers = {who[-1].code} - targets
    candidate.targets = targets - candidate.imposers
    if not candidate.imposers or not candidate.targets:
        candidate.imposers = set()
        return candidate
    candidate.date, candidate.basis = _date(doc, sent, trigger, sent.start, sent.end, "threatened")
    return candidate


_PRONOUN_OBJECT = _rx.compile(r"^[\w'’-]+\s+(?:him|her|them)\b", re.I)
_ENVOY_STATE = _rx.compile(r"^\s+(?:of|from)\s+(?:the\s+)?$", re.I)


def _envoy_before(
    doc: Document, sent: Sentence, actors: list[Actor], mention: _Mention
) -> set[str]:
    """ "after the French ambassador ignored a summons, it gave him 48 hours to leave": a
    diplomatic measure on a pronoun is on the envoy named last before it, of his state."""
    if mention.source != "MEASURE_DIPLOMATIC" or not _PRONOUN_OBJECT.match(
        doc.text[mention.start : mention.end]
    ):
        return set()
    where, told = sent, actors
    envoys = lexicon.finditer("ENVOY_NOUN", doc.text[sent.start : mention.start])
    if not envoys and sent.index > 0:
        # "Mali summoned the Belgian ambassador. The junta gave him 72 hours to leave."
        where = doc.sentences[sent.index - 1]
        if where.block != sent.block:
            return set()
        told = doc.actors(where)
        envoys = lexicon.finditer("ENVOY_NOUN", where.text)
    if not envoys:
        return set()
    start, end = where.start + envoys[-1].start(), where.start + envoys[-1].end()
    for actor in told:
        if actor.topic or not is_state(actor.code):
            continue
        if actor.end <= start and re.fullmatch(
            r"(?:[’']s)?\s+(?:(?![\w-]+ed\b)[\w-]+\s+)?", doc.text[actor.end : start]
        ):
            return {actor.code}  # "the French ambassador", "Belgium's envoy"
        if actor.start >= end and _ENVOY_STATE.match(doc.text[end : actor.start]):
            return {actor.code}  # "the ambassador of France"
    return set()


_ANAPHOR = _rx.compile(
    r"^\W{0,3}(?:they|these|those|both|the\s+(?:\w+\s+)?(?:measures|restrictions|sanctions|bans?|curbs|penalties))\s+"
    r"(?:(?:were|was|are|is|have|has|had|been|will|would|be|also|again|first|last|then|later|now|only|since)\s+){0,4}",
    re.I,
)


def _anaphor(doc: Document, sent: Sentence, state: State) -> list[Candidate]:
    """ "They were last extended until 15 September": a sentence about the measure told before."""
    frame = state.frame
    if frame is None or sent.index - frame.sentence > 2 or not frame.targets:
        return []
    candidate = _anaphor_at(doc, sent, frame, sent.start)
    if candidate is None:
        return []
    state.frame = Frame(set(frame.imposers), set(frame.targets), sent.index, sent.block)
    return [candidate]


def _anaphor_at(doc: Document, sent: Sentence, frame: Frame, start: int) -> Candidate | None:
    """The measure of ``frame`` told again by an anaphor ("they were restored") at ``start``,
    to the end of the sentence."""
    text = doc.text[start : sent.end]
    match = _ANAPHOR.match(text)
    if match is None:
        return _anaphor_object(doc, sent, frame, start)
    rest = text[match.end() :]
    # Severed relations "were restored", "re-established", "resumed": the severance ends.
    names = ("RESTORE_VERB", *_STATUS_LISTS) if frame.relations else _STATUS_LISTS
    for name in names:
        found = lexicon.pattern(name).match(rest)
        if found is None:
            continue
        status = lexicon.entries(name).get("status", "imposed")
        if frame.relations and lexicon.search("RESTORE_VERB", found.group()):
            status = "lifted"  # "… broke off diplomatic relations; they were restored in 1986"
        trigger = (start + match.end(), start + match.end() + found.end())
        candidate = Candidate("sanction", sent, trigger, status)
        candidate.imposers, candidate.targets = set(frame.imposers), set(frame.targets)
        candidate.date, candidate.basis = _date(doc, sent, trigger, start, sent.end, status)
        candidate.until = _until(doc, sent, start, sent.end)
        candidate.inherited = True
        candidate.anaphoric = not candidate.imposers
        return candidate
    return None


_ANAPHOR_OBJECT = _rx.compile(
    r"\W{0,3}(?:it|they|he|she|we)\s+(?:(?:also|later|then|quickly|soon|only|finally|has|have|"
    r"had|will|would)\s+){0,2}(?P<verb>[\w-]+)\s+(?:them|it)\b",
    re.I,
)


def _anaphor_object(doc: Document, sent: Sentence, frame: Frame, start: int) -> Candidate | None:
    """ "It reimposed them in April 2024": the measure told before, named by a pronoun object
    of a verb of its life cycle, the pronoun subject its imposer."""
    match = _ANAPHOR_OBJECT.match(doc.text, start, sent.end)
    if match is None or not frame.imposers:
        return None
    verb = match.group("verb")
    name = next((n for n in _STATUS_LISTS if lexicon.pattern(n).fullmatch(verb)), None)
    if name is None or lexicon.entries(name).get("status") in _MODAL:
        return None
    status = lexicon.entries(name).get("status", "imposed")
    trigger = (match.start("verb"), match.end("verb"))
    candidate = Candidate("sanction", sent, trigger, status)
    candidate.imposers, candidate.targets = set(frame.imposers), set(frame.targets)
    candidate.date, candidate.basis = _date(doc, sent, trigger, start, sent.end, status)
    candidate.until = _until(doc, sent, start, sent.end)
    candidate.inherited = True
    return candidate


def _after_semicolon(doc: Document, sent: Sentence, out: list[Candidate]) -> list[Candidate]:
    """ "Guatemala broke off diplomatic relations …; they were restored only in 1986": a
    clause after a semicolon that tells the measure just told again, by an anaphor."""
    if not out or not out[-1].targets:
        return []
    last = out[-1]
    cut = doc.text.find(";", last.trigger[1], sent.end)
    if cut < 0:
        return []
    start = cut + 1
    while start < sent.end and doc.text[start].isspace():
        start += 1
    frame = Frame(
        set(last.imposers),
        set(last.targets),
        sent.index,
        sent.block,
        relations=bool(
            lexicon.search("RELATIONS_NOUN", doc.text[last.trigger[0] : last.trigger[1]])
        ),
    )
    candidate = _anaphor_at(doc, sent, frame, start)
    return [candidate] if candidate is not None else []


def _topic_state(doc: Document, sent: Sentence, state: State, imposers: set[str]) -> set[str]:
    """The state the text so far is about: named most often, at least twice, and not the
    speaker's own nor the measure's imposer."""
    we = set(doc.we(sent))
    speakers = we if len(we) == 1 else set()  # a guess of many speakers tells no side
    ranked = sorted(
        ((n, code) for code, n in state.named.items() if code not in speakers | imposers),
        reverse=True,
    )
    if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return set()
    return {ranked[0][1]}


def _remember_subject(doc: Document, sent: Sentence, state: State) -> None:
    """The first state named as a subject of the sentence, for a later "it" or "they"."""
    for actor in doc.actors(sent):
        if is_state(actor.code) and not actor.topic:
            state.named[actor.code] = state.named.get(actor.code, 0) + 1
    for actor in doc.actors(sent):
        if actor.topic or not is_actor(actor.code):
            continue
        before = doc.text[sent.start : actor.start]
        if before.count("(") > before.count(")"):
            continue  # "with 6 abstentions (Bolivia, China, …), the Council decided"
        if not _PREPOSITION_BEFORE.search(before[-60:]):
            state.subject = {actor.code}
            state.history = [*state.history[-5:], actor.code]
        return


def _reason(doc: Document, start: int, end: int) -> str | None:
    match = re.search(
        r"\b"
        + lexicon.fragment("REASON_CUE")
        + r"\s+(?P<reason>(?:its|the|their|his|her|a|an)\s+[^,.;:()“”\"]{3,80})",
        doc.text[start:end],
        re.I,
    )
    return match.group("reason").strip() if match else None


def publication_day(doc: Document) -> date | None:
    return doc.anchor if doc.anchor_is_publication else None


__all__ = ["State", "sanction_candidates"]
