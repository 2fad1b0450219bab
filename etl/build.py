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
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

import pandas as pd
import pyarrow as pa

from . import derived, korea_time, memory, nlp, sources, store
from . import link as link_module
from .clean import clean_document
from .extract import extract_mentions, number_key
from .link import (Commitment, Link, Revision, Said, comes_after, link_batches, link_onto, lookup_keys, summary_of,
                   term_counts)
from .model import Article, Mention, RawDocument, Rejection
from .nlp import Sentence, analyse
from .reference import load_reference
from .status import replay
from .store import BuildLocked  # noqa: F401  (re-exported for callers)
from .verdicts import latest, verdicts_path

BATCH_SIZE = 64
# Rows go to DuckDB in larger lots than Kiwi's batches: each INSERT has a fixed cost (planning,
# constraint checks, a new row group) that, per 64 articles, was about as much as their rows
# (measured: 0.24 s against 0.085 s per 600 articles). Held rows are a few MB.
ARTICLES_PER_WRITE = 512
READ_FILES_PER_WRITE = 1000
DEFAULT_MAX_BYTES = 20_000_000
# Linking onto the stored rows holds every stored commitment in Python and works out, in DuckDB,
# which of them the new mentions reach from all linked mentions at once. Both grow with the
# archive: on a 100,000-article database (1.72 M linked mentions) Python held about 1.8 GB and
# that query failed at the build's 128 MB cap. 170,000 (10,000 articles) worked. Past this, the
# build links every mention again instead (`_relink_all`, streamed: memory bounded, slower).
INCREMENTAL_MAX_MENTIONS = 400_000
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
    # pages whose date the cleaner could not find: their `연말까지`, `내년` have no year to resolve
    # against, so their deadlines stay empty; the desk should know which pages to date by hand
    undated: list[str] = field(default_factory=list)
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
        # (a sentence extracted but joined to no promise, a statistic or context, is kept and not counted)
        text += (f". 언급 {self.mentions_added:,}건이 새로 추출되어 전체 약속 {self.commitments:,}건, "
                 f"약속에 이어진 언급 {self.mentions:,}건입니다")
        if self.reextracted:
            text += f"(규칙이 바뀌어 기존 기사 {self.reextracted:,}건을 다시 분석)"
        reasons: dict[str, int] = {}
        for r in self.rejected:
            reasons[r.reason] = reasons.get(r.reason, 0) + 1
        if reasons:
            listed = ", ".join(f"{k} {v}건" for k, v in sorted(reasons.items()))
            text += f". 거부된 입력 {len(self.rejected):,}건({listed})은 rejected_inputs에 사유와 함께 남겼습니다"
        if self.undated:
            named = ", ".join(Path(p).name for p in self.undated[:3]) + (" 등" if len(self.undated) > 3 else "")
            text += (f". 날짜를 찾지 못한 기사 {len(self.undated):,}건({named})은 '연말까지', '내년' 같은 "
                     "상대 날짜를 풀지 못해 기한이 비어 있습니다")
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
    """Changes whenever the linking rules change: stored links then no longer hold. The schema
    counts too: an incremental build reads the last build's commitment rows back as they are."""
    digest = hashlib.sha256((_PACKAGE / "link.py").read_bytes())
    digest.update(store.SCHEMA_PATH.read_bytes())
    return digest.hexdigest()[:12]


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
            incremental = not relink and not rules_changed and _links_hold(con, last_run)
            if incremental:  # counting is a scan of every mention: only when it can matter
                linked_mentions, stored_commitments = _linked(con)
                incremental = linked_mentions <= INCREMENTAL_MAX_MENTIONS
            worked_out = None
            incremental_link = False
            files, missing = sources.resolve_inputs(inputs)  # before the thread reading stored rows starts
            with _reading_stored(con, db_path, report.run_id, as_of or korea_time.today(), incremental) as reading:
                _ingest(con, files, missing, reference, report, progress, max_bytes)
                del files  # one entry per input file (25 MB at 100,000), of no use to linking
                if release_kiwi:
                    nlp.release()
                judged_at = as_of or korea_time.today()
                new = _load_mentions(con, _NEW_MENTIONS, [report.run_id]) if incremental else []
                # Articles older than what is stored could change how the stored ones link up, and
                # mentions after the day judged are not linked yet.
                # Linking onto the stored rows files only what the new mentions reach, so it is
                # linking everything again only while no commitment was let go for being silent
                # (etl.link.MAX_LIVE_COMMITMENTS): each new mention makes at most one more.
                if (incremental and stored_commitments + len(new) <= link_module.MAX_LIVE_COMMITMENTS
                        and _come_after(con, new, report.run_id, as_of)):
                    incremental_link = True
                    stored = reading.result()
                    commitments, links, revisions = _link_onto_stored(stored, new, reference)
                    worked_out = stored.rows_left(new, judged_at)
                    _write_mention_links(con, new)
                else:
                    if reading is not None:  # the stored commitments are of no use now: free them first
                        reading.cancel()
                        futures.wait([reading])
                        reading = None
                    _relink_all(con, reference, as_of, judged_at)
                    memory.give_back()  # the linker's commitments, before DuckDB's derived tables
            if incremental_link:
                _write_derived(con, commitments, links, revisions, judged_at, worked_out)
            _topics_of_commitments(con)
            _bodies_of_commitments(con, reference)
            _write_verdicts(con, db_path)
            report.mentions = con.execute(
                "SELECT count(*) FROM mentions WHERE commitment_id IS NOT NULL").fetchall()[0][0]
            report.commitments = con.execute("SELECT count(*) FROM commitments").fetchall()[0][0]
            store.check_unique(con, "mentions", "mention_id")
            with store.checkpoints_deferred(con):
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


def _ingest(con, files: list[sources.InputFile], missing: list[Rejection], reference, report: BuildReport,
            progress: Progress | None, max_bytes: int) -> None:
    report.rejected.extend(missing)
    report.files_seen = len(files) + len(missing)
    read_files: list[dict] = []
    articles = _new_articles(con, files, reference, report, progress, max_bytes, read_files)
    rows = _RowsToWrite(con, report.run_id)
    for batch, analysed in analysed_batches(_chunks(articles, BATCH_SIZE)):
        _store_batch(rows, batch, analysed, reference, report)
        if len(read_files) >= READ_FILES_PER_WRITE:  # as the files go: not an archive's worth held
            _write_read_files(con, read_files)
    rows.write()
    _write_read_files(con, read_files)


