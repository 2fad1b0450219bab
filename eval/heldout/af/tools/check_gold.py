"""Consistency checks for held-out set af (gold annotations against the pages and reference data).

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
    "2025-01-23": ("소비자시선 시험팀은 지난해 11~12월", "탁세은 기자 seeun@"),
    "2025-02-18": ("(세종=라온통신) 백시온 기자 = 정부가", "sion@raon-news.co.kr"),
    "2025-03-26": ("(편집자 주) 문화체육관광부가 25일", "정리 콘텐츠로드 편집팀 news@"),
    "2025-05-13": ("입주민 여러분 안녕하십니까. 은행나무마을", "은행나무마을 2단지 관리사무소장"),
    "2025-06-24": ("행정안전부는 6월 23일 관계부처 합동으로", "※ 위 내용은 6월 23일 발표 기준이며"),
    "2025-08-05": ("세종 경제부처를 출입하는 기자들이", "정리=도하린 기자"),
    "2025-09-09": ("올여름 물놀이 사고 결산이 나왔습니다.", "♡ 좋아요 2,140"),
    "2025-12-10": ("정부가 3월에 웹툰·영상 불법유통", "정리 YBS 시사교양국"),
    "2026-02-24": ("하람시의회 제갈현석 의원(도시건설위원회)은", "오세린 기자 serin@"),
    "2026-06-30": ("학부모님, 안녕하십니까? 무더위", "새봄초등학교장"),
    "2026-10-15": ("□ 국회 과학기술정보방송통신위원회 모윤재", "붙임: 원안위 가공제품"),
    "2026-11-26": ("온빛일보 데이터팀은 지난해부터", "온빛일보 데이터팀 진규린"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "af", BODY, length=(1200, 3500)))
