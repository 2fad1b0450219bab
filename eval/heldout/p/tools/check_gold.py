"""Consistency checks for held-out set p (gold annotations against the pages and reference data).

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
    "2025-01-21": ("국가인공지능위원회가 하반기부터", "마소윤 기자 soyun.ma@"),
    "2025-03-11": ("비수도권에 짓는 AI 데이터센터는", "피재온 기자 jaeon@"),
    "2025-04-15": ("지난해 통신 품질 평가에서", "빈서아 기자 seoa@"),
    "2025-05-20": ("(세종=바람결통신)", "hajin.yeo@baramnews"),
    "2025-06-24": ("산업통상자원부가 올해 반도체", "육태오 기자 taeo@"),
    "2025-09-16": ("[앵커]", "(영상취재"),
    "2025-10-21": ("21일 국회 행정안전위원회의", "선우재 기자 woojae@"),
    "2025-12-09": ("전남 신안군 비금도에서", "곽도희 기자 dohee@"),
    "2026-02-24": ("AI 붐은 전기를", "연지오 기자 jio@"),
    "2026-04-14": ("연구실 창업을 도운 지", "※ 외부 필진의 칼럼은"),
    "2026-06-16": ("검증 대상:", "기은별 기자 eunbyeol@"),
    "2026-11-24": ("다짐노트 점검팀이 지난해", "주시온 기자 sion@"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "p", BODY, length=(1000, 3000)))
