"""Every SQL statement the dashboard runs, and the filters they understand.

Why one module: the pages stay readable top to bottom, the SQL can be tested and timed without a
browser or Streamlit (nothing here imports it), and the performance budget (≤ 50 ms per query at
200,000 commitments) is met or missed in one place. The rules this module keeps:

- user input only ever reaches DuckDB as a named parameter (`$q`), never inside the SQL text;
  the only text composed in Python is which fixed clauses a filter switches on;
- counting, grouping and pivoting happen in DuckDB; detail queries carry a LIMIT, and only
  exports ask for the whole filtered set;
- every commitment query starts from one definition of what a commitment *looks like* under the
  filters (`_with`): the rule status judged at the `as_of` day (or today), the editor's verdict
  beside it, and the status shown — the editor's when there is one.

Functions take a DuckDB connection (or cursor) whose catalog has the tracker's tables as views
and a `verdict_log` table; `open_snapshot` builds exactly that.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import duckdb
import pandas as pd

from etl import derived
from etl.derived import DERIVED_TABLES, SEARCH_SEPARATOR

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "etl" / "schema.sql"

# Row caps for what a page shows. Exports pass limit=None and get everything the filters select.
TABLE_LIMIT = 1000
TIMELINE_LIMIT = 40
MENTION_LIMIT = 200

FINAL_STATUSES = ("achieved", "cancelled")


# =============================================================================================
# Filters
# =============================================================================================


@dataclass(frozen=True)
class Filters:
    """What the shared sidebar selects, as plain values (hashable, so results can be cached).

    Empty means "no restriction". `as_of` is the state of knowledge on a day: commitments
    announced and mentions published on or before it, each commitment's status as its history
    stood that day (and a deadline already past that day counts as 기한 경과).
    """

    ministries: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    announced_from: date | None = None
    announced_to: date | None = None
    due_from: date | None = None
    due_to: date | None = None
    q: str = ""
    as_of: date | None = None

    # URL key of each field; `ministry`, `category` and `status` may repeat.
    URL_KEYS = {
        "ministries": "ministry",
        "categories": "category",
        "statuses": "status",
        "announced_from": "from",
        "announced_to": "to",
        "due_from": "due_from",
        "due_to": "due_to",
        "q": "q",
        "as_of": "as_of",
    }

    @property
    def active(self) -> bool:
        return self != Filters()

    @property
    def selects_commitments(self) -> bool:
        """Whether a filter other than dates narrows which commitments (and so articles) count."""
        return bool(self.ministries or self.categories or self.statuses or self.q.strip()
                    or self.due_from or self.due_to)

    def to_params(self) -> dict[str, str | list[str]]:
        """The URL form: only set filters, dates as YYYY-MM-DD, lists as repeated keys."""
        out: dict[str, str | list[str]] = {}
        for name, key in self.URL_KEYS.items():
            value = getattr(self, name)
            if isinstance(value, tuple):
                if value:
                    out[key] = list(value)
            elif isinstance(value, date):
                out[key] = value.isoformat()
            elif isinstance(value, str) and value.strip():
                out[key] = value.strip()
        return out

    @classmethod
    def from_params(cls, get_all: Callable[[str], Sequence[str]]) -> "Filters":
        """Read the URL (`get_all(key)` → every value of a repeated key); bad dates are ignored.

        A month (`2024-12`) is accepted too: as a start it means the 1st, as an end the last day,
        so `from=2024-12&to=2025-03` reads the way a reporter says it.
        """
        def values(key: str) -> tuple[str, ...]:
            seen: list[str] = []
            for raw in get_all(key) or ():
                for part in str(raw).split(","):
                    part = part.strip()
                    if part and part not in seen:
                        seen.append(part)
            return tuple(seen)

        def one(key: str) -> str:
            found = [v for v in (get_all(key) or ()) if str(v).strip()]
            return str(found[-1]).strip() if found else ""

        return cls(
            ministries=values("ministry"),
            categories=values("category"),
            statuses=values("status"),
            announced_from=parse_day(one("from")),
            announced_to=parse_day(one("to"), end=True),
            due_from=parse_day(one("due_from")),
            due_to=parse_day(one("due_to"), end=True),
            q=one("q"),
            as_of=parse_day(one("as_of"), end=True),
        )


def parse_day(text: str | None, *, end: bool = False) -> date | None:
    """'2025-03-01' → that day; '2025-03' → the 1st (or the last day when `end`); else None."""
    if not text:
        return None
    text = text.strip()
    match = re.fullmatch(r"(\d{4})[-.](\d{1,2})(?:[-.](\d{1,2}))?", text)
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    try:
        if match[3]:
            return date(year, month, int(match[3]))
        return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    except ValueError:
        return None


# =============================================================================================
# The snapshot connection
# =============================================================================================

VERDICT_COLUMNS = ("commitment_id", "status", "note", "editor", "recorded_at")
ROW_ID_TABLES = ("articles", "commitments", "status_history", "revisions", "mentions")


def open_snapshot(db_path: str | Path, verdicts: Iterable[Any] = ()) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the tracker file attached read-only, plus the editors' verdicts.

    Why in-memory + ATTACH and not `duckdb.connect(path, read_only=True)`: the latter returns a
    cached instance while any connection to the path is open, so after the ETL `os.replace`s the
    file a "new" connection would still see the old one. Each table becomes a view in the
    in-memory catalog, so queries (and cursors) use plain names. A table the file lacks (an
    older build) becomes an empty table from etl/schema.sql, so pages show "nothing yet" rather
    than an error, except the derived tables (etl/derived.py): a file built before they existed
    gets them computed in memory from its own rows, once per snapshot. `verdicts` are
    `etl.verdicts.Verdict`s (anything with the same attributes).
    """
    con = duckdb.connect(":memory:")
    con.execute("SET enable_progress_bar = false")  # nothing on the server's stdout
    con.execute("SET TimeZone = 'Asia/Seoul'")
    con.execute("ATTACH ? AS tracker (READ_ONLY)", [str(db_path)])
    con.execute("CREATE SCHEMA blank")
    con.execute("USE memory.blank")
    con.execute(SCHEMA_PATH.read_text(encoding="utf-8"))
    con.execute("USE memory.main")
    present = {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = 'tracker' AND schema_name = 'main'"
    ).fetchall()}
    wanted = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = 'memory' AND schema_name = 'blank'"
    ).fetchall()]
    missing = [t for t in DERIVED_TABLES if t not in present]
    # a column an older build lacks (`mentions.reported_value`) reads as empty, not as an error
    lacking: dict[str, list[str]] = {}
    for table, name, kind in con.execute(
        "SELECT b.table_name, b.column_name, b.data_type FROM duckdb_columns() b "
        "WHERE b.database_name = 'memory' AND b.schema_name = 'blank' AND NOT EXISTS (SELECT 1 FROM duckdb_columns() t "
        "WHERE t.database_name = 'tracker' AND t.schema_name = 'main' AND t.table_name = b.table_name "
        "AND t.column_name = b.column_name) ORDER BY b.table_name, b.column_index"
    ).fetchall():
        lacking.setdefault(table, []).append(f'NULL::{kind} AS "{name}"')
    for table in sorted(set(wanted) | present):
        if table in missing:
            con.execute(f'CREATE TABLE memory.main."{table}" AS SELECT * FROM memory.blank."{table}"')
            continue
        source = f'tracker.main."{table}"' if table in present else f'memory.blank."{table}"'
        # `row_id` lets a page sort on a narrow column and fetch the wide ones (titles,
        # sentences) for its 1,000 rows only; DuckDB pushes the row ids into the scan.
        # (status_history and revisions: the order their rows were written in.)
        row_id = "rowid AS row_id, " if table in ROW_ID_TABLES else ""
        extra = "".join(", " + c for c in lacking.get(table, ())) if table in present else ""
        con.execute(f'CREATE VIEW memory.main."{table}" AS SELECT {row_id}*{extra} FROM {source}')
    if missing:
        derived.refresh(con, views=True)
    # The search box scans every commitment's text; an uncompressed copy in memory (≈30 bytes
    # per article) scans 2-3x faster than the compressed column in the file.
    con.execute("CREATE TABLE memory.main.search_text AS SELECT row_id, search_text FROM commitment_facts")
    # The sentences the 개요 lists show beside a few picked rows: a commitment's source sentence
    # (다가오는 마감, the timeline) and the sentence behind each status move (최근 변화). Fetching
    # twenty rows from the file decompresses whole row groups of the column (10-30 ms); from an
    # uncompressed copy (≈60 bytes per article) it is a 1-2 ms lookup.
    con.execute("CREATE TABLE memory.main.source_sentences AS SELECT row_id, source_sentence FROM commitments")
    con.execute("""CREATE TABLE memory.main.move_sentences AS
        SELECT row_id AS mention_row, sentence FROM mentions
        WHERE row_id IN (SELECT mention_row FROM status_moves)""")
    # `commitment_row`: the commitment's row in this build (NULL when it is not in it), so the
    # verdicts join the commitments on an integer — and not at all when there are none.
    con.execute(
        "CREATE TABLE verdict_log (commitment_id VARCHAR, status VARCHAR, note VARCHAR, "
        "editor VARCHAR, recorded_at TIMESTAMP, commitment_row BIGINT)"
    )
    rows = [tuple(getattr(v, c) for c in VERDICT_COLUMNS) for v in verdicts]
    if rows:
        con.executemany(f"INSERT INTO verdict_log ({', '.join(VERDICT_COLUMNS)}) VALUES (?, ?, ?, ?, ?)", rows)
        con.execute("UPDATE verdict_log SET commitment_row = c.row_id FROM commitments c "
                    "WHERE c.commitment_id = verdict_log.commitment_id")
    return con


