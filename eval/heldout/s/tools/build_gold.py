"""Writes the hand annotations of held-out set s to gold/*.toml.

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

MOTIE = "산업통상자원부"      # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01 (took the nuclear / radioactive-waste work of 산업통상자원부)
NSSC = "원자력안전위원회"
MOEF = "기획재정부"           # until 2026-01-01
MOFE = "재정경제부"           # from 2026-01-02 (took tax policy of 기획재정부: its primary successor)
NTS = "국세청"
KCS = "관세청"
MFDS = "식품의약품안전처"
MOHW = "보건복지부"
KIPO = "특허청"               # until 2025-09-30
MIP = "지식재산처"            # from 2025-10-01 (successor of 특허청)
FSC = "금융위원회"
MOIS = "행정안전부"
MPM = "인사혁신처"
OPC = "국무조정실"

CLI = "climate"            # 고준위 방사성폐기물 관리 (산업부 → 기후에너지환경부, 원안위)
FIS = "fiscal"             # 고액·상습 체납 징수 (기재부 → 재정경제부, 국세청, 관세청)
O = "other"                # 의약품 품절 대책 (식약처, 복지부)
COM = "commercialization"  # 지식재산 금융: 담보대출 회수·가치평가·특허 매입 (특허청 → 지식재산처, 금융위)
GOV = "government"         # 정부 위원회·조직 정비 (행안부, 인사처, 국무조정실)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (convention of j-r), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q, r)"

W30B = 30000000000.0       # 300억 원
W15B = 15000000000.0       # 150억 원
W1_4T = 1400000000000.0    # 1조 4,000억 원
W30M = 30000000.0          # 3,000만 원
W100M = 100000000.0        # 1억 원
W150M = 150000000.0        # 1억 5,000만 원
W3T = 3000000000000.0      # 3조 원
W3_2T = 3200000000000.0    # 3조 2,000억 원
W5M = 5000000.0            # 500만 원
W100B = 100000000000.0     # 1,000억 원
W70B = 70000000000.0       # 700억 원

PAGES: list[dict] = []

# ---------------------------------------------------------------- 방폐물 1/3 (energy trade paper, ○ list; 산업통상자원부 + 원안위)
P1_H = "고준위 방폐물 부지선정 기본계획 연내 수립…원전 지역 주민 설명회 100회"
P1_D = "산업부, 특별법 후속 '관리 이행계획' 발표…원안위는 건식저장 심사 18개월로 단축"
PAGES.append(dict(
    source="2025-03-25_s_hlw-implementation-plan.txt", title=P1_H, published_at="2025-03-25",
    mentions=[
        m("s-motie-hlw-siting-plan", "new", MOTIE, CLI, P1_H, deadline="2025-12-31", dtext="연내",
          comment="the headline names no body: 산업통상자원부's plan; one headline, two commitments"),
        m("s-motie-hlw-briefing-100", "new", MOTIE, CLI, P1_H, target=100.0, unit="회",
          comment="no date in the clause"),
        m("s-nssc-hlw-review-18m", "new", NSSC, CLI, P1_D, target=18.0, unit="개월",
          comment="the deck's second clause names 원안위; its first clause (the plan's release) is an umbrella"),
        m("s-motie-hlw-siting-plan", "new", MOTIE, CLI,
          "산업통상자원부가 지난달 국회를 통과한 '고준위 방사성폐기물 관리에 관한 특별법'의 후속 조치로 올해 안에 처분시설 부지선정 기본계획을 세운다.",
          deadline="2025-12-31", dtext="올해 안에",
          comment="1만 9,000여t and the 2030/2031/2032 saturation years are 한수원's statistics and forecast; "
                  "2050/2060 are the law's contents, not the ministry's promise; 부안 2003, 경주 2005, 온칼로, "
                  "포스마르크 are history"),
        m("s-motie-hlw-office", "new", MOTIE, CLI,
          "산업부는 우선 특별법이 시행되는 9월에 맞춰 부지 선정과 주민 지원을 맡을 고준위방사성폐기물관리위원회 사무국을 출범시킨다.",
          deadline="2025-09-30", dtext="9월",
          comment="carries the government cue '출범' but is the radioactive-waste storyline: climate (trap)"),
        m("s-motie-hlw-siting-plan", "new", MOTIE, CLI,
          "부지 적합성 기준과 주민 의견 수렴 절차를 담은 기본계획은 사무국 출범 뒤 공청회를 거쳐 확정한다.",
          comment="subjectless: 산업부; the promise restated with its procedure, no date in the sentence; '출범' again"),
        m("s-motie-hlw-briefing-100", "new", MOTIE, CLI, "원전 주변 주민의 불안을 덜기 위한 설명회는 올해 100회 연다.",
          target=100.0, unit="회", deadline="2025-12-31", dtext="올해"),
        m("s-motie-hlw-office", "new", MOTIE, CLI, "○ 고준위방사성폐기물관리위원회 사무국 구성(9월, 산업부)",
          deadline="2025-09-30", dtext="9월",
          comment="each ○ item stands on its own line: one sentence each, the ○ included; the bracket gives timing and body"),
        m("s-motie-hlw-siting-plan", "new", MOTIE, CLI, "○ 처분시설 부지선정 기본계획 수립(연내, 산업부)",
          deadline="2025-12-31", dtext="연내"),
        m("s-motie-hlw-url", "new", MOTIE, CLI, "○ 지하연구시설(URL) 부지 공모 착수(하반기, 산업부)",
          deadline="2025-12-31", dtext="하반기"),
        m("s-motie-hlw-briefing-100", "new", MOTIE, CLI, "○ 원전 지역 주민 설명회 100회 개최(올해, 산업부)",
          target=100.0, unit="회", deadline="2025-12-31", dtext="올해"),
        m("s-nssc-hlw-review-18m", "new", NSSC, CLI,
          "○ 건식저장시설 건설 허가 심사 기간 24개월→18개월(하반기 신청분부터, 원안위)",
          target=18.0, unit="개월", deadline="2025-12-31", dtext="하반기 신청분부터", comment="24개월 is the baseline"),
        m("s-motie-hlw-support-fund", "new", MOTIE, CLI, "○ 부지 내 저장시설 주변 지역 지원금 연 300억 원(내년부터, 산업부)",
          target=W30B, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="'내년부터' (a yearly payment from next year) → next year's 12-31 (q, r)"),
        m("s-motie-hlw-rd-1_4t", "new", MOTIE, CLI, "○ 처분 기술 연구개발 1조 4,000억 원 투입(2030년까지, 산업부)",
          target=W1_4T, unit="원", deadline="2030-12-31", dtext="2030년까지"),
        m("s-nssc-hlw-review-18m", "new", NSSC, CLI,
          "원자력안전위원회는 하반기 접수하는 신청분부터 건식저장시설 건설 허가 심사 기간을 24개월에서 18개월로 줄이기로 했다.",
          target=18.0, unit="개월", deadline="2025-12-31", dtext="하반기",
          comment="the method (next sentence) is a description; 한수원's '2030년부터 운영할 계획' is a public company's "
                  "plan, not annotated"),
        m("s-motie-hlw-support-fund", "new", MOTIE, CLI,
          "정부는 저장시설이 들어서는 원전 주변 지역에 내년부터 해마다 300억 원의 지원금을 준다.",
          target=W30B, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="정부 = the plan's body, 산업부 (the ○ item says so)"),
        m("s-motie-hlw-url", "new", MOTIE, CLI, "지하연구시설(URL) 부지 공모는 하반기 시작한다.",
          deadline="2025-12-31", dtext="하반기",
          comment="subjectless: 산업부; '지하 500m 안팎' (next sentence) is a description"),
        m("s-motie-hlw-rd-1_4t", "new", MOTIE, CLI, "처분 기술 확보에는 2030년까지 1조 4,000억 원을 투입한다.",
          target=W1_4T, unit="원", deadline="2030-12-31", dtext="2030년까지"),
        m("s-motie-hlw-siting-plan", "new", MOTIE, CLI,
          "은가람 산업부 원전산업정책관은 \"탄소중립을 위해 원전을 계속 쓰려면 방폐물 문제부터 풀어야 하고, 이를 다음 세대에 떠넘기지 않겠다는 것이 특별법의 취지\"라며 \"연내 기본계획을 내놓고 부지 선정 절차를 본격적으로 시작하겠다\"고 말했다.",
          person="은가람", deadline="2025-12-31", dtext="연내",
          comment="carries the climate cue '탄소중립' (the only climate cue among the storyline's sentences); not annotated: the 주민단체's demand, 탁유건's bill ('상반기 중', a lawmaker), 원자력정책포럼's "
                  "2030 hypothetical"),
    ]))

# ---------------------------------------------------------------- 체납 1/3 (economic daily, one deck line; 기획재정부 + 국세청 + 관세청)
P2_H = "고액 체납 출국금지 기준 3,000만 원으로…재산추적팀 40개로 늘린다"
P2_D = "기재부·국세청 '체납 징수 강화 방안'…가상자산 압류 시스템 하반기 구축"
PAGES.append(dict(
    source="2025-04-16_s_tax-arrears-crackdown.txt", title=P2_H, published_at="2025-04-16",
    mentions=[
        m("s-moef-arrears-exit-ban", "new", MOEF, FIS, P2_H, target=W30M, unit="원",
          comment="the headline names no body: the threshold is 기획재정부's rule (시행령); a rule value the promise sets "
                  "is its target (r); one headline, two commitments"),
        m("s-nts-arrears-teams-40", "new", NTS, FIS, P2_H, target=40.0, unit="개", comment="no date in the clause"),
        m("s-nts-arrears-crypto", "new", NTS, FIS, P2_D, deadline="2025-12-31", dtext="하반기",
          comment="the deck's second clause names no body: 국세청 (the body paragraph)"),
        m("s-moef-arrears-exit-ban", "new", MOEF, FIS,
          "앞으로 국세를 3,000만 원 넘게 내지 않고 버티면 해외로 나가는 길이 막힐 수 있다.",
          target=W30M, unit="원",
          comment="the lead restates the promise as its effect on taxpayers; '수 있다' is the rule's discretion, not a hedge "
                  "on the promise"),
        m("s-moef-arrears-exit-ban", "new", MOEF, FIS,
          "기획재정부와 국세청은 16일 '고액·상습 체납 징수 강화 방안'을 내놓고 체납자 출국금지 요청 기준을 체납액 5,000만 원 이상에서 3,000만 원 이상으로 낮추기로 했다.",
          target=W30M, unit="원",
          comment="two bodies: the lead body, named first (r); 5,000만 원 is the baseline"),
        m("s-moef-arrears-exit-ban", "new", MOEF, FIS,
          "기재부는 이 내용을 7월 발표하는 세법개정안에 담아 내년 1월부터 시행할 계획이다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="'7월' dates the announcement of the tax bill, not the promise; carries the fiscal cue '세법'"),
        m("s-moef-arrears-disclose", "new", MOEF, FIS,
          "고액·상습 체납자 명단 공개 기준도 내년부터 체납액 2억 원 이상에서 1억 원 이상으로 낮춘다.",
          target=W100M, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="subjectless: 기재부 (the sentence before); 2억 원 is the baseline"),
        m("s-nts-arrears-teams-40", "new", NTS, FIS,
          "국세청은 고액 체납자가 숨긴 재산을 쫓는 재산추적 전담팀을 지금 19개에서 상반기 중 40개로 늘린다.",
          target=40.0, unit="개", deadline="2025-06-30", dtext="상반기 중",
          comment="110조 7,000억 원 / 12% / 94조 원 / 2조 5,000억 원 / 8,900여 명 / 7,100여 명 / 5조 원 are statistics; "
                  "the teams' methods (next sentence) are a description"),
        m("s-nts-arrears-cash-3t", "new", NTS, FIS, "올해 체납액 현금 징수 목표는 3조 원으로 잡았다.",
          target=W3T, unit="원", deadline="2025-12-31", dtext="올해", comment="subjectless: 국세청"),
        m("s-nts-arrears-crypto", "new", NTS, FIS,
          "하반기에는 가상자산 거래소와 전산망을 연결해 체납자가 가진 코인을 곧바로 압류하는 시스템을 구축한다.",
          deadline="2025-12-31", dtext="하반기", comment="subjectless: 국세청; '평균 한 달' is the present state"),
        m("s-nts-arrears-reward-30d", "new", NTS, FIS,
          "숨은 재산을 신고한 사람에게 주는 포상금은 하반기부터 지급 기간을 평균 90일에서 30일 이내로 줄인다.",
          target=30.0, unit="일", deadline="2025-12-31", dtext="하반기부터", comment="90일 is the baseline"),
        m("s-kcs-arrears-customs", "new", KCS, FIS,
          "관세청은 7월부터 관세를 500만 원 이상 체납한 수입업자의 물품 통관을 보류하기로 했다.",
          target=W5M, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment="a measure of the same plan against the same arrears: fiscal (no cue); the rule value 500만 원 is the "
                  "target, 1,000만 원 the baseline"),
        m("s-nts-arrears-cash-3t", "new", NTS, FIS,
          "채하윤 국세청 징세법무국장은 \"세금을 내지 않고 호화롭게 사는 체납자는 끝까지 추적하겠다\"며 \"올해 현금 징수 3조 원 목표를 반드시 달성하겠다\"고 말했다.",
          person="채하윤", target=W3T, unit="원", deadline="2025-12-31", dtext="올해",
          comment="annotated for its second half ('끝까지 추적하겠다' is an undated intention); not annotated: the "
                  "세무법인's warning, 나라살림세제연구소's 1만 2,000명 estimate, the opposition lawmaker's bill ('다음 달')"),
    ]))

# ---------------------------------------------------------------- 의약품 1/3 (wire, `(세종=여울통신)` dateline; 복지부 + 식약처)
P3_H = "품절 잦은 저가 의약품 150개 7월부터 약값 올린다…필수의약품 600개로 확대"
PAGES.append(dict(
    source="2025-05-14_s_drug-shortage-measures-wire.txt", title=P3_H, published_at="2025-05-14",
    mentions=[
        m("s-mohw-drug-price-150", "new", MOHW, O, P3_H, target=150.0, unit="개", deadline="2025-07-31",
          dtext="7월부터",
          comment="the headline names no body: drug prices are 보건복지부's; one headline, two commitments"),
        m("s-mfds-drug-essential-600", "new", MFDS, O, P3_H, target=600.0, unit="개",
          comment="the 국가필수의약품 list is 식약처's (the body paragraph); no date in the clause"),
        m("s-mohw-drug-price-150", "new", MOHW, O,
          "보건복지부와 식품의약품안전처가 품절이 잦은 저가 의약품 150개 품목의 약값을 7월부터 올린다.",
          target=150.0, unit="개", deadline="2025-07-31", dtext="7월부터",
          comment="the wire dateline is not part of the sentence; two bodies: the lead body, named first; 317건 / 94건 "
                  "are statistics"),
        m("s-mohw-drug-price-150", "new", MOHW, O,
          "이에 따라 정부는 원가 보전이 필요한 품목의 상한금액을 원가 수준까지 올려 주기로 했다.",
          comment="정부 = 복지부 (prices); the promise restated without figure or date"),
        m("s-mohw-drug-price-150", "new", MOHW, O,
          "방재윤 복지부 약무정책과장은 \"약국에서 약이 없어 환자가 발길을 돌리는 일이 없도록 하겠다\"며 \"7월 약가 인상부터 차질 없이 진행하겠다\"고 말했다.",
          person="방재윤", deadline="2025-07-31", dtext="7월"),
        m("s-mfds-drug-report-duty", "new", MFDS, O,
          "식약처는 하반기부터 공급 중단 사전 보고 의무 대상을 국가필수의약품에서 퇴장방지의약품과 소아용 의약품까지 넓힌다.",
          deadline="2025-12-31", dtext="하반기부터", comment="'60일 전' is the present rule"),
        m("s-mfds-drug-monitor", "new", MFDS, O,
          "도매상의 재고를 실시간으로 들여다보는 '의약품 수급 모니터링 시스템'도 연내 구축한다.",
          deadline="2025-12-31", dtext="연내", comment="subjectless: 식약처"),
        m("s-mfds-drug-alert", "new", MFDS, O,
          "약국과 병원이 품절 정보를 바로 확인할 수 있는 '품절 알림' 서비스는 8월 문을 연다.",
          deadline="2025-08-31", dtext="8월", comment="subjectless: 식약처; no later page reports it (date rule)"),
        m("s-mfds-drug-essential-600", "new", MFDS, O, "국가필수의약품은 지금 470개에서 2026년까지 600개로 늘린다.",
          target=600.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment="subjectless: 식약처; 470개 is the baseline; what designation brings (next sentence) is a description"),
        m("s-mohw-drug-dur-notice", "new", MOHW, O,
          "복지부는 9월부터 약사가 성분이 같은 다른 약으로 바꿔 조제(대체조제)한 뒤 처방 의사에게 알리는 절차를 의약품안전사용서비스(DUR) 전산 통보로 대신할 수 있게 한다.",
          deadline="2025-09-30", dtext="9월부터"),
        m("s-mohw-drug-public-5", "new", MOHW, O,
          "채산성이 낮아 어느 회사도 만들려 하지 않는 필수의약품은 공공이 생산을 맡는다.",
          comment="subjectless, before the sentence that names 복지부"),
        m("s-mohw-drug-public-5", "new", MOHW, O, "복지부는 이런 필수의약품 다섯 품목을 골라 공공 위탁생산으로 돌린다.",
          target=5.0, unit="품목"),
        m("s-mohw-drug-public-5", "new", MOHW, O, "첫 물량은 2026년 하반기 공급이 목표다.",
          deadline="2026-12-31", dtext="2026년 하반기",
          comment="not annotated: the definitions of 국가필수·퇴장방지의약품, the 강서구 pharmacy, the 제약사's '하반기까지' "
                  "line (a company), 대한약사회, the researcher's 2027 500건 hypothetical"),
    ]))

# ---------------------------------------------------------------- IP 금융 1/3 (regional paper, `대전=` byline; 특허청 + 금융위)
P4_H = "특허청 \"IP 담보대출 회수펀드 1,000억 원…대전에 금융·거래 지원센터 연내 개소\""
P4_D = "'지식재산 금융 활성화 방안' 발표…중소기업 특허 300건 사들여 사용권 돌려준다"
PAGES.append(dict(
    source="2025-07-22_s_ip-finance-daejeon.txt", title=P4_H, published_at="2025-07-22",
    mentions=[
        m("s-kipo-ip-recovery-fund", "new", KIPO, COM, P4_H, target=W100B, unit="원",
          comment="a headline that quotes a body: person ''; no date in the clause; one headline, two commitments"),
        m("s-kipo-ip-center", "new", KIPO, COM, P4_H, deadline="2025-12-31", dtext="연내"),
        m("s-kipo-ip-slb-300", "new", KIPO, COM, P4_D, target=300.0, unit="건",
          comment="the deck names no body: 특허청; carries the startup cue '중소기업' (trap); no date in the clause"),
        m("s-kipo-ip-recovery-fund", "new", KIPO, COM,
          "특허청이 특허를 담보로 한 대출(IP 담보대출)이 부실해졌을 때 담보 특허를 사들여 은행의 손실을 메워 주는 회수지원펀드를 내년 하반기까지 1,000억 원 규모로 만든다.",
          target=W100B, unit="원", deadline="2026-12-31", dtext="내년 하반기까지",
          comment="3조 1,000억 원 / 5,400억 원 / 7% are statistics; '펀드 재원은 특허청 예산과 기술보증기금 …' is the "
                  "means (fiscal cues '예산', '기금'), not annotated"),
        m("s-kipo-ip-valuation-1500", "new", KIPO, COM, "특허청은 올해 중소기업 1,500곳의 특허 가치평가 비용을 대 준다.",
          target=1500.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment="carries '중소기업' (startup cue): the subject is IP finance, commercialization (trap); the 1,000만~1,500만 "
                  "원 cost is context"),
        m("s-kipo-ip-voucher", "new", KIPO, COM,
          "하반기부터는 특허 기술을 제품으로 만드는 데 드는 시제품 제작과 인증 비용을 기업당 최대 5,000만 원까지 'IP 제품화 바우처'로 지원한다.",
          deadline="2025-12-31", dtext="하반기부터", comment="'기업당 최대 5,000만 원' is a cap, not a target (r)"),
        m("s-kipo-ip-slb-300", "new", KIPO, COM,
          "중소기업이 가진 특허를 공공 펀드가 사들인 뒤 사용권을 되돌려 주는 '세일 앤드 라이선스백'은 2026년까지 300건으로 늘린다.",
          target=300.0, unit="건", deadline="2026-12-31", dtext="2026년까지",
          comment="'중소기업' again (trap); the seller's benefit and the 40여 건 so far (next sentences) are description "
                  "and baseline"),
        m("s-kipo-ip-ai-valuation", "new", KIPO, COM,
          "내년 하반기에는 인공지능(AI)이 특허의 시장 가치를 자동으로 매기는 가치평가 시스템도 도입한다.",
          deadline="2026-12-31", dtext="내년 하반기"),
        m("s-fsc-ip-bank-eval", "new", FSC, COM,
          "금융위원회는 내년 1월부터 은행의 IP 금융 실적을 혁신금융 평가에 반영하기로 했다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="a measure of the same IP-finance plan: commercialization although 금융위 owns no topic"),
        m("s-kipo-ip-center", "new", KIPO, COM,
          "특허청은 대전에 'IP 금융·거래 지원센터'를 연내 열어 가치평가와 대출 상담, 특허 거래 중개를 한곳에서 맡긴다.",
          deadline="2025-12-31", dtext="연내"),
        m("s-kipo-ip-center", "new", KIPO, COM,
          "추예린 특허청 산업재산활용국장은 \"특허가 서랍 속 문서가 아니라 돈이 되는 자산이 되게 하겠다\"며 \"연내 대전 센터를 열어 지역 기업부터 돕겠다\"고 말했다.",
          person="추예린", deadline="2025-12-31", dtext="연내",
          comment="not annotated: 대전시's '내년까지' 200억 원 fund (a local government), the venture CEO"),
    ]))

# ---------------------------------------------------------------- 위원회 1/3 (Q&A interview, one deck line; 행안부, 인사처, 국무조정실)
P5_H = "[인터뷰] 편세린 행정안전부 조직혁신국장 \"유명무실 위원회 100개, 올해 안에 정리\""
P5_D = "\"12월 '정부조직 한눈에' 누리집 열어 조직·정원 모두 공개\""
PAGES.append(dict(
    source="2025-08-27_s_committee-reform-interview.txt", title=P5_H, published_at="2025-08-27",
    mentions=[
        m("s-mois-org-committee-100", "new", MOIS, GOV, P5_H, person="편세린", target=100.0, unit="개",
          deadline="2025-12-31", dtext="올해 안에", comment="the interview headline: person = the interviewee (r)"),
        m("s-mois-org-portal", "new", MOIS, GOV, P5_D, person="편세린", deadline="2025-12-31", dtext="12월",
          comment="the deck quotes the interviewee; carries the government cue '정부조직' (the portal's name)"),
        m("s-mois-org-committee-100", "new", MOIS, GOV, "이런 위원회 100개를 올해 안에 없애거나 비슷한 위원회와 합치겠다.",
          person="편세린", target=100.0, unit="개", deadline="2025-12-31", dtext="올해 안에",
          comment="636개 / 87개 / 120개 are statistics"),
        m("s-mois-org-sunset-3y", "new", MOIS, GOV, "그래서 10월부터 새로 만드는 위원회에는 존속기한 3년을 일괄 적용하겠다.",
          person="편세린", target=3.0, unit="년", deadline="2025-10-31", dtext="10월부터",
          comment="a rule value the promise sets is its target (r); the next sentence describes it"),
        m("s-mois-org-diagnosis-43", "new", MOIS, GOV, "43개 중앙행정기관 전체의 조직 진단을 연말까지 마치겠다.",
          person="편세린", target=43.0, unit="개", deadline="2025-12-31", dtext="연말까지",
          comment="the scope of a promised check is its target (r's 600개 사업 점검)"),
        m("s-mois-org-realloc-1000", "new", MOIS, GOV,
          "기능이 겹치거나 업무량이 줄어든 부서를 찾아내고, 여기서 남는 인력 1,000명은 내년 상반기까지 재난 안전, 인공지능처럼 새 수요가 많은 분야로 재배치한다.",
          person="편세린", target=1000.0, unit="명", deadline="2026-06-30", dtext="내년 상반기까지"),
        m("s-mois-org-portal", "new", MOIS, GOV,
          "12월에 '정부조직 한눈에' 누리집을 열어 부처별 조직도와 정원, 위원회 현황을 모두 공개하겠다.",
          person="편세린", deadline="2025-12-31", dtext="12월"),
        m("s-mpm-org-dual-post-3", "new", MPM, GOV,
          "인사혁신처가 민간위원 한 명이 맡을 수 있는 위원회를 세 곳으로 제한하는 지침을 연내 마련하기로 했다.",
          target=3.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="another body's promise reported by the interviewee: ministry 인사혁신처, person '' (she does not "
                  "speak for it); '다섯 곳 넘게' is context"),
        m("s-opc-org-eval-disclose", "new", OPC, GOV,
          "국무조정실은 내년부터 매년 3월 위원회 운영 실적 평가 결과를 공개한다.",
          deadline="2026-03-31", dtext="내년부터 매년 3월",
          comment="a yearly duty from next year: the first due date, next year's March (last day); person '' as above; "
                  "not annotated: the 예산 answer (a fiscal cue in a non-promise), '필요한 위원회까지 없애지는 않겠다' (a "
                  "negation), '위원회 정비는 그대로 간다' (no object or date)"),
    ]))

# ---------------------------------------------------------------- 의약품 2/3 (국정감사 report, one deck line; 복지부 + 식약처)
P6_H = "\"약값 올렸는데 약국엔 약이 없다\"…품절 대책 '150개 중 112개만 인상' 질타"
P6_D = "정은경 장관 \"12월까지 소아 해열제 석 달 치 비축\""
PAGES.append(dict(
    source="2025-10-30_s_drug-shortage-audit.txt", title=P6_H, published_at="2025-10-30",
    mentions=[
        m("s-mohw-drug-price-150", "delayed", MOHW, O, P6_H, target=150.0, unit="개",
          comment="short after the deadline: delayed; the clause names the target ('150개 중 112개', r); the quoted "
                  "complaint is the lawmakers'"),
        m("s-mohw-drug-pediatric-stock", "new", MOHW, O, P6_D, person="정은경", target=3.0, unit="개월",
          deadline="2025-12-31", dtext="12월까지",
          comment="the deck names its speaker; '석 달 치' → 3 개월"),
        m("s-mohw-drug-price-150", "delayed", MOHW, O,
          "변시온 국민의힘 의원이 복지부에서 받은 자료를 보면 복지부가 7월부터 약값을 올리겠다던 품절 우려 의약품 150개 가운데 실제로 인상된 것은 112개에 그쳤다.",
          target=150.0, unit="개", prev="2025-07-31",
          comment="the missed date named → previous_deadline; 286건 is a statistic; '나머지 38개는 …' is detail"),
        m("s-mfds-drug-report-duty", "progress", MFDS, O,
          "식약처가 하반기부터 넓히겠다던 공급 중단 사전 보고 의무는 시행규칙 개정안을 입법예고만 한 상태다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment="a step before the deadline, the date unchanged: progress (q, r); '다른 약속들도 더디다.' is an umbrella line"),
        m("s-mfds-drug-monitor", "progress", MFDS, O,
          "연내 구축하기로 한 의약품 수급 모니터링 시스템은 도매상 40곳을 대상으로 시범 운영하고 있다.",
          deadline="2025-12-31", dtext="연내", comment="body-less: 식약처's promise"),
        m("s-mfds-drug-essential-600", "progress", MFDS, O, "국가필수의약품은 503개로 5월보다 33개 늘었다.",
          comment="a measured value without the target: progress with no target fields (r)"),
        m("s-mohw-drug-public-5", "progress", MOHW, O,
          "복지부가 9월 진행한 위탁 제약사 공모에는 한 곳도 응하지 않아 유찰됐다.",
          comment="a step taken (a tender held, failed) before the deadline, the date unchanged: progress (judgement call)"),
        m("s-mohw-drug-public-5", "progress", MOHW, O, "복지부는 조건을 바꿔 연말 다시 공모할 계획이다.",
          comment="the next step; '연말' dates the step, not the commitment: no deadline fields"),
        m("s-mohw-drug-dur-notice", "achieved", MOHW, O,
          "그나마 대체조제 사후 통보를 DUR 전산으로 대신하는 제도는 9월부터 시행됐다.",
          comment=WHEN + "; the doubled count (next sentence) is usage"),
        m("s-mohw-drug-price-150", "delayed", MOHW, O,
          "정은경 보건복지부 장관은 \"현장에서 체감할 만큼 나아지지 않았다는 지적을 무겁게 받아들인다\"며 \"나머지 38개 품목의 약가 인상도 연내 마무리하겠다\"고 답했다.",
          person="정은경", target=38.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment=LATER + "; target = the remainder the sentence moves (r); the 수원 pharmacist's and another lawmaker's "
                  "words before it are not annotated"),
        m("s-mohw-drug-pediatric-stock", "new", MOHW, O,
          "정 장관은 \"올겨울 독감 유행에 대비해 12월까지 소아 해열제와 항생제를 석 달 치 비축하겠다\"고 말했다.",
          person="정은경", target=3.0, unit="개월", deadline="2025-12-31", dtext="12월까지",
          comment="'정 장관' → 정은경 (named in the sentence before)"),
        m("s-mohw-drug-domestic-api", "new", MOHW, O,
          "복지부는 원료 공급망을 국내로 돌리기 위해 국산 원료를 쓴 의약품에는 내년 상반기부터 약값을 더 쳐주기로 했다.",
          deadline="2026-06-30", dtext="내년 상반기부터",
          comment="carries the industry cue '공급망' but is the drug-shortage storyline: other (trap); not annotated: "
                  "the 민주당 lawmaker's bill ('다음 달'), 식약처's appeal"),
    ]))

# ---------------------------------------------------------------- 방폐물 2/3 (TV script: 앵커/리포트/인터뷰; 기후에너지환경부 + 원안위)
P7_H = "고준위 방폐물 기본계획 결국 해 넘긴다…사무국 출범도 내년 1월로"
PAGES.append(dict(
    source="2025-11-18_s_hlw-tv-report.txt", title=P7_H, published_at="2025-11-18",
    mentions=[
        m("s-motie-hlw-siting-plan", "delayed", MCEE, CLI, P7_H,
          comment="'해 넘긴다' names no date: delayed without deadline fields; the headline names no body: the work is "
                  "기후에너지환경부's since 2025-10-01 (the report says so); one headline, two commitments"),
        m("s-motie-hlw-office", "delayed", MCEE, CLI, P7_H, deadline="2026-01-31", dtext="내년 1월로",
          comment=LATER + "; '출범' (government cue) again"),
        m("s-motie-hlw-siting-plan", "delayed", MCEE, CLI,
          "정부가 연내 내놓겠다던 부지선정 기본계획은 결국 해를 넘기게 됐습니다.",
          prev="2025-12-31",
          comment="the anchor's second line names a specific delay of a specific promise (the first line is an umbrella, "
                  "not annotated); 정부 = 기후에너지환경부; the missed (not yet passed) date named → previous_deadline"),
        m("s-motie-hlw-siting-plan", "delayed", MCEE, CLI,
          "지난달 산업통상자원부에서 원전과 방폐물 업무를 넘겨받은 기후에너지환경부는 부지선정 기본계획 공청회가 주민 반발로 두 차례 무산되자 확정 시점을 내년 상반기로 미뤘습니다.",
          deadline="2026-06-30", dtext="내년 상반기로",
          comment=LATER + "; the old date is not named in this sentence: no previous_deadline; 90% and the two failed "
                  "hearings before it are context"),
        m("s-motie-hlw-office", "delayed", MCEE, CLI,
          "특별법 시행에 맞춰 9월 꾸리기로 했던 관리위원회 사무국도 인력을 다 채우지 못해 출범이 내년 1월로 밀렸습니다.",
          deadline="2026-01-31", dtext="내년 1월로", prev="2025-09-30", comment=LATER + "; the missed date named"),
        m("s-motie-hlw-briefing-100", "progress", MCEE, CLI,
          "올해 100회를 열겠다던 원전 지역 주민 설명회는 지금까지 64회 열렸습니다.",
          target=100.0, unit="회", deadline="2025-12-31", dtext="올해",
          comment="short of the target before the deadline: progress (r)"),
        m("s-motie-hlw-url", "delayed", MCEE, CLI,
          "하반기 시작하기로 했던 지하연구시설 부지 공모도 기본계획이 나온 뒤인 내년 하반기로 미뤄졌습니다.",
          deadline="2026-12-31", dtext="내년 하반기로", prev="2025-12-31", comment=LATER),
        m("s-motie-hlw-siting-plan", "delayed", MCEE, CLI,
          "기본계획은 주민 의견을 충분히 들은 뒤 내년 상반기에는 반드시 확정하겠습니다.",
          person="성다온", deadline="2026-06-30", dtext="내년 상반기",
          comment="the official restating the moved date: delayed (r's convention 1); the quote marks of the bite are "
                  "not part of the sentence"),
        m("s-mcee-hlw-council-5", "new", MCEE, CLI,
          "원전이 있는 다섯 개 시군마다 내년 상반기까지 주민과 전문가가 함께하는 지역 공론화 협의회를 꾸리겠습니다.",
          person="성다온", target=5.0, unit="개", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="a new promise of the renamed body; '다섯 개 시군' → 5 개"),
        m("s-motie-hlw-support-fund", "progress", MCEE, CLI,
          "저장시설 주변 지역에 주기로 한 지원금 300억 원은 내년 정부 예산안에 반영됐습니다.",
          target=W30B, unit="원",
          comment="a step before the date: progress; carries the fiscal cue '예산안' but is the radioactive-waste "
                  "storyline: climate (trap); '진척이 있는 부분도 있습니다.' is an umbrella line"),
        m("s-nssc-hlw-review-18m", "progress", NSSC, CLI,
          "원자력안전위원회는 한국수력원자력이 지난 8월 낸 고리 건식저장시설 건설 허가 신청을 줄어든 심사 기간에 맞춰 검토하고 있습니다.",
          comment="the first application under the shortened review, under way: progress; not annotated: the "
                  "residents' and the 환경단체's bites, 한수원's '2030년까지 완공' (a public company)"),
    ]))

# ---------------------------------------------------------------- 체납 2/3 (straight news with a `[정정]` notice above the headline, one deck line; 재정경제부 + 국세청 + 관세청)
P8_H = "출국금지 체납 기준 이달부터 3,000만 원…명단 공개는 1억 5,000만 원으로"
P8_D = "재정경제부·국세청 체납 대책 1년…현금 징수는 목표 3조 원에 못 미쳐"
PAGES.append(dict(
    source="2026-01-14_s_tax-arrears-one-year.txt", title=P8_H, published_at="2026-01-14",
    mentions=[
        m("s-moef-arrears-exit-ban", "achieved", MOFE, FIS, P8_H, target=W30M, unit="원",
          comment=WHEN + "; the headline names no body: 기획재정부's promise, under 재정경제부 (tax policy, the primary "
                  "successor) since 2026-01-02; one headline, two commitments"),
        m("s-moef-arrears-disclose", "revision", MOFE, FIS, P8_H, target=W150M, unit="원",
          comment="a changed target (1억 → 1억 5,000만 원): revision"),
        m("s-nts-arrears-cash-3t", "delayed", NTS, FIS, P8_D, target=W3T, unit="원",
          comment="short after the deadline: delayed; the deck's first clause is an umbrella"),
        m("s-moef-arrears-exit-ban", "achieved", MOFE, FIS,
          "국세를 3,000만 원 넘게 내지 않은 체납자도 이달부터 출국이 막힐 수 있게 됐다.",
          target=W30M, unit="원", comment=WHEN + "; the lead, as on 2025-04-16"),
        m("s-moef-arrears-exit-ban", "achieved", MOFE, FIS,
          "고액 체납자 출국금지 요청 기준을 5,000만 원에서 3,000만 원으로 낮춘 국세징수법 시행령이 이달부터 시행됐다.",
          target=W30M, unit="원", comment=WHEN + "; body-less: 재정경제부's promise (made by 기획재정부)"),
        m("s-moef-arrears-disclose", "revision", MOFE, FIS,
          "고액·상습 체납자 명단 공개 기준을 1억 원 이상으로 낮추려던 국세기본법 개정안은 국회 심사 과정에서 1억 5,000만 원으로 조정됐다.",
          target=W150M, unit="원",
          comment="changed by the legislature, but it is the government's promise whose target changed: revision"),
        m("s-moef-arrears-disclose", "revision", MOFE, FIS, "새 기준은 올해 11월 명단 공개분부터 적용된다.",
          deadline="2026-11-30", dtext="올해 11월",
          comment="the same revision, its date (earlier than the promised '내년부터' = 2026-12-31; not later, so not "
                  "delayed); the 국회 quote after it is context"),
        m("s-nts-arrears-teams-40", "achieved", NTS, FIS,
          "지난해 상반기 중 40개로 늘리기로 한 재산추적 전담팀은 예정대로 6월 모두 꾸려졌다.",
          target=40.0, unit="개", deadline="2025-06-30", dtext="지난해 상반기 중",
          comment="on time, the promise restated: deadline fields (r); 1,900여 건 / 1,240억 원 are results; '징수 인력 "
                  "확충은 약속을 지켰다.' is an umbrella line"),
        m("s-nts-arrears-cash-3t", "delayed", NTS, FIS,
          "하지만 지난해 3조 원을 목표로 했던 체납액 현금 징수는 2조 7,400억 원에 그쳤다.",
          target=W3T, unit="원", prev="2025-12-31",
          comment="'지난해' names the missed year: previous_deadline; target = the promise, not 2조 7,400억 원"),
        m("s-nts-arrears-crypto", "delayed", NTS, FIS,
          "지난해 하반기 구축하기로 했던 가상자산 압류 시스템은 거래소와의 전산 연계가 늦어져 올해 상반기로 미뤄졌다.",
          deadline="2026-06-30", dtext="올해 상반기로", prev="2025-12-31", comment=LATER),
        m("s-nts-arrears-reward-30d", "delayed", NTS, FIS,
          "숨은 재산 신고 포상금의 지급 기간은 지난해 하반기 평균 52일로, 30일 이내로 줄이겠다던 목표에 못 미쳤다.",
          target=30.0, unit="일",
          comment="short after the deadline: delayed; '지난해 하반기' is the period measured, not a named deadline: no "
                  "previous_deadline"),
        m("s-kcs-arrears-customs", "cancelled", KCS, FIS,
          "관세청은 지난해 7월부터 하겠다던 관세 체납자 수입 물품 통관 보류 확대를 수입업계 반발에 부딪혀 접었다.",
          prev="2025-07-31", comment="dropped; the date named → previous_deadline; the reason (next sentence) is context"),
        m("s-mofe-arrears-link", "new", MOFE, FIS,
          "재정경제부는 행정안전부와 함께 올해 하반기까지 국세와 지방세 체납 정보를 한 번에 조회하는 시스템을 만들기로 했다.",
          deadline="2026-12-31", dtext="올해 하반기까지",
          comment="a new promise of the renamed body; two bodies: the lead body, named first"),
        m("s-nts-arrears-cash-2026", "new", NTS, FIS, "국세청은 올해 현금 징수 목표를 3조 2,000억 원으로 잡았다.",
          target=W3_2T, unit="원", deadline="2026-12-31", dtext="올해",
          comment="a new yearly target, not a revision of the 2025 one"),
        m("s-mofe-arrears-link", "new", MOFE, FIS,
          "연해든 재정경제부 조세정책관은 \"성실하게 세금을 내는 국민이 손해 본다고 느끼지 않게 하겠다\"며 \"체납 정보 통합 조회 시스템을 하반기까지 반드시 만들겠다\"고 말했다.",
          person="연해든", deadline="2026-12-31", dtext="하반기까지",
          comment="not annotated: the [정정] notice (as in f-r), the professor, 112조 원 / 1조 3,000억 원 (statistics)"),
    ]))

# ---------------------------------------------------------------- 의약품 data page (no promise)
PAGES.append(dict(
    source="2026-02-24_s_drug-shortage-by-numbers.txt", title="[숫자로 본 의약품 품절] 341건, 해열제·항생제가 셋 중 하나",
    published_at="2026-02-24", mentions=[]))

# ---------------------------------------------------------------- 위원회 2/3 (editorial, no byline; 행안부, 인사처, 국무조정실)
PAGES.append(dict(
    source="2026-04-08_s_committee-reform-editorial.txt", title="[사설] 위원회 정비, 숫자 맞추기로는 정부 군살 못 뺀다",
    published_at="2026-04-08",
    mentions=[
        m("s-mois-org-committee-100", "delayed", MOIS, GOV,
          "행안부가 지난해 말까지 100개를 없애거나 합치겠다던 정부 위원회 가운데 실제로 정리된 곳은 62개다.",
          target=100.0, unit="개", prev="2025-12-31",
          comment="short after the deadline: delayed; the editorial's headline and opening paragraph are commentary"),
        m("s-mois-org-committee-100", "delayed", MOIS, GOV, "행안부는 남은 38개를 올해 상반기 안에 정리하겠다고 한다.",
          target=38.0, unit="개", deadline="2026-06-30", dtext="올해 상반기 안에",
          comment=LATER + "; target = the remainder the sentence moves"),
        m("s-mois-org-sunset-3y", "cancelled", MOIS, GOV,
          "지난해 10월부터 새 위원회에 존속기한 3년을 일괄 적용하겠다던 일몰제는 정부조직 개편 논의에 밀려 슬그머니 사라졌다.",
          target=3.0, unit="년", prev="2025-10-31",
          comment="dropped; carries the government cue '정부조직' (the category's own); the 11개 new committees are a "
                  "statistic"),
        m("s-mpm-org-dual-post-3", "delayed", MPM, GOV,
          "민간위원 한 사람이 맡을 수 있는 위원회를 세 곳으로 묶겠다던 인사혁신처의 겸직 제한 지침도 지난해 연말까지 마련하겠다고 했지만 아직 초안조차 나오지 않았다.",
          target=3.0, unit="곳", prev="2025-12-31", comment="undone after the deadline: delayed"),
        m("s-mois-org-diagnosis-43", "achieved", MOIS, GOV, "43개 중앙행정기관의 조직 진단은 약속대로 지난해 말 마무리됐다.",
          target=43.0, unit="개", comment=WHEN + "; '성과가 없지는 않다.' is an umbrella line"),
        m("s-mois-org-portal", "achieved", MOIS, GOV,
          "12월 열겠다던 '정부조직 한눈에' 누리집은 두 달 늦은 지난 2월에야 문을 열었지만, 부처별 조직도와 정원을 한곳에서 볼 수 있게 된 것은 의미가 있다.",
          comment=LATE),
        m("s-opc-org-eval-disclose", "achieved", OPC, GOV, "국무조정실은 지난달 처음으로 위원회 운영 실적 평가 결과를 공개했다.",
          comment=WHEN + " (March 2026, the first due date); the ministries' reaction after it is context"),
        m("s-mois-org-realloc-1000", "progress", MOIS, GOV,
          "진단 결과 남는 인력 1,000명을 재배치하겠다는 계획은 지금까지 430명에 머물러 있다.",
          target=1000.0, unit="명", comment="short of the target before the deadline (2026-06-30): progress"),
        m("s-mois-org-committee-2nd-50", "new", MOIS, GOV, "행안부는 하반기에 2차 정비에 나서 위원회 50개를 더 줄이겠다고 밝혔다.",
          target=50.0, unit="개", deadline="2026-12-31", dtext="하반기",
          comment="a new promise, reported by the editorial; not annotated: the editorial's doubts and demands "
                  "('정부는 … 공개해야 한다', '일몰제도 다시 꺼내야 한다')"),
    ]))

# ---------------------------------------------------------------- IP 금융 2/3 (tech business daily, one deck line; 지식재산처 + 금융위)
P11_H = "IP 담보대출 회수펀드 1,000억→700억 축소…'세일 앤드 라이선스백'은 124건"
P11_D = "지식재산처 '지식재산 금융 1년' 점검…AI 가치평가 하반기 정식 가동"
PAGES.append(dict(
    source="2026-07-15_s_ip-finance-one-year.txt", title=P11_H, published_at="2026-07-15",
    mentions=[
        m("s-kipo-ip-recovery-fund", "revision", MIP, COM, P11_H, target=W70B, unit="원",
          comment="a lowered target: revision; the headline names no body: 특허청's promise, under 지식재산처 since "
                  "2025-10-01; one headline, two commitments"),
        m("s-kipo-ip-slb-300", "progress", MIP, COM, P11_H,
          comment="a measured value without the target: progress, no target fields"),
        m("s-kipo-ip-ai-valuation", "progress", MIP, COM, P11_D, deadline="2026-12-31", dtext="하반기",
          comment="on schedule, not yet done: progress; the deck's first clause is an umbrella"),
        m("s-kipo-ip-recovery-fund", "revision", MIP, COM,
          "지식재산처는 올해 하반기까지 1,000억 원 규모로 만들겠다던 IP 담보대출 회수지원펀드 목표를 700억 원으로 줄였다고 15일 밝혔다.",
          target=W70B, unit="원", deadline="2026-12-31", dtext="올해 하반기까지",
          comment="'내년 하반기까지' (2025-07-22) = '올해 하반기까지' here"),
        m("s-kipo-ip-recovery-fund", "progress", MIP, COM, "지금까지 모인 돈은 420억 원이다.",
          comment="subjectless: the fund; a measured value without the target: progress (same day as the revision)"),
        m("s-kipo-ip-valuation-1500", "achieved", MIP, COM,
          "지난해 1,500곳을 지원하겠다던 특허 가치평가 비용 지원은 1,620곳으로 목표를 넘겼다.",
          target=1500.0, unit="곳", deadline="2025-12-31", dtext="지난해",
          comment="on time, the promise restated: deadline fields; target = the promise, not 1,620곳"),
        m("s-kipo-ip-slb-300", "progress", MIP, COM,
          "특허를 팔아 사업화 자금을 마련한 뒤 사용권을 돌려받는 '세일 앤드 라이선스백'은 2026년까지 300건을 채우기로 했지만 지난달까지 124건에 머물렀다.",
          target=300.0, unit="건", deadline="2026-12-31", dtext="2026년까지",
          comment="carries the commercialization cue '사업화' (one of few); '지난달까지' says when it was measured; '머물렀다' before the deadline is still progress"),
        m("s-kipo-ip-voucher", "achieved", MIP, COM,
          "지난해 하반기부터 주겠다던 'IP 제품화 바우처'는 예산 배정이 늦어져 올해 1월에야 첫 지원이 나갔다.",
          comment=LATE + "; carries the fiscal cue '예산' (trap)"),
        m("s-kipo-ip-ai-valuation", "progress", MIP, COM,
          "AI 가치평가 시스템은 4월부터 시범 운영 중이며 예정대로 하반기 정식 가동한다.",
          deadline="2026-12-31", dtext="하반기", comment="4주 → 5일 (next sentence) is a pilot result"),
        m("s-fsc-ip-bank-eval", "delayed", FSC, COM,
          "금융위원회는 올해 1월부터 은행의 IP 금융 실적을 혁신금융 평가에 반영하겠다고 했지만, 평가 지표 개편이 늦어져 반영 시점을 내년 1월로 미뤘다.",
          deadline="2027-01-31", dtext="내년 1월로", prev="2026-01-31", comment=LATER + "; '금융 당국 쪽은 …' is an umbrella line"),
        m("s-kipo-ip-center", "cancelled", MIP, COM,
          "대전에 따로 열겠다던 'IP 금융·거래 지원센터'는 새로 세우지 않고 기존 대전지식재산센터에 기능을 합치기로 했다.",
          comment="dropped (folded into an existing centre); body-less: 지식재산처; no date named"),
        m("s-mip-ip-insurance", "new", MIP, COM,
          "지식재산처는 IP 담보대출을 내준 은행이 손실을 보면 일부를 보험금으로 메워 주는 'IP 회수보험'을 내년 상반기 도입하겠다고 밝혔다.",
          deadline="2027-06-30", dtext="내년 상반기",
          comment="a new promise of the renamed body; '… 덜겠다는 구상이다' before it is an undated umbrella; 3조 9,000억 원 "
                  "/ 26% are statistics"),
        m("s-mip-ip-insurance", "new", MIP, COM,
          "추예린 지식재산처 지식재산활용국장은 \"펀드 목표를 줄인 것은 아쉽지만 회수 수단을 여러 갈래로 만드는 게 더 중요하다\"며 \"회수보험은 내년 상반기 안에 반드시 내놓겠다\"고 말했다.",
          person="추예린", deadline="2027-06-30", dtext="내년 상반기 안에",
          comment="not annotated: the two CEOs, the 시중은행's '하반기' product (a company), 중소기업계's demand"),
    ]))

# ---------------------------------------------------------------- roundup (promise-tracker site, two deck lines)
P12_H = "[2026 연말 약속 점검] 방폐물 기본계획 8개월 늦게 나왔고, 의약품 공공생산은 무산"
P12_D1 = "정부 위원회 100개 중 91개 정리…IP 회수펀드는 700억 원으로"
P12_D2 = "체납 명단 공개 새 기준은 약속대로 적용"
PAGES.append(dict(
    source="2026-11-24_s_promise-yearend-roundup.txt", title=P12_H, published_at="2026-11-24",
    mentions=[
        m("s-motie-hlw-siting-plan", "achieved", MCEE, CLI, P12_H, comment=LATE + "; one headline, two commitments"),
        m("s-mohw-drug-public-5", "cancelled", MOHW, O, P12_H, comment="dropped"),
        m("s-mois-org-committee-100", "delayed", MOIS, GOV, P12_D1, target=100.0, unit="개",
          comment="short after the (moved) deadline: delayed; the clause names the target; one deck, two commitments"),
        m("s-kipo-ip-recovery-fund", "revision", MIP, COM, P12_D1, target=W70B, unit="원",
          comment="the lowered target restated: revision (as on 2026-07-15)"),
        m("s-moef-arrears-disclose", "achieved", MOFE, FIS, P12_D2, comment=WHEN),
        # 방폐물
        m("s-motie-hlw-siting-plan", "achieved", MCEE, CLI,
          "기후에너지환경부가 당초 지난해 안에 확정하겠다던 부지선정 기본계획은 올해 8월에야 나왔다.",
          comment=LATE + " (and after the moved date, 2026-06-30); the intro is an umbrella"),
        m("s-motie-hlw-office", "achieved", MCEE, CLI,
          "올해 1월로 미뤘던 고준위방사성폐기물관리위원회 사무국은 인력 충원이 또 늦어져 2월에야 문을 열었다.",
          comment=LATE + " (after the moved date)"),
        m("s-nssc-hlw-review-18m", "achieved", NSSC, CLI, "신청 14개월 만으로, 심사 기간을 18개월로 줄이겠다던 약속을 지켰다.",
          target=18.0, unit="개월",
          comment="the permit (the sentence before) is the event; this sentence links it to the promise; target = the "
                  "promise, not 14개월"),
        m("s-motie-hlw-url", "achieved", MCEE, CLI, "올해 하반기로 미뤘던 지하연구시설 부지 공모는 지난 10월 시작됐다.",
          deadline="2026-12-31", dtext="올해 하반기로",
          comment="reached within the moved date: achieved on time with the moved date (r, q's 5년물)"),
        m("s-motie-hlw-support-fund", "revision", MCEE, CLI,
          "올해부터 주기로 한 원전 주변 지역 저장시설 지원금은 국회 예산 심사에서 연 300억 원이 150억 원으로 깎였다.",
          target=W15B, unit="원", deadline="2026-12-31", dtext="올해부터",
          comment="a lowered target: revision; '예산' (fiscal cue) again (trap)"),
        m("s-motie-hlw-briefing-100", "delayed", MCEE, CLI, "지난해 100회를 열겠다던 원전 지역 주민 설명회는 92회에 그쳤다.",
          target=100.0, unit="회", prev="2025-12-31", comment="short after the deadline: delayed"),
        m("s-mcee-hlw-council-5", "delayed", MCEE, CLI,
          "원전이 있는 다섯 개 시군에 올해 상반기까지 꾸리겠다던 지역 공론화 협의회는 세 곳에서만 구성됐다.",
          target=5.0, unit="개", prev="2026-06-30", comment="short after the deadline: delayed"),
        m("s-mcee-hlw-survey-2028", "new", MCEE, CLI,
          "기후에너지환경부는 2028년까지 부지 후보 지역의 지질 기본조사를 마치겠다고 밝혔다.",
          deadline="2028-12-31", dtext="2028년까지"),
        # 체납
        m("s-moef-arrears-disclose", "achieved", MOFE, FIS,
          "1억 5,000만 원으로 낮아진 고액·상습 체납자 명단 공개 기준은 지난 19일 공개분부터 적용돼 공개 인원이 지난해보다 2,100여 명 늘었다.",
          target=W150M, unit="원",
          comment=WHEN + " (within the revised date, 2026-11-30); body-less: 재정경제부's promise; 2,100여 명 is a result"),
        m("s-nts-arrears-reward-30d", "achieved", NTS, FIS,
          "숨은 재산 신고 포상금 지급 기간은 올해 상반기 평균 28일로 30일 목표를 처음 맞췄다.",
          target=30.0, unit="일", comment=LATE + "; target = the promise, not 28일"),
        m("s-nts-arrears-crypto", "delayed", NTS, FIS,
          "올해 상반기로 미뤘던 가상자산 압류 시스템은 거래소 다섯 곳 가운데 두 곳과만 연결됐다.",
          prev="2026-06-30",
          comment="undone after the moved date: delayed; the moved date named → previous_deadline; 다섯 곳 is the "
                  "scope, not a promised target"),
        m("s-mofe-arrears-link", "delayed", MOFE, FIS,
          "재정경제부가 올해 하반기까지 만들겠다던 국세·지방세 체납 정보 통합 조회 시스템은 행정안전부와의 개인정보 협의가 길어지면서 내년 상반기로 미뤄졌다.",
          deadline="2027-06-30", dtext="내년 상반기로", prev="2026-12-31", comment=LATER),
        m("s-nts-arrears-cash-2026", "progress", NTS, FIS,
          "올해 3조 2,000억 원을 목표로 한 현금 징수는 10월까지 2조 6,100억 원이 걷혔다.",
          target=W3_2T, unit="원", deadline="2026-12-31", dtext="올해",
          comment="short of the target before the deadline: progress"),
        # 의약품
        m("s-mohw-drug-public-5", "cancelled", MOHW, O,
          "보건복지부가 올해 하반기 첫 물량을 내겠다던 필수의약품 공공 위탁생산은 두 차례 공모에도 맡겠다는 제약사가 나서지 않아 없던 일이 됐다.",
          prev="2026-12-31", comment="dropped before its date: the not-yet-passed date named → previous_deadline (o, p, r)"),
        m("s-mfds-drug-report-duty", "achieved", MFDS, O,
          "식품의약품안전처가 지난해 하반기부터 넓히겠다던 공급 중단 사전 보고 의무는 시행규칙 개정이 늦어져 올해 3월부터 시행됐다.",
          comment=LATE),
        m("s-mfds-drug-monitor", "achieved", MFDS, O, "의약품 수급 모니터링 시스템은 해를 넘긴 지난 1월 정식 가동됐다.",
          comment=LATE + "; body-less: 식약처"),
        m("s-mfds-drug-essential-600", "revision", MFDS, O,
          "식약처는 올해까지 600개로 늘리겠다던 국가필수의약품 지정 목표를 560개로 낮췄다.",
          target=560.0, unit="개", deadline="2026-12-31", dtext="올해까지", comment="a lowered target: revision"),
        m("s-mohw-drug-pediatric-stock", "delayed", MOHW, O,
          "지난겨울 석 달 치를 쌓아 두겠다던 소아 해열제·항생제 비축량은 두 달 치에 그쳤다.",
          target=3.0, unit="개월",
          comment="short after the deadline: delayed; '지난겨울' is the season of the stockpile, not a deadline phrase: no "
                  "previous_deadline; body-less: 복지부"),
        m("s-mohw-drug-domestic-api", "delayed", MOHW, O, "국산 원료 의약품 약가 우대는 올해 상반기에서 내년 1월로 미뤄졌다.",
          deadline="2027-01-31", dtext="내년 1월로", prev="2026-06-30", comment=LATER + "; body-less: 복지부"),
        # IP 금융
        m("s-kipo-ip-ai-valuation", "achieved", MIP, COM, "AI 가치평가 시스템은 예정대로 지난 9월 정식 가동했다.",
          comment=WHEN),
        m("s-kipo-ip-slb-300", "progress", MIP, COM,
          "특허를 팔고 사용권을 돌려받는 '세일 앤드 라이선스백'은 10월까지 191건으로, 연말까지 300건을 채우기는 어려워 보인다.",
          target=300.0, unit="건", deadline="2026-12-31", dtext="연말까지",
          comment="short of the target before the deadline: progress (the reporter's doubt does not make it delayed)"),
        m("s-kipo-ip-recovery-fund", "progress", MIP, COM, "목표를 700억 원으로 줄인 회수지원펀드에는 지금까지 510억 원이 모였다.",
          target=W70B, unit="원",
          comment="a count short of the revised target, before its date: progress; with the deck's revision the same day "
                  "the rule gives revised"),
        # 위원회
        m("s-mois-org-committee-100", "delayed", MOIS, GOV,
          "행정안전부가 정비하겠다던 위원회 100개 가운데 정리가 끝난 곳은 91개로, 올해 상반기까지 마치겠다던 약속도 지키지 못했다.",
          target=100.0, unit="개", prev="2026-06-30", comment="undone after the moved date: delayed"),
        m("s-mois-org-realloc-1000", "delayed", MOIS, GOV, "올해 상반기까지 1,000명을 재배치하겠다던 통합정원은 820명에 그쳤다.",
          target=1000.0, unit="명", prev="2026-06-30", comment="short after the deadline: delayed"),
        m("s-mois-org-committee-2nd-50", "progress", MOIS, GOV,
          "하반기 2차 정비로 50개를 더 줄이겠다던 행안부는 대상 위원회를 골라 관련 법령 개정안을 입법예고했다.",
          target=50.0, unit="개", deadline="2026-12-31", dtext="하반기", comment="a step before the deadline: progress"),
        m("s-mpm-org-dual-post-3", "achieved", MPM, GOV, "인사혁신처의 민간위원 겸직 제한 지침은 지난 5월에야 시행됐다.",
          comment=LATE + "; not annotated: the outlet's own plan ('약속저울은 내년에도 …') and all boilerplate"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-24)
LAST = "2026-11-24"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 고준위 방폐물 (climate)
    ("s-motie-hlw-siting-plan", MCEE, CLI, "고준위 방폐물 처분시설 부지선정 기본계획 (2025년 내 → 2026년 상반기)", "achieved",
     "August 2026 (late, after the moved date); made by 산업통상자원부, the work moved to 기후에너지환경부 on 2025-10-01"),
    ("s-motie-hlw-office", MCEE, CLI, "고준위방사성폐기물관리위원회 사무국 (2025년 9월 → 2026년 1월)", "achieved",
     "February 2026 (late)"),
    ("s-motie-hlw-url", MCEE, CLI, "지하연구시설(URL) 부지 공모 착수 (2025년 하반기 → 2026년 하반기)", "achieved",
     "October 2026, within the moved date"),
    ("s-motie-hlw-briefing-100", MCEE, CLI, "원전 지역 주민 설명회 2025년 100회", "delayed", "92회"),
    ("s-nssc-hlw-review-18m", NSSC, CLI, "건식저장시설 건설 허가 심사 24개월 → 18개월 (2025년 하반기 신청분부터)", "achieved",
     "고리 permit after 14 months (October 2026)"),
    ("s-motie-hlw-support-fund", MCEE, CLI, "저장시설 주변 지역 지원금 2026년부터 연 (300억 원 → 150억 원)", "revised",
     "cut by the 국회 (reported 2026-11-24)"),
    ("s-motie-hlw-rd-1_4t", MCEE, CLI, "처분 기술 연구개발 2030년까지 1조 4,000억 원", "announced", "no follow-up"),
    ("s-mcee-hlw-council-5", MCEE, CLI, "원전 소재 5개 시군 지역 공론화 협의회 2026년 상반기까지", "delayed", "세 곳"),
    ("s-mcee-hlw-survey-2028", MCEE, CLI, "부지 후보 지역 지질 기본조사 2028년까지", "announced", ""),
    # 고액 체납 (fiscal)
    ("s-moef-arrears-exit-ban", MOFE, FIS, "체납자 출국금지 요청 기준 5,000만 → 3,000만 원 2026년 1월부터", "achieved",
     "in force January 2026; made by 기획재정부"),
    ("s-moef-arrears-disclose", MOFE, FIS, "고액·상습 체납자 명단 공개 기준 2억 원 → (1억 원 → 1억 5,000만 원) 2026년",
     "achieved", "revised by the 국회 (2026-01-14), applied to the November 2026 list"),
    ("s-mofe-arrears-link", MOFE, FIS, "국세·지방세 체납 정보 통합 조회 (2026년 하반기 → 2027년 상반기)", "delayed",
     "moved on 2026-11-24 (convention 1, the new date ahead)"),
    ("s-nts-arrears-teams-40", NTS, FIS, "재산추적 전담팀 19 → 40개 2025년 상반기 중", "achieved", "June 2025"),
    ("s-nts-arrears-cash-3t", NTS, FIS, "2025년 체납액 현금 징수 3조 원", "delayed", "2조 7,400억 원"),
    ("s-nts-arrears-crypto", NTS, FIS, "가상자산 거래소 연계 압류 시스템 (2025년 하반기 → 2026년 상반기)", "delayed",
     "two of five exchanges linked after the moved date"),
    ("s-nts-arrears-reward-30d", NTS, FIS, "은닉재산 신고 포상금 지급 90일 → 30일 2025년 하반기부터", "achieved",
     "28일 in H1 2026 (late)"),
    ("s-nts-arrears-cash-2026", NTS, FIS, "2026년 체납액 현금 징수 3조 2,000억 원", "in_progress", "2조 6,100억 원 by October"),
    ("s-kcs-arrears-customs", KCS, FIS, "관세 체납 500만 원 이상 수입 물품 통관 보류 2025년 7월부터", "cancelled",
     "dropped (2026-01-14)"),
    # 의약품 품절 (other)
    ("s-mohw-drug-price-150", MOHW, O, "품절 우려 저가 의약품 150개 약가 인상 2025년 7월부터", "delayed",
     "112개 by October 2025; the remaining 38 promised for 2025, no later report"),
    ("s-mohw-drug-dur-notice", MOHW, O, "대체조제 사후 통보 DUR 전산 대체 2025년 9월부터", "achieved", "on time"),
    ("s-mohw-drug-public-5", MOHW, O, "필수의약품 5품목 공공 위탁생산 2026년 하반기 첫 공급", "cancelled",
     "dropped (2026-11-24)"),
    ("s-mohw-drug-pediatric-stock", MOHW, O, "소아 해열제·항생제 3개월분 비축 2025년 12월까지", "delayed", "두 달 치"),
    ("s-mohw-drug-domestic-api", MOHW, O, "국산 원료 의약품 약가 우대 (2026년 상반기 → 2027년 1월)", "delayed",
     "moved on 2026-11-24 (convention 1)"),
    ("s-mfds-drug-report-duty", MFDS, O, "공급 중단 사전 보고 의무 확대 2025년 하반기부터", "achieved", "March 2026 (late)"),
    ("s-mfds-drug-monitor", MFDS, O, "의약품 수급 모니터링 시스템 2025년 내 구축", "achieved", "January 2026 (late)"),
    ("s-mfds-drug-alert", MFDS, O, "약국·병원 '품절 알림' 서비스 2025년 8월", "delayed",
     "deadline 2025-08-31 passed with no report (the 2025-05-14 page is its only page)"),
    ("s-mfds-drug-essential-600", MFDS, O, "국가필수의약품 2026년까지 (470 → 600개 → 560개)", "revised",
     "target lowered on 2026-11-24"),
    # IP 금융 (commercialization)
    ("s-kipo-ip-recovery-fund", MIP, COM, "IP 담보대출 회수지원펀드 2026년 하반기까지 (1,000억 원 → 700억 원)", "revised",
     "lowered 2026-07-15; 510억 원 by 2026-11-24; made by 특허청"),
    ("s-kipo-ip-valuation-1500", MIP, COM, "중소기업 특허 가치평가 비용 2025년 1,500곳 지원", "achieved", "1,620곳"),
    ("s-kipo-ip-voucher", MIP, COM, "IP 제품화 바우처 2025년 하반기부터", "achieved", "January 2026 (late)"),
    ("s-kipo-ip-slb-300", MIP, COM, "중소기업 특허 매입 후 사용권 반환(세일 앤드 라이선스백) 2026년까지 300건", "in_progress",
     "191건 by October"),
    ("s-kipo-ip-ai-valuation", MIP, COM, "AI 특허 가치평가 시스템 2026년 하반기 도입", "achieved", "September 2026"),
    ("s-kipo-ip-center", MIP, COM, "대전 IP 금융·거래 지원센터 2025년 내 개소", "cancelled", "dropped (2026-07-15)"),
    ("s-fsc-ip-bank-eval", FSC, COM, "은행 IP 금융 실적 혁신금융 평가 반영 (2026년 1월 → 2027년 1월)", "delayed",
     "moved on 2026-07-15 (convention 1, the new date ahead)"),
    ("s-mip-ip-insurance", MIP, COM, "IP 회수보험 2027년 상반기 도입", "announced", ""),
    # 위원회·조직 정비 (government)
    ("s-mois-org-committee-100", MOIS, GOV, "정부 위원회 100개 폐지·통합 (2025년 내 → 2026년 상반기)", "delayed", "91개"),
    ("s-mois-org-sunset-3y", MOIS, GOV, "신설 위원회 존속기한 3년 일괄 적용 2025년 10월부터", "cancelled", "dropped (2026-04-08)"),
    ("s-mois-org-diagnosis-43", MOIS, GOV, "43개 중앙행정기관 조직 진단 2025년 말까지", "achieved", "on time"),
    ("s-mois-org-realloc-1000", MOIS, GOV, "통합정원 1,000명 재배치 2026년 상반기까지", "delayed", "820명"),
    ("s-mois-org-portal", MOIS, GOV, "'정부조직 한눈에' 누리집 2025년 12월 개설", "achieved", "February 2026 (late)"),
    ("s-mois-org-committee-2nd-50", MOIS, GOV, "2차 위원회 정비 50개 2026년 하반기", "in_progress", "법령 개정안 입법예고"),
    ("s-mpm-org-dual-post-3", MPM, GOV, "민간위원 겸직 세 곳 제한 지침 2025년 내", "achieved", "May 2026 (late)"),
    ("s-opc-org-eval-disclose", OPC, GOV, "위원회 운영 실적 평가 결과 매년 3월 공개 (2026년부터)", "achieved",
     "first published March 2026"),
]


if __name__ == "__main__":
    write(ROOT, "s", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (산업통상자원부's 고준위 방폐물",
           'promises are listed under 기후에너지환경부, which took the nuclear and radioactive-waste work on 2025-10-01,',
           "not under the listed successor 산업통상부; 기획재정부's 체납 promises under 재정경제부, the primary successor,",
           "which kept tax policy on 2026-01-02; 특허청's under 지식재산처)."],
          with_commitments="--commitments" in sys.argv[1:])
