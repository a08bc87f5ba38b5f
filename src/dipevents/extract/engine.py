"""The extraction engine: run the detectors over every sentence, merge the mentions of
one occurrence into one event, and build the typed events with their evidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable

import attrs

from dipevents import knowledge
from dipevents.extract import lexicon
from dipevents.extract.candidates import PRECISION_RANK, Candidate
from dipevents.extract.claims import article_has_dispute, claim_candidates
from dipevents.extract.document import Document
from dipevents.extract.meetings import (
    add_context,
    inherit_from_summits,
    refer_back,
    resolve_series_date,
    same_occasion,
    series_name,
    summit_candidates,
    two_plus_two_candidates,
)
from dipevents.extract.sanctions import State, sanction_candidates
from dipevents.extract.sentences import Sentence
from dipevents.models import (
    Article,
    DateBasis,
    DateSpan,
    Event,
    Evidence,
    Person,
    Precision,
    Sanction,
    Summit,
    SummitKind,
    TerritorialClaim,
    TwoPlusTwo,
)
from dipevents.models._codes import is_state
from dipevents.normalize import people
from dipevents.normalize.summits import find_series

_HELD = {"held"}


def _overlap(a: DateSpan | None, b: DateSpan | None) -> bool:
    return a is None or b is None or (a.start <= b.end and b.start <= a.end)


def _touch(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Overlapping, or single days next to each other ("on Thursday … on Friday")."""
    if _overlap(a, b):
        return True
    assert a is not None
    assert b is not None
    days = a.precision is b.precision is Precision.DAY
    return days and (abs((b.start - a.end).days) <= 1 or abs((a.start - b.end).days) <= 1)


def _rank(member: Candidate) -> tuple[int, bool]:
    """How well a mention dates its group: finer precision first, then the text's own day
    before the calendar's."""
    assert member.date is not None
    return PRECISION_RANK[member.date.precision], member.basis is DateBasis.CALENDAR


def _same_status_group(a: str, b: str) -> bool:
    return (a in _HELD) == (b in _HELD)


@attrs.define
class Group:
    """The mentions of one occurrence; its date is worked out once per change of members."""

    members: list[Candidate]
    _date: DateSpan | None = attrs.field(default=None, init=False)
    _dated: bool = attrs.field(default=False, init=False)
    #: The member whose date the group's date grows from, and whether any date is the group's own.
    _best: Candidate | None = attrs.field(default=None, init=False)
    _has_own: bool = attrs.field(default=False, init=False)

    @property
    def first(self) -> Candidate:
        return self.members[0]

    def add(self, member: Candidate) -> None:
        self.members.append(member)
        if not self._dated or member.date is None:
            return  # an undated mention changes no date
        if member.inherited and self._has_own:
            return  # own dates outrank inherited ones
        best = self._best
        if (
            best is None
            or (not member.inherited and not self._has_own)
            or _rank(member) < _rank(best)
        ):
            self._dated = False  # a new best date: worked out again (a few times per group)
            return
        # The same pass _compute_date makes, for the one mention added at the end: a group
        # of many mentions of one meeting costs linear time, not quadratic.
        span = self._date
        other = member.date
        if (
            span is not None
            and span.precision is Precision.DAY
            and other.precision is Precision.DAY
            and (best.basis is DateBasis.CALENDAR or member.basis is not DateBasis.CALENDAR)
            and _touch(span, other)
            and not (span.start <= other.start and other.end <= span.end)
        ):
            self._date = DateSpan.days(min(span.start, other.start), max(span.end, other.end))

    def date(self) -> DateSpan | None:
        if not self._dated:
            self._date = self._compute_date()
            self._dated = True
        return self._date

    def _compute_date(self) -> DateSpan | None:
        own = [m for m in self.members if m.date is not None and not m.inherited]
        self._has_own = bool(own)
        dated = own or [m for m in self.members if m.date is not None]
        if not dated:
            self._best = None
            return None
        best = min(enumerate(dated), key=lambda pair: (_rank(pair[1]), pair[0]))[1]
        self._best = best
        span = best.date
        assert span is not None
        if span.precision is Precision.DAY:
            # Adjacent single days told apart ("landed on Thursday", "talks on Friday") make one span.
            if best.basis is not DateBasis.CALENDAR:
                dated = [m for m in dated if m.basis is not DateBasis.CALENDAR]
            for member in dated:
                other = member.date
                assert other is not None
                if (
                    other.precision is Precision.DAY
                    and _touch(span, other)
                    and not (span.start <= other.start and other.end <= span.end)
                ):
                    span = DateSpan.days(min(span.start, other.start), max(span.end, other.end))
        return span

    def basis(self) -> object:
        date = self.date()
        for member in self.members:
            if member.date == date:
                return member.basis
        return None


