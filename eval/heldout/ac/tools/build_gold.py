"""Writes the hand annotations of held-out set ac to gold/*.toml.

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

MOJ = "법무부"
KNPA = "경찰청"
MOGEF = "여성가족부"          # until 2025-09-30
MGEF = "성평등가족부"         # from 2025-10-01, 여성가족부's successor (보호시설, 법률 지원 are listed here)
MOHW = "보건복지부"
MOEF = "기획재정부"           # until 2026-01-01
MOFE = "재정경제부"           # from 2026-01-02: took tax and treasury, hence the 담배사업법 (primary successor)
MFDS = "식품의약품안전처"
MOEL = "고용노동부"
MOLIT = "국토교통부"
MOTIE = "산업통상자원부"      # until 2025-09-30
MOTI = "산업통상부"           # from 2025-10-01, 산업통상자원부's successor (the 철강 promises are listed here)
MCEE = "기후에너지환경부"     # from 2025-10-01: 환경부's successor, and took 산업통상자원부's energy work (전기요금)
ME = "환경부"                 # until 2025-09-30
KCS = "관세청"

OTH = "other"      # 교제폭력·스토킹, 금연, 건설 추락, 일회용품: no topic of topics.toml fits
FIS = "fiscal"     # 기획재정부 → 재정경제부's 담배사업법 and 개별소비세, inside the 금연 storyline (remit body)
IND = "industry"   # 철강산업 지원 (topics.toml: 철강), every body of that storyline (산업부, 관세청, 기후부)

LATE = "achieved after the deadline the commitment named; no deadline fields"
LATER = "deadline moved later: delayed (convention of j-ab), new date in deadline"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-ab)"
INST = "another body's promise stated by the speaker: the promising body, person '' (w-ab)"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 교제폭력·스토킹 1/4 (general daily, one deck line; 법무부, 경찰청, 여가부)
P1_H = "스토킹 가해자 위치 관제 연내 1,000명으로…교제폭력 전담 수사관 3월부터 모든 경찰서에"
P1_D = "여가부, 피해자 전용 보호시설 2026년까지 17곳…법무부 '교제폭력 처벌 특례법' 상반기 국회 제출"
PAGES.append(dict(
    source="2025-01-22_ac_dating-violence-plan.txt", title=P1_H, published_at="2025-01-22",
    mentions=[
        m("ac-moj-dv-monitor-1000", "new", MOJ, OTH, P1_H, target=1000.0, unit="명", deadline="2025-12-31",
          dtext="연내", comment="the headline names no body: the clause is 법무부's (관제); one headline, two commitments"),
        m("ac-knpa-dv-squad", "new", KNPA, OTH, P1_H, deadline="2025-03-31", dtext="3월부터",
          comment="the clause is 경찰청's (경찰서); '3월부터' on 2025-01-22 → 2025-03-31"),
        m("ac-mogef-dv-shelter-17", "new", MOGEF, OTH, P1_D, target=17.0, unit="곳", deadline="2026-12-31",
          dtext="2026년까지", comment="'여가부' = 여성가족부; one deck line, two commitments (two bodies, named)"),
        m("ac-moj-dv-bill", "new", MOJ, OTH, P1_D, deadline="2025-06-30", dtext="상반기"),
        m("ac-moj-dv-monitor-1000", "new", MOJ, OTH,
          "법무부는 관제센터 인력과 장비를 보강해 동시에 관제할 수 있는 가해자를 지금 600명에서 연내 1,000명으로 늘리기로 했다.",
          target=1000.0, unit="명", deadline="2025-12-31", dtext="연내",
          comment="600명 is the baseline. Not annotated: the lead (no number, no date), 7만 7,000여 건 / 40% / "
                  "3만 1,000여 건 (statistics), the plan release, the 잠정조치 background"),
        m("ac-moj-dv-alert-app", "new", MOJ, OTH,
          "하윤석 법무부 범죄예방정책국장은 \"접근 알림 서비스는 상반기 안에 전국 어디서나 쓸 수 있게 하겠다\"고 말했다.",
          person="하윤석", deadline="2025-06-30", dtext="상반기 안에",
          comment="indirect frame + quote, the whole sentence; the sentence before it ('… 시범 운영되고 있다.') is "
                  "a description of the pilot, '2㎞' is the service's radius, not a target"),
        m("ac-moj-dv-bill", "new", MOJ, OTH,
          "법무부는 교제 관계에서 벌어진 폭력에도 임시조치와 보호처분을 할 수 있도록 하는 '교제폭력 처벌 특례법' 제정안을 상반기 중 국회에 제출하겠다고 밝혔다.",
          deadline="2025-06-30", dtext="상반기 중", comment="a promise to submit a bill (z-ab)"),
        m("ac-knpa-dv-squad", "new", KNPA, OTH, "경찰청은 3월부터 전국 모든 경찰서에 교제폭력 전담 수사관을 두기로 했다.",
          deadline="2025-03-31", dtext="3월부터", comment="'모든 경찰서' has no number: no target"),
        m("ac-knpa-dv-ai-risk", "new", KNPA, OTH,
          "경찰청은 또 신고 이력과 112 신고 내용 등을 분석해 재범 위험을 점수로 보여 주는 'AI 위험도 예측 도구'를 하반기 중 일부 경찰서에서 시범 운영할 계획이다.",
          deadline="2025-12-31", dtext="하반기 중", comment="'112' is the emergency number, not a figure"),
        m("ac-knpa-dv-watch-6000", "new", KNPA, OTH, "신변보호 대상자에게 지급하는 스마트워치는 지금 3,700대에서 연내 6,000대로 늘린다.",
          target=6000.0, unit="대", deadline="2025-12-31", dtext="연내",
          comment="subjectless: the subject of the sentences before, 경찰청; 3,700대 is the baseline"),
        m("ac-mogef-dv-shelter-17", "new", MOGEF, OTH,
          "여성가족부는 교제폭력·스토킹 피해자가 머물 수 있는 전용 보호시설을 지금 4곳에서 2026년까지 17곳으로 늘려 17개 시도마다 한 곳 이상 두겠다고 밝혔다.",
          target=17.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="4곳 is the baseline; '17개 시도마다 한 곳 이상' restates the same target"),
        m("ac-mogef-dv-legal-3000", "new", MOGEF, OTH,
          "피해자가 변호사 비용 걱정 없이 고소와 소송을 할 수 있도록 무료 법률 지원도 올해 3,000건으로 늘린다.",
          target=3000.0, unit="건", deadline="2025-12-31", dtext="올해",
          comment="subjectless: 여성가족부. Not annotated: 1,600여 건 (baseline), 탁윤희's quote (undated "
                  "intention), the researcher's doubt, 영국's 클레어법 (a foreign precedent), 옥태경's bill "
                  "'이달 안에' (an opposition lawmaker), 서울시's 4월 button (a local government)"),
    ]))

# ---------------------------------------------------------------- 금연 1/3 (TV news script: [앵커] / [리포트] / [인터뷰]; 복지부, 기재부, 식약처)
P2_H = "성인 남성 흡연율 2030년까지 25%로…담뱃갑 경고그림 12월부터 70%"
PAGES.append(dict(
    source="2025-02-25_ac_smoking-plan-tv.txt", title=P2_H, published_at="2025-02-25",
    mentions=[
        m("ac-mohw-smoke-rate-25", "new", MOHW, OTH, P2_H, target=25.0, unit="%", deadline="2030-12-31",
          dtext="2030년까지", comment="the web headline names no body: 보건복지부's plan; one headline, two commitments"),
        m("ac-mohw-smoke-warning-70", "new", MOHW, OTH, P2_H, target=70.0, unit="%", deadline="2025-12-31",
          dtext="12월부터", comment="'12월부터' on 2025-02-25 → 2025-12-31"),
        m("ac-mohw-smoke-rate-25", "new", MOHW, OTH,
          "정부가 성인 남성 흡연율을 2030년까지 25%로 낮추겠다는 새 금연 대책을 내놨습니다.",
          target=25.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment="the anchor's lead; '정부' = the plan's body, 보건복지부. The anchor's next line ('… 대책에 "
                  "담겼습니다.') is an umbrella"),
        m("ac-mohw-smoke-rate-25", "new", MOHW, OTH,
          "보건복지부는 오늘 발표한 '제2차 금연 종합대책'에서 성인 남성 흡연율을 2030년까지 25%로 낮추겠다고 밝혔습니다.",
          target=25.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment="31.3% (the line before) is the baseline; the smoker's interview and the 전자담배 line are context"),
        m("ac-mohw-smoke-warning-70", "new", MOHW, OTH,
          "복지부는 담뱃갑 앞뒷면의 경고그림과 문구 면적을 지금 50%에서 70%로 넓혀 12월 출고 제품부터 적용하기로 했습니다.",
          target=70.0, unit="%", deadline="2025-12-31", dtext="12월",
          comment="'복지부' = 보건복지부; 50% is the baseline"),
        m("ac-mohw-smoke-warning-70", "new", MOHW, OTH, "경고그림 확대는 12월부터 예외 없이 적용하겠습니다.",
          person="계성민", deadline="2025-12-31", dtext="12월부터",
          comment="the interview line's second sentence (after the label '[인터뷰] 계성민 / …', a line of its own); "
                  "the first sentence ('흡연율이 10년째 제자리입니다.') is a statement"),
        m("ac-mohw-smoke-zone-30m", "new", MOHW, OTH,
          "어린이집과 유치원 경계에서 10m 이내였던 금연구역은 하반기부터 30m로 넓어집니다.",
          target=30.0, unit="m", deadline="2025-12-31", dtext="하반기부터",
          comment="a plan's promise stated as an outcome; subjectless: 복지부; 10m is the baseline"),
        m("ac-mohw-smoke-clinic-400k", "new", MOHW, OTH, "보건소와 병의원에서 받는 금연치료 지원 인원은 올해 40만 명으로 늘립니다.",
          target=400000.0, unit="명", deadline="2025-12-31", dtext="올해", comment="subjectless: 복지부"),
        m("ac-mohw-smoke-ad-ban", "new", MOHW, OTH,
          "복지부는 편의점 안 담배 광고와 진열을 금지하는 국민건강증진법 개정안을 하반기에 국회에 내기로 했습니다.",
          deadline="2025-12-31", dtext="하반기에",
          comment="the line before it ('… 담배 광고도 손봅니다.') is an umbrella; the 점주's interview is context"),
        m("ac-moef-smoke-nicotine-law", "new", MOEF, FIS,
          "담배사업법을 맡은 기획재정부는 합성니코틴을 담배에 포함하는 개정안을 상반기 안에 국회에 제출하기로 했습니다.",
          deadline="2025-06-30", dtext="상반기 안에",
          comment="fiscal: 기획재정부's remit (topics.toml remit_of), no cue in the sentence (uncertain call)"),
        m("ac-mfds-smoke-ingredients", "new", MFDS, OTH,
          "식품의약품안전처는 담배 연기 속 유해성분 분석 결과를 연내 처음으로 공개합니다.",
          deadline="2025-12-31", dtext="연내",
          comment="Not annotated: the 담배회사's demand (a company), 호주's 2012 plain packs (a foreign state), the "
                  "2015 price rise (past) and the plan leaving price out, the 금연 단체s' 8,000원 demand"),
    ]))

# ---------------------------------------------------------------- 건설 추락 1/3 (construction trade paper, one deck line; 노동부, 국토부)
P3_H = "건설 추락 사망 2026년까지 150명 이하로…소규모 현장 시스템 비계 올해 2,000곳 지원"
P3_D = "국토부, 적정 공사기간 가이드라인 상반기 중…공공공사 안전관리비 7월부터 1.5배로"
PAGES.append(dict(
    source="2025-03-18_ac_fall-safety-trade.txt", title=P3_H, published_at="2025-03-18",
    mentions=[
        m("ac-moel-fall-deaths-150", "new", MOEL, OTH, P3_H, target=150.0, unit="명", deadline="2026-12-31",
          dtext="2026년까지", comment="the headline names no body: 고용노동부's plan; one headline, two commitments"),
        m("ac-moel-fall-scaffold-2000", "new", MOEL, OTH, P3_H, target=2000.0, unit="곳", deadline="2025-12-31",
          dtext="올해"),
        m("ac-molit-fall-period-guide", "new", MOLIT, OTH, P3_D, deadline="2025-06-30", dtext="상반기 중",
          comment="'국토부' named; one deck line, two commitments of the same body"),
        m("ac-molit-fall-safety-cost", "new", MOLIT, OTH, P3_D, target=1.5, unit="배", deadline="2025-07-31",
          dtext="7월부터", comment="'1.5배' → 1.5 배 (a multiple of today's rate)"),
        m("ac-moel-fall-deaths-150", "new", MOEL, OTH,
          "고용노동부는 지난해 210명이던 건설업 추락 사망자를 2026년까지 150명 이하로 줄이겠다고 밝혔다.",
          target=150.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment="210명 is the baseline. Not annotated: 328명 / 210명 / 70% (statistics), the plan release"),
        m("ac-moel-fall-scaffold-2000", "new", MOEL, OTH,
          "공사비 50억 원 미만 소규모 현장 2,000곳에는 올해 시스템 비계 설치비를 지원한다.",
          target=2000.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment="subjectless: 노동부; '50억 원 미만' is the scope, '최대 7,000만 원' (later) the cap, not targets"),
        m("ac-moel-fall-inspect-20k", "new", MOEL, OTH, "노동부는 추락 위험이 큰 현장을 연내 2만 곳 골라 예고 없이 점검하기로 했다.",
          target=20000.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="'노동부' = 고용노동부"),
        m("ac-moel-fall-aicctv-1000", "new", MOEL, OTH,
          "작업자가 안전고리를 걸지 않았거나 난간이 빠진 곳을 인공지능이 찾아내 경보를 울리는 AI CCTV 설치비도 지원해 2026년까지 1,000개 현장에 보급할 계획이다.",
          target=1000.0, unit="개", deadline="2026-12-31", dtext="2026년까지",
          comment="subjectless: 노동부; '1,000개 현장' keeps the page's counter 개"),
        m("ac-moel-fall-foreign-50k", "new", MOEL, OTH,
          "노동부는 16개 언어로 된 영상 교재를 만들어 올해 외국인 노동자 5만 명에게 추락 예방 교육을 하기로 했다.",
          target=50000.0, unit="명", deadline="2025-12-31", dtext="올해",
          comment="'16개 언어' describes the material, not the target; never reported on again (date rule)"),
        m("ac-molit-fall-period-guide", "new", MOLIT, OTH,
          "국토부는 공사기간을 무리하게 짧게 잡아 안전을 해치는 일이 없도록 공종별 적정 공사기간 산정 가이드라인을 상반기 중 내놓기로 했다.",
          deadline="2025-06-30", dtext="상반기 중"),
        m("ac-molit-fall-safety-cost", "new", MOLIT, OTH,
          "공공공사 발주 때 반영하는 안전관리비 요율은 7월 발주분부터 지금의 1.5배로 올린다.",
          target=1.5, unit="배", deadline="2025-07-31", dtext="7월 발주분부터",
          comment="subjectless: 국토부. Not annotated: 추민결's quote (undated intention), the 현장소장's view, the "
                  "2022 중대재해처벌법 (past), 경기도's 100억 원 / 500곳 (a local government; fiscal cue '도비' is none), "
                  "심규현's bill '다음 달' (a ruling-party lawmaker in March 2025)"),
    ]))

# ---------------------------------------------------------------- 철강 1/3 (economic daily, one deck line, [광고] lines; 산업부, 관세청)
P4_H = "수소환원제철 실증 설비 2026년 하반기 착공…철강 수출바우처 올해 300곳"
P4_D = "관세청, 우회 수입 원산지 검증 연내 800건…'철강특별법' 하반기 국회 제출"
PAGES.append(dict(
    source="2025-04-16_ac_steel-plan-economic.txt", title=P4_H, published_at="2025-04-16",
    mentions=[
        m("ac-motie-steel-hydrogen", "new", MOTIE, IND, P4_H, deadline="2026-12-31", dtext="2026년 하반기",
          comment="the headline names no body: 산업통상자원부's plan; one headline, two commitments"),
        m("ac-motie-steel-voucher-300", "new", MOTIE, IND, P4_H, target=300.0, unit="곳", deadline="2025-12-31",
          dtext="올해"),
        m("ac-kcs-steel-origin-800", "new", KCS, IND, P4_D, target=800.0, unit="건", deadline="2025-12-31",
          dtext="연내", comment="'관세청' named; one deck line, two commitments"),
        m("ac-motie-steel-act", "new", MOTIE, IND, P4_D, deadline="2025-12-31", dtext="하반기",
          comment="the clause names no body: 산업통상자원부's bill"),
        m("ac-motie-steel-hydrogen", "new", MOTIE, IND,
          "산업부는 석탄 대신 수소로 쇳물을 뽑아 탄소 배출을 크게 줄이는 수소환원제철 실증 설비를 2026년 하반기 착공하겠다고 밝혔다.",
          deadline="2026-12-31", dtext="2026년 하반기",
          comment="'산업부' on 2025-04-16 = 산업통상자원부. Category by subject (the steel plan): industry, although "
                  "the sentence's only cue is climate's '탄소 배출' (uncertain call). Not annotated: the lead, the US "
                  "25% tariff, 330억 달러 / 8% (statistics), the plan release, EU's CBAM (a foreign rule)"),
        m("ac-motie-steel-voucher-300", "new", MOTIE, IND,
          "미국의 관세 인상으로 수출길이 좁아진 중소·중견 철강사 300곳에는 올해 수출 다변화 바우처를 지급해 동남아와 중동 등 새 시장 개척을 돕는다.",
          target=300.0, unit="곳", deadline="2025-12-31", dtext="올해", comment="subjectless: 산업부"),
        m("ac-motie-steel-rnd", "new", MOTIE, IND,
          "고부가 특수강과 경량 강재 개발에는 2029년까지 연구개발(R&D) 예산 3,000억 원을 투입한다.",
          target=300000000000.0, unit="원", deadline="2029-12-31", dtext="2029년까지",
          comment="subjectless: 산업부; '예산' is fiscal's weak cue (a circumstance in a steel article)"),
        m("ac-motie-steel-antidump", "new", MOTIE, IND,
          "산업부는 산하 무역위원회의 반덤핑 조사 기간을 지금 최장 12개월에서 하반기부터 8개월로 줄이기로 했다.",
          target=8.0, unit="개월", deadline="2025-12-31", dtext="하반기부터",
          comment="무역위원회 is not in ministries.csv: the promise is 산업부's, as the sentence says; 12개월 is the "
                  "baseline"),
        m("ac-kcs-steel-origin-800", "new", KCS, IND,
          "관세청은 중국산 철강재가 제3국을 거쳐 원산지를 바꿔 들어오는 우회 수입을 막기 위해 상반기 중 전담 조사팀을 꾸리고, 연내 원산지 검증 800건을 하겠다고 밝혔다.",
          target=800.0, unit="건", deadline="2025-12-31", dtext="연내",
          comment="two time words; '연내' dates the number, the 전담 조사팀 '상반기 중' is the means (not its own "
                  "commitment)"),
        m("ac-motie-steel-power", "new", MOTIE, IND,
          "전기를 많이 쓰는 전기로 제강사의 부담을 덜기 위해 심야 시간대 산업용 전기요금 할인 특례도 하반기 중 도입한다.",
          deadline="2025-12-31", dtext="하반기 중",
          comment="subjectless: 산업부 (the plan's body; electricity tariffs were still 산업통상자원부's on this date)"),
        m("ac-motie-steel-act", "new", MOTIE, IND,
          "철강산업 지원의 법적 근거를 담은 '철강산업 경쟁력 강화 특별법' 제정안은 하반기 중 국회에 제출할 계획이다.",
          deadline="2025-12-31", dtext="하반기 중", comment="subjectless: 산업부"),
        m("ac-motie-steel-hydrogen", "new", MOTIE, IND,
          "남기훈 산업통상자원부 소재융합산업정책관은 \"세 가지 파고를 동시에 넘어야 하는 상황\"이라며 \"수소환원제철 실증 설비는 2026년 하반기 착공 일정에 차질이 없도록 하겠다\"고 말했다.",
          person="남기훈", deadline="2026-12-31", dtext="2026년 하반기",
          comment="indirect frame + two quotes, the whole sentence. Not annotated: the 업계 협의체's 20조 원 by 2030 "
                  "(companies), 형산제강's night-only furnace (a company), the 연구위원's forecast, 일본's 2030 goal "
                  "and Europe's pilots (foreign)"),
    ]))

# ---------------------------------------------------------------- 일회용품 1/3 (webzine explainer, ◆ question heads, tags and comments)
P5_H = "[쉽게 읽는 정책] 일회용컵 보증금제 전국으로…환경부 '플라스틱 감축 로드맵' 총정리"
P5_D = "매장 안 플라스틱 빨대 7월부터 과태료, 다회용컵 공유 연내 30곳…무엇이 바뀌나"
WEB = "the webzine restates a body's plan: person ''"
PAGES.append(dict(
    source="2025-05-20_ac_plastic-explainer-webzine.txt", title=P5_H, published_at="2025-05-20",
    mentions=[
        m("ac-me-plastic-cup-law", "new", ME, OTH, P5_H,
          comment="the post's title, a plan's promise stated as an outcome, without a date: no deadline fields"),
        m("ac-me-plastic-straw", "new", ME, OTH, P5_D, deadline="2025-07-31", dtext="7월부터",
          comment="the subtitle names no body: 환경부's roadmap; one line, two commitments"),
        m("ac-me-plastic-reuse-30", "new", ME, OTH, P5_D, target=30.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("ac-me-plastic-waste-30", "new", ME, OTH,
          "환경부는 플라스틱 폐기물 발생량을 2030년까지 2023년보다 30% 줄이겠다는 목표를 내걸었습니다.",
          target=30.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment=WEB + "; '2023년' is the base year. 100㎏ (the sentence before) is a statistic"),
        m("ac-me-plastic-cup-law", "new", ME, OTH,
          "환경부는 보증금제를 전국 프랜차이즈 매장으로 넓히는 자원재활용법 개정안을 하반기에 국회에 제출할 계획입니다.",
          deadline="2025-12-31", dtext="하반기에",
          comment=WEB + "; 300원 is the rule's deposit; 방윤지's quote after it is an undated intention"),
        m("ac-me-plastic-straw", "new", ME, OTH, "매장 안에서 플라스틱 빨대를 쓰면 7월부터 과태료를 물립니다.",
          deadline="2025-07-31", dtext="7월부터", comment="subjectless: 환경부; the 2023 grace period is past"),
        m("ac-me-plastic-reuse-30", "new", ME, OTH,
          "이 시스템을 운영하는 시군구는 지금 12곳인데, 환경부는 연내 30곳으로 늘리기로 했습니다.",
          target=30.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="12곳 is the baseline"),
        m("ac-me-plastic-delivery-5", "new", ME, OTH,
          "배달 음식을 다회용기에 담아 주고 다시 거둬 가는 시범 사업이 하반기 5개 도시에서 시작됩니다.",
          target=5.0, unit="개", deadline="2025-12-31", dtext="하반기",
          comment="subjectless: 환경부's roadmap; '5개 도시' keeps the page's counter 개"),
        m("ac-mfds-plastic-recycled", "new", MFDS, OTH,
          "식품의약품안전처는 재생 원료로 만든 식품 용기 재질을 폴리프로필렌(PP)과 폴리스티렌(PS)까지 넓히는 고시 개정을 상반기 중 마칠 예정입니다.",
          deadline="2025-06-30", dtext="상반기 중",
          comment="Not annotated: 제주도's 2030 '플라스틱 제로 섬' (a local government), the 커피 프랜차이즈's 연말까지 "
                  "(a company), EU's 2021 ban (foreign), the 시민단체s' demand, the 2022 postponement (past), the "
                  "webzine's own plan, the source line, tags and comments"),
    ]))

# ---------------------------------------------------------------- 철강 2/3 (regional paper, 포항= byline, quoted headline, one deck line)
P6_H = "수소환원제철 실증 설비 포항에…\"내년 하반기 착공 일정 그대로\""
P6_D = "수출바우처 상반기 180곳 지급…산업부, 지역 철강 협력사 200곳 설비 전환 컨설팅 연내"
PAGES.append(dict(
    source="2025-07-10_ac_steel-pohang-regional.txt", title=P6_H, published_at="2025-07-10",
    mentions=[
        m("ac-motie-steel-hydrogen", "progress", MOTIE, IND, P6_H, deadline="2026-12-31", dtext="내년 하반기",
          comment="the site chosen and the date restated: progress; the quoted part is 산업부's (no person named); "
                  "'내년 하반기' on 2025-07-10 → 2026-12-31"),
        m("ac-motie-steel-voucher-300", "progress", MOTIE, IND, P6_D,
          comment="a measured value without the target: progress, no fields; one deck line, two commitments"),
        m("ac-motie-steel-consult-200", "new", MOTIE, IND, P6_D, target=200.0, unit="곳", deadline="2025-12-31",
          dtext="연내"),
        m("ac-motie-steel-hydrogen", "progress", MOTIE, IND,
          "산업통상자원부는 이날 포항 철강산업단지 안 유휴 부지를 수소환원제철 실증 설비 부지로 확정하고, 내년 하반기 착공 일정을 그대로 지키겠다고 밝혔다.",
          deadline="2026-12-31", dtext="내년 하반기",
          comment="a step done and the date restated: progress. The scene, the 협력업체 대표's quote and the "
                  "지역 업계's hope are context"),
        m("ac-motie-steel-consult-200", "new", MOTIE, IND,
          "남기훈 산업부 소재융합산업정책관은 이날 포항상공회의소에서 열린 지역 철강업계 간담회에서 \"탄소 감축 설비로 바꾸려는 지역 철강 협력사 200곳에 연내 무료 설비 전환 컨설팅을 하겠다\"고 말했다.",
          person="남기훈", target=200.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="a new commitment; indirect frame + quote, the whole sentence. '30여 명' (the next paragraph) counts "
                  "the attendees; the 부품업체 대표's plea is context"),
        m("ac-motie-steel-voucher-300", "progress", MOTIE, IND, "수출 다변화 바우처는 6월 말까지 180곳에 지급됐다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("ac-motie-steel-voucher-300", "progress", MOTIE, IND,
          "산업부는 하반기 2차 모집으로 올해 300곳을 모두 채우겠다는 계획이다.",
          target=300.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment="the promise restated with its date and target, on course: progress"),
        m("ac-motie-steel-act", "progress", MOTIE, IND,
          "'철강산업 경쟁력 강화 특별법' 제정안은 초안을 마련해 관계부처와 협의하고 있다.",
          comment="work under way, no date: progress; names no body: 산업통상자원부"),
        m("ac-motie-steel-power", "progress", MOTIE, IND,
          "전기로 업체들이 기다리는 심야 전기요금 할인 특례는 한국전력과 요금 체계를 협의하고 있다고 산업부는 설명했다.",
          comment="work under way, no date: progress"),
        m("ac-kcs-steel-origin-800", "progress", KCS, IND,
          "관세청이 6월 출범시킨 철강 우회 수입 전담 조사팀은 한 달여 만에 원산지 검증 140건을 마쳤다.",
          comment="a measured value without the target: progress, no fields (trap: government cue '출범'). Not "
                  "annotated: the 11건 finding, 포항시's 200억 원 by 내년까지 (a local government), 형산제강's furnace "
                  "stop (a company), the lawmakers' demand, the 임원's forecast, the 고용 figures"),
    ]))

# ---------------------------------------------------------------- 건설 추락 2/3 (감사원 audit report on a policy site, quoted headline, one deck line)
P7_H = "감사원 \"추락 방지 비계 지원 8월까지 절반 남짓\"…공사기간 가이드라인은 연말로"
P7_D = "노동부 '하청 안전 평가 제도' 내년 상반기까지 도입…공공공사 안전관리비 1.5배는 7월부터 적용"
AUD = "감사원 is no ministry (not in ministries.csv): its findings of fact are annotated as the bodies' follow-ups, its demands are not"
PAGES.append(dict(
    source="2025-09-25_ac_fall-audit-report.txt", title=P7_H, published_at="2025-09-25",
    mentions=[
        m("ac-moel-fall-scaffold-2000", "progress", MOEL, OTH, P7_H,
          comment="the audit's finding quoted in the headline: a measure short of the target before the deadline, "
                  "progress without fields (uncertain call: " + AUD + ")"),
        m("ac-molit-fall-period-guide", "delayed", MOLIT, OTH, P7_H, deadline="2025-12-31", dtext="연말로",
          comment=LATER + "; names no body: 국토교통부"),
        m("ac-moel-fall-subcontract", "new", MOEL, OTH, P7_D, deadline="2026-06-30", dtext="내년 상반기까지",
          comment="'노동부' named; one deck line, two commitments"),
        m("ac-molit-fall-safety-cost", "achieved", MOLIT, OTH, P7_D, target=1.5, unit="배",
          comment=WHEN + " ('7월부터 적용'); the clause names the target"),
        m("ac-moel-fall-scaffold-2000", "progress", MOEL, OTH,
          "감사 결과 고용노동부가 올해 2,000곳에 지원하기로 한 시스템 비계 설치비는 8월 말까지 1,150곳에 돌아갔다.",
          target=2000.0, unit="곳", deadline="2025-12-31", dtext="올해",
          comment="short before the deadline: progress; the clause names the target and its year. The audit's "
                  "criticism after it is not annotated"),
        m("ac-moel-fall-scaffold-2000", "progress", MOEL, OTH,
          "노동부는 하반기에 신청이 몰리는 만큼 연말까지 2,000곳을 채울 수 있다는 입장이다.",
          target=2000.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment="the body restates the promise with its date: progress"),
        m("ac-moel-fall-inspect-20k", "progress", MOEL, OTH, "예고 없는 추락 위험 현장 점검은 6월까지 7,200곳에서 이뤄졌다.",
          comment="a measured value without the target: progress, no fields; names no body: 고용노동부. The "
                  "follow-up finding (네 곳 가운데 한 곳) is the audit's"),
        m("ac-moel-fall-aicctv-1000", "progress", MOEL, OTH, "AI CCTV는 지금까지 320개 현장에 설치됐다.",
          comment="a measured value without the target: progress, no fields. The audit's 40곳 / 13곳 check is not "
                  "annotated (trap: telecom cue '통신' in '통신 장애')"),
        m("ac-moel-fall-deaths-150", "progress", MOEL, OTH, "올해 상반기 건설업 추락 사망자는 98명으로 집계됐다.",
          comment="a measured value without the target, before the deadline (2026): progress, no fields; the "
                  "audit's '이르다' is an assessment"),
        m("ac-molit-fall-period-guide", "delayed", MOLIT, OTH,
          "국토교통부가 상반기 중 내겠다던 적정 공사기간 산정 가이드라인은 아직 나오지 않았고, 국토부는 연내 발표하겠다고 감사원에 답했다.",
          deadline="2025-12-31", dtext="연내", prev="2025-06-30",
          comment=LATER + "; the missed date named ('상반기 중')"),
        m("ac-molit-fall-safety-cost", "achieved", MOLIT, OTH,
          "공공공사 안전관리비 요율은 예정대로 7월 발주분부터 1.5배로 올랐다.",
          target=1.5, unit="배", comment=WHEN + "; names no body: 국토교통부"),
        m("ac-moel-fall-subcontract", "new", MOEL, OTH,
          "노동부는 원청이 하청업체의 안전 관리 수준을 평가해 다음 공사 계약에 반영하는 '하청 안전 평가 제도'를 내년 상반기까지 도입하겠다고 밝혔다.",
          deadline="2026-06-30", dtext="내년 상반기까지",
          comment="a new commitment in answer to the audit. Not annotated: the audit's 통보 and 요구, '노동부는 감사 "
                  "결과를 받아들이며 추가 대책을 내놨다.' (an umbrella), 심규현's words (an opposition lawmaker), the "
                  "건설노조's demand, the expert's forecast ('150명대 진입도 쉽지 않을 것')"),
    ]))

# ---------------------------------------------------------------- 교제폭력·스토킹 2/4 (signed op-ed, [시론]; the author's byline above and below)
OPED = "a fact the columnist reports: a follow-up, person '' (aa's 사설: its factual sentences are annotated, its demands are not)"
PAGES.append(dict(
    source="2025-10-14_ac_dating-violence-oped.txt", title="[시론] 교제폭력 대책 아홉 달, 약속의 절반만 왔다",
    published_at="2025-10-14",
    mentions=[
        m("ac-knpa-dv-squad", "achieved", KNPA, OTH, "경찰청은 약속대로 3월부터 전국 모든 경찰서에 교제폭력 전담 수사관을 배치했다.",
          comment=WHEN + "; " + OPED + ". The op-ed's title (an opinion) is not annotated"),
        m("ac-moj-dv-alert-app", "achieved", MOJ, OTH,
          "가해자가 가까이 오면 피해자에게 알려 주는 접근 알림 서비스는 상반기 중 전국으로 넓히겠다던 약속보다 한 달 늦은 7월에야 전국으로 확대됐다.",
          comment=LATE + " (the missed '상반기 중' is named, but an achievement takes no previous_deadline); names "
                         "no body: 법무부"),
        m("ac-moj-dv-monitor-1000", "progress", MOJ, OTH, "스토킹 가해자 동시 관제 인원은 9월 말 기준 720명으로 늘었다.",
          comment="a measured value without the target, before the deadline: progress, no fields; names no body: 법무부"),
        m("ac-knpa-dv-watch-6000", "progress", KNPA, OTH, "신변보호용 스마트워치는 9월까지 5,200대가 보급됐다.",
          comment="a measured value without the target: progress, no fields; names no body: 경찰청. The author's "
                  "case (기각, 석 달 뒤) is an anecdote"),
        m("ac-moj-dv-bill", "delayed", MOJ, OTH,
          "'교제폭력 처벌 특례법' 제정안은 상반기 중 국회에 내겠다던 약속과 달리 아직 입법예고 단계에 머물러 있고, 법무부는 연말까지 제출하겠다고 한다.",
          deadline="2025-12-31", dtext="연말까지", prev="2025-06-30",
          comment=LATER + "; the missed date named ('상반기 중'). The 2021 / 2023 laws after it are past facts"),
        m("ac-mogef-dv-shelter-17", "progress", MGEF, OTH,
          "이달 1일 여성가족부에서 이름을 바꾼 성평등가족부가 2026년까지 17곳으로 늘리겠다던 전용 보호시설은 지금 9곳이다.",
          target=17.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="short before the deadline: progress; the body under its name on the page's date (성평등가족부, "
                  "named with its old name)"),
        m("ac-mgef-dv-campus-edu", "new", MGEF, OTH,
          "성평등가족부는 출범 첫날인 지난 1일 2027년부터 모든 대학 신입생에게 교제폭력 예방교육을 의무화하겠다고 밝혔다.",
          deadline="2027-12-31", dtext="2027년부터",
          comment="a new commitment of the renamed body, reported in the op-ed (trap: government cue '출범'). Not "
                  "annotated: the author's three demands (incl. '약속한 연말보다 앞당겨'), her opinions, the "
                  "disclaimer"),
    ]))

# ---------------------------------------------------------------- 금연 2/3 (Q&A interview: Q. / A. lines, quoted headline, one deck line)
P9_H = "[인터뷰] 계성민 복지부 건강증진국장 \"흡연율 목표 22%로 더 낮춰…경고그림 확대는 6월로\""
P9_D = "합성니코틴 액상 7월부터 개별소비세…청소년 전자담배 감시 요원 500명"
ANS = "his answer (the A. line's speaker, named in the headline and the intro): person 계성민"
PAGES.append(dict(
    source="2026-01-20_ac_smoking-interview-qa.txt", title=P9_H, published_at="2026-01-20",
    mentions=[
        m("ac-mohw-smoke-rate-25", "revision", MOHW, OTH, P9_H, person="계성민", target=22.0, unit="%",
          comment="the quoted headline names the speaker: person 계성민; a changed target without a date in the "
                  "clause: no deadline fields; one headline, two commitments"),
        m("ac-mohw-smoke-warning-70", "delayed", MOHW, OTH, P9_H, person="계성민", deadline="2026-06-30",
          dtext="6월로", comment=LATER + "; '6월로' on 2026-01-20 → 2026-06-30"),
        m("ac-mofe-smoke-liquid-tax", "new", MOFE, FIS, P9_D, deadline="2026-07-31", dtext="7월부터",
          comment="the deck is not quoted: person ''; the clause is 재정경제부's tax (fiscal cue '개별소비세'); one "
                  "deck line, two commitments"),
        m("ac-mohw-smoke-youth-500", "new", MOHW, OTH, P9_D, target=500.0, unit="명",
          comment="no date in the clause: no deadline fields"),
        m("ac-mohw-smoke-rate-25", "progress", MOHW, OTH, "지난해 성인 남성 흡연율은 잠정치로 29.8%입니다.", person="계성민",
          comment=ANS + "; a measured value without the target: progress, no fields. The intro is the "
                        "reporter's (no promise)"),
        m("ac-mohw-smoke-rate-25", "revision", MOHW, OTH,
          "세계보건기구(WHO) 권고와 다른 나라의 감소 추세를 감안해 2030년 목표를 25%에서 22%로 더 낮춰 잡았습니다.",
          person="계성민", target=22.0, unit="%", deadline="2030-12-31", dtext="2030년",
          comment="a changed (more ambitious) target, the date unchanged: revision; the answer's first word '네.' "
                  "stands before it"),
        m("ac-mohw-smoke-warning-70", "delayed", MOHW, OTH,
          "담배업계가 이미 찍어 둔 포장재 재고를 소진할 시간을 달라고 요청해 12월에서 올해 6월로 미뤘습니다.",
          person="계성민", deadline="2026-06-30", dtext="올해 6월로", prev="2025-12-31",
          comment=LATER + "; the old date named ('12월에서' = December 2025)"),
        m("ac-mohw-smoke-zone-30m", "achieved", MOHW, OTH,
          "어린이집·유치원 주변 금연구역은 약속대로 지난해 9월부터 30m로 넓어졌습니다.",
          person="계성민", target=30.0, unit="m", comment=WHEN + "; the clause names the target"),
        m("ac-mohw-smoke-clinic-400k", "delayed", MOHW, OTH,
          "지난해 금연치료 지원을 받은 분은 36만 명으로 목표 40만 명에 못 미쳤습니다.",
          person="계성민", target=400000.0, unit="명", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해' names the promised period (ab). The next sentences "
                  "(a reason, '올해는 … 힘을 쏟겠습니다': an undated umbrella) are not annotated"),
        m("ac-moef-smoke-nicotine-law", "achieved", MOFE, FIS,
          "합성니코틴을 담배에 포함하는 담배사업법 개정안은 약속대로 지난해 5월 국회에 제출돼 12월 본회의를 통과했습니다.",
          comment=WHEN + "; " + INST + "; the body under its name on the page's date: 재정경제부 (기획재정부's "
                         "primary successor, which took tax and treasury); fiscal by remit, no cue"),
        m("ac-mofe-smoke-liquid-tax", "new", MOFE, FIS,
          "재정경제부가 7월부터 합성니코틴 액상에도 궐련형 전자담배와 비슷한 수준의 개별소비세를 물리기로 해, 그동안 한참 쌌던 액상 전자담배 값도 오를 전망입니다.",
          deadline="2026-07-31", dtext="7월부터",
          comment="a new commitment of 재정경제부 stated by 계성민: " + INST + ". The sentence before it (the law's "
                  "effect) is a description"),
        m("ac-mohw-smoke-youth-500", "new", MOHW, OTH,
          "올해는 청소년 전자담배 구매를 감시하는 모니터링 요원 500명을 뽑아 온라인 판매와 무인 판매점을 집중 점검하겠습니다.",
          person="계성민", target=500.0, unit="명", deadline="2026-12-31", dtext="올해",
          comment="a new commitment; the name-disclosure '검토' after it is not"),
        m("ac-mohw-smoke-ad-ban", "delayed", MOHW, OTH, "편의점 담배 광고 금지 법안은 상반기 중 국회에 내겠습니다.",
          person="계성민", deadline="2026-06-30", dtext="상반기 중",
          comment=LATER + " (promised for 2025 H2, now 2026 H1); the old date not named"),
        m("ac-mfds-smoke-ingredients", "delayed", MFDS, OTH,
          "식약처의 유해성분 분석 결과 공개는 검증 절차가 길어지면서 상반기 중으로 넘어간 것으로 압니다.",
          deadline="2026-06-30", dtext="상반기 중으로",
          comment=LATER + "; " + INST + " ('식약처' = 식품의약품안전처). Not annotated: the closing answer, the "
                          "금연 단체's and the 편의점 업계's words"),
    ]))

# ---------------------------------------------------------------- 일회용품 2/3 ([르포] in a weekly magazine, one deck line)
P10_H = "[르포] '보증금' 대신 '컵값 따로'…일회용컵 정책 또 방향 틀었다"
P10_D = "다회용컵 공유 지난해 26곳에 그쳐…배달용기 재사용 시범은 3개 도시만"
PAGES.append(dict(
    source="2026-03-12_ac_cup-report-weekly.txt", title=P10_H, published_at="2026-03-12",
    mentions=[
        m("ac-me-plastic-cup-law", "cancelled", MCEE, OTH, P10_H,
          comment="the 보증금제 expansion dropped for another scheme: cancelled; names no body: 기후에너지환경부 "
                  "(환경부's successor); one headline, two commitments"),
        m("ac-mcee-plastic-cup-price", "new", MCEE, OTH, P10_H, comment="the new scheme, no date in the headline"),
        m("ac-me-plastic-reuse-30", "delayed", MCEE, OTH, P10_D, prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해 … 그쳐' names the promised period (ab); no target in the "
                  "clause; one deck line, two commitments"),
        m("ac-me-plastic-delivery-5", "delayed", MCEE, OTH, P10_D,
          comment="short after the deadline (2025 H2): delayed, no date in the clause"),
        m("ac-me-plastic-cup-law", "cancelled", MCEE, OTH,
          "기후에너지환경부는 일회용컵 보증금제를 전국으로 넓히는 법 개정 대신, 매장에서 일회용컵 값을 영수증에 따로 적어 받는 '컵 따로 계산제'를 7월부터 전국 프랜차이즈 매장에 도입하기로 했다.",
          comment="one sentence, two commitments: the old one dropped (cancelled, no date of its own named) ..."),
        m("ac-mcee-plastic-cup-price", "new", MCEE, OTH,
          "기후에너지환경부는 일회용컵 보증금제를 전국으로 넓히는 법 개정 대신, 매장에서 일회용컵 값을 영수증에 따로 적어 받는 '컵 따로 계산제'를 7월부터 전국 프랜차이즈 매장에 도입하기로 했다.",
          deadline="2026-07-31", dtext="7월부터",
          comment="... and the new one made (new, 기후에너지환경부's own). The scene, 김모씨 and the sentence before "
                  "('… 갈림길에 섰다.') are context"),
        m("ac-me-plastic-cup-law", "cancelled", MCEE, OTH, "지난해 하반기 국회에 내겠다던 보증금제 확대 개정안은 끝내 제출되지 않았다.",
          prev="2025-12-31", comment="the missed date named ('지난해 하반기'), after the drop reported: cancelled"),
        m("ac-me-plastic-reuse-30", "delayed", MCEE, OTH,
          "다회용컵 공유 시스템을 운영하는 시군구는 지난해 말 26곳으로, 지난해 목표였던 30곳에 못 미쳤다.",
          target=30.0, unit="곳", prev="2025-12-31",
          comment="short after the deadline: delayed; the clause names the target and its year. 방윤지's first quote, "
                  "the 환경단체s, 세종시's 조례 and 제주도's 올해 말까지 (local governments) are not annotated"),
        m("ac-me-plastic-reuse-30", "delayed", MCEE, OTH, "방 국장은 \"남은 4곳은 상반기 중 채우겠다\"고 말했다.",
          person="방윤지", target=4.0, unit="곳", deadline="2026-06-30", dtext="상반기 중",
          comment=LATER + "; '방 국장' = 방윤지 (named above); the remainder is the target of the sentence that moves it"),
        m("ac-me-plastic-delivery-5", "delayed", MCEE, OTH,
          "배달용기 재사용 시범 사업은 지난해 하반기 약속한 5개 도시 가운데 3개 도시에서만 시작됐고, 나머지 2개 도시는 상반기 중 시작한다.",
          target=2.0, unit="개", deadline="2026-06-30", dtext="상반기 중", prev="2025-12-31",
          comment=LATER + "; the remainder is the target; the missed date named ('지난해 하반기'). The 분식집 "
                          "주인's remark is context"),
        m("ac-me-plastic-straw", "achieved", MCEE, OTH, "매장 안 플라스틱 빨대 과태료는 예정대로 지난해 7월부터 부과되고 있다.",
          comment=WHEN + "; names no body: 기후에너지환경부"),
        m("ac-mfds-plastic-recycled", "achieved", MFDS, OTH,
          "식약처가 지난해 6월 고시를 고치면서 재생 폴리프로필렌(PP) 용기도 식품 포장에 쓸 수 있게 됐다.",
          comment=WHEN + " ('지난해 6월', within '상반기 중'); the 재활용 업계's remark after it is context"),
        m("ac-me-plastic-waste-30", "progress", MCEE, OTH, "플라스틱 폐기물 발생량은 지난해 2023년보다 4% 줄어드는 데 그쳤다.",
          comment="a measured value without the target, before the deadline (2030): progress, no fields. Not "
                  "annotated: 프랑스's 2023 rule (foreign), the researcher's view"),
    ]))

# ---------------------------------------------------------------- 교제폭력·스토킹 3/4 (NGO email newsletter, web view, ■ sections; foreign laws)
P11_S = "[안녕, 우리 41호] 특례법은 국회로, AI 위험 예측은 하반기로"
NL = "the newsletter reports a body's deed or plan: person ''"
PAGES.append(dict(
    source="2026-06-18_ac_dv-newsletter.txt", title=P11_S, published_at="2026-06-18",
    mentions=[
        m("ac-moj-dv-bill", "achieved", MOJ, OTH, P11_S,
          comment="the subject line: the bill submitted ('국회로'), late: achieved without fields; names no body: "
                  "법무부; one line, two commitments"),
        m("ac-knpa-dv-ai-risk", "delayed", KNPA, OTH, P11_S, deadline="2026-12-31", dtext="하반기로",
          comment=LATER + "; names no body: 경찰청; '하반기로' on 2026-06-18 → 2026-12-31"),
        m("ac-moj-dv-bill", "achieved", MOJ, OTH,
          "국회에 계류 중인 '교제폭력 처벌 특례법'은 법무부가 약속을 한 차례 미룬 끝에 지난해 12월 제출한 정부안입니다.",
          comment=LATE + " (submitted in December 2025 on the moved date, after the promised 2025 H1). The 법사위 "
                         "discussion is context"),
        m("ac-moj-dv-monitor-1000", "achieved", MOJ, OTH,
          "법무부는 스토킹 가해자 동시 관제 인원을 지난해 말 1,000명으로 늘린 데 이어, 올해 말까지 1,500명으로 늘리겠다고 밝혔습니다.",
          target=1000.0, unit="명", comment=WHEN + " ('지난해 말'); one sentence, two commitments: 2025's target reached ..."),
        m("ac-moj-dv-monitor-1500", "new", MOJ, OTH,
          "법무부는 스토킹 가해자 동시 관제 인원을 지난해 말 1,000명으로 늘린 데 이어, 올해 말까지 1,500명으로 늘리겠다고 밝혔습니다.",
          target=1500.0, unit="명", deadline="2026-12-31", dtext="올해 말까지",
          comment="... and a new year's target: its own commitment (ab's 치유캠프 1,500명)"),
        m("ac-knpa-dv-ai-risk", "delayed", KNPA, OTH,
          "경찰청은 AI 위험도 예측 도구 시범 운영을 지난해 하반기에서 올해 하반기로 미뤘습니다.",
          deadline="2026-12-31", dtext="올해 하반기로", prev="2025-12-31",
          comment=LATER + "; the old date named ('지난해 하반기에서'); the reason after it is context"),
        m("ac-mogef-dv-shelter-17", "progress", MGEF, OTH,
          "성평등가족부의 피해자 전용 보호시설은 5월 기준 13곳으로, 연말까지 17곳을 채우려면 남은 반년 동안 4곳을 더 열어야 합니다.",
          target=17.0, unit="곳", deadline="2026-12-31", dtext="연말까지",
          comment="short before the deadline: progress; '4곳' is the gap the newsletter computes, not a promise"),
        m("ac-mogef-dv-legal-3000", "delayed", MGEF, OTH,
          "무료 법률 지원은 지난해 2,640건으로 목표였던 3,000건에 못 미쳤습니다.",
          target=3000.0, unit="건", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해' names the promised period; names no body: "
                  "성평등가족부 (여성가족부's successor). Not annotated: the 상담 창구's remark, the foreign laws "
                  "(영국 2014, 일본 2021, 스페인 2009, 뉴사우스웨일스 2024), the institute's own 토론회 and report, "
                  "the reading list, the next-issue line and the footer"),
    ]))

# ---------------------------------------------------------------- all five 3/3 or 4/4 (year-end roundup, two deck lines, ◆ sections, tally after the sign-off)
P12_H = "[그 약속 어디까지 왔나] 컵값 따로 계산제 7월 시행…편의점 담배 광고 금지는 없던 일로"
P12_D1 = "수소환원제철 착공 내년 상반기로 밀려…교제폭력 피해자 보호시설은 15곳에 그쳐"
P12_D2 = "건설 추락 사망 '150명 이하' 목표 2027년으로…AI CCTV는 600개 현장으로 축소"
PAGES.append(dict(
    source="2026-11-26_ac_promise-roundup.txt", title=P12_H, published_at="2026-11-26",
    mentions=[
        m("ac-mcee-plastic-cup-price", "achieved", MCEE, OTH, P12_H,
          comment=WHEN + " ('7월 시행'); names no body: 기후에너지환경부; one headline, two commitments"),
        m("ac-mohw-smoke-ad-ban", "cancelled", MOHW, OTH, P12_H, comment="'없던 일로': cancelled; names no body: 보건복지부"),
        m("ac-motie-steel-hydrogen", "delayed", MOTI, IND, P12_D1, deadline="2027-06-30", dtext="내년 상반기로",
          comment=LATER + "; names no body: 산업통상부 (산업통상자원부's successor); '내년 상반기로' on 2026-11-26 → "
                          "2027-06-30"),
        m("ac-mogef-dv-shelter-17", "delayed", MGEF, OTH, P12_D1,
          comment="short, the remainder moved (body): delayed; no date and no target in the clause"),
        m("ac-moel-fall-deaths-150", "delayed", MOEL, OTH, P12_D2, target=150.0, unit="명", deadline="2027-12-31",
          dtext="2027년으로", comment=LATER + "; names no body: 고용노동부"),
        m("ac-moel-fall-aicctv-1000", "revision", MOEL, OTH, P12_D2, target=600.0, unit="개",
          comment="a lowered target: revision; no date in the clause"),
        # 교제폭력·스토킹
        m("ac-moj-dv-monitor-1500", "progress", MOJ, OTH,
          "법무부의 스토킹 가해자 동시 관제 인원은 10월 기준 1,380명으로, 연말 목표 1,500명에 다가섰다.",
          target=1500.0, unit="명", deadline="2026-12-31", dtext="연말",
          comment="short before the deadline: progress; the clause names the target and its date ('연말' on a 2026 "
                  "page → 2026-12-31). The intro is not annotated"),
        m("ac-knpa-dv-ai-risk", "progress", KNPA, OTH,
          "경찰청은 하반기로 미룬 AI 위험도 예측 도구 시범 운영을 다음 달 서울·부산 경찰서 20곳에서 시작한다고 밝혔다.",
          deadline="2026-12-31", dtext="다음 달",
          comment="the moved promise restated, within its new date: progress ('다음 달' on 2026-11-26 → 2026-12-31); "
                  "'20곳' is where the pilot runs, not the promise's target"),
        m("ac-knpa-dv-watch-6000", "achieved", KNPA, OTH, "신변보호용 스마트워치는 약속대로 지난해 말 6,000대를 채웠다.",
          target=6000.0, unit="대", comment=WHEN + "; the clause names the target"),
        m("ac-mogef-dv-shelter-17", "delayed", MGEF, OTH,
          "성평등가족부의 피해자 전용 보호시설은 15곳에 그쳐, 남은 2곳은 내년 상반기에야 문을 연다.",
          target=2.0, unit="곳", deadline="2027-06-30", dtext="내년 상반기에야",
          comment="a reported slip before the deadline: delayed with the new date (x-ab); the remainder is the target"),
        m("ac-knpa-dv-disclosure", "new", KNPA, OTH,
          "경찰청은 교제 상대의 폭력 전과를 본인 동의를 받아 확인할 수 있게 하는 '교제폭력 전력 조회' 제도를 내년 하반기 시범 도입하겠다고 밝혔다.",
          deadline="2027-12-31", dtext="내년 하반기", comment="a new commitment"),
        # 금연
        m("ac-mohw-smoke-rate-25", "progress", MOHW, OTH,
          "성인 남성 흡연율은 지난해 확정치 29.4%로, 2030년 목표 22%까지는 갈 길이 멀다.",
          target=22.0, unit="%", deadline="2030-12-31", dtext="2030년",
          comment="a measured value with the (revised) target named, before the deadline: progress; names no body: "
                  "보건복지부"),
        m("ac-mohw-smoke-warning-70", "achieved", MOHW, OTH, "담뱃갑 경고그림 70% 확대는 6월에야 시행됐다.",
          target=70.0, unit="%",
          comment="reached on the moved date but after the promised one (2025-12): achieved late, no deadline fields; "
                  "the clause names the target"),
        m("ac-mfds-smoke-ingredients", "achieved", MFDS, OTH, "식약처는 7월 궐련과 전자담배 12종의 유해성분 분석 결과를 처음 공개했다.",
          comment=LATE + " (promised for 2025, moved to 2026 H1, done in July); '12종' counts what was analysed"),
        m("ac-mofe-smoke-liquid-tax", "achieved", MOFE, FIS, "합성니코틴 액상에 대한 개별소비세는 예정대로 7월부터 부과되고 있다.",
          comment=WHEN + "; names no body: 재정경제부"),
        m("ac-mohw-smoke-youth-500", "progress", MOHW, OTH, "청소년 전자담배 구매 모니터링 요원은 10월까지 430명이 활동을 시작했다.",
          comment="a measured value without the target, before the deadline: progress, no fields"),
        m("ac-mohw-smoke-ad-ban", "cancelled", MOHW, OTH,
          "편의점 담배 광고 금지 법안은 상반기 중 국회에 내겠다던 약속과 달리 끝내 제출되지 않았고, 보건복지부는 업계 자율 규약으로 대신하기로 했다.",
          prev="2026-06-30",
          comment="dropped for a voluntary code: cancelled; the missed (moved) date named ('상반기 중')"),
        # 건설 추락
        m("ac-moel-fall-deaths-150", "delayed", MOEL, OTH,
          "건설업 추락 사망자는 지난해 182명으로 줄었지만, 고용노동부는 '150명 이하' 목표 시점을 올해에서 2027년으로 늦췄다.",
          target=150.0, unit="명", deadline="2027-12-31", dtext="2027년으로", prev="2026-12-31",
          comment=LATER + "; a measure and a moved date in one sentence: annotated once, with its latest state (z); "
                          "the old date named ('올해에서')"),
        m("ac-moel-fall-scaffold-2000", "delayed", MOEL, OTH,
          "소규모 현장 시스템 비계 지원은 지난해 1,870곳에 그쳐 목표 2,000곳을 채우지 못했다.",
          target=2000.0, unit="곳", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해' names the promised period"),
        m("ac-moel-fall-inspect-20k", "achieved", MOEL, OTH,
          "추락 위험 현장 불시 점검은 지난해 2만 1,300곳에서 이뤄져 목표를 넘겼다.",
          comment=WHEN + "; the target is not named (2만 1,300곳 is the result): no target fields"),
        m("ac-molit-fall-period-guide", "achieved", MOLIT, OTH, "국토교통부의 적정 공사기간 가이드라인은 2월에야 나왔다.",
          comment=LATE + " (promised 2025 H1, moved to 2025, out February 2026)"),
        m("ac-moel-fall-subcontract", "achieved", MOEL, OTH, "하청 안전 평가 제도는 약속대로 6월부터 시행됐다.",
          comment=WHEN + "; names no body: 고용노동부"),
        m("ac-moel-fall-aicctv-1000", "revision", MOEL, OTH,
          "노동부는 예산이 깎였다며 AI CCTV 보급 목표를 올해까지 1,000개 현장에서 600개 현장으로 줄였다.",
          target=600.0, unit="개", deadline="2026-12-31", dtext="올해까지",
          comment="a lowered target, the date unchanged: revision ('예산': fiscal's weak cue, the reason)"),
        m("ac-molit-fall-sensor", "new", MOLIT, OTH,
          "국토교통부는 2027년부터 공사비 100억 원 이상 공공 건설현장에 추락 감지 센서 설치를 의무화하겠다고 밝혔다.",
          deadline="2027-12-31", dtext="2027년부터",
          comment="a new commitment; '100억 원 이상' is the scope, not a target"),
        # 철강
        m("ac-motie-steel-hydrogen", "delayed", MOTI, IND,
          "수소환원제철 실증 설비 착공은 설계 보완으로 올해 하반기에서 내년 상반기로 밀렸다.",
          deadline="2027-06-30", dtext="내년 상반기로", prev="2026-12-31",
          comment="a reported slip before the deadline: delayed with the new date (x-ab); the old date named "
                  "('올해 하반기에서'); names no body: 산업통상부"),
        m("ac-motie-steel-voucher-300", "achieved", MOTI, IND, "철강 수출 다변화 바우처는 지난해 300곳 모두에 지급됐다.",
          target=300.0, unit="곳", comment=WHEN + "; the clause names the target"),
        m("ac-motie-steel-act", "achieved", MOTI, IND,
          "'철강산업 경쟁력 강화 특별법' 제정안은 약속대로 지난해 11월 국회에 제출됐다.",
          comment=WHEN + " (within 2025 H2)"),
        m("ac-kcs-steel-origin-800", "achieved", KCS, IND, "관세청의 철강 원산지 검증은 지난해 830건으로 목표 800건을 넘겼다.",
          target=800.0, unit="건", comment=WHEN + "; the clause names the target"),
        m("ac-motie-steel-rnd", "revision", MOTI, IND,
          "산업통상부는 특수강 연구개발 예산을 2029년까지 3,000억 원에서 2,400억 원으로 줄였다.",
          target=240000000000.0, unit="원", deadline="2029-12-31", dtext="2029년까지",
          comment="a lowered target, the date unchanged: revision ('예산': fiscal's weak cue)"),
        m("ac-motie-steel-antidump", "delayed", MOTI, IND,
          "반덤핑 조사 기간을 8개월로 줄이는 규정 개정은 이해관계자 반발로 아직 마무리되지 않았다.",
          target=8.0, unit="개월",
          comment="not done after the deadline (2025 H2), no new date: delayed; the clause names the target"),
        m("ac-motie-steel-consult-200", "delayed", MOTI, IND,
          "지역 철강 협력사 설비 전환 컨설팅은 지난해 목표 200곳 가운데 150곳에서만 이뤄졌다.",
          target=200.0, unit="곳", prev="2025-12-31",
          comment="short after the deadline: delayed; '지난해 목표' names the promised period"),
        m("ac-motie-steel-power", "cancelled", MCEE, IND,
          "전기요금 업무를 넘겨받은 기후에너지환경부는 심야 전기요금 할인 특례를 다른 업종과의 형평성 문제로 도입하지 않기로 했다.",
          comment="dropped: cancelled, by the body that took electricity tariffs from 산업통상자원부 (its part_to), "
                  "named; category kept with the steel storyline (uncertain call)"),
        m("ac-moti-steel-green-20", "new", MOTI, IND,
          "산업통상부는 2030년까지 국내 철강 생산에서 저탄소 철강이 차지하는 비중을 20%로 끌어올리겠다고 밝혔다.",
          target=20.0, unit="%", deadline="2030-12-31", dtext="2030년까지",
          comment="a new commitment of the renamed body (trap: climate cue '저탄소' beside industry's '철강')"),
        # 일회용품
        m("ac-mcee-plastic-cup-price", "achieved", MCEE, OTH,
          "'컵 따로 계산제'는 예정대로 7월부터 전국 프랜차이즈 매장에서 시행됐다.", comment=WHEN),
        m("ac-me-plastic-reuse-30", "achieved", MCEE, OTH, "다회용컵 공유 시스템은 10월에야 30곳을 채웠다.",
          target=30.0, unit="곳",
          comment="reached after the promised date (2025) and after the moved one (2026 H1): achieved late, no "
                  "deadline fields; the clause names the target"),
        m("ac-me-plastic-delivery-5", "delayed", MCEE, OTH,
          "배달용기 재사용 시범은 남은 2개 도시가 사업자를 찾지 못해 내년으로 넘어갔다.",
          target=2.0, unit="개", deadline="2027-12-31", dtext="내년으로",
          comment=LATER + "; '내년으로' on a 2026 page → 2027-12-31 (y-ab); the remainder is the target"),
        m("ac-me-plastic-waste-30", "revision", MCEE, OTH,
          "기후에너지환경부는 플라스틱 폐기물 30% 감축 목표 시점을 2030년에서 2028년으로 앞당겼다.",
          target=30.0, unit="%", deadline="2028-12-31", dtext="2028년으로", prev="2030-12-31",
          comment="a deadline moved EARLIER: revision (ab); the old date named"),
        m("ac-mcee-plastic-delivery-app", "new", MCEE, OTH,
          "기후에너지환경부는 2027년까지 주요 배달앱 주문 화면에 다회용기 선택 버튼을 두도록 하겠다고 밝혔다.",
          deadline="2027-12-31", dtext="2027년까지",
          comment="a new commitment. Not annotated: the closing assessment, the outlet's own plan, the tally line "
                  "and the series links after the sign-off"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-26)
LAST = "2026-11-26"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 교제폭력·스토킹 피해자 보호
    ("ac-moj-dv-monitor-1000", MOJ, OTH, "스토킹 가해자 위치추적 동시 관제 600명 → 2025년 내 1,000명", "achieved",
     "720명 at the end of September 2025; 1,000명 at the end of 2025 (on time; June 2026 newsletter)"),
    ("ac-moj-dv-alert-app", MOJ, OTH, "피해자 '접근 알림' 서비스 2025년 상반기 안에 전국 확대", "achieved",
     "nationwide in July 2025 (late; October 2025 op-ed)"),
    ("ac-moj-dv-bill", MOJ, OTH, "'교제폭력 처벌 특례법' 제정안 2025년 상반기 중 국회 제출 (→ 연말)", "achieved",
     "still at 입법예고, moved to the year's end (Oct 2025); submitted December 2025 (late)"),
    ("ac-knpa-dv-squad", KNPA, OTH, "교제폭력 전담 수사관 2025년 3월부터 전국 모든 경찰서", "achieved",
     "in place from March 2025 (on time)"),
    ("ac-knpa-dv-ai-risk", KNPA, OTH, "'AI 위험도 예측 도구' 2025년 하반기 중 시범 운영 (→ 2026년 하반기)", "in_progress",
     "moved to 2026 H2 (Jun 2026); pilot to start next month at 20 stations (Nov 2026), within the new date"),
    ("ac-knpa-dv-watch-6000", KNPA, OTH, "신변보호용 스마트워치 3,700대 → 2025년 내 6,000대", "achieved",
     "5,200대 by September 2025; 6,000대 at the end of 2025 (on time)"),
    ("ac-mogef-dv-shelter-17", MGEF, OTH, "교제폭력·스토킹 피해자 전용 보호시설 4곳 → 2026년까지 17곳 (남은 2곳 → 2027년 상반기)",
     "delayed", "9곳 (Oct 2025), 13곳 (May 2026); 15곳 and the remaining 2 moved to H1 2027 (Nov 2026); made by "
                "여성가족부, 성평등가족부 since 2025-10-01"),
    ("ac-mogef-dv-legal-3000", MGEF, OTH, "피해자 무료 법률 지원 2025년 3,000건", "delayed",
     "2,640건 in 2025; made by 여성가족부, 성평등가족부 since 2025-10-01"),
    ("ac-mgef-dv-campus-edu", MGEF, OTH, "대학 신입생 교제폭력 예방교육 의무화 2027년부터", "announced", ""),
    ("ac-moj-dv-monitor-1500", MOJ, OTH, "스토킹 가해자 동시 관제 2026년 말까지 1,500명", "in_progress",
     "1,380명 in October 2026"),
    ("ac-knpa-dv-disclosure", KNPA, OTH, "'교제폭력 전력 조회' 제도 2027년 하반기 시범 도입", "announced", ""),
    # 금연
    ("ac-mohw-smoke-rate-25", MOHW, OTH, "성인 남성 흡연율 31.3% → 2030년까지 25% (→ 22%)", "in_progress",
     "29.8% provisional and the target raised to 22% (Jan 2026); 29.4% final (Nov 2026)"),
    ("ac-moef-smoke-nicotine-law", MOFE, FIS, "합성니코틴 담배 포함 담배사업법 개정안 2025년 상반기 안에 국회 제출", "achieved",
     "submitted May 2025 (on time), passed December 2025; made by 기획재정부, 재정경제부 (담배사업법) since 2026-01-02"),
    ("ac-mofe-smoke-liquid-tax", MOFE, FIS, "합성니코틴 액상 개별소비세 2026년 7월부터 부과", "achieved",
     "levied from July 2026 (on time)"),
    ("ac-mohw-smoke-warning-70", MOHW, OTH, "담뱃갑 경고그림·문구 면적 50 → 70% 2025년 12월부터 (→ 2026년 6월)", "achieved",
     "moved to June 2026 at the industry's request (Jan 2026); in force June 2026 (late)"),
    ("ac-mohw-smoke-zone-30m", MOHW, OTH, "어린이집·유치원 주변 금연구역 10m → 30m 2025년 하반기부터", "achieved",
     "from September 2025 (on time)"),
    ("ac-mohw-smoke-clinic-400k", MOHW, OTH, "금연치료 지원 2025년 40만 명", "delayed", "36만 명 in 2025"),
    ("ac-mfds-smoke-ingredients", MFDS, OTH, "담배 유해성분 분석 결과 2025년 내 첫 공개 (→ 2026년 상반기)", "achieved",
     "moved to H1 2026 (Jan 2026); published July 2026 (late)"),
    ("ac-mohw-smoke-ad-ban", MOHW, OTH, "편의점 담배 광고·진열 금지 국민건강증진법 개정안 2025년 하반기 국회 제출 (→ 2026년 상반기)",
     "cancelled", "moved to H1 2026 (Jan 2026); never submitted, replaced by a voluntary industry code (Nov 2026)"),
    ("ac-mohw-smoke-youth-500", MOHW, OTH, "청소년 전자담배 구매 모니터링 요원 2026년 500명", "in_progress",
     "430명 by October 2026"),
    # 건설현장 추락사고 예방
    ("ac-moel-fall-deaths-150", MOEL, OTH, "건설업 추락 사망자 210명 → 2026년까지 150명 이하 (→ 2027년)", "delayed",
     "98명 in H1 2025; 182명 in 2025 and the target year moved to 2027 (Nov 2026)"),
    ("ac-moel-fall-scaffold-2000", MOEL, OTH, "소규모 현장 2,000곳 시스템 비계 설치비 2025년 지원", "delayed",
     "1,150곳 by August 2025; 1,870곳 in 2025"),
    ("ac-moel-fall-inspect-20k", MOEL, OTH, "추락 위험 현장 2만 곳 2025년 내 불시 점검", "achieved",
     "7,200곳 by June 2025; 2만 1,300곳 in 2025 (on time)"),
    ("ac-molit-fall-period-guide", MOLIT, OTH, "공종별 적정 공사기간 산정 가이드라인 2025년 상반기 중 (→ 연내)", "achieved",
     "moved to the year's end (Sep 2025); out February 2026 (late)"),
    ("ac-molit-fall-safety-cost", MOLIT, OTH, "공공공사 안전관리비 요율 1.5배 2025년 7월 발주분부터", "achieved",
     "applied from July 2025 (on time)"),
    ("ac-moel-fall-aicctv-1000", MOEL, OTH, "추락 감지 AI CCTV 2026년까지 1,000개 현장 (→ 600개 현장)", "revised",
     "320개 현장 (Sep 2025); target cut to 600 for budget (Nov 2026)"),
    ("ac-moel-fall-foreign-50k", MOEL, OTH, "외국인 노동자 추락 예방 교육 2025년 5만 명 (16개 언어)", "delayed",
     "never followed up: its deadline (2025-12-31) passed with no report of achievement (date rule)"),
    ("ac-moel-fall-subcontract", MOEL, OTH, "'하청 안전 평가 제도' 2026년 상반기까지 도입", "achieved",
     "in force from June 2026 (on time)"),
    ("ac-molit-fall-sensor", MOLIT, OTH, "공사비 100억 원 이상 공공 건설현장 추락 감지 센서 의무화 2027년부터", "announced", ""),
    # 철강산업 지원
    ("ac-motie-steel-hydrogen", MOTI, IND, "수소환원제철 실증 설비 2026년 하반기 착공 (→ 2027년 상반기)", "delayed",
     "site fixed at 포항 (Jul 2025); groundbreaking moved to H1 2027 (Nov 2026); made by 산업통상자원부"),
    ("ac-motie-steel-voucher-300", MOTI, IND, "철강 수출 다변화 바우처 2025년 300곳", "achieved",
     "180곳 by June 2025; all 300 in 2025 (on time)"),
    ("ac-motie-steel-rnd", MOTI, IND, "특수강·경량 강재 R&D 2029년까지 3,000억 원 (→ 2,400억 원)", "revised",
     "cut to 2,400억 원 (Nov 2026)"),
    ("ac-motie-steel-act", MOTI, IND, "'철강산업 경쟁력 강화 특별법' 제정안 2025년 하반기 국회 제출", "achieved",
     "drafted (Jul 2025); submitted November 2025 (on time)"),
    ("ac-kcs-steel-origin-800", KCS, IND, "철강 우회 수입 원산지 검증 2025년 내 800건", "achieved",
     "140건 by July 2025; 830건 in 2025 (on time)"),
    ("ac-motie-steel-antidump", MOTI, IND, "반덤핑 조사 기간 최장 12 → 8개월 2025년 하반기부터", "delayed",
     "rule change still unfinished (Nov 2026)"),
    ("ac-motie-steel-power", MCEE, IND, "전기로 제강사 심야 전기요금 할인 특례 2025년 하반기 중 도입", "cancelled",
     "in talks with 한국전력 (Jul 2025); dropped by 기후에너지환경부, which took electricity tariffs from "
     "산업통상자원부 on 2025-10-01 (Nov 2026)"),
    ("ac-motie-steel-consult-200", MOTI, IND, "지역 철강 협력사 200곳 설비 전환 컨설팅 2025년 내", "delayed", "150곳 in 2025"),
    ("ac-moti-steel-green-20", MOTI, IND, "저탄소 철강 생산 비중 2030년까지 20%", "announced", ""),
    # 일회용품 감축
    ("ac-me-plastic-cup-law", MCEE, OTH, "일회용컵 보증금제 전국 확대 자원재활용법 개정안 2025년 하반기 국회 제출", "cancelled",
     "dropped for the '컵 따로 계산제' (Mar 2026); made by 환경부, 기후에너지환경부 since 2025-10-01"),
    ("ac-me-plastic-reuse-30", MCEE, OTH, "다회용컵 공유 시스템 시군구 12곳 → 2025년 내 30곳 (남은 4곳 → 2026년 상반기)", "achieved",
     "26곳 at the end of 2025, the rest moved to H1 2026 (Mar 2026); 30곳 in October 2026 (late)"),
    ("ac-me-plastic-straw", MCEE, OTH, "매장 내 플라스틱 빨대 과태료 2025년 7월부터", "achieved", "levied from July 2025 (on time)"),
    ("ac-me-plastic-delivery-5", MCEE, OTH, "배달용기 재사용 시범 2025년 하반기 5개 도시 (남은 2곳 → 2026년 상반기 → 2027년)",
     "delayed", "3 cities (Mar 2026); the remaining 2 moved to 2027 (Nov 2026)"),
    ("ac-me-plastic-waste-30", MCEE, OTH, "플라스틱 폐기물 발생량 2023년 대비 30% 감축 2030년까지 (→ 2028년으로 앞당김)", "revised",
     "−4% in 2025 (Mar 2026); target year moved EARLIER to 2028 (Nov 2026)"),
    ("ac-mfds-plastic-recycled", MFDS, OTH, "재생 원료 식품 용기 PP·PS 허용 고시 개정 2025년 상반기 중", "achieved",
     "amended June 2025 (on time)"),
    ("ac-mcee-plastic-cup-price", MCEE, OTH, "'컵 따로 계산제' 2026년 7월부터 전국 프랜차이즈 매장", "achieved",
     "in force from July 2026 (on time)"),
    ("ac-mcee-plastic-delivery-app", MCEE, OTH, "배달앱 주문 화면 다회용기 선택 버튼 2027년까지", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "ac", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (여성가족부's 보호시설 and 법률 지원 are",
           "listed under 성평등가족부, its successor from 2025-10-01; 환경부's promises under 기후에너지환경부, its",
           "successor that day; 산업통상자원부's 철강 promises under 산업통상부, its successor that day, except the",
           "심야 전기요금 특례, dropped by 기후에너지환경부, which took the ministry's energy work that day;",
           "기획재정부's 담배사업법 under 재정경제부, which took tax and treasury on 2026-01-02; every other body",
           "kept its name through 2026-11-26)."],
          with_commitments="--commitments" in sys.argv[1:])
