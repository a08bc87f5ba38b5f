"""pycountry against iso3166 as dipevents' source of ISO 3166-1: size, load time, names.

Installs each package (from the package index pip is set up with) into a
temporary folder of its own and reports its size on disk, the median time a
fresh process takes to import it and list the countries (``--runs`` runs, the
ratio of the two in the same run), and how many codes and English names each
gives. dipevents reads the codes and short names from iso3166 and the full and
common names from ``data/country_names.json``.

    python benchmarks/country_sources.py
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LOAD = {
    "pycountry": (
        "import pycountry; c = list(pycountry.countries); "
        "names = {getattr(s, a, None) for s in c for a in ('name', 'official_name', 'common_name')}; "
        "print(len(c), len(names - {None}))"
    ),
    "iso3166": (
        "import iso3166; c = list(iso3166.countries); "
        "names = {n for s in c for n in (s.name, s.apolitical_name)}; print(len(c), len(names))"
    ),
}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=7)
    args = options.parse_args()
    results = {}
    for package, code in LOAD.items():
        folder = Path(tempfile.mkdtemp(prefix=f"dipevents-bench-{package}-"))
        try:
            subprocess.run(
                [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(folder),
                 "--no-cache-dir", package],
                check=True, capture_output=True,
            )  # fmt: skip
            size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
            env = {"PYTHONPATH": str(folder), "PATH": ""}
            times = []
            out = ""
            for _ in range(args.runs):
                began = time.perf_counter()
                out = subprocess.run(
                    [sys.executable, "-c", code],
                    check=True,
                    capture_output=True,
                    text=True,
                    env=env,
                ).stdout
                times.append(time.perf_counter() - began)
            codes, names = out.split()
            results[package] = (size, statistics.median(times), int(codes), int(names))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    bare = statistics.median(
        _time([sys.executable, "-c", "pass"]) for _ in range(args.runs)
    )  # fmt: skip
    print(f"python {sys.version.split()[0]}; medians of {args.runs} fresh processes")
    print(f"{'package':<10} {'on disk':>9} {'import+list':>12} {'codes':>6} {'names':>6}")
    for package, (size, seconds, codes, names) in results.items():
        print(f"{package:<10} {size / 1e6:7.2f}MB {seconds - bare:10.3f} s {codes:>6} {names:>6}")
    (big, slow, _, _), (small, fast, _, _) = results["pycountry"], results["iso3166"]
    print(
        f"pycountry / iso3166: {big / small:.0f}x the size, "
        f"{(slow - bare) / max(fast - bare, 1e-4):.1f}x the time to load"
    )


def _time(command: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - began


if __name__ == "__main__":
    main()
