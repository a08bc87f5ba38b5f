"""End-to-end throughput of ``dipevents extract`` on a synthetic corpus.

The corpus is built by recombining the paragraphs of the project's own example
articles (``examples/articles``), so the script runs anywhere. For each corpus
size and worker count it runs the installed command once (``-q -o OUT``) and
reports articles/s, sentences/s, MB/s and the peak resident memory of the whole
process tree (sampled from /proc every 50 ms, Linux only). It also times
``import dipevents`` and ``dipevents --help`` (median of 5).

    python benchmarks/batch_throughput.py            # N = 1000 and 10000, 1 and 2 workers
    python benchmarks/batch_throughput.py 200 2000   # other sizes
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))


def build_corpus(folder: Path, n: int, seed: int = 11) -> tuple[int, int]:
    """Write ``n`` articles; returns (bytes, sentences) as dipevents counts them."""
    from dipevents import parse
    from dipevents.extract.sentences import sentences

    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    size = count = 0
    for number in range(n):
        # Keep a whole example's layout (its head and furniture), shuffle a few paragraphs
        # of other examples into its body: new texts, same formats.
        base = rng.choice(texts)
        head, _, body = base.partition("\n\n")
        extra = [p for p in rng.choice(texts).split("\n\n")[1:] if len(p) > 80]
        paragraphs = body.split("\n\n")
        for paragraph in rng.sample(extra, min(2, len(extra))):
            paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), paragraph)
        text = head + "\n\n" + "\n\n".join(paragraphs)
        path = folder / f"{number:06d}.txt"
        path.write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
        article = parse(text, extract=False)
        count += len(sentences(article.text, article.paragraphs))
    return size, count


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and its descendants, in bytes."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as handle:
                todo.extend(int(c) for c in handle.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def run(folder: Path, workers: int) -> tuple[float, int]:
    """Seconds and peak RSS of one ``dipevents extract`` over the folder."""
    out = folder.parent / "out.jsonl"
    command = ["dipevents", "extract", str(folder), "-q", "-w", str(workers), "-o", str(out)]
    began = time.perf_counter()
    process = subprocess.Popen(command)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    code = process.wait()
    elapsed = time.perf_counter() - began
    done.set()
    sampler.join()
    if code != 0:
        raise SystemExit(f"dipevents extract exited with {code}")
    return elapsed, peak


def median_seconds(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"python {sys.version.split()[0]}, {cores} cores")
    baseline = median_seconds([sys.executable, "-c", "pass"])
    imported = median_seconds([sys.executable, "-c", "import dipevents"])
    print(
        f"import dipevents: {imported - baseline:.3f} s (beyond the interpreter's {baseline:.3f} s)"
    )
    print(f"dipevents --help: {median_seconds(['dipevents', '--help']):.3f} s")
    print(f"{'articles':>9} {'workers':>7} {'seconds':>8} {'articles/s':>11} {'sentences/s':>12} "
          f"{'per core':>9} {'MB/s':>6} {'peak RSS MB':>12} {'speed-up':>8}")  # fmt: skip
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "corpus"
            folder.mkdir()
            size, sentences = build_corpus(folder, n)
            one = None
            for workers in (1, 2):
                seconds, peak = run(folder, workers)
                one = one or seconds
                rate = sentences / seconds
                print(
                    f"{n:>9,} {workers:>7} {seconds:>8.1f} {n / seconds:>11.1f} {rate:>12,.0f} "
                    f"{rate / workers:>9,.0f} {size / seconds / 1e6:>6.2f} {peak / 2**20:>12.0f} "
                    f"{one / seconds:>8.2f}"
                )


if __name__ == "__main__":
    main()