def _leader_names(doc: Document) -> set[str]:
    names: set[str] = set()
    for sent in doc.sentences:
        for mention in doc.mentions(sent):
            for name in mention.of("person"):
                record = people.records().get(name)
                if record and any(t.role.value in ("hos", "hog") for t in record.tenures):
                    names.add(name)
    return names


def _triggers(doc: Document, sent: Sentence) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for pattern in (
        lexicon.pattern("MEETING"),
        lexicon.pattern("TWO_PLUS_TWO"),
        lexicon.pattern("MEASURE_GENERIC"),
    ):
        out.extend(
            (sent.start + m.start(), sent.start + m.end()) for m in doc.matches(pattern, sent)
        )
    return out


def candidates(doc: Document) -> list[Candidate]:
    """Every event mention of the document, in text order."""
    leaders = _leader_names(doc)
    if doc.anchor is None:
        # No date anywhere: a summit placed by its calendar can anchor the rest.
        for sent in doc.sentences:
            for candidate in summit_candidates(doc, sent, _triggers(doc, sent), []):
                resolve_series_date(doc, candidate, leaders)
                if candidate.date is not None:
                    doc.set_anchor(candidate.date.start)
                    break
            if doc.anchor is not None:
                break
    dispute = article_has_dispute(doc)
    out: list[Candidate] = []
    state = State()
    for sent in doc.sentences:
        others = _triggers(doc, sent)
        for candidate in summit_candidates(doc, sent, others, out):
            resolve_series_date(doc, candidate, leaders)
            if candidate.series is None:
                add_context(doc, candidate)
            out.append(candidate)
        for candidate in two_plus_two_candidates(doc, sent, others, out):
            add_context(doc, candidate)
            out.append(candidate)
        out.extend(sanction_candidates(doc, sent, state))
        out.extend(claim_candidates(doc, sent, dispute, out))
    inherit_from_summits(doc, out)
    same_occasion(doc, out)
    refer_back(doc, out)
    return out


def _dominant_pair(doc: Document) -> list[str]:
    counts: Counter[str] = Counter()
    for sent in doc.sentences:
        for actor in doc.actors(sent):
            if is_state(actor.code):
                counts[actor.code] += 1
    return [code for code, n in counts.most_common(2) if n >= 3]


def _part_of(group: Group, claimed: set[str | None]) -> bool:
    """Whether the group's territory is a part of one the article claims."""
    whole = knowledge.territory(group.first.territory or "")
    return whole is not None and whole.part_of is not None and whole.part_of in claimed


