"""Time parse() on a few megabytes of pathological text: it must stay linear in the input.

Run: python benchmarks/parse_pathological.py [--megabytes N] [--repeat R]
Prints, per input kind, the median seconds over R runs and the MB/s, and the
ratio of the time for 4N MB to the time for N MB (about 4 when linear).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from dipevents import parse


def no_newlines(size: int) -> str:
    words = ["summit", "Tokyo", "sanctions", "“quote,”", "said", "By", "2017", "March", "the", "—"]
    rng = random.Random(1)
    out: list[str] = []
    total = 0
    while total < size:
        word = rng.choice(words)
        out.append(word)
        total += len(word) + 1
    return " ".join(out)[:size]


def one_line_repeated(size: int) -> str:
    line = "Abe met Putin in Moscow on May 26, 2018, and said: “we will meet again,” the expert said.\n"
    return (line * (size // len(line) + 1))[:size]


def digits_and_punctuation(size: int) -> str:
    rng = random.Random(2)
    return "".join(rng.choice("0123456789.,:;/|-–() \n") for _ in range(size))


def blank_and_nbsp(size: int) -> str:
    return ("\u00a0\n\n" * (size // 3 + 1))[:size]


def quotes_unclosed(size: int) -> str:
    return ("“" + "word " * 50 + "\n") * (size // 252 + 1)


KINDS: dict[str, Callable[[int], str]] = {
    "no newlines": no_newlines,
    "one line repeated": one_line_repeated,
    "digits and punctuation": digits_and_punctuation,
    "blank lines with NBSP": blank_and_nbsp,
    "unclosed quotations": quotes_unclosed,
}


def median_time(text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        parse(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    size = int(args.megabytes * 1_000_000)
    print(f"{'input':<24} {'MB':>5} {'median s':>9} {'MB/s':>7} {'4x MB s':>8} {'ratio':>6}")
    for name, make in KINDS.items():
        small, large = make(size), make(4 * size)
        t_small = median_time(small, args.repeat)
        t_large = median_time(large, args.repeat)
        mb = len(small.encode()) / 1e6
        print(
            f"{name:<24} {mb:5.1f} {t_small:9.3f} {mb / t_small:7.1f} {t_large:8.3f} "
            f"{t_large / t_small:6.2f}"
        )


if __name__ == "__main__":
    main()