# =============================================================================================
# Composition helpers
# =============================================================================================


class _Params(dict):
    """Named parameters collected while a statement is composed; only the used ones are sent."""

    def __call__(self, name: str, value: Any) -> str:
        self[name] = value
        return f"${name}"


def _df(con, sql: str, params: dict | None = None) -> pd.DataFrame:
    return con.execute(sql, params or {}).df()


def _limit(p: _Params, limit: int | None) -> str:
    return f"LIMIT {p('limit', int(limit))}" if limit is not None else ""


def _judge(f: Filters, p: _Params) -> str:
    """The day statuses are judged at: the as_of day, else today (Asia/Seoul)."""
    return p("as_of", f.as_of) if f.as_of else "current_date"


def _lineage(f: Filters, p: _Params) -> str:
    """CTEs `lineage(m)`: the chosen ministries, their aliases' owners, predecessors, successors.

    Renames and splits are rows of `ministries` (`successor`, several names separated by
    commas when a body was split), so choosing 산업통상부 also selects 산업통상자원부 and choosing
    기획재정부 selects both its successors — but not a sibling reached through a common parent.
    """
    chosen = p("ministries", list(f.ministries))
    return f"""
    edges AS (
        SELECT ministry AS before, trim(unnest(regexp_split_to_array(successor, '[,;·]'))) AS after
        FROM ministries WHERE successor IS NOT NULL AND trim(successor) <> ''),
    seed AS (
        SELECT unnest({chosen}::VARCHAR[]) AS m
        UNION SELECT ministry FROM ministries
        WHERE list_contains({chosen}::VARCHAR[], short_name)
           OR len(list_intersect(coalesce(aliases, []), {chosen}::VARCHAR[])) > 0),
    up(m) AS (SELECT m FROM seed UNION SELECT e.before FROM edges e JOIN up ON e.after = up.m),
    down(m) AS (SELECT m FROM seed UNION SELECT e.after FROM edges e JOIN down ON e.before = down.m),
    lineage AS (SELECT m FROM up UNION SELECT m FROM down),"""


