"""Parse the bundled example articles and print each one's events.

python examples/quickstart.py
"""

from __future__ import annotations

from pathlib import Path

import dipevents

ARTICLES = Path(__file__).resolve().parent / "articles"

for path in sorted(ARTICLES.glob("*.txt")):
    article = dipevents.parse_file(path)
    print(f"{path.name}: {article.format}, {article.published}, {article.title!r}")
    for event in article.events:
        when = event.date.isoformat() if event.date else "undated"
        print(f"  {event.TYPE:<18} {event.status.value:<10} {when:<23} {sorted(event.actors())}")
