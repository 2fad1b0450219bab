"""Consistency checks for held-out set v (gold annotations against the pages and reference data).

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
    "2025-01-15": ("(세종=노을통신) 길예나 기자 =", "yena.gil@noeulnews"),
    "2025-02-26": ("새 학기를 앞두고 정부가", "석윤후 기자 yunhu@"),
    "2025-03-25": ("산업통상자원부가 지난 20일", "정리=봉찬희 기자"),
    "2025-05-13": ("일하는 저소득 가구에 주는", "방채이 기자 chaei@"),
    "2025-06-17": ("정부가 건물 부문 온실가스를", "경무진 기자 mujin@"),
    "2025-09-09": ("[앵커]", "(촬영기자:"),
    "2025-10-28": ("28일 오전 인천 서구", "천보겸 기자 bogyeom@"),
    "2026-01-20": ("지난주 미국 라스베이거스에서", "봉가을 기자 gaeul@"),
    "2026-02-17": ("학교폭력은 얼마나 자주", "탁유안 데이터기자 yuan@"),
    "2026-05-12": ("올해도 5월 근로장려금", "어준혁 기자 junhyeok@"),
    "2026-08-25": ("올여름 폭염 속에", "ⓒ 든솔신문"),
    "2026-11-24": ("약속눈금 점검팀이 지난해부터", "소재민 기자 jaemin@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "v", BODY, length=(1200, 3500)))
