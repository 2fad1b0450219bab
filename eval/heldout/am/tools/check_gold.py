"""Consistency checks for held-out set am (gold annotations against the pages and reference data).

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
    "2025-01-23": ("■ 이번 달 부과 금액", "관리소장 방주원 드림"),
    "2025-02-26": ("■ 방송 자막 전문\n", "판매자: (주)알찬모바일"),
    "2025-03-27": ("1. 탐구 동기", "[선생님 한마디]"),
    "2025-04-15": ("1. 사업 개요", "7. 문의"),
    "2025-06-23": ("(17:50) 오프닝", "(원고 끝)"),
    "2025-07-30": ("■ 중개사 코멘트", "등록 중개사 봄날공인중개사사무소"),
    "2025-10-22": ("14:01:08 From 사무국 최다정", "(채팅 기록 끝)"),
    "2025-11-12": ("후원자님들, 안녕하세요.", "감사합니다. 솔밭군에서 여은솔 드림"),
    "2026-01-14": ("스마트폰 기초반 7강 — 2026. 1. 14. 수요일", "강사 하채운 · 느티나무종합사회복지관 평생교육팀"),
    "2026-05-20": ("■ 올여름 장마, 어떻게 될까?", "— 하늘결 기상팀"),
    "2026-08-19": ("회장님, 안녕하십니까.", "(문의: 명해든 의원실 보좌관"),
    "2026-11-25": ("▾ 💊 폐의약품 (6)", "— 발자국 정책팀"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "am", BODY, length=(1200, 3500)))
