"""Writes the hand annotations of held-out set q to gold/*.toml.

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
MOFE = "재정경제부"            # from 2026-01-02 (took the treasury / 국채 work of 기획재정부)
ME = "환경부"                  # until 2025-09-30
MCEE = "기후에너지환경부"      # from 2025-10-01 (successor of 환경부)
MOTIE = "산업통상자원부"       # until 2025-09-30
MOTI = "산업통상부"            # from 2025-10-01 (successor of 산업통상자원부)
FSC = "금융위원회"
MOEL = "고용노동부"
MSS = "중소벤처기업부"
KFTC = "공정거래위원회"
MSIT = "과학기술정보통신부"
KCC = "방송통신위원회"         # until 2025-09-30
KMCC = "방송미디어통신위원회"  # from 2025-10-01 (replaced 방송통신위원회)
KNPA = "경찰청"

FIS = "fiscal"      # 개인투자용 국채 (국채 발행·판매·세제)
CLI = "climate"     # 배출권거래제
IND = "industry"    # 석유화학 구조개편 (incl. its finance and workforce measures)
SU = "startup"      # 중소기업 기술보호
TEL = "telecom"     # 불법 스팸 (문자 재판매사, 이통사 차단 서비스, 신고 처리)
O = "other"         # 경찰청's crackdown on spam gangs (criminal enforcement)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (sample-corpus convention, as in j-p), new date in deadline"

W2T = 2000000000000.0    # 2조 원
W3T = 3000000000000.0    # 3조 원
W1T = 1000000000000.0    # 1조 원
W300M = 300000000.0      # 3억 원
W700B = 700000000000.0   # 7,000억 원

PAGES: list[dict] = []

# ---------------------------------------------------------------- 국채 1/3 (economic daily, two deck lines; 기획재정부)
P1_H = "개인투자용 국채 판매처 하반기 5곳으로…7월부터 모바일 청약"
P1_D1 = "올해 발행 2조 원으로 늘려…5년물 상반기 신설"
P1_D2 = "분리과세 한도 3억 원 상향, 내년 1월부터 적용 추진"
PAGES.append(dict(
    source="2025-01-23_q_retail-bond-plan.txt", title=P1_H, published_at="2025-01-23",
    mentions=[
        m("q-moef-bond-sellers-5", "new", MOEF, FIS, P1_H, target=5.0, unit="곳", deadline="2025-12-31", dtext="하반기",
          comment="the headline names no body: 기획재정부's plan; one headline, two commitments"),
        m("q-moef-bond-mobile", "new", MOEF, FIS, P1_H, deadline="2025-07-31", dtext="7월부터",
          comment="'N월부터' → that month's last day"),
        m("q-moef-bond-issue-2t", "new", MOEF, FIS, P1_D1, target=W2T, unit="원", deadline="2025-12-31", dtext="올해"),
        m("q-moef-bond-5y", "new", MOEF, FIS, P1_D1, deadline="2025-06-30", dtext="상반기",
          comment="'5년물' names the product (a maturity), not a target"),
        m("q-moef-bond-tax-cap", "new", MOEF, FIS, P1_D2, target=W300M, unit="원", deadline="2026-01-31",
          dtext="내년 1월부터", comment="'추진' (pursue) with a number and a date: a commitment"),
        m("q-moef-bond-sellers-5", "new", MOEF, FIS,
          "기획재정부가 개인투자용 국채를 살 수 있는 판매대행기관을 하반기 중 5곳으로 늘린다.",
          target=5.0, unit="곳", deadline="2025-12-31", dtext="하반기 중"),
        m("q-moef-bond-mobile", "new", MOEF, FIS, "7월부터는 증권사 모바일 앱으로도 청약할 수 있게 된다.",
          deadline="2025-07-31", dtext="7월부터",
          comment="subjectless: 기재부; 2억 원 / 14% (next paragraph) are the law's current rule; 1조 원 / 6,200억 원 / "
                  "62% are statistics"),
        m("q-moef-bond-issue-2t", "new", MOEF, FIS,
          "기재부는 올해 개인투자용 국채 발행 규모를 지난해 한도의 두 배인 2조 원으로 잡았다.",
          target=W2T, unit="원", deadline="2025-12-31", dtext="올해", comment="'두 배' is the comparison, 2조 원 the target"),
        m("q-moef-bond-5y", "new", MOEF, FIS, "상반기 중에는 기존 10년물·20년물보다 만기가 짧은 5년물을 새로 내놓는다.",
          deadline="2025-06-30", dtext="상반기 중"),
        m("q-moef-bond-redemption", "new", MOEF, FIS,
          "지금은 한 달에 한 번만 받는 중도환매 신청도 내년 1월부터는 매주 받는다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="a frequency ('매주', '한 달에 한 번') is a parameter, not a target"),
        m("q-moef-bond-tax-cap", "new", MOEF, FIS,
          "기재부는 분리과세를 받을 수 있는 매입 한도를 2억 원에서 3억 원으로 올리는 내용을 7월 세법개정안에 담아 내년 1월부터 적용할 계획이다.",
          target=W300M, unit="원", deadline="2026-01-31", dtext="내년 1월부터",
          comment="two dates: '7월 세법개정안' is a step, the commitment is the application from January; '세제 혜택도 "
                  "늘린다.' (before) has no number or date and is not annotated"),
        m("q-moef-retail-share-3", "new", MOEF, FIS,
          "기재부는 2030년까지 개인이 가진 국고채 비중을 지금의 1% 안팎에서 3%로 끌어올린다는 목표도 세웠다.",
          target=3.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment="1% is the baseline; the foreigners' 22% (next sentence) is a statistic"),
        m("q-moef-bond-issue-2t", "new", MOEF, FIS,
          "표지안 기재부 국채과장은 \"개인 투자자층이 두꺼워지면 외국인 자금이 갑자기 빠져나갈 때도 국채 시장이 덜 흔들린다\"며 \"올해 발행 2조 원은 반드시 채우겠다\"고 말했다.",
          person="표지안", target=W2T, unit="원", deadline="2025-12-31", dtext="올해",
          comment="not annotated: the securities firm's '연내' screen (a company), the rate hypothetical, "
                  "개인채권투자자모임, 여도경's bill ('내달 중'), the private institute's 2027 forecast"),
    ]))

# ---------------------------------------------------------------- 스팸 1/3 (press-release rewrite with ▲ points; 방송통신위원회 + 과기정통부 + 경찰청)
P2_H = "문자 재판매사 '전송자격인증' 6월 의무화…불법 스팸 2026년까지 절반으로"
P2_D = "이통3사 AI 스팸 차단, 연내 모든 가입자에 기본 적용"
PAGES.append(dict(
    source="2025-02-26_q_spam-followup-plan.txt", title=P2_H, published_at="2025-02-26",
    mentions=[
        m("q-kcc-spam-cert", "new", KCC, TEL, P2_H, deadline="2025-06-30", dtext="6월",
          comment="the headline names no body: the 인증제 is 방통위's (▲1); 'N월' → that month's last day"),
        m("q-kcc-spam-half", "new", KCC, TEL, P2_H, target=50.0, unit="%", deadline="2026-12-31", dtext="2026년까지",
          comment="'절반으로 (줄이다)' → a 50 % cut; the joint goal is credited to 방통위, the spam regulator, named first in "
                  "the lead"),
        m("q-msit-spam-ai-filter", "new", MSIT, TEL, P2_D, deadline="2025-12-31", dtext="연내",
          comment="the deck names no body: 과기정통부 (▲2)"),
        m("q-kcc-spam-half", "new", KCC, TEL,
          "방송통신위원회와 과학기술정보통신부가 2026년까지 불법 스팸 문자를 지금의 절반으로 줄이겠다는 목표를 내놨다.",
          target=50.0, unit="%", deadline="2026-12-31", dtext="2026년까지",
          comment="two bodies in one sentence: the lead body (방통위; its 이용자보호과장 repeats the goal below)"),
        m("q-kcc-spam-cert", "new", KCC, TEL, "▲문자 재판매사 전송자격인증제 의무화(6월부터, 방통위)",
          deadline="2025-06-30", dtext="6월부터",
          comment="each ▲ point stands on its own line: one sentence each, the ▲ included; the bracket gives timing and body; "
                  "0.23통 / 40% / 2억 8,000만 건 / 70% / 90% (before) are statistics"),
        m("q-msit-spam-ai-filter", "new", MSIT, TEL, "▲이통3사 AI 스팸 차단 서비스 모든 가입자 기본 적용(연내, 과기정통부)",
          deadline="2025-12-31", dtext="연내"),
        m("q-kcc-spam-report-3d", "new", KCC, TEL, "▲스팸 신고 처리 기간 7일에서 3일로 단축(7월부터, 방통위)",
          target=3.0, unit="일", deadline="2025-07-31", dtext="7월부터", comment="7일 is the baseline"),
        m("q-kcc-spam-reseller-audit", "new", KCC, TEL, "▲문자 재판매사 전수 점검(상반기 중, 방통위)",
          deadline="2025-06-30", dtext="상반기 중",
          comment="'전수' is the scope, not a target; no later page mentions it (status from the date rule)"),
        m("q-msit-spam-spoof-10m", "new", MSIT, TEL, "▲번호 도용 문자 차단 서비스 가입자 1,000만 명 확보(연말까지, 과기정통부)",
          target=10000000.0, unit="명", deadline="2025-12-31", dtext="연말까지"),
        m("q-knpa-spam-crackdown", "new", KNPA, O, "▲불법 스팸 발송 조직 집중 단속(3월부터 8월까지, 경찰청)",
          deadline="2025-08-31", dtext="8월까지",
          comment="a campaign with a start and an end: the deadline is its end; police enforcement is not the telecom "
                  "market: other"),
        m("q-msit-spam-ai-filter", "new", MSIT, TEL,
          "과기정통부는 이통3사가 월정액 부가서비스로 팔던 AI 스팸 차단 기능을 연내 모든 가입자에게 무료로 기본 적용하도록 할 방침이다.",
          deadline="2025-12-31", dtext="연내",
          comment="'1,100여 곳 … 260곳' (before) and '410만 명' (after) are baselines; '… 과태료를 문다' is the rule's content"),
        m("q-kcc-spam-half", "new", KCC, TEL,
          "형서우 방통위 이용자보호과장은 \"스팸은 보내는 데 드는 비용이 너무 싸서 줄지 않는다\"며 \"발송 길목을 막아 2026년까지 불법 스팸을 절반으로 줄이겠다\"고 말했다.",
          person="형서우", target=50.0, unit="%", deadline="2026-12-31", dtext="2026년까지",
          comment="not annotated: 이통3사' 300억 원 (companies), the resellers' request, 스팸없는세상, the 정보통신망법 fine "
                  "(law content)"),
    ]))

# ---------------------------------------------------------------- 배출권 1/3 (Q&A interview, two deck lines; 환경부)
P3_H = "[인터뷰] 함서진 환경부 탄소시장정책관 \"하반기 배출권 위탁거래…선물시장은 내년 하반기 연다\""
P3_D1 = "4차 할당계획 6월까지 확정…발전 부문 유상할당 2030년 50%로"
P3_D2 = "시장조성자 연내 10곳으로 늘려"
PAGES.append(dict(
    source="2025-03-19_q_ets-interview.txt", title=P3_H, published_at="2025-03-19",
    mentions=[
        m("q-me-ets-consign", "new", ME, CLI, P3_H, person="함서진", deadline="2025-12-31", dtext="하반기",
          comment="the interview headline: person = the interviewee; one headline, two commitments"),
        m("q-me-ets-futures", "new", ME, CLI, P3_H, person="함서진", deadline="2026-12-31", dtext="내년 하반기"),
        m("q-me-ets-plan4", "new", ME, CLI, P3_D1, deadline="2025-06-30", dtext="6월까지", comment="deck: person ''"),
        m("q-me-ets-auction-50", "new", ME, CLI, P3_D1, target=50.0, unit="%", deadline="2030-12-31", dtext="2030년"),
        m("q-me-ets-mm-10", "new", ME, CLI, P3_D2, target=10.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("q-me-ets-consign", "new", ME, CLI, "하반기에 증권사를 통한 배출권 위탁거래를 도입하겠다.",
          person="함서진", deadline="2025-12-31", dtext="하반기에",
          comment="Q&A answers: person = the interviewee; the intro's 5% / 9,000원 / 7분의 1 and '800여 곳' are statistics"),
        m("q-me-ets-mm-10", "new", ME, CLI, "시장조성자도 지금 5곳에서 연내 10곳으로 늘리겠다.",
          person="함서진", target=10.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="5곳 is the baseline"),
        m("q-me-ets-futures", "new", ME, CLI, "한국거래소와 함께 준비해 내년 하반기에는 배출권 선물시장을 열겠다.",
          person="함서진", deadline="2026-12-31", dtext="내년 하반기"),
        m("q-me-ets-plan4", "new", ME, CLI, "오는 6월까지 4차 할당계획을 확정하겠다.",
          person="함서진", deadline="2025-06-30", dtext="오는 6월까지"),
        m("q-me-ets-auction-50", "new", ME, CLI,
          "발전 부문은 지금 10%인 유상할당 비율을 2030년까지 50%로 높이는 방안을 담으려 한다.",
          person="함서진", target=50.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment="10% is the baseline; the next sentence (무상 할당 for export industries) is an undated rule"),
        m("q-me-ets-sme-500", "new", ME, CLI,
          "2026년까지 중소·중견 배출 기업 500곳에 감축 설비 비용을 지원할 계획이다.",
          person="함서진", target=500.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="not annotated: the question's 30% (경제단체 demand), '… 다시 쓰겠다' (undated), the question's '내년 "
                  "상반기' and the answer '도입할 계획이 없다' (a refusal), the CBAM answer"),
    ]))

# ---------------------------------------------------------------- 기술보호 1/2 (wire, `(세종=새벽통신)` dateline; 중기부 + 공정위)
P4_H = "기술탈취 피해 중소기업 소송비 7월부터 지원…분쟁조정 60일로 단축"
PAGES.append(dict(
    source="2025-04-16_q_tech-protection-wire.txt", title=P4_H, published_at="2025-04-16",
    mentions=[
        m("q-mss-tech-litigation", "new", MSS, SU, P4_H, deadline="2025-07-31", dtext="7월부터",
          comment="the headline names no body: 중소벤처기업부's plan; one headline, two commitments"),
        m("q-mss-tech-dispute-60", "new", MSS, SU, P4_H, target=60.0, unit="일", comment="no date in the clause"),
        m("q-mss-tech-litigation", "new", MSS, SU,
          "중소벤처기업부가 7월부터 기술탈취 피해를 본 중소기업의 소송 비용을 건당 최대 1억원까지 지원한다.",
          deadline="2025-07-31", dtext="7월부터",
          comment="the wire dateline is not part of the sentence; '건당 최대 1억원' is a cap, not a target; 280여곳 / "
                  "2800억원 / 10곳 중 7곳 / 30% are statistics"),
        m("q-mss-tech-dispute-60", "new", MSS, SU,
          "중기부는 하반기부터 기술분쟁 조정·중재 처리 기간을 평균 90일에서 60일로 줄인다.",
          target=60.0, unit="일", deadline="2025-12-31", dtext="하반기부터", comment="90일 is the baseline"),
        m("q-mss-tech-evidence-2", "new", MSS, SU,
          "기술 유출 정황을 디지털 포렌식으로 미리 확보해 두는 '기술분쟁 증거보전센터'는 하반기 판교와 창원 두 곳에 문을 연다.",
          target=2.0, unit="곳", deadline="2025-12-31", dtext="하반기", comment="subjectless: 중기부; '두 곳' → 2"),
        m("q-mss-tech-guard-10k", "new", MSS, SU,
          "보안관제와 기술자료 임치 등을 묶은 '기술지킴 서비스' 지원 기업은 지난해 6000곳에서 연내 1만곳으로 늘린다.",
          target=10000.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="6000곳 is the baseline; the 310억원 budget (next sentence) is context"),
        m("q-mss-tech-discovery-bill", "new", MSS, SU,
          "재판에 앞서 상대방이 가진 증거를 볼 수 있게 하는 한국형 증거수집제도(디스커버리) 도입을 담은 중소기업기술보호법 개정안은 내달 중 입법예고를 거쳐 상반기 국회에 제출하기로 했다.",
          deadline="2025-06-30", dtext="상반기",
          comment="two dates: '내달 중' is a step (입법예고), the commitment is the submission in H1"),
        m("q-kftc-tech-probe-200", "new", KFTC, SU,
          "공정위는 상반기 중 기계·자동차부품 업종 원사업자 200곳을 골라 하도급 기술자료 유용 여부를 직권조사한다.",
          target=200.0, unit="곳", deadline="2025-06-30", dtext="상반기 중",
          comment="the subject is protecting SME subcontractors' technology: startup, although '자동차' is an industry cue; "
                  "the 하도급법 5배 (next sentence) is law content"),
        m("q-mss-tech-guard-10k", "new", MSS, SU,
          "반서윤 중기부 기술혁신정책관은 \"피해 기업이 소송을 포기하지 않도록 돕는 것이 이번 대책의 핵심\"이라며 \"연내 1만곳에 기술지킴 서비스를 제공하겠다\"고 말했다.",
          person="반서윤", target=10000.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="not annotated: 벤처혁신기업협의회's 10배, the company's '연내' overhaul, 특허청 '검토'"),
    ]))

# ---------------------------------------------------------------- 국채 2/3 (straight news with a [바로잡습니다] line under the byline)
P5_H = "개인투자용 국채, 오늘부터 휴대폰으로 청약…5년물은 9월로 밀려"
P5_D = "판매처 5곳 중 3곳 확정…상반기 발행 8,400억 원"
PAGES.append(dict(
    source="2025-07-15_q_retail-bond-mobile.txt", title=P5_H, published_at="2025-07-15",
    mentions=[
        m("q-moef-bond-mobile", "achieved", MOEF, FIS, P5_H,
          comment="'오늘부터' says when it started, not the promised date: no deadline fields"),
        m("q-moef-bond-5y", "delayed", MOEF, FIS, P5_H, deadline="2025-09-30", dtext="9월로", comment=LATER),
        m("q-moef-bond-sellers-5", "progress", MOEF, FIS, P5_D, target=5.0, unit="곳",
          comment="'5곳 중 3곳' names the target (p's '49곳 중 31곳')"),
        m("q-moef-bond-issue-2t", "progress", MOEF, FIS, P5_D,
          comment="a measured amount without the target: no target fields"),
        m("q-moef-bond-mobile", "achieved", MOEF, FIS,
          "기획재정부가 7월부터 하겠다고 한 개인투자용 국채 모바일 청약이 15일 시작됐다.",
          deadline="2025-07-31", dtext="7월부터",
          comment="on time, the sentence restates the promised date; the [바로잡습니다] line is not annotated; 41% is usage"),
        m("q-moef-bond-sellers-5", "progress", MOEF, FIS,
          "판매대행기관은 기존 증권사 한 곳에 지난달 공모로 뽑힌 시중은행 두 곳이 더해져 3곳이 됐다.",
          comment="a count before the deadline without the target"),
        m("q-moef-bond-sellers-5", "progress", MOEF, FIS, "기재부는 하반기 중 2곳을 더 뽑아 5곳을 채우겠다고 밝혔다.",
          target=5.0, unit="곳", deadline="2025-12-31", dtext="하반기 중",
          comment="the unchanged date restated before it arrives: progress"),
        m("q-moef-bond-issue-2t", "progress", MOEF, FIS,
          "올해 상반기 개인투자용 국채 발행액은 8,400억 원으로, 연간 목표 2조 원의 42%다.",
          target=W2T, unit="원", comment="a statistic tied to the promise in the same sentence; '올해 상반기' is the period "
                                      "measured, not a deadline; the 한국은행 comment is not annotated"),
        m("q-moef-bond-5y", "delayed", MOEF, FIS,
          "상반기 중 내놓기로 했던 5년물은 판매기관 전산 개발이 늦어져 첫 발행이 9월로 미뤄졌다.",
          deadline="2025-09-30", dtext="9월로", prev="2025-06-30", comment=LATER + "; the old date is named; '어긋난 일정도 있다.' is an umbrella line"),
        m("q-moef-bond-5y", "delayed", MOEF, FIS,
          "표지안 기재부 국채과장은 \"판매 증권사와 은행의 전산 점검을 마치는 대로 9월 첫 발행에 차질이 없도록 하겠다\"고 말했다.",
          person="표지안", deadline="2025-09-30", dtext="9월",
          comment="the moved date restated by the official (p's bite '내년 7월에는 … 반드시 시행하겠습니다')"),
        m("q-moef-bond-tax-cap", "progress", MOEF, FIS,
          "기재부는 분리과세 매입 한도를 2억 원에서 3억 원으로 올리는 내용을 이달 말 발표할 세법개정안에 담아 예정대로 내년 1월부터 적용하기로 했다.",
          target=W300M, unit="원", deadline="2026-01-31", dtext="내년 1월부터",
          comment="'이달 말' is the step (the bill), the commitment's date is unchanged"),
        m("q-moef-bond-portal", "new", MOEF, FIS,
          "이르면 연말 개인투자용 국채 전용 안내 누리집도 열어 상품 설명과 청약 일정, 만기 때 받을 금액을 한곳에서 볼 수 있게 할 계획이다.",
          deadline="2025-12-31", dtext="이르면 연말",
          comment="subjectless: 기재부; a new commitment on a follow-up page; not annotated: the bank's '9월부터' counter "
                  "(a company), the brokers' forecast, the pending bill"),
    ]))

# ---------------------------------------------------------------- 석유화학 1/3 (industry paper, one deck line; 산업통상자원부 + 금융위 + 노동부)
P6_H = "NCC 최대 370만t 감축…정부, 연내 지원 패키지·여수·대산 9월 위기지역 지정"
P6_D = "스페셜티 전환 R&D 2030년까지 1조 원…협력업체 고용유지지원 9월부터 확대"
PAGES.append(dict(
    source="2025-08-21_q_petchem-restructuring.txt", title=P6_H, published_at="2025-08-21",
    mentions=[
        m("q-motie-petchem-package", "new", MOTIE, IND, P6_H, deadline="2025-12-31", dtext="연내",
          comment="'NCC 최대 370만t 감축' is the companies' plan (not annotated); '정부' → 산업통상자원부, the owner of the "
                  "plan; one headline, two commitments"),
        m("q-motie-petchem-crisis", "new", MOTIE, IND, P6_H, deadline="2025-09-30", dtext="9월",
          comment="two named places, no numeral: no target"),
        m("q-motie-petchem-specialty", "new", MOTIE, IND, P6_D, target=W1T, unit="원", deadline="2030-12-31",
          dtext="2030년까지"),
        m("q-moel-petchem-retention", "new", MOEL, IND, P6_D, deadline="2025-09-30", dtext="9월부터",
          comment="the deck clause is 고용노동부's (body); '확대' names no figure"),
        m("q-motie-petchem-package", "new", MOTIE, IND,
          "국내 석유화학 기업 10곳이 나프타분해설비(NCC) 생산능력을 최대 370만t 줄이기로 하자, 정부가 연내 금융·세제·연구개발(R&D)을 묶은 사업재편 지원 패키지를 내놓기로 했다.",
          deadline="2025-12-31", dtext="연내",
          comment="the 370만t is the companies' cut (context in the same sentence); the government's promise is the package; "
                  "'업계는 연말까지 … 사업재편안을 내기로 했다' (industry) is not annotated"),
        m("q-motie-petchem-fasttrack", "new", MOTIE, IND,
          "산업부는 업계가 사업재편을 신청하면 기업활력법에 따른 승인 심사 기간을 하반기부터 60일에서 30일로 줄인다.",
          target=30.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment="1,470만t / 두 배 / 70%대 / 1조 원 (before) are statistics; 60일 is the baseline"),
        m("q-motie-petchem-specialty", "new", MOTIE, IND,
          "2030년까지 1조 원을 들여 범용 제품 대신 고부가 스페셜티 소재를 만드는 기술 개발도 지원한다.",
          target=W1T, unit="원", deadline="2030-12-31", dtext="2030년까지", comment="subjectless: 산업부"),
        m("q-motie-petchem-crisis", "new", MOTIE, IND,
          "산업단지가 몰린 여수와 대산은 9월 중 '산업위기 선제대응지역'으로 지정해 협력업체의 자금난을 덜어 주기로 했다.",
          deadline="2025-09-30", dtext="9월 중",
          comment="subject from the paragraph before: 산업부; '울산은 … 지정 여부를 정한다' is undecided, not annotated"),
        m("q-motie-petchem-monitor", "new", MOTIE, IND,
          "산업부는 또 오는 10월 민관 합동 '사업재편 이행점검단'을 출범시켜 기업별 설비 감축 이행 상황을 분기마다 점검한다.",
          deadline="2025-10-31", dtext="오는 10월",
          comment="the subject is the restructuring: industry, although '출범' is a government cue; '분기마다' is a parameter"),
        m("q-fsc-petchem-fund-2t", "new", FSC, IND,
          "금융위원회는 산업은행과 수출입은행을 통해 연내 2조 원 규모의 사업재편 지원 프로그램을 만든다.",
          target=W2T, unit="원", deadline="2025-12-31", dtext="연내",
          comment="restructuring finance for the same industry: industry (금융위 owns no topic)"),
        m("q-moel-petchem-retention", "new", MOEL, IND,
          "고용노동부는 9월부터 석유화학 협력업체가 휴업·휴직으로 고용을 유지하면 주는 고용유지지원금의 지원 비율을 휴업수당의 3분의 2에서 90%로 높인다.",
          target=90.0, unit="%", deadline="2025-09-30", dtext="9월부터",
          comment="a rule value set to a stated figure is the target; '3분의 2' is the baseline; workforce measures of the "
                  "restructuring: industry (p's 계약학과 reasoning)"),
        m("q-moel-petchem-jobs-3000", "new", MOEL, IND,
          "2026년까지 협력업체 이직 근로자 3,000명에게 전직·재취업 지원도 한다.",
          target=3000.0, unit="명", deadline="2026-12-31", dtext="2026년까지", comment="subjectless: 고용노동부"),
        m("q-motie-petchem-package", "new", MOTIE, IND,
          "도하윤 산업부 소재융합산업정책관은 \"기업들이 연말까지 구체적인 감축안을 내면 정부도 연내 지원 패키지로 답하겠다\"고 말했다.",
          person="도하윤", deadline="2025-12-31", dtext="연내",
          comment="'연말까지' is the companies' deadline; not annotated: 협의회 (절반), 여수시의회's request, the company's "
                  "'연말까지' stop (검토), the 2027 3조 원 forecast"),
    ]))

# ---------------------------------------------------------------- 스팸 2/3 (국정감사 report, one deck line; 방미통위 + 과기정통부)
P7_H = "[2025 국감] 스팸 AI 차단 '연내 전 가입자' 두 곳뿐…신고 처리 '3일' 약속도 못 지켜"
P7_D = "방미통위 \"내년 상반기까지 스팸 신고 창구 하나로\""
PAGES.append(dict(
    source="2025-10-16_q_spam-audit.txt", title=P7_H, published_at="2025-10-16",
    mentions=[
        m("q-msit-spam-ai-filter", "progress", MSIT, TEL, P7_H, deadline="2025-12-31", dtext="연내",
          comment="short of the target before the deadline: progress; one headline, two commitments"),
        m("q-kcc-spam-report-3d", "delayed", KMCC, TEL, P7_H, target=3.0, unit="일",
          comment="the 7월 date has passed: delayed; the body's name on the page date (방송미디어통신위원회)"),
        m("q-kmcc-spam-onestop", "new", KMCC, TEL, P7_D, deadline="2026-06-30", dtext="내년 상반기까지",
          comment="the body as an institution: person ''"),
        m("q-msit-spam-ai-filter", "progress", MSIT, TEL,
          "과기정통부가 연내 이동통신 3사의 모든 가입자에게 기본 적용하기로 한 AI 스팸 차단 서비스는 지금까지 두 곳에서만 기본 적용됐다.",
          deadline="2025-12-31", dtext="연내"),
        m("q-msit-spam-ai-filter", "progress", MSIT, TEL,
          "소하린 과기정통부 통신이용제도과장은 \"남은 한 곳도 연말까지 기본 적용을 마치도록 하겠다\"고 답했다.",
          person="소하린", deadline="2025-12-31", dtext="연말까지",
          comment="the promised date restated before it passes: progress (n's 국감 '연말까지')"),
        m("q-kcc-spam-report-3d", "delayed", KMCC, TEL,
          "방송통신위원회가 7월부터 3일 안에 끝내겠다던 스팸 신고 처리 기간은 9월 평균 5.2일에 머물렀다.",
          target=3.0, unit="일", prev="2025-07-31",
          comment="names the old body; the gold gives the body's name on the page date (o's 방통위 → 방미통위); not "
                  "annotated: 공민후's complaint and his '연내' bill (a lawmaker)"),
        m("q-kcc-spam-cert", "achieved", KMCC, TEL,
          "6월부터 의무화된 문자 재판매사 전송자격인증제는 예정대로 시행돼, 재판매사 1,100여 곳 가운데 870곳이 인증을 받았다.",
          deadline="2025-06-30", dtext="6월부터",
          comment="on time; 870곳 is usage; '지켜진 약속도 있다.' is an umbrella line"),
        m("q-msit-spam-spoof-10m", "progress", MSIT, TEL,
          "번호 도용 문자 차단 서비스 가입자는 9월 말 620만 명으로, 연말 목표 1,000만 명의 62%다.",
          target=10000000.0, unit="명", deadline="2025-12-31", dtext="연말",
          comment="names no body: the service is 과기정통부's promise"),
        m("q-kcc-spam-half", "progress", KMCC, TEL,
          "2026년까지 절반으로 줄이겠다던 불법 스팸 수신량은 상반기에 지난해 같은 기간보다 18% 줄었다.",
          target=50.0, unit="%", deadline="2026-12-31", dtext="2026년까지",
          comment="names no body: 방통위's promise, under its page-date name"),
        m("q-knpa-spam-crackdown", "achieved", KNPA, O,
          "경찰청이 3월부터 8월까지 벌인 불법 스팸 조직 집중 단속에서는 발송 조직 42곳, 312명이 검거됐다.",
          deadline="2025-08-31", dtext="8월까지",
          comment="the campaign was run as promised; 42곳 / 312명 are its results, not targets"),
        m("q-kmcc-spam-onestop", "new", KMCC, TEL,
          "진소율 방미통위 이용자보호국장은 \"내년 상반기까지 스팸 신고 창구를 하나로 통합하겠다\"고 답했다.",
          person="진소율",
          deadline="2026-06-30", dtext="내년 상반기까지",
          comment="a new promise of the renamed body (prefix q-kmcc-); 도예찬's complaint (before) is not annotated"),
        m("q-kcc-spam-report-3d", "delayed", KMCC, TEL,
          "진 국장은 신고 처리 기간에 대해서도 \"상담 인력을 보강해 연말까지 3일 이내로 맞추겠다\"고 했다.",
          person="진소율", target=3.0, unit="일", deadline="2025-12-31", dtext="연말까지",
          comment="a passed date (7월부터) restated with a later one: delayed (o's 국감 '연말까지 … 100%'); '진 국장' → "
                  "진소율; not annotated: the 방미통위 context paragraph and the carrier's 95% (a company)"),
    ]))

# ---------------------------------------------------------------- 배출권 2/3 (TV script: 앵커/리포트/인터뷰 bites; 기후에너지환경부)
P8_H = "배출권 위탁거래 문 열었지만…시장조성자 '연내 10곳'은 7곳"
PAGES.append(dict(
    source="2025-12-10_q_ets-tv.txt", title=P8_H, published_at="2025-12-10",
    mentions=[
        m("q-me-ets-consign", "achieved", MCEE, CLI, P8_H,
          comment="the headline names no body: 환경부's promise under the page-date name (기후에너지환경부); no date in the clause"),
        m("q-me-ets-mm-10", "progress", MCEE, CLI, P8_H, target=10.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="short of the target before the deadline: progress"),
        m("q-me-ets-consign", "achieved", MCEE, CLI, "환경부가 하반기에 도입하겠다던 배출권 위탁거래는 지난 9월 시작됐습니다.",
          deadline="2025-12-31", dtext="하반기에",
          comment="on time; the sentence names the old body, the gold the body's name on the page date; the 앵커 lead is "
                  "not annotated"),
        m("q-me-ets-plan4", "achieved", MCEE, CLI, "6월까지 확정하겠다던 4차 할당계획은 석 달 늦은 9월에야 확정됐습니다.",
          comment=LATE + "; the 김모 씨 bite ('내년에는 … 사 볼 생각') and 20만t are not annotated"),
        m("q-me-ets-auction-50", "progress", MCEE, CLI,
          "발전 부문 유상할당 비율은 내년 15%에서 시작해 2030년 50%까지 높이기로 했습니다.",
          target=50.0, unit="%", deadline="2030-12-31", dtext="2030년",
          comment="the plan fixed the path to the unchanged target: progress; 15% is the first step"),
        m("q-me-ets-mm-10", "progress", MCEE, CLI,
          "시장에 매수·매도 물량을 대는 시장조성자는 연내 10곳으로 늘리겠다고 했지만, 지금까지 7곳에 그칩니다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("q-me-ets-mm-10", "progress", MCEE, CLI, "연말까지 시장조성자 10곳을 채우겠습니다.",
          person="함서진", target=10.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment="the bite: person = the speaker of the [인터뷰] line; its quote marks are not part of the sentence"),
        m("q-me-ets-futures", "progress", MCEE, CLI, "내년 하반기 선물시장 개설도 차질 없이 준비하고 있습니다.",
          person="함서진", deadline="2026-12-31", dtext="내년 하반기"),
        m("q-me-ets-sme-500", "progress", MCEE, CLI,
          "2026년까지 500곳을 지원하겠다던 감축설비 지원 사업에는 올해 210곳이 뽑혔습니다.",
          target=500.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("q-mcee-ets-floor", "new", MCEE, CLI, "기후에너지환경부는 내년 상반기까지 배출권 최저가격제를 도입하겠다고 밝혔습니다.",
          deadline="2026-06-30", dtext="내년 상반기까지",
          comment="a new promise of the renamed body (prefix q-mcee-); not annotated: '정부는 방향을 틀었습니다', the "
                  "reporter's reference to the March refusal, the 탄소시장포럼 bite, the EU's 2027 plan, the business "
                  "lobby's request"),
    ]))

# ---------------------------------------------------------------- 석유화학 data page (no promise)
PAGES.append(dict(
    source="2026-02-11_q_petchem-data.txt",
    title="[숫자로 본 석유화학] 가동률 71%, 수출 11% 감소…이제 막 시작된 NCC 감축",
    published_at="2026-02-11",
    mentions=[]))

# ---------------------------------------------------------------- 석유화학 2/3 (editorial; 산업통상부 + 금융위 + 노동부)
PAGES.append(dict(
    source="2026-03-18_q_petchem-editorial.txt", title="[사설] 석유화학 구조개편 반년, 정부 약속부터 제때 지켜라",
    published_at="2026-03-18",
    mentions=[
        m("q-motie-petchem-package", "achieved", MOTI, IND,
          "산업통상부가 산업통상자원부 시절 지난해 안에 내놓겠다던 사업재편 지원 패키지는 해를 넘겨 지난달에야 발표됐다.",
          comment=LATE + "; the renamed body's name (산업통상부); the editorial headline and the companies' 310만t are not "
                         "annotated"),
        m("q-motie-petchem-crisis", "delayed", MOTI, IND,
          "여수와 대산을 지난해 9월 중 산업위기 선제대응지역으로 지정하겠다던 약속도 여수만 10월에 지정됐고, 대산은 올해 상반기로 미뤄졌다.",
          deadline="2026-06-30", dtext="올해 상반기", prev="2025-09-30",
          comment="one sentence, one place designated late and the other moved: one delayed entry with the new date (p's "
                  "구미/천안); names no body: 산업통상부's promise"),
        m("q-fsc-petchem-fund-2t", "delayed", FSC, IND,
          "금융위원회가 지난해 안에 만들겠다던 2조 원 규모 사업재편 지원 프로그램은 1조 2,000억 원만 채워졌다.",
          target=W2T, unit="원", prev="2025-12-31", comment="short after the deadline: delayed"),
        m("q-fsc-petchem-fund-2t", "delayed", FSC, IND, "금융위는 나머지를 상반기 안에 채우겠다고 했다.",
          deadline="2026-06-30", dtext="상반기 안에", comment=LATER + "; '나머지' has no figure: no target"),
        m("q-motie-petchem-specialty", "progress", MOTI, IND,
          "2030년까지 1조 원을 투입하겠다던 스페셜티 전환 연구개발(R&D)은 올해 예산에 1,200억 원이 반영되는 데 그쳤다.",
          target=W1T, unit="원", deadline="2030-12-31", dtext="2030년까지",
          comment="a first-year amount before a 2030 deadline: progress ('그쳤다' notwithstanding); '예산' is a fiscal cue"),
        m("q-moti-petchem-capex-3t", "new", MOTI, IND,
          "지난달 나온 지원 패키지에는 2027년까지 스페셜티 설비 투자에 정책금융 3조 원을 공급한다는 내용이 담겼다.",
          target=W3T, unit="원", deadline="2027-12-31", dtext="2027년까지",
          comment="a new promise of 산업통상부 (the package's author), first reported here (prefix q-moti-)"),
        m("q-motie-petchem-fasttrack", "achieved", MOTI, IND,
          "산업통상부는 기업활력법 사업재편 승인 심사를 하반기부터 30일 안에 끝내겠다던 약속대로 지난해 10월부터 심사 기간을 줄였다.",
          target=30.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment="on time, with the promised date; '지켜진 약속도 있다.' is an umbrella line"),
        m("q-moel-petchem-retention", "achieved", MOEL, IND,
          "고용노동부도 지난해 9월부터 협력업체 고용유지지원금 지원 비율을 90%로 높였다.",
          target=90.0, unit="%", deadline="2025-09-30", dtext="지난해 9월부터"),
        m("q-motie-petchem-monitor", "achieved", MOTI, IND,
          "지난해 10월 출범하기로 한 민관 합동 이행점검단도 제때 꾸려져 분기마다 점검 결과를 내놓고 있다.",
          deadline="2025-10-31", dtext="지난해 10월", comment="names no body: 산업통상부's promise"),
        m("q-moel-petchem-jobs-3000", "progress", MOEL, IND,
          "고용노동부가 2026년까지 3,000명에게 하겠다던 전직 지원은 지난해 말까지 640명이 받았다.",
          target=3000.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment="not annotated: the 4% statistic, the editorial's hypothetical ('또 늦어진다면') and its demands"),
    ]))

# ---------------------------------------------------------------- 기술보호 2/2 (regional paper, `창원=` byline, one deck line)
P11_H = "창원 기술분쟁 증거보전센터 하반기로…기술지킴 '1만 곳'은 9,200곳"
P11_D = "중기부 \"내년부터 기술보호 바우처 연 1,000곳\""
PAGES.append(dict(
    source="2026-06-09_q_tech-protection-regional.txt", title=P11_H, published_at="2026-06-09",
    mentions=[
        m("q-mss-tech-evidence-2", "delayed", MSS, SU, P11_H, deadline="2026-12-31", dtext="하반기로",
          comment=LATER + "; the headline names no body: 중기부; one headline, two commitments"),
        m("q-mss-tech-guard-10k", "delayed", MSS, SU, P11_H, target=10000.0, unit="곳",
          comment="short after the deadline: delayed; the clause names the target"),
        m("q-mss-tech-voucher-1000", "new", MSS, SU, P11_D, target=1000.0, unit="곳", deadline="2027-12-31",
          dtext="내년부터", comment="'내년부터' for a yearly rate → that year's 12-31; the body as an institution: person ''"),
        m("q-mss-tech-evidence-2", "delayed", MSS, SU,
          "중소벤처기업부가 지난해 하반기 판교와 창원 두 곳에 열겠다던 '기술분쟁 증거보전센터'는 판교센터만 지난해 11월 문을 열었고, 창원센터는 올해 하반기로 미뤄졌다.",
          target=2.0, unit="곳", deadline="2026-12-31", dtext="올해 하반기", prev="2025-12-31",
          comment="one centre open, the other moved: one delayed entry; A사 대표's '올해 안에 소송' (a citizen) is not "
                  "annotated"),
        m("q-mss-tech-guard-10k", "delayed", MSS, SU,
          "지난해 안에 1만 곳으로 늘리겠다던 기술지킴 서비스 지원 기업은 지난해 9,200곳에 그쳤다.",
          target=10000.0, unit="곳", prev="2025-12-31"),
        m("q-mss-tech-dispute-60", "achieved", MSS, SU,
          "지난해 하반기부터 60일 안으로 줄이겠다던 기술분쟁 조정·중재 처리 기간은 지난해 하반기 평균 57일로 약속이 지켜졌다.",
          target=60.0, unit="일", deadline="2025-12-31", dtext="지난해 하반기부터",
          comment="on time; 57일 is the measured value"),
        m("q-mss-tech-litigation", "achieved", MSS, SU,
          "지난해 7월부터 주겠다던 소송비용 지원은 집행 지침이 늦게 나와 지난해 10월에야 첫 지원이 이뤄졌다.",
          comment=LATE + "; 23개 기업 / 4,100만 원 (next sentence) are usage"),
        m("q-kftc-tech-probe-200", "achieved", KFTC, SU,
          "공정거래위원회는 지난해 5월 기계·자동차부품 원사업자 200곳에 대한 직권조사에 착수해 이 가운데 14곳에 과징금을 물렸다.",
          target=200.0, unit="곳",
          comment="started within the promised H1; the time words say when it was done, not the promised date: no deadline "
                  "fields; 14곳 is the result"),
        m("q-mss-tech-discovery-bill", "cancelled", MSS, SU,
          "지난해 상반기 국회에 내겠다던 디스커버리 도입 법안은 법무부와 법원행정처의 반대로 1년 넘게 제출되지 못했고, 중기부는 결국 제출 계획을 접었다.",
          prev="2025-06-30", comment="a delay and the drop in one sentence: one cancelled entry with the missed date"),
        m("q-mss-tech-evidence-2", "delayed", MSS, SU,
          "반서윤 중기부 기술혁신정책관은 8일 창원에서 열린 중소기업 간담회에서 \"창원센터는 하반기에 반드시 문을 열겠다\"며 \"내년부터는 해마다 1,000곳에 기술보호 바우처를 주겠다\"고 말했다.",
          person="반서윤", deadline="2026-12-31", dtext="하반기에",
          comment="one sentence, two commitments: the moved date restated (delayed) …"),
        m("q-mss-tech-voucher-1000", "new", MSS, SU,
          "반서윤 중기부 기술혁신정책관은 8일 창원에서 열린 중소기업 간담회에서 \"창원센터는 하반기에 반드시 문을 열겠다\"며 \"내년부터는 해마다 1,000곳에 기술보호 바우처를 주겠다\"고 말했다.",
          person="반서윤", target=1000.0, unit="곳", deadline="2027-12-31", dtext="내년부터",
          comment="… and a new promise; '8일' is when it was said; not annotated: 경상남도's 5곳 (a local government) and "
                  "창원상공회의소's request"),
    ]))

# ---------------------------------------------------------------- roundup (decks + ■ sections; all five storylines)
P12_D1 = "개인투자용 국채 판매처 5곳은 늦게 채워…중도환매 확대는 무산"
P12_D2 = "배출권 선물시장 내년 상반기로…AI 스팸 차단은 이통 3사 모두 적용"
PAGES.append(dict(
    source="2026-11-19_q_promise-roundup.txt",
    title="[2026 약속 결산] 국채·배출권·석유화학·기술보호·스팸…부처 약속 얼마나 지켰나",
    published_at="2026-11-19",
    mentions=[
        m("q-moef-bond-sellers-5", "achieved", MOFE, FIS, P12_D1, target=5.0, unit="곳",
          comment=LATE + "; the roundup headline is not annotated; the deck names no body: 재정경제부 (page date)"),
        m("q-moef-bond-redemption", "cancelled", MOFE, FIS, P12_D1, comment="no number or date in the clause"),
        m("q-me-ets-futures", "delayed", MCEE, CLI, P12_D2, deadline="2027-06-30", dtext="내년 상반기로", comment=LATER),
        m("q-msit-spam-ai-filter", "achieved", MSIT, TEL, P12_D2, comment=LATE),
        # ■ 개인투자용 국채
        m("q-moef-bond-sellers-5", "achieved", MOFE, FIS,
          "재정경제부가 기획재정부 시절 지난해 하반기 중 5곳으로 늘리겠다던 판매대행기관은 해를 넘겨 올해 2월에야 5곳이 됐다.",
          target=5.0, unit="곳",
          comment=LATE + "; the sentence names both bodies: the gold gives the page-date name (재정경제부, which took the "
                         "treasury work)"),
        m("q-moef-bond-5y", "achieved", MOFE, FIS,
          "상반기에서 9월로 한 차례 미뤘던 5년물은 예정대로 지난해 9월 첫 발행됐다.",
          deadline="2025-09-30", dtext="9월로",
          comment="reached on the moved date: achieved on time with the moved date (o's convention)"),
        m("q-moef-bond-issue-2t", "delayed", MOFE, FIS,
          "지난해 개인투자용 국채를 2조 원어치 발행하겠다던 목표는 1조 6,000억 원에서 멈췄다.",
          target=W2T, unit="원", prev="2025-12-31", comment="'지난해' as the target year names the missed deadline"),
        m("q-moef-bond-tax-cap", "achieved", MOFE, FIS,
          "분리과세 매입 한도 3억 원은 세법 개정을 거쳐 예정대로 올해 1월부터 적용됐다.",
          target=W300M, unit="원", deadline="2026-01-31", dtext="올해 1월부터", comment="on time"),
        m("q-moef-bond-redemption", "cancelled", MOFE, FIS,
          "반면 올해 1월부터 매주 받겠다던 중도환매 신청은 전산 개편 비용 문제로 없던 일이 됐다.",
          prev="2026-01-31"),
        m("q-moef-bond-portal", "delayed", MOFE, FIS,
          "지난해 말 열겠다던 개인투자용 국채 전용 누리집은 아직 열리지 않았다.",
          prev="2025-12-31", comment="nothing done after the deadline: delayed"),
        m("q-moef-retail-share-3", "revision", MOFE, FIS,
          "재정경제부는 2030년까지 개인 국고채 보유 비중을 3%로 높이겠다던 목표를 2%로 낮췄다.",
          target=2.0, unit="%", deadline="2030-12-31", dtext="2030년까지", comment="a changed target: revision"),
        m("q-mofe-bond-limit-3t", "new", MOFE, FIS,
          "대신 내년 개인투자용 국채 발행 한도를 3조 원으로 늘리겠다고 밝혔다.",
          target=W3T, unit="원", deadline="2027-12-31", dtext="내년",
          comment="subjectless: 재정경제부; a new promise of the new body (prefix q-mofe-), not a revision of the 2025 "
                  "2조 원 (p's 아카데미 5,000명)"),
        # ■ 배출권
        m("q-me-ets-futures", "delayed", MCEE, CLI,
          "기후에너지환경부는 올해 하반기 열겠다던 배출권 선물시장을 금융위원회와의 규정 협의가 늦어져 내년 상반기로 미뤘다.",
          deadline="2027-06-30", dtext="내년 상반기로", prev="2026-12-31", comment=LATER),
        m("q-me-ets-mm-10", "delayed", MCEE, CLI,
          "지난해 말까지 10곳으로 늘리겠다던 시장조성자는 8곳에서 더 늘지 않았다.",
          target=10.0, unit="곳", prev="2025-12-31", comment="short after the deadline: delayed"),
        m("q-mcee-ets-floor", "cancelled", MCEE, CLI,
          "올해 상반기까지 도입하겠다던 배출권 최저가격제는 '시장 개입' 논란 끝에 도입하지 않기로 했다.",
          prev="2026-06-30"),
        m("q-me-ets-sme-500", "progress", MCEE, CLI,
          "2026년까지 500곳을 지원하기로 한 감축설비 지원은 지금까지 430곳이 받았다.",
          target=500.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("q-me-ets-auction-50", "revision", MCEE, CLI,
          "발전 부문 유상할당 비율 50% 달성 시점은 2030년에서 2028년으로 2년 앞당겼다.",
          target=50.0, unit="%", deadline="2028-12-31", dtext="2028년으로", prev="2030-12-31",
          comment="a date moved EARLIER: revision; subjectless: 기후에너지환경부 (the section's body)"),
        # ■ 석유화학
        m("q-motie-petchem-crisis", "delayed", MOTI, IND,
          "산업통상부가 상반기로 미뤘던 대산의 산업위기 선제대응지역 지정은 협력업체 실사가 길어지며 다시 연말로 밀렸다.",
          deadline="2026-12-31", dtext="연말로", prev="2026-06-30", comment=LATER + " (the second move)"),
        m("q-fsc-petchem-fund-2t", "delayed", FSC, IND,
          "금융위원회의 2조 원 사업재편 지원 프로그램은 1조 7,000억 원에서 멈춰 있다.",
          target=W2T, unit="원", comment="short after the moved date (2026-06-30): delayed"),
        m("q-motie-petchem-specialty", "revision", MOTI, IND,
          "산업통상부는 2030년까지 1조 원을 들이겠다던 스페셜티 전환 연구개발 지원을 예산 사정으로 7,000억 원으로 줄였다.",
          target=W700B, unit="원", deadline="2030-12-31", dtext="2030년까지",
          comment="a changed target: revision (the new figure is the target); '예산' is a fiscal cue"),
        m("q-moti-petchem-capex-3t", "progress", MOTI, IND,
          "2027년까지 공급하기로 한 스페셜티 설비 투자 정책금융 3조 원은 지금까지 1조 1,000억 원이 나갔다.",
          target=W3T, unit="원", deadline="2027-12-31", dtext="2027년까지", comment="names no body: 산업통상부's promise"),
        m("q-moel-petchem-jobs-3000", "progress", MOEL, IND,
          "고용노동부가 올해까지 3,000명에게 하겠다던 전직 지원은 10월까지 2,100명이 받았다.",
          target=3000.0, unit="명", deadline="2026-12-31", dtext="올해까지", comment="before the deadline: progress"),
        # ■ 기술보호·스팸
        m("q-mss-tech-evidence-2", "delayed", MSS, SU,
          "중소벤처기업부는 올해 하반기로 미뤘던 창원 기술분쟁 증거보전센터 개소를 장비 도입이 늦어져 다시 내년 2월로 미뤘다.",
          deadline="2027-02-28", dtext="내년 2월로", prev="2026-12-31", comment=LATER + " (the second move)"),
        m("q-msit-spam-ai-filter", "achieved", MSIT, TEL,
          "과학기술정보통신부가 지난해 안에 모든 가입자에게 기본 적용하겠다던 AI 스팸 차단 서비스는 해를 넘겨 올해 2월에야 이통 3사 모두 기본 적용됐다.",
          comment=LATE),
        m("q-msit-spam-spoof-10m", "achieved", MSIT, TEL,
          "번호 도용 문자 차단 서비스 가입자는 지난해 말 1,040만 명으로 목표였던 1,000만 명을 넘겼다.",
          target=10000000.0, unit="명",
          comment="on time, but '지난해 말' says when it was measured, not the promise restated: no deadline fields; the "
                  "target is the promise (1,000만), not what was reached"),
        m("q-kcc-spam-half", "revision", KMCC, TEL,
          "방송미디어통신위원회는 2026년까지 불법 스팸을 절반으로 줄이겠다던 목표를 30% 감축으로 낮췄다.",
          target=30.0, unit="%", deadline="2026-12-31", dtext="2026년까지", comment="a changed target: revision"),
        m("q-kcc-spam-report-3d", "delayed", KMCC, TEL,
          "방송통신위원회 시절 3일 안에 끝내겠다고 한 스팸 신고 처리 기간은 올해 상반기에도 평균 4.1일이었다.",
          target=3.0, unit="일", comment="short after the moved date (2025-12-31): delayed; page-date body name"),
        m("q-kmcc-spam-onestop", "delayed", KMCC, TEL,
          "올해 상반기까지 하나로 합치겠다던 스팸 신고 창구는 연말로 미뤄졌다.",
          deadline="2026-12-31", dtext="연말로", prev="2026-06-30",
          comment=LATER + "; the outlet's own plan ('약속장부는 내년에도 …') and boilerplate are not annotated"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-19)
LAST = "2026-11-19"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    ("q-moef-bond-sellers-5", MOFE, FIS, "개인투자용 국채 판매대행기관 5곳 2025년 하반기", "achieved",
     "February 2026 (late); 3곳 in July 2025; made by 기획재정부"),
    ("q-moef-bond-mobile", MOFE, FIS, "개인투자용 국채 모바일 청약 2025년 7월부터", "achieved", "on time (2025-07-15)"),
    ("q-moef-bond-issue-2t", MOFE, FIS, "개인투자용 국채 2025년 발행 2조 원", "delayed", "1조 6,000억 원"),
    ("q-moef-bond-5y", MOFE, FIS, "개인투자용 국채 5년물 신설 (2025년 상반기 → 9월)", "achieved",
     "on the moved date, September 2025"),
    ("q-moef-bond-redemption", MOFE, FIS, "중도환매 신청 매주 2026년 1월부터", "cancelled", "dropped (2026-11-19)"),
    ("q-moef-bond-tax-cap", MOFE, FIS, "분리과세 매입 한도 2억 → 3억 원 2026년 1월부터", "achieved", "on time"),
    ("q-moef-retail-share-3", MOFE, FIS, "개인 국고채 보유 비중 2030년까지 (3% → 2%)", "revised",
     "target lowered on 2026-11-19"),
    ("q-moef-bond-portal", MOFE, FIS, "개인투자용 국채 전용 안내 누리집 2025년 말", "delayed",
     "not opened by 2026-11-19"),
    ("q-mofe-bond-limit-3t", MOFE, FIS, "개인투자용 국채 2027년 발행 한도 3조 원", "announced", ""),
    ("q-me-ets-consign", MCEE, CLI, "배출권 위탁거래 도입 2025년 하반기", "achieved",
     "September 2025; made by 환경부"),
    ("q-me-ets-futures", MCEE, CLI, "배출권 선물시장 개설 (2026년 하반기 → 2027년 상반기)", "delayed",
     "moved on 2026-11-19 (convention 1, although the new date is ahead)"),
    ("q-me-ets-plan4", MCEE, CLI, "4차 배출권 할당계획 2025년 6월까지 확정", "achieved", "September 2025 (late)"),
    ("q-me-ets-auction-50", MCEE, CLI, "발전 부문 유상할당 50% (2030년 → 2028년)", "revised",
     "date moved earlier on 2026-11-19"),
    ("q-me-ets-mm-10", MCEE, CLI, "배출권 시장조성자 5 → 10곳 2025년 내", "delayed", "8곳"),
    ("q-me-ets-sme-500", MCEE, CLI, "중소·중견 배출 기업 감축설비 지원 2026년까지 500곳", "in_progress", "430곳"),
    ("q-mcee-ets-floor", MCEE, CLI, "배출권 최저가격제 2026년 상반기까지", "cancelled", "dropped (2026-11-19)"),
    ("q-motie-petchem-package", MOTI, IND, "석유화학 사업재편 지원 패키지 2025년 내", "achieved",
     "February 2026 (late); made by 산업통상자원부"),
    ("q-motie-petchem-fasttrack", MOTI, IND, "기업활력법 사업재편 승인 심사 60 → 30일 2025년 하반기부터", "achieved",
     "October 2025"),
    ("q-motie-petchem-specialty", MOTI, IND, "스페셜티 전환 R&D 2030년까지 (1조 원 → 7,000억 원)", "revised",
     "target lowered on 2026-11-19"),
    ("q-motie-petchem-crisis", MOTI, IND, "여수·대산 산업위기 선제대응지역 지정 (2025년 9월 → 대산 2026년 상반기 → 연말)",
     "delayed", "여수 October 2025; 대산 moved twice"),
    ("q-motie-petchem-monitor", MOTI, IND, "민관 합동 사업재편 이행점검단 2025년 10월 출범", "achieved", "on time"),
    ("q-fsc-petchem-fund-2t", FSC, IND, "정책금융 사업재편 지원 프로그램 2조 원 (2025년 내 → 2026년 상반기)", "delayed",
     "1조 7,000억 원"),
    ("q-moel-petchem-retention", MOEL, IND, "석유화학 협력업체 고용유지지원금 비율 90% 2025년 9월부터", "achieved", "on time"),
    ("q-moel-petchem-jobs-3000", MOEL, IND, "협력업체 이직 근로자 전직 지원 2026년까지 3,000명", "in_progress", "2,100명"),
    ("q-moti-petchem-capex-3t", MOTI, IND, "스페셜티 설비 투자 정책금융 2027년까지 3조 원", "in_progress",
     "1조 1,000억 원"),
    ("q-mss-tech-litigation", MSS, SU, "기술탈취 피해 중소기업 소송비용 지원 2025년 7월부터", "achieved",
     "October 2025 (late)"),
    ("q-mss-tech-dispute-60", MSS, SU, "기술분쟁 조정·중재 처리 기간 90 → 60일 2025년 하반기부터", "achieved", "57일"),
    ("q-mss-tech-evidence-2", MSS, SU, "기술분쟁 증거보전센터 두 곳 (2025년 하반기 → 창원 2026년 하반기 → 2027년 2월)",
     "delayed", "판교 November 2025; 창원 moved twice"),
    ("q-mss-tech-guard-10k", MSS, SU, "기술지킴 서비스 지원 기업 2025년 내 1만 곳", "delayed", "9,200곳"),
    ("q-mss-tech-discovery-bill", MSS, SU, "디스커버리 도입 중소기업기술보호법 개정안 2025년 상반기 국회 제출", "cancelled",
     "dropped (2026-06-09)"),
    ("q-kftc-tech-probe-200", KFTC, SU, "하도급 기술자료 유용 직권조사 원사업자 200곳 2025년 상반기", "achieved",
     "started May 2025"),
    ("q-mss-tech-voucher-1000", MSS, SU, "기술보호 바우처 2027년부터 연 1,000곳", "announced", ""),
    ("q-kcc-spam-cert", KMCC, TEL, "문자 재판매사 전송자격인증제 의무화 2025년 6월부터", "achieved",
     "on time; made by 방송통신위원회"),
    ("q-kcc-spam-reseller-audit", KMCC, TEL, "문자 재판매사 전수 점검 2025년 상반기 중", "delayed",
     "deadline 2025-06-30 passed with no report (the 2025-02-26 page is its only page); made by 방송통신위원회"),
    ("q-msit-spam-ai-filter", MSIT, TEL, "이통3사 AI 스팸 차단 모든 가입자 기본 적용 2025년 내", "achieved",
     "February 2026 (late)"),
    ("q-kcc-spam-report-3d", KMCC, TEL, "스팸 신고 처리 기간 7일 → 3일 (2025년 7월부터 → 연말)", "delayed",
     "4.1일 in H1 2026"),
    ("q-msit-spam-spoof-10m", MSIT, TEL, "번호 도용 문자 차단 서비스 가입자 2025년 말 1,000만 명", "achieved",
     "1,040만 명"),
    ("q-kcc-spam-half", KMCC, TEL, "불법 스팸 2026년까지 절반 감축 (50% → 30%)", "revised",
     "target lowered on 2026-11-19; made by 방송통신위원회"),
    ("q-knpa-spam-crackdown", KNPA, O, "불법 스팸 발송 조직 집중 단속 2025년 3~8월", "achieved", "42곳, 312명 검거"),
    ("q-kmcc-spam-onestop", KMCC, TEL, "스팸 신고 창구 통합 (2026년 상반기 → 연말)", "delayed",
     "moved on 2026-11-19 (convention 1)"),
]


if __name__ == "__main__":
    write(ROOT, "q", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (기획재정부\'s 국채 promises are listed',
           'under 재정경제부, which took the treasury work on 2026-01-02; 환경부\'s under 기후에너지환경부;',
           '산업통상자원부\'s under 산업통상부; 방송통신위원회\'s under 방송미디어통신위원회).'],
          with_commitments="--commitments" in sys.argv[1:])
