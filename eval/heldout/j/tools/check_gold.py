"""Consistency checks for held-out set j (gold annotations against the pages and reference data).

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
    "2025-02-18": ("국토교통부가 도심을 가르는", "배지훈 기자 jhbae@"),
    "2025-03-11": ("(세종=다온통신)", "har@daonnews"),
    "2025-04-15": ("지방 대학의 빈 강의실을", "구하은 기자 haeun@"),
    "2025-05-20": ("국토교통부는 여름 성수기를", "홍재민 기자 jm.hong@"),
    "2025-07-08": ("산업통상자원부가 미국의 관세", "윤슬기 기자 seulgi@"),
    "2025-09-24": ("[앵커]", "(영상취재"),
    "2025-12-16": ("정부가 3월 '2025년 쌀 수급", "류다인 기자 dain@"),
    "2026-02-24": ("지난 주말 북한산", "현소라 기자 sora@"),
    "2026-03-10": ("산업통상부는 지난해 수출바우처를", "권나경 기자 nk.kwon@"),
    "2026-06-09": ("교육부는 지난해 말 기준", "도윤재 기자 yj.do@"),
    "2026-06-23": ("쌀이 남아도는 구조를", "Copyright ⓒ 누리일보"),
    "2026-11-25": ("정부 부처들은 해마다", "한예린 기자 yerin@"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "j", BODY, length=(1000, 3000)))
