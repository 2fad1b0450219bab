"""Consistency checks for held-out set av (gold annotations against the pages and reference data).

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
    "2025-01-22": ("정부가 연탄으로 겨울을 나는", "채다원 기자 dawon@saebyeokbit.co.kr"),
    "2025-02-26": ("농지에 세운 작은 집에서", "변시온 기자 sion@deulnyeok.co.kr"),
    "2025-03-19": ("□ 국토교통부는 고속도로 휴게소의 음식 가격", "이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면"),
    "2025-04-24": ("반려동물이 세상을 떠났을 때", "육서하 기자 seoha@pogeunnews.kr"),
    "2025-05-28": ("안녕하십니까. 해양수산부 해양레저관광과장", "※ 이 녹취록은 현장 발언을 정리한 것으로"),
    "2025-07-05": ("【오늘 아침 바다】", "— 파도밥 (물마루서프 헤드코치)"),
    "2025-09-14": ("어제 새벽 4시 10분쯤", "— 콩이누나"),
    "2025-10-04": ("연휴 첫 주말이라 새벽 5시에", "— 소나기 (길밥 일지 7년 차)"),
    "2025-12-06": ("오늘 아침 9시, 고개마을 공터에", "온기연탄나눔 사무국 드림"),
    "2026-07-17": ("본격적인 휴가철을 앞두고", "NBS 뉴스 도유찬입니다."),
    "2026-10-21": ("(세종=두물통신) 도은비 기자 = 농림축산식품부가", "dobi@dumulnews.co.kr"),
    "2026-11-26": ("대리점 사장님들, 나눔 단체 여러분께.", "(주)검은별연탄 대표이사 드림"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "av", BODY, length=(1200, 3500)))
