"""Every page, run in-process with AppTest: with and without filters, with a missing, an empty and
a full database, a stale link, and the editor's verdict and upload flows.

AppTest cannot click table rows or chart points, follow downloads or watch the browser's URL;
tests/e2e does those.
"""

from __future__ import annotations

import functools
import inspect
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from unittest.mock import patch

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import data
from dashboard import queries as Q
from tests.dbfactory import make_db, make_schema_only, story_article_id

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
PAGES = {
    "개요": "app.py",
    "약속 목록": "pages/1_commitments.py",
    "약속 상세": "pages/2_commitment.py",
    "목표 추적": "pages/3_targets.py",
    "마감 일정": "pages/4_deadlines.py",
    "부처별": "pages/5_ministries.py",
    "기사": "pages/6_articles.py",
    "데이터": "pages/7_data.py",
}
FILTERED = {"ministry": ["과학기술정보통신부"], "status": ["in_progress", "delayed"], "from": "2024-12-01",
            "to": "2025-12-31", "q": "GPU"}


@pytest.fixture(scope="module")
def full_db(tmp_path_factory) -> Path:
    return make_db(tmp_path_factory.mktemp("app") / "tracker.duckdb", articles=300, commitments=90, seed=5)


@pytest.fixture
def tracker(full_db, monkeypatch) -> Path:
    monkeypatch.setenv("TRACKER_DB", str(full_db))
    return full_db


def open_app(page: str = "app.py", **query) -> AppTest:
    """Run the entrypoint, then the page, the way a browser opening `/page?query` does."""
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page != "app.py":
        at.switch_page(page)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def url(at: AppTest, key: str) -> list[str]:
    """The URL's values for a key (AppTest gives one value as a str, several as a list)."""
    value = at.query_params.get(key)
    return [] if value is None else value if isinstance(value, list) else [value]


def texts(at: AppTest) -> str:
    parts = [e.value for kind in ("markdown", "caption", "info", "warning", "success", "error", "title", "subheader")
             for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts)


# ---------------------------------------------------------------------------------------------
# Every page
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", PAGES)
def test_every_page_runs_without_filters(tracker, name):
    at = open_app(PAGES[name])
    assert [link.value for link in at.sidebar.get("page_link")] == list(PAGES)


@pytest.mark.parametrize("name", PAGES)
def test_every_page_runs_with_filters(tracker, name):
    at = open_app(PAGES[name], **FILTERED, id="msit-gpu-30000")
    assert at.multiselect(key="f_ministry").value == ["과학기술정보통신부"]
    assert at.text_input(key="f_q").value == "GPU"


@pytest.mark.parametrize("name", PAGES)
def test_every_page_runs_with_the_as_of_day(tracker, name):
    open_app(PAGES[name], as_of="2025-03-31", id="msit-gpu-30000")


@pytest.mark.parametrize("name", PAGES)
def test_without_a_database_every_page_explains_how_to_build_one(tmp_path, monkeypatch, name):
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "none" / "tracker.duckdb"))
    at = open_app(PAGES[name])
    assert "아직 데이터베이스가 없습니다" in texts(at)
    assert "python -m etl build data/articles --db data/tracker.duckdb" in texts(at)
    if name == "데이터":
        assert at.get("file_uploader")
    else:
        assert not at.dataframe


@pytest.mark.parametrize("name", PAGES)
def test_an_empty_database_shows_empty_states(tmp_path, monkeypatch, name):
    monkeypatch.setenv("TRACKER_DB", str(make_schema_only(tmp_path / "tracker.duckdb")))
    at = open_app(PAGES[name])
    if name != "데이터":
        assert "없습니다" in texts(at)


# ---------------------------------------------------------------------------------------------
# Filters in the URL, across pages
# ---------------------------------------------------------------------------------------------

def test_a_shared_link_filters_the_list(tracker):
    at = open_app("pages/1_commitments.py", ministry="산업통상부")
    table = at.dataframe[0].value
    assert set(table["부처"]) == {"산업통상부", "산업통상자원부"}
    assert {"motie-grid-3", "mti-ai-factory-100"} <= set(table["ID"])
    assert url(at, "ministry") == ["산업통상부"]


