"""Query the example articles' events, merge them and plot a timeline.

    python examples/query_timeline.py [OUTDIR]

Writes OUTDIR/timeline.png (without OUTDIR: into a new temporary directory,
printed, so that a clone stays clean) when matplotlib is installed; prints the
timeline and the dyads either way.
"""

from __future__ import annotations

import sys
import tempfile
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
    for dyad in timeline.of_type("sanction").to_dyads():
        print(f"sanction {dyad['source_actor']} -> {dyad['target_actor']} (CAMEO {dyad['cameo']})")
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
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="dipevents-"))
    folder.mkdir(parents=True, exist_ok=True)
    main(folder / "timeline.png")
