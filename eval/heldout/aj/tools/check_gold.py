"""Consistency checks for held-out set aj (gold annotations against the pages and reference data).

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
    "2025-01-16": ("□ 재외동포청은 16일", "담당: 민원정책과 사무관"),
    "2025-02-20": ("■ 사업 소개", "■ 새 소식 (0)"),
    "2025-03-12": ("회원 여러분, 안녕하세요.", "고객경험팀 드림"),
    "2025-04-08": ("안내: 각 기관의 공고와", "아트누리 정보팀 드림"),
    "2025-05-14": ("[사진 1/6 대체 텍스트", "2025년 5월 14일 오후 6:02"),
    "2025-07-10": ("한국 재외동포청이 9일 시드니를", "노을빛 기자 news@"),
    "2025-08-20": ("◎ 문화체육관광부공고 제2025-163호", "■ 국민 의견 (27건)"),
    "2025-11-18": ("1. 일시: 2025년 11월 18일", "위 회의록은 사실과 다름없음을"),
    "2025-12-29": ("안녕하세요, 솔매군 고향사랑기부 담당자입니다.", "솔매군수 ○○○ 드림"),
    "2026-03-17": ("━━━━━━━━ 원문 1쪽 ━━━━━━━━", "━━━━━━━━ 원문 3쪽 끝 ━━━━━━━━"),
    "2026-06-23": ("──── 자막 시작 (ko.srt) ────", "──── 자막 끝 ────"),
    "2026-11-19": ("표 보는 법:", "어진솔·한가비 기자 data@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "aj", BODY, length=(1200, 3500)))
