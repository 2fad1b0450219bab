"""Derived tables the dashboard reads instead of re-aggregating history on every click.

Why: at a million articles the 시점(as_of) views, the search box and the article list spent most
of their time regrouping `status_history`, `revisions` and `mentions` per request. These tables
hold the same answers precomputed (schema in etl/schema.sql, after the core tables):

- `commitment_states`: each commitment per span of days between two changes (a status or a
  revision), with the status, target and deadline in force — the `as_of` view becomes a filter.
  The values are computed with exactly the aggregates dashboard/queries.py used per request, at
  the first day of each span (nothing changes inside a span), so the answers are identical.
- `commitment_facts`: revisions per commitment, and one search text per commitment.
- `article_mentions`: linked mentions with integer keys for the article list.
- `status_moves`: the rule's status changes with integer keys for the 최근 변화 list.

`refresh(con)` recomputes all three from the core tables. It must run after the last write to
`commitments`, `status_history`, `revisions`, `mentions` and `articles` of a build (it records
`commitments.rowid`, stable because each build writes a fresh file), before the file is published.
"""

from __future__ import annotations

from etl import store

# Joins the fields of `commitment_facts.search_text`. A query containing it cannot be answered
# from the joined text (it could match across two sentences); the dashboard then searches the
# sentences themselves.
SEARCH_SEPARATOR = "\x1f"

DERIVED_TABLES = ("commitment_states", "commitment_facts", "article_mentions", "status_moves")
# Core tables read with their rowid (as `row_id`): commitments and articles to key the derived
# rows; status_history and revisions to break ties of a day in writing order.
ROW_ID_SOURCES = ("commitments", "articles", "status_history", "revisions", "mentions")


def refresh(con, *, views: bool = False) -> None:
    """Recompute every derived table from the core tables on `con`.

    `views`: the core tables are the dashboard's snapshot views, which already expose the rowid
    as `row_id` (the dashboard computes the tables in memory when it opens a file built before
    they existed); otherwise they are the database's own tables.
    """
    rows = {t: (t if views else f"(SELECT rowid AS row_id, * FROM {t})") for t in ROW_ID_SOURCES}
    for table in DERIVED_TABLES:
        con.execute(f"DELETE FROM {table}")
    # Stored in the order the pages read them (DuckDB's zone maps then skip the rest), sorted by
    # store.insert_sorted: the rows are too wide for DuckDB to sort within a build's memory cap.
    _states_in_slices(con, rows)
    store.insert_sorted(con, "commitment_states", "_derived", "valid_from, row_id")
    for table, select, order in (
            ("article_mentions", _ARTICLE_MENTIONS, "published_at DESC NULLS LAST, article_rank"),
            ("status_moves", _STATUS_MOVES, "since DESC, commitment_id")):
        con.execute(f"CREATE OR REPLACE TEMP TABLE _derived AS {select.format(**rows)}")
        store.insert_sorted(con, table, "_derived", order)
    con.execute("DROP TABLE _derived")
    _insert_facts(con, rows)


# Commitments whose states are worked out in one statement: the spans of 200,000 commitments,
# joined with their history, revisions and wide rows at once, do not fit a build's memory cap
# (DuckDB runs out of blocks to pin; measured on the 1,000,000-article dashboard database).
STATES_SLICE = 25_000


def _states_in_slices(con, rows: dict) -> None:
    """`commitment_states` rows into the temp table `_derived`, STATES_SLICE commitments (in row
    order) at a time."""
    starts = [row[0] for row in con.execute(
        f"SELECT min(row_id) FROM (SELECT row_id, row_number() OVER (ORDER BY row_id) - 1 AS n "
        f"FROM {rows['commitments']}) GROUP BY n // ? ORDER BY 1", [STATES_SLICE]).fetchall()] or [0]
    select = _STATES.format(**rows)
    con.execute(f"CREATE OR REPLACE TEMP TABLE _derived AS {select} LIMIT 0", [0, None])
    for start, end in zip(starts, starts[1:] + [None]):
        con.execute(f"INSERT INTO _derived {select}", [start, end])


