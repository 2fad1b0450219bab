"""Consistency checks for held-out set ad (gold annotations against the pages and reference data).

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
    "2025-01-21": ("전국 교정시설의 수용 인원이", "지안호 기자 jianho@"),
    "2025-02-13": ("□ 환경부는 2월 13일", "담당 부서: 환경부 대기환경정책관"),
    "2025-04-23": ("◇ 류해솔> 오늘 4월 23일은", "ⓒ 가온라디오 |"),
    "2025-06-11": ("■ 핵심 정리", "라이브 진행 = 솔빛경제 온서하 기자"),
    "2025-07-15": ("(서울=APP) 대니얼 무어 기자 =", "(끝)"),
    "2025-10-21": ("[편집자 주] 20일 국회 법제사법위원회", "정리 = 남은호 기자 eunho@"),
    "2025-12-02": ("미세먼지가 심해지는 겨울과 봄철에", "ⓒ 해오름일보 사진부."),
    "2026-01-13": ("2024년 한 해 동안 우리나라 74만 가구가", "문라희 데이터기자 rahee@"),
    "2026-03-10": ("안녕하세요, 차민재입니다.", "※ 이 글은 개인 의견이며"),
    "2026-04-08": ("봄이 되면 하늘이 뿌옇게", "황선우 기자 sunwoo@"),
    "2026-06-16": ("■ 민원 내용", "담당 부서: 문화체육관광부 도서관정책기획단"),
    "2026-11-26": ("청운일보 약속점검팀은 지난해 초부터", "청운일보 약속점검팀 지안호 기자"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "ad", BODY, length=(1200, 3500)))
