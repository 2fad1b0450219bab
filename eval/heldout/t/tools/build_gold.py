"""Writes the hand annotations of held-out set t to gold/*.toml.

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

MOEL = "고용노동부"
MOLIT = "국토교통부"
MAFRA = "농림축산식품부"
ME = "환경부"                # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01 (successor of 환경부; took the wild-boar work with it)
MOE = "교육부"
MOF = "해양수산부"
KCG = "해양경찰청"
MCST = "문화체육관광부"
KNPA = "경찰청"
KFTC = "공정거래위원회"

O = "other"   # every storyline: 임금체불, 가축전염병 방역, 유보통합, 연근해 수산자원, 공연·스포츠 암표 (no topic fits)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (convention of j-s), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q, r, s)"

W1T = 1000000000000.0      # 1조 원
W1_2T = 1200000000000.0    # 1조 2,000억 원 / 1조 2천억 원
W30B = 30000000000.0       # 300억 원
W100K = 100000.0           # 10만 원
W50K = 50000.0             # 5만 원
W300K = 300000.0           # 30만 원

PAGES: list[dict] = []

# ---------------------------------------------------------------- 임금체불 1/3 (wire, `(세종=나래통신)` dateline; 고용노동부 + 국토교통부)
P1_H = "임금체불 2027년까지 절반으로…상습 체불 의심 사업장 5천곳 상반기 집중 감독"
PAGES.append(dict(
    source="2025-02-18_t_wage-arrears-plan-wire.txt", title=P1_H, published_at="2025-02-18",
    mentions=[
        m("t-moel-wage-cap-1t", "new", MOEL, O, P1_H, deadline="2027-12-31", dtext="2027년까지",
          comment="the headline names no body: 고용노동부's plan; '절반으로' is relative (the figure, 1조 원, is in the "
                  "body): no target fields; one headline, two commitments"),
        m("t-moel-wage-inspect-5000", "new", MOEL, O, P1_H, target=5000.0, unit="곳", deadline="2025-06-30",
          dtext="상반기"),
        m("t-moel-wage-cap-1t", "new", MOEL, O,
          "고용노동부가 2027년까지 한 해 임금체불액을 1조원 아래로 낮추겠다고 18일 밝혔다.",
          target=W1T, unit="원", deadline="2027-12-31", dtext="2027년까지",
          comment="the wire dateline is not part of the sentence; a ceiling the promise sets is its target; 2조448억원 / "
                  "28만3천여명 / the sector shares (with the industry cue '제조업') are statistics"),
        m("t-moel-wage-inspect-5000", "new", MOEL, O,
          "노동부는 우선 상반기 중 상습 체불이 의심되는 중소기업과 건설 현장 5천곳을 골라 기획 감독에 들어간다.",
          target=5000.0, unit="곳", deadline="2025-06-30", dtext="상반기 중",
          comment="short name 노동부; carries the startup cue '중소기업' but is the wage-arrears storyline: other (trap); the selection rule and the 사법 처리 (next sentences) are descriptions"),
        m("t-moel-wage-advance-7d", "new", MOEL, O,
          "국가가 체불 노동자에게 임금을 먼저 주고 나중에 사업주에게서 받아 내는 대지급금은 7월부터 지급 기간을 7일로 줄인다.",
          target=7.0, unit="일", deadline="2025-07-31", dtext="7월부터",
          comment="subjectless: 노동부; 14일 is the baseline; the 6천500억원 budget sentence (fiscal cue '예산') is context"),
        m("t-moel-wage-inspectors-300", "new", MOEL, O, "근로감독관을 연내 300명 늘린다는 것이다.",
          target=300.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="subjectless, and it spells out the line before it ('현장 인력도 보강한다.', an umbrella, not annotated)"),
        m("t-moel-wage-app", "new", MOEL, O,
          "9월에는 휴대전화로 체불 신고부터 대지급금 신청까지 한 번에 할 수 있는 '임금지킴이' 앱을 내놓는다.",
          deadline="2025-09-30", dtext="9월에는"),
        m("t-molit-wage-epay", "new", MOLIT, O,
          "국토부는 하반기부터 공공기관이 발주한 모든 건설 현장에서 노동자 임금을 개인 계좌로 곧장 보내는 전자대금지급 시스템을 쓰도록 의무화하기로 했다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment="another body's measure of the same plan: other; '열 곳 중 일곱 곳꼴' is the baseline"),
        m("t-moel-wage-inspect-5000", "new", MOEL, O,
          "견하율 고용노동부 근로감독정책단장은 \"임금체불은 노동자 가족의 생계를 무너뜨리는 범죄\"라며 \"상반기 집중 감독으로 상습 체불 사업주부터 바로잡겠다\"고 말했다.",
          person="견하율", deadline="2025-06-30", dtext="상반기",
          comment="not annotated: the 중소기업 단체 (startup cue '중소기업'), the 노동단체's demand and 30% (a statistic), "
                  "진태오's bill ('다음 달', a lawmaker), the research body's 2조3천억원 forecast"),
    ]))

# ---------------------------------------------------------------- 가축 방역 1/3 (agri daily, ▲ list on their own lines, one deck line; 농식품부 + 환경부)
P2_H = "양돈농장 방역시설 의무화 내년 말까지 전 농가로…럼피스킨 백신 4월 말까지 모두 접종"
P2_D = "농식품부 '가축전염병 방역 개선 대책'…환경부는 야생멧돼지 올해 5만 마리 포획"
PAGES.append(dict(
    source="2025-03-26_t_livestock-disease-plan.txt", title=P2_H, published_at="2025-03-26",
    mentions=[
        m("t-mafra-asf-facilities", "new", MAFRA, O, P2_H, deadline="2026-12-31", dtext="내년 말까지",
          comment="the headline names no body: 농림축산식품부's plan; '전 농가' names no number; one headline, two commitments"),
        m("t-mafra-lsd-vaccine", "new", MAFRA, O, P2_H, deadline="2025-04-30", dtext="4월 말까지",
          comment="'N월 말까지' → that month's last day"),
        m("t-me-boar-catch-50k", "new", ME, O, P2_D, target=50000.0, unit="마리", deadline="2025-12-31", dtext="올해",
          comment="the deck's second clause names 환경부; its first clause (the plan's name) is an umbrella"),
        m("t-mafra-asf-facilities", "new", MAFRA, O,
          "농림축산식품부는 26일 '가축전염병 방역 개선 대책'을 내놓고 외부 울타리와 방역실, 물품 반입 시설 등 이른바 8대 방역시설을 전국 양돈농장 5,600여 곳 모두에 갖추도록 하는 작업을 내년 말까지 마치겠다고 밝혔다.",
          target=5600.0, unit="곳", deadline="2026-12-31", dtext="내년 말까지",
          comment="'5,600여 곳 모두' → 5600 곳; 2,300여 농가 is the present scope; the lead is an umbrella; 11건 / 500건 / "
                  "2023년 10월 / 18건 are statistics and history"),
        m("t-mafra-lsd-vaccine", "new", MAFRA, O, "소 럼피스킨 백신은 4월 말까지 전국 소 400만여 마리에 모두 놓는다.",
          target=4000000.0, unit="마리", deadline="2025-04-30", dtext="4월 말까지",
          comment="subjectless: 농식품부; '400만여 마리' → 4000000 마리; the reason (next sentence) is context"),
        m("t-mafra-vehicle-gps", "new", MAFRA, O,
          "농장을 드나드는 사료·분뇨 차량의 위치를 실시간으로 살피는 '축산차량 통합관제'는 10월 가동한다.",
          deadline="2025-10-31", dtext="10월"),
        m("t-mafra-vet-200", "new", MAFRA, O, "시군에서 방역 업무를 맡는 가축방역관은 내년 상반기까지 200명을 새로 뽑기로 했다.",
          target=200.0, unit="명", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="subjectless: 농식품부; the 처우 sentence after it is context"),
        m("t-mafra-cull-radius", "new", MAFRA, O,
          "예방적 살처분 범위를 발생 농장으로 좁히는 가축전염병예방법 시행규칙 개정을 하반기 안에 마치기로 했다.",
          deadline="2025-12-31", dtext="하반기 안에",
          comment="subjectless: 농식품부; the sentence before it ('… 방식도 손본다.') is an umbrella; 500m is the present rule"),
        m("t-mafra-asf-vaccine-rd", "new", MAFRA, O, "국산 ASF 백신 개발에는 2027년까지 300억 원을 지원한다.",
          target=W30B, unit="원", deadline="2027-12-31", dtext="2027년까지",
          comment="subjectless: 농식품부; the 베트남산 vaccine is context; no later page reports it"),
        m("t-me-boar-catch-50k", "new", ME, O, "환경부는 올해 야생멧돼지 5만 마리를 포획한다.",
          target=50000.0, unit="마리", deadline="2025-12-31", dtext="올해",
          comment="'야생멧돼지는 환경부 소관이다.' before it is context"),
        m("t-me-boar-fence-300", "new", ME, O,
          "ASF가 남쪽으로 번지지 않도록 경북과 충북 경계 등에 치는 광역 울타리도 연내 300km를 새로 설치한다.",
          target=300.0, unit="km", deadline="2025-12-31", dtext="연내", comment="subjectless: 환경부 (the sentence before)"),
        m("t-mafra-asf-facilities", "new", MAFRA, O, "▲ 양돈농장 8대 방역시설 전 농가 의무화(내년 말까지, 농식품부)",
          deadline="2026-12-31", dtext="내년 말까지",
          comment="each ▲ item stands on its own line: one sentence each, the ▲ included; the bracket gives timing and body"),
        m("t-mafra-lsd-vaccine", "new", MAFRA, O, "▲ 소 럼피스킨 백신 전 두수 접종(4월 말까지, 농식품부)",
          deadline="2025-04-30", dtext="4월 말까지"),
        m("t-mafra-vehicle-gps", "new", MAFRA, O, "▲ 축산차량 통합관제 가동(10월, 농식품부)",
          deadline="2025-10-31", dtext="10월"),
        m("t-mafra-vet-200", "new", MAFRA, O, "▲ 시군 가축방역관 200명 충원(내년 상반기까지, 농식품부)",
          target=200.0, unit="명", deadline="2026-06-30", dtext="내년 상반기까지"),
        m("t-me-boar-catch-50k", "new", ME, O, "▲ 야생멧돼지 5만 마리 포획·광역 울타리 300km 설치(연내, 환경부)",
          target=50000.0, unit="마리", deadline="2025-12-31", dtext="연내", comment="one ▲ item, two commitments"),
        m("t-me-boar-fence-300", "new", ME, O, "▲ 야생멧돼지 5만 마리 포획·광역 울타리 300km 설치(연내, 환경부)",
          target=300.0, unit="km", deadline="2025-12-31", dtext="연내"),
        m("t-mafra-asf-facilities", "new", MAFRA, O,
          "변도해 농식품부 방역정책국장은 \"방역은 결국 농장 울타리 한 곳에서 뚫린다\"며 \"내년 말까지는 모든 양돈농장이 같은 수준의 방역시설을 갖추도록 하겠다\"고 말했다.",
          person="변도해", deadline="2026-12-31", dtext="내년 말까지",
          comment="not annotated: the 설치비 절반 (the means) and the 480억 원 budget (fiscal cue '예산'), 대한한돈협회's "
                  "demand, the 양돈 기업's '올해 안에' cameras (a company), the professor's forecast (climate cue '기후')"),
    ]))

# ---------------------------------------------------------------- 유보통합 1/3 (Q&A interview, one deck line; 교육부)
P3_H = "[인터뷰] 인서우 교육부 영유아정책국장 \"영유아학교 하반기 200곳으로…통합법 상반기 국회 제출\""
P3_D = "\"5세 무상 교육·보육 9월부터 시작\""
PAGES.append(dict(
    source="2025-05-20_t_ecec-integration-interview.txt", title=P3_H, published_at="2025-05-20",
    mentions=[
        m("t-moe-ecec-pilot-200", "new", MOE, O, P3_H, person="인서우", target=200.0, unit="곳", deadline="2025-12-31",
          dtext="하반기", comment="the interview headline: person = the interviewee (r, s); one headline, two commitments"),
        m("t-moe-ecec-law", "new", MOE, O, P3_H, person="인서우", deadline="2025-06-30", dtext="상반기"),
        m("t-moe-ecec-free-5", "new", MOE, O, P3_D, person="인서우", deadline="2025-09-30", dtext="9월부터",
          comment="the deck quotes the interviewee (the whole line is the sentence)"),
        m("t-moe-ecec-law", "new", MOE, O,
          "유치원과 어린이집을 하나의 기관으로 묶는 '영유아교육보육법' 제정안을 상반기 안에 국회에 내겠다.",
          person="인서우", deadline="2025-06-30", dtext="상반기 안에",
          comment="a bill's submission is the promise (r); '통합 기관이 출범하게 된다' (next sentence, government cue "
                  "'출범') is the law's content, event-anchored: not annotated; the 68% survey is a result"),
        m("t-moe-ecec-pilot-200", "new", MOE, O, "올해 시범 운영하고 있는 '영유아학교'를 하반기 200곳으로 늘린다.",
          person="인서우", target=200.0, unit="곳", deadline="2025-12-31", dtext="하반기",
          comment="100곳 is the baseline; the 8시간/12시간 hours are a description"),
        m("t-moe-ecec-ratio-12", "new", MOE, O,
          "3~5세 반 교사 한 명이 맡는 아이를 지금 최대 20명에서 2027년까지 12명 수준으로 낮추겠다.",
          person="인서우", target=12.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment="20명 is the baseline; 23만 8천여 명 is a statistic"),
        m("t-moe-ecec-free-5", "new", MOE, O,
          "5세는 9월부터 유치원이든 어린이집이든 부모가 추가로 내는 돈이 없게 하겠다.",
          person="인서우", deadline="2025-09-30", dtext="9월부터"),
        m("t-moe-ecec-free-4", "new", MOE, O, "4세는 내년, 3세는 내후년에 차례로 넓힌다.",
          person="인서우", deadline="2026-12-31", dtext="내년",
          comment="one sentence, two commitments; '내년' → next year's 12-31"),
        m("t-moe-ecec-free-3", "new", MOE, O, "4세는 내년, 3세는 내후년에 차례로 넓힌다.",
          person="인서우", deadline="2027-12-31", dtext="내후년에",
          comment="'내후년' → the year after next, 12-31; 17만 원 / 7만 원 (next sentence) are the present costs"),
        m("t-moe-ecec-qual", "new", MOE, O, "두 자격을 하나로 합치는 기준 시안을 연내 내놓겠다.",
          person="인서우", deadline="2025-12-31", dtext="연내",
          comment="the 경과 조치 (next sentence) is part of the draft, undated"),
        m("t-moe-ecec-pay", "new", MOE, O, "어린이집 교사 처우개선비를 내년 1월부터 한 달에 10만 원씩 더 드리겠다.",
          person="인서우", target=W100K, unit="원", deadline="2026-01-31", dtext="내년 1월부터",
          comment="not annotated: '격차를 단계적으로 줄여 나가겠다' (undated), the 특별회계 / 교부금 answer (a "
                  "consideration, fiscal cue '재정'), '없도록 하겠다' and '고민하고 있다', the union's demand ('올해 안에')"),
    ]))

# ---------------------------------------------------------------- 수산자원 1/3 (regional paper, `포항=` byline, one deck line; 해양수산부 + 해양경찰청)
P4_H = "해수부 \"총허용어획량 적용 어종 2027년까지 30종으로\"…연근해 어선 2천 척 줄인다"
P4_D = "'연근해 수산자원 회복 방안' 발표…해경은 서해 불법조업 단속 함정 두 배로"
PAGES.append(dict(
    source="2025-06-24_t_fisheries-tac-plan.txt", title=P4_H, published_at="2025-06-24",
    mentions=[
        m("t-mof-tac-30", "new", MOF, O, P4_H, target=30.0, unit="종", deadline="2027-12-31", dtext="2027년까지",
          comment="a headline that quotes a body: person ''; one headline, two commitments"),
        m("t-mof-buyback-2000", "new", MOF, O, P4_H, target=2000.0, unit="척",
          comment="'2천 척' → 2000 척; no date in the clause"),
        m("t-kcg-illegal-6", "new", KCG, O, P4_D,
          comment="the deck's second clause names 해경 (short name); '두 배로' is relative: no target fields"),
        m("t-mof-tac-30", "new", MOF, O,
          "해양수산부는 24일 '연근해 수산자원 회복 방안'을 내놓고, 어종별로 한 해 잡을 수 있는 양을 정해 두는 총허용어획량(TAC) 제도를 적용하는 어종을 지금 15종에서 2027년까지 30종으로 늘리겠다고 밝혔다.",
          target=30.0, unit="종", deadline="2027-12-31", dtext="2027년까지",
          comment="15종 is the baseline; 1999 is history; 84만 1천 톤 / 1만 3,500톤 are statistics; the 수온 sentence "
                  "(climate cue '기후') is the reporter's explanation"),
        m("t-mof-buyback-2000", "new", MOF, O, "해수부는 2028년까지 연근해 어선 2,000척을 감척하기로 했다.",
          target=2000.0, unit="척", deadline="2028-12-31", dtext="2028년까지",
          comment="'잡는 배도 줄인다.' before it is an umbrella"),
        m("t-mof-buyback-350", "new", MOF, O, "올해는 그 가운데 350척을 줄인다.",
          target=350.0, unit="척", deadline="2025-12-31", dtext="올해",
          comment="subjectless: 해수부; this year's share is its own commitment (s's yearly target); the 보상 (next "
                  "sentence) is the means"),
        m("t-mof-elog", "new", MOF, O,
          "근해어선은 내년 1월부터 종이 조업일지 대신 전자 조업일지로 잡은 양을 날마다 보고해야 한다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="the rule is 해수부's (the fishers are its object); '어획량 보고도 바뀐다.' is an umbrella"),
        m("t-mof-squid-closed", "new", MOF, O, "오징어 금어기는 내년부터 4~5월 두 달에서 4~6월 석 달로 늘린다.",
          target=3.0, unit="개월", deadline="2026-12-31", dtext="내년부터",
          comment="a rule value the promise sets is its target (r, s): '석 달' → 3 개월; '두 달' is the baseline"),
        m("t-mof-release-24m", "new", MOF, O,
          "명태와 대구, 오징어 등 어린 물고기 2,400만 마리는 올해 동해와 서해에 풀어 놓는다.",
          target=24000000.0, unit="마리", deadline="2025-12-31", dtext="올해"),
        m("t-mof-min-size-50", "new", MOF, O,
          "잡아서는 안 되는 어린 고기의 크기 기준(금지체장)을 둔 어종도 지금 41종에서 내년 상반기까지 50종으로 늘린다.",
          target=50.0, unit="종", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="subjectless: 해수부; 41종 is the baseline; the purpose (next sentence) is context; no later page "
                  "reports it (date rule)"),
        m("t-kcg-illegal-6", "new", KCG, O,
          "해양경찰청은 하반기부터 서해 특정해역에 상시 배치하는 단속 함정을 3척에서 6척으로 늘린다.",
          target=6.0, unit="척", deadline="2025-12-31", dtext="하반기부터",
          comment="'중국 어선의 불법 조업 단속도 강화한다.' before it is an umbrella; 72척 is a statistic"),
        m("t-mof-buyback-350", "new", MOF, O,
          "함도윤 해수부 수산정책실장은 \"지금 줄이지 않으면 다음 세대에 물려줄 바다가 없다\"며 \"올해 감척 350척은 하반기 안에 모두 마무리하겠다\"고 말했다.",
          person="함도윤", target=350.0, unit="척", deadline="2025-12-31", dtext="하반기 안에",
          comment="not annotated: the 선장's and the 선주's words (the latter a demand), 경상북도's '연내' 40척 (a local government), the 김 수출 statistic "
                  "(industry cue '수출'), 한국수산경제연구원's 2030 forecast"),
    ]))

# ---------------------------------------------------------------- 암표 1/3 (culture news site; 문체부 + 경찰청 + 공정위)
P5_H = "문체부, 암표 잡기 나섰다…\"매크로 탐지 연내 예매처 10곳, 공식 재판매 플랫폼 내년 상반기\""
PAGES.append(dict(
    source="2025-08-12_t_ticket-scalping-measures.txt", title=P5_H, published_at="2025-08-12",
    mentions=[
        m("t-mcst-scalp-macro-10", "new", MCST, O, P5_H, target=10.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="a headline that quotes a body (short name 문체부): person ''; one headline, two commitments"),
        m("t-mcst-scalp-resale", "new", MCST, O, P5_H, deadline="2026-06-30", dtext="내년 상반기"),
        m("t-mcst-scalp-macro-10", "new", MCST, O, "문체부는 연내 주요 예매처 10곳에 매크로 탐지 시스템을 붙인다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="the 4,224건 / 2022 figures are statistics; '지난해 3월부터 …' is the present law (history)"),
        m("t-mcst-scalp-law", "new", MCST, O,
          "매크로 사용 여부와 상관없이 웃돈을 얹어 되파는 행위 자체를 처벌하는 공연법과 국민체육진흥법 개정안을 하반기 국회에 내기로 했다.",
          deadline="2025-12-31", dtext="하반기",
          comment="subjectless: 문체부; a bill's submission is the promise (r); '그래서 법도 고친다.' is an umbrella"),
        m("t-mcst-scalp-center", "new", MCST, O,
          "공연과 스포츠로 나뉘어 있던 신고 창구는 10월 '암표 신고센터' 한 곳으로 합친다.",
          deadline="2025-10-31", dtext="10월"),
        m("t-mcst-scalp-resale", "new", MCST, O,
          "사정이 생겨 못 가게 된 관객이 정가 이하로 표를 넘길 수 있는 공식 재판매 플랫폼은 내년 상반기 문을 연다.",
          deadline="2026-06-30", dtext="내년 상반기"),
        m("t-mcst-scalp-id", "new", MCST, O,
          "1만 석 이상 대형 공연은 내년부터 입장할 때 신분증으로 예매자 본인인지 확인하도록 의무화한다.",
          target=10000.0, unit="석", deadline="2026-12-31", dtext="내년부터",
          comment="the threshold the rule sets is its target (r, s: a rule value)"),
        m("t-knpa-scalp-crackdown", "new", KNPA, O,
          "경찰청은 9월부터 SNS와 중고거래 사이트 등 정보통신망에서 이뤄지는 암표 거래를 특별단속한다.",
          deadline="2025-09-30", dtext="9월부터",
          comment="carries the telecom cue '통신' (inside '정보통신망') but is the scalping storyline: other (trap)"),
        m("t-kftc-scalp-terms", "new", KFTC, O,
          "공정위는 하반기 중 리셀 중개 플랫폼 세 곳의 약관을 심사해 과도한 수수료와 환불 제한 조항을 바로잡기로 했다.",
          target=3.0, unit="곳", deadline="2025-12-31", dtext="하반기 중",
          comment="the scope of a promised check is its target (r, s); no later page reports it (date rule)"),
        m("t-mcst-scalp-macro-10", "new", MCST, O,
          "라시우 문체부 예술정책관은 \"정가에 표를 사려는 관객이 손해 보는 구조를 끝내겠다\"며 \"연내 매크로 탐지부터 예매처에 차례로 적용하겠다\"고 말했다.",
          person="라시우", deadline="2025-12-31", dtext="연내",
          comment="annotated for its second half ('구조를 끝내겠다' is undated); not annotated: A사's '하반기 안에' "
                  "(a company), KBO's pilot (not a government body), the 62% survey, the 리셀 스타트업s (startup cue), "
                  "마서진's bill ('이달 안에', a lawmaker)"),
    ]))

# ---------------------------------------------------------------- 임금체불 2/3 (TV script: 앵커/리포트/인터뷰; 고용노동부 + 국토교통부)
P6_H = "추석 지나도 못 받은 월급…'임금지킴이' 앱은 내년 3월로"
PAGES.append(dict(
    source="2025-10-14_t_wage-arrears-tv.txt", title=P6_H, published_at="2025-10-14",
    mentions=[
        m("t-moel-wage-app", "delayed", MOEL, O, P6_H, deadline="2026-03-31", dtext="내년 3월로",
          comment=LATER + "; the headline names no body: 노동부's app; its first clause is context"),
        m("t-moel-wage-cap-1t", "progress", MOEL, O,
          "정부는 2027년까지 한 해 체불액을 1조 원 아래로 줄이겠다고 했지만, 올해 들어 8월까지 쌓인 체불액만 1조 3천억 원입니다.",
          target=W1T, unit="원", deadline="2027-12-31", dtext="2027년까지",
          comment="정부 = 고용노동부; a measured value before the deadline: progress; '8월까지' dates the measurement; the "
                  "anchor's lines are umbrellas; the 8% sentence after it is context"),
        m("t-moel-wage-inspect-5000", "achieved", MOEL, O,
          "고용노동부가 상반기에 하겠다던 상습 체불 의심 사업장 5천 곳 기획 감독은 6월 말까지 5천1백여 곳에서 마무리됐습니다.",
          target=5000.0, unit="곳", deadline="2025-06-30", dtext="상반기에",
          comment="on time, the promise restated: deadline fields (r, s); target = the promise, not 5천1백여 곳; the "
                  "result (next sentence) is context"),
        m("t-moel-wage-advance-7d", "delayed", MOEL, O,
          "하지만 7월부터 7일로 줄이겠다던 대지급금 지급 기간은 지금도 평균 9일이 걸립니다.",
          target=7.0, unit="일", prev="2025-07-31", comment="short after the deadline: delayed; the missed date named"),
        m("t-moel-wage-app", "delayed", MOEL, O,
          "9월 내놓겠다던 '임금지킴이' 앱은 개인정보 보안 점검에 걸려 출시가 내년 3월로 미뤄졌습니다.",
          deadline="2026-03-31", dtext="내년 3월로", prev="2025-09-30", comment=LATER + "; the missed date named"),
        m("t-moel-wage-inspectors-300", "progress", MOEL, O,
          "연내 300명을 늘리겠다던 근로감독관은 지금까지 190명이 새로 배치됐습니다.",
          target=300.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="short of the target before the deadline: progress"),
        m("t-moel-wage-app", "delayed", MOEL, O, "앱은 보안을 충분히 확인한 뒤 내년 3월에는 반드시 내놓겠습니다.",
          person="견하율", deadline="2026-03-31", dtext="내년 3월에는",
          comment="the official restating the moved date: delayed (r, s); the quote marks of the bite are not part of the "
                  "sentence"),
        m("t-moel-wage-sanction-share", "new", MOEL, O,
          "연말까지 상습 체불 사업주 정보를 조달청과 정책금융기관에 넘겨 정부 지원과 공공 입찰에서 배제하겠습니다.",
          person="견하율", deadline="2025-12-31", dtext="연말까지", comment="a new promise in the bite"),
        m("t-molit-wage-epay", "progress", MOLIT, O,
          "국토교통부는 하반기부터 공공 건설 현장에 전자대금지급 시스템을 의무화하겠다고 했지만, 관련 지침 개정안은 아직 행정예고 단계입니다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment="a step before the deadline, the date unchanged: progress (q, r, s); '건설 현장 대책도 더딥니다.' is an "
                  "umbrella; not annotated: the 조선업 sentence (industry cue), the 노동계 demand, the 1,240억 원 result"),
    ]))

# ---------------------------------------------------------------- 가축 방역 2/3 (straight news, one deck line; 농식품부 + 기후에너지환경부)
P7_H = "ASF 또 경기 북부서…양돈농장 방역시설 61%, 멧돼지 울타리는 절반만"
P7_D = "가축방역관 충원도 더뎌…살처분 범위 축소는 내년 상반기로"
PAGES.append(dict(
    source="2025-12-09_t_livestock-winter-check.txt", title=P7_H, published_at="2025-12-09",
    mentions=[
        m("t-mafra-asf-facilities", "progress", MAFRA, O, P7_H,
          comment="a measured value without the target: progress, no fields; one headline, two commitments; the first "
                  "clause is the news event"),
        m("t-me-boar-fence-300", "delayed", MCEE, O, P7_H,
          comment="'절반만' with the remainder moved (body): delayed, no fields; 환경부's promise, under "
                  "기후에너지환경부 since 2025-10-01 (the page says so)"),
        m("t-mafra-vet-200", "progress", MAFRA, O, P7_D,
          comment="slow before the deadline: progress, no fields; one deck, two commitments"),
        m("t-mafra-cull-radius", "delayed", MAFRA, O, P7_D, deadline="2026-06-30", dtext="내년 상반기로",
          comment=LATER + "; one deck, two commitments"),
        m("t-mafra-asf-facilities", "progress", MAFRA, O,
          "농림축산식품부가 내년 말까지 전국 양돈농장 5,600여 곳에 갖추게 하겠다던 8대 방역시설은 지금까지 3,400여 곳이 설치를 마쳤다.",
          target=5600.0, unit="곳", deadline="2026-12-31", dtext="내년 말까지",
          comment="short of the target before the deadline: progress; '전체의 61% 수준이다.' restates the measure and is "
                  "not annotated; the 3,200여 마리 and '아홉 번째' are the event"),
        m("t-mafra-lsd-vaccine", "achieved", MAFRA, O,
          "4월 말까지 소 400만여 마리에 모두 놓겠다던 럼피스킨 백신은 예정대로 4월 말 접종을 끝냈다.",
          target=4000000.0, unit="마리", deadline="2025-04-30", dtext="4월 말까지",
          comment="on time, the promise restated: deadline fields; body-less: 농식품부; 2건 / 18건 are statistics"),
        m("t-mafra-vehicle-gps", "achieved", MAFRA, O,
          "10월 가동하기로 한 축산차량 통합관제도 약속대로 문을 열어 전국 축산 차량 6만여 대의 이동 경로를 실시간으로 보여 준다.",
          deadline="2025-10-31", dtext="10월", comment="on time, the promise restated; 6만여 대 is usage"),
        m("t-mafra-vet-200", "progress", MAFRA, O,
          "반면 내년 상반기까지 200명을 새로 뽑겠다던 시군 가축방역관은 지금까지 70명을 채용하는 데 그쳤다.",
          target=200.0, unit="명", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="'그쳤다' but before the deadline: progress (s's '머물렀다')"),
        m("t-mafra-cull-radius", "delayed", MAFRA, O,
          "예방적 살처분 범위를 발생 농장 반경 500m에서 발생 농장으로 좁히는 가축전염병예방법 시행규칙 개정은 양계 농가와 지방자치단체의 의견이 갈리면서 내년 상반기로 넘어갔다.",
          deadline="2026-06-30", dtext="내년 상반기로",
          comment=LATER + "; the old date is not named: no previous_deadline; body-less: 농식품부"),
        m("t-me-boar-catch-50k", "progress", MCEE, O,
          "기후에너지환경부는 올해 멧돼지 5만 마리를 잡겠다고 했지만 11월 말까지 포획한 멧돼지는 3만 8,000마리다.",
          target=50000.0, unit="마리", deadline="2025-12-31", dtext="올해",
          comment="short of the target before the deadline: progress; '11월 말까지' dates the measurement; the rename "
                  "sentence before it is context"),
        m("t-me-boar-fence-300", "delayed", MCEE, O,
          "연내 300km를 새로 치겠다던 광역 울타리는 150km만 완공됐고, 나머지는 내년 상반기에 마무리하기로 했다.",
          target=300.0, unit="km", deadline="2026-06-30", dtext="내년 상반기에", prev="2025-12-31",
          comment=LATER + "; the clause names the target (r); the missed (not yet passed) date named → previous_deadline"),
        m("t-mcee-boar-bounty", "new", MCEE, O,
          "석채운 기후에너지환경부 자연보전국장은 \"멧돼지 개체 수를 줄이는 것이 가장 확실한 방역\"이라며 \"내년부터 포획 포상금을 마리당 20만 원에서 30만 원으로 올리겠다\"고 말했다.",
          person="석채운", target=W300K, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="a new promise of the renamed body; 20만 원 is the baseline; '내년부터' → next year's 12-31 (q, r, s)"),
        m("t-mafra-hpai-weekly-1000", "new", MAFRA, O,
          "농식품부는 기후변화로 철새가 일찍 날아드는 점을 고려해 내년 2월까지 철새 도래지 주변 가금농장 1,000곳을 매주 한 차례씩 점검하겠다고 밝혔다.",
          target=1000.0, unit="곳", deadline="2026-02-28", dtext="내년 2월까지",
          comment="carries the climate cue '기후' but is the animal-disease storyline: other (trap); '7건' before it is a statistic"),
        m("t-mafra-asf-facilities", "progress", MAFRA, O,
          "변도해 농식품부 방역정책국장은 \"방역관 채용은 처우 개선과 함께 가야 해 시간이 걸린다\"며 \"방역시설 의무화는 내년 말까지 반드시 끝내겠다\"고 말했다.",
          person="변도해", deadline="2026-12-31", dtext="내년 말까지",
          comment="the unchanged date restated on a follow-up page: progress; not annotated: 경기도's '내년 상반기까지' 30명 "
                  "(a local government), 대한한돈협회's demand, the researcher's forecast (climate cue '기후')"),
    ]))

# ---------------------------------------------------------------- 수산 data page (no promise)
PAGES.append(dict(
    source="2026-02-10_t_fisheries-by-numbers.txt",
    title="[숫자로 본 우리 바다] 오징어 1만 톤 붕괴 직전, 고등어는 남쪽으로",
    published_at="2026-02-10", mentions=[]))

# ---------------------------------------------------------------- 유보통합 2/3 (editorial, no byline; 교육부)
PAGES.append(dict(
    source="2026-03-17_t_ecec-editorial.txt", title="[사설] 유보통합, 간판만 바꿔 달고 끝낼 셈인가",
    published_at="2026-03-17",
    mentions=[
        m("t-moe-ecec-law", "achieved", MOE, O,
          "교육부가 지난해 상반기 안에 국회에 내겠다던 영유아교육보육법 제정안은 해를 넘긴 올해 1월에야 제출됐다.",
          comment=LATE + "; the headline and opening paragraph are commentary; the 법안소위 sentence after it is the "
                  "legislature's part, not annotated"),
        m("t-moe-ecec-pilot-200", "delayed", MOE, O,
          "지난해 하반기 200곳으로 늘리겠다던 영유아학교는 연말까지 168곳에 그쳤다.",
          target=200.0, unit="곳", prev="2025-12-31",
          comment="short after the deadline: delayed; '연말까지' dates the measurement; '지난해 하반기' is the missed date"),
        m("t-moe-ecec-pilot-200", "delayed", MOE, O, "교육부는 남은 32곳을 올해 상반기 안에 채우겠다고 한다.",
          target=32.0, unit="곳", deadline="2026-06-30", dtext="올해 상반기 안에",
          comment=LATER + "; target = the remainder the sentence moves (r, s)"),
        m("t-moe-ecec-qual", "delayed", MOE, O,
          "유치원 교사와 보육교사 자격을 하나로 합치는 기준 시안은 지난해 안에 내놓겠다고 했지만, 교원단체와 보육교사 단체의 반발 속에 아직 나오지 않았다.",
          prev="2025-12-31", comment="undone after the deadline: delayed"),
        m("t-moe-ecec-free-5", "achieved", MOE, O, "5세 무상 교육·보육은 약속대로 지난해 9월 시작됐다.",
          comment=WHEN + "; '무상 교육·보육은 첫발만 뗐다.' is an umbrella"),
        m("t-moe-ecec-free-4", "delayed", MOE, O,
          "그러나 올해 하기로 한 4세 무상 교육·보육은 예산을 확보하지 못해 내년으로 미뤄졌다.",
          deadline="2027-12-31", dtext="내년으로", prev="2026-12-31",
          comment=LATER + "; the not-yet-passed date named ('올해') → previous_deadline; carries the fiscal cue '예산' (trap)"),
        m("t-moe-ecec-free-3", "cancelled", MOE, O,
          "당초 2027년으로 잡혀 있던 3세 무상 교육·보육은 아예 일정표에서 빠졌다.",
          prev="2027-12-31",
          comment="dropped before its date: the named date → previous_deadline (o, p, r, s); '내후년' (2025) = 2027"),
        m("t-moe-ecec-pay", "revision", MOE, O,
          "교육부는 1월부터 한 달에 10만 원씩 더 주겠다고 했지만, 국회 예산 심사를 거치며 인상 폭이 월 5만 원으로 줄었다.",
          target=W50K, unit="원",
          comment="a lowered target: revision (cut by the legislature, still the commitment's revision, s); the date "
                  "is unchanged, '1월부터' restates the old promise: no deadline fields; fiscal cue '예산' (trap)"),
        m("t-moe-ecec-pilot-1000", "new", MOE, O,
          "교육부는 영유아학교를 내년까지 1,000곳으로 늘리겠다는 새 목표도 내놨다.",
          target=1000.0, unit="곳", deadline="2027-12-31", dtext="내년까지",
          comment="a new promise, reported by the editorial; not annotated: the editorial's doubts and demands "
                  "('정부는 … 지켜야 한다', '국회도 …'), the 1,000곳 closures (a statistic)"),
    ]))

# ---------------------------------------------------------------- 암표 2/3 (기자수첩 column; 문체부 + 경찰청)
PAGES.append(dict(
    source="2026-05-19_t_ticket-scalping-column.txt", title="[기자수첩] 암표는 줄었다는데, 내 표는 어디에",
    published_at="2026-05-19",
    mentions=[
        m("t-mcst-scalp-center", "achieved", MCST, O,
          "공연과 스포츠로 나뉘어 있던 암표 신고 창구는 약속대로 지난해 10월 하나로 합쳐졌다.",
          comment=WHEN + "; the reporter's own story and '성과가 없지는 않다.' are context and an umbrella"),
        m("t-knpa-scalp-crackdown", "achieved", KNPA, O,
          "경찰은 지난해 9월부터 석 달 동안 온라인 암표 특별단속을 벌여 전문 되팔이 조직 11곳, 87명을 붙잡았다.",
          comment=WHEN + "; 경찰 = 경찰청; 11곳 / 87명 are results"),
        m("t-mcst-scalp-law", "achieved", MCST, O,
          "웃돈을 붙여 되파는 행위 자체를 처벌하는 공연법 개정안도 지난해 11월 국회에 제출됐다.",
          comment="a bill's submission is the promise (r): achieved within 2025 H2; " + WHEN
                  + "; the next sentence (상임위) is the legislature's part, not annotated"),
        m("t-mcst-scalp-macro-10", "delayed", MCST, O,
          "문화체육관광부가 지난해 안에 주요 예매처 10곳에 붙이겠다던 매크로 탐지 시스템은 7곳에만 설치됐다.",
          target=10.0, unit="곳", prev="2025-12-31",
          comment="short after the deadline: delayed; the 예매처' stance (next sentence) is context"),
        m("t-mcst-scalp-resale", "delayed", MCST, O, "관객이 가장 기다린 공식 재판매 플랫폼도 늦어진다.",
          comment="names a specific delay of a specific promise (s's anchor line): delayed, no fields"),
        m("t-mcst-scalp-resale", "delayed", MCST, O,
          "상반기 안에 열겠다던 이 플랫폼은 예매처들과 수수료 배분 협의가 끝나지 않아 하반기로 밀렸다.",
          deadline="2026-12-31", dtext="하반기로", prev="2026-06-30",
          comment=LATER + "; the not-yet-passed date named → previous_deadline"),
        m("t-mcst-scalp-id", "progress", MCST, O,
          "그나마 1만 석이 넘는 대형 공연에서 입장할 때 신분증으로 본인인지 확인하는 제도는 예정대로 7월부터 시행된다.",
          target=10000.0, unit="석", deadline="2026-07-31", dtext="7월부터",
          comment="on schedule, not yet in force: progress; the date is now named more exactly (within the promised "
                  "'내년부터' = 2026-12-31), not moved later"),
        m("t-mcst-scalp-reward", "new", MCST, O,
          "문체부는 암표를 신고한 사람에게 포상금을 주는 제도도 연말까지 만들겠다고 밝혔다.",
          deadline="2026-12-31", dtext="연말까지",
          comment="a new promise; not annotated: the 리셀 스타트업s (startup cue), the 71% survey, the 40% rise in reports, "
                  "the reporter's closing"),
    ]))

# ---------------------------------------------------------------- 수산자원 2/3 (maritime trade paper, one deck line; 해양수산부 + 해양경찰청)
P11_H = "TAC 어종 15→21종 늘었지만…해수부, '2027년 30종' 목표 25종으로 낮춰"
P11_D = "전자 조업일지 1월 시행…지난해 감척은 350척 중 290척"
PAGES.append(dict(
    source="2026-07-08_t_fisheries-one-year.txt", title=P11_H, published_at="2026-07-08",
    mentions=[
        m("t-mof-tac-30", "revision", MOF, O, P11_H, target=25.0, unit="종", deadline="2027-12-31", dtext="2027년",
          comment="a lowered target: revision; one entry for the headline (the 21종 clause is the same commitment)"),
        m("t-mof-elog", "achieved", MOF, O, P11_D, comment=WHEN + "; one deck, two commitments"),
        m("t-mof-buyback-350", "delayed", MOF, O, P11_D, target=350.0, unit="척", prev="2025-12-31",
          comment="short after the deadline; the clause names the target ('350척 중 290척', r) and the missed year"),
        m("t-mof-tac-30", "revision", MOF, O,
          "해양수산부는 2027년까지 30종으로 늘리겠다던 TAC 대상 어종 목표를 25종으로 낮췄다고 8일 밝혔다.",
          target=25.0, unit="종", deadline="2027-12-31", dtext="2027년까지",
          comment="the lead paragraph is an umbrella"),
        m("t-mof-tac-30", "progress", MOF, O,
          "올해 들어 갈치와 참조기 등 6개 어종이 새로 포함돼 대상 어종은 지금 21종이다.",
          comment="a measured value without the target: progress, no fields (same day as the revision); the reason "
                  "(next sentence) is context"),
        m("t-mof-buyback-350", "delayed", MOF, O, "지난해 350척을 줄이겠다던 연근해 어선 감척은 290척에 그쳤다.",
          target=350.0, unit="척", prev="2025-12-31",
          comment="short after the deadline: delayed; '잡는 배를 줄이는 일도 더디다.' is an umbrella"),
        m("t-mof-buyback-2000", "progress", MOF, O,
          "해수부는 2028년까지 2,000척을 줄인다는 전체 목표는 그대로 유지하기로 했다.",
          target=2000.0, unit="척", deadline="2028-12-31", dtext="2028년까지",
          comment="the target and date confirmed unchanged: progress"),
        m("t-mof-elog", "achieved", MOF, O, "근해어선 전자 조업일지는 예정대로 1월부터 의무화됐다.",
          comment=WHEN + "; '제때 지킨 약속도 있다.' is an umbrella; 2,700여 척 is usage"),
        m("t-mof-release-24m", "achieved", MOF, O, "지난해 풀어 놓기로 한 어린 물고기 2,400만 마리도 모두 방류됐다.",
          target=24000000.0, unit="마리", deadline="2025-12-31", dtext="지난해",
          comment="on time, the promise restated: deadline fields"),
        m("t-kcg-illegal-6", "achieved", KCG, O,
          "해양경찰청은 지난해 하반기부터 서해 특정해역에 단속 함정 6척을 상시 배치하고 있다.",
          target=6.0, unit="척", comment=WHEN),
        m("t-mof-squid-closed", "cancelled", MOF, O,
          "반면 올해부터 석 달로 늘리기로 했던 오징어 금어기는 두 달로 되돌아갔다.",
          target=3.0, unit="개월", prev="2026-12-31",
          comment="dropped (back to the old rule) before its date: the named date → previous_deadline; body-less: 해수부; "
                  "the reason (next sentence) is context"),
        m("t-mof-elog-coastal", "new", MOF, O,
          "함도윤 해수부 수산정책실장은 \"TAC는 숫자보다 제대로 지켜지는 것이 중요하다\"며 \"내년부터는 연안어선에도 전자 조업일지를 의무화해 어획량 관리의 빈틈을 메우겠다\"고 말했다.",
          person="함도윤", deadline="2027-12-31", dtext="내년부터는",
          comment="a new promise; not annotated: the 어민 단체s' demands, 강원도's '하반기 안에' 10곳 (a local "
                  "government), the research body's 2035 forecast (climate cue '기후' in the sentence before)"),
    ]))

# ---------------------------------------------------------------- roundup (promise-tracker site, two deck lines)
P12_H = "[2026 연말 약속 점검] 멧돼지 울타리 300km 완공…암표 재판매 플랫폼은 또 해 넘긴다"
P12_D1 = "임금체불 '1조 원 아래' 목표 1조 2천억 원으로 후퇴…영유아학교 200곳은 채워"
P12_D2 = "연근해 어선 감척 목표 2,000척→1,500척"
PAGES.append(dict(
    source="2026-11-19_t_promise-yearend-roundup.txt", title=P12_H, published_at="2026-11-19",
    mentions=[
        m("t-me-boar-fence-300", "achieved", MCEE, O, P12_H, target=300.0, unit="km",
          comment="achieved within the moved date; one headline, two commitments"),
        m("t-mcst-scalp-resale", "delayed", MCST, O, P12_H,
          comment="'또 해 넘긴다' names no date: delayed without deadline fields"),
        m("t-moel-wage-cap-1t", "revision", MOEL, O, P12_D1, target=W1_2T, unit="원",
          comment="a raised ceiling (a weaker target): revision; '1조 2천억 원' → 1200000000000.0; one deck, two commitments"),
        m("t-moe-ecec-pilot-200", "achieved", MOE, O, P12_D1, target=200.0, unit="곳", comment="achieved within the moved date"),
        m("t-mof-buyback-2000", "revision", MOF, O, P12_D2, target=1500.0, unit="척", comment="a lowered target: revision"),
        # 임금체불
        m("t-moel-wage-cap-1t", "revision", MOEL, O,
          "고용노동부는 2027년까지 한 해 임금체불액을 1조 원 아래로 줄이겠다던 목표를 1조 2,000억 원 아래로 고쳐 잡았다.",
          target=W1_2T, unit="원", deadline="2027-12-31", dtext="2027년까지",
          comment="the intro and the ■ heads are umbrellas"),
        m("t-moel-wage-cap-1t", "progress", MOEL, O,
          "올해 10월까지 쌓인 체불액은 1조 5,200억 원으로 지난해 같은 기간보다 11% 줄었다.",
          comment="subjectless: the measure of the commitment named in the sentence before; '10월까지' dates the "
                  "measurement: no deadline fields; with the revision the same day the rule gives revised"),
        m("t-moel-wage-app", "achieved", MOEL, O, "올해 3월로 미뤄졌던 '임금지킴이' 앱은 예정대로 3월 말 나왔다.",
          deadline="2026-03-31", dtext="올해 3월로",
          comment="reached within the moved date: achieved on time with the moved date (r, s)"),
        m("t-moel-wage-advance-7d", "delayed", MOEL, O,
          "대지급금 지급 기간은 올해 상반기 평균 7.6일로, 7일 목표에 여전히 못 미친다.",
          target=7.0, unit="일",
          comment="short after the deadline: delayed; '올해 상반기' is the period measured, not a named deadline"),
        m("t-moel-wage-inspectors-300", "delayed", MOEL, O,
          "지난해 300명을 늘리겠다던 근로감독관은 연말까지 260명이 충원되는 데 그쳤다.",
          target=300.0, unit="명", prev="2025-12-31",
          comment="short after the deadline: delayed; '연말까지' dates the count"),
        m("t-moel-wage-sanction-share", "achieved", MOEL, O,
          "지난해 연말까지 가동하겠다던 상습 체불 사업주 정보 공유는 올해 2월에야 조달청·정책금융기관과 연결됐다.",
          comment=LATE),
        m("t-molit-wage-epay", "achieved", MOLIT, O,
          "국토교통부의 공공 건설 현장 전자대금지급 의무화는 지침 개정이 늦어져 올해 4월부터 시행됐다.",
          comment=LATE),
        m("t-moel-wage-inspectors-200", "new", MOEL, O, "노동부는 내년 상반기까지 근로감독관 200명을 더 뽑겠다고 밝혔다.",
          target=200.0, unit="명", deadline="2027-06-30", dtext="내년 상반기까지",
          comment="a new promise, not a revision of the 2025 one (s's yearly target)"),
        # 가축 방역
        m("t-mafra-asf-facilities", "progress", MAFRA, O,
          "농림축산식품부가 올해 말까지 모든 양돈농장에 갖추게 하겠다던 8대 방역시설은 10월 말 현재 5,600여 곳 가운데 4,900여 곳이 설치를 마쳤다.",
          target=5600.0, unit="곳", deadline="2026-12-31", dtext="올해 말까지",
          comment="short of the target before the deadline: progress; '10월 말 현재' dates the measurement; '내년 말까지' "
                  "(2025 pages) = '올해 말까지' here"),
        m("t-mafra-vet-200", "delayed", MAFRA, O, "상반기까지 200명을 새로 뽑겠다던 시군 가축방역관은 132명에 그쳤다.",
          target=200.0, unit="명", prev="2026-06-30", comment="short after the deadline: delayed"),
        m("t-mafra-cull-radius", "cancelled", MAFRA, O,
          "올해 상반기로 미뤘던 예방적 살처분 범위 축소는 양계 농가와 지자체 반대 속에 현행 반경 500m를 유지하기로 하면서 없던 일이 됐다.",
          prev="2026-06-30", comment="dropped; the moved date named → previous_deadline; body-less: 농식품부"),
        m("t-mafra-hpai-weekly-1000", "achieved", MAFRA, O,
          "겨울철 철새 도래지 주변 가금농장 1,000곳 주간 점검은 2월 말까지 빠짐없이 이뤄졌다.",
          target=1000.0, unit="곳", comment=WHEN + "; body-less: 농식품부"),
        m("t-me-boar-catch-50k", "delayed", MCEE, O, "지난해 5만 마리를 잡겠다던 야생멧돼지 포획은 4만 6,000마리로 마감됐다.",
          target=50000.0, unit="마리", prev="2025-12-31", comment="short after the deadline: delayed; body-less: 기후에너지환경부"),
        m("t-me-boar-fence-300", "achieved", MCEE, O,
          "남은 구간을 올해 상반기에 끝내기로 했던 광역 울타리 300km는 지난 5월 모두 완공됐다.",
          target=300.0, unit="km", deadline="2026-06-30", dtext="올해 상반기에",
          comment="reached within the moved date: achieved on time with the moved date"),
        m("t-mcee-boar-bounty", "achieved", MCEE, O,
          "기후에너지환경부는 약속대로 올해 1월부터 멧돼지 포획 포상금을 마리당 30만 원으로 올렸다.",
          target=W300K, unit="원", comment=WHEN),
        # 유보통합
        m("t-moe-ecec-pilot-200", "achieved", MOE, O,
          "교육부가 올해 상반기 안에 채우겠다던 영유아학교 200곳은 3월 새 학기에 맞춰 모두 문을 열었다.",
          target=200.0, unit="곳", deadline="2026-06-30", dtext="올해 상반기 안에",
          comment="reached within the moved date: achieved on time with the moved date"),
        m("t-moe-ecec-pilot-1000", "progress", MOE, O, "내년까지 1,000곳으로 늘리겠다던 영유아학교는 2학기 현재 410곳이다.",
          target=1000.0, unit="곳", deadline="2027-12-31", dtext="내년까지",
          comment="short of the target before the deadline: progress; '2학기 현재' dates the count"),
        m("t-moe-ecec-ratio-12", "progress", MOE, O,
          "2027년까지 12명으로 낮추겠다던 3~5세 반 교사 한 명당 아동 수는 올해 평균 15.3명이다.",
          target=12.0, unit="명", deadline="2027-12-31", dtext="2027년까지", comment="short of the target before the deadline: progress"),
        m("t-moe-ecec-free-4", "progress", MOE, O,
          "내년으로 미룬 4세 무상 교육·보육은 필요한 돈 4,200억 원이 내년 정부 예산안에 반영됐다.",
          deadline="2027-12-31", dtext="내년으로",
          comment="a step before the moved date: progress; 4,200억 원 is the cost, not a target; carries the fiscal cue "
                  "'예산안' (trap)"),
        m("t-moe-ecec-pay", "achieved", MOE, O,
          "월 5만 원으로 줄어든 어린이집 교사 처우개선비 인상분은 1월부터 지급되고 있다.",
          target=W50K, unit="원", comment=WHEN + " (the revised target, paid from the promised month)"),
        m("t-moe-ecec-qual", "delayed", MOE, O, "지난해 안에 내놓겠다던 교사 자격 통합 시안은 2년째 감감무소식이다.",
          prev="2025-12-31",
          comment="undone after the deadline: delayed; the 제정안 sentence after it is the legislature's part"),
        # 수산자원
        m("t-mof-buyback-2000", "revision", MOF, O,
          "해양수산부는 2028년까지 연근해 어선 2,000척을 줄이겠다던 감척 목표를 1,500척으로 낮췄다.",
          target=1500.0, unit="척", deadline="2028-12-31", dtext="2028년까지", comment="a lowered target: revision"),
        m("t-mof-buyback-2000", "progress", MOF, O, "지금까지 감척된 어선은 모두 640척이다.",
          comment="subjectless: a measured value without the target, same day as the revision (the rule gives revised)"),
        m("t-mof-tac-30", "progress", MOF, O, "25종으로 낮춘 TAC 대상 어종은 이달 현재 23종이다.",
          target=25.0, unit="종",
          comment="short of the revised target before its date: progress (r's 132곳); the commitment ends in_progress"),
        # 암표
        m("t-mcst-scalp-resale", "delayed", MCST, O,
          "하반기로 미뤘던 공식 재판매 플랫폼은 예매처 두 곳이 끝내 빠지면서 다시 내년 초로 미뤄졌다.",
          deadline="2027-03-31", dtext="내년 초로", prev="2026-12-31",
          comment=LATER + "; '내년 초' → next year's 03-31 (DESIGN.md); the not-yet-passed moved date named → "
                  "previous_deadline"),
        m("t-mcst-scalp-id", "achieved", MCST, O, "1만 석 이상 공연의 입장 본인 확인은 예정대로 7월부터 시행됐다.",
          target=10000.0, unit="석", comment=WHEN),
        m("t-mcst-scalp-macro-10", "delayed", MCST, O, "매크로 탐지 시스템은 주요 예매처 10곳 가운데 9곳에 설치됐다.",
          target=10.0, unit="곳",
          comment="short after the deadline: delayed; not annotated: the outlet's own plan ('약속나침반은 내년에도 …') "
                  "and all boilerplate"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-19)
LAST = "2026-11-19"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 임금체불
    ("t-moel-wage-cap-1t", MOEL, O, "연간 임금체불액 2027년까지 (1조 원 → 1조 2,000억 원) 아래로", "revised",
     "ceiling raised on 2026-11-19; 1조 5,200억 원 by October 2026"),
    ("t-moel-wage-inspect-5000", MOEL, O, "상습 체불 의심 사업장 5,000곳 기획 감독 2025년 상반기 중", "achieved",
     "5,100여 곳 by the end of June 2025"),
    ("t-moel-wage-advance-7d", MOEL, O, "대지급금 지급 기간 14일 → 7일 2025년 7월부터", "delayed",
     "9일 (October 2025), 7.6일 (H1 2026)"),
    ("t-moel-wage-inspectors-300", MOEL, O, "근로감독관 300명 증원 2025년 내", "delayed", "260명"),
    ("t-moel-wage-app", MOEL, O, "'임금지킴이' 앱 (2025년 9월 → 2026년 3월)", "achieved", "March 2026, on the moved date"),
    ("t-molit-wage-epay", MOLIT, O, "공공 건설 현장 전자대금지급 의무화 2025년 하반기부터", "achieved", "April 2026 (late)"),
    ("t-moel-wage-sanction-share", MOEL, O, "상습 체불 사업주 정보 조달청·정책금융기관 공유 2025년 말까지", "achieved",
     "February 2026 (late)"),
    ("t-moel-wage-inspectors-200", MOEL, O, "근로감독관 200명 추가 채용 2027년 상반기까지", "announced", ""),
    # 가축전염병 방역
    ("t-mafra-asf-facilities", MAFRA, O, "양돈농장 5,600여 곳 8대 방역시설 의무화 2026년 말까지", "in_progress",
     "4,900여 곳 by the end of October 2026"),
    ("t-mafra-lsd-vaccine", MAFRA, O, "소 400만여 마리 럼피스킨 백신 접종 2025년 4월 말까지", "achieved", "on time"),
    ("t-mafra-vehicle-gps", MAFRA, O, "축산차량 통합관제 2025년 10월 가동", "achieved", "on time"),
    ("t-mafra-vet-200", MAFRA, O, "시군 가축방역관 200명 충원 2026년 상반기까지", "delayed", "132명"),
    ("t-mafra-cull-radius", MAFRA, O, "예방적 살처분 범위 축소 시행규칙 개정 (2025년 하반기 → 2026년 상반기)", "cancelled",
     "dropped (2026-11-19)"),
    ("t-mafra-asf-vaccine-rd", MAFRA, O, "국산 ASF 백신 개발 2027년까지 300억 원 지원", "announced", "no follow-up"),
    ("t-me-boar-catch-50k", MCEE, O, "야생멧돼지 2025년 5만 마리 포획", "delayed",
     "4만 6,000마리; made by 환경부, under 기후에너지환경부 since 2025-10-01"),
    ("t-me-boar-fence-300", MCEE, O, "ASF 광역 울타리 300km (2025년 내 → 2026년 상반기)", "achieved",
     "May 2026, within the moved date; made by 환경부"),
    ("t-mcee-boar-bounty", MCEE, O, "멧돼지 포획 포상금 마리당 20만 → 30만 원 2026년부터", "achieved", "January 2026"),
    ("t-mafra-hpai-weekly-1000", MAFRA, O, "철새 도래지 주변 가금농장 1,000곳 매주 점검 2026년 2월까지", "achieved",
     "kept through February 2026"),
    # 유보통합
    ("t-moe-ecec-law", MOE, O, "영유아교육보육법 제정안 국회 제출 2025년 상반기", "achieved", "January 2026 (late)"),
    ("t-moe-ecec-pilot-200", MOE, O, "영유아학교 200곳 (2025년 하반기 → 2026년 상반기)", "achieved",
     "March 2026, within the moved date"),
    ("t-moe-ecec-ratio-12", MOE, O, "3~5세 반 교사 1명당 아동 20명 → 12명 2027년까지", "in_progress", "15.3명 in 2026"),
    ("t-moe-ecec-free-5", MOE, O, "5세 무상 교육·보육 2025년 9월부터", "achieved", "on time"),
    ("t-moe-ecec-free-4", MOE, O, "4세 무상 교육·보육 (2026년 → 2027년)", "in_progress",
     "delayed on 2026-03-17; the money is in the 2027 budget bill (2026-11-19)"),
    ("t-moe-ecec-free-3", MOE, O, "3세 무상 교육·보육 2027년", "cancelled", "dropped (2026-03-17)"),
    ("t-moe-ecec-qual", MOE, O, "유치원·보육교사 자격 통합 기준 시안 2025년 내", "delayed", "not published by 2026-11-19"),
    ("t-moe-ecec-pay", MOE, O, "어린이집 교사 처우개선비 (월 10만 원 → 5만 원) 인상 2026년 1월부터", "achieved",
     "cut by the 국회 (2026-03-17), paid from January 2026"),
    ("t-moe-ecec-pilot-1000", MOE, O, "영유아학교 1,000곳 2027년까지", "in_progress", "410곳"),
    # 연근해 수산자원
    ("t-mof-tac-30", MOF, O, "TAC 대상 어종 15종 → (30종 → 25종) 2027년까지", "in_progress",
     "lowered on 2026-07-08; 23종 by 2026-11-19"),
    ("t-mof-buyback-2000", MOF, O, "연근해 어선 감척 2028년까지 (2,000척 → 1,500척)", "revised",
     "lowered on 2026-11-19; 640척 so far"),
    ("t-mof-buyback-350", MOF, O, "2025년 연근해 어선 350척 감척", "delayed", "290척"),
    ("t-mof-elog", MOF, O, "근해어선 전자 조업일지 의무화 2026년 1월부터", "achieved", "on time"),
    ("t-mof-release-24m", MOF, O, "어린 물고기 2,400만 마리 방류 2025년", "achieved", "on time"),
    ("t-mof-min-size-50", MOF, O, "금지체장 적용 어종 41종 → 50종 2026년 상반기까지", "delayed",
     "deadline 2026-06-30 passed with no report (the 2025-06-24 page is its only page)"),
    ("t-mof-squid-closed", MOF, O, "오징어 금어기 두 달 → 석 달 2026년부터", "cancelled", "dropped (2026-07-08)"),
    ("t-kcg-illegal-6", KCG, O, "서해 특정해역 불법조업 단속 함정 3척 → 6척 2025년 하반기부터", "achieved", "on time"),
    ("t-mof-elog-coastal", MOF, O, "연안어선 전자 조업일지 의무화 2027년부터", "announced", ""),
    # 공연·스포츠 암표
    ("t-mcst-scalp-macro-10", MCST, O, "주요 예매처 10곳 매크로 탐지 시스템 2025년 내", "delayed",
     "7곳 (May 2026), 9곳 (November 2026)"),
    ("t-mcst-scalp-center", MCST, O, "공연·스포츠 암표 신고센터 통합 2025년 10월", "achieved", "on time"),
    ("t-mcst-scalp-law", MCST, O, "웃돈 되팔기 처벌 공연법·국민체육진흥법 개정안 국회 제출 2025년 하반기", "achieved",
     "submitted November 2025"),
    ("t-mcst-scalp-resale", MCST, O, "공식 재판매 플랫폼 (2026년 상반기 → 하반기 → 2027년 초)", "delayed",
     "moved twice; the new date still ahead (convention 1)"),
    ("t-mcst-scalp-id", MCST, O, "1만 석 이상 공연 입장 본인 확인 의무화 2026년", "achieved", "July 2026"),
    ("t-knpa-scalp-crackdown", KNPA, O, "온라인 암표 특별단속 2025년 9월부터", "achieved", "September–November 2025"),
    ("t-kftc-scalp-terms", KFTC, O, "리셀 중개 플랫폼 세 곳 약관 심사 2025년 하반기 중", "delayed",
     "deadline 2025-12-31 passed with no report (the 2025-08-12 page is its only page)"),
    ("t-mcst-scalp-reward", MCST, O, "암표 신고 포상금 제도 2026년 말까지", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "t", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's wild-boar promises are listed",
           "under 기후에너지환경부, its successor from 2025-10-01, which kept the wild-boar work; every other body kept",
           "its name through 2026-11-19)."],
          with_commitments="--commitments" in sys.argv[1:])