def _with(f: Filters, p: _Params) -> str:
    """WITH clause defining `shown`: the commitments the filters select, as they stand.

    Columns: the commitment's own, plus `rule_status` (evidence judged at the as_of day or
    today; a deadline past without 이행 is 지연), `editor_status`/`editor_note`/`editor`/
    `verdict_at` (the verdict in force), and `status` — what the desk sees: the editor's call
    when there is one, else the rule's.
    """
    judge = _judge(f, p)
    ctes = ["WITH RECURSIVE"]
    if f.ministries:
        ctes.append(_lineage(f, p))
    cut = f"AND v.recorded_at < {judge}::DATE + INTERVAL 1 DAY" if f.as_of else ""
    # Keyed on the commitment's row (resolved once by open_snapshot): joining 200,000 integers
    # is twice as fast as their ids.
    ctes.append(f"""
    verdict AS (
        SELECT v.commitment_row AS row_id, arg_max(v.status, v.recorded_at) AS status,
               arg_max(v.note, v.recorded_at) AS note, arg_max(v.editor, v.recorded_at) AS editor,
               max(v.recorded_at) AS recorded_at
        FROM verdict_log v WHERE v.commitment_row IS NOT NULL {cut} GROUP BY v.commitment_row),""")
    if f.as_of:
        # What was known on the day — the last status up to it, the target/deadline then in
        # force — is precomputed per span of days between two changes (etl/derived.py).
        source = "commitment_states c"
        stated, since = "c.stated_status", "c.stated_since"
        where = f"WHERE c.valid_from <= {judge} AND {judge} < c.valid_to AND c.announced_at <= {judge}"
    else:
        source = "commitments c"
        stated, since = "c.status", "c.status_since"
        where = ""

    ctes.append(f"""
    base AS (
        SELECT c.row_id, c.commitment_id, c.ministry, c.person, c.category, c.summary, c.object,
               c.target_value, c.target_unit, c.deadline, c.deadline_text, c.deadline_precision,
               c.previous_deadline, c.announced_at, {stated} AS stated_status, {since} AS stated_since,
               c.progress_value, c.progress_ratio, c.mention_count, c.last_mentioned_at,
               c.source_sentence, c.first_mention_id
        FROM {source} {where}),
    judged AS (
        SELECT b.* EXCLUDE (stated_status, stated_since),
               CASE WHEN b.stated_status NOT IN ('achieved', 'cancelled', 'delayed')
                         AND b.deadline < {judge} THEN 'delayed' ELSE b.stated_status END AS rule_status,
               CASE WHEN b.stated_status NOT IN ('achieved', 'cancelled', 'delayed')
                         AND b.deadline < {judge} THEN b.deadline + 1 ELSE b.stated_since END AS status_since,
               v.status AS editor_status, v.note AS editor_note, v.editor AS editor,
               v.recorded_at AS verdict_at,
               coalesce(v.status, rule_status) AS status
        FROM base b LEFT JOIN verdict v USING (row_id)),""")

    conds = ["TRUE"]
    if f.ministries:
        conds.append("ministry IN (SELECT m FROM lineage)")
    if f.categories:
        conds.append(f"list_contains({p('categories', list(f.categories))}::VARCHAR[], category)")
    if f.statuses:
        conds.append(f"list_contains({p('statuses', list(f.statuses))}::VARCHAR[], status)")
    if f.announced_from:
        conds.append(f"announced_at >= {p('announced_from', f.announced_from)}")
    if f.announced_to:
        conds.append(f"announced_at <= {p('announced_to', f.announced_to)}")
    if f.due_from:
        conds.append(f"deadline >= {p('due_from', f.due_from)}")
    if f.due_to:
        conds.append(f"deadline <= {p('due_to', f.due_to)}")
    if f.q.strip():
        conds.append(_search(f, p, judge))
    ctes.append(f"""
    shown AS (SELECT * FROM judged WHERE {' AND '.join(conds)})""")
    return "\n".join(ctes)


def _search(f: Filters, p: _Params, judge: str) -> str:
    """The search box: the text is in the summary, person, ministry or a linked sentence.

    One pre-joined text per commitment (etl/derived.py, copied into memory by open_snapshot) is
    scanned instead of half a million sentences and their ids. With `as_of` only sentences published by then count, and a text
    holding the separator could match across two sentences: both read `mentions` itself.
    """
    text = f.q.strip()
    q = p("q", text)
    if not f.as_of and SEARCH_SEPARATOR not in text:
        return f"row_id IN (SELECT row_id FROM search_text WHERE contains(search_text, {q}))"
    published = f"AND published_at < {judge}::DATE + INTERVAL 1 DAY" if f.as_of else ""
    return f"""(contains(summary, {q}) OR contains(person, {q}) OR contains(ministry, {q})
            OR commitment_id IN (SELECT commitment_id FROM mentions
                                 WHERE commitment_id IS NOT NULL AND contains(sentence, {q}) {published}))"""


# =============================================================================================
# Options for the filter widgets
# =============================================================================================


