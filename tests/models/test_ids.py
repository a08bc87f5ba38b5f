"""Event ids: stable across runs, processes and file names; distinct for distinct events."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import dipevents
from dipevents import (
    Article,
    DateSpan,
    Event,
    EventSet,
    Evidence,
    Place,
    Report,
    Sanction,
    Summit,
    TerritorialClaim,
    TwoPlusTwo,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))


def test_known_ids_do_not_change() -> None:
    # Pinned: the recipe is platform-independent, so these are the ids on every machine.
    march_20 = DateSpan.day(date(2017, 3, 20))
    told = [Evidence(start=0, end=9, text="They met.")]
    assert Sanction(status="imposed", imposers=["EU"], targets=["RUS"]).id == "05f58fa130c8660f395c"
    meeting = TwoPlusTwo(status="held", countries=["JPN", "RUS"], date=march_20, evidence=told)
    assert meeting.id == "eff800ca26f237c1c5fd"


def test_an_id_is_twenty_hex_digits_and_written_second_in_the_json() -> None:
    event = Summit(status="held", countries=["RUS", "USA"], date=DateSpan.day(date(2018, 7, 16)))
    assert len(event.id) == 20
    assert set(event.id) <= set("0123456789abcdef")
    data = dipevents.to_dict(event)
    assert list(data)[:2] == ["type", "id"]
    assert data["id"] == event.id


def _fresh_process(seed: str, paths: list[Path]) -> subprocess.Popen[str]:
    code = (
        "import sys, json, dipevents\n"
        "print(json.dumps([e.id for p in sys.argv[1:] for e in dipevents.parse_file(p).events]))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, paths)],
        env={**os.environ, "PYTHONHASHSEED": seed},
        stdout=subprocess.PIPE,
        text=True,
    )


def test_ids_are_the_same_in_every_process() -> None:
    paths = EXAMPLES[:3]
    # Two restarts with different hash seeds, as two machines would have, side by side.
    runs = [_fresh_process(seed, paths) for seed in ("1", "4242")]
    here = [e.id for p in paths for e in dipevents.parse_file(p).events]
    assert len(here) >= 5
    assert len(set(here)) == len(here), "two events of the examples share an id"
    for run in runs:
        out, _ = run.communicate(timeout=300)
        assert run.returncode == 0
        assert json.loads(out) == here


def test_the_id_does_not_depend_on_the_file_name_or_on_stamping(tmp_path: Path) -> None:
    original = EXAMPLES[0]
    moved = tmp_path / "renamed.txt"
    moved.write_bytes(original.read_bytes())
    first = dipevents.parse_file(original)
    second = dipevents.parse_file(moved)
    assert [e.id for e in first.events] == [e.id for e in second.events]
    stamped = EventSet.from_articles([first])
    assert [e.id for e in stamped] == [e.id for e in first.events]
    assert all(e.reports == (Report(id=e.id, source=str(original), published=first.published,
                                    title=first.title),) for e in stamped)  # fmt: skip
    back = [dipevents.from_json(dipevents.to_json(e), Event) for e in stamped]
    assert [e.id for e in back] == [e.id for e in stamped]


def test_what_the_id_holds_and_what_it_does_not() -> None:
    told = [Evidence(start=0, end=9, text="They met.")]
    base = TwoPlusTwo(
        status="planned", countries=["JPN", "RUS"], date=DateSpan.month(2017, 3), evidence=told
    )
    same = [
        base.with_changes(status="held"),  # a corrected status keeps the id
        base.with_changes(location=Place(name="Tokyo", country="JPN")),
        base.with_changes(evidence=[Evidence(start=0, end=9, text="They met.", source="x.txt")]),
    ]
    assert {e.id for e in same} == {base.id}
    other = [
        base.with_changes(countries=["JPN", "USA"]),
        base.with_changes(date=DateSpan.month(2017, 4)),
        base.with_changes(date=DateSpan.days(date(2017, 3, 1), date(2017, 3, 31))),  # precision
        base.with_changes(evidence=[Evidence(start=1, end=10, text="They met.")]),
        base.with_changes(evidence=()),
        Summit(status="planned", countries=["JPN", "RUS"], date=base.date, evidence=told),
    ]
    assert len({base.id, *(e.id for e in other)}) == len(other) + 1


def test_a_merged_event_has_an_id_of_its_own_and_keeps_its_reports_ids() -> None:
    def report(source: str, day: int) -> TwoPlusTwo:
        text = f"They met on the {day}th."
        return TwoPlusTwo(
            status="held",
            countries=["JPN", "RUS"],
            date=DateSpan.day(date(2017, 3, 20)),
            evidence=[Evidence(start=0, end=len(text), text=text, source=source)],
        )

    a, b = report("a.txt", 20), report("b.txt", 21)
    (merged,) = EventSet([a, b]).merged()
    assert [r.source for r in merged.reports] == ["a.txt", "b.txt"]  # undated: by source
    assert {r.id for r in merged.reports} == {a.id, b.id}
    assert merged.id not in (a.id, b.id)
    assert EventSet([b, a]).merged()[0].id == merged.id
    assert (EventSet([merged]) | EventSet([a])).merged()[
        0
    ] == merged  # merging again changes nothing
    assert dipevents.from_json(dipevents.to_json(merged), Event).id == merged.id


# -- 100,000 generated events -------------------------------------------------------------

_STATES = ["CHN", "DEU", "FRA", "GBR", "IND", "JPN", "KOR", "PRK", "RUS", "UKR", "USA", "VNM"]
_GROUPS = ["EU", "UN", "G7"]
_NAMES = [None, "G20 Osaka Summit", "APEC Summit", "East Asia Summit", "Normandy format Summit"]
_TERRITORIES = ["Southern Kuril Islands", "Crimea", "Senkaku Islands", "South China Sea", "Dokdo"]
_SENTENCES = [
    "They met.",
    "The leaders met in the capital.",
    "Sanctions were imposed.",
    "It is ours.",
]


def _spans(rng: random.Random, count: int) -> list[DateSpan | None]:
    out: list[DateSpan | None] = [None] * (count // 10)
    while len(out) < count:
        day = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
        kind = rng.random()
        if kind < 0.6:
            out.append(DateSpan.days(day, day + timedelta(days=rng.choice([0, 0, 1, 2]))))
        elif kind < 0.85:
            out.append(DateSpan.month(day.year, day.month))
        else:
            out.append(DateSpan.year(day.year))
    return out


def _sentences(rng: random.Random, count: int) -> list[Evidence]:
    out = []
    for _ in range(count):
        text = rng.choice(_SENTENCES)
        start = rng.randrange(5000)
        out.append(Evidence(start=start, end=start + len(text), text=text))
    return out


# Pools drawn from, so that generating 100,000 events costs little beyond the events.
_POOL = random.Random(3)
_SPAN_POOL = _spans(_POOL, 4000)
_EVIDENCE_POOL = _sentences(_POOL, 4000)


def _event(rng: random.Random) -> tuple[Event, tuple[Any, ...]]:
    """An event, and what its id is documented to depend on (its identity)."""
    span = rng.choice(_SPAN_POOL)
    evidence = rng.sample(_EVIDENCE_POOL, rng.choice([0, 1, 1, 2, 3]))
    kind = rng.randrange(4)
    common: dict[str, Any] = {"date": span, "evidence": evidence}
    if kind == 0:
        name = rng.choice(_NAMES)
        countries = rng.sample(_STATES + _GROUPS[:1], rng.randrange(0, 5))
        status = rng.choice(["held", "planned", "proposed", "cancelled"])
        event: Event = Summit(status=status, name=name, countries=countries, **common)
        key: tuple[Any, ...] = (name, tuple(sorted(countries)))
    elif kind == 1:
        countries = rng.sample(_STATES, 2)
        status = rng.choice(["held", "planned", "proposed", "cancelled"])
        event = TwoPlusTwo(status=status, countries=countries, **common)
        key = (tuple(sorted(countries)),)
    elif kind == 2:
        imposers = rng.sample(_STATES + _GROUPS, rng.randrange(0, 3))
        others = [s for s in _STATES if s not in imposers]  # a state cannot sanction itself
        targets = rng.sample(others, rng.randrange(1, 3))
        status = rng.choice(["imposed", "extended", "eased", "lifted", "proposed", "threatened"])
        event = Sanction(status=status, imposers=imposers, targets=targets, **common)
        key = (tuple(sorted(set(imposers))), tuple(sorted(targets)), status)
    else:
        territory = rng.choice(_TERRITORIES)
        states = rng.sample(_STATES, 3)
        held_by = rng.choice([None, states[0]])
        claimants = states[1 : rng.randrange(1, 4)]
        status = rng.choice(["active", "resolved"])
        event = TerritorialClaim(
            status=status, territory=territory, claimants=claimants, held_by=held_by, **common
        )
        key = (territory, tuple(sorted(claimants)), held_by, status)
    when = None if span is None else (span.start, span.end, span.precision)
    told = tuple(sorted((e.start, e.end, e.text) for e in evidence))
    return event, (event.TYPE, key, when, told)


@pytest.mark.parametrize("count", [100_000])
def test_no_two_different_events_share_an_id(count: int) -> None:
    rng = random.Random(17)
    identity_of: dict[str, tuple[Any, ...]] = {}
    id_of: dict[tuple[Any, ...], str] = {}
    for _ in range(count):
        event, identity = _event(rng)
        found = event.id
        assert identity_of.setdefault(found, identity) == identity, f"collision on {found}"
        assert id_of.setdefault(identity, found) == found, f"one event, two ids: {identity}"
    # The corpus is varied enough to mean something: most identities occur once.
    assert len(identity_of) > 0.9 * count


def test_ids_of_merged_events_are_distinct_on_a_generated_corpus() -> None:
    rng = random.Random(5)
    articles = []
    for number in range(300):
        # Extracted events always cite a sentence: without one, nothing ties an event to
        # its article, and two such events of one type, key and date are one.
        events = [e for e in (_event(rng)[0] for _ in range(8)) if e.evidence][:5]
        width = max((e.end for ev in events for e in ev.evidence), default=0)
        text = "".join(rng.choice("abcdefgh .") for _ in range(width))  # an article of its own
        cited = [
            e.with_changes(
                evidence=[Evidence(start=v.start, end=v.end, text=text[v.start : v.end])
                          for v in e.evidence]
            )
            for e in events
        ]  # fmt: skip
        articles.append(Article(text=text, source=f"a{number}.txt", events=cited))
    events = EventSet.from_articles(articles)
    merged = events.merged()
    assert len(merged) < len(events)
    ids = [e.id for e in merged]
    assert len(set(ids)) == len(ids)
    assert {r.id for e in merged for r in e.reports} == {e.id for e in events}


def test_copies_of_one_article_give_the_same_ids(tmp_path: Path) -> None:
    # Not a collision: the same sentences at the same offsets are the same report,
    # so a syndicated copy or a file copied elsewhere upserts onto the same rows.
    copy = tmp_path / "copy.txt"
    copy.write_bytes(EXAMPLES[1].read_bytes())
    ids = [e.id for e in dipevents.parse_file(EXAMPLES[1]).events]
    assert [e.id for e in dipevents.parse_file(copy).events] == ids
