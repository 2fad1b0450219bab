"""Consistency checks for held-out set ak (gold annotations against the pages and reference data).

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
    "2025-01-22": ("■ 진료비 게시 안내", "솔내동물병원 원장 윤보람 드림"),
    "2025-02-19": ("1. 국가장학금 2차 신청", "문의: 학생지원처 장학복지팀"),
    "2025-03-13": ("■ 실적 요약 (연결 기준)", "정리 = 주주마루 IR데스크"),
    "2025-04-17": ("■ 선박 정보", "■ 오시는 길"),
    "2025-05-27": ("상인 여러분, 사무국장입니다.", "- 도담중앙시장 상인회 사무국장 드림 -"),
    "2025-08-12": ("■ 한 장으로 보기", "쉬운말세상 쉬운정보팀"),
    "2025-09-30": ("존경하는 은포 시민 여러분", "은포시민과 함께, 국회의원 차서율 올림"),
    "2025-11-20": ("■ 상세정보\n", "· 제품 특성상 포장을 뜯거나"),
    "2026-01-21": ("■ 1. 지역별 평균 진료비", "펫값 데이터랩 민채율"),
    "2026-03-18": ("✨ AI 요약 (베타)", "──── 기록 끝"),
    "2026-07-09": ("1. 일정", "풀 취재 끝."),
    "2026-11-24": ("[14:02] 나은결 기자", "라이브 진행 = 나은결 기자"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "ak", BODY, length=(1200, 3500)))