def ministry_options(con) -> pd.DataFrame:
    """Every ministry a filter can name: the reference table plus any name commitments use.

    Current bodies first, then former ones (with the day they ended and their successor).
    """
    return _df(con, """
        WITH used AS (SELECT ministry, count(*) AS n FROM commitments WHERE ministry IS NOT NULL GROUP BY ministry)
        SELECT coalesce(m.ministry, u.ministry) AS ministry, m.short_name, m.valid_from, m.valid_to,
               m.successor, coalesce(u.n, 0) AS commitments
        FROM ministries m FULL OUTER JOIN used u ON u.ministry = m.ministry
        ORDER BY (m.valid_to IS NOT NULL), coalesce(u.n, 0) DESC, 1
    """)


def category_labels(con) -> dict[str, str]:
    """Category code → Korean label, in the reference order; codes only commitments use keep their code."""
    rows = con.execute("""
        SELECT category, label FROM (
            SELECT category, label, position FROM categories
            UNION ALL
            SELECT DISTINCT category, category, 1000000 FROM commitments
            WHERE category NOT IN (SELECT category FROM categories))
        ORDER BY position, category
    """).fetchall()
    return dict(rows)


def date_bounds(con) -> dict[str, date | None]:
    """First and last announcement and deadline, to say what period the data covers."""
    row = con.execute("""
        SELECT min(announced_at), max(announced_at), min(deadline), max(deadline),
               (SELECT max(published_at)::DATE FROM articles)
        FROM commitments
    """).fetchone()
    return dict(zip(("announced_min", "announced_max", "deadline_min", "deadline_max", "latest_article"), row))


# =============================================================================================
# 개요
# =============================================================================================


KPI_STATUSES = ("announced", "in_progress", "revised", "delayed", "achieved", "cancelled")


def kpis(con, f: Filters) -> dict[str, int]:
    """Headline numbers: how many commitments, per status, and how many fall due within 30 days.

    Counted per status (a handful of groups) and added up here, rather than as six
    `count(*) FILTER (status = …)` columns that compare every row's status six times.
    """
    p = _Params()
    judge = _judge(f, p)
    rows = con.execute(f"""{_with(f, p)}
        SELECT status, count(*) AS n,
               count(*) FILTER (status NOT IN ('achieved', 'cancelled')
                                AND deadline BETWEEN {judge} AND {judge} + 30) AS due_30,
               count(*) FILTER (editor_status IS NOT NULL) AS with_verdict,
               count(*) FILTER (deadline IS NULL) AS undated,
               count(*) FILTER (target_value IS NOT NULL) AS with_target
        FROM shown GROUP BY status""", p).fetchall()
    per = {code: 0 for code in KPI_STATUSES}
    out = {"total": 0, "due_30": 0, "with_verdict": 0, "undated": 0, "with_target": 0}
    for status, n, due_30, with_verdict, undated, with_target in rows:
        if status in per:
            per[status] += n
        for key, value in (("total", n), ("due_30", due_30), ("with_verdict", with_verdict),
                           ("undated", undated), ("with_target", with_target)):
            out[key] += value
    return {"total": out["total"], **per, **{k: out[k] for k in ("due_30", "with_verdict", "undated", "with_target")}}


def count(con, f: Filters) -> int:
    p = _Params()
    return int(con.execute(f"{_with(f, p)} SELECT count(*) FROM shown", p).fetchone()[0])


def status_by_ministry(con, f: Filters, limit: int = 25) -> pd.DataFrame:
    """(ministry, status, n) for the stacked bar; the `limit` busiest ministries, busiest first."""
    p = _Params()
    return _df(con, f"""{_with(f, p)},
        per AS (SELECT coalesce(ministry, '(부처 미상)') AS ministry, status, count(*) AS n FROM shown GROUP BY ALL),
        top AS (SELECT ministry, sum(n) AS total FROM per GROUP BY ministry ORDER BY total DESC, ministry {_limit(p, limit)})
        SELECT per.ministry, per.status, per.n, top.total
        FROM per JOIN top USING (ministry) ORDER BY top.total DESC, per.ministry, per.status""", p)


def upcoming(con, f: Filters, days: int = 90, limit: int = 20) -> pd.DataFrame:
    """Open commitments falling due in the next `days` days (from the as_of day or today)."""
    p = _Params()
    judge = _judge(f, p)
    return _df(con, f"""{_with(f, p)},
        picked AS (
            SELECT row_id, commitment_id, deadline, (deadline - {judge})::INTEGER AS days_left, ministry,
                   summary, target_value, target_unit, deadline_text, status
            FROM shown
            WHERE deadline BETWEEN {judge} AND {judge} + {p('days', int(days))}
              AND status NOT IN ('achieved', 'cancelled')
            ORDER BY deadline, row_id {_limit(p, limit)})
        SELECT p.* EXCLUDE (row_id), c.source_sentence
        FROM picked p JOIN source_sentences c USING (row_id) ORDER BY p.deadline, p.row_id""", p)