class _RowsToWrite:
    """Articles and their mentions, written ARTICLES_PER_WRITE articles at a time. Without a
    `run_id` the articles are stored already (a re-extraction) and only their mentions go."""

    def __init__(self, con, run_id: int | None) -> None:
        self.con, self.run_id = con, run_id
        self.articles: list[Article] = []
        self.mentions: list[Mention] = []
        self.held = 0  # articles since the last write

    def add(self, articles: list[Article], mentions: list[Mention]) -> None:
        if self.run_id is not None:
            self.articles.extend(articles)
        self.mentions.extend(mentions)
        self.held += len(articles)
        if self.held >= ARTICLES_PER_WRITE:
            self.write()

    def write(self) -> None:
        if self.articles:
            store.insert_frame(self.con, "articles", _articles_frame(self.articles, self.run_id))
            store.insert_frame(self.con, "removed_lines", _removed_frame(self.articles))
        if self.mentions:
            store.insert_frame(self.con, "mentions", _mentions_frame(self.mentions))
        self.articles, self.mentions, self.held = [], [], 0


def _write_read_files(con, read_files: list[dict]) -> None:
    """Record these files as read (and empty the list, which `_new_articles` goes on filling)."""
    if read_files:
        con.execute("DELETE FROM source_files WHERE path IN (SELECT unnest(?::VARCHAR[]))",
                    [[f["path"] for f in read_files]])
        store.insert_frame(con, "source_files", pd.DataFrame(read_files))
        read_files.clear()


def _new_articles(con, files: list[sources.InputFile], reference, report: BuildReport, progress, max_bytes: int,
                  read_files: list[dict]):
    """The cleaned articles of `files` not stored yet; files unchanged since a run read them are skipped."""
    from tqdm import tqdm

    known_hashes = {r[0] for r in con.execute("SELECT content_hash FROM articles").fetchall()}
    known_urls = {r[0] for r in con.execute("SELECT url FROM articles WHERE url IS NOT NULL").fetchall()}
    known_files = {r[0]: r[1:] for r in con.execute("SELECT path, size, mtime_ns, articles FROM source_files").fetchall()}
    run_hashes: set[str] = set()
    bar = tqdm(total=len(files), unit="파일", disable=len(files) < 20 or not sys.stderr.isatty(), leave=False)
    try:
        for done, (path, absolute) in enumerate(files, start=1):
            stat = os.stat(path)
            known = known_files.get(absolute)
            if known is not None and known[:2] == (stat.st_size, stat.st_mtime_ns):
                report.articles_skipped += known[2]  # unchanged since an earlier run read it whole
            else:
                held, clean_read = 0, True
                for item in sources.read_file(Path(path), max_bytes=max_bytes, size=stat.st_size):
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
                    if article.published_at is None:
                        report.undated.append(article.source_path)
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


def _store_batch(rows: _RowsToWrite, articles: list[Article], analysed: list[list[Sentence]], reference,
                 report: BuildReport) -> None:
    mentions = extract_mentions(articles, analysed, reference)
    rows.add(articles, mentions)
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
    rows = _RowsToWrite(con, None)
    for batch, analysed in analysed_batches(_chunks(_stored_articles(con), BATCH_SIZE)):
        rows.add(batch, extract_mentions(batch, analysed, reference))
        total += len(batch)
    rows.write()
    return total


ARTICLE_COLUMNS = [
    "article_id", "url", "outlet", "title", "published_at", "updated_at", "byline", "reporter_email", "body",
    "source_path", "source_format", "content_hash",
]


def _articles_frame(articles: list[Article], run_id: int) -> pa.Table:
    columns = {c: [getattr(a, c) for a in articles] for c in ARTICLE_COLUMNS}
    columns["source_urls"] = [list(a.source_urls) for a in articles]
    columns["flags"] = [list(a.flags) for a in articles]
    columns["extra"] = [json.dumps(a.extra, ensure_ascii=False, default=str) for a in articles]
    columns["first_run_id"] = [run_id] * len(articles)
    return pa.table(columns)


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
    "target_approximate", "reported_value", "reported_unit", "deadline", "deadline_text", "deadline_precision",
    "deadline_mod", "previous_deadline", "quoted", "recurring", "published_at", "phrase",
]


def _mentions_frame(mentions: Iterable[Mention]) -> pa.Table:
    """Column by column into Arrow: half the CPU of a DataFrame of row dicts, at every batch."""
    mentions = list(mentions)
    columns = {c: [getattr(m, c) for m in mentions] for c in MENTION_COLUMNS}
    columns["target_value"] = pa.array(columns["target_value"], pa.float64())
    columns["reported_value"] = pa.array(columns["reported_value"], pa.float64())
    columns["mention_id"] = [m.mention_id for m in mentions]
    columns["extracted_kind"] = [m.extracted_kind or m.kind for m in mentions]
    columns["extracted_category"] = columns["category"]
    columns["extracted_ministry"] = columns["ministry"]
    columns["keywords"] = pa.array([list(m.keywords) for m in mentions], pa.list_(pa.string()))
    columns["numbers"] = pa.array([list(m.numbers) for m in mentions], pa.list_(pa.string()))
    return pa.table(columns)


def _load_mentions(con, where: str = "", params: list | None = None, texts: bool = True) -> list[Mention]:
    """Every stored mention (or those `where` picks) as its sentence says it alone (`kind` =
    extracted kind), with the commitment it was linked to by the last build (an incremental
    build keeps that).

    Read column by column through Arrow (DuckDB's row-by-row conversion was most of the time),
    with repeated strings interned. Without `texts`, the target text is left empty: linking does not
    compare it (it reads the sentence for the bodies it names and the phrase for a ceiling promised,
    as the incremental build and `link()` do).
    """
    return _mentions_of(con.sql(_mention_query(where, texts), params=params).to_arrow_table())


def _mention_query(where: str = "", texts: bool = True) -> str:
    blank = {} if texts else {"target_text": "NULL AS target_text"}
    select = [blank.get(n) or _AS_EXTRACTED.get(n, n) for n in _MENTION_FIELDS]
    return f"SELECT {', '.join(select)} FROM mentions {where}"


