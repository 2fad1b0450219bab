"""Consistency checks for held-out set k (gold annotations against the pages and reference data).

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
    "2025-02-11": ("(세종=한빛통신)", "dodam@hanbitnews"),
    "2025-03-18": ("여성가족부가 맞벌이 가정의", "진서윤 기자 sy.jin@"),
    "2025-04-22": ("행정안전부가 어린이보호구역", "ⓒ 한길뉴스"),
    "2025-07-15": ("군이 사람을 잃고 있다", "석지안 기자 jian.seok@"),
    "2025-08-26": ("교육부가 문을 닫은", "최가온 기자 gaon@"),
    "2025-10-28": ("[앵커]", "(촬영기자"),
    "2026-01-20": ("지난해 4월 정부가", "원하율 기자 hayul@"),
    "2026-03-03": ("지난달 말 경기도의", "노은채 기자 eunchae@"),
    "2026-04-14": ("성평등가족부는 지난해 말 기준", "[ⓒ 하늘경제"),
    "2026-05-12": ("어린이날 연휴가", "Copyright ⓒ 새날신문"),
    "2026-07-07": ("전남 섬 주민들의 뱃길", "천미르 기자 mir@"),
    "2026-11-20": ("정부가 내놓는 약속에는", "공하람 기자 haram.gong@"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "k", BODY, length=(1000, 3000)))
