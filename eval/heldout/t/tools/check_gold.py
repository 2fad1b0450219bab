"""Consistency checks for held-out set t (gold annotations against the pages and reference data).

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
    "2025-02-18": ("(세종=나래통신) 옥지후 기자 =", "jihu.ok@naraenews"),
    "2025-03-26": ("아프리카돼지열병(ASF)과 럼피스킨", "설은재 기자 eunjae@"),
    "2025-05-20": ("어린이집과 유치원을 하나로 합치는", "정리=어시온 기자"),
    "2025-06-24": ("동해안 오징어잡이 배들이", "포항=승보민 기자 bomin@"),
    "2025-08-12": ("지난달 한 아이돌 그룹의", "소예담 기자 yedam@"),
    "2025-10-14": ("[앵커]", "(촬영기자:"),
    "2025-12-09": ("경기 연천의 한 양돈농장에서", "용하루 기자 haru@"),
    "2026-02-10": ("식탁에 오르는 생선은", "한지솔 데이터기자 jisol@"),
    "2026-03-17": ("새 학기가 시작된 지", "ⓒ 늘푸른신문"),
    "2026-05-19": ("지난 주말 한 가수의", "금바다 기자 bada@"),
    "2026-07-08": ("해양수산부가 연근해 수산자원 회복 방안을", "표도란 기자 doran@"),
    "2026-11-19": ("약속나침반 점검팀이 지난해부터", "온해린 기자 haerin@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "t", BODY, length=(1200, 3500)))
