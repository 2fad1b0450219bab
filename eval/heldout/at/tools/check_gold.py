"""Consistency checks for held-out set at (gold annotations against the pages and reference data).

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
    "2025-02-19": ("■ 이번 달 포장을 마치며", "책방 물그림 책방지기 반디 드림"),
    "2025-04-16": ("■ 이번 주 드롭 이야기", "두벌째 주인장 드림"),
    "2025-05-18": ("■ 오늘 달린 길", "— 바람개비킴 (페달로그 5년 차)"),
    "2025-06-26": ("■ 오늘 능선에서", "— 밤길 (풀섶곤충회 서울 모임)"),
    "2025-09-27": ("■ 오늘 낮 공연을 마치고", "극단 달팽이걸음 제작감독 드림"),
    "2025-11-05": ("■ 오늘 수거를 마치고", "(주)옷되살림 수거팀장 드림"),
    "2025-12-03": ("■ 오늘 아침 회진", "산너머 야생동물 쉼터 대표 수의사 드림"),
    "2026-03-11": ("■ 오늘 공방 소식", "가마솔 도예공방 선생님 드림"),
    "2026-05-23": ("■ 봄 점검 주간을 마치며", "바퀴살자전거 사장 드림"),
    "2026-06-19": ("■ 오늘 직관 후기", "— 9회말직관러 (다람쥐굴 12년 차)"),
    "2026-08-20": ("■ 제보 내용", "도로위눈 운영진 '곧은길' 드림"),
    "2026-11-27": ("■ 시세판 읽는 법", "시민모임 눈여겨 시세판 팀 드림"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "at", BODY, length=(1200, 3500)))
