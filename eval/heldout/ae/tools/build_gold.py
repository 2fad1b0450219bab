"""Writes the hand annotations of held-out set ae to gold/*.toml.

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

MAFRA = "농림축산식품부"
MOIS = "행정안전부"
MOEF = "기획재정부"           # until 2026-01-01
MOFE = "재정경제부"           # from 2026-01-02: 기획재정부's primary successor, took tax (the 비과세 is a tax measure)
MOLIT = "국토교통부"
KNPA = "경찰청"
ME = "환경부"                 # until 2025-09-30
MCEE = "기후에너지환경부"     # from 2025-10-01, 환경부's successor
FSC = "금융위원회"
MOHW = "보건복지부"
MPM = "인사혁신처"
KIPO = "특허청"               # until 2025-09-30
MIP = "지식재산처"            # from 2025-10-01, 특허청's successor
KFTC = "공정거래위원회"

OTH = "other"      # 개식용 종식, 이륜차 안전, 헌혈, 위조상품, 실종 예방: no topic of topics.toml fits
FIS = "fiscal"     # 기획재정부 → 재정경제부's 폐업 지원금 비과세, inside the 개식용 storyline (remit body, cue 세법)

LATE = "achieved after the deadline the commitment named; no deadline fields"
WHEN = "on time, but the time words say when it was done, not what was promised: no deadline fields (q-ad)"
LATER = "deadline moved later: delayed (convention of j-ad), new date in deadline"
SHORT = "short after the deadline: delayed (convention 2)"
INST = "another body's promise or result stated by the speaker: the promising body, person '' (w-ad)"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 개식용 1/3 (county weekly, one deck line; 농식품부, 행안부, 기재부)
P1_H = "개 사육농장 연말까지 60% 문 닫는다…폐업 지원금 30일 안에 지급"
P1_D = "농식품부 '개식용 종식 2025년 이행계획'…행안부, 잔여견 보호시설에 특별교부세 300억 원"
PAGES.append(dict(
    source="2025-01-14_ae_dog-farm-weekly.txt", title=P1_H, published_at="2025-01-14",
    mentions=[
        m("ae-mafra-dog-close-60", "new", MAFRA, OTH, P1_H, target=60.0, unit="%", deadline="2025-12-31",
          dtext="연말까지", comment="the headline names no body: 농림축산식품부's plan; one headline, two commitments"),
        m("ae-mafra-dog-pay-30d", "new", MAFRA, OTH, P1_H, target=30.0, unit="일",
          comment="'30일 안에' is how fast the money is paid (the target, as ad's '7일 앞까지'), not a deadline "
                  "relative to the page's date: no deadline fields (uncertain call)"),
        m("ae-mois-dog-grant-300b", "new", MOIS, OTH, P1_D, target=30000000000.0, unit="원",
          comment="'행안부' = 행정안전부; no date in the clause. The first clause (the plan's name) is an umbrella"),
        m("ae-mafra-dog-close-60", "new", MAFRA, OTH,
          "농림축산식품부는 13일 '개식용 종식 2025년 이행계획'을 발표하고 전국 개 사육농장 1,530여 곳 가운데 60%가 연말까지 문을 닫도록 하겠다고 밝혔다.",
          target=60.0, unit="%", deadline="2025-12-31", dtext="연말까지",
          comment="a plan release and a target in one sentence (w); 1,530여 곳 is a count, 23% (next) the baseline. "
                  "The lead (한내군's 38곳) is context"),
        m("ae-mafra-dog-pay-30d", "new", MAFRA, OTH,
          "농식품부는 폐업 신고 뒤 평균 90일 걸리던 지원금 지급을 3월부터 30일 이내로 앞당기기로 했다.",
          target=30.0, unit="일", deadline="2025-03-31", dtext="3월부터",
          comment="90일 is the baseline; '3월부터' on 2025-01-14 → 2025-03-31. Not annotated before it: the law's ban "
                  "from February 2027 and the 60만 원 per dog (rules, described)"),
        m("ae-mafra-dog-shelter-10k", "new", MAFRA, OTH,
          "농식품부는 지자체 보호시설과 민간 보호소를 활용해 2026년 상반기까지 잔여견 1만 마리분의 보호 공간을 확보하겠다고 밝혔다.",
          target=10000.0, unit="마리", deadline="2026-06-30", dtext="2026년 상반기까지",
          comment="'1만 마리분' keeps the counter 마리 (ad's '1,200명분' → 명); 45만여 마리 (next) is an estimate"),
        m("ae-mois-dog-grant-300b", "new", MOIS, OTH,
          "행정안전부는 보호시설을 새로 짓거나 늘리는 시군에 특별교부세 300억 원을 상반기 중 나눠 주기로 했다.",
          target=30000000000.0, unit="원", deadline="2025-06-30", dtext="상반기 중",
          comment="a transfer to local governments by 행정안전부: not fiscal (행정안전부 has no fiscal remit and "
                  "'특별교부세' is no cue), other with the storyline"),
        m("ae-mafra-dog-career-500", "new", MAFRA, OTH, "농식품부는 올해 500명에게 축산 외 작목 전환 컨설팅과 교육을 제공한다.",
          target=500.0, unit="명", deadline="2025-12-31", dtext="올해"),
        m("ae-moef-dog-taxfree", "new", MOEF, FIS,
          "기획재정부는 농장주가 받는 폐업 지원금에 소득세를 물리지 않도록 7월 세법개정안에 비과세 조항을 담겠다고 밝혔다.",
          deadline="2025-07-31", dtext="7월",
          comment="a promise to put a clause in the July tax bill (z-ad's bills); fiscal by remit and cues ('소득세', "
                  "'세법'). Not annotated: 석하온's quote (undated), the farmers, 한내군's own shelter '올해 안에' and "
                  "the 군의회's ordinance '다음 달' (other actors), the activists"),
    ]))

# ---------------------------------------------------------------- 이륜차 1/4 (일문일답 after a briefing: lead + ―question / "answer" lines; 국토부, 경찰청, 환경부, 금융위)
P2_T = "[일문일답] 국토부 \"배달 오토바이 앞번호판, 하반기 5,000대 시범\""
P2_D = "이륜차 사망자 2027년까지 300명 이하로…내년 1월부터 모든 이륜차 정기검사"
ANS2 = "여민규's answer (named in the lead as the one answering): person 여민규; the answer opens with '\"'"
PAGES.append(dict(
    source="2025-03-11_ae_motorcycle-qa.txt", title=P2_T, published_at="2025-03-11",
    mentions=[
        m("ae-molit-moto-frontplate-5000", "new", MOLIT, OTH, P2_T, target=5000.0, unit="대", deadline="2025-12-31",
          dtext="하반기", comment="the title quotes the ministry, no person: person ''"),
        m("ae-molit-moto-deaths-300", "new", MOLIT, OTH, P2_D, target=300.0, unit="명", deadline="2027-12-31",
          dtext="2027년까지", comment="the deck names no body: 국토교통부's plan; one deck line, two commitments"),
        m("ae-molit-moto-inspect-all", "new", MOLIT, OTH, P2_D, deadline="2026-01-31", dtext="내년 1월부터",
          comment="'내년 1월부터' on 2025-03-11 → 2026-01-31"),
        m("ae-molit-moto-deaths-300", "new", MOLIT, OTH,
          "지난해 486명이던 이륜차 교통사고 사망자를 2027년까지 300명 이하로 줄이는 것이 목표다.",
          target=300.0, unit="명", deadline="2027-12-31", dtext="2027년까지",
          comment="subjectless: 국토교통부 (the sentence before); 486명 is the baseline. The next sentence (the "
                  "plan's contents) is an umbrella"),
        m("ae-knpa-moto-camera-1000", "new", KNPA, OTH,
          "경찰청은 지금 340대인 후면 번호판 단속카메라를 연내 1,000대로 늘리고, 환경부는 이륜차 배기소음 허용 기준을 105dB에서 95dB로 낮추는 시행규칙 개정을 상반기 중 마치기로 했다.",
          target=1000.0, unit="대", deadline="2025-12-31", dtext="연내",
          comment="one sentence, two commitments (two bodies): 경찰청's cameras ...; 340대 is the baseline"),
        m("ae-me-moto-noise-95", "new", ME, OTH,
          "경찰청은 지금 340대인 후면 번호판 단속카메라를 연내 1,000대로 늘리고, 환경부는 이륜차 배기소음 허용 기준을 105dB에서 95dB로 낮추는 시행규칙 개정을 상반기 중 마치기로 했다.",
          target=95.0, unit="dB", deadline="2025-06-30", dtext="상반기 중",
          comment="... and 환경부's rule: '95dB' is the rule value the amendment sets (ad's 2.58㎡), 105dB the baseline"),
        m("ae-fsc-moto-insurance-15", "new", FSC, OTH,
          "금융위원회는 배달 라이더가 일한 시간만큼만 내는 시간제 유상운송보험의 보험료를 하반기 중 평균 15% 내리도록 보험사들과 협의하겠다고 밝혔다.",
          target=15.0, unit="%", deadline="2025-12-31", dtext="하반기 중",
          comment="a promise to get the premiums cut through the insurers: 금융위원회's (uncertain call: the means "
                  "is a negotiation)"),
        m("ae-molit-moto-frontplate-5000", "new", MOLIT, OTH, "하반기부터 배달 이륜차 5,000대에 시범으로 부착한다.",
          person="여민규", target=5000.0, unit="대", deadline="2025-12-31", dtext="하반기부터",
          comment=ANS2 + ". The plate's material and size (next) describe it; '시범 운영 결과를 보고 의무화 여부를 "
                         "정하겠다' is undated and conditional"),
        m("ae-molit-moto-inspect-all", "new", MOLIT, OTH, "내년 1월부터는 배기량과 관계없이 모든 이륜차로 넓힌다.",
          person="여민규", deadline="2026-01-31", dtext="내년 1월부터",
          comment="the sentence before (260cc, 2년마다) is the rule in force; 80% (next) a statistic"),
        m("ae-molit-moto-ghost-survey", "new", MOLIT, OTH, "9월까지 전국 지자체와 함께 이륜차 사용신고 현황을 전수조사하겠다.",
          person="여민규", deadline="2025-09-30", dtext="9월까지",
          comment="never reported on again (date rule). The 직권 말소 '검토' (next) is a consideration. Not annotated: "
                  "the platforms' own plans, 일본 (foreign), '충분히 가능하다고 본다' (a view), 라이더연대's statement, "
                  "서울시's 100 cameras '올해 안에' (a local government)"),
    ]))

# ---------------------------------------------------------------- 위조상품 1/3 (English-mixed business daily, one deck line; 특허청, 공정위)
P3_T = "K-브랜드 'fake' 잡는다…특허청, 올해 온라인 위조상품 30만 건 차단"
P3_D = "상표 특사경 2026년까지 100명으로…공정위, 오픈마켓 판매자 정보 공개 법안 하반기 제출"
PAGES.append(dict(
    source="2025-04-15_ae_counterfeit-bizdaily.txt", title=P3_T, published_at="2025-04-15",
    mentions=[
        m("ae-kipo-fake-online-300k", "new", KIPO, OTH, P3_T, target=300000.0, unit="건", deadline="2025-12-31",
          dtext="올해", comment="'30만 건' → 300000.0 건"),
        m("ae-kipo-fake-police-100", "new", KIPO, OTH, P3_D, target=100.0, unit="명", deadline="2026-12-31",
          dtext="2026년까지", comment="the clause names no body: 특허청; one deck line, two commitments (two bodies)"),
        m("ae-kftc-fake-seller-law", "new", KFTC, OTH, P3_D, deadline="2025-12-31", dtext="하반기",
          comment="'공정위' = 공정거래위원회; a promise to submit a bill"),
        m("ae-kipo-fake-online-300k", "new", KIPO, OTH,
          "특허청은 14일 '위조상품 유통 근절 종합대책'을 발표하고 AI 모니터링 시스템을 도입해 올해 온라인 위조상품 판매 게시물 30만 건을 차단하겠다고 밝혔다.",
          target=300000.0, unit="건", deadline="2025-12-31", dtext="올해",
          comment="18만 2,000건 (next) is the baseline; the OECD's 4,640억 달러 and the 7조 원 are statistics"),
        m("ae-kipo-fake-police-100", "new", KIPO, OTH,
          "특허청은 현재 55명인 상표 특별사법경찰(특사경)을 2026년까지 100명으로 늘리기로 했다.",
          target=100.0, unit="명", deadline="2026-12-31", dtext="2026년까지", comment="55명 is the baseline"),
        m("ae-kipo-fake-ipdesk-5", "new", KIPO, OTH,
          "특허청은 위조 피해가 잦은 동남아와 중남미에 해외지식재산센터(IP-DESK) 5곳을 연내 추가로 연다.",
          target=5.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="the next sentence (the reason, with the industry cue '수출') is not annotated; this one carries no "
                  "cue"),
        m("ae-kipo-fake-reward-50m", "new", KIPO, OTH,
          "위조상품 신고포상금 한도는 하반기부터 최고 2,000만 원에서 5,000만 원으로 오른다.",
          target=50000000.0, unit="원", deadline="2025-12-31", dtext="하반기부터",
          comment="a promise stated as an outcome, subjectless: 특허청; 2,000만 원 is the baseline"),
        m("ae-kipo-fake-buyer-fine", "new", KIPO, OTH,
          "특허청은 위조품인 줄 알면서도 사는 소비자에게 과태료를 물리는 상표법 개정안도 연내 마련하겠다고 밝혔다.",
          deadline="2025-12-31", dtext="연내", comment="프랑스 and 이탈리아 (next) are foreign rules"),
        m("ae-kftc-fake-seller-law", "new", KFTC, OTH,
          "공정거래위원회는 오픈마켓이 위조품 판매자의 신원 정보를 소비자에게 공개하고 신고가 들어오면 곧바로 판매를 멈추게 하는 전자상거래법 개정안을 하반기 국회에 제출하기로 했다.",
          deadline="2025-12-31", dtext="하반기",
          comment="Not annotated: 구본휘's quote (undated), the open market's own '올해 … 10만 건' (a company), the "
                  "executive's '평균 2주' (a statistic), the glossary after the sign-off"),
    ]))

# ---------------------------------------------------------------- 헌혈 1/3 (news video page: title, description, [앵커]/[기자]/[인터뷰] script, comments; 복지부, 인사처)
P4_T = "헌혈률 2027년까지 3.5%로…비수도권 헌혈의집 10곳 연내 신설 / 새벽별뉴스"
PAGES.append(dict(
    source="2025-06-13_ae_blood-video.txt", title=P4_T, published_at="2025-06-13",
    mentions=[
        m("ae-mohw-blood-rate-35", "new", MOHW, OTH, P4_T, target=3.5, unit="%", deadline="2027-12-31",
          dtext="2027년까지", comment="the video's title (with the channel's name) names no body: 보건복지부's plan; "
                                     "one title, two commitments. The description (an umbrella) is not annotated"),
        m("ae-mohw-blood-centers-10", "new", MOHW, OTH, P4_T, target=10.0, unit="곳", deadline="2025-12-31",
          dtext="연내"),
        m("ae-mohw-blood-rate-35", "new", MOHW, OTH,
          "정부가 오늘 헌혈률을 2027년까지 3.5%로 끌어올리겠다는 새 혈액관리 계획을 내놨습니다.",
          target=3.5, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="the anchor's line; '정부' = the plan's body, 보건복지부; a plan release and a target in one sentence"),
        m("ae-mohw-blood-centers-10", "new", MOHW, OTH,
          "보건복지부는 오늘 발표한 '제3차 혈액관리 기본계획'에서 헌혈의집이 한 곳도 없는 비수도권 시군을 중심으로 연내 10곳을 새로 열겠다고 밝혔습니다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="the reporter's line (one sentence per line). 3.1% / 0.6%p and the 10대·20대 line are statistics"),
        m("ae-mohw-blood-eprecheck", "new", MOHW, OTH,
          "9월부터는 집에서 휴대전화로 미리 문진을 마치는 '모바일 전자문진'이 전국 헌혈의집에서 시행됩니다.",
          deadline="2025-09-30", dtext="9월부터", comment="a promise stated as an outcome, subjectless: 보건복지부"),
        m("ae-mohw-blood-bus-20", "new", MOHW, OTH, "찾아가는 헌혈에 쓰는 낡은 헌혈버스 20대는 2026년까지 모두 새 차로 바꿉니다.",
          target=20.0, unit="대", deadline="2026-12-31", dtext="2026년까지", comment="subjectless: 보건복지부"),
        m("ae-mohw-blood-plasma-85", "new", MOHW, OTH, "원료 혈장 자급률을 지금 68%에서 2029년까지 85%로 높이겠습니다.",
          person="봉은채", target=85.0, unit="%", deadline="2029-12-31", dtext="2029년까지",
          comment="the [인터뷰] line's speaker (the label names her); its first sentence (why plasma matters) is "
                  "context, so the annotated one starts after '. '; 68% is the baseline"),
        m("ae-mpm-blood-leave", "new", MPM, OTH,
          "공무원의 헌혈 참여를 늘리기 위해 인사혁신처는 하반기부터 헌혈한 공무원에게 주는 공가를 반나절에서 하루로 늘리기로 했습니다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment="'하루' is the rule value but no numeral: no target fields (uncertain call). Not annotated: "
                  "대한적십자사's '검토' (not a ministry; a consideration), 선우담's wish, the nurses' shortage, 일본's 69세 "
                  "(foreign), the credits, the related videos and the comments"),
    ]))

# ---------------------------------------------------------------- 실종 1/3 (parenting magazine's web article: ①–⑤ heads, tips box, comments; 경찰청, 복지부)
P5_S = "경찰청 사전등록률 2026년까지 80%…9월부터 실종경보 문자 30분 안에"
MAG = "the magazine reports a body's plan in ~요 style: person ''"
PAGES.append(dict(
    source="2025-07-22_ae_missing-child-magazine.txt", title="아이 지문 미리 등록하셨나요? 실종 대책, 엄마가 알아야 할 5가지",
    published_at="2025-07-22",
    mentions=[
        m("ae-knpa-missing-fingerprint-80", "new", KNPA, OTH, P5_S, target=80.0, unit="%", deadline="2026-12-31",
          dtext="2026년까지", comment="the subtitle; one line, two commitments. The title (a question and a list "
                                     "teaser) is not annotated"),
        m("ae-knpa-missing-alert-30m", "new", KNPA, OTH, P5_S, target=30.0, unit="분", deadline="2025-09-30",
          dtext="9월부터", comment="'30분 안에' is the target (how fast), '9월부터' the deadline; names no body: 경찰청"),
        m("ae-knpa-missing-fingerprint-80", "new", KNPA, OTH,
          "경찰청은 지금 65%인 18세 미만 아동의 사전등록률을 2026년까지 80%로 높이겠다고 밝혔어요.",
          target=80.0, unit="%", deadline="2026-12-31", dtext="2026년까지",
          comment=MAG + "; 65% is the baseline. The intro's 2만 4,800여 건 and 100명 are statistics, the ① head no "
                        "promise; the '현장 등록' (next) is an undated means"),
        m("ae-knpa-missing-alert-30m", "new", KNPA, OTH,
          "지금은 신고부터 문자 발송까지 평균 2시간 가까이 걸리는데, 9월부터는 30분 안에 보낼 수 있도록 절차를 줄인대요.",
          target=30.0, unit="분", deadline="2025-09-30", dtext="9월부터",
          comment="subjectless: 경찰청 (the alert is 경찰청's); 2시간 is the baseline; the 2021 start and 400명 (next) "
                  "are history"),
        m("ae-knpa-missing-ai-cctv-17", "new", KNPA, OTH,
          "경찰청은 AI가 CCTV 영상에서 아이의 옷차림과 인상착의를 찾아 주는 검색 시스템을 연내 17개 시도경찰청 모두에 갖추기로 했어요.",
          target=17.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment="'17개 시도경찰청 모두' names the target (counter 개); 5곳 (next) is the baseline"),
        m("ae-mohw-missing-tracker-20k", "new", MOHW, OTH,
          "보건복지부는 올해 치매 어르신에게 위치를 알려 주는 배회감지기 2만 대를 무료로 보급한대요.",
          target=20000.0, unit="대", deadline="2025-12-31", dtext="올해", comment="1만 4,000건 (before) is a statistic"),
        m("ae-mohw-missing-dna-60", "new", MOHW, OTH,
          "보건복지부는 해외 입양인이 현지 재외공관에서 유전자를 등록해 한국의 가족을 찾을 수 있는 곳을 34곳에서 내년 상반기까지 60곳으로 늘린대요.",
          target=60.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="34곳 is the baseline. Not annotated: 천세라's quote (undated), the bill in the 국회 and its "
                  "'통과되면 내년부터' (a conditional, lawmakers), 서울시's smart tags '하반기부터' (a local government), "
                  "the tips, the comments"),
    ]))

# ---------------------------------------------------------------- 이륜차 2/4 (public-hearing report, quoted title, one deck line; 국토부, 경찰청, 환경부, 금융위)
P6_T = "이륜차 정기검사 전 차종 확대 공청회…\"내년 1월 시행 그대로\" vs \"검사소부터 늘려야\""
P6_D = "국토부, 검사소 연말까지 300곳 지정…배기소음 95dB 기준은 연말로 밀려"
PAGES.append(dict(
    source="2025-08-26_ae_motorcycle-hearing.txt", title=P6_T, published_at="2025-08-26",
    mentions=[
        m("ae-molit-moto-inspect-all", "progress", MOLIT, OTH, P6_T, deadline="2026-01-31", dtext="내년 1월",
          comment="the first quote restates the schedule (a restated promise on course: progress); the quotes name "
                  "no one: person ''; the second quote is the panel's demand"),
        m("ae-molit-moto-testsites-300", "new", MOLIT, OTH, P6_D, target=300.0, unit="곳", deadline="2025-12-31",
          dtext="연말까지", comment="a new commitment; one deck line, two commitments (two bodies)"),
        m("ae-me-moto-noise-95", "delayed", ME, OTH, P6_D, target=95.0, unit="dB", deadline="2025-12-31",
          dtext="연말로", comment=LATER + "; the clause names no body: 환경부 (still its name on 2025-08-26)"),
        m("ae-molit-moto-inspect-all", "progress", MOLIT, OTH,
          "여민규 국토교통부 자동차정책과장은 발제에서 \"내년 1월부터 배기량과 관계없이 모든 이륜차가 정기검사를 받도록 하는 일정에는 변함이 없다\"고 말했다.",
          person="여민규", deadline="2026-01-31", dtext="내년 1월부터",
          comment="indirect frame + quote, the whole sentence; a restated promise on course: progress. The opening "
                  "sentence (the hearing; industry cue '자동차' in the rule's name) is an event, not annotated"),
        m("ae-molit-moto-testsites-300", "new", MOLIT, OTH, "국토부는 민간 정비업체를 검사소로 지정해 연말까지 300곳으로 늘리겠다고 밝혔다.",
          target=300.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment="120곳 (before) is the baseline; the fee '2만 원 안팎' (next) is an undated intention"),
        m("ae-molit-moto-frontplate-5000", "progress", MOLIT, OTH,
          "앞번호판 시범사업은 7월 시작돼 지금까지 배달 이륜차 1,800대에 번호판이 붙었다.",
          comment="a measured value without the target, before the deadline: progress, no fields; names no body: "
                  "국토교통부"),
        m("ae-knpa-moto-camera-1000", "progress", KNPA, OTH,
          "경찰청이 연내 1,000대로 늘리기로 한 후면 번호판 단속카메라는 7월 말 기준 420대가 설치됐다.",
          target=1000.0, unit="대", deadline="2025-12-31", dtext="연내",
          comment="short before the deadline: progress; the clause names the target and its date"),
        m("ae-me-moto-noise-95", "delayed", ME, OTH,
          "환경부가 상반기 중 마치겠다던 이륜차 배기소음 허용 기준 강화는 업계 반발로 연말로 미뤄졌다.",
          deadline="2025-12-31", dtext="연말로", prev="2025-06-30",
          comment=LATER + "; the old date named ('상반기 중'); the industry's demand (next) is context"),
        m("ae-fsc-moto-insurance-15", "achieved", FSC, OTH, "금융위원회는 시간제 유상운송보험료를 이달부터 평균 16% 내렸다고 밝혔다.",
          comment="done within 하반기 (August), above the promised 15%: achieved, " + WHEN + "; 16% is the result, "
                  "not the target: no target fields. Not annotated: the panellists' demands, the professor's survey, "
                  "방세원's bill '다음 달' (a lawmaker), '개정안을 확정할 예정이다' (undated)"),
    ]))

# ---------------------------------------------------------------- 개식용 2/3 (timeline article: ▶ dated entries, ■ heads; 농식품부, 행안부, 기재부)
P7_H = "[타임라인] 개 사육농장 절반 문 닫았다…잔여견 보호 공간은 4,200마리분"
P7_D = "폐업 지원금 평균 28일 만에 지급…비과세 조항은 세법개정안에"
TL = "a timeline entry that reports an outcome, annotated whole with its ▶ marker and date (entries that only name an event or a law are not)"
PAGES.append(dict(
    source="2025-10-28_ae_dog-meat-timeline.txt", title=P7_H, published_at="2025-10-28",
    mentions=[
        m("ae-mafra-dog-close-60", "progress", MAFRA, OTH, P7_H,
          comment="'절반 문 닫았다' (48%), before the deadline: progress, no fields; names no body: 농림축산식품부; "
                  "one headline, two commitments"),
        m("ae-mafra-dog-shelter-10k", "progress", MAFRA, OTH, P7_H,
          comment="a measured value without the target: progress, no fields"),
        m("ae-mafra-dog-pay-30d", "achieved", MAFRA, OTH, P7_D,
          comment="on time (since March): achieved; '28일' is the result, not the target: no fields; one deck line, "
                  "two commitments"),
        m("ae-moef-dog-taxfree", "achieved", MOEF, FIS, P7_D, comment="in the July bill, as promised: " + WHEN),
        m("ae-mafra-dog-pay-30d", "achieved", MAFRA, OTH, "▶ 2025.03 폐업 지원금 지급 기간 '신고 후 30일 이내'로 단축 시행",
          target=30.0, unit="일", comment=TL + "; " + WHEN + "; the entry names the target"),
        m("ae-mois-dog-grant-300b", "achieved", MOIS, OTH,
          "▶ 2025.06 행정안전부, 잔여견 보호시설 특별교부세 300억 원 시군 교부 완료",
          target=30000000000.0, unit="원", comment=TL + "; " + WHEN),
        m("ae-moef-dog-taxfree", "achieved", MOEF, FIS, "▶ 2025.07 정부 세법개정안에 폐업 지원금 비과세 조항 포함",
          comment=TL + "; " + WHEN + "; '정부' = the tax bill's body, 기획재정부. The 2024 entries (the law, its "
                                     "promulgation, the 60만 원 rule) and the 2025.01.13 entry (the plan's release, "
                                     "no content) are history"),
        m("ae-mafra-dog-close-60", "progress", MAFRA, OTH,
          "농림축산식품부에 따르면 9월 말까지 문을 닫은 개 사육농장은 전체의 48%인 730여 곳이다.",
          comment="a measured value without the target: progress, no fields ('9월 말까지' is the measured period)"),
        m("ae-mafra-dog-close-60", "progress", MAFRA, OTH, "농식품부는 연말까지 폐업률 60%를 채우겠다는 입장이다.",
          target=60.0, unit="%", deadline="2025-12-31", dtext="연말까지",
          comment="the body restates the promise with its date: progress"),
        m("ae-mafra-dog-close-all", "new", MAFRA, OTH,
          "남은 농장도 법 시행 두 달 전인 2026년 말까지 모두 문을 닫게 하겠다는 계획이다.",
          deadline="2026-12-31", dtext="2026년 말까지",
          comment="a new commitment, subjectless: 농림축산식품부; '모두' is no number: no target (uncertain call: "
                  "100%)"),
        m("ae-mafra-dog-shelter-10k", "progress", MAFRA, OTH,
          "잔여견 보호 공간은 지자체 보호시설 확충과 민간 보호소 위탁으로 4,200마리분이 마련됐다.",
          comment="a measured value without the target: progress, no fields. 경기도's 2 shelters '내년까지' (a "
                  "local government) is not annotated"),
        m("ae-mafra-dog-career-500", "progress", MAFRA, OTH, "축산 외 작목으로 바꾸려는 농민을 위한 전업 컨설팅은 8월까지 310명이 받았다.",
          comment="a measured value without the target: progress ('8월까지' is the measured period)"),
        m("ae-mafra-dog-adopt-abroad", "new", MAFRA, OTH,
          "농식품부는 국내에서 새 가족을 찾기 어려운 대형견을 위해 내년 초부터 해외 입양을 연결하는 사업을 시작하겠다고 밝혔다.",
          deadline="2026-03-31", dtext="내년 초부터",
          comment="a new commitment; '내년 초' on 2025-10-28 → 2026-03-31. Not annotated: the activists and farmers, "
                  "the ■ 앞으로 entry (the law's ban on 2027-02-07)"),
    ]))

# ---------------------------------------------------------------- 헌혈 2/3 (campus newspaper, one deck line; 복지부, 인사처)
P8_H = "학내 헌혈 3년 새 40% 줄어…정부, 캠퍼스 헌혈 협약 100곳 추진"
P8_D = "헌혈의집 6곳 새로 문 열어…모바일 전자문진 9월 시행"
PAGES.append(dict(
    source="2025-11-18_ae_blood-campus-paper.txt", title=P8_H, published_at="2025-11-18",
    mentions=[
        m("ae-mohw-blood-campus-100", "new", MOHW, OTH, P8_H, target=100.0, unit="곳",
          comment="'정부' = 보건복지부 (the body names it); no date in the clause; the first clause is a campus "
                  "statistic"),
        m("ae-mohw-blood-centers-10", "progress", MOHW, OTH, P8_D,
          comment="a measured value without the target, before the deadline: progress; one deck line, two "
                  "commitments"),
        m("ae-mohw-blood-eprecheck", "achieved", MOHW, OTH, P8_D, comment=WHEN),
        m("ae-mohw-blood-rate-35", "progress", MOHW, OTH,
          "보건복지부에 따르면 올해 1∼10월 전국 헌혈률은 2.9%로, 정부가 지난 6월 '제3차 혈액관리 기본계획'에서 2027년까지 끌어올리겠다고 한 3.5%와는 거리가 있다.",
          target=3.5, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="a measured value with the target and its date named, before the deadline: progress (ad's 16.9㎍/㎥). "
                  "The lead's 1,420명 / 860명 / 40% are campus statistics"),
        m("ae-mohw-blood-eprecheck", "achieved", MOHW, OTH,
          "9월부터 전국 헌혈의집에서 시행된 모바일 전자문진은 학생들 사이에서 호응이 높다.",
          comment=WHEN + "; names no body: 보건복지부; 15분 (next) is an effect"),
        m("ae-mohw-blood-centers-10", "progress", MOHW, OTH,
          "복지부는 비수도권 헌혈의집 10곳을 연내 새로 열기로 했는데, 지금까지 6곳이 문을 열었고 나머지 4곳도 연말까지 문을 열 계획이다.",
          target=10.0, unit="곳", deadline="2025-12-31", dtext="연말까지",
          comment="a measure and the promise restated on course: progress; the clause names the target; '나머지 "
                  "4곳' is the remainder of an unmoved promise, not its target"),
        m("ae-mpm-blood-leave", "achieved", MPM, OTH,
          "인사혁신처가 7월부터 공무원 헌혈 공가를 하루로 늘린 데 이어, 보건복지부는 대학과 '캠퍼스 헌혈 협약'을 맺어 헌혈한 학생에게 봉사시간을 인정하는 학교를 내년 상반기까지 100곳으로 늘리겠다고 밝혔다.",
          comment="one sentence, two commitments: 인사혁신처's leave, done within 하반기: achieved, " + WHEN + " ..."),
        m("ae-mohw-blood-campus-100", "new", MOHW, OTH,
          "인사혁신처가 7월부터 공무원 헌혈 공가를 하루로 늘린 데 이어, 보건복지부는 대학과 '캠퍼스 헌혈 협약'을 맺어 헌혈한 학생에게 봉사시간을 인정하는 학교를 내년 상반기까지 100곳으로 늘리겠다고 밝혔다.",
          target=100.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="... and 보건복지부's new campus agreements. Not annotated: the bus visits (a description), 우태건's "
                  "plans and the university office's '논의 중' (other actors), the students' words"),
    ]))

# ---------------------------------------------------------------- 위조상품 2/3 (podcast episode page: intro, timestamps, [mm:ss] speaker lines; 지식재산처, 공정위)
EP = "편다율's answer (the speaker line names her): person 편다율; the body under its name on the page's date, 지식재산처"
PAGES.append(dict(
    source="2026-01-20_ae_counterfeit-podcast.txt", title="[EP.37] 짝퉁 30만 건 차단 약속, 지켜졌을까? – 지식재산처 편다율 과장",
    published_at="2026-01-20",
    mentions=[
        m("ae-kipo-fake-online-300k", "achieved", MIP, OTH, "지난해 33만 4,000건을 차단해서 목표를 넘겼습니다.",
          person="편다율", comment=EP + "; " + WHEN + "; 33만 4,000건 is the result and the target is not named: no "
                                   "target fields. The title (a question), the intro and the rename answer (cue "
                                   "'출범', government) are not annotated"),
        m("ae-kipo-fake-police-100", "progress", MIP, OTH, "지금 78명입니다.", person="편다율",
          comment=EP + "; a measured value without the target: progress, no fields. The host's question restating "
                       "the promise is not annotated"),
        m("ae-kipo-fake-police-100", "progress", MIP, OTH,
          "올해 말까지 100명을 채우려고 행정안전부와 정원 협의를 하고 있습니다.",
          person="편다율", target=100.0, unit="명", deadline="2026-12-31", dtext="올해 말까지",
          comment="work under way and the promise restated with its date: progress; the 전담팀 (next) is an undated "
                  "intention"),
        m("ae-kipo-fake-ipdesk-5", "achieved", MIP, OTH,
          "약속드린 5곳은 지난해 베트남 호찌민, 태국 방콕, 인도네시아 자카르타, 멕시코 멕시코시티, 브라질 상파울루에 모두 문을 열었습니다.",
          person="편다율", target=5.0, unit="곳", comment=EP + "; " + WHEN + "; the clause names the target"),
        m("ae-kipo-fake-reward-50m", "delayed", MIP, OTH,
          "시행령 개정 절차가 길어지면서 지난해 하반기에서 올해 3월로 미뤄졌습니다.",
          person="편다율", deadline="2026-03-31", dtext="올해 3월로", prev="2025-12-31",
          comment=LATER + "; the old date named ('지난해 하반기에서'); the answer opens with '네, 그 부분은 송구합니다.' "
                          "(not annotated)"),
        m("ae-kipo-fake-buyer-fine", "cancelled", MIP, OTH, "구매자에게 과태료를 물리는 상표법 개정은 추진하지 않기로 했습니다.",
          person="편다율",
          comment="dropped: cancelled; the promised date is not named: no previous_deadline; the replacement "
                  "('돕는 쪽에 힘을 싣겠습니다') is undated: not a commitment"),
        m("ae-kftc-fake-seller-law", "achieved", KFTC, OTH,
          "저희 소관은 아닙니다만, 공정거래위원회가 약속대로 지난해 12월 전자상거래법 개정안을 국회에 냈고 지금 정무위원회에서 심사하고 있습니다.",
          comment=INST + "; submitted within 하반기: achieved, " + WHEN + " (the bill's review in the 국회 is context)"),
        m("ae-mip-fake-qr-1000", "new", MIP, OTH,
          "중소기업 제품에 정품 인증 QR코드를 붙일 수 있도록 2년 안에 1,000곳을 지원하겠습니다.",
          person="편다율", target=1000.0, unit="곳", deadline="2028-01-20", dtext="2년 안에",
          comment="a new commitment of the renamed body; '2년 안에' → the page's date + 2 years (DESIGN §2). Not "
                  "annotated: the host's lines, the closing, the credits, the disclaimer and the comments"),
    ]))

# ---------------------------------------------------------------- 이륜차 3/4 (riders' forum post quoting a news article; 국토부, 경찰청, 기후에너지환경부)
P10_T = "[정보] 오토바이 정기검사 시작…단속카메라는 870대에서 멈췄네요"
FORUM = "the quoted article's sentence (the post reproduces it between its '기사 내용' markers): annotated like news, person ''"
PAGES.append(dict(
    source="2026-03-17_ae_rider-forum.txt", title=P10_T, published_at="2026-03-17",
    mentions=[
        m("ae-molit-moto-inspect-all", "achieved", MOLIT, OTH, P10_T,
          comment="the post's title (as ad's blog title): in force since January, on time: achieved, no fields; "
                  "names no body: 국토교통부; one title, two commitments"),
        m("ae-knpa-moto-camera-1000", "delayed", KNPA, OTH, P10_T,
          comment=SHORT + "; names no body: 경찰청; no target in the clause (870 is the count)"),
        m("ae-molit-moto-inspect-all", "achieved", MOLIT, OTH,
          "국토교통부는 1월부터 배기량과 관계없이 모든 이륜차에 정기검사를 의무화했다.",
          comment=FORUM + "; " + WHEN + ". The user's own lines (his test, the fee, his opinion) are not annotated"),
        m("ae-molit-moto-testsites-300", "delayed", MOLIT, OTH,
          "다만 검사를 맡을 지정 정비업체는 지난해 말까지 270곳에 그쳐 목표 300곳에 못 미쳤다.",
          target=300.0, unit="곳", prev="2025-12-31",
          comment=SHORT + "; the clause names the target and the missed date ('지난해 말까지')"),
        m("ae-molit-moto-testsites-300", "delayed", MOLIT, OTH, "국토부는 이달 중 검사소 30곳을 추가로 지정하겠다고 밝혔다.",
          target=30.0, unit="곳", deadline="2026-03-31", dtext="이달 중",
          comment=LATER + "; the remainder is the target of the sentence that moves it; '이달 중' on 2026-03-17 → "
                          "2026-03-31"),
        m("ae-knpa-moto-camera-1000", "delayed", KNPA, OTH,
          "경찰청의 후면 번호판 단속카메라는 지난해 말까지 870대가 설치돼 목표였던 1,000대를 채우지 못했다.",
          target=1000.0, unit="대", prev="2025-12-31",
          comment=SHORT + "; the reason (next) is context"),
        m("ae-knpa-moto-camera-1000", "delayed", KNPA, OTH, "경찰청은 나머지 130대를 상반기 중 설치할 계획이다.",
          target=130.0, unit="대", deadline="2026-06-30", dtext="상반기 중",
          comment=LATER + "; the remainder is the target of the sentence that moves it"),
        m("ae-me-moto-noise-95", "achieved", MCEE, OTH,
          "이륜차 배기소음 허용 기준은 기후에너지환경부가 지난해 12월 시행규칙을 고치면서 이달부터 95dB로 낮아졌다.",
          target=95.0, unit="dB",
          comment="the rule amended in December 2025, on the moved date but after the promised one: " + LATE + "; "
                  "the body under its name on the page's date, 기후에너지환경부 (환경부's successor); the clause names "
                  "the rule value"),
        m("ae-me-moto-noise-95", "delayed", MCEE, OTH, "환경부 시절 상반기 중 개정하겠다던 일정보다 반년 늦었다.",
          prev="2025-06-30",
          comment="the same achievement's lateness, restated: delayed with the missed date named (uncertain call: "
                  "it adds no new fact; the achievement on the same day decides the status); '환경부 시절' names the "
                  "predecessor, the body on 2026-03-17 is 기후에너지환경부"),
        m("ae-molit-moto-frontplate-5000", "delayed", MOLIT, OTH, "배달 이륜차 앞번호판 시범 부착은 지난해 4,100대에 그쳤다.",
          prev="2025-12-31", comment=SHORT + "; '지난해' names the promised period; no target in the sentence"),
        m("ae-molit-moto-frontplate-law", "new", MOLIT, OTH,
          "국토부는 시범 결과를 토대로 앞번호판 의무화를 담은 자동차관리법 개정안을 상반기 중 국회에 내겠다고 밝혔다.",
          deadline="2026-06-30", dtext="상반기 중",
          comment="a new commitment (a bill); category by subject (other), though '자동차관리법' carries the industry "
                  "cue '자동차' (uncertain call). 라이더 단체들's opposition (next) is not annotated"),
        m("ae-molit-moto-deaths-300", "progress", MOLIT, OTH, "지난해 이륜차 교통사고 사망자는 412명으로 전년보다 15% 줄었다.",
          comment="a measured value without the target, before the deadline (2027): progress, no fields; names no "
                  "body: 국토교통부. Not annotated: the source line, the user's closing lines ('과태료 나옵니다': a "
                  "rule), the comments, the neighbouring posts"),
    ]))

# ---------------------------------------------------------------- 실종 2/3 (an official's signed contribution [기고]; 경찰청, 복지부)
OWN = "the author's own body (경찰청) in her signed piece: person 천세라 (the byline names her; uncertain call)"
PAGES.append(dict(
    source="2026-06-11_ae_missing-child-contribution.txt", title="[기고] 잃어버린 아이를 30분 안에 찾는 나라",
    published_at="2026-06-11",
    mentions=[
        m("ae-knpa-missing-ai-cctv-17", "achieved", KNPA, OTH,
          "먼저 AI가 CCTV 영상에서 인상착의를 찾아 주는 검색 시스템은 약속대로 지난해 12월까지 17개 시도경찰청 모두에 갖춰졌다.",
          person="천세라", target=17.0, unit="개",
          comment=OWN + "; " + WHEN + "; the clause names the target. The title (a slogan: '30분 안에' is no "
                                      "promise there) and the opening anecdote (22분, 40분) are not annotated"),
        m("ae-knpa-missing-fingerprint-80", "progress", KNPA, OTH, "아동 지문 사전등록률은 지난해 말 71%까지 올라왔다.",
          person="천세라", comment=OWN + "; a measured value without the target: progress, no fields"),
        m("ae-knpa-missing-fingerprint-80", "progress", KNPA, OTH,
          "경찰청은 올해 말까지 80%를 달성하기 위해 하반기에 초등학교 입학을 앞둔 아동의 보호자에게 안내 문자를 보내고, 어린이집을 찾아가는 현장 등록도 두 배로 늘릴 계획이다.",
          person="천세라", target=80.0, unit="%", deadline="2026-12-31", dtext="올해 말까지",
          comment="the promise restated with its date and its means: progress; '두 배로' (a means) is not the target"),
        m("ae-knpa-missing-alert-30m", "delayed", KNPA, OTH,
          "실종경보 문자를 지난해 9월부터 신고 후 30분 안에 보내겠다고 약속했지만, 지금도 평균 41분이 걸린다.",
          person="천세라", target=30.0, unit="분", prev="2025-09-30",
          comment=SHORT + "; the clause names the target and the missed date ('지난해 9월부터'); the reason (next) "
                          "is context"),
        m("ae-knpa-missing-alert-30m", "delayed", KNPA, OTH, "경찰청은 연말까지 발송 시간을 30분 안으로 줄이겠다.",
          person="천세라", target=30.0, unit="분", deadline="2026-12-31", dtext="연말까지", comment=LATER),
        m("ae-mohw-missing-tracker-20k", "delayed", MOHW, OTH,
          "보건복지부가 지난해 보급하기로 한 치매 어르신 배회감지기는 1만 7,000대가 보급돼 목표 2만 대에 조금 못 미쳤다.",
          target=20000.0, unit="대", prev="2025-12-31",
          comment=INST + "; " + SHORT + "; '지난해' names the promised period"),
        m("ae-mohw-missing-dna-60", "achieved", MOHW, OTH,
          "해외 입양인이 재외공관에서 유전자를 등록할 수 있는 곳은 복지부와 외교부의 협조로 지난 4월 60개 공관으로 넓어졌다.",
          target=60.0, unit="개",
          comment=INST + " (복지부 leads; 외교부 helps); done before 2026-06-30: achieved, " + WHEN + "; the unit keeps "
                         "this page's counter ('60개 공관')"),
        m("ae-knpa-missing-teams", "new", KNPA, OTH, "경찰청은 하반기부터 전국 모든 경찰서에 실종 사건만 맡는 전담 수사관을 두겠다.",
          person="천세라", deadline="2026-12-31", dtext="하반기부터",
          comment="a new commitment in the author's own words; '모든 경찰서' has no number: no target. Not "
                  "annotated: the closing appeal and the disclaimer"),
    ]))

# ---------------------------------------------------------------- all five, last (year-end roundup, two deck lines, ◆ sections, tally line after the sign-off)
P12_H = "[약속 추적] 헌혈의집 10곳 다 열었다…배달 오토바이 앞번호판 의무화는 없던 일로"
P12_D1 = "개 사육농장 폐업률 91%…잔여견 보호 공간 1만 마리분은 연말로"
P12_D2 = "상표경찰 목표 90명으로 낮춰…실종경보 문자는 아직 34분"
PAGES.append(dict(
    source="2026-11-24_ae_promise-roundup.txt", title=P12_H, published_at="2026-11-24",
    mentions=[
        m("ae-mohw-blood-centers-10", "achieved", MOHW, OTH, P12_H, target=10.0, unit="곳",
          comment=LATE + " (the last two opened September 2026); names no body: 보건복지부; one headline, two "
                         "commitments"),
        m("ae-molit-moto-frontplate-law", "cancelled", MOLIT, OTH, P12_H,
          comment="'없던 일로': cancelled; names no body: 국토교통부"),
        m("ae-mafra-dog-close-all", "progress", MAFRA, OTH, P12_D1,
          comment="a measured value without the target, before the deadline: progress, no fields; names no body: "
                  "농림축산식품부; one deck line, two commitments"),
        m("ae-mafra-dog-shelter-10k", "delayed", MAFRA, OTH, P12_D1, target=10000.0, unit="마리",
          deadline="2026-12-31", dtext="연말로", comment=LATER + "; the clause names the target"),
        m("ae-kipo-fake-police-100", "revision", MIP, OTH, P12_D2, target=90.0, unit="명",
          comment="a lowered target: revision; names no body: 지식재산처; one deck line, two commitments"),
        m("ae-knpa-missing-alert-30m", "progress", KNPA, OTH, P12_D2,
          comment="short before the moved deadline (2026-12-31): progress, no fields (uncertain call: the "
                  "commitment was reported delayed in June)"),
        # 개식용 종식
        m("ae-mafra-dog-close-60", "delayed", MAFRA, OTH,
          "지난해 말까지 문을 닫은 개 사육농장은 57%로, 농림축산식품부가 약속한 60%에 조금 못 미쳤다.",
          target=60.0, unit="%", prev="2025-12-31",
          comment=SHORT + "; the clause names the target and the missed date. The intro is not annotated"),
        m("ae-mafra-dog-close-all", "progress", MAFRA, OTH,
          "올해 10월 말 기준 폐업률은 91%로, 연말까지 남은 농장도 모두 문을 닫게 하겠다는 목표에 다가섰다.",
          deadline="2026-12-31", dtext="연말까지",
          comment="a measured value with the promise and its date named, before the deadline: progress; names no "
                  "body: 농림축산식품부"),
        m("ae-mafra-dog-shelter-10k", "delayed", MAFRA, OTH,
          "잔여견 보호 공간은 상반기 목표였던 1만 마리분에 못 미치는 8,300마리분이 마련됐고, 농식품부는 연말까지 나머지를 채우겠다고 밝혔다.",
          target=10000.0, unit="마리", deadline="2026-12-31", dtext="연말까지", prev="2026-06-30",
          comment=LATER + "; the missed date named ('상반기 목표였던'); the clause names the target; '나머지' has no "
                          "number"),
        m("ae-mafra-dog-adopt-abroad", "cancelled", MAFRA, OTH,
          "대형견 해외 입양 연결 사업은 동물단체의 반대와 항공 운송 부담에 부딪혀 시작도 못 하고 접혔다.",
          comment="dropped: cancelled; the promised date not named: no previous_deadline; names no body: "
                  "농림축산식품부"),
        m("ae-mafra-dog-career-500", "achieved", MAFRA, OTH, "전업 컨설팅은 지난해 520명이 받아 목표 500명을 넘겼다.",
          target=500.0, unit="명", comment=WHEN + "; the clause names the target"),
        m("ae-moef-dog-taxfree", "achieved", MOFE, FIS, "재정경제부에 따르면 폐업 지원금 비과세는 올해 1월 지급분부터 적용되고 있다.",
          comment="the clause in force: achieved, no fields; the body under its name on the page's date, 재정경제부 "
                  "(기획재정부's primary successor, which took tax); fiscal by remit ('비과세' itself is no cue: uncertain "
                  "call, no cue in this sentence)"),
        # 이륜차 안전
        m("ae-molit-moto-frontplate-law", "cancelled", MOLIT, OTH,
          "국토교통부는 앞번호판 의무화를 담은 자동차관리법 개정안을 상반기 중 내겠다던 계획을 접었다.",
          prev="2026-06-30",
          comment="dropped: cancelled; the missed date named ('상반기 중'); industry cue '자동차' in the law's name "
                  "(kept other). The reason (next) is context"),
        m("ae-knpa-moto-twoway-500", "new", KNPA, OTH,
          "대신 경찰청은 내년까지 앞뒤를 모두 찍는 양방향 단속카메라 500대를 설치하겠다고 밝혔다.",
          target=500.0, unit="대", deadline="2027-12-31", dtext="내년까지", comment="a new commitment"),
        m("ae-knpa-moto-camera-1000", "achieved", KNPA, OTH, "후면 번호판 단속카메라는 6월에야 1,000대를 채웠다.",
          target=1000.0, unit="대",
          comment="reached on the moved date (상반기), after the promised one (2025): " + LATE + "; the clause names "
                  "the target; names no body: 경찰청"),
        m("ae-molit-moto-testsites-300", "achieved", MOLIT, OTH, "지정 정비업체 검사소는 4월에야 300곳이 됐다.",
          target=300.0, unit="곳", comment=LATE + " (promised for 2025, moved to March 2026, done in April)"),
        m("ae-molit-moto-deaths-300", "progress", MOLIT, OTH,
          "올해 9월까지 이륜차 사망자는 297명으로 지난해 같은 기간보다 12% 줄었다.",
          comment="a measured value (nine months) without the target, before the deadline (2027): progress, no "
                  "fields ('9월까지' is the measured period; 297 < 300 is not the yearly target reached)"),
        # 헌혈
        m("ae-mohw-blood-centers-10", "achieved", MOHW, OTH,
          "비수도권 헌혈의집 10곳은 지난해 8곳이 문을 연 데 이어 남은 2곳이 올해 9월에야 문을 열었다.",
          target=10.0, unit="곳", comment=LATE + "; the clause names the target"),
        m("ae-mohw-blood-rate-35", "progress", MOHW, OTH, "지난해 헌혈률은 3.2%로 올라섰다.",
          comment="a measured value without the target, before the deadline (2027): progress, no fields"),
        m("ae-mohw-blood-bus-20", "progress", MOHW, OTH,
          "헌혈버스는 20대 가운데 14대를 새 차로 바꿨고, 보건복지부는 연말까지 나머지 6대를 바꾸겠다고 밝혔다.",
          target=20.0, unit="대", deadline="2026-12-31", dtext="연말까지",
          comment="a measure and the promise restated on course (its '2026년까지' = '연말까지'): progress; the clause "
                  "names the target; '나머지 6대' is the remainder of an unmoved promise"),
        m("ae-mohw-blood-campus-100", "delayed", MOHW, OTH,
          "캠퍼스 헌혈 협약은 상반기까지 74개 대학과 맺는 데 그쳐 목표 100곳에 못 미쳤다.",
          target=100.0, unit="곳", prev="2026-06-30",
          comment=SHORT + "; the clause names the target and the missed date ('상반기까지'); names no body: "
                          "보건복지부"),
        m("ae-mohw-blood-plasma-85", "progress", MOHW, OTH, "원료 혈장 자급률은 지난해 71%였다.",
          comment="a measured value without the target: progress, no fields (the revision below decides the status)"),
        m("ae-mohw-blood-plasma-85", "revision", MOHW, OTH,
          "보건복지부는 혈장 자급률 85% 달성 시점을 2029년에서 2028년으로 앞당겼다.",
          target=85.0, unit="%", deadline="2028-12-31", dtext="2028년으로", prev="2029-12-31",
          comment="a deadline moved EARLIER: revision (ac's 2030 → 2028)"),
        # 위조상품
        m("ae-kipo-fake-police-100", "revision", MIP, OTH,
          "지식재산처는 상표 특별사법경찰을 올해 말까지 100명으로 늘리겠다던 목표를 정원 협의 끝에 90명으로 낮췄다.",
          target=90.0, unit="명", deadline="2026-12-31", dtext="올해 말까지",
          comment="a lowered target, the date unchanged: revision (the new target in target_value)"),
        m("ae-kipo-fake-police-100", "progress", MIP, OTH, "10월 기준 인원은 84명이다.",
          comment="a measured value without the target: progress, no fields; the revision the same day decides the "
                  "status"),
        m("ae-kipo-fake-reward-50m", "achieved", MIP, OTH, "위조상품 신고포상금 한도 5,000만 원은 4월에야 시행됐다.",
          target=50000000.0, unit="원",
          comment=LATE + " (moved to March, done in April); names no body: 지식재산처"),
        m("ae-mip-fake-qr-1000", "progress", MIP, OTH, "정품 인증 QR코드 지원을 받은 중소기업은 210곳이다.",
          comment="a measured value without the target: progress, no fields"),
        # 실종 예방
        m("ae-knpa-missing-fingerprint-80", "progress", KNPA, OTH,
          "아동 지문 사전등록률은 10월 기준 76%로, 연말 목표 80%까지 4%포인트 남았다.",
          target=80.0, unit="%", deadline="2026-12-31", dtext="연말",
          comment="short before the deadline: progress; the clause names the target and its date"),
        m("ae-knpa-missing-alert-30m", "progress", KNPA, OTH, "실종경보 문자 발송에는 아직 평균 34분이 걸린다.",
          comment="short before the moved deadline (2026-12-31): progress, no fields (uncertain call, as the deck)"),
        m("ae-knpa-missing-teams", "achieved", KNPA, OTH,
          "모든 경찰서에 실종 전담 수사관을 두겠다던 경찰청 계획은 8월 마무리됐다.",
          comment="done within 하반기: achieved, " + WHEN),
        m("ae-mohw-missing-watch-30k", "new", MOHW, OTH,
          "보건복지부는 내년부터 배회감지기를 손목시계형으로 바꿔 한 해 3만 대씩 보급하겠다고 밝혔다.",
          target=30000.0, unit="대", deadline="2027-12-31", dtext="내년부터",
          comment="a new commitment (a new scheme and yearly number after the missed 2만 대); '내년부터' on 2026-11-24 "
                  "→ 2027-12-31 (y-ad). Not annotated: the closing assessment, the outlet's own plan, the tally line "
                  "and the series links after the sign-off"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-24)
LAST = "2026-11-24"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    # 개식용 종식
    ("ae-mafra-dog-close-60", MAFRA, OTH, "개 사육농장 폐업률 23% → 2025년 말까지 60%", "delayed",
     "48% by September 2025 and 60% restated (Oct 2025); 57% at the end of 2025 (Nov 2026)"),
    ("ae-mafra-dog-close-all", MAFRA, OTH, "남은 개 사육농장 2026년 말까지 모두 폐업", "in_progress",
     "91% by October 2026 (Nov 2026)"),
    ("ae-mafra-dog-pay-30d", MAFRA, OTH, "폐업이행촉진지원금 지급 기간 90 → 30일 이내 2025년 3월부터", "achieved",
     "in force from March 2025, 평균 28일 (on time)"),
    ("ae-mafra-dog-shelter-10k", MAFRA, OTH, "잔여견 보호 공간 2026년 상반기까지 1만 마리분 (→ 2026년 말)", "delayed",
     "4,200마리분 (Oct 2025); 8,300마리분 and the rest moved to the end of 2026 (Nov 2026)"),
    ("ae-mois-dog-grant-300b", MOIS, OTH, "잔여견 보호시설 특별교부세 300억 원 2025년 상반기 중 교부", "achieved",
     "all paid out June 2025 (on time)"),
    ("ae-mafra-dog-career-500", MAFRA, OTH, "전업 희망 농민 500명 컨설팅·교육 2025년", "achieved",
     "310명 by August 2025; 520명 in 2025 (on time)"),
    ("ae-moef-dog-taxfree", MOFE, FIS, "폐업 지원금 비과세 조항 2025년 7월 세법개정안에", "achieved",
     "in the July 2025 tax bill (on time), applied from January 2026; made by 기획재정부, 재정경제부 (tax) since "
     "2026-01-02"),
    ("ae-mafra-dog-adopt-abroad", MAFRA, OTH, "대형 잔여견 해외 입양 연결 사업 2026년 초부터", "cancelled",
     "dropped before it started (Nov 2026)"),
    # 이륜차 안전
    ("ae-molit-moto-deaths-300", MOLIT, OTH, "이륜차 교통사고 사망자 486명 → 2027년까지 300명 이하", "in_progress",
     "412명 in 2025 (Mar 2026); 297명 in January–September 2026"),
    ("ae-molit-moto-frontplate-5000", MOLIT, OTH, "배달 이륜차 5,000대 앞번호판 시범 부착 2025년 하반기부터", "delayed",
     "1,800대 (Aug 2025); 4,100대 in 2025 (Mar 2026)"),
    ("ae-molit-moto-inspect-all", MOLIT, OTH, "이륜차 정기검사 260cc 초과 → 전 차종 2026년 1월부터", "achieved",
     "schedule kept (Aug 2025); in force January 2026 (on time)"),
    ("ae-knpa-moto-camera-1000", KNPA, OTH, "후면 번호판 단속카메라 340 → 2025년 내 1,000대 (남은 130대 → 2026년 상반기)",
     "achieved", "420대 (Aug 2025); 870대 at the end of 2025 and the rest moved to H1 2026 (Mar 2026); 1,000대 in "
                 "June 2026 (late)"),
    ("ae-me-moto-noise-95", MCEE, OTH, "이륜차 배기소음 허용 기준 105 → 95dB 시행규칙 2025년 상반기 중 (→ 연말)", "achieved",
     "moved to the end of 2025 (Aug 2025); amended December 2025 by 기후에너지환경부 (late); made by 환경부, "
     "기후에너지환경부 since 2025-10-01"),
    ("ae-fsc-moto-insurance-15", FSC, OTH, "배달 라이더 시간제 유상운송보험료 평균 15% 인하 2025년 하반기 중", "achieved",
     "cut 16% from August 2025 (on time)"),
    ("ae-molit-moto-ghost-survey", MOLIT, OTH, "'유령 이륜차' 사용신고 현황 전수조사 2025년 9월까지", "delayed",
     "never followed up: its deadline (2025-09-30) passed with no report of achievement (date rule)"),
    ("ae-molit-moto-testsites-300", MOLIT, OTH, "이륜차 검사소(지정 정비업체) 120 → 2025년 말까지 300곳 (남은 30곳 → 2026년 3월)",
     "achieved", "270곳 at the end of 2025 and 30 more moved to March 2026 (Mar 2026); 300곳 in April 2026 (late)"),
    ("ae-molit-moto-frontplate-law", MOLIT, OTH, "앞번호판 의무화 자동차관리법 개정안 2026년 상반기 중 국회 제출", "cancelled",
     "dropped (Nov 2026)"),
    ("ae-knpa-moto-twoway-500", KNPA, OTH, "양방향 단속카메라 500대 2027년까지", "announced", ""),
    # 헌혈
    ("ae-mohw-blood-rate-35", MOHW, OTH, "헌혈률 3.1% → 2027년까지 3.5%", "in_progress",
     "2.9% in January–October 2025 (Nov 2025); 3.2% in 2025 (Nov 2026)"),
    ("ae-mohw-blood-plasma-85", MOHW, OTH, "원료 혈장 자급률 68% → 2029년까지 85% (→ 2028년)", "revised",
     "71% in 2025 and the date moved earlier to 2028 (Nov 2026)"),
    ("ae-mohw-blood-centers-10", MOHW, OTH, "비수도권 헌혈의집 2025년 내 10곳 신설", "achieved",
     "6곳 and the rest restated for the year's end (Nov 2025); 8곳 in 2025, the last 2 in September 2026 (late)"),
    ("ae-mohw-blood-eprecheck", MOHW, OTH, "모바일 전자문진 2025년 9월부터 전국 헌혈의집", "achieved",
     "in force September 2025 (on time)"),
    ("ae-mohw-blood-bus-20", MOHW, OTH, "노후 헌혈버스 20대 2026년까지 교체", "in_progress",
     "14대 and the rest restated for the year's end (Nov 2026)"),
    ("ae-mpm-blood-leave", MPM, OTH, "공무원 헌혈 공가 반나절 → 하루 2025년 하반기부터", "achieved",
     "from July 2025 (on time)"),
    ("ae-mohw-blood-campus-100", MOHW, OTH, "'캠퍼스 헌혈 협약' 대학 2026년 상반기까지 100곳", "delayed",
     "74개 대학 by June 2026 (Nov 2026)"),
    # 위조상품
    ("ae-kipo-fake-online-300k", MIP, OTH, "온라인 위조상품 판매 게시물 2025년 30만 건 차단", "achieved",
     "33만 4,000건 in 2025 (on time); made by 특허청, 지식재산처 since 2025-10-01"),
    ("ae-kipo-fake-police-100", MIP, OTH, "상표 특별사법경찰 55 → 2026년까지 100명 (→ 90명)", "revised",
     "78명 and 100 restated (Jan 2026); target cut to 90, 84명 by October 2026 (Nov 2026)"),
    ("ae-kipo-fake-ipdesk-5", MIP, OTH, "해외지식재산센터(IP-DESK) 2025년 내 5곳 추가", "achieved",
     "all five opened in 2025 (on time)"),
    ("ae-kipo-fake-reward-50m", MIP, OTH, "위조상품 신고포상금 한도 2,000만 → 5,000만 원 2025년 하반기부터 (→ 2026년 3월)",
     "achieved", "moved to March 2026 (Jan 2026); in force April 2026 (late)"),
    ("ae-kipo-fake-buyer-fine", MIP, OTH, "위조품 고의 구매자 과태료 상표법 개정안 2025년 내 마련", "cancelled",
     "dropped after public consultation (Jan 2026)"),
    ("ae-kftc-fake-seller-law", KFTC, OTH, "오픈마켓 위조품 판매자 정보 공개·판매 중지 전자상거래법 개정안 2025년 하반기 국회 제출",
     "achieved", "submitted December 2025 (on time)"),
    ("ae-mip-fake-qr-1000", MIP, OTH, "중소기업 1,000곳 정품 인증 QR코드 지원 2년 안에 (2028-01-20)", "in_progress",
     "210곳 (Nov 2026)"),
    # 실종 예방
    ("ae-knpa-missing-fingerprint-80", KNPA, OTH, "아동 지문 등 사전등록률 65% → 2026년까지 80%", "in_progress",
     "71% at the end of 2025 (Jun 2026); 76% by October 2026"),
    ("ae-knpa-missing-alert-30m", KNPA, OTH, "실종경보 문자 발송 평균 2시간 → 30분 이내 2025년 9월부터 (→ 2026년 말)",
     "in_progress", "41분 and moved to the end of 2026 (Jun 2026); 34분 (Nov 2026), before the moved deadline"),
    ("ae-knpa-missing-ai-cctv-17", KNPA, OTH, "AI CCTV 인상착의 검색 시스템 2025년 내 17개 시도경찰청 모두", "achieved",
     "all 17 by December 2025 (on time)"),
    ("ae-mohw-missing-tracker-20k", MOHW, OTH, "치매 노인 배회감지기 2025년 2만 대 무료 보급", "delayed",
     "1만 7,000대 in 2025 (Jun 2026)"),
    ("ae-mohw-missing-dna-60", MOHW, OTH, "해외 입양인 유전자 등록 재외공관 34 → 2026년 상반기까지 60곳", "achieved",
     "60 posts in April 2026 (on time)"),
    ("ae-knpa-missing-teams", KNPA, OTH, "전국 모든 경찰서 실종 전담 수사관 2026년 하반기부터", "achieved",
     "done August 2026 (on time)"),
    ("ae-mohw-missing-watch-30k", MOHW, OTH, "손목시계형 배회감지기 2027년부터 한 해 3만 대", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "ae", PAGES, COMMITMENTS, LAST,
          ["ministry = the responsible body under the name valid on that date (환경부's 배기소음 promise is",
           "listed under 기후에너지환경부, its successor from 2025-10-01; 특허청's 위조상품 promises under",
           "지식재산처, its successor that day; 기획재정부's 비과세 (a tax measure) under 재정경제부, its primary",
           "successor from 2026-01-02; every other body kept its name through 2026-11-24)."],
          with_commitments="--commitments" in sys.argv[1:])
