"""Sanctions: who restricts whom, with which measures, since when, and what became of them."""

from __future__ import annotations

import re

from dipevents.extract import lexicon
from dipevents.extract.candidates import Candidate, pick_time
from dipevents.extract.document import Actor, Document
from dipevents.extract.sentences import Sentence
from dipevents.extract.timex import Role as TimeRole
from dipevents.models._codes import is_actor, is_state

_UN = re.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations)?\s*Security\s+Council\b|\bresolutions?\s+\d{3,4}\b|\bUN\s+sanctions\b",
    re.I,
)
_SUBJECT_END = re.compile(r"\b(?:which|that|who|where)\s*$", re.I)
_FACE = re.compile(r"\b(?:could|would|may|might|will|to)\s+face\b", re.I)
_TARGET_NOUN = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:exports?|imports?|oil|crude|coal|ships?|vessels|banks?|entities|companies|firms|"
    r"organi[sz]ations|individuals|officials|regime|economy|goods|workers|sector|government|nuclear|chip)\b",
    re.I,
)
_IMPOSING = re.compile(
    r"^[\s,]*(?:has\s+|had\s+|have\s+|once\s+again\s+|also\s+|now\s+)*(?:\w+ly\s+)?(?:"
    + lexicon.IMPOSER_VERB.pattern[6:-3]
    + r")",
    re.I,
)
_BY = re.compile(
    r"\b(?:imposed|adopted|introduced|approved|passed|extended|announced)\s+by\s+(?:the\s+)?$", re.I
)
_PRONOUN_FACE = re.compile(r"\b(?:it|they)\s+(?:could|would|may|might|will)\s+face\b", re.I)
_CALL_ON = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+on|urg(?:ed|es|ing)|asked|press(?:ed|es|ing)?)\s+(?:the\s+)?$", re.I
)
_SPEECH = re.compile(
    r"\b(?:criticis|criticiz|condemn|oppos|said|says|called|urged|warned|complain|protest)", re.I
)
_ADJECTIVES = re.compile(
    r"^(?:[’']s)?(?:\s+(?:own|new|economic|sectoral|financial|tough|tougher|harsh|harsher|further|additional|"
    r"unilateral|international|existing|previous|current|latest|targeted|oil|trade|secondary|sweeping|fresh))*\s*$",
    re.I,
)
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:their|its)\s+(?:\w+\s+){0,2}$", re.I)
_OWN = re.compile(
    r"\b(?:its|their)\s+own\b|\bsimilar\b|\bthe\s+same\b|\bblacklist|\bfroze\b|\bassets\b", re.I
)


def _status(window: str) -> str:
    if lexicon.PROPOSED_SANCTION.search(window):
        return "proposed"
    if lexicon.THREATENED.search(window) and not re.search(
        r"\bthreat\s+(?:from|posed)\b", window, re.I
    ):
        return "threatened"
    if lexicon.LIFTED.search(window) and not lexicon.IMPOSED.search(window):
        return "lifted"
    if lexicon.EASED.search(window):
        return "eased"
    if lexicon.EXTENDED.search(window):
        return "extended"
    return "imposed"


