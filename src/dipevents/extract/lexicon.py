"""The words the extraction rules look for, kept apart from the rules that use them.

Each pattern is compiled once; none has nested unbounded quantifiers.
"""

from __future__ import annotations

import re

from dipevents.models import Measure


def words(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of the word sequences, on word boundaries."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


# -- meetings ---------------------------------------------------------------------------
SUMMIT_NOUN = words(
    r"summits?",
    r"summit-level",
    r"leaders'?\s+meeting",
    r"heads\s+of\s+state",
    r"leaders'?\s+summit",
)
SERIES_CUE = words(
    r"summits?",
    r"leaders",
    r"leaders'",
    r"gathered",
    r"gathering",
    r"hosts?",
    r"hosted",
    r"plenary",
    r"forum",
    r"meeting",
    r"margins",
    r"sidelines",
    r"declaration",
)
MINISTERIAL = words(
    r"foreign\s+ministers?",
    r"finance\s+ministers?",
    r"defen[cs]e\s+ministers?",
    r"ministerial",
    r"ministers'",
    r"trade\s+ministers?",
    r"senior\s+officials",
)
MEETING = words(
    r"met",
    r"meets?",
    r"meeting",
    r"meetings",
    r"talks",
    r"summits?",
    r"visit(?:s|ed|ing)?",
    r"trip",
    r"came\s+to",
    r"come\s+to",
    r"travel(?:s|led|ed)?\s+to",
    r"flew\s+to",
    r"fly\s+to",
    r"go\s+to",
    r"going\s+to",
    r"landed\s+in",
    r"(?:is|are|was)\s+due\s+in",
    r"hosted",
    r"host",
    r"hosts",
    r"conversation",
    r"dinner",
    r"lunch",
    r"gathered",
    r"shook\s+hands",
    r"sat\s+down\s+with",
    r"negotiations",
    r"consultations",
    r"encounter",
    r"handshake",
    r"state\s+visit",
    r"chief\s+guest",
    r"invit(?:e|ed|es|ing|ation)",
)
VISIT = words(
    r"visit(?:s|ed|ing)?\s+(?:to\s+)?",
    r"trip\s+to",
    r"came\s+to",
    r"come\s+to",
    r"travel(?:s|led|ed)?\s+to",
    r"flew\s+to",
    r"fly\s+to",
    r"go\s+to",
    r"landed\s+in",
    r"(?:is|are|was)\s+due\s+in",
    r"arrived\s+in",
    r"invit(?:e|ed|ation)\s+\w+(?:\s+\w+){0,3}\s+to",
    r"chief\s+guest",
)
HABITUAL = words(
    r"often",
    r"regularly",
    r"regular",
    r"routinely",
    r"frequently",
    r"each\s+time",
    r"every\s+time",
    r"whenever",
)
TWO_PLUS_TWO = re.compile(
    r"(?<![\w+])(?:2\s*\+\s*2|2-plus-2|two[\s-]+plus[\s-]+two|two[\s-]+plus[\s-]+to)(?![\w+])"
    r"|\bSecurity\s+Consultative\s+Committee\b"
    r"|\b(?:foreign\s+and\s+defen[cs]e\s+ministers|ministers\s+of\s+foreign\s+affairs\s+and\s+(?:of\s+)?defen[cs]e"
    r"|heads\s+of\s+the\s+foreign\s+(?:policy\s+|affairs\s+)?and\s+defen[cs]e\s+ministries"
    r"|foreign\s+(?:affairs\s+)?and\s+defen[cs]e\s+ministries)\b",
    re.I,
)

# -- status ------------------------------------------------------------------------------
CANCELLED = words(
    r"cancel(?:led|ed|ling|ing|s)?",
    r"cancellation",
    r"call(?:ed|ing)?\s+(?:it\s+|them\s+)?off",
    r"shelved",
    r"scrapped",
    r"postponed\s+indefinitely",
    r"called\s+off",
    r"abandoned",
)
PROPOSED = words(
    r"(?<!accepted\s)(?<!accepted\san\s)(?<!accepted\sthe\s)invit(?:e|ed|es|ing|ation)",
    r"(?:suggest(?:ed|s)?|propos(?:e|ed|al|es)|offer(?:ed|s)?)\s+(?:a\s+|an\s+|to\s+)?(?:\w+\s+)?(?:meeting|summit|visit|meet|talks|hold)",
    r"offer(?:ed)?\s+to\s+meet",
    r"ready\s+to\s+meet",
    r"if\s+the\s+meeting",
    r"possible\s+(?:visit|meeting|summit)",
    r"could\s+take\s+place",
    r"discussed\s+for",
    r"hoped\s+to\s+meet",
    r"hopes\s+to\s+meet",
    r"asked\s+\w+(?:\s+\w+){0,3}\s+to",
    r"speculat(?:e|es|ion|ing)",
    r"would\s+like\s+to\s+meet",
    r"willing\s+to\s+meet",
    r"no\s+agreement\s+on\s+such\s+a\s+meeting",
    r"call(?:ed|s)?\s+for\s+a\s+(?:meeting|summit)",
)
PLANNED = words(
    r"accepted\s+(?:an\s+|the\s+)?invitation",
    r"will",
    r"shall",
    r"is\s+to",
    r"are\s+to",
    r"to\s+be\s+held",
    r"slated",
    r"scheduled",
    r"planned",
    r"plans?\s+to",
    r"expected",
    r"is\s+due",
    r"are\s+due",
    r"next",
    r"upcoming",
    r"forthcoming",
    r"ahead\s+of",
    r"on\s+the\s+eve\s+of",
    r"preparations?\s+for",
    r"prepare",
    r"agreed\s+to\s+(?:hold|meet|revive)",
    r"would\s+(?:take\s+place|be\s+held)",
    r"set\s+for",
    r"going\s+to",
)
PRESENT_PROGRESSIVE = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:holding|meeting|visiting|hosting)\b", re.I
)

