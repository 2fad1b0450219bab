"""The whole build: read → clean → analyse → extract → link → status → store.

`build()` is what the CLI and the dashboard's 데이터 page call. It is incremental and safe to
repeat: articles already stored (same content hash) are skipped, the facts of earlier runs are
carried into the new file, and only the derived tables (commitments, links, status) are computed
again over everything, because a new article can change what older ones mean. Mentions are
extracted again for every stored article only when the extraction rules or reference data changed.
"""

from __future__ import annotations

import hashlib
import os
import sys
import json
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import pandas as pd
import pyarrow as pa

from . import derived, korea_time, nlp, sources, store
from .clean import clean_document
from .extract import extract_mentions
from .link import Commitment, Link, Revision, comes_after, link, link_new
from .model import Article, Mention, RawDocument, Rejection
from .nlp import Sentence, analyse
from .reference import load_reference
from .status import replay
from .store import BuildLocked  # noqa: F401  (re-exported for callers)
from .verdicts import latest, verdicts_path

BATCH_SIZE = 64
DEFAULT_MAX_BYTES = 20_000_000
_PACKAGE = Path(__file__).parent
_VERSION_INPUTS = ("clean.py", "nlp.py", "extract.py", "quantities.py", "deadlines.py", "model.py")

Progress = Callable[[int, int, str], None]


@dataclass
class BuildReport:
    db_path: Path
    run_id: int = 0
    files_seen: int = 0
    articles_added: int = 0
    articles_skipped: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    mentions_added: int = 0
    mentions: int = 0
    commitments: int = 0
    reextracted: int = 0
    as_of: date | None = None
    seconds: float = 0.0

    def summary(self) -> str:
        """One paragraph for the terminal and the 데이터 page."""
        text = (
            f"파일 {self.files_seen:,}개를 읽어 기사 {self.articles_added:,}건을 추가했고 "
            f"{self.articles_skipped:,}건은 이미 저장되어 있어 건너뛰었습니다"
        )
        if self.duplicates:
            text += f"(중복 {self.duplicates:,}건 병합)"
        text += f". 언급 {self.mentions_added:,}건이 새로 추출되어 전체 약속 {self.commitments:,}건, 언급 {self.mentions:,}건입니다"
        if self.reextracted:
            text += f"(규칙이 바뀌어 기존 기사 {self.reextracted:,}건을 다시 분석)"
        reasons: dict[str, int] = {}
        for r in self.rejected:
            reasons[r.reason] = reasons.get(r.reason, 0) + 1
        if reasons:
            listed = ", ".join(f"{k} {v}건" for k, v in sorted(reasons.items()))
            text += f". 거부된 입력 {len(self.rejected):,}건({listed})은 rejected_inputs에 사유와 함께 남겼습니다"
        if self.articles_added == 0 and not self.reextracted:
            text += ". 새로 추가된 기사가 없습니다"
        return text + f". ({self.seconds:.1f}초, DB: {self.db_path})"


def extraction_version() -> str:
    """Changes whenever the code or reference data that decide mentions change."""
    digest = hashlib.sha256()
    for name in _VERSION_INPUTS:
        path = _PACKAGE / name
        if path.exists():
            digest.update(path.read_bytes())
    reference_dir = _PACKAGE.parent / "data" / "reference"
    for path in sorted(reference_dir.glob("*")):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def link_version() -> str:
    """Changes whenever the linking rules change: stored links then no longer hold."""
    return hashlib.sha256((_PACKAGE / "link.py").read_bytes()).hexdigest()[:12]


