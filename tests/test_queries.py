"""dashboard.queries against synthetic databases (tests/dbfactory.py): what a reporter's filter selects."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime, timedelta

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import queries as Q
from dashboard.queries import Filters
from etl import derived, store
from etl.derived import SEARCH_SEPARATOR
from etl.verdicts import Verdict
from tests.dbfactory import STORY_IDS, make_db, make_schema_only, story_article_id

@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("q") / "tracker.duckdb", articles=400, commitments=150, seed=1)


@pytest.fixture(scope="module")
def con(db):
    con = Q.open_snapshot(db)
    yield con
    con.close()


def ids(frame) -> set[str]:
    return set(frame["commitment_id"])


def raw(db, sql, params=()):
    with duckdb.connect(str(db), read_only=True) as c:
        return c.execute(sql, params).fetchall()


# ---------------------------------------------------------------------------------------------
# Filters ⇄ URL
# ---------------------------------------------------------------------------------------------

def get_all_from(params: dict):
    return lambda key: ([params[key]] if isinstance(params.get(key), str) else list(params.get(key, [])))


def test_filters_survive_the_url_round_trip():
    f = Filters(ministries=("과학기술정보통신부", "산업통상부"), categories=("ai_infra",), statuses=("delayed",),
                announced_from=date(2024, 12, 1), announced_to=date(2025, 3, 31), due_from=date(2026, 1, 1),
                due_to=date(2026, 12, 31), q="GPU 3만", as_of=date(2025, 6, 30))
    params = f.to_params()
    assert params["ministry"] == ["과학기술정보통신부", "산업통상부"]
    assert params["from"] == "2024-12-01"
    assert Filters.from_params(get_all_from(params)) == f


@pytest.mark.parametrize("text, end, expected", [
    ("2024-12-03", False, date(2024, 12, 3)),
    ("2024-12", False, date(2024, 12, 1)),
    ("2025-02", True, date(2025, 2, 28)),
    ("2025.03.01", False, date(2025, 3, 1)),
    ("2025-13-01", False, None),
    ("어제", False, None),
    ("", False, None),
])
def test_dates_in_the_url_read_the_way_reporters_write_them(text, end, expected):
    assert Q.parse_day(text, end=end) == expected


def test_month_range_in_the_url_covers_whole_months():
    f = Filters.from_params(get_all_from({"from": "2024-12", "to": "2025-03"}))
    assert (f.announced_from, f.announced_to) == (date(2024, 12, 1), date(2025, 3, 31))


def test_no_filter_means_every_commitment(con, db):
    total = raw(db, "SELECT count(*) FROM commitments")[0][0]
    assert Q.count(con, Filters()) == total
    assert len(Q.commitments(con, Filters(), limit=None)) == total


# ---------------------------------------------------------------------------------------------
# Ministries: canonical names, renames, splits, aliases
# ---------------------------------------------------------------------------------------------

def test_todays_ministry_includes_its_predecessor(con):
    rows = Q.commitments(con, Filters(ministries=("산업통상부",)), limit=None)
    assert set(rows["ministry"]) == {"산업통상부", "산업통상자원부"}
    assert {"motie-grid-3", "mti-ai-factory-100"} <= ids(rows)


def test_a_former_ministry_includes_its_successor(con):
    rows = Q.commitments(con, Filters(ministries=("방송통신위원회",)), limit=None)
    assert set(rows["ministry"]) <= {"방송통신위원회", "방송미디어통신위원회"}
    assert "dantong-repeal-decree" in ids(rows)


def test_a_split_ministry_brings_its_parent_but_not_its_sibling(con):
    rows = Q.commitments(con, Filters(ministries=("재정경제부",)), limit=None)
    assert "기획예산처" not in set(rows["ministry"])
    assert {"moef-gpu-15000", "mofe-center-groundbreaking"} <= ids(rows)
    parent = Q.commitments(con, Filters(ministries=("기획재정부",)), limit=None)
    assert {"재정경제부", "기획예산처", "기획재정부"} <= set(parent["ministry"])


def test_a_short_name_in_the_url_means_the_ministry(con):
    by_alias = Q.commitments(con, Filters(ministries=("과기정통부",)), limit=None)
    by_name = Q.commitments(con, Filters(ministries=("과학기술정보통신부",)), limit=None)
    assert ids(by_alias) == ids(by_name) and len(by_name) > 0


def test_an_unknown_ministry_selects_nothing(con):
    assert Q.count(con, Filters(ministries=("없는부",))) == 0


# ---------------------------------------------------------------------------------------------
# Story 1: the GPU promise
# ---------------------------------------------------------------------------------------------

def test_story_reporter_finds_the_gpu_promise(con):
    f = Filters(ministries=("과학기술정보통신부",), announced_from=date(2024, 12, 1), announced_to=date(2025, 3, 31))
    rows = Q.commitments(con, f)
    assert "msit-gpu-30000" in ids(rows)
    gpu = Q.commitment(con, "msit-gpu-30000")
    assert gpu["target_value"] == 30000 and gpu["target_unit"] == "장"
    assert gpu["deadline"].date() == date(2026, 12, 31)
    assert gpu["previous_deadline"].date() == date(2030, 12, 31)
    mentions = Q.mentions_of(con, "msit-gpu-30000")
    first = mentions.iloc[0]
    assert first["body"][first["sentence_start"]:first["sentence_end"]] == first["sentence"]
    assert "2026년까지 앞당기겠다" in first["sentence"]


@pytest.mark.parametrize("q, expected", [
    ("NHN클라우드", "msit-gpu-30000"),     # only in a follow-up sentence (mentions)
    ("앞당기겠다", "msit-gpu-30000"),       # in the source sentence
    ("유상임", "msit-gpu-30000"),           # the person
    ("알뜰폰 활성화", "msit-telecom-policy-2025"),  # the summary
    ("방송통신위", "dantong-repeal-decree"),  # part of the ministry's name
])
def test_korean_substring_search(con, q, expected):
    assert expected in ids(Q.commitments(con, Filters(q=q), limit=None))


def test_a_sentence_said_again_is_searched_once(tmp_path):
    """Wire copy repeats a sentence across outlets; the search text keeps one copy of it."""
    db = make_db(tmp_path / "again.duckdb", articles=60, commitments=20, seed=3)
    with duckdb.connect(str(db)) as c:
        commitment_id, sentence = c.execute(
            "SELECT commitment_id, sentence FROM mentions WHERE commitment_id IS NOT NULL LIMIT 1").fetchone()
        c.execute("INSERT INTO mentions SELECT * REPLACE (md5(mention_id) AS mention_id) FROM mentions "
                  "WHERE commitment_id = ? AND sentence = ?", [commitment_id, sentence])
        derived.refresh(c)
        (text,) = c.execute("SELECT search_text FROM commitment_facts WHERE commitment_id = ?", [commitment_id]).fetchone()
        said = {row[0] for row in c.execute("SELECT sentence FROM mentions WHERE commitment_id = ?", [commitment_id]).fetchall()}
    fields = text.split(SEARCH_SEPARATOR)[3:]  # after the summary, the person and the ministry
    assert fields.count(sentence) == 1 and set(fields) == said
    with Q.open_snapshot(db) as snapshot:
        assert commitment_id in ids(Q.commitments(snapshot, Filters(q=sentence[:12]), limit=None))


def test_search_text_is_a_parameter_not_sql(con, db):
    hostile = "'; DROP TABLE commitments; --"
    assert Q.count(con, Filters(q=hostile)) == 0
    assert Q.count(con, Filters(ministries=(hostile,))) == 0
    assert raw(db, "SELECT count(*) FROM commitments")[0][0] > 0


# ---------------------------------------------------------------------------------------------
# Status: judged at a day; as_of; editors' verdicts
# ---------------------------------------------------------------------------------------------

def test_a_deadline_past_without_achievement_is_delayed(con):
    body = Q.commitment(con, "msit-commercialization-body")
    assert body["rule_status"] == "delayed"
    telecom = Q.commitment(con, "msit-telecom-policy-2025")
    assert telecom["rule_status"] == "achieved"  # achieved before its deadline: stays achieved


def test_as_of_shows_what_was_known_that_day(con):
    day = date(2025, 3, 31)
    then = Q.commitments(con, Filters(as_of=day), limit=None)
    assert (then["announced_at"].dt.date <= day).all()
    assert "mti-ai-factory-100" not in ids(then)
    assert Q.commitment(con, "msit-gpu-30000", as_of=day)["status"] == "announced"
    assert Q.commitment(con, "msit-gpu-30000", as_of=date(2025, 8, 1))["status"] == "in_progress"
    assert Q.commitment(con, "msit-commercialization-body", as_of=date(2024, 12, 30))["status"] == "announced"
    assert Q.commitment(con, "msit-commercialization-body", as_of=day)["status"] == "delayed"


def test_as_of_before_a_revision_shows_the_old_deadline(con, db):
    row = raw(db, """SELECT r.commitment_id, r.changed_at, r.previous_deadline, r.deadline FROM revisions r
                     WHERE r.previous_deadline IS NOT NULL AND r.changed_at > (
                         SELECT announced_at FROM commitments c WHERE c.commitment_id = r.commitment_id) LIMIT 1""")
    assert row, "the factory makes revised commitments"
    cid, changed, previous, new = row[0]
    assert Q.commitment(con, cid, as_of=changed - timedelta(days=1))["deadline"].date() == previous
    assert Q.commitment(con, cid, as_of=changed)["deadline"].date() == new
    assert Q.commitment(con, cid)["deadline"].date() == new


def test_as_of_counts_only_mentions_published_by_then(con):
    rows = Q.commitments(con, Filters(as_of=date(2025, 1, 31), q="GPU 3만"), limit=None)
    gpu = rows[rows["commitment_id"] == "msit-gpu-30000"].iloc[0]
    assert gpu["mention_count"] == 1  # the July follow-up is not known yet


def verdict(cid, status, when, note="보도자료 확인", editor="김데스크"):
    return Verdict(cid, status, note, editor, when)


def test_an_editor_verdict_is_shown_and_the_rule_status_kept(db):
    con = Q.open_snapshot(db, [verdict("msit-gpu-30000", "achieved", datetime(2026, 3, 20, 9, 0))])
    gpu = Q.commitment(con, "msit-gpu-30000")
    assert (gpu["status"], gpu["rule_status"], gpu["editor_status"]) == ("achieved", "in_progress", "achieved")
    assert gpu["editor"] == "김데스크" and gpu["editor_note"] == "보도자료 확인"
    assert "msit-gpu-30000" in ids(Q.commitments(con, Filters(statuses=("achieved",)), limit=None))
    assert "msit-gpu-30000" not in ids(Q.commitments(con, Filters(statuses=("in_progress",)), limit=None))
    assert not Q.recent_changes(con, Filters(q="GPU 3만"))[lambda d: d["source"] == "editor"].empty


def test_the_newest_verdict_wins_and_as_of_ignores_later_ones(db):
    con = Q.open_snapshot(db, [
        verdict("msit-gpu-30000", "delayed", datetime(2025, 9, 1, 10, 0)),
        verdict("msit-gpu-30000", "achieved", datetime(2026, 3, 20, 10, 0)),
    ])
    assert Q.commitment(con, "msit-gpu-30000")["status"] == "achieved"
    assert Q.commitment(con, "msit-gpu-30000", as_of=date(2025, 12, 31))["status"] == "delayed"
    assert Q.commitment(con, "msit-gpu-30000", as_of=date(2025, 8, 1))["editor_status"] is None
    assert list(Q.verdicts_of(con, "msit-gpu-30000")["status"]) == ["achieved", "delayed"]


def test_verdicts_on_vanished_commitments_are_orphans(db):
    con = Q.open_snapshot(db, [verdict("gone-0001", "cancelled", datetime(2026, 1, 5)),
                               verdict("msit-gpu-30000", "achieved", datetime(2026, 1, 5))])
    orphans = Q.orphan_verdicts(con)
    assert list(orphans["commitment_id"]) == ["gone-0001"]
    assert Q.commitment(con, "gone-0001") is None


# ---------------------------------------------------------------------------------------------
# Aggregates agree with the detail rows
# ---------------------------------------------------------------------------------------------

FILTER_CASES = [
    Filters(),
    Filters(ministries=("과학기술정보통신부",)),
    Filters(ministries=("산업통상부", "기획재정부"), statuses=("delayed", "in_progress")),
    Filters(categories=("ai_infra", "telecom"), announced_from=date(2025, 1, 1)),
    Filters(due_from=date(2026, 1, 1), due_to=date(2027, 12, 31)),
    Filters(q="GPU"),
    Filters(as_of=date(2025, 6, 30)),
    Filters(as_of=date(2025, 6, 30), ministries=("산업통상부",), q="구축"),
]


@pytest.mark.parametrize("f", FILTER_CASES, ids=lambda f: ",".join(f.to_params()) or "none")
def test_aggregates_agree_with_rows(con, f):
    rows = Q.commitments(con, f, limit=None)
    assert Q.count(con, f) == len(rows)
    kpi = Q.kpis(con, f)
    assert kpi["total"] == len(rows)
    for code in ("announced", "in_progress", "revised", "delayed", "achieved", "cancelled"):
        assert kpi[code] == (rows["status"] == code).sum()
    assert Q.status_by_ministry(con, f, limit=100)["n"].sum() == len(rows)
    table = Q.ministry_table(con, f)
    assert table["total"].sum() == len(rows)
    dated = Q.deadlines(con, f, limit=None)
    assert len(dated) == len(rows) - kpi["undated"]
    assert list(dated["deadline"]) == sorted(dated["deadline"])
    assert len(Q.timeline(con, f)) == min(Q.TIMELINE_LIMIT, len(dated))
    assert set(Q.targets(con, f, limit=None)["commitment_id"]) == set(rows[rows["target_value"].notna()]["commitment_id"])
    assert Q.terms(con, f)["n"].sum() <= len(rows) * 2  # one head per body and day (deputies excluded)


@pytest.mark.parametrize("f", FILTER_CASES, ids=lambda f: ",".join(f.to_params()) or "none")
def test_every_page_query_runs(con, f):
    Q.upcoming(con, f, days=3650)
    Q.recent_changes(con, f)
    Q.undated(con, f)
    arts = Q.articles(con, f)
    assert Q.articles_count(con, f) >= len(arts)


def test_detail_tables_are_limited(con):
    assert len(Q.commitments(con, Filters(), limit=10)) == 10
    assert len(Q.articles(con, Filters(), limit=7)) == 7
    assert len(Q.deadlines(con, Filters(), limit=5)) == 5


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    ministries=st.lists(st.sampled_from(["과학기술정보통신부", "산업통상부", "기획재정부", "교육부"]), max_size=2, unique=True),
    statuses=st.lists(st.sampled_from(["announced", "in_progress", "delayed", "achieved"]), max_size=2, unique=True),
    q=st.sampled_from(["", "GPU", "구축", "AI"]),
    extra=st.sampled_from(["", "due", "from"]),
)
def test_adding_a_filter_never_adds_rows(con, ministries, statuses, q, extra):
    f = Filters(ministries=tuple(ministries), statuses=tuple(statuses), q=q)
    narrower = {"": f, "due": replace(f, due_to=date(2026, 12, 31)), "from": replace(f, announced_from=date(2025, 6, 1))}[extra]
    wide = ids(Q.commitments(con, f, limit=None))
    narrow = ids(Q.commitments(con, narrower, limit=None))
    assert narrow <= wide
    assert Q.count(con, narrower) == len(narrow)


@pytest.mark.parametrize("f", [Filters(), Filters(ministries=("과학기술정보통신부",)), Filters(q="GPU"),
                               Filters(as_of=date(2025, 6, 30), statuses=("in_progress",))],
                         ids=lambda f: ",".join(f.to_params()) or "none")
def test_recent_changes_are_the_newest_moves_with_their_sentences(con, db, f):
    changes = Q.recent_changes(con, f, limit=30)
    allowed = ids(Q.commitments(con, f, limit=None))
    moves = [(since, cid, status, sentence) for cid, since, status, sentence in raw(db, """
        SELECT h.commitment_id, h.since, h.status, m.sentence FROM status_history h
        LEFT JOIN mentions m USING (mention_id) WHERE h.source = 'rule'""")
        if cid in allowed and (f.as_of is None or since <= f.as_of)]
    newest = sorted(moves, key=lambda m: (-m[0].toordinal(), m[1], m[2]))[:30]
    got = [(d.date(), cid, status, None if pd.isna(s) else s)
           for d, cid, status, s in zip(changes["day"], changes["commitment_id"], changes["status"], changes["sentence"])]
    assert sorted(m[:3] for m in got) == sorted(m[:3] for m in newest)
    assert set(got) <= set(moves)
    assert (changes["source"] == "rule").all()


def test_terms_count_each_heads_commitments_by_status(con, db):
    rows = Q.commitments(con, Filters(), limit=None)
    announced = rows["announced_at"].dt.date
    expected: dict[tuple, int] = {}
    for person, title, ministry, start, end in raw(db, "SELECT person, title, ministry, term_start, term_end FROM officials"):
        if "차관" in title:
            continue
        inside = rows[(rows["ministry"] == ministry) & announced.notna()
                      & (announced >= (start or date.min)) & (announced <= (end or date.max))]
        for status, n in inside["status"].value_counts().items():
            key = (person, title, ministry, status)
            expected[key] = expected.get(key, 0) + int(n)
    got = {(r.person, r.title, r.ministry, r.status): r.n for r in Q.terms(con, Filters()).itertuples()}
    assert got == expected and expected


# ---------------------------------------------------------------------------------------------
# Articles and their text
# ---------------------------------------------------------------------------------------------

def test_articles_about_a_ministry_mention_its_commitments(con, db):
    f = Filters(ministries=("산업통상부",))
    arts = Q.articles(con, f, limit=None)
    assert len(arts) == Q.articles_count(con, f) > 0
    allowed = ids(Q.commitments(con, f, limit=None))
    for article_id in arts["article_id"]:
        spans = Q.article_spans(con, article_id)
        assert set(spans["commitment_id"]) & allowed


def test_article_dates_filter_publication(con):
    f = Filters(announced_from=date(2025, 1, 1), announced_to=date(2025, 1, 31))
    arts = Q.articles(con, f, limit=None)
    assert len(arts) == Q.articles_count(con, f)
    assert arts["published_at"].dt.date.between(date(2025, 1, 1), date(2025, 1, 31)).all()


@pytest.mark.parametrize("candidates", [Q.ARTICLE_CANDIDATES, 1])
def test_the_article_page_is_the_newest_articles_when_articles_have_several_mentions(tmp_path, monkeypatch, candidates):
    """queries.articles groups only the newest mentions into articles (or, when they hold too few
    articles, everything): with articles that mention several commitments, one mention dated
    differently, the page is still exactly the head of the whole list."""
    path = make_db(tmp_path / "multi.duckdb", articles=300, commitments=80, seed=3)
    with duckdb.connect(str(path)) as c:
        c.execute("""INSERT INTO article_mentions
            SELECT (commitment_row * 7 + k) % 80, article_row, article_rank,
                   CASE WHEN k = 2 THEN published_at - INTERVAL 3 DAY ELSE published_at END
            FROM article_mentions, range(1, 4) r(k) WHERE hash(article_rank, k) % 3 = 0""")
    con = Q.open_snapshot(path)
    assert con.execute("SELECT max(n) FROM (SELECT count(*) AS n FROM article_mentions GROUP BY article_rank)").fetchone()[0] > 1
    monkeypatch.setattr(Q, "ARTICLE_CANDIDATES", candidates)
    for f in (Filters(ministries=("과학기술정보통신부",)), Filters(q="GPU"), Filters(statuses=("in_progress", "delayed")),
              Filters(categories=("ai_infra",), announced_from=date(2025, 3, 1))):
        everything = Q.articles(con, f, limit=None)
        assert len(everything) == Q.articles_count(con, f) > 5
        for limit in (1, 5, 40, 1000):
            pd.testing.assert_frame_equal(Q.articles(con, f, limit=limit), everything.head(limit))


def test_article_spans_point_at_their_sentences(con):
    article = Q.article(con, story_article_id("gpu-new"))
    spans = Q.article_spans(con, article["article_id"])
    assert len(spans) == 1
    s = spans.iloc[0]
    assert article["body"][s["sentence_start"]:s["sentence_end"]] == s["sentence"]
    removed = Q.removed_lines(con, article["article_id"])
    assert set(removed["reason"]) == {"dateline", "copyright"}


def test_data_page_tables(con):
    counts = Q.table_counts(con)
    assert counts["commitments"] >= 150 + len(STORY_IDS) - 1
    assert list(Q.runs(con)["run_id"]) == [3, 2, 1]
    assert len(Q.rejected(con)) == counts["rejected_inputs"]


# ---------------------------------------------------------------------------------------------
# Databases that are empty, old, or replaced while open
# ---------------------------------------------------------------------------------------------

def test_an_empty_database_answers_every_query(tmp_path):
    con = Q.open_snapshot(make_schema_only(tmp_path / "empty.duckdb"))
    f = Filters(ministries=("과학기술정보통신부",), q="GPU")
    assert Q.count(con, Filters()) == 0 and Q.count(con, f) == 0
    assert Q.kpis(con, Filters())["total"] == 0
    for fn in (Q.commitments, Q.status_by_ministry, Q.upcoming, Q.recent_changes, Q.targets, Q.deadlines,
               Q.timeline, Q.undated, Q.ministry_table, Q.terms, Q.articles):
        assert fn(con, f).empty and fn(con, Filters()).empty
    assert Q.commitment(con, "x") is None and Q.article(con, "x") is None
    assert Q.ministry_options(con).empty and Q.category_labels(con) == {}
    assert Q.runs(con).empty and Q.orphan_verdicts(con).empty


def test_a_database_from_an_older_build_lacking_tables_still_opens(tmp_path):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as c:
        c.execute("CREATE TABLE articles (article_id VARCHAR, title VARCHAR, body VARCHAR, published_at TIMESTAMP, "
                  "url VARCHAR, outlet VARCHAR, byline VARCHAR, reporter_email VARCHAR, updated_at TIMESTAMP, "
                  "source_path VARCHAR, source_format VARCHAR, flags VARCHAR[], source_urls VARCHAR[])")
        c.execute("INSERT INTO articles (article_id, title, body, published_at) VALUES ('a1', '제목', '본문', '2025-01-01')")
    con = Q.open_snapshot(path)
    assert Q.count(con, Filters()) == 0
    assert len(Q.articles(con, Filters())) == 1
    assert Q.removed_lines(con, "a1").empty


def test_a_replaced_file_is_seen_by_a_new_snapshot_while_the_old_one_keeps_its_view(tmp_path):
    path = tmp_path / "tracker.duckdb"
    make_db(path, articles=60, commitments=20, stories=False)
    old = Q.open_snapshot(path)
    before = Q.count(old, Filters())
    make_db(tmp_path / "next.duckdb", articles=90, commitments=40, stories=False)
    os.replace(tmp_path / "next.duckdb", path)
    new = Q.open_snapshot(path)
    assert Q.count(new, Filters()) == 40
    assert Q.count(old, Filters()) == before == 20


def test_states_worked_out_a_slice_of_commitments_at_a_time_are_those_of_one_pass(tmp_path, monkeypatch):
    """A build works the states out STATES_SLICE commitments at a time, to stay within its memory
    cap; slices of three give the same table, row for row, as one pass."""
    db = make_db(tmp_path / "slices.duckdb", articles=80, commitments=25, seed=5)
    with duckdb.connect(str(db)) as c:
        whole = c.execute("SELECT * FROM commitment_states ORDER BY rowid").fetchall()
        monkeypatch.setattr(derived, "STATES_SLICE", 3)
        derived.refresh(c)
        sliced = c.execute("SELECT * FROM commitment_states ORDER BY rowid").fetchall()
    assert len(whole) > 25 and sliced == whole


def test_the_derived_tables_of_100000_commitments_fit_a_builds_memory_cap(tmp_path):
    """One pass over the states of 100,000 commitments ran out of DuckDB's 128 MB (the
    100,000-article benchmark build failed there); a slice at a time it fits."""
    db = make_db(tmp_path / "many.duckdb", articles=300_000, commitments=100_000, seed=0)
    with duckdb.connect(str(db)) as c:
        c.execute(f"SET memory_limit = '{store.BUILD_MEMORY_LIMIT}'")
        derived.refresh(c)
        (states,) = c.execute("SELECT count(*) FROM commitment_states").fetchone()
    assert states >= 100_000


def test_a_file_built_before_a_column_was_added_reads_it_as_empty(tmp_path):
    # an older build has no `mentions.reported_value`: the pages show no count, not an error
    path = make_db(tmp_path / "old.duckdb", articles=20, commitments=10)
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE mentions DROP COLUMN reported_value")
    con.execute("ALTER TABLE mentions DROP COLUMN reported_unit")
    con.close()
    snapshot = Q.open_snapshot(path)
    try:
        said = Q.mentions_of(snapshot, "msit-gpu-30000")
        assert len(said) and said["reported_value"].isna().all()
        events = Q.target_events(snapshot, "msit-gpu-30000")
        assert set(events["role"]) <= {"target", "progress"} and len(events)
    finally:
        snapshot.close()
