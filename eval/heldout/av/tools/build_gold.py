"""Writes the hand annotations of held-out set av to gold/*.toml.

The annotations below were written by hand, sentence by sentence, from the pages in
articles/. This script only serialises them (so that quoting in TOML is never wrong);
check_gold.py validates the result.

Run (from the set folder or anywhere):
    python3 tools/build_gold.py                 # per-page gold files only
    python3 tools/build_gold.py --commitments   # also gold/commitments/unseen.toml
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent))

from goldtools import m, write  # noqa: E402

MOTIE = "산업통상자원부"          # until 2025-09-30; its energy work (연탄) went to 기후에너지환경부 (part_to)
MOTI = "산업통상부"              # from 2025-10-01, 산업통상자원부's successor (industry and trade)
ME = "환경부"                    # until 2025-09-30
MCEE = "기후에너지환경부"         # from 2025-10-01: 환경부's successor, and 산업통상자원부's energy work
MOEF = "기획재정부"              # until 2026-01-01
MPB = "기획예산처"               # from 2026-01-02, took 기획재정부's budget work
NFA = "소방청"
MOHW = "보건복지부"
MOLIT = "국토교통부"
FTC = "공정거래위원회"
MSS = "중소벤처기업부"
MAFRA = "농림축산식품부"
MOF = "해양수산부"
KCG = "해양경찰청"
KMA = "기상청"
MSIT = "과학기술정보통신부"

OTH = "other"      # 연탄 가구, 휴게소, 농촌 쉼터, 서핑 해변, 반려동물 장묘: no topic fits
FIS = "fiscal"     # the 연탄 production subsidy budget (기획재정부 → 기획예산처)
CLI = "climate"    # 휴게소 급속충전기 for 전기차
SUP = "startup"    # 중소벤처기업부's 로컬 상생관 for 지역 소상공인
IND = "industry"   # 산업통상부's 업종 전환 for 연탄 제조업체
TEL = "telecom"    # 과학기술정보통신부's 이동통신 임시 기지국

LATE = "achieved after the deadline the commitment named; no fields"
AGAIN = "an achievement restated: achieved again, no fields"
TITLE = "the headline (a line of its own above the body)"
DECK = "a deck line under the headline"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 연탄 가구 1/3 (a general daily's news article)
PAGES.append(dict(
    source="2025-01-22_av_coal-briquette-winter-plan.txt",
    title="연탄쿠폰 54만6천원으로 올린다…산업부 \"사용 가구 전수조사 상반기 중\"",
    published_at="2025-01-22",
    mentions=[
        m("av-motie-coal-coupon", "new", MOTIE, OTH,
          "연탄쿠폰 54만6천원으로 올린다…산업부 \"사용 가구 전수조사 상반기 중\"",
          target=546000.0, unit="원",
          comment=TITLE + ": two promises, one mention each; '54만6천원' → 546000 원, no date for the coupon. The "
                  "page's date: the byline's '입력 2025.01.22. 오후 3:17' (the body's '22일' agrees)"),
        m("av-motie-coal-census", "new", MOTIE, OTH,
          "연탄쿠폰 54만6천원으로 올린다…산업부 \"사용 가구 전수조사 상반기 중\"",
          deadline="2025-06-30", dtext="상반기 중", comment=TITLE + ": its second promise"),
        m("av-motie-heating-switch", "new", MOTIE, OTH,
          "2027년까지 1만 가구 난방 도시가스·전기로 바꾼다",
          target=10000.0, unit="가구", deadline="2027-12-31", dtext="2027년까지",
          comment=DECK + "; no body named: 산업통상자원부 (the headline's 산업부)"),
        m("av-nfa-co-alarm", "new", NFA, OTH,
          "소방청은 일산화탄소 경보기 3만 대 무상 보급",
          target=30000.0, unit="대", comment=DECK + "; no date"),
        m("av-motie-coal-coupon", "new", MOTIE, OTH,
          "정부가 연탄으로 겨울을 나는 저소득 가구에 주는 '연탄쿠폰' 지원액을 오는 11월부터 15% 넘게 올린다.",
          deadline="2025-11-30", dtext="11월부터",
          comment="the lead; '정부' → 산업통상자원부 (the next paragraph); '15% 넘게' is the size of the rise, not "
                  "the target"),
        m("av-motie-coal-census", "new", MOTIE, OTH,
          "연탄을 쓰는 집이 어디에 몇 가구나 남았는지 처음으로 전수조사하고, 2027년까지 1만 가구의 난방을 도시가스나 전기로 바꾸는 사업도 시작한다.",
          comment="the lead's second sentence holds two promises; the census has no date here"),
        m("av-motie-heating-switch", "new", MOTIE, OTH,
          "연탄을 쓰는 집이 어디에 몇 가구나 남았는지 처음으로 전수조사하고, 2027년까지 1만 가구의 난방을 도시가스나 전기로 바꾸는 사업도 시작한다.",
          target=10000.0, unit="가구", deadline="2027-12-31", dtext="2027년까지"),
        m("av-motie-coal-coupon", "new", MOTIE, OTH,
          "산업부는 가구당 연 47만 2,000원인 연탄쿠폰 지원액을 오는 11월 지급분부터 54만 6,000원으로 올리고, 상반기 중 지방자치단체와 함께 연탄 사용 가구 전수조사를 마치겠다고 밝혔다.",
          target=546000.0, unit="원", deadline="2025-11-30", dtext="11월 지급분부터",
          comment="'산업부' on 2025-01-22 → 산업통상자원부; 47만 2,000원 is the current amount (context)"),
        m("av-motie-coal-census", "new", MOTIE, OTH,
          "산업부는 가구당 연 47만 2,000원인 연탄쿠폰 지원액을 오는 11월 지급분부터 54만 6,000원으로 올리고, 상반기 중 지방자치단체와 함께 연탄 사용 가구 전수조사를 마치겠다고 밝혔다.",
          deadline="2025-06-30", dtext="상반기 중"),
        m("av-motie-heating-switch", "new", MOTIE, OTH,
          "산업부는 올해 2,000가구를 시작으로 2027년까지 모두 1만 가구의 난방을 바꾸겠다는 계획이다.",
          target=10000.0, unit="가구", deadline="2027-12-31", dtext="2027년까지",
          comment="one commitment (1만 가구, 2027년까지); this year's 2,000가구 is its first step, not a commitment of its own"),
        m("av-motie-coal-stockpile", "new", MOTIE, OTH,
          "이에 산업부는 연내 연탄 50만 장을 공공 비축 물량으로 확보해 공장이 멈춘 지역에 우선 풀기로 했다.",
          target=500000.0, unit="장", deadline="2025-12-31", dtext="연내",
          comment="46곳 and 16곳 (factories) are context"),
        m("av-moef-coal-subsidy", "new", MOEF, FIS,
          "기획재정부는 연탄 소비자가격이 오르지 않도록 공장에 주는 생산보조금 예산을 2027년까지 지금 수준으로 유지하겠다는 입장이다.",
          deadline="2027-12-31", dtext="2027년까지",
          comment="fiscal (the subsidy budget, 예산); 850원 (the price) is context"),
        m("av-nfa-co-alarm", "new", NFA, OTH,
          "소방청은 연탄 사용 가구에 일산화탄소 경보기 3만 대를 10월까지 무상으로 달아 주고, 설치할 때 보일러 연통 상태도 함께 점검하기로 했다.",
          target=30000.0, unit="대", deadline="2025-10-31", dtext="10월까지",
          comment="the flue check is part of the installation visit, not a commitment of its own; 119명 is context"),
        m("av-motie-coal-stockpile", "new", MOTIE, OTH,
          "올해 안에 비축 물량을 확보해 공장 한두 곳이 문을 닫더라도 배달이 끊기는 일은 없게 하겠다",
          person="위재민", deadline="2025-12-31", dtext="올해 안에",
          comment="the official's second quote, between its quotation marks; person 위재민 (산업통상자원부 석탄산업과장). "
                  "Not annotated: the charity's plans (30만 장, 봉사자), the researcher's words, the comments"),
    ]))

# ---------------------------------------------------------------- 농촌 쉼터 1/2 (a farm paper's news article)
PAGES.append(dict(
    source="2025-02-26_av_farm-stay-shelter-plan.txt",
    title="농막 대신 '체류형 쉼터'…농식품부 \"시범 단지 2026년까지 10곳\"",
    published_at="2025-02-26",
    mentions=[
        m("av-mafra-shelter-complex", "new", MAFRA, OTH,
          "농막 대신 '체류형 쉼터'…농식품부 \"시범 단지 2026년까지 10곳\"",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment=TITLE + ". The page's date: the byline's '기사입력 2025/02/26 [14:05]' (the body's '26일' agrees)"),
        m("av-mafra-shelter-convert", "new", MAFRA, OTH,
          "기존 농막 쉼터 전환 서류 7종→3종, 3월부터 간소화",
          target=3.0, unit="종", deadline="2025-03-31", dtext="3월부터",
          comment=DECK + "; no body named: 농림축산식품부 (the headline); '7종→3종' → 3 종"),
        m("av-me-shelter-sewage", "new", ME, OTH,
          "정화조 기준 완화는 환경부가 상반기 중 매듭",
          deadline="2025-06-30", dtext="상반기 중", comment=DECK),
        m("av-mafra-shelter-convert", "new", MAFRA, OTH,
          "농식품부는 26일 '농촌체류형 쉼터 활성화 방안'을 내놓고 기존 농막을 쉼터로 바꿀 때 내야 하는 서류를 7종에서 3종으로 줄이는 간소화 절차를 3월부터 시행한다고 밝혔다.",
          target=3.0, unit="종", deadline="2025-03-31", dtext="3월부터",
          comment="33㎡ and 12년 (the rules of the shelter) and 287동, 41동 (counts) are context"),
        m("av-mafra-shelter-complex", "new", MAFRA, OTH,
          "농식품부는 지자체가 공유 주차장과 공동 오수처리시설을 갖춘 단지를 조성하면 기반 시설비의 절반을 지원해 2026년까지 10곳을 만들 계획이다.",
          target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("av-me-shelter-sewage", "new", ME, OTH,
          "쉼터 한 채에 일반 주택과 같은 정화조 기준을 적용하면 설치비가 700만~1,000만 원까지 든다는 불만이 잇따르자, 환경부는 쉼터처럼 주말에만 사람이 머무는 작은 건축물에 맞는 소형 오수처리시설 기준을 상반기 중 마련하겠다고 했다.",
          deadline="2025-06-30", dtext="상반기 중", comment="700만~1,000만 원 is the cost complained of, not a target"),
        m("av-mafra-shelter-fire-guide", "new", MAFRA, OTH,
          "농식품부는 쉼터 안에 소화기와 단독경보형 화재감지기를 갖추도록 하는 '쉼터 화재 안전 가이드'를 하반기 중 배포하고, 연내 전국 쉼터 신고 현황을 한눈에 볼 수 있는 '쉼터 지도' 서비스를 열기로 했다.",
          deadline="2025-12-31", dtext="하반기 중", comment="one sentence, two promises"),
        m("av-mafra-shelter-map", "new", MAFRA, OTH,
          "농식품부는 쉼터 안에 소화기와 단독경보형 화재감지기를 갖추도록 하는 '쉼터 화재 안전 가이드'를 하반기 중 배포하고, 연내 전국 쉼터 신고 현황을 한눈에 볼 수 있는 '쉼터 지도' 서비스를 열기로 했다.",
          deadline="2025-12-31", dtext="연내"),
        m("av-molit-shelter-road", "new", MOLIT, OTH,
          "국토교통부는 쉼터로 들어가는 농로를 건축법상 진입도로로 볼 수 있는지를 두고 지자체마다 판단이 엇갈리는 문제를 풀기 위해 상반기 중 판단 기준을 담은 지침을 지자체에 내려보낼 예정이다.",
          deadline="2025-06-30", dtext="상반기 중"),
        m("av-mafra-shelter-complex", "new", MAFRA, OTH,
          "시범 단지는 2026년까지 10곳을 만들고, 반응을 보고 더 늘리겠다",
          person="편다예", target=10.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="the official's second quote; person 편다예 (농림축산식품부 농촌정책과장). Not annotated: the farmer's "
                  "words, the house maker's '3월부터 … 표준 모델 두 종을 내놓겠다' (a company), the comments"),
    ]))

# ---------------------------------------------------------------- 휴게소 1/3 (국토교통부's press release on its own site)
PAGES.append(dict(
    source="2025-03-19_av_molit-rest-area-release.txt",
    title="고속도로 휴게소 대표 메뉴 값 평균 10% 내린다",
    published_at="2025-03-19",
    mentions=[
        m("av-molit-menu-price", "new", MOLIT, OTH,
          "고속도로 휴게소 대표 메뉴 값 평균 10% 내린다",
          target=10.0, unit="%",
          comment=TITLE + ". The page's date: '배포일시 | 2025. 3. 19.(수) 10:00' — the release was posted that day; "
                  "'보도일시 | 2025. 3. 20.(목) 조간' is its embargo for print (online from 3. 19. 12:00), not the page's date"),
        m("av-molit-fee-cap", "new", MOLIT, OTH,
          "- 국토부, 「고속도로 휴게소 서비스 개선 방안」 발표 … 수수료율 상한제 하반기 도입 -",
          deadline="2025-12-31", dtext="하반기", comment="the first sub-title line, whole with its dashes"),
        m("av-molit-menu-price", "new", MOLIT, OTH,
          "◈ 휴게소 대표 메뉴 20종 가격 6월까지 평균 10% 인하, 운영업체 수수료율 상한(매출의 35%)은 하반기 계약분부터 적용",
          target=10.0, unit="%", deadline="2025-06-30", dtext="6월까지",
          comment="a ◈ summary line (above the body), whole; two promises"),
        m("av-molit-fee-cap", "new", MOLIT, OTH,
          "◈ 휴게소 대표 메뉴 20종 가격 6월까지 평균 10% 인하, 운영업체 수수료율 상한(매출의 35%)은 하반기 계약분부터 적용",
          target=35.0, unit="%", deadline="2025-12-31", dtext="하반기 계약분부터",
          comment="the cap (35% of sales) is the target"),
        m("av-molit-ev-charger", "new", MOLIT, CLI,
          "◈ 급속충전기 2026년 말까지 2,000기로 확충, 전국 휴게소 207곳 가족 화장실은 연내 설치 완료",
          target=2000.0, unit="기", deadline="2026-12-31", dtext="2026년 말까지",
          comment="the second ◈ line; climate (충전기 for 전기차)"),
        m("av-molit-family-restroom", "new", MOLIT, OTH,
          "◈ 급속충전기 2026년 말까지 2,000기로 확충, 전국 휴게소 207곳 가족 화장실은 연내 설치 완료",
          target=207.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("av-molit-menu-price", "new", MOLIT, OTH,
          "□ (가격 인하) 우선, 라면·돈가스·우동 등 이용객이 많이 찾는 대표 메뉴 20종의 가격을 6월까지 평균 10% 인하한다.",
          target=10.0, unit="%", deadline="2025-06-30", dtext="6월까지",
          comment="a □ item, whole with its marker and bracketed label; 14.2% and 11.6% above are context"),
        m("av-molit-fee-cap", "new", MOLIT, OTH,
          "□ (수수료 개선) 운영업체가 입점 매장에서 받는 수수료가 음식값을 끌어올리는 구조적 원인으로 지적됨에 따라, 수수료율 상한을 매출의 35%로 정하고 하반기 신규·갱신 계약분부터 적용한다.",
          target=35.0, unit="%", deadline="2025-12-31", dtext="하반기 신규·갱신 계약분부터",
          comment="41% and 50% (today's rates) are context"),
        m("av-molit-ev-charger", "new", MOLIT, CLI,
          "□ (편의시설) 전기차 이용객이 충전을 위해 오래 기다리는 불편을 줄이기 위해 현재 1,050기인 휴게소 급속충전기를 2026년 말까지 2,000기로 늘린다.",
          target=2000.0, unit="기", deadline="2026-12-31", dtext="2026년 말까지"),
        m("av-molit-family-restroom", "new", MOLIT, OTH,
          "○ 아울러 영유아를 동반한 가족이 편하게 쓸 수 있도록 전국 휴게소 207곳 모두에 가족 화장실과 기저귀 교환대를 연내 설치한다.",
          target=207.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("av-ftc-restarea-survey", "new", FTC, OTH,
          "□ (입점업체 보호) 공정거래위원회는 상반기 중 휴게소 입점업체와 운영업체 간 계약 실태조사를 실시해 부당한 수수료 인상이나 판촉비 전가가 있는지 살펴볼 계획이다.",
          deadline="2025-06-30", dtext="상반기 중", comment="a promise of 공정거래위원회 on 국토교통부's release keeps its body"),
        m("av-mss-local-shops", "new", MSS, SUP,
          "□ (지역 상생) 중소벤처기업부는 지역 소상공인이 만든 특산물과 간식을 파는 '로컬 상생관'을 연내 휴게소 50곳에 열고, 입점 소상공인에게는 매출의 20% 이하 수수료를 적용한다.",
          target=50.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="startup (소상공인); the 20% fee is a term of the same promise"),
        m("av-molit-menu-price", "new", MOLIT, OTH,
          "6월까지 가격 인하를 반드시 마무리하겠다",
          person="구하담", deadline="2025-06-30", dtext="6월까지",
          comment="the director-general's second quote; person 구하담 (국토교통부 도로국장). Not annotated: the "
                  "붙임 table (after the sign-off)"),
    ]))

# ---------------------------------------------------------------- 반려동물 장묘 1/3 (a pet-news site's article)
PAGES.append(dict(
    source="2025-04-24_av_pet-funeral-reform-news.txt",
    title="반려동물 장례, 이제 '가격표' 보고 고른다…공공 장묘시설 2027년까지 10곳으로",
    published_at="2025-04-24",
    mentions=[
        m("av-mafra-price-posting", "new", MAFRA, OTH,
          "반려동물 장례, 이제 '가격표' 보고 고른다…공공 장묘시설 2027년까지 10곳으로",
          comment=TITLE + ": two promises; no body named: 농림축산식품부 (the deck and body). The page's date: the "
                  "byline's '승인 2025.04.24 06:00'; the body's '23일' is the day of the announcement, not the page's"),
        m("av-mafra-public-pet-crem", "new", MAFRA, OTH,
          "반려동물 장례, 이제 '가격표' 보고 고른다…공공 장묘시설 2027년까지 10곳으로",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지"),
        m("av-mafra-mobile-crem", "new", MAFRA, OTH,
          "농식품부 장묘 제도 개선안…이동식 화장차는 법 고쳐 양성화", comment=DECK + "; no date"),
        m("av-me-carcass-pickup", "new", ME, OTH,
          "동물병원·지자체 통한 사체 수거 시범도 연내 5개 시군",
          target=5.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment=DECK + "; no body named: 환경부 (the body's paragraph on it); '5개 시군' → 5 개"),
        m("av-mafra-price-posting", "new", MAFRA, OTH,
          "반려동물이 세상을 떠났을 때 보호자가 장례비를 미리 비교해 보고 업체를 고를 수 있게 된다.",
          comment="the lead: the price-posting duty, no date"),
        m("av-mafra-public-pet-crem", "new", MAFRA, OTH,
          "정부는 공공 동물장묘시설을 2027년까지 10곳으로 늘리고, 지금은 불법인 이동식 화장 차량을 제도 안으로 끌어들이기로 했다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment="'정부' → 농림축산식품부"),
        m("av-mafra-mobile-crem", "new", MAFRA, OTH,
          "정부는 공공 동물장묘시설을 2027년까지 10곳으로 늘리고, 지금은 불법인 이동식 화장 차량을 제도 안으로 끌어들이기로 했다.",
          comment="the same sentence's second promise; its date (2027년까지) belongs to the first"),
        m("av-mafra-price-posting", "new", MAFRA, OTH,
          "개선 방안에 따르면 오는 7월부터 동물장묘업체는 화장·봉안·장례용품 가격을 업소 안과 홈페이지에 반드시 게시해야 한다.",
          deadline="2025-07-31", dtext="7월부터",
          comment="590만 가구, 20만 마리, 78곳, 20만~80만 원 are context"),
        m("av-mafra-public-pet-crem", "new", MAFRA, OTH,
          "공공 장묘시설도 늘린다.",
          comment="a paragraph's opening sentence: the promise without number or date; no body named: 농림축산식품부"),
        m("av-mafra-public-pet-crem", "new", MAFRA, OTH,
          "농식품부는 시설을 짓는 지자체에 설치비의 절반을 지원해 2027년까지 공공 장묘시설을 10곳으로 늘리겠다고 밝혔다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment="'전국 4곳뿐' is today's count"),
        m("av-mafra-mobile-crem", "new", MAFRA, OTH,
          "논란이 많았던 이동식 화장 차량은 양성화하는 쪽으로 방향을 잡았다.",
          comment="a paragraph's opening sentence: the decision to legalise, no date"),
        m("av-mafra-mobile-crem", "new", MAFRA, OTH,
          "농식품부는 차량에 소형 화장로를 싣고 집 앞까지 찾아가는 영업이 사실상 단속을 피해 성행하는 만큼, 배출가스 기준과 영업 구역을 정해 허용하는 내용의 동물보호법 개정안을 하반기 중 국회에 제출할 계획이다.",
          deadline="2025-12-31", dtext="하반기 중"),
        m("av-mafra-illegal-crackdown", "new", MAFRA, OTH,
          "불법 영업에 대한 단속은 강화한다.",
          comment="the short sentence that opens the crackdown promise; no date"),
        m("av-mafra-illegal-crackdown", "new", MAFRA, OTH,
          "농식품부는 상반기 중 지자체와 함께 무등록 장묘업체와 불법 이동식 화장 영업을 합동 단속하기로 했다.",
          deadline="2025-06-30", dtext="상반기 중"),
        m("av-me-carcass-pickup", "new", ME, OTH,
          "환경부는 보호자가 원하면 동물병원이나 지자체가 사체를 수거해 소각하는 '반려동물 사체 전용 수거' 시범사업을 연내 5개 시·군에서 시작하겠다고 밝혔다.",
          target=5.0, unit="개", deadline="2025-12-31", dtext="연내"),
        m("av-ftc-pet-funeral-terms", "new", FTC, OTH,
          "공정거래위원회는 장례비 선불 결제와 환불을 둘러싼 분쟁을 줄이기 위해 하반기 중 동물장묘업 표준약관을 만들 예정이다.",
          deadline="2025-12-31", dtext="하반기 중", comment="298건 (complaints) is context"),
        m("av-mafra-public-pet-crem", "new", MAFRA, OTH,
          "공공 시설은 2027년까지 10곳으로 늘려 어느 지역에서든 두 시간 안에 닿을 수 있게 할 것",
          person="나은솔", target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="the official's second quote; person 나은솔 (농림축산식품부 반려산업동물의료과장); '두 시간 안에' is "
                  "what the 10 facilities should bring, not a date. Not annotated: the association's '5월 중 자체 가격 "
                  "가이드를 먼저 공개하겠다' (not a government body), the comments"),
    ]))

# ---------------------------------------------------------------- 서핑 해변 1/3 (a joint briefing's transcript on the policy portal)
BRIEF = "the transcript: the speaker's own sentence; person = the speaking official"
PAGES.append(dict(
    source="2025-05-28_av_surf-beach-joint-briefing.txt",
    title="「서핑 해변 안전관리 및 해양레저 활성화 방안」 합동 브리핑",
    published_at="2025-05-28",
    mentions=[
        m("av-mof-surf-zone-law", "new", MOF, OTH,
          "해수욕장 안에 서핑만 할 수 있는 구역을 따로 정하는 '서핑 전용구역 지정제'를 도입하기 위해 해수욕장법 개정안을 하반기 중 국회에 제출하겠습니다.",
          person="진해랑", deadline="2025-12-31", dtext="하반기 중",
          comment=BRIEF + " (진해랑, 해양수산부 해양레저관광과장). The page's date: the line under the title, "
                  "'2025.05.28 해양수산부'. 78만 명 is context"),
        m("av-mof-rip-cctv", "new", MOF, OTH,
          "현재 12곳인 이안류 감시 CCTV와 AI 감지 시스템을 해수욕장 개장 전인 6월 말까지 25곳으로 늘리겠습니다.",
          person="진해랑", target=25.0, unit="곳", deadline="2025-06-30", dtext="6월 말까지", comment=BRIEF),
        m("av-mof-surf-hubs", "new", MOF, OTH,
          "서핑 강습과 숙박, 장비 보관, 샤워 시설을 한곳에 갖춘 '서핑 관광 거점 해변'을 2027년까지 5곳 조성하겠습니다.",
          person="진해랑", target=5.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment=BRIEF),
        m("av-mof-surf-instructor", "new", MOF, OTH,
          "지금은 민간 단체마다 제각각인 서핑 강사 자격을 정리해 내년 상반기에 국가공인 자격을 도입하겠습니다.",
          person="진해랑", deadline="2026-06-30", dtext="내년 상반기에", comment=BRIEF),
        m("av-kcg-leash-rule", "new", KCG, OTH,
          "우선 서프보드와 몸을 잇는 발목줄, 이른바 리쉬 착용을 7월부터 의무화합니다.",
          person="엄도하", deadline="2025-07-31", dtext="7월부터",
          comment=BRIEF + " (엄도하, 해양경찰청 수상레저과장); the decree amended 'this month' is a fact"),
        m("av-kcg-school-inspection", "new", KCG, OTH,
          "또 전국 서핑 강습업체 300곳을 6월까지 모두 점검해 구조 장비와 강사 수, 보험 가입 여부를 확인하겠습니다.",
          person="엄도하", target=300.0, unit="곳", deadline="2025-06-30", dtext="6월까지", comment=BRIEF),
        m("av-kma-rip-forecast", "new", KMA, OTH,
          "기상청과 협의한 내용도 말씀드리면, 기상청은 7월부터 이안류·너울 예보를 내는 해변을 7곳에서 15곳으로 늘리기로 했습니다.",
          target=15.0, unit="곳", deadline="2025-07-31", dtext="7월부터",
          comment="기상청's promise told by 해경's official: ministry 기상청, person '' (the speaker is not of the promising body)"),
        m("av-mof-surf-shower", "new", MOF, OTH,
          "거점이 아닌 해변도 지자체가 원하면 공중 샤워장과 탈의실 설치비를 지원하는 방안을 내년 예산에 반영하려고 합니다.",
          person="진해랑", deadline="2026-12-31", dtext="내년",
          comment="an answer in the Q&A; the support is for next year (the budget is its means): '내년' → 2026-12-31; "
                  "other (예산 is the circumstance)"),
        m("av-mof-surf-zone-law", "new", MOF, OTH,
          "<답변> (진해랑 과장) 전용구역은 해수욕장 전체 길이의 3분의 1을 넘지 못하게 할 계획입니다.",
          person="진해랑", comment="an answer, from the line's start with its label: a term of the zone system the bill is to bring in; a mention of that "
                                    "promise, no date (the 1/3 is a cap, not a target)"),
        m("av-kcg-leash-rule", "new", KCG, OTH,
          "<답변> (엄도하 과장) 과태료는 10만 원 이하이고, 7월 한 달은 계도 기간으로 운영합니다.",
          person="엄도하", deadline="2025-07-31", dtext="7월",
          comment="an answer, from the line's start with its label: the leash rule's grace month (July), a mention of that promise; 10만 원 is the fine"),
        m("av-mof-surf-instructor", "new", MOF, OTH,
          "<답변> (진해랑 과장) 기존 자격 소지자는 보수교육을 받으면 전환할 수 있게 하겠습니다.",
          person="진해랑", comment="an answer, from the line's start with its label (its first sentence): a term of the certification promise, no date"),
        m("av-mof-surf-instructor", "new", MOF, OTH,
          "내년 상반기 도입에 맞춰 세부 기준은 연말에 행정예고할 예정입니다.",
          person="진해랑", deadline="2026-06-30", dtext="내년 상반기",
          comment="an answer: the certification's date restated with a step (행정예고 연말); the commitment's date is kept. "
                  "Not annotated: '해경은 현장 안전을 맡겠습니다' (a division of roles, no promise of its own), the amended "
                  "decree (a fact)"),
    ]))

# ---------------------------------------------------------------- 서핑 해변 2/3 (a surf school's wave report)
SURF = "a `▸ ` line of '파도 말고 바다 소식', whole with its marker (or its first sentence); person ''"
PAGES.append(dict(
    source="2025-07-05_av_surf-school-wave-report.txt",
    title="🌊 토요일 아침 리포트 — 무릎~허리, 오후엔 바람이 바뀝니다",
    published_at="2025-07-05",
    mentions=[
        m("av-mof-rip-cctv", "delayed", MOF, OTH,
          "▸ 해양수산부가 6월 말까지 25곳으로 늘리겠다던 이안류 감시 CCTV는 우리 동트해변을 포함해 22곳에서 돌아가기 시작했고, 나머지 3곳은 이달 중 설치한다고 합니다.",
          target=25.0, unit="곳", deadline="2025-07-31", dtext="이달 중", prev="2025-06-30",
          comment=SURF + "; 22 of 25 after the deadline, the rest moved to July. The page's date: only in the hashtag "
                  "'#250705' after the sign-off (yy mm dd), with '토요일 아침 리포트' and '오늘' in the body; 7월 12일(토), "
                  "19일, 26일 and '지난달 17일' are not the page's date"),
        m("av-kcg-leash-rule", "achieved", KCG, OTH,
          "▸ 해경이 예고한 대로 7월 1일부터 리쉬 착용이 의무가 됐습니다.",
          comment=SURF + "; on time; '해경' → 해양경찰청"),
        m("av-kcg-school-inspection", "achieved", KCG, OTH,
          "▸ 해경은 전국 서핑 강습업체 312곳 점검을 6월 안에 마쳤다고 밝혔습니다.",
          comment=SURF + "; on time (312 checked, target 300)"),
        m("av-kma-rip-forecast", "progress", KMA, OTH,
          "▸ 기상청 이안류 예보에 이번 달부터 우리 동트해변이 들어갔습니다.",
          comment=SURF + "; one beach added, the 15 not reported: progress before the deadline (July)"),
        m("av-mof-surf-zone-law", "new", MOF, OTH,
          "▸ 서핑 전용구역 법 개정은 해수부가 하반기 중 국회에 내겠다고 했으니 아직 기다리는 중입니다.",
          deadline="2025-12-31", dtext="하반기 중", comment=SURF + "; restated with no news: new"),
        m("av-mof-surf-hubs", "new", MOF, OTH,
          "▸ 해수부가 2027년까지 5곳 만들겠다는 '서핑 관광 거점 해변'에는 파랑군도 신청서를 낸다고 합니다.",
          target=5.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment=SURF + "; restated (the county's application is not a government promise)"),
        m("av-mof-surf-shower", "new", MOF, OTH,
          "▸ 샤워장·탈의실은 해수부가 내년까지 거점이 아닌 해변 20곳에 설치비를 대겠다고 지난주 군청 설명회에서 밝혔답니다.",
          target=20.0, unit="곳", deadline="2026-12-31", dtext="내년까지",
          comment=SURF + "; the briefing's answer now with its number. Not annotated: the report box, the "
                  "morning's account, the school's notices (free leashes, 비기너 데이, its own shower), the comments"),
    ]))

# ---------------------------------------------------------------- 반려동물 장묘 2/3 (a pet community's memorial board post)
PET = "a `• ` line of '장례 준비하며 확인한 정부 약속들', its first sentence with the marker; person ''"
PAGES.append(dict(
    source="2025-09-14_av_pet-memorial-board-post.txt",
    title="콩이를 보내며 — 장례 준비하면서 알게 된 것들 (가격 게시, 공공 화장장, 사체 수거)",
    published_at="2025-09-14",
    mentions=[
        m("av-mafra-price-posting", "achieved", MAFRA, OTH,
          "• 7월부터 장묘업체는 가격을 의무로 게시하게 됐는데, 정말로 세 곳 모두 홈페이지 첫 화면에 화장비가 떠 있었습니다.",
          comment=PET + "; on time; no body named: 농림축산식품부 (the duty's body). The page's date needs "
                  "arithmetic: the name plate says '2011. 3. 2. ~ 2025. 9. 13.' and the post says the dog died '어제 "
                  "새벽' and was cremated '오늘 오후': 2025-09-14"),
        m("av-mafra-illegal-crackdown", "achieved", MAFRA, OTH,
          "• 농식품부가 상반기에 지자체와 합동 단속을 벌여 무등록 업체 23곳을 적발했다는 기사도 봤어요.",
          comment=PET + "; on time; 23곳 is a finding, not a target"),
        m("av-mafra-public-pet-crem", "progress", MAFRA, OTH,
          "• 공공 장묘시설은 2027년까지 10곳으로 늘린다는데, 지금 공사 중인 곳은 경기와 충북 두 곳이라고 합니다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment=PET + "; two under construction"),
        m("av-mafra-mobile-crem", "progress", MAFRA, OTH,
          "• 이동식 화장차는 농식품부가 법 개정안을 입법예고했다는데, 동네 단톡방에서는 연기 때문에 반대하는 분이 많더라고요.",
          comment=PET + "; the bill pre-announced: progress"),
        m("av-me-carcass-pickup", "progress", ME, OTH,
          "• 환경부의 사체 수거 시범은 연내 5개 시·군이 목표인데 이달 두 곳에서 먼저 시작했다고 해요.",
          target=5.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment=PET + "; 2 of 5 before the deadline; 환경부 still bears its name on 2025-09-14"),
        m("av-ftc-pet-funeral-terms", "new", FTC, OTH,
          "• 선불 장례 상품 환불 분쟁을 막는 표준약관은 공정위가 하반기 중 만든다고 합니다.",
          deadline="2025-12-31", dtext="하반기 중", comment=PET + "; restated with no news: new"),
        m("av-mafra-funeral-staff-edu", "new", MAFRA, OTH,
          "• 그리고 농식품부가 내년부터 장묘업 종사자에게 사체 취급·위생 교육을 의무로 받게 한다고 발표했어요.",
          deadline="2026-12-31", dtext="내년부터",
          comment=PET + "; a new promise. Not annotated: the plate, the costs (17만 원, 28만~45만 원), the "
                  "writer's plans (수목장, 바자회), the comments (a commenter's '저희 시는 내년이래요')"),
    ]))

# ---------------------------------------------------------------- 휴게소 2/3 (a food blogger's holiday rest-area tour)
BLOG = "a `✔ ` line of the check list, whole with its marker and label (or its first sentence); person ''"
PAGES.append(dict(
    source="2025-10-04_av_rest-area-food-blog.txt",
    title="[2025 추석 귀성길] 새벽 5시 출발, 휴게소 네 곳 먹고 국토부 약속도 확인해 봄",
    published_at="2025-10-04",
    mentions=[
        m("av-molit-menu-price", "delayed", MOLIT, OTH,
          "✔ 대표 메뉴 값: 국토부는 6월까지 대표 메뉴 20종을 평균 10% 내리겠다고 했는데, 국토부가 지난달 낸 자료를 보면 평균 인하율은 7.8%에 그쳤다.",
          target=10.0, unit="%", prev="2025-06-30",
          comment=BLOG + "; 7.8% of 10% after the deadline, no new date: delayed. The page's date: the transcribed "
                  "toll notifications '[하이패스 알림] 10/04(토) 05:08' and '09:52', the year from the title's '2025 추석'; "
                  "'8일' (the return trip) is not the page's date"),
        m("av-molit-family-restroom", "progress", MOLIT, OTH,
          "✔ 가족 화장실: 연내 207곳 전부 설치가 목표인데, 지금까지 140곳에 생겼다고 한다.",
          target=207.0, unit="곳", deadline="2025-12-31", dtext="연내", comment=BLOG + "; 140 of 207 before the deadline"),
        m("av-molit-ev-charger", "progress", MOLIT, CLI,
          "✔ 급속충전기: 지금 1,200기.",
          comment=BLOG + "; a count: progress"),
        m("av-molit-ev-charger", "revision", MOLIT, CLI,
          "국토부는 2,000기 목표 시점을 2026년 말에서 내년 6월로 앞당기겠다고 지난달 밝혔다.",
          target=2000.0, unit="기", deadline="2026-06-30", dtext="내년 6월로", prev="2026-12-31",
          comment="the same line's second sentence: the deadline moved EARLIER (2026-12-31 → 2026-06-30): revision"),
        m("av-molit-fee-cap", "new", MOLIT, OTH,
          "✔ 수수료 상한(매출의 35%): 하반기 계약분부터라더니, 휴게소 사장님 말로는 아직 그런 계약서는 못 봤다고.",
          target=35.0, unit="%", deadline="2025-12-31", dtext="하반기 계약분부터",
          comment=BLOG + "; restated, with a shop owner's doubt, before its deadline: new (no report of delay)"),
        m("av-ftc-restarea-survey", "cancelled", FTC, OTH,
          "✔ 공정위 실태조사: 상반기 중 하겠다던 입점업체 계약 실태조사는 결국 하지 않고, 국토부·도로공사 자체 점검으로 대신하기로 했단다.",
          prev="2025-06-30", comment=BLOG + "; dropped (replaced by others' own checks): cancelled"),
        m("av-mss-local-shops", "progress", MSS, SUP,
          "✔ 로컬 상생관: 중기부가 연내 50곳에 열겠다던 소상공인 특산물 매장은 18곳 문을 열었다.",
          target=50.0, unit="곳", deadline="2025-12-31", dtext="연내", comment=BLOG + "; 18 of 50 before the deadline"),
        m("av-molit-price-app", "new", MOLIT, OTH,
          "✔ 새 소식: 국토부가 11월부터 휴게소별 메뉴 가격을 한 번에 비교하는 '휴게소 가격 알리미'를 연다고 한다.",
          deadline="2025-11-30", dtext="11월부터",
          comment=BLOG + "; a new promise. Not annotated: the notifications, the four rest areas' prices, the blogger's "
                  "plans (상행 편, 연말 총정리), the comments (the reply quoting '연말까지 추가 인하를 유도하겠다')"),
    ]))

# ---------------------------------------------------------------- 연탄 가구 2/3 (a briquette charity's volunteer report)
COAL = "a `- ` line of '정부 소식 — 1월 대책, 그 뒤', its first sentence with the marker and label; person ''"
PAGES.append(dict(
    source="2025-12-06_av_briquette-charity-volunteer-report.txt",
    title="[봉사 후기] 고개마을 38가구에 연탄 2,400장 — 아이들이 연탄에 쓴 글씨",
    published_at="2025-12-06",
    mentions=[
        m("av-motie-coal-coupon", "achieved", MCEE, OTH,
          "- 연탄쿠폰: 1월에 약속한 대로 지난달 지급분부터 가구당 54만 6,000원으로 올랐습니다.",
          comment=COAL + "; on time (November). The 연탄 work went from 산업통상자원부 to 기후에너지환경부 on 2025-10-01 "
                  "(part_to; the page says so): ministry 기후에너지환경부. The page's date: the chalk '25.12.6 따뜻하게' "
                  "on the briquette in photo 1, with '오늘 아침 9시'; 12월 20일(토) and '2월 말' are not the page's date"),
        m("av-motie-coal-census", "achieved", MCEE, OTH,
          "- 전수조사: 상반기 중 끝낸다던 조사는 8월에야 결과가 나왔습니다.",
          comment=COAL + "; " + LATE + "; the sentence names no body: 기후에너지환경부 (the 연탄 work's body on the "
                  "page's date; 산업통상자원부 ran it in August)"),
        m("av-motie-heating-switch", "progress", MCEE, OTH,
          "- 난방 전환: 올해 목표 2,000가구 가운데 1,800가구가 도시가스나 전기로 바꿨습니다.",
          comment=COAL + "; 1,800 of this year's 2,000 (the commitment is 1만 by 2027): progress, no fields"),
        m("av-motie-coal-stockpile", "delayed", MCEE, OTH,
          "- 공공 비축: 연내 50만 장을 쌓겠다던 비축 연탄은 지금 30만 장이고, 기후에너지환경부는 나머지 20만 장을 내년 2월까지 채우겠다고 했습니다.",
          target=500000.0, unit="장", deadline="2026-02-28", dtext="내년 2월까지", prev="2025-12-31",
          comment=COAL + "; moved later before the old date passed: delayed"),
        m("av-nfa-co-alarm", "delayed", NFA, OTH,
          "- 일산화탄소 경보기: 소방청이 10월까지 3만 대를 달아 주겠다고 했는데 아직 2만 1,000대입니다.",
          target=30000.0, unit="대", prev="2025-10-31", comment=COAL + "; short after the deadline"),
        m("av-nfa-co-alarm", "delayed", NFA, OTH,
          "소방청은 연말까지 나머지를 마치겠다고 합니다.",
          deadline="2025-12-31", dtext="연말까지", comment="the same line's second sentence: the new date"),
        m("av-moef-coal-subsidy", "new", MOEF, FIS,
          "- 생산보조금: 기획재정부는 연탄값이 오르지 않게 공장 생산보조금 예산을 2027년까지 유지하겠다는 약속을 되풀이했습니다.",
          deadline="2027-12-31", dtext="2027년까지", comment=COAL + "; restated: new; 기획재정부 still bears its name"),
        m("av-mcee-delivery-subsidy", "new", MCEE, OTH,
          "내년 1월부터 배달이 어려운 지역에는 연탄 한 장에 100원씩 배달비를 따로 지원하겠다",
          person="탁은재", target=100.0, unit="원", deadline="2026-01-31", dtext="내년 1월부터",
          comment="the official's second quote; person 탁은재 (기후에너지환경부 에너지복지과장); '한 장에 100원' → 100 원"),
        m("av-mohw-emergency-sensor", "new", MOHW, OTH,
          "보건복지부도 연탄을 때는 홀몸 어르신 댁에 화재·가스 감지 센서를 다는 응급안전 안심서비스를 내년 상반기 중 우선 설치하겠다고 밝혔습니다.",
          deadline="2026-06-30", dtext="내년 상반기 중",
          comment="a new promise. Not annotated: the charity's plans (13만 장 by 2월 말, 12월 20일), the counts of the "
                  "day, the explanation of the reorganisation (a fact), the comments"),
    ]))

# ---------------------------------------------------------------- 휴게소 3/3 and 서핑 해변 3/3 (a regional broadcaster's web article)
PAGES.append(dict(
    source="2026-07-17_av_summer-road-beach-tv-report.txt",
    title="[이슈 점검] 휴게소 음식값 10% 내렸다지만…서핑 해변 '강사 자격'은 또 미뤄져",
    published_at="2026-07-17",
    mentions=[
        m("av-molit-menu-price", "achieved", MOLIT, OTH,
          "[이슈 점검] 휴게소 음식값 10% 내렸다지만…서핑 해변 '강사 자격'은 또 미뤄져",
          comment=TITLE + ": two follow-ups, no fields; no body named: 국토교통부 and 해양수산부 (the body). The "
                  "page's date: only the video line '2026년 07월 17일 (금) 「NBS 뉴스투데이 영동」 방송'; '(07.10)' and "
                  "'(02.13)' in the related videos are other days"),
        m("av-mof-surf-instructor", "delayed", MOF, OTH,
          "[이슈 점검] 휴게소 음식값 10% 내렸다지만…서핑 해변 '강사 자격'은 또 미뤄져",
          comment=TITLE + "; delayed, no fields"),
        m("av-molit-menu-price", "achieved", MOLIT, OTH,
          "국토교통부는 지난해 3월 휴게소 대표 메뉴 20종 값을 평균 10% 내리겠다고 약속했는데, 목표 시점인 6월을 넘겨 지난해 12월에야 평균 10.2% 인하를 마쳤다고 밝혔습니다.",
          comment=LATE),
        m("av-molit-family-restroom", "achieved", MOLIT, OTH,
          "휴게소 207곳 가족 화장실은 지난해 말 모두 설치됐고, 급속충전기는 지난달 2,000기를 넘어 앞당긴 목표를 지켰습니다.",
          comment="on time; one sentence, two achievements"),
        m("av-molit-ev-charger", "achieved", MOLIT, CLI,
          "휴게소 207곳 가족 화장실은 지난해 말 모두 설치됐고, 급속충전기는 지난달 2,000기를 넘어 앞당긴 목표를 지켰습니다.",
          comment="in June 2026, the date it was moved up to"),
        m("av-molit-price-app", "achieved", MOLIT, OTH,
          "메뉴 가격을 비교하는 '휴게소 가격 알리미'는 지난해 11월 공개하겠다던 계획보다 석 달 늦은 올해 2월 문을 열었습니다.",
          comment=LATE),
        m("av-molit-fee-cap", "delayed", MOLIT, OTH,
          "반면 운영업체 수수료율 상한제는 업체들이 기존 계약 기간을 이유로 반발하면서, 국토부가 적용 시점을 지난해 하반기에서 내년 신규 계약분부터로 미뤘습니다.",
          deadline="2027-12-31", dtext="내년 신규 계약분부터로", prev="2025-12-31",
          comment="'내년' on 2026-07-17 → 2027-12-31; the old date '지난해 하반기' named"),
        m("av-mss-local-shops", "delayed", MSS, SUP,
          "중소벤처기업부가 연내 50곳에 열겠다던 '로컬 상생관'은 지난해 말까지 32곳에 그쳤고, 중기부는 나머지 18곳을 올해 말까지 채우겠다고 했습니다.",
          target=50.0, unit="곳", deadline="2026-12-31", dtext="올해 말까지", prev="2025-12-31",
          comment="'연내' here is last year's (the promise of 2025); 32 of 50 after it, the rest moved to the end of 2026"),
        m("av-mof-rip-cctv", "achieved", MOF, OTH,
          "해양수산부가 늘리겠다던 이안류 감시 시스템은 지난해 7월 25곳 모두 가동에 들어갔고, 해경이 도입한 리쉬 착용 의무화도 자리를 잡았다는 평가입니다.",
          comment="July 2025, the date it had been moved to (a month after the first deadline): achieved; one "
                  "sentence, two follow-ups"),
        m("av-kcg-leash-rule", "achieved", KCG, OTH,
          "해양수산부가 늘리겠다던 이안류 감시 시스템은 지난해 7월 25곳 모두 가동에 들어갔고, 해경이 도입한 리쉬 착용 의무화도 자리를 잡았다는 평가입니다.",
          comment=AGAIN),
        m("av-mof-surf-zone-law", "achieved", MOF, OTH,
          "서핑 전용구역 지정제를 담은 해수욕장법 개정안은 지난해 12월 국회에 제출됐지만 아직 상임위원회에 머물러 있습니다.",
          comment="the promise was to submit the bill in H2 2025: submitted in December 2025, on time (its passage was "
                  "never promised)"),
        m("av-kma-rip-forecast", "delayed", KMA, OTH,
          "기상청은 이안류·너울 예보 해변을 15곳으로 늘리겠다고 했지만 현재 11곳에 그쳐, 나머지 4곳은 연말까지 추가하기로 했습니다.",
          target=15.0, unit="곳", deadline="2026-12-31", dtext="연말까지", prev="2025-07-31",
          comment="11 of 15 after the deadline (July 2025), the rest moved to the end of 2026"),
        m("av-mof-surf-instructor", "delayed", MOF, OTH,
          "해수부는 올해 상반기 도입을 약속했지만, 민간 단체들 사이에 기존 자격을 어떻게 인정할지 합의가 늦어지면서 도입 시기를 하반기로 미뤘습니다.",
          deadline="2026-12-31", dtext="하반기로", prev="2026-06-30"),
        m("av-mof-surf-instructor", "delayed", MOF, OTH,
          "강사 자격은 늦어도 12월에는 첫 시험을 치르겠다",
          person="진해랑", deadline="2026-12-31", dtext="12월",
          comment="the official's quote: the new date restated, without prev; person 진해랑 (해양수산부 해양레저관광과장)"),
        m("av-mof-surf-hubs", "revision", MOF, OTH,
          "2027년까지 5곳을 만들겠다던 '서핑 관광 거점 해변'은 3곳으로 줄이는 대신 올해 말까지 앞당겨 조성하기로 했고, 현재 파랑군 동트해변 등 2곳이 공사 중입니다.",
          target=3.0, unit="곳", deadline="2026-12-31", dtext="올해 말까지", prev="2027-12-31",
          comment="target cut (5 → 3) and date moved earlier: revision; the two under construction are part of the sentence"),
        m("av-mof-surf-shower", "cancelled", MOF, OTH,
          "거점이 아닌 해변 20곳에 샤워장과 탈의실 설치비를 대겠다던 계획은 올해 예산에서 빠지면서 없던 일이 됐습니다.",
          comment="dropped from the budget: cancelled; the category stays other (the budget is the circumstance)"),
        m("av-msit-beach-base-station", "new", MSIT, TEL,
          "과학기술정보통신부는 피서객이 몰릴 때마다 휴대전화가 잘 터지지 않는다는 민원이 이어지자 8월까지 동해안 해수욕장과 서핑 해변 15곳에 이동통신 임시 기지국을 설치하겠다고 밝혔습니다.",
          target=15.0, unit="곳", deadline="2026-08-31", dtext="8월까지", comment="a new promise; telecom (이동통신)"),
        m("av-kcg-night-surf-ban", "new", KCG, OTH,
          "해양경찰청은 해가 진 뒤 서핑을 하다 먼바다로 떠밀려 가는 사고가 잇따르자 위험 해변을 '야간 서핑 금지 구역'으로 연내 고시하겠다고 했습니다.",
          deadline="2026-12-31", dtext="연내",
          comment="a new promise. Not annotated: the shop owner's and the surf school's words, the related videos"),
    ]))

# ---------------------------------------------------------------- 농촌 쉼터 2/2 and 반려동물 장묘 3/3 (a news agency's report from the audit)
PAGES.append(dict(
    source="2026-10-21_av_farm-ministry-audit-wire.txt",
    title="[국감] 농촌 쉼터 '시범 단지' 4곳뿐…반려동물 이동식 화장 양성화는 없던 일로",
    published_at="2026-10-21",
    mentions=[
        m("av-mafra-shelter-complex", "delayed", MAFRA, OTH,
          "[국감] 농촌 쉼터 '시범 단지' 4곳뿐…반려동물 이동식 화장 양성화는 없던 일로",
          comment=TITLE + ": two follow-ups, no fields ('4곳뿐' is a finding). The page's date: '기사전송 2026-10-21 "
                  "17:44' (the body's '21일' agrees)"),
        m("av-mafra-mobile-crem", "cancelled", MAFRA, OTH,
          "[국감] 농촌 쉼터 '시범 단지' 4곳뿐…반려동물 이동식 화장 양성화는 없던 일로",
          comment=TITLE),
        m("av-mafra-shelter-map", "delayed", MAFRA, OTH,
          "쉼터 지도·사체 수거 시범도 줄줄이 지연…장관 \"단지형 쉼터 내년까지 10곳 채우겠다\"",
          comment=DECK + ": three follow-ups; the two delays without fields"),
        m("av-me-carcass-pickup", "delayed", MCEE, OTH,
          "쉼터 지도·사체 수거 시범도 줄줄이 지연…장관 \"단지형 쉼터 내년까지 10곳 채우겠다\"",
          comment=DECK + "; the pick-up trial is 기후에너지환경부's (환경부's successor)"),
        m("av-mafra-shelter-complex", "delayed", MAFRA, OTH,
          "쉼터 지도·사체 수거 시범도 줄줄이 지연…장관 \"단지형 쉼터 내년까지 10곳 채우겠다\"",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="내년까지", comment=DECK + "; the minister's new date"),
        m("av-mafra-shelter-complex", "delayed", MAFRA, OTH,
          "농식품부가 국회에 낸 자료에 따르면 2026년까지 10곳을 만들겠다던 단지형 쉼터 시범사업은 지금까지 4곳이 선정되는 데 그쳤고, 농식품부는 나머지 6곳을 내년까지 선정하겠다고 보고했다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="내년까지", prev="2026-12-31",
          comment="moved later before the old date passed: delayed"),
        m("av-mafra-shelter-map", "delayed", MAFRA, OTH,
          "전국 쉼터 신고 현황을 보여 주겠다던 '쉼터 지도' 서비스도 지난해 연내 개통 약속을 넘겨 내년 상반기로 밀렸다.",
          deadline="2027-06-30", dtext="내년 상반기로", prev="2025-12-31",
          comment="'지난해 연내' is the old date (2025-12-31)"),
        m("av-mafra-shelter-convert", "achieved", MAFRA, OTH,
          "농막을 쉼터로 바꾸는 서류 간소화는 지난해 3월 예정대로 시행됐고, 화재 안전 가이드도 지난해 12월 배포됐다.",
          comment="on time (March 2025); one sentence, two achievements"),
        m("av-mafra-shelter-fire-guide", "achieved", MAFRA, OTH,
          "농막을 쉼터로 바꾸는 서류 간소화는 지난해 3월 예정대로 시행됐고, 화재 안전 가이드도 지난해 12월 배포됐다.",
          comment="on time (December 2025)"),
        m("av-me-shelter-sewage", "cancelled", MCEE, OTH,
          "기후에너지환경부는 쉼터용 소형 오수처리시설 기준을 따로 만들겠다던 계획을 접고, 기존 개인하수처리시설 기준을 그대로 적용하기로 했다.",
          comment="dropped by 환경부's successor: cancelled, no fields"),
        m("av-molit-shelter-road", "delayed", MOLIT, OTH,
          "국토교통부가 지난해 상반기 중 내려보내겠다던 진입도로 판단 지침도 아직 지자체 의견을 듣는 단계다.",
          prev="2025-06-30", comment="still in consultation long after its deadline, no new date: delayed"),
        m("av-mafra-shelter-complex", "delayed", MAFRA, OTH,
          "단지형 쉼터는 내년까지 10곳을 반드시 채우겠다",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="내년까지",
          comment="the minister's first quote: the new date restated, without prev; person '' (the minister is not named)"),
        m("av-mafra-shelter-insurance", "new", MAFRA, OTH,
          "쉼터 화재보험 가입비도 내년부터 절반을 지원하겠다",
          deadline="2027-12-31", dtext="내년부터", comment="the minister's second quote: a new promise; person ''"),
        m("av-mafra-public-pet-crem", "progress", MAFRA, OTH,
          "2027년까지 10곳으로 늘리겠다던 공공 동물장묘시설은 현재 7곳이 운영 중이거나 공사 중이다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment="7 of 10 before the deadline"),
        m("av-mafra-mobile-crem", "cancelled", MAFRA, OTH,
          "지난해 하반기 국회에 내겠다던 이동식 화장 차량 양성화 법안은 입법예고 단계에서 주민 반발과 배출가스 우려가 커지자 농식품부가 추진을 철회했다.",
          prev="2025-12-31", comment="withdrawn: cancelled, the old date named"),
        m("av-me-carcass-pickup", "delayed", MCEE, OTH,
          "기후에너지환경부가 맡은 '반려동물 사체 전용 수거' 시범사업은 지난해 5개 시·군에서 시작하겠다던 것과 달리 3곳에서만 운영되고 있으며, 기후부는 나머지 2곳을 내년 상반기까지 추가하겠다고 밝혔다.",
          target=5.0, unit="개", deadline="2027-06-30", dtext="내년 상반기까지", prev="2025-12-31",
          comment="3 of 5 after the deadline, the rest moved"),
        m("av-ftc-pet-funeral-terms", "achieved", FTC, OTH,
          "공정거래위원회의 동물장묘업 표준약관은 올해 3월 시행됐고, 장묘업 종사자 위생 교육 의무화도 올해 1월부터 적용되고 있다.",
          comment=LATE + " (promised for H2 2025, in force March 2026); one sentence, two achievements"),
        m("av-mafra-funeral-staff-edu", "achieved", MAFRA, OTH,
          "공정거래위원회의 동물장묘업 표준약관은 올해 3월 시행됐고, 장묘업 종사자 위생 교육 의무화도 올해 1월부터 적용되고 있다.",
          comment="on time (from January 2026); no body named: 농림축산식품부 (its promise)"),
        m("av-mafra-price-posting", "achieved", MAFRA, OTH,
          "장묘업체 가격 게시 의무는 자리를 잡았지만, 게시 가격과 실제 청구액이 다르다는 민원이 올해만 140건 접수됐다.",
          comment=AGAIN + "; 140건 is a count of complaints"),
        m("av-mafra-funeral-voucher", "new", MAFRA, OTH,
          "농식품부는 이날 기초생활수급 가구가 반려동물을 떠나보낼 때 장례비 일부를 지원하는 '반려동물 장례 바우처'를 내년 하반기 도입하겠다고 밝혔다.",
          deadline="2027-12-31", dtext="내년 하반기",
          comment="a new promise. Not annotated: the lawmakers' words, 1만 1,400동 (a count), the related news"),
    ]))

# ---------------------------------------------------------------- 연탄 가구 3/3 (a briquette factory's notice to its dealers)
FACT = "a `◇ ` item of '정부 지원 정리 (11월 기준)', its first sentence with the marker and label; person ''"
PAGES.append(dict(
    source="2026-11-26_av_briquette-factory-winter-notice.txt",
    title="[공지] 2026–27 동절기 연탄 공급 안내와 정부 지원 정리 (대리점·나눔 단체 필독)",
    published_at="2026-11-26",
    mentions=[
        m("av-motie-coal-coupon", "achieved", MCEE, OTH,
          "◇ 연탄쿠폰: 올겨울에도 가구당 54만 6,000원이 11월 지급분부터 그대로 나갑니다.",
          comment=FACT + "; the raised amount paid again: " + AGAIN + " (the '11월 지급분부터' is this winter's "
                  "payment, not a new deadline). The page's date: the boxed line '[오늘 아침 공장 마당] 11월 26일 06시 "
                  "기온 영하 4.2℃', the year from the title's '2026–27 동절기' and the footer's '© 1968–2026'; '지난 "
                  "19일' is the dealers' meeting"),
        m("av-mcee-delivery-subsidy", "achieved", MCEE, OTH,
          "◇ 배달비 지원: 기후에너지환경부가 올해 1월부터 배달이 어려운 지역에 장당 100원씩 지원하고 있습니다.",
          comment=FACT + "; on time"),
        m("av-motie-coal-stockpile", "achieved", MCEE, OTH,
          "◇ 공공 비축: 지난겨울 모자랐던 비축 연탄은 3월에 50만 장을 다 채웠고, 봄에 공장이 멈춘 지역에 먼저 풀렸습니다.",
          comment=FACT + "; " + LATE + " (moved to February 2026, done in March)"),
        m("av-nfa-co-alarm", "achieved", NFA, OTH,
          "◇ 일산화탄소 경보기: 소방청은 3월에 3만 대 보급을 마쳤다고 밝혔습니다.",
          comment=FACT + "; " + LATE),
        m("av-motie-heating-switch", "revision", MCEE, OTH,
          "◇ 난방 전환: 기후에너지환경부는 2027년까지 1만 가구를 바꾸겠다던 목표를 7,000가구로 줄였습니다.",
          target=7000.0, unit="가구", deadline="2027-12-31", dtext="2027년까지",
          comment=FACT + "; target cut (1만 → 7,000가구), the date kept: revision without prev"),
        m("av-motie-heating-switch", "progress", MCEE, OTH,
          "지금까지 4,600가구가 바뀌었습니다.",
          comment="the same item's second sentence: a count, progress"),
        m("av-mcee-boiler-swap", "new", MCEE, OTH,
          "◇ 연탄보일러 교체: 기후에너지환경부는 전환이 어려운 3,000가구의 낡은 연탄보일러를 내년 말까지 고효율 제품으로 바꿔 주겠다고 했습니다.",
          target=3000.0, unit="가구", deadline="2027-12-31", dtext="내년 말까지", comment=FACT + "; a new promise"),
        m("av-moef-coal-subsidy", "progress", MPB, FIS,
          "◇ 생산보조금: 기획예산처는 연탄 생산보조금 예산을 내년 예산안에도 올해와 같은 수준으로 반영해, 2027년까지 유지하겠다는 약속을 이어 가고 있습니다.",
          deadline="2027-12-31", dtext="2027년까지",
          comment=FACT + "; the budget kept in the 2027 bill: progress; 기획재정부's budget work went to 기획예산처 "
                  "on 2026-01-02 (not to its primary successor 재정경제부)"),
        m("av-moti-coal-maker-transition", "new", MOTI, IND,
          "◇ 업종 전환: 산업통상부는 문을 닫는 연탄 제조업체가 다른 제조업으로 업종을 바꿀 수 있도록 내년 상반기 중 전환 컨설팅과 설비 자금을 지원하겠다고 밝혔습니다.",
          deadline="2027-06-30", dtext="내년 상반기 중",
          comment=FACT + "; a new promise; industry (제조업); 산업통상부 (the industry side of 산업통상자원부)"),
        m("av-mcee-boiler-swap", "new", MCEE, OTH,
          "보일러 교체는 내년 말까지 3,000가구를 꼭 마치겠다",
          person="탁은재", target=3000.0, unit="가구", deadline="2027-12-31", dtext="내년 말까지",
          comment="the official's quote; person 탁은재 (기후에너지환경부 에너지복지과장). Not annotated: the factory's "
                  "supply plan (17만 장, 610원), its own promises ('3. 저희 공장의 약속': 2027년 3월까지 가동, 50원 할인, "
                  "토요일 출고), the census and the emergency sensors (not mentioned)"),
    ]))

LAST = "2026-11-26"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 연탄 가구
    ("av-motie-coal-coupon", MCEE, OTH, "연탄쿠폰 가구당 47만 2,000 → 54만 6,000원 2025년 11월 지급분부터", "achieved",
     "paid from November 2025 (Dec 2025, Nov 2026); made by 산업통상자원부, whose energy work went to 기후에너지환경부"),
    ("av-motie-coal-census", MCEE, OTH, "연탄 사용 가구 전수조사 2025년 상반기 중", "achieved",
     "results in August 2025 (late; Dec 2025); made by 산업통상자원부"),
    ("av-motie-heating-switch", MCEE, OTH, "연탄 가구 난방 도시가스·전기 전환 1만 가구 2027년까지 (→ 7,000가구)", "revised",
     "1,800 (Dec 2025); cut to 7,000, 4,600 done (Nov 2026); made by 산업통상자원부"),
    ("av-motie-coal-stockpile", MCEE, OTH, "연탄 공공 비축 50만 장 2025년 안에 (→ 2026년 2월)", "achieved",
     "30만 and the rest moved to February 2026 (Dec 2025); all 50만 in March 2026 (Nov 2026); made by 산업통상자원부"),
    ("av-nfa-co-alarm", NFA, OTH, "연탄 가구 일산화탄소 경보기 3만 대 무상 보급 2025년 10월까지 (→ 연말)", "achieved",
     "21,000 and the rest moved to the end of 2025 (Dec 2025); done in March 2026 (Nov 2026)"),
    ("av-moef-coal-subsidy", MPB, FIS, "연탄 생산보조금 예산 2027년까지 유지", "in_progress",
     "restated (Dec 2025, 기획재정부); kept in the 2027 budget bill (Nov 2026, 기획예산처, which took the budget work "
     "on 2026-01-02)"),
    ("av-mcee-delivery-subsidy", MCEE, OTH, "연탄 배달비 장당 100원 지원 2026년 1월부터", "achieved",
     "paid from January 2026 (Nov 2026)"),
    ("av-mohw-emergency-sensor", MOHW, OTH, "연탄 가구 홀몸 어르신 응급안전 안심서비스 우선 설치 2026년 상반기 중", "delayed",
     "never reported on again: its deadline (2026-06-30) passed with no report of achievement (date rule)"),
    ("av-mcee-boiler-swap", MCEE, OTH, "낡은 연탄보일러 고효율 교체 3,000가구 2027년 말까지", "announced", ""),
    ("av-moti-coal-maker-transition", MOTI, IND, "연탄 제조업체 업종 전환 컨설팅·설비 자금 2027년 상반기 중", "announced", ""),
    # 휴게소
    ("av-molit-menu-price", MOLIT, OTH, "휴게소 대표 메뉴 20종 가격 평균 10% 인하 2025년 6월까지", "achieved",
     "7.8% after the deadline (Oct 2025); 10.2% in December 2025 (late; Jul 2026)"),
    ("av-molit-fee-cap", MOLIT, OTH, "휴게소 입점 매장 수수료율 상한 매출의 35% 2025년 하반기 계약분부터 (→ 2027년 신규 계약분)",
     "delayed", "restated with doubts (Oct 2025); moved to 2027's new contracts (Jul 2026)"),
    ("av-molit-ev-charger", MOLIT, CLI, "휴게소 급속충전기 1,050 → 2,000기 2026년 말까지 (→ 2026년 6월로 앞당김)", "achieved",
     "1,200 and moved up to June 2026 (Oct 2025); over 2,000 in June 2026 (Jul 2026)"),
    ("av-molit-family-restroom", MOLIT, OTH, "전국 휴게소 207곳 가족 화장실·기저귀 교환대 2025년 안에", "achieved",
     "140 (Oct 2025); all 207 by the end of 2025 (Jul 2026)"),
    ("av-ftc-restarea-survey", FTC, OTH, "휴게소 입점업체 계약 실태조사 2025년 상반기 중", "cancelled",
     "replaced by the road bodies' own checks (Oct 2025)"),
    ("av-mss-local-shops", MSS, SUP, "휴게소 50곳 '로컬 상생관' (지역 소상공인 매장) 2025년 안에 (→ 2026년 말)", "delayed",
     "18 (Oct 2025); 32 by the end of 2025, the rest moved to the end of 2026 (Jul 2026)"),
    ("av-molit-price-app", MOLIT, OTH, "'휴게소 가격 알리미' 2025년 11월부터", "achieved",
     "opened in February 2026 (late; Jul 2026)"),
    # 농촌 쉼터
    ("av-mafra-shelter-convert", MAFRA, OTH, "농막 → 체류형 쉼터 전환 서류 7종 → 3종 2025년 3월부터", "achieved",
     "in force from March 2025 (on time; Oct 2026)"),
    ("av-mafra-shelter-complex", MAFRA, OTH, "단지형 쉼터 시범 단지 10곳 2026년까지 (→ 2027년)", "delayed",
     "4 selected, the rest moved to 2027 (Oct 2026)"),
    ("av-me-shelter-sewage", MCEE, OTH, "쉼터용 소형 오수처리시설 기준 2025년 상반기 중", "cancelled",
     "dropped by 기후에너지환경부 (Oct 2026); made by 환경부"),
    ("av-mafra-shelter-fire-guide", MAFRA, OTH, "쉼터 화재 안전 가이드 (소화기·화재감지기) 2025년 하반기 중", "achieved",
     "issued in December 2025 (on time; Oct 2026)"),
    ("av-mafra-shelter-map", MAFRA, OTH, "'쉼터 지도' 신고 현황 서비스 2025년 안에 (→ 2027년 상반기)", "delayed",
     "moved to H1 2027 (Oct 2026)"),
    ("av-molit-shelter-road", MOLIT, OTH, "쉼터 진입도로 판단 지침 2025년 상반기 중", "delayed",
     "still in consultation, no new date (Oct 2026)"),
    ("av-mafra-shelter-insurance", MAFRA, OTH, "쉼터 화재보험 가입비 절반 지원 2027년부터", "announced", ""),
    # 서핑 해변
    ("av-mof-surf-zone-law", MOF, OTH, "서핑 전용구역 지정제 해수욕장법 개정안 국회 제출 2025년 하반기 중", "achieved",
     "restated (Jul 2025); submitted in December 2025 (on time; Jul 2026)"),
    ("av-mof-rip-cctv", MOF, OTH, "이안류 감시 CCTV·AI 12 → 25곳 2025년 6월 말까지 (→ 7월)", "achieved",
     "22 and the rest moved to July (Jul 2025); all 25 in July 2025 (Jul 2026)"),
    ("av-mof-surf-hubs", MOF, OTH, "서핑 관광 거점 해변 5곳 2027년까지 (→ 3곳 2026년 말까지)", "revised",
     "cut to 3 and moved up to the end of 2026, 2 under construction (Jul 2026)"),
    ("av-mof-surf-instructor", MOF, OTH, "서핑 강사 국가공인 자격 2026년 상반기 (→ 하반기, 12월 첫 시험)", "delayed",
     "moved to H2 2026 (Jul 2026)"),
    ("av-kcg-leash-rule", KCG, OTH, "서프보드 리쉬 착용 의무화 2025년 7월부터", "achieved",
     "from 1 July 2025 (on time; Jul 2025, Jul 2026)"),
    ("av-kcg-school-inspection", KCG, OTH, "서핑 강습업체 300곳 안전 점검 2025년 6월까지", "achieved",
     "312 by June 2025 (on time; Jul 2025)"),
    ("av-kma-rip-forecast", KMA, OTH, "이안류·너울 예보 해변 7 → 15곳 2025년 7월부터 (→ 2026년 말)", "delayed",
     "one beach added (Jul 2025); 11 and the rest moved to the end of 2026 (Jul 2026)"),
    ("av-mof-surf-shower", MOF, OTH, "거점 외 해변 20곳 공중 샤워장·탈의실 설치비 2026년까지", "cancelled",
     "dropped from the budget (Jul 2026)"),
    ("av-msit-beach-base-station", MSIT, TEL, "동해안 해수욕장·서핑 해변 15곳 이동통신 임시 기지국 2026년 8월까지", "delayed",
     "never reported on again: its deadline (2026-08-31) passed with no report of achievement (date rule)"),
    ("av-kcg-night-surf-ban", KCG, OTH, "위험 해변 '야간 서핑 금지 구역' 고시 2026년 안에", "announced", ""),
    # 반려동물 장묘
    ("av-mafra-public-pet-crem", MAFRA, OTH, "공공 동물장묘시설 4 → 10곳 2027년까지", "in_progress",
     "2 under construction (Sep 2025); 7 (Oct 2026)"),
    ("av-mafra-mobile-crem", MAFRA, OTH, "이동식 화장 차량 양성화 동물보호법 개정안 2025년 하반기 국회 제출", "cancelled",
     "pre-announced (Sep 2025); withdrawn (Oct 2026)"),
    ("av-mafra-price-posting", MAFRA, OTH, "동물장묘업체 가격 게시 의무 2025년 7월부터", "achieved",
     "in force from July 2025 (on time; Sep 2025, Oct 2026)"),
    ("av-mafra-illegal-crackdown", MAFRA, OTH, "무등록 장묘업체·불법 이동식 화장 합동 단속 2025년 상반기 중", "achieved",
     "23 found in H1 2025 (on time; Sep 2025)"),
    ("av-me-carcass-pickup", MCEE, OTH, "반려동물 사체 전용 수거 시범 5개 시·군 2025년 안에 (→ 2027년 상반기)", "delayed",
     "2 (Sep 2025, 환경부); 3 and the rest moved to H1 2027 (Oct 2026, 기후에너지환경부); made by 환경부"),
    ("av-ftc-pet-funeral-terms", FTC, OTH, "동물장묘업 표준약관 2025년 하반기 중", "achieved",
     "restated (Sep 2025); in force from March 2026 (late; Oct 2026)"),
    ("av-mafra-funeral-staff-edu", MAFRA, OTH, "장묘업 종사자 사체 취급·위생 교육 의무 2026년부터", "achieved",
     "from January 2026 (on time; Oct 2026)"),
    ("av-mafra-funeral-voucher", MAFRA, OTH, "기초생활수급 가구 '반려동물 장례 바우처' 2027년 하반기", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "av", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (산업통상자원부's 연탄 promises are listed",
           "under 기후에너지환경부, which took its energy work on 2025-10-01; 환경부's promises under 기후에너지환경부, its",
           "successor from 2025-10-01; 기획재정부's subsidy-budget promise under 기획예산처, which took its budget work on",
           "2026-01-02; every other body kept its name through 2026-11-26)."],
          with_commitments="--commitments" in sys.argv[1:])
