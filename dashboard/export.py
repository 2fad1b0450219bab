"""Files the desk downloads: the on-screen table as CSV or Excel, deadlines as a calendar.

Every function returns bytes, because `st.download_button` encodes a `str` as UTF-8 *without* a
byte-order mark and Excel then shows Korean as mojibake (DESIGN.md §6). The rows are exactly the
table the page shows (labels.table) — only not cut at the on-screen limit. File names say what
they hold, so a folder of downloads stays readable: `약속목록_과학기술정보통신부_2026-11-27.csv`.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta, timezone

import pandas as pd

from dashboard import labels
from dashboard.queries import Filters

CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ICS_MIME = "text/calendar"


def _dates_as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Date columns as YYYY-MM-DD (midnight-only timestamps are dates; empty stays empty)."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_datetime64_any_dtype(series):
            has_time = (series.dropna().dt.normalize() != series.dropna()).any()
            out[column] = series.dt.strftime("%Y-%m-%d %H:%M" if has_time else "%Y-%m-%d").astype("string").fillna("")
    return out


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM, so Excel opens Korean correctly; dates as YYYY-MM-DD."""
    return _dates_as_text(frame).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def xlsx_bytes(frame: pd.DataFrame, sheet: str = "약속") -> bytes:
    """An Excel workbook with real dates, a frozen header row and readable column widths."""
    buffer = io.BytesIO()
    out = frame.copy()
    for column in out.columns:  # Excel has no time zones and no pandas NA
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].dt.tz_localize(None) if getattr(out[column].dt, "tz", None) else out[column]
    with pd.ExcelWriter(buffer, engine="xlsxwriter", datetime_format="yyyy-mm-dd", date_format="yyyy-mm-dd") as writer:
        sheet = re.sub(r"[\[\]:*?/\\]", "", sheet)[:31] or "Sheet1"
        out.to_excel(writer, index=False, sheet_name=sheet)
        book, worksheet = writer.book, writer.sheets[sheet]
        header = book.add_format({"bold": True, "bg_color": "#F2F2F2", "border": 1, "text_wrap": True, "valign": "top"})
        for i, column in enumerate(out.columns):
            worksheet.write(0, i, column, header)
            sample = out[column].head(200).astype("string").fillna("")
            width = max([len(str(column))] + [len(v) for v in sample]) if len(sample) else len(str(column))
            worksheet.set_column(i, i, min(max(8, width * 1.6 if _hangul(column, sample) else width + 2), 60))
        worksheet.freeze_panes(1, 0)
        if len(out):
            worksheet.autofilter(0, 0, len(out), max(len(out.columns) - 1, 0))
    return buffer.getvalue()


def _hangul(column: str, sample: pd.Series) -> bool:
    """Hangul is about twice as wide as Latin in Excel's column-width unit."""
    text = str(column) + "".join(sample.head(20).tolist())
    return bool(re.search(r"[가-힣]", text))


def ics_bytes(frame: pd.DataFrame, *, calendar_name: str = "정책 약속 마감", base_url: str | None = None,
              stamp: datetime | None = None) -> bytes:
    """An iCalendar file: one all-day event on each deadline (RFC 5545; escaping by icalendar).

    `frame`: commitment_id, deadline, summary, ministry, status (code), optionally deadline_text,
    target_value/target_unit, source_sentence. Rows without a deadline are skipped. UIDs are
    stable per commitment, so re-importing updates events instead of duplicating them.
    """
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//정책 약속 추적기//policy-commitment-tracker//KO")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("x-wr-timezone", "Asia/Seoul")
    stamp = stamp or datetime.now(timezone.utc).replace(microsecond=0)
    for row in frame.dropna(subset=["deadline"]).itertuples(index=False):
        day = pd.Timestamp(row.deadline).date()
        event = Event()
        event.add("uid", f"{row.commitment_id}@policy-commitment-tracker")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        ministry = getattr(row, "ministry", None) or ""
        event.add("summary", f"[마감] {row.summary}" + (f" ({ministry})" if ministry else ""))
        lines = [f"상태: {labels.status(getattr(row, 'status', ''))}"]
        if getattr(row, "deadline_text", None) and not pd.isna(row.deadline_text):
            lines.append(f"기한 표현: {row.deadline_text}")
        if "target_value" in frame.columns and not pd.isna(row.target_value):
            lines.append(f"목표: {labels.target(row.target_value, getattr(row, 'target_unit', ''))}")
        if getattr(row, "source_sentence", None) and not pd.isna(row.source_sentence):
            lines.append(f"출처 문장: {row.source_sentence}")
        if base_url:
            lines.append(f"{base_url.rstrip('/')}/commitment?id={row.commitment_id}")
            event.add("url", f"{base_url.rstrip('/')}/commitment?id={row.commitment_id}")
        event.add("description", "\n".join(lines))
        event.add("categories", [ministry or "부처 미상"])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


def file_name(what: str, filters: Filters, day: date, extension: str,
              category_labels: dict[str, str] | None = None) -> str:
    """`약속목록_과학기술정보통신부_지연_2026-11-27.csv`: what, the main filters, the day.

    Several ministries are joined with '+'; more than three become '부처N곳'. Characters that
    are not allowed in file names on Windows or macOS are dropped.
    """
    parts = [what, *labels.filter_parts(filters, category_labels, compact=True)]
    parts.append(day.isoformat())
    name = "_".join(parts)
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "", name).replace(" ", "-")
    return f"{name[:150]}.{extension.lstrip('.')}"
