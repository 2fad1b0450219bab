"""Where the ETL's time goes outside Kiwi: cProfile over one build of a generated corpus.

    python -m bench.profile --n 1000            # profile a fresh build of 1,000 articles
    python -m bench.profile --n 1000 --top 40   # more rows
    python -m bench.profile --load bench/work/logs/profile-1000.prof   # re-read a saved profile

Prints the time per etl function (own time, and cumulative), grouped by file too, and the share
of the whole build; Kiwi's own analysis shows up as `tokenize` (C++, on Kiwi's worker
threads, while the main thread waits). cProfile slows pure-Python code more than C code, so the
Python shares here are somewhat higher than in an unprofiled run; bench.run's stage breakdown
(results.json → etl.full.stages) has the unprofiled split.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

from bench import generate

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def _where(filename: str) -> str:
    if filename.startswith("~") or filename == "<built-in>":
        return "builtins (C)"
    path = Path(filename)
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        parts = path.parts
        if "site-packages" in parts:
            return parts[parts.index("site-packages") + 1]
        if "python3.11" in parts:
            return "stdlib/" + parts[-1]
        return path.name


def report(stats: pstats.Stats, total: float, top: int) -> str:
    lines: list[str] = []
    entries = stats.stats  # (file, line, name) -> (cc, nc, tt, ct, callers)
    by_file: dict[str, float] = defaultdict(float)
    for (filename, _line, _name), (_cc, _nc, tt, _ct, _callers) in entries.items():
        by_file[_where(filename)] += tt
    lines.append(f"whole build {total:.1f}s (profiled)\n")
    lines.append("own time by file")
    for where, tt in sorted(by_file.items(), key=lambda kv: -kv[1])[:20]:
        lines.append(f"  {tt:8.2f}s {tt / total:6.1%}  {where}")

    def rows(key: int, title: str) -> None:
        lines.append(f"\n{title}")
        ranked = sorted(entries.items(), key=lambda kv: -kv[1][key])
        shown = 0
        for (filename, line, name), (cc, nc, tt, ct, _callers) in ranked:
            where = _where(filename)
            if key == 3 and not (where.startswith("etl/") or name in ("tokenize", "_tokenize")):
                continue
            value = tt if key == 2 else ct
            lines.append(f"  {value:8.2f}s {value / total:6.1%}  {nc:>10,} calls  {where}:{line} {name}")
            shown += 1
            if shown >= top:
                break

    rows(2, "own time (tottime), top functions")
    rows(3, "cumulative time (cumtime), etl functions")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--work", type=Path, default=BENCH / "work")
    parser.add_argument("--load", type=Path, help="print a saved profile instead of running one")
    args = parser.parse_args(argv)

    if args.load:
        stats = pstats.Stats(str(args.load))
        total = max(ct for (_cc, _nc, _tt, ct, _c) in stats.stats.values())
        print(report(stats, total, args.top))
        return 0

    from etl.build import build

    corpus = generate.write_corpus(args.work / f"corpus-{args.n}", args.n, seed=args.seed)
    db = args.work / "db" / f"profile-{args.n}.duckdb"
    db.parent.mkdir(parents=True, exist_ok=True)
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    out = args.work / "logs" / f"profile-{args.n}.prof"
    out.parent.mkdir(parents=True, exist_ok=True)

    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    result = build([corpus], db, as_of=date(2026, 3, 16))
    profiler.disable()
    total = time.perf_counter() - started
    profiler.dump_stats(str(out))
    print(f"{result.articles_added:,} articles, {result.mentions:,} mentions, {result.commitments:,} commitments; "
          f"profile saved to {out}\n")
    print(report(pstats.Stats(profiler), total, args.top))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
