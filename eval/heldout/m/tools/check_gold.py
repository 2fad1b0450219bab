"""Consistency checks for held-out set m (gold annotations against the pages and reference data).

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
    "2025-02-18": ("(세종=미르통신)", "hr.chae@mirrnews"),
    "2025-03-20": ("농산물 온라인 도매시장이 문을 연 지", "백로운 기자 rowoon@"),
    "2025-04-22": ("중소벤처기업부가 장사를 접는", "윤가람 기자 garam@"),
    "2025-05-27": ("산림청이 숲이 빨아들이는", "도하엘 기자 hael@"),
    "2025-06-17": ("식품의약품안전처가 영양사가 없는", "권솔빛 기자 solbit@"),
    "2025-08-12": ("국토교통부가 수학여행과", "남궁새롬 기자 saerom@"),
    "2025-10-15": ("14일 정부대전청사에서", "설도윤 기자 doyun@"),
    "2025-12-09": ("[앵커]", "(영상취재"),
    "2026-02-24": ("서울 마포구 망원동의", "하윤서 기자 yunseo@"),
    "2026-03-17": ("산림청이 지난해 5월", "류다겸 기자 dagyeom@"),
    "2026-04-21": ("지난달 경기도의", "Copyright ⓒ 새벽일보"),
    "2026-11-17": ("부처가 내놓는 대책에는", "봉하린 기자 harin@"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "m", BODY, length=(1000, 3000)))