def _group(
    cands: list[Candidate],
    key: Callable[[Candidate, Group], bool],
    buckets: Callable[[Candidate], Iterable[Hashable]] = lambda c: (None,),
) -> list[Group]:
    """Mentions joined into groups, each to the latest group ``key`` accepts.

    ``buckets`` names the index entries a mention can share with a group (its
    countries, its series, its targets): only the groups of those entries are
    tried, so grouping costs what one key's groups cost, not what all groups cost.
    """
    groups: list[Group] = []
    index: dict[Hashable, list[int]] = {}
    for candidate in cands:
        keys = list(dict.fromkeys(buckets(candidate)))
        tried = sorted({n for bucket in keys for n in index.get(bucket, ())}, reverse=True)
        number = next((n for n in tried if key(candidate, groups[n])), None)
        if number is None:
            number = len(groups)
            groups.append(Group([candidate]))
        else:
            groups[number].add(candidate)
        for bucket in keys:
            entries = index.setdefault(bucket, [])
            if not entries or entries[-1] != number:
                entries.append(number)
    return groups


def _summit_buckets(c: Candidate) -> Iterable[Hashable]:
    here = ("sentence", c.sentence.index)
    if c.series:
        return (("series", c.series), here)
    if c.name:
        return (("name", c.name), here)
    return (("countries", frozenset(c.countries)), here)


def _told_as_series(c: Candidate, f: Candidate) -> bool:
    """ "The 28th EU-Japan summit …, with Michel and von der Leyen meeting Kishida": the
    leaders' meeting told with a series summit of the same parties is that summit."""
    if c.series or not f.series or c.sentence.index != f.sentence.index or not c.countries:
        return False
    series = find_series(f.series)
    if series is None:
        return False
    parties = set(series.members) | ({series.org} if series.org else set()) | f.countries
    if series.kind in ("bilateral", "trilateral"):
        return c.countries <= parties
    return bool(series.members) and set(series.members) <= c.countries


def _sanction_buckets(c: Candidate) -> Iterable[Hashable]:
    return [("target", code) for code in sorted(c.targets)]


def _summit_key(c: Candidate, g: Group) -> bool:
    f = g.first
    if _told_as_series(c, f):
        return _overlap(c.date, g.date())
    if c.series or f.series:
        return c.series == f.series and _overlap(c.date, g.date())
    if c.name and f.name:
        return c.name == f.name and _overlap(c.date, g.date())
    if len(c.countries) < 2 or c.countries != f.countries:
        return False
    if c.date is not None and g.date() is not None:
        return _touch(c.date, g.date())
    return _same_status_group(c.status, f.status)


def _tpt_key(c: Candidate, g: Group) -> bool:
    if c.countries != g.first.countries or not _touch(c.date, g.date()):
        return False
    # "India holds 2+2 talks with the United States" and "the next round is expected
    # later this month": a held and a planned meeting are one only when their days agree.
    if c.status == g.first.status:
        return True
    told = g.date()
    return (
        c.date is not None
        and told is not None
        and (c.date.start, c.date.end)
        == (
            told.start,
            told.end,
        )
    )


def _targets(g: Group) -> set[str]:
    out: set[str] = set()
    for member in g.members:
        out |= member.targets
    return out


def _sanction_key(c: Candidate, g: Group) -> bool:
    f = g.first
    if not (c.targets & f.targets) or not _overlap(c.date, g.date()):
        return False
    if c.status != f.status:
        return False
    if c.before and c.date is None and (span := g.date()) and span.start >= c.before.start:
        return False  # "It had already suspended …": done before the group's measure
    if c.until is not None and any(m.until is not None and m.until != c.until for m in g.members):
        return False  # "extended until September", "extended until March": two renewals
    if c.date is not None and g.date() is None:
        # "the embargo imposed by the United States against Cuba" told with no time, then
        # "the elimination in June of the licences for travel": a dated measure of another
        # kind, or a deed named by its noun ("the activation on 2 May of Title III"), is a
        # step of its own, not the time of the standing one
        told = set().union(*(m.measures for m in g.members))
        if c.step or (c.measures and told and not (c.measures & told)):
            return False
    if not c.imposers or not f.imposers:
        return True
    return c.imposers == f.imposers


