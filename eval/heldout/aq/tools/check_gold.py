"""Consistency checks for held-out set aq (gold annotations against the pages and reference data).

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
    "2025-01-16": ("■ 안전 안내를 먼저 드리는 까닭", "미리내강 하프마라톤 조직위원회 안전의료분과 드림"),
    "2025-02-12": ("■ 주지 스님 인사", "운곡사 주지 혜담 합장"),
    "2025-03-20": ("■ 책 소개", "— 파도책방 편집부"),
    "2025-05-08": ("■ 어떤 봉사인가요?", "은솔군자원봉사센터 드림"),
    "2025-06-18": ("안녕하세요. 아버지께서", "연락은 채팅으로 주세요 🙏"),
    "2025-09-03": ("■ 선거관리위원회 안내", "제38대 학생회 선거관리위원회 검인 (2025. 9. 3.)"),
    "2025-09-26": ("■ 조합원 여러분께", "솔안군산림조합 조합장 백운철 드림"),
    "2025-11-19": ("관람객 여러분, 해녀 문화 주간을 맞아", "해녀 삼촌들 고맙습니다. 바다를 지켜 주세요!"),
    "2026-01-14": ("[01/14(수) 07:50]", "봉사자 학생들한테 고맙다고 꼭 전해 달랍니다. -이장"),
    "2026-03-11": ("■ 공사 개요", "새별구청장"),
    "2026-07-08": ("1급 응급구조사 국시 면접이랑", "다들 하반기 시험 화이팅입니다 🔥"),
    "2026-11-27": ("■ 영수증 읽는 법", "약속지기 살림팀 드림"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "aq", BODY, length=(1200, 3500)))
