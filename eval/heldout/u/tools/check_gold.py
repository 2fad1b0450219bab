"""Consistency checks for held-out set u (gold annotations against the pages and reference data).

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
    "2025-01-21": ("(세종=단비통신) 탁나은 기자 =", "nana.tak@danbinews"),
    "2025-03-18": ("윗집 발소리를 둘러싼 갈등이", "여민호 기자 minho@"),
    "2025-04-22": ("지난해 태어난 아이 열 명 가운데", "정리=모하진 기자"),
    "2025-05-27": ("정부가 올해 방위산업 수주 목표를", "하도겸 기자 dogyeom@"),
    "2025-08-19": ("여름 휴가철을 맞아", "위서림 기자 seorim@"),
    "2025-10-23": ("'고수익 해외 취업'을 미끼로", "봉서준 기자 seojun@"),
    "2025-11-25": ("[앵커]", "(촬영기자:"),
    "2026-01-13": ("지난해 우리나라 방위산업 수주액이", "예도현 기자 dohyeon@"),
    "2026-02-24": ("아이를 기다리는 부부는", "반하람 데이터기자 haram@"),
    "2026-04-14": ("정부가 동남아시아 취업사기", "도윤서 기자 yunseo@"),
    "2026-07-07": ("보건복지부가 지난해 봄", "육시온 기자 sion@"),
    "2026-11-26": ("약속등대 점검팀이 지난해부터", "진서하 기자 seoha@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "u", BODY, length=(1200, 3500)))