# A mention as its sentence gives it: its own kind, topic and body (a database built before
# extracted_category or extracted_ministry has only `category` and `ministry`, the sentence's then).
_OWN_CATEGORY = "coalesce(extracted_category, category)"
_OWN_MINISTRY = "coalesce(extracted_ministry, ministry)"
_AS_EXTRACTED = {"kind": "extracted_kind AS kind", "extracted_kind": "NULL AS extracted_kind",
                 "recurring": "coalesce(recurring, false) AS recurring",
                 "category": f"{_OWN_CATEGORY} AS category", "ministry": f"{_OWN_MINISTRY} AS ministry"}


def _mentions_of(table: pa.Table | pa.RecordBatch) -> list[Mention]:
    intern = sys.intern
    columns = []
    for name, column in zip(_MENTION_FIELDS, table.columns):
        values = column.to_pylist()
        if name in ("keywords", "numbers"):
            values = [tuple(map(intern, v)) if v else () for v in values]
        elif name in _REPEATED_COLUMNS:
            values = [intern(v) if v is not None else None for v in values]
        columns.append(values)
    return [Mention(*row) for row in zip(*columns)]


_MENTION_FIELDS = [f.name for f in fields(Mention) if f.init]


def _relink_all(con, reference, as_of: date | None, judged_at: date) -> None:
    """Link every mention again in publication order and write what follows, streaming.

    Mentions are read from the database a slice at a time in publication order (only their keys
    are sorted: see store.SORT_SLICE), and each commitment is written out as soon as no later
    mention can join it (etl.link.link_batches), so memory follows the live promises, not the
    archive. Their status is then judged from their mentions read back commitment by commitment
    (`_judge_settled`). Mentions published after
    `as_of` are not linked: the state of knowledge on that day.
    """
    known, params = ("WHERE published_at IS NULL OR CAST(published_at AS DATE) <= ?", [as_of]) if as_of else ("", [])
    weighed = f"FROM mentions WHERE {_WEIGHED}" + (f" AND ({known.removeprefix('WHERE ')})" if known else "")
    counts = dict(con.execute(
        f"SELECT word, count(*) FROM (SELECT unnest(list_distinct(keywords)) AS word {weighed}) GROUP BY word",
        params).fetchall())
    weighed_total = con.execute(f"SELECT count(*) {weighed}", params).fetchone()[0]
    con.execute("DELETE FROM links")  # carried over for an incremental build
    # Scratch tables, in this build's file, dropped before it is published.
    total = store.number_in_order(con, "_reading", "mentions", _ORDER, where=known, params=params)
    con.execute("CREATE OR REPLACE TABLE _linked (pos BIGINT, mention_id VARCHAR, commitment_id VARCHAR, kind VARCHAR)")
    con.execute("CREATE OR REPLACE TABLE _settled AS FROM commitments LIMIT 0")
    in_order = _mention_query("JOIN _reading ON mentions.rowid = _row WHERE _pos >= ? AND _pos < ? ORDER BY _pos",
                              texts=False)
    batches = (_mentions_of(batch) for table in store.read_in_slices(con, in_order, total)
               for batch in table.to_batches(_LINK_BATCH))
    pos = 0
    for linked in link_batches(batches, (counts, weighed_total), reference):
        if linked.mentions:
            store.insert_frame(con, "_linked", pa.table({
                "pos": range(pos, pos + len(linked.mentions)),
                "mention_id": [m.mention_id for m in linked.mentions],
                "commitment_id": [m.commitment_id for m in linked.mentions],
                "kind": [m.kind for m in linked.mentions]}))
            pos += len(linked.mentions)
        store.insert_frame(con, "_settled", pd.DataFrame([_commitment_row(c) for c in linked.commitments]))
        store.insert_frame(con, "links", _frame(linked.links, Link))
        store.insert_frame(con, "revisions", _frame(linked.revisions, Revision))
    con.execute("DROP TABLE _reading")
    _judge_settled(con, judged_at)
    _store_linked_mentions(con)


def _store_linked_mentions(con) -> None:
    """Rewrite `mentions` with each one's commitment and kind from `_linked`, in commitment order:
    a commitment's mentions then sit together and DuckDB's zone maps let the 약속 상세 page skip
    the rest of the table. Every extracted mention is kept (it is a fact about its article);
    commitment_id is NULL for those that answer no commitment (context) or lie after the day
    judged (--as-of)."""
    con.execute("CREATE TEMP TABLE _relinked AS SELECT m.* REPLACE (l.commitment_id AS commitment_id, "
                "coalesce(l.kind, m.extracted_kind) AS kind) FROM mentions m LEFT JOIN _linked l USING (mention_id)")
    con.execute("DELETE FROM mentions")
    store.insert_sorted(con, "mentions", "_relinked", "coalesce(commitment_id, '~'), article_id, in_title, sentence_start")
    con.execute("DROP TABLE _relinked")
    con.execute("DROP TABLE _linked")


# Each linked mention with its commitment's first position (`first`): in (first, pos) order, each
# settled commitment's mentions come in reading order, after those of the commitments made before it.
_CHAINS = """
CREATE OR REPLACE TEMP TABLE _chains AS
SELECT l.mention_id, l.commitment_id, l.kind, l.pos, f.first
FROM _linked l JOIN (SELECT commitment_id, min(pos) AS first FROM _linked WHERE commitment_id IS NOT NULL
                     GROUP BY commitment_id) f USING (commitment_id)
"""
# A slice of those positions (`_judging`), with the first mention's sentence and phrase, which the
# commitment shows.
_SETTLED_MENTIONS = """
SELECT c.commitment_id, m.published_at, c.kind, c.mention_id, m.deadline,
       CASE WHEN c.pos = c.first THEN m.sentence END AS sentence,
       CASE WHEN c.pos = c.first THEN m.phrase END AS phrase
FROM _judging j JOIN _chains c ON c.rowid = j._row JOIN mentions m USING (mention_id)
WHERE j._pos >= ? AND j._pos < ?
ORDER BY j._pos
"""


