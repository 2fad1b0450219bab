"""Consistency checks for held-out set o (gold annotations against the pages and reference data).

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
    "2025-01-21": ("(세종=아라통신)", "nara.keum@aranews"),
    "2025-02-25": ("보건복지부가 지금 21곳인", "소하람 기자 haram@"),
    "2025-03-18": ("국토교통부가 공유 전동킥보드", "Copyright ⓒ 새바람일보"),
    "2025-04-22": ("지난해 7월 중부지방에", "윤소리 기자 sori@"),
    "2025-07-08": ("병무청이 사회복무요원 판정을", "천서윤 기자 seoyun@"),
    "2025-09-09": ("[앵커]", "(영상취재"),
    "2025-10-14": ("14일 국회 과학기술정보방송통신위원회의", "표가람 기자 garam@"),
    "2025-12-16": ("지난달 셋째를 낳은", "구나연 기자 nayeon@"),
    "2026-02-10": ("공직은 한때", "도채은 기자 chaeeun@"),
    "2026-04-21": ("지난달 한 광역시 구청에서", "Copyright ⓒ 새솔일보"),
    "2026-06-30": ("정부가 지난해 3월 '개인형", "봉하준 기자 hajun@"),
    "2026-11-27": ("정부 대책은 숫자와 날짜로", "서다온 기자 daon@"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "o", BODY, length=(1000, 3000)))
