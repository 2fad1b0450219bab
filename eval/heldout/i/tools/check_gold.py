"""Consistency checks for held-out set i (gold annotations against the pages and reference data).

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
    "2025-01-23": ("봄 파종기를 앞두고", "정하윤 기자 hayoon@"),
    "2025-02-26": ("국토교통부가 전세사기 피해자가", "이서준 기자\nⓒ"),
    "2025-03-19": ("(서울=다온통신)", "cwyoon@daonnews"),
    "2025-04-29": ("보건복지부는 치매 환자 가족이", "최유진 기자 yujin@"),
    "2025-06-24": ("여성가족부가 양육비 선지급", "장민서 기자 minseo@"),
    "2025-09-16": ("지난 12일 오전 홍천군", "남궁현 기자\nⓒ"),
    "2025-10-28": ("[앵커]", "(영상취재"),
    "2025-12-03": ("본지 11월 26일자", "김나래 기자 narae@"),
    "2026-02-24": ("정부가 '보이스피싱 근절 종합대책'을", "권하람 기자 haram@"),
    "2026-05-12": ("(세종=가람통신)", "jhmoon@garamnews"),
    "2026-09-09": ("내일은 자살예방의 날이다", "ⓒ 새아침신문"),
    "2026-11-24": ("해마다 정부 부처는", "한지민 기자 jimin@"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "i", BODY, length=(1000, 3000)))
