"""`make bench`: the ETL against the Kiwi floor, incremental rebuilds, memory, the dashboard at 1M.

    make bench                         # N=10,000, big=100,000, dashboard at 1M articles
    make bench N=2000 ARGS=--skip-big  # a quick run
    python -m bench.run --n 10000 --big 100000 --skip-dashboard

Prints a table and writes bench/results.json. Every headline figure is a ratio of two things
measured in the same run on the same corpus, so a slow or busy machine changes the seconds but
much less the ratios; where the machine is shared, the CPU-time ratio (user + system of the job's
process, all threads) is given beside the wall-clock one, and the Kiwi floor is measured twice,
before and after the ETL build, to show how much the machine's speed moved in between.

Each measured job runs in a fresh subprocess (bench.worker / bench.dash): cold, no warm caches,
its own peak RSS. The parent polls the job (progress, RSS from /proc) and may stop it at a time
limit (`--big-timeout`, for the 100,000-article build); a stopped job is reported with what it
reached, and its peak RSS is then a lower bound.

Steps (see the issue for the targets):
1. corpus: bench.generate writes N articles (reused when already there) and N/100 more;
2. Kiwi floor: bare `Kiwi(**etl.nlp.KIWI_OPTIONS).tokenize(list)` of the cleaned title + body of
   the same N articles (the ETL's dictionaries, without its user words);
3. full build: `etl.build.build()` of the N articles into a new database;
4. Kiwi floor again;
5. incremental: the same build again with the 1% new articles (dated the week after the corpus)
   added to the inputs; then once more with 1% older articles (dated inside the corpus), a
   backfill, which links everything again (reported, no target);
6. big: a full build of `--big` articles, for peak RSS, then +1 % new articles onto it (an
   incremental build at that size: its time and memory); skip with --skip-big (or only the
   latter with --skip-big-incremental);
7. dashboard: bench.dash on a 1,000,000-article / 200,000-commitment database from tests/dbfactory.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import time
from datetime import date, datetime
from importlib import metadata
from pathlib import Path

from bench import generate

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results.json"
# Statuses judged at a fixed day, so the same run gives the same database; after every article
# (the corpus ends 2026-12-31, the new week 2027-01-07), so every mention is linked.
AS_OF = date(2027, 1, 31)

TARGETS = {
    "etl_vs_kiwi": (">=", 0.75),
    "incremental_vs_full": ("<=", 0.05),
    "peak_rss_mb_big": ("<=", 1536.0),  # 1.5 GiB (ru_maxrss is in KiB)
    "rss_big_vs_n": ("<=", 1.20),
    "query_median_ms": ("<=", 50.0),
    "page_p95_ms": ("<=", 500.0),
    "csv_export_s": ("<=", 3.0),
}


def log(message: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# the machine


def machine() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gb = round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    versions = {}
    for package in ("kiwipiepy", "kiwipiepy_model", "duckdb", "pandas", "pyarrow", "streamlit"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "cpu": cpu, "cores": os.cpu_count(), "memory_gb": mem_gb, "python": platform.python_version(),
        "os": platform.platform(), "load_average_at_start": [round(x, 2) for x in os.getloadavg()], **versions,
    }


# ---------------------------------------------------------------------------------------------
# jobs


def _proc_status(pid: int) -> dict[str, float]:
    values = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmHWM", "VmRSS")):
                key, value = line.split(":", 1)
                values[key] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return values


def _last_progress(path: Path) -> dict | None:
    try:
        lines = path.read_text(encoding="utf-8").strip().splitlines()
    except OSError:
        return None
    return json.loads(lines[-1]) if lines else None


def snapshot_code(work: Path) -> tuple[Path, str]:
    """A copy of etl/, bench/ and data/ (reference, sample articles) as they are now, for every ETL job.

    The working tree is shared with the engineers changing the ETL: an edit to etl/ between the
    full and the incremental build would change `extraction_version()` and make the incremental
    build re-extract every article, measuring the edit rather than the incremental path. The
    jobs run from this copy instead (cwd and PYTHONPATH), so the whole run measures one version.
    """
    import hashlib

    digest = hashlib.sha256()
    files = []
    for rel in ("etl", "bench", "data/reference", "data/articles"):
        for path in sorted((ROOT / rel).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and "work" not in path.relative_to(ROOT).parts[:2]:
                files.append(path)
                digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    version = digest.hexdigest()[:12]
    target = work / "code" / version
    if not (target / ".complete").exists():
        if target.exists():
            shutil.rmtree(target)
        for path in files:
            copy = target / path.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy)
        (target / ".complete").write_text(version)
    return target, version


def run_job(name: str, args: list[str], work: Path, timeout: float | None = None, code: Path | None = None,
            rss_limit_mb: float | None = None) -> dict:
    """Run `python -m <args>` in a fresh process; return its result JSON plus what the parent saw.

    `timeout` (s) and `rss_limit_mb` stop the job when reached (the machine is shared: a build
    whose memory grows with the corpus must not push other people's processes out of memory);
    the result then says so and its peak RSS is the peak reached so far."""
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    out = logs / f"{name}.json"
    progress = logs / f"{name}.progress.jsonl"
    stderr_path = logs / f"{name}.stderr.log"
    for path in (out, progress):
        path.unlink(missing_ok=True)
    command = [sys.executable, "-m", *args, "--out", str(out)]
    if args[0] == "bench.worker" and args[1] == "etl":
        command += ["--progress-file", str(progress)]
    started = time.perf_counter()
    hwm = 0.0
    timed_out: str | bool = False
    shown = started
    with open(stderr_path, "w", encoding="utf-8") as stderr:
        home = code or ROOT
        env = {**os.environ, "PYTHONPATH": str(home)}
        process = subprocess.Popen(command, cwd=home, stdout=stderr, stderr=stderr, env=env)
        while process.poll() is None:
            time.sleep(1.0)
            hwm = max(hwm, _proc_status(process.pid).get("VmHWM", 0.0))
            now = time.perf_counter()
            if now - shown >= 60:
                shown = now
                last = _last_progress(progress) or {}
                where = (f"{last.get('done', 0):,}/{last.get('total', 0):,} files" if last.get("event") == "files"
                         else last.get("stage") or last.get("event") or "")
                log(f"  {name}: {now - started:,.0f}s {where} RSS peak {hwm:,.0f} MB")
            over_memory = rss_limit_mb and hwm > rss_limit_mb
            if (timeout and now - started > timeout) or over_memory:
                timed_out = "rss limit" if over_memory else "timeout"
                log(f"  {name}: stopping at {now - started:,.0f}s, RSS {hwm:,.0f} MB "
                    f"({'memory' if over_memory else 'time'} limit)")
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
                break
    wall = time.perf_counter() - started
    result: dict = {"status": "ok", "wall_seconds_parent": round(wall, 1)}
    if timed_out:
        result["status"] = timed_out
    elif process.returncode != 0:
        result["status"] = f"failed (exit {process.returncode})"
        tail = stderr_path.read_text(encoding="utf-8", errors="replace")[-3000:]
        result["stderr_tail"] = tail
        log(f"  {name}: FAILED\n{tail}")
    if out.exists():
        result.update(json.loads(out.read_text(encoding="utf-8")))
    result["peak_rss_mb_polled"] = round(hwm, 1)
    if "peak_rss_mb" not in result and hwm:
        result["peak_rss_mb"] = round(hwm, 1)  # a stopped job: the peak so far (a lower bound)
    if progress.exists():
        result["last_progress"] = _last_progress(progress)
    return result


def _fresh_db(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(path.name + "*"):
        if stale.is_dir():  # the spill folder of a build that was stopped
            shutil.rmtree(stale)
        else:
            stale.unlink()
    return path


def corpus_profile(folder: Path, sample: int = 500) -> dict:
    files = sorted(folder.rglob("*.txt"))
    sizes = [len(p.read_text(encoding="utf-8")) for p in files[:: max(1, len(files) // sample)]]
    sizes.sort()
    return {"files": len(files), "page_chars_min": sizes[0], "page_chars_median": sizes[len(sizes) // 2],
            "page_chars_max": sizes[-1], "sampled": len(sizes)}


# ---------------------------------------------------------------------------------------------
# the ETL part


def bench_etl(n: int, work: Path, seed: int, timeout: float | None, code: Path | None) -> dict:
    log(f"corpus: {n:,} articles (+{max(1, n // 100):,} new) in {work}")
    t = time.perf_counter()
    corpus = generate.write_corpus(work / f"corpus-{n}", n, seed=seed)
    extra = generate.write_corpus(work / f"corpus-{n}-later", max(1, n // 100), seed=seed, start=n, later=True)
    older = generate.write_corpus(work / f"corpus-{n}-older", max(1, n // 100), seed=seed, start=n + max(1, n // 100))
    generated_s = time.perf_counter() - t
    profile = corpus_profile(corpus)
    db = _fresh_db(work / "db" / f"etl-{n}.duckdb")

    log("kiwi floor (1 of 2)")
    kiwi1 = run_job(f"kiwi-{n}-a", ["bench.worker", "kiwi", str(corpus)], work, timeout, code)
    log(f"  {kiwi1.get('articles', 0):,} articles in {kiwi1.get('seconds', 0):.1f}s")
    log(f"full build of {n:,} articles")
    full = run_job(f"etl-{n}-full", ["bench.worker", "etl", str(corpus), "--db", str(db), "--as-of", AS_OF.isoformat()],
                   work, timeout, code)
    log(f"  {full.get('articles_added', 0):,} articles in {full.get('seconds', 0):.1f}s ({full['status']})")
    log("kiwi floor (2 of 2)")
    kiwi2 = run_job(f"kiwi-{n}-b", ["bench.worker", "kiwi", str(corpus)], work, timeout, code)
    log(f"  {kiwi2.get('articles', 0):,} articles in {kiwi2.get('seconds', 0):.1f}s")
    incremental = {"status": "skipped: the full build did not finish"}
    if full["status"] == "ok":
        log(f"incremental build: +{max(1, n // 100):,} articles")
        incremental = run_job(
            f"etl-{n}-incremental",
            ["bench.worker", "etl", str(corpus), str(extra), "--db", str(db), "--as-of", AS_OF.isoformat()],
            work, timeout, code)
        log(f"  +{incremental.get('articles_added', 0):,} articles, {incremental.get('articles_skipped', 0):,} "
            f"skipped, in {incremental.get('seconds', 0):.1f}s")
    backfill = {"status": "skipped: the incremental build did not finish"}
    if incremental.get("status") == "ok":
        log(f"backfill build: +{max(1, n // 100):,} older articles")
        backfill = run_job(
            f"etl-{n}-backfill",
            ["bench.worker", "etl", str(corpus), str(extra), str(older), "--db", str(db), "--as-of", AS_OF.isoformat()],
            work, timeout, code)
        log(f"  +{backfill.get('articles_added', 0):,} articles in {backfill.get('seconds', 0):.1f}s")

    out: dict = {"n": n, "corpus": {**profile, "generate_seconds": round(generated_s, 1),
                                    "new_articles": max(1, n // 100)},
                 "kiwi_floor_runs": [kiwi1, kiwi2], "full": full, "incremental": incremental, "backfill": backfill}
    floors = [k for k in (kiwi1, kiwi2) if k.get("status") == "ok"]
    if floors and full["status"] == "ok":
        articles = full["articles_added"]
        kiwi_rates = [k["articles"] / k["seconds"] for k in floors]
        kiwi_rate = sum(kiwi_rates) / len(kiwi_rates)
        kiwi_cpu = sum(k["cpu_seconds"] for k in floors) / len(floors)
        etl_rate = articles / full["seconds"]
        stages = full["stages"]
        kiwi_thread = full["kiwi_thread_stages"]
        per_article = stages["ingest"]  # read, clean, analyse (overlapped), extract, insert
        out.update({
            "etl_articles_per_s": round(etl_rate, 2),
            "kiwi_articles_per_s": round(kiwi_rate, 2),
            "kiwi_articles_per_s_runs": [round(r, 2) for r in kiwi_rates],
            "kiwi_floor_spread": round(max(kiwi_rates) / min(kiwi_rates) - 1, 3),
            "kiwi_chars_per_s": round(sum(k["characters"] / k["seconds"] for k in floors) / len(floors)),
            "etl_vs_kiwi": round(etl_rate / kiwi_rate, 3),
            "etl_vs_kiwi_cpu": round(kiwi_cpu / full["cpu_seconds"], 3),
            # the per-article stages alone (read, clean, analyse, extract, insert), without link & co.
            "per_article_stages_vs_kiwi": round((articles / per_article) / kiwi_rate, 3),
            # Kiwi as the ETL calls it (segments, tokenize with split_sents, user dictionary) against the floor
            "etl_kiwi_call_vs_floor": round((articles / (kiwi_thread["kiwi_call"] + kiwi_thread["kiwi_init"])) / kiwi_rate, 3),
            "peak_rss_mb": full["peak_rss_mb"],
        })
    if incremental.get("status") == "ok" and full["status"] == "ok":
        out["incremental_vs_full"] = round(incremental["seconds"] / full["seconds"], 3)
        out["incremental_cpu_vs_full"] = round(incremental["cpu_seconds"] / full["cpu_seconds"], 3)
    if backfill.get("status") == "ok" and full["status"] == "ok":
        out["backfill_vs_full"] = round(backfill["seconds"] / full["seconds"], 3)
    return out


def bench_big(big: int, work: Path, seed: int, timeout: float | None, code: Path | None,
              rss_limit_mb: float | None = None, incremental: bool = True) -> dict:
    log(f"corpus: {big:,} articles")
    t = time.perf_counter()
    corpus = generate.write_corpus(work / f"corpus-{big}", big, seed=seed, progress=True)
    generated_s = time.perf_counter() - t
    db = _fresh_db(work / "db" / f"etl-{big}.duckdb")
    log(f"full build of {big:,} articles" + (f" (time limit {timeout:,.0f}s)" if timeout else ""))
    full = run_job(f"etl-{big}-full", ["bench.worker", "etl", str(corpus), "--db", str(db), "--as-of", AS_OF.isoformat()],
                   work, timeout, code, rss_limit_mb)
    log(f"  {full['status']}: peak RSS {full.get('peak_rss_mb', 0):,.0f} MB")
    out = {"n": big, "corpus": {**corpus_profile(corpus), "generate_seconds": round(generated_s, 1)}, "full": full,
           "peak_rss_mb": full.get("peak_rss_mb"), "status": full["status"]}
    if full["status"] == "ok":
        out["etl_articles_per_s"] = round(full["articles_added"] / full["seconds"], 2)
        if incremental:
            out.update(bench_big_incremental(big, work, seed, timeout, code, rss_limit_mb, full))
    return out


def bench_big_incremental(big: int, work: Path, seed: int, timeout: float | None, code: Path | None,
                          rss_limit_mb: float | None, full: dict) -> dict:
    """+1 % new articles onto the big database: an incremental build links them onto every stored
    commitment, so its time and memory show whether that path follows the archive's size."""
    extra = generate.write_corpus(work / f"corpus-{big}-later", max(1, big // 100), seed=seed, start=big, later=True)
    log(f"incremental build: +{max(1, big // 100):,} articles onto {big:,}")
    incremental = run_job(
        f"etl-{big}-incremental",
        ["bench.worker", "etl", str(work / f"corpus-{big}"), str(extra), "--db", str(work / "db" / f"etl-{big}.duckdb"),
         "--as-of", AS_OF.isoformat()],
        work, timeout, code, rss_limit_mb)
    log(f"  {incremental['status']}: {incremental.get('seconds', 0):,.1f}s, peak RSS {incremental.get('peak_rss_mb', 0):,.0f} MB")
    out: dict = {"incremental": incremental}
    if incremental["status"] == "ok":
        out["incremental_vs_full"] = round(incremental["seconds"] / full["seconds"], 3)
        out["incremental_cpu_vs_full"] = round(incremental["cpu_seconds"] / full["cpu_seconds"], 3)
    return out


# ---------------------------------------------------------------------------------------------
# the dashboard part


def bench_dashboard(args, work: Path) -> dict:
    db = work / f"dash-{args.dash_articles}x{args.dash_commitments}-s0.duckdb"
    log(f"dashboard: {args.dash_articles:,} articles / {args.dash_commitments:,} commitments ({db.name})")
    result = run_job("dashboard", [
        "bench.dash", "--db", str(db), "--articles", str(args.dash_articles),
        "--commitments", str(args.dash_commitments), "--query-runs", str(args.query_runs),
        "--page-runs", str(args.page_runs), "--export-rows", str(args.export_rows),
    ], work)
    return result


# ---------------------------------------------------------------------------------------------
# verdicts and the table


EXTRA_VARIANTS = {"as_of"}  # measured, shown, not counted: not among the typical filters


def _check(name: str, value) -> str:
    if value is None:
        return "n/a"
    op, limit = TARGETS[name]
    ok = value >= limit if op == ">=" else value <= limit
    return "PASS" if ok else "MISS"


def verdicts(results: dict) -> list[dict]:
    """Every figure with its target and PASS/MISS (the rows of the printed table and results.json)."""
    rows: list[dict] = []

    def add(section: str, figure: str, value, unit: str, target_name: str | None, note: str = "",
            counted: bool = True) -> None:
        target = ""
        status = ""
        if target_name:
            op, limit = TARGETS[target_name]
            target = f"{op} {limit:g}{'' if unit in ('', 'x') else unit.strip()}"
            status = _check(target_name, value)
            if not counted and status in ("PASS", "MISS"):
                status = f"({status})"
        rows.append({"section": section, "figure": figure, "value": value, "unit": unit, "target": target,
                     "status": status, "note": note})

    etl = results.get("etl")
    if etl:
        n = etl["n"]
        full = etl["full"]
        add("etl", f"etl_articles_per_s (N={n:,})", etl.get("etl_articles_per_s"), "/s", None,
            f"whole build {full.get('seconds', 0):,.1f}s ({full.get('status')}), "
            f"{full.get('mentions', 0):,} mentions, {full.get('commitments', 0):,} commitments")
        add("etl", "kiwi_articles_per_s", etl.get("kiwi_articles_per_s"), "/s", None,
            f"mean of runs before/after {etl.get('kiwi_articles_per_s_runs')}; {etl.get('kiwi_chars_per_s', 0):,} chars/s")
        add("etl", "etl_vs_kiwi", etl.get("etl_vs_kiwi"), "x", "etl_vs_kiwi",
            f"CPU-time ratio {etl.get('etl_vs_kiwi_cpu')}")
        add("etl", "  per-article stages only vs kiwi", etl.get("per_article_stages_vs_kiwi"), "x", None,
            "read+clean+Kiwi+extract+insert, without link/derived")
        add("etl", "  ETL's own Kiwi call vs floor", etl.get("etl_kiwi_call_vs_floor"), "x", None,
            "tokenize(split_sents=True) over segments, user dictionary")
        inc = etl.get("incremental", {})
        add("etl", "incremental_vs_full", etl.get("incremental_vs_full"), "x", "incremental_vs_full",
            f"+{etl['corpus']['new_articles']:,} articles: {inc.get('seconds', 0):,.1f}s ({inc.get('status')}); "
            f"CPU ratio {etl.get('incremental_cpu_vs_full')}")
        back = etl.get("backfill", {})
        add("etl", "  backfill_vs_full", etl.get("backfill_vs_full"), "x", None,
            f"+{etl['corpus']['new_articles']:,} older articles: every mention linked again; "
            f"{back.get('seconds', 0):,.1f}s ({back.get('status')})")
        add("etl", f"peak_rss_mb (N={n:,})", etl.get("peak_rss_mb"), " MB", None,
            f"Kiwi floor alone {max((k.get('peak_rss_mb') or 0) for k in etl['kiwi_floor_runs']):,.0f} MB")
    big = results.get("big")
    if big:
        note = big["status"] + ("" if big["status"] == "ok" else " (the peak so far: a lower bound)")
        last = big["full"].get("last_progress") or {}
        if big["status"] != "ok" and last:
            where = last.get("stage") or (f"{last.get('done', 0):,}/{last.get('total', 0):,} files"
                                          if last.get("event") == "files" else last.get("event"))
            note += f"; had reached {where} at {last.get('t', 0):,.0f}s"
        add("etl", f"peak_rss_mb (N={big['n']:,})", big.get("peak_rss_mb"), " MB", "peak_rss_mb_big", note)
        if etl and etl.get("peak_rss_mb") and big.get("peak_rss_mb"):
            ratio = round(big["peak_rss_mb"] / etl["peak_rss_mb"], 3)
            results["rss_big_vs_n"] = ratio
            add("etl", f"peak RSS {big['n']:,} / {etl['n']:,}", ratio, "x", "rss_big_vs_n",
                "" if big["status"] == "ok" else "lower bound")
        if big.get("etl_articles_per_s"):
            add("etl", f"etl_articles_per_s (N={big['n']:,})", big["etl_articles_per_s"], "/s", None)
        inc = big.get("incremental")
        if inc:
            add("etl", f"incremental_vs_full (N={big['n']:,})", big.get("incremental_vs_full"), "x", "incremental_vs_full",
                f"{inc.get('seconds', 0):,.1f}s ({inc.get('status')}), peak RSS {inc.get('peak_rss_mb') or 0:,.0f} MB; "
                f"CPU ratio {big.get('incremental_cpu_vs_full')}", counted=False)
    dash = results.get("dashboard")
    if dash and dash.get("status") == "ok":
        for q in dash.get("queries", []):
            add("query", f"{q['query']} [{q['variant']}]", q["median_ms"], " ms", "query_median_ms",
                f"p95 {q['p95_ms']:.1f} ms, {q['rows']} rows", counted=q["variant"] not in EXTRA_VARIANTS)
        for page in dash.get("pages", []):
            add("page", f"page {page['page']} p95 (cold)", page["cold"]["p95_ms"], " ms", "page_p95_ms",
                f"median {page['cold']['median_ms']:.0f} ms; warm (cached) median {page['warm']['median_ms']:.0f} "
                f"p95 {page['warm']['p95_ms']:.0f} ms" + (f"; ERRORS {page['errors'][0][:60]}" if page["errors"] else ""))
        export = dash.get("export")
        if export:
            add("export", f"CSV export of {export['rows']:,} rows", round(export["total"]["median_ms"] / 1000, 2), " s",
                "csv_export_s", f"p95 {export['total']['p95_ms'] / 1000:.2f} s; query {export['query']['median_ms']:.0f} ms"
                f" + labels {export['label']['median_ms']:.0f} ms + csv {export['csv']['median_ms']:.0f} ms, "
                f"{export['bytes'] / 2**20:.1f} MB")
    elif dash:
        rows.append({"section": "dashboard", "figure": "dashboard", "value": None, "unit": "", "target": "",
                     "status": "n/a", "note": dash.get("status", "") + " " + dash.get("stderr_tail", "")[-200:]})
    return rows


def _fmt(row) -> str:
    value = row["value"]
    if value is None:
        return "—"
    if isinstance(value, float):
        text = f"{value:,.3f}" if row["unit"] == "x" else f"{value:,.1f}"
    else:
        text = f"{value:,}"
    return text + ("" if row["unit"] == "x" else row["unit"].replace("/s", " /s"))


def render(rows: list[dict], results: dict) -> str:
    """ETL, pages and export as rows; the queries as a function × filter matrix of medians."""
    plain = [r for r in rows if r["section"] != "query"]
    width = max([len(r["figure"]) for r in plain] + [20]) + 2
    rule = "-" * (width + 100)
    lines = [f"{'figure':<{width}}{'value':>13}  {'target':<11}{'':<7}note", rule]
    for row in plain:
        lines.append(f"{row['figure']:<{width}}{_fmt(row):>13}  {row['target']:<11}{row['status']:<7}{row['note']}")

    queries = [r for r in rows if r["section"] == "query"]
    if queries:
        def split(r):
            name, variant = r["figure"].split(" [", 1)
            return name, variant.rstrip("]")

        filter_names = list(results["dashboard"].get("filter_sets") or
                            ["none", "ministry", "category+status", "date range", "q=GPU", "as_of"])
        cell = {split(r): r for r in queries}
        functions = list(dict.fromkeys(split(r)[0] for r in queries))
        filtered = [f for f in functions if any((f, v) in cell for v in filter_names)]
        lines += ["", f"dashboard queries at {results['dashboard'].get('articles', 0):,} articles / "
                      f"{results['dashboard'].get('commitments', 0):,} commitments: median ms per call "
                      "(* over the 50 ms target; as_of is extra, not counted)", rule]
        lines.append(f"{'query':<20}" + "".join(f"{v[:15]:>16}" for v in filter_names))
        for function in filtered:
            line = f"{function:<20}"
            for v in filter_names:
                r = cell.get((function, v))
                line += f"{'':>16}" if r is None else f"{r['value']:>15.1f}{'*' if 'MISS' in r['status'] else ' '}"
            lines.append(line)
        others = [f"{f} " + ", ".join(f"{v} {cell[(f, v)]['value']:.1f}{'*' if 'MISS' in cell[(f, v)]['status'] else ''}"
                                        for (g, v) in cell if g == f)
                  for f in functions if f not in filtered]
        lines.append("no filters (ids: the story commitment/article, and the generated one with most mentions):")
        for i in range(0, len(others), 3):
            lines.append("  " + " | ".join(others[i:i + 3]))
    lines.append(rule)
    passed = sum(r["status"] == "PASS" for r in rows)
    missed = sum(r["status"] == "MISS" for r in rows)
    lines.append(f"{passed} PASS, {missed} MISS (figures in parentheses not counted)")
    return "\n".join(lines)


def markdown(rows: list[dict], results: dict) -> str:
    """The headline figures as a Markdown table (for the README's Performance section)."""
    m = results.get("machine", {})
    lines = [f"Machine: {m.get('cpu')}, {m.get('cores')} cores, {m.get('memory_gb')} GB RAM, Python {m.get('python')}, "
             f"kiwipiepy {m.get('kiwipiepy')}, DuckDB {m.get('duckdb')}, Streamlit {m.get('streamlit')} "
             f"({results.get('finished', '')[:10]}).", "",
             "| Figure | Value | Target | |", "|---|---:|---|---|"]
    queries = [r for r in rows if r["section"] == "query" and not r["status"].startswith("(")]
    for row in rows:
        if row["section"] != "query":
            lines.append(f"| {row['figure'].strip()} | {_fmt(row)} | {row['target']} | {row['status']} |")
    if queries:
        worst = max(queries, key=lambda r: r["value"])
        missed = sum(r["status"] == "MISS" for r in queries)
        lines.append(f"| dashboard queries ({len(queries)} function × filter pairs), slowest median | "
                     f"{worst['value']:.1f} ms ({worst['figure']}) | <= 50 ms | {missed} MISS |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description="make bench (issue 8)")
    parser.add_argument("--n", type=int, default=10_000, help="articles for the ETL figures (default 10,000)")
    parser.add_argument("--big", type=int, default=100_000, help="articles for the second peak-RSS figure")
    parser.add_argument("--skip-big", action="store_true", help="no build of --big articles (it takes long)")
    parser.add_argument("--big-timeout", type=float, default=3 * 3600,
                        help="stop the big build after this many seconds (0: no limit; default 3 h)")
    parser.add_argument("--big-rss-limit", type=float, default=12 * 1024,
                        help="stop the big build when its RSS passes this many MB (0: no limit; default 12 GiB)")
    parser.add_argument("--timeout", type=float, default=0, help="time limit of every other ETL job (0: none)")
    parser.add_argument("--skip-big-incremental", action="store_true",
                        help="no +1 %% articles onto the --big database (a relink there: about half an hour)")
    parser.add_argument("--skip-etl", action="store_true", help="no ETL figures at all (N or big)")
    parser.add_argument("--skip-n", action="store_true",
                        help="no N-article figures, only the big build (with --merge, compared with the kept N)")
    parser.add_argument("--skip-dashboard", action="store_true")
    parser.add_argument("--dash-articles", type=int, default=1_000_000)
    parser.add_argument("--dash-commitments", type=int, default=200_000)
    parser.add_argument("--query-runs", type=int, default=20)
    parser.add_argument("--page-runs", type=int, default=10)
    parser.add_argument("--export-rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=BENCH / "work", help="corpora, databases, logs (git-ignored)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--merge", action="store_true",
                        help="keep the sections of the previous results file this run does not measure")
    parser.add_argument("--show", action="store_true", help="print the table of the results file; measure nothing")
    parser.add_argument("--markdown", action="store_true", help="with --show: a Markdown table for the README")
    args = parser.parse_args(argv)
    if args.show:
        results = json.loads(args.out.read_text(encoding="utf-8"))
        rows = verdicts(results)
        print(markdown(rows, results) if args.markdown else render(rows, results))
        return 0
    args.work.mkdir(parents=True, exist_ok=True)

    results: dict = {}
    if args.merge and args.out.exists():
        results = json.loads(args.out.read_text(encoding="utf-8"))
        results.pop("table", None)
    started = datetime.now()
    run_info = {"started": started.isoformat(timespec="seconds"), "args": {k: str(v) for k, v in vars(args).items()},
                "machine": machine()}
    results.setdefault("runs", []).append(run_info) if args.merge else results.update(runs=[run_info])
    results["machine"] = run_info["machine"]

    if not args.skip_etl:
        code, version = snapshot_code(args.work)
        log(f"code under test: snapshot {version} of etl/, bench/, data/ ({code})")
        if not args.skip_n:
            results["etl"] = {"measured_at": started.isoformat(timespec="seconds"), "code_snapshot": version,
                              **bench_etl(args.n, args.work, args.seed, args.timeout or None, code)}
        if not args.skip_big:
            results["big"] = {"measured_at": datetime.now().isoformat(timespec="seconds"), "code_snapshot": version,
                              **bench_big(args.big, args.work, args.seed, args.big_timeout or None, code,
                                           args.big_rss_limit or None, not args.skip_big_incremental)}
    if not args.skip_dashboard:
        results["dashboard"] = {"measured_at": datetime.now().isoformat(timespec="seconds"),
                                **bench_dashboard(args, args.work)}

    rows = verdicts(results)
    results["table"] = rows
    results["finished"] = datetime.now().isoformat(timespec="seconds")
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    m = results["machine"]
    print(f"\n{m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}, "
          f"kiwipiepy {m['kiwipiepy']}, duckdb {m['duckdb']}, streamlit {m['streamlit']}; "
          f"load average at start {m['load_average_at_start']}")
    print(render(rows, results))
    print(f"\nwritten {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