def test_choosing_a_filter_updates_the_table_and_the_url(tracker):
    at = open_app("pages/1_commitments.py")
    everything = len(at.dataframe[0].value)
    at.multiselect(key="f_status").select("delayed").run()
    table = at.dataframe[0].value
    assert 0 < len(table) < everything and set(table["상태"]) == {"지연"}
    assert url(at, "status") == ["delayed"]


def test_a_filter_survives_a_page_switch(tracker):
    at = open_app("pages/1_commitments.py")
    at.multiselect(key="f_ministry").select("과학기술정보통신부").run()
    at.text_input(key="f_q").set_value("GPU").run()
    at.query_params.clear()  # a page link carries the filters; switching without them must not lose them
    at.switch_page("pages/4_deadlines.py").run()
    assert not at.exception
    assert at.multiselect(key="f_ministry").value == ["과학기술정보통신부"]
    assert at.text_input(key="f_q").value == "GPU"
    assert url(at, "ministry") == ["과학기술정보통신부"] and url(at, "q") == ["GPU"]
    table = at.dataframe[0].value
    assert set(table["부처"]) == {"과학기술정보통신부"}


def test_the_menu_links_carry_the_filters_to_the_right_paths(tracker):
    at = open_app("pages/5_ministries.py", ministry="교육부", q="AI")
    links = at.sidebar.get("page_link")
    assert [link.proto.page for link in links] == [
        "", "commitments", "commitment", "targets", "deadlines", "ministries", "articles", "data"]
    assert {link.proto.query_string for link in links} == {"ministry=%EA%B5%90%EC%9C%A1%EB%B6%80&q=AI"}


def test_reset_clears_every_filter(tracker):
    at = open_app("pages/1_commitments.py", **FILTERED)
    at.button(key="f_reset").click().run()
    assert at.multiselect(key="f_ministry").value == [] and at.text_input(key="f_q").value == ""
    assert "ministry" not in at.query_params
    assert len(at.dataframe[0].value) == Q.count(Q.open_snapshot(tracker), Q.Filters())


def test_a_month_range_in_the_url_reads_as_whole_months(tracker):
    at = open_app("pages/1_commitments.py", ministry="과학기술정보통신부", **{"from": "2024-12", "to": "2025-03"})
    assert at.date_input(key="f_from").value == date(2024, 12, 1)
    assert at.date_input(key="f_to").value == date(2025, 3, 31)
    assert "msit-gpu-30000" in set(at.dataframe[0].value["ID"])


# ---------------------------------------------------------------------------------------------
# 약속 상세
# ---------------------------------------------------------------------------------------------

def test_story_the_gpu_promise_reads_with_its_source(tracker):
    at = open_app("pages/2_commitment.py", id="msit-gpu-30000")
    assert at.title[0].value == "GPU 3만 장 확보"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["목표"] == "30,000장" and metrics["마감"] == "2026-12-31" and metrics["발표일"] == "2024-12-23"
    assert "2030-12-31 → 2026-12-31" in texts(at)
    html = "\n".join(h.value for h in at.get("html"))
    assert "<mark" in html and "2026년까지 앞당기겠다고 밝혔다.</mark>" in html
    assert "&lt;b&gt;과기정통부&lt;/b&gt;" in html and "<b>과기정통부" not in html
    assert at.get("plotly_chart")


def test_an_unknown_id_says_the_commitment_is_gone(tracker):
    at = open_app("pages/2_commitment.py", id="c-that-was-merged")
    assert "현재 데이터베이스에 없습니다" in at.warning[0].value
    assert not at.metric


def test_an_id_announced_after_the_as_of_day_says_so(tracker):
    at = open_app("pages/2_commitment.py", id="mti-ai-factory-100", as_of="2025-03-31")
    assert "이후에 발표되었습니다" in at.warning[0].value


def test_without_an_id_the_detail_page_offers_a_choice(tracker):
    at = open_app("pages/2_commitment.py")
    assert at.selectbox[0].label == "약속"


