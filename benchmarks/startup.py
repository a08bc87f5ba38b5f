"""Footprint and start-up: install size, ``import dipevents``, the first parse, one article.

Every time is the median of ``--runs`` fresh processes, as wall and CPU seconds
(CPU time is the steadier figure on a shared machine), and each comparison is a
ratio measured in the same run:

- install: a fresh venv's site-packages after ``pip install ROOT`` (without
  pip and setuptools), and the share of each distribution (``--no-install``
  skips it, ``--python`` picks the interpreter of the venv);
- start-up: ``python -c pass``, ``import dipevents``, ``dipevents --help``;
- the first ``parse()`` of a fresh process against its second, with the cache
  empty (cold) and filled (warm);
- ``dipevents extract`` of one short article, cold and warm, and its peak memory.

    python benchmarks/startup.py                 # installs into a temporary venv
    python benchmarks/startup.py --no-install    # uses the dipevents on PATH
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "articles" / "generic-chengdu.txt"
TOOLING = ("pip", "setuptools", "pkg-resources", "-distutils-hack", "distutils")

FIRST_PARSE = """
import sys, time
t0 = time.perf_counter(); c0 = time.process_time()
import dipevents
t1 = time.perf_counter(); c1 = time.process_time()
text = open(sys.argv[1], encoding="utf-8").read()
dipevents.parse(text)
t2 = time.perf_counter(); c2 = time.process_time()
dipevents.parse(text)
t3 = time.perf_counter(); c3 = time.process_time()
print(t1 - t0, c1 - c0, t2 - t1, c2 - c1, t3 - t2, c3 - c2)
"""


def _size(path: Path) -> int:
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def install_size(python: str) -> tuple[Path, dict[str, int]]:
    """A fresh venv with dipevents installed; bytes per top-level entry of site-packages."""
    venv = Path(tempfile.mkdtemp(prefix="dipevents-bench-venv-"))
    subprocess.run([python, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-cache-dir"]
    subprocess.run([*pip, str(ROOT)], check=True, capture_output=True)
    site = next((venv / "lib").glob("python3*/site-packages"))
    sizes = {entry.name: _size(entry) for entry in site.iterdir()}
    return venv, sizes


def _distribution(name: str) -> str:
    base = name.split("-")[0] if name.endswith((".dist-info", ".pth")) else name
    return base.removesuffix(".py").lower().replace("_", "-")


def report_install(sizes: dict[str, int]) -> None:
    core = {n: s for n, s in sizes.items() if not _distribution(n).startswith(TOOLING)}
    by_dist: dict[str, int] = {}
    for name, size in core.items():
        by_dist[_distribution(name)] = by_dist.get(_distribution(name), 0) + size
    total = sum(core.values())
    print(f"core install: {total / 1e6:.1f} MB in site-packages (pip and setuptools left out)")
    for name, size in sorted(by_dist.items(), key=lambda item: -item[1])[:8]:
        print(f"  {name:<22} {size / 1e6:7.2f} MB  {size / total:6.1%}")


def timed(command: list[str], runs: int, env: dict[str, str]) -> tuple[float, float, int]:
    """Median wall and CPU seconds of ``command`` and its peak RSS (bytes)."""
    walls, cpus, peak = [], [], 0
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        walls.append(time.perf_counter() - began)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(
            after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime,
        )
        peak = max(peak, after.ru_maxrss * 1024)
    return statistics.median(walls), statistics.median(cpus), peak


def first_parse(python: str, runs: int, env: dict[str, str]) -> list[float]:
    """Medians of (import wall, cpu, first parse wall, cpu, second parse wall, cpu)."""
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [python, "-c", FIRST_PARSE, str(ARTICLE)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        samples.append([float(v) for v in out.split()])
    return [statistics.median(column) for column in zip(*samples, strict=True)]


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=5)
    options.add_argument("--no-install", action="store_true")
    options.add_argument("--python", default=sys.executable)
    args = options.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    if args.no_install:
        python = args.python
        command = shutil.which("dipevents") or "dipevents"
        venv = None
    else:
        venv, sizes = install_size(args.python)
        report_install(sizes)
        python = str(venv / "bin" / "python")
        command = str(venv / "bin" / "dipevents")
    cache = Path(tempfile.mkdtemp(prefix="dipevents-bench-cache-"))
    env = {**os.environ, "DIPEVENTS_CACHE_DIR": str(cache)}
    try:
        runs = args.runs
        bare = timed([python, "-c", "pass"], runs, env)
        imported = timed([python, "-c", "import dipevents"], runs, env)
        helped = timed([command, "--help"], runs, env)
        print(f"\nmedians of {runs} fresh processes      wall s    cpu s")
        print(f"  python -c pass                  {bare[0]:8.3f} {bare[1]:8.3f}")
        print(
            f"  import dipevents (beyond that)  {imported[0] - bare[0]:8.3f} "
            f"{imported[1] - bare[1]:8.3f}"
        )
        print(f"  dipevents --help                {helped[0]:8.3f} {helped[1]:8.3f}")

        one = [command, "extract", "-q", str(ARTICLE)]
        cold_runs = []
        for _ in range(runs):
            shutil.rmtree(cache, ignore_errors=True)
            cold_runs.append(timed(one, 1, env))
        cold = tuple(statistics.median(r[i] for r in cold_runs) for i in range(3))
        warm = timed(one, runs, env)
        print(f"  extract one article, cold cache {cold[0]:8.3f} {cold[1]:8.3f}")
        print(f"  extract one article, warm cache {warm[0]:8.3f} {warm[1]:8.3f}")
        print(f"    cold / warm (cpu)             {cold[1] / warm[1]:8.2f}x")
        print(f"    peak memory                   {max(cold[2], warm[2]) / 2**20:8.0f} MB")

        parsed = first_parse(python, runs, env)
        print(f"\nin one fresh process (warm cache), medians of {runs}")
        print(f"  import dipevents                {parsed[0]:8.3f} {parsed[1]:8.3f}")
        print(f"  first parse()                   {parsed[2]:8.3f} {parsed[3]:8.3f}")
        print(f"  second parse()                  {parsed[4]:8.3f} {parsed[5]:8.3f}")
        print(f"    first / second (cpu)          {parsed[3] / parsed[5]:8.1f}x")
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        if venv is not None:
            shutil.rmtree(venv, ignore_errors=True)


if __name__ == "__main__":
    main()
