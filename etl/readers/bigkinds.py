"""BigKinds (빅카인즈, 한국언론진흥재단) Excel exports: `NewsResult_YYYYMMDD-YYYYMMDD.xlsx`.

The standard layout has 19 columns (notes/anchors-trackers.md §5.2). Headers are matched after
NFC and with spaces ignored (`통합분류1` = `통합 분류1`); `특성추출` (older exports) is accepted for
`특성추출(가중치순 상위 50개)`. The header is looked for in the first rows of each sheet.

- `뉴스 식별자` is read as text (`01100101.20250514102000123`: the leading zero matters). If the
  cell holds a number (the file was re-saved by a spreadsheet), it is formatted back — zero-padded
  to the cell's `00000000` number format when it has one — and `extra["뉴스 식별자_경고"]` says the
  value was numeric, since digits may already have been lost.
- `일자` (YYYYMMDD as int or str, or a date cell) → published_at (midnight, KST).
- `언론사` → outlet, `기고자` → byline, `제목` → title, `본문` → text, `URL` → url; every other
  column with a value (뉴스 식별자, 통합 분류1-3, 사건/사고 분류1-3, 인물, 위치, 기관, 키워드,
  특성추출, and unknown ones) is kept in `extra` under its header.
- Rows with `분석제외 여부` set (중복, 예외, 유효 URL 없음) are skipped: Rejection("excluded").
- Every article is flagged `excerpt`: BigKinds' 본문 is often an excerpt of the article.
- source_path is `file.xlsx#row5`, the 5th data row (the detail also names the spreadsheet row).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from etl.model import RawDocument, Rejection

from .common import json_safe, normalise_inline, normalise_text, parse_datetime, reject

COLUMNS: tuple[str, ...] = (
    "뉴스 식별자", "일자", "언론사", "기고자", "제목", "통합 분류1", "통합 분류2", "통합 분류3",
    "사건/사고 분류1", "사건/사고 분류2", "사건/사고 분류3", "인물", "위치", "기관", "키워드",
    "특성추출(가중치순 상위 50개)", "본문", "URL", "분석제외 여부",
)  # fmt: skip
REQUIRED: tuple[str, ...] = ("뉴스 식별자", "일자", "언론사", "제목", "본문")
_FIELDS = {"일자", "언론사", "기고자", "제목", "본문", "URL", "분석제외 여부"}  # not copied to extra
_HEADER_SEARCH_ROWS = 10
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _key(header: object) -> str:
    text = unicodedata.normalize("NFC", str(header or ""))
    key = re.sub(r"\s+", "", text)
    return "특성추출" if key.startswith("특성추출") else key


_CANONICAL = {_key(c): c for c in COLUMNS}


def read_bigkinds(source_path: str, source: str | Path | IO[bytes]) -> Iterator[RawDocument | Rejection]:
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 — openpyxl raises many types on a damaged file
        yield reject(source_path, "unreadable", f"xlsx 파일을 열 수 없음({type(exc).__name__}: {exc})",
                     f"cannot open the xlsx file ({type(exc).__name__}: {exc})")  # fmt: skip
        return
    try:
        yield from _read_workbook(source_path, workbook)
    finally:
        workbook.close()


def _read_workbook(source_path: str, workbook: Any) -> Iterator[RawDocument | Rejection]:
    best: tuple[int, list[str], list[str]] | None = None  # (matches, missing, headers seen)
    for sheet in workbook.worksheets:
        try:
            head_rows = list(sheet.iter_rows(max_row=_HEADER_SEARCH_ROWS, values_only=True))
        except Exception as exc:  # noqa: BLE001
            yield reject(source_path, "unreadable", f"시트를 읽을 수 없음({exc})", f"cannot read a sheet ({exc})")
            return
        for index, row in enumerate(head_rows):
            columns = {_CANONICAL[_key(v)]: i for i, v in enumerate(row) if _key(v) in _CANONICAL}
            missing = [c for c in REQUIRED if c not in columns]
            if best is None or len(columns) > best[0]:
                best = (len(columns), missing, [str(v) for v in row if v not in (None, "")])
            if not missing:
                yield from _read_rows(source_path, sheet, header_row=index + 1, columns=columns)
                return
    missing = best[1] if best and best[0] >= 3 else list(REQUIRED)
    seen = ", ".join(best[2][:10]) if best and best[2] else "없음/none"
    yield reject(
        source_path,
        "bad_columns",
        f"빅카인즈 열이 없음: {', '.join(missing)} (찾은 머리글: {seen})",
        f"missing BigKinds columns: {', '.join(missing)} (headers found: {seen})",
    )


def _read_rows(source_path: str, sheet: Any, *, header_row: int, columns: dict[str, int]) -> Iterator[RawDocument | Rejection]:
    extra_columns = {name: i for name, i in columns.items() if name not in _FIELDS}
    data_row = 0
    for cells in sheet.iter_rows(min_row=header_row + 1):
        values = [_value(c) for c in cells]
        if all(v is None for v in values):
            continue  # read-only worksheets often report trailing empty rows
        data_row += 1
        excel_row = header_row + data_row
        path = f"{source_path}#row{data_row}"
        where_ko, where_en = f"{data_row}번째 행(엑셀 {excel_row}행)", f"data row {data_row} (sheet row {excel_row})"

        def get(name: str) -> Any:
            i = columns.get(name)
            return values[i] if i is not None and i < len(values) else None

        excluded = normalise_inline(get("분석제외 여부"))
        if excluded:
            yield reject(path, "excluded", f"{where_ko} 분석제외 여부 = {excluded}", f"{where_en} marked 분석제외 여부 = {excluded}")
            continue
        title = normalise_inline(get("제목"))
        body = normalise_text(_unescape(str(get("본문")))) if get("본문") is not None else ""
        if not title or not body.strip():
            missing_ko = "·".join(n for n, ok in (("제목", title), ("본문", body.strip())) if not ok)
            missing_en = " and ".join(n for n, ok in (("title", title), ("body", body.strip())) if not ok)
            yield reject(path, "no_article", f"{where_ko} {missing_ko} 없음", f"{where_en}: no {missing_en}")
            continue

        extra: dict[str, Any] = {}
        for name, i in extra_columns.items():
            cell = cells[i] if i < len(cells) else None
            if name == "뉴스 식별자":
                news_id, warning = _news_id(cell)
                if news_id:
                    extra[name] = news_id
                if warning:
                    extra["뉴스 식별자_경고"] = warning
            elif i < len(values) and values[i] is not None:
                value = values[i]
                extra[name] = normalise_inline(_unescape(value)) if isinstance(value, str) else json_safe(value)
        raw_date = get("일자")
        published = parse_datetime(raw_date)
        if published is None and raw_date is not None:
            extra["일자"] = json_safe(raw_date)
        yield RawDocument(
            source_path=path,
            source_format="bigkinds",
            text=body,
            title=title,
            published_at=published,
            byline=normalise_inline(get("기고자")),
            outlet=normalise_inline(get("언론사")),
            url=normalise_inline(get("URL")),
            flags=("excerpt",),
            extra={k: v for k, v in extra.items() if v not in (None, "")},
        )
    if data_row == 0:
        yield reject(source_path, "no_article", "머리글만 있고 기사 행이 없음", "header row only, no article rows")


def _value(cell: Any) -> Any:
    value = getattr(cell, "value", None)
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _unescape(value: object) -> str:
    """Excel's `_x000D_` escapes of control characters, left in place by some writers."""
    text = str(value)
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if int(m.group(1), 16) < 0x20 else m.group(0), text)


def _news_id(cell: Any) -> tuple[str | None, str | None]:
    value = getattr(cell, "value", None)
    if value is None or isinstance(value, bool):
        return None, None
    if isinstance(value, str):
        return normalise_inline(value), None
    if isinstance(value, (int, float)):
        fmt = str(getattr(cell, "number_format", "") or "")
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int):
            width = len(fmt) if fmt and set(fmt) == {"0"} else 0
            text = str(value).zfill(width)
        else:
            text = repr(value)
        warning = (
            f"뉴스 식별자가 숫자로 저장되어 있었음({value!r}); 앞자리 0이나 소수 자리가 사라졌을 수 있음 / "
            f"news id was stored as a number ({value!r}); leading zeros or digits may have been lost"
        )
        return text, warning
    return str(json_safe(value)), None