def _judge_settled(con, judged_at: date) -> None:
    """Judge the status of the commitments in `_settled` from their mentions, read back a slice
    at a time, and store them in the order they were made (as an incremental build appends them,
    so row ids follow the news) with their status history."""
    con.execute("CREATE OR REPLACE TABLE _judged (position BIGINT, commitment_id VARCHAR, summary VARCHAR, "
                "source_sentence VARCHAR, status VARCHAR, status_since DATE, mention_count BIGINT, "
                "last_mentioned_at DATE)")
    con.execute(_CHAINS)
    total = store.number_in_order(con, "_judging", "_chains", "first, pos")
    mentions = store.read_in_slices(con, _SETTLED_MENTIONS, total)
    judged, history = [], []
    for position, (commitment_id, rows) in enumerate(_by_commitment(mentions)):
        said = [Said(*row[1:5]) for row in rows]
        row, changes = _judgement(commitment_id, said, judged_at)
        judged.append({**row, "position": position, "commitment_id": commitment_id,
                       "summary": summary_of(rows[0][6], rows[0][5]), "source_sentence": rows[0][5]})
        history.extend(changes)
        if len(judged) >= _LINK_BATCH:
            _write_judged(con, judged, history)
            judged, history = [], []
    _write_judged(con, judged, history)
    con.execute("DROP TABLE _judging")
    con.execute("DROP TABLE _chains")
    con.execute(
        "CREATE TEMP TABLE _made AS SELECT s.* REPLACE (j.summary AS summary, j.source_sentence AS source_sentence, "
        "j.status AS status, coalesce(j.status_since, s.announced_at) AS status_since, "
        "j.mention_count AS mention_count, j.last_mentioned_at AS last_mentioned_at), j.position AS made_at "
        "FROM _settled s JOIN _judged j USING (commitment_id)")
    store.insert_sorted(con, "commitments", "_made", "made_at", columns="_made.* EXCLUDE (made_at)")
    con.execute("DROP TABLE _made")
    con.execute("DROP TABLE _settled")
    con.execute("DROP TABLE _judged")


def _write_judged(con, judged: list[dict], history: list[dict]) -> None:
    store.insert_frame(con, "_judged", pd.DataFrame(judged))
    store.insert_frame(con, "status_history", pd.DataFrame(history))


def _by_commitment(tables: Iterable[pa.Table]) -> Iterator[tuple[str, list[tuple]]]:
    """The rows of `tables` (commitment id first, each commitment's rows together, across tables)
    per commitment."""
    current, rows = None, []
    for table in tables:
        for row in zip(*(column.to_pylist() for column in table.columns)):
            if row[0] != current:
                if rows:
                    yield current, rows
                current, rows = row[0], []
            rows.append(row)
    if rows:
        yield current, rows


# Mentions linked between writes: enough that DuckDB's per-insert cost is small beside the linking.
_LINK_BATCH = 20_000


_REPEATED_COLUMNS = ("article_id", "kind", "strength", "cue", "ministry", "person", "person_title", "category",
                     "object", "target_unit", "reported_unit", "deadline_text", "deadline_precision", "deadline_mod")


def _linked(con) -> tuple[int, int]:
    """How many stored mentions are linked, and to how many commitments."""
    return con.execute(
        "SELECT count(*), count(DISTINCT commitment_id) FROM mentions WHERE commitment_id IS NOT NULL").fetchone()


def _links_hold(con, last_run: tuple | None) -> bool:
    """Whether the stored mentions' links are a whole linking: the last build (`last_run`:
    version, link_version, as_of; its extraction rules being the current ones) linked every mention
    it had under the same linking rules, and no --as-of day cut any off. Then new mentions that
    come after all stored ones need only be linked themselves, and the previous file's links
    (carried over with its facts, store.CARRIED_TABLES) still hold."""
    if not last_run or last_run[1] != link_version():
        return False
    cut = last_run[2]
    return cut is None or not con.execute(
        "SELECT count(*) FROM mentions WHERE CAST(published_at AS DATE) > ?", [cut]).fetchall()[0][0]


_NEW_MENTIONS = "WHERE article_id IN (SELECT article_id FROM articles WHERE first_run_id = ?)"
# The order of etl.link.order_key: publication time, undated last, then article and position.
_ORDER = "published_at IS NULL, published_at, article_id, in_title, sentence_start"
# The mentions whose words weigh in linking: not a measured figure's, which counts only if it joins a
# promise (etl.link.term_counts reads the same for the new ones)
_WEIGHED = "strength IS DISTINCT FROM 'measured'"
# The last stored mention in that order.
_LATEST_STORED = (
    "WHERE article_id NOT IN (SELECT article_id FROM articles WHERE first_run_id = ?) "
    "ORDER BY published_at IS NULL DESC, published_at DESC, article_id DESC, in_title DESC, sentence_start DESC "
    "LIMIT 1")
# A mention's own number as linking holds it against a promise's (etl.model.Mention.figure): its target,
# else the count it reports reached.
_FIGURE = ("coalesce(target_value, reported_value) AS target_value, "
           "CASE WHEN target_value IS NULL THEN reported_unit ELSE target_unit END AS target_unit")
