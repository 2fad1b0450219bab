"""Consistency checks for held-out set as (gold annotations against the pages and reference data).

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
    "2025-01-22": ("■ 주문하신 분들께 먼저 드리는 말씀", "다홍딸기농원 안주인 드림"),
    "2025-03-14": ("■ 오늘 가게 소식", "참일꾼농자재 사장 드림"),
    "2025-04-02": ("■ 작업 개요", "(주)푸른그늘수목 현장팀 드림"),
    "2025-05-07": ("■ 인증서를 받던 날", "폴짝파크 모래내점 점장 드림"),
    "2025-07-12": ("■ 오늘 아침 특강에서", "바른발 반려견교육원 수석 훈련사 드림"),
    "2025-11-18": ("1. 인사 말씀", "(주)새땅자원 수거팀장 드림"),
    "2025-12-04": ("■ 엄마가 덧붙이는 농사 이야기", "다홍딸기농원 안주인 드림"),
    "2026-03-09": ("■ 왜 가로수는 견적에 없나요", "잎새조경 대표 드림"),
    "2026-05-14": ("■ 오늘 하루", "해님반 담임 드림"),
    "2026-07-14": ("■ 팀장 한마디", "검침2팀장 드림"),
    "2026-09-08": ("■ 서른 해를 돌아보며", "참일꾼농자재 사장 드림"),
    "2026-11-26": ("■ 판정 기준 읽는 법", "되짚기 시민모임 약속검진팀 드림"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "as", BODY, length=(1200, 3500)))
