"""Consistency checks for held-out set l (gold annotations against the pages and reference data).

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
    "2025-01-21": ("(세종=한가람통신)", "sh.yoon@hangaramnews"),
    "2025-02-25": ("국토교통부가 부모와 떨어져", "함예준 기자 yejun@"),
    "2025-03-25": ("밤 10시가 넘어 아이가", "설하윤 기자 hayoon@"),
    "2025-04-15": ("농림축산식품부가 농촌 마을의", "구민재 기자 minjae@"),
    "2025-06-10": ("국가유산청이 화재나", "명단비 기자 danbi@"),
    "2025-08-19": ("국가보훈부가 국가유공자가", "주은솔 기자 eunsol@"),
    "2025-10-14": ("13일 국회 국토교통위원회의", "반지오 기자 jio.ban@"),
    "2025-11-25": ("[앵커]", "(촬영기자"),
    "2026-02-10": ("국가데이터처(옛 통계청)가", "탁가을 기자 gaeul@"),
    "2026-04-21": ("지난달 강원도의", "Copyright ⓒ 바른일보"),
    "2026-07-14": ("빈집이 가장 많은 전남", "나슬기 기자 seulgi@"),
    "2026-11-24": ("정부 부처가 내놓는", "원소담 기자 sodam@"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "l", BODY, length=(1000, 3000)))
