"""Writes the hand annotations of held-out set r to gold/*.toml.

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

MOEF = "기획재정부"            # until 2026-01-01
MPB = "기획예산처"             # from 2026-01-02 (took the budget office of 기획재정부, with 국고보조금 management)
MOIS = "행정안전부"
ACRC = "국민권익위원회"
MOTIE = "산업통상자원부"       # until 2025-09-30
MOTI = "산업통상부"            # from 2025-10-01 (successor of 산업통상자원부 for industry)
MCEE = "기후에너지환경부"      # from 2025-10-01 (took the energy / renewables work of 산업통상자원부)
MOEL = "고용노동부"
MOJ = "법무부"
MAFRA = "농림축산식품부"
MOGEF = "여성가족부"           # until 2025-09-30
MGE = "성평등가족부"           # from 2025-10-01 (successor of 여성가족부)
KMCC = "방송미디어통신위원회"  # from 2025-10-01
KNPA = "경찰청"
MSS = "중소벤처기업부"

IND = "industry"    # 조선업 인력·금융 지원 (incl. 노동부's 하청 공제 and 법무부's 용접공 비자)
FIS = "fiscal"      # 국고보조금 부정수급 근절 (기재부 → 기획예산처, 행안부, 권익위)
CLI = "climate"     # 햇빛소득마을·영농형 태양광 (산업부 → 기후에너지환경부, 농식품부)
O = "other"         # 딥페이크 디지털성범죄 피해 지원 (여가부 → 성평등가족부, 방미통위, 경찰청)
SU = "startup"      # 중소기업 기업승계 (중기부)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (convention of j-q), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q)"

W1T = 1000000000000.0    # 1조 원
W300B = 300000000000.0   # 3,000억 원
W200B = 200000000000.0   # 2,000억 원
W500B = 500000000000.0   # 5,000억 원
W200K = 200000.0         # 20만 원

PAGES: list[dict] = []

# ---------------------------------------------------------------- 보조금 1/3 (wire, `(세종=새빛통신)` dateline; 기획재정부 + 행안부 + 권익위)
P1_H = "보조금 부정수급 '위험 사업' 600개 상반기 집중 점검…AI 탐지 하반기 도입"
PAGES.append(dict(
    source="2025-02-12_r_subsidy-fraud-wire.txt", title=P1_H, published_at="2025-02-12",
    mentions=[
        m("r-moef-subsidy-audit-600", "new", MOEF, FIS, P1_H, target=600.0, unit="개", deadline="2025-06-30",
          dtext="상반기", comment="the headline names no body: 기획재정부's plan; one headline, two commitments"),
        m("r-moef-subsidy-ai", "new", MOEF, FIS, P1_H, deadline="2025-12-31", dtext="하반기"),
        m("r-moef-subsidy-audit-600", "new", MOEF, FIS,
          "기획재정부가 상반기 중 부정수급 위험이 큰 국고보조사업 600개를 골라 집중 점검한다.",
          target=600.0, unit="개", deadline="2025-06-30", dtext="상반기 중",
          comment="the wire dateline is not part of the sentence; 1만1400여건 / 1800억원 / 48% / 100조원 / 314억원 (2023) "
                  "are statistics and a past deed"),
        m("r-moef-subsidy-ai", "new", MOEF, FIS,
          "기재부는 재정 누수를 막기 위해 하반기 보조금 통합관리망인 'e나라도움'에 인공지능(AI) 부정수급 탐지 시스템을 도입한다.",
          deadline="2025-12-31", dtext="하반기",
          comment="'최근 3년 … 두 차례 이상' (the audit's scope) and the AI's method (next sentence) are descriptions"),
        m("r-moef-subsidy-recover-80", "new", MOEF, FIS, "적발한 부정수급액의 환수율은 2027년까지 80%로 끌어올린다.",
          target=80.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="subjectless: 기재부; the 48% baseline is in an earlier paragraph"),
        m("r-moef-subsidy-law-10y", "new", MOEF, FIS,
          "부정수급 사업자가 보조사업에 참여하지 못하는 기간을 최대 5년에서 10년으로 늘리는 보조금법 개정안은 상반기 중 국회에 내기로 했다.",
          target=10.0, unit="년", deadline="2025-06-30", dtext="상반기 중",
          comment="the promise is the bill's submission; 10년 is the rule value the bill sets (p's '최소 지분 10%'), 5년 the "
                  "baseline"),
        m("r-moef-subsidy-disclose", "new", MOEF, FIS,
          "9월부터는 제재를 받은 사업자의 이름과 위반 내용을 e나라도움 누리집에 공개한다.",
          deadline="2025-09-30", dtext="9월부터"),
        m("r-mois-subsidy-link", "new", MOIS, FIS,
          "행안부는 지방자치단체 보조금을 관리하는 '보탬e'와 e나라도움을 연내 연계해 같은 사업으로 국비와 지방비를 겹쳐 받는 일을 막기로 했다.",
          deadline="2025-12-31", dtext="연내",
          comment="a measure of the same plan on the same subject: fiscal (no cue in the sentence)"),
        m("r-acrc-subsidy-reward-30d", "new", ACRC, FIS,
          "권익위는 7월부터 부정수급 신고 보상금 지급에 걸리는 기간을 평균 100일에서 30일 이내로 줄인다.",
          target=30.0, unit="일", deadline="2025-07-31", dtext="7월부터", comment="100일 is the baseline"),
        m("r-moef-subsidy-audit-600", "new", MOEF, FIS,
          "염태준 기재부 재정관리국장은 \"보조금은 먼저 받는 사람이 임자라는 인식부터 바꿔야 한다\"며 \"상반기 600개 사업 점검부터 빈틈없이 하겠다\"고 말했다.",
          person="염태준", target=600.0, unit="개", deadline="2025-06-30", dtext="상반기",
          comment="not annotated: 나라곳간연구회's 2027 forecast, the opposition lawmaker's bill ('이달 중'), 서울시's "
                  "'상반기 중' check (a local government)"),
    ]))

# ---------------------------------------------------------------- 조선 1/3 (press-release rewrite with ▲ points; 산업부 + 노동부 + 법무부)
P2_H = "조선 생산인력 올해 1만 명 양성…중형 조선사 선수금 보증 1조 원"
P2_D = "외국인 용접공 비자 심사 20일로…암모니아 추진 실증선 하반기 착공"
PAGES.append(dict(
    source="2025-03-26_r_shipbuilding-workforce-plan.txt", title=P2_H, published_at="2025-03-26",
    mentions=[
        m("r-motie-ship-workers-10k", "new", MOTIE, IND, P2_H, target=10000.0, unit="명", deadline="2025-12-31",
          dtext="올해", comment="the headline names no body: 산업통상자원부 (▲1); one headline, two commitments"),
        m("r-motie-ship-rg-1t", "new", MOTIE, IND, P2_H, target=W1T, unit="원", comment="no date in the clause"),
        m("r-moj-ship-visa-20d", "new", MOJ, IND, P2_D, target=20.0, unit="일",
          comment="the deck names no body: 법무부 (▲7); no date in the clause"),
        m("r-motie-ship-ammonia", "new", MOTIE, IND, P2_D, deadline="2025-12-31", dtext="하반기",
          comment="'착공' here = '건조 착수' of ▲4"),
        m("r-motie-ship-workers-10k", "new", MOTIE, IND,
          "산업통상자원부가 조선소 일손 부족을 덜기 위해 올해 생산인력 1만 명을 길러 낸다.",
          target=10000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="11만 6,000명 / 57% / 1만 3,000명 / 8곳 중 5곳 (next paragraphs) are statistics"),
        m("r-motie-ship-workers-10k", "new", MOTIE, IND, "▲조선 생산인력 1만 명 양성(올해, 산업부)",
          target=10000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="each ▲ point stands on its own line: one sentence each, the ▲ included; the bracket gives timing and body"),
        m("r-motie-ship-rg-1t", "new", MOTIE, IND, "▲중형 조선사 선수금환급보증(RG) 특례보증 1조 원 공급(연내, 산업부)",
          target=W1T, unit="원", deadline="2025-12-31", dtext="연내"),
        m("r-motie-ship-smartyard-20", "new", MOTIE, IND, "▲중소 조선소 '스마트 야드' 전환 20곳 지원(2027년까지, 산업부)",
          target=20.0, unit="곳", deadline="2027-12-31", dtext="2027년까지"),
        m("r-motie-ship-ammonia", "new", MOTIE, IND, "▲암모니아 추진 실증선 건조 착수(하반기, 산업부)",
          deadline="2025-12-31", dtext="하반기"),
        m("r-motie-ship-mro-center", "new", MOTIE, IND, "▲함정 유지·보수·정비(MRO) 지원센터 개소(상반기 중, 산업부)",
          deadline="2025-06-30", dtext="상반기 중"),
        m("r-moel-ship-mutual-aid", "new", MOEL, IND, "▲하청 노동자 '상생 공제' 적립금 지원 월 10만 원→20만 원(7월부터, 노동부)",
          target=W200K, unit="원", deadline="2025-07-31", dtext="7월부터", comment="10만 원 is the baseline"),
        m("r-moj-ship-visa-20d", "new", MOJ, IND, "▲외국인 용접공 E-7 비자 심사 기간 60일→20일(5월부터, 법무부)",
          target=20.0, unit="일", deadline="2025-05-31", dtext="5월부터", comment="60일 is the baseline"),
        m("r-motie-ship-ammonia", "new", MOTIE, IND, "하반기에는 온실가스를 거의 내뿜지 않는 암모니아 추진 실증선 건조에 들어간다.",
          deadline="2025-12-31", dtext="하반기",
          comment="subjectless: 산업부; carries the climate cue '온실가스' but is an industry promise (trap); the RG "
                  "paragraph before it describes the instrument and an undated means ('… 부담을 덜어 줄 계획이다'); "
                  "'3,000t급' is a specification and '곳당 최대 30억 원' a cap, not targets"),
        m("r-moel-ship-mutual-aid", "new", MOEL, IND,
          "고용노동부는 7월부터 조선업 하청 노동자의 '상생 공제' 적립금 지원액을 월 10만 원에서 20만 원으로 올린다.",
          target=W200K, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment="a workforce measure of the same shipbuilding package: industry (q's reasoning for 고용노동부)"),
        m("r-moj-ship-visa-20d", "new", MOJ, IND,
          "법무부는 5월부터 조선소 외국인 용접공의 특정활동(E-7) 비자 심사 기간을 60일에서 20일로 줄이기로 했다.",
          target=20.0, unit="일", deadline="2025-05-31", dtext="5월부터",
          comment="part of the package for the same industry: industry (p's 반도체 인재 비자)"),
        m("r-motie-ship-workers-10k", "new", MOTIE, IND,
          "안덕근 산업부 장관은 \"배를 지을 사람이 없어 일감을 돌려보내는 일은 없어야 한다\"며 \"올해 1만 명 양성 목표를 반드시 채우겠다\"고 말했다.",
          person="안덕근", target=10000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="the minister in office on the page date; not annotated: the shipbuilder's '하반기까지' plan (a company), "
                  "조선하청노동자연대, the 2023 상생협약 (a past deed), the 2027 shortfall hypothetical"),
    ]))

# ---------------------------------------------------------------- 딥페이크 1/3 (Q&A interview, one deck line; 여성가족부)
P3_H = "[인터뷰] 감서영 여성가족부 권익증진국장 \"딥페이크 AI 자동 삭제 하반기 가동…상담소 연내 17곳\""
P3_D = "삭제 지원 7월부터 이틀 안으로…청소년 예방 교육 올해 100만 명"
PAGES.append(dict(
    source="2025-04-23_r_deepfake-interview.txt", title=P3_H, published_at="2025-04-23",
    mentions=[
        m("r-mogef-df-autodelete", "new", MOGEF, O, P3_H, person="감서영", deadline="2025-12-31", dtext="하반기",
          comment="the interview headline: person = the interviewee; one headline, two commitments"),
        m("r-mogef-df-center-17", "new", MOGEF, O, P3_H, person="감서영", target=17.0, unit="곳",
          deadline="2025-12-31", dtext="연내"),
        m("r-mogef-df-delete-2d", "new", MOGEF, O, P3_D, target=2.0, unit="일", deadline="2025-07-31", dtext="7월부터",
          comment="deck: person ''; '이틀' → 2 일 (a duration is a target)"),
        m("r-mogef-df-edu-1m", "new", MOGEF, O, P3_D, target=1000000.0, unit="명", deadline="2025-12-31", dtext="올해"),
        m("r-mogef-df-autodelete", "new", MOGEF, O,
          "하반기에는 AI가 피해 영상을 자동으로 찾아내 삭제를 요청하는 시스템을 가동하겠다.",
          person="감서영", deadline="2025-12-31", dtext="하반기",
          comment="Q&A answers: person = the interviewee; 1,380건 / 세 배 / 여섯 명 / 30만 건 are statistics"),
        m("r-mogef-df-delete-2d", "new", MOGEF, O, "7월부터는 이를 이틀 안으로 줄이겠다.",
          person="감서영", target=2.0, unit="일", deadline="2025-07-31", dtext="7월부터",
          comment="6일 is the baseline; '상담 인력도 40명 늘렸다' is a past deed"),
        m("r-mogef-df-center-17", "new", MOGEF, O, "연내 17곳으로 늘려 모든 시도에 두겠다.",
          person="감서영", target=17.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="9곳 is the baseline"),
        m("r-mogef-df-legal-aid", "new", MOGEF, O,
          "하반기부터는 가해자를 상대로 한 민사 손해배상 소송까지 무료로 지원하겠다.",
          person="감서영", deadline="2025-12-31", dtext="하반기부터"),
        m("r-mogef-df-edu-1m", "new", MOGEF, O,
          "교육부와 함께 학교를 찾아가 올해 초·중·고 학생 100만 명에게 딥페이크 예방 교육을 하겠다.",
          person="감서영", target=1000000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="the interviewee's own promise, done with 교육부: 여성가족부; not annotated: '… 논의하고 있다' "
                  "(consideration), the question's '상반기 안에' bill (lawmakers), the October 2024 law (a past deed), "
                  "'곁을 지키겠다' (undated)"),
    ]))

# ---------------------------------------------------------------- 기업승계 1/3 (economic daily, one deck line; 중기부)
P4_H = "중기부, 기업승계 M&A 플랫폼 10월 연다…전용 펀드 내년까지 3,000억 원"
P4_D = "승계 컨설팅 올해 2,000곳…권역별 지원센터 연내 6곳"
PAGES.append(dict(
    source="2025-07-16_r_succession-plan.txt", title=P4_H, published_at="2025-07-16",
    mentions=[
        m("r-mss-succ-platform", "new", MSS, SU, P4_H, deadline="2025-10-31", dtext="10월",
          comment="one headline, two commitments; 'N월' → that month's last day"),
        m("r-mss-succ-fund-3000", "new", MSS, SU, P4_H, target=W300B, unit="원", deadline="2026-12-31", dtext="내년까지"),
        m("r-mss-succ-consult-2000", "new", MSS, SU, P4_D, target=2000.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment="the deck names no body: 중기부"),
        m("r-mss-succ-center-6", "new", MSS, SU, P4_D, target=6.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("r-mss-succ-platform", "new", MSS, SU,
          "중소벤처기업부가 후계자를 찾지 못한 중소기업과 회사를 인수하려는 사람을 이어 주는 기업승계 인수합병(M&A) 중개 플랫폼을 10월 연다.",
          deadline="2025-10-31", dtext="10월",
          comment="33% / 두 배 / 절반 (next paragraphs) are statistics; the platform's workings are a description"),
        m("r-mss-succ-fund-3000", "new", MSS, SU, "중기부는 내년까지 3,000억 원 규모의 승계 M&A 전용 펀드도 만든다.",
          target=W300B, unit="원", deadline="2026-12-31", dtext="내년까지",
          comment="'펀드 재원은 모태펀드와 민간 출자로 채운다.' (next) is the means, with no number or date"),
        m("r-mss-succ-consult-2000", "new", MSS, SU, "승계를 준비하는 기업에 대한 컨설팅은 올해 2,000곳으로 지난해의 네 배로 늘린다.",
          target=2000.0, unit="곳", deadline="2025-12-31", dtext="올해", comment="'네 배' is the comparison"),
        m("r-mss-succ-center-6", "new", MSS, SU,
          "권역별로는 연내 기업승계 지원센터 6곳을 세워 상담부터 기업가치 평가, 인수자 연결까지 한곳에서 돕는다.",
          target=6.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("r-mss-succ-loan-5000", "new", MSS, SU, "하반기부터는 승계 기업 전용 정책자금 5,000억 원을 따로 떼어 공급한다.",
          target=W500B, unit="원", deadline="2025-12-31", dtext="하반기부터"),
        m("r-mss-succ-act", "new", MSS, SU,
          "승계 절차와 지원 근거를 한데 묶은 '중소기업 승계 지원법' 제정안은 연내 국회에 내기로 했다.",
          deadline="2025-12-31", dtext="연내"),
        m("r-mss-succ-consult-2000", "new", MSS, SU,
          "옥다빈 중기부 기업성장정책관은 \"기업승계는 결국 일자리를 지키는 문제\"라며 \"올해 안에 컨설팅 2,000곳을 반드시 채우겠다\"고 말했다.",
          person="옥다빈", target=2000.0, unit="곳", deadline="2025-12-31", dtext="올해 안에",
          comment="not annotated: 중소기업중앙회's demand (600억 → 1,000억 원 is the current law and the request), "
                  "기획재정부's '검토' on 가업상속공제 (a consideration; carries the fiscal cue '세법'), the accounting firm's "
                  "'연내' team (a company), 한국기업승계연구소's 2030 forecast, Japan's 2018 reform"),
    ]))

# ---------------------------------------------------------------- 햇빛소득마을 1/3 (energy paper, one deck line; 산업부 + 농식품부)
P5_H = "햇빛소득마을 2026년까지 100곳…선도 마을 10곳 연내 착공"
P5_D = "영농형 태양광 농지 사용 23년까지 허용, 내년 상반기 시행"
PAGES.append(dict(
    source="2025-08-27_r_solar-village-plan.txt", title=P5_H, published_at="2025-08-27",
    mentions=[
        m("r-motie-sun-village-100", "new", MOTIE, CLI, P5_H, target=100.0, unit="곳", deadline="2026-12-31",
          dtext="2026년까지", comment="the headline names no body: 산업통상자원부 (the lead body, the energy ministry); "
                                  "one headline, two commitments"),
        m("r-motie-sun-pilot-10", "new", MOTIE, CLI, P5_H, target=10.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("r-mafra-sun-agripv-23y", "new", MAFRA, CLI, P5_D, target=23.0, unit="년", deadline="2026-06-30",
          dtext="내년 상반기",
          comment="the deck names no body: 농식품부 (농지법); '23년까지' is a duration of use (23 years), not the year "
                  "2023: the target; the date is '내년 상반기'"),
        m("r-motie-sun-village-100", "new", MOTIE, CLI,
          "산업통상자원부와 농림축산식품부가 주민이 함께 돈을 내 마을 태양광 발전소를 짓고 수익을 나누는 '햇빛소득마을'을 2026년까지 100곳 만든다.",
          target=100.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="two bodies in one sentence: the lead body, named first and the energy ministry whose 정책관 speaks below; "
                  "신안군's 햇빛 연금 since 2021 is a local government's past deed; 2,100여 건 is a statistic"),
        m("r-motie-sun-pilot-10", "new", MOTIE, CLI, "정부는 올해 안에 선도 마을 10곳을 골라 착공에 들어간다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="올해 안에",
          comment="'정부' = the two ministries; the pilot villages are the energy ministry's (its 정책관 repeats the "
                  "promise below)"),
        m("r-motie-sun-loan", "new", MOTIE, CLI, "주민 출자금에는 10월부터 연 1.75%의 저금리 융자를 지원한다.",
          target=1.75, unit="%", deadline="2025-10-31", dtext="10월부터",
          comment="a rate set to a stated figure is the target (p's '최소 지분 10%')"),
        m("r-motie-sun-grid-6m", "new", MOTIE, CLI,
          "마을 발전소가 전력망에 연결되기까지 평균 18개월이 걸리던 대기 기간은 내년부터 6개월 이내로 줄인다.",
          target=6.0, unit="개월", deadline="2026-12-31", dtext="내년부터", comment="18개월 is the baseline"),
        m("r-motie-sun-rec", "new", MOTIE, CLI,
          "주민 참여 발전소에 주는 신재생에너지 공급인증서(REC) 가중치 우대도 내년 1월부터 높인다.",
          deadline="2026-01-31", dtext="내년 1월부터", comment="no number: a dated commitment without a target"),
        m("r-mafra-sun-agripv-23y", "new", MAFRA, CLI,
          "농식품부는 영농형 태양광을 설치한 농지를 최장 23년까지 쓸 수 있도록 지금은 8년인 농지 일시사용 허가 기간을 늘리는 농지법 개정을 추진해 내년 상반기 시행할 계획이다.",
          target=23.0, unit="년", deadline="2026-06-30", dtext="내년 상반기", comment="8년 is the baseline"),
        m("r-mafra-sun-zone-5", "new", MAFRA, CLI, "영농형 태양광 집적화 단지도 내년 상반기까지 5곳 지정한다.",
          target=5.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="subjectless: 농식품부; '3m 높이' (next) is a description"),
        m("r-motie-sun-pilot-10", "new", MOTIE, CLI,
          "두하은 산업부 재생에너지정책관은 \"마을마다 사정이 달라 한꺼번에 밀어붙이기보다 성공 사례부터 만들겠다\"며 \"연말까지 선도 마을 10곳 공사를 모두 시작하겠다\"고 말했다.",
          person="두하은", target=10.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment="not annotated: '… 5,000만 원 안팎의 수익을 얻을 것으로 기대한다' (an expectation, not a promise), "
                  "전라남도's 300곳 (a local government), the module maker's 10% (a company), the 농민단체, "
                  "한국농촌에너지연구원's 2030 forecast"),
    ]))

# ---------------------------------------------------------------- 조선 2/3 (국정감사 report, one deck line; 산업통상부 + 노동부 + 법무부)
P6_H = "[국감] 중형 조선사 보증 1조 원 중 3,200억 원…용접공 비자 심사 여전히 31일"
P6_D = "김정관 장관 \"연말까지 1조 원 채우겠다\"…기자재 업체 100곳 미국 인증 지원"
PAGES.append(dict(
    source="2025-10-15_r_shipbuilding-audit.txt", title=P6_H, published_at="2025-10-15",
    mentions=[
        m("r-motie-ship-rg-1t", "progress", MOTI, IND, P6_H, target=W1T, unit="원",
          comment="short of the target before the deadline: progress; the clause names the target ('1조 원 중 3,200억 원', "
                  "q's '5곳 중 3곳'); page-date body name; one headline, two commitments"),
        m("r-moj-ship-visa-20d", "delayed", MOJ, IND, P6_H,
          comment="after the deadline (2025-05-31), still short: delayed; 31일 is measured, the clause names no target"),
        m("r-motie-ship-rg-1t", "progress", MOTI, IND, P6_D, person="김정관", target=W1T, unit="원",
          deadline="2025-12-31", dtext="연말까지",
          comment="the deck names the speaker: person 김정관 (the minister on the page date); the unchanged date restated"),
        m("r-moti-ship-cert-100", "new", MOTI, IND, P6_D, target=100.0, unit="곳",
          comment="the second clause names no speaker: person ''; no date in the clause"),
        m("r-motie-ship-rg-1t", "progress", MOTI, IND,
          "산업통상자원부가 지난 3월 연내 1조 원 규모로 공급하겠다고 한 중형 조선사 선수금환급보증(RG) 특례보증은 9월 말까지 3,200억 원이 나가는 데 그쳤다.",
          target=W1T, unit="원", deadline="2025-12-31", dtext="연내",
          comment="the sentence names the old body; the gold names the body on the page date (산업통상부); the intro's "
                  "'출범' (government cue) is in an unannotated sentence; 하태린's complaint is not annotated"),
        m("r-motie-ship-rg-1t", "progress", MOTI, IND,
          "김정관 산업통상부 장관은 \"은행들이 중형 조선사의 재무 상태를 지나치게 깐깐하게 보고 있다\"며 \"무역보험공사의 보증 비율을 높여 연말까지 1조 원을 모두 채우겠다\"고 답했다.",
          person="김정관", target=W1T, unit="원", deadline="2025-12-31", dtext="연말까지",
          comment="the unchanged deadline restated before it passed: progress (q's 함서진 bite)"),
        m("r-motie-ship-workers-10k", "progress", MOTI, IND,
          "올해 1만 명을 길러 내기로 한 조선 생산인력은 9월까지 6,800명이 교육을 마쳤다.",
          target=10000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="'인력 양성은 비교적 순조롭다.' (before) is the reporter's assessment"),
        m("r-motie-ship-mro-center", "achieved", MOTI, IND,
          "상반기 중 열기로 한 함정 유지·보수·정비(MRO) 지원센터는 6월 경남 거제에 문을 열었다.",
          deadline="2025-06-30", dtext="상반기 중", comment="on time, with the promise restated: deadline fields (q)"),
        m("r-motie-ship-ammonia", "delayed", MOTI, IND,
          "반면 하반기 건조에 들어가기로 했던 암모니아 추진 실증선은 엔진 시험이 늦어지면서 착공이 내년 상반기로 미뤄졌다.",
          deadline="2026-06-30", dtext="내년 상반기로", prev="2025-12-31",
          comment=LATER + "; the sentence names the old date; 남서후's bill ('다음 달') is not annotated"),
        m("r-moti-ship-cert-100", "new", MOTI, IND,
          "김 장관은 \"조선 기자재 중소기업 100곳이 내년까지 미국 선급 인증을 받을 수 있도록 비용을 지원하겠다\"고 밝혔다.",
          person="김정관", target=100.0, unit="곳", deadline="2026-12-31", dtext="내년까지",
          comment="'김 장관' → 김정관; carries the startup cue '중소기업' but is part of the shipbuilding programme: industry "
                  "(trap); '40여 곳' (next) is a statistic"),
        m("r-moel-ship-mutual-aid", "achieved", MOEL, IND,
          "고용노동부는 7월부터 하청 노동자의 '상생 공제' 적립금 지원액을 약속대로 월 20만 원으로 올렸다고 보고했다.",
          target=W200K, unit="원", deadline="2025-07-31", dtext="7월부터", comment="on time, the promise restated ('약속대로')"),
        m("r-moj-ship-visa-20d", "delayed", MOJ, IND,
          "법무부가 5월부터 20일 안으로 줄이겠다던 외국인 용접공 비자 심사는 8월에도 평균 31일이 걸렸다.",
          target=20.0, unit="일", prev="2025-05-31",
          comment="short after the deadline: delayed, the missed date named → previous_deadline; the association's 10% "
                  "forecast (next) is not annotated"),
    ]))

# ---------------------------------------------------------------- 햇빛소득마을 2/3 (TV script: 앵커/리포트/인터뷰; 기후에너지환경부 + 농식품부)
P7_H = "햇빛소득마을 목표 200곳으로 늘렸지만…선도 마을 세 곳은 내년 3월로"
PAGES.append(dict(
    source="2025-12-09_r_solar-village-tv.txt", title=P7_H, published_at="2025-12-09",
    mentions=[
        m("r-motie-sun-village-100", "revision", MCEE, CLI, P7_H, target=200.0, unit="곳",
          comment="a raised target: revision; the headline names no body: the energy work is 기후에너지환경부's since "
                  "2025-10-01; no date in the clause; one headline, two commitments"),
        m("r-motie-sun-pilot-10", "delayed", MCEE, CLI, P7_H, target=3.0, unit="곳", deadline="2026-03-31",
          dtext="내년 3월로", comment=LATER + "; the remainder is the target of the clause that moves it (p)"),
        m("r-motie-sun-pilot-10", "progress", MCEE, CLI,
          "올해 안에 착공하기로 한 선도 마을 10곳 가운데 이곳을 포함한 7곳이 공사를 시작했습니다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="올해 안에",
          comment="short of the target before the deadline: progress (p's '250곳에 깔렸다' + '나머지 70곳 … 미뤘다': two "
                  "entries); the 앵커 lead and the place name 예산군 (a fiscal cue inside a place name) are not annotated"),
        m("r-motie-sun-pilot-10", "delayed", MCEE, CLI,
          "나머지 세 곳은 주민 동의를 받는 데 시간이 걸리면서 착공이 내년 3월로 미뤄졌습니다.",
          target=3.0, unit="곳", deadline="2026-03-31", dtext="내년 3월로", comment=LATER),
        m("r-motie-sun-loan", "achieved", MCEE, CLI,
          "10월부터 하기로 한 주민 출자금 저금리 융자는 예정대로 시작돼, 지금까지 마을 23곳이 연 1.75% 금리로 돈을 빌렸습니다.",
          target=1.75, unit="%", deadline="2025-10-31", dtext="10월부터",
          comment="on time, the promise restated; 23곳 is usage, not the target; the 이모 씨 bite is not annotated"),
        m("r-motie-sun-village-100", "revision", MCEE, CLI,
          "기후에너지환경부는 2026년까지 햇빛소득마을 100곳을 만들겠다던 목표를 200곳으로 두 배 늘렸습니다.",
          target=200.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="a changed target: revision; '정부는 목표도 키웠습니다.' (before) is an umbrella line; the next line "
                  "(the transfer of the energy work) is context"),
        m("r-motie-sun-village-100", "revision", MCEE, CLI, "햇빛소득마을을 2026년까지 200곳으로 늘리겠습니다.",
          person="김성환", target=200.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="the minister's bite restates the changed target: revision; the quote marks are not part of the sentence"),
        m("r-mcee-sun-ess-50", "new", MCEE, CLI,
          "내년 하반기까지는 마을 50곳에 배터리 에너지저장장치(ESS)도 함께 설치하겠습니다.",
          person="김성환", target=50.0, unit="곳", deadline="2026-12-31", dtext="내년 하반기까지",
          comment="a new promise of the renamed body; carries the industry cue '배터리' (trap)"),
        m("r-motie-sun-grid-6m", "progress", MCEE, CLI,
          "내년부터 6개월 이내로 줄이겠다던 계통 접속 대기 기간은 아직 평균 16개월입니다.",
          target=6.0, unit="개월", deadline="2026-12-31", dtext="내년부터",
          comment="measured before the deadline: progress; '하지만 걸림돌도 여전합니다.' is an umbrella line"),
        m("r-motie-sun-rec", "cancelled", MCEE, CLI,
          "내년 1월부터 높이겠다던 주민 참여 발전소의 REC 가중치 우대는 아예 없던 일이 됐습니다.",
          prev="2026-01-31", comment="dropped before its date: previous_deadline is the not-yet-passed date (o, p)"),
        m("r-mafra-sun-agripv-23y", "progress", MAFRA, CLI,
          "영농형 태양광 농지 사용 기간을 23년까지 늘리는 농지법 개정안은 지난달 국회를 통과해, 예정대로 내년 상반기 시행을 앞두고 있습니다.",
          target=23.0, unit="년", deadline="2026-06-30", dtext="내년 상반기",
          comment="a step done before the deadline, the date unchanged: progress (q); not annotated: 한국전력's '내년 "
                  "상반기까지' 변전소 30곳 (a public company, not a government body), the 박모 씨 bite"),
    ]))

# ---------------------------------------------------------------- 딥페이크 2/3 (straight news with a `[바로잡습니다]` notice above the headline; 성평등가족부 + 방미통위 + 경찰청)
P8_H = "딥페이크 AI 자동 삭제 석 달…피해 상담소는 17곳 중 13곳"
P8_D = "성평등가족부, 하반기 가해자에 삭제 비용 청구…방미통위 '24시간 삭제' 7월 의무화"
PAGES.append(dict(
    source="2026-01-20_r_deepfake-followup-correction.txt", title=P8_H, published_at="2026-01-20",
    mentions=[
        m("r-mogef-df-autodelete", "achieved", MGE, O, P8_H,
          comment="'AI 자동 삭제 석 달' reports the system running (p's '위성통신 섬 12곳서 먼저 터졌지만'); the body's name "
                  "on the page date; one headline, two commitments"),
        m("r-mogef-df-center-17", "delayed", MGE, O, P8_H, target=17.0, unit="곳",
          comment="after the deadline, short: delayed; the clause names the target ('17곳 중 13곳')"),
        m("r-mge-df-recourse", "new", MGE, O, P8_D, deadline="2026-12-31", dtext="하반기",
          comment="deck: person ''; one deck, two commitments"),
        m("r-kmcc-df-delete-24h", "new", KMCC, O, P8_D, target=24.0, unit="시간", deadline="2026-07-31", dtext="7월",
          comment="'24시간' is the rule value the duty sets: the target"),
        m("r-mogef-df-autodelete", "achieved", MGE, O,
          "성평등가족부(옛 여성가족부)가 지난해 하반기 가동하겠다고 한 딥페이크 피해 영상 AI 자동 탐지·삭제 요청 시스템이 지난해 10월부터 돌아가고 있다.",
          deadline="2025-12-31", dtext="지난해 하반기",
          comment="on time, the promise restated: deadline fields; 4만 2,000건 / 다섯 배 (next) are results; the "
                  "[바로잡습니다] notice is not annotated"),
        m("r-mogef-df-center-17", "delayed", MGE, O,
          "지난해 안에 17곳으로 늘려 모든 시도에 두겠다던 지역 특화 상담소는 13곳에 그쳤다.",
          target=17.0, unit="곳", prev="2025-12-31",
          comment="short after the deadline: delayed, the missed date named → previous_deadline"),
        m("r-mogef-df-center-17", "delayed", MGE, O, "성평등가족부는 나머지 네 곳을 올해 상반기 열겠다고 밝혔다.",
          target=4.0, unit="곳", deadline="2026-06-30", dtext="올해 상반기",
          comment=LATER + "; the remainder is the target of the sentence that moves it (p)"),
        m("r-mogef-df-delete-2d", "delayed", MGE, O,
          "지난해 7월부터 이틀 안으로 줄이겠다던 삭제 요청 처리 기간은 하반기 평균 2.4일이었다.",
          target=2.0, unit="일", prev="2025-07-31", comment="short after the deadline: delayed"),
        m("r-mogef-df-edu-1m", "achieved", MGE, O,
          "지난해 100만 명에게 하기로 한 청소년 딥페이크 예방 교육은 112만 명이 받았다.",
          target=1000000.0, unit="명", deadline="2025-12-31", dtext="지난해",
          comment="on time, the promise restated ('지난해' as the target year); target = the promise, not 112만; '예방 "
                  "교육은 목표를 넘겼다.' (before) is an umbrella line"),
        m("r-mge-df-recourse", "new", MGE, O,
          "원민경 성평등가족부 장관은 19일 서울 중구 디지털성범죄피해자지원센터를 찾아 \"피해 영상을 지우는 데 든 비용을 가해자에게 물리는 구상권 청구를 올해 하반기부터 시작하겠다\"고 말했다.",
          person="원민경", deadline="2026-12-31", dtext="올해 하반기부터",
          comment="the minister on the page date; '19일' is when it was said; a new promise of the renamed body"),
        m("r-kmcc-df-delete-24h", "new", KMCC, O,
          "방송미디어통신위원회는 7월부터 불법 합성물 삭제 요청을 받은 부가통신사업자가 24시간 안에 지우지 않으면 과징금을 물리기로 했다.",
          target=24.0, unit="시간", deadline="2026-07-31", dtext="7월부터",
          comment="carries the telecom cue '통신' (in 부가통신사업자) but regulates platforms' removal of sexual-abuse "
                  "content, not the mobile market: other (trap)"),
        m("r-knpa-df-undercover-100", "new", KNPA, O, "경찰청은 상반기까지 딥페이크 위장수사 전담 인력을 100명으로 늘린다.",
          target=100.0, unit="명", deadline="2026-06-30", dtext="상반기까지",
          comment="no later page mentions it (status from the date rule); not annotated: 1,100여 명 / 80% (statistics), "
                  "the AI 기본법 labelling duty from the 22nd (law content; carries ai_policy cues), the portal's '1분기 "
                  "안에' (a company), 디지털성폭력대응연대, the bill '다음 달' (lawmakers)"),
    ]))

# ---------------------------------------------------------------- 조선 by numbers (data page with ■ subheads): no promise
PAGES.append(dict(
    source="2026-02-11_r_shipbuilding-data.txt", title="[숫자로 본 조선업] 현장 인력 12만 명 턱걸이…외국인 5명 중 1명",
    published_at="2026-02-11", mentions=[]))

# ---------------------------------------------------------------- 보조금 2/3 (editorial, no byline; 기획예산처 + 행안부 + 권익위)
PAGES.append(dict(
    source="2026-03-17_r_subsidy-editorial.txt", title="[사설] 보조금 부정수급 대책 1년, 적발보다 환수가 급하다",
    published_at="2026-03-17",
    mentions=[
        m("r-moef-subsidy-audit-600", "achieved", MPB, FIS,
          "기획예산처는 기획재정부 시절 약속한 대로 지난해 상반기 위험 사업 600개의 점검을 마쳤다.",
          target=600.0, unit="개", deadline="2025-06-30", dtext="지난해 상반기",
          comment="on time, the promise restated ('약속한 대로'); the budget office's work went to 기획예산처 on "
                  "2026-01-02 (ministries.csv: budget to 기획예산처), so the gold names 기획예산처, not the primary successor "
                  "재정경제부; 1,900여 건 / 420억 원 (next) are results"),
        m("r-moef-subsidy-law-10y", "achieved", MPB, FIS,
          "참여 제한 기간을 10년으로 늘리는 보조금법 개정안도 지난해 6월 국회에 제출됐다.",
          target=10.0, unit="년",
          comment=WHEN + "; the promise was the submission. '다만 이 법안은 아홉 달째 상임위원회 문턱을 넘지 못하고 "
                  "있다.' (next) is the legislature's part and not annotated"),
        m("r-moef-subsidy-recover-80", "progress", MPB, FIS, "2027년까지 80%로 높이겠다던 환수율은 지난해 57%에 머물렀다.",
          target=80.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="measured before the deadline: progress; '문제는 그 뒤다.' is an umbrella line"),
        m("r-moef-subsidy-ai", "delayed", MPB, FIS,
          "지난해 하반기 도입하겠다던 e나라도움의 AI 부정수급 탐지 시스템은 부처 간 데이터 연계가 늦어져 올해 하반기로 미뤄졌다.",
          deadline="2026-12-31", dtext="올해 하반기로", prev="2025-12-31", comment=LATER),
        m("r-moef-subsidy-disclose", "cancelled", MPB, FIS,
          "지난해 9월부터 하겠다던 제재 사업자 명단 공개는 개인정보 침해 논란이 일자 슬그머니 없던 일이 됐다.",
          prev="2025-09-30"),
        m("r-mois-subsidy-link", "delayed", MOIS, FIS,
          "행정안전부는 지난해 안에 지방보조금 관리망 '보탬e'와 e나라도움을 잇겠다고 했지만, 연계 시점을 올해 6월로 미뤘다.",
          deadline="2026-06-30", dtext="올해 6월로", prev="2025-12-31", comment=LATER),
        m("r-acrc-subsidy-reward-30d", "delayed", ACRC, FIS,
          "국민권익위원회가 지난해 7월부터 30일 안에 주겠다던 부정수급 신고 보상금은 여전히 평균 70일 넘게 걸린다.",
          target=30.0, unit="일", prev="2025-07-31", comment="short after the deadline: delayed"),
        m("r-mpb-subsidy-merge-300", "new", MPB, FIS,
          "기획예산처는 이달 초 올해 안에 비슷하거나 겹치는 보조사업 300개를 통폐합하겠다고 밝혔다.",
          target=300.0, unit="개", deadline="2026-12-31", dtext="올해 안에",
          comment="a new promise reported in an editorial (q); not annotated: the editorial's headline, commentary and "
                  "demands (one carries the cue '예산'), 국회예산정책처's 2030 forecast, the hypothetical '환수율이 지금 "
                  "속도로 오른다면 …'"),
    ]))

# ---------------------------------------------------------------- 기업승계 2/3 (regional paper, `대구=` byline, one deck line; 중기부)
P11_H = "기업승계 지원센터 여섯 곳 중 네 곳만 문 열어…승계 M&A 펀드는 1,200억 원"
P11_D = "중기부 \"남은 두 곳 하반기 개소\"…인수자 정책자금 금리 1%포인트 인하"
PAGES.append(dict(
    source="2026-06-23_r_succession-regional.txt", title=P11_H, published_at="2026-06-23",
    mentions=[
        m("r-mss-succ-center-6", "delayed", MSS, SU, P11_H, target=6.0, unit="곳",
          comment="after the deadline, short: delayed; the clause names the target ('여섯 곳 중 네 곳'); one headline, "
                  "two commitments"),
        m("r-mss-succ-fund-3000", "progress", MSS, SU, P11_H,
          comment="a measured value without the target: progress with no target fields"),
        m("r-mss-succ-center-6", "delayed", MSS, SU, P11_D, target=2.0, unit="곳", deadline="2026-12-31", dtext="하반기",
          comment="deck: the body as an institution, person ''; the remainder moved to a new date (convention 1)"),
        m("r-mss-succ-rate-cut", "new", MSS, SU, P11_D, target=1.0, unit="%포인트", comment="no date in the clause"),
        m("r-mss-succ-platform", "achieved", MSS, SU,
          "중소벤처기업부가 지난해 10월 열겠다던 기업승계 M&A 중개 플랫폼은 두 달 늦은 12월 문을 열었다.",
          comment=LATE + "; the A사 대표's '올해 안에' (a citizen) and 860건 / 31건 / 94건 (usage) are not annotated"),
        m("r-mss-succ-center-6", "delayed", MSS, SU,
          "지난해 안에 세우기로 한 권역별 기업승계 지원센터는 여섯 곳 가운데 수도권·충청·대구경북·강원 네 곳만 문을 열었다.",
          target=6.0, unit="곳", prev="2025-12-31",
          comment="short after the deadline: delayed; '다른 약속의 성적은 엇갈린다.' is an umbrella line"),
        m("r-mss-succ-consult-2000", "delayed", MSS, SU, "지난해 2,000곳을 목표로 한 승계 컨설팅은 1,640곳에 그쳤다.",
          target=2000.0, unit="곳", prev="2025-12-31", comment="'지난해' as the target year names the missed deadline (q)"),
        m("r-mss-succ-loan-5000", "achieved", MSS, SU,
          "반면 지난해 하반기부터 공급하기로 한 승계 전용 정책자금 5,000억 원은 연말까지 모두 나갔다.",
          target=W500B, unit="원", deadline="2025-12-31", dtext="지난해 하반기부터",
          comment="on time, the promise restated: deadline from the promise's words, not from '연말까지' (when it was done)"),
        m("r-mss-succ-fund-3000", "progress", MSS, SU,
          "올해까지 3,000억 원 규모로 조성하기로 한 승계 M&A 전용 펀드는 지금까지 1,200억 원이 모였다.",
          target=W300B, unit="원", deadline="2026-12-31", dtext="올해까지",
          comment="'내년까지' on 2025-07-16 = '올해까지' on this page; the next sentence is commentary"),
        m("r-mss-succ-act", "achieved", MSS, SU,
          "지난해 안에 국회에 내겠다던 '중소기업 승계 지원법' 제정안은 부처 협의가 길어지면서 해를 넘긴 지난 3월에야 제출됐다.",
          comment=LATE),
        m("r-mss-succ-center-6", "delayed", MSS, SU,
          "옥다빈 중기부 기업성장정책관은 22일 대구에서 열린 지역 중소기업인 간담회에서 \"호남과 동남권 센터를 열 건물을 아직 구하지 못했다\"며 \"남은 두 곳도 하반기에는 반드시 문을 열겠다\"고 말했다.",
          person="옥다빈", target=2.0, unit="곳", deadline="2026-12-31", dtext="하반기에는",
          comment="the moved date restated: delayed (q's 반서윤); '22일' is when it was said"),
        m("r-mss-succ-rate-cut", "new", MSS, SU,
          "중기부는 또 하반기부터 승계 M&A로 회사를 넘겨받는 인수자에게 정책자금 금리를 1%포인트 깎아 주기로 했다.",
          target=1.0, unit="%포인트", deadline="2026-12-31", dtext="하반기부터",
          comment="not annotated: 대구시's '연말까지' 100곳 (a local government), 대구상공회의소's request, 재정경제부's "
                  "'검토' (a consideration; carries '세법')"),
    ]))

# ---------------------------------------------------------------- roundup (promise tracker, two deck lines; all bodies)
R_D1 = "조선 용접공 비자 심사 19일로…중형 조선사 보증은 7,400억 원에 그쳐"
R_D2 = "AI 부정수급 탐지 9월 가동…딥페이크 '24시간 삭제'는 내년 1월로"
PAGES.append(dict(
    source="2026-11-20_r_promise-roundup.txt",
    title="[2026 약속 결산] 조선·보조금·햇빛소득마을·딥페이크·기업승계…정부 약속 어디까지 왔나",
    published_at="2026-11-20",
    mentions=[
        m("r-moj-ship-visa-20d", "achieved", MOJ, IND, R_D1,
          comment="deck names no body: 법무부; '19일로' is the measured value (the body sentence says the 20-day goal was "
                  "met); one deck, two commitments; the roundup headline and intro are not annotated"),
        m("r-motie-ship-rg-1t", "delayed", MOTI, IND, R_D1, comment="after the deadline, short; measured value only"),
        m("r-moef-subsidy-ai", "achieved", MPB, FIS, R_D2,
          comment="reached within the moved date (2026-12-31); '9월 가동' says when it was done: no deadline fields"),
        m("r-kmcc-df-delete-24h", "delayed", KMCC, O, R_D2, target=24.0, unit="시간", deadline="2027-01-31",
          dtext="내년 1월로", comment=LATER),
        # 조선
        m("r-motie-ship-workers-10k", "achieved", MOTI, IND,
          "산업통상부가 산업통상자원부 시절 지난해 1만 명을 길러 내겠다고 한 조선 생산인력은 1만 400명이 교육을 마쳐 목표를 넘겼다.",
          target=10000.0, unit="명", deadline="2025-12-31", dtext="지난해",
          comment="on time, the promise restated ('지난해' as the target year); target = the promise, not 1만 400명"),
        m("r-motie-ship-rg-1t", "delayed", MOTI, IND,
          "지난해 말까지 1조 원을 채우겠다던 중형 조선사 RG 특례보증은 7,400억 원에서 멈췄다.",
          target=W1T, unit="원", prev="2025-12-31", comment="short after the deadline: delayed"),
        m("r-motie-ship-ammonia", "achieved", MOTI, IND,
          "올해 상반기로 미뤘던 암모니아 추진 실증선은 예정대로 지난 4월 울산에서 착공했다.",
          deadline="2026-06-30", dtext="올해 상반기로",
          comment="reached on the moved date: achieved on time with the moved date (q's 5년물)"),
        m("r-moj-ship-visa-20d", "achieved", MOJ, IND,
          "법무부가 20일 안으로 줄이겠다던 외국인 용접공 비자 심사 기간은 올해 상반기 평균 19일로 처음 목표를 맞췄다.",
          target=20.0, unit="일", comment=LATE + "; target = the promise, not 19일"),
        m("r-motie-ship-smartyard-20", "revision", MOTI, IND,
          "2027년까지 20곳을 지원하겠다던 중소 조선소 스마트 야드 전환은 지금까지 8곳에 그치자, 산업통상부가 목표를 12곳으로 낮췄다.",
          target=12.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="a lowered target: revision, with the new target; the date is unchanged"),
        m("r-moti-ship-cert-100", "progress", MOTI, IND,
          "올해까지 100곳을 돕기로 한 기자재 업체 미국 선급 인증 지원은 10월까지 64곳이 받았다.",
          target=100.0, unit="곳", deadline="2026-12-31", dtext="올해까지",
          comment="'내년까지' on 2025-10-15 = '올해까지' here; short before the deadline: progress"),
        m("r-moti-ship-workers-30k", "new", MOTI, IND,
          "산업통상부는 2028년까지 조선 생산인력 3만 명을 더 길러 내겠다는 새 목표를 내놨다.",
          target=30000.0, unit="명", deadline="2028-12-31", dtext="2028년까지",
          comment="a new commitment, not a revision of the achieved 2025 target (p's 반도체 아카데미 5,000명)"),
        # 보조금
        m("r-moef-subsidy-ai", "achieved", MPB, FIS,
          "기획예산처가 지난해 하반기에서 올해 하반기로 미뤘던 e나라도움 AI 부정수급 탐지 시스템은 지난 9월 가동에 들어갔다.",
          deadline="2026-12-31", dtext="올해 하반기로",
          comment="reached within the moved date: achieved on time with the moved date (q's 5년물)"),
        m("r-moef-subsidy-recover-80", "revision", MPB, FIS,
          "2027년까지 80%로 높이겠다던 부정수급 환수율 목표는 70%로 낮아졌다.",
          target=70.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="a lowered target: revision; names no body: 기획예산처 (whose promise it is)"),
        m("r-mpb-subsidy-merge-300", "progress", MPB, FIS,
          "올해 안에 300개를 통폐합하겠다던 유사·중복 보조사업은 지금까지 180개가 정리됐다.",
          target=300.0, unit="개", deadline="2026-12-31", dtext="올해 안에", comment="short before the deadline: progress"),
        m("r-mois-subsidy-link", "delayed", MOIS, FIS, "행정안전부가 6월로 미룬 보탬e와 e나라도움 연계는 아직 끝나지 않았다.",
          prev="2026-06-30",
          comment="nothing done after the moved date: delayed, the moved date named → previous_deadline"),
        m("r-acrc-subsidy-reward-30d", "delayed", ACRC, FIS,
          "국민권익위원회의 신고 보상금 지급 기간은 올해 상반기 평균 45일로 30일 목표에 못 미쳤다.",
          target=30.0, unit="일", comment="short after the deadline: delayed"),
        # 햇빛소득마을
        m("r-motie-sun-village-100", "progress", MCEE, CLI,
          "기후에너지환경부가 지난해 말 200곳으로 늘린 햇빛소득마을은 10월까지 132곳이 만들어졌다.",
          target=200.0, unit="곳",
          comment="short before the deadline (2026-12-31 from the revision): progress; '지난해 말' is when the target was "
                  "raised, not a deadline"),
        m("r-motie-sun-pilot-10", "achieved", MCEE, CLI,
          "착공이 올해 3월로 밀렸던 선도 마을 세 곳은 한 달 더 늦은 4월에야 공사를 시작했다.",
          target=3.0, unit="곳",
          comment="achieved after the moved date (2026-03-31): no deadline fields; target = the remainder the sentence names"),
        m("r-mafra-sun-agripv-23y", "achieved", MAFRA, CLI,
          "영농형 태양광 농지 사용 기간을 23년으로 늘린 개정 농지법은 6월부터 시행됐다.",
          target=23.0, unit="년", comment=WHEN + "; names no body: 농식품부 (농지법)"),
        m("r-mafra-sun-zone-5", "delayed", MAFRA, CLI,
          "농림축산식품부가 올해 상반기까지 5곳을 지정하겠다던 영농형 태양광 집적화 단지는 3곳만 지정됐다.",
          target=5.0, unit="곳", prev="2026-06-30", comment="short after the deadline: delayed"),
        m("r-motie-sun-grid-6m", "progress", MCEE, CLI,
          "계통 접속 대기 기간은 평균 11개월로, 올해 안에 6개월로 줄이겠다던 목표와 거리가 멀다.",
          target=6.0, unit="개월", deadline="2026-12-31", dtext="올해 안에",
          comment="'내년부터' on 2025-08-27 = '올해 안에' here; measured before the deadline: progress"),
        # 딥페이크
        m("r-mogef-df-center-17", "delayed", MGE, O,
          "성평등가족부가 올해 상반기 열겠다던 나머지 상담소 네 곳 가운데 두 곳만 문을 열었고, 남은 두 곳은 내년 상반기로 미뤄졌다.",
          target=2.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기로", prev="2026-06-30",
          comment=LATER + " (the second move); the moved date named → previous_deadline; target = the remainder moved"),
        m("r-mogef-df-delete-2d", "achieved", MGE, O, "삭제 요청 처리 기간은 올해 상반기 평균 1.8일로 이틀 목표를 처음 맞췄다.",
          target=2.0, unit="일", comment=LATE + "; target = the promise ('이틀'), not 1.8일"),
        m("r-mogef-df-legal-aid", "cancelled", MGE, O,
          "지난해 하반기부터 소송까지 넓히겠다던 피해자 무료 법률 지원은 예산이 깎이면서 없던 일이 됐다.",
          prev="2025-12-31", comment="carries the fiscal cue '예산' but is the deepfake storyline: other (trap)"),
        m("r-mge-df-recourse", "achieved", MGE, O, "가해자에게 삭제 비용을 물리는 구상권 청구는 지난 9월 처음 이뤄졌다.",
          comment=WHEN),
        m("r-kmcc-df-delete-24h", "delayed", KMCC, O,
          "방송미디어통신위원회는 7월부터 하겠다던 '24시간 삭제' 의무화를 시행령 개정이 늦어지자 내년 1월로 미뤘다.",
          target=24.0, unit="시간", deadline="2027-01-31", dtext="내년 1월로", prev="2026-07-31", comment=LATER),
        # 기업승계
        m("r-mss-succ-center-6", "delayed", MSS, SU,
          "중소벤처기업부는 하반기로 미뤘던 권역별 기업승계 지원센터 두 곳 가운데 동남권 센터를 9월 부산에 열었지만, 호남권 센터는 내년 3월로 다시 미뤘다.",
          target=2.0, unit="곳", deadline="2027-03-31", dtext="내년 3월로", prev="2026-12-31",
          comment="one open and the other moved: one delayed entry with the new date (p's 구미/천안); the clause names "
                  "the remainder's target ('두 곳 가운데', q's '5곳 중 3곳'); the moved date named → previous_deadline"),
        m("r-mss-succ-fund-3000", "revision", MSS, SU,
          "올해까지 3,000억 원을 모으기로 한 승계 M&A 전용 펀드는 민간 출자가 모이지 않아 목표를 2,000억 원으로 줄였다.",
          target=W200B, unit="원", deadline="2026-12-31", dtext="올해까지", comment="a lowered target: revision"),
        m("r-mss-succ-rate-cut", "achieved", MSS, SU,
          "M&A 인수자에게 정책자금 금리를 1%포인트 깎아 주는 제도는 7월부터 시행됐다.",
          target=1.0, unit="%포인트",
          comment=WHEN + "; not annotated: the outlet's own plan ('약속지기는 내년에도 …') and all boilerplate"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-20)
LAST = "2026-11-20"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 조선 (industry)
    ("r-motie-ship-workers-10k", MOTI, IND, "조선 생산인력 2025년 1만 명 양성", "achieved",
     "1만 400명 (2026-11-20); made by 산업통상자원부"),
    ("r-motie-ship-rg-1t", MOTI, IND, "중형 조선사 RG 특례보증 2025년 내 1조 원", "delayed", "7,400억 원"),
    ("r-motie-ship-smartyard-20", MOTI, IND, "중소 조선소 스마트 야드 전환 2027년까지 (20곳 → 12곳)", "revised",
     "target lowered on 2026-11-20"),
    ("r-motie-ship-ammonia", MOTI, IND, "암모니아 추진 실증선 건조 착수 (2025년 하반기 → 2026년 상반기)", "achieved",
     "April 2026, on the moved date"),
    ("r-motie-ship-mro-center", MOTI, IND, "함정 MRO 지원센터 2025년 상반기 중 개소", "achieved", "June 2025 (거제)"),
    ("r-moel-ship-mutual-aid", MOEL, IND, "조선업 하청 노동자 상생 공제 적립금 지원 월 20만 원 2025년 7월부터", "achieved",
     "on time"),
    ("r-moj-ship-visa-20d", MOJ, IND, "조선소 외국인 용접공 E-7 비자 심사 60일 → 20일 2025년 5월부터", "achieved",
     "19일 in H1 2026 (late)"),
    ("r-moti-ship-cert-100", MOTI, IND, "조선 기자재 중소기업 100곳 미국 선급 인증 지원 2026년까지", "in_progress", "64곳"),
    ("r-moti-ship-workers-30k", MOTI, IND, "조선 생산인력 2028년까지 3만 명 추가 양성", "announced", ""),
    # 보조금 (fiscal)
    ("r-moef-subsidy-audit-600", MPB, FIS, "부정수급 위험 보조사업 600개 2025년 상반기 집중 점검", "achieved",
     "on time; made by 기획재정부"),
    ("r-moef-subsidy-ai", MPB, FIS, "e나라도움 AI 부정수급 탐지 시스템 (2025년 하반기 → 2026년 하반기)", "achieved",
     "September 2026, within the moved date"),
    ("r-moef-subsidy-recover-80", MPB, FIS, "부정수급 환수율 2027년까지 (80% → 70%)", "revised",
     "target lowered on 2026-11-20"),
    ("r-moef-subsidy-law-10y", MPB, FIS, "보조사업 참여 제한 5년 → 10년 보조금법 개정안 2025년 상반기 국회 제출", "achieved",
     "submitted June 2025"),
    ("r-moef-subsidy-disclose", MPB, FIS, "부정수급 제재 사업자 명단 공개 2025년 9월부터", "cancelled",
     "dropped (2026-03-17)"),
    ("r-mois-subsidy-link", MOIS, FIS, "보탬e·e나라도움 연계 (2025년 내 → 2026년 6월)", "delayed",
     "not finished by 2026-11-20"),
    ("r-acrc-subsidy-reward-30d", ACRC, FIS, "부정수급 신고 보상금 지급 100일 → 30일 2025년 7월부터", "delayed",
     "45일 in H1 2026"),
    ("r-mpb-subsidy-merge-300", MPB, FIS, "유사·중복 보조사업 300개 통폐합 2026년 내", "in_progress", "180개"),
    # 햇빛소득마을 (climate)
    ("r-motie-sun-village-100", MCEE, CLI, "햇빛소득마을 2026년까지 (100곳 → 200곳)", "in_progress",
     "target raised on 2025-12-09, then 132곳 (2026-11-20); made by 산업통상자원부, energy work moved to "
     "기후에너지환경부 on 2025-10-01"),
    ("r-motie-sun-pilot-10", MCEE, CLI, "햇빛소득마을 선도 마을 10곳 2025년 내 착공", "achieved",
     "7곳 by December 2025, the last three in April 2026 (late)"),
    ("r-motie-sun-loan", MCEE, CLI, "주민 출자금 연 1.75% 융자 2025년 10월부터", "achieved", "on time"),
    ("r-motie-sun-grid-6m", MCEE, CLI, "마을 발전소 계통 접속 대기 18개월 → 6개월 2026년", "in_progress", "11개월"),
    ("r-motie-sun-rec", MCEE, CLI, "주민 참여 발전소 REC 가중치 우대 2026년 1월부터", "cancelled", "dropped (2025-12-09)"),
    ("r-mafra-sun-agripv-23y", MAFRA, CLI, "영농형 태양광 농지 일시사용 8년 → 23년 2026년 상반기 시행", "achieved",
     "in force from June 2026"),
    ("r-mafra-sun-zone-5", MAFRA, CLI, "영농형 태양광 집적화 단지 2026년 상반기까지 5곳 지정", "delayed", "3곳"),
    ("r-mcee-sun-ess-50", MCEE, CLI, "햇빛소득마을 50곳 ESS 설치 2026년 하반기까지", "announced", ""),
    # 딥페이크 (other)
    ("r-mogef-df-autodelete", MGE, O, "딥페이크 피해 영상 AI 자동 탐지·삭제 요청 시스템 2025년 하반기 가동", "achieved",
     "October 2025; made by 여성가족부"),
    ("r-mogef-df-center-17", MGE, O, "디지털성범죄 특화 상담소 17곳 (2025년 내 → 2026년 상반기 → 2027년 상반기)",
     "delayed", "15곳; the last two moved twice"),
    ("r-mogef-df-delete-2d", MGE, O, "삭제 요청 처리 기간 6일 → 2일 2025년 7월부터", "achieved", "1.8일 in H1 2026 (late)"),
    ("r-mogef-df-edu-1m", MGE, O, "청소년 딥페이크 예방 교육 2025년 100만 명", "achieved", "112만 명"),
    ("r-mogef-df-legal-aid", MGE, O, "피해자 무료 법률 지원 민사 소송까지 2025년 하반기부터", "cancelled",
     "dropped (2026-11-20)"),
    ("r-mge-df-recourse", MGE, O, "딥페이크 삭제 비용 가해자 구상권 청구 2026년 하반기부터", "achieved", "September 2026"),
    ("r-kmcc-df-delete-24h", KMCC, O, "불법 합성물 24시간 내 삭제 의무화 (2026년 7월 → 2027년 1월)", "delayed",
     "moved on 2026-11-20 (convention 1, although the new date is ahead)"),
    ("r-knpa-df-undercover-100", KNPA, O, "딥페이크 위장수사 전담 인력 2026년 상반기까지 100명", "delayed",
     "deadline 2026-06-30 passed with no report (the 2026-01-20 page is its only page)"),
    # 기업승계 (startup)
    ("r-mss-succ-platform", MSS, SU, "기업승계 M&A 중개 플랫폼 2025년 10월 개설", "achieved", "December 2025 (late)"),
    ("r-mss-succ-fund-3000", MSS, SU, "승계 M&A 전용 펀드 2026년까지 (3,000억 원 → 2,000억 원)", "revised",
     "target lowered on 2026-11-20"),
    ("r-mss-succ-consult-2000", MSS, SU, "기업승계 컨설팅 2025년 2,000곳", "delayed", "1,640곳"),
    ("r-mss-succ-center-6", MSS, SU, "권역별 기업승계 지원센터 6곳 (2025년 내 → 2026년 하반기 → 호남권 2027년 3월)",
     "delayed", "5곳; 호남권 moved twice"),
    ("r-mss-succ-loan-5000", MSS, SU, "승계 기업 전용 정책자금 5,000억 원 2025년 하반기부터", "achieved", "all lent by end-2025"),
    ("r-mss-succ-act", MSS, SU, "중소기업 승계 지원법 제정안 2025년 내 국회 제출", "achieved", "March 2026 (late)"),
    ("r-mss-succ-rate-cut", MSS, SU, "승계 M&A 인수자 정책자금 금리 1%포인트 인하 2026년 하반기부터", "achieved", "July 2026"),
]


if __name__ == "__main__":
    write(ROOT, "r", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (기획재정부\'s 국고보조금 promises are',
           'listed under 기획예산처, which took the budget office and subsidy management on 2026-01-02, not under the',
           'primary successor 재정경제부; 산업통상자원부\'s 햇빛소득마을 promises under 기후에너지환경부, which took the',
           'energy work on 2025-10-01; its shipbuilding promises under 산업통상부; 여성가족부\'s under 성평등가족부).'],
          with_commitments="--commitments" in sys.argv[1:])
