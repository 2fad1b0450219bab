"""Consistency checks for held-out set au (gold annotations against the pages and reference data).

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
    "2025-02-20": ("■ 오늘 아침 점검을 마치고", "한칸지기 콩떡 드림"),
    "2025-04-13": ("■ 오늘 아침 교신", "— 물안개 햄클럽 총무 갈치 드림"),
    "2025-05-31": ("■ 6년 동안 고마웠습니다", "솜뭉치 사장 드림 (그리고 호두, 밤톨, 깨비, 도리, 솔이)"),
    "2025-07-24": ("■ 오늘 밤 어디서, 무엇을", "별똥 천체관측회 운영진 북두 드림"),
    "2025-08-12": ("■ 포스터를 붙이며", "얼음골 사장 드림"),
    "2025-10-29": ("■ 오늘 훈련은 이렇게", "— 물안개 햄클럽 총무 갈치 드림"),
    "2025-12-17": ("■ 값을 올리며 드리는 말씀", "밀알제과 드림 (제빵사 둘, 계산대 하나)"),
    "2026-02-10": ("■ 왜 또 신고 이야기냐면", "— 정보 게시판 스탭 먹구렁 드림"),
    "2026-04-18": ("■ 기차에서", "— 잔별 (별 보러 다니는 회사원)"),
    "2026-06-24": ("■ 이번 달 무인 운영 이야기", "몰입 스터디카페 곰솔점 점장 드림"),
    "2026-09-06": ("■ 열다섯 달 만에", "— 어스름 (사진 찍는 사람)"),
    "2026-11-28": ("■ 도장 읽는 법", "다섯줄 빙고팀 드림"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "au", BODY, length=(1200, 3500)))
