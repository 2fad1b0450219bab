"""One measured job per fresh process, so no run inherits another's warm caches or memory.

    python -m bench.worker etl  --out r.json --db x.duckdb INPUT...   # the whole ETL build
    python -m bench.worker kiwi --out r.json INPUT...                 # the bare Kiwi floor

Both start cold: a new interpreter, Kiwi's model not loaded. The clock covers exactly what the
job is about: for `etl` the `etl.build.build()` call (Kiwi construction and warm-up included,
as in any real build); for `kiwi` the construction and warm-up of a `Kiwi(**etl.nlp.KIWI_OPTIONS)` plus
`tokenize()` over the cleaned title + body of each article, fed as lists of BATCH_SIZE articles
(etl.build.BATCH_SIZE, so both runs keep Kiwi's worker threads busy the same way). Reading and
cleaning the files for the floor happens before its clock starts.

The result (a JSON file) carries the process's peak RSS (`getrusage(RUSAGE_SELF).ru_maxrss`),
an RSS trace sampled every second from /proc/self/statm, and for `etl` a breakdown of the wall
time by stage, taken by wrapping etl's own functions at their module attributes (a few calls per
batch of 64 articles; nothing in etl/ is changed).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import threading
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * _PAGE / 2**20


def cpu_seconds() -> float:
    """User + system CPU time of this process, all threads (Kiwi's workers included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class RssTrace(threading.Thread):
    """RSS every `every` seconds; `marks` lets the job note progress beside it."""

    def __init__(self, every: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.every = every
        self.started = time.perf_counter()
        self.samples: list[tuple[float, float]] = []
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.samples.append((round(time.perf_counter() - self.started, 1), round(rss_mb(), 1)))
            self.done.wait(self.every)

    def stop(self) -> list[tuple[float, float]]:
        self.done.set()
        self.join()
        # at most ~200 points in the result file
        step = max(1, len(self.samples) // 200)
        return self.samples[::step] + ([self.samples[-1]] if self.samples else [])


class Stages:
    """Wall time per etl function, by wrapping module attributes (restored afterwards)."""

    def __init__(self, events=None) -> None:
        self.seconds = defaultdict(float)  # "top" or "top/inner" -> seconds
        self.calls = defaultdict(int)
        self._undo = []
        self.events = events  # called with the stage name when a top-level stage starts
        self.top = "other"  # the top-level stage running now (inner times are filed under it)

    def _file(self, name: str, top: bool, elapsed: float) -> None:
        key = name if top else f"{self.top}/{name}"
        self.seconds[key] += elapsed
        self.calls[key] += 1

    def wrap(self, module, attr: str, name: str, top: bool = False) -> None:
        """`top`: a stage of build() itself (ingest, link …); else an inner step, filed under
        whichever top-level stage calls it (extraction runs in both ingest and reextract)."""
        original = getattr(module, attr)
        stages = self

        def timed(*args, **kwargs):
            if top:
                outer, stages.top = stages.top, name
                if stages.events is not None:
                    stages.events(name)
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                stages._file(name, top, time.perf_counter() - started)
                if top:
                    stages.top = outer

        setattr(module, attr, timed)
        self._undo.append((module, attr, original))

    def wrap_kiwi(self, nlp) -> None:
        """Time Kiwi's own call inside etl.nlp.analyse (the call is materialised there anyway)."""
        original_factory = nlp.kiwi
        stages = self

        class Timed:
            def __init__(self, inner):
                self._inner = inner

            def tokenize(self, *args, **kwargs):
                started = time.perf_counter()
                try:
                    return list(self._inner.tokenize(*args, **kwargs))
                finally:
                    stages._file("kiwi_call", False, time.perf_counter() - started)

            def __getattr__(self, name):
                return getattr(self._inner, name)

        def factory():
            started = time.perf_counter()  # the first call builds Kiwi (2-5 s); later ones are cached
            inner = original_factory()
            stages._file("kiwi_init", False, time.perf_counter() - started)
            return Timed(inner)

        factory.cache_clear = original_factory.cache_clear  # nlp.release() frees the cached instance
        nlp.kiwi = factory
        self._undo.append((nlp, "kiwi", original_factory))

    def restore(self) -> None:
        for module, attr, original in reversed(self._undo):
            setattr(module, attr, original)


class ProgressFile:
    """Lines `{"t": s, "event": …, "rss_mb": …}` appended as the job goes, so the parent can show
    progress and still knows how far a job got when it has to stop it."""

    def __init__(self, path: str | None, started: float) -> None:
        self.path = path
        self.started = started

    def __call__(self, event: str, **extra) -> None:
        if not self.path:
            return
        line = {"t": round(time.perf_counter() - self.started, 1), "event": event, "rss_mb": round(rss_mb(), 1), **extra}
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def run_etl(inputs: list[str], db: str, as_of: date | None, progress_file: str | None = None) -> dict:
    import etl.build as build_module
    import etl.derived as derived_module
    import etl.nlp as nlp_module
    import etl.store as store_module

    log = ProgressFile(progress_file, time.perf_counter())
    stages = Stages(events=lambda name: log("stage", stage=name))
    stages.wrap(build_module, "_ingest", "ingest", top=True)
    stages.wrap(build_module, "_reextract", "reextract", top=True)
    stages.wrap(build_module, "_load_mentions", "load_mentions", top=True)
    stages.wrap(build_module, "_relink_all", "link", top=True)  # a full build's linking, reading and writing
    stages.wrap(build_module, "_link_onto_stored", "link", top=True)  # an incremental build's linking
    stages.wrap(derived_module, "refresh", "refresh", top=True)
    stages.wrap(build_module, "_write_derived", "write_derived")  # inside the full build's link
    stages.wrap(store_module, "carry_over", "carry_over", top=True)
    stages.wrap(store_module, "publish", "publish", top=True)
    stages.wrap(build_module, "_store_batch", "store_batch")
    stages.wrap(build_module, "extract_mentions", "extract")
    stages.wrap(build_module, "analyse", "analyse")  # on the Kiwi thread, overlapping the rest
    stages.wrap(store_module, "insert_frame", "insert_frame")
    stages.wrap_kiwi(nlp_module)

    marks: list[tuple[float, int, float]] = []
    trace = RssTrace()
    trace.start()

    every = 200

    def progress(done: int, total: int, _path: str) -> None:
        if done == total or done % every == 0:
            marks.append((round(time.perf_counter() - trace.started, 1), done, round(rss_mb(), 1)))
            log("files", done=done, total=total)

    rss_before = rss_mb()
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    report = build_module.build(inputs, db, as_of=as_of, progress=progress, release_kiwi=True)  # as the CLI does
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_before
    samples = trace.stop()
    stages.restore()

    log("done", seconds=round(seconds, 1))
    s = dict(stages.seconds)
    get = s.get

    def kiwi_thread(top: str) -> dict:
        """Kiwi and the Python around it, on the analysis thread: overlaps the main thread's stages."""
        return {
            "kiwi_init": get(f"{top}/kiwi_init", 0.0),
            "kiwi_call": get(f"{top}/kiwi_call", 0.0),
            "analyse_python": get(f"{top}/analyse", 0.0) - get(f"{top}/kiwi_call", 0.0) - get(f"{top}/kiwi_init", 0.0),
        }

    # The main thread's stages; they add up to the build's wall time.
    breakdown = {
        "extract_python": get("ingest/extract", 0.0),
        "store_batch_inserts": get("ingest/store_batch", 0.0) - get("ingest/extract", 0.0),
        # reading and cleaning the next files, and waiting for Kiwi when it is behind
        "read_clean_wait": get("ingest", 0.0) - get("ingest/store_batch", 0.0),
        "reextract": get("reextract", 0.0),
        "carry_over": get("carry_over", 0.0),
        "load_mentions": get("load_mentions", 0.0),
        "link": get("link", 0.0),
        "write_derived": get("write_derived", 0.0),
        "refresh": get("refresh", 0.0),
        "publish": get("publish", 0.0),
    }
    breakdown["other"] = seconds - sum(breakdown.values())
    breakdown["ingest"] = get("ingest", 0.0)
    reextract = kiwi_thread("reextract") if get("reextract") else None
    return {
        "job": "etl",
        "seconds": seconds,
        "cpu_seconds": cpu,
        "files_seen": report.files_seen,
        "articles_added": report.articles_added,
        "articles_skipped": report.articles_skipped,
        "duplicates": report.duplicates,
        "reextracted": report.reextracted,
        "extraction_version": build_module.extraction_version(),
        "etl_module": build_module.__file__,
        "rejected": len(report.rejected),
        "mentions": report.mentions,
        "commitments": report.commitments,
        "stages": {k: round(v, 3) for k, v in breakdown.items()},
        "kiwi_thread_stages": {k: round(v, 3) for k, v in kiwi_thread("ingest").items()},
        "reextract_stages": reextract and {k: round(v, 3) for k, v in reextract.items()},
        "raw_stage_seconds": {k: round(v, 3) for k, v in s.items()},
        "stage_calls": dict(stages.calls),
        "rss_before_build_mb": round(rss_before, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "rss_trace": samples,
        "progress_marks": marks[:: max(1, len(marks) // 100)],
        "db_mb": round(Path(db).stat().st_size / 2**20, 1),
    }


def run_kiwi(inputs: list[str], batch_size: int | None, workers: int | None) -> dict:
    from etl.build import BATCH_SIZE
    from etl.clean import clean_document
    from etl.model import RawDocument
    from etl.reference import load_reference
    from etl.sources import iter_documents

    batch_size = batch_size or BATCH_SIZE
    reference = load_reference()
    texts = []
    for item in iter_documents(inputs):
        if isinstance(item, RawDocument):
            article = clean_document(item, reference)
            if hasattr(article, "body"):
                texts.append(f"{article.title}\n{article.body}")
    characters = sum(len(t) for t in texts)
    rss_before = rss_mb()
    trace = RssTrace()
    trace.start()

    cpu_before = cpu_seconds()
    started = time.perf_counter()
    from kiwipiepy import Kiwi

    from etl.nlp import KIWI_OPTIONS  # the dictionaries the ETL loads (not its user words)

    kiwi = Kiwi(**KIWI_OPTIONS) if workers is None else Kiwi(num_workers=workers, **KIWI_OPTIONS)
    kiwi.tokenize("워밍업 문장입니다.")
    constructed = time.perf_counter() - started
    tokens = 0
    for i in range(0, len(texts), batch_size):
        for result in kiwi.tokenize(texts[i: i + batch_size]):
            tokens += len(result)
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_before
    samples = trace.stop()
    return {
        "job": "kiwi",
        "seconds": seconds,
        "cpu_seconds": cpu,
        "construct_seconds": constructed,
        "articles": len(texts),
        "characters": characters,
        "tokens": tokens,
        "num_workers": kiwi.num_workers,
        "batch_size": batch_size,
        "model_type": getattr(kiwi, "model_type", None),
        "rss_before_mb": round(rss_before, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "rss_trace": samples,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.worker")
    parser.add_argument("job", choices=("etl", "kiwi"))
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--db")
    parser.add_argument("--as-of", type=date.fromisoformat)
    parser.add_argument("--batch-size", type=int)
    parser.add_argument("--workers", type=int)
    parser.add_argument("--progress-file")
    args = parser.parse_args(argv)
    if args.job == "etl":
        result = run_etl(args.inputs, args.db, args.as_of, args.progress_file)
    else:
        result = run_kiwi(args.inputs, args.batch_size, args.workers)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