def _insert_facts(con, rows: dict) -> None:
    """`commitment_facts` in row order, made for runs of commitments holding about
    store.SORT_SLICE mentions each: a row holds all its commitment's distinct sentences, and
    DuckDB holds every group's sentences in memory while it joins them (at 100,000 articles, more
    than a build's memory cap)."""
    # The first row of each run, worked out in DuckDB: the build does not fetch a row per commitment.
    starts = [row[0] for row in con.execute(
        f"SELECT min(row_id) FROM (SELECT c.row_id, sum(coalesce(n, 0)) OVER (ORDER BY c.row_id) AS held "
        f"FROM {rows['commitments']} c LEFT JOIN (SELECT commitment_id, count(*) AS n FROM mentions "
        "WHERE commitment_id IS NOT NULL GROUP BY ALL) USING (commitment_id)) "
        "GROUP BY (held - 1) // ? ORDER BY 1", [store.SORT_SLICE]).fetchall()]
    for start, end in zip(starts, starts[1:] + [None]):
        con.execute(_FACTS.format(**rows), [SEARCH_SEPARATOR, start, end])


# The span boundaries are the days a rule status starts and the days a revision is made; a span
# runs to the next boundary. `hist` is the last status up to the span's first day; `rev`, only
# for commitments revised after it, the target/deadline then in force (the last revision up to
# the day, or the deadline the first later revision replaced). Any day inside the span has the
# same rows on each side of `<= day` / `> day`, so one row answers the whole span. Two rows of
# the same day are ordered as written (the build writes each history in order: the later row is
# the one in force, as `commitments.status` is the last one).
# For the commitments from row $1 up to $2 (NULL: the last).
_STATES = """
WITH c AS (SELECT * FROM {commitments} WHERE row_id >= $1 AND ($2 IS NULL OR row_id < $2)),
days AS (
    SELECT commitment_id, DATE '-infinity' AS day FROM c
    UNION SELECT commitment_id, since FROM status_history
          WHERE source = 'rule' AND commitment_id IN (SELECT commitment_id FROM c)
    UNION SELECT commitment_id, changed_at FROM revisions
          WHERE changed_at IS NOT NULL AND commitment_id IN (SELECT commitment_id FROM c)),
spans AS (
    SELECT commitment_id, day AS valid_from,
           lead(day, 1, DATE 'infinity') OVER (PARTITION BY commitment_id ORDER BY day) AS valid_to
    FROM days),
hist AS (
    SELECT s.commitment_id, s.valid_from, arg_max(h.status, {{'day': h.since, 'seq': h.row_id}}) AS status,
           max(h.since) AS since
    FROM spans s JOIN {status_history} h
      ON h.commitment_id = s.commitment_id AND h.source = 'rule' AND h.since <= s.valid_from
    GROUP BY s.commitment_id, s.valid_from),
rev AS (
    SELECT s.commitment_id, s.valid_from,
           arg_max(r.deadline, {{'day': r.changed_at, 'seq': r.row_id}}) FILTER (r.changed_at <= s.valid_from) AS deadline_then,
           arg_max(r.deadline_text, {{'day': r.changed_at, 'seq': r.row_id}}) FILTER (r.changed_at <= s.valid_from) AS deadline_text_then,
           arg_max(r.target_value, {{'day': r.changed_at, 'seq': r.row_id}}) FILTER (r.changed_at <= s.valid_from) AS target_then,
           arg_min(r.previous_deadline, {{'day': r.changed_at, 'seq': r.row_id}}) FILTER (r.changed_at > s.valid_from) AS replaced
    FROM spans s JOIN {revisions} r ON r.commitment_id = s.commitment_id
    GROUP BY s.commitment_id, s.valid_from
    HAVING count(*) FILTER (r.changed_at > s.valid_from) > 0)
SELECT c.row_id, s.valid_from, s.valid_to, c.commitment_id, c.ministry, c.person, c.category, c.summary, c.object,
       CASE WHEN r.commitment_id IS NULL THEN c.target_value ELSE coalesce(r.target_then, c.target_value) END,
       c.target_unit,
       CASE WHEN r.commitment_id IS NULL THEN c.deadline ELSE coalesce(r.deadline_then, r.replaced, c.deadline) END,
       CASE WHEN r.commitment_id IS NULL THEN c.deadline_text WHEN r.deadline_then IS NOT NULL
            THEN r.deadline_text_then WHEN r.replaced IS NOT NULL THEN NULL ELSE c.deadline_text END,
       c.deadline_precision, c.previous_deadline, c.announced_at,
       coalesce(h.status, 'announced'), coalesce(h.since, c.announced_at),
       c.progress_value, c.progress_ratio, c.mention_count, c.last_mentioned_at,
       c.source_sentence, c.first_mention_id
FROM spans s JOIN c USING (commitment_id)
LEFT JOIN hist h ON h.commitment_id = s.commitment_id AND h.valid_from = s.valid_from
LEFT JOIN rev r ON r.commitment_id = s.commitment_id AND r.valid_from = s.valid_from
WHERE c.announced_at IS NOT NULL AND s.valid_to > c.announced_at
"""

