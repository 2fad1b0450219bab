"""Consistency checks for held-out set x (gold annotations against the pages and reference data).

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
    "2025-03-12": ("(세종=온새통신) 구하준 기자 =", "hajun.koo@onsaenews"),
    "2025-04-22": ("벤처투자 시장이 3년째 얼어붙자", "어가린 기자 garin@"),
    "2025-06-10": ("운전자 없이 정해진 구역을", "편지온 기자 jion@"),
    "2025-07-08": ("해양수산부가 올해 12월까지", "지은후 기자 eunhu@"),
    "2025-08-05": ("[앵커]", "(촬영기자:"),
    "2025-09-02": ("호남에서 만든 전기가 수도권으로", "채시운 기자 siun@"),
    "2025-11-18": ("지난 12일 오후 경기 성남시", "윤태오 기자 taeoh@"),
    "2025-12-23": ("해양수산부가 23일 부산 동구", "하도율 기자 doyul@"),
    "2026-02-24": ("지난해 국내 벤처투자가", "백로운 기자 rowoon@"),
    "2026-04-14": ("지난주 서울 강남의 밤거리에서", "사공린 논설위원 lin.sagong@"),
    "2026-07-07": ("지난 2일 충남 당진시", "추새온 기자 saeon@"),
    "2026-11-24": ("다짐노트 점검팀이 지난해 봄부터", "용서아 기자 seoa@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "x", BODY, length=(1200, 3500)))