# Stored linked mentions in publication order (`pos`), each with its commitment's category and
# whether it describes the commitment: its first mention, or one read as `new` or `revision`
# (whose key terms the commitment takes on, etl.link._create / _join).
_SAID = f"""
CREATE TEMP TABLE _said AS
SELECT *, pos = min(pos) OVER (PARTITION BY commitment_id) OR kind IN ('new', 'revision') AS describes,
       first_value(category) OVER (PARTITION BY commitment_id ORDER BY pos) AS commitment_category
FROM (SELECT commitment_id, {_AS_EXTRACTED["category"]}, kind, keywords, numbers, {_FIGURE},
             deadline, previous_deadline, {_AS_EXTRACTED["ministry"]},
             row_number() OVER (ORDER BY {_ORDER}) AS pos
      FROM mentions WHERE commitment_id IS NOT NULL)
"""
# The targets and deadlines each stored commitment remembers (etl.link.REMEMBERED: its first so
# many, in the order its mentions named them; a mention's deadline before the old one it names).
_REMEMBERED_NUMBERS = """
CREATE TEMP TABLE _remembered_numbers AS
SELECT commitment_id, word, first FROM (
    SELECT s.commitment_id, o.word, min(s.pos) AS first FROM _said s JOIN _own o USING (target_value, target_unit)
    GROUP BY s.commitment_id, o.word)
QUALIFY row_number() OVER (PARTITION BY commitment_id ORDER BY first) <= ?
"""
_REMEMBERED_DAYS = """
CREATE TEMP TABLE _remembered_days AS
SELECT commitment_id, day, first FROM (
    SELECT commitment_id, day, min(pos * 2 + slot) AS first
    FROM (SELECT commitment_id, deadline AS day, pos, 0 AS slot FROM _said
          UNION ALL SELECT commitment_id, previous_deadline, pos, 1 FROM _said)
    WHERE day IS NOT NULL GROUP BY commitment_id, day)
QUALIFY row_number() OVER (PARTITION BY commitment_id ORDER BY first) <= ?
"""
# Per looked-up key (`_keys`), the RECENT_PER_KEY commitments `_Linker.index_for` would have
# filed under it last, with the position of the last mention that files each. A mention files its
# commitment under a term both carry, a number of its that is one of the commitment's targets
# (`_own`: the number_key of each target), and a deadline it names (etl.link._Candidates.add).
_RECENT = """
WITH keys AS (SELECT category, kind, CAST(word AS VARCHAR) AS word, CAST(day AS DATE) AS day FROM _keys),
terms AS (SELECT commitment_id, commitment_category AS category, unnest(keywords) AS word, pos, describes FROM _said),
owned AS (SELECT s.commitment_id, s.commitment_category AS category, o.word, s.pos
          FROM _said s JOIN _own o USING (target_value, target_unit)),
numbers AS (SELECT commitment_id, commitment_category AS category, unnest(numbers) AS word, pos FROM _said
            UNION ALL SELECT * FROM owned),
days AS (SELECT * FROM (SELECT commitment_id, commitment_category AS category,
                               unnest([deadline, previous_deadline]) AS day, pos FROM _said) WHERE day IS NOT NULL),
filed AS (
    SELECT k.category, k.kind, k.word, k.day, t.commitment_id, t.pos
    FROM terms t JOIN keys k ON k.kind = 'w' AND k.category = t.category AND k.word = t.word
    WHERE EXISTS (SELECT 1 FROM terms d WHERE d.describes AND d.commitment_id = t.commitment_id AND d.word = t.word)
    UNION ALL
    SELECT k.category, k.kind, k.word, k.day, n.commitment_id, n.pos
    FROM numbers n JOIN keys k ON k.kind = 'n' AND k.category = n.category AND k.word = n.word
    WHERE EXISTS (SELECT 1 FROM _remembered_numbers r WHERE r.commitment_id = n.commitment_id AND r.word = n.word)
    UNION ALL
    SELECT k.category, k.kind, k.word, k.day, d.commitment_id, d.pos
    FROM days d JOIN keys k ON k.kind = 'd' AND k.category = d.category AND k.day = d.day
    WHERE EXISTS (SELECT 1 FROM _remembered_days r WHERE r.commitment_id = d.commitment_id AND r.day = d.day))
SELECT category, kind, word, day, commitment_id, max(pos) AS last
FROM filed GROUP BY category, kind, word, day, commitment_id
QUALIFY row_number() OVER (PARTITION BY category, kind, word, day ORDER BY last DESC) <= ?
ORDER BY last
"""
# What the mentions of these stored commitments made of them besides their row: the terms of
# those that describe it, the targets and deadlines it remembers, its first mention's ministry.
_STATE = """
SELECT commitment_id,
       list_distinct(flatten(list(keywords) FILTER (describes))) AS keywords,
       (SELECT coalesce(list(word ORDER BY first), []) FROM _remembered_numbers r
        WHERE r.commitment_id = s.commitment_id) AS numbers,
       (SELECT coalesce(list(day ORDER BY first), []) FROM _remembered_days r
        WHERE r.commitment_id = s.commitment_id) AS deadlines,
       arg_min(ministry, pos) AS first_ministry
FROM _said s
WHERE commitment_id IN (SELECT unnest(?::VARCHAR[]))
GROUP BY commitment_id
"""
# The fields of a Commitment that its `commitments` row holds.
_ROW_FIELDS = [f.name for f in fields(Commitment)
               if f.name not in ("keywords", "numbers", "deadlines", "lineage", "mentions", "recent_articles",
                                 "names_its_body")]


def _come_after(con, new: list[Mention], run_id: int, as_of: date | None) -> bool:
    """`link_new`'s conditions asked of the database: no mention is dated after the day judged,
    and every new mention comes after every stored one in publication order."""
    if as_of is not None and con.execute(
            "SELECT count(*) FROM mentions WHERE CAST(published_at AS DATE) > ?", [as_of]).fetchall()[0][0]:
        return False
    latest = _load_mentions(con, _LATEST_STORED, [run_id])
    return comes_after(latest + new, {m.mention_id for m in new})


@dataclass
class _Stored:
    """What the incremental linking needs of the stored commitments, read while Kiwi starts.

    `con` is the reader's own cursor: it holds `_said` and `_own` for `_reach`.
    """

    con: object
    commitments: dict[str, Commitment]  # in the order linking makes them (by first mention)
    revisions: dict[str, list[Revision]]
    counts: dict[str, int]  # term counts of the stored mentions (etl.link.term_counts)
    total: int
    judged_at: date
    rows: dict[str, tuple[dict, list[dict]]]  # _derived_rows of every commitment, judged on judged_at
    said_read: bool  # whether each commitment's mentions holds what its stored mentions said

    def rows_left(self, new: list[Mention], judged_at: date) -> dict[str, tuple[dict, list[dict]]]:
        """The rows worked out while reading that still hold: those of the commitments no new
        mention joined, judged on the same day (a build that ran past midnight judges again).
        Call before the new mentions' links are written: the stored mentions of the others are
        read here, for judging them again."""
        if judged_at != self.judged_at:
            left = {}
        else:
            joined = {m.commitment_id for m in new}
            left = {cid: rows for cid, rows in self.rows.items() if cid not in joined}
        if not self.said_read:
            _read_said(self.con, self.commitments, [cid for cid in self.commitments if cid not in left])
            self.said_read = True
        return left


