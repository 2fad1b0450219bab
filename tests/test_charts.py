"""What is drawn: Plotly figures in Korean that carry their commitment, and article text that is
shown — escaped — with its extracted sentences marked."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import charts, highlight, labels
from dashboard import queries as Q
from dashboard.queries import Filters
from tests.dbfactory import make_db, story_article_id


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    return Q.open_snapshot(make_db(tmp_path_factory.mktemp("c") / "tracker.duckdb", articles=300, commitments=100, seed=4))


def trace_names(fig: go.Figure) -> list[str]:
    return [t.name for t in fig.data]


def test_status_by_ministry_is_stacked_in_korean_and_clickable(con):
    frame = Q.status_by_ministry(con, Filters())
    fig = charts.status_by_ministry(frame)
    assert fig.layout.barmode == "stack"
    assert set(trace_names(fig)) <= set(labels.STATUS_LABELS.values())
    assert trace_names(fig) == [labels.status(c) for c in labels.STATUS_ORDER if c in set(frame["status"])]
    assert fig.layout.xaxis.title.text == "약속 수"
    total = sum(sum(t.x) for t in fig.data)
    assert total == frame["n"].sum()
    ministry, status = fig.data[0].customdata[0]
    assert ministry in set(frame["ministry"]) and status in labels.STATUS_LABELS


def test_deadline_timeline_has_one_row_per_commitment_and_a_today_line(con):
    frame = Q.timeline(con, Filters())
    fig = charts.deadline_timeline(frame, date(2026, 3, 16))
    rows = [cid for t in fig.data for cid in t.y]
    assert sorted(rows) == sorted(frame["commitment_id"]) and len(set(rows)) == len(rows)
    assert list(fig.layout.yaxis.tickvals) == list(frame.sort_values(["deadline", "commitment_id"])["commitment_id"])
    assert fig.layout.xaxis.tickformat == "%Y년 %-m월"
    assert [a.text for a in fig.layout.annotations] == ["오늘"]
    assert len(fig.layout.shapes) == 1
    first = fig.data[0]
    assert first.customdata[0][0] in set(frame["commitment_id"])
    assert "발표" in first.hovertemplate and "마감" in first.hovertemplate


def test_deadline_timeline_leaves_out_undated_and_says_when_empty():
    frame = pd.DataFrame({"commitment_id": ["a"], "ministry": ["교육부"], "summary": ["x"],
                          "announced_at": [pd.Timestamp("2025-01-01")], "deadline": [pd.NaT], "status": ["announced"],
                          "source_sentence": ["문장"]})
    fig = charts.deadline_timeline(frame, date(2026, 1, 1))
    assert not fig.data and "마감일이 있는 약속이 없습니다" in fig.layout.annotations[0].text


def test_hover_text_is_escaped():
    frame = pd.DataFrame({"commitment_id": ["a"], "ministry": ["교육부"], "summary": ["<b>굵게</b>"],
                          "announced_at": [pd.Timestamp("2025-01-01")], "deadline": [pd.Timestamp("2026-06-30")],
                          "status": ["delayed"], "source_sentence": ["<script>alert(1)</script> 약속"]})
    fig = charts.deadline_timeline(frame, date(2026, 1, 1))
    custom = fig.data[0].customdata[0]
    assert custom[1] == "&lt;b&gt;굵게&lt;/b&gt;"
    assert "<script>" not in custom[5] and "&lt;script&gt;" in custom[5]


def test_target_progress_marks_the_moved_deadline_and_the_reported_amount(con):
    commitment = Q.commitment(con, "msit-gpu-30000")
    fig = charts.target_progress(Q.target_events(con, "msit-gpu-30000"), commitment, Q.revisions_of(con, "msit-gpu-30000"))
    assert trace_names(fig) == ["목표", "변경", "보고된 진척"]
    target, revision, progress = fig.data
    assert target.y[0] == 30000 and target.line.shape == "hv"
    assert list(revision.text) == ["마감 2030-12-31→2026-12-31"]
    assert list(progress.y) == [13136]
    assert all(c[0] == "msit-gpu-30000" for t in fig.data for c in t.customdata)
    assert fig.layout.yaxis.title.text == "수량 (장)"
    assert any("마감 2026-12-31" in a.text for a in fig.layout.annotations)


def test_target_progress_shows_a_changed_target():
    revisions = pd.DataFrame({
        "changed_at": [pd.Timestamp("2025-01-01"), pd.Timestamp("2025-09-08")],
        "target_value": [30000.0, 52000.0], "target_unit": ["장", "장"],
        "deadline": [pd.Timestamp("2026-12-31"), pd.Timestamp("2028-12-31")],
        "previous_deadline": [pd.NaT, pd.Timestamp("2026-12-31")], "deadline_text": ["", ""], "sentence": ["a", "b"],
    })
    events = pd.DataFrame(columns=["day", "kind", "role", "value", "unit", "deadline", "previous_deadline", "sentence", "outlet", "mention_id"])
    fig = charts.target_progress(events, {"commitment_id": "x", "target_unit": "장", "deadline": pd.Timestamp("2028-12-31")}, revisions)
    assert list(fig.data[1].text) == ["목표 30,000→52,000 · 마감 2026-12-31→2028-12-31"]
    assert list(fig.data[0].y[:2]) == [30000.0, 52000.0]


def test_target_progress_without_numbers_says_so():
    events = pd.DataFrame(columns=["day", "kind", "role", "value", "unit", "deadline", "previous_deadline", "sentence", "outlet", "mention_id"])
    fig = charts.target_progress(events, {"commitment_id": "x", "target_value": None, "target_unit": None, "deadline": None})
    assert "숫자로 된 목표나 진척 보도가 없습니다" in fig.layout.annotations[0].text


def test_commitments_per_term_counts_each_heads_term(con):
    frame = Q.terms(con, Filters())
    fig = charts.commitments_per_term(frame)
    assert sum(sum(t.x) for t in fig.data) == frame["n"].sum()
    assert any(label.startswith("유상임 (과기정통부 장관, 2024-07~2025-07)") for label in fig.data[0].y)
    ministry, start, end = fig.data[0].customdata[0]
    assert Q.parse_day(start) is not None and ministry in set(frame["ministry"])
    assert fig.layout.xaxis.title.text == "재임 중 발표된 약속 수"


def test_empty_frames_give_a_message_not_an_empty_box():
    for fig in (charts.status_by_ministry(pd.DataFrame(columns=["ministry", "status", "n"])),
                charts.commitments_per_term(pd.DataFrame(columns=["person", "title", "ministry", "term_start", "term_end", "status", "n"]))):
        assert not fig.data and fig.layout.annotations[0].text


@pytest.mark.parametrize("event, expected", [
    ({"selection": {"points": [{"customdata": ["c1", "x"]}]}}, ["c1", "x"]),
    ({"selection": {"points": [{"x": 1}]}}, None),
    ({"selection": {"points": []}}, None),
    (None, None),
])
def test_clicked_reads_the_customdata_of_a_selection(event, expected):
    assert charts.clicked(event) == expected


# ---------------------------------------------------------------------------------------------
# Article text
# ---------------------------------------------------------------------------------------------

def test_article_text_is_escaped_and_the_sentence_marked(con):
    article = Q.article(con, story_article_id("gpu-new"))
    spans = [highlight.Span(s.sentence_start, s.sentence_end, s.kind, "신규", s.sentence)
             for s in Q.article_spans(con, article["article_id"]).itertuples()]
    html = highlight.marked(article["body"], spans)
    assert "&lt;b&gt;과기정통부&lt;/b&gt; &amp; 업계" in html
    assert "<b>" not in html
    assert html.count("<mark") == 1
    assert "앞당기겠다고 밝혔다.</mark>" in html
    assert html.count("<p ") == 3  # three paragraphs


def test_marks_survive_offsets_that_drifted_and_overlaps():
    text = "첫 문장입니다. 둘째 <i>문장</i>입니다."
    drifted = highlight.Span(0, 3, "progress", "", "둘째 <i>문장</i>입니다.")
    html = highlight.marked(text, [drifted, highlight.Span(9, 12, "new", "", "")])
    assert html.count("<mark") == 1 and "&lt;i&gt;" in html


def test_excerpt_is_the_paragraph_around_the_sentence():
    body = "앞 문단.\n\n가운데 약속 문장이다. 뒤 문장.\n\n끝 문단."
    span = highlight.Span(body.index("약속"), body.index("약속") + 9, "new", "", "약속 문장이다.")
    piece, local = highlight.excerpt(body, span)
    assert piece == "가운데 약속 문장이다. 뒤 문장."
    assert piece[local.start:local.end] == "약속 문장이다."
