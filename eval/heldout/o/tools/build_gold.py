"""Writes the hand annotations of held-out set o to gold/*.toml.

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

MPM = "인사혁신처"
MOIS = "행정안전부"
MOHW = "보건복지부"
MOLIT = "국토교통부"
KNPA = "경찰청"
KCC = "방송통신위원회"          # until 2025-09-30
KMCC = "방송미디어통신위원회"    # from 2025-10-01 (replaces 방송통신위원회)
MCST = "문화체육관광부"
MMA = "병무청"

O = "other"      # every commitment of the set (see NOTES.md: no topic of topics.toml fits)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (sample-corpus convention, as in j/k/l/m/n), new date in deadline"
WON300 = 3000000.0   # 300만 원

PAGES: list[dict] = []

# ---------------------------------------------------------------- 공무원 처우 1/3 (wire, (세종=) dateline; 인사혁신처 + 행정안전부)
GIL = "길도현"
P1_H = "9급 초임 내년까지 월 300만 원으로…민원 수당 7월부터 7만 원"
PAGES.append(dict(
    source="2025-01-21_o_junior-officials-wire.txt", title=P1_H, published_at="2025-01-21",
    mentions=[
        m("o-mpm-pay-3m", "new", MPM, O, P1_H, target=WON300, unit="원", deadline="2026-12-31", dtext="내년까지",
          comment="the headline names no body: 인사혁신처's plan; '월 300만 원' → 300만 원"),
        m("o-mpm-allowance-70k", "new", MPM, O, P1_H, target=70000.0, unit="원", deadline="2025-07-31", dtext="7월부터",
          comment="one headline, two commitments"),
        m("o-mpm-pay-3m", "new", MPM, O, "인사혁신처가 9급 1호봉 공무원의 월 보수를 내년까지 300만 원으로 올린다.",
          target=WON300, unit="원", deadline="2026-12-31", dtext="내년까지",
          comment="the wire dateline is not part of the sentence; 1만 2,700명 / 80% / 262만 원 / 21.9대 1 (next paragraph) "
                  "are statistics and the baseline"),
        m("o-mpm-allowance-70k", "new", MPM, O,
          "인사처는 민원 업무를 맡은 공무원에게 주는 민원 업무 수당을 월 5만 원에서 7만 원으로 올려 7월부터 지급한다.",
          target=70000.0, unit="원", deadline="2025-07-31", dtext="7월부터", comment="월 5만 원 is the baseline"),
        m("o-mpm-job-posting-30", "new", MPM, O,
          "하반기부터는 6급 이하 정기 인사에서 본인이 희망한 직무에 배치하는 '직무 공모' 비율을 30%까지 높인다.",
          target=30.0, unit="%", deadline="2025-12-31", dtext="하반기부터",
          comment="subjectless: 인사처 from the sentence before; '10% 안팎' (next sentence) is the baseline"),
        m("o-mois-guards-1000", "new", MOIS, O,
          "행안부는 연내 전국 지자체 민원실 1,000곳에 청원경찰이나 안전요원을 배치하도록 지원한다.",
          target=1000.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("o-mois-call-recording", "new", MOIS, O,
          "3월까지는 모든 지자체 민원 전화에 통화 녹음 기능을 갖추고, 폭언이나 성희롱이 이어지면 공무원이 먼저 전화를 끊을 수 있도록 지침을 고친다.",
          deadline="2025-03-31", dtext="3월까지",
          comment="subjectless: 행안부; one commitment (the recording and the rule that goes with it); '모든' is no number"),
        m("o-mois-name-hiding", "new", MOIS, O,
          "9월부터는 지자체 누리집 조직도에 공무원 이름을 빼고 직급과 담당 업무만 싣는다.",
          deadline="2025-09-30", dtext="9월부터", comment="subjectless: 행안부"),
        m("o-mpm-pay-3m", "new", MPM, O,
          "길도현 인사혁신처 인사정책국장은 \"젊은 공무원이 떠나는 건 낮은 보수와 악성 민원, 원치 않는 보직이 한꺼번에 겹치기 때문\"이라며 \"300만 원은 내년 안에 반드시 맞추겠다\"고 말했다.",
          person=GIL, target=WON300, unit="원", deadline="2026-12-31", dtext="내년 안에",
          comment="'인상 폭을 두고 기획재정부와 협의하기로 했다' (after) is a consultation; 2.5% is a statistic; the union's "
                  "350만 원, 서울시's cameras and the professor are not annotated"),
    ]))

# ---------------------------------------------------------------- 산후조리 1/3 (press-release style: ▲ lines, one deck line; 보건복지부)
EOM = "엄다인"
P2_H = "공공산후조리원 2027년까지 40곳으로…산후우울 검사 하반기부터 모든 산모에"
P2_D = "산후조리원 요금·감염 정보 7월 한곳에 공개"
FEE_CAP = "산후조리원 요금이 지나치게 오르지 않도록 지자체가 상한을 정하는 요금 상한제는 내년 상반기 5개 시군에서 시범 운영한다."
PAGES.append(dict(
    source="2025-02-25_o_postpartum-release.txt", title=P2_H, published_at="2025-02-25",
    mentions=[
        m("o-mohw-public-40", "new", MOHW, O, P2_H, target=40.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="the headline names no body: 보건복지부's plan"),
        m("o-mohw-depression-check", "new", MOHW, O, P2_H, deadline="2025-12-31", dtext="하반기부터",
          comment="one headline, two commitments; '모든 산모' is the scope, no number"),
        m("o-mohw-info-site", "new", MOHW, O, P2_D, deadline="2025-07-31", dtext="7월"),
        m("o-mohw-public-40", "new", MOHW, O, "보건복지부가 지금 21곳인 공공산후조리원을 2027년까지 40곳으로 늘린다.",
          target=40.0, unit="곳", deadline="2027-12-31", dtext="2027년까지", comment="21곳 is the baseline"),
        m("o-mohw-public-40", "new", MOHW, O, "▲공공산후조리원 21곳→40곳 확충(2027년까지)",
          target=40.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="each ▲ point stands on its own line: one sentence each, the ▲ included ('주요 내용은 다음과 같다.' is not)"),
        m("o-mohw-info-site", "new", MOHW, O, "▲산후조리원 요금·감염 정보 통합 공개(7월)", deadline="2025-07-31", dtext="7월"),
        m("o-mohw-depression-check", "new", MOHW, O, "▲산후우울 검사 모든 산모로 확대(하반기부터)",
          deadline="2025-12-31", dtext="하반기부터"),
        m("o-mohw-visit-income", "new", MOHW, O, "▲산모·신생아 건강관리 서비스 소득 기준 폐지(내년 1월부터)",
          deadline="2026-01-31", dtext="내년 1월부터"),
        m("o-mohw-fee-cap-pilot", "new", MOHW, O, "▲산후조리원 요금 상한제 5개 시군 시범(내년 상반기)",
          target=5.0, unit="개", deadline="2026-06-30", dtext="내년 상반기", comment="'5개 시군' → 5 개 (l's '5개 지역')"),
        m("o-mohw-info-site", "new", MOHW, O,
          "복지부는 산모가 지역별 산후조리원의 요금과 감염 사고 이력을 한 번에 비교할 수 있는 누리집 '산후조리 한눈에'를 7월 연다.",
          deadline="2025-07-31", dtext="7월",
          comment="85% / 326만 원 / 477만 원 / 60% / 9곳 / 60곳 (the paragraph before) are statistics"),
        m("o-mohw-depression-check", "new", MOHW, O,
          "산후우울 검사는 지금은 일부 보건소에서만 하지만, 하반기부터는 모든 산모가 출산 뒤 1년 안에 두 차례 무료로 받을 수 있다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment="the service is 복지부's (its plan); '1년 안에 두 차례' are parameters of the service, not a target"),
        m("o-mohw-visit-income", "new", MOHW, O,
          "건강관리사가 집으로 찾아가 산모와 신생아를 돌보는 산모·신생아 건강관리 서비스는 내년 1월부터 소득과 상관없이 모든 출산 가정이 신청할 수 있게 된다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="an eligibility rule dropped, no target number; '기준중위소득 150%' (next sentence) is the old rule"),
        m("o-mohw-fee-cap-pilot", "new", MOHW, O, FEE_CAP, target=5.0, unit="개", deadline="2026-06-30", dtext="내년 상반기"),
        m("o-mohw-infection-2x", "new", MOHW, O, "산후조리원 감염 관리 점검은 올해부터 연 1회에서 연 2회로 늘린다.",
          target=2.0, unit="회", deadline="2025-12-31", dtext="올해부터",
          comment="subjectless: 복지부; 연 1회 is the baseline; 140건 (next sentence) is a statistic"),
        m("o-mohw-public-40", "new", MOHW, O,
          "엄다인 복지부 출산정책과장은 \"산후조리는 이제 선택이 아니라 회복에 꼭 필요한 과정이 됐다\"며 \"2027년까지 공공산후조리원 40곳을 채워 지역 산모가 멀리 가지 않아도 되게 하겠다\"고 말했다.",
          person=EOM, target=40.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="the 연합회's objection, 방하진's 100만 원 bill, 경기도's 50만 → 70만 원 and the professor's 20곳 / 2030 "
                  "forecast are not annotated"),
    ]))

# ---------------------------------------------------------------- 개인형 이동장치 1/3 (straight news, two deck lines; 국토교통부 + 경찰청)
GUK = "국태린"
EO = "어진솔"
P3_H = "전동킥보드 시속 25km→20km로…대여업체 면허 확인 내년 1월부터 의무화"
P3_D1 = "국토부, 'PM법' 제정안 상반기 국회 제출…전용 주차구역 2026년까지 1만 곳"
P3_D2 = "경찰청, AI 단속 카메라 하반기까지 100대 설치"
PAGES.append(dict(
    source="2025-03-18_o_kickboard-safety.txt", title=P3_H, published_at="2025-03-18",
    mentions=[
        m("o-molit-pm-speed-20", "new", MOLIT, O, P3_H, target=20.0, unit="km",
          comment="the headline names no body: 국토교통부's plan; '시속 20km' → 20 km (the page's counter); the clause has no date"),
        m("o-molit-pm-license", "new", MOLIT, O, P3_H, deadline="2026-01-31", dtext="내년 1월부터",
          comment="one headline, two commitments"),
        m("o-molit-pm-bill", "new", MOLIT, O, P3_D1, deadline="2025-06-30", dtext="상반기"),
        m("o-molit-pm-parking", "new", MOLIT, O, P3_D1, target=10000.0, unit="곳", deadline="2026-12-31",
          dtext="2026년까지", comment="one deck line, two commitments"),
        m("o-knpa-pm-camera-100", "new", KNPA, O, P3_D2, target=100.0, unit="대", deadline="2025-12-31",
          dtext="하반기까지"),
        m("o-molit-pm-speed-20", "new", MOLIT, O,
          "국토교통부가 공유 전동킥보드 같은 개인형 이동장치(PM)의 최고 속도를 7월부터 시속 25km에서 20km로 낮춘다.",
          target=20.0, unit="km", deadline="2025-07-31", dtext="7월부터",
          comment="a limit lowered to a stated value is the target; 25km is the baseline; 2,310건 / 23명 / 41% / 29만 대 "
                  "(the paragraph after) are statistics"),
        m("o-molit-pm-license", "new", MOLIT, O,
          "국토부는 대여업체가 이용자의 운전면허를 확인하도록 하는 의무를 내년 1월부터 시행한다.",
          deadline="2026-01-31", dtext="내년 1월부터"),
        m("o-molit-pm-bill", "new", MOLIT, O,
          "이를 위해 'PM 안전 및 이용 활성화에 관한 법률' 제정안을 상반기 안에 국회에 낸다.",
          deadline="2025-06-30", dtext="상반기 안에", comment="subjectless: 국토부 from the sentence before"),
        m("o-molit-pm-parking", "new", MOLIT, O, "국토부는 지자체와 함께 2026년까지 PM 전용 주차구역 1만 곳을 만든다.",
          target=10000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
        m("o-molit-pm-stats", "new", MOLIT, O, "5월부터는 시도별 PM 사고 통계를 매달 공개한다.",
          deadline="2025-05-31", dtext="5월부터",
          comment="subjectless: 국토부 from the sentence before; '매달' is a parameter"),
        m("o-knpa-pm-camera-100", "new", KNPA, O,
          "경찰청은 하반기까지 두 명이 함께 타거나 안전모를 쓰지 않은 이용자를 자동으로 잡아내는 AI 단속 카메라 100대를 대학가와 역세권에 설치한다.",
          target=100.0, unit="대", deadline="2025-12-31", dtext="하반기까지"),
        m("o-knpa-pm-edu-3000", "new", KNPA, O, "연내 전국 중·고등학교 3,000곳을 찾아가는 PM 안전교육도 한다.",
          target=3000.0, unit="곳", deadline="2025-12-31", dtext="연내", comment="subjectless: 경찰청"),
        m("o-molit-pm-speed-20", "new", MOLIT, O,
          "국태린 국토부 생활교통정책과장은 \"속도를 시속 5km만 낮춰도 부딪혔을 때의 충격이 3분의 1 가까이 줄어든다\"며 \"7월부터 모든 대여 킥보드에 20km 제한이 걸리도록 업체들과 준비를 마치겠다\"고 말했다.",
          person=GUK, target=20.0, unit="km", deadline="2025-07-31", dtext="7월부터",
          comment="5km / 3분의 1 are his illustration; 어진솔's quote (next sentence) has no promise; the operators' request, "
                  "대전시's 3곳 / 시속 15km and the 보행권네트워크 are not annotated"),
    ]))

# ---------------------------------------------------------------- 장애인 방송 1/3 (Q&A interview, two deck lines; 방송통신위원회)
NA = "나예솔"
P4_H = ("[인터뷰] 나예솔 방통위 이용자정책국장 \"재난방송 수어통역 7월부터 지상파 100%…수어 편성 의무 내년 7%로\"")
P4_D1 = "장애인용 맞춤형 TV 올해 1만 5,000대 보급"
P4_D2 = "'AI 수어 아바타' 하반기 시범 방송"
PAGES.append(dict(
    source="2025-04-22_o_sign-language-interview.txt", title=P4_H, published_at="2025-04-22",
    mentions=[
        m("o-kcc-disaster-sign-100", "new", KCC, O, P4_H, person=NA, target=100.0, unit="%", deadline="2025-07-31",
          dtext="7월부터", comment="interview headline: the interviewee"),
        m("o-kcc-sign-quota-7", "new", KCC, O, P4_H, person=NA, target=7.0, unit="%", deadline="2026-12-31",
          dtext="내년", comment="one headline, two commitments; normalised as written ('내년' → 2026-12-31; the answer says 내년 1월부터)"),
        m("o-kcc-tv-15000", "new", KCC, O, P4_D1, target=15000.0, unit="대", deadline="2025-12-31", dtext="올해",
          comment="the deck names no body: 방송통신위원회, the body the interview is about"),
        m("o-kcc-ai-avatar", "new", KCC, O, P4_D2, deadline="2025-12-31", dtext="하반기"),
        m("o-kcc-disaster-sign-100", "new", KCC, O, "7월부터는 지상파의 모든 재난방송 특보에 수어통역을 붙이겠다.",
          person=NA, deadline="2025-07-31", dtext="7월부터",
          comment="Q&A answer: the interviewee; '모든' is no number. The next sentence ('야간 대기 통역사를 두도록 하고 비용 "
                  "일부를 지원한다') is an undated means, not annotated; 58% (intro) is a statistic"),
        m("o-kcc-sign-quota-7", "new", KCC, O, "고시를 고쳐 내년 1월부터 7%로 높이겠다.", person=NA,
          target=7.0, unit="%", deadline="2026-01-31", dtext="내년 1월부터", comment="5% (two sentences before) is the baseline"),
        m("o-kcc-sign-guideline", "new", KCC, O, "6월까지 수어 화면의 크기와 위치에 관한 가이드라인을 만들겠다.",
          person=NA, deadline="2025-06-30", dtext="6월까지", comment="'16분의 1' (sentence before) is the present size"),
        m("o-kcc-tv-15000", "new", KCC, O,
          "자막과 수어 화면을 크게 키워 볼 수 있는 장애인용 맞춤형 TV를 올해 1만 5,000대 보급하겠다.", person=NA,
          target=15000.0, unit="대", deadline="2025-12-31", dtext="올해", comment="1만 1,000대 (next sentence) is the baseline"),
        m("o-kcc-ai-avatar", "new", KCC, O, "하반기 지상파 한 곳의 뉴스에서 시범 방송을 하겠다.", person=NA,
          deadline="2025-12-31", dtext="하반기", comment="'지상파 한 곳' is the scope, not a target"),
        m("o-kcc-disaster-sign-100", "new", KCC, O, "재난방송 수어통역 100%는 반드시 지키겠다.", person=NA,
          target=100.0, unit="%",
          comment="restates the commitment without its date: target only; '협의하고 있다' (the 종편 answer) is a consultation"),
        m("o-mcst-interpreters-300", "new", MCST, O,
          "문화체육관광부는 공공기관과 지자체에서 일할 수어통역사를 2026년까지 300명 양성하겠다고 지난달 밝혔다.",
          target=300.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment="another body in the same article; '지난달' is when it was said, not a deadline; the 농인권리연대 demand, "
                  "은시우's 10% bill and the broadcaster's request are not annotated"),
    ]))

# ---------------------------------------------------------------- 사회복무요원 (standalone; correction notice above the corrected article)
OK_ = "옥지환"
P5_H = "사회복무요원 소집 대기 2026년까지 1만 명 이하로…복무기관 연내 1,500곳 발굴"
P5_D = "10월부터 앱으로 복무기관 직접 고른다"
PAGES.append(dict(
    source="2025-07-08_o_social-service-wait.txt", title=P5_H, published_at="2025-07-08",
    mentions=[
        m("o-mma-wait-10k", "new", MMA, O, P5_H, target=10000.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment="the headline names no body: 병무청's plan; '1만 명 이하' → 10000 명"),
        m("o-mma-agencies-1500", "new", MMA, O, P5_H, target=1500.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="one headline, two commitments"),
        m("o-mma-app-choice", "new", MMA, O, P5_D, deadline="2025-10-31", dtext="10월부터"),
        m("o-mma-wait-10k", "new", MMA, O,
          "병무청이 사회복무요원 판정을 받고도 복무할 기관이 없어 기다리는 소집 대기 인원을 2026년까지 1만 명 이하로 줄인다.",
          target=10000.0, unit="명", deadline="2026-12-31", dtext="2026년까지",
          comment="2만 1,000명 / 16개월 / 4,300여 명 (next paragraph) are statistics; the 바로잡습니다 line above the "
                  "headline ('1만 2,000명' / '2만 1,000명') is not annotated"),
        m("o-mma-agencies-1500", "new", MMA, O,
          "병무청은 복무기관이 사회복지시설과 지자체에 몰려 있어 자리가 모자란다고 보고, 연내 복무기관 1,500곳을 새로 찾는다.",
          target=1500.0, unit="곳", deadline="2025-12-31", dtext="연내"),
        m("o-mma-wait-8m", "new", MMA, O, "평균 16개월인 소집 대기 기간은 내년 말까지 8개월로 줄인다.",
          target=8.0, unit="개월", deadline="2026-12-31", dtext="내년 말까지",
          comment="a duration is a target (i's convention); 16개월 is the baseline; subjectless: 병무청"),
        m("o-mma-app-choice", "new", MMA, O,
          "10월부터는 병무청 누리집과 모바일 앱에서 본인이 원하는 복무기관을 직접 골라 신청할 수 있다.",
          deadline="2025-10-31", dtext="10월부터"),
        m("o-mma-agencies-1500", "new", MMA, O,
          "옥지환 병무청 사회복무국장은 \"대기가 길어지면 청년들이 취업이나 학업 계획을 세우기 어렵고, 오래 기다리기만 하면 면제된다는 형평성 논란도 생긴다\"며 \"연내 1,500곳을 찾아 대기 인원부터 줄이겠다\"고 말했다.",
          person=OK_, target=1500.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="대전시's 80곳, 충청남도's 15개 시군 인력, 탁이든's claim, the 권익모임 and the 2030 forecast are not annotated"),
    ]))

# ---------------------------------------------------------------- 개인형 이동장치 2/3 (TV script: 앵커/리포트/인터뷰 bites)
P6_H = "킥보드 시속 20km 제한 두 달…면허 확인 의무화는 내년 7월로 밀려"
PAGES.append(dict(
    source="2025-09-09_o_kickboard-tv.txt", title=P6_H, published_at="2025-09-09",
    mentions=[
        m("o-molit-pm-speed-20", "achieved", MOLIT, O, P6_H, target=20.0, unit="km",
          comment="the headline names no body: 국토교통부; '두 달' is time elapsed, not a deadline: no date fields"),
        m("o-molit-pm-license", "delayed", MOLIT, O, P6_H, deadline="2026-07-31", dtext="내년 7월",
          comment="one headline, two follow-ups; " + LATER + "; the clause does not name the old date"),
        m("o-molit-pm-speed-20", "achieved", MOLIT, O,
          "국토교통부가 약속한 대로 7월부터 모든 대여 킥보드의 최고 속도는 시속 20km로 낮아졌습니다.",
          target=20.0, unit="km", deadline="2025-07-31", dtext="7월부터",
          comment="on time; the 앵커 lead is not annotated; 18% (next sentence) is a statistic"),
        m("o-molit-pm-bill", "achieved", MOLIT, O,
          "상반기 안에 국회에 내겠다던 'PM법' 제정안은 두 달 늦은 지난달 말에야 제출됐습니다.",
          comment=LATE + " ('상반기 안에' = 2025-06-30); the sentence names no body: 국토교통부, whose promise it is"),
        m("o-molit-pm-license", "delayed", MOLIT, O,
          "국토부는 내년 1월로 예정했던 면허 확인 의무화 시점을 내년 7월로 미뤘습니다.",
          deadline="2026-07-31", dtext="내년 7월", prev="2026-01-31",
          comment=LATER + "; the old '내년 1월' is named → previous_deadline"),
        m("o-molit-pm-license", "delayed", MOLIT, O, "내년 7월에는 반드시 면허 확인을 시행하겠습니다.", person=GUK,
          deadline="2026-07-31", dtext="내년 7월",
          comment="bite of the speaker in '[인터뷰] 국태린 / …'; restates the moved date (k's '내년 3월에는 반드시 "
                  "개통하겠습니다'): delayed with the new date"),
        m("o-knpa-pm-camera-100", "progress", KNPA, O,
          "경찰청이 하반기까지 100대를 설치하겠다고 한 AI 단속 카메라는 지금까지 12대가 시범 설치됐습니다.",
          target=100.0, unit="대", deadline="2025-12-31", dtext="하반기까지", comment="before the deadline a shortfall is progress"),
        m("o-knpa-pm-edu-3000", "progress", KNPA, O,
          "연내 3,000곳을 목표로 한 중·고등학교 PM 안전교육은 1,400곳에서 이뤄졌습니다.",
          target=3000.0, unit="곳", deadline="2025-12-31", dtext="연내",
          comment="subjectless: 경찰청 from the sentence before; before the deadline: progress"),
        m("o-knpa-pm-camera-100", "progress", KNPA, O, "연말까지 100대 설치를 모두 마치겠습니다.", person=EO,
          target=100.0, unit="대", deadline="2025-12-31", dtext="연말까지",
          comment="bite of '[인터뷰] 어진솔 / …'; restates the unchanged date on the page that reports the shortfall: progress"),
        m("o-molit-pm-parking", "progress", MOLIT, O,
          "2026년까지 1만 곳을 만들기로 한 PM 전용 주차구역은 지금까지 1,900곳이 생겼습니다.",
          target=10000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
          comment="the sentence names no body: 국토교통부, whose promise it is (not the 경찰청 of the bite before); "
                  "before the deadline: progress; the 보행권네트워크 demand is not annotated"),
    ]))

# ---------------------------------------------------------------- 장애인 방송 2/3 (국정감사 report, one deck line; after the 2025-10-01 change)
MAENG = "맹서준"
P7_H = "[2025 국감] 재난방송 수어통역 71%…방미통위 \"연말까지 100% 맞추겠다\""
P7_D = "'AI 수어 아바타' 지난달 첫 시범…맞춤형 TV는 8,400대 보급"
PAGES.append(dict(
    source="2025-10-14_o_sign-language-audit.txt", title=P7_H, published_at="2025-10-14",
    mentions=[
        m("o-kcc-disaster-sign-100", "delayed", KMCC, O, P7_H, target=100.0, unit="%", deadline="2025-12-31",
          dtext="연말까지",
          comment="the promised '7월부터' (2025-07-31) has passed: restating it with a later date is delayed (" + LATER +
                  "); from 2025-10-01 the body is 방송미디어통신위원회; the body as an institution: person ''"),
        m("o-kcc-ai-avatar", "achieved", KMCC, O, P7_D, comment="on time; the deck names no body and no date"),
        m("o-kcc-tv-15000", "progress", KMCC, O, P7_D,
          comment="one deck line, two follow-ups; 8,400대 is the count (no target in the clause), before the deadline"),
        m("o-kcc-disaster-sign-100", "delayed", KMCC, O,
          "방통위가 7월부터 지상파의 모든 재난방송 특보에 수어통역을 붙이겠다고 했지만, 7~9월 지상파 재난 특보 가운데 수어통역이 함께 나간 비율은 71%에 그쳤다.",
          prev="2025-07-31",
          comment="promise made by 방송통신위원회; annotated with the body's name on the page date (방송미디어통신위원회); after "
                  "the deadline a shortfall is delayed; the missed '7월부터' → previous_deadline; '모든' is no number; 은시우's "
                  "10건 중 4건 is the lawmaker's figure"),
        m("o-kcc-disaster-sign-100", "delayed", KMCC, O,
          "답변에 나선 맹서준 방송미디어통신위원회 사무처장은 \"야간 대기 통역사를 구하지 못한 지역 방송사가 많았다\"며 \"연말까지 재난방송 수어통역 100%를 맞추겠다\"고 말했다.",
          person=MAENG, target=100.0, unit="%", deadline="2025-12-31", dtext="연말까지", comment=LATER),
        m("o-kmcc-local-night-18", "new", KMCC, O,
          "방미통위는 내년 상반기까지 지역 지상파 방송사 18곳에 야간 수어통역사 인건비를 지원하겠다고 밝혔다.",
          target=18.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="a new promise of the renamed body: key o-kmcc-"),
        m("o-kcc-ai-avatar", "achieved", KMCC, O,
          "하반기 시범 방송을 약속한 'AI 수어 아바타'는 지난달 한 지상파 채널의 아침 뉴스에서 처음 선보였다.",
          deadline="2025-12-31", dtext="하반기",
          comment="on time, with the promised '하반기' as deadline (m's convention); '다른 약속은 대체로 일정을 지키고 있다' "
                  "(before) is an umbrella line"),
        m("o-kcc-sign-quota-7", "progress", KMCC, O,
          "수어통역 편성 의무 비율을 내년 1월부터 5%에서 7%로 올리는 고시 개정안은 지난달 행정예고를 마쳤다.",
          target=7.0, unit="%", deadline="2026-01-31", dtext="내년 1월부터",
          comment="a step towards the rule change before the deadline is progress (n's 개정안, m's 입법예고); '지난달' is when "
                  "the step happened"),
        m("o-kcc-tv-15000", "progress", KMCC, O,
          "올해 1만 5,000대를 보급하기로 한 장애인용 맞춤형 TV는 9월 말까지 8,400대가 보급됐다.",
          target=15000.0, unit="대", deadline="2025-12-31", dtext="올해",
          comment="before the deadline: progress; '9월 말까지' is the reporting date"),
        m("o-kcc-sign-guideline", "achieved", KMCC, O,
          "6월까지 만들기로 한 수어 화면 크기 가이드라인은 두 달 늦은 8월에야 나왔다.",
          comment=LATE + " ('6월까지' = 2025-06-30); '8분의 1' (next sentence) is the guideline's content; 권도아's demand "
                  "and '검토하겠다' are not annotated, nor the 농인권리연대 statement"),
    ]))

# ---------------------------------------------------------------- 산후조리 2/3 (regional paper, `진주=` byline, one deck line)
P8_H = "공공산후조리원 24곳으로 늘었지만…서부경남 산모는 여전히 '원정 조리'"
P8_D = "산후조리원 요금 상한 시범 백지화…감염 점검 두 번째는 내년 1월로"
PAGES.append(dict(
    source="2025-12-16_o_postpartum-regional.txt", title=P8_H, published_at="2025-12-16",
    mentions=[
        m("o-mohw-public-40", "progress", MOHW, O, P8_H,
          comment="the headline names no body: 보건복지부; 24곳 is the count (no target in the clause), before the deadline"),
        m("o-mohw-fee-cap-pilot", "cancelled", MOHW, O, P8_D, comment="the deck names no body and no date"),
        m("o-mohw-infection-2x", "delayed", MOHW, O, P8_D, deadline="2026-01-31", dtext="내년 1월",
          comment="one deck line, two follow-ups; " + LATER),
        m("o-mohw-public-40", "progress", MOHW, O,
          "보건복지부가 2월 2027년까지 40곳으로 늘리겠다고 한 공공산후조리원은 이달 기준 24곳이 됐다.",
          target=40.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="before the deadline: progress; '2월' is when the promise was made; 경남's 1곳 / 10곳 are statistics"),
        m("o-mohw-voucher-500k", "new", MOHW, O,
          "엄다인 복지부 출산정책과장은 \"공공산후조리원이 없는 시군의 산모에게는 내년 하반기부터 산후조리 비용 50만 원을 바우처로 지원하겠다\"고 말했다.",
          person=EOM, target=500000.0, unit="원", deadline="2026-12-31", dtext="내년 하반기부터",
          comment="a new promise; the amount is the target (money in 원); the sentence before is an umbrella line"),
        m("o-mohw-fee-cap-pilot", "cancelled", MOHW, O,
          "내년 상반기 5개 시군에서 시범 운영하겠다던 산후조리원 요금 상한제는 업계 반발에 부딪혀 사실상 백지화됐다.",
          target=5.0, unit="개", prev="2026-06-30",
          comment="dropped before its date ('사실상 백지화'): the not-yet-passed '내년 상반기' → previous_deadline (l's 특화단지); "
                  "'요금 공개 항목을 늘리겠다는 입장이다' (next sentence) is undated and not annotated"),
        m("o-mohw-infection-2x", "delayed", MOHW, O,
          "올해부터 연 2회로 늘리기로 한 산후조리원 감염 관리 점검은 상반기 한 차례에 그쳤고, 복지부는 두 번째 점검을 내년 1월로 미뤘다.",
          target=2.0, unit="회", deadline="2026-01-31", dtext="내년 1월", prev="2025-12-31",
          comment=LATER + "; one sentence reporting the shortfall and the move gets one entry; the old '올해부터' is named"),
        m("o-mohw-depression-check", "achieved", MOHW, O,
          "하반기부터 모든 산모로 넓히기로 한 산후우울 검사는 예정대로 8월부터 전국 보건소에서 무료로 받을 수 있게 됐다.",
          deadline="2025-12-31", dtext="하반기부터",
          comment="on time, with the promised '하반기부터' as deadline, not the start month (m's convention)"),
        m("o-mohw-info-site", "achieved", MOHW, O,
          "복지부가 7월 열기로 한 '산후조리 한눈에' 누리집은 석 달 늦은 10월에 문을 열었다.",
          comment=LATE + " ('7월' = 2025-07-31)"),
        m("o-mohw-visit-income", "progress", MOHW, O,
          "내년 1월부터 소득 기준을 없애기로 한 산모·신생아 건강관리 서비스는 지침 개정을 마쳐 예정대로 시행된다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="a step done before the deadline, the date restated unchanged: progress; 경상남도's 거창 2028, 합천군's "
                  "100만 원, the 서부경남공공의료연대 and the 원장 are not annotated"),
    ]))

# ---------------------------------------------------------------- 공무원 퇴직 데이터 (no promise on the page)
PAGES.append(dict(
    source="2026-02-10_o_officials-quitting-data.txt",
    title="[데이터] 5년 안에 떠난 공무원 1만 3,000명…셋 중 둘은 20·30대", published_at="2026-02-10",
    mentions=[]))

# ---------------------------------------------------------------- 공무원 처우 2/3 (editorial)
PAGES.append(dict(
    source="2026-04-21_o_officials-editorial.txt",
    title="[사설] 떠나는 젊은 공무원, '300만 원' 약속만으론 못 붙잡는다", published_at="2026-04-21",
    mentions=[
        m("o-mpm-allowance-70k", "achieved", MPM, O,
          "인사혁신처는 민원 업무 수당을 약속대로 지난해 7월부터 월 7만 원으로 올렸다.",
          target=70000.0, unit="원", deadline="2025-07-31", dtext="지난해 7월부터",
          comment="on time; the editorial headline and '지켜진 약속부터 보자.' are not annotated"),
        m("o-mois-call-recording", "achieved", MOIS, O,
          "행정안전부가 약속한 민원 전화 통화 녹음 기능은 지난해 3월까지 모든 지자체에 갖춰졌고, 공무원 이름을 누리집 조직도에서 빼는 조치도 예정대로 지난해 9월부터 시행됐다.",
          deadline="2025-03-31", dtext="지난해 3월까지", comment="on time"),
        m("o-mois-name-hiding", "achieved", MOIS, O,
          "행정안전부가 약속한 민원 전화 통화 녹음 기능은 지난해 3월까지 모든 지자체에 갖춰졌고, 공무원 이름을 누리집 조직도에서 빼는 조치도 예정대로 지난해 9월부터 시행됐다.",
          deadline="2025-09-30", dtext="지난해 9월부터", comment="one sentence, two follow-ups; on time"),
        m("o-mpm-pay-3m", "progress", MPM, O,
          "인사혁신처가 올해까지 300만 원으로 올리겠다고 한 9급 1호봉 월 보수는 올해 286만 원이다.",
          target=WON300, unit="원", deadline="2026-12-31", dtext="올해까지",
          comment="before the deadline a shortfall is progress ('올해까지' = 내년까지 of 2025); the 14만 원 / 5% / 2~3%대 that "
                  "follow are the editorial's arithmetic"),
        m("o-mpm-job-posting-30", "delayed", MPM, O,
          "지난해 하반기부터 30%까지 높이겠다던 직무 공모 비율은 실제 인사에서 18%에 그쳤다.",
          target=30.0, unit="%", prev="2025-12-31",
          comment="after the deadline a shortfall is delayed; '지난해 하반기부터' → previous_deadline; the sentence names no "
                  "body: 인사혁신처, whose promise it is"),
        m("o-mpm-job-posting-30", "delayed", MPM, O, "인사처는 올해 안에 30%를 맞추겠다고 했다.",
          target=30.0, unit="%", deadline="2026-12-31", dtext="올해 안에", comment=LATER),
        m("o-mois-guards-1000", "delayed", MOIS, O,
          "행정안전부가 지난해 안에 1,000곳에 두겠다던 민원실 안전요원은 지난해 말까지 640곳에 배치됐을 뿐이다.",
          target=1000.0, unit="곳", prev="2025-12-31",
          comment="after the deadline a shortfall is delayed; '지난해 안에' → previous_deadline; '지난해 말까지' is the reporting date"),
        m("o-mois-complaint-teams", "new", MOIS, O,
          "행안부는 올해 안에 전국 226개 시군구에 악성 민원 대응 전담팀을 두겠다고 밝혔다.",
          target=226.0, unit="개", deadline="2026-12-31", dtext="올해 안에",
          comment="'226개 시군구' → 226 개 (n's 229개 시군구); the editorial's demands that follow are not annotated"),
    ]))

# ---------------------------------------------------------------- 개인형 이동장치 3/3 (data feature with ▶ subheads, one deck line)
P11_H = "[데이터로 본 킥보드 1년] 사고 22% 줄었지만…전용 주차구역은 6,300곳"
P11_D = "면허 확인 의무화 다음 달 예정대로 시행…AI 단속 카메라는 없던 일로"
PAGES.append(dict(
    source="2026-06-30_o_kickboard-numbers.txt", title=P11_H, published_at="2026-06-30",
    mentions=[
        m("o-molit-pm-parking", "progress", MOLIT, O, P11_H,
          comment="the headline names no body: 국토교통부 (the 주차구역 are its promise); 6,300곳 is the count, no target; "
                  "'사고 22% 줄었지만' is a statistic"),
        m("o-molit-pm-license", "progress", MOLIT, O, P11_D, deadline="2026-07-31", dtext="다음 달",
          comment="the moved date restated unchanged before it arrives: progress; '다음 달' on 2026-06-30 → July"),
        m("o-knpa-pm-camera-100", "cancelled", KNPA, O, P11_D,
          comment="a deck line with two bodies: one entry per body; '없던 일로' → cancelled"),
        m("o-molit-pm-license", "progress", MOLIT, O,
          "국토교통부는 지난 4월 국회를 통과한 'PM법'에 따라 다음 달부터 대여업체의 운전면허 확인 의무화를 예정대로 시행한다.",
          deadline="2026-07-31", dtext="다음 달부터",
          comment="the law passed (a step) and the moved date unchanged: progress; '지난 4월' is when the step happened; the "
                  "▶ subheads and the intro are not annotated"),
        m("o-molit-pm-license", "progress", MOLIT, O,
          "국태린 국토부 생활교통정책과장은 \"업체들의 인증 시스템 점검을 마쳤다\"며 \"7월 시행에 차질이 없도록 하겠다\"고 말했다.",
          person=GUK, deadline="2026-07-31", dtext="7월",
          comment="'과태료' (sentence before) is the rule's sanction; the two operators leaving is not annotated"),
        m("o-molit-pm-parking", "progress", MOLIT, O,
          "2026년까지 1만 곳을 만들기로 한 PM 전용 주차구역은 5월 말 현재 6,300곳이다.",
          target=10000.0, unit="곳", deadline="2026-12-31", dtext="2026년까지", comment="before the deadline: progress"),
        m("o-molit-pm-parking", "revision", MOLIT, O, "지자체 신청이 몰리자 국토부는 목표를 1만 2,000곳으로 늘렸다.",
          target=12000.0, unit="곳",
          comment="a raised target is revision; no date in the sentence; same day as the progress: the status is revised; "
                  "대구시's 1만 2,000건 (next sentence) is a statistic of another body"),
        m("o-knpa-pm-edu-3000", "delayed", KNPA, O,
          "경찰청이 지난해 안에 3,000곳에서 하기로 한 중·고등학교 PM 안전교육은 2,700곳에서 끝났다.",
          target=3000.0, unit="곳", prev="2025-12-31",
          comment="after the deadline a shortfall is delayed; 41만 명 (next sentence) is usage"),
        m("o-knpa-pm-camera-100", "delayed", KNPA, O,
          "지난해 하반기까지 100대를 달겠다던 AI 단속 카메라는 시범 설치한 12대에서 더 늘지 않았다.",
          target=100.0, unit="대", prev="2025-12-31",
          comment="after the deadline a shortfall is delayed; the sentence names no body: 경찰청, whose promise it is"),
        m("o-knpa-pm-camera-100", "cancelled", KNPA, O,
          "경찰청은 카메라 설치 계획을 접고, 단속 경찰관이 들고 다니는 이동식 단속 장비를 쓰기로 했다.",
          comment="the plan is given up and replaced: cancelled (the same day's delayed gives way: status cancelled); the "
                  "replacement has no number or date and is not a new commitment"),
        m("o-molit-pm-insurance", "new", MOLIT, O,
          "국토부는 내년 1월부터 대여업체가 이용자 사고를 보상하는 보험에 반드시 가입하도록 하겠다고 밝혔다.",
          deadline="2027-01-31", dtext="내년 1월부터",
          comment="the 보행권네트워크 demand and the 연구원's 30% forecast are not annotated"),
    ]))

# ---------------------------------------------------------------- year-end roundup (two storylines + one-liners; two deck lines)
P12_D1 = "재난방송 수어통역 100% 석 달 늦게 달성…맞춤형 TV는 1만 3,200대서 멈춰"
P12_D2 = "9급 초임 300만 원은 내년 1월로…공공산후조리원 목표는 35곳으로 낮춰"
PAGES.append(dict(
    source="2026-11-27_o_promise-roundup.txt",
    title="[2026 약속 점검] 수어 방송·공무원 처우…부처 약속 얼마나 지켰나", published_at="2026-11-27",
    mentions=[
        m("o-kcc-disaster-sign-100", "achieved", KMCC, O, P12_D1, target=100.0, unit="%",
          comment=LATE + " ('석 달 늦게'); the deck names no body: 방송미디어통신위원회"),
        m("o-kcc-tv-15000", "delayed", KMCC, O, P12_D1,
          comment="one deck line, two follow-ups; 1만 3,200대 is the count (no target in the clause); after the deadline"),
        m("o-mpm-pay-3m", "delayed", MPM, O, P12_D2, target=WON300, unit="원", deadline="2027-01-31", dtext="내년 1월",
          comment=LATER + "; the deck names no body: 인사혁신처"),
        m("o-mohw-public-40", "revision", MOHW, O, P12_D2, target=35.0, unit="곳",
          comment="a deck line with two bodies: one entry per body; a lowered target is revision; no date in the clause"),
        m("o-kcc-disaster-sign-100", "achieved", KMCC, O,
          "방송미디어통신위원회가 방송통신위원회 시절 약속한 재난방송 수어통역 100%는 지난해 말 시한을 넘겨 올해 3월에야 달성됐다.",
          target=100.0, unit="%",
          comment=LATE + " (the moved '연말까지' = 2025-12-31); late achievements keep the target the sentence names (n's "
                  "convention); promise made by 방송통신위원회, annotated with the body's name on the page date"),
        m("o-kcc-sign-quota-7", "achieved", KMCC, O, "수어통역 편성 의무 비율은 예정대로 올해 1월부터 7%로 올랐다.",
          target=7.0, unit="%", deadline="2026-01-31", dtext="올해 1월부터", comment="on time; subjectless: 방미통위"),
        m("o-kcc-tv-15000", "delayed", KMCC, O,
          "지난해 1만 5,000대를 보급하기로 한 장애인용 맞춤형 TV는 1만 3,200대에서 멈췄다.",
          target=15000.0, unit="대", prev="2025-12-31", comment="after the deadline a shortfall is delayed"),
        m("o-kmcc-local-night-18", "delayed", KMCC, O,
          "올해 상반기까지 지역 지상파 방송사 18곳에 야간 수어통역사 인건비를 지원하겠다던 약속은 11곳에서 멈춰 있다.",
          target=18.0, unit="곳", prev="2026-06-30", comment="after the deadline a shortfall is delayed"),
        m("o-kmcc-avatar-news", "new", KMCC, O,
          "방미통위는 내년까지 지상파 3사의 저녁 메인 뉴스 모두에 AI 수어 아바타를 함께 내보내겠다고 밝혔다.",
          deadline="2027-12-31", dtext="내년까지",
          comment="a new commitment (not the achieved 2025 pilot); '지상파 3사' is the scope, no target; the 농인권리연대 quote "
                  "is not annotated"),
        m("o-mcst-interpreters-300", "progress", MCST, O,
          "문화체육관광부가 2026년까지 300명을 양성하기로 한 공공 수어통역사는 지금까지 214명이 현장에 배치됐다.",
          target=300.0, unit="명", deadline="2026-12-31", dtext="2026년까지", comment="before the deadline: progress"),
        m("o-mpm-pay-3m", "delayed", MPM, O,
          "인사혁신처는 올해까지 300만 원으로 올리겠다던 9급 1호봉 월 보수가 286만 원에 머물자, 달성 시점을 내년 1월로 미뤘다.",
          target=WON300, unit="원", deadline="2027-01-31", dtext="내년 1월", prev="2026-12-31",
          comment=LATER + "; the old '올해까지' is named → previous_deadline; one sentence reporting the shortfall and the move "
                  "gets one entry"),
        m("o-mpm-job-posting-30", "achieved", MPM, O,
          "인사처가 올해 안에 맞추겠다고 다시 약속한 직무 공모 비율 30%는 상반기 인사에서 31%로 채워졌다.",
          target=30.0, unit="%", deadline="2026-12-31", dtext="올해 안에",
          comment="reached before the moved date: on time for the moved date (k's 섬배표 convention)"),
        m("o-mpm-growth-leave", "new", MPM, O,
          "인사처는 또 내년 1월부터 재직 5년 미만 공무원에게 해마다 닷새의 '성장 휴가'를 주겠다고 밝혔다.",
          deadline="2027-01-31", dtext="내년 1월부터",
          comment="'해마다 닷새' is a parameter of the benefit, not a target; '재직 5년 미만' is the scope"),
        m("o-mois-guards-1000", "achieved", MOIS, O,
          "행정안전부가 지난해 안에 채우지 못한 민원실 안전요원 1,000곳은 올해 6월에야 채워졌다.",
          target=1000.0, unit="곳", comment=LATE + " ('지난해 안에' = 2025-12-31); the target the sentence names is kept"),
        m("o-mois-complaint-teams", "progress", MOIS, O,
          "올해 안에 226개 시군구 모두에 두기로 한 악성 민원 대응 전담팀은 10월 말 현재 171곳에 꾸려졌다.",
          target=226.0, unit="개", deadline="2026-12-31", dtext="올해 안에",
          comment="subjectless: 행안부 from the sentence before; before the deadline: progress; the union's claim is not "
                  "annotated"),
        m("o-mohw-public-40", "revision", MOHW, O,
          "보건복지부는 2027년까지 40곳으로 늘리겠다던 공공산후조리원 목표를 35곳으로 낮췄다.",
          target=35.0, unit="곳", deadline="2027-12-31", dtext="2027년까지",
          comment="a lowered target is revision; the date is unchanged: no previous_deadline"),
        m("o-mohw-public-40", "progress", MOHW, O, "지금까지 문을 연 곳은 29곳이다.",
          comment="a measured value without the target; the same day's revision sets the status (revised)"),
        m("o-mohw-visit-income", "achieved", MOHW, O,
          "올해 1월부터 소득 기준 없이 모든 출산 가정으로 넓힌 산모·신생아 건강관리 서비스에는 10월까지 14만 가정이 신청했다.",
          deadline="2026-01-31", dtext="올해 1월부터",
          comment="on time; the sentence names no body: 보건복지부, whose promise it is; 14만 가정 is usage"),
        m("o-mohw-voucher-500k", "achieved", MOHW, O,
          "공공산후조리원이 없는 시군의 산모에게 올해 하반기부터 주기로 한 산후조리 바우처 50만 원은 예정대로 7월부터 지급되고 있다.",
          target=500000.0, unit="원", deadline="2026-12-31", dtext="올해 하반기부터",
          comment="on time, with the promised '하반기부터' as deadline (m's convention); 보건복지부"),
        m("o-molit-pm-license", "achieved", MOLIT, O,
          "국토교통부는 7월로 미뤘던 전동킥보드 대여업체의 운전면허 확인 의무화를 예정대로 시행했다.",
          deadline="2026-07-31", dtext="7월", comment="on time for the moved date (k's 섬배표 convention)"),
        m("o-mma-wait-10k", "progress", MMA, O,
          "병무청은 사회복무요원 소집 대기 인원을 올해까지 1만 명 이하로 줄이겠다고 했지만, 10월 말 현재 대기 인원은 1만 3,400명이다.",
          target=10000.0, unit="명", deadline="2026-12-31", dtext="올해까지",
          comment="before the deadline a shortfall is progress; '10월 말 현재' is the reporting date"),
        m("o-mma-agencies-1500", "delayed", MMA, O,
          "병무청이 지난해 안에 새로 찾기로 한 복무기관 1,500곳은 1,180곳에 그쳤다.",
          target=1500.0, unit="곳", prev="2025-12-31", comment="after the deadline a shortfall is delayed"),
        m("o-mma-app-choice", "achieved", MMA, O,
          "지난해 10월부터 앱으로 복무기관을 직접 고를 수 있게 한 제도는 예정대로 시행돼 지금까지 3만 2,000명이 이용했다.",
          deadline="2025-10-31", dtext="지난해 10월부터",
          comment="on time; 3만 2,000명 is usage; the roundup intro, ■ section heads and the outlet's own plan are not "
                  "annotated"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-27)
LAST = "2026-11-27"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    ("o-mpm-pay-3m", MPM, O, "9급 1호봉 월 보수 300만 원 (2026년까지 → 2027년 1월)", "delayed",
     "286만 원 in 2026; the date moved to January 2027 on 2026-11-27 (convention 1, although the new date is ahead)"),
    ("o-mpm-allowance-70k", MPM, O, "민원 업무 수당 월 7만 원 2025년 7월부터", "achieved", ""),
    ("o-mpm-job-posting-30", MPM, O, "정기 인사 직무 공모 비율 30% (2025년 하반기 → 2026년 안)", "achieved",
     "18% in 2025; 31% in the 2026 first-half round, before the moved date"),
    ("o-mpm-growth-leave", MPM, O, "재직 5년 미만 공무원 '성장 휴가' 2027년 1월부터", "announced", ""),
    ("o-mois-guards-1000", MOIS, O, "지자체 민원실 1,000곳 안전요원 배치 2025년 내", "achieved", "June 2026 (640곳 at end-2025)"),
    ("o-mois-call-recording", MOIS, O, "모든 지자체 민원 전화 통화 녹음 기능 2025년 3월까지", "achieved", ""),
    ("o-mois-name-hiding", MOIS, O, "지자체 누리집 조직도 공무원 이름 비공개 2025년 9월부터", "achieved", ""),
    ("o-mois-complaint-teams", MOIS, O, "226개 시군구 악성 민원 대응 전담팀 2026년 안", "in_progress", "171곳 by October"),
    ("o-mohw-public-40", MOHW, O, "공공산후조리원 2027년까지 (40곳 → 35곳)", "revised", "target lowered on 2026-11-27; 29곳"),
    ("o-mohw-info-site", MOHW, O, "산후조리원 요금·감염 정보 누리집 '산후조리 한눈에' 2025년 7월", "achieved", "October 2025"),
    ("o-mohw-depression-check", MOHW, O, "산후우울 검사 모든 산모 2025년 하반기부터", "achieved", "from August 2025"),
    ("o-mohw-visit-income", MOHW, O, "산모·신생아 건강관리 서비스 소득 기준 폐지 2026년 1월부터", "achieved", ""),
    ("o-mohw-fee-cap-pilot", MOHW, O, "산후조리원 요금 상한제 5개 시군 시범 2026년 상반기", "cancelled",
     "사실상 백지화 (2025-12-16)"),
    ("o-mohw-infection-2x", MOHW, O, "산후조리원 감염 관리 점검 연 2회 (2025년; 두 번째 점검 → 2026년 1월)", "delayed",
     "the moved date 2026-01-31 passed with no report"),
    ("o-mohw-voucher-500k", MOHW, O, "공공산후조리원 없는 시군 산모 산후조리 바우처 50만 원 2026년 하반기부터", "achieved",
     "from July 2026"),
    ("o-molit-pm-speed-20", MOLIT, O, "대여 개인형 이동장치 최고 속도 시속 20km 2025년 7월부터", "achieved", ""),
    ("o-molit-pm-license", MOLIT, O, "대여업체 운전면허 확인 의무화 (2026년 1월 → 7월)", "achieved", "on the moved date"),
    ("o-molit-pm-bill", MOLIT, O, "'PM법' 제정안 2025년 상반기 국회 제출", "achieved", "end of August 2025"),
    ("o-molit-pm-parking", MOLIT, O, "PM 전용 주차구역 2026년까지 (1만 곳 → 1만 2,000곳)", "revised",
     "target raised on 2026-06-30; 6,300곳"),
    ("o-molit-pm-stats", MOLIT, O, "시도별 PM 사고 통계 매달 공개 2025년 5월부터", "delayed",
     "deadline 2025-05-31 passed with no report (the 2025-03-18 page is its only page)"),
    ("o-molit-pm-insurance", MOLIT, O, "대여업체 이용자 사고 보험 가입 의무화 2027년 1월부터", "announced", ""),
    ("o-knpa-pm-camera-100", KNPA, O, "AI 단속 카메라 100대 2025년 하반기까지", "cancelled",
     "12대; plan dropped on 2026-06-30"),
    ("o-knpa-pm-edu-3000", KNPA, O, "중·고교 3,000곳 PM 안전교육 2025년 내", "delayed", "2,700곳"),
    ("o-kcc-disaster-sign-100", KMCC, O, "지상파 재난방송 특보 수어통역 100% (2025년 7월부터 → 연말)", "achieved",
     "March 2026"),
    ("o-kcc-sign-quota-7", KMCC, O, "지상파 수어통역 편성 의무 비율 7% 2026년 1월부터", "achieved", ""),
    ("o-kcc-sign-guideline", KMCC, O, "수어 화면 크기·위치 가이드라인 2025년 6월까지", "achieved", "August 2025"),
    ("o-kcc-tv-15000", KMCC, O, "장애인용 맞춤형 TV 2025년 1만 5,000대 보급", "delayed", "1만 3,200대"),
    ("o-kcc-ai-avatar", KMCC, O, "'AI 수어 아바타' 지상파 뉴스 시범 방송 2025년 하반기", "achieved", "September 2025"),
    ("o-kmcc-local-night-18", KMCC, O, "지역 지상파 18곳 야간 수어통역사 인건비 지원 2026년 상반기까지", "delayed", "11곳"),
    ("o-kmcc-avatar-news", KMCC, O, "지상파 3사 저녁 메인 뉴스 AI 수어 아바타 2027년까지", "announced", ""),
    ("o-mcst-interpreters-300", MCST, O, "공공 수어통역사 2026년까지 300명 양성", "in_progress", "214명"),
    ("o-mma-wait-10k", MMA, O, "사회복무요원 소집 대기 인원 2026년까지 1만 명 이하", "in_progress", "1만 3,400명 in October"),
    ("o-mma-agencies-1500", MMA, O, "사회복무요원 복무기관 2025년 내 1,500곳 새로 발굴", "delayed", "1,180곳"),
    ("o-mma-app-choice", MMA, O, "앱으로 복무기관 직접 선택 2025년 10월부터", "achieved", ""),
    ("o-mma-wait-8m", MMA, O, "사회복무요원 평균 소집 대기 기간 2026년 말까지 8개월", "announced",
     "no later page; its deadline (2026-12-31) is still ahead"),
]


if __name__ == "__main__":
    write(ROOT, "o", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (the 방송통신위원회 promises are listed',
           'under 방송미디어통신위원회, which replaced it on 2025-10-01).'],
          with_commitments="--commitments" in sys.argv[1:])
