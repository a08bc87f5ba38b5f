"""Territorial claims: the territory, who claims it and who holds it, as the text asserts."""

from __future__ import annotations

import re

from dipevents import knowledge
from dipevents.extract import lexicon
from dipevents.extract.candidates import Candidate
from dipevents.extract.document import Document
from dipevents.extract.sentences import Sentence
from dipevents.models._codes import is_state


def claim_candidates(doc: Document, sent: Sentence, doc_dispute: bool) -> list[Candidate]:
    out: list[Candidate] = []
    seen: set[str] = set()
    for mention in doc.mentions(sent):
        names = mention.of("territory")
        if not names or names[0] in seen:
            continue
        territory = knowledge.territory(names[0])
        if territory is None:
            continue
        # A territory that is also a state ("Taiwan") needs a claim cue right next to it.
        if mention.of("country") and not re.search(r"\bclaim|reunif|sovereign", sent.text, re.I):
            continue
        cue = lexicon.CLAIM_CUE.search(sent.text)
        if not cue and not doc_dispute:
            continue
        seen.add(territory.name)
        actors = [a for a in doc.actors(sent) if is_state(a.code)]
        holder = territory.held_by
        holder_text = _holder_in_text(doc, sent)
        if holder_text is not None:
            holder = holder_text
        claimants = {a.code for a in actors if a.code in territory.claimants}
        claimants |= {
            a.code
            for a in actors
            if re.match(r"\s*(?:claims?|claimed|considers|regards)\b", doc.text[a.end : a.end + 15])
        }
        claimants.discard(holder) if holder else None
        candidate = Candidate("territorial_claim", sent, (mention.start, mention.end), "active")
        candidate.territory = territory.name
        candidate.claimants = claimants or set(territory.claimants)
        candidate.claimants_asserted = bool(claimants)
        candidate.held_by = holder
        candidate.anaphoric = not cue
        if lexicon.RESOLVED.search(sent.text) or territory.status == "resolved":
            candidate.status = "resolved"
        out.append(candidate)
    return out


def _holder_in_text(doc: Document, sent: Sentence) -> str | None:
    for actor in doc.actors(sent):
        after = doc.text[actor.end : actor.end + 20]
        before = doc.text[max(sent.start, actor.start - 25) : actor.start]
        if re.match(r"\s*(?:administers|controls|holds|occupies)\b", after):
            return actor.code if is_state(actor.code) else None
        if (
            re.search(r"\b(?:administered|controlled|held|occupied)\s+by\s+$|\bunder\s+$", before)
            and re.match(r"\s*control\b", after) is None
        ):
            if re.search(r"\bunder\s+$", before) and not re.match(r"\s+control", after):
                continue
            return actor.code if is_state(actor.code) else None
    return None


def article_has_dispute(doc: Document) -> bool:
    """Whether the article speaks of a territorial dispute anywhere (for bare mentions of a territory)."""
    return any(lexicon.DOC_DISPUTE.search(s.text) for s in doc.sentences)
