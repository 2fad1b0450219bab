"""Consistency checks for held-out set ar (gold annotations against the pages and reference data).

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
    "2025-02-15": ("🐾 오늘의 일기", "— 보리네집사"),
    "2025-03-15": ("■ 오늘의 탐조", "물까치 탐조 모임 운영진 드림"),
    "2025-04-09": ("■ 안녕하세요, 볕든입니다", "볕든로스터리 드림"),
    "2025-05-14": ("■ 호스트 이야기", "담쟁이채 호스트 드림"),
    "2025-07-17": ("① 오늘 날씨와 도로", "배차팀장 드림"),
    "2025-08-23": ("■ 오늘 한 일", "— 봉숭아농원 주인장"),
    "2025-10-28": ("■ 현장 개요", "(주)투명너머 시공사업부 드림"),
    "2026-01-05": ("■ 새해 인사", "씨앗밭 운영진 일동 드림"),
    "2026-04-20": ("🖼 장면 설명", "— 솜털작가 드림"),
    "2026-06-15": ("■ 오늘", "— 나무결 목수방 대목 윤지평"),
    "2026-08-11": ("Q. 처마 밑에", "든든방제 상담팀 드림"),
    "2026-11-23": ("■ 노선도 읽는 법", "두고보자 시민회 노선도 팀 드림"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "ar", BODY, length=(1200, 3500)))