# -- sanctions ---------------------------------------------------------------------------
SANCTION = re.compile(
    r"\bsanctions?(?:-\w+)?\b|\bsanctioned\b|\brestrictive\s+measures\b|\bembargo(?:es)?\b"
    r"|\bexport\s+(?:controls?|restrictions?|bans?)\b|\basset\s+freezes?\b|\bfr(?:o|ee)ze[sn]?\s+(?:the\s+)?assets\b"
    r"|\bblacklist(?:ing|ed)?\b|\bresolutions?\s+\d{3,4}\b|\bSecurity\s+Council\s+resolutions?\b|\bprohibited\s+all\s+trade\b|\btrade\s+ban\b"
    r"|\bban(?:s|ned)?\s+(?:\w+\s+){0,3}(?:exports|imports)\b|\bhalted\s+the\s+sale\b|\bCAATSA\b"
    r"|\bports?\s+closed\b|\bclosed\s+(?:its\s+)?ports\b",
    re.I,
)
LIFTED = words(
    r"lift(?:ed|ing|s)?", r"remov(?:ed|e|ing)", r"end(?:ed)?\s+the\s+sanctions", r"revoked"
)
EASED = words(
    r"eas(?:e|ed|es|ing)",
    r"relax(?:ed|ing)?",
    r"relief",
    r"loosen(?:ed|ing)?",
    r"less\s+strict",
    r"rolled\s+back",
    r"exemptions?",
    r"waiver",
)
EXTENDED = words(
    r"extend(?:ed|s|ing)?", r"prolong(?:ed|s|ing)?", r"renew(?:ed|s|ing)?", r"rolled\s+over"
)
THREATENED = words(
    r"threat(?:en|ened|ens|ening)?",
    r"could\s+face",
    r"would\s+face",
    r"may\s+face",
    r"might\s+face",
    r"warn(?:ed|s)?",
    r"risk(?:s|ed)?\s+(?:facing|new|further)",
)
PROPOSED_SANCTION = words(
    r"call(?:ed|s|ing)?\s+on\s+\w+(?:\s+\w+){0,4}\s+to\s+(?:adopt|impose|introduce)",
    r"propos(?:e|ed|al|es)",
    r"talk\s+about\s+new",
    r"consider(?:s|ing)?\s+(?:new|further|imposing)",
    r"push(?:ed|ing)?\s+for",
    r"urg(?:e|ed|es)\s+\w+(?:\s+\w+){0,3}\s+to\s+(?:adopt|impose)",
    r"draft(?:ed)?",
    r"preparing\s+(?:new|further)",
)
IMPOSED = words(
    r"impos(?:e|ed|es|ing)",
    r"introduc(?:e|ed|es|ing)",
    r"adopt(?:ed|s)?",
    r"in\s+place",
    r"in\s+force",
    r"retain(?:s|ed|ing)?",
    r"keeps?",
    r"kept",
    r"maintain(?:s|ed)?",
    r"bans?",
    r"banned",
    r"froze",
    r"frozen",
    r"blacklist(?:ing|ed)?",
    r"prohibit(?:ed|s)?",
    r"halted",
    r"signed",
    r"restore",
    r"come\s+back\s+into\s+force",
    r"stay\s+in\s+place",
    r"remain\s+in\s+(?:place|force)",
    r"approved",
)
IMPOSER_VERB = words(
    r"impos(?:e|ed|es|ing)",
    r"introduc(?:e|ed|es|ing)",
    r"adopt(?:ed|s)?",
    r"extend(?:ed|s)?",
    r"retain(?:s|ed|ing)?",
    r"keeps?",
    r"kept",
    r"maintain(?:s|ed)?",
    r"lift(?:ed|s)?",
    r"eas(?:e|ed|es)",
    r"froze",
    r"prohibited",
    r"halted",
    r"signed",
    r"announced",
    r"approved",
    r"imposes",
    r"bans?",
    r"banned",
    r"restore",
    r"voted\s+for",
    r"threaten(?:ed|s)?",
    r"had\s+announced",
)
TARGET_PREP = re.compile(r"\b(?:on|against|targeting|to|toward|towards|upon)\s+(?:the\s+)?$", re.I)
TARGET_NOUN = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:exports?|imports?|oil|crude|coal|ships?|vessels|banks?|entities|companies|firms|"
    r"organi[sz]ations|individuals|officials|regime|economy|goods|workers|steel|sector|government)\b",
    re.I,
)
MEASURES: list[tuple[Measure, re.Pattern[str]]] = [
    (
        Measure.TRADE,
        words(
            r"exports?",
            r"imports?",
            r"trade",
            r"oil",
            r"crude",
            r"coal",
            r"petroleum",
            r"goods",
            r"embargo",
            r"economic",
            r"sectoral",
            r"seafood",
            r"textiles",
            r"tours",
            r"ports?",
        ),
    ),
    (
        Measure.FINANCIAL,
        words(
            r"assets?",
            r"financial",
            r"banks?",
            r"banking",
            r"investment",
            r"freeze",
            r"froze",
            r"frozen",
            r"blacklist(?:ing|ed)?",
            r"entities",
        ),
    ),
    (Measure.ARMS, words(r"arms", r"weapons?", r"defen[cs]e\s+sector", r"missiles?")),
    (Measure.TRAVEL, words(r"travel", r"visas?", r"entry\s+bans?", r"workers", r"tours")),
]
REASON = re.compile(
    r"\b(?:after|over|for|in\s+response\s+to|because\s+of|due\s+to|as\s+a\s+response\s+to|as\s+punishment\s+for)\s+"
    r"(?P<reason>(?:its|the|their|his|her|a|an)\s+[^,.;:()“”\"]{3,80})",
    re.I,
)

