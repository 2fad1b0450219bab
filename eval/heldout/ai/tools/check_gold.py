"""Consistency checks for held-out set ai (gold annotations against the pages and reference data).

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
    "2025-01-23": ("[핵심 요약]", "키워드: 장기기증"),
    "2025-03-17": ("가. 산업의 특성", "※ 이 보고서의 미래에 관한 기술은"),
    "2025-04-22": ("■ 파일데이터 정보", "■ 활용 안내"),
    "2025-06-10": ("회원 어르신과 경로당 회장님들께", "문의: 동부지회 사무국"),
    "2025-08-26": ("[나누미] 14:02", "이 답변이 도움이 되었나요?"),
    "2025-10-14": ("관찰 기록 #58214", "[이 관찰 기록 신고하기]"),
    "2025-11-14": ("■ 11. 17.(월)", "[엠바고 안내]"),
    "2026-01-20": ("■ 조사 개요", "보고서 전문은 첨부 PDF에서"),
    "2026-03-10": ("주 문", "판사 설지운"),
    "2026-05-19": ("──────── 변환 문서 시작 ────────", "[의원실 한마디]"),
    "2026-08-11": ("[3줄 요약]", "분석에 쓰인 기사 (4)"),
    "2026-11-24": ("■ 인포그래픽 텍스트 버전", "석주원 기자 joowon.seok@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "ai", BODY, length=(1200, 3500)))