def merge(doc: Document, cands: list[Candidate]) -> list[Group]:
    """The mentions grouped by occurrence: same key, compatible dates."""
    summits = _group([c for c in cands if c.type == "summit"], _summit_key, _summit_buckets)
    tpt = [c for c in cands if c.type == "two_plus_two"]
    complete = _group(
        [c for c in tpt if len(c.countries) == 2],
        _tpt_key,
        lambda c: (frozenset(c.countries),),
    )
    pair = _dominant_pair(doc)
    for candidate in [c for c in tpt if len(c.countries) < 2]:
        target = next(
            (g for g in reversed(complete) if candidate.countries <= g.first.countries), None
        )
        if target is not None:
            candidate.date = None  # a reference back; its dates belong to other meetings
            target.add(candidate)
            continue
        filled = set(candidate.countries)
        for code in pair:
            if len(filled) < 2:
                filled.add(code)
        if len(filled) == 2:
            candidate.countries = filled
            complete.append(Group([candidate]))
    sanctions_sorted = sorted(
        [c for c in cands if c.type == "sanction"], key=lambda c: (not c.imposers, c.sentence.index)
    )
    sanctions = _group(sanctions_sorted, _sanction_key, _sanction_buckets)
    # A measure whose imposer is never named stands alone only when nothing else is said
    # of its target ("sanctions will remain in place"); else it belongs to what is.
    named_targets = {
        t for g in sanctions if any(m.imposers for m in g.members) for t in _targets(g)
    }
    sanctions = [
        g
        for g in sanctions
        if any(m.imposers for m in g.members) or not (_targets(g) & named_targets)
    ]
    claims = _group(
        [c for c in cands if c.type == "territorial_claim"],
        lambda c, g: c.territory == g.first.territory,
    )
    claims = [
        g for g in claims if any(not m.anaphoric for m in g.members) or article_has_dispute(doc)
    ]
    # a part of a territory the article claims, named with no claim of its own, is only
    # where something happened ("an attack in Indian-administered Kashmir")
    claimed = {g.first.territory for g in claims if any(not m.anaphoric for m in g.members)}
    claims = [
        g for g in claims if any(not m.anaphoric for m in g.members) or not _part_of(g, claimed)
    ]
    return [*summits, *complete, *sanctions, *claims]


def _evidence(doc: Document, group: Group) -> list[Evidence]:
    sentences = sorted(
        {m.sentence.index: m.sentence for m in group.members}.values(), key=lambda s: s.start
    )
    for member in group.members:
        for extra in member.extra_sentences:
            if extra not in sentences:
                sentences.append(extra)
    sentences.sort(key=lambda s: s.start)
    return [Evidence(start=s.start, end=s.end, text=s.text, source=doc.source) for s in sentences]


def _location(group: Group):  # type: ignore[no-untyped-def]
    cities = [m.location for m in group.members if m.location is not None and m.location_is_city]
    if cities:
        return cities[0]
    others = [m.location for m in group.members if m.location is not None]
    return others[0] if others else None


_CLOSED_FORMAT = 6  # the most members a series may have for its name to tell who takes part


