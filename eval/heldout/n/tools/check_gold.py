"""Consistency checks for held-out set n (gold annotations against the pages and reference data).

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
    "2025-01-23": ("(세종=다솜통신)", "dawool.sung@dasomnews"),
    "2025-03-11": ("농촌진흥청이 과수화상병 확산을", "변서율 기자 seoyul@"),
    "2025-04-16": ("국토교통부가 도심 땅꺼짐", "정라온 기자 raon@"),
    "2025-05-20": ("홀로 살다 홀로 숨진 뒤", "우세린 기자 serin@"),
    "2025-06-10": ("고용노동부가 체감온도 33도", "한도율 기자 doyul@"),
    "2025-08-19": ("해양경찰청이 밀물 때", "마윤슬 기자 yunseul@"),
    "2025-09-16": ("[앵커]", "(영상취재"),
    "2025-10-21": ("21일 국회 기획재정위원회의", "류시온 기자 sion@"),
    "2026-02-12": ("서울 관악구의 한 다세대주택 반지하", "차은호 기자 eunho@"),
    "2026-04-15": ("지난 13일 대구의", "Copyright ⓒ 새길일보"),
    "2026-06-23": ("농촌진흥청과 농림축산식품부가 지난해 3월", "소윤재 기자 yunjae@"),
    "2026-11-25": ("정부 대책에는 숫자와 날짜가", "여하결 기자 hagyeol@"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "n", BODY, length=(1000, 3000)))