@contextmanager
def _reading_stored(con, db_path: Path, run_id: int, judged_at: date, wanted: bool) -> Iterator[Future | None]:
    """A Future of `_read_stored`, run beside the ingest on a cursor of its own.

    Building Kiwi holds the GIL for seconds and analysing the first batch keeps the main thread
    waiting; DuckDB works without the GIL, so reading the stored commitments then costs little.
    It reads only what the ingest does not change (linked mentions, earlier runs' articles)."""
    if not wanted:
        yield None
        return
    cursor = con.cursor()
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stored")
    try:
        yield pool.submit(_read_stored, cursor, db_path, run_id, judged_at)
    finally:
        pool.shutdown(wait=True)
        cursor.close()


def _read_stored(con, db_path: Path, run_id: int, judged_at: date) -> _Stored:
    """The last build's commitments (from its file, `db_path`: rows written under the linking rules
    in force, as `_links_hold` checked), each with its mentions as ``Said`s in publication order,
    and their rows judged on `judged_at` (as the last build wrote them when it judged on that day);
    their revisions; term counts; and, on `con`, the tables `_reach` works from."""
    counts = dict(con.execute(
        "SELECT word, count(*) FROM (SELECT unnest(list_distinct(keywords)) AS word FROM mentions "
        f"WHERE article_id NOT IN (SELECT article_id FROM articles WHERE first_run_id = ?) AND {_WEIGHED}) GROUP BY word",
        [run_id]).fetchall())
    total = con.execute("SELECT count(*) FROM mentions WHERE article_id NOT IN "
                        f"(SELECT article_id FROM articles WHERE first_run_id = ?) AND {_WEIGHED}", [run_id]).fetchall()[0][0]
    same_day = _last_judged_on(con) == judged_at
    con.execute("ATTACH ? AS last_build (READ_ONLY)", [str(db_path)])
    try:
        # Put in order here, not by DuckDB: it cannot sort rows this wide within a build's memory cap.
        rows = con.execute(
            f"SELECT {', '.join('m.' + o for o in _ORDER.split(', '))}, "
            f"{', '.join(_LINKED_CATEGORY if n == 'category' else 'c.' + n for n in _ROW_FIELDS)} "
            "FROM last_build.commitments c JOIN mentions m ON m.mention_id = c.first_mention_id").fetchall()
        keys = len(_ORDER.split(", "))
        rows.sort(key=lambda row: row[:keys])
        commitments = {}
        for row in rows:
            c = Commitment(**dict(zip(_ROW_FIELDS, row[keys:])))
            commitments[c.commitment_id] = c
        del rows
        revisions: dict[str, list[Revision]] = {}
        names = [f.name for f in fields(Revision)]
        for row in con.execute(f"SELECT {', '.join(names)} FROM last_build.revisions ORDER BY rowid").fetchall():
            revisions.setdefault(row[0], []).append(Revision(*row))
        judged = _judged_by_last_build(con) if same_day else None
    finally:
        con.execute("DETACH last_build")
    _prepare_reach(con)
    if judged is not None:
        # What the stored mentions said is read later, for the commitments new mentions join
        # (in `_Stored.rows_left`): only those are judged again.
        rows = {cid: _stored_rows(c, *judged[cid]) for cid, c in commitments.items()}
    else:
        _read_said(con, commitments)
        rows = {cid: _derived_rows(c, judged_at) for cid, c in commitments.items()}
    return _Stored(con, commitments, revisions, counts, total, judged_at, rows, said_read=judged is None)


# The topic linking gave a stored commitment: its first mention's (the row shows the topic most of
# its mentions name, `_topics_of_commitments`).
_LINKED_CATEGORY = "coalesce(m.extracted_category, m.category) AS category"


def _read_said(con, commitments: dict[str, Commitment], ids: list[str] | None = None) -> None:
    """Put what each stored mention linked to one of `commitments` (or of those in `ids`) said before
    what it holds already (the new mentions' Saids, which come after in publication order)."""
    where = "commitment_id IS NOT NULL" if ids is None else "commitment_id IN (SELECT unnest(?::VARCHAR[]))"
    said = tuple.__new__  # a NamedTuple's own constructor is Python: a third of this loop
    stored: dict[str, list[Said]] = {}
    for commitment_id, *fields_said in con.execute(
            f"SELECT commitment_id, published_at, kind, mention_id, deadline, NULL FROM mentions "
            f"WHERE {where} ORDER BY {_ORDER}", [] if ids is None else [ids]).fetchall():
        stored.setdefault(commitment_id, []).append(said(Said, fields_said))
    for commitment_id, saids in stored.items():
        c = commitments[commitment_id]
        c.mentions[:0] = saids


def _last_judged_on(con) -> date | None:
    """The day the last build judged statuses on: its --as-of day, or the day it ran (None when it
    ran across midnight: which side judged is not known)."""
    last = con.execute("SELECT as_of, started_at, finished_at FROM etl_runs ORDER BY run_id DESC LIMIT 1").fetchone()
    if last is None:
        return None
    as_of, started_at, finished_at = last
    if as_of is not None:
        return as_of
    return started_at.date() if finished_at is not None and finished_at.date() == started_at.date() else None


_JUDGED = ("status", "status_since", "mention_count", "last_mentioned_at")
_HISTORY = ("commitment_id", "status", "since", "mention_id", "source", "reason")


def _judged_by_last_build(con) -> dict[str, tuple[tuple, list[dict]]]:
    """Per commitment of the last build (attached as `last_build`), its judged fields (`_JUDGED`)
    and its rule status_history rows, as written. Judged on the same day from the same mentions,
    a commitment no new mention joins would be judged so again: replaying every stored promise's
    mentions was a second or more of an incremental build."""
    judged = {row[0]: (row[1:], []) for row in con.execute(
        f"SELECT commitment_id, {', '.join(_JUDGED)} FROM last_build.commitments").fetchall()}
    history = con.sql(f"SELECT {', '.join(_HISTORY)} FROM last_build.status_history "
                      "WHERE source = 'rule' ORDER BY rowid").to_arrow_table()
    for row in zip(*(column.to_pylist() for column in history.columns)):
        judged[row[0]][1].append(dict(zip(_HISTORY, row)))
    return judged