def build(doc: Document, group: Group) -> Event | None:
    first = group.first
    evidence = _evidence(doc, group)
    date = group.date()
    basis = group.basis() if date is not None else None
    if (
        date is None
        and first.type in ("summit", "two_plus_two")
        and first.status == "held"
        and not doc.anchor_is_publication
    ):
        # No date and no publication date: the year the office-holders the text names with
        # their titles were all in office, when that is one year ("the very first meeting of
        # the 2+2", Pompeo, Mattis, Swaraj and Sitharaman: 2018).
        terms = doc.tenure_span()
        if terms is not None and terms.start.year == terms.end.year:
            date, basis = DateSpan.year(terms.start.year), DateBasis.RELATIVE
    common = {"date": date, "date_basis": basis, "location": _location(group), "evidence": evidence}
    if first.type == "summit":
        countries: set[str] = set()
        for member in group.members:
            countries |= member.countries
        series = first.series
        name = next((m.name for m in group.members if m.name), None)
        if series and name is None:
            name = series_name(series)
        known = find_series(series) if series else None
        if known is not None and 0 < len(known.members) <= _CLOSED_FORMAT:
            # "the trilateral summit of China, Japan and South Korea", "the Normandy format":
            # a format of a few fixed states is a meeting of all of them
            countries |= set(known.members)
            if known.org and known.kind == "bilateral":
                countries.add(known.org)  # "the EU-Japan Summit": the EU is a party (§8)
        if known is not None and known.kind in ("bilateral", "trilateral"):
            kind = SummitKind(known.kind)
        elif series:
            kind = SummitKind.MULTILATERAL
        elif any(m.kind for m in group.members):
            kind = SummitKind(next(m.kind for m in group.members if m.kind))
        elif len(countries) == 2:
            kind = SummitKind.BILATERAL
        elif len(countries) == 3:
            kind = SummitKind.TRILATERAL
        elif len(countries) > 3:
            kind = SummitKind.MULTILATERAL
        elif name:
            # "the Arab Islamic American Summit" with one leader named: a summit known by a
            # name of its own and not by the pair that meets is of many states
            kind = SummitKind.MULTILATERAL
        else:
            kind = None
        if not series and not name and len(countries) < 2:
            return None
        return Summit(
            status=first.status,
            name=name,
            kind=kind,
            countries=sorted(countries),
            host=next((m.host for m in group.members if m.host), None),
            edition=next((m.edition for m in group.members if m.edition), None),
            **common,
        )
    if first.type == "two_plus_two":
        pair = sorted(first.countries)
        if len(pair) != 2 or not all(is_state(c) for c in pair):
            return None
        ministers: dict[str, Person] = {}
        for member in group.members:
            for person in member.ministers:
                ministers.setdefault(person.name, person)
        return TwoPlusTwo(
            status=first.status,
            countries=pair,
            ministers=list(ministers.values()),
            edition=next((m.edition for m in group.members if m.edition), None),
            **common,
        )
    if first.type == "sanction":
        targets: set[str] = set()
        told = [m for m in group.members if not m.inherited] or group.members
        for member in told:  # the roles a mention tells itself, before the ones it borrows
            targets |= member.targets
        imposers = set(first.imposers)
        if not imposers:
            for member in group.members:
                imposers |= member.imposers
        measures = set()
        for member in group.members:
            measures |= member.measures
        status = next((m.status for m in group.members if m.imposers), first.status)
        common["location"] = None
        return Sanction(
            status=status,
            imposers=sorted(imposers - targets),
            targets=sorted(targets),
            measures=sorted(measures, key=lambda m: m.value),
            reason=next((m.reason for m in group.members if m.reason), None),
            **common,
        )
    claimants: set[str] = set()
    asserted = [m for m in group.members if m.claimants_asserted]
    for member in asserted or group.members:
        claimants |= member.claimants
    held = next((m.held_by for m in group.members if m.held_by), None)
    claimants.discard(held) if held else None
    common["location"] = None
    common["date"] = None
    common["date_basis"] = None
    # one mention telling the dispute settled settles it ("… which that treaty ended")
    status = "resolved" if any(m.status == "resolved" for m in group.members) else first.status
    return TerritorialClaim(
        status=status,
        territory=first.territory or "",
        claimants=sorted(claimants),
        held_by=held,
        **common,
    )


def extract_events(article: Article) -> tuple[Event, ...]:
    """Every event of an article's body, one per occurrence, with evidence."""
    doc = Document(article)
    groups = merge(doc, candidates(doc))
    events = [event for group in groups if (event := build(doc, group)) is not None]
    events.sort(key=lambda e: (e.evidence[0].start if e.evidence else 0, e.TYPE))
    return tuple(events)


def extract(article: Article) -> Article:
    """The article with its events filled in."""
    return attrs.evolve(article, events=extract_events(article))
