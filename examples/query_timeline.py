"""Query the example articles' events, merge them and plot a timeline.

    python examples/query_timeline.py [OUT.png]

Writes the PNG (default: timeline.png in the current directory) when
matplotlib is installed; prints the timeline either way.
"""

from __future__ import annotations

import sys
from pathlib import Path

import dipevents
from dipevents import EventSet

ARTICLES = Path(__file__).resolve().parent / "articles"


def main(out: Path) -> None:
    articles = [dipevents.parse_file(p) for p in sorted(ARTICLES.glob("*.txt"))]
    events = EventSet.from_articles(articles).merged()
    print(events)
    print("by year:", events.counts("year"))
    timeline = events.timeline()
    for event in timeline:
        print(f"{event.date.isoformat():<23} {event.TYPE:<18} {'+'.join(sorted(event.actors()))}")
    try:
        import matplotlib
    except ImportError:
        print("matplotlib is not installed: no plot")
        return
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    kinds = sorted({e.TYPE for e in timeline})
    figure, axes = plt.subplots(figsize=(9, 3))
    for event in timeline:
        row = kinds.index(event.TYPE)
        axes.plot([event.date.start, event.date.end], [row, row], marker="o", linewidth=5)
    axes.set_yticks(range(len(kinds)), kinds)
    axes.set_title("Events of the example articles")
    figure.savefig(out, bbox_inches="tight", dpi=100)
    plt.close(figure)
    print(f"wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("timeline.png"))
