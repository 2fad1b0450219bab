"""Consistency checks for held-out set ax (gold annotations against the pages and reference data).

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
    "2025-02-18": ("학교 급식실 조리 종사자들이 잇따라", "승아린 기자 arin@mippeum.kr"),
    "2025-03-27": ("□ 국토교통부와 공정거래위원회는 항공기", "※ 항공사별 지연율 현황은 붙임 참고"),
    "2025-05-14": ("보험사에 종이 서류를 내지 않고", "ⓒ 바투경제 · 무단 전재"),
    "2025-06-24": ("(세종=한올통신) 국세빈 기자 = 정부가", "sebin@hanolnews.co.kr"),
    "2025-08-21": ("새 아파트 입주를 앞둔 사람이", "엄나겸 기자 nagyeom@hannwi.co.kr"),
    "2025-10-28": ("안녕하세요, 국자이모예요.", "오늘도 뜨거운 국솥 앞에서, 국자이모 드림"),
    "2026-02-27": ("안녕하세요, 잔물결환전소입니다.", "잔물결환전소 사장 곡태민 드림"),
    "2026-03-21": ("고객님 동의를 받아 동·호수는", "꼼꼼집 하자진단 점검팀장 노규린"),
    "2026-05-12": ("전국 학교 급식실의 낡은 환기설비를", "DBN 범새롬입니다."),
    "2026-07-18": ("🔴 지연 (4시간 32분)", "— 날개셈 에디터팀"),
    "2026-10-08": ("종이 서류 없이 앱으로 실손보험금을", "선우담 기자 dam@insureview.co.kr"),
    "2026-11-19": ("겨울 성수기를 앞두고 항공 이용자", "서문하경 기자 hagyeong@travelaro.kr"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "ax", BODY, length=(1200, 3500)))
