#!/usr/bin/env python3
"""Cross-source cost against story size: a story of 500 articles against one of 100.

The articles are the project's seed reports, copied round-robin into one story folder, each
copy with its figures nudged (every 7th copy states another troop count) so that clusters hold
both agreement and disagreement. The whole check runs (extraction, fact-free cross-source
alignment) as `consistency check` runs it; the ratio of the two times should stay near the
ratio of the sizes (5x), since alignment is blocked by measure and clustered against
prototypes, not compared pair by pair.

Usage:  python bench/scaling.py [--small 100] [--large 500]
Last line: `scaling: 100 articles N s | 500 articles N s | ratio Nx (size ratio 5x)`.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from consistency.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def build(folder: Path, n: int) -> None:
    """A story of `n` articles in `folder`."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i in range(n):
        text = texts[i % len(texts)]
        if i % 7 == 6:
            text = text.replace("80,000 troops", f"{60 + i % 5},000 troops")
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")


def timed(n: int) -> tuple[float, int]:
    """Seconds to check a story of `n` articles, and the findings it reports."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "story"
        folder.mkdir()
        build(folder, n)
        engine = Engine([], folder)
        start = time.perf_counter()
        results = engine.check([folder])
        elapsed = time.perf_counter() - start
    return elapsed, sum(len(r.findings) for r in results)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", type=int, default=100)
    ap.add_argument("--large", type=int, default=500)
    args = ap.parse_args()
    timed(10)  # warm the caches and compiled patterns
    small, small_found = timed(args.small)
    large, large_found = timed(args.large)
    print(f"findings: {small_found} in {args.small} articles, {large_found} in {args.large}")
    print(
        f"scaling: {args.small} articles {small:.2f} s | {args.large} articles {large:.2f} s | "
        f"ratio {large / small:.1f}x (size ratio {args.large / args.small:.0f}x)"
    )


if __name__ == "__main__":
    main()
