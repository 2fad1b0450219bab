"""Consistency checks for held-out set ah (gold annotations against the pages and reference data).

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
    "2025-01-22": ("■ 공고 요약", "문의: 통계청 경제통계국"),
    "2025-02-26": ("■ 공고 기본 정보", "■ 첨부 파일"),
    "2025-04-10": ("□ 행정안전부가 4월 9일(수) 배포한", "담당 부서 | 안전정책실"),
    "2025-05-28": ("지난겨울 글램핑장 사고 뉴스를", "이 질문과 비슷한 질문"),
    "2025-07-16": ("2025. 7. 16.(수) 오전 10:00", "이전 소식 더보기"),
    "2025-09-03": ("이 앱 정보 →", "모든 리뷰 보기 →"),
    "2025-11-12": ("「통계법」 제20조 및", "10. 문의처:"),
    "2025-12-05": ("요즘 아파트 단지와 공원 놀이터에", "문의: 해누리구청 공원녹지과"),
    "2026-03-18": ("※ 수업 시간에 다 못 다룬", "여지환 드림"),
    "2026-05-20": ("[발제 1 핵심]", "※ 이 자료집의 발제와 토론"),
    "2026-08-26": ("▣ 학습 목표", "[학습 완료] 버튼을"),
    "2026-11-25": ("[핵심 요약]", "시민재정연구소 재정분석팀 (budget@"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "ah", BODY, length=(1200, 3500)))
