"""Consistency checks for held-out set h (gold annotations against the pages and reference data).

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
    "2025-02-11": ("특허를 내고 첫 심사 결과를", "정다온 기자 daon@"),
    "2025-03-26": ("정부가 마약류 중독자의", "송유나 기자 yuna.song@"),
    "2025-04-08": ("산림청은 지난달 경북·경남", "박은솔 기자 esp@"),
    "2025-05-28": ("국세청이 종합소득세 신고가 몰리는", "김서하 기자 seoha@"),
    "2025-06-17": ("(세종=하늬통신)", "syh@haneenews"),
    "2025-11-12": ("[앵커]", "(영상취재"),
    "2025-12-09": ("지식재산처가 올해 말까지", "윤태오 기자 taeo@"),
    "2026-02-10": ("해양수산부가 지난해 바다에서", "ⓒ 부산바다일보"),
    "2026-03-17": ("정부가 '마약류 관리 종합대책 2025'를", "ⓒ 한누리신문"),
    "2026-04-14": ("지난해 3월 영남 지역을", "강하늘 기자 sky@"),
    "2026-07-07": ("소방청이 119 구급대원을", "문가람 기자 garam@"),
    "2026-11-18": ("올해도 정부 부처들은", "서도윤 기자 dy.seo@"),
}

if __name__ == "__main__":
    sys.exit(check(SET, "h", BODY, length=(800, 2500)))
