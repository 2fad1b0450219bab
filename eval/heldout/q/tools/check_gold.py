"""Consistency checks for held-out set q (gold annotations against the pages and reference data).

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
    "2025-01-23": ("기획재정부가 개인투자용 국채를", "설가윤 기자 gayoon@"),
    "2025-02-26": ("방송통신위원회와 과학기술정보통신부가", "좌민서 기자 minseo@"),
    "2025-03-19": ("2015년 문을 연 국내 배출권", "용하람 기자 haram@"),
    "2025-04-16": ("(세종=새벽통신)", "seunga@saebyeoknews"),
    "2025-07-15": ("기획재정부가 7월부터 하겠다고", "경도윤 기자 doyoon@"),
    "2025-08-21": ("국내 석유화학 기업 10곳이", "양시현 기자 sihyun@"),
    "2025-10-16": ("16일 국회 과학기술정보방송통신위원회의", "구슬아 기자 seula@"),
    "2025-12-10": ("[앵커]", "(영상취재"),
    "2026-02-11": ("석유화학 업황이 바닥을", "명지후 기자 jihu@"),
    "2026-03-18": ("지난해 8월 석유화학 업계가", "ⓒ 바른길일보"),
    "2026-06-09": ("창원국가산업단지에서 정밀부품을", "사공민 기자 gongmin@"),
    "2026-11-19": ("약속장부 점검팀이 지난해", "천다인 기자 dain@"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "q", BODY, length=(1000, 3000)))
