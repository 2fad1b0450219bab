"""Consistency checks for held-out set an (gold annotations against the pages and reference data).

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
    "2025-01-14": ("■ 예산 (1월 14일 기준", "— 끝. 수정은 지안에게 말하기"),
    "2025-02-20": ("사랑하는 햇살숲 부모님들께,", "햇살숲어린이집 원장 배정화 드림"),
    "2025-03-18": ("■ 정의", "※ 이 항목은 정부 발표와"),
    "2025-04-24": ("고객님, 안녕하십니까.", "솔뫼농기계(주) 고객만족팀 드림"),
    "2025-05-29": ("들어가며", "좋은마무리시민연대 정책팀 드림"),
    "2025-06-17": ("안녕하세요. 청림시가족센터 통번역팀입니다.", "청림시가족센터 통번역팀 드림"),
    "2025-08-26": ("존경하는 산내군민 여러분", "(발언 끝)"),
    "2025-10-15": ("■ 이런 분께 권해 드려요", "온길손해보험 준법감시인 심의필"),
    "2025-12-09": ("조합원 여러분, 올 한 해도", "큰들농협 조합장 남우진 올림"),
    "2026-03-10": ("유가족 여러분과 시민 여러분께", "푸른언덕추모공원팀 드림"),
    "2026-07-14": ("구성원 여러분, 안녕하세요.", "인사팀 드림"),
    "2026-11-24": ("📢 발표 (3)", "+ 다른 목록 추가"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "an", BODY, length=(1200, 3500)))
