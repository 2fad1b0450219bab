"""Consistency checks for held-out set ab (gold annotations against the pages and reference data).

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
    "2025-02-11": ("[편집자 주] 경찰청과 국토교통부", "정리=현도율 기자 doyul@"),
    "2025-03-05": ("안녕하세요, 중1·초4 두 아이", "이상 초록연필이었습니다"),
    "2025-03-24": ("'결핵 예방의 날'인 24일", "제윤후 기자 yoonhu@"),
    "2025-04-22": ("꿀벌이 또 사라졌다.", "편소하 기자 soha@"),
    "2025-06-17": ("해양수산부가 사람이 운전석에", "석도헌 기자 doheon@"),
    "2025-09-09": ("경북 안동시 풍산읍에서", "안동=왕지율 기자 jiyul@"),
    "2025-10-16": ("국회 보건복지위원회가 15일", "주서안 기자 seoan@"),
    "2025-11-25": ("■ 검증 대상", "살핌 팩트체크팀 나은결 기자 eungyeol@"),
    "2026-01-20": ("지난해 10월부터 상습 음주운전자가", "글 = 마윤재 변호사 (법무법인"),
    "2026-03-05": ("안녕하세요, 교실편지 구독자", "교실편지는 매주 목요일 아침"),
    "2026-04-14": ("13일 오후 전남 광양시", "광양=범주원 기자 juwon@"),
    "2026-11-24": ("청람일보 약속추적팀은 지난해 초부터", "청람일보 약속추적팀 제윤후 기자 yoonhu@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "ab", BODY, length=(1200, 3500)))
