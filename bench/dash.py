"""The dashboard at a million articles: every query the pages call, every page, the CSV export.

    python -m bench.dash --db bench/work/dash-1000000x200000-s0.duckdb --out r.json

Run by bench.run in a fresh process. The database comes from tests/dbfactory.make_db (rows made
in SQL, not through the ETL) and is reused while dbfactory.py and etl/schema.sql are unchanged.

- Queries: every `dashboard.queries` function that app.py, pages/ or the dashboard helpers call
  (found by reading their source), each on its own cursor of one `queries.open_snapshot`
  connection as `dashboard.data` does, without Streamlit's result cache (that cache only helps a
  second visit with the same filters). Functions taking filters run with each of the typical
  filter sets in FILTER_SETS; detail functions with a story id and a generated id. One untimed
  warm-up, then `runs` timed calls: median and p95 (nearest rank).
- Pages: each page's full AppTest run (`AppTest.from_file("app.py")`, `.run()`, then
  `switch_page(page)` and the page's own `.run()`, the way a browser opens `/page`), with
  TRACKER_DB pointing at the big database. Only the page's own run is timed. "cold": the query
  result cache (`st.cache_data`) is cleared just before the timed run, so every query of the page
  runs (a first visit, or new filters); the snapshot (`st.cache_resource`) stays open, as on a
  running server. "warm": the same page rerun with its results cached (a widget click). The
  registry of installed Streamlit components, which AppTest builds on an instance's first run
  (a server: once at start-up), is shared, so 개요 — timed on its first run — is not charged for it.
- Export: `queries.commitments(limit=100_000)` → `labels.table` → `export.csv_bytes`, the same
  chain the 약속 목록 download runs, timed as one (and by part).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import math
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CALLERS = ["app.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py")),
           "dashboard/filters.py", "dashboard/charts.py", "dashboard/tables.py", "dashboard/export.py"]
NOT_QUERIES = {"parse_day", "open_snapshot", "Filters"}


def filter_sets():
    from dashboard.queries import Filters

    return {
        "none": Filters(),
        "ministry": Filters(ministries=("과학기술정보통신부",)),
        "category+status": Filters(categories=("ai_infra",), statuses=("in_progress", "delayed")),
        "date range": Filters(announced_from=date(2025, 1, 1), announced_to=date(2025, 6, 30)),
        "q=GPU": Filters(q="GPU"),
        "as_of": Filters(as_of=date(2025, 6, 30)),
    }


# ---------------------------------------------------------------------------------------------
# the database


def _fingerprint(articles: int, commitments: int, seed: int) -> dict:
    digest = hashlib.sha256()
    for rel in ("tests/dbfactory.py", "etl/schema.sql"):
        digest.update((ROOT / rel).read_bytes())
    return {"articles": articles, "commitments": commitments, "seed": seed, "sources": digest.hexdigest()[:16]}


def dashboard_db(path: Path, articles: int, commitments: int, seed: int = 0) -> tuple[Path, float | None]:
    """The big synthetic database, made (and timed) only when missing or out of date."""
    stamp = path.with_name(path.name + ".json")
    wanted = _fingerprint(articles, commitments, seed)
    if path.exists() and stamp.exists():
        try:
            if json.loads(stamp.read_text()) == wanted:
                return path, None
        except ValueError:
            pass
    sys.path.insert(0, str(ROOT))
    from tests.dbfactory import make_db

    stamp.unlink(missing_ok=True)
    started = time.perf_counter()
    make_db(path, articles=articles, commitments=commitments, seed=seed)
    seconds = time.perf_counter() - started
    stamp.write_text(json.dumps(wanted))
    return path, seconds


# ---------------------------------------------------------------------------------------------
# statistics


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def summary(values_s: list[float]) -> dict:
    ms = [v * 1000 for v in values_s]
    return {"median_ms": round(statistics.median(ms), 2), "p95_ms": round(p95(ms), 2),
            "min_ms": round(min(ms), 2), "max_ms": round(max(ms), 2), "runs": len(ms)}


# ---------------------------------------------------------------------------------------------
# queries


def called_queries() -> list[str]:
    """Names of dashboard.queries functions referenced as `queries.<name>` by the pages and helpers."""
    from dashboard import queries

    names: set[str] = set()
    for rel in CALLERS:
        path = ROOT / rel
        if not path.exists():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in ("queries", "Q") and callable(getattr(queries, node.attr, None))):
                names.add(node.attr)
    return sorted(names - NOT_QUERIES)


def _sample_ids(con) -> dict:
    sys.path.insert(0, str(ROOT))
    from tests.dbfactory import STORY_IDS, story_article_id

    busiest = con.execute(
        "SELECT commitment_id FROM commitments ORDER BY mention_count DESC, commitment_id LIMIT 1").fetchone()[0]
    article = con.execute(
        "SELECT article_id FROM mentions WHERE commitment_id = ? LIMIT 1", [busiest]).fetchone()[0]
    return {
        "commitment": {"story": STORY_IDS[0], "busiest": busiest},
        "article": {"story": story_article_id("gpu-new"), "generated": article},
    }


def _calls(name: str, fn, ids: dict, filters: dict):
    """(variant label, args) for one query function, from its signature."""
    import inspect

    params = list(inspect.signature(fn).parameters)[1:]
    first = params[0] if params else None
    if first == "f":
        return [(label, (f,)) for label, f in filters.items()]
    if first == "commitment_id":
        return [(label, (cid,)) for label, cid in ids["commitment"].items()]
    if first == "article_id":
        return [(label, (aid,)) for label, aid in ids["article"].items()]
    return [("-", ())]


def time_queries(db: Path, runs: int) -> dict:
    from dashboard import queries

    con = queries.open_snapshot(db)
    ids = _sample_ids(con)
    filters = filter_sets()
    results = []
    for name in called_queries():
        fn = getattr(queries, name)
        for label, args in _calls(name, fn, ids, filters):
            times = []
            rows = None
            for i in range(runs + 1):
                started = time.perf_counter()
                cursor = con.cursor()
                try:
                    value = fn(cursor, *args)
                finally:
                    cursor.close()
                elapsed = time.perf_counter() - started
                if i:
                    times.append(elapsed)
                else:
                    rows = len(value) if hasattr(value, "__len__") else 1
            results.append({"query": name, "variant": label, "rows": rows, **summary(times)})
            print(f"  {name:<20} {label:<16} median {results[-1]['median_ms']:8.1f} ms  "
                  f"p95 {results[-1]['p95_ms']:8.1f} ms", file=sys.stderr, flush=True)
    con.close()
    return {"ids": ids, "queries": results}


# ---------------------------------------------------------------------------------------------
# pages


def page_variants(ids: dict) -> list[tuple[str, str, dict]]:
    """(label, page file, query params) for every page; detail pages with an id."""
    pages = [("개요", "app.py", {})]
    for path in sorted((ROOT / "pages").glob("*.py")):
        rel = str(path.relative_to(ROOT))
        if "commitment.py" in rel and "commitments" not in rel:
            pages.append((path.stem, rel, {"id": ids["commitment"]["story"]}))
        elif "articles" in rel:
            pages.append((path.stem, rel, {}))
            pages.append((path.stem + " (article)", rel, {"article": ids["article"]["story"]}))
        else:
            pages.append((path.stem, rel, {}))
    pages.append(("개요 (ministry filter)", "app.py", {"ministry": ["과학기술정보통신부"]}))
    return pages


def time_pages(db: Path, runs: int, ids: dict) -> list[dict]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["TRACKER_DB"] = str(db)
    os.chdir(ROOT)
    results = []
    components = None
    for label, page, params in page_variants(ids):
        cold, warm, errors = [], [], []
        for i in range(runs + 1):
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
            # An AppTest's first run scans every installed package for Streamlit components
            # (~150 ms, more with more packages), which a server does once at start-up, not per
            # page view: share one registry so the scan is not timed as part of 개요.
            if components is not None and hasattr(at, "_bidi_component_manager"):
                at._bidi_component_manager = components
            for key, value in params.items():
                at.query_params[key] = value
            if page != "app.py":
                at.run()
                at.switch_page(page)
                for key, value in params.items():
                    at.query_params[key] = value
            st.cache_data.clear()
            started = time.perf_counter()
            at.run()
            elapsed = time.perf_counter() - started
            components = getattr(at, "_bidi_component_manager", None) or components
            if at.exception:
                errors.append("; ".join(str(e.message)[:200] for e in at.exception))
            started = time.perf_counter()
            at.run()
            rerun = time.perf_counter() - started
            if i:  # the first round warms imports and the snapshot
                cold.append(elapsed)
                warm.append(rerun)
        row = {"page": label, "file": page, "params": params, "cold": summary(cold), "warm": summary(warm),
               "errors": sorted(set(errors))}
        results.append(row)
        print(f"  {label:<28} cold median {row['cold']['median_ms']:8.1f} p95 {row['cold']['p95_ms']:8.1f} ms | "
              f"warm median {row['warm']['median_ms']:7.1f} ms {'ERR ' + errors[0][:80] if errors else ''}",
              file=sys.stderr, flush=True)
    return results


# ---------------------------------------------------------------------------------------------
# export


def time_export(db: Path, rows: int, runs: int) -> dict:
    from dashboard import export, labels, queries

    con = queries.open_snapshot(db)
    categories = queries.category_labels(con)
    parts: dict[str, list[float]] = {"query": [], "label": [], "csv": [], "total": []}
    size = 0
    count = 0
    for i in range(runs + 1):
        cursor = con.cursor()
        t0 = time.perf_counter()
        frame = queries.commitments(cursor, queries.Filters(), limit=rows)
        t1 = time.perf_counter()
        table = labels.table(frame, labels.COMMITMENT_COLUMNS, categories)
        t2 = time.perf_counter()
        data = export.csv_bytes(table)
        t3 = time.perf_counter()
        cursor.close()
        if i:
            for key, value in (("query", t1 - t0), ("label", t2 - t1), ("csv", t3 - t2), ("total", t3 - t0)):
                parts[key].append(value)
        size, count = len(data), len(table)
    con.close()
    return {"rows": count, "bytes": size, **{k: summary(v) for k, v in parts.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dash")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--commitments", type=int, default=200_000)
    parser.add_argument("--query-runs", type=int, default=20)
    parser.add_argument("--page-runs", type=int, default=10)
    parser.add_argument("--export-rows", type=int, default=100_000)
    parser.add_argument("--export-runs", type=int, default=5)
    parser.add_argument("--parts", default="queries,pages,export")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    parts = set(args.parts.split(","))

    out: dict = {"articles": args.articles, "commitments": args.commitments, "filter_sets": list(filter_sets())}
    db, made = dashboard_db(args.db, args.articles, args.commitments)
    out["make_db_seconds"] = made
    out["db_mb"] = round(db.stat().st_size / 2**20, 1)
    print(f"  database {db} ({out['db_mb']} MB{'' if made is None else f', made in {made:.0f}s'})",
          file=sys.stderr, flush=True)
    if "queries" in parts:
        out.update(time_queries(db, args.query_runs))
    if "export" in parts:
        out["export"] = time_export(db, args.export_rows, args.export_runs)
        print(f"  export {out['export']['rows']:,} rows: median {out['export']['total']['median_ms']:.0f} ms",
              file=sys.stderr, flush=True)
    if "pages" in parts:
        from dashboard import queries

        con = queries.open_snapshot(db)
        ids = out.get("ids") or _sample_ids(con)
        con.close()
        out["pages"] = time_pages(db, args.page_runs, ids)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
