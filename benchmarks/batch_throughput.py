"""End-to-end throughput of ``dipevents extract`` on a synthetic corpus.

The corpus is built by recombining the paragraphs of the project's own example
articles (``examples/articles``), so the script runs anywhere. For each corpus
size and worker setting (``-w 1``, ``-w 2`` and the default, which chooses from
the batch) it runs the installed command ``--runs`` times (``-q -o OUT``) and
reports the median seconds, articles/s, sentences/s, sentences per CPU-second
(the steadier figure on a shared machine), the ratio to ``-w 1`` measured in
the same run, and the peak resident memory of the largest process and of the
whole process tree (sampled from /proc every 50 ms, Linux only). It also times
``import dipevents`` and ``dipevents --help`` (median of 5).

    python benchmarks/batch_throughput.py            # N = 1000 and 10000
    python benchmarks/batch_throughput.py 200 2000   # other sizes
    python benchmarks/batch_throughput.py --runs 5 300
"""

from __future__ import annotations

import os
import random
import resource
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


def _tree_rss(pid: int) -> tuple[int, int]:
    """Resident memory of a process and its descendants, and of the largest, in bytes."""
    total, largest, todo = 0, 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        rss = int(line.split()[1]) * 1024
                        total += rss
                        largest = max(largest, rss)
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as handle:
                todo.extend(int(c) for c in handle.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total, largest


def run(folder: Path, workers: int | None) -> tuple[float, float, int, int]:
    """Wall and CPU seconds, peak RSS of the largest process and of the tree, of one
    ``dipevents extract`` over the folder (``workers`` None: the default)."""
    out = folder.parent / "out.jsonl"
    command = ["dipevents", "extract", str(folder), "-q", "-o", str(out)]
    if workers is not None:
        command += ["-w", str(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    process = subprocess.Popen(command)
    peak = largest = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, largest
        while not done.is_set():
            tree, single = _tree_rss(process.pid)
            peak, largest = max(peak, tree), max(largest, single)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    code = process.wait()
    elapsed = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    done.set()
    sampler.join()
    if code != 0:
        raise SystemExit(f"dipevents extract exited with {code}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, cpu, largest, peak


def median_seconds(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    args = sys.argv[1:]
    runs = 3
    if "--runs" in args:
        at = args.index("--runs")
        runs = int(args[at + 1])
        del args[at : at + 2]
    sizes = [int(a) for a in args] or [1000, 10000]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"python {sys.version.split()[0]}, {cores} cores, load {os.getloadavg()[0]:.1f}")
    baseline = median_seconds([sys.executable, "-c", "pass"])
    imported = median_seconds([sys.executable, "-c", "import dipevents"])
    print(
        f"import dipevents: {imported - baseline:.3f} s (beyond the interpreter's {baseline:.3f} s)"
    )
    print(f"dipevents --help: {median_seconds(['dipevents', '--help']):.3f} s")
    print(f"medians of {runs} runs; 'vs -w 1' is measured in the same run")
    print(f"{'articles':>9} {'workers':>7} {'seconds':>8} {'articles/s':>11} {'sentences/s':>12} "
          f"{'per cpu-s':>10} {'MB/s':>6} {'RSS/proc':>9} {'RSS tree':>9} {'vs -w 1':>8}")  # fmt: skip
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "corpus"
            folder.mkdir()
            size, sentences = build_corpus(folder, n)
            settings: list[int | None] = [1, 2, None]
            samples: dict[int | None, list[tuple[float, float, int, int]]] = {
                w: [] for w in settings
            }
            for _ in range(runs):  # interleaved, so that a change of load hits every setting
                for workers in settings:
                    samples[workers].append(run(folder, workers))
            one = statistics.median(s[0] for s in samples[1])
            for workers in settings:
                seconds = statistics.median(s[0] for s in samples[workers])
                cpu = statistics.median(s[1] for s in samples[workers])
                largest = max(s[2] for s in samples[workers])
                tree = max(s[3] for s in samples[workers])
                label = "default" if workers is None else str(workers)
                print(
                    f"{n:>9,} {label:>7} {seconds:>8.2f} {n / seconds:>11.1f} "
                    f"{sentences / seconds:>12,.0f} {sentences / cpu:>10,.0f} "
                    f"{size / seconds / 1e6:>6.2f} {largest / 2**20:>7.0f}MB {tree / 2**20:>7.0f}MB "
                    f"{one / seconds:>7.2f}x"
                )


if __name__ == "__main__":
    main()