def build(
    inputs: Sequence[str | Path],
    db_path: str | Path,
    *,
    as_of: date | None = None,
    progress: Progress | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    relink: bool = False,
    release_kiwi: bool = False,
) -> BuildReport:
    """Add the articles in `inputs` to the database at `db_path` (created when missing).

    Only the new articles' mentions are linked when the stored links still hold (see
    `_links_hold`); `relink` links every mention again in publication order. `release_kiwi`
    frees the analyser before linking, for a process that builds once (the CLI).
    Raises BuildLocked when another build of the same file is running. Any other failure
    leaves the previous database exactly as it was.
    """
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    report = BuildReport(db_path=db_path, as_of=as_of)
    started = time.monotonic()
    started_at = korea_time.now()
    reference = load_reference()
    version = extraction_version()
    with store.build_lock(db_path):
        store.remove_stale_temporaries(db_path)
        tmp = store.temporary_path(db_path)
        con = None
        try:
            con = store.start_from(db_path, tmp)
            report.run_id = (con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM etl_runs").fetchall()[0][0])
            _write_reference(con, reference)
            last_run = con.execute(
                "SELECT version, link_version, as_of FROM etl_runs ORDER BY run_id DESC LIMIT 1").fetchone()
            rules_changed = bool(last_run) and last_run[0] != version
            if rules_changed:
                report.reextracted = _reextract(con, reference)
            incremental = not relink and not rules_changed and _links_hold(con, db_path, last_run)
            _ingest(con, inputs, reference, report, progress, max_bytes)
            if release_kiwi:
                nlp.release()
            stored = _load_mentions(con)
            judged_at = as_of or korea_time.today()
            # The state of knowledge on that day: later articles stay stored but say nothing yet.
            known = [m for m in stored if as_of is None or m.published_at is None or m.published_at.date() <= as_of]
            new_ids = _new_mention_ids(con, report.run_id) if incremental else set()
            # Articles older than what is stored could change how the stored ones link up.
            if incremental and len(known) == len(stored) and comes_after(stored, new_ids):
                before = _stored_links(con)
                commitments, links, revisions = link_new(stored, new_ids, reference)
                _write_mention_links(con, [m for m in stored if before[m.mention_id] != (m.commitment_id, m.kind)])
            else:
                con.execute("DELETE FROM links")  # carried over for an incremental build
                for m in stored:
                    m.commitment_id = None
                commitments, links, revisions = link(known, reference)
                _write_mentions(con, stored)
            report.mentions = sum(1 for m in stored if m.commitment_id is not None)
            report.commitments = len(commitments)
            _write_derived(con, commitments, links, revisions, judged_at, db_path)
            derived.refresh(con)  # the dashboard's precomputed views of the tables just written
            report.seconds = time.monotonic() - started
            _write_run(con, report, started_at, version, inputs)
            store.publish(con, tmp, db_path)
        except BaseException:
            try:
                if con is not None:
                    con.close()
            finally:
                store.discard(tmp)
            raise
    report.seconds = time.monotonic() - started
    return report


def _write_reference(con, reference) -> None:
    store.insert_frame(con, "ministries", reference.ministries_frame())
    store.insert_frame(con, "officials", reference.officials_frame())
    categories = pd.DataFrame(
        [{"category": t.code, "label": t.label, "position": i} for i, t in enumerate(reference.topics)]
    )
    store.insert_frame(con, "categories", categories)


def _ingest(con, inputs, reference, report: BuildReport, progress: Progress | None, max_bytes: int) -> None:
    files, missing = sources.expand_inputs(inputs)
    report.rejected.extend(missing)
    report.files_seen = len(files) + len(missing)
    read_files: list[dict] = []
    articles = _new_articles(con, files, reference, report, progress, max_bytes, read_files)
    for batch, analysed in analysed_batches(_chunks(articles, BATCH_SIZE)):
        _store_batch(con, batch, analysed, reference, report)
    if read_files:
        con.execute("DELETE FROM source_files WHERE list_contains(?, path)", [[f["path"] for f in read_files]])
        store.insert_frame(con, "source_files", pd.DataFrame(read_files))


def _new_articles(con, files, reference, report: BuildReport, progress, max_bytes: int, read_files: list[dict]):
    """The cleaned articles of `files` not stored yet; files unchanged since a run read them are skipped."""
    from tqdm import tqdm

    known_hashes = {r[0] for r in con.execute("SELECT content_hash FROM articles").fetchall()}
    known_urls = {r[0] for r in con.execute("SELECT url FROM articles WHERE url IS NOT NULL").fetchall()}
    known_files = {r[0]: r[1:] for r in con.execute("SELECT path, size, mtime_ns, articles FROM source_files").fetchall()}
    run_hashes: set[str] = set()
    bar = tqdm(total=len(files), unit="파일", disable=len(files) < 20 or not sys.stderr.isatty(), leave=False)
    try:
        for done, path in enumerate(files, start=1):
            stat = os.stat(path)
            absolute = os.path.realpath(path)
            known = known_files.get(absolute)
            if known is not None and known[:2] == (stat.st_size, stat.st_mtime_ns):
                report.articles_skipped += known[2]  # unchanged since an earlier run read it whole
            else:
                held, clean_read = 0, True
                for item in sources.iter_documents([path], max_bytes=max_bytes):
                    article = clean_document(item, reference) if isinstance(item, RawDocument) else item
                    if isinstance(article, Rejection):
                        report.rejected.append(article)
                        clean_read = False
                        continue
                    held += 1
                    digest = article.content_hash
                    if digest in known_hashes:
                        report.articles_skipped += 1
                        continue
                    if digest in run_hashes or (article.url and article.url in known_urls):
                        report.duplicates += 1
                        report.rejected.append(Rejection(
                            article.source_path, "duplicate",
                            "같은 기사(본문 또는 URL)가 이미 있어 병합했습니다 / same article already stored",
                        ))
                        continue
                    run_hashes.add(digest)
                    if article.url:
                        known_urls.add(article.url)
                    yield article
                if clean_read:
                    read_files.append({"path": absolute, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
                                       "articles": held, "run_id": report.run_id})
            bar.update(1)
            if progress is not None:
                progress(done, len(files), str(path))
    finally:
        bar.close()


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def analysed_batches(batches: Iterable[list[Article]]) -> Iterator[tuple[list[Article], list[list[Sentence]]]]:
    """Each batch with Kiwi's analysis, while Kiwi already works on the next one.

    Kiwi runs on its own C++ worker threads; without this the Python stages (reading the next
    files, extraction, inserts) would leave both cores idle, and Kiwi would leave Python idle.
    At most two batches are in flight, so memory does not grow with the corpus.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiwi") as pool:
        pending: tuple[list[Article], Future] | None = None
        try:
            for batch in batches:
                future = pool.submit(analyse, batch)
                if pending is not None:
                    yield pending[0], pending[1].result()
                pending = (batch, future)
            if pending is not None:
                yield pending[0], pending[1].result()
        finally:
            if pending is not None:
                pending[1].cancel()


def _store_batch(con, articles: list[Article], analysed: list[list[Sentence]], reference, report: BuildReport) -> None:
    mentions = extract_mentions(articles, analysed, reference)
    store.insert_frame(con, "articles", _articles_frame(articles, report.run_id))
    store.insert_frame(con, "removed_lines", _removed_frame(articles))
    store.insert_frame(con, "mentions", _mentions_frame(mentions))
    report.articles_added += len(articles)
    report.mentions_added += len(mentions)


def _stored_articles(con) -> Iterator[Article]:
    last = ""
    while True:
        # Keyset pages: memory stays flat however many articles are stored.
        rows = con.execute(
            "SELECT article_id, title, body, source_path, source_format, published_at, updated_at, outlet, url "
            "FROM articles WHERE article_id > ? ORDER BY article_id LIMIT ?", [last, BATCH_SIZE * 4]).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        yield from (
            Article(title=r[1], body=r[2], source_path=r[3], source_format=r[4], published_at=r[5],
                    updated_at=r[6], outlet=r[7], url=r[8])
            for r in rows
        )


def _reextract(con, reference) -> int:
    """Run extraction again over every stored article (rules or reference data changed)."""
    con.execute("DELETE FROM mentions")
    total = 0
    for batch, analysed in analysed_batches(_chunks(_stored_articles(con), BATCH_SIZE)):
        store.insert_frame(con, "mentions", _mentions_frame(extract_mentions(batch, analysed, reference)))
        total += len(batch)
    return total


def _articles_frame(articles: list[Article], run_id: int) -> pa.Table:
    return pa.table({
        "article_id": [a.article_id for a in articles],
        "url": [a.url for a in articles],
        "outlet": [a.outlet for a in articles],
        "title": [a.title for a in articles],
        "published_at": [a.published_at for a in articles],
        "updated_at": [a.updated_at for a in articles],
        "byline": [a.byline for a in articles],
        "reporter_email": [a.reporter_email for a in articles],
        "body": [a.body for a in articles],
        "source_path": [a.source_path for a in articles],
        "source_format": [a.source_format for a in articles],
        "content_hash": [a.content_hash for a in articles],
        "source_urls": [list(a.source_urls) for a in articles],
        "flags": [list(a.flags) for a in articles],
        "extra": [json.dumps(a.extra, ensure_ascii=False, default=str) for a in articles],
        "first_run_id": [run_id] * len(articles),
    })


def _removed_frame(articles: list[Article]) -> pa.Table:
    removed = [(a.article_id, r) for a in articles for r in a.removed]
    return pa.table({
        "article_id": [article_id for article_id, _ in removed],
        "line_no": [r.line_no for _, r in removed],
        "text": [r.text for _, r in removed],
        "reason": [r.reason for _, r in removed],
    })


MENTION_COLUMNS = [
    "article_id", "commitment_id", "sentence", "in_title", "sentence_start", "sentence_end", "kind", "strength",
    "cue", "ministry", "person", "person_title", "category", "object", "target_value", "target_unit", "target_text",
    "target_approximate", "deadline", "deadline_text", "deadline_precision", "deadline_mod", "previous_deadline",
    "quoted", "published_at", "phrase",
]


def _mentions_frame(mentions: Iterable[Mention]) -> pa.Table:
    """Column by column into Arrow: half the CPU of a DataFrame of row dicts, at every batch."""
    mentions = list(mentions)
    columns = {c: [getattr(m, c) for m in mentions] for c in MENTION_COLUMNS}
    columns["target_value"] = pa.array(columns["target_value"], pa.float64())
    columns["mention_id"] = [m.mention_id for m in mentions]
    columns["extracted_kind"] = [m.extracted_kind or m.kind for m in mentions]
    columns["keywords"] = pa.array([list(m.keywords) for m in mentions], pa.list_(pa.string()))
    columns["numbers"] = pa.array([list(m.numbers) for m in mentions], pa.list_(pa.string()))
    return pa.table(columns)


def _load_mentions(con) -> list[Mention]:
    """Every stored mention as its sentence says it alone (`kind` = extracted kind), with the
    commitment it was linked to by the last build (an incremental build keeps that).

    Read column by column through Arrow (DuckDB's row-by-row conversion was most of the time),
    with repeated strings interned: every mention is held while linking.
    """
    names = [f.name for f in fields(Mention) if f.init]
    select = ["extracted_kind AS kind" if n == "kind" else "NULL AS extracted_kind" if n == "extracted_kind" else n
              for n in names]
    table = con.sql(f"SELECT {', '.join(select)} FROM mentions").to_arrow_table()
    intern = sys.intern
    columns = []
    for name, column in zip(names, table.columns):
        values = column.to_pylist()
        if name in ("keywords", "numbers"):
            values = [tuple(map(intern, v)) if v else () for v in values]
        elif name in _REPEATED_COLUMNS:
            values = [intern(v) if v is not None else None for v in values]
        columns.append(values)
    return [Mention(*row) for row in zip(*columns)]


_REPEATED_COLUMNS = ("article_id", "kind", "strength", "cue", "ministry", "person", "person_title", "category",
                     "target_unit", "deadline_precision", "deadline_mod")


def _stored_links(con) -> dict[str, tuple[str | None, str]]:
    """mention_id → (commitment_id, kind) as the last build left them."""
    return {r[0]: (r[1], r[2]) for r in con.execute("SELECT mention_id, commitment_id, kind FROM mentions").fetchall()}


def _links_hold(con, db_path: Path, last_run: tuple | None) -> bool:
    """Whether the stored mentions' links are a whole linking: the last build (`last_run`:
    version, link_version, as_of; its extraction rules being the current ones) linked every mention
    it had under the same linking rules, and no --as-of day cut any off. Then new mentions that
    come after all stored ones need only be linked themselves, and the previous file's links are
    carried over."""
    if not last_run or last_run[1] != link_version():
        return False
    cut = last_run[2]
    if cut is not None and con.execute(
            "SELECT count(*) FROM mentions WHERE CAST(published_at AS DATE) > ?", [cut]).fetchall()[0][0]:
        return False
    store.carry_over(con, db_path, tables=("links",))
    return True


def _new_mention_ids(con, run_id: int) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT m.mention_id FROM mentions m JOIN articles a USING (article_id) WHERE a.first_run_id = ?",
        [run_id]).fetchall()}


def _write_mentions(con, mentions: list[Mention]) -> None:
    # Every extracted mention is kept (it is a fact about its article); commitment_id is NULL for
    # those that answer no commitment (context) or lie after the day judged (--as-of).
    _write_mention_links(con, mentions)
    # Stored in commitment order: a commitment's mentions then sit together and DuckDB's zone
    # maps let the 약속 상세 page skip the rest of the table. Sorted inside DuckDB, which can
    # spill to disk, rather than as one DataFrame of every sentence.
    con.execute(
        "CREATE TEMP TABLE _sorted AS SELECT * FROM mentions "
        "ORDER BY coalesce(commitment_id, '~'), article_id, in_title, sentence_start")
    con.execute("DELETE FROM mentions")
    con.execute("INSERT INTO mentions SELECT * FROM _sorted")
    con.execute("DROP TABLE _sorted")


def _write_mention_links(con, changed: list[Mention]) -> None:
    """Set the commitment and the read kind of these mentions (all, or those whose link changed)."""
    if not changed:
        return
    frame = pd.DataFrame({
        "mention_id": [m.mention_id for m in changed],
        "commitment_id": [m.commitment_id for m in changed],
        "kind": [m.kind for m in changed],
    })
    con.register("_changed", frame)
    try:
        con.execute(
            "UPDATE mentions SET commitment_id = c.commitment_id, kind = c.kind FROM _changed c "
            "WHERE mentions.mention_id = c.mention_id")
    finally:
        con.unregister("_changed")


def _write_derived(con, commitments: list[Commitment], links, revisions, judged_at: date, db_path) -> None:
    history_rows = []
    commitment_rows = []
    for c in commitments:
        events = []
        for m in c.mentions:
            in_force = m.deadline if (m.kind in ("revision", "delayed") or m.mention_id == c.first_mention_id) else None
            events.append((m.published_at.date() if m.published_at else None, m.kind, m.mention_id, in_force))
        changes = replay(events, judged_at)
        for change in changes:
            history_rows.append({
                "commitment_id": c.commitment_id, "status": change.status, "since": change.since,
                "mention_id": change.mention_id, "source": "rule", "reason": change.reason,
            })
        last = changes[-1] if changes else None
        dated = [m.published_at.date() for m in c.mentions if m.published_at is not None]
        commitment_rows.append({
            "commitment_id": c.commitment_id, "ministry": c.ministry, "person": c.person, "category": c.category,
            "summary": c.summary, "object": c.object, "target_value": c.target_value, "target_unit": c.target_unit,
            "deadline": c.deadline, "deadline_text": c.deadline_text, "deadline_precision": c.deadline_precision,
            "previous_deadline": c.previous_deadline, "announced_at": c.announced_at,
            "status": last.status if last else "announced", "status_since": last.since if last else c.announced_at,
            "progress_value": c.progress_value,
            "progress_ratio": (c.progress_value / c.target_value) if c.progress_value and c.target_value else None,
            "mention_count": len(c.mentions), "last_mentioned_at": max(dated) if dated else None,
            "first_mention_id": c.first_mention_id, "source_sentence": c.source_sentence,
        })
    for verdict in latest(verdicts_path(db_path)).values():
        history_rows.append({
            "commitment_id": verdict.commitment_id, "status": verdict.status, "since": verdict.recorded_at.date(),
            "mention_id": None, "source": "editor", "reason": f"{verdict.editor}: {verdict.note}".strip(": "),
        })
    store.insert_frame(con, "commitments", pd.DataFrame(commitment_rows))
    store.insert_frame(con, "status_history", pd.DataFrame(history_rows))
    store.insert_frame(con, "links", _frame(links, Link))
    store.insert_frame(con, "revisions", _frame(revisions, Revision))


def _frame(rows: list, cls) -> pd.DataFrame:
    """A DataFrame of dataclass rows, column by column (asdict per row deep-copies every value)."""
    names = [f.name for f in fields(cls)]
    return pd.DataFrame({name: [getattr(r, name) for r in rows] for name in names}) if rows else pd.DataFrame()


def _write_run(con, report: BuildReport, started_at: datetime, version: str, inputs) -> None:
    store.insert_frame(con, "rejected_inputs", pd.DataFrame([
        {"source_path": r.source_path, "reason": r.reason, "detail": r.detail, "run_id": report.run_id}
        for r in report.rejected
    ]))
    store.insert_frame(con, "etl_runs", pd.DataFrame([{
        "run_id": report.run_id, "started_at": started_at, "finished_at": korea_time.now(),
        "files_seen": report.files_seen, "articles_added": report.articles_added,
        "articles_skipped": report.articles_skipped, "rejected": len(report.rejected), "version": version,
        "as_of": report.as_of, "inputs": [str(p) for p in inputs], "link_version": link_version(),
    }]))
