"""Consistency checks for held-out set ap (gold annotations against the pages and reference data).

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
    "2025-01-23": ("■ 작성 전에 꼭 읽어 주세요", "먹선 타투 스튜디오 대표 아티스트 어지율 드림"),
    "2025-02-18": ("안녕하세요, 마늘한쪽이에요.", "마늘한쪽 드림"),
    "2025-04-09": ("■ 최근 점검 이력", "벼리시 공원녹지과 공중위생팀 드림"),
    "2025-05-16": ("1. 개편 사유", "너븐군수 (직인 생략)"),
    "2025-06-12": ("■ 소집 내용", "솔바람 예비군훈련대 드림"),
    "2025-09-17": ("■ 회수 대상과 사유", "(주)컬러리프코리아 대표이사 육현채"),
    "2025-10-30": ("■ 김장 재료 행사 상품", "푸짐마트 솔밭점 임직원 일동"),
    "2025-11-20": ("안녕하세요, 등불순찰대 대장 추담희입니다.", "등불순찰대 대장 추담희 드림"),
    "2026-01-22": ("📣 진행 소식 (3)", "가지면 주민 도온유 드림"),
    "2026-03-19": ("거래처 사장님, 안녕하십니까.", "(주)배꽃김치 영업본부장 여은재 드림"),
    "2026-05-14": ("조합원 동지 여러분!", "2026년 5월 14일"),
    "2026-11-27": ("■ 시상식을 열며", "말과셈 사무국 드림"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "ap", BODY, length=(1200, 3500)))
