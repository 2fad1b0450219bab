"""Consistency checks for held-out set y (gold annotations against the pages and reference data).

Run:  python3 tools/check_gold.py        exit 0 = all checks passed, 1 = problems listed.

The checks are eval/heldout/goldtools.py's; this set adds where each page's body begins and ends.
"""
from __future__ import annotations

import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent))

from goldtools import check  # noqa: E402


# body of each page: from the first body paragraph to the sign-off (markers chosen by hand per page)
BODY = {
    "2025-02-11": ("(세종=새길통신) 남궁별 기자 =", "byul.namgung@saegilnews"),
    "2025-03-18": ("농촌이 빠르게 늙어 가자", "도하린 기자 harin@"),
    "2025-04-29": ("미국이 중국 바이오 기업과의", "정리=공태린 기자 taerin@"),
    "2025-06-17": ("극장 관객이 코로나19 이전의", "반서윤 기자 seoyun@"),
    "2025-07-22": ("[한눈에 보기]", "doyun@allimmadang"),
    "2025-09-09": ("[앵커]", "(촬영기자:"),
    "2025-10-28": ("지난 23일 전북 김제시", "김제=진하율 기자 hayul@"),
    "2025-12-16": ("중소 바이오기업이 함께 쓰는", "육서진 기자 seojin@"),
    "2026-02-10": ("지난해 극장을 찾은 관객은", "빈서아 데이터기자 bseoa@"),
    "2026-04-21": ("지난 주말 동네 극장에 갔다.", "탁민재 논설위원 minjae.tak@"),
    "2026-07-14": ("지난 11일 토요일 오전", "방시우 기자 siwoo@"),
    "2026-11-26": ("약속돋보기 점검팀이 지난해 초부터", "여태준 기자 taejun@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "y", BODY, length=(1200, 3500)))
