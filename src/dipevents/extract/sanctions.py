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
    r"^(?:[’']s)?\s+(?:\w+\s+){0,2}?(?:exports?|imports?|oil|crude|coal|ships?|vessels|banks?|entities|companies|"
    r"firms|organi[sz]ations|individuals|officials|regime|economy|goods|workers|sector|government|nuclear|chip|"
    r"supplies|deliveries|trade)\b",
    re.I,
)
_WANTS = re.compile(
    r"^\s+(?:\w+\s+)?(?:wants?|wanted|demand(?:s|ed)?|asked\s+for|seeks?|sought)\s+(?:the\s+)?(?:sanctions|restrictions|measures)\b",
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


def _roles(
    doc: Document,
    sent: Sentence,
    actors: list[Actor],
    triggers: list[tuple[int, int]],
    lo: int,
    hi: int,
) -> tuple[set[str], set[str]]:
    """Imposers and targets a clause names around its sanction words."""
    text = doc.text
    first = triggers[0]
    imposers: set[str] = set()
    targets: set[str] = set()
    for actor in actors:
        if actor.topic:
            continue
        before = text[max(sent.start, actor.start - 14) : actor.start]
        after = text[actor.end : actor.end + 60]
        adjacent = any(
            actor.end <= t[0] and _ADJECTIVES.match(text[actor.end : t[0]]) for t in triggers
        )
        if lexicon.TARGET_PREP.search(before) and actor.start > first[0] - 5:
            targets.add(actor.code)  # "sanctions on Russia", "against Tehran"
        elif adjacent:
            imposers.add(actor.code)  # "US sanctions", "Tokyo's sanctions", "UN sanctions"
        elif _CALL_ON.search(before) and actor.start < first[0]:
            imposers.add(actor.code)  # "called on the European Union to adopt new sanctions"
        elif actor.start >= first[1] and _TARGET_NOUN.match(after):
            targets.add(actor.code)  # "bans North Korean exports", "on Iranian oil"
        elif actor.end <= first[0] and (
            _FACE.search(text[actor.end : first[0]]) or _WANTS.match(after)
        ):
            targets.add(
                actor.code
            )  # "India could face sanctions", "Pyongyang wanted the sanctions lifted"
        elif actor.end <= first[0] + 5 and _IMPOSING.match(after):
            imposers.add(actor.code)  # "Japan introduced sanctions", "which Trump signed"
        elif actor.start > first[0] and _BY.search(before):
            imposers.add(actor.code)  # "sanctions imposed by Western countries"
    if _UN.search(text[lo:hi]):
        imposers.add("UN")
    face = _PRONOUN_FACE.search(text[lo:hi])
    if face and not targets:
        before_it = [
            a
            for a in actors
            if a.end <= lo + face.start() and is_state(a.code) and a.code not in imposers
        ]
        if before_it:
            targets.add(before_it[-1].code)  # "India … it could face American sanctions"
    if not imposers and _POSSESSIVE_PRONOUN.search(text[max(sent.start, first[0] - 30) : first[0]]):
        owner = _salient(doc, sent, exclude=targets)
        if owner is not None:
            imposers.add(owner)  # "their sanctions against Moscow": the leaders of the G7
    if not imposers and not _SPEECH.search(text[lo : first[0]]):
        subject = _subject(doc, sent, actors, first, targets)
        if subject is not None:
            imposers.add(subject)  # "Japan, despite retaining sanctions on Russia"
    if not targets:
        sanctioned = [
            a for a in actors
            if a.code not in imposers and re.search(r"sanctions-|suffer(?:s|ing|ed)?\s+from|\bhit\s+by", text[a.end : a.end + 80])
        ]  # fmt: skip
        targets = {a.code for a in sanctioned[:1]}
    return imposers, targets


def sanction_candidates(
    doc: Document, sent: Sentence, others: list[tuple[int, int]], previous_target: set[str]
) -> list[Candidate]:
    """One candidate per clause that speaks of a sanction; clauses of one sentence share roles."""
    text = doc.text
    by_clause: dict[int, list[tuple[int, int]]] = {}
    clauses = {}
    for match in doc.matches(lexicon.SANCTION, sent):
        trigger = (sent.start + match.start(), sent.start + match.end())
        clause = doc.clause_of(sent, trigger[0])
        by_clause.setdefault(clause.start, []).append(trigger)
        clauses[clause.start] = clause
    if not by_clause:
        return []
    actors = [a for a in doc.actors(sent) if is_actor(a.code)]
    found: list[tuple[tuple[int, int], int, int, set[str], set[str]]] = []
    for start, triggers in by_clause.items():
        clause = clauses[start]
        imposers, targets = _roles(doc, sent, actors, triggers, clause.start, clause.end)
        found.append((triggers[0], clause.start, clause.end, imposers, targets))
    # Clauses of one sentence complete each other: "resolution 2371, …, which bans North Korean exports".
    all_imposers = set().union(*(f[3] for f in found))
    all_targets = set().union(*(f[4] for f in found))
    out: list[Candidate] = []
    for trigger, lo, hi, imposers, targets in found:
        own_imposers, own_targets = bool(imposers), bool(targets)
        imposers = imposers or (all_imposers - targets)
        targets = targets or (all_targets - imposers)
        if not targets and previous_target and _OWN.search(sent.text):
            targets = set(previous_target)
        imposers -= targets
        if not targets:
            continue
        window = text[lo:hi]
        if re.search(
            r"\b(?:nothing|no\s+word|not)\b[^.;]{0,30}\b(?:relief|easing|lifting)\b", window, re.I
        ):
            window = re.sub(
                r"\b(?:eas\w*|lift\w*|relief|relax\w*)\b", "", window
            )  # "nothing was said about relief"
        if _DESIRE.search(window):
            window = re.sub(
                r"\b(?:eas\w*|lift\w*|relief|relax\w*)\b", "", window
            )  # a demand, not a change
        times = doc.times(sent)
        time = pick_time(times, trigger, lo, hi, (TimeRole.AT, TimeRole.SINCE)) or pick_time(
            times, trigger, sent.start, sent.end, (TimeRole.AT, TimeRole.SINCE)
        )
        candidate = Candidate("sanction", sent, trigger, _status(window))
        candidate.imposers, candidate.targets = set(imposers), set(targets)
        if time is not None and time.span is not None:
            candidate.date, candidate.basis = time.span, time.basis
        candidate.measures = {
            measure for measure, pattern in lexicon.MEASURES if pattern.search(window)
        }
        reason = lexicon.REASON.search(text[trigger[1] : sent.end])
        if reason:
            candidate.reason = reason.group("reason").strip()
        candidate.anaphoric = not imposers
        candidate.inherited = not (
            own_imposers and own_targets
        )  # roles borrowed from another clause
        twin = next(
            (c for c in out if c.imposers == candidate.imposers and c.targets == candidate.targets),
            None,
        )
        if twin is not None:
            if twin.inherited and not candidate.inherited:
                out[out.index(twin)] = candidate  # the clause that names both roles speaks for them
            continue
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
