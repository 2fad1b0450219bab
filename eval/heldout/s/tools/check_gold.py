"""Consistency checks for held-out set s (gold annotations against the pages and reference data).

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
    "2025-03-25": ("산업통상자원부가 지난달 국회를", "은서율 기자 seoyul@"),
    "2025-04-16": ("앞으로 국세를 3,000만 원", "도윤재 기자 yunjae.do@"),
    "2025-05-14": ("(세종=여울통신)", "sjpi@yeoulnews"),
    "2025-07-22": ("특허청이 특허를 담보로", "우다인 기자 daine@"),
    "2025-08-27": ("정부 위원회는 '만들기는", "석하람 기자 haram@"),
    "2025-10-30": ("30일 국회 보건복지위원회의", "봉유나 기자 yuna@"),
    "2025-11-18": ("[앵커]", "(영상취재"),
    "2026-01-14": ("국세를 3,000만 원 넘게 내지", "소담이 기자 dami@"),
    "2026-02-24": ("약국에서 \"그 약은", "마로운 데이터에디터 roun@"),
    "2026-04-08": ("행정안전부가 지난해 8월", "ⓒ 한마음일보"),
    "2026-07-15": ("지식재산처(옛 특허청)가 지난해", "제하진 기자 hajin@"),
    "2026-11-24": ("약속저울 점검팀이 지난해", "빈솔아 기자 sola@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "s", BODY, length=(1200, 3500)))
