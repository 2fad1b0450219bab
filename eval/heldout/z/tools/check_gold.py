"""Consistency checks for held-out set z (gold annotations against the pages and reference data).

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
    "2025-01-14": ("서울 서초구의 한 초등학교 교사가", "은세아 기자 seah@"),
    "2025-02-18": ("□ 보건복지부는 2월 18일(화)", "담당 부서: 보건복지부 인구아동정책관"),
    "2025-03-11": ("해상풍력 보급 촉진 특별법이 지난달", "마서원 기자 seowon@"),
    "2025-04-22": ("중소벤처기업부가 지난달 '글로벌 창업", "차윤솔 기자 yoonsol@"),
    "2025-05-20": ("(세종=바른통신) 어진호 기자 =", "jinho@bareunnews"),
    "2025-08-26": ("[앵커]", "(촬영기자:"),
    "2025-09-23": ("지난 18일 오후 부산 해운대구", "우태성 기자 taesung@"),
    "2025-11-18": ("기후에너지환경부가 해상풍력 보급 목표를", "범서준 기자 seojun@"),
    "2025-12-16": ("지난 11일 저녁 대전 서구", "경하윤 기자 hayoon@"),
    "2026-02-24": ("새 학기를 앞두고 교사들이", "노아린 데이터기자 arin@"),
    "2026-04-14": ("\"한국에서 회사를 세우는 것보다", "국현우 기자 hyunwoo@"),
    "2026-11-19": ("약속장부 점검팀이 지난해 초부터", "선채린 기자 chaerin@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "z", BODY, length=(1200, 3500)))
