"""Consistency checks for held-out set f (gold annotations against the pages and reference data).

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
    "2025-01-16": ("국토교통부가 가덕도", "김해솔 기자 haesol"),
    "2025-02-11": ("환경부가 올해", "윤채원 기자 cwyoon"),
    "2025-03-04": ("AI 디지털교과서(AIDT)가 새", "ⓒ 에듀인사이트"),
    "2025-04-24": ("체코 두코바니 신규", "정하윤 기자 hayoon"),
    "2025-05-20": ("(서울=뉴스라인통신)", "dana@"),
    "2025-06-05": ("[앵커]", "(영상취재"),
    "2025-08-05": ("AI 디지털교과서(AIDT)가 도입", "권지후 기자 jihoo@hanbit.example.kr\nⓒ"),
    "2025-09-15": ("올해도 수소버스", "한도윤 기자 doyoon"),
    "2025-11-19": ("[세종=한결뉴스]", "jyh@"),
    "2026-01-20": ("수소버스 보급 속도가", "※ 바로잡습니다"),
    "2026-02-26": ("가덕도신공항 개항 시점이", "문가은 기자 gaeun"),
    "2026-11-10": ("출퇴근길", "최윤석 논설위원 yschoi"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "f", BODY, length=(800, 2500)))
