"""Consistency checks for held-out set r (gold annotations against the pages and reference data).

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
    "2025-02-12": ("(세종=새빛통신)", "doeun@saebit"),
    "2025-03-26": ("산업통상자원부가 조선소 일손", "채서하 기자 seoha@"),
    "2025-04-23": ("지난해 8월 텔레그램", "국보람 기자 boram@"),
    "2025-07-16": ("중소벤처기업부가 후계자를", "예서린 기자 seorin@"),
    "2025-08-27": ("산업통상자원부와 농림축산식품부가 주민이", "목하진 기자 hajin@"),
    "2025-10-15": ("15일 국회에서 열린", "간지율 기자 jiyul@"),
    "2025-12-09": ("[앵커]", "(영상취재"),
    "2026-01-20": ("성평등가족부(옛 여성가족부)가", "방서윤 기자 seoyun@"),
    "2026-02-11": ("조선소 도크는 다시 붐빈다", "탁가온 기자 gaon@"),
    "2026-03-17": ("정부가 국고보조금 부정수급을", "ⓒ 곧은소리신문"),
    "2026-06-23": ("대구 성서산업단지에서", "금하늘 기자 haneul@"),
    "2026-11-20": ("약속지기 점검팀이 지난해", "라온유 기자 onyu@"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "r", BODY, length=(1000, 3000)))
