"""Consistency checks for held-out set ag (gold annotations against the pages and reference data).

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
    "2025-01-16": ("안녕하세요, 교육부입니다", "#학교석면 #석면없는학교"),
    "2025-02-20": ("회원 여러분께 알려드립니다.", "📎 [붙임1]"),
    "2025-04-08": ("□ 경찰청은 지난해 9월 30일부터", "<담당 부서>"),
    "2025-05-22": ("1. 회의 개요", "담당자  장애인서비스과"),
    "2025-06-18": ("[요약]\n- 배리어프리", "[Compliance Notice]"),
    "2025-08-12": ("지난 8일 경남 미령시 정수장에서", "논점24 편집팀 editor@"),
    "2025-09-19": ("한 주 동안의 뉴스를", "틴즈시사 교육팀 quiz@"),
    "2025-11-13": ("경찰청이 10월까지 벌인", "2025년 11월 13일\n청소년도박예방학부모연대"),
    "2026-01-15": ("(편집자 주) 보건복지부가 14일", "정리 정책아카이브24 자료팀"),
    "2026-03-24": ("1. 개요 [편집]", "5. 각주 [편집]"),
    "2026-06-16": ("① 청암일보 |", "이 주제의 기사 더 보기"),
    "2026-11-26": ("[요약]\n· 교육부는", "약속이행연구소 함소이 연구위원 · 변해나 연구원 ("),
}


if __name__ == "__main__":
    sys.exit(check(SET, "ag", BODY, length=(1200, 3500)))
