"""Consistency checks for held-out set aa (gold annotations against the pages and reference data).

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
    "2025-01-21": ("지난달 29일 무안국제공항 여객기 참사", "채도겸 기자 dogyeom@"),
    "2025-02-26": ("[카드 1]", "기획 심라온 · 디자인 변소율 (simraon@"),
    "2025-04-15": ("지난해 7월 집중호우 때 인제군", "육하린 기자 harin@"),
    "2025-07-16": ("권재윤 고용노동부 장관 후보자는 15일", "문해별 기자 haebyeol@"),
    "2025-07-29": ("1. 보도 내용", "이 보도해명자료와 관련하여"),
    "2025-08-19": ("(서울=동서통신) 용세빈 기자 =", "seb@dongseonews"),
    "2025-08-27": ("◇ 남궁솔> 지난주 경북과 충남에", "ⓒ 하늘소리방송 |"),
    "2025-10-28": ("행정안전부가 모바일 주민등록증 발급 목표를", "석하은 기자 haeun@"),
    "2026-01-27": ("지난해 한국 취업자 한 사람이", "방시아 데이터기자 sia@"),
    "2026-02-10": ("청년미래적금 출시가 넉 달 앞으로", "<저작권자 © 으뜸일보"),
    "2026-04-21": ("국회 환경노동위원회는 20일 전체회의를", "공태환 기자 taehwan@"),
    "2026-11-17": ("시사저울 약속점검팀은 지난해 초부터", "인서후 기자 seohu@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "aa", BODY, length=(1200, 3500)))
