"""Writes the hand annotations of held-out set z to gold/*.toml.

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

MOE = "교육부"
MOHW = "보건복지부"
KNPA = "경찰청"
MOLIT = "국토교통부"
MOEL = "고용노동부"
MOTIE = "산업통상자원부"      # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01: took energy policy from 산업통상자원부 (part_to; owner of climate,
                              # so the 해상풍력 promises go here, not to 산업통상부) and succeeded 환경부 (녹조)
ME = "환경부"                 # until 2025-09-30
MOF = "해양수산부"
MND = "국방부"
MSS = "중소벤처기업부"
MOJ = "법무부"
MOEF = "기획재정부"           # until 2026-01-01
MOFE = "재정경제부"           # from 2026-01-02 (took 세제 from 기획재정부: the 외국인 기술자 소득세 감면 goes here)
MAFRA = "농림축산식품부"

OTH = "other"       # 교권 보호, 자립준비청년, 녹조·먹는물: no topic of topics.toml fits
CLI = "climate"     # 해상풍력 (재생에너지; 산업통상자원부 → 기후에너지환경부)
STU = "startup"     # 외국인 창업 유치 (중소벤처기업부's remit)
FIS = "fiscal"      # 기획재정부's 소득세 감면 (세제) inside the 외국인 창업 storyline

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (convention of j-y), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-y)"

W300B = 300000000000.0       # 3,000억 원
W100B = 100000000000.0       # 1,000억 원
W30B = 30000000000.0         # 300억 원
W200M = 200000000.0          # 2억 원
W5M = 5000000.0              # 500만 원
W600K = 600000.0             # 60만 원
W550K = 550000.0             # 55만 원

PAGES: list[dict] = []

# ---------------------------------------------------------------- 교권 1/3 (general daily, one deck line; 교육부, 복지부, 경찰청)
P1_H = "학교 민원, 교사 대신 '대응팀'이 받는다…법률지원 변호사 300명으로"
P1_D = "교원 배상보험 한도 2억 원으로…교원 아동학대 수사 60일 안에 끝낸다"
P1_LI = ("시도교육청 교원 법률지원단의 변호사는 지금 120명에서 연내 300명으로 늘리고, 교원배상책임보험의 보장 한도는 "
         "3월부터 1억 원에서 2억 원으로 올린다.")
PAGES.append(dict(
    source="2025-01-14_z_teacher-protection-plan.txt", title=P1_H, published_at="2025-01-14",
    mentions=[
        m("z-moe-teach-complaint-team", "new", MOE, OTH, P1_H,
          comment="the headline names no body: 교육부's plan; one headline, two commitments; no number or date in "
                  "the first clause"),
        m("z-moe-teach-lawyers-300", "new", MOE, OTH, P1_H, target=300.0, unit="명"),
        m("z-moe-teach-insurance", "new", MOE, OTH, P1_D, target=W200M, unit="원",
          comment="the deck names no body; one deck line, two commitments (two bodies); no dates"),
        m("z-knpa-teach-probe-60d", "new", KNPA, OTH, P1_D, target=60.0, unit="일",
          comment="'60일 안에' is how fast (the target), not a deadline; 경찰청's promise (the body says so)"),
        m("z-moe-teach-complaint-team", "new", MOE, OTH,
          "교육부는 3월 신학기부터 전국 초·중·고교 1만 1,800여 곳 모두에 교감과 행정실장, 교육공무직원 등으로 꾸린 '학교 민원대응팀'을 두기로 했다.",
          target=11800.0, unit="곳", deadline="2025-03-31", dtext="3월 신학기부터",
          comment="'1만 1,800여 곳 모두' is the target (y's '1만 1,000여 곳'). Not annotated: the lead's 61%, 4,230건, "
                  "8% (statistics), the plan-release sentence and the 2023 history, the 면담 원칙 ('정했다': done)"),
        m("z-moe-teach-work-phone", "new", MOE, OTH,
          "하반기부터 담임교사 25만 명 모두에게 개인 번호를 드러내지 않고 쓸 수 있는 업무용 번호를 지원한다.",
          target=250000.0, unit="명", deadline="2025-12-31", dtext="하반기부터",
          comment="subjectless: 교육부; the umbrella before it is not annotated"),
        m("z-moe-teach-lawyers-300", "new", MOE, OTH, P1_LI, target=300.0, unit="명", deadline="2025-12-31",
          dtext="연내", comment="one sentence, two commitments; subjectless: 교육부; 120명 is the baseline"),
        m("z-moe-teach-insurance", "new", MOE, OTH, P1_LI, target=W200M, unit="원", deadline="2025-03-31",
          dtext="3월부터", comment="1억 원 is the baseline; 1,180건 and 40여 건 (the next sentence) are statistics"),
        m("z-moe-teach-healing-17", "new", MOE, OTH,
          "교육부는 지금 5곳인 권역별 '교원치유센터'를 2026년까지 17개 시도에 1곳씩, 모두 17곳으로 늘리겠다고 밝혔다.",
          target=17.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="'17개 시도' describes the spread, '모두 17곳' is the target; 5곳 is the baseline"),
        m("z-moe-teach-online-desk", "new", MOE, OTH,
          "학부모 민원을 온라인으로 접수하고 처리 과정을 기록으로 남기는 '학교민원 바로' 시스템도 9월 문을 연다.",
          deadline="2025-09-30", dtext="9월", comment="subjectless: 교육부"),
        m("z-mohw-teach-abuse-guide", "new", MOHW, OTH,
          "보건복지부는 교사의 정당한 생활지도가 아동학대로 판단되지 않도록 아동학대 사례판단 가이드라인을 상반기 중 고치기로 했다.",
          deadline="2025-06-30", dtext="상반기 중", comment="the umbrella before it ('관계부처도 힘을 보탠다.') is not annotated"),
        m("z-knpa-teach-probe-60d", "new", KNPA, OTH,
          "경찰청은 교원을 상대로 한 아동학대 신고 사건의 수사 기간을 지금 평균 90일에서 하반기부터 60일 이내로 줄이겠다고 밝혔다.",
          target=60.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment="90일 is the baseline. Not annotated: 옥채원's quote (an undated intention), the 교원단체's demand, the "
                  "professor's '3년' and '해마다' (opinion), 길해온's 1,000만 원 and his '다음 달 대표 발의' (an "
                  "opposition lawmaker's demand and his own plan)"),
    ]))

# ---------------------------------------------------------------- 자립 1/3 (press release reposted, two '- … -' sub-heads, ○ bullets; 복지부, 국토부, 노동부)
P2_H = "보건복지부, 자립준비청년 자립수당 내년부터 월 60만 원으로 올린다"
P2_D1 = "- 자립수당 월 50만→60만 원, 자립 지원 기간 5년→7년으로 늘리는 법 개정 추진 -"
P2_D2 = "- 자립지원전담기관 인력 연내 300명으로…LH 매입임대 올해 2,000호 우선 공급 -"
SUB = "press-release sub-head, annotated like a deck line; the whole line with its '- ' and ' -' is the sentence"
BUL = "○ bullet line: the whole line with its '○ ' is the sentence (y's ▲ box)"
PAGES.append(dict(
    source="2025-02-18_z_care-leavers-release.txt", title=P2_H, published_at="2025-02-18",
    mentions=[
        m("z-mohw-leave-allowance-60", "new", MOHW, OTH, P2_H, target=W600K, unit="원", deadline="2026-12-31",
          dtext="내년부터", comment="'보건복지부' names the body; '내년부터' on a 2025 page → 2026-12-31 (y)"),
        m("z-mohw-leave-allowance-60", "new", MOHW, OTH, P2_D1, target=W600K, unit="원",
          comment=SUB + "; one line, two commitments; no dates; 50만 is the baseline"),
        m("z-mohw-leave-period-7y", "new", MOHW, OTH, P2_D1, target=7.0, unit="년",
          comment="the rule value the bill sets (7년) is its target (y's 홀드백 6개월)"),
        m("z-mohw-leave-staff-300", "new", MOHW, OTH, P2_D2, target=300.0, unit="명", deadline="2025-12-31",
          dtext="연내", comment=SUB + "; one line, two commitments (two bodies)"),
        m("z-molit-leave-housing-2000", "new", MOLIT, OTH, P2_D2, target=2000.0, unit="호", deadline="2025-12-31",
          dtext="올해", comment="the clause names no body: 국토교통부's promise (the body says so)"),
        m("z-mohw-leave-allowance-60", "new", MOHW, OTH,
          "○ 보호 종료 후 5년간 매달 지급하는 자립수당을 올해 월 50만 원에서 내년부터 월 60만 원으로 인상한다.",
          target=W600K, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment=BUL + "; '5년간' is how long it is paid, not a deadline. Not annotated: the plan-release line, the "
                        "statistics (2,000명, 132만 원, 65%, 46%, 12%, 38%), the history (40만 / 50만 원, 2022년)"),
        m("z-mohw-leave-period-7y", "new", MOHW, OTH,
          "○ 보호 종료 후 5년인 자립 지원 기간을 7년으로 늘리는 아동복지법 개정안을 상반기 중 국회에 제출한다.",
          target=7.0, unit="년", deadline="2025-06-30", dtext="상반기 중",
          comment="the 자립정착금 bullet after it ('기준을 협의한다': a consideration; 1,000만~2,000만 원 describes "
                  "the grant) is not annotated"),
        m("z-mohw-leave-staff-300", "new", MOHW, OTH,
          "○ 전국 17개 시도 자립지원전담기관의 전담인력을 현재 180명에서 연내 300명으로 확충한다.",
          target=300.0, unit="명", deadline="2025-12-31", dtext="연내", comment="180명 is the baseline"),
        m("z-mohw-leave-mentor-3000", "new", MOHW, OTH,
          "○ 자립을 먼저 경험한 선배와 지역 주민이 1대1로 돕는 '자립 동행 멘토'를 2026년까지 3,000명 연결한다.",
          target=3000.0, unit="명", deadline="2026-12-31", dtext="2026년까지"),
        m("z-mohw-leave-app", "new", MOHW, OTH,
          "○ 지원 제도와 주거·일자리 정보를 한곳에 모은 모바일 앱 '홀로서기'를 9월 출시한다.",
          deadline="2025-09-30", dtext="9월"),
        m("z-molit-leave-housing-2000", "new", MOLIT, OTH,
          "○ 국토교통부는 LH 매입임대주택을 올해 자립준비청년에게 2,000호 우선 공급하고, 보증금 없이 최장 6년까지 살 수 있게 한다.",
          target=2000.0, unit="호", deadline="2025-12-31", dtext="올해",
          comment="'최장 6년' is the rule of the lease, not a deadline; LH is a public company, the promise is 국토부's"),
        m("z-molit-leave-dorm-2", "new", MOLIT, OTH,
          "○ 국토교통부는 2026년까지 수도권과 부산에 자립준비청년 전용 공공기숙사 2곳을 짓는다.",
          target=2.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("z-moel-leave-jobs-1000", "new", MOEL, OTH,
          "○ 고용노동부는 하반기부터 자립준비청년 전용 취업 지원 프로그램 '첫걸음 일터'를 운영해 1,000명을 지원한다.",
          target=1000.0, unit="명", deadline="2025-12-31", dtext="하반기부터",
          comment="Not annotated: 봉새롬's quote (an undated intention), '분기마다 점검하고 … 정례화할 계획이다' (a "
                  "recurring procedure, no target), the 당사자 모임's 80만 원 and 만 25세 (demands), the 붙임 and 문의 lines"),
    ]))

# ---------------------------------------------------------------- 해상풍력 1/3 (economic daily, one deck line, ad line; 산업부, 해수부, 국방부)
P3_H = "해상풍력 2030년까지 14GW로…'계획입지' 예비지구 내년 상반기까지 10곳 지정"
P3_D = "특별법 시행령 연내 마련…목포 해상풍력 지원부두 2026년 완공"
P3_MOF = ("해양수산부는 전남 목포신항에 짓고 있는 해상풍력 지원부두를 2026년까지 완공하고, 어업 피해 보상 기준을 하반기 중 "
          "마련해 고시하겠다고 밝혔다.")
PAGES.append(dict(
    source="2025-03-11_z_offshore-wind-strategy.txt", title=P3_H, published_at="2025-03-11",
    mentions=[
        m("z-motie-wind-14gw", "new", MOTIE, CLI, P3_H, target=14.0, unit="GW", deadline="2030-12-31",
          dtext="2030년까지", comment="the headline names no body: 산업통상자원부's plan; one headline, two commitments"),
        m("z-motie-wind-sites-10", "new", MOTIE, CLI, P3_H, target=10.0, unit="곳", deadline="2026-06-30",
          dtext="내년 상반기까지", comment="no climate cue in the clause ('계획입지', '예비지구'): climate by subject"),
        m("z-motie-wind-decree", "new", MOTIE, CLI, P3_D, deadline="2025-12-31", dtext="연내",
          comment="the deck names no body; one deck line, two commitments (two bodies)"),
        m("z-mof-wind-port", "new", MOF, CLI, P3_D, deadline="2026-12-31", dtext="2026년",
          comment="the clause is 해양수산부's promise (the body says so); climate by subject (uncertain call)"),
        m("z-motie-wind-14gw", "new", MOTIE, CLI,
          "산업통상자원부는 11일 '해상풍력 보급 가속화 전략'을 발표하고 2030년까지 해상풍력 누적 설치 용량을 지난해 말 0.35GW에서 14GW로 늘리겠다고 밝혔다.",
          target=14.0, unit="GW", deadline="2030-12-31", dtext="2030년까지",
          comment="a plan release and a promise in one sentence (w); 0.35GW is the baseline. The lead before it is "
                  "not annotated (no number, no date)"),
        m("z-motie-wind-decree", "new", MOTIE, CLI, "특별법 시행에 필요한 시행령과 시행규칙은 연내 마련한다.",
          deadline="2025-12-31", dtext="연내",
          comment="subjectless: 산업통상자원부; no cue ('특별법', '시행령'): climate by subject. Not annotated: the "
                  "history paragraph (the 2020 plan's '2030년 12GW를 약속했지만': a past promise as context; 3%, "
                  "7년, 10개)"),
        m("z-motie-wind-sites-10", "new", MOTIE, CLI, "산업부는 이런 계획입지 예비지구를 내년 상반기까지 10곳 지정할 계획이다.",
          target=10.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="'산업부' on 2025-03-11 = 산업통상자원부; '~할 계획이다' with a number and a date is a promise"),
        m("z-motie-wind-auction-25", "new", MOTIE, CLI,
          "올해 상반기 경쟁입찰부터 공급망·안보 평가 배점을 100점 만점에 16점에서 25점으로 높인다.",
          target=25.0, unit="점", deadline="2025-06-30", dtext="올해 상반기",
          comment="subjectless: 산업부; '100점 만점' is the scale, 16점 the baseline; the industry cue '공급망' is a trap "
                  "(climate by subject); 70% (the paragraph's last sentence) is a statistic"),
        m("z-motie-wind-turbine-15mw", "new", MOTIE, CLI,
          "국내 기업이 개발 중인 15MW급 초대형 터빈은 2027년까지 해상 실증에 들어간다.",
          deadline="2027-12-31", dtext="2027년까지",
          comment="a plan's promise stated as an outcome (y); '15MW급' describes the turbine, no target"),
        m("z-motie-wind-fund-3000", "new", MOTIE, CLI,
          "산업부는 또 해상풍력 공급망 기업에 투자하는 3,000억 원 규모의 정책펀드를 하반기 중 조성하기로 했다.",
          target=W300B, unit="원", deadline="2025-12-31", dtext="하반기 중",
          comment="cues tie one-one ('풍력' climate, '공급망' industry; industry is listed first): climate by subject"),
        m("z-mof-wind-port", "new", MOF, CLI, P3_MOF, deadline="2026-12-31", dtext="2026년까지",
          comment="one sentence, two commitments of 해양수산부"),
        m("z-mof-wind-fishery-comp", "new", MOF, CLI, P3_MOF, deadline="2025-12-31", dtext="하반기 중",
          comment="the 어업 피해 보상 기준 is part of the 해상풍력 plan: climate by subject (uncertain call; its later "
                  "sentences carry no cue)"),
        m("z-mnd-wind-radar-3", "new", MND, CLI,
          "국방부는 바다 위 풍력발전기가 군 레이더 탐지를 방해하는 문제를 풀기 위해 2027년까지 서남해안에 보완 레이더 3기를 설치하기로 했다.",
          target=3.0, unit="기", deadline="2027-12-31", dtext="2027년까지",
          comment="never followed up (announced). Not annotated: 맹기완's quote (an observation), 30GW (a statistic), the "
                  "연구위원's forecast, 전라남도's 8GW 구상 and 울산시 (local governments), the Danish company's 4조 원 "
                  "(a company), the 증권가's 100조 원 (a forecast)"),
    ]))

# ---------------------------------------------------------------- 외국인 창업 1/3 (startup-media Q&A interview, quoted deck line; 중기부, 법무부, 기재부)
P4_H = "[인터뷰] 선우진영 중기부 글로벌성장정책관 \"외국인 창업 전용 펀드 1,000억 원 하반기 조성\""
P4_D = "\"해외 글로벌 창업 허브 연내 6곳으로…해외 액셀러레이터 20곳 유치\""
PAGES.append(dict(
    source="2025-04-22_z_global-startup-interview.txt", title=P4_H, published_at="2025-04-22",
    mentions=[
        m("z-mss-global-fund-1000", "new", MSS, STU, P4_H, person="선우진영", target=W100B, unit="원",
          deadline="2025-12-31", dtext="하반기",
          comment="the interviewee for the interview headline and deck (u-y)"),
        m("z-mss-global-hubs-6", "new", MSS, STU, P4_D, person="선우진영", target=6.0, unit="곳",
          deadline="2025-12-31", dtext="연내",
          comment="one deck line, two commitments; the quote marks are part of the line"),
        m("z-mss-global-accel-20", "new", MSS, STU, P4_D, person="선우진영", target=20.0, unit="곳",
          comment="no date in the clause"),
        m("z-mss-global-fund-1000", "new", MSS, STU,
          "외국인이 국내에서 세운 스타트업에만 투자하는 전용 펀드를 1,000억 원 규모로 하반기에 조성하겠습니다.",
          person="선우진영", target=W100B, unit="원", deadline="2025-12-31", dtext="하반기에",
          comment="'돈입니다.' before it is not part of it; the 모태펀드's 400억 원 (the next sentence) describes the "
                  "fund's make-up. Not annotated: 240건 (a statistic)"),
        m("z-mss-global-hubs-6", "new", MSS, STU,
          "지금 실리콘밸리와 싱가포르, 베를린 등 3곳인 해외 '글로벌 창업 허브'를 연내 6곳으로 늘립니다.",
          person="선우진영", target=6.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="the 'A. ' label is not part of it; 3곳 is the baseline; the next sentence names the new cities"),
        m("z-mss-global-accel-20", "new", MSS, STU,
          "이름난 해외 액셀러레이터가 한국에 법인을 세우거나 국내에서 육성 프로그램을 돌리도록 2026년까지 20곳을 유치하겠습니다.",
          person="선우진영", target=20.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("z-moj-global-visa-30d", "new", MOJ, STU,
          "법무부가 스타트업 비자 심사 기간을 지금 평균 60일에서 하반기부터 30일 이내로 줄이기로 했습니다.",
          target=30.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment="a promise of another body reported by the interviewee: ministry 법무부, person '' (w-y); startup by "
                  "subject (법무부 owns no topic; the sentence carries '스타트업')"),
        m("z-moef-global-tax-10y", "new", MOEF, FIS,
          "기획재정부는 외국인 기술자의 소득세 50% 감면 기간을 5년에서 10년으로 늘리는 내용을 7월 세법개정안에 담기로 했습니다.",
          target=10.0, unit="년", deadline="2025-07-31", dtext="7월",
          comment="another body's promise reported by the interviewee: person ''. '50%' is the rate of the relief, 5년 "
                  "the baseline, 10년 the target. fiscal: a tax measure of the tax body, with fiscal cues ('소득세', "
                  "'세법') and no startup cue (uncertain call: y kept its 세액공제 'other' by subject)"),
        m("z-mss-global-challenge-500", "new", MSS, STU,
          "'글로벌 창업 챌린지'로 2027년까지 외국인 창업팀 500팀을 뽑아 국내 정착을 돕겠습니다.",
          person="선우진영", target=500.0, unit="팀", deadline="2027-12-31", dtext="2027년까지",
          comment="Not annotated: '지방으로 넓히는 방안은 … 검토하고 있습니다.' (a consideration), '해마다 정착률과 … "
                  "공개하겠습니다.' (a recurring intention, no target), the 커뮤니티 대표's and the 심사역's quotes"),
    ]))

# ---------------------------------------------------------------- 녹조 1/3 (wire, `(세종=바른통신)` dateline; 환경부, 농식품부)
P5_H = "녹조 제거선 7월까지 40척으로…정수장 조류독소 검사 주 2회로"
PAGES.append(dict(
    source="2025-05-20_z_algae-plan-wire.txt", title=P5_H, published_at="2025-05-20",
    mentions=[
        m("z-me-algae-boats-40", "new", ME, OTH, P5_H, target=40.0, unit="척", deadline="2025-07-31", dtext="7월까지",
          comment="the headline names no body: 환경부's plan; one headline, two commitments"),
        m("z-me-algae-toxin-test", "new", ME, OTH, P5_H, target=2.0, unit="회", comment="no date in the clause"),
        m("z-me-algae-boats-40", "new", ME, OTH,
          "대책에 따르면 환경부는 낙동강과 금강, 영산강 등에서 녹조를 걷어 내는 녹조 제거선을 지금 24척에서 7월까지 40척으로 늘린다.",
          target=40.0, unit="척", deadline="2025-07-31", dtext="7월까지",
          comment="24척 is the baseline. Not annotated: the lead (an umbrella: no number, no date), the plan-release "
                  "sentence, 87일 and ㎖당 100만 개 (statistics), the 마이크로시스틴 paragraph (34곳 가운데 21곳: a "
                  "statistic)"),
        m("z-mafra-algae-manure", "new", MAFRA, OTH,
          "농림축산식품부는 녹조의 원인이 되는 하천변 야적 퇴비 3,000여 개를 6월 말까지 모두 치우기로 했다.",
          target=3000.0, unit="개", deadline="2025-06-30", dtext="6월 말까지",
          comment="the umbrella before it is not annotated"),
        m("z-mafra-algae-plants-10", "new", MAFRA, OTH,
          "농식품부는 또 가축분뇨를 바이오가스로 바꾸는 공공처리시설을 2027년까지 낙동강 수계에 10곳 더 짓는다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="other by subject (녹조 오염원); '바이오가스' is no cue"),
        m("z-me-algae-toxin-test", "new", ME, OTH,
          "낙동강 수계 정수장 34곳의 조류독소 검사는 6월부터 주 1회에서 주 2회로 늘린다.",
          target=2.0, unit="회", deadline="2025-06-30", dtext="6월부터",
          comment="subjectless: 환경부; '34곳' names the plants covered, '주 2회' is the target (주 1회 the baseline)"),
        m("z-me-algae-forecast-7d", "new", ME, OTH,
          "녹조 발생을 미리 알리는 조류 예측 정보는 하반기부터 지금의 3일 전에서 7일 전으로 앞당겨 내놓는다.",
          target=7.0, unit="일", deadline="2025-12-31", dtext="하반기부터",
          comment="subjectless: 환경부; '7일 전' (how far ahead) is the target, not a deadline"),
        m("z-me-algae-sensors-50", "new", ME, OTH, "낙동강의 녹조 자동 측정망은 2026년 상반기까지 30곳에서 50곳으로 늘린다.",
          target=50.0, unit="곳", deadline="2026-06-30", dtext="2026년 상반기까지"),
        m("z-me-algae-microbubble", "new", ME, OTH,
          "물속에 아주 작은 공기 방울을 넣어 녹조가 뭉치는 것을 막는 '미세기포 장치'도 연내 대청호 등 10곳에서 시범 운영한다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="Not annotated: 감태오's quote (an intention; '기후변화' is a climate cue in an unannotated sentence), "
                  "the 환경단체s' demand, the history ('2022년과 2023년에도 …'), 경상남도's 5척 and 대구시's 펜스 (local "
                  "governments)"),
    ]))

# ---------------------------------------------------------------- 녹조 2/3 (TV script: 앵커/리포트/인터뷰; 환경부, 농식품부)
P6_H = "녹조 제거선 36척에 그쳐…조류독소 검사 '주 2회'는 지켜"
PAGES.append(dict(
    source="2025-08-26_z_algae-tv-followup.txt", title=P6_H, published_at="2025-08-26",
    mentions=[
        m("z-me-algae-boats-40", "delayed", ME, OTH, P6_H,
          comment="a measured value after the deadline (7월까지): delayed, no fields; the headline names no body: 환경부; "
                  "one headline, two commitments"),
        m("z-me-algae-toxin-test", "achieved", ME, OTH, P6_H, target=2.0, unit="회", comment=WHEN),
        m("z-me-algae-boats-40", "delayed", ME, OTH,
          "환경부가 7월까지 40척으로 늘리겠다던 녹조 제거선은 지금까지 36척만 투입됐습니다.",
          target=40.0, unit="척", prev="2025-07-31",
          comment="short after the deadline: delayed; the missed date named ('7월까지'). The anchor's lines, the scene, "
                  "42만 개 and the 어민's bite are not annotated"),
        m("z-me-algae-boats-40", "delayed", ME, OTH, "나머지 4척은 건조가 늦어져 다음 달에나 들어옵니다.",
          target=4.0, unit="척", deadline="2025-09-30", dtext="다음 달에나",
          comment=LATER + "; the remainder is the target of the sentence that moves it; '다음 달' on 2025-08-26 → "
                          "2025-09-30. The 10톤 sentence and the 운영업체's bite are not annotated"),
        m("z-me-algae-toxin-test", "achieved", ME, OTH, "정수장 조류독소 검사는 약속대로 6월부터 주 2회로 늘었습니다.",
          target=2.0, unit="회", comment=WHEN + "; names no body: 환경부; the umbrella before it is not annotated"),
        m("z-mafra-algae-manure", "achieved", MAFRA, OTH,
          "농림축산식품부는 하천변 야적 퇴비 3,000여 개를 6월 말까지 모두 치웠다고 밝혔습니다.",
          target=3000.0, unit="개", comment=WHEN + " ('6월 말까지 모두 치웠다'); the sentence after it is the reporter's "
                                                  "observation"),
        m("z-me-algae-forecast-7d", "progress", ME, OTH,
          "녹조를 7일 전에 예측하는 새 예보는 이달부터 낙동강 4개 지점에서 시범 운영에 들어갔습니다.",
          target=7.0, unit="일", comment="a pilot before the deadline: progress; names no body: 환경부; '4개 지점' is where"),
        m("z-me-algae-sensors-50", "progress", ME, OTH, "녹조 자동 측정망은 30곳에서 38곳으로 늘었습니다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("z-me-algae-microbubble", "progress", ME, OTH,
          "연내 10곳에서 시범 운영하겠다던 미세기포 장치는 대청호 등 4곳에서 돌아가고 있는데, 효과를 두고는 평가가 엇갈립니다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="short before the deadline: progress; the professor's bite after it is not annotated"),
        m("z-me-algae-curtain-4", "new", ME, OTH, "녹조가 가장 심한 낙동강 보 구간 4곳에 녹조 차단막을 내년 6월까지 설치하겠습니다.",
          person="감태오", target=4.0, unit="곳", deadline="2026-06-30", dtext="내년 6월까지",
          comment="the bite's first sentence (the quote marks are not part of it); its second ('… 더 자주 알리겠습니다.') "
                  "is an undated intention. Not annotated: '환경부는 … 대책을 더하겠다는 입장입니다.' (an umbrella), 함지오's "
                  "demand (an opposition lawmaker), the 환경단체s, 기상청's 늦더위 forecast"),
    ]))

# ---------------------------------------------------------------- 교권 2/3 (regional paper, `부산=` byline, one deck line; 교육부, 복지부, 경찰청)
P7_H = "학교 민원대응팀 94%에 그쳐…'학교민원 바로'는 내년 3월로"
P7_D = "교원 배상보험 2억 원 상향은 예정대로…교육부, 과태료 500만 원 법 개정 추진"
PAGES.append(dict(
    source="2025-09-23_z_teacher-busan-regional.txt", title=P7_H, published_at="2025-09-23",
    mentions=[
        m("z-moe-teach-complaint-team", "delayed", MOE, OTH, P7_H,
          comment="a measured share after the deadline (3월 신학기부터): delayed, no fields; the headline names no body: "
                  "교육부; one headline, two commitments"),
        m("z-moe-teach-online-desk", "delayed", MOE, OTH, P7_H, deadline="2026-03-31", dtext="내년 3월로",
          comment=LATER + "; the clause names no old date"),
        m("z-moe-teach-insurance", "achieved", MOE, OTH, P7_D, target=W200M, unit="원",
          comment=WHEN + " ('예정대로'); one deck line, two commitments"),
        m("z-moe-teach-fine-500", "new", MOE, OTH, P7_D, target=W5M, unit="원",
          comment="a new commitment; '교육부' names the body; no date in the clause"),
        m("z-moe-teach-complaint-team", "delayed", MOE, OTH,
          "교육부가 3월 신학기부터 모든 초·중·고교에 두겠다던 학교 민원대응팀은 이달 기준 전국 학교의 94%에만 꾸려졌다.",
          prev="2025-03-31",
          comment="short after the deadline: delayed; the missed date named ('3월 신학기부터'); '모든 초·중·고교' names no "
                  "number, so no target. Not annotated: the scene, 김 교사's quote, 부산's 97% (a local statistic), the "
                  "교감's quote"),
        m("z-moe-teach-work-phone", "progress", MOE, OTH,
          "하반기부터 담임교사 25만 명에게 지원하겠다던 업무용 번호는 이달 초 신청을 받기 시작해 지금까지 16만 명이 개통했다.",
          target=250000.0, unit="명", deadline="2025-12-31", dtext="하반기부터",
          comment="short before the deadline: progress; names no body: 교육부"),
        m("z-moe-teach-insurance", "achieved", MOE, OTH, "교원배상책임보험 보장 한도는 예정대로 3월부터 2억 원으로 올랐다.",
          target=W200M, unit="원", comment=WHEN),
        m("z-moe-teach-lawyers-300", "progress", MOE, OTH, "교원 법률지원단 변호사는 연초 120명에서 210명으로 늘었다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("z-moe-teach-healing-17", "progress", MOE, OTH, "교원치유센터는 9곳이 문을 열었다.",
          comment="a measured value without the target, before the deadline: progress, no fields; the 부산 sentence after "
                  "it is context. The 고교 교사's quote (the next paragraph) is not annotated"),
        m("z-moe-teach-online-desk", "delayed", MOE, OTH,
          "9월 문을 열기로 했던 온라인 민원 창구 '학교민원 바로'는 개인정보 보호 검토가 길어지면서 내년 3월로 미뤄졌다.",
          deadline="2026-03-31", dtext="내년 3월로", prev="2025-09-30", comment=LATER + "; the old date named ('9월')"),
        m("z-mohw-teach-abuse-guide", "achieved", MOHW, OTH,
          "보건복지부가 상반기 중 고치겠다던 아동학대 사례판단 가이드라인은 두 달 늦은 8월에야 개정됐다.",
          comment=LATE + "; the umbrella before it ('관계부처의 약속은 엇갈렸다.') is not annotated"),
        m("z-knpa-teach-probe-60d", "progress", KNPA, OTH,
          "경찰청이 교원 대상 아동학대 신고 사건을 처리하는 데 걸린 기간은 상반기 평균 74일로 1년 전보다 16일 줄었다.",
          comment="a measured value without the target, before the deadline (2025-12-31): progress, no fields"),
        m("z-moe-teach-fine-500", "new", MOE, OTH,
          "교육부는 22일 교육활동을 침해한 보호자가 특별교육이나 심리치료를 받지 않을 때 물리는 과태료를 300만 원에서 500만 원으로 올리는 교원지위법 개정안을 연내 국회에 내겠다고 밝혔다.",
          target=W5M, unit="원", deadline="2025-12-31", dtext="연내",
          comment="300만 원 is the baseline; never followed up: delayed by the date rule alone. Not annotated: 38% (a "
                  "statistic), 부산시교육청's 10명 and 분소 2곳 by 내년 (a local education office), the 교원단체's demand"),
    ]))

# ---------------------------------------------------------------- 해상풍력 2/3 (energy trade paper, one deck line; 기후에너지환경부, 해수부)
P8_H = "기후부 \"해상풍력 2030년 18GW로 상향\"…공급망 펀드는 없던 일로"
P8_D = "15MW 국산 터빈 실증 내년으로 1년 당겨…어업 피해 보상 기준은 내년 상반기로"
RENAME = ("ministry 기후에너지환경부: it took 산업통상자원부's energy policy on 2025-10-01 (part_to, owner of climate), "
          "not 산업통상부 (the successor)")
PAGES.append(dict(
    source="2025-11-18_z_offshore-wind-mcee.txt", title=P8_H, published_at="2025-11-18",
    mentions=[
        m("z-motie-wind-14gw", "revision", MCEE, CLI, P8_H, target=18.0, unit="GW", deadline="2030-12-31",
          dtext="2030년", comment="a raised target, the date unchanged: revision; '기후부' names the body (" + RENAME +
                                  "); one headline, two commitments"),
        m("z-motie-wind-fund-3000", "cancelled", MCEE, CLI, P8_H,
          comment="'없던 일로': cancelled; the clause names no body: " + RENAME + "; cues: '공급망' (industry) only "
                  "in the clause, '풍력' in the line's first clause"),
        m("z-motie-wind-turbine-15mw", "revision", MCEE, CLI, P8_D, deadline="2026-12-31", dtext="내년으로",
          comment="moved EARLIER ('1년 당겨'): revision; one deck line, two commitments (two bodies); no cue"),
        m("z-mof-wind-fishery-comp", "delayed", MOF, CLI, P8_D, deadline="2026-06-30", dtext="내년 상반기로",
          comment=LATER + "; the clause names no body: 해양수산부; no cue"),
        m("z-motie-wind-14gw", "revision", MCEE, CLI,
          "기후에너지환경부는 17일 '해상풍력 보급 가속화 전략 보완 방안'을 내고 2030년까지 누적 14GW였던 해상풍력 보급 목표를 18GW로 올린다고 밝혔다.",
          target=18.0, unit="GW", deadline="2030-12-31", dtext="2030년까지",
          comment="a raised target, the date unchanged and restated: revision (y's 1만 5,000명). The rename line after "
                  "it and the lead before it are not annotated; the policy paragraph (1.25GW, 40%) is context"),
        m("z-motie-wind-fund-3000", "cancelled", MCEE, CLI,
          "옛 산업통상자원부가 하반기 중 조성하겠다던 3,000억 원 규모의 해상풍력 공급망 펀드는 만들지 않기로 했다.",
          target=W300B, unit="원", prev="2025-12-31",
          comment="dropped: cancelled; the named date kept (o-y); the page names the old body ('옛 산업통상자원부'), the "
                  "mention carries " + MCEE + " (y's '옛 방송통신위원회'); the 보증 sentence after it is a means"),
        m("z-motie-wind-turbine-15mw", "revision", MCEE, CLI,
          "국산 15MW급 터빈의 해상 실증 착수 시점은 2027년에서 내년으로 1년 앞당긴다.",
          deadline="2026-12-31", dtext="내년으로", prev="2027-12-31",
          comment="moved earlier, the old date named: revision with previous_deadline (y's 조기경보)"),
        m("z-motie-wind-auction-25", "achieved", MCEE, CLI,
          "공급망·안보 평가 배점 25점은 예정대로 5월 공고된 상반기 경쟁입찰부터 적용됐다.",
          target=25.0, unit="점",
          comment=WHEN + "; done in May under 산업통상자원부, reported on 2025-11-18: the body on the page's date; cue "
                         "'공급망' (industry) only: climate by subject. The next sentence (낙찰 물량의 절반) is a result"),
        m("z-motie-wind-decree", "progress", MCEE, CLI, "특별법 시행령은 지난달 입법예고를 마쳤다.",
          comment="a step before the deadline (연내): progress, no fields; no cue"),
        m("z-motie-wind-sites-10", "progress", MCEE, CLI,
          "계획입지 예비지구는 전남 신안과 전북 부안 등 3곳이 지정됐고, 나머지 후보 해역은 입지 조사가 진행 중이다.",
          comment="a measured value without the target, before the deadline (2026-06-30): progress, no fields; no cue"),
        m("z-mof-wind-port", "progress", MOF, CLI, "목포신항 해상풍력 지원부두의 공정률은 61%다.",
          comment="work under way before the deadline: progress, no fields; names no body: 해양수산부 (the promise's "
                  "body; the harbour is not energy policy)"),
        m("z-mof-wind-fishery-comp", "delayed", MOF, CLI,
          "해양수산부가 하반기 중 고시하겠다던 어업 피해 보상 기준은 연구용역이 늦어지면서 내년 상반기로 미뤄졌다.",
          deadline="2026-06-30", dtext="내년 상반기로", prev="2025-12-31",
          comment=LATER + " (a reported delay before the deadline); the old date named; the 어민 단체s' opposition after "
                          "it is context"),
        m("z-mcee-wind-permit-3y", "new", MCEE, CLI,
          "맹기완 기후에너지환경부 해상풍력정책관은 \"해상풍력 인허가에 걸리는 기간을 평균 6년에서 2030년까지 3년 이내로 줄이겠다\"고 말했다.",
          person="맹기완", target=3.0, unit="년", deadline="2030-12-31", dtext="2030년까지",
          comment="a new commitment of the new body; the whole sentence (indirect frame + quote) is the mention; 6년 is "
                  "the baseline. Not annotated: the sentence on his move, '시행령을 공포하겠다' (undated), 표승원's quote "
                  "(an opposition lawmaker; 0.4GW in it), the 교수's and the 개발사 대표's quotes, the 업계 단체's 5,000억 "
                  "원 (a demand)"),
    ]))

# ---------------------------------------------------------------- 자립 2/3 (`[현장]` feature, one deck line, series box; 복지부, 국토부, 노동부)
P9_H = "[현장] 자립수당 60만 원 약속, 내년 55만 원으로…'홀로서기' 앱은 한 달 늦게 나와"
P9_D = "자립지원 인력 240명·매입임대 1,450호…복지부, '자립 체험 주택' 17곳 새로 약속"
PAGES.append(dict(
    source="2025-12-16_z_care-leavers-feature.txt", title=P9_H, published_at="2025-12-16",
    mentions=[
        m("z-mohw-leave-allowance-60", "revision", MOHW, OTH, P9_H, target=W550K, unit="원", deadline="2026-12-31",
          dtext="내년", comment="a lowered amount: revision; the headline names no body: 보건복지부; '내년' on a 2025 page → "
                               "2026-12-31; one headline, two commitments"),
        m("z-mohw-leave-app", "achieved", MOHW, OTH, P9_H, comment=LATE + " ('한 달 늦게')"),
        m("z-mohw-leave-staff-300", "progress", MOHW, OTH, P9_D,
          comment="a measured value without the target, before the deadline: progress, no fields; one deck line, three "
                  "commitments (two bodies: 복지부 and 국토부)"),
        m("z-molit-leave-housing-2000", "progress", MOLIT, OTH, P9_D,
          comment="a measured value without the target, before the deadline: progress, no fields; names no body: 국토부"),
        m("z-mohw-leave-trial-home-17", "new", MOHW, OTH, P9_D, target=17.0, unit="곳",
          comment="a new commitment; '복지부' names the body; no date in the clause"),
        m("z-mohw-leave-allowance-60", "revision", MOHW, OTH,
          "내년부터 월 60만 원으로 오를 예정이던 자립수당은 내년 정부 예산에 55만 원으로 반영됐다.",
          target=W550K, unit="원", deadline="2026-12-31", dtext="내년부터",
          comment="a lowered amount, the date unchanged and restated: revision; names no body: 복지부; '예산' (fiscal, "
                  "weak) names a circumstance. The scene and 이씨's quote (which repeats the promise) are not annotated"),
        m("z-mohw-leave-period-7y", "achieved", MOHW, OTH,
          "상반기 중 국회에 내겠다던 아동복지법 개정안은 8월에야 제출돼 보건복지위원회에 계류돼 있다.",
          comment=LATE + "; the promise was to submit the bill, which was done; the sentence after it describes the "
                         "bill (7년) and is not annotated"),
        m("z-mohw-leave-staff-300", "progress", MOHW, OTH,
          "연내 300명으로 늘리겠다던 자립지원전담기관 인력은 이달 기준 240명이다.",
          target=300.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="short before the deadline: progress; the umbrella before it is not annotated"),
        m("z-mohw-leave-mentor-3000", "progress", MOHW, OTH,
          "자립 선배와 청년을 잇는 '자립 동행 멘토'는 지금까지 1,100명이 짝을 맺었다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("z-mohw-leave-app", "achieved", MOHW, OTH, "9월 출시하기로 했던 앱 '홀로서기'는 10월 말에야 나왔다.",
          comment=LATE + "; 이씨's quote after it is not annotated"),
        m("z-molit-leave-housing-2000", "progress", MOLIT, OTH,
          "국토교통부가 올해 2,000호를 우선 공급하겠다던 LH 매입임대는 11월까지 1,450호가 공급됐다.",
          target=2000.0, unit="호", deadline="2025-12-31", dtext="올해",
          comment="short before the deadline: progress; '11월까지' dates the count"),
        m("z-moel-leave-jobs-1000", "progress", MOEL, OTH,
          "고용노동부의 자립준비청년 전용 취업 지원 프로그램 '첫걸음 일터'는 10월에야 문을 열어 지금까지 380명이 참여했다.",
          comment="opened within the promised '하반기부터' ('10월에야' is the reporter's tone); 380명 without the target, "
                  "before the deadline: progress, no fields"),
        m("z-mohw-leave-trial-home-17", "new", MOHW, OTH,
          "복지부는 보호 종료를 앞둔 청년이 미리 혼자 사는 연습을 해 볼 수 있는 '자립 체험 주택'을 내년 하반기까지 17개 시도에 1곳씩 열겠다고 밝혔다.",
          target=17.0, unit="곳", deadline="2026-12-31", dtext="내년 하반기까지",
          comment="'17개 시도에 1곳씩' = 17곳 (the deck says so). Not annotated: the 팀장's quote, 1,980명 / 230여 명 "
                  "(statistics), '정부는 새 과제도 내놨다.', 봉새롬's quote (an observation), 이씨's aside, the professor, "
                  "대전시's 20만 원 from 내년 (a local government), the series box"),
    ]))

# ---------------------------------------------------------------- 교단 by numbers (data page, ■ heads, no promise)
PAGES.append(dict(
    source="2026-02-24_z_teachers-by-numbers.txt",
    title="[숫자로 읽는 교실] 교권 침해 심의 4,100건…교대 합격선은 3년 만에 올라", published_at="2026-02-24",
    mentions=[]))

# ---------------------------------------------------------------- 외국인 창업 2/3 (economic daily, one deck line, ad line; 중기부, 법무부, 재정경제부)
P11_H = "외국인 창업 펀드 700억 원에 그쳐…스타트업 비자 심사는 아직 34일"
P11_D = "해외 창업 허브 5곳…중기부, 부산·대전에 '지역 글로벌 창업 허브' 연내 연다"
PAGES.append(dict(
    source="2026-04-14_z_global-startup-followup.txt", title=P11_H, published_at="2026-04-14",
    mentions=[
        m("z-mss-global-fund-1000", "delayed", MSS, STU, P11_H,
          comment="a measured value after the deadline: delayed, no fields; the headline names no body: 중기부; one "
                  "headline, two commitments (two bodies)"),
        m("z-moj-global-visa-30d", "delayed", MOJ, STU, P11_H,
          comment="a measured value after the deadline: delayed, no fields; the clause names no body: 법무부"),
        m("z-mss-global-hubs-6", "delayed", MSS, STU, P11_D,
          comment="a measured value after the deadline: delayed, no fields; one deck line, two commitments"),
        m("z-mss-global-regional-hubs", "new", MSS, STU, P11_D, deadline="2026-12-31", dtext="연내",
          comment="a new commitment; '중기부' names the body; '부산·대전' names the places, no count"),
        m("z-mss-global-fund-1000", "delayed", MSS, STU,
          "중기부가 지난해 하반기에 1,000억 원 규모로 조성하겠다던 외국인 창업 전용 펀드는 지난해 말 700억 원으로 결성됐다.",
          target=W100B, unit="원", prev="2025-12-31",
          comment="short after the deadline: delayed; the missed date named ('지난해 하반기에'). The opening quote, 메타 "
                  "대표's scene and the umbrella ('약속은 절반쯤 지켜졌다.') are not annotated"),
        m("z-mss-global-fund-1000", "delayed", MSS, STU, "중기부는 나머지 300억 원을 상반기 안에 추가로 모으겠다고 밝혔다.",
          target=W30B, unit="원", deadline="2026-06-30", dtext="상반기 안에",
          comment=LATER + "; the remainder is the target of the sentence that moves it"),
        m("z-mss-global-hubs-6", "delayed", MSS, STU,
          "지난해 6곳으로 늘리겠다던 해외 글로벌 창업 허브는 파리와 두바이가 문을 열어 5곳이 됐다.",
          target=6.0, unit="곳", prev="2025-12-31", comment="short after the deadline: delayed; '지난해' names the missed "
                                                          "deadline"),
        m("z-mss-global-hubs-6", "delayed", MSS, STU, "호찌민 허브는 현지 법인 등록이 늦어져 6월에야 문을 연다.",
          deadline="2026-06-30", dtext="6월에야",
          comment=LATER + " (the last hub, with its new month); names no body: 중기부"),
        m("z-moj-global-visa-30d", "delayed", MOJ, STU,
          "법무부가 지난해 하반기부터 30일 이내로 줄이겠다던 스타트업 비자 심사 기간은 올해 1분기 평균 34일이었다.",
          target=30.0, unit="일", prev="2025-12-31",
          comment="not reached after its deadline: delayed; the missed date named; the 60일 comparison after it is context"),
        m("z-mss-global-challenge-500", "progress", MSS, STU,
          "'글로벌 창업 챌린지'에는 지난해 외국인 창업팀 162팀이 뽑혔다.",
          comment="a measured value without the target, before the deadline (2027): progress, no fields"),
        m("z-mss-global-accel-20", "progress", MSS, STU,
          "해외 액셀러레이터는 지금까지 8곳이 국내에 법인을 세우거나 육성 프로그램을 열었다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("z-moef-global-tax-10y", "achieved", MOFE, FIS,
          "외국인 기술자의 소득세 감면 기간을 10년으로 늘리는 내용은 지난해 세법개정안에 담겨 올해 1월부터 적용되고 있다.",
          target=10.0, unit="년",
          comment=WHEN + " (y's 세액공제); names no body: 재정경제부 (세제, from 2026-01-02). 310건 / 29% (the next "
                         "sentence) are statistics"),
        m("z-mss-global-regional-hubs", "new", MSS, STU,
          "중기부는 외국인 창업팀이 수도권에 몰리는 것을 막기 위해 부산과 대전에 '지역 글로벌 창업 허브' 2곳을 연내 열겠다고 밝혔다.",
          target=2.0, unit="곳", deadline="2026-12-31", dtext="연내",
          comment="a new commitment (the interview's '검토' of 2025-04-22 was not one). Not annotated: 162팀 / 141팀 (a "
                  "statistic), 선우진영's quote ('매달 … 점검하고 있다': a practice), the other countries' rules, the VC "
                  "대표's quote, the 창업자 단체's demand, the 민간 연구소's 1만 개 (an estimate)"),
    ]))

# ---------------------------------------------------------------- year-end roundup (all five subjects; two deck lines, ①–⑤ sections)
P12_H = "[약속장부 연말 결산] 해상풍력 터빈 실증은 지켰다…'학교민원 바로'·자립 기숙사는 백지화"
P12_D1 = "외국인 창업 펀드 1,000억 원 9월에야 채워…해외 액셀러레이터 목표 15곳으로 낮춰"
P12_D2 = "계획입지 남은 4곳 내년 상반기로…목포 지원부두 준공은 내년 6월로"
PAGES.append(dict(
    source="2026-11-19_z_promise-ledger-roundup.txt", title=P12_H, published_at="2026-11-19",
    mentions=[
        m("z-motie-wind-turbine-15mw", "achieved", MCEE, CLI, P12_H,
          comment=WHEN + " ('지켰다'); one headline, three commitments (three bodies, two categories); names no body: "
                         + MCEE),
        m("z-moe-teach-online-desk", "cancelled", MOE, OTH, P12_H, comment="'백지화': cancelled; names no body: 교육부"),
        m("z-molit-leave-dorm-2", "cancelled", MOLIT, OTH, P12_H, comment="'백지화': cancelled; names no body: 국토교통부"),
        m("z-mss-global-fund-1000", "achieved", MSS, STU, P12_D1, target=W100B, unit="원",
          comment=LATE + " ('9월에야'); one deck line, two commitments"),
        m("z-mss-global-accel-20", "revision", MSS, STU, P12_D1, target=15.0, unit="곳",
          comment="a lowered target: revision; no date in the clause"),
        m("z-motie-wind-sites-10", "delayed", MCEE, CLI, P12_D2, target=4.0, unit="곳", deadline="2027-06-30",
          dtext="내년 상반기로", comment=LATER + "; the remainder is the target; one deck line, two commitments (two bodies)"),
        m("z-mof-wind-port", "delayed", MOF, CLI, P12_D2, deadline="2027-06-30", dtext="내년 6월로",
          comment=LATER + "; names no body: 해양수산부"),
        # 교권 보호
        m("z-moe-teach-complaint-team", "achieved", MOE, OTH, "학교 민원대응팀은 올해 3월 신학기에야 전국 모든 학교에 꾸려졌다.",
          comment=LATE + "; names no body: 교육부. The intro is not annotated"),
        m("z-moe-teach-work-phone", "delayed", MOE, OTH,
          "담임교사 업무용 번호는 지난해 말까지 23만 명이 개통해 목표 25만 명에 못 미쳤다.",
          target=250000.0, unit="명", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해 말까지' names the missed deadline; the clause names the target"),
        m("z-moe-teach-lawyers-300", "achieved", MOE, OTH,
          "교원 법률지원단 변호사는 지난해 말 260명에 그쳤다가 올해 5월에야 300명을 채웠다.",
          target=300.0, unit="명",
          comment=LATE + "; one sentence tells the miss and the late completion: the latest state (achieved) is "
                         "annotated, once"),
        m("z-moe-teach-healing-17", "progress", MOE, OTH, "교원치유센터는 15곳이 문을 열어 연말 17곳 완성을 앞두고 있다.",
          target=17.0, unit="곳", deadline="2026-12-31", dtext="연말",
          comment="short before the deadline (2026-12-31), on course: progress; '연말' on a 2026 page → 2026-12-31"),
        m("z-moe-teach-online-desk", "cancelled", MOE, OTH,
          "'학교민원 바로'는 별도 시스템을 만드는 대신 기존 학부모 서비스에 민원 기능을 붙이기로 하면서 백지화됐다.",
          comment="dropped: cancelled; no date named"),
        m("z-moe-teach-parent-portal", "new", MOE, OTH,
          "교육부는 학부모 서비스의 민원 접수 기능을 내년 3월 신학기부터 운영하겠다고 밝혔다.",
          deadline="2027-03-31", dtext="내년 3월 신학기부터",
          comment="a new commitment (what replaces the cancelled system; a new key, not a revision of the old one)"),
        m("z-knpa-teach-probe-60d", "delayed", KNPA, OTH,
          "경찰청이 지난해 하반기부터 60일 안에 끝내겠다던 교원 아동학대 사건 수사는 올해 평균 68일이 걸렸다.",
          target=60.0, unit="일", prev="2025-12-31",
          comment="not reached after its deadline: delayed; the missed date named ('지난해 하반기부터')"),
        # 자립준비청년
        m("z-mohw-leave-staff-300", "delayed", MOHW, OTH,
          "지난해 300명으로 늘리겠다던 자립지원전담기관 인력은 연말 252명에 그쳤다.",
          target=300.0, unit="명", prev="2025-12-31", comment="short after the deadline: delayed; '지난해' names it"),
        m("z-molit-leave-housing-2000", "delayed", MOLIT, OTH, "LH 매입임대 우선 공급은 지난해 1,720호로 목표 2,000호에 못 미쳤다.",
          target=2000.0, unit="호", prev="2025-12-31",
          comment="short after the deadline: delayed; names no body: 국토교통부; '지난해' names the year"),
        m("z-moel-leave-jobs-1000", "delayed", MOEL, OTH, "노동부의 '첫걸음 일터'도 지난해 1,000명 목표에 610명만 참여했다.",
          target=1000.0, unit="명", prev="2025-12-31", comment="short after the deadline: delayed; '노동부' = 고용노동부"),
        m("z-molit-leave-dorm-2", "cancelled", MOLIT, OTH,
          "국토교통부가 2026년까지 짓겠다던 자립준비청년 전용 공공기숙사 2곳은 부지를 찾지 못해 매입임대 확대로 대신하기로 하면서 없던 일이 됐다.",
          target=2.0, unit="곳", prev="2026-12-31", comment="dropped before its deadline: cancelled; the named date kept"),
        m("z-mohw-leave-mentor-3000", "progress", MOHW, OTH, "'자립 동행 멘토'는 2,480명이 짝을 맺어 목표 3,000명에 다가섰다.",
          target=3000.0, unit="명", comment="short before the deadline (2026-12-31): progress; the clause names the target"),
        m("z-mohw-leave-trial-home-17", "progress", MOHW, OTH, "자립 체험 주택은 9곳이 문을 열었다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        # 해상풍력
        m("z-motie-wind-decree", "achieved", MCEE, CLI, "해상풍력 특별법 시행령은 지난해 연말을 넘겨 올해 2월에야 공포됐다.",
          comment=LATE + "; names no body: " + MCEE),
        m("z-motie-wind-turbine-15mw", "achieved", MCEE, CLI,
          "기후에너지환경부가 올해로 1년 앞당긴 15MW급 국산 터빈 실증은 지난 10월 전남 영광 앞바다에서 시작됐다.",
          deadline="2026-12-31", dtext="올해로",
          comment="reached on the moved (earlier) date: achieved with that date (y's '올해로 1년 앞당긴 …'); the promise "
                  "was to start the sea trial"),
        m("z-motie-wind-sites-10", "delayed", MCEE, CLI,
          "계획입지 예비지구는 6곳이 지정됐고, 기후에너지환경부는 나머지 4곳을 내년 상반기까지 지정하겠다고 밝혔다.",
          target=4.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기까지",
          comment="short after the deadline (2026-06-30) and the rest moved: delayed with the new date; the remainder is "
                  "the target; no cue"),
        m("z-mof-wind-fishery-comp", "delayed", MOF, CLI,
          "해양수산부가 올해 상반기로 미룬 어업 피해 보상 기준은 어민 단체와의 협의가 길어져 아직 고시되지 않았다.",
          prev="2026-06-30", comment="not done after the moved date: delayed; the missed date named ('올해 상반기로')"),
        m("z-mof-wind-port", "delayed", MOF, CLI,
          "목포신항 해상풍력 지원부두는 공정률 88%로, 준공이 올해 말에서 내년 6월로 늦춰졌다.",
          deadline="2027-06-30", dtext="내년 6월로", prev="2026-12-31",
          comment=LATER + " (a reported delay before the deadline); the old date named ('올해 말')"),
        # 외국인 창업
        m("z-mss-global-fund-1000", "achieved", MSS, STU, "외국인 창업 전용 펀드는 상반기를 넘겨 지난 9월에야 1,000억 원을 채웠다.",
          target=W100B, unit="원", comment=LATE + " (after the moved date, 2026-06-30); names no body: 중기부"),
        m("z-mss-global-hubs-6", "achieved", MSS, STU, "해외 글로벌 창업 허브는 6월 호찌민 허브가 문을 열면서 6곳이 됐다.",
          target=6.0, unit="곳",
          comment="reached on the moved date (6월) but after the promised one (2025): achieved, no deadline fields"),
        m("z-moj-global-visa-30d", "delayed", MOJ, STU, "스타트업 비자 심사 기간은 올해 3분기 평균 31일로 여전히 목표에 못 미친다.",
          comment="not reached after its deadline: delayed; '목표' names no number, so no target; names no body: 법무부"),
        m("z-mss-global-accel-20", "revision", MSS, STU,
          "해외 액셀러레이터 유치가 13곳에 머물자 중기부는 올해 목표를 20곳에서 15곳으로 낮췄다.",
          target=15.0, unit="곳", deadline="2026-12-31", dtext="올해",
          comment="a lowered target, the date unchanged ('올해' = '2026년까지'): revision"),
        m("z-mss-global-challenge-500", "progress", MSS, STU, "'글로벌 창업 챌린지' 선발팀은 올해까지 누적 340팀이다.",
          comment="a measured value without the target, before the deadline (2027): progress, no fields"),
        m("z-mss-global-regional-hubs", "progress", MSS, STU,
          "부산 지역 글로벌 창업 허브는 8월 문을 열었고, 대전 허브는 다음 달 개소를 앞두고 있다.",
          comment="one of two open, the other due within the year: progress, no fields"),
        # 녹조·먹는물
        m("z-me-algae-boats-40", "achieved", MCEE, OTH, "녹조 제거선은 올해 6월에야 40척을 모두 채웠다.",
          target=40.0, unit="척", comment=LATE + "; names no body: " + MCEE + " (환경부's successor)"),
        m("z-me-algae-curtain-4", "achieved", MCEE, OTH, "낙동강 보 구간 4곳의 녹조 차단막은 약속대로 6월까지 설치를 마쳤다.",
          target=4.0, unit="곳", comment=WHEN + "; promised by 환경부 (2025-08-26), reported under " + MCEE),
        m("z-me-algae-sensors-50", "delayed", MCEE, OTH,
          "녹조 자동 측정망은 상반기까지 50곳으로 늘리겠다던 목표와 달리 44곳에 머물러 있다.",
          target=50.0, unit="곳", prev="2026-06-30", comment="short after the deadline: delayed; the missed date named"),
        m("z-me-algae-forecast-7d", "delayed", MCEE, OTH,
          "7일 전 조류 예측은 시범 운영을 시작한 지 1년이 넘도록 정식 서비스로 바뀌지 못했다.",
          target=7.0, unit="일", comment="not done after its deadline (2025-12-31): delayed; no date named"),
        m("z-me-algae-microbubble", "cancelled", MCEE, OTH,
          "지난해 10곳에서 시범 운영하겠다던 미세기포 장치는 4곳만 가동하다 효과가 뚜렷하지 않다는 평가를 받고 사업이 중단됐다.",
          target=10.0, unit="곳", prev="2025-12-31", comment="dropped: cancelled; the named date kept ('지난해')"),
        m("z-mafra-algae-plants-10", "progress", MAFRA, OTH,
          "농림축산식품부가 2027년까지 10곳을 더 짓겠다던 가축분뇨 공공처리시설은 지금까지 4곳이 착공했다.",
          target=10.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment="work under way before the deadline"),
        m("z-mcee-algae-filtration-34", "new", MCEE, OTH,
          "기후에너지환경부는 낙동강 수계 정수장 34곳에 조류독소를 걸러 내는 고도정수처리 설비를 2028년까지 모두 갖추겠다고 밝혔다.",
          target=34.0, unit="곳", deadline="2028-12-31", dtext="2028년까지",
          comment="a new commitment; other by subject (water, not climate). Not annotated: the closing paragraph (an "
                  "assessment and the outlet's own plan), the 성적표 line and the links after the sign-off"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-19)
LAST = "2026-11-19"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 교권 보호
    ("z-moe-teach-complaint-team", MOE, OTH, "전국 초·중·고교 1만 1,800여 곳 학교 민원대응팀 2025년 3월 신학기부터", "achieved",
     "94% (Sep 2025); all schools from March 2026 (late)"),
    ("z-moe-teach-work-phone", MOE, OTH, "담임교사 25만 명 업무용 번호 2025년 하반기부터", "delayed",
     "16만 명 (Sep 2025); 23만 명 by the end of 2025 (Nov 2026 report)"),
    ("z-moe-teach-lawyers-300", MOE, OTH, "교원 법률지원단 변호사 120명 → 2025년 내 300명", "achieved",
     "210명 (Sep 2025); 260명 at the end of 2025, 300명 in May 2026 (late)"),
    ("z-moe-teach-insurance", MOE, OTH, "교원배상책임보험 보장 한도 1억 → 2억 원 2025년 3월부터", "achieved",
     "from March 2025 (on time)"),
    ("z-moe-teach-healing-17", MOE, OTH, "교원치유센터 5곳 → 2026년까지 17곳", "in_progress", "9곳 (Sep 2025), 15곳 (Nov 2026)"),
    ("z-moe-teach-online-desk", MOE, OTH, "온라인 민원 창구 '학교민원 바로' 개통 (2025년 9월 → 2026년 3월)", "cancelled",
     "moved to March 2026 (Sep 2025), then dropped for a function in the 학부모 서비스 (Nov 2026 report)"),
    ("z-mohw-teach-abuse-guide", MOHW, OTH, "아동학대 사례판단 가이드라인 개정 (교사 생활지도) 2025년 상반기 중", "achieved",
     "revised in August 2025 (late)"),
    ("z-knpa-teach-probe-60d", KNPA, OTH, "교원 대상 아동학대 신고 사건 수사 90일 → 60일 이내 2025년 하반기부터", "delayed",
     "74일 (H1 2025), 68일 (2026)"),
    ("z-moe-teach-fine-500", MOE, OTH, "보호자 특별교육 미이수 과태료 300만 → 500만 원 교원지위법 개정안 2025년 내 제출", "delayed",
     "never followed up: its deadline (2025-12-31) passed with no report of submission (date rule)"),
    ("z-moe-teach-parent-portal", MOE, OTH, "학부모 서비스 민원 접수 기능 2027년 3월 신학기부터", "announced", ""),
    # 자립준비청년
    ("z-mohw-leave-allowance-60", MOHW, OTH, "자립수당 월 50만 → 60만 원 → 55만 원 (2026년부터)", "revised",
     "cut to 55만 원 in the 2026 budget (Dec 2025 report); no later report"),
    ("z-mohw-leave-period-7y", MOHW, OTH, "자립 지원 기간 5년 → 7년 아동복지법 개정안 2025년 상반기 중 국회 제출", "achieved",
     "submitted in August 2025 (late)"),
    ("z-mohw-leave-staff-300", MOHW, OTH, "자립지원전담기관 전담인력 180명 → 2025년 내 300명", "delayed",
     "240명 (Dec 2025); 252명 at the end of 2025"),
    ("z-mohw-leave-mentor-3000", MOHW, OTH, "'자립 동행 멘토' 2026년까지 3,000명 연결", "in_progress",
     "1,100명 (Dec 2025), 2,480명 (Nov 2026)"),
    ("z-mohw-leave-app", MOHW, OTH, "자립 정보 앱 '홀로서기' 2025년 9월 출시", "achieved", "released at the end of October 2025 (late)"),
    ("z-molit-leave-housing-2000", MOLIT, OTH, "LH 매입임대 자립준비청년 우선 공급 2025년 2,000호", "delayed",
     "1,450호 by November 2025; 1,720호 for 2025"),
    ("z-molit-leave-dorm-2", MOLIT, OTH, "자립준비청년 전용 공공기숙사 2곳 2026년까지", "cancelled",
     "no site found; replaced by more 매입임대 (Nov 2026 report)"),
    ("z-moel-leave-jobs-1000", MOEL, OTH, "'첫걸음 일터' 취업 지원 2025년 하반기부터 1,000명", "delayed",
     "opened October 2025, 380명 (Dec 2025); 610명 for 2025"),
    ("z-mohw-leave-trial-home-17", MOHW, OTH, "'자립 체험 주택' 17개 시도 17곳 2026년 하반기까지", "in_progress", "9곳 (Nov 2026)"),
    # 해상풍력
    ("z-motie-wind-14gw", MCEE, CLI, "해상풍력 누적 설치 0.35GW → 2030년까지 14GW → 18GW", "revised",
     "target raised by 기후에너지환경부 (Nov 2025), the date unchanged; made by 산업통상자원부, whose energy policy went to "
     "기후에너지환경부 on 2025-10-01 (part_to; not 산업통상부, the successor)"),
    ("z-motie-wind-decree", MCEE, CLI, "해상풍력 특별법 시행령·시행규칙 2025년 내 마련", "achieved",
     "입법예고 October 2025; promulgated February 2026 (late)"),
    ("z-motie-wind-sites-10", MCEE, CLI, "계획입지 예비지구 10곳 2026년 상반기까지 지정 (남은 4곳 → 2027년 상반기)", "delayed",
     "3곳 (Nov 2025); 6곳 and the rest moved to H1 2027 (Nov 2026)"),
    ("z-motie-wind-auction-25", MCEE, CLI, "경쟁입찰 공급망·안보 평가 배점 16 → 25점 2025년 상반기 입찰부터", "achieved",
     "applied in the May 2025 auction (on time)"),
    ("z-motie-wind-turbine-15mw", MCEE, CLI, "15MW급 국산 터빈 해상 실증 착수 (2027년 → 2026년으로 앞당김)", "achieved",
     "moved earlier (Nov 2025); started October 2026, within the moved date"),
    ("z-motie-wind-fund-3000", MCEE, CLI, "해상풍력 공급망 정책펀드 3,000억 원 2025년 하반기 중 조성", "cancelled",
     "dropped for policy-bank guarantees by 기후에너지환경부 (Nov 2025)"),
    ("z-mof-wind-port", MOF, CLI, "목포신항 해상풍력 지원부두 완공 (2026년 → 2027년 6월)", "delayed",
     "61% (Nov 2025); 88% and completion moved to June 2027 (Nov 2026)"),
    ("z-mof-wind-fishery-comp", MOF, CLI, "해상풍력 어업 피해 보상 기준 고시 (2025년 하반기 → 2026년 상반기)", "delayed",
     "moved to H1 2026 (Nov 2025); still not issued (Nov 2026)"),
    ("z-mnd-wind-radar-3", MND, CLI, "서남해안 보완 레이더 3기 2027년까지 설치", "announced", "never followed up"),
    ("z-mcee-wind-permit-3y", MCEE, CLI, "해상풍력 인허가 기간 평균 6년 → 2030년까지 3년 이내", "announced", ""),
    # 외국인 창업
    ("z-mss-global-fund-1000", MSS, STU, "외국인 창업 전용 펀드 1,000억 원 2025년 하반기 조성 (남은 300억 원 → 2026년 상반기)",
     "achieved", "700억 원 at the end of 2025, the rest moved to H1 2026; full in September 2026 (late)"),
    ("z-mss-global-hubs-6", MSS, STU, "해외 글로벌 창업 허브 3곳 → 2025년 내 6곳", "achieved",
     "5곳 at the end of 2025, 호찌민 moved to June 2026; 6곳 in June 2026 (late)"),
    ("z-mss-global-accel-20", MSS, STU, "해외 액셀러레이터 2026년까지 20곳 유치 → 15곳", "revised",
     "8곳 (Apr 2026); 13곳 and the target cut to 15 (Nov 2026), the date unchanged"),
    ("z-moj-global-visa-30d", MOJ, STU, "스타트업 비자 심사 60일 → 30일 이내 2025년 하반기부터", "delayed",
     "34일 (Q1 2026), 31일 (Q3 2026)"),
    ("z-moef-global-tax-10y", MOFE, FIS, "외국인 기술자 소득세 50% 감면 기간 5년 → 10년 2025년 7월 세법개정안", "achieved",
     "in the 2025 세법개정안, applied from January 2026; made by 기획재정부, under 재정경제부 (세제) since 2026-01-02"),
    ("z-mss-global-challenge-500", MSS, STU, "'글로벌 창업 챌린지' 외국인 창업팀 2027년까지 500팀", "in_progress",
     "162팀 (2025), 340팀 (2026 cumulative)"),
    ("z-mss-global-regional-hubs", MSS, STU, "부산·대전 지역 글로벌 창업 허브 2곳 2026년 내 개소", "in_progress",
     "부산 opened August 2026, 대전 due December (Nov 2026)"),
    # 녹조·먹는물
    ("z-me-algae-boats-40", MCEE, OTH, "녹조 제거선 24척 → 40척 2025년 7월까지 (남은 4척 → 2025년 9월)", "achieved",
     "36척 (Aug 2025); 40척 in June 2026 (late); made by 환경부, 기후에너지환경부 since 2025-10-01"),
    ("z-mafra-algae-manure", MAFRA, OTH, "하천변 야적 퇴비 3,000여 개 2025년 6월 말까지 수거", "achieved", "done by the end of June 2025"),
    ("z-mafra-algae-plants-10", MAFRA, OTH, "낙동강 수계 가축분뇨 공공처리시설 2027년까지 10곳 추가", "in_progress", "4곳 착공 (Nov 2026)"),
    ("z-me-algae-toxin-test", MCEE, OTH, "낙동강 정수장 34곳 조류독소 검사 주 1회 → 주 2회 2025년 6월부터", "achieved",
     "from June 2025 (on time)"),
    ("z-me-algae-forecast-7d", MCEE, OTH, "조류 예측 3일 전 → 7일 전 2025년 하반기부터", "delayed",
     "pilot at 4 points from August 2025; still not a regular service (Nov 2026)"),
    ("z-me-algae-sensors-50", MCEE, OTH, "낙동강 녹조 자동 측정망 30곳 → 50곳 2026년 상반기까지", "delayed",
     "38곳 (Aug 2025); 44곳 (Nov 2026)"),
    ("z-me-algae-microbubble", MCEE, OTH, "미세기포 녹조 억제 장치 2025년 내 10곳 시범 운영", "cancelled",
     "4곳 (Aug 2025); stopped after a poor evaluation (Nov 2026 report)"),
    ("z-me-algae-curtain-4", MCEE, OTH, "낙동강 보 구간 4곳 녹조 차단막 2026년 6월까지", "achieved",
     "installed by June 2026 (on time); promised by 환경부 (Aug 2025)"),
    ("z-mcee-algae-filtration-34", MCEE, OTH, "낙동강 수계 정수장 34곳 고도정수처리 설비 2028년까지", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "z", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (산업통상자원부's 해상풍력 promises are",
           "listed under 기후에너지환경부, which took its energy policy on 2025-10-01, not under 산업통상부, its",
           "successor; 환경부's 녹조 promises under 기후에너지환경부, its successor from 2025-10-01; 기획재정부's",
           "소득세 감면 under 재정경제부, which took 세제 on 2026-01-02; every other body kept its name through 2026-11-19)."],
          with_commitments="--commitments" in sys.argv[1:])
