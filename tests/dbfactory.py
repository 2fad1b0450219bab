"""Synthetic tracker databases for tests and benchmarks, generated inside DuckDB.

`make_db(path, articles=…, commitments=…)` creates `path` from etl/schema.sql and fills every
table with plausible Korean rows. Everything bulky is one vectorised SQL statement per table
(no per-row Python), and every "random" choice is `hash(row, salt, seed)`, so the same seed gives
the same database whatever the thread count. 1,000,000 articles / 200,000 commitments take
about 45 s on two cores (most of it DuckDB compressing the article bodies), 300/80 under 1 s.

On top of the generated rows sit a few hand-written *story* commitments (DESIGN.md §5) with
stable ids, so tests can tell the stories: the GPU promise moved up from 2030 to 2026
(`msit-gpu-30000`), a commitment of 산업통상자원부 and one of its successor 산업통상부, the
기획재정부 split into 재정경제부 and 기획예산처, an overdue one, an event-anchored one. Their
articles are added beyond `articles`.

Rows are stored in the order lookups need (`removed_lines` by article, `mentions` by
commitment), which lets DuckDB's zone maps skip most of a table on the detail pages; the ETL
should write them the same way.

The data is internally consistent the way the dashboard relies on: a mention's sentence is
exactly `body[sentence_start:sentence_end]` of its article, `article_id` is the first 16 hex
digits of `content_hash`, a commitment's status is its last `status_history` row, ministries
are named as they were called on the day (a rename chain in `ministries.successor`).
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from pathlib import Path

import duckdb

from etl import derived

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "etl" / "schema.sql"

TODAY = date(2026, 3, 16)  # the sample corpus's last date; statuses are judged at it
START = date(2024, 12, 1)

# (ministry, short_name, aliases, english, kind, valid_from, valid_to, successor)
MINISTRIES = [
    ("과학기술정보통신부", "과기정통부", ["과기정통부", "과기부"], "Ministry of Science and ICT", "부", date(2017, 7, 26), None, None),
    ("산업통상자원부", "산업부", ["산업부", "산자부"], "Ministry of Trade, Industry and Energy", "부", date(2013, 3, 23), date(2025, 9, 30), "산업통상부"),
    ("산업통상부", "산업부", ["산업부"], "Ministry of Trade and Industry", "부", date(2025, 10, 1), None, None),
    ("중소벤처기업부", "중기부", ["중기부"], "Ministry of SMEs and Startups", "부", date(2017, 7, 26), None, None),
    ("방송통신위원회", "방통위", ["방통위"], "Korea Communications Commission", "위원회", date(2008, 2, 29), date(2025, 9, 30), "방송미디어통신위원회"),
    ("방송미디어통신위원회", "방미통위", ["방미통위"], "Korea Media and Communications Commission", "위원회", date(2025, 10, 1), None, None),
    ("기획재정부", "기재부", ["기재부"], "Ministry of Economy and Finance", "부", date(2008, 2, 29), date(2026, 1, 1), "재정경제부,기획예산처"),
    ("재정경제부", "재경부", ["재경부"], "Ministry of Finance and Economy", "부", date(2026, 1, 2), None, None),
    ("기획예산처", "예산처", ["예산처"], "Ministry of Planning and Budget", "처", date(2026, 1, 2), None, None),
    ("환경부", "환경부", [], "Ministry of Environment", "부", date(1994, 12, 24), date(2025, 9, 30), "기후에너지환경부"),
    ("기후에너지환경부", "기후부", ["기후부"], "Ministry of Climate, Energy and Environment", "부", date(2025, 10, 1), None, None),
    ("교육부", "교육부", [], "Ministry of Education", "부", date(2013, 3, 23), None, None),
    ("국토교통부", "국토부", ["국토부"], "Ministry of Land, Infrastructure and Transport", "부", date(2013, 3, 23), None, None),
    ("고용노동부", "노동부", ["노동부"], "Ministry of Employment and Labor", "부", date(2010, 7, 5), None, None),
    ("금융위원회", "금융위", ["금융위"], "Financial Services Commission", "위원회", date(2008, 2, 29), None, None),
    ("개인정보보호위원회", "개인정보위", ["개인정보위"], "Personal Information Protection Commission", "위원회", date(2020, 8, 5), None, None),
]

# Generation slots: a body through time. (slot, weight, name before, name after, second successor, switch day)
SLOTS = [
    (0, 30, "과학기술정보통신부", None, None, None),
    (1, 12, "산업통상자원부", "산업통상부", None, date(2025, 10, 1)),
    (2, 10, "중소벤처기업부", None, None, None),
    (3, 8, "방송통신위원회", "방송미디어통신위원회", None, date(2025, 10, 1)),
    (4, 10, "기획재정부", "재정경제부", "기획예산처", date(2026, 1, 2)),
    (5, 8, "환경부", "기후에너지환경부", None, date(2025, 10, 1)),
    (6, 5, "교육부", None, None, None),
    (7, 6, "국토교통부", None, None, None),
    (8, 4, "고용노동부", None, None, None),
    (9, 4, "금융위원회", None, None, None),
    (10, 3, "개인정보보호위원회", None, None, None),
]

CATEGORIES = [
    ("ai_infra", "AI 인프라", 1),
    ("telecom", "통신", 2),
    ("commercialization", "기술사업화", 3),
    ("ai_policy", "AI 정책", 4),
    ("industry", "산업", 5),
    ("startup", "창업·벤처", 6),
    ("fiscal", "재정", 7),
    ("climate", "기후·에너지", 8),
    ("other", "기타", 9),
]

# (object, category, unit, low, high, step, verb) — what a generated commitment promises.
OBJECTS = [
    ("GPU", "ai_infra", "장", 5000, 60000, 1000, "확보"),
    ("국가AI컴퓨팅센터", "ai_infra", "곳", 1, 3, 1, "구축"),
    ("AI 데이터센터", "ai_infra", "곳", 2, 20, 1, "유치"),
    ("알뜰폰 요금제", "telecom", "개", 10, 120, 5, "출시"),
    ("5G 기지국", "telecom", "개", 2000, 30000, 500, "구축"),
    ("기술사업화 전담조직", "commercialization", "개", 1, 12, 1, "설립"),
    ("공공기술 이전", "commercialization", "건", 100, 3000, 50, "달성"),
    ("AI 전문인재", "ai_policy", "명", 1000, 100000, 1000, "양성"),
    ("AI 기본법 하위법령", "ai_policy", "건", 3, 20, 1, "마련"),
    ("AI 팩토리", "industry", "곳", 50, 500, 10, "구축"),
    ("반도체 수출", "industry", "억 달러", 500, 2000, 50, "달성"),
    ("스타트업 해외 진출 지원", "startup", "곳", 100, 3000, 50, "지원"),
    ("벤처펀드 조성", "startup", "억원", 1000, 50000, 500, "완료"),
    ("AI 예산", "fiscal", "조원", 1, 15, 1, "편성"),
    ("온실가스 감축", "climate", "%", 10, 50, 1, "달성"),
    ("재생에너지 설비", "climate", "GW", 5, 80, 1, "보급"),
    ("공공데이터 개방", "other", "건", 100, 5000, 100, "완료"),
]

# (person, title, ministry, term_start, term_end) — heads and a deputy, invented except where the
# sample corpus's facts name them.
OFFICIALS = [
    ("유상임", "장관", "과학기술정보통신부", date(2024, 7, 19), date(2025, 7, 21)),
    ("배경훈", "부총리 겸 장관", "과학기술정보통신부", date(2025, 7, 22), None),
    ("류제명", "제2차관", "과학기술정보통신부", date(2025, 6, 20), None),
    ("한도윤", "장관", "산업통상자원부", date(2024, 1, 3), date(2025, 7, 20)),
    ("서지호", "장관", "산업통상자원부", date(2025, 7, 21), date(2025, 9, 30)),
    ("서지호", "장관", "산업통상부", date(2025, 10, 1), None),
    ("문하린", "장관", "중소벤처기업부", date(2024, 1, 1), date(2025, 7, 31)),
    ("정우석", "장관", "중소벤처기업부", date(2025, 8, 1), None),
    ("오세진", "위원장", "방송통신위원회", date(2024, 7, 31), date(2025, 9, 30)),
    ("임채원", "위원장", "방송미디어통신위원회", date(2025, 10, 1), None),
    ("강민재", "부총리 겸 장관", "기획재정부", date(2024, 12, 1), date(2025, 7, 21)),
    ("윤태호", "부총리 겸 장관", "기획재정부", date(2025, 7, 22), date(2026, 1, 1)),
    ("윤태호", "부총리 겸 장관", "재정경제부", date(2026, 1, 2), None),
    ("배수아", "장관", "기획예산처", date(2026, 1, 2), None),
    ("조현우", "장관", "환경부", date(2024, 7, 1), date(2025, 9, 30)),
    ("조현우", "장관", "기후에너지환경부", date(2025, 10, 1), None),
    ("신예린", "장관", "교육부", date(2024, 1, 1), None),
    ("황준서", "장관", "국토교통부", date(2024, 1, 1), None),
    ("권나은", "장관", "고용노동부", date(2024, 1, 1), None),
    ("남궁현", "위원장", "금융위원회", date(2024, 1, 1), None),
    ("백서윤", "위원장", "개인정보보호위원회", date(2024, 1, 1), None),
]

OUTLETS = [
    ("한빛경제", "hanbitbiz.example.kr"),
    ("미래일보", "miraeilbo.example.kr"),
    ("세종정책신문", "sejongpolicy.example.kr"),
    ("테크데일리코리아", "techdaily.example.kr"),
    ("누리뉴스", "nurinews.example.kr"),
    ("아침경제", "achimbiz.example.kr"),
    ("정보통신저널", "ictjournal.example.kr"),
]

# The object particle after a target ("3만 장을", "30개를"), by unit.
PARTICLE = {"장": "을", "곳": "을", "개": "를", "건": "을", "명": "을", "억 달러": "를", "억원": "을", "조원": "을", "%": "를", "GW": "를"}

FINAL_KINDS = ["progress", "progress", "progress", "revision", "revision", "achieved", "achieved", "delayed", "delayed", "cancelled"]


# Columns the factory fills, named in every INSERT so that columns the ETL adds later stay NULL.
COLUMNS = {
    "articles": "article_id, url, outlet, title, published_at, updated_at, byline, reporter_email, body, "
                "source_path, source_format, content_hash, source_urls, flags, extra, first_run_id",
    "removed_lines": "article_id, line_no, text, reason",
    "mentions": "mention_id, article_id, commitment_id, sentence, in_title, sentence_start, sentence_end, kind, "
                "extracted_kind, strength, cue, ministry, person, person_title, category, object, target_value, target_unit, "
                "target_text, target_approximate, deadline, deadline_text, deadline_precision, deadline_mod, "
                "previous_deadline, quoted, keywords, published_at",
    "commitments": "commitment_id, ministry, person, category, summary, object, target_value, target_unit, "
                   "deadline, deadline_text, deadline_precision, previous_deadline, announced_at, status, "
                   "status_since, progress_value, progress_ratio, mention_count, last_mentioned_at, "
                   "first_mention_id, source_sentence",
    "status_history": "commitment_id, status, since, mention_id, source, reason",
    "revisions": "commitment_id, mention_id, changed_at, target_value, target_unit, deadline, previous_deadline, deadline_text",
    "links": "mention_id, commitment_id, score, reasons, chosen",
    "ministries": "ministry, short_name, aliases, english, kind, valid_from, valid_to, successor",
    "officials": "person, title, ministry, term_start, term_end",
    "categories": "category, label, position",
    "rejected_inputs": "source_path, reason, detail, run_id",
    "etl_runs": "run_id, started_at, finished_at, files_seen, articles_added, articles_skipped, rejected, version, as_of, inputs",
}


def _cols(sql: str) -> str:
    """Expand `{COLUMNS['table']}` in a statement (plain text: the SQL holds format braces)."""
    return re.sub(r"\{COLUMNS\['(\w+)'\]\}", lambda m: COLUMNS[m[1]], sql)


def make_db(path: str | Path, *, articles: int = 300, commitments: int = 80, seed: int = 0,
            stories: bool = True, today: date = TODAY) -> Path:
    """Create (or replace) a tracker database at `path` and return the path.

    `articles` must be at least `commitments` (every commitment is made in some article; an
    article carries at most one generated mention). `articles=0, commitments=0, stories=False`
    gives a database with only the reference tables filled.
    """
    path = Path(path)
    if commitments and articles < commitments:
        raise ValueError("articles must be >= commitments (each article carries at most one mention)")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    Path(str(path) + ".wal").unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    try:
        con.execute(SCHEMA.read_text(encoding="utf-8"))
        _default_unknown_columns(con)
        _reference(con)
        _generated(con, articles=articles, commitments=commitments, seed=int(seed), today=today)
        if stories:
            _stories(con)
        _runs(con, articles=articles, seed=int(seed))
        # a progress report's figure is the count it reached (etl.extract keeps it apart from the target)
        con.execute("UPDATE mentions SET reported_value = target_value, reported_unit = target_unit, "
                    "target_value = NULL, target_unit = NULL WHERE kind = 'progress' AND target_value IS NOT NULL")
        derived.refresh(con)  # what every ETL build does last
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


def make_schema_only(path: str | Path) -> Path:
    """A database with the schema and not a single row (a first build that found nothing)."""
    path = Path(path)
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    try:
        con.execute(SCHEMA.read_text(encoding="utf-8"))
    finally:
        con.close()
    return path


# ---------------------------------------------------------------------------------------------


def _sql(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> None:
    """Run one statement with the named parameters it uses (DuckDB refuses extra ones)."""
    sql = _cols(sql)
    used = set(re.findall(r"\$(\w+)", sql))
    con.execute(sql, {k: v for k, v in (params or {}).items() if k in used})


TYPE_DEFAULTS = {"VARCHAR": "''", "BOOLEAN": "FALSE", "DATE": "DATE '1970-01-01'",
                 "TIMESTAMP": "TIMESTAMP '1970-01-01 00:00:00'", "VARCHAR[]": "[]::VARCHAR[]"}


def _default_unknown_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Give NOT NULL columns the factory does not know yet a neutral default.

    The schema grows with the ETL; a column added there should not break every dashboard test
    until this file learns it (the dashboard only reads the columns it names).
    """
    known = {t: {c.strip() for c in cols.split(",")} for t, cols in COLUMNS.items()}
    rows = con.execute("""SELECT table_name, column_name, data_type FROM duckdb_columns()
                          WHERE database_name = current_database() AND NOT is_nullable""").fetchall()
    for table, column, data_type in rows:
        if column in known.get(table, {column}):
            continue
        default = TYPE_DEFAULTS.get(data_type, "0")
        con.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" SET DEFAULT {default}')