# Each distinct sentence of the mentions linked to the commitment, whatever its date (the as_of
# search, which needs dates, reads `mentions`), for the commitments from row $2 up to $3 (NULL: the
# last). The text is only searched with contains() for a query without the separator, which
# matches inside one field: a sentence said again (wire copy, a promise restated for months) adds
# nothing, and the order of the fields does not matter. Each once, in code-point order: in the
# 100,000-article benchmark corpus a promise restated 48,455 times made one row of 6.8 MB.
_FACTS = """
INSERT INTO commitment_facts
WITH c AS (SELECT * FROM {commitments} WHERE row_id >= $2 AND ($3 IS NULL OR row_id < $3)),
said AS (
    SELECT commitment_id, string_agg(sentence, $1 ORDER BY sentence) AS sentences
    FROM (SELECT DISTINCT commitment_id, sentence FROM mentions WHERE commitment_id IN (SELECT commitment_id FROM c))
    GROUP BY commitment_id),
revised AS (SELECT commitment_id, count(*) AS n FROM revisions GROUP BY commitment_id)
SELECT c.row_id, c.commitment_id, coalesce(r.n, 0),
       concat_ws($1, coalesce(c.summary, ''), coalesce(c.person, ''), coalesce(c.ministry, ''), s.sentences)
FROM c LEFT JOIN said s USING (commitment_id) LEFT JOIN revised r USING (commitment_id)
ORDER BY c.row_id
"""

_ARTICLE_MENTIONS = """
WITH c AS (SELECT row_id, commitment_id FROM {commitments}),
a AS (SELECT row_id, article_id FROM {articles}),
m AS (SELECT commitment_id, article_id, published_at, dense_rank() OVER (ORDER BY article_id) AS article_rank
      FROM mentions WHERE commitment_id IS NOT NULL)
SELECT c.row_id, a.row_id, m.article_rank, m.published_at
FROM m LEFT JOIN c USING (commitment_id) LEFT JOIN a USING (article_id)
"""

_STATUS_MOVES = """
WITH c AS (SELECT row_id, commitment_id FROM {commitments}),
m AS (SELECT row_id, mention_id FROM {mentions})
SELECT c.row_id, h.commitment_id, h.since, h.status, h.reason, m.row_id
FROM status_history h LEFT JOIN c USING (commitment_id) LEFT JOIN m USING (mention_id)
WHERE h.source = 'rule'
"""
