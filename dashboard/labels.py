"""Korean words for the codes the database stores, and the tables as the desk sees them.

The database keeps short English codes (`delayed`, `revision`, `after_footer`) so that SQL and
tests stay stable; journalists read Korean. Every page and every export goes through this one
module, so a label changed here changes the screen and the downloaded files together — which is
what "the export has exactly the on-screen rows" needs. Category labels are not here: they are
data (the `categories` table), edited with the reference files, not with the code.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

import pandas as pd

from etl.status import STATUSES

# DESIGN.md §3, in the order a commitment usually moves through them; defined once in etl.status.
STATUS_LABELS = dict(STATUSES)
STATUS_ORDER = list(STATUS_LABELS)

# Colour-blind-safe (Okabe–Ito based); the two end states are the strongest colours.
STATUS_COLORS = {
    "announced": "#8C96A5",
    "in_progress": "#0072B2",
    "revised": "#CC79A7",
    "delayed": "#E69F00",
    "achieved": "#009E73",
    "cancelled": "#4D4D4D",
}

STATUS_HELP = {
    "announced": "발표되었고 아직 후속 보도가 없음",
    "in_progress": "후속 보도로 추진 중임이 확인됨",
    "revised": "발표 뒤 목표나 기한이 바뀜",
    "delayed": "지연이 보도되었거나 기한이 지났는데 이행 보도가 없음 (기한 경과)",
    "achieved": "이행이 보도됨",
    "cancelled": "철회·중단·무산",
}

KIND_LABELS = {
    "new": "신규",
    "progress": "진행",
    "revision": "변경",
    "achieved": "이행",
    "delayed": "지연",
    "cancelled": "무산",
}

# What each kind of mention looks like when highlighted in an article.
KIND_COLORS = {
    "new": "#FFE58F",
    "progress": "#BAE0FF",
    "revision": "#FFD6E7",
    "achieved": "#B7EB8F",
    "delayed": "#FFD591",
    "cancelled": "#D9D9D9",
}

PRECISION_LABELS = {
    "day": "일",
    "month": "월",
    "quarter": "분기",
    "half": "반기",
    "year": "연도",
    "event": "사건 기준",
    "unknown": "불명",
}

STRENGTH_LABELS = {
    "decided": "확정",
    "planned": "계획",
    "volition": "의지",
    "advocacy": "주장",
    "prediction": "전망",
    "reported": "전언",
    "measured": "수치 보도",  # a figure where it stands, kept only when it measures a promise
}

REMOVED_REASON_LABELS = {
    "dateline": "입력·수정 시각",
    "event_date": "행사 일시·장소",
    "source": "출처 링크",
    "correction_note": "바로잡습니다 안내",
    "section_end": "본문 끝 표시",
    "ad": "광고",
    "byline": "기자 이름·이메일",
    "copyright": "저작권 문구",
    "menu": "메뉴·공유 버튼",
    "after_footer": "본문 뒤 (관련기사 등)",
    "caption": "사진 설명",
    "attachment": "첨부 파일 목록",
    "title": "제목 줄",
    "sample_note": "샘플 안내문",
    "blank_run": "연속 빈 줄",
}

SOURCE_LABELS = {"rule": "규칙", "editor": "편집자"}

FORMAT_LABELS = {"text": "텍스트", "html": "웹 페이지", "jsonl": "JSON lines", "bigkinds": "빅카인즈"}


def rejection_label(reason: str) -> str:
    """The ETL's own wording for why an input was rejected (Korean part only)."""
    try:
        from etl.model import REJECTION_REASONS
    except ImportError:  # pragma: no cover - the ETL package is part of the repository
        return reason
    text = REJECTION_REASONS.get(reason)
    return text.split(" / ")[0] if text else reason


# ---------------------------------------------------------------------------------------------
# Numbers and dates, the way a Korean newsroom writes them
# ---------------------------------------------------------------------------------------------


def number(value: float | int | None) -> str:
    """1234567 → '1,234,567'; 52.5 → '52.5'; missing → ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    value = float(value)
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def target(value: float | None, unit: str | None) -> str:
    """The target as written in a story: '30,000장', '52%', '' when there is none."""
    text = number(value)
    if not text:
        return ""
    return f"{text}{unit or ''}"


def day(value: date | datetime | pd.Timestamp | None) -> str:
    """YYYY-MM-DD, or '' for a missing date."""
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return pd.Timestamp(value).strftime("%Y-%m-%d")


def text(value: object) -> str:
    """A string column's value, or '' for None / NaN / NA (pandas gives all three)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def reason(value: object) -> str:
    """The ETL's status reason with kind codes in Korean ('후속 보도: progress' → '후속 보도: 진행')."""
    return re.sub(r"\b(new|progress|revision|achieved|delayed|cancelled)\b",
                  lambda m: KIND_LABELS[m[1]], text(value))


def status(code: str | None) -> str:
    return STATUS_LABELS.get(code or "", code or "")


def kind(code: str | None) -> str:
    return KIND_LABELS.get(code or "", code or "")


# ---------------------------------------------------------------------------------------------
# Tables as shown (and exported)
# ---------------------------------------------------------------------------------------------

