"""Consistency checks for held-out set g (gold annotations against the pages and reference data).

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
    "2025-01-21": ("국토교통부가 올해 말", "송지환 기자 jhsong"),
    "2025-02-18": ("늘봄학교가 시행 2년", "배수아 기자 suah"),
    "2025-03-11": ("육아휴직 급여를 신청한 뒤", "최은별 기자 ebchoi"),
    "2025-05-14": ("경찰청이 고령", "임하준 기자 hajun"),
    "2025-09-16": ("[앵커]", "(영상취재"),
    "2025-09-29": ("(세종=누리통신)", "syp@"),
    "2025-10-27": ("국가정보자원관리원(국정자원) 대전 본원 화재가", "강도현 기자 dhkang"),
    "2026-02-24": ("지난해 육아휴직을 쓴", "정하람 기자 haram"),
    "2026-03-05": ("교육부가 이달", "노은재 기자 ejroh"),
    "2026-04-16": ("행정안전부가 국가정보", "윤지성 기자 jsyoon"),
    "2026-07-08": ("(서울=한울통신)", "ldh@"),
    "2026-11-12": ("배달 플랫폼과", "ⓒ 새아침일보"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "g", BODY, length=(800, 2500)))