def recent_changes(con, f: Filters, limit: int = 20) -> pd.DataFrame:
    """The latest status moves of the filtered commitments: the rule's and the editors'.

    The newest rows are picked first from narrow columns; their sentences and summaries are
    fetched for those rows only.
    """
    p = _Params()
    judge = _judge(f, p)
    cut = f"AND since <= {judge}" if f.as_of else ""
    vcut = f"AND recorded_at < {judge}::DATE + INTERVAL 1 DAY" if f.as_of else ""
    n = _limit(p, limit)
    # Without filters every commitment is in scope: skip the semi-join (200,000 ids). The rule's
    # moves come from `status_moves` (etl/derived.py): integer keys to filter on, each branch
    # cut to its own newest rows first (the newest of a union are among the newest of each
    # part). The sentences are looked up for the picked rows only, in the in-memory copy
    # `move_sentences` (open_snapshot): joining `mentions` read all half a million of them.
    scoped = ""
    if f.active:
        scoped = ",\n        scope AS MATERIALIZED (SELECT row_id FROM shown)"
    scope = "commitment_row IN (SELECT row_id FROM scope)" if f.active else "TRUE"
    return _df(con, f"""{_with(f, p)}{scoped},
        moves AS MATERIALIZED (
            SELECT * FROM (
                (SELECT since AS day, commitment_id, status, 'rule' AS source, coalesce(reason, '') AS reason,
                        mention_row
                 FROM status_moves WHERE {scope} {cut}
                 ORDER BY day DESC, commitment_id, status {n})
                UNION ALL
                SELECT recorded_at::DATE, commitment_id, status, 'editor',
                       editor || ': ' || coalesce(note, ''), NULL
                FROM verdict_log WHERE {scope} {vcut})
            ORDER BY day DESC, commitment_id, status {n}),
        said AS (
            SELECT mention_row, sentence FROM move_sentences
            WHERE mention_row IN (SELECT mention_row FROM moves))
        SELECT m.day, m.commitment_id, c.ministry, c.summary, m.status, m.source, m.reason, s.sentence
        FROM moves m JOIN commitments c USING (commitment_id)
        LEFT JOIN said s USING (mention_row)
        ORDER BY m.day DESC, m.commitment_id, m.status""", p)


# =============================================================================================
# 약속 목록 / 약속 상세
# =============================================================================================

def commitments(con, f: Filters, limit: int | None = TABLE_LIMIT) -> pd.DataFrame:
    """The commitment table, newest announcement first; `limit=None` for the export.

    Mention counts are the build's, or — with `as_of` — recounted (only the mentions published
    by then), on integer keys. A page counts for its own rows only (`picked` is materialised:
    1,000 rows); the export counts for every commitment, since naming the whole filtered set
    twice would make DuckDB materialise it, which costs more than the count.
    """
    p = _Params()
    seen = ""
    count_cols = "mention_count, last_mentioned_at"
    if f.as_of:
        mine = "AND commitment_row IN (SELECT row_id FROM picked)" if limit is not None else ""
        seen = f""",
        seen AS (
            SELECT commitment_row AS row_id, count(*) AS n, max(published_at)::DATE AS last FROM article_mentions
            WHERE published_at < {_judge(f, p)}::DATE + INTERVAL 1 DAY {mine} GROUP BY commitment_row)"""
        count_cols = "coalesce(s.n, 0) AS mention_count, s.last AS last_mentioned_at"
    materialized = "MATERIALIZED " if f.as_of and limit is not None else ""
    return _df(con, f"""{_with(f, p)},
        picked AS {materialized}(
            SELECT row_id, commitment_id, ministry, category, summary, target_value, target_unit,
                   deadline, deadline_text, announced_at, status, rule_status, editor_status,
                   editor_note, person, mention_count, last_mentioned_at
            FROM shown ORDER BY announced_at DESC NULLS LAST, row_id {_limit(p, limit)}){seen}
        SELECT p.* EXCLUDE (row_id, mention_count, last_mentioned_at), {count_cols}
        FROM picked p {"LEFT JOIN seen s USING (row_id)" if f.as_of else ""}
        ORDER BY p.announced_at DESC NULLS LAST, p.row_id""", p)


def commitment(con, commitment_id: str, as_of: date | None = None) -> dict[str, Any] | None:
    """One commitment as the detail page shows it, or None when the id is not in this build."""
    p = _Params()
    frame = _df(con, f"""{_with(Filters(as_of=as_of), p)}
        SELECT * FROM shown WHERE commitment_id = {p('id', commitment_id)}""", p)
    return None if frame.empty else frame.iloc[0].to_dict()


def history(con, commitment_id: str, as_of: date | None = None) -> pd.DataFrame:
    """Every status the commitment went through, with the sentence that moved it.

    Rule rows come from the build; editors' verdicts from the live verdict file (the build's
    own copy of them, `source = 'editor'`, may be older and is left out).
    """
    p = _Params()
    cid = p("id", commitment_id)
    cut = f"AND h.since <= {p('as_of', as_of)}" if as_of else ""
    vcut = f"AND v.recorded_at < {p('as_of', as_of)}::DATE + INTERVAL 1 DAY" if as_of else ""
    return _df(con, f"""
        SELECT h.since, h.status, h.source, h.reason, m.sentence, m.kind, a.outlet, a.title, a.url
        FROM status_history h
        LEFT JOIN mentions m ON m.mention_id = h.mention_id
        LEFT JOIN articles a ON a.article_id = m.article_id
        WHERE h.commitment_id = {cid} AND h.source = 'rule' {cut}
        UNION ALL
        SELECT v.recorded_at::DATE, v.status, 'editor', v.editor || ': ' || coalesce(v.note, ''),
               NULL, NULL, NULL, NULL, NULL
        FROM verdict_log v WHERE v.commitment_id = {cid} {vcut}
        ORDER BY 1, 3 DESC""", p)


