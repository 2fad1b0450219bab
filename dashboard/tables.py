"""Drawing the Korean tables: column formats, the row limit note, click-to-open, downloads.

Every page shows its tables the same way — YYYY-MM-DD dates, thousands separators, a note when
only the first rows are on screen — and a click on a commitment row opens 약속 상세. Keeping
that in one place means the formats of the screen and of the exports cannot drift apart.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

import pandas as pd
import streamlit as st

from dashboard import export, filters, labels

DATE_COLUMNS = {"마감", "발표일", "최근 언급", "변경일", "날짜", "기준일", "이전 마감", "판정일", "시작", "끝"}
NUMBER_COLUMNS = {"언급 수", "남은 날", "변경 횟수", "합계", "건수", "기사 수", "언급"}
WIDE_COLUMNS = {"출처 문장", "문장", "제목", "메모", "판정 메모", "내용"}


def column_config(frame: pd.DataFrame) -> dict:
    config: dict = {}
    for column in frame.columns:
        if column in DATE_COLUMNS:
            config[column] = st.column_config.DateColumn(column, format="YYYY-MM-DD")
        elif column in NUMBER_COLUMNS:
            config[column] = st.column_config.NumberColumn(column, format="localized")
        elif column == "진척률":
            config[column] = st.column_config.ProgressColumn(column, format="percent", min_value=0.0, max_value=1.0)
        elif column == "ID":
            config[column] = st.column_config.TextColumn(column, width="small")
        elif column == "약속":
            config[column] = st.column_config.TextColumn(column, width=290)
        elif column in WIDE_COLUMNS:
            config[column] = st.column_config.TextColumn(column, width="large")
        elif column in ("링크", "URL"):
            config[column] = st.column_config.LinkColumn(column, display_text="기사 열기")
    return config


def show(frame: pd.DataFrame, *, key: str | None = None, height: int | str = "auto") -> None:
    """A read-only table with the project's formats."""
    st.dataframe(frame, hide_index=True, column_config=column_config(frame), key=key, height=height, width="stretch",
                 placeholder="")


def clickable(frame: pd.DataFrame, name: str, *, id_column: str = "ID", height: int | str = "auto",
              hidden: tuple[str, ...] = ()) -> str | None:
    """A table whose rows can be selected; returns the chosen row's id (once).

    `hidden` columns stay in the data (the id a click needs) but are not drawn.
    """
    config = {**column_config(frame), **{column: None for column in hidden}}
    event = st.dataframe(
        frame, hide_index=True, column_config=config, key=filters.selection_key(name),
        on_select="rerun", selection_mode="single-row", height=height, width="stretch", placeholder="",
    )
    rows = event.selection.rows if event is not None else []
    if rows and rows[0] < len(frame):
        return str(frame.iloc[rows[0]][id_column])
    return None


def commitment_table(frame: pd.DataFrame, name: str, *, height: int | str = "auto",
                     hidden: tuple[str, ...] = ()) -> None:
    """A commitment table: selecting a row opens its 약속 상세."""
    if frame.empty:
        return
    chosen = clickable(frame, name, height=height, hidden=hidden)
    st.caption(":material/touch_app: 행 왼쪽 칸을 눌러 선택하면 그 약속의 상세 페이지가 열립니다.")
    if chosen:
        filters.open_commitment(chosen)


def limit_note(shown: int, total: int) -> None:
    if total > shown:
        st.caption(
            f":material/info: 화면에는 {shown:,}건만 보입니다 (전체 {total:,}건). "
            "CSV·Excel 파일에는 필터에 맞는 전체 행이 들어 있습니다."
        )


def downloads(what: str, f, day: date, full: Callable[[], pd.DataFrame], *, key: str,
              category_labels: dict[str, str] | None = None,
              calendar: Callable[[], bytes] | None = None) -> None:
    """CSV / Excel (and .ics) buttons. Files are built only when clicked (deferred callables)."""
    row = st.container(horizontal=True, gap="small")
    row.download_button(
        "CSV", data=lambda: export.csv_bytes(full()), file_name=export.file_name(what, f, day, "csv", category_labels),
        mime=export.CSV_MIME, icon=":material/download:", on_click="ignore", key=f"{key}_csv",
        help="UTF-8(BOM) CSV — 엑셀에서 한글이 그대로 열립니다.",
    )
    row.download_button(
        "Excel", data=lambda: export.xlsx_bytes(full(), sheet=what), file_name=export.file_name(what, f, day, "xlsx", category_labels),
        mime=export.XLSX_MIME, icon=":material/table_view:", on_click="ignore", key=f"{key}_xlsx",
    )
    if calendar:
        row.download_button(
            "캘린더", data=calendar, file_name=export.file_name("마감일정", f, day, "ics", category_labels),
            mime=export.ICS_MIME, icon=":material/calendar_month:", on_click="ignore", key=f"{key}_ics",
            help="필터에 맞는 마감일을 하루 종일 일정으로 담은 .ics 파일 (구글·아웃룩 캘린더에서 가져오기)",
        )


def nothing_found(f, what: str = "약속") -> None:
    """The empty state: say whether the filters or the data are empty, and how to go on."""
    if f.active:
        st.info(f"이 필터에 맞는 {what}이 없습니다. 필터를 줄이거나 초기화해 보세요.", icon=":material/filter_alt_off:")
    else:
        st.info(
            f"데이터베이스에 아직 {what}이 없습니다. **데이터** 페이지에서 기사 파일을 올려 처리하세요.",
            icon=":material/inbox:",
        )
        st.page_link("pages/7_data.py", label="데이터 페이지로 가기", icon=":material/upload_file:")


def status_badge(code: str | None, *, editor: bool = False) -> str:
    """Markdown badge for a status, e.g. ':orange-badge[지연]'."""
    colour = {"announced": "gray", "in_progress": "blue", "revised": "violet", "delayed": "orange",
              "achieved": "green", "cancelled": "gray"}.get(code or "", "gray")
    mark = " ✎" if editor else ""
    return f":{colour}-badge[{labels.status(code)}{mark}]"
