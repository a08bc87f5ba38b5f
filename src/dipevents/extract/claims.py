"""Territorial claims: the territory, who claims it and who holds it, as the text asserts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from dipevents import _rx, knowledge
from dipevents.extract import lexicon
from dipevents.extract.candidates import Candidate
from dipevents.extract.document import Actor, Document
from dipevents.extract.sentences import Sentence
from dipevents.models._codes import is_state

_CUES = ("CLAIM_CUE", "CLAIM_VERB", "HOLD_VERB", "RESOLVED", "TRANSFER", "SETTLED")


def _cue(doc: Document, sent: Sentence, within: tuple[int, int] | None = None) -> bool:
    """Whether the sentence says a territory is disputed, claimed, held or handed over (a
    word of the territory's own name, ``within``, says nothing: "in Indian-administered
    Kashmir")."""
    for name in _CUES:
        for found in doc.matches(lexicon.pattern(name), sent):
            if within is None:
                return True
            start, end = sent.start + found.start(), sent.start + found.end()
            if end <= within[0] or start >= within[1]:
                return True
    return False


def claim_candidates(
    doc: Document, sent: Sentence, doc_dispute: bool, history: Sequence[Candidate] = ()
) -> list[Candidate]:
    out: list[Candidate] = []
    seen: set[str] = set()
    cue: bool | None = None  # worked out for the first territory named (most sentences name none)
    for mention in doc.mentions(sent):
        names = mention.of("territory")
        if not names or names[0] in seen:
            continue
        territory = knowledge.territory(names[0])
        if territory is None:
            continue
        before = doc.text[max(sent.start, mention.start - 40) : mention.start]
        if lexicon.search("FRAME_OF_CLAIM", before):
            continue  # "India claims Aksai Chin as part of Ladakh": Ladakh is not claimed here
        if _located_feature(doc, sent, mention.start, territory.name):
            continue  # "Mischief Reef in the Spratlys": the reef is claimed, told by its group
        de_facto_state = territory.held_by is not None and territory.held_by in mention.of(
            "country"
        )
        if de_facto_state and not _state_claimed(doc, sent, mention.start, mention.end):
            continue  # "Taiwan" as an actor, not as a territory claimed
        if cue is None:
            cue = _cue(doc, sent, (mention.start, mention.end))
        if not cue and not doc_dispute:
            continue
        seen.add(territory.name)
        clause = doc.clause_of(sent, mention.start)
        actors = [a for a in doc.actors(sent) if is_state(a.code) and not a.topic]
        holder = territory.held_by
        holder_text = _holder_in_text(doc, sent, clause.start, clause.end)
        if holder_text is not None:
            holder = holder_text
        claimants = {a.code for a in actors if a.code in territory.claimants}
        claimants |= {a.code for a in actors if _asserts(doc, a)}
        claimants.discard(holder) if holder else None
        if not claimants and not territory.claimants:
            continue  # claimed by no state (a movement's claim is not coded: codebook §3)
        candidate = Candidate("territorial_claim", sent, (mention.start, mention.end), "active")
        candidate.territory = territory.name
        candidate.claimants = claimants or set(territory.claimants)
        candidate.claimants_asserted = bool(claimants)
        candidate.held_by = holder
        candidate.anaphoric = not cue
        candidate.status = _status(doc, sent, mention.start, territory)
        out.append(candidate)
    if not out:
        out.extend(_dispute_between(doc, sent, seen))
    if not out:
        out.extend(_border_between(doc, sent, seen))
    if not out and cue is not False:
        out.extend(_described(doc, sent, seen))
    if not out:
        out.extend(_told_again(doc, sent, history))
    return out


# "Mischief Reef in the Spratlys", "Itu Aba, the largest feature of the Spratlys"
_IN_GROUP = _rx.compile(
    r"^\s*(?:,\s*)?(?:(?:the|a|an|one)\s+(?:[\w'’-]+\s+){0,4}?)?"
    r"(?:in|of|within|among|part\s+of)\s+(?:the\s+)?$",
    re.I,
)


def _located_feature(doc: Document, sent: Sentence, start: int, group: str) -> bool:
    """Whether a feature of ``group`` held apart from it is named just before, the group
    only telling where it is ("Second Thomas Shoal in the Spratly Islands")."""
    before = [m for m in doc.mentions(sent) if m.end <= start]
    if not before:
        return False
    last = before[-1]
    names = last.of("territory")
    feature = knowledge.territory(names[0]) if names else None
    return (
        feature is not None
        and feature.part_of == group
        and bool(_IN_GROUP.match(doc.text[last.end : start]))
    )


@cache
def _descriptions(count: int) -> tuple[tuple[re.Pattern[str], knowledge.Territory], ...]:
    """The territories' descriptions, compiled once per state of the knowledge."""
    return tuple(
        (re.compile(r"\b(?:" + d + r")\b", re.I), t)
        for t in knowledge.all_territories()
        for d in t.descriptions
    )


def _described(doc: Document, sent: Sentence, seen: set[str]) -> list[Candidate]:
    """ "The three Gulf islands Iran has held since 1971": a territory named by the
    description the knowledge gives it, beside a state that is a party to it, where the
    description fits no other territory of theirs."""
    table = _descriptions(len(knowledge.all_territories()))
    hits = [
        (match, t)
        for d, t in table
        if t.name not in seen and (match := d.search(sent.text)) is not None
    ]
    if not hits:
        return []  # (most sentences: the cue and the actors are not worked out for them)
    states = {a.code for a in doc.actors(sent) if is_state(a.code) and not a.topic}
    found: dict[str, tuple[re.Match[str], knowledge.Territory]] = {}
    for match, territory in hits:
        parties = {*territory.claimants, *([territory.held_by] if territory.held_by else [])}
        if parties & states:
            found.setdefault(territory.name, (match, territory))
    if len(found) != 1 or not _cue(doc, sent):
        return []  # none, or a description that fits two territories
    ((match, territory),) = found.values()
    at = sent.start + match.start()
    candidate = Candidate("territorial_claim", sent, (at, sent.start + match.end()), "active")
    clause = doc.clause_of(sent, at)
    holder = _holder_in_text(doc, sent, clause.start, clause.end) or territory.held_by
    actors = [a for a in doc.actors(sent) if is_state(a.code) and not a.topic]
    claimants = {a.code for a in actors if a.code in territory.claimants}
    claimants.discard(holder) if holder else None
    candidate.territory = territory.name
    candidate.claimants = claimants or set(territory.claimants)
    candidate.claimants_asserted = bool(claimants)
    candidate.held_by = holder
    candidate.status = _status(doc, sent, at, territory)
    return [candidate]


def _told_again(doc: Document, sent: Sentence, history: Sequence[Candidate]) -> list[Candidate]:
    """ "It is a disputed territory claimed by the Philippines, while China and Taiwan claim
    it": the territory of the sentence or two before, with the claimants this one names."""
    opening = lexicon.search("TERRITORY_ANAPHOR", sent.text)
    if opening is None or not _cue(doc, sent):
        return []
    told = [c for c in history if c.type == "territorial_claim" and c.territory]
    if not told:
        return []
    last: Candidate | None = told[-1]
    if last is not None and sent.index - last.sentence.index > 2:
        # farther back (past an infobox, say): the territory the text has named most, the
        # first named of those (the one it is about)
        counts = Counter(c.territory for c in told)
        top = max(counts.values())
        last = next((c for c in told if counts[c.territory] == top), None)
    territory = knowledge.territory(last.territory) if last and last.territory else None
    if last is None or territory is None:
        return []
    actors = [a for a in doc.actors(sent) if is_state(a.code) and not a.topic]
    claimants = {a.code for a in actors if a.code in territory.claimants}
    if not claimants:
        return []
    trigger = (sent.start + opening.start(), sent.start + opening.end())
    candidate = Candidate("territorial_claim", sent, trigger, last.status)
    candidate.territory = territory.name
    candidate.claimants = claimants
    candidate.claimants_asserted = True
    candidate.held_by = last.held_by
    return [candidate]


_BETWEEN = _rx.compile(
    r"\b(?:border|boundary|frontier|territorial)\s+(?:dispute|controversy|conflict|row|question|issue)s?\s+between\s+",
    re.I,
)


def _dispute_between(doc: Document, sent: Sentence, seen: set[str]) -> list[Candidate]:
    """ "The border controversy between Guyana and Venezuela": the one territory the
    knowledge says the two dispute, though the text does not name it."""
    match = _BETWEEN.search(sent.text)
    if match is None:
        return []
    at = sent.start + match.end()
    pair = [a for a in doc.actors(sent) if a.start >= at and is_state(a.code) and not a.topic][:2]
    if len(pair) != 2 or pair[0].start - at > 5:
        return []
    codes = {pair[0].code, pair[1].code}
    found = [
        t
        for t in knowledge.all_territories()
        if {*t.claimants, *([t.held_by] if t.held_by else [])} == codes and t.name not in seen
    ]
    if len(found) != 1:
        return []
    territory = found[0]
    candidate = Candidate("territorial_claim", sent, (sent.start + match.start(), at), "active")
    candidate.territory = territory.name
    candidate.claimants = set(territory.claimants)
    candidate.held_by = territory.held_by
    candidate.status = _status(doc, sent, candidate.trigger[0], territory)
    return [candidate]


# "the border between Kyrgyzstan and Tajikistan", "the Kyrgyz-Tajik border", "their border"
_BORDER = _rx.compile(
    r"\b(?P<maritime>maritime\s+|sea\s+|land\s+)?(?:border|boundary|frontier)s?\b", re.I
)
_AND = _rx.compile(r"^\s*(?:and|&)\s+(?:the\s+)?$", re.I)
_DASH = _rx.compile(r"^\s*[-‐‑–—/]\s*$")


def _pair_named(doc: Document, sent: Sentence) -> tuple[tuple[Actor, Actor], bool, int] | None:
    """The two states whose border the sentence names ("the border between A and B", "the
    A–B border"), whether it is a maritime one, and where the naming starts."""
    actors = [a for a in doc.actors(sent) if is_state(a.code) and not a.topic]
    if len(actors) < 2:
        return None
    text = doc.text
    for found in _BORDER.finditer(sent.text):
        start, end = sent.start + found.start(), sent.start + found.end()
        maritime = (found["maritime"] or "").strip().lower() in ("maritime", "sea")
        between = re.match(r"\s+between\s+(?:the\s+)?", text[end : end + 20], re.I)
        if between is not None:
            at = end + between.end()
            after = [a for a in actors if a.start >= at][:2]
            if (
                len(after) == 2
                and after[0].start == at
                and _AND.match(text[after[0].end : after[1].start])
            ):
                return (after[0], after[1]), maritime, start
        before = [a for a in actors if a.end <= start][-2:]
        if (
            len(before) == 2
            and not text[before[1].end : start].strip()
            and _DASH.match(text[before[0].end : before[1].start])
        ):
            return (before[0], before[1]), maritime, before[0].start
    return None


def _border_between(doc: Document, sent: Sentence, seen: set[str]) -> list[Candidate]:
    """ "Large stretches of the border between A and B have never been delimited, and both
    states claim the same pastures": a claim of both states to their border, which neither
    holds as a whole. The knowledge's one territory of the two where it has one ("the
    disputed border between Guyana and Venezuela"); else the border, named as the text
    names it ("Kyrgyzstan–Tajikistan border")."""
    cue = doc.matches(lexicon.pattern("MUTUAL_BORDER"), sent)
    if not cue:
        return []
    named = _pair_named(doc, sent)
    if named is None:
        states: dict[str, Actor] = {}
        for actor in doc.actors(sent):
            if is_state(actor.code) and not actor.topic:
                states.setdefault(actor.code, actor)
        border = _BORDER.search(sent.text)
        if len(states) == 2 and border is not None:
            # "Kenya and Somalia both claim the waters; the dispute over their maritime
            # boundary": the two states the sentence names
            first, second = states.values()
            maritime = (border["maritime"] or "").strip().lower() in ("maritime", "sea")
            named = (first, second), maritime, first.start
        elif border is not None:
            # "the border" of two states a sentence or three before named, if this one
            # names no other state or names them both
            for back in range(sent.index - 1, max(-1, sent.index - 4), -1):
                named = _pair_named(doc, doc.sentences[back])
                if named is not None:
                    break
            if named is not None:
                pair = {a.code for a in named[0]}
                if not (set(states) <= pair or pair <= set(states)):
                    return []
    if named is None:
        return []
    (first, second), maritime, _ = named
    codes = {first.code, second.code}
    if len(codes) != 2:
        return []
    known = [
        t
        for t in knowledge.all_territories()
        if {*t.claimants, *([t.held_by] if t.held_by else [])} == codes
    ]
    if len(known) > 1:
        known = [t for t in known if (t.kind == "maritime") == maritime]
    if len(known) > 1:
        return []  # the border of two states with several disputes: which one is not told
    trigger = (sent.start + cue[0].start(), sent.start + cue[0].end())
    candidate = Candidate("territorial_claim", sent, trigger, "active")
    if known:
        territory = known[0]
        if territory.name in seen:
            return []
        candidate.territory = territory.name
        candidate.claimants = set(territory.claimants)
        candidate.held_by = territory.held_by
        candidate.status = _status(doc, sent, trigger[0], territory)
        return [candidate]
    names = [doc.text[a.start : a.end] for a in (first, second)]
    candidate.territory = f"{names[0]}–{names[1]} {'maritime boundary' if maritime else 'border'}"
    candidate.claimants = codes
    candidate.claimants_asserted = True
    candidate.status = _status(doc, sent, trigger[0], None)
    return [candidate]


def _status(doc: Document, sent: Sentence, at: int, territory: knowledge.Territory | None) -> str:
    """ "resolved" where the sentence tells the dispute settled ("the treaty, in force today,
    settles the dispute") or the knowledge knows it settled by the article's date; else
    "active" (talks to settle it settle nothing, codebook §8)."""
    territories = [m.start for m in doc.mentions(sent) if m.of("territory") and m.start != at]
    unreal = False
    for found in doc.matches(lexicon.pattern("SETTLED"), sent):
        lo, hi = sorted((sent.start + found.start(), at))
        if any(lo < other < hi for other in territories):
            continue  # another territory's settlement ("…, but the dispute over X remains")
        before = sent.text[max(0, found.start() - 40) : found.start()]
        if not lexicon.search("SETTLE_UNREAL", before):
            return "resolved"
        unreal = True
    if territory is None or territory.status != "resolved":
        return "active"
    anchor = doc.anchor
    if anchor is None:
        # settled in the knowledge, but the text tells only of settling it to come
        return "active" if unreal else "resolved"
    if territory.resolved is not None and anchor.year < territory.resolved:
        return "active"  # an article from before the settlement entered into force
    return "resolved"


def _asserts(doc: Document, actor: Actor) -> bool:
    """ "China claims …", "Tokyo, which calls them Takeshima, says they are Japanese"."""
    after = doc.text[actor.end : actor.end + 40]
    match = re.match(r"^\s*(?:,\s*which\s+|,\s*)?", after)
    rest = after[match.end() if match else 0 :]
    return bool(lexicon.pattern("CLAIM_VERB").match(rest))


def _state_claimed(doc: Document, sent: Sentence, start: int, end: int) -> bool:
    """Whether a state's name ("Taiwan") is told as a territory claimed: a claim word
    near it, and the name is not itself the one claiming ("Taiwan claims the shoal")."""
    near = doc.text[max(sent.start, start - 60) : min(sent.end, end + 60)]
    if not lexicon.search("STATE_CLAIM_CUE", near):
        return False
    if _CLAIMED_BY_LIST.search(doc.text[max(sent.start, start - 160) : start]):
        return False  # "Claimed by: Republic of China (Taiwan)": the one claiming
    after = re.sub(r"^\s*\([^)]{0,40}\)", "", doc.text[end : end + 80])
    # "Taiwan, Vietnam and the Philippines claim": the names it is listed with
    after = _LISTED_WITH.sub("", after)
    # "Taiwan, which also claims the islands": the one claiming
    after = re.sub(r"^\s*,?\s*(?:which|who|that)\b", "", after, flags=re.I)
    after = re.sub(
        r"^\s*(?:also|too|still|itself|likewise|similarly|both|each|all)\b", "", after, flags=re.I
    )
    # "the Republic of China (Taiwan) claim it": the name is the one claiming
    return not (
        lexicon.pattern("CLAIM_VERB").match(after.lstrip(" )")) or re.match(r"\s*\)", after)
    )


# "claimed by China, Vietnam and", an infobox's "Claimed by" list: the names it lists claim.
_CLAIMED_BY_LIST = _rx.compile(
    r"\bclaimed\s+by\s*:?\s*(?:(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?:of\s+)?(?-i:[A-Z][\w'’-]*)){0,3}"
    r"\s*(?:\([^)]{0,30}\))?\s*(?:,|\band\b|&)?\s*){0,6}$",
    re.I,
)
_LISTED_WITH = _rx.compile(
    r"^(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}){1,6}"
)


# what a state holds when it holds a part of the territory, not the whole
_PART_HELD = _rx.compile(
    r"^\s+(?:(?:more|most|some|several|many|a\s+few|a\s+number\s+of|half|parts?|"
    r"portions?|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\b|"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2})?(?:features|islets|reefs|outposts|rocks)\b)",
    re.I,
)


