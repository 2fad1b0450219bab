"""Consistency checks for held-out set al (gold annotations against the pages and reference data).

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
    "2025-02-18": ("■ 들어가며", "정리: 마중물소비자연대 상담지원팀"),
    "2025-03-19": ("1. 배경", "바른길경찰학원 면접반 표은채 드림"),
    "2025-04-08": ("[방송 일시]", "이상 가래울 이장이 말씀드렸습니다."),
    "2025-04-13": ("■ 교회 소식", "■ 다음 주 섬김"),
    "2025-05-21": ("■ 제안 내용", "■ 제안자 의견"),
    "2025-07-15": ("## 배경", "haru-dev linked a pull request"),
    "2025-08-21": ("--------------- 2025년 8월 19일 화요일", "[두남철] [오후 9:38]"),
    "2025-10-23": ("📝 행사 후기 (10/23 추가)", "늘곁 범죄피해자 지원 네트워크 정책팀 드림"),
    "2025-12-11": ("■ 인사말", "다시펼침 사회적협동조합 이사장 엄지솔"),
    "2026-03-05": ("📢 [공지] 2026년 난청 검사", "[소식 더보기]"),
    "2026-07-16": ("1. 온라인 구독 서비스", "법무법인(유한) 너른 규제대응그룹"),
    "2026-11-26": ("== 11월 정례 갱신 ==", "== 판정 기준 문의 (보존 예정) =="),
}


if __name__ == "__main__":
    sys.exit(check(SET, "al", BODY, length=(1200, 3500)))
