"""Downloads: CSV that Excel opens in Korean, real Excel files, calendars, and telling file names."""

from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
import pandas as pd
import pytest
from icalendar import Calendar

from dashboard import export, labels
from dashboard import queries as Q
from dashboard.queries import Filters
from tests.dbfactory import make_db

BOM = b"\xef\xbb\xbf"


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    return Q.open_snapshot(make_db(tmp_path_factory.mktemp("x") / "tracker.duckdb", articles=300, commitments=100, seed=2))


@pytest.fixture(scope="module")
def categories(con):
    return Q.category_labels(con)


def on_screen(con, f, categories, limit=Q.TABLE_LIMIT):
    return labels.table(Q.commitments(con, f, limit=limit), labels.COMMITMENT_COLUMNS, categories)


def test_csv_starts_with_a_bom_and_keeps_korean(con, categories):
    table = on_screen(con, Filters(ministries=("과학기술정보통신부",)), categories)
    data = export.csv_bytes(table)
    assert data.startswith(BOM)
    assert "과학기술정보통신부".encode() in data
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(back.columns) == list(table.columns)
    assert list(back["ID"]) == list(table["ID"])
    assert set(back["부처"]) == {"과학기술정보통신부"}


def test_csv_dates_are_plain_days_and_rows_end_with_crlf(con, categories):
    table = on_screen(con, Filters(q="GPU 3만"), categories)
    data = export.csv_bytes(table).decode("utf-8-sig")
    assert "\r\n" in data
    back = pd.read_csv(io.StringIO(data), dtype=str, keep_default_na=False)
    gpu = back[back["ID"] == "msit-gpu-30000"].iloc[0]
    assert (gpu["마감"], gpu["발표일"], gpu["목표"]) == ("2026-12-31", "2024-12-23", "30,000장")


def test_the_export_holds_exactly_the_rows_of_the_filters(con, categories):
    f = Filters(statuses=("delayed",))
    everything = labels.table(Q.commitments(con, f, limit=None), labels.COMMITMENT_COLUMNS, categories)
    back = pd.read_csv(io.BytesIO(export.csv_bytes(everything)), encoding="utf-8-sig", dtype=str)
    assert len(back) == Q.count(con, f)
    assert set(back["상태"]) == {"지연"}
    assert list(back["ID"]) == list(on_screen(con, f, categories)["ID"])  # same order as the screen


def test_xlsx_opens_with_korean_headers_and_real_dates(con, categories):
    table = on_screen(con, Filters(statuses=("delayed",)), categories)
    book = openpyxl.load_workbook(io.BytesIO(export.xlsx_bytes(table, sheet="약속목록")))
    sheet = book["약속목록"]
    header = [cell.value for cell in sheet[1]]
    assert header == list(table.columns)
    assert sheet.max_row == len(table) + 1
    deadline = header.index("마감") + 1
    values = [sheet.cell(row=r, column=deadline).value for r in range(2, sheet.max_row + 1)]
    assert any(isinstance(v, datetime) for v in values)
    assert sheet.freeze_panes == "A2"


def test_calendar_has_one_all_day_event_per_dated_deadline(con):
    rows = Q.deadlines(con, Filters(ministries=("과학기술정보통신부",)), limit=None)
    cal = Calendar.from_ical(export.ics_bytes(rows, calendar_name="과기정통부 마감", base_url="https://tracker.example.kr"))
    events = cal.walk("VEVENT")
    assert len(events) == len(rows) > 0
    by_uid = {str(e["UID"]): e for e in events}
    gpu = by_uid["msit-gpu-30000@policy-commitment-tracker"]
    assert gpu.decoded("DTSTART") == date(2026, 12, 31)
    assert gpu.decoded("DTEND") == date(2027, 1, 1)
    assert str(gpu["SUMMARY"]).startswith("[마감] GPU 3만 장 확보")
    assert "https://tracker.example.kr/commitment?id=msit-gpu-30000" in str(gpu["DESCRIPTION"])
    assert str(cal["X-WR-CALNAME"]) == "과기정통부 마감"


def test_calendar_escapes_commas_and_semicolons():
    rows = pd.DataFrame({"commitment_id": ["c1", "c2"], "deadline": [pd.Timestamp("2026-06-30"), pd.NaT],
                         "summary": ["요금제, 통신비; 인하", "날짜 없음"], "ministry": ["과학기술정보통신부", None],
                         "status": ["announced", "announced"]})
    data = export.ics_bytes(rows)
    assert b"\\, " in data and b"\\;" in data
    events = Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == 1 and str(events[0]["SUMMARY"]) == "[마감] 요금제, 통신비; 인하 (과학기술정보통신부)"


@pytest.mark.parametrize("f, expected", [
    (Filters(ministries=("과학기술정보통신부",)), "약속목록_과학기술정보통신부_2026-11-27.csv"),
    (Filters(), "약속목록_2026-11-27.csv"),
    (Filters(statuses=("delayed",)), "약속목록_지연_2026-11-27.csv"),
    (Filters(ministries=("a", "b", "c", "d")), "약속목록_부처4곳_2026-11-27.csv"),
    (Filters(ministries=("산업통상부",), categories=("ai_infra",), announced_from=date(2024, 12, 1)),
     "약속목록_산업통상부_AI-인프라_발표2024-12-01~_2026-11-27.csv"),
    (Filters(q='GPU/"3만"?'), "약속목록_검색-GPU3만_2026-11-27.csv"),
])
def test_file_names_say_what_they_hold(f, expected):
    assert export.file_name("약속목록", f, date(2026, 11, 27), "csv", {"ai_infra": "AI 인프라"}) == expected


def test_csv_of_100000_rows_holds_every_row(con, categories):
    # How long it takes is measured by `make bench` (dashboard.export), not asserted here.
    base = Q.commitments(con, Filters(), limit=None)
    big = pd.concat([base] * (100_000 // len(base) + 1), ignore_index=True).head(100_000)
    data = export.csv_bytes(labels.table(big, labels.COMMITMENT_COLUMNS, categories))
    assert data.startswith("\ufeff".encode("utf-8"))
    assert data.count(b"\r\n") == 100_001


def test_a_picker_never_shows_two_promises_alike():
    frame = pd.DataFrame({
        "commitment_id": ["a1", "b2", "c3", "d4"],
        "summary": ["GPU 1만 장 확보", "GPU 1만 장 확보", "GPU 1만 장 확보", "알뜰폰 대책"],
        "ministry": ["과학기술정보통신부"] * 3 + [None],
        "announced_at": [date(2025, 1, 5), date(2025, 3, 2), date(2025, 3, 2), date(2025, 1, 15)],
    })
    names = labels.commitment_choices(frame)
    assert len(set(names.values())) == 4
    assert names["a1"] == "GPU 1만 장 확보 · 과학기술정보통신부 · 2025-01-05"
    assert names["b2"] == "GPU 1만 장 확보 · 과학기술정보통신부 · 2025-03-02 · #b2"
    assert names["d4"] == "알뜰폰 대책 · 부처 미상"
