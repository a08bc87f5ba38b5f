"""The shared corpora (../shared): detection per FORMATS.tsv and metadata through the scorer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dipevents import parse_file

CORPORA = ["dev", "dev-extra"]


@pytest.mark.parametrize("corpus", CORPORA)
def test_detection_matches_formats_tsv(shared_dir: Path, corpus: str) -> None:
    base = shared_dir / "corpus" / corpus
    for line in (base / "FORMATS.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        name, fmt = line.split()
        assert parse_file(base / "articles" / name).format == fmt, name


def _score(shared_dir: Path, corpus: str) -> dict[str, float]:
    scorer = shared_dir / "eval" / "score.py"
    cmd = f"{sys.executable} -m dipevents extract"
    run = subprocess.run(
        [sys.executable, str(scorer), str(shared_dir / "corpus" / corpus), "--cmd", cmd],
        capture_output=True,
        text=True,
        check=True,
    )
    last = run.stdout.strip().splitlines()[-1].split()
    return {last[i]: float(last[i + 1]) for i in range(0, len(last), 2)}


@pytest.mark.parametrize("corpus", CORPORA)
def test_metadata_is_perfect(shared_dir: Path, corpus: str) -> None:
    assert _score(shared_dir, corpus)["metadata"] == 1.0


# The floors of the extraction issue: strict F1 on the corpora we can see.
FLOORS = {"dev": 0.85, "dev-extra": 0.70}


@pytest.mark.parametrize("corpus", CORPORA)
def test_strict_f1_floor(shared_dir: Path, corpus: str) -> None:
    scores = _score(shared_dir, corpus)
    assert scores["strict-F1"] >= FLOORS[corpus], scores


def test_the_bundled_examples_have_events() -> None:
    from dipevents import parse_file

    root = Path(__file__).resolve().parent.parent / "examples" / "articles"
    for path in sorted(root.glob("*.txt")):
        assert parse_file(path).events, path.name


def test_the_tokyo_two_plus_two_told_twice_is_merged(shared_dir: Path) -> None:
    from datetime import date

    from dipevents import EventSet, TwoPlusTwo, parse_file

    articles = [
        parse_file(p) for p in sorted((shared_dir / "corpus" / "dev" / "articles").glob("*.txt"))
    ]
    meetings = (
        EventSet.from_articles(articles).of_type(TwoPlusTwo).between("2017-03-20", "2017-03-20")
    )
    assert len(meetings) == 2
    (merged,) = meetings.merged()
    assert merged.date is not None
    assert merged.date.start == date(2017, 3, 20)
    assert merged.location is not None
    assert merged.location.name == "Tokyo"
    assert len(merged.sources) == 2
    assert merged.conflicts == ()
