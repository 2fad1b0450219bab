"""Consistency checks for held-out set ae (gold annotations against the pages and reference data).

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
    "2025-01-14": ("한내군 안 개 사육농장 38곳 가운데", "반석희 기자 seokhee@"),
    "2025-03-11": ("국토교통부가 10일 경찰청·환경부·금융위원회와", "왕채민 기자 chaemin@"),
    "2025-04-15": ("'Made in Korea'를 내건", "추예린 기자 yerin.choo@"),
    "2025-06-13": ("내일(14일)은 세계 헌혈자의 날입니다.", "새벽별뉴스 채윤호입니다."),
    "2025-07-22": ("놀이공원에서, 대형마트에서", "글 금다현 에디터 dahyun@"),
    "2025-08-26": ("국토교통부는 25일 정부세종컨벤션센터에서", "길현택 기자 hyuntaek@"),
    "2025-10-28": ("개식용종식법이 공포된 지 1년 8개월이", "명준서 기자 junseo@"),
    "2025-11-18": ("지난 12일 오후 학생회관 앞.", "설지완 기자 jiwan@"),
    "2026-01-20": ("지난해 10월 특허청이 지식재산처로 바뀌었습니다.", "진행 마서준 | 제작"),
    "2026-03-17": ("오늘 아침에 출근 전에 검사 받고", "댓글 41\nㄴ"),
    "2026-06-11": ("지난달 경기도의 한 놀이공원에서", "※ 외부 필자의 기고는"),
    "2026-11-24": ("해담일보 약속추적팀은 정부가 날짜와", "해담일보 약속추적팀 명준서·남궁세린 기자"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "ae", BODY, length=(1200, 3500)))