def _reference(con: duckdb.DuckDBPyConnection) -> None:
    con.executemany(_cols("INSERT INTO ministries ({COLUMNS['ministries']}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), MINISTRIES)
    con.executemany(_cols("INSERT INTO categories ({COLUMNS['categories']}) VALUES (?, ?, ?)"), CATEGORIES)
    con.executemany(_cols("INSERT INTO officials ({COLUMNS['officials']}) VALUES (?, ?, ?, ?, ?)"), OFFICIALS)


def _generated(con: duckdb.DuckDBPyConnection, *, articles: int, commitments: int, seed: int, today: date) -> None:
    con.execute("CREATE TEMP TABLE g_slots (slot INT, lo INT, hi INT, before VARCHAR, after VARCHAR, after2 VARCHAR, switch DATE)")
    total, rows = 0, []
    for slot, weight, before, after, after2, switch in SLOTS:
        rows.append((slot, total, total + weight, before, after, after2, switch))
        total += weight
    con.executemany("INSERT INTO g_slots VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute("CREATE TEMP TABLE g_objects (obj INT, object VARCHAR, category VARCHAR, unit VARCHAR, lo INT, hi INT, step INT, verb VARCHAR, eul VARCHAR)")
    con.executemany("INSERT INTO g_objects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [(i, *o, PARTICLE[o[2]]) for i, o in enumerate(OBJECTS)])
    con.execute("CREATE TEMP TABLE g_outlets (o INT, outlet VARCHAR, domain VARCHAR)")
    con.executemany("INSERT INTO g_outlets VALUES (?, ?, ?)", [(i, *o) for i, o in enumerate(OUTLETS)])
    con.execute("CREATE TEMP TABLE g_kinds (k INT, kind VARCHAR)")
    con.executemany("INSERT INTO g_kinds VALUES (?, ?)", list(enumerate(FINAL_KINDS)))

    span = (today - START).days
    max_k = max(1, min(4, articles // commitments)) if commitments else 1
    params = {"seed": seed, "span": span, "start": START, "today": today, "maxk": max_k,
              "nslots": total, "nobj": len(OBJECTS), "nkinds": len(FINAL_KINDS), "nout": len(OUTLETS)}

    # One row per commitment with everything its mentions need.
    _sql(con, """
        CREATE TEMP TABLE g_c AS
        WITH base AS (
            SELECT i,
                   $start + (hash(i, 1, $seed) % ($span - 20))::INTEGER AS announced_at,
                   (hash(i, 2, $seed) % $nslots)::INTEGER AS pick,
                   (hash(i, 3, $seed) % $nobj)::INTEGER AS obj,
                   (hash(i, 4, $seed) % 100)::INTEGER AS r_target,
                   (hash(i, 5, $seed) % 100)::INTEGER AS r_deadline,
                   (90 + hash(i, 6, $seed) % 1400)::INTEGER AS horizon,
                   1 + (hash(i, 7, $seed) % $maxk)::INTEGER AS k_count,
                   (hash(i, 8, $seed) % $nkinds)::INTEGER AS final_pick,
                   (hash(i, 9, $seed) % 2)::INTEGER AS split_pick,
                   (hash(i, 10, $seed) % 1000)::INTEGER AS r_value
            FROM range(CAST($n AS BIGINT)) t(i)),
        named AS (
            SELECT b.*, s.slot,
                   CASE WHEN s.switch IS NULL OR b.announced_at < s.switch THEN s.before
                        WHEN s.after2 IS NOT NULL AND b.split_pick = 1 THEN s.after2 ELSE s.after END AS ministry,
                   o.object, o.category, o.unit, o.verb, o.eul,
                   CASE WHEN b.r_target < 85 THEN
                        greatest(o.step, round((o.lo + (b.r_value / 1000.0) * (o.hi - o.lo)) / o.step) * o.step)
                   END::DOUBLE AS target_value,
                   b.announced_at + b.horizon AS raw_deadline
            FROM base b JOIN g_slots s ON b.pick >= s.lo AND b.pick < s.hi JOIN g_objects o ON o.obj = b.obj),
        dated AS (
            SELECT n.*,
                   CASE WHEN r_deadline < 8 THEN NULL
                        WHEN r_deadline < 55 THEN make_date(year(raw_deadline), 12, 31)
                        WHEN r_deadline < 70 THEN last_day(make_date(year(raw_deadline), CASE WHEN month(raw_deadline) <= 6 THEN 6 ELSE 12 END, 1))
                        WHEN r_deadline < 85 THEN last_day(make_date(year(raw_deadline), 3 * quarter(raw_deadline), 1))
                        ELSE last_day(raw_deadline) END AS deadline0,
                   CASE WHEN r_deadline < 8 THEN 'event' WHEN r_deadline < 55 THEN 'year' WHEN r_deadline < 70 THEN 'half'
                        WHEN r_deadline < 85 THEN 'quarter' ELSE 'month' END AS precision
            FROM named n)
        SELECT d.*,
               CASE precision
                    WHEN 'event' THEN '관련 법 통과 이후 약 6개월'
                    WHEN 'year' THEN CASE WHEN year(deadline0) = year(announced_at) THEN '올해 안에'
                                          WHEN year(deadline0) = year(announced_at) + 1 THEN '내년까지'
                                          ELSE year(deadline0) || '년까지' END
                    WHEN 'half' THEN year(deadline0) || '년 ' || CASE WHEN month(deadline0) = 6 THEN '상반기' ELSE '하반기' END || '까지'
                    WHEN 'quarter' THEN year(deadline0) || '년 ' || quarter(deadline0) || '분기까지'
                    ELSE year(deadline0) || '년 ' || month(deadline0) || '월까지' END AS deadline_text0,
               CASE WHEN k_count > 1 THEN (SELECT kind FROM g_kinds WHERE k = final_pick) END AS final_kind,
               m.short_name,
               'c' || lpad(i::VARCHAR, 7, '0') AS commitment_id,
               (SELECT person FROM officials o WHERE o.ministry = d.ministry AND o.title NOT LIKE '%차관%'
                  AND d.announced_at BETWEEN o.term_start AND coalesce(o.term_end, DATE '9999-12-31') LIMIT 1) AS person
        FROM dated d JOIN ministries m ON m.ministry = d.ministry
    """, {**params, "n": commitments})

    # Revised commitments get a new deadline (moved up or pushed back a year) from the last mention.
    _sql(con, """
        CREATE TEMP TABLE g_c2 AS
        SELECT *,
               CASE WHEN final_kind = 'revision' AND deadline0 IS NOT NULL
                    THEN make_date(year(deadline0) + CASE WHEN i % 2 = 0 THEN -1 ELSE 1 END, 12, 31) END AS revised_deadline,
               target_value IS NOT NULL AS has_target,
               CASE WHEN target_value IS NULL THEN '' ELSE format('{:,}', target_value::BIGINT) || unit END AS target_text
        FROM g_c
    """)

    # One row per mention: k = 0 makes the commitment, the last one (if any) is its follow-up.
    _sql(con, """
        CREATE TEMP TABLE g_m AS
        WITH expanded AS (SELECT c.*, unnest(range(k_count)) AS k FROM g_c2 c),
        dated AS (
            SELECT e.*, (row_number() OVER (ORDER BY i, k) - 1)::BIGINT AS j,
                   announced_at + (k * (($today - announced_at) / k_count))::INTEGER AS day,
                   CASE WHEN k = 0 THEN 'new' WHEN k = k_count - 1 THEN final_kind ELSE 'progress' END AS kind
            FROM expanded e)
        SELECT d.*, printf('%016x', hash(d.j, 17, $seed)) AS mention_id,
               CASE d.kind
                   WHEN 'new' THEN d.ministry || '는 ' || coalesce(d.deadline_text0, '') || ' ' || d.object || ' '
                                   || CASE WHEN d.has_target THEN d.target_text || d.eul || ' ' ELSE '사업을 ' END || d.verb || '하겠다고 밝혔다.'
                   WHEN 'progress' THEN d.short_name || '는 ' || d.object || ' 사업이 계획대로 추진되고 있으며 '
                                   || CASE WHEN d.has_target THEN '현재 ' || format('{:,}', (d.target_value * (30 + d.r_value % 60) / 100)::BIGINT) || d.unit || d.eul || ' ' || d.verb || '했다' ELSE '연내 성과를 내겠다' END || '고 설명했다.'
                   WHEN 'revision' THEN d.short_name || '는 ' || d.object || ' 목표 시점을 ' || coalesce(year(d.deadline0)::VARCHAR, '미정') || '년에서 '
                                   || coalesce(year(d.revised_deadline)::VARCHAR, '미정') || '년으로 조정한다고 발표했다.'
                   WHEN 'achieved' THEN d.short_name || '는 ' || d.object || ' ' || CASE WHEN d.has_target THEN d.target_text || ' ' ELSE '' END || d.verb || ' 목표를 달성했다고 밝혔다.'
                   WHEN 'delayed' THEN d.object || ' ' || d.verb || ' 일정이 예정보다 늦어지고 있다고 ' || d.short_name || ' 관계자가 전했다.'
                   ELSE d.short_name || '는 ' || d.object || ' ' || d.verb || ' 계획을 사실상 철회했다.' END AS sentence,
               CASE WHEN d.kind = 'progress' AND d.has_target THEN d.target_value * (30 + d.r_value % 60) / 100
                    WHEN d.kind = 'progress' THEN NULL
                    ELSE d.target_value END AS m_value
        FROM dated d
    """, params)

    # Articles: article n carries mention n (if there is one), then a paragraph of context.
    _sql(con, """
        CREATE TEMP TABLE g_a AS
        WITH base AS (
            SELECT a.n, m.j, m.sentence, m.day, m.object, m.short_name, m.kind, m.verb,
                   (hash(a.n, 11, $seed) % $nout)::INTEGER AS o,
                   (hash(a.n, 12, $seed) % 600)::INTEGER AS minute,
                   coalesce(m.day, $start + (hash(a.n, 13, $seed) % $span)::INTEGER) AS pub_day
            FROM range(CAST($n AS BIGINT)) a(n) LEFT JOIN g_m m ON m.j = a.n),
        texts AS (
            SELECT b.*, g.outlet, g.domain,
                   CASE WHEN b.sentence IS NULL THEN '정부, ' || month(b.pub_day) || '월 경제정책 점검회의 개최'
                        ELSE b.short_name || ', ' || b.object || ' ' || b.verb || ' ' ||
                             CASE b.kind WHEN 'new' THEN '추진' WHEN 'progress' THEN '순항' WHEN 'revision' THEN '목표 조정'
                                         WHEN 'achieved' THEN '달성' WHEN 'delayed' THEN '지연' ELSE '철회' END END AS title,
                   coalesce(b.sentence || '\n\n', '')
                   || '이날 회의에는 관계부처 실무자들이 참석했다. 정부는 ' || month(b.pub_day) || '월 중 세부 계획을 보완해 '
                   || g.outlet || ' 등 언론에 공개할 예정이다.\n\n업계는 후속 조치의 속도에 주목하고 있다. (정리 번호 ' || b.n || ')' AS body
            FROM base b JOIN g_outlets g ON g.o = b.o)
        SELECT t.*, sha256(t.title || chr(10) || t.body) AS content_hash,
               (t.pub_day + INTERVAL 9 HOUR + to_minutes(t.minute::BIGINT)) AS published_at
        FROM texts t
    """, {**params, "n": articles})

    _sql(con, """
        INSERT INTO articles ({COLUMNS['articles']})
        SELECT left(content_hash, 16), 'https://' || domain || '/news/' || lpad(n::VARCHAR, 8, '0'), outlet, title,
               published_at, CASE WHEN n % 5 = 0 THEN published_at + INTERVAL 2 HOUR END,
               '홍길동 기자', 'gildong@' || domain,
               body, 'data/articles/synthetic/' || lpad(n::VARCHAR, 8, '0') || CASE n % 4 WHEN 0 THEN '.html' WHEN 1 THEN '.jsonl#L' || (n % 50 + 1) WHEN 2 THEN '.xlsx#row' || (n % 90 + 2) ELSE '.txt' END,
               CASE n % 4 WHEN 0 THEN 'html' WHEN 1 THEN 'jsonl' WHEN 2 THEN 'bigkinds' ELSE 'text' END,
               content_hash, ['https://www.korea.kr/briefing/' || n], CASE WHEN n % 4 = 2 THEN ['excerpt'] ELSE [] END,
               NULL, 1 + (n % 3)
        FROM g_a ORDER BY content_hash
    """)

    _sql(con, """
        INSERT INTO removed_lines ({COLUMNS['removed_lines']})
        SELECT article_id, line_no, text, reason FROM (
            SELECT left(content_hash, 16) AS article_id, 2 AS line_no,
                   '입력 ' || strftime(published_at, '%Y-%m-%d %H:%M') AS text, 'dateline' AS reason FROM g_a
            UNION ALL
            SELECT left(content_hash, 16), 4, outlet || ' 광고 이미지', 'ad' FROM g_a WHERE n % 3 = 0
            UNION ALL
            SELECT left(content_hash, 16), 9, '홍길동 기자 gildong@' || domain, 'byline' FROM g_a
            UNION ALL
            SELECT left(content_hash, 16), 10, 'ⓒ ' || outlet || ', 무단전재 및 재배포 금지', 'copyright' FROM g_a)
        ORDER BY article_id, line_no
    """)

    _sql(con, """
        INSERT INTO mentions ({COLUMNS['mentions']})
        SELECT m.mention_id, left(a.content_hash, 16), m.commitment_id, m.sentence,
               FALSE, 0, length(m.sentence), m.kind, m.kind,
               CASE m.kind WHEN 'new' THEN 'planned' ELSE 'reported' END,
               CASE m.kind WHEN 'new' THEN '하겠다' WHEN 'progress' THEN '추진' WHEN 'revision' THEN '조정'
                           WHEN 'achieved' THEN '달성' WHEN 'delayed' THEN '늦어지' ELSE '철회' END,
               m.ministry, m.person, CASE WHEN m.person IS NOT NULL THEN '장관' END, m.category, m.object,
               m.m_value, CASE WHEN m.m_value IS NOT NULL THEN m.unit END,
               CASE WHEN m.m_value IS NOT NULL THEN format('{:,}', m.m_value::BIGINT) || m.unit END, FALSE,
               CASE WHEN m.kind = 'revision' THEN m.revised_deadline WHEN m.kind = 'new' THEN m.deadline0 END,
               CASE WHEN m.kind = 'revision' THEN year(m.revised_deadline) || '년까지' WHEN m.kind = 'new' THEN m.deadline_text0 END,
               CASE WHEN m.kind IN ('new', 'revision') THEN m.precision END,
               CASE WHEN m.kind IN ('new', 'revision') AND m.precision <> 'event' THEN 'BY' END,
               CASE WHEN m.kind = 'revision' THEN m.deadline0 END,
               m.j % 7 = 0, [m.object, m.verb], a.published_at
        FROM g_m m JOIN g_a a ON a.n = m.j
        ORDER BY m.commitment_id, m.k
    """)

    _sql(con, """
        CREATE TEMP TABLE g_ids AS
        SELECT commitment_id, k, kind, day, mention_id FROM g_m
    """)

    # Status history: made; the follow-up's status; 기한 경과 when the deadline passed unmet.
    _sql(con, """
        INSERT INTO status_history ({COLUMNS['status_history']})
        SELECT commitment_id, 'announced', day, mention_id, 'rule', '첫 보도' FROM g_ids WHERE k = 0
        UNION ALL
        SELECT i.commitment_id,
               CASE i.kind WHEN 'progress' THEN 'in_progress' WHEN 'revision' THEN 'revised' ELSE i.kind END,
               i.day, i.mention_id, 'rule', '후속 보도: ' || i.kind
        FROM g_ids i JOIN g_c2 c USING (commitment_id) WHERE i.k > 0 AND i.k = c.k_count - 1
        UNION ALL
        SELECT c.commitment_id, 'delayed', coalesce(c.revised_deadline, c.deadline0) + 1, NULL, 'rule',
               '기한 경과 (' || strftime(coalesce(c.revised_deadline, c.deadline0), '%Y-%m-%d') || ')'
        FROM g_c2 c
        WHERE coalesce(c.revised_deadline, c.deadline0) < $today
          AND coalesce(c.final_kind, 'new') NOT IN ('achieved', 'cancelled', 'delayed')
    """, {"today": today})

    _sql(con, """
        INSERT INTO revisions ({COLUMNS['revisions']})
        SELECT i.commitment_id, i.mention_id, i.day, c.target_value, c.unit,
               CASE WHEN i.k = 0 THEN c.deadline0 ELSE c.revised_deadline END,
               CASE WHEN i.k = 0 THEN NULL ELSE c.deadline0 END,
               CASE WHEN i.k = 0 THEN c.deadline_text0 ELSE year(c.revised_deadline) || '년까지' END
        FROM g_ids i JOIN g_c2 c USING (commitment_id)
        WHERE i.k = 0 OR (i.kind = 'revision' AND i.k = c.k_count - 1)
    """)

    _sql(con, """
        INSERT INTO commitments ({COLUMNS['commitments']})
        WITH last AS (SELECT commitment_id, arg_max(status, since) AS status, max(since) AS since
                      FROM status_history GROUP BY commitment_id),
             seen AS (SELECT g_ids.commitment_id, count(*) AS n, max(g_ids.day) AS last_day,
                             arg_min(g_ids.mention_id, g_ids.k) AS first_mention,
                             arg_max(g_m.m_value, g_m.k) FILTER (g_m.kind IN ('progress', 'achieved')) AS progress
                      FROM g_ids JOIN g_m ON g_m.commitment_id = g_ids.commitment_id AND g_m.k = g_ids.k
                      GROUP BY g_ids.commitment_id)
        SELECT c.commitment_id, c.ministry, c.person, c.category,
               c.object || ' ' || CASE WHEN c.has_target THEN c.target_text || ' ' ELSE '' END || c.verb,
               c.object, c.target_value, CASE WHEN c.has_target THEN c.unit END,
               coalesce(c.revised_deadline, c.deadline0),
               CASE WHEN c.revised_deadline IS NOT NULL THEN year(c.revised_deadline) || '년까지' ELSE c.deadline_text0 END,
               c.precision, CASE WHEN c.revised_deadline IS NOT NULL THEN c.deadline0 END,
               c.announced_at, l.status, l.since, s.progress,
               CASE WHEN c.target_value > 0 THEN s.progress / c.target_value END,
               s.n, s.last_day, s.first_mention,
               (SELECT sentence FROM g_m WHERE g_m.commitment_id = c.commitment_id AND g_m.k = 0)
        FROM g_c2 c JOIN last l USING (commitment_id) JOIN seen s USING (commitment_id)
    """)

    _sql(con, """
        INSERT INTO links ({COLUMNS['links']})
        SELECT i.mention_id, i.commitment_id, 0.55 + (hash(i.mention_id, 14) % 45) / 100.0,
               '같은 부처; 공통어 ' || c.object || CASE WHEN c.has_target THEN '; 단위 ' || c.unit ELSE '' END, TRUE
        FROM g_ids i JOIN g_c2 c USING (commitment_id)
        UNION ALL
        SELECT i.mention_id, 'c' || lpad(((c.i + 1) % $n)::VARCHAR, 7, '0'), 0.3 + (hash(i.mention_id, 15) % 20) / 100.0,
               '같은 분야; 공통어 일부', FALSE
        FROM g_ids i JOIN g_c2 c USING (commitment_id) WHERE hash(i.mention_id, 16) % 10 = 0
    """, {"n": max(commitments, 1)})

    for table in ("g_ids", "g_a", "g_m", "g_c2", "g_c", "g_kinds", "g_outlets", "g_objects", "g_slots"):
        con.execute(f"DROP TABLE {table}")


def _runs(con: duckdb.DuckDBPyConnection, *, articles: int, seed: int) -> None:
    _sql(con, """
        INSERT INTO etl_runs ({COLUMNS['etl_runs']}) VALUES
        (1, TIMESTAMP '2026-03-01 02:00:00', TIMESTAMP '2026-03-01 02:04:10', $a1 + 3, $a1, 0, 3, 'synthetic', DATE '2026-03-01', ['data/articles']),
        (2, TIMESTAMP '2026-03-08 02:00:00', TIMESTAMP '2026-03-08 02:01:02', $a2 + $a1, $a2, $a1, 2, 'synthetic', DATE '2026-03-08', ['data/articles']),
        (3, TIMESTAMP '2026-03-16 02:00:00', TIMESTAMP '2026-03-16 02:01:40', $a3 + $a2 + $a1, $a3, $a1 + $a2, 0, 'synthetic', DATE '2026-03-16', ['data/articles', 'data/uploads/2026-03-16'])
    """, {"a1": articles // 2, "a2": articles // 3, "a3": articles - articles // 2 - articles // 3})
    _sql(con, """
        INSERT INTO rejected_inputs ({COLUMNS['rejected_inputs']})
        SELECT 'data/articles/rejected/' || lpad(n::VARCHAR, 5, '0') || ext, reason, detail, run_id
        FROM (SELECT n,
                     ['.xlsx', '.txt', '.txt', '.png', '.jsonl'][n % 5 + 1] AS ext,
                     ['bad_columns', 'empty', 'encoding', 'binary', 'bad_json'][n % 5 + 1] AS reason,
                     ['필요한 열(제목, 본문)이 없습니다 / missing columns', '빈 파일입니다 / empty file',
                      '문자 인코딩을 알 수 없습니다 / undecodable text', '이미지 파일입니다 / binary file',
                      '3번째 줄의 JSON 형식 오류 / malformed JSON line 3'][n % 5 + 1] AS detail,
                     1 + n % 3 AS run_id
              FROM range(CAST($n AS BIGINT)) t(n))
    """, {"n": max(5, articles // 1000)})


# ---------------------------------------------------------------------------------------------
# Story commitments (DESIGN.md §5), hand-written so tests can name them
# ---------------------------------------------------------------------------------------------

STORY_ARTICLES = [
    # (key, published_at, outlet, title, paragraphs before, sentence, paragraphs after)
    ("gpu-new", datetime(2024, 12, 23, 10, 20), "한빛경제", "과기정통부, GPU 3만 장 확보 2026년으로 앞당긴다",
     "유상임 과학기술정보통신부 장관은 23일 정부서울청사에서 열린 간담회에서 AI 컴퓨팅 인프라 계획을 설명했다.",
     "유상임 과학기술정보통신부 장관은 2030년까지로 잡았던 GPU 3만 장 확보 계획을 2026년까지 앞당기겠다고 밝혔다.",
     "글로벌 기업들은 10만장, 20만장씩 GPU를 확보하고 있다. 자료: <b>과기정통부</b> & 업계"),
    ("gpu-progress", datetime(2025, 7, 28, 14, 0), "테크데일리코리아", "GPU 1만3136장 구매 사업자 선정",
     "과학기술정보통신부는 28일 첨단 GPU 확보 사업 결과를 발표했다.",
     "과학기술정보통신부는 GPU 1만3136장 구매 사업자로 NHN클라우드, 카카오, 네이버클라우드를 선정했다.",
     "정부는 연내 구매를 마칠 계획이다."),
    ("body-new", datetime(2024, 12, 23, 11, 0), "미래일보", "범부처 기술사업화 조직, 올해 안에 출범",
     "과학기술정보통신부는 기술사업화 체계 개편 방향을 내놓았다.",
     "과학기술정보통신부는 산업통상자원부, 중소벤처기업부 인력이 참여하는 범부처 기술사업화 조직을 올해 안에 출범시키겠다고 밝혔다.",
     "구체적인 인원 규모는 공개하지 않았다."),
    ("telecom-new", datetime(2024, 12, 23, 15, 30), "정보통신저널", "알뜰폰 활성화 대책, 내년 초 발표",
     "과학기술정보통신부는 통신비 부담 완화 방안을 검토하고 있다.",
     "과학기술정보통신부는 알뜰폰 활성화 대책을 포함한 통신 정책을 내년 초 발표하겠다고 밝혔다.",
     "업계는 도매대가 인하 폭에 주목하고 있다."),
    ("telecom-achieved", datetime(2025, 1, 15, 10, 0), "정보통신저널", "알뜰폰 활성화 대책 발표",
     "과학기술정보통신부는 15일 통신 시장 경쟁 촉진 방안을 내놨다.",
     "과학기술정보통신부는 알뜰폰 활성화 대책을 담은 통신 정책을 발표했다.",
     "알뜰폰 점유율 목표도 함께 제시했다."),
    ("dantong-new", datetime(2024, 12, 27, 9, 0), "누리뉴스", "단통법 폐지안 국회 통과",
     "단말기유통법 폐지안이 국회 본회의를 통과했다.",
     "방송통신위원회는 국회 통과 이후 약 6개월 뒤 시행령을 적용하겠다고 밝혔다.",
     "시행 시점은 공포 후 정해진다."),
    ("motie-new", datetime(2025, 5, 20, 10, 0), "세종정책신문", "산업부, 반도체 클러스터 전력망 2027년까지 구축",
     "산업통상자원부는 반도체 산업 지원 방안을 발표했다.",
     "산업통상자원부는 2027년까지 반도체 클러스터 전력망 3곳을 구축하겠다고 밝혔다.",
     "송전선로 인허가 기간도 단축한다."),
    ("motie-progress", datetime(2025, 11, 10, 10, 0), "세종정책신문", "산업통상부, 반도체 전력망 착공",
     "산업통상부는 10일 반도체 클러스터 전력망 1곳의 착공식을 열었다.",
     "산업통상부는 반도체 클러스터 전력망 구축 사업이 계획대로 진행되고 있다고 밝혔다.",
     "나머지 2곳은 내년 착공한다."),
    ("mti-new", datetime(2025, 11, 12, 9, 30), "아침경제", "산업통상부, AI 팩토리 100곳 내년까지 구축",
     "산업통상부는 제조 AI 전환 전략을 발표했다.",
     "산업통상부는 내년까지 AI 팩토리 100곳을 구축하겠다고 밝혔다.",
     "중소 제조기업을 우선 지원한다."),
    ("moef-new", datetime(2025, 8, 29, 11, 0), "아침경제", "내년 예산안, GPU 1만5000장 추가 구매",
     "기획재정부는 2026년 예산안을 발표했다.",
     "기획재정부는 내년에 GPU 1만5000장을 추가로 구매하겠다고 밝혔다.",
     "AI 분야 예산은 10조1000억원이다."),
    ("mofe-new", datetime(2026, 1, 9, 10, 0), "한빛경제", "재정경제부, 경제성장전략 발표",
     "재정경제부는 2026년 경제성장전략을 발표했다.",
     "재정경제부는 연내 국가AI컴퓨팅센터 착공을 마치겠다고 밝혔다.",
     "특수목적법인 설립도 함께 추진한다."),
    ("mpb-new", datetime(2026, 2, 2, 10, 0), "미래일보", "기획예산처, 재정사업 성과평가 개편",
     "기획예산처는 재정사업 성과관리 개편안을 내놨다.",
     "기획예산처는 상반기까지 재정사업 성과평가 체계 개편안을 마련하겠다고 밝혔다.",
     "평가 결과는 예산 편성에 반영한다."),
]

# (commitment_id, ministry, person, category, summary, object, target, unit, deadline, deadline_text,
#  precision, previous_deadline, announced_at, status, status_since, progress, [(article key, kind)],
#  status history [(status, since, article key or None, reason)])
STORY_COMMITMENTS = [
    ("msit-gpu-30000", "과학기술정보통신부", "유상임", "ai_infra", "GPU 3만 장 확보", "GPU", 30000.0, "장",
     date(2026, 12, 31), "2026년까지", "year", date(2030, 12, 31), date(2024, 12, 23), "in_progress", date(2025, 7, 28), 13136.0,
     [("gpu-new", "new", 30000.0), ("gpu-progress", "progress", 13136.0)],
     [("announced", date(2024, 12, 23), "gpu-new", "첫 보도"), ("in_progress", date(2025, 7, 28), "gpu-progress", "후속 보도: progress")]),
    ("msit-commercialization-body", "과학기술정보통신부", "유상임", "commercialization", "범부처 기술사업화 조직 출범", "기술사업화 조직", None, None,
     date(2024, 12, 31), "올해 안에", "year", None, date(2024, 12, 23), "delayed", date(2025, 1, 1), None,
     [("body-new", "new", None)],
     [("announced", date(2024, 12, 23), "body-new", "첫 보도"), ("delayed", date(2025, 1, 1), None, "기한 경과 (2024-12-31)")]),
    ("msit-telecom-policy-2025", "과학기술정보통신부", "유상임", "telecom", "알뜰폰 활성화 대책 포함 통신 정책 발표", "통신 정책", None, None,
     date(2025, 3, 31), "내년 초", "quarter", None, date(2024, 12, 23), "achieved", date(2025, 1, 15), None,
     [("telecom-new", "new", None), ("telecom-achieved", "achieved", None)],
     [("announced", date(2024, 12, 23), "telecom-new", "첫 보도"), ("achieved", date(2025, 1, 15), "telecom-achieved", "후속 보도: achieved")]),
    ("dantong-repeal-decree", "방송통신위원회", "오세진", "telecom", "단통법 폐지 후 시행령 적용", "단통법 시행령", None, None,
     None, "국회 통과 이후 약 6개월", "event", None, date(2024, 12, 27), "announced", date(2024, 12, 27), None,
     [("dantong-new", "new", None)],
     [("announced", date(2024, 12, 27), "dantong-new", "첫 보도")]),
    ("motie-grid-3", "산업통상자원부", "한도윤", "industry", "반도체 클러스터 전력망 3곳 구축", "반도체 클러스터 전력망", 3.0, "곳",
     date(2027, 12, 31), "2027년까지", "year", None, date(2025, 5, 20), "in_progress", date(2025, 11, 10), 1.0,
     [("motie-new", "new", 3.0), ("motie-progress", "progress", 1.0)],
     [("announced", date(2025, 5, 20), "motie-new", "첫 보도"), ("in_progress", date(2025, 11, 10), "motie-progress", "후속 보도: progress")]),
    ("mti-ai-factory-100", "산업통상부", "서지호", "industry", "AI 팩토리 100곳 구축", "AI 팩토리", 100.0, "곳",
     date(2026, 12, 31), "내년까지", "year", None, date(2025, 11, 12), "announced", date(2025, 11, 12), None,
     [("mti-new", "new", 100.0)],
     [("announced", date(2025, 11, 12), "mti-new", "첫 보도")]),
    ("moef-gpu-15000", "기획재정부", "윤태호", "fiscal", "GPU 1만5000장 추가 구매", "GPU", 15000.0, "장",
     date(2026, 12, 31), "내년에", "year", None, date(2025, 8, 29), "announced", date(2025, 8, 29), None,
     [("moef-new", "new", 15000.0)],
     [("announced", date(2025, 8, 29), "moef-new", "첫 보도")]),
    ("mofe-center-groundbreaking", "재정경제부", "윤태호", "ai_infra", "국가AI컴퓨팅센터 연내 착공", "국가AI컴퓨팅센터", None, None,
     date(2026, 12, 31), "연내", "year", None, date(2026, 1, 9), "announced", date(2026, 1, 9), None,
     [("mofe-new", "new", None)],
     [("announced", date(2026, 1, 9), "mofe-new", "첫 보도")]),
    ("mpb-evaluation-reform", "기획예산처", "배수아", "fiscal", "재정사업 성과평가 체계 개편안 마련", "성과평가 체계", None, None,
     date(2026, 6, 30), "상반기까지", "half", None, date(2026, 2, 2), "announced", date(2026, 2, 2), None,
     [("mpb-new", "new", None)],
     [("announced", date(2026, 2, 2), "mpb-new", "첫 보도")]),
]

STORY_IDS = [c[0] for c in STORY_COMMITMENTS]


def story_article_id(key: str) -> str:
    return _story_article(key)["article_id"]


def _story_article(key: str) -> dict:
    for k, published, outlet, title, before, sentence, after in STORY_ARTICLES:
        if k == key:
            body = f"{before}\n\n{sentence}\n\n{after}"
            digest = hashlib.sha256(f"{title.strip()}\n{body.strip()}".encode("utf-8")).hexdigest()
            start = body.index(sentence)
            return {"key": k, "published_at": published, "outlet": outlet, "title": title, "body": body,
                    "sentence": sentence, "start": start, "end": start + len(sentence),
                    "content_hash": digest, "article_id": digest[:16]}
    raise KeyError(key)


def _stories(con: duckdb.DuckDBPyConnection) -> None:
    domains = dict(OUTLETS)
    for i, row in enumerate(STORY_ARTICLES):
        a = _story_article(row[0])
        con.execute(_cols("INSERT INTO articles ({COLUMNS['articles']}) VALUES (?, ?, ?, ?, ?, NULL, '김기자 기자', NULL, ?, ?, 'text', ?, [], [], NULL, 1)"),
            [a["article_id"], f"https://{domains[a['outlet']]}/news/story-{i}", a["outlet"], a["title"],
             a["published_at"], a["body"], f"data/articles/story/{a['key']}.txt", a["content_hash"]],
        )
        con.execute(_cols("INSERT INTO removed_lines ({COLUMNS['removed_lines']}) VALUES (?, 2, ?, 'dateline'), (?, 8, ?, 'copyright')"),
                    [a["article_id"], "입력 " + a["published_at"].strftime("%Y-%m-%d %H:%M"),
                     a["article_id"], f"ⓒ {a['outlet']}, 무단전재 및 재배포 금지"])
    for (cid, ministry, person, category, summary, obj, target, unit, deadline, deadline_text, precision,
         previous, announced, status, since, progress, mentions, history) in STORY_COMMITMENTS:
        mention_ids = {}
        for key, kind, value in mentions:
            a = _story_article(key)
            mid = hashlib.sha256(f"{a['article_id']}:b:{a['start']}".encode()).hexdigest()[:16]
            mention_ids[key] = mid
            con.execute(_cols("""INSERT INTO mentions ({COLUMNS['mentions']}) VALUES (?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, NULL, ?, ?, NULL, ?, ?, ?, ?, NULL, FALSE,
                   ?, ?, ?, 'BY', ?, FALSE, [], ?)"""),
                [mid, a["article_id"], cid, a["sentence"], a["start"], a["end"], kind, kind,
                 "planned" if kind == "new" else "reported", ministry, person if kind == "new" else None,
                 category, obj, value, unit if value is not None else None,
                 deadline if kind == "new" else None, deadline_text if kind == "new" else None,
                 precision if kind == "new" else None, previous if kind == "new" else None, a["published_at"]],
            )
            con.execute(_cols("INSERT INTO links ({COLUMNS['links']}) VALUES (?, ?, 0.92, '같은 부처; 공통어 ' || ?, TRUE)"), [mid, cid, obj])
        for st, day, key, reason in history:
            con.execute(_cols("INSERT INTO status_history ({COLUMNS['status_history']}) VALUES (?, ?, ?, ?, 'rule', ?)"),
                        [cid, st, day, mention_ids.get(key) if key else None, reason])
        first_key = mentions[0][0]
        con.execute(_cols("INSERT INTO revisions ({COLUMNS['revisions']}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    [cid, mention_ids[first_key], announced, target, unit, deadline, previous, deadline_text])
        last_day = max(_story_article(k)["published_at"].date() for k, _, _ in mentions)
        con.execute(_cols("INSERT INTO commitments ({COLUMNS['commitments']}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            [cid, ministry, person, category, summary, obj, target, unit, deadline, deadline_text, precision,
             previous, announced, status, since, progress,
             (progress / target) if (progress is not None and target) else None,
             len(mentions), last_day, mention_ids[first_key], _story_article(first_key)["sentence"]],
        )


if __name__ == "__main__":  # python -m tests.dbfactory OUT [articles] [commitments]
    import sys
    import time

    out = sys.argv[1] if len(sys.argv) > 1 else "data/synthetic.duckdb"
    n_articles = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    n_commitments = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    started = time.perf_counter()
    make_db(out, articles=n_articles, commitments=n_commitments)
    print(f"{out}: {n_articles:,} articles, {n_commitments:,} commitments in {time.perf_counter() - started:.1f} s")
