"""Writes the hand annotations of held-out set x to gold/*.toml.

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

MOEF = "기획재정부"          # until 2026-01-01
MOFE = "재정경제부"          # from 2026-01-02 (took 세제 from 기획재정부: the primary successor is right for 상속세
                             # and for the 벤처투자 소득공제)
MOPB = "기획예산처"          # from 2026-01-02 (took the budget from 기획재정부: the 이전 비용 예산 promise goes here,
                             # not to 재정경제부, the primary successor)
NTS = "국세청"
MSS = "중소벤처기업부"
FSC = "금융위원회"
MOLIT = "국토교통부"
MOTIE = "산업통상자원부"      # until 2025-09-30
MOTI = "산업통상부"          # from 2025-10-01 (successor of 산업통상자원부; kept 자동차 부품 R&D)
MCEE = "기후에너지환경부"     # from 2025-10-01 (took the energy work of 산업통상자원부, here 전력망, which is not the
                             # listed successor's)
KNPA = "경찰청"
MOF = "해양수산부"
MOIS = "행정안전부"
MOJ = "법무부"

FIS = "fiscal"      # 상속세 (세제: 상속세 및 증여세법; 기획재정부 / 재정경제부 own fiscal, 국세청 is in its remit_of)
SU = "startup"      # 벤처투자 (모태펀드, 벤처펀드; 중소벤처기업부 owns startup)
IND = "industry"    # 자율주행 상용화 (자율주행 is an industry cue; 국토교통부 owns no topic)
GOV = "government"  # 해양수산부 부산 이전 (a ministry's seat and staff: government organisation)
CLI = "climate"     # 송전망·에너지 고속도로 (moving renewable power; 기후에너지환경부 owns climate)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (convention of j-w), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-w)"

W1T = 1000000000000.0        # 1조 원
W15T = 15000000000000.0      # 15조 원
W700B = 700000000000.0       # 7,000억 원
W500B = 500000000000.0       # 5,000억 원
W400B = 400000000000.0       # 4,000억 원
W300B = 300000000000.0       # 3,000억 원
W260B = 260000000000.0       # 2,600억 원
W200B = 200000000000.0       # 2,000억 원
W800M = 800000000.0          # 8억 원
W500M = 500000000.0          # 5억 원
W50M = 50000000.0            # 5,000만 원
W400K = 400000.0             # 40만 원
W300K = 300000.0             # 30만 원

PAGES: list[dict] = []

# ---------------------------------------------------------------- 상속세 1/3 (wire, `(세종=온새통신)` dateline; 기획재정부, 국세청)
P1_H = "상속세 75년 만에 '유산취득세'로…2028년부터 물려받은 만큼 과세"
PAGES.append(dict(
    source="2025-03-12_x_inheritance-tax-wire.txt", title=P1_H, published_at="2025-03-12",
    mentions=[
        m("x-moef-inherit-2028", "new", MOEF, FIS, P1_H, deadline="2028-12-31", dtext="2028년부터",
          comment="the headline names no body: 기획재정부's plan; '75년 만에' is history"),
        m("x-moef-inherit-2028", "new", MOEF, FIS,
          "정부가 상속세 과세 방식을 물려주는 사람의 전체 재산이 아니라 상속인 각자가 물려받은 재산을 기준으로 매기는 '유산취득세'로 바꿔 2028년부터 시행하기로 했다.",
          deadline="2028-12-31", dtext="2028년부터",
          comment="the lead; the wire dateline is not part of the sentence; '정부' → 기획재정부. The plan-release "
                  "sentence after it and the 1950 / 75년 history are not annotated"),
        m("x-moef-inherit-bill", "new", MOEF, FIS,
          "기재부는 유산취득세 전환을 담은 상속세 및 증여세법 개정안을 5월 국회에 제출하겠다고 밝혔다.",
          deadline="2025-05-31", dtext="5월",
          comment="the sentence after it ('준비 기간을 넉넉히 뒀다는 설명이다') explains the timing: not annotated"),
        m("x-moef-inherit-child-5", "new", MOEF, FIS,
          "기재부는 자녀 1인당 5,000만 원인 자녀공제를 2028년부터 5억 원으로 늘리겠다고 밝혔다.",
          target=W500M, unit="원", deadline="2028-12-31", dtext="2028년부터",
          comment="5,000만 원 is the baseline. Not annotated: the umbrellas ('공제 체계도 …', '배우자 공제 등 나머지 "
                  "공제도 새 방식에 맞춰 손본다.': undated, no target), the unchanged 최고세율 50%"),
        m("x-nts-inherit-appraisal-500", "new", NTS, FIS,
          "국세청은 시가보다 낮게 신고되기 쉬운 고가 비주거용 부동산(이른바 꼬마빌딩)에 대한 감정평가를 올해 500건으로 늘리겠다고 밝혔다.",
          target=500.0, unit="건", deadline="2025-12-31", dtext="올해",
          comment="fiscal by subject (국세청 is in fiscal's remit_of). Not annotated: 2만 명 / 2조 원 (the ministry's "
                  "estimates), 1만 9,944명 / 8조 2,000억 원 / 310건 (statistics), 탁서겸's quote (an explanation with "
                  "an OECD statistic), 봉지석's 일괄공제 8억 원 (an opposition lawmaker's demand; the same figure "
                  "becomes 재정경제부's own promise on 2026-11-24), the 경제단체's 30% (a demand), the 세무법인's "
                  "30% (a company's forecast)"),
    ]))

# ---------------------------------------------------------------- 벤처투자 1/3 (economic daily, one deck line, ad line; 중기부 + 금융위, 기재부)
P2_H = "모태펀드 올해 1조 원 역대 최대 출자…지역 벤처펀드 10곳 만든다"
P2_D = "금융위 \"퇴직연금도 벤처에 투자 허용\"…개인 투자 소득공제 한도 5,000만 원으로"
PAGES.append(dict(
    source="2025-04-22_x_venture-investment-plan.txt", title=P2_H, published_at="2025-04-22",
    mentions=[
        m("x-mss-vc-fof-1t", "new", MSS, SU, P2_H, target=W1T, unit="원", deadline="2025-12-31", dtext="올해",
          comment="the headline names no body: 중소벤처기업부's plan; one headline, two commitments"),
        m("x-mss-vc-regional-10", "new", MSS, SU, P2_H, target=10.0, unit="곳", comment="no date in the clause"),
        m("x-fsc-vc-pension", "new", FSC, SU, P2_D,
          comment="a deck quoting a body: person ''; one deck line, two commitments (two bodies); no date"),
        m("x-moef-vc-taxcredit", "new", MOEF, SU, P2_D, target=W50M, unit="원",
          comment="the second clause names no body: 기획재정부's promise (the body says so)"),
        m("x-mss-vc-fof-1t", "new", MSS, SU,
          "중기부는 정부 예산으로 벤처펀드에 돈을 대는 모태펀드의 올해 출자 규모를 역대 최대인 1조 원으로 늘리기로 했다.",
          target=W1T, unit="원", deadline="2025-12-31", dtext="올해",
          comment="the plan-release sentence before it and the lead are not annotated; 6,100억 원 is the baseline; "
                  "the weak fiscal cue '예산' is a trap"),
        m("x-mss-vc-regional-10", "new", MSS, SU,
          "비수도권 창업기업에 돈이 돌도록 지자체와 함께 지역 벤처펀드 10곳을 연내 새로 조성한다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="subjectless: 중기부; 78% is a statistic"),
        m("x-mss-vc-secondary", "new", MSS, SU,
          "초기 투자자가 지분을 팔고 나올 수 있도록 벤처 지분을 사들이는 세컨더리 펀드도 2026년까지 5,000억 원 규모로 만든다.",
          target=W500B, unit="원", deadline="2026-12-31", dtext="2026년까지", comment="subjectless: 중기부"),
        m("x-mss-vc-deeptech", "new", MSS, SU,
          "반도체·바이오·로봇처럼 개발 기간이 긴 분야에 투자하는 딥테크 전용 펀드 3,000억 원은 상반기 중 결성을 마친다.",
          target=W300B, unit="원", deadline="2025-06-30", dtext="상반기 중",
          comment="subjectless: 중기부; the industry cue '반도체' names the fund's field: startup by subject. No later "
                  "page reports on it (delayed by the date rule)"),
        m("x-fsc-vc-pension", "new", FSC, SU,
          "금융위원회는 하반기 중 감독규정을 고쳐 퇴직연금 적립금의 일부를 벤처펀드에 투자할 수 있게 하기로 했다.",
          deadline="2025-12-31", dtext="하반기 중",
          comment="'일부' is no target; 430조 원 and 90% are statistics"),
        m("x-moef-vc-taxcredit", "new", MOEF, SU,
          "기획재정부는 개인이 벤처기업에 직접 투자할 때 받는 소득공제 한도를 3,000만 원에서 5,000만 원으로 올리는 내용을 7월 세법개정안에 담기로 했다.",
          target=W50M, unit="원", deadline="2025-07-31", dtext="7월",
          comment="the fiscal cue '세법' is a trap: startup by subject (uncertain call). Not annotated: the 2021-2024 "
                  "statistics, 명지안's quote (an undated intention), the 협회's 2조 원 (a demand), 나기율's demand "
                  "(an opposition lawmaker), the 벤처캐피털's 3,000억 원 fund (a company's plan)"),
    ]))

# ---------------------------------------------------------------- 자율주행 1/3 (mobility trade paper, one deck line, ad line; 국토교통부 + 산업통상자원부, 경찰청)
P3_H = "레벨4 자율주행 2027년 상용화…시범운행지구 연내 60곳으로"
P3_D = "국토부 \"사고 책임 법안 하반기 제출\"…산업부, 핵심부품 R&D에 4,000억 원"
PAGES.append(dict(
    source="2025-06-10_x_autonomous-driving-roadmap.txt", title=P3_H, published_at="2025-06-10",
    mentions=[
        m("x-molit-av-l4-2027", "new", MOLIT, IND, P3_H, deadline="2027-12-31", dtext="2027년",
          comment="the headline names no body: 국토교통부's roadmap; one headline, two commitments"),
        m("x-molit-av-zones-60", "new", MOLIT, IND, P3_H, target=60.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("x-molit-av-liability", "new", MOLIT, IND, P3_D, deadline="2025-12-31", dtext="하반기",
          comment="a deck quoting a body: person ''; one deck line, two commitments (two bodies)"),
        m("x-motie-av-rnd", "new", MOTIE, IND, P3_D, target=W400B, unit="원", comment="no date in the clause"),
        m("x-molit-av-l4-2027", "new", MOLIT, IND,
          "운전자 없이 정해진 구역을 스스로 달리는 레벨4 자율주행차가 2027년부터 돈을 받고 승객을 태울 수 있게 된다.",
          deadline="2027-12-31", dtext="2027년부터", comment="the lead: the roadmap's promise stated as an outcome"),
        m("x-molit-av-l4-2027", "new", MOLIT, IND,
          "국토부는 2027년까지 레벨4 자율주행차가 허가받은 구역에서 유료 여객 운송 서비스를 할 수 있도록 제도와 인프라를 갖추겠다고 밝혔다.",
          deadline="2027-12-31", dtext="2027년까지", comment="the plan-release sentence before it is not annotated"),
        m("x-molit-av-zones-60", "new", MOLIT, IND, "지금 전국 40곳인 자율주행 시범운행지구는 연내 60곳으로 늘린다.",
          target=60.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="subjectless: 국토부; 40곳 is the baseline"),
        m("x-molit-av-hdmap", "new", MOLIT, IND,
          "정밀도로지도는 지금 고속도로 위주에서 2026년까지 전국 일반국도 1만 4,000km로 넓힌다.",
          target=14000.0, unit="km", deadline="2026-12-31", dtext="2026년까지",
          comment="subjectless: 국토부; no cue (a map is not named an industry): industry by subject"),
        m("x-molit-av-liability", "new", MOLIT, IND,
          "자율주행차 사고가 났을 때 제조사와 운행사, 탑승자의 책임을 나누는 자동차손해배상보장법 개정안은 하반기 국회에 제출한다.",
          deadline="2025-12-31", dtext="하반기",
          comment="subjectless: 국토부; the 보험사 구상 sentence after it is a consideration ('검토되고 있다')"),
        m("x-knpa-av-rules", "new", KNPA, IND,
          "경찰청은 운전자가 없는 차가 신호를 어기거나 제한속도를 넘겼을 때 누구에게 책임을 물을지 정하는 법규 위반 처리 기준을 연내 마련하기로 했다.",
          deadline="2025-12-31", dtext="연내", comment="no cue in the sentence; industry by subject (경찰청 owns no topic)"),
        m("x-motie-av-rnd", "new", MOTIE, IND,
          "산업통상자원부는 라이다와 차량용 AI 반도체 등 자율주행 핵심부품 국산화에 2027년까지 4,000억 원을 투입하겠다고 밝혔다.",
          target=W400B, unit="원", deadline="2027-12-31", dtext="2027년까지",
          comment="90% is a statistic. Not annotated: 480대 / 30여 대 (statistics), the US company's 25만 건, 중국 "
                  "정부's 2030 (a foreign government), 금태소's quote (undated intentions), the 협회's demand, the "
                  "완성차 업체's 2026년 하반기 셔틀 (a company), 편경록's demand (an opposition lawmaker)"),
    ]))

# ---------------------------------------------------------------- 해수부 이전 1/3 (Busan regional paper, one deck line, ad line; 해양수산부 + 행안부, 기재부, 법무부)
P4_H = "해수부 연내 부산 이전 확정…북항에 2029년 신청사"
P4_D = "직원 850명 12월까지 이사…이주 직원 월 40만 원 정착지원"
PAGES.append(dict(
    source="2025-07-08_x_mof-busan-move-plan.txt", title=P4_H, published_at="2025-07-08",
    mentions=[
        m("x-mof-busan-move", "new", MOF, GOV, P4_H, deadline="2025-12-31", dtext="연내",
          comment="one headline, two commitments; '해수부' names the body"),
        m("x-mof-busan-newhq", "new", MOF, GOV, P4_H, deadline="2029-12-31", dtext="2029년"),
        m("x-mof-busan-staff-850", "new", MOF, GOV, P4_D, target=850.0, unit="명", deadline="2025-12-31",
          dtext="12월까지", comment="the deck names no body: 해수부's plan; one deck line, two commitments"),
        m("x-mof-busan-allowance-40", "new", MOF, GOV, P4_D, target=W400K, unit="원", comment="no date in the clause"),
        m("x-mof-busan-move", "new", MOF, GOV, "해양수산부가 올해 12월까지 세종에서 부산으로 본부를 옮긴다.",
          deadline="2025-12-31", dtext="올해 12월까지",
          comment="the lead's first sentence; the second ('2013년 부활한 뒤 …') is history"),
        m("x-mof-busan-staff-850", "new", MOF, GOV,
          "해수부는 본부 직원 850명 전원을 12월까지 부산으로 옮기고, 이전 첫날부터 임시청사에서 정상 업무를 하겠다고 밝혔다.",
          target=850.0, unit="명", deadline="2025-12-31", dtext="12월까지",
          comment="the plan-release sentence before it is not annotated; the 임시청사 sentence after it is a description"),
        m("x-mof-busan-newhq", "new", MOF, GOV, "북항 재개발 부지에 짓는 신청사는 2029년 준공한다.",
          deadline="2029-12-31", dtext="2029년", comment="subjectless: 해수부"),
        m("x-mof-busan-allowance-40", "new", MOF, GOV, "이주하는 직원에게는 2년간 매달 40만 원의 정착지원금을 준다.",
          target=W400K, unit="원",
          comment="subjectless: 해수부; '2년간' is how long it is paid, not a deadline; the 전보 option is a "
                  "description, 41% a survey result"),
        m("x-mois-busan-notice", "new", MOIS, GOV, "행정안전부는 이전 대상 기관과 시기를 담은 이전 계획을 8월 중 고시하기로 했다.",
          deadline="2025-08-31", dtext="8월 중", comment="행정안전부 owns `government`"),
        m("x-moef-busan-budget", "new", MOEF, GOV,
          "기획재정부는 임시청사 임차와 이사, 신청사 설계에 드는 비용 2,000억 원을 8월 말 확정하는 내년 정부 예산안에 반영하기로 했다.",
          target=W200B, unit="원", deadline="2025-08-31", dtext="8월 말",
          comment="the fiscal cue '예산안' (weak) and 기획재정부 (fiscal's remit_of) are a trap: government by subject "
                  "(uncertain call); listed under 기획예산처 in unseen.toml"),
        m("x-moj-maritime-court", "new", MOJ, GOV,
          "법무부는 해운·조선 분쟁을 전담하는 해사전문법원을 부산에 두는 법원조직법 개정안을 연내 국회에 내기로 했다.",
          deadline="2025-12-31", dtext="연내",
          comment="part of the relocation package: government by subject (uncertain call). Not annotated: 국하솔's "
                  "quote (undated intentions), 부산시's 500가구 by next year (a local government), the 해운업계 "
                  "hopes, 13곳 / 2,440만 개 (statistics), 세종시's request, 오석린's demand (an opposition lawmaker), "
                  "the 노조's 내년 2월 (a demand), the institute's 2조 원 and the 600억 원 (estimates)"),
    ]))

# ---------------------------------------------------------------- 상속세 2/3 (TV script: 앵커/리포트/인터뷰; 기획재정부)
P5_H = "유산취득세 전환 없던 일로…자녀공제 5억 원은 내년부터 앞당겨"
PAGES.append(dict(
    source="2025-08-05_x_inheritance-tax-tv.txt", title=P5_H, published_at="2025-08-05",
    mentions=[
        m("x-moef-inherit-2028", "cancelled", MOEF, FIS, P5_H,
          comment="the headline names no body; one headline, two commitments"),
        m("x-moef-inherit-child-5", "revision", MOEF, FIS, P5_H, target=W500M, unit="원", deadline="2026-12-31",
          dtext="내년부터", comment="the deadline moved EARLIER (2028 → next year): revision; '내년부터' → next "
                                   "year's 12-31 (the body says 1월)"),
        m("x-moef-inherit-2028", "cancelled", MOEF, FIS,
          "기획재정부가 지난달 31일 발표한 세법개정안에 유산취득세 전환은 담기지 않았습니다.",
          comment="left out of the 세법개정안 (the next sentence says it is dropped): cancelled. The anchor's lines "
                  "and the 세무법인 scene are not annotated"),
        m("x-moef-inherit-2028", "cancelled", MOEF, FIS,
          "기재부는 2028년부터 유산취득세로 바꾸겠다던 계획을 더는 추진하지 않기로 했습니다.",
          prev="2028-12-31", comment="dropped: cancelled; the named date kept (o-w)"),
        m("x-moef-inherit-bill", "achieved", MOEF, FIS,
          "지난 3월 발표 뒤 5월 국회에 제출된 정부 법안은 상임위원회에서 한 번도 논의되지 못한 채 계류돼 있습니다.",
          comment=WHEN + "; the promise was the submission in May, which happened; that the bill is stuck is not "
                         "part of it"),
        m("x-moef-inherit-child-5", "revision", MOEF, FIS,
          "대신 자녀공제를 1인당 5,000만 원에서 5억 원으로 올리는 안은 2028년까지 기다리지 않고 내년 1월부터 지금의 유산세 체계에서 적용하기로 했습니다.",
          target=W500M, unit="원", deadline="2026-01-31", dtext="내년 1월부터", prev="2028-12-31",
          comment="moved earlier, the old date named ('2028년까지'): revision with previous_deadline"),
        m("x-moef-inherit-family-biz", "new", MOEF, FIS, "가업상속공제 개편안은 내년 상반기 안에 따로 내놓겠습니다.",
          person="탁서겸", deadline="2026-06-30", dtext="내년 상반기 안에",
          comment="the bite's second sentence (the quote marks are not part of it); its first is not a promise"),
        m("x-moef-inherit-filing-9m", "new", MOEF, FIS,
          "기재부는 상속세 신고 기한을 지금의 6개월에서 9개월로 늘려 내년 1월부터 적용하겠다고 밝혔습니다.",
          target=9.0, unit="개월", deadline="2026-01-31", dtext="내년 1월부터",
          comment="6개월 is the baseline. Not annotated: the 1조 원 (an estimate), 8조 2,000억 원 (a statistic), 차윤겸's "
                  "40% (an opposition lawmaker's demand), the 시민단체's demand, the 세무업계 forecast"),
    ]))

# ---------------------------------------------------------------- 송전망 1/3 (energy trade-paper Q&A interview, quoted deck line; 산업통상자원부)
P6_H = "[인터뷰] 염도혁 산업부 전력망정책관 \"서해안 HVDC 2030년 준공…호남 ESS 2GW 깐다\""
P6_D = "\"전력망특별법 시행령 이달 공포…주변 지원 범위 1km로 넓힌다\""
PAGES.append(dict(
    source="2025-09-02_x_power-grid-interview.txt", title=P6_H, published_at="2025-09-02",
    mentions=[
        m("x-motie-grid-hvdc", "new", MOTIE, CLI, P6_H, person="염도혁", deadline="2030-12-31", dtext="2030년",
          comment="the interviewee for the interview headline and deck (u-w); one headline, two commitments"),
        m("x-motie-grid-ess-2gw", "new", MOTIE, CLI, P6_H, person="염도혁", target=2.0, unit="GW",
          comment="no date in the clause"),
        m("x-motie-grid-decree", "new", MOTIE, CLI, P6_D, person="염도혁", deadline="2025-09-30", dtext="이달",
          comment="one deck line, two commitments; the quote marks are part of the line"),
        m("x-motie-grid-support-1km", "new", MOTIE, CLI, P6_D, person="염도혁", target=1.0, unit="km",
          comment="no date in the clause"),
        m("x-motie-grid-hvdc", "new", MOTIE, CLI, "서해안을 따라 바다 밑으로 까는 HVDC 1단계를 2030년까지 준공하겠습니다.",
          person="염도혁", deadline="2030-12-31", dtext="2030년까지",
          comment="the 'A. ' label and the first two sentences of the answer are not part of it; no climate cue in "
                  "the sentence ('재생에너지' is in the one before)"),
        m("x-motie-grid-decree", "new", MOTIE, CLI, "시행령은 이달 중 공포하고, 위원회는 10월 출범시키겠습니다.",
          person="염도혁", deadline="2025-09-30", dtext="이달 중",
          comment="one sentence, two commitments; '13년' and the law's 26일 시행 are context"),
        m("x-motie-grid-committee", "new", MOTIE, CLI, "시행령은 이달 중 공포하고, 위원회는 10월 출범시키겠습니다.",
          person="염도혁", deadline="2025-10-31", dtext="10월",
          comment="the government cue '출범' is a trap: climate by subject (uncertain call)"),
        m("x-motie-grid-support-1km", "new", MOTIE, CLI,
          "이를 1km로 넓히는 송·변전설비 주변지역 지원법 개정안을 연내 국회에 제출하겠습니다.",
          person="염도혁", target=1.0, unit="km", deadline="2025-12-31", dtext="연내",
          comment="700m is the baseline; the 마을 공동 사업 idea is a consideration ('검토하고 있습니다')"),
        m("x-motie-grid-ess-2gw", "new", MOTIE, CLI, "2026년까지 호남권에 에너지저장장치(ESS) 2GW를 확보하겠습니다.",
          person="염도혁", target=2.0, unit="GW", deadline="2026-12-31", dtext="2026년까지",
          comment="the 100회 출력제어 is a statistic"),
        m("x-motie-grid-curtail-comp", "new", MOTIE, CLI,
          "발전사업자가 출력제어로 입은 손실을 보상하는 제도도 내년부터 도입합니다.",
          person="염도혁", deadline="2026-12-31", dtext="내년부터",
          comment="Not annotated: 한전's 2038년 72조 원 (a public company's plan), the 민간 자본 '논의', the "
                  "reorganisation answer ('일정대로 갑니다': undated), the 2030 준공 doubts, the institute's 20% "
                  "forecast, the 주민 단체s' 지중화 demand"),
    ]))

# ---------------------------------------------------------------- 벤처투자 2/3 (feature `[현장]`, one deck line, series box; 중기부, 금융위, 기재부)
P7_H = "[현장] 모태펀드 1조 원 약속, 11월까지 9,200억 원…지역 펀드는 절반 남짓"
P7_D = "남은 지역 펀드 4곳 내년 상반기로…퇴직연금 벤처투자도 해 넘겨"
PAGES.append(dict(
    source="2025-11-18_x_venture-funds-feature.txt", title=P7_H, published_at="2025-11-18",
    mentions=[
        m("x-mss-vc-fof-1t", "progress", MSS, SU, P7_H, target=W1T, unit="원",
          comment="short before the deadline: progress; the clause names the target; '11월까지' dates the count"),
        m("x-mss-vc-regional-10", "progress", MSS, SU, P7_H,
          comment="a measured share without the target, before the deadline: progress, no fields"),
        m("x-mss-vc-regional-10", "delayed", MSS, SU, P7_D, target=4.0, unit="곳", deadline="2026-06-30",
          dtext="내년 상반기로", comment=LATER + "; the remainder is the target of the line that moves it"),
        m("x-fsc-vc-pension", "delayed", FSC, SU, P7_D,
          comment="a reported slip past the year ('해 넘겨') with no date named: delayed, no fields"),
        m("x-mss-vc-fof-1t", "progress", MSS, SU,
          "중기부가 올해 1조 원을 출자하겠다던 모태펀드는 이달 14일 기준 9,200억 원이 출자됐다.",
          target=W1T, unit="원", deadline="2025-12-31", dtext="올해",
          comment="short before the deadline: progress; the scene (120억 원, 40명) is one company's"),
        m("x-mss-vc-fof-1t", "progress", MSS, SU, "중기부는 나머지 800억 원도 다음 달 안에 모두 출자하겠다고 밝혔다.",
          deadline="2025-12-31", dtext="다음 달 안에",
          comment="restating the unchanged date for the rest is progress (t-w); the remainder is not moved, so no target"),
        m("x-mss-vc-regional-10", "progress", MSS, SU, "연내 10곳을 만들겠다던 지역 벤처펀드는 지금까지 6곳이 결성됐다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="short before the deadline: progress"),
        m("x-mss-vc-regional-10", "delayed", MSS, SU, "중기부는 남은 4곳을 내년 상반기에 결성하기로 했다.",
          target=4.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기에", comment=LATER),
        m("x-mss-vc-secondary", "progress", MSS, SU,
          "세컨더리 펀드는 2026년까지 5,000억 원을 만들겠다는 목표 가운데 지금까지 2,000억 원이 결성됐다.",
          target=W500B, unit="원", deadline="2026-12-31", dtext="2026년까지", comment="short before the deadline: progress"),
        m("x-moef-vc-taxcredit", "achieved", MOEF, SU,
          "기획재정부가 7월 세법개정안에 담겠다던 개인 벤처투자 소득공제 한도 상향(3,000만 원→5,000만 원)은 예정대로 개정안에 들어가 국회 심사를 기다리고 있다.",
          target=W50M, unit="원", deadline="2025-07-31", dtext="7월",
          comment="the promise was to put it in the July 세법개정안, which happened: achieved on time, the promise "
                  "restated with its date; the pending 국회 심사 is not part of it"),
        m("x-fsc-vc-pension", "delayed", FSC, SU,
          "금융위원회가 하반기 중 고치겠다던 퇴직연금 벤처투자 허용 감독규정은 연내 개정이 어려워졌다.",
          prev="2025-12-31", comment="a reported delay before the deadline: delayed; the missed date named ('하반기 중')"),
        m("x-fsc-vc-pension", "delayed", FSC, SU, "금융위는 가입자 보호 장치를 보완해 내년 상반기 중 개정하겠다고 밝혔다.",
          deadline="2026-06-30", dtext="내년 상반기 중", comment=LATER),
        m("x-mss-vc-annual-15t", "new", MSS, SU,
          "명지안 중기부 벤처정책관은 \"모태펀드가 마중물 역할을 하는 동안 민간 돈이 따라붙게 해 연간 벤처투자를 2027년까지 15조 원으로 끌어올리겠다\"고 말했다.",
          person="명지안", target=W15T, unit="원", deadline="2027-12-31", dtext="2027년까지",
          comment="a new, higher-level target (t-w). Not annotated: the 벤처캐피털 대표's quote, 8조 7,000억 원 / 9% / "
                  "25% (statistics), the 협회's 2조 원 (a demand), 서울시's 1,000억 원 (a local government), the "
                  "series box after the sign-off"),
    ]))

# ---------------------------------------------------------------- 해수부 이전 2/3 (portal-style straight news, `부산=` byline, one deck line; 해수부, 행안부, 기재부, 법무부)
P8_H = "해수부, 부산 시대 열었다…23일 임시청사서 첫 업무"
P8_D = "직원 790명 먼저 이전, 60명은 내년 2월…정착지원금은 월 30만 원으로 줄어"
PAGES.append(dict(
    source="2025-12-23_x_mof-busan-opening.txt", title=P8_H, published_at="2025-12-23",
    mentions=[
        m("x-mof-busan-move", "achieved", MOF, GOV, P8_H, comment=WHEN + " ('23일')"),
        m("x-mof-busan-staff-850", "delayed", MOF, GOV, P8_D, target=60.0, unit="명", deadline="2026-02-28",
          dtext="내년 2월", comment=LATER + "; one key per line: the line moves the rest (790명 is the count so far); "
                                          "one deck line, two commitments"),
        m("x-mof-busan-allowance-40", "revision", MOF, GOV, P8_D, target=W300K, unit="원",
          comment="a lowered amount: revision"),
        m("x-mof-busan-move", "achieved", MOF, GOV,
          "지난 7월 연내 부산으로 옮기겠다고 발표한 지 다섯 달 만으로, 약속한 기한 안에 이전을 마쳤다.",
          deadline="2025-12-31", dtext="연내",
          comment="on time, the promise restated with its date: achieved with deadline fields; subjectless: 해수부. "
                  "The sentence before it (the first of the lead) says when, and is not annotated separately"),
        m("x-mois-busan-notice", "achieved", MOIS, GOV,
          "행정안전부가 8월 중 하겠다던 이전 계획 고시는 세종시와의 협의가 길어지며 9월 19일에야 이뤄졌다.",
          comment=LATE),
        m("x-mof-busan-staff-850", "progress", MOF, GOV, "이번에 부산으로 옮긴 본부 직원은 790명이다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("x-mof-busan-staff-850", "delayed", MOF, GOV,
          "해수부는 12월까지 850명 모두 옮기겠다고 했지만, 자녀 학기 문제가 걸린 60명은 내년 2월 말까지 옮기기로 했다.",
          target=60.0, unit="명", deadline="2026-02-28", dtext="내년 2월 말까지", prev="2025-12-31",
          comment=LATER + "; the remainder is the target; the old date named ('12월까지')"),
        m("x-mof-busan-allowance-40", "revision", MOF, GOV,
          "이주 직원에게 매달 40만 원씩 주겠다던 정착지원금은 국회 예산 심사에서 깎여 월 30만 원으로 줄었다.",
          target=W300K, unit="원", comment="a lowered amount: revision; 46% is a statistic"),
        m("x-moef-busan-budget", "achieved", MOEF, GOV,
          "기획재정부가 내년 예산안에 반영하겠다던 이전 비용 2,000억 원은 이달 초 국회를 통과한 내년 예산에 그대로 담겼다.",
          target=W200B, unit="원", comment=WHEN + "; 140억 원 임차료 is context"),
        m("x-moj-maritime-court", "delayed", MOJ, GOV,
          "법무부가 연내 국회에 내겠다던 해사전문법원 설치 법안은 인천 등 다른 지역과의 유치 경쟁을 조정하느라 내년 상반기로 미뤄졌다.",
          deadline="2026-06-30", dtext="내년 상반기로", prev="2025-12-31", comment=LATER + "; the old date named"),
        m("x-mof-busan-agencies-5", "new", MOF, GOV,
          "해수부는 해양환경공단 등 산하 공공기관 5곳도 2027년까지 부산으로 옮기겠다고 밝혔다.",
          target=5.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="the umbrella before it ('산하기관 이전에 나선다') is not annotated. Not annotated: 국하솔's quote "
                  "(undated intentions), the 선사's '검토' (a company), 부산시's 210가구 (a local government's count), "
                  "the 노조's demand, 세종시's request, the 30% (a complaint)"),
    ]))

# ---------------------------------------------------------------- 벤처투자 3/3 (data page, ■ heads, no promise)
PAGES.append(dict(
    source="2026-02-24_x_venture-by-numbers.txt",
    title="[숫자로 본 경제] 지난해 벤처투자 12조 8,000억 원…AI·바이오에 절반 몰렸다", published_at="2026-02-24",
    mentions=[]))

# ---------------------------------------------------------------- 자율주행 2/3 (signed opinion column; 국토교통부, 경찰청, 산업통상부)
PAGES.append(dict(
    source="2026-04-14_x_autonomous-column.txt", title="[솔바람 칼럼] 자율주행 약속, 달력만 넘어간다",
    published_at="2026-04-14",
    mentions=[
        m("x-molit-av-l4-2027", "delayed", MOLIT, IND,
          "2027년에 문을 열겠다던 레벨4 유료 여객 운송은 지난달 국토교통부 업무계획에서 2028년으로 밀렸다.",
          deadline="2028-12-31", dtext="2028년으로", prev="2027-12-31",
          comment=LATER + "; the old date named. The columnist's ride (the lead) and '정부의 달력은 …' are not "
                          "annotated"),
        m("x-molit-av-zones-60", "delayed", MOLIT, IND,
          "지난해 안에 60곳으로 늘리겠다던 시범운행지구는 해를 넘겨 52곳에 머물러 있다.",
          target=60.0, unit="곳", prev="2025-12-31", comment="short after the deadline: delayed; the missed date named"),
        m("x-knpa-av-rules", "cancelled", KNPA, IND,
          "경찰청이 지난해 안에 마련하겠다던 무인차 법규 위반 처리 기준은 없던 일이 됐다.",
          prev="2025-12-31", comment="dropped: cancelled; the named date kept (o-w); the umbrella before it is not annotated"),
        m("x-molit-av-liability", "achieved", MOLIT, IND,
          "사고 책임을 나누는 자동차손해배상보장법 개정안은 약속대로 지난해 11월 국회에 제출됐다.",
          comment=WHEN + "; the promise was the submission; the bill stuck in committee (the next sentence) is context"),
        m("x-molit-av-hdmap", "progress", MOLIT, IND,
          "정밀도로지도는 올해까지 일반국도 1만 4,000km를 깔겠다는 목표에 지금 8,600km다.",
          target=14000.0, unit="km", deadline="2026-12-31", dtext="올해까지", comment="short before the deadline: progress"),
        m("x-motie-av-rnd", "progress", MOTI, IND,
          "산업통상부가 2027년까지 4,000억 원을 넣겠다던 자율주행 핵심부품 R&D는 올해 예산이 620억 원에 그쳤다.",
          target=W400B, unit="원", deadline="2027-12-31", dtext="2027년까지",
          comment="a year's allotment before the deadline: progress; 산업통상부, the name on the page's date; the "
                  "columnist's '이대로라면 …' is an opinion"),
        m("x-molit-av-robotaxi-3", "new", MOLIT, IND,
          "국토부는 이번에는 올해 하반기 안에 서울·대구·광주 3개 도시에서 심야 자율주행 택시를 유료로 운행하겠다고 한다.",
          target=3.0, unit="개", deadline="2026-12-31", dtext="올해 하반기 안에",
          comment="'3개 도시' keeps the counter 개 (w's '5개 시도'). Not annotated: the foreign statistics, the "
                  "startups moving abroad, the column's demands ('정부는 … 밝혀야 한다', '국회도 …')"),
    ]))

# ---------------------------------------------------------------- 송전망 2/3 (regional paper, `당진=` byline, one deck line; 기후에너지환경부)
P11_H = "당진 송전탑 갈등 여전한데…서해안 HVDC는 2029년으로 앞당긴다"
P11_D = "주변지역 지원 1km 확대 법안은 해 넘겨 '감감'…출력제어 보상제는 철회"
PAGES.append(dict(
    source="2026-07-07_x_grid-dangjin-regional.txt", title=P11_H, published_at="2026-07-07",
    mentions=[
        m("x-motie-grid-hvdc", "revision", MCEE, CLI, P11_H, deadline="2029-12-31", dtext="2029년으로",
          comment="the deadline moved EARLIER: revision; the headline names no body: 기후에너지환경부; the first "
                  "clause (the 당진 conflict) is context"),
        m("x-motie-grid-support-1km", "delayed", MCEE, CLI, P11_D, target=1.0, unit="km",
          comment="a reported slip past the year with no date named: delayed; one deck line, two commitments"),
        m("x-motie-grid-curtail-comp", "cancelled", MCEE, CLI, P11_D, comment="'철회': cancelled"),
        m("x-motie-grid-hvdc", "revision", MCEE, CLI,
          "기후에너지환경부는 지난 3일 '에너지 고속도로 추진 점검회의'를 열고 서해안 HVDC 1단계 준공 목표를 2030년에서 2029년으로 1년 앞당긴다고 밝혔다.",
          deadline="2029-12-31", dtext="2029년으로", prev="2030-12-31",
          comment="moved earlier, the old date named: revision with previous_deadline; 기후에너지환경부 (the grid "
                  "moved from 산업통상자원부 on 2025-10-01, as the page says; not the listed successor 산업통상부). "
                  "The means ('… 줄이겠다는 것이다') and the rename line are not annotated; the 당진 scene (526기) is "
                  "context"),
        m("x-motie-grid-decree", "achieved", MCEE, CLI, "전력망특별법 시행령은 예정대로 지난해 9월 공포됐다.",
          comment=WHEN + "; the umbrella before it is not annotated"),
        m("x-motie-grid-committee", "achieved", MCEE, CLI,
          "지난해 10월 출범시키겠다던 국가기간전력망확충위원회는 위원 구성이 늦어져 두 달 늦은 12월에야 첫 회의를 열었다.",
          comment=LATE),
        m("x-motie-grid-support-1km", "delayed", MCEE, CLI,
          "송전선로 주변 지원 범위를 700m에서 1km로 넓히겠다던 법 개정안은 지난해 안에 국회에 내겠다던 약속과 달리 아직 제출되지 않았다.",
          target=1.0, unit="km", prev="2025-12-31",
          comment="not done after its deadline: delayed; the missed date named ('지난해 안에'); the 협의 sentence "
                  "after it is context"),
        m("x-motie-grid-ess-2gw", "progress", MCEE, CLI,
          "호남권 에너지저장장치(ESS)는 2026년까지 2GW를 확보하겠다는 목표 가운데 지금까지 1.1GW가 들어섰다.",
          target=2.0, unit="GW", deadline="2026-12-31", dtext="2026년까지",
          comment="short before the deadline: progress; the 130회 출력제어 is a statistic"),
        m("x-motie-grid-curtail-comp", "cancelled", MCEE, CLI,
          "발전사업자의 출력제어 손실을 보상하는 제도는 전기요금 인상 부담을 이유로 올해 도입 계획을 접었다.",
          prev="2026-12-31", comment="dropped: cancelled; '올해' names the date it was promised for ('내년부터' on "
                                     "2025-09-02)"),
        m("x-mcee-grid-sharing-3", "new", MCEE, CLI,
          "피은결 기후에너지환경부 전력망혁신과장은 \"주민이 송전망 사업의 이익을 나눠 갖는 이익공유 모델을 내년 세 곳에서 시범 운영하겠다\"고 말했다.",
          person="피은결", target=3.0, unit="곳", deadline="2027-12-31", dtext="내년",
          comment="'세 곳' → 3.0 곳; a new commitment of the renamed body. Not annotated: the 배당 description, "
                  "당진시's 지중화 demand (a local government), 한국전력's 2027년 송전선로 (a public company's plan), "
                  "어기석's demand (an opposition lawmaker), the 대책위's rally"),
    ]))

# ---------------------------------------------------------------- year-end roundup (all five subjects; two deck lines)
P12_H = "[2026 약속 결산] 해수부 직원 이전은 마무리…송전망 지원법·해사법원은 '해 넘겨'"
P12_D1 = "재정경제부 \"일괄공제 8억 원으로\"…자녀공제 5억 원은 1월부터 시행"
P12_D2 = "퇴직연금 벤처투자 접었다…레벨4 자율주행은 2028년으로"
PAGES.append(dict(
    source="2026-11-24_x_promise-yearend-roundup.txt", title=P12_H, published_at="2026-11-24",
    mentions=[
        m("x-mof-busan-staff-850", "achieved", MOF, GOV, P12_H,
          comment="'직원 이전은 마무리': the staff move finished in February (x-mof-busan-move itself was achieved "
                  "in December 2025; uncertain call); one headline, three commitments (three bodies, two categories)"),
        m("x-motie-grid-support-1km", "delayed", MCEE, CLI, P12_H, comment="'해 넘겨': delayed, no date named"),
        m("x-moj-maritime-court", "delayed", MOJ, GOV, P12_H),
        m("x-mofe-inherit-lump-8", "new", MOFE, FIS, P12_D1, target=W800M, unit="원",
          comment="a deck quoting a body: person ''; no date in the clause; one deck line, two commitments"),
        m("x-moef-inherit-child-5", "achieved", MOFE, FIS, P12_D1, target=W500M, unit="원", comment=WHEN),
        m("x-fsc-vc-pension", "cancelled", FSC, SU, P12_D2,
          comment="the line names no body: 금융위원회's promise; one deck line, two commitments (two categories)"),
        m("x-molit-av-l4-2027", "delayed", MOLIT, IND, P12_D2, deadline="2028-12-31", dtext="2028년으로",
          comment="restates the moved date: stays delayed (s-w)"),
        # 상속세
        m("x-moef-inherit-child-5", "achieved", MOFE, FIS,
          "올해 1월로 앞당겨진 자녀공제 5억 원 상향은 예정대로 1월부터 적용됐다.",
          target=W500M, unit="원", deadline="2026-01-31", dtext="올해 1월로",
          comment="reached on the moved date: achieved with that date (t-w); the sentence names no body: 재정경제부 "
                  "(세제; the rename line after it is not annotated); the intro and the ■ heads are not annotated"),
        m("x-moef-inherit-family-biz", "achieved", MOFE, FIS,
          "재정경제부가 상반기 안에 내놓겠다던 가업상속공제 개편안은 8월에야 발표됐다.",
          comment=LATE + "; made by 기획재정부 (2025-08-05)"),
        m("x-moef-inherit-filing-9m", "delayed", MOFE, FIS,
          "상속세 신고 기한을 9개월로 늘리는 개정은 국회 심사에서 1년 미뤄져 내년 1월부터 적용된다.",
          target=9.0, unit="개월", deadline="2027-01-31", dtext="내년 1월부터",
          comment=LATER + "; the old date is not named ('1년 미뤄져'), so no previous_deadline; the sentence names no "
                          "body: 재정경제부"),
        m("x-nts-inherit-appraisal-500", "delayed", NTS, FIS,
          "국세청이 지난해 500건으로 늘리겠다던 꼬마빌딩 감정평가는 430건에 그쳤다.",
          target=500.0, unit="건", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해' names the missed deadline (u-w)"),
        m("x-mofe-inherit-lump-8", "new", MOFE, FIS,
          "재정경제부는 상속세 일괄공제를 5억 원에서 8억 원으로 올리는 방안을 내년 7월 세법개정안에 담겠다고 밝혔다.",
          target=W800M, unit="원", deadline="2027-07-31", dtext="내년 7월",
          comment="the figure an opposition lawmaker demanded on 2025-03-12, now the ministry's own promise: new"),
        # 벤처투자
        m("x-mss-vc-fof-1t", "achieved", MSS, SU,
          "중소벤처기업부는 지난해 약속한 모태펀드 1조 원 출자를 12월 중순 모두 마쳤다.",
          target=W1T, unit="원", comment=WHEN + " ('12월 중순', within '지난해')"),
        m("x-mss-vc-regional-10", "delayed", MSS, SU,
          "올해 상반기로 미뤘던 남은 지역 벤처펀드 4곳 가운데 결성된 곳은 3곳뿐이다.",
          target=4.0, unit="곳", prev="2026-06-30",
          comment="short after the moved deadline: delayed; the moved date named ('올해 상반기로'); the remainder is "
                  "the target"),
        m("x-fsc-vc-pension", "cancelled", FSC, SU,
          "금융위원회는 퇴직연금의 벤처투자를 허용하겠다던 계획을 가입자 보호 논란 끝에 접었다.",
          comment="dropped: cancelled; no date named"),
        m("x-mss-vc-secondary", "revision", MSS, SU,
          "세컨더리 펀드는 올해까지 5,000억 원을 만들겠다던 목표를 7,000억 원으로 늘려 잡았다.",
          target=W700B, unit="원", deadline="2026-12-31", dtext="올해까지",
          comment="a raised target, the date unchanged and restated: revision; the sentence names no body: 중기부"),
        m("x-mss-vc-annual-15t", "progress", MSS, SU,
          "연간 벤처투자는 3분기까지 10조 4,000억 원으로, 2027년 목표인 15조 원을 향해 가고 있다.",
          target=W15T, unit="원", deadline="2027-12-31", dtext="2027년",
          comment="short before the deadline: progress; '3분기까지' dates the measurement"),
        # 자율주행
        m("x-molit-av-l4-2027", "delayed", MOLIT, IND,
          "국토교통부는 레벨4 유료 여객 운송을 2028년에 시작한다는 일정을 다시 확인했다.",
          deadline="2028-12-31", dtext="2028년에", comment="restates the moved date: stays delayed (s-w)"),
        m("x-molit-av-zones-60", "achieved", MOLIT, IND,
          "지난해 안에 60곳으로 늘리겠다던 시범운행지구는 올해 9월에야 60곳을 채웠다.",
          target=60.0, unit="곳", comment=LATE),
        m("x-molit-av-robotaxi-3", "progress", MOLIT, IND,
          "서울·대구·광주 3개 도시에서 하겠다던 심야 자율주행 택시 유료 운행은 지금 서울과 대구 두 곳에서만 이뤄지고 있다.",
          target=3.0, unit="개", comment="short before the deadline (2026-12-31): progress; the clause names the target"),
        m("x-molit-av-hdmap", "progress", MOLIT, IND, "일반국도 정밀도로지도는 1만 1,000km까지 깔렸다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("x-motie-av-rnd", "revision", MOTI, IND,
          "산업통상부가 2027년까지 4,000억 원을 넣겠다던 자율주행 핵심부품 R&D는 예비타당성조사를 거치며 사업 규모가 2,600억 원으로 깎였다.",
          target=W260B, unit="원", deadline="2027-12-31", dtext="2027년까지",
          comment="a lowered amount: revision; the unchanged date is restated and carried"),
        # 해수부 부산 이전
        m("x-mof-busan-staff-850", "achieved", MOF, GOV,
          "올해 2월 말로 미뤘던 남은 직원 60명의 부산 이전은 예정대로 2월 말 끝났다.",
          target=60.0, unit="명", deadline="2026-02-28", dtext="올해 2월 말로",
          comment="reached on the moved date: achieved with that date (t-w); the remainder is the target; the "
                  "sentence names no body: 해수부"),
        m("x-moj-maritime-court", "delayed", MOJ, GOV,
          "법무부가 올해 상반기 안에 내겠다던 해사전문법원 설치 법안은 아직 국회에 제출되지 않았다.",
          prev="2026-06-30", comment="not done after the moved deadline: delayed; the missed date named"),
        m("x-mof-busan-newhq", "delayed", MOF, GOV,
          "북항 신청사 준공은 설계 공모가 두 차례 유찰되면서 2029년에서 2031년으로 미뤄졌다.",
          deadline="2031-12-31", dtext="2031년으로", prev="2029-12-31",
          comment=LATER + "; the old date named; the sentence names no body: 해수부"),
        # 송전망
        m("x-motie-grid-support-1km", "delayed", MCEE, CLI,
          "송전선로 주변 지원 범위를 1km로 넓히는 법 개정안은 두 해째 국회에 가지 못했고, 기후에너지환경부는 내년 상반기 제출을 약속했다.",
          target=1.0, unit="km", deadline="2027-06-30", dtext="내년 상반기", comment=LATER),
        m("x-motie-grid-ess-2gw", "progress", MCEE, CLI,
          "호남권 ESS는 10월 현재 1.6GW로, 연말까지 2GW 목표를 채우기 빠듯하다.",
          target=2.0, unit="GW", deadline="2026-12-31", dtext="연말까지",
          comment="short before the deadline: progress (the reporter's doubt is not a delay)"),
        m("x-mcee-grid-hvdc2", "new", MCEE, CLI,
          "기후에너지환경부는 동해안과 수도권을 잇는 HVDC 2단계를 2028년 착공하겠다는 계획도 새로 내놨다.",
          deadline="2028-12-31", dtext="2028년",
          comment="a new commitment. Not annotated: the outlet's own plan ('다짐노트는 내년에도 …'), the related-"
                  "article list"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-24)
LAST = "2026-11-24"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 상속세
    ("x-moef-inherit-bill", MOFE, FIS, "유산취득세 전환 상속세 및 증여세법 개정안 2025년 5월 국회 제출", "achieved",
     "submitted in May 2025 (on time); made by 기획재정부, under 재정경제부 (세제) since 2026-01-02"),
    ("x-moef-inherit-2028", MOFE, FIS, "상속세 유산취득세 방식 전환 2028년 시행", "cancelled",
     "left out of the July 2025 세법개정안 and dropped (Aug 2025 report)"),
    ("x-moef-inherit-child-5", MOFE, FIS, "자녀공제 1인당 5,000만 원 → 5억 원 (2028년 → 2026년 1월로 앞당김)", "achieved",
     "moved earlier (Aug 2025); applied from January 2026, on the moved date"),
    ("x-nts-inherit-appraisal-500", NTS, FIS, "고가 비주거용 부동산(꼬마빌딩) 감정평가 310건 → 500건 2025년", "delayed",
     "430건 (2025)"),
    ("x-moef-inherit-family-biz", MOFE, FIS, "가업상속공제 개편안 2026년 상반기 안에", "achieved",
     "published August 2026 (late); promised by 기획재정부 (2025-08-05)"),
    ("x-moef-inherit-filing-9m", MOFE, FIS, "상속세 신고 기한 6개월 → 9개월 (2026년 1월 → 2027년 1월)", "delayed",
     "put back a year in the 국회 심사 (Nov 2026 report), the new date still ahead (convention 1)"),
    ("x-mofe-inherit-lump-8", MOFE, FIS, "상속세 일괄공제 5억 원 → 8억 원 2027년 7월 세법개정안", "announced", ""),
    # 벤처투자
    ("x-mss-vc-fof-1t", MSS, SU, "모태펀드 2025년 출자 1조 원 (6,100억 원 → 1조 원)", "achieved",
     "9,200억 원 by mid-November 2025; all by mid-December 2025 (on time)"),
    ("x-mss-vc-regional-10", MSS, SU, "지역 벤처펀드 10곳 2025년 내 (남은 4곳 → 2026년 상반기)", "delayed",
     "6곳 (Nov 2025); of the remaining 4, 3 by Nov 2026, after the moved date"),
    ("x-fsc-vc-pension", FSC, SU, "퇴직연금 적립금 벤처펀드 투자 허용 감독규정 개정 2025년 하반기 중", "cancelled",
     "moved to H1 2026 (Nov 2025), then dropped (Nov 2026 report)"),
    ("x-moef-vc-taxcredit", MOFE, SU, "개인 벤처투자 소득공제 한도 3,000만 원 → 5,000만 원 2025년 7월 세법개정안", "achieved",
     "in the July 2025 세법개정안 (on time); made by 기획재정부, under 재정경제부 (세제) since 2026-01-02"),
    ("x-mss-vc-secondary", MSS, SU, "세컨더리 펀드 2026년까지 5,000억 원 → 7,000억 원", "revised",
     "2,000억 원 (Nov 2025); target raised to 7,000억 원 (Nov 2026), the date unchanged"),
    ("x-mss-vc-deeptech", MSS, SU, "딥테크 전용 펀드 3,000억 원 2025년 상반기 중 결성", "delayed",
     "no later report; deadline 2025-06-30 passed (date rule)"),
    ("x-mss-vc-annual-15t", MSS, SU, "연간 벤처투자 2027년까지 15조 원", "in_progress", "10조 4,000억 원 by Q3 2026"),
    # 자율주행
    ("x-molit-av-l4-2027", MOLIT, IND, "레벨4 자율주행 유료 여객 운송 상용화 (2027년 → 2028년)", "delayed",
     "moved to 2028 (Mar 2026 업무계획), the new date still ahead (convention 1)"),
    ("x-molit-av-zones-60", MOLIT, IND, "자율주행 시범운행지구 40곳 → 60곳 2025년 내", "achieved",
     "52곳 at the end of 2025; 60곳 in September 2026 (late)"),
    ("x-molit-av-liability", MOLIT, IND, "자율주행 사고 책임 자동차손해배상보장법 개정안 2025년 하반기 국회 제출", "achieved",
     "submitted November 2025 (on time)"),
    ("x-motie-av-rnd", MOTI, IND, "자율주행 핵심부품 국산화 R&D 2027년까지 4,000억 원 → 2,600억 원", "revised",
     "cut in the 예비타당성조사 (Nov 2026 report); made by 산업통상자원부, under 산업통상부 since 2025-10-01"),
    ("x-knpa-av-rules", KNPA, IND, "무인 자율주행차 법규 위반 처리 기준 2025년 내", "cancelled",
     "dropped, left to 국토부's bill (Apr 2026 report)"),
    ("x-molit-av-hdmap", MOLIT, IND, "정밀도로지도 일반국도 1만 4,000km 2026년까지", "in_progress",
     "8,600km (Apr 2026), 1만 1,000km (Nov 2026)"),
    ("x-molit-av-robotaxi-3", MOLIT, IND, "심야 자율주행 택시 유료 운행 3개 도시 2026년 하반기 안에", "in_progress",
     "2 of 3 cities (Nov 2026)"),
    # 해수부 부산 이전
    ("x-mof-busan-move", MOF, GOV, "해양수산부 본부 부산 이전 2025년 12월까지", "achieved",
     "work began in the 부산 임시청사 on 2025-12-23 (on time)"),
    ("x-mois-busan-notice", MOIS, GOV, "해수부 이전 계획 고시 2025년 8월 중", "achieved", "19 September 2025 (late)"),
    ("x-mof-busan-staff-850", MOF, GOV, "본부 직원 850명 부산 이전 2025년 12월까지 (남은 60명 → 2026년 2월 말)", "achieved",
     "790명 by December 2025; the remaining 60 by the end of February 2026, on the moved date"),
    ("x-mof-busan-allowance-40", MOF, GOV, "이주 직원 정착지원금 월 40만 원 → 30만 원 (2년간)", "revised",
     "cut to 30만 원 in the 국회 예산 심사 (Dec 2025 report)"),
    ("x-mof-busan-newhq", MOF, GOV, "북항 해수부 신청사 준공 (2029년 → 2031년)", "delayed",
     "moved to 2031 (Nov 2026 report), the new date still ahead (convention 1)"),
    ("x-moj-maritime-court", MOJ, GOV, "부산 해사전문법원 설치 법원조직법 개정안 국회 제출 (2025년 내 → 2026년 상반기)",
     "delayed", "moved to H1 2026 (Dec 2025); not submitted by November 2026"),
    ("x-moef-busan-budget", MOPB, GOV, "해수부 이전 비용 2,000억 원 2026년 예산안 반영", "achieved",
     "in the 2026 budget passed in December 2025; made by 기획재정부, whose budget work went to 기획예산처 on "
     "2026-01-02 (not to 재정경제부, the primary successor)"),
    ("x-mof-busan-agencies-5", MOF, GOV, "해수부 산하 공공기관 5곳 부산 이전 2027년까지", "announced", ""),
    # 송전망·에너지 고속도로
    ("x-motie-grid-hvdc", MCEE, CLI, "서해안 HVDC 1단계 준공 (2030년 → 2029년으로 앞당김)", "revised",
     "moved earlier (July 2026); made by 산업통상자원부, whose grid work went to 기후에너지환경부 on 2025-10-01 (not "
     "to 산업통상부, the listed successor)"),
    ("x-motie-grid-decree", MCEE, CLI, "전력망특별법 시행령 공포 2025년 9월 중", "achieved", "September 2025 (on time)"),
    ("x-motie-grid-committee", MCEE, CLI, "국가기간전력망확충위원회 출범 2025년 10월", "achieved",
     "first meeting December 2025 (late)"),
    ("x-motie-grid-support-1km", MCEE, CLI, "송전선로 주변지역 지원 범위 700m → 1km 법 개정안 (2025년 내 → 2027년 상반기)",
     "delayed", "not submitted in 2025 or 2026; promised for H1 2027 (Nov 2026), the new date still ahead"),
    ("x-motie-grid-ess-2gw", MCEE, CLI, "호남권 ESS 2GW 2026년까지", "in_progress", "1.1GW (Jul 2026), 1.6GW (Oct 2026)"),
    ("x-motie-grid-curtail-comp", MCEE, CLI, "재생에너지 출력제어 손실 보상제 2026년 도입", "cancelled",
     "dropped over the 전기요금 burden (July 2026 report)"),
    ("x-mcee-grid-sharing-3", MCEE, CLI, "송전망 주민 이익공유 모델 시범 3곳 2027년", "announced", ""),
    ("x-mcee-grid-hvdc2", MCEE, CLI, "동해안~수도권 HVDC 2단계 착공 2028년", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "x", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (기획재정부's 상속세 and 소득공제 promises",
           "are listed under 재정경제부, its primary successor from 2026-01-02, but its 이전 비용 예산 promise under",
           "기획예산처, which took the budget; 산업통상자원부's 자율주행 R&D promise under 산업통상부, its successor from",
           "2025-10-01, but its 전력망 promises under 기후에너지환경부, which took the energy work; every other body",
           "kept its name through 2026-11-24)."],
          with_commitments="--commitments" in sys.argv[1:])
