"""Consistency checks for held-out set w (gold annotations against the pages and reference data).

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
    "2025-02-18": ("(세종=물빛통신) 마태건 기자 =", "taegeon.ma@mulbitnews"),
    "2025-03-26": ("서울에서 시범 운영해 온", "표은솔 기자 eunsol@"),
    "2025-04-15": ("미국이 이달 3일부터", "인채온 기자 chaeon@"),
    "2025-05-20": ("올해 2월 '이산화탄소 저장", "정리=근영서 기자"),
    "2025-06-24": ("부모를 요양병원에 모신", "좌민결 기자 mingyeol@"),
    "2025-09-16": ("[앵커]", "(촬영기자:"),
    "2025-11-04": ("지난달 30일 저녁 7시", "계규온 기자 gyuon@"),
    "2025-12-09": ("미국의 자동차 관세 충격에", "용정음 기자 jeongeum@"),
    "2026-02-10": ("미국이 수입 자동차에 관세를", "방윤하 데이터기자 yunha@"),
    "2026-04-21": ("정부가 지난해 봄", "ⓒ 참빛일보"),
    "2026-07-14": ("지난 10일 오후 광주", "위이안 기자 ian@"),
    "2026-11-17": ("약속잣대 점검팀이 지난해부터", "선예슬 기자 yeseul@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "w", BODY, length=(1200, 3500)))