# -- territorial claims ---------------------------------------------------------------------
CLAIM_CUE = words(
    r"disputed?",
    r"disputes",
    r"claims?",
    r"claimed",
    r"claiming",
    r"claimants?",
    r"sovereignty",
    r"territorial",
    r"occupation",
    r"occupied",
    r"occupying",
    r"annex(?:ation|ed|ing)?",
    r"inherited\s+territory",
    r"return(?:ing)?\s+(?:of\s+)?the\s+islands",
    r"status\s+of",
    r"administers",
    r"administered",
    r"under\s+\w+\s+control",
    r"its\s+own",
    r"question\s+of",
    r"territory",
    r"reunification",
    r"belong(?:s|ing)?\s+to",
    r"stand-off",
    r"standoff",
)
DOC_DISPUTE = words(
    r"territorial\s+(?:issue|dispute|disputes|question|problem|claims?)",
    r"peace\s+treaty",
    r"sovereignty",
    r"return(?:ing)?\s+the\s+islands",
    r"inherited\s+territory",
    r"disputed",
)
CLAIM_VERB = words(
    r"claims?",
    r"claimed",
    r"claiming",
    r"considers?",
    r"regards?",
    r"refers?\s+to",
    r"insists?",
    r"calls?",
)
HOLD_VERB = words(
    r"administers",
    r"administered\s+by",
    r"controls",
    r"under\s+(?:the\s+)?control\s+of",
    r"held\s+by",
    r"holds",
    r"occupied\s+by",
)
RESOLVED = words(
    r"resolved\s+the\s+dispute",
    r"settled\s+the\s+dispute",
    r"handed\s+over",
    r"ceded",
    r"transferred\s+sovereignty",
)

# -- people and titles ----------------------------------------------------------------------
LEADER_TITLE = re.compile(
    r"\b(?:president|prime\s+minister|prime\s+minster|premier|chancellor|king|emperor|leader|head\s+of\s+state|"
    r"supreme\s+leader|general\s+secretary|crown\s+prince)s?\b",
    re.I,
)
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
ORDINAL = re.compile(
    r"\b(?P<word>" + "|".join(ORDINALS) + r"|(?P<num>\d{1,2})(?:st|nd|rd|th))\b(?:[\s-]+ever)?",
    re.I,
)