def mentions_of(con, commitment_id: str, as_of: date | None = None, limit: int = MENTION_LIMIT) -> pd.DataFrame:
    """Every sentence that made or reported on the commitment, oldest first, with its article."""
    p = _Params()
    cut = f"AND m.published_at < {p('as_of', as_of)}::DATE + INTERVAL 1 DAY" if as_of else ""
    return _df(con, f"""
        SELECT m.mention_id, m.published_at, m.kind, m.sentence, m.in_title, m.sentence_start,
               m.sentence_end, m.strength, m.cue, m.person, m.person_title, m.target_value,
               m.target_unit, m.reported_value, m.reported_unit, m.deadline, m.deadline_text, m.previous_deadline, m.quoted,
               a.article_id, a.title, a.outlet, a.url, a.byline, a.body
        FROM mentions m LEFT JOIN articles a USING (article_id)
        WHERE m.commitment_id = {p('id', commitment_id)} {cut}
        ORDER BY m.published_at NULLS LAST, m.mention_id {_limit(p, limit)}""", p)


def revisions_of(con, commitment_id: str) -> pd.DataFrame:
    p = _Params()
    return _df(con, f"""
        SELECT r.changed_at, r.target_value, r.target_unit, r.deadline, r.previous_deadline,
               r.deadline_text, m.sentence
        FROM revisions r LEFT JOIN mentions m USING (mention_id)
        WHERE r.commitment_id = {p('id', commitment_id)}
        ORDER BY r.changed_at NULLS FIRST""", p)


def links_of(con, commitment_id: str, limit: int = MENTION_LIMIT) -> pd.DataFrame:
    """Why each mention joined this commitment, and close candidates left for review."""
    p = _Params()
    return _df(con, f"""
        SELECT l.chosen, l.score, l.reasons, m.published_at, m.sentence, l.mention_id
        FROM links l LEFT JOIN mentions m USING (mention_id)
        WHERE l.commitment_id = {p('id', commitment_id)}
        ORDER BY l.chosen DESC, l.score DESC {_limit(p, limit)}""", p)


def verdicts_of(con, commitment_id: str) -> pd.DataFrame:
    """The editors' calls on this commitment, newest first (the first one is in force)."""
    p = _Params()
    return _df(con, f"""
        SELECT recorded_at, status, editor, note FROM verdict_log
        WHERE commitment_id = {p('id', commitment_id)} ORDER BY recorded_at DESC""", p)


# =============================================================================================
# 목표 추적
# =============================================================================================


def targets(con, f: Filters, limit: int | None = TABLE_LIMIT) -> pd.DataFrame:
    """Commitments with a numeric target: target, reported progress, how often it changed.

    Newest first; revision counts come precomputed (etl/derived.py).
    """
    p = _Params()
    return _df(con, f"""{_with(f, p)},
        picked AS (
            SELECT row_id, commitment_id, ministry, summary, target_value, target_unit, progress_value,
                   progress_ratio, deadline, status, announced_at
            FROM shown WHERE target_value IS NOT NULL
            ORDER BY announced_at DESC NULLS LAST, row_id {_limit(p, limit)})
        SELECT p.* EXCLUDE (row_id), coalesce(r.revision_count, 0) AS revision_count
        FROM picked p LEFT JOIN commitment_facts r USING (row_id)
        ORDER BY p.announced_at DESC NULLS LAST, p.row_id""", p)


def target_events(con, commitment_id: str, as_of: date | None = None) -> pd.DataFrame:
    """The numbers reported about one commitment over time, for the target-vs-progress chart.

    `role` is 'progress' for the sentences reporting an amount done (a count reached, or an
    achievement's figure) and 'target' for those that set, change or restate the goal.
    """
    p = _Params()
    cut = f"AND m.published_at < {p('as_of', as_of)}::DATE + INTERVAL 1 DAY" if as_of else ""
    return _df(con, f"""
        SELECT m.published_at::DATE AS day, m.kind,
               CASE WHEN m.reported_value IS NOT NULL OR m.kind = 'achieved' THEN 'progress'
                    ELSE 'target' END AS role,
               coalesce(m.reported_value, m.target_value) AS value,
               CASE WHEN m.reported_value IS NOT NULL THEN m.reported_unit ELSE m.target_unit END AS unit,
               m.deadline, m.previous_deadline,
               m.sentence, a.outlet, m.mention_id
        FROM mentions m LEFT JOIN articles a USING (article_id)
        WHERE m.commitment_id = {p('id', commitment_id)} AND m.published_at IS NOT NULL {cut}
        ORDER BY day, m.mention_id""", p)


# =============================================================================================
# 마감 일정
# =============================================================================================


def deadlines(con, f: Filters, limit: int | None = TABLE_LIMIT) -> pd.DataFrame:
    """Dated commitments in deadline order, with days left (negative: overdue)."""
    p = _Params()
    judge = _judge(f, p)
    return _df(con, f"""{_with(f, p)}
        SELECT commitment_id, deadline, (deadline - {judge})::INTEGER AS days_left, ministry, summary,
               target_value, target_unit, deadline_text, announced_at, status, person
        FROM shown WHERE deadline IS NOT NULL
        ORDER BY deadline, row_id {_limit(p, limit)}""", p)


def timeline(con, f: Filters, limit: int = TIMELINE_LIMIT) -> pd.DataFrame:
    """The `limit` dated commitments whose deadline is nearest the judging day, by deadline.

    One row per commitment, announcement → deadline, so bars never hide each other; the
    source sentence (for the hover) is fetched for those rows only.
    """
    p = _Params()
    judge = _judge(f, p)
    return _df(con, f"""{_with(f, p)},
        near AS (
            SELECT row_id, commitment_id, ministry, summary, announced_at, deadline, status, rule_status,
                   editor_status, deadline_text, target_value, target_unit
            FROM shown WHERE deadline IS NOT NULL
            ORDER BY abs(deadline - {judge}), row_id {_limit(p, limit)})
        SELECT n.* EXCLUDE (row_id), c.source_sentence
        FROM near n JOIN source_sentences c USING (row_id) ORDER BY n.deadline, n.commitment_id""", p)