# Column → Korean header, in display order. A table function keeps only the columns present.
COMMITMENT_COLUMNS = {
    "commitment_id": "ID",
    "summary": "약속",
    "ministry": "부처",
    "status_label": "상태",
    "deadline": "마감",
    "target": "목표",
    "category_label": "분야",
    "announced_at": "발표일",
    "deadline_text": "기한 표현",
    "rule_status_label": "규칙 상태",
    "editor_status_label": "편집자 판정",
    "editor_note": "판정 메모",
    "person": "발언자",
    "mention_count": "언급 수",
    "last_mentioned_at": "최근 언급",
    "source_sentence": "출처 문장",
}

DEADLINE_COLUMNS = {
    "commitment_id": "ID",
    "deadline": "마감",
    "days_left": "남은 날",
    "summary": "약속",
    "ministry": "부처",
    "status_label": "상태",
    "target": "목표",
    "deadline_text": "기한 표현",
    "announced_at": "발표일",
    "source_sentence": "출처 문장",
}

TARGET_COLUMNS = {
    "commitment_id": "ID",
    "ministry": "부처",
    "summary": "약속",
    "target": "목표",
    "progress": "보고된 진척",
    "progress_ratio": "진척률",
    "deadline": "마감",
    "revision_count": "변경 횟수",
    "status_label": "상태",
}


def commitment_choices(frame: pd.DataFrame) -> dict[str, str]:
    """id → what a picker shows: summary · ministry, then the date it was made and, if two
    still read the same, the id. A picker must never show two promises alike: the one picked
    would be taken for the other (a promise restated in another article reads the same)."""
    names = frame["summary"].fillna("") + " · " + frame["ministry"].fillna("부처 미상")
    if "announced_at" in frame:
        repeated = names.duplicated(keep=False)
        names = names.where(~repeated, names + " · " + frame["announced_at"].map(day))
    repeated = names.duplicated(keep=False)
    names = names.where(~repeated, names + " · #" + frame["commitment_id"].astype(str))
    return dict(zip(frame["commitment_id"], names))


def with_labels(frame: pd.DataFrame, category_labels: dict[str, str] | None = None) -> pd.DataFrame:
    """Add the Korean label columns a table needs, vectorised (no per-row Python for codes)."""
    out = frame.copy()
    if "status" in out:
        out["status_label"] = out["status"].map(STATUS_LABELS).fillna(out["status"]).fillna("")
    if "rule_status" in out:
        out["rule_status_label"] = out["rule_status"].map(STATUS_LABELS).fillna(out["rule_status"]).fillna("")
    if "editor_status" in out:
        out["editor_status_label"] = out["editor_status"].map(STATUS_LABELS).fillna("")
    if "category" in out:
        labels = category_labels or {}
        out["category_label"] = out["category"].map(labels).fillna(out["category"])
    if "target_value" in out and "target_unit" in out:
        out["target"] = _targets(out["target_value"], out["target_unit"])
    if "progress_value" in out and "target_unit" in out:
        out["progress"] = _targets(out["progress_value"], out["target_unit"])
    return out


def _targets(values: pd.Series, units: pd.Series) -> pd.Series:
    """'30,000장' per row; the number is formatted once per distinct value, not once per row."""
    numbers = pd.Series(values, dtype="Float64")
    distinct = {v: number(float(v)) for v in numbers.dropna().unique()}
    text = numbers.map(distinct).astype("string").fillna("")
    unit = pd.Series(units, dtype="string").fillna("")
    return text + unit.where(text != "", "")


def table(frame: pd.DataFrame, columns: dict[str, str], category_labels: dict[str, str] | None = None) -> pd.DataFrame:
    """The table exactly as shown and exported: labelled, ordered, Korean headers."""
    labelled = with_labels(frame, category_labels)
    keep = [c for c in columns if c in labelled.columns]
    return labelled[keep].rename(columns=columns)


def filter_parts(filters, category_labels: dict[str, str] | None = None, *, compact: bool = False) -> list[str]:
    """The active filters in Korean, one part each: for captions, and (compact) for file names.

    Compact parts have no spaces or quotes, and many ministries or categories are counted
    ('부처4곳') so a file name stays short.
    """
    joiner = "+" if compact else "·"
    gap = "" if compact else " "
    parts = []
    if filters.ministries:
        many = compact and len(filters.ministries) > 3
        parts.append(f"부처{len(filters.ministries)}곳" if many else joiner.join(filters.ministries))
    if filters.categories:
        names = [(category_labels or {}).get(c, c) for c in filters.categories]
        parts.append(f"분야{len(names)}개" if compact and len(names) > 3 else joiner.join(names))
    if filters.statuses:
        parts.append(joiner.join(status(s) for s in filters.statuses))
    if filters.announced_from or filters.announced_to:
        parts.append(f"발표{gap}{day(filters.announced_from)}~{day(filters.announced_to)}")
    if filters.due_from or filters.due_to:
        parts.append(f"마감{gap}{day(filters.due_from)}~{day(filters.due_to)}")
    if filters.q:
        parts.append(f"검색-{filters.q[:20]}" if compact else f"검색 “{filters.q}”")
    if filters.as_of:
        parts.append(f"기준{filters.as_of.isoformat()}" if compact else f"기준일 {day(filters.as_of)}")
    return parts
