"""Consistency checks for held-out set ao (gold annotations against the pages and reference data).

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
    "2025-01-21": ("고객 여러분께 깊이 사과드립니다.", "푸름텔레콤 네트워크운영센터 드림"),
    "2025-02-27": ("사장님, 안녕하세요. 자리있어 파트너지원팀입니다.", "자리있어 파트너지원팀 드림"),
    "2025-03-27": ("■ 상품 설명", "길벗여행 국내팀 드림"),
    "2025-05-14": ("⚠️ 3코스 들개 출몰 안내", "안전한 탐방 되세요."),
    "2025-06-20": ("■ 보내 주신 고민", "표서하 드림"),
    "2025-09-22": ("안녕하십니까. 은하강 억새축제 추진위원회입니다.", "은하강 억새축제 추진위원장 반유찬 드림"),
    "2025-10-16": ("달팽이 — 2025.10.09. 오후 8:31", "다들 오늘 밤에 봬요 🌙"),
    "2025-12-10": ("■ 기본 정보", "새터시 동물보호센터 드림"),
    "2026-02-26": ("■ 코스와 가격", "스시 해온 궁다인 드림"),
    "2026-04-13": ("■ 민원 내용", "푸름텔레콤 고객보호팀 국윤서 드림"),
    "2026-07-22": ("회원님들 안녕하세요, 산대장 기서후입니다.", "산대장 기서후 드림"),
    "2026-11-26": ("■ 통지표 읽는 법", "주머니시민연대 정책감시팀 드림"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "ao", BODY, length=(1200, 3500)))