def _stored_rows(c: Commitment, fields_judged: tuple, history: list[dict]) -> tuple[dict, list[dict]]:
    """`_derived_rows(c, day)` from what the last build judged on that day."""
    row = _commitment_row(c)
    row.update(zip(_JUDGED, fields_judged))
    return row, history


def _prepare_reach(con) -> None:
    """The tables `_reach` works from, on `con`: `_said`, `_own` (the number_key of each target) and
    `_remembered_numbers` / `_remembered_days`."""
    pairs = con.execute(
        f"SELECT DISTINCT * FROM (SELECT {_FIGURE} FROM mentions WHERE commitment_id IS NOT NULL) "
        "WHERE target_value IS NOT NULL AND target_unit IS NOT NULL").fetchall()
    con.register("_own", pd.DataFrame({"target_value": [p[0] for p in pairs], "target_unit": [p[1] for p in pairs],
                                       "word": [number_key(*p) for p in pairs]}))
    con.execute(_SAID)
    con.execute(_REMEMBERED_NUMBERS, [link_module.REMEMBERED])
    con.execute(_REMEMBERED_DAYS, [link_module.REMEMBERED])


def _link_onto_stored(
    stored: _Stored, new: list[Mention], reference,
) -> tuple[list[Commitment], list[Link], list[Revision]]:
    """What `link_new` returns, without loading or linking the stored mentions again.

    The stored commitments are the last build's rows with their mentions' dates, kinds and
    deadlines, enough to judge their status again (`_read_stored`); for those the new mentions can
    reach (etl.link.link_onto), what the candidate index needs of them is worked out in the
    database (`_reach`). Returns every commitment (the stored ones in the order linking makes them,
    then the new ones), the new links, and every revision.
    """
    counts, total = term_counts(new)
    for word, n in stored.counts.items():
        counts[word] = counts.get(word, 0) + n
    terms = (counts, total + stored.total)
    keys = [k for k in lookup_keys(new, terms, reference) if k[0] != "a"]  # no stored mention is in a new article
    recent = _reach(stored.con, stored.commitments, keys, reference) if keys else {}
    commitments, links, added = link_onto(stored.commitments, recent, new, terms, reference)
    revisions = stored.revisions
    for r in added:
        revisions.setdefault(r.commitment_id, []).append(r)
    return commitments, links, [r for c in commitments for r in revisions.get(c.commitment_id, ())]


def _reach(con, stored: dict[str, Commitment], keys: list[tuple], reference) -> dict[tuple, list[str]]:
    """Key → the stored commitments filed under it last, least recent first (`_RECENT`); each of
    them is given the keywords, numbers, deadlines and lineage its mentions left it (`_STATE`)."""
    con.register("_keys", pd.DataFrame({
        "category": [k[0] for k in keys], "kind": [k[1] for k in keys],
        "word": [None if k[1] == "d" else k[2] for k in keys],
        "day": pd.Series([k[2] if k[1] == "d" else None for k in keys], dtype="object")}))
    recent: dict[tuple, list[str]] = {}
    found = con.execute(_RECENT, [link_module.RECENT_PER_KEY]).fetchall()
    for category, kind, word, day, commitment_id, _ in found:
        recent.setdefault((category, kind, day if kind == "d" else word), []).append(commitment_id)
    reached = sorted({cid for ids in recent.values() for cid in ids})
    lineages: dict[str, frozenset[str]] = {}
    for commitment_id, keywords, numbers, deadlines, ministry in con.execute(_STATE, [reached]).fetchall():
        c = stored[commitment_id]
        c.keywords, c.numbers, c.deadlines = tuple(keywords), tuple(numbers), tuple(deadlines)
        if ministry:
            if ministry not in lineages:
                lineages[ministry] = frozenset(reference.lineage(ministry))
            c.lineage = lineages[ministry]
    return recent


# The topic two or more of a commitment's mentions name (the most, then the first in the
# alphabet), for the commitment and for its mentions whose sentence and article name none.
_TOPICS = f"""
CREATE OR REPLACE TEMP TABLE _topic AS
SELECT commitment_id, category FROM (
    SELECT commitment_id, {_AS_EXTRACTED["category"]}, count(*) AS n FROM mentions
    WHERE commitment_id IS NOT NULL AND {_OWN_CATEGORY} <> 'other' GROUP BY ALL HAVING n >= 2)
QUALIFY row_number() OVER (PARTITION BY commitment_id ORDER BY n DESC, category) = 1
"""


def _topics_of_commitments(con) -> None:
    """Give a commitment the topic its mentions name, and its mentions that name none too.

    A follow-up often says nothing of its topic (`나머지 세 곳은 착공이 내년 3월로 미뤄졌다`), and a
    commitment is the topic of the mention that made it, which may have named none either; two
    mentions naming one topic are evidence enough, one is not (a single sentence's cue word is a
    guess). Linking reads the mentions' own topics (extracted_category), so this changes nothing
    it does, and is worked out again at every build from all of them.
    """
    con.execute(_TOPICS)
    con.execute("UPDATE mentions SET category = extracted_category "
                "WHERE extracted_category IS NOT NULL AND category <> extracted_category")
    con.execute("UPDATE mentions SET category = t.category FROM _topic t "
                "WHERE mentions.commitment_id = t.commitment_id AND mentions.category = 'other'")
    con.execute("UPDATE commitments SET category = t.category FROM _topic t "
                "WHERE commitments.commitment_id = t.commitment_id AND commitments.category <> t.category")
    con.execute("DROP TABLE _topic")


# Each linked mention that names no body nor official, with the body its commitment's other mentions
# name most (then the first in the alphabet), where that differs from the one it was given.
_SILENT_BODIES = f"""
CREATE OR REPLACE TEMP TABLE _silent AS
WITH m AS (
    SELECT mention_id, commitment_id, CAST(published_at AS DATE) AS day, {_AS_EXTRACTED["ministry"]},
           person IS NOT NULL OR regexp_matches(sentence, ?) AS named
    FROM mentions WHERE commitment_id IS NOT NULL),
body AS (
    SELECT commitment_id, ministry FROM m WHERE ministry IS NOT NULL
    GROUP BY commitment_id, ministry
    QUALIFY row_number() OVER (
        PARTITION BY commitment_id ORDER BY count(*) FILTER (WHERE named) DESC,
        CASE WHEN count(*) FILTER (WHERE named) > 0 THEN ministry END, min(day), ministry) = 1)
SELECT m.mention_id, m.day, body.ministry AS body, c.category
FROM m JOIN body USING (commitment_id) LEFT JOIN commitments c USING (commitment_id)
WHERE NOT m.named AND m.ministry IS DISTINCT FROM body.ministry
"""


