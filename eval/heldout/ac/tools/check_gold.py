"""Consistency checks for held-out set ac (gold annotations against the pages and reference data).

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
    "2025-01-22": ("교제하던 남성에게 폭행당한 뒤", "함지후 기자 jihu@"),
    "2025-02-25": ("[앵커]", "(촬영기자:"),
    "2025-03-18": ("지난해 건설현장에서 일하다 숨진", "권나연 기자 nayeon@"),
    "2025-04-16": ("미국의 철강 관세 인상과", "석이준 기자 ijun@"),
    "2025-05-20": ("환경부가 지난 14일 '플라스틱 감축 로드맵'을", "글 국하랑 | 푸른순환 에디터"),
    "2025-07-10": ("9일 오후 경북 포항시 남구", "포항=맹서우 기자 seowoo@"),
    "2025-09-25": ("감사원이 고용노동부와 국토교통부의", "우채령 기자 chaeryeong@"),
    "2025-10-14": ("지난 1월 정부가 교제폭력", "※ 외부 필자의 기고는"),
    "2026-01-20": ("보건복지부가 지난해 2월", "명재희 기자 jaehee@"),
    "2026-03-12": ("10일 오전 세종시 나성동의", "여하림 기자 harim@"),
    "2026-06-18": ("안녕하세요, 「안녕, 우리」를 구독해", "「안녕, 우리」는 격주 목요일에"),
    "2026-11-26": ("청솔일보는 지난해 초부터", "청솔일보 정책팀 함지후 기자"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "ac", BODY, length=(1200, 3500)))