def undated(con, f: Filters, limit: int = 50) -> pd.DataFrame:
    """Commitments without a date (event-anchored phrases such as '통과 이후 약 6개월')."""
    p = _Params()
    return _df(con, f"""{_with(f, p)}
        SELECT commitment_id, ministry, summary, deadline_text, status, announced_at
        FROM shown WHERE deadline IS NULL
        ORDER BY announced_at DESC NULLS LAST, commitment_id {_limit(p, limit)}""", p)


# =============================================================================================
# 부처별
# =============================================================================================


def ministry_table(con, f: Filters) -> pd.DataFrame:
    """Per ministry: commitments per status, share achieved, and whether the body still exists."""
    p = _Params()
    statuses = ", ".join(
        f"count(*) FILTER (status = '{code}') AS \"{code}\"" for code in
        ("announced", "in_progress", "revised", "delayed", "achieved", "cancelled")
    )
    return _df(con, f"""{_with(f, p)}
        SELECT coalesce(s.ministry, '(부처 미상)') AS ministry, count(*) AS total, {statuses},
               round(100.0 * count(*) FILTER (status = 'achieved') / count(*), 1) AS achieved_pct,
               any_value(m.valid_to) AS valid_to, any_value(m.successor) AS successor
        FROM shown s LEFT JOIN ministries m ON m.ministry = s.ministry
        GROUP BY 1 ORDER BY total DESC, 1""", p)


def terms(con, f: Filters) -> pd.DataFrame:
    """Commitments announced by each ministry during each head's term (officials table).

    Deputies (차관) are left out: the chart answers "what did this minister promise".
    """
    p = _Params()
    # Counted per head's row and status (two narrow keys), then named: grouping 200,000 joined
    # rows on the six name and date columns cost four times as much. The outer sum merges any
    # duplicate rows of `officials` as grouping on the names did.
    return _df(con, f"""{_with(f, p)},
        heads AS (
            SELECT row_number() OVER () AS head, person, title, ministry, term_start, term_end FROM officials
            WHERE title NOT LIKE '%차관%'),
        counted AS (
            SELECT h.head, s.status, count(*) AS n
            FROM heads h JOIN shown s ON s.ministry = h.ministry
                 AND s.announced_at >= coalesce(h.term_start, DATE '1900-01-01')
                 AND s.announced_at <= coalesce(h.term_end, DATE '9999-12-31')
            GROUP BY h.head, s.status)
        SELECT o.person, o.title, o.ministry, coalesce(m.short_name, o.ministry) AS short_name,
               o.term_start, o.term_end, c.status, sum(c.n)::BIGINT AS n
        FROM counted c JOIN heads o USING (head)
        LEFT JOIN ministries m ON m.ministry = o.ministry
        GROUP BY ALL ORDER BY o.ministry, o.term_start, o.person, c.status""", p)


def ministries(con) -> pd.DataFrame:
    """The reference table of bodies, renames and splits, for the 부처별 page."""
    return _df(con, """
        SELECT ministry, short_name, array_to_string(aliases, ', ') AS aliases, valid_from, valid_to, successor
        FROM ministries ORDER BY (valid_to IS NOT NULL), ministry""")


# =============================================================================================
# 기사
# =============================================================================================


def _article_dates(f: Filters, p: _Params, column: str) -> str:
    """Conditions on an article's publication date: the from/to filter and the as_of day."""
    conds = ["TRUE"]
    if f.announced_from:
        conds.append(f"{column} >= {p('pub_from', f.announced_from)}")
    if f.announced_to:
        conds.append(f"{column} < {p('pub_to', f.announced_to)}::DATE + INTERVAL 1 DAY")
    if f.as_of:
        conds.append(f"{column} < {p('as_of', f.as_of)}::DATE + INTERVAL 1 DAY")
    return " AND ".join(conds)


def _commitment_scope(f: Filters, p: _Params) -> str:
    """WITH clause for the commitments an article list is about (dates apply to articles)."""
    return _with(replace(f, announced_from=None, announced_to=None), p)


def articles(con, f: Filters, limit: int | None = TABLE_LIMIT) -> pd.DataFrame:
    """Articles newest first. The date filter applies to the publication date; the other
    filters keep the articles that mention a commitment they select.

    The page is sorted on narrow columns and titles are fetched for its rows only: carrying
    titles through the sort of a million articles costs ten times more. Mentions are read from
    `article_mentions` (etl/derived.py), whose integer keys group and join far faster than ids;
    `article_rank` orders ties as `article_id` does.

    With commitment filters the newest *mentions* are taken first (a top-N) and only those are
    grouped into articles, rather than every selected mention (150,000 for one ministry): an
    article's newest mention is where it first appears in that order, so the first `limit`
    articles among the newest mentions are the page. Should those mentions hold fewer articles
    than a page (many mentions per article), the whole selection is grouped instead — as it is
    when the page comes back empty (nothing matched: cheap either way).
    """
    if f.selects_commitments and limit is not None:
        take = max(int(limit), min(ARTICLE_CANDIDATES * int(limit), TOP_N_MAX))
        frame = _articles(con, f, limit, take)
        if not frame.empty and bool(frame["enough"].iloc[0]):
            return frame.drop(columns="enough")
    return _articles(con, f, limit)


# Mentions read per article of the page when the newest are taken first, and the largest LIMIT
# DuckDB still runs as a top-N (above it, a full sort: as slow as grouping everything).
ARTICLE_CANDIDATES = 4
TOP_N_MAX = 5000


