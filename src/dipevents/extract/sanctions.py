"""Sanctions: who restricts whom, with which measures, since when, and what became of them."""

from __future__ import annotations

import re

from dipevents.extract import lexicon
from dipevents.extract.candidates import Candidate, pick_time
from dipevents.extract.document import Actor, Document
from dipevents.extract.sentences import Sentence
from dipevents.extract.timex import Role as TimeRole
from dipevents.models._codes import is_actor

_UN = re.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations)?\s*Security\s+Council\b|\bresolutions?\s+\d{3,4}\b|\bUN\s+sanctions\b",
    re.I,
)
_SUBJECT_END = re.compile(r"\b(?:which|that|who|where)\s*$", re.I)
_FACE = re.compile(r"\b(?:could|would|may|might|will|to)\s+face\b", re.I)


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
            if lexicon.TARGET_PREP.search(before) and actor.start > trigger[0] - 5:
                targets.add(actor.code)
            elif actor.end <= trigger[0] and trigger[0] - actor.end <= 4 + _adjective_gap(
                text[actor.end : trigger[0]]
            ):
                imposers.add(actor.code)  # "US sanctions", "Tokyo's sanctions", "UN sanctions"
            elif (
                actor.start >= trigger[1]
                and re.match(
                    r"^\s+(?:\w+\s+){0,2}?(?:exports?|imports?|oil|crude|coal|ships?|vessels|banks?|entities|companies|firms|organi[sz]ations|individuals|officials|regime|economy|goods|workers|sector|government|nuclear|chip)\b",
                    after,
                    re.I,
                )
                and actor.start - trigger[1] < 60
            ):
                targets.add(actor.code)  # "bans North Korean exports", "on Iranian oil"
            elif _FACE.search(text[actor.end : trigger[0]]) and actor.end <= trigger[0]:
                targets.add(actor.code)  # "it could face American sanctions"
            elif (
                re.match(
                    r"^[\s,]*(?:has\s+|had\s+|have\s+|once\s+again\s+|also\s+|now\s+)*(?:\w+ly\s+)?(?:"
                    + lexicon.IMPOSER_VERB.pattern[6:-3]
                    + r")",
                    after,
                    re.I,
                )
                and actor.end <= trigger[0] + 5
            ) or (re.search(r"\bby\s+(?:the\s+)?$", before) and actor.start > trigger[0]):
                imposers.add(actor.code)
        if _UN.search(sent.text):
            imposers.add("UN")
        # Clause subject: "Japan, despite retaining sanctions on Russia"; "which Trump signed".
        if not imposers:
            subject = _subject(doc, sent, actors, trigger, targets)
            if subject is not None:
                imposers.add(subject)
        if not targets:
            after_trigger = [
                a
                for a in actors
                if a.start >= trigger[1] and a.code not in imposers and a.start - trigger[1] < 80
            ]
            if after_trigger:
                targets.add(after_trigger[0].code)
        if (
            not targets
            and previous_target
            and (
                imposers
                or re.search(
                    r"\b(?:its\s+own|the\s+sanctions|these|the\s+measures|the\s+restrictions|the\s+resolution)\b",
                    sent.text,
                    re.I,
                )
            )
        ):
            targets = set(previous_target)
        if not targets:
            sanctioned = [
                a
                for a in actors
                if a.code not in imposers
                and re.search(r"sanctions-|suffering\s+from", text[a.end : a.end + 80])
            ]
            targets = {a.code for a in sanctioned[:1]}
        imposers -= targets
        if not targets:
            continue
        window = text[lo:hi]
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


def _adjective_gap(between: str) -> int:
    """Allow "Tokyo's", "its own", "sectoral economic" between an imposer and the trigger word."""
    words = re.findall(r"[\w'’-]+", between)
    if len(words) <= 4 and not re.search(
        r"\b(?:on|against|to|for|with|and|that|which|by)\b", between, re.I
    ):
        return len(between)
    return 0


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
