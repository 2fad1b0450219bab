"""Writes the hand annotations of held-out set n to gold/*.toml.

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

MOEF = "기획재정부"         # until 2026-01-01
MPB = "기획예산처"          # from 2026-01-02 (the budget half of 기획재정부; the tax half is 재정경제부)
RDA = "농촌진흥청"
MAFRA = "농림축산식품부"
MOLIT = "국토교통부"
ME = "환경부"              # until 2025-09-30
MCEE = "기후에너지환경부"    # from 2025-10-01 (successor of 환경부)
MOHW = "보건복지부"
MOEL = "고용노동부"
KMA = "기상청"
KCG = "해양경찰청"

O = "other"
F = "fiscal"     # 예비타당성조사 개편: 재정사업 평가 (기획재정부 → 기획예산처)

LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date or none)"
LATER = "deadline moved later: delayed (sample-corpus convention, as in j/k/l/m), new date in deadline"
EOK1000 = 100000000000.0   # 1,000억 원

PAGES: list[dict] = []

# ---------------------------------------------------------------- 예타 개편 1/3 (wire, (세종=) dateline; 기획재정부)
NOH = "노하율"
P1_H = "예타 기준 26년 만에 1,000억 원으로…조사 기간 연내 12개월 이내로"
PAGES.append(dict(
    source="2025-01-23_n_prelim-review-wire.txt", title=P1_H, published_at="2025-01-23",
    mentions=[
        m("n-moef-prelim-threshold", "new", MOEF, F, P1_H, target=EOK1000, unit="원",
          comment="the headline names no body: 기획재정부's plan; '26년 만에' is not a deadline: the clause has no date"),
        m("n-moef-prelim-period-12", "new", MOEF, F, P1_H, target=12.0, unit="개월", deadline="2025-12-31", dtext="연내",
          comment="one headline, two commitments; a duration is a target (i's convention)"),
        m("n-moef-prelim-threshold", "new", MOEF, F,
          "기획재정부가 예비타당성조사(예타) 대상 사업의 기준을 총사업비 500억 원에서 1,000억 원으로 올려 내년 1월부터 적용한다.",
          target=EOK1000, unit="원", deadline="2026-01-31", dtext="내년 1월부터",
          comment="the wire dateline is not part of the sentence; a threshold raised to a stated value is the target; "
                  "500억 원 is the baseline"),
        m("n-moef-prelim-period-12", "new", MOEF, F,
          "기재부는 평균 19개월 걸리는 예타 조사 기간을 연내 12개월 이내로 줄인다.",
          target=12.0, unit="개월", deadline="2025-12-31", dtext="연내", comment="19개월 is the baseline"),
        m("n-moef-prelim-agencies-5", "new", MOEF, F,
          "이를 위해 지금은 한국개발연구원(KDI)과 한국조세재정연구원 2곳이 나눠 맡고 있는 예타 수행기관을 내년까지 5곳으로 늘린다.",
          target=5.0, unit="곳", deadline="2026-12-31", dtext="내년까지",
          comment="subjectless: 기재부 from the sentence before; 2곳 is the baseline"),
        m("n-moef-prelim-library", "new", MOEF, F,
          "예타 보고서를 누구나 내려받아 볼 수 있는 온라인 '예타 열람실'도 9월부터 운영한다.",
          deadline="2025-09-30", dtext="9월부터"),
        m("n-moef-prelim-regional-50", "new", MOEF, F,
          "비수도권 사업의 평가에서 지역균형발전 항목이 차지하는 비중은 하반기부터 최대 40%에서 50%로 높아진다.",
          target=50.0, unit="%", deadline="2025-12-31", dtext="하반기부터",
          comment="the rule's subject is the 비중: 기재부's plan; 40% is the baseline; the 60~70% for 수도권 (next sentence) "
                  "is kept as it is, not a target"),
        m("n-moef-prelim-period-12", "new", MOEF, F,
          "노하율 기획재정부 재정관리국장은 \"예타가 꼭 필요한 사업까지 발목을 잡는다는 지적이 많았다\"며 \"조사 기간은 연내 반드시 12개월 안으로 줄이겠다\"고 말했다.",
          person=NOH, target=12.0, unit="개월", deadline="2025-12-31", dtext="연내",
          comment="'국회와 협의하기로 했다' (before) is undated; 민가온's 2,000억 원 bill, 전라남도's demand, the civic group and "
                  "the professor's 30건 forecast that follow are not annotated"),
    ]))

# ---------------------------------------------------------------- 과수화상병 1/3 (regional paper, two deck lines; two bodies)
HAM = "함소담"
P2_H = "과수화상병 현장 진단 키트 5월까지 150곳 보급…예찰 올해 연 3회로"
P2_D1 = "농식품부, 매몰 보상금 하반기부터 30일 안에 지급"
P2_D2 = "화상병 견디는 사과 대목 2027년까지 10만 주 보급"
PAGES.append(dict(
    source="2025-03-11_n_fire-blight-regional.txt", title=P2_H, published_at="2025-03-11",
    mentions=[
        m("n-rda-blight-kit-150", "new", RDA, O, P2_H, target=150.0, unit="곳", deadline="2025-05-31", dtext="5월까지",
          comment="the headline names no body: 농촌진흥청's plan"),
        m("n-rda-blight-survey-3", "new", RDA, O, P2_H, target=3.0, unit="회", deadline="2025-12-31", dtext="올해",
          comment="one headline, two commitments"),
        m("n-mafra-blight-comp-30d", "new", MAFRA, O, P2_D1, target=30.0, unit="일", deadline="2025-12-31",
          dtext="하반기부터", comment="a payment period is a target (duration), not a deadline"),
        m("n-rda-blight-rootstock", "new", RDA, O, P2_D2, target=100000.0, unit="주", deadline="2027-12-31",
          dtext="2027년까지", comment="the deck names no body: 농촌진흥청 (its 국립원예특작과학원's rootstock)"),
        m("n-rda-blight-kit-150", "new", RDA, O,
          "농촌진흥청이 과수화상병 확산을 막기 위해 30분 만에 감염 여부를 가려내는 현장 진단 키트를 5월까지 전국 농업기술센터 150곳에 보급한다.",
          target=150.0, unit="곳", deadline="2025-05-31", dtext="5월까지", comment="'30분 만에' is the kit's property"),
        m("n-rda-blight-survey-3", "new", RDA, O,
          "농진청은 10일 충주시농업기술센터에서 '과수화상병 방제 강화 대책'을 발표하고, 사과·배 과수원 정기 예찰을 지난해 연 2회에서 올해 연 3회로 늘리겠다고 밝혔다.",
          target=3.0, unit="회", deadline="2025-12-31", dtext="올해", comment="연 2회 is the baseline"),
        m("n-rda-blight-rootstock", "new", RDA, O,
          "농진청은 또 소속 국립원예특작과학원이 개발한 화상병 저항성 사과 대목 '충원1호' 묘목을 2027년까지 농가에 10만 주 보급한다.",
          target=100000.0, unit="주", deadline="2027-12-31", dtext="2027년까지",
          comment="국립원예특작과학원 is part of 농촌진흥청 (not in ministries.csv): the body is 농촌진흥청"),
        m("n-rda-blight-kit-150", "new", RDA, O,
          "함소담 농진청 재해대응과장은 \"화상병은 발견이 하루 늦어지면 반경 수백 m의 과수원이 위험해진다\"며 \"사과꽃이 지는 5월까지 150곳 보급을 반드시 마치겠다\"고 말했다.",
          person=HAM, target=150.0, unit="곳", deadline="2025-05-31", dtext="5월까지"),
        m("n-mafra-blight-comp-30d", "new", MAFRA, O,
          "농림축산식품부는 화상병으로 과수원을 묻은 농가에 주는 손실보상금을 지금은 평균 90일 넘게 걸려 지급하지만, 하반기부터는 매몰 뒤 30일 안에 지급하기로 했다.",
          target=30.0, unit="일", deadline="2025-12-31", dtext="하반기부터", comment="90일 is the baseline"),
        m("n-mafra-blight-insurance", "new", MAFRA, O,
          "내년 1월부터는 농작물재해보험에 화상병으로 줄어든 수확량까지 보상하는 특약을 새로 만든다.",
          deadline="2026-01-31", dtext="내년 1월부터",
          comment="subjectless: 농식품부 from the sentence before; 충청북도's 120명 / ha당 800만 원, the growers' demand and the "
                  "2030 forecast that follow are not annotated"),
    ]))

# ---------------------------------------------------------------- 지반침하 1/3 (press-release style: ▲ lines, one deck line; two bodies)
JIN = "진서후"
P3_H = "땅꺼짐 막는다…GPR 탐사 올해 1만 km로 두 배, '지하안전지도' 12월 공개"
P3_D = "환경부, 노후 하수관 올해 1,200km 정비…전수조사는 내년까지"
P3_SEWER = ("환경부는 땅꺼짐의 주원인으로 꼽히는 노후 하수관 정비를 올해 1,200km로 늘리고, 20년 넘은 하수관 전체에 대한 "
            "정밀 전수조사를 내년까지 마치기로 했다.")
PAGES.append(dict(
    source="2025-04-16_n_sinkhole-release.txt", title=P3_H, published_at="2025-04-16",
    mentions=[
        m("n-molit-sink-gpr-10k", "new", MOLIT, O, P3_H, target=10000.0, unit="km", deadline="2025-12-31", dtext="올해",
          comment="the headline names no body: 국토교통부's plan"),
        m("n-molit-sink-map", "new", MOLIT, O, P3_H, deadline="2025-12-31", dtext="12월",
          comment="one headline, two commitments"),
        m("n-me-sewer-1200km", "new", ME, O, P3_D, target=1200.0, unit="km", deadline="2025-12-31", dtext="올해"),
        m("n-me-sewer-survey", "new", ME, O, P3_D, deadline="2026-12-31", dtext="내년까지",
          comment="one deck line, two commitments"),
        m("n-molit-sink-gpr-10k", "new", MOLIT, O,
          "국토교통부가 도심 땅꺼짐(지반침하) 사고를 막기 위해 땅속 빈 공간을 찾아내는 지표투과레이더(GPR) 탐사를 올해 1만 km로 지난해의 두 배로 늘린다.",
          target=10000.0, unit="km", deadline="2025-12-31", dtext="올해", comment="'두 배' is the ratio, not the target"),
        m("n-molit-sink-gpr-10k", "new", MOLIT, O, "▲GPR 탐사 연 5,000km→1만 km 확대(올해)",
          target=10000.0, unit="km", deadline="2025-12-31", dtext="올해",
          comment="each ▲ point stands on its own line: one sentence each, the ▲ included; 5,000km is the baseline"),
        m("n-molit-sink-map", "new", MOLIT, O, "▲전국 '지하안전지도' 일반 공개(12월)", deadline="2025-12-31", dtext="12월"),
        m("n-molit-sink-radius-50m", "new", MOLIT, O, "▲대형 굴착공사 착공 전 지반 조사 범위 20m→50m 확대(7월부터)",
          target=50.0, unit="m", deadline="2025-07-31", dtext="7월부터", comment="a rule's range raised to a stated value is the target"),
        m("n-molit-sink-sensors-100", "new", MOLIT, O, "▲대형 굴착 공사장 100곳 실시간 계측 센서 설치(내년 상반기)",
          target=100.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기"),
        m("n-molit-sink-map", "new", MOLIT, O,
          "국토부는 지하시설물과 지반 정보, 과거 땅꺼짐 이력을 한데 모은 '지하안전지도'를 12월 일반에 공개한다.",
          deadline="2025-12-31", dtext="12월"),
        m("n-molit-sink-radius-50m", "new", MOLIT, O,
          "지하 10m 이상을 파는 대형 굴착공사는 7월부터 공사장 경계에서 50m 안까지 지반 조사를 해야 한다.",
          target=50.0, unit="m", deadline="2025-07-31", dtext="7월부터",
          comment="the rule's subject is the 공사 (국토부's rule, named in the sentence before); '지하 10m 이상' is the scope"),
        m("n-molit-sink-sensors-100", "new", MOLIT, O,
          "국토부는 또 내년 상반기까지 대형 굴착 공사장 100곳에 지반 변위와 지하수위를 실시간으로 재는 계측 센서를 달아, 이상이 감지되면 바로 공사를 멈추게 할 방침이다.",
          target=100.0, unit="곳", deadline="2026-06-30", dtext="내년 상반기까지"),
        m("n-me-sewer-1200km", "new", ME, O, P3_SEWER, target=1200.0, unit="km", deadline="2025-12-31", dtext="올해",
          comment="the 6만 2,000km / 16만 km / 40% / 780km in the next sentences are statistics and the baseline"),
        m("n-me-sewer-survey", "new", ME, O, P3_SEWER, deadline="2026-12-31", dtext="내년까지",
          comment="one sentence, two commitments; '전체' is the scope, no target number"),
        m("n-molit-sink-gpr-10k", "new", MOLIT, O,
          "진서후 국토부 건설안전정책관은 \"땅꺼짐은 예고 없이 찾아오지만 원인은 대부분 미리 찾아낼 수 있다\"며 \"올해 1만 km 탐사로 위험 구간부터 먼저 짚어 내겠다\"고 말했다.",
          person=JIN, target=10000.0, unit="km", deadline="2025-12-31", dtext="올해",
          comment="위다온's '기획재정부와 협의하겠다' (next sentence), the 1,850억 원 budget, 서울시's 3,000km / 2027, the "
                  "학회 professor and the 2030 forecast are not annotated"),
    ]))

# ---------------------------------------------------------------- 고독사 1/2 (Q&A interview, two deck lines)
SEOL = "설은채"
P4_H = ("[인터뷰] 설은채 복지부 지역복지정책관 \"AI 안부 전화 연내 229개 시군구 전체로…고독사 2027년까지 20% 줄인다\"")
P4_D1 = "청년 고독사 전용 상담전화 7월부터 24시간 운영"
P4_D2 = "고독사 위험군 첫 전국 실태조사 결과 9월 공개"
PAGES.append(dict(
    source="2025-05-20_n_lonely-death-interview.txt", title=P4_H, published_at="2025-05-20",
    mentions=[
        m("n-mohw-lonely-ai-call", "new", MOHW, O, P4_H, person=SEOL, target=229.0, unit="개", deadline="2025-12-31",
          dtext="연내", comment="interview headline: the interviewee; '229개 시군구' → 229 개"),
        m("n-mohw-lonely-cut-20", "new", MOHW, O, P4_H, person=SEOL, target=20.0, unit="%", deadline="2027-12-31",
          dtext="2027년까지", comment="one headline, two commitments; a reduction rate is the target"),
        m("n-mohw-lonely-youth-line", "new", MOHW, O, P4_D1, deadline="2025-07-31", dtext="7월부터",
          comment="'24시간' is the service's hours, not a target"),
        m("n-mohw-lonely-survey", "new", MOHW, O, P4_D2, deadline="2025-09-30", dtext="9월"),
        m("n-mohw-lonely-cut-20", "new", MOHW, O, "2027년까지 고독사 사망자를 2023년보다 20% 줄이는 것이 목표다.",
          person=SEOL, target=20.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="Q&A answer: the 'A. ' label is not part of the sentence; 2023년 is the base year"),
        m("n-mohw-lonely-ai-call", "new", MOHW, O, "연내 229개 시군구 전체로 넓히겠다.", person=SEOL,
          target=229.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment="68개 시군구 (two sentences before) is the baseline; '일주일에 두 번' / '세 번' are parameters"),
        m("n-mohw-lonely-youth-line", "new", MOHW, O, "7월부터 청년 전용 상담전화를 24시간 운영하겠다.", person=SEOL,
          deadline="2025-07-31", dtext="7월부터", comment="'문자 상담도 검토하고 있다' (next sentence) is a consideration"),
        m("n-mohw-lonely-staff-1000", "new", MOHW, O,
          "고독사 예방만 전담하는 인력을 2026년까지 읍면동에 1,000명 배치하겠다.", person=SEOL,
          target=1000.0, unit="명", deadline="2026-12-31", dtext="2026년까지"),
        m("n-mohw-lonely-survey", "new", MOHW, O,
          "올해 처음으로 고독사 위험군 전국 실태조사를 하고 있고, 결과는 9월 공개한다.", person=SEOL,
          deadline="2025-09-30", dtext="9월"),
        m("n-mohw-lonely-cut-20", "new", MOHW, O, "2027년 20% 감축 목표는 반드시 이루겠다.", person=SEOL,
          target=20.0, unit="%", deadline="2027-12-31", dtext="2027년",
          comment="'계속해 나가겠다' and '협의하고 있다' (the 지자체 answer) are undated; 서울시's 5만 가구, 부산시's 3,000명 "
                  "(2026), the 900만 가구 forecast and the civic group's demand are not annotated"),
    ]))

# ---------------------------------------------------------------- 폭염 1/3 (straight news, one deck line; two bodies)
PYEON = "편지호"
P5_H = "체감 33도 넘으면 2시간마다 20분 쉰다…7월부터 의무화"
P5_D = "노동부, 9월까지 폭염 취약 사업장 5만 곳 점검…기상청은 다음 달부터 시군구별 영향예보"
PAGES.append(dict(
    source="2025-06-10_n_heatwave-workers.txt", title=P5_H, published_at="2025-06-10",
    mentions=[
        m("n-moel-heat-rest", "new", MOEL, O, P5_H, deadline="2025-07-31", dtext="7월부터",
          comment="the headline names no body: 고용노동부's plan; 33도 / 2시간 / 20분 are the rule's parameters, not a target"),
        m("n-moel-heat-inspect-50k", "new", MOEL, O, P5_D, target=50000.0, unit="곳", deadline="2025-09-30",
          dtext="9월까지"),
        m("n-kma-heat-impact", "new", KMA, O, P5_D, deadline="2025-07-31", dtext="다음 달부터",
          comment="a deck line with two bodies: one entry per body; '다음 달부터' on 2025-06-10 → July"),
        m("n-moel-heat-rest", "new", MOEL, O,
          "고용노동부가 체감온도 33도 이상의 폭염 속에서 일하는 노동자에게 2시간마다 20분 이상 쉬게 하도록 사업주에게 의무를 지우는 제도를 7월부터 시행한다.",
          deadline="2025-07-31", dtext="7월부터"),
        m("n-moel-heat-inspect-50k", "new", MOEL, O,
          "노동부는 건설 현장과 물류센터, 조선소 등 폭염 취약 사업장 5만 곳을 9월까지 점검한다.",
          target=50000.0, unit="곳", deadline="2025-09-30", dtext="9월까지",
          comment="152명 / 27명 / 60% / 3,704명 (the paragraph before) are statistics"),
        m("n-moel-heat-cooling-3000", "new", MOEL, O,
          "50인 미만 소규모 건설 현장 3,000곳에는 이동식 에어컨과 그늘막 설치비를 7월까지 지원한다.",
          target=3000.0, unit="곳", deadline="2025-07-31", dtext="7월까지",
          comment="subjectless: 노동부; '50인 미만' is the scope; 최대 300만 원 (next sentence) is a benefit parameter"),
        m("n-moel-heat-shelter-10", "new", MOEL, O,
          "옥외 작업장에 휴게시설을 반드시 두어야 하는 사업장 범위도 2027년까지 상시 노동자 20인 이상에서 10인 이상으로 넓힌다.",
          target=10.0, unit="인", deadline="2027-12-31", dtext="2027년까지",
          comment="a rule threshold lowered to a stated value is the target (as m's 판매자 기준); 20인 is the baseline"),
        m("n-kma-heat-impact", "new", KMA, O,
          "기상청은 지금은 광역 시도 단위로 내는 폭염 영향예보를 다음 달부터 시군구 단위로 세분화한다.",
          deadline="2025-07-31", dtext="다음 달부터"),
        m("n-kma-heat-alert", "new", KMA, O,
          "건설 현장 관리자의 휴대전화로 현장 주변 체감온도를 1시간마다 보내 주는 '현장 체감온도 알림' 서비스도 8월 시작한다.",
          deadline="2025-08-31", dtext="8월",
          comment="subjectless: 기상청 from the sentence before; '1시간마다' is a parameter; 기상청's 50% summer forecast "
                  "(next sentence) is a forecast, not a commitment"),
        m("n-moel-heat-rest", "new", MOEL, O,
          "편지호 노동부 산업안전보건정책관은 \"더위 속 휴식은 배려가 아니라 목숨을 지키는 안전조치\"라며 \"7월 시행에 차질이 없도록 하겠다\"고 말했다.",
          person=PYEON, deadline="2025-07-31", dtext="7월",
          comment="the workers' group demand, the builders' request, 서울시's 30곳 and 경기도's 7~8월 작업 중지 are not annotated"),
    ]))

# ---------------------------------------------------------------- 연안 고립 (standalone; correction notice at the foot of the corrected article)
JOO = "주하람"
P6_H = "갯벌 고립 사고 막는다…해경, 다음 달부터 위험구역 40곳 드론 순찰"
PAGES.append(dict(
    source="2025-08-19_n_coastal-isolation-correction.txt", title=P6_H, published_at="2025-08-19",
    mentions=[
        m("n-kcg-coast-drone-40", "new", KCG, O, P6_H, target=40.0, unit="곳", deadline="2025-09-30", dtext="다음 달부터",
          comment="'해경' = 해양경찰청; '다음 달부터' on 2025-08-19 → September"),
        m("n-kcg-coast-drone-40", "new", KCG, O,
          "해양경찰청이 밀물 때 갯벌이나 갯바위에 갇히는 고립 사고를 막기 위해 다음 달부터 서해안과 남해안의 사고 다발 구역 40곳에 드론 순찰을 시작한다.",
          target=40.0, unit="곳", deadline="2025-09-30", dtext="다음 달부터",
          comment="612건 / 19명 / 40% in the next paragraph are statistics"),
        m("n-kcg-coast-tide-alert", "new", KCG, O,
          "해경은 또 휴대전화 위치를 바탕으로 물이 차오르기 30분 전에 경고 문자를 보내는 '물때 알림' 서비스를 내년 상반기 내놓는다.",
          deadline="2026-06-30", dtext="내년 상반기", comment="'30분 전' is a parameter of the service"),
        m("n-kcg-coast-guards-1500", "new", KCG, O,
          "연안 순찰과 계도를 맡는 민간 연안안전지킴이는 내년 1,500명으로 늘린다.",
          target=1500.0, unit="명", deadline="2026-12-31", dtext="내년",
          comment="subjectless: 해경; 1,200명 (next sentence) is the baseline"),
        m("n-kcg-coast-drone-40", "new", KCG, O,
          "주하람 해양경찰청 연안안전과장은 \"갯벌은 물이 들어오는 속도가 사람이 걷는 속도보다 빠를 때가 많다\"며 \"다음 달 드론 순찰을 시작해 가을 행락철 사고부터 줄이겠다\"고 말했다.",
          person=JOO, deadline="2025-09-30", dtext="다음 달",
          comment="no number in the quote; 태안군's 12곳 and 옹진군's 연 2회 are not annotated, nor the [바로잡습니다] lines "
                  "('14곳' / '40곳', '1,050명' / '1,500명')"),
    ]))

# ---------------------------------------------------------------- 폭염 2/3 (TV script: 앵커/리포트/인터뷰 bites)
P7_H = "'2시간마다 20분 휴식' 안착…냉방장비 지원은 2,100곳 그쳐"
PAGES.append(dict(
    source="2025-09-16_n_heatwave-tv.txt", title=P7_H, published_at="2025-09-16",
    mentions=[
        m("n-moel-heat-rest", "achieved", MOEL, O, P7_H,
          comment="the headline names no body and no date: no fields; 2시간 / 20분 are the rule's parameters"),
        m("n-moel-heat-cooling-3000", "delayed", MOEL, O, P7_H,
          comment="one headline, two follow-ups; 2,100곳 is the count (no target in the clause); after the deadline (2025-07-31)"),
        m("n-moel-heat-rest", "achieved", MOEL, O,
          "체감온도 33도가 넘으면 2시간마다 20분씩 쉬도록 한 휴식 의무는 예정대로 7월부터 시행됐습니다.",
          deadline="2025-07-31", dtext="7월부터", comment="on time"),
        m("n-moel-heat-inspect-50k", "progress", MOEL, O,
          "노동부는 9월까지 폭염 취약 사업장 5만 곳을 점검하겠다고 했는데, 지난달 말까지 3만 8,000곳을 살펴봤습니다.",
          target=50000.0, unit="곳", deadline="2025-09-30", dtext="9월까지",
          comment="before the deadline a shortfall is progress; '지난달 말까지' is the reporting date; the 1,240곳 (next "
                  "sentence) is a statistic"),
        m("n-moel-heat-inspect-50k", "progress", MOEL, O, "남은 사업장도 이달 말까지 모두 점검을 마치겠습니다.",
          person=PYEON, deadline="2025-09-30", dtext="이달 말까지",
          comment="bite of the speaker in '[인터뷰] 편지호 / …'; restates the unchanged date on the page that reports "
                  "progress: progress (l's convention); '모두' is no number"),
        m("n-moel-heat-cooling-3000", "delayed", MOEL, O,
          "7월까지 3,000곳에 지원하기로 했던 이동식 에어컨과 그늘막은 2,100곳에만 돌아갔습니다.",
          target=3000.0, unit="곳", prev="2025-07-31",
          comment="after the deadline a shortfall is delayed; the missed '7월까지' → previous_deadline"),
        m("n-moel-heat-cooling-3000", "delayed", MOEL, O, "노동부는 나머지 900곳 지원을 내년 6월로 미뤘습니다.",
          target=900.0, unit="곳", deadline="2026-06-30", dtext="내년 6월",
          comment=LATER + "; a delay of the remainder takes the remainder as target"),
        m("n-kma-heat-impact", "achieved", KMA, O,
          "기상청이 7월부터 시군구 단위로 세분화한 폭염 영향예보는 현장에서 호응을 얻고 있습니다.",
          deadline="2025-07-31", dtext="7월부터", comment="on time"),
        m("n-kma-heat-alert", "delayed", KMA, O,
          "반면 8월 시작하기로 했던 '현장 체감온도 알림' 서비스는 통신사와의 협의가 늦어지면서 아직 시작하지 못했고, 기상청은 시작 시점을 내년 5월로 미뤘습니다.",
          deadline="2026-05-31", dtext="내년 5월", prev="2025-08-31",
          comment=LATER + "; one sentence reporting the miss and the move gets one entry; the old '8월' is named"),
        m("n-moel-heat-shelter-10", "revision", MOEL, O,
          "노동부는 옥외 휴게시설 설치 의무를 10인 이상 사업장으로 넓히는 시점도 당초 2027년에서 내년 7월로 앞당기기로 했습니다.",
          target=10.0, unit="인", deadline="2026-07-31", dtext="내년 7월", prev="2027-12-31",
          comment="a date moved EARLIER is revision (l's convention), previous_deadline the old 2027"),
    ]))

# ---------------------------------------------------------------- 예타 개편 2/3 (국정감사 report, one deck line)
GAM = "감도원"
P8_H = "[2025 국감] 예타 기간 아직 15개월…기재부 \"연말까지 12개월 맞춘다\""
P8_D = "'예타 열람실' 예정대로 개통…수행기관은 3곳으로 늘어"
PAGES.append(dict(
    source="2025-10-21_n_prelim-review-audit.txt", title=P8_H, published_at="2025-10-21",
    mentions=[
        m("n-moef-prelim-period-12", "progress", MOEF, F, P8_H, target=12.0, unit="개월", deadline="2025-12-31",
          dtext="연말까지",
          comment="the body restating its unchanged date on a page that reports the shortfall (15개월): progress "
                  "(l's 국감 convention); the body as an institution: person ''"),
        m("n-moef-prelim-library", "achieved", MOEF, F, P8_D, comment="on time; the deck names no date"),
        m("n-moef-prelim-agencies-5", "progress", MOEF, F, P8_D,
          comment="one deck line, two follow-ups; 3곳 is the count (no target in the clause), before the deadline"),
        m("n-moef-prelim-period-12", "progress", MOEF, F,
          "기재부가 연내 12개월 이내로 줄이겠다고 한 예타 평균 조사 기간은 9월 말 현재 15개월로 집계됐다.",
          target=12.0, unit="개월", deadline="2025-12-31", dtext="연내",
          comment="before the deadline a shortfall is progress; '9월 말 현재' is the reporting date; 민가온's 23건 / 4건 "
                  "(next sentence) are the lawmaker's figures"),
        m("n-moef-prelim-period-12", "progress", MOEF, F,
          "답변에 나선 감도원 기획재정부 예산실장은 \"하반기에 조사를 시작한 사업은 평균 11개월 안팎에 끝나고 있다\"며 \"연말까지는 평균 12개월 이내로 맞추겠다\"고 말했다.",
          person=GAM, target=12.0, unit="개월", deadline="2025-12-31", dtext="연말까지",
          comment="the official restates the unchanged date on the page that reports progress: progress, not new"),
        m("n-moef-prelim-threshold", "progress", MOEF, F,
          "예타 기준을 총사업비 1,000억 원으로 올리는 국가재정법 개정안은 지난 6월 국회에 제출됐지만 아직 기재위 소위원회에 머물러 있다.",
          target=EOK1000, unit="원",
          comment="a step done (the bill submitted) before the deadline (2026-01-31): progress; '지난 6월' is when the step "
                  "happened, not a deadline. 감 실장's '… 적용하려면 연내 처리가 꼭 필요하다' (next sentence) is a plea "
                  "conditional on the 국회, not a promise; the 예산정책처's 18건 is an estimate"),
        m("n-moef-prelim-library", "achieved", MOEF, F,
          "9월부터 운영하기로 한 온라인 '예타 열람실'은 예정대로 문을 열어 지금까지 보고서 310건이 공개됐다.",
          deadline="2025-09-30", dtext="9월부터", comment="on time; 310건 is usage"),
        m("n-moef-prelim-regional-50", "achieved", MOEF, F,
          "하반기부터 높이기로 한 비수도권 사업의 지역균형발전 평가 비중은 예정대로 7월부터 50%로 올라갔다.",
          target=50.0, unit="%", deadline="2025-12-31", dtext="하반기부터",
          comment="on time, with the promised '하반기부터' (2025-12-31) as deadline, not the start month (m's convention)"),
        m("n-moef-prelim-agencies-5", "progress", MOEF, F,
          "내년까지 5곳으로 늘리기로 한 예타 수행기관은 지난달 국토연구원이 새로 지정되면서 3곳이 됐다.",
          target=5.0, unit="곳", deadline="2026-12-31", dtext="내년까지", comment="before the deadline: progress"),
        m("n-moef-exempt-review-48", "new", MOEF, F,
          "이에 기재부는 48건의 사업비 적정성을 내년 상반기까지 다시 검증하겠다고 밝혔다.",
          target=48.0, unit="건", deadline="2026-06-30", dtext="내년 상반기까지",
          comment="the 48건 is named by the lawmaker in the sentence before; the 1.7배 is his figure; '… 방안도 검토하고 "
                  "있다' (next sentence) is a consideration; the civic group's report is not annotated"),
    ]))

# ---------------------------------------------------------------- 고독사 현장 (르포; no promise on the page)
PAGES.append(dict(
    source="2026-02-12_n_lonely-death-feature.txt",
    title="[르포] 문 앞에 쌓인 고지서 석 달치…아무도 몰랐던 이웃의 마지막", published_at="2026-02-12",
    mentions=[]))

# ---------------------------------------------------------------- 지반침하 2/2 (editorial; after the 2025-10-01 rename)
PAGES.append(dict(
    source="2026-04-15_n_sinkhole-editorial.txt", title="[사설] 또 꺼진 도로, '지하 안전' 약속은 절반만 지켜졌다",
    published_at="2026-04-15",
    mentions=[
        m("n-molit-sink-gpr-10k", "achieved", MOLIT, O,
          "국토교통부는 지난해 GPR 탐사를 1만 km로 늘리겠다고 했고, 실제로 1만 200km를 탐사해 목표를 채웠다.",
          target=10000.0, unit="km", deadline="2025-12-31", dtext="지난해",
          comment="on time (the promised year); 1만 200km is the count; the editorial headline is not annotated"),
        m("n-molit-sink-radius-50m", "achieved", MOLIT, O,
          "지하 10m 이상을 파는 공사의 지반 조사 범위를 50m로 넓히는 규정도 지난해 7월부터 예정대로 시행됐다.",
          target=50.0, unit="m", deadline="2025-07-31", dtext="지난해 7월부터", comment="on time"),
        m("n-molit-sink-map", "achieved", MOLIT, O,
          "하지만 지난해 12월 공개하겠다던 '지하안전지도'는 두 달 늦은 올해 2월에야 나왔다.",
          comment=LATE + " ('지난해 12월' = 2025-12-31)"),
        m("n-molit-sink-sensors-100", "progress", MOLIT, O,
          "올해 상반기까지 대형 굴착 공사장 100곳에 달기로 한 실시간 계측 센서는 지금까지 46곳에 설치됐을 뿐이다.",
          target=100.0, unit="곳", deadline="2026-06-30", dtext="올해 상반기까지",
          comment="before the deadline a shortfall is progress; the next sentence ('… 채우겠다는 말을 믿기 어렵다') is the "
                  "editorial's doubt, not a reported promise"),
        m("n-me-sewer-1200km", "delayed", MCEE, O,
          "환경부가 지난해 1,200km를 정비하겠다고 했지만, 업무를 이어받은 기후에너지환경부가 정비한 노후 하수관은 870km에 그쳤다.",
          target=1200.0, unit="km", prev="2025-12-31",
          comment="promise made by 환경부; from 2025-10-01 the body is 기후에너지환경부 (the name on the page date, also named "
                  "in the sentence); after the deadline a shortfall is delayed; '지난해' → previous_deadline"),
        m("n-me-sewer-1200km", "delayed", MCEE, O,
          "기후에너지환경부는 남은 330km를 올해 상반기 안에 정비하겠다고 했다.",
          target=330.0, unit="km", deadline="2026-06-30", dtext="올해 상반기 안에",
          comment=LATER + "; the remainder (330km) is the target"),
        m("n-me-sewer-survey", "cancelled", MCEE, O,
          "20년 넘은 하수관 전체를 올해까지 정밀 조사하겠다던 계획은 예산이 깎이면서 사실상 접혔다.",
          prev="2026-12-31",
          comment="dropped before its date ('사실상 접혔다'); the not-yet-passed '올해까지' → previous_deadline (l's 특화단지); "
                  "the narrower survey in the next sentence has no number or date"),
        m("n-molit-sink-gpr-20k", "new", MOLIT, O, "국토부는 올해 GPR 탐사를 2만 km로 다시 두 배 늘리겠다고 밝혔다.",
          target=20000.0, unit="km", deadline="2026-12-31", dtext="올해",
          comment="a new yearly target (2026), not a revision of the 2025 one; 610개 / 70% / 41일, 서울시's 5,000km / 2주 "
                  "and the 예산정책처's 40년 are not annotated, nor the closing demands"),
    ]))

# ---------------------------------------------------------------- 과수화상병 2/2 (data feature with ◆ subheads, one deck line)
P11_H = "[숫자로 본 과수화상병] 예찰 연 3회 지켰지만…진단 키트는 112곳 그쳐"
P11_D = "매몰 보상금 평균 27일 만에 지급…저항성 대목 보급 목표 15만 주로 늘려"
PAGES.append(dict(
    source="2026-06-23_n_fire-blight-numbers.txt", title=P11_H, published_at="2026-06-23",
    mentions=[
        m("n-rda-blight-survey-3", "achieved", RDA, O, P11_H, target=3.0, unit="회",
          comment="the headline names no body and no date: target only"),
        m("n-rda-blight-kit-150", "delayed", RDA, O, P11_H,
          comment="one headline, two follow-ups; 112곳 is the count (no target in the clause); after the deadline"),
        m("n-mafra-blight-comp-30d", "achieved", MAFRA, O, P11_D,
          comment="27일 is the measured period (the promise was 30일 안에): no target fields"),
        m("n-rda-blight-rootstock", "revision", RDA, O, P11_D, target=150000.0, unit="주",
          comment="a deck line with two bodies: one entry per body; a raised target is revision"),
        m("n-rda-blight-survey-3", "achieved", RDA, O,
          "농진청이 지난해 연 3회로 늘리기로 한 과수원 정기 예찰은 예정대로 세 차례 모두 이뤄졌다.",
          target=3.0, unit="회", deadline="2025-12-31", dtext="지난해",
          comment="on time; the ◆ subheads are not annotated; 48곳 / 19.2ha (next sentence) are statistics"),
        m("n-rda-blight-kit-150", "delayed", RDA, O,
          "지난해 5월까지 150곳에 보급하기로 했던 현장 진단 키트는 1년이 지난 지금도 112곳에만 있다.",
          target=150.0, unit="곳", prev="2025-05-31",
          comment="after the deadline a shortfall is delayed; the missed '지난해 5월까지' → previous_deadline"),
        m("n-rda-blight-kit-150", "delayed", RDA, O, "농진청은 남은 38곳에 7월까지 보급을 마치겠다고 했다.",
          target=38.0, unit="곳", deadline="2026-07-31", dtext="7월까지",
          comment=LATER + "; the remainder (38곳) is the target"),
        m("n-mafra-blight-comp-30d", "achieved", MAFRA, O,
          "지난해 하반기부터 매몰 뒤 30일 안에 주기로 한 손실보상금은 평균 27일 만에 지급됐다.",
          target=30.0, unit="일", deadline="2025-12-31", dtext="지난해 하반기부터",
          comment="on time; the sentence names no body: 농식품부, whose promise it is"),
        m("n-mafra-blight-insurance", "achieved", MAFRA, O,
          "농식품부가 예고한 대로 올해 1월부터 농작물재해보험에 넣은 화상병 특약에는 사과·배 농가 4,100곳이 가입했다.",
          deadline="2026-01-31", dtext="올해 1월부터", comment="on time; 4,100곳 is usage"),
        m("n-rda-blight-rootstock", "progress", RDA, O,
          "2027년까지 10만 주를 보급하기로 한 저항성 사과 대목 '충원1호'는 지금까지 2만 3,000주가 농가에 공급됐다.",
          target=100000.0, unit="주", deadline="2027-12-31", dtext="2027년까지", comment="before the deadline: progress"),
        m("n-rda-blight-rootstock", "revision", RDA, O, "농가 신청이 몰리자 농진청은 보급 목표를 15만 주로 늘렸다.",
          target=150000.0, unit="주",
          comment="a raised target is revision; no date in the sentence; same day as the progress: the status is revised; "
                  "1만 2,000원 / 30% (next sentence) are prices"),
        m("n-rda-blight-burial-50m", "new", RDA, O,
          "농진청은 다음 달부터 화상병이 확인된 과수원 주변의 예방 매몰 범위를 반경 100m에서 50m로 줄인다.",
          target=50.0, unit="m", deadline="2026-07-31", dtext="다음 달부터",
          comment="a rule's range set to a stated value is the target; 100m is the baseline; '다음 달부터' on 2026-06-23 → July; "
                  "the next sentence ('… 줄이겠다는 것이다') explains the aim, with no number or date"),
        m("n-rda-blight-ai-watch", "new", RDA, O,
          "함소담 농진청 재해대응과장은 \"내년 상반기까지 충북과 경기 과수원에 AI 영상 예찰 시스템을 깔겠다\"고 말했다.",
          person=HAM, deadline="2027-06-30", dtext="내년 상반기까지",
          comment="'충북과 경기' is the scope, no target number; 충청북도's 1,000만 원, the growers and the 2030 forecast are "
                  "not annotated"),
    ]))

# ---------------------------------------------------------------- year-end roundup (two storylines + one-liners; two deck lines)
P12_D1 = "예타 기준 1,000억 원 석 달 늦게 시행…수행기관 목표는 5곳→4곳으로 낮춰"
P12_D2 = "고독사 AI 안부 전화 198개 시군구서 멈춰…'물때 알림'은 한 달 늦게 개통"
P12_HEAT = ("올해 6월까지로 미뤘던 소규모 건설 현장 냉방장비 지원 나머지 900곳은 5월에 모두 마무리됐고, 옥외 휴게시설 설치 "
            "의무 대상도 앞당긴 일정대로 올해 7월부터 10인 이상 사업장으로 넓어졌다.")
PAGES.append(dict(
    source="2026-11-25_n_promise-roundup.txt",
    title="[2026 약속 점검] 예타 개편·고독사 예방…부처 약속 어디까지 왔나", published_at="2026-11-25",
    mentions=[
        m("n-moef-prelim-threshold", "achieved", MPB, F, P12_D1, target=EOK1000, unit="원",
          comment=LATE + " ('석 달 늦게'); the deck names no body: 기획예산처, which holds the 예타 work on the page date"),
        m("n-moef-prelim-agencies-5", "revision", MPB, F, P12_D1, target=4.0, unit="곳",
          comment="one deck line, two follow-ups; a lowered target is revision; 5곳 is the old target; no date in the deck"),
        m("n-mohw-lonely-ai-call", "delayed", MOHW, O, P12_D2,
          comment="the deck names no body: 보건복지부; 198개 is the count (no target in the clause); after the deadline"),
        m("n-kcg-coast-tide-alert", "achieved", KCG, O, P12_D2,
          comment=LATE + " ('한 달 늦게'); a deck line with two bodies: one entry per body"),
        m("n-moef-prelim-threshold", "achieved", MPB, F,
          "기획예산처가 기획재정부 시절 약속한 예타 기준 상향(총사업비 1,000억 원)은 국가재정법 개정안이 지난해 국회를 통과하지 못해 올해 1월 시행이 무산됐다가, 3월 국회를 통과해 4월부터 적용됐다.",
          target=EOK1000, unit="원",
          comment=LATE + " (the promised '내년 1월부터' = 2026-01-31; '1월 시행이 무산' is part of the same report); promise "
                  "made by 기획재정부, whose budget work (예타 included) passed to 기획예산처 on 2026-01-02"),
        m("n-moef-prelim-period-12", "delayed", MPB, F,
          "평균 19개월이던 예타 조사 기간을 지난해 안에 12개월 이내로 줄이겠다던 약속은 지키지 못해, 지난해 평균이 13.5개월에 머물렀다.",
          target=12.0, unit="개월", prev="2025-12-31",
          comment="after the deadline a shortfall is delayed; '지난해 안에' → previous_deadline; the sentence names no body: "
                  "기획예산처, the subject of the sentence before"),
        m("n-moef-prelim-period-12", "delayed", MPB, F,
          "기획재정부에서 예산 기능을 넘겨받은 기획예산처는 올해 말까지 12개월 이내로 맞추겠다고 다시 약속했다.",
          target=12.0, unit="개월", deadline="2026-12-31", dtext="올해 말까지",
          comment=LATER + "; the sentence names both bodies: the one making the promise on the page date is 기획예산처"),
        m("n-moef-prelim-agencies-5", "revision", MPB, F,
          "기획예산처는 또 올해까지 5곳으로 늘리겠다던 예타 수행기관 목표를 4곳으로 낮췄다.",
          target=4.0, unit="곳", deadline="2026-12-31", dtext="올해까지",
          comment="a lowered target is revision; the date ('올해까지' = 내년까지 of 2025) is unchanged: no previous_deadline"),
        m("n-moef-prelim-agencies-5", "progress", MPB, F,
          "지금까지 지정된 곳은 한국개발연구원과 한국조세재정연구원, 국토연구원 3곳이다.",
          comment="a measured value without the target; the same day's revision sets the status (revised)"),
        m("n-moef-exempt-review-48", "delayed", MPB, F,
          "2019년 이후 예타를 면제받은 48건의 사업비를 올해 상반기까지 다시 검증하겠다던 작업은 31건에서 멈춰 있다.",
          target=48.0, unit="건", prev="2026-06-30",
          comment="promise made by 기획재정부 (2025-10-21); after the deadline a shortfall is delayed; '올해 상반기까지' → "
                  "previous_deadline"),
        m("n-mpb-cost-disclosure-620", "new", MPB, F,
          "기획예산처는 내년 상반기까지 총사업비 관리 대상 사업 620건의 사업비 변경 내역을 모두 공개하겠다고 밝혔다.",
          target=620.0, unit="건", deadline="2027-06-30", dtext="내년 상반기까지",
          comment="the civic group's demand that follows is not annotated"),
        m("n-mohw-lonely-ai-call", "delayed", MOHW, O,
          "보건복지부가 지난해 안에 전국 229개 시군구로 넓히겠다던 AI 안부 전화 서비스는 지난해 말 198개 시군구에서 멈췄다.",
          target=229.0, unit="개", prev="2025-12-31",
          comment="after the deadline a shortfall is delayed; '지난해 안에' → previous_deadline; '… 확보되는 대로 넓히겠다는 "
                  "입장이다' (next sentence) is undated (k's '예산이 확보되는 대로')"),
        m("n-mohw-lonely-survey", "achieved", MOHW, O,
          "지난해 9월 공개하기로 했던 고독사 위험군 실태조사 결과는 두 달 늦은 11월에야 나왔다.",
          comment=LATE + " ('지난해 9월' = 2025-09-30)"),
        m("n-mohw-lonely-youth-line", "achieved", MOHW, O,
          "청년 전용 상담전화는 예정대로 지난해 7월부터 24시간 운영되고 있다.",
          deadline="2025-07-31", dtext="지난해 7월부터", comment="on time"),
        m("n-mohw-lonely-staff-1000", "progress", MOHW, O,
          "2026년까지 1,000명을 두기로 한 읍면동 고독사 예방 전담 인력은 현재 740명이다.",
          target=1000.0, unit="명", deadline="2026-12-31", dtext="2026년까지", comment="before the deadline: progress"),
        m("n-mohw-lonely-cut-20", "progress", MOHW, O,
          "2027년까지 고독사를 20% 줄이겠다는 목표와 달리 지난해 고독사 사망자는 3,910명으로 2023년보다 오히려 7% 늘었다.",
          target=20.0, unit="%", deadline="2027-12-31", dtext="2027년까지",
          comment="a statistic tied to the promise in the same sentence (k's '0명' convention): progress before the deadline, "
                  "although the count moved the wrong way"),
        m("n-mohw-lonely-app-500k", "new", MOHW, O,
          "복지부는 내년 상반기까지 안부 확인 앱 '잘지내요' 가입자를 50만 명으로 늘리겠다고 밝혔다.",
          target=500000.0, unit="명", deadline="2027-06-30", dtext="내년 상반기까지"),
        m("n-rda-blight-kit-150", "achieved", RDA, O,
          "농촌진흥청은 7월까지로 미뤘던 과수화상병 현장 진단 키트 보급을 예정대로 마쳐 150곳을 채웠다.",
          target=150.0, unit="곳", deadline="2026-07-31", dtext="7월까지",
          comment="on time for the moved date (k's 섬배표 convention); 150곳 is the whole target reached"),
        m("n-molit-sink-sensors-100", "delayed", MOLIT, O,
          "국토교통부가 올해 상반기까지 100곳에 달기로 했던 대형 굴착 공사장 계측 센서는 10월 말 현재 78곳에 설치됐다.",
          target=100.0, unit="곳", prev="2026-06-30", comment="after the deadline a shortfall is delayed"),
        m("n-molit-sink-gpr-20k", "progress", MOLIT, O,
          "올해 2만 km로 늘린 GPR 탐사는 10월 말까지 1만 6,500km를 마쳤다.",
          target=20000.0, unit="km", deadline="2026-12-31", dtext="올해",
          comment="subjectless: 국토교통부 from the sentence before; before the deadline: progress; '10월 말까지' is the "
                  "reporting date"),
        m("n-moel-heat-inspect-50k", "delayed", MOEL, O,
          "고용노동부가 지난해 9월까지 마치겠다던 폭염 취약 사업장 5만 곳 점검은 4만 6,000곳에서 끝났다.",
          target=50000.0, unit="곳", prev="2025-09-30", comment="after the deadline a shortfall is delayed"),
        m("n-moel-heat-cooling-3000", "achieved", MOEL, O, P12_HEAT, target=900.0, unit="곳", deadline="2026-06-30",
          dtext="올해 6월까지",
          comment="the remainder done before the moved date: on time for the moved date; the remainder (900곳) as target"),
        m("n-moel-heat-shelter-10", "achieved", MOEL, O, P12_HEAT, target=10.0, unit="인", deadline="2026-07-31",
          dtext="올해 7월부터",
          comment="one sentence, two follow-ups; on time for the date moved earlier (2026-07-31)"),
        m("n-kma-heat-alert", "cancelled", KMA, O,
          "기상청은 올해 5월로 미뤘던 '현장 체감온도 알림' 서비스를 끝내 내놓지 않고, 기존 날씨 앱에 같은 기능을 더하는 것으로 대신하기로 했다.",
          prev="2026-05-31",
          comment="the service is dropped and replaced by something else: cancelled; the moved date → previous_deadline"),
        m("n-kcg-coast-tide-alert", "achieved", KCG, O,
          "해양경찰청의 '물때 알림' 고립 경보 서비스는 상반기 시한보다 한 달 늦은 7월에 문을 열었다.",
          comment=LATE + " ('상반기 시한' = 2026-06-30); the roundup intro, section heads and the outlet's own plan are not "
                  "annotated"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-25)
LAST = "2026-11-25"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    ("n-moef-prelim-threshold", MPB, F, "예비타당성조사 대상 기준 총사업비 1,000억 원 2026년 1월부터 적용", "achieved",
     "April 2026, after the bill passed in March (기획예산처)"),
    ("n-moef-prelim-period-12", MPB, F, "예타 평균 조사 기간 12개월 이내 (2025년 → 2026년 말)", "delayed",
     "13.5개월 in 2025; the date moved to end-2026 on 2026-11-25"),
    ("n-moef-prelim-agencies-5", MPB, F, "예타 수행기관 2026년까지 (5곳 → 4곳)", "revised",
     "target lowered on 2026-11-25; 3곳"),
    ("n-moef-prelim-library", MPB, F, "온라인 '예타 열람실' 2025년 9월부터 운영", "achieved", "on time (reported 2025-10-21)"),
    ("n-moef-prelim-regional-50", MPB, F, "비수도권 예타 지역균형발전 평가 비중 50% 2025년 하반기부터", "achieved",
     "from July 2025"),
    ("n-moef-exempt-review-48", MPB, F, "예타 면제 사업 48건 사업비 적정성 재검증 2026년 상반기까지", "delayed", "31건"),
    ("n-mpb-cost-disclosure-620", MPB, F, "총사업비 관리 대상 620건 사업비 변경 내역 공개 2027년 상반기까지", "announced", ""),
    ("n-rda-blight-survey-3", RDA, O, "과수원 정기 예찰 2025년 연 3회", "achieved", ""),
    ("n-rda-blight-kit-150", RDA, O, "과수화상병 현장 진단 키트 150곳 (2025년 5월 → 나머지 38곳 2026년 7월)", "achieved",
     "on the moved date"),
    ("n-rda-blight-rootstock", RDA, O, "화상병 저항성 사과 대목 2027년까지 (10만 주 → 15만 주)", "revised",
     "target raised on 2026-06-23; 2만 3,000주"),
    ("n-mafra-blight-comp-30d", MAFRA, O, "화상병 매몰 손실보상금 30일 안에 지급 2025년 하반기부터", "achieved", "평균 27일"),
    ("n-mafra-blight-insurance", MAFRA, O, "농작물재해보험 화상병 특약 2026년 1월부터", "achieved", ""),
    ("n-rda-blight-burial-50m", RDA, O, "화상병 예방 매몰 범위 반경 50m 2026년 7월부터", "delayed",
     "deadline 2026-07-31 passed with no report (the data feature is its only page)"),
    ("n-rda-blight-ai-watch", RDA, O, "충북·경기 과수원 AI 영상 예찰 시스템 2027년 상반기까지", "announced", ""),
    ("n-molit-sink-gpr-10k", MOLIT, O, "지표투과레이더(GPR) 탐사 2025년 1만 km", "achieved", "1만 200km"),
    ("n-molit-sink-map", MOLIT, O, "'지하안전지도' 2025년 12월 일반 공개", "achieved", "February 2026"),
    ("n-molit-sink-radius-50m", MOLIT, O, "대형 굴착공사 지반 조사 범위 50m 2025년 7월부터", "achieved", ""),
    ("n-molit-sink-sensors-100", MOLIT, O, "대형 굴착 공사장 100곳 실시간 계측 센서 2026년 상반기까지", "delayed", "78곳"),
    ("n-me-sewer-1200km", MCEE, O, "노후 하수관 정비 2025년 1,200km (나머지 330km 2026년 상반기)", "delayed",
     "870km; the moved date 2026-06-30 passed with no report"),
    ("n-me-sewer-survey", MCEE, O, "20년 넘은 하수관 정밀 전수조사 2026년까지", "cancelled", "사실상 접혔다 (2026-04-15)"),
    ("n-molit-sink-gpr-20k", MOLIT, O, "GPR 탐사 2026년 2만 km", "in_progress", "1만 6,500km by October"),
    ("n-mohw-lonely-ai-call", MOHW, O, "AI 안부 전화 2025년 내 229개 시군구 전체", "delayed", "198개"),
    ("n-mohw-lonely-survey", MOHW, O, "고독사 위험군 전국 실태조사 결과 2025년 9월 공개", "achieved", "November 2025"),
    ("n-mohw-lonely-youth-line", MOHW, O, "청년 전용 상담전화 24시간 운영 2025년 7월부터", "achieved", ""),
    ("n-mohw-lonely-staff-1000", MOHW, O, "읍면동 고독사 예방 전담 인력 2026년까지 1,000명", "in_progress", "740명"),
    ("n-mohw-lonely-cut-20", MOHW, O, "고독사 사망자 2027년까지 2023년 대비 20% 감축", "in_progress",
     "2025: 3,910명, +7%"),
    ("n-mohw-lonely-app-500k", MOHW, O, "안부 확인 앱 '잘지내요' 가입자 2027년 상반기까지 50만 명", "announced", ""),
    ("n-moel-heat-rest", MOEL, O, "체감온도 33도 이상 2시간마다 20분 휴식 의무화 2025년 7월부터", "achieved", ""),
    ("n-moel-heat-inspect-50k", MOEL, O, "폭염 취약 사업장 5만 곳 점검 2025년 9월까지", "delayed", "4만 6,000곳"),
    ("n-moel-heat-cooling-3000", MOEL, O, "소규모 건설 현장 3,000곳 냉방장비 지원 (2025년 7월 → 나머지 900곳 2026년 6월)",
     "achieved", "May 2026, before the moved date"),
    ("n-moel-heat-shelter-10", MOEL, O, "옥외 휴게시설 설치 의무 10인 이상 사업장 (2027년 → 2026년 7월)", "achieved",
     "on the date moved earlier"),
    ("n-kma-heat-impact", KMA, O, "폭염 영향예보 시군구 단위 2025년 7월부터", "achieved", ""),
    ("n-kma-heat-alert", KMA, O, "'현장 체감온도 알림' 서비스 (2025년 8월 → 2026년 5월)", "cancelled",
     "dropped on 2026-11-25"),
    ("n-kcg-coast-drone-40", KCG, O, "갯벌·갯바위 고립 위험구역 40곳 드론 순찰 2025년 9월부터", "delayed",
     "deadline 2025-09-30 passed with no report (the correction page is its only page)"),
    ("n-kcg-coast-tide-alert", KCG, O, "'물때 알림' 고립 경보 서비스 2026년 상반기", "achieved", "July 2026"),
    ("n-kcg-coast-guards-1500", KCG, O, "민간 연안안전지킴이 2026년 1,500명", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "n", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (the 기획재정부 예타 promises are listed',
           'under 기획예산처, which took over its budget work, 예타 included, on 2026-01-02; the 환경부 하수관 promises',
           'under 기후에너지환경부, its successor from 2025-10-01).'],
          with_commitments="--commitments" in sys.argv[1:])