def test_story_a_desk_records_a_verdict_that_survives(tracker):
    verdicts = tracker.with_name("tracker.verdicts.jsonl")
    verdicts.unlink(missing_ok=True)
    at = open_app("pages/2_commitment.py", id="msit-gpu-30000")
    status = [s for s in at.selectbox if s.label == "판정 상태"][0]
    status.set_value("achieved")
    [t for t in at.text_area if t.label == "근거 메모"][0].set_value("2026-03 배분 완료 확인")
    [t for t in at.text_input if t.label == "판정한 사람"][0].set_value("김데스크")
    at.button(key="FormSubmitter:verdict-판정 저장").click().run()
    assert not at.exception, [e.message for e in at.exception]
    line = json.loads(verdicts.read_text(encoding="utf-8").splitlines()[-1])
    assert (line["commitment_id"], line["status"], line["editor"]) == ("msit-gpu-30000", "achieved", "김데스크")
    at.run()
    assert "편집자 판정: 이행" in texts(at)
    assert "규칙 판단은" in texts(at) and ":blue-badge[진행 중]" in texts(at)
    # the list shows the editor's status next to the rule's
    listing = open_app("pages/1_commitments.py", q="GPU 3만").dataframe[0].value
    row = listing[listing["ID"] == "msit-gpu-30000"].iloc[0]
    assert (row["상태"], row["규칙 상태"], row["편집자 판정"]) == ("이행", "진행 중", "이행")
    verdicts.unlink()


def test_a_verdict_needs_an_editor_name(tracker):
    at = open_app("pages/2_commitment.py", id="msit-gpu-30000")
    at.button(key="FormSubmitter:verdict-판정 저장").click().run()
    assert at.error and "판정을 저장하지 못했습니다" in at.error[0].value


# ---------------------------------------------------------------------------------------------
# 기사, 데이터
# ---------------------------------------------------------------------------------------------

def test_articles_page_shows_text_escaped_and_what_cleaning_removed(tracker):
    at = open_app("pages/6_articles.py", article=story_article_id("gpu-new"))
    html = "\n".join(h.value for h in at.get("html"))
    assert "&lt;b&gt;과기정통부&lt;/b&gt; &amp; 업계" in html and "<b>과기정통부" not in html
    assert "앞당기겠다고 밝혔다.</mark>" in html
    removed = at.dataframe[-1].value
    assert set(removed["사유"]) == {"입력·수정 시각", "저작권 문구"}


@dataclass
class FakeReport:
    run_id: int = 4
    files_seen: int = 2
    articles_added: int = 1
    articles_skipped: int = 0
    rejected: list = field(default_factory=list)
    mentions_added: int = 3
    commitments: int = 95

    def summary(self) -> str:
        return "파일 2개를 읽어 기사 1건을 추가했습니다."


def test_story_an_upload_is_saved_built_and_reported(tracker, tmp_path, monkeypatch):
    from etl.model import Rejection

    db = tmp_path / "tracker.duckdb"
    make_db(db, articles=40, commitments=10, stories=False)
    monkeypatch.setenv("TRACKER_DB", str(db))
    calls = []

    def fake_build(inputs, db_path, *, progress=None, **_):
        calls.append((list(inputs), Path(db_path)))
        for i, path in enumerate(inputs, 1):
            progress(i, len(inputs), str(path))
        return FakeReport(rejected=[Rejection(str(inputs[1]), "empty", "빈 파일입니다 / empty file")])

    at = open_app("pages/7_data.py")
    assert "최대 **50 MB**" in texts(at)
    at.get("file_uploader")[0].upload("기사.txt", "제목\n\n본문입니다.".encode())
    at.get("file_uploader")[0].upload("빈파일.txt", b"")
    at.run()
    with patch("etl.build.build", fake_build):
        at.button(key="build").click().run()
    assert not at.exception, [e.message for e in at.exception]
    (inputs, db_path), = calls
    assert db_path == db
    assert [p.name for p in inputs] == ["기사.txt", "빈파일.txt"]
    assert inputs[0].parent == db.parent / "uploads" / data.today().isoformat()
    assert inputs[0].read_bytes().startswith("제목".encode())
    assert "파일 2개를 읽어 기사 1건을 추가했습니다." in texts(at)
    rejected = at.dataframe[0].value
    assert list(rejected["사유"]) == ["빈 파일"]