def _bodies_of_commitments(con, reference) -> None:
    """Give a mention that names no body nor official the body its commitment's mentions name.

    A sentence that names none takes its paragraph's or its article's (`AI 가치평가 시스템은 예정대로
    9월 정식 가동했다` in a roundup's section goes to the roundup's lead), which is a guess; the
    promise's own body, named by its other mentions, is the better one (as of the mention's date:
    특허청's promise is 지식재산처's after the rename; of a body split in two, the half that owns
    the promise's topic, as 산업통상자원부's grid promise is 기후에너지환경부's from 2025-10-01, else
    it is left as it was, there being no telling which half: `Reference.heir`). When none of its
    mentions names a body, the promise's first article is the best guess (its lead, not a later
    roundup's). Linking reads the bodies the sentences gave (extracted_ministry), so this changes
    nothing it does, and is worked out again at every build. Only the distinct (body, day,
    category) triples come into Python, to be dated; the rows stay in DuckDB.
    """
    con.execute("UPDATE mentions SET ministry = extracted_ministry "
                "WHERE extracted_ministry IS NOT NULL AND ministry IS DISTINCT FROM extracted_ministry")
    if reference.ministry_pattern is None:
        return
    con.execute(_SILENT_BODIES, [reference.ministry_pattern.pattern])
    dated = []
    for body, day, category in con.execute("SELECT DISTINCT body, day, category FROM _silent").fetchall():
        ministry = reference.ministry(body)
        if day is not None and ministry is not None and ministry.valid_to is not None and day > ministry.valid_to:
            heir = reference.heir(body, day, category)
            if heir is None:
                continue  # a body split in two, with no telling which half
            dated.append((body, day, category, heir))
        else:
            dated.append((body, day, category, (reference.resolve_ministry(body, day) or body) if day is not None else body))
    if dated:
        con.register("_dated", pd.DataFrame(dated, columns=["body", "day", "category", "ministry"]))
        try:
            con.execute("UPDATE mentions SET ministry = d.ministry FROM _silent s JOIN _dated d "
                        "ON s.body = d.body AND s.day IS NOT DISTINCT FROM d.day AND s.category IS NOT DISTINCT FROM d.category "
                        "WHERE mentions.mention_id = s.mention_id AND mentions.ministry IS DISTINCT FROM d.ministry")
        finally:
            con.unregister("_dated")
    con.execute("DROP TABLE _silent")


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


def _write_derived(con, commitments: list[Commitment], links, revisions, judged_at: date,
                   worked_out: dict[str, tuple[dict, list[dict]]] | None = None, into: str = "commitments") -> None:
    """`worked_out`: `_derived_rows` of some of the commitments, by id, judged on `judged_at`;
    `into`: the table their rows go to."""
    history_rows = []
    commitment_rows = []
    for c in commitments:
        row, history = (worked_out or {}).get(c.commitment_id) or _derived_rows(c, judged_at)
        commitment_rows.append(row)
        history_rows.extend(history)
    store.insert_frame(con, into, pd.DataFrame(commitment_rows))
    store.insert_frame(con, "status_history", pd.DataFrame(history_rows))
    store.insert_frame(con, "links", _frame(links, Link))
    store.insert_frame(con, "revisions", _frame(revisions, Revision))


def _write_verdicts(con, db_path: Path) -> None:
    """The editors' latest verdicts, as `editor` rows of the status history (after every rule row)."""
    store.insert_frame(con, "status_history", pd.DataFrame([{
        "commitment_id": verdict.commitment_id, "status": verdict.status, "since": verdict.recorded_at.date(),
        "mention_id": None, "source": "editor", "reason": f"{verdict.editor}: {verdict.note}".strip(": "),
    } for verdict in latest(verdicts_path(db_path)).values()]))


def _derived_rows(c: Commitment, judged_at: date) -> tuple[dict, list[dict]]:
    """The `commitments` row of `c` and its rule `status_history` rows, judged on `judged_at`."""
    judged, history = _judgement(c.commitment_id, c.mentions, judged_at)
    row = _commitment_row(c)
    row.update(judged)
    row["status_since"] = row["status_since"] or c.announced_at
    return row, history


def _commitment_row(c: Commitment) -> dict:
    """The `commitments` row of `c` but for what its mentions say of its status (`_judgement`)."""
    return {
        "commitment_id": c.commitment_id, "ministry": c.ministry, "person": c.person, "category": c.category,
        "summary": c.summary, "object": c.object, "target_value": c.target_value, "target_unit": c.target_unit,
        "deadline": c.deadline, "deadline_text": c.deadline_text, "deadline_precision": c.deadline_precision,
        "previous_deadline": c.previous_deadline, "announced_at": c.announced_at,
        "progress_value": c.progress_value,
        "progress_ratio": (c.progress_value / c.target_value) if c.progress_value and c.target_value else None,
        "first_mention_id": c.first_mention_id, "source_sentence": c.source_sentence,
    }


def _judgement(commitment_id: str, said: list[Said], judged_at: date) -> tuple[dict, list[dict]]:
    """A commitment's status on `judged_at` from what its mentions said, in order (the first made
    it), with its rule `status_history` rows. `status_since` is None when it was never reported."""
    events = []
    for i, m in enumerate(said):
        in_force = m.deadline if (i == 0 or m.kind in ("revision", "delayed")) else None
        events.append((m.published_at.date() if m.published_at else None, m.kind, m.mention_id, in_force))
    changes = replay(events, judged_at)
    history = [{
        "commitment_id": commitment_id, "status": change.status, "since": change.since,
        "mention_id": change.mention_id, "source": "rule", "reason": change.reason,
    } for change in changes]
    last = changes[-1] if changes else None
    dated = [event[0] for event in events if event[0] is not None]
    return {
        "status": last.status if last else "announced", "status_since": last.since if last else None,
        "mention_count": len(said), "last_mentioned_at": max(dated) if dated else None,
    }, history


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
