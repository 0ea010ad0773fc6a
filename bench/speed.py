#!/usr/bin/env python3
"""Extraction speed: ours against quantulum3 on the same news text, in one run, on one core.

The text is the project's seed articles (real news), each article processed on its own as the
checker does. Prints both throughputs and their ratio, the cost of `consistency extract` on one
small file with process start included, and the peak memory for 1x and 8x the corpus (it should
stay flat: articles are processed one at a time).

Both sides are timed the same way: a warm-up, then the median of several runs (the machines
these run on are shared and noisy; one run can be off by a third).

Usage:  python bench/speed.py [--rounds N]
Last line: `speed: ours N KB/s | quantulum3 N KB/s | ratio Nx | extract one file N s | peak memory
1x N MB 8x N MB`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

from consistency.articles import parse_article
from consistency.extract.names import NameIndex
from consistency.extract.pipeline import extract_claims

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def ours(texts: list[str], rounds: int) -> float:
    """KB/s of the whole extraction pipeline (article parsing included): the median of five
    timed runs after a warm-up round, as for quantulum3 below."""
    names = NameIndex.empty()

    def once(n_rounds: int) -> float:
        start = time.perf_counter()
        for _ in range(n_rounds):
            for n, text in enumerate(texts):
                extract_claims(parse_article(text, f"{n}.txt"), names)
        return n_rounds * sum(len(t) for t in texts) / 1024 / (time.perf_counter() - start)

    once(1)
    return statistics.median(once(max(1, rounds // 5)) for _ in range(5))


def quantulum(texts: list[str]) -> float:
    """KB/s of quantulum3's parser on the same articles: the median of three runs after a
    warm-up (each run one pass over the corpus: it is slow)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its optional classifier is not installed
        from quantulum3 import parser  # noqa: PLC0415 - its import alone takes over a second

        parser.parse("warm up: 5 km")

        def once() -> float:
            start = time.perf_counter()
            for text in texts:
                parser.parse(text)
            return sum(len(t) for t in texts) / 1024 / (time.perf_counter() - start)

        return statistics.median(once() for _ in range(3))


def one_file() -> float:
    """Seconds for `consistency extract --json` on one seed, process start included."""
    script = Path(sys.executable).with_name("consistency")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "consistency.cli"]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([*cmd, "extract", "--json", str(SEEDS[1])], capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def peak_mb(texts: list[str], copies: int) -> float:
    """Peak traced memory while extracting `copies` x the corpus, one article at a time."""
    names = NameIndex.empty()
    tracemalloc.start()
    for _ in range(copies):
        for n, text in enumerate(texts):
            extract_claims(parse_article(text, f"{n}.txt"), names)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=250)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    mine, theirs = ours(texts, args.rounds), quantulum(texts)
    cost = one_file()
    small, large = peak_mb(texts, 1), peak_mb(texts, 8)
    print(
        f"speed: ours {mine:.0f} KB/s | quantulum3 {theirs:.1f} KB/s | ratio {mine / theirs:.0f}x"
        f" | extract one file {cost:.2f} s | peak memory 1x {small:.1f} MB 8x {large:.1f} MB"
    )


if __name__ == "__main__":
    main()