def test_a_second_build_while_one_runs_is_refused_politely(tracker, tmp_path, monkeypatch):
    from etl.build import BuildLocked

    monkeypatch.setenv("TRACKER_DB", str(make_db(tmp_path / "tracker.duckdb", articles=20, commitments=5, stories=False)))

    def locked(*args, **kwargs):
        raise BuildLocked("다른 빌드가 실행 중입니다")

    at = open_app("pages/7_data.py")
    at.get("file_uploader")[0].upload("a.txt", "제목\n\n본문".encode())
    at.run()
    with patch("etl.build.build", locked):
        at.button(key="build").click().run()
    assert "다른 빌드가 실행 중입니다" in at.warning[0].value


def test_orphaned_verdicts_are_listed_on_the_data_page(tmp_path, monkeypatch):
    from etl.verdicts import record, verdicts_path

    db = make_db(tmp_path / "tracker.duckdb", articles=20, commitments=5, stories=False)
    monkeypatch.setenv("TRACKER_DB", str(db))
    record(verdicts_path(db), "merged-away-1", "cancelled", "철회 보도", "이데스크")
    at = open_app("pages/7_data.py")
    orphans = at.dataframe[-1].value
    assert list(orphans["약속 ID"]) == ["merged-away-1"] and list(orphans["상태"]) == ["무산"]
    stale = open_app("pages/2_commitment.py", id="merged-away-1")
    assert "편집자 판정 1건" in texts(stale)


def test_a_rebuilt_file_is_picked_up_without_restart(tmp_path, monkeypatch):
    import os

    db = make_db(tmp_path / "tracker.duckdb", articles=30, commitments=10, stories=False)
    monkeypatch.setenv("TRACKER_DB", str(db))
    at = open_app("pages/1_commitments.py")
    assert len(at.dataframe[0].value) == 10
    os.replace(make_db(tmp_path / "next.duckdb", articles=50, commitments=25, stories=False), db)
    at.run()
    assert len(at.dataframe[0].value) == 25


@pytest.mark.parametrize("name", PAGES)
def test_a_rerun_of_the_same_view_is_served_from_the_cache(tracker, name, monkeypatch):
    # How fast pages are is measured by `make bench`; what a test can hold is that a rerun (every
    # click re-executes the page) asks DuckDB nothing it asked before.
    at = open_app(PAGES[name], id="msit-gpu-30000")
    asked = []
    for fname, query in vars(Q).items():
        if inspect.isfunction(query) and query.__module__ == Q.__name__ and not fname.startswith("_"):
            @functools.wraps(query)  # data.run keys the cache on the function's name
            def counted(*args, _query=query, _name=fname, **kwargs):
                asked.append(_name)
                return _query(*args, **kwargs)
            monkeypatch.setattr(Q, fname, counted)
    at.run()
    assert not at.exception
    assert asked == []


def test_korean_labels_in_a_typed_url_are_understood(tracker):
    at = open_app("pages/1_commitments.py", status="지연", category="AI 인프라")
    assert at.multiselect(key="f_status").value == ["delayed"]
    assert at.multiselect(key="f_category").value == ["ai_infra"]
    assert set(at.dataframe[0].value["상태"]) == {"지연"}


@pytest.mark.parametrize("name", ["개요", "약속 목록", "데이터"])
def test_a_damaged_database_file_is_explained_not_crashed_on(tmp_path, monkeypatch, name):
    damaged = tmp_path / "tracker.duckdb"
    damaged.write_bytes(b"this is not a duckdb file" * 100)
    monkeypatch.setenv("TRACKER_DB", str(damaged))
    at = open_app(PAGES[name])
    assert "열 수 없습니다" in texts(at)