def sanction_candidates(
    doc: Document, sent: Sentence, others: list[tuple[int, int]], previous_target: set[str]
) -> list[Candidate]:
    out: list[Candidate] = []
    text = doc.text
    matches = list(lexicon.SANCTION.finditer(sent.text))
    if not matches:
        return out
    # One candidate per sentence clause with a trigger: the first trigger stands for the clause.
    seen_clauses: set[int] = set()
    for match in matches:
        trigger = (sent.start + match.start(), sent.start + match.end())
        clause = doc.clause_of(sent, trigger[0])
        if clause.start in seen_clauses:
            continue
        seen_clauses.add(clause.start)
        lo, hi = clause.start, clause.end
        actors = [a for a in doc.actors(sent) if is_actor(a.code)]
        imposers: set[str] = set()
        targets: set[str] = set()
        for actor in actors:
            before = text[max(sent.start, actor.start - 14) : actor.start]
            after = text[actor.end : actor.end + 60]
            if actor.topic:
                continue
            if lexicon.TARGET_PREP.search(before) and actor.start > trigger[0] - 5:
                targets.add(actor.code)
            elif actor.end <= trigger[0] and _ADJECTIVES.match(text[actor.end : trigger[0]]):
                imposers.add(actor.code)  # "US sanctions", "Tokyo's sanctions", "UN sanctions"
            elif _CALL_ON.search(before) and actor.start < trigger[0]:
                imposers.add(actor.code)  # "called on the European Union to adopt new sanctions"
            elif (
                actor.start >= trigger[1]
                and actor.start - trigger[1] < 60
                and _TARGET_NOUN.match(after)
            ):
                targets.add(actor.code)  # "bans North Korean exports", "on Iranian oil"
            elif _FACE.search(text[actor.end : trigger[0]]) and actor.end <= trigger[0]:
                targets.add(actor.code)  # "India could face American sanctions"
            elif actor.end <= trigger[0] + 5 and _IMPOSING.match(after):
                imposers.add(actor.code)  # "Japan introduced sanctions", "which Trump signed"
            elif actor.start > trigger[0] and _BY.search(before):
                imposers.add(actor.code)  # "sanctions imposed by Western countries"
        if _UN.search(text[lo:hi]):
            imposers.add("UN")
        if _PRONOUN_FACE.search(text[lo : trigger[0]]) and not targets:
            before_it = [
                a
                for a in actors
                if a.end <= trigger[0] and is_state(a.code) and a.code not in imposers
            ]
            if before_it:
                targets.add(before_it[-1].code)  # "India … it could face American sanctions"
        if not imposers and _POSSESSIVE_PRONOUN.search(
            text[max(sent.start, trigger[0] - 30) : trigger[0]]
        ):
            owner = _salient(doc, sent, exclude=targets)
            if owner is not None:
                imposers.add(owner)  # "their sanctions against Moscow": the leaders of the G7
        # The clause's subject: "Japan, despite retaining sanctions on Russia".
        if not imposers and not _SPEECH.search(text[lo : trigger[0]]):
            subject = _subject(doc, sent, actors, trigger, targets)
            if subject is not None:
                imposers.add(subject)
        if not targets:
            sanctioned = [
                a for a in actors
                if a.code not in imposers and re.search(r"sanctions-|suffering\s+from", text[a.end : a.end + 80])
            ]  # fmt: skip
            targets = {a.code for a in sanctioned[:1]}
        if not targets and previous_target and _OWN.search(sent.text):
            targets = set(previous_target)
        imposers -= targets
        if not targets:
            continue
        window = text[lo:hi]
        if _DESIRE.search(window):
            window = re.sub(
                r"\b(?:eas\w*|lift\w*|relief|relax\w*)\b", "", window
            )  # a demand, not a change
        times = doc.times(sent)
        time = pick_time(times, trigger, lo, hi, (TimeRole.AT, TimeRole.SINCE)) or pick_time(
            times, trigger, sent.start, sent.end, (TimeRole.AT, TimeRole.SINCE)
        )
        candidate = Candidate("sanction", sent, trigger, _status(window))
        candidate.imposers, candidate.targets = imposers, targets
        if time is not None and time.span is not None:
            candidate.date, candidate.basis = time.span, time.basis
        candidate.measures = {
            measure for measure, pattern in lexicon.MEASURES if pattern.search(sent.text)
        }
        reason = lexicon.REASON.search(text[trigger[1] : sent.end])
        if reason:
            candidate.reason = reason.group("reason").strip()
        candidate.anaphoric = not imposers
        out.append(candidate)
    return out


_DESIRE = re.compile(
    r"\b(?:wants?|wanted|demand(?:s|ed)?|asked\s+(?:only\s+)?for|seeks?|sought|insist(?:s|ed|ing)?)\b",
    re.I,
)


def _salient(doc: Document, sent: Sentence, exclude: set[str]) -> str | None:
    """The group or state the previous sentences were about, for "their"/"its"."""
    for previous in reversed(doc.sentences[max(0, sent.index - 3) : sent.index]):
        for actor in reversed(doc.actors(previous)):
            if actor.code not in exclude and not actor.topic and actor.via == "name":
                return actor.code
    return None


def _subject(
    doc: Document, sent: Sentence, actors: list[Actor], trigger: tuple[int, int], targets: set[str]
) -> str | None:
    before = [a for a in actors if a.end <= trigger[0] and a.code not in targets]
    if not before:
        return None
    window = doc.text[before[0].end : trigger[0]]
    if lexicon.IMPOSER_VERB.search(window) or re.search(r"\b(?:despite|its|their)\b", window):
        return before[0].code
    last = before[-1]
    if _SUBJECT_END.search(doc.text[sent.start : last.start]) or lexicon.IMPOSER_VERB.search(
        doc.text[last.end : trigger[0]]
    ):
        return last.code
    return None