def _holder_in_text(doc: Document, sent: Sentence, lo: int, hi: int) -> str | None:
    """The state the clause says holds the territory ("which South Korea controls")."""
    for actor in doc.actors(sent):
        if not lo <= actor.start < hi:
            continue
        after = doc.text[actor.end : actor.end + 60]
        before = doc.text[max(sent.start, actor.start - 40) : actor.start]
        holds = re.match(
            r"\s*(?:administers|controls|holds|occupies|(?:has|have)\s+(?:administered|held|"
            r"occupied|controlled))\b",
            after,
        )
        if holds is not None:
            if _PART_HELD.match(after[holds.end() :]):
                continue  # "Vietnam occupies more features than any other claimant": a part
            return actor.code if is_state(actor.code) else None
        if re.search(
            r"\b(?:administered|controlled|held|occupied)\s+by\s+(?:the\s+)?$|\bwhose\s+administering\s+power\s+is\s+(?:the\s+)?$",
            before,
            re.I,
        ):
            return actor.code if is_state(actor.code) else None
        if re.search(r"\bunder\s+(?:the\s+)?$", before) and re.match(r"\s*control\b", after):
            return actor.code if is_state(actor.code) else None
    return None


def article_has_dispute(doc: Document) -> bool:
    """Whether the article speaks of a territorial dispute anywhere (for bare mentions of a territory)."""
    title = doc.article.title or ""
    return bool(lexicon.search("DOC_DISPUTE", title)) or any(
        lexicon.search("DOC_DISPUTE", s.text) for s in doc.sentences
    )
