"""Consistency checks for held-out set aw (gold annotations against the pages and reference data).

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
    "2025-02-12": ("경기 남부와 인천에서 서울로 출퇴근하는", "사공민채 기자 minchae@kisaetteul.co.kr"),
    "2025-03-20": ("계란값이 한 판(30개)에 7,000원 선을", "ⓒ 누리경제신문 · 무단전재"),
    "2025-04-17": ("□ 금융위원회, 경찰청, 공정거래위원회, 과학기술정보통신부는", "※ 중고거래 사기 피해 예방 수칙은 별첨 카드 참조"),
    "2025-05-22": ("서울 관악구의 한 고시원 3층", "판서윤 기자 seoyun@hanteo.co.kr"),
    "2025-06-10": ("새벽 4시부터 구장 앞에 줄을 서는", "인서우 기자 seowoo@baeksesports.kr"),
    "2025-07-03": ("조합원 여러분, 안녕하세요.", "— 들꽃생협 물품위원회 산들 드림"),
    "2025-08-26": ("안녕하세요, 손바뀜 안전거래팀에서", "— 차돌 드림 (안전거래팀은 백엔드 엔지니어를 찾고 있어요)"),
    "2025-10-21": ("회원 여러분, 아침 바람이 제법 찼는데도", "총무 견정희 올림"),
    "2026-02-11": ("안녕하세요, 반석공인중개사사무소 용해찬입니다.", "반석공인중개사사무소 대표 공인중개사 용해찬 드림"),
    "2026-04-14": ("조류인플루엔자(AI) 여파로 계란 한 판", "PBN 옥지훈입니다."),
    "2026-10-13": ("(서울=새김통신) 함지오 기자 = 국토교통부 장관은", "jio@saegimnews.co.kr"),
    "2026-11-18": ("전국 공공 파크골프장이 520곳으로 늘었다.", "제갈산 기자 san@neulpureun.kr"),
}


if __name__ == "__main__":
    sys.exit(check(SET, "aw", BODY, length=(1200, 3500)))