def _articles(con, f: Filters, limit: int | None, take: int | None = None) -> pd.DataFrame:
    p = _Params()
    enough = ""
    if f.selects_commitments:
        matched = f"""
            SELECT article_rank, published_at, article_row FROM article_mentions
            WHERE commitment_row IN (SELECT row_id FROM shown) AND {_article_dates(f, p, 'published_at')}"""
        if take is not None:
            # The newest `take` mentions; `enough`: they hold a full page, or are all there are.
            matched += f"""
            ORDER BY published_at DESC NULLS LAST, article_rank LIMIT {p('take', int(take))}"""
            enough = f""",
               (SELECT count(DISTINCT article_rank) >= {p('limit', int(limit))} OR count(*) < $take
                FROM matched) AS enough"""
        picked = f"""{_commitment_scope(f, p)},
        matched AS ({matched}),
        picked AS (
            SELECT article_rank, max(published_at) AS published_at, any_value(article_row) AS row_id
            FROM matched
            GROUP BY article_rank ORDER BY published_at DESC NULLS LAST, article_rank {_limit(p, limit)}),"""
    else:
        picked = f"""WITH picked AS (
            SELECT a.row_id, a.published_at FROM articles a WHERE {_article_dates(f, p, 'a.published_at')}
            ORDER BY a.published_at DESC NULLS LAST, a.row_id {_limit(p, limit)}),"""
    return _df(con, f"""{picked}
        page AS (
            SELECT a.row_id, a.article_id, p.published_at, a.outlet, a.title, a.url, a.source_format
            FROM picked p JOIN articles a USING (row_id)),
        counted AS (
            SELECT article_row AS row_id, count(*) AS mentions FROM article_mentions
            WHERE article_row IN (SELECT row_id FROM page) GROUP BY article_row)
        SELECT g.* EXCLUDE (row_id), coalesce(c.mentions, 0) AS mentions{enough}
        FROM page g LEFT JOIN counted c USING (row_id)
        ORDER BY g.published_at DESC NULLS LAST, g.article_id""", p)


def articles_count(con, f: Filters) -> int:
    p = _Params()
    if f.selects_commitments:
        sql = f"""{_commitment_scope(f, p)}
            SELECT count(DISTINCT article_rank) FROM article_mentions
            WHERE commitment_row IN (SELECT row_id FROM shown) AND {_article_dates(f, p, 'published_at')}"""
    else:
        sql = f"SELECT count(*) FROM articles a WHERE {_article_dates(f, p, 'a.published_at')}"
    return int(con.execute(sql, p).fetchone()[0])


def article(con, article_id: str) -> dict[str, Any] | None:
    p = _Params()
    frame = _df(con, f"""
        SELECT article_id, url, outlet, title, published_at, updated_at, byline, reporter_email,
               body, source_path, source_format, flags, source_urls
        FROM articles WHERE article_id = {p('id', article_id)}""", p)
    return None if frame.empty else frame.iloc[0].to_dict()


def article_spans(con, article_id: str) -> pd.DataFrame:
    """The sentences extracted from one article, with their offsets and commitment."""
    p = _Params()
    return _df(con, f"""
        SELECT m.mention_id, m.in_title, m.sentence_start, m.sentence_end, m.kind, m.sentence,
               m.commitment_id, c.summary
        FROM mentions m LEFT JOIN commitments c USING (commitment_id)
        WHERE m.article_id = {p('id', article_id)} AND m.commitment_id IS NOT NULL  -- NULL: context, not shown
        ORDER BY m.in_title DESC, m.sentence_start""", p)


def removed_lines(con, article_id: str) -> pd.DataFrame:
    """What cleaning took out of the article, line by line, and why."""
    p = _Params()
    return _df(con, f"""
        SELECT line_no, reason, text FROM removed_lines
        WHERE article_id = {p('id', article_id)} ORDER BY line_no""", p)


# =============================================================================================
# 데이터
# =============================================================================================


def table_counts(con) -> dict[str, int]:
    """Rows per table — what the database holds at a glance."""
    names = ("articles", "mentions", "commitments", "status_history", "revisions", "links",
             "removed_lines", "ministries", "officials", "categories", "rejected_inputs", "etl_runs")
    sql = " UNION ALL ".join(f"SELECT '{n}', count(*) FROM {n}" for n in names)
    return dict(con.execute(sql).fetchall())


def runs(con, limit: int = 50) -> pd.DataFrame:
    p = _Params()
    return _df(con, f"""
        SELECT run_id, started_at, finished_at, files_seen, articles_added, articles_skipped,
               rejected, version, as_of
        FROM etl_runs ORDER BY run_id DESC {_limit(p, limit)}""", p)


def rejected(con, limit: int | None = TABLE_LIMIT) -> pd.DataFrame:
    p = _Params()
    return _df(con, f"""
        SELECT run_id, source_path, reason, detail FROM rejected_inputs
        ORDER BY run_id DESC, source_path {_limit(p, limit)}""", p)


def orphan_verdicts(con) -> pd.DataFrame:
    """Verdicts in force whose commitment this build no longer has (kept, never dropped)."""
    return _df(con, """
        SELECT v.commitment_id, arg_max(v.status, v.recorded_at) AS status,
               arg_max(v.note, v.recorded_at) AS note, arg_max(v.editor, v.recorded_at) AS editor,
               max(v.recorded_at) AS recorded_at
        FROM verdict_log v
        WHERE v.commitment_id NOT IN (SELECT commitment_id FROM commitments)
        GROUP BY v.commitment_id ORDER BY recorded_at DESC""")
