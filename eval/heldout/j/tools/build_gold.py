"""Writes the hand annotations of held-out set j to gold/*.toml.

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

MOLIT = "국토교통부"
MAFRA = "농림축산식품부"
MOE = "교육부"
MOJ = "법무부"
MOTIE = "산업통상자원부"    # until 2025-09-30
MOTI = "산업통상부"         # from 2025-10-01 (successor of 산업통상자원부)
MSS = "중소벤처기업부"
MCEE = "기후에너지환경부"   # from 2025-10-01 (successor of 환경부)

O = "other"
I = "industry"
S = "startup"


LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (project sample-corpus convention), new date in deadline"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 철도 지하화 1/3 (straight news, press-release lead, two deck lines)
P1_H = "철도 지하화 선도사업 3곳 6월 확정…국토부 \"2028년 첫 삽\""
PAGES.append(dict(
    source="2025-02-18_j_rail-underground-plan.txt", title=P1_H, published_at="2025-02-18",
    mentions=[
        m("j-molit-rail-pilot-3", "new", MOLIT, O, P1_H, target=3.0, unit="곳", deadline="2025-06-30", dtext="6월"),
        m("j-molit-rail-groundbreak", "new", MOLIT, O, P1_H, deadline="2028-12-31", dtext="2028년",
          comment="one headline, two commitments (3곳 6월 확정; 2028년 첫 삽)"),
        m("j-molit-rail-plan", "new", MOLIT, O, "연내 '철도 지하화 종합계획' 수립", deadline="2025-12-31", dtext="연내"),
        m("j-molit-rail-survey-15", "new", MOLIT, O, "지상 철도 15개 구간 9월까지 정밀 실태조사",
          target=15.0, unit="개", deadline="2025-09-30", dtext="9월까지"),
        m("j-molit-rail-pilot-3", "new", MOLIT, O,
          "국토교통부가 도심을 가르는 지상 철도를 땅속으로 옮기는 '철도 지하화' 사업의 첫 대상지인 선도사업 3곳을 6월까지 확정한다.",
          target=3.0, unit="곳", deadline="2025-06-30", dtext="6월까지"),
        m("j-molit-rail-pilot-3", "new", MOLIT, O,
          "전략에 따르면 국토부는 지방자치단체들이 제안한 후보 구간을 평가해 6월까지 선도사업 3곳을 선정한다.",
          target=3.0, unit="곳", deadline="2025-06-30", dtext="6월까지"),
        m("j-molit-rail-groundbreak", "new", MOLIT, O,
          "선정된 구간은 곧바로 기본계획 수립에 들어가 2028년까지 첫 삽을 뜬다는 목표다.",
          deadline="2028-12-31", dtext="2028년까지"),
        m("j-molit-rail-plan", "new", MOLIT, O, "전국 철도 지하화의 밑그림인 '철도 지하화 종합계획'은 연내 수립한다.",
          deadline="2025-12-31", dtext="연내"),
        m("j-molit-rail-guideline", "new", MOLIT, O,
          "지하화로 생기는 상부 부지를 어떻게 쓸지 정하는 '상부 개발 가이드라인'도 상반기 중 마련할 예정이다.",
          deadline="2025-06-30", dtext="상반기 중"),
        m("j-molit-rail-survey-15", "new", MOLIT, O,
          "국토부는 또 사업 대상이 될 수 있는 전국 15개 지상 철도 구간의 부지 현황과 소음·분진 피해를 살피는 정밀 실태조사를 9월까지 마치기로 했다.",
          target=15.0, unit="개", deadline="2025-09-30", dtext="9월까지"),
        m("j-molit-rail-center", "new", MOLIT, O,
          "지자체와 사업자의 문의를 한곳에서 처리하는 '철도 지하화 통합지원센터'도 4월 국가철도공단 안에 문을 연다.",
          deadline="2025-04-30", dtext="4월"),
        m("j-molit-rail-pilot-3", "new", MOLIT, O,
          "서보람 국토교통부 철도지하화추진단장은 \"철도가 수십 년 동안 도시를 둘로 갈라 놓았다\"며 \"6월 선도사업 발표 일정은 반드시 지키겠다\"고 말했다.",
          person="서보람", deadline="2025-06-30", dtext="6월"),
    ]))

# ---------------------------------------------------------------- 쌀 수급 1/3 (wire, (세종=) dateline)
P2_H = "농식품부, 올해 벼 재배면적 6만 5천ha 줄인다…\"쌀값 21만 원 회복\""
PAGES.append(dict(
    source="2025-03-11_j_rice-supply-wire.txt", title=P2_H, published_at="2025-03-11",
    mentions=[
        m("j-mafra-rice-area-65k", "new", MAFRA, O, P2_H, target=65000.0, unit="ha", deadline="2025-12-31", dtext="올해"),
        m("j-mafra-rice-price-21", "new", MAFRA, O, P2_H, target=210000.0, unit="원",
          comment="the headline's 올해 belongs to the first clause; the price clause has no date: no deadline fields"),
        m("j-mafra-rice-area-65k", "new", MAFRA, O,
          "농림축산식품부는 올해 벼 재배면적을 지난해보다 6만 5,000ha 줄이는 내용의 '2025년 쌀 수급 안정 대책'을 11일 발표했다.",
          target=65000.0, unit="ha", deadline="2025-12-31", dtext="올해",
          comment="the wire dateline '(세종=다온통신) 오하람 기자 = ' is not part of the sentence"),
        m("j-mafra-strategic-40k", "new", MAFRA, O,
          "농식품부는 벼 대신 논콩과 가루쌀 등을 심는 농가에 주는 전략작물직불금 대상 면적을 올해 4만 ha로 늘린다.",
          target=40000.0, unit="ha", deadline="2025-12-31", dtext="올해"),
        m("j-mafra-stock-400k", "new", MAFRA, O, "정부가 사들여 비축하는 공공비축미는 올해 40만 톤을 매입할 계획이다.",
          target=400000.0, unit="톤", deadline="2025-12-31", dtext="올해",
          comment="'정부' resolved to the body the article is about"),
        m("j-mafra-rice-price-21", "new", MAFRA, O,
          "농식품부는 이를 통해 연말까지 산지 쌀값을 80㎏ 한 가마당 21만 원 선으로 끌어올린다는 목표를 세웠다.",
          target=210000.0, unit="원", deadline="2025-12-31", dtext="연말까지", comment="80㎏ is the unit of sale, not the target"),
        m("j-mafra-rice-export-3b", "new", MAFRA, O,
          "쌀 소비를 늘리기 위해 즉석밥과 떡볶이 떡, 쌀 과자 같은 쌀 가공식품 수출을 2027년까지 3억 달러로 늘리겠다는 목표도 내걸었다.",
          target=300000000.0, unit="달러", deadline="2027-12-31", dtext="2027년까지"),
        m("j-mafra-rice-area-65k", "new", MAFRA, O,
          "윤가온 농식품부 식량정책관은 \"쌀값이 무너지면 농가 소득 전체가 흔들린다\"며 \"재배면적 감축 목표는 시도별로 나눠 반드시 달성하겠다\"고 말했다.",
          person="윤가온", comment="the official restates the area promise; no number or date in the sentence"),
    ]))

# ---------------------------------------------------------------- 유학생 1/3 (Q&A interview, two deck lines)
P3_H = "[인터뷰] 남궁선 교육부 국제협력정책관 \"유학생 2027년 30만 명…특화지구 연내 10곳\""
PAGES.append(dict(
    source="2025-04-15_j_intl-students-interview.txt", title=P3_H, published_at="2025-04-15",
    mentions=[
        m("j-moe-intl-300k", "new", MOE, O, P3_H, person="남궁선", target=300000.0, unit="명",
          deadline="2027-12-31", dtext="2027년"),
        m("j-moe-intl-zone-10", "new", MOE, O, P3_H, person="남궁선", target=10.0, unit="곳",
          deadline="2025-12-31", dtext="연내", comment="one headline, two commitments"),
        m("j-moe-intl-onestop-17", "new", MOE, O, "17개 시도 '유학생 원스톱센터' 6월까지 설치",
          target=17.0, unit="곳", deadline="2025-06-30", dtext="6월까지",
          comment="17개 시도 = one centre per 시도: target 17 곳 (the body: '하나씩 설치한다')"),
        m("j-moe-intl-korean-test", "new", MOE, O, "한국어능력 대체 시험 하반기 도입", deadline="2025-12-31", dtext="하반기"),
        m("j-moe-intl-300k", "new", MOE, O, "2027년까지 유학생 30만 명을 유치하겠다.", person="남궁선",
          target=300000.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment="Q&A answer: the interviewee speaks; the 'A. ' label is not part of the sentence"),
        m("j-moe-intl-local-60", "new", MOE, O,
          "지금 45% 수준인 비수도권 대학 유학생 비중은 2026년까지 60%로 끌어올리는 것이 목표다.",
          person="남궁선", target=60.0, unit="%", deadline="2026-12-31", dtext="2026년까지", comment="45% is the baseline"),
        m("j-moe-intl-zone-10", "new", MOE, O, "올해 안에 10곳을 지정하겠다.", person="남궁선",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="올해 안에"),
        m("j-moe-intl-onestop-17", "new", MOE, O,
          "그래서 6월까지 17개 시도에 '유학생 원스톱 지원센터'를 하나씩 설치한다.", person="남궁선",
          target=17.0, unit="곳", deadline="2025-06-30", dtext="6월까지"),
        m("j-moe-intl-korean-test", "new", MOE, O,
          "하반기에는 대학들이 공동으로 출제하는 한국어능력 대체 시험을 도입할 계획이다.", person="남궁선",
          deadline="2025-12-31", dtext="하반기"),
    ]))

# ---------------------------------------------------------------- 공항 보안검색 (standalone short brief)
S1_H = "국토부 \"공항 보안검색 대기 연내 20분 이내로\""
PAGES.append(dict(
    source="2025-05-20_j_airport-security-brief.txt", title=S1_H, published_at="2025-05-20",
    mentions=[
        m("j-molit-air-wait-20", "new", MOLIT, O, S1_H, target=20.0, unit="분", deadline="2025-12-31", dtext="연내"),
        m("j-molit-air-wait-20", "new", MOLIT, O,
          "국토교통부는 여름 성수기를 앞두고 공항 보안검색 대기 시간을 연내 평균 20분 이내로 줄이는 '항공보안 검색 개선 방안'을 20일 발표했다.",
          target=20.0, unit="분", deadline="2025-12-31", dtext="연내"),
        m("j-molit-air-ct-pilot-4", "new", MOLIT, O,
          "우선 7월부터 인천·김포·김해·제주 4개 공항에서 액체류와 노트북을 가방에서 꺼내지 않아도 되는 3차원(CT) 보안검색기를 시범 운영한다.",
          target=4.0, unit="개", deadline="2025-07-31", dtext="7월부터", comment="'N월부터': that month's last day"),
        m("j-molit-air-ct-150", "new", MOLIT, O, "2027년까지는 전국 15개 공항에 CT 보안검색기 150대를 도입한다는 목표다.",
          target=150.0, unit="대", deadline="2027-12-31", dtext="2027년까지", comment="15개 공항 is the scope; the target is 150대"),
        m("j-molit-air-congestion-app", "new", MOLIT, O,
          "출국장 혼잡도를 실시간으로 알려 주는 서비스도 6월부터 15개 공항 앱에서 제공한다.",
          target=15.0, unit="개", deadline="2025-06-30", dtext="6월부터"),
    ]))

# ---------------------------------------------------------------- 수출바우처 1/3 (straight news, press-release lead, one deck line)
P4_H = "산업부, 수출바우처 올해 3,000곳으로 늘린다…심사 기간 15일로 단축"
P4_D = "해외 공동물류센터 연내 20곳…중기부 통합 플랫폼 10월 개통"
PAGES.append(dict(
    source="2025-07-08_j_export-voucher-plan.txt", title=P4_H, published_at="2025-07-08",
    mentions=[
        m("j-motie-voucher-3000", "new", MOTIE, I, P4_H, target=3000.0, unit="곳", deadline="2025-12-31", dtext="올해"),
        m("j-motie-voucher-15d", "new", MOTIE, I, P4_H, target=15.0, unit="일",
          comment="the headline's 올해 belongs to the first clause; the body gives the 15일 change 8월부터: no deadline fields"),
        m("j-motie-logistics-20", "new", MOTIE, I, P4_D, target=20.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("j-mss-voucher-platform", "new", MSS, S, P4_D, deadline="2025-10-31", dtext="10월",
          comment="one deck line, two bodies (산업통상자원부; 중소벤처기업부)"),
        m("j-motie-voucher-3000", "new", MOTIE, I,
          "산업통상자원부가 미국의 관세 인상으로 수출길이 좁아진 중소·중견기업을 돕기 위해 올해 수출바우처 지원 기업을 3,000곳으로 늘린다.",
          target=3000.0, unit="곳", deadline="2025-12-31", dtext="올해"),
        m("j-motie-voucher-15d", "new", MOTIE, I, "바우처 신청부터 선정까지 평균 30일 걸리던 심사 기간은 8월부터 15일로 줄인다.",
          target=15.0, unit="일", deadline="2025-08-31", dtext="8월부터", comment="30일 is the baseline"),
        m("j-motie-voucher-limit", "new", MOTIE, I, "기업 한 곳당 지원 한도도 8월부터 1억 원에서 1억 5,000만 원으로 높인다.",
          target=150000000.0, unit="원", deadline="2025-08-31", dtext="8월부터"),
        m("j-motie-logistics-20", "new", MOTIE, I,
          "관세 피해 기업이 현지에서 재고를 보관할 수 있는 해외 공동물류센터는 미국과 멕시코, 베트남 등에 연내 20곳을 마련할 예정이다.",
          target=20.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("j-motie-new-exporters-10k", "new", MOTIE, I,
          "산업부는 2026년까지 수출 실적이 없는 내수 기업 1만 곳을 새로 수출 기업으로 키운다는 목표도 제시했다.",
          target=10000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("j-mss-voucher-platform", "new", MSS, S,
          "중소벤처기업부는 산업부와 중기부 등으로 흩어진 수출바우처 신청 창구를 하나로 묶은 통합 온라인 플랫폼을 10월 개통하기로 했다.",
          deadline="2025-10-31", dtext="10월", comment="category startup: 중소벤처기업부's promise to SMEs"),
        m("j-motie-voucher-3000", "new", MOTIE, I,
          "차윤서 산업부 수출지원정책관은 \"관세 충격이 중소기업에 가장 먼저, 가장 크게 닥치고 있다\"며 \"3,000곳 선정은 하반기 안에 모두 마치겠다\"고 말했다.",
          person="차윤서", target=3000.0, unit="곳", deadline="2025-12-31", dtext="하반기 안에"),
    ]))

# ---------------------------------------------------------------- 철도 지하화 2/3 (TV script: 앵커/리포트/인터뷰 bites)
P5_H = "철도 지하화 선도사업 두 달 늦게 확정…종합계획은 내년 상반기로"
PAGES.append(dict(
    source="2025-09-24_j_rail-underground-tv.txt", title=P5_H, published_at="2025-09-24",
    mentions=[
        m("j-molit-rail-pilot-3", "achieved", MOLIT, O, P5_H, comment=LATE + " (6월 = 2025-06-30)"),
        m("j-molit-rail-plan", "delayed", MOLIT, O, P5_H, deadline="2026-06-30", dtext="내년 상반기",
          comment=LATER + "; the headline does not name the old date: no previous_deadline"),
        m("j-molit-rail-pilot-3", "achieved", MOLIT, O, "6월까지 확정하겠다던 선도사업 3곳은 두 달 늦은 지난달 말에야 발표됐습니다.",
          target=3.0, unit="곳", comment=LATE + " (6월까지 = 2025-06-30)"),
        m("j-molit-rail-plan", "delayed", MOLIT, O, "연내 내놓기로 한 철도 지하화 종합계획은 내년 상반기로 미뤄졌습니다.",
          deadline="2026-06-30", dtext="내년 상반기", prev="2025-12-31", comment=LATER),
        m("j-molit-rail-guideline", "achieved", MOLIT, O,
          "상반기 중 내놓기로 했던 상부 개발 가이드라인도 한 달 늦은 7월 말에야 나왔습니다.",
          comment=LATE + " (상반기 중 = 2025-06-30)"),
        m("j-molit-rail-center", "achieved", MOLIT, O,
          "통합지원센터는 예정대로 4월 국가철도공단 안에 문을 열었고, 지금까지 지자체 상담 320건을 처리했습니다.",
          deadline="2025-04-30", dtext="4월", comment="on time: the deadline is kept; 320건 is usage, not a target"),
        m("j-molit-rail-survey-15", "progress", MOLIT, O,
          "9월까지 마치기로 한 15개 구간 정밀 실태조사는 지금까지 11개 구간에서만 끝났습니다.",
          target=15.0, unit="개", deadline="2025-09-30", dtext="9월까지",
          comment="before the deadline (2025-09-30): a count short of the target is progress"),
        m("j-molit-rail-survey-15", "delayed", MOLIT, O, "나머지 4개 구간 조사는 11월까지 마무리하겠습니다.",
          person="서보람", target=4.0, unit="개", deadline="2025-11-30", dtext="11월까지",
          comment=LATER + "; bite of the speaker in '[인터뷰] 서보람 / 국토교통부 철도지하화추진단장'; the remainder is the target; the old date is not named in the sentence"),
        m("j-molit-rail-masterplan-3", "new", MOLIT, O,
          "국토부는 선도사업 3곳의 기본계획을 내년 6월까지 세우고, 2028년 착공 목표도 그대로 지키겠다는 입장입니다.",
          target=3.0, unit="곳", deadline="2026-06-30", dtext="내년 6월까지"),
        m("j-molit-rail-groundbreak", "progress", MOLIT, O,
          "국토부는 선도사업 3곳의 기본계획을 내년 6월까지 세우고, 2028년 착공 목표도 그대로 지키겠다는 입장입니다.",
          deadline="2028-12-31", dtext="2028년", comment="one sentence, two commitments; the body restates its deadline"),
        m("j-molit-rail-2nd-call", "new", MOLIT, O,
          "선도사업에서 빠진 지역을 위해 2차 선도사업 공모도 내년 하반기에 진행하기로 했습니다.",
          deadline="2026-12-31", dtext="내년 하반기"),
    ]))

# ---------------------------------------------------------------- 쌀 수급 2/3 (data feature with ◆ subheads and a deck)
P6_H = "[숫자로 본 쌀 대책] 쌀값 21만 원 회복…재배면적 감축은 목표에 못 미쳐"
P6_D = "공공비축미 45만 톤으로 늘려…내년 가루쌀 단지 100곳"
PAGES.append(dict(
    source="2025-12-16_j_rice-numbers.txt", title=P6_H, published_at="2025-12-16",
    mentions=[
        m("j-mafra-rice-price-21", "achieved", MAFRA, O, P6_H, target=210000.0, unit="원"),
        m("j-mafra-rice-area-65k", "progress", MAFRA, O, P6_H,
          comment="one headline, two follow-ups; before the deadline (2025-12-31): progress"),
        m("j-mafra-stock-400k", "revision", MAFRA, O, P6_D, target=450000.0, unit="톤", comment="target raised"),
        m("j-mafra-flour-100", "new", MAFRA, O, P6_D, target=100.0, unit="곳", deadline="2026-12-31", dtext="내년"),
        m("j-mafra-rice-price-21", "achieved", MAFRA, O,
          "연말까지 80㎏ 한 가마당 21만 원 선을 회복하겠다던 산지 쌀값은 이달 5일 기준 21만 8,000원을 기록했다.",
          target=210000.0, unit="원", deadline="2025-12-31", dtext="연말까지", comment="on time: the deadline is kept"),
        m("j-mafra-rice-area-65k", "progress", MAFRA, O, "올해 6만 5,000ha를 줄이기로 한 벼 재배면적은 5만 1,000ha 감축에 그쳤다.",
          target=65000.0, unit="ha", deadline="2025-12-31", dtext="올해",
          comment="before the deadline: progress (the same shortfall is delayed on 2026-06-23); '목표의 78% 수준이다' is arithmetic"),
        m("j-mafra-strategic-40k", "achieved", MAFRA, O, "전략작물직불금 대상 면적은 4만 3,000ha로 목표(4만 ha)를 넘었다.",
          target=40000.0, unit="ha"),
        m("j-mafra-stock-400k", "revision", MAFRA, O, "농식품부는 당초 40만 톤으로 잡았던 올해 공공비축미 매입량을 45만 톤으로 늘렸다.",
          target=450000.0, unit="톤", deadline="2025-12-31", dtext="올해", comment="a changed target is revision"),
        m("j-mafra-rice-export-3b", "progress", MAFRA, O,
          "2027년까지 3억 달러로 늘리겠다던 쌀 가공식품 수출은 올해 11월까지 1억 8,000만 달러를 기록했다.",
          target=300000000.0, unit="달러", deadline="2027-12-31", dtext="2027년까지"),
        m("j-mafra-flour-100", "new", MAFRA, O, "농식품부는 내년에 가루쌀 전문 생산단지를 100곳으로 늘리기로 했다.",
          target=100.0, unit="곳", deadline="2026-12-31", dtext="내년", comment="68곳 (next sentence) is the baseline"),
        m("j-mafra-rice-area-2026", "new", MAFRA, O, "내년 벼 재배면적도 5만 ha를 더 줄인다는 계획이다.",
          target=50000.0, unit="ha", deadline="2026-12-31", dtext="내년"),
        m("j-mafra-strategic-50k", "new", MAFRA, O, "내년 전략작물직불금 대상 면적은 5만 ha로 넓힌다.",
          target=50000.0, unit="ha", deadline="2026-12-31", dtext="내년"),
    ]))

# ---------------------------------------------------------------- 국립공원 (standalone column, 기자수첩)
PAGES.append(dict(
    source="2026-02-24_j_national-park-column.txt", title="[기자수첩] 국립공원 예약제, 이번엔 약속 지킬까",
    published_at="2026-02-24",
    mentions=[
        m("j-mcee-park-booking-10", "new", MCEE, O,
          "기후에너지환경부는 지난 20일 '국립공원 탐방 혁신 방안'을 내놓고 5월부터 북한산·설악산 등 10개 국립공원 주요 탐방로에 탐방 예약제를 도입하겠다고 밝혔다.",
          target=10.0, unit="개", deadline="2026-05-31", dtext="5월부터"),
        m("j-mcee-park-trails-500", "new", MCEE, O,
          "방안에는 노후 탐방로 500km를 2028년까지 정비하고, 2030년까지 탐방객 안전사고를 지금의 절반 수준으로 줄인다는 목표도 담겼다.",
          target=500.0, unit="km", deadline="2028-12-31", dtext="2028년까지"),
        m("j-mcee-park-safety-half", "new", MCEE, O,
          "방안에는 노후 탐방로 500km를 2028년까지 정비하고, 2030년까지 탐방객 안전사고를 지금의 절반 수준으로 줄인다는 목표도 담겼다.",
          deadline="2030-12-31", dtext="2030년까지",
          comment="one sentence, two commitments; '절반' is relative, not a number: no target fields"),
        m("j-mcee-park-id-booking", "new", MCEE, O,
          "환경부 시절인 지난해 3월 이 부처는 대피소와 야영장 예약을 싹쓸이하는 '매크로 예약'을 막겠다며 하반기 안에 본인 인증 예약제를 도입하겠다고 약속했다.",
          deadline="2025-12-31", dtext="하반기 안에",
          comment="first report in the set of a 2025 promise made by 환경부: new; ministry = the body's name on the page date"),
        m("j-mcee-park-id-booking", "delayed", MCEE, O, "해가 바뀐 지금까지 도입 소식은 없다.",
          comment="reports the missed date; no number or date"),
        m("j-mcee-park-id-booking", "delayed", MCEE, O,
          "기후에너지환경부는 이번 방안에 본인 인증 예약제를 다시 넣고 도입 시기를 올해 상반기로 늦췄다.",
          deadline="2026-06-30", dtext="올해 상반기", comment=LATER + "; the old date is not named in the sentence"),
    ]))

# ---------------------------------------------------------------- 수출바우처 2/3 (straight news with a deck; 산업통상자원부 is now 산업통상부)
P7_H = "수출바우처 지난해 3,126곳 지원…공동물류센터는 14곳 그쳐"
P7_D = "산업통상부, 올해 4,000곳으로 확대…통합 플랫폼은 7월로 연기"
PAGES.append(dict(
    source="2026-03-10_j_export-voucher-results.txt", title=P7_H, published_at="2026-03-10",
    mentions=[
        m("j-motie-voucher-3000", "achieved", MOTI, I, P7_H,
          comment="promise made by 산업통상자원부; from 2025-10-01 the body is 산업통상부. 3,126곳 is the count, not the target"),
        m("j-motie-logistics-20", "delayed", MOTI, I, P7_H, comment="one headline, two follow-ups; 14곳 is the count"),
        m("j-motie-voucher-4000", "new", MOTI, I, P7_D, target=4000.0, unit="곳", deadline="2026-12-31", dtext="올해"),
        m("j-mss-voucher-platform", "delayed", MSS, S, P7_D, deadline="2026-07-31", dtext="7월",
          comment=LATER + "; one deck line, two bodies"),
        m("j-motie-voucher-3000", "achieved", MOTI, I,
          "산업통상부는 지난해 수출바우처를 받은 기업이 3,126곳으로 목표(3,000곳)를 넘었다고 10일 밝혔다.",
          target=3000.0, unit="곳"),
        m("j-motie-voucher-limit", "achieved", MOTI, I,
          "지난해 8월부터 1억 5,000만 원으로 올리기로 한 기업당 지원 한도는 예정대로 상향됐다.",
          target=150000000.0, unit="원", deadline="2025-08-31", dtext="지난해 8월부터", comment="on time: the deadline is kept"),
        m("j-motie-voucher-15d", "delayed", MOTI, I,
          "하지만 8월부터 15일로 줄이기로 했던 바우처 심사 기간은 평균 19일로 목표에 미치지 못했다.",
          target=15.0, unit="일", prev="2025-08-31", comment="after the deadline: a shortfall is delayed"),
        m("j-motie-logistics-20", "delayed", MOTI, I, "연내 20곳을 마련하기로 했던 해외 공동물류센터는 14곳에 그쳤다.",
          target=20.0, unit="곳", prev="2025-12-31"),
        m("j-motie-logistics-20", "delayed", MOTI, I, "산업통상부는 나머지 6곳을 올해 9월까지 열겠다고 밝혔다.",
          target=6.0, unit="곳", deadline="2026-09-30", dtext="올해 9월까지",
          comment=LATER + "; the remainder is the target; the old date is in the previous sentence, not this one"),
        m("j-motie-new-exporters-10k", "progress", MOTI, I,
          "2026년까지 1만 곳을 목표로 한 신규 수출 기업 발굴은 지난해 4,200곳을 기록했다.",
          target=10000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("j-motie-voucher-4000", "new", MOTI, I, "산업통상부는 올해 수출바우처 지원 기업을 4,000곳으로 늘린다.",
          target=4000.0, unit="곳", deadline="2026-12-31", dtext="올해"),
        m("j-mss-voucher-platform", "delayed", MSS, S,
          "중소벤처기업부가 지난해 10월 열기로 했던 수출바우처 통합 온라인 플랫폼은 기관 간 시스템 연계가 늦어지면서 개통이 올해 7월로 미뤄졌다.",
          deadline="2026-07-31", dtext="올해 7월", prev="2025-10-31", comment=LATER),
    ]))

# ---------------------------------------------------------------- 유학생 2/3 (regional paper with a deck)
P10_H = "유학생 26만 명 돌파…교육부 \"30만 명 1년 앞당겨 연내 달성\""
P10_D = "원스톱센터는 12곳에 그쳐…대구·경북 유학생 3만 명 넘어"
PAGES.append(dict(
    source="2026-06-09_j_intl-students-regional.txt", title=P10_H, published_at="2026-06-09",
    mentions=[
        m("j-moe-intl-300k", "revision", MOE, O, P10_H, target=300000.0, unit="명", deadline="2026-12-31", dtext="연내",
          prev="2027-12-31",
          comment="moved EARLIER: revision; '1년 앞당겨' implies the old date (2027). 26만 명 is the count"),
        m("j-moe-intl-onestop-17", "delayed", MOE, O, P10_D,
          comment="the first clause only; '대구·경북 유학생 3만 명 넘어' is a statistic. 12곳 is the count"),
        m("j-moe-intl-300k", "progress", MOE, O,
          "교육부는 지난해 말 기준 국내 외국인 유학생이 26만 3,000명으로 집계됐다고 9일 밝혔다.",
          comment="a measured value without the target: no target fields"),
        m("j-moe-intl-300k", "revision", MOE, O,
          "교육부는 2027년까지 30만 명을 유치하겠다던 목표를 1년 앞당겨 올해 안에 달성하겠다고 밝혔다.",
          target=300000.0, unit="명", deadline="2026-12-31", dtext="올해 안에", prev="2027-12-31",
          comment="a date moved earlier is revision"),
        m("j-moe-intl-local-60", "progress", MOE, O,
          "2026년까지 60%로 높이겠다던 비수도권 대학 유학생 비중은 지난해 말 54%를 기록했다.",
          target=60.0, unit="%", deadline="2026-12-31", dtext="2026년까지"),
        m("j-moe-intl-zone-10", "achieved", MOE, O,
          "지난해 연내 지정하기로 했던 '지역 유학생 특화지구'는 계획대로 12월 10곳 지정을 마쳤다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="on time: the deadline is kept"),
        m("j-moe-intl-korean-test", "achieved", MOE, O,
          "지난해 하반기 도입하기로 했던 한국어능력 대체 시험은 출제 기관 선정이 늦어지면서 올해 3월에야 첫 시험이 치러졌다.",
          comment=LATE + " (하반기 = 2025-12-31)"),
        m("j-moe-intl-onestop-17", "delayed", MOE, O,
          "반면 지난해 6월까지 17개 시도에 모두 설치하기로 했던 유학생 원스톱 지원센터는 1년이 지난 지금도 12곳에만 문을 열었다.",
          target=17.0, unit="곳", prev="2025-06-30",
          comment="the official's quote two sentences later ('지방비가 확보되는 대로') has no date: not annotated"),
        m("j-moe-intl-dorm-5000", "new", MOE, O, "교육부는 또 올해 안에 유학생 전용 기숙사 5,000실을 추가로 확보하기로 했다.",
          target=5000.0, unit="실", deadline="2026-12-31", dtext="올해 안에"),
        m("j-moj-intl-work-30", "new", MOJ, O,
          "법무부는 9월부터 유학생의 학기 중 시간제 취업 허용 시간을 주 25시간에서 30시간으로 늘린다.",
          target=30.0, unit="시간", deadline="2026-09-30", dtext="9월부터", comment="25시간 is the baseline"),
    ]))

# ---------------------------------------------------------------- 쌀 수급 3/3 (editorial)
PAGES.append(dict(
    source="2026-06-23_j_rice-editorial.txt", title="[사설] 목표 낮추고, 미루고, 접고…쌀 대책 이대로는 안 된다",
    published_at="2026-06-23",
    mentions=[
        m("j-mafra-rice-area-65k", "delayed", MAFRA, O,
          "농림축산식품부가 지난해 내세운 벼 재배면적 6만 5,000ha 감축은 5만 1,000ha에 그쳤다.",
          target=65000.0, unit="ha", prev="2025-12-31", comment="지난해 = the promised year; after the deadline: delayed"),
        m("j-mafra-rice-area-2026", "revision", MAFRA, O,
          "그런데 농식품부는 올해 5만 ha를 더 줄이겠다던 목표를 지난달 3만 ha로 슬그머니 낮췄다.",
          target=30000.0, unit="ha", deadline="2026-12-31", dtext="올해", comment="a lowered target is revision"),
        m("j-mafra-flour-100", "cancelled", MAFRA, O,
          "가루쌀 전문 생산단지를 100곳으로 늘리겠다던 계획은 가루쌀 제품 판매가 부진하자 아예 철회됐다.",
          target=100.0, unit="곳"),
        m("j-mafra-rice-export-3b", "delayed", MAFRA, O,
          "2027년까지 3억 달러를 달성하겠다던 쌀 가공식품 수출 목표 시점은 2029년으로 2년 미뤄졌다.",
          target=300000000.0, unit="달러", deadline="2029-12-31", dtext="2029년", prev="2027-12-31", comment=LATER),
        m("j-mafra-stock-400k", "achieved", MAFRA, O,
          "지난해 공공비축미 45만 톤 매입을 마친 것과 올해 5만 ha로 넓히기로 한 전략작물 재배 면적이 5월까지 4만 6,000ha 신청을 받아 순항 중인 것이 그나마 위안이다.",
          target=450000.0, unit="톤", deadline="2025-12-31", dtext="지난해",
          comment="one sentence, two commitments; the revised 45만 톤 was bought within the year: on time"),
        m("j-mafra-strategic-50k", "progress", MAFRA, O,
          "지난해 공공비축미 45만 톤 매입을 마친 것과 올해 5만 ha로 넓히기로 한 전략작물 재배 면적이 5월까지 4만 6,000ha 신청을 받아 순항 중인 것이 그나마 위안이다.",
          target=50000.0, unit="ha", deadline="2026-12-31", dtext="올해"),
        m("j-mafra-early-warning", "new", MAFRA, O,
          "농식품부는 이달 초 7월부터 산지 쌀값이 일정 수준 아래로 떨어지면 곧바로 시장격리에 들어가는 '쌀 수급 조기경보제'를 도입하겠다고 밝혔다.",
          deadline="2026-07-31", dtext="7월부터", comment="'N월부터': that month's last day"),
    ]))

# ---------------------------------------------------------------- year-end roundup (several bodies, two deck lines)
PAGES.append(dict(
    source="2026-11-25_j_promise-check-roundup.txt",
    title="[연말 결산] 철도 지하화·유학생·수출바우처…정부 약속, 올해 얼마나 지켰나", published_at="2026-11-25",
    mentions=[
        m("j-molit-rail-groundbreak", "delayed", MOLIT, O, "철도 지하화 착공 2030년으로 2년 늦춰",
          deadline="2030-12-31", dtext="2030년", prev="2028-12-31", comment=LATER + "; '2년 늦춰' implies the old date"),
        m("j-moj-intl-work-30", "achieved", MOJ, O, "유학생 주 30시간 취업 허용은 9월 예정대로 시행",
          target=30.0, unit="시간", deadline="2026-09-30", dtext="9월", comment="on time"),
        m("j-molit-rail-plan", "achieved", MOLIT, O, "올해 상반기까지 내놓기로 한 철도 지하화 종합계획은 3월 확정됐다.",
          deadline="2026-06-30", dtext="올해 상반기까지", comment="on time for the moved date (2026-06-30)"),
        m("j-molit-rail-survey-15", "achieved", MOLIT, O,
          "지난해 11월까지 마치겠다던 나머지 4개 구간 실태조사도 한 달 늦은 12월 중순에야 끝났다.",
          target=4.0, unit="개", comment=LATE + " (11월까지 = 2025-11-30); the remainder as on 2025-09-24"),
        m("j-molit-rail-masterplan-3", "delayed", MOLIT, O,
          "하지만 선도사업 3곳의 기본계획은 6월까지 모두 세우기로 했지만 부산 구간 1곳만 수립을 마쳤다.",
          target=3.0, unit="곳", prev="2026-06-30", comment="after the deadline: a shortfall is delayed"),
        m("j-molit-rail-groundbreak", "delayed", MOLIT, O,
          "국토교통부는 2028년으로 잡았던 선도사업 착공 시점을 2030년으로 2년 늦췄다.",
          deadline="2030-12-31", dtext="2030년", prev="2028-12-31", comment=LATER),
        m("j-molit-rail-2nd-call", "cancelled", MOLIT, O, "하반기 진행하기로 했던 2차 선도사업 공모는 재검토 끝에 결국 철회됐다.",
          prev="2026-12-31", comment="the ministry's quote that follows ('다시 검토하겠다') has no date: not annotated"),
        m("j-moj-intl-work-30", "achieved", MOJ, O,
          "법무부가 9월부터 늘리기로 한 유학생 시간제 취업 허용 시간은 예정대로 9월 1일부터 주 30시간으로 늘었다.",
          target=30.0, unit="시간", deadline="2026-09-30", dtext="9월부터", comment="on time"),
        m("j-moe-intl-dorm-5000", "progress", MOE, O, "올해 확보하기로 한 유학생 기숙사 5,000실은 10월 말까지 3,100실이 마련됐다.",
          target=5000.0, unit="실", deadline="2026-12-31", dtext="올해"),
        m("j-moe-intl-onestop-17", "delayed", MOE, O,
          "6월 기준 12곳에 머물렀던 유학생 원스톱 지원센터는 나머지 5곳을 내년 상반기까지 열기로 했다.",
          target=5.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기까지",
          comment=LATER + "; the remainder is the target; the old date is not named"),
        m("j-motie-voucher-4000", "progress", MOTI, I,
          "올해 4,000곳으로 늘리기로 한 수출바우처 지원 기업은 10월 말까지 3,480곳이 선정됐다.",
          target=4000.0, unit="곳", deadline="2026-12-31", dtext="올해"),
        m("j-motie-new-exporters-10k", "progress", MOTI, I,
          "2026년까지 1만 곳을 새로 발굴하겠다던 신규 수출 기업은 9월 말까지 누적 7,900곳이다.",
          target=10000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("j-motie-logistics-20", "delayed", MOTI, I,
          "9월까지 열겠다던 해외 공동물류센터 나머지 6곳 가운데 문을 연 곳은 4곳에 그쳤다.",
          target=6.0, unit="곳", prev="2026-09-30", comment="after the moved deadline: a shortfall is delayed"),
        m("j-mss-voucher-platform", "achieved", MSS, S,
          "7월로 한 차례 미뤄졌던 중소벤처기업부의 수출바우처 통합 플랫폼은 9월에야 문을 열었다.",
          comment=LATE + " (7월 = 2026-07-31)"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-25)
LAST = "2026-11-25"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    ("j-molit-rail-plan", MOLIT, O, "철도 지하화 종합계획 수립 (2025년 내 → 2026년 상반기)", "achieved", "March 2026"),
    ("j-molit-rail-pilot-3", MOLIT, O, "철도 지하화 선도사업 3곳 2025년 6월까지 확정", "achieved", "end of August 2025"),
    ("j-molit-rail-guideline", MOLIT, O, "철도 지하화 상부 개발 가이드라인 2025년 상반기 마련", "achieved", "end of July 2025"),
    ("j-molit-rail-survey-15", MOLIT, O, "지상 철도 15개 구간 정밀 실태조사 (2025년 9월 → 나머지 4개 11월)", "achieved",
     "mid-December 2025"),
    ("j-molit-rail-center", MOLIT, O, "철도 지하화 통합지원센터 2025년 4월 개소", "achieved", ""),
    ("j-molit-rail-groundbreak", MOLIT, O, "철도 지하화 선도사업 착공 (2028년 → 2030년)", "delayed", "moved later on 2026-11-25"),
    ("j-molit-rail-masterplan-3", MOLIT, O, "선도사업 3곳 기본계획 2026년 6월까지 수립", "delayed", "1 of 3"),
    ("j-molit-rail-2nd-call", MOLIT, O, "2차 철도 지하화 선도사업 공모 2026년 하반기", "cancelled", ""),
    ("j-molit-air-wait-20", MOLIT, O, "공항 보안검색 대기 시간 2025년 내 평균 20분 이내", "delayed",
     "deadline 2025-12-31 passed with no report (the brief is its only page)"),
    ("j-molit-air-ct-pilot-4", MOLIT, O, "4개 공항 CT 보안검색기 2025년 7월부터 시범 운영", "delayed",
     "deadline 2025-07-31 passed with no report"),
    ("j-molit-air-ct-150", MOLIT, O, "2027년까지 15개 공항 CT 보안검색기 150대 도입", "announced", ""),
    ("j-molit-air-congestion-app", MOLIT, O, "15개 공항 출국장 혼잡도 실시간 안내 2025년 6월부터", "delayed",
     "deadline 2025-06-30 passed with no report"),
    ("j-mafra-rice-area-65k", MAFRA, O, "2025년 벼 재배면적 6만 5,000ha 감축", "delayed", "5만 1,000ha"),
    ("j-mafra-rice-price-21", MAFRA, O, "산지 쌀값 2025년 말까지 80㎏당 21만 원 선 회복", "achieved", "21만 8,000원"),
    ("j-mafra-strategic-40k", MAFRA, O, "2025년 전략작물직불금 대상 면적 4만 ha", "achieved", "4만 3,000ha"),
    ("j-mafra-stock-400k", MAFRA, O, "2025년 공공비축미 매입 (40만 톤 → 45만 톤)", "achieved", ""),
    ("j-mafra-rice-export-3b", MAFRA, O, "쌀 가공식품 수출 3억 달러 (2027년 → 2029년)", "delayed", "moved later on 2026-06-23"),
    ("j-mafra-flour-100", MAFRA, O, "가루쌀 전문 생산단지 2026년 100곳", "cancelled", ""),
    ("j-mafra-rice-area-2026", MAFRA, O, "2026년 벼 재배면적 추가 감축 (5만 ha → 3만 ha)", "revised", ""),
    ("j-mafra-strategic-50k", MAFRA, O, "2026년 전략작물직불금 대상 면적 5만 ha", "in_progress", "4만 6,000ha applied by May"),
    ("j-mafra-early-warning", MAFRA, O, "쌀 수급 조기경보제 2026년 7월부터 도입", "delayed",
     "deadline 2026-07-31 passed with no report (the editorial is its only page)"),
    ("j-moe-intl-300k", MOE, O, "외국인 유학생 30만 명 (2027년 → 2026년 말로 앞당김)", "revised", ""),
    ("j-moe-intl-zone-10", MOE, O, "지역 유학생 특화지구 2025년 내 10곳 지정", "achieved", ""),
    ("j-moe-intl-onestop-17", MOE, O, "17개 시도 유학생 원스톱 지원센터 (2025년 6월 → 나머지 5곳 2027년 상반기)", "delayed", "12 of 17"),
    ("j-moe-intl-korean-test", MOE, O, "한국어능력 대체 시험 2025년 하반기 도입", "achieved", "March 2026"),
    ("j-moe-intl-local-60", MOE, O, "비수도권 대학 유학생 비중 2026년까지 60%", "in_progress", "54% at the end of 2025"),
    ("j-moe-intl-dorm-5000", MOE, O, "유학생 전용 기숙사 2026년 5,000실 추가 확보", "in_progress", "3,100실 by October"),
    ("j-moj-intl-work-30", MOJ, O, "유학생 시간제 취업 허용 주 30시간 2026년 9월부터", "achieved", ""),
    ("j-motie-voucher-3000", MOTI, I, "2025년 수출바우처 지원 기업 3,000곳", "achieved", "3,126곳"),
    ("j-motie-voucher-15d", MOTI, I, "수출바우처 심사 기간 2025년 8월부터 15일", "delayed", "19일"),
    ("j-motie-voucher-limit", MOTI, I, "수출바우처 기업당 지원 한도 2025년 8월부터 1억 5,000만 원", "achieved", ""),
    ("j-motie-logistics-20", MOTI, I, "해외 공동물류센터 20곳 (2025년 내 → 나머지 6곳 2026년 9월)", "delayed", "14 + 4 of 20"),
    ("j-motie-new-exporters-10k", MOTI, I, "2026년까지 신규 수출 기업 1만 곳 발굴", "in_progress", "7,900곳 by September 2026"),
    ("j-motie-voucher-4000", MOTI, I, "2026년 수출바우처 지원 기업 4,000곳", "in_progress", "3,480곳 by October"),
    ("j-mss-voucher-platform", MSS, S, "수출바우처 통합 온라인 플랫폼 개통 (2025년 10월 → 2026년 7월)", "achieved", "September 2026"),
    ("j-mcee-park-booking-10", MCEE, O, "10개 국립공원 탐방 예약제 2026년 5월부터", "delayed",
     "deadline 2026-05-31 passed with no report (the column is its only page)"),
    ("j-mcee-park-trails-500", MCEE, O, "노후 탐방로 500km 2028년까지 정비", "announced", ""),
    ("j-mcee-park-safety-half", MCEE, O, "국립공원 탐방객 안전사고 2030년까지 절반으로", "announced", ""),
    ("j-mcee-park-id-booking", MCEE, O, "대피소·야영장 본인 인증 예약제 (2025년 하반기 → 2026년 상반기)", "delayed",
     "moved later on 2026-02-24; that date passed too"),
]


if __name__ == "__main__":
    write(ROOT, "j", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (산업통상자원부 promises are',
           'listed under 산업통상부, its successor from 2025-10-01; the 환경부 promise under 기후에너지환경부).'],
          with_commitments="--commitments" in sys.argv[1:])
