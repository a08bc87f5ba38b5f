"""Extract a folder of articles on every core, keeping going past bad files.

    python examples/batch_extract.py [FOLDER] [OUT.jsonl]

Defaults to the bundled examples plus two broken files made on the spot, and
writes the events (one per line) to events.jsonl in the current directory.
"""

from __future__ import annotations

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
    written = events.to_jsonl(out)
    print(f"{len(articles)} articles, {len(failures)} failed, {written} events written to {out}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else Path("events.jsonl"))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            for path in ARTICLES.glob("*.txt"):
                (folder / path.name).write_bytes(path.read_bytes())
            (folder / "empty.txt").write_text("")
            (folder / "binary.txt").write_bytes(b"\x89PNG\x00\x00")
            main(folder, Path("events.jsonl"))
