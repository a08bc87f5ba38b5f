"""Extract a folder of articles on every core, keeping going past bad files.

    python examples/batch_extract.py [FOLDER] [OUTDIR]

Defaults to the bundled examples plus two broken files made on the spot. Writes
the events (one per line) to OUTDIR/events.jsonl and into the SQLite database
OUTDIR/events.db; without OUTDIR, into a new temporary directory (printed), so
that a clone stays clean.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from dipevents import EventSet, Failure, extract_many

ARTICLES = Path(__file__).resolve().parent / "articles"


def main(folder: Path, out: Path) -> None:
    articles, failures = [], []
    for result in extract_many(sorted(folder.rglob("*.txt")), workers=None):
        if isinstance(result, Failure):
            failures.append(result)
            print(f"failed: {result.source}: {result.kind}: {result.reason}")
        else:
            articles.append(result)
    events = EventSet.from_articles(articles)
    written = events.to_jsonl(out / "events.jsonl")
    events.merged().to_sqlite(out / "events.db")
    print(f"{len(articles)} articles, {len(failures)} failed, {written} events written to {out}")
    with sqlite3.connect(out / "events.db") as database:
        query = (
            "SELECT a.code, count(*) FROM actors a GROUP BY a.code ORDER BY count(*) DESC, a.code"
        )
        top = database.execute(query).fetchmany(3)
    print("most frequent actors in events.db:", ", ".join(f"{c} ({n})" for c, n in top))


if __name__ == "__main__":
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp(prefix="dipevents-"))
    target.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]), target)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            for path in ARTICLES.glob("*.txt"):
                (folder / path.name).write_bytes(path.read_bytes())
            (folder / "empty.txt").write_text("")
            (folder / "binary.txt").write_bytes(b"\x89PNG\x00\x00")
            main(folder, target)
