"""Writes the hand annotations of held-out set f to gold/*.toml.

The annotations below were written by hand, sentence by sentence, from the pages in
articles/. This script only serialises them (so that quoting in TOML is never wrong);
check_gold.py validates the result.

Run:  python3 tools/build_gold.py   (from the set folder or anywhere)
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent))

from goldtools import m, write  # noqa: E402

MOLIT = "국토교통부"
ME = "환경부"
MCEE = "기후에너지환경부"
MOE = "교육부"
MOTIE = "산업통상자원부"
MOTI = "산업통상부"
MOIS = "행정안전부"


LATE = "achieved after the deadline the commitment named; no deadline fields (the sentence names a missed date)"

PAGES: list[dict] = []

# ---------------------------------------------------------------- 가덕도신공항 1/3
G = "other"
S1_H = "가덕도신공항 상반기 첫 삽…2029년 12월 개항 '이상무'"
S1_1 = "국토교통부가 가덕도신공항 부지조성공사를 올해 상반기 안에 착공해 2029년 12월 개항 목표를 지키겠다고 16일 밝혔다."
S1_2 = "박상우 국토교통부 장관은 이날 부산 강서구 가덕도신공항건립추진단 현장사무소를 찾아 \"부지조성공사 실시설계를 4월까지 마무리하고 상반기에는 반드시 첫 삽을 뜨겠다\"고 말했다."
PAGES.append(dict(
    source="2025-01-16_f_gadeokdo-groundbreaking.txt", title=S1_H, published_at="2025-01-16",
    mentions=[
        m("f-molit-gadeok-groundbreak", "new", MOLIT, G, S1_H, deadline="2025-06-30", dtext="상반기"),
        m("f-molit-gadeok-opening", "new", MOLIT, G, S1_H, deadline="2029-12-31", dtext="2029년 12월"),
        m("f-molit-gadeok-design-apr", "new", MOLIT, G, "국토부, 부지조성공사 실시설계 4월까지 마무리",
          deadline="2025-04-30", dtext="4월까지"),
        m("f-molit-gadeok-terminal-design", "new", MOLIT, G, "여객터미널 기본설계도 연내 착수",
          deadline="2025-12-31", dtext="연내"),
        m("f-molit-gadeok-groundbreak", "new", MOLIT, G, S1_1, deadline="2025-06-30", dtext="올해 상반기 안에"),
        m("f-molit-gadeok-opening", "new", MOLIT, G, S1_1, deadline="2029-12-31", dtext="2029년 12월"),
        m("f-molit-gadeok-design-apr", "new", MOLIT, G, S1_2, person="박상우",
          deadline="2025-04-30", dtext="4월까지"),
        m("f-molit-gadeok-groundbreak", "new", MOLIT, G, S1_2, person="박상우",
          deadline="2025-06-30", dtext="상반기"),
        m("f-molit-gadeok-terminal-design", "new", MOLIT, G,
          "여객터미널과 관제탑 등 건축시설은 올해 하반기 기본설계에 착수한다.",
          deadline="2025-12-31", dtext="올해 하반기"),
        m("f-molit-gadeok-access", "new", MOLIT, G,
          "국토부는 부산신항~가덕도 연결 철도와 가덕도~녹산 연결도로를 2029년까지 함께 개통하겠다는 방침이다.",
          deadline="2029-12-31", dtext="2029년까지"),
        m("f-molit-gadeok-local-40", "new", MOLIT, G,
          "국토부는 또 부지조성공사에 지역 건설업체가 40% 이상 참여하도록 해 지역 경제 효과를 높이겠다고 밝혔다.",
          target=40.0, unit="%"),
    ]))

# ---------------------------------------------------------------- 수소버스 1/3
C = "climate"
S2_H = "환경부, 올해 수소버스 2천대 보급…충전소 50곳 새로 짓는다"
S2_1 = "환경부가 올해 수소버스 2,000대를 보급하고 수소충전소 50곳을 새로 구축한다."
PAGES.append(dict(
    source="2025-02-11_f_hydrogen-bus-2000.txt", title=S2_H, published_at="2025-02-11",
    mentions=[
        m("f-me-h2bus-2025", "new", ME, C, S2_H, target=2000.0, unit="대", deadline="2025-12-31", dtext="올해"),
        m("f-me-h2station-50", "new", ME, C, S2_H, target=50.0, unit="곳", deadline="2025-12-31", dtext="올해"),
        m("f-me-zev-exec-70", "new", ME, C, "무공해차 보조금 상반기에 70% 집행",
          target=70.0, unit="%", deadline="2025-06-30", dtext="상반기에"),
        m("f-me-h2bus-2030", "new", ME, C, "\"2030년 수소버스 2만1200대 목표는 그대로\"",
          target=21200.0, unit="대", deadline="2030-12-31", dtext="2030년"),
        m("f-me-h2bus-2025", "new", ME, C, S2_1, target=2000.0, unit="대", deadline="2025-12-31", dtext="올해"),
        m("f-me-h2station-50", "new", ME, C, S2_1, target=50.0, unit="곳", deadline="2025-12-31", dtext="올해"),
        m("f-me-zev-exec-70", "new", ME, C, "환경부는 예산의 70%를 상반기에 집행해 보급 속도를 끌어올리겠다고 밝혔다.",
          target=70.0, unit="%", deadline="2025-06-30", dtext="상반기에"),
        m("f-me-h2bus-2025", "new", ME, C,
          "김완섭 환경부 장관은 \"지난해 수소버스 보급이 목표에 크게 못 미친 만큼 올해는 보조금 지급 시기를 앞당기고 충전 인프라를 먼저 깔겠다\"며 \"올해 2,000대 보급 목표는 반드시 달성하겠다\"고 말했다.",
          person="김완섭", target=2000.0, unit="대", deadline="2025-12-31", dtext="올해"),
        m("f-me-h2bus-2030", "new", ME, C,
          "환경부는 2030년까지 수소버스를 누적 2만 1,200대 보급한다는 목표를 유지하기로 했다.",
          target=21200.0, unit="대", deadline="2030-12-31", dtext="2030년까지"),
    ]))

# ---------------------------------------------------------------- AI 디지털교과서 1/2 (interview)
O = "other"
S3_H = "[인터뷰] 송현정 교육부 디지털교육기획관 \"AI교과서 활용 학교, 연말까지 70%로 늘린다\""
S3_D = "교원 연수 상반기 15만명 마무리…내년 3월 초5·6·중2로 확대"
PAGES.append(dict(
    source="2025-03-04_f_aidt-interview.txt", title=S3_H, published_at="2025-03-04",
    mentions=[
        m("f-moe-aidt-adoption-70", "new", MOE, O, S3_H, person="송현정",
          target=70.0, unit="%", deadline="2025-12-31", dtext="연말까지"),
        m("f-moe-aidt-training-150k", "new", MOE, O, S3_D,
          target=150000.0, unit="명", deadline="2025-06-30", dtext="상반기"),
        m("f-moe-aidt-expansion-2026", "new", MOE, O, S3_D, deadline="2026-03-31", dtext="내년 3월"),
        m("f-moe-aidt-adoption-70", "new", MOE, O,
          "연말까지 AI교과서를 활용하는 학교를 전체의 70%로 끌어올리는 것이 목표다.",
          person="송현정", target=70.0, unit="%", deadline="2025-12-31", dtext="연말까지"),
        m("f-moe-aidt-training-150k", "new", MOE, O,
          "지난해부터 지금까지 교원 8만 명이 연수를 받았고, 상반기까지 누적 15만 명이 연수를 마치도록 하겠다.",
          person="송현정", target=150000.0, unit="명", deadline="2025-06-30", dtext="상반기까지"),
        m("f-moe-aidt-devices-340k", "new", MOE, O, "올해 안에 학생용 디지털 기기 34만 대를 추가로 보급한다.",
          person="송현정", target=340000.0, unit="대", deadline="2025-12-31", dtext="올해 안에"),
        m("f-moe-aidt-network-2x", "new", MOE, O,
          "학교 무선망은 8월까지 속도를 지금의 2배로 높이는 작업을 끝낼 예정이다.",
          person="송현정", target=2.0, unit="배", deadline="2025-08-31", dtext="8월까지"),
        m("f-moe-aidt-fee-negotiation", "new", MOE, O, "발행사들과의 구독료 협상은 이달 말까지 마무리하겠다.",
          person="송현정", deadline="2025-03-31", dtext="이달 말까지"),
        m("f-moe-aidt-expansion-2026", "new", MOE, O,
          "내년 3월 새 학기에는 적용 대상을 초등학교 5·6학년과 중학교 2학년으로 넓히고, 과목도 국어·사회·과학을 더해 모두 6개 과목으로 늘린다.",
          person="송현정", target=6.0, unit="개", deadline="2026-03-31", dtext="내년 3월"),
    ]))

# ---------------------------------------------------------------- 원전 수출 1/2
I = "industry"
S4_H = "체코 원전 내달 7일 최종계약…산업부 \"2030년까지 원전 10기 수출\""
S4_D = "i-SMR 2028년 표준설계인가 목표…원전수출전략실 상반기 신설"
PAGES.append(dict(
    source="2025-04-24_f_nuclear-export-czech.txt", title=S4_H, published_at="2025-04-24",
    mentions=[
        m("f-motie-czech-contract", "new", MOTIE, I, S4_H, deadline="2025-05-07", dtext="내달 7일"),
        m("f-motie-nuclear-export-10", "new", MOTIE, I, S4_H, target=10.0, unit="기",
          deadline="2030-12-31", dtext="2030년까지"),
        m("f-motie-ismr-sda", "new", MOTIE, I, S4_D, deadline="2028-12-31", dtext="2028년"),
        m("f-motie-export-office", "new", MOTIE, I, S4_D, deadline="2025-06-30", dtext="상반기"),
        m("f-motie-czech-contract", "new", MOTIE, I,
          "산업통상자원부는 24일 한국수력원자력과 체코전력공사(CEZ) 자회사인 EDU II가 다음 달 7일 프라하에서 두코바니 원전 2기 건설 최종 계약에 서명할 예정이라고 밝혔다.",
          target=2.0, unit="기", deadline="2025-05-07", dtext="다음 달 7일"),
        m("f-motie-nuclear-export-10", "new", MOTIE, I,
          "안덕근 산업통상자원부 장관은 이날 원전 수출 전략 점검회의에서 \"체코 사업은 K-원전 수출의 새로운 출발점\"이라며 \"2030년까지 원전 10기 수출 목표를 반드시 달성하겠다\"고 말했다.",
          person="안덕근", target=10.0, unit="기", deadline="2030-12-31", dtext="2030년까지"),
        m("f-motie-additional-order-2025", "new", MOTIE, I,
          "산업부는 체코에 이어 폴란드, 네덜란드, 스웨덴 등을 상대로 수주 활동을 벌여 올해 안에 1건 이상의 추가 수주 협상을 본계약 단계로 끌어올린다는 계획이다.",
          target=1.0, unit="건", deadline="2025-12-31", dtext="올해 안에"),
        m("f-motie-nuclear-finance-3tn", "new", MOTIE, I,
          "산업부는 한국수출입은행과 한국무역보험공사를 통해 2027년까지 원전 수출 금융 3조 원을 공급할 방침이다.",
          target=3000000000000.0, unit="원", deadline="2027-12-31", dtext="2027년까지"),
        m("f-motie-ismr-sda", "new", MOTIE, I,
          "i-SMR(혁신형 SMR)은 2028년까지 원자력안전위원회의 표준설계인가를 받는 것이 목표다.",
          deadline="2028-12-31", dtext="2028년까지"),
        m("f-motie-smr-fund", "new", MOTIE, I,
          "산업부는 SMR 수출 시장을 선점하기 위해 올해 하반기 5,000억 원 규모의 SMR 수출 지원 펀드를 조성하겠다고 했다.",
          target=500000000000.0, unit="원", deadline="2025-12-31", dtext="올해 하반기"),
        m("f-motie-export-office", "new", MOTIE, I,
          "산업부는 상반기 중 기존 원전수출추진단을 실 단위의 '원전수출전략실'로 격상하고 인력을 40명에서 60명으로 늘린다.",
          target=60.0, unit="명", deadline="2025-06-30", dtext="상반기 중"),
    ]))

# ---------------------------------------------------------------- 재난문자 (standalone wire brief)
S5_H = "행안부, 재난문자 '읍면동 단위' 정밀 발송 연내 전국 확대"
PAGES.append(dict(
    source="2025-05-20_f_disaster-alert-brief.txt", title=S5_H, published_at="2025-05-20",
    mentions=[
        m("f-mois-alert-precise", "new", MOIS, O, S5_H, deadline="2025-12-31", dtext="연내"),
        m("f-mois-alert-precise", "new", MOIS, O,
          "행정안전부는 재난문자를 시·군·구가 아닌 읍·면·동 단위로 보내는 '정밀 발송' 서비스를 연내 전국 3,500여 개 읍면동으로 확대한다고 20일 밝혔다.",
          target=3500.0, unit="개", deadline="2025-12-31", dtext="연내",
          comment="the wire dateline '(서울=뉴스라인통신) 오다은 기자 = ' that precedes it on the line is not part of the sentence"),
        m("f-mois-alert-multilang", "new", MOIS, O,
          "행안부는 7월 중 재난문자를 영어·중국어·베트남어 등 12개 언어로 자동 번역해 보내는 체계를 갖추기로 했다.",
          target=12.0, unit="개", deadline="2025-07-31", dtext="7월 중"),
        m("f-mois-alert-5min", "new", MOIS, O,
          "행안부는 현재 평균 15분가량 걸리는 재난문자 발송 소요 시간을 2027년까지 5분 이내로 줄일 계획이다.",
          target=5.0, unit="분", deadline="2027-12-31", dtext="2027년까지"),
        m("f-mois-alert-system-320", "new", MOIS, O,
          "이를 위해 2027년까지 320억 원을 들여 재난문자 송출 시스템을 전면 개편한다.",
          target=32000000000.0, unit="원", deadline="2027-12-31", dtext="2027년까지"),
    ]))

# ---------------------------------------------------------------- 가덕도신공항 2/3 (broadcast)
S6_H = "가덕도신공항 '상반기 착공' 결국 무산…개항 일정도 안갯속"
S6_D = "국토부 \"이달 중 재입찰 공고…연내 새 시공사와 계약\""
PAGES.append(dict(
    source="2025-06-05_f_gadeokdo-delay.txt", title=S6_H, published_at="2025-06-05",
    mentions=[
        m("f-molit-gadeok-groundbreak", "delayed", MOLIT, G, S6_H, prev="2025-06-30",
          comment="'개항 일정도 안갯속' is an assessment, not a report of what became of the opening date: not annotated"),
        m("f-molit-gadeok-retender", "new", MOLIT, G, S6_D, deadline="2025-06-30", dtext="이달 중"),
        m("f-molit-gadeok-contract", "new", MOLIT, G, S6_D, deadline="2025-12-31", dtext="연내"),
        m("f-molit-gadeok-groundbreak", "delayed", MOLIT, G,
          "가덕도신공항 부지조성공사를 올해 상반기에 시작하겠다던 정부 계획이 결국 무산됐습니다.",
          prev="2025-06-30"),
        m("f-molit-gadeok-retender", "new", MOLIT, G,
          "결국 국토부는 현대건설과의 수의계약 절차를 끝내고 이달 중 재입찰 공고를 내기로 했습니다.",
          deadline="2025-06-30", dtext="이달 중"),
        m("f-molit-gadeok-contract", "new", MOLIT, G, "새 시공사와의 계약은 연내 마무리한다는 목표입니다.",
          deadline="2025-12-31", dtext="연내"),
        m("f-molit-gadeok-design-apr", "delayed", MOLIT, G,
          "4월까지 끝내기로 했던 부지조성공사 실시설계도 시공사 공백으로 사실상 멈춰 섰습니다.",
          prev="2025-04-30"),
        m("f-molit-gadeok-opening", "progress", MOLIT, G, "2029년 12월 개항 목표는 아직 바꾸지 않았습니다.",
          deadline="2029-12-31", dtext="2029년 12월",
          comment="interview bite of an unnamed 추진단 official; the opening quote mark is not part of the sentence"),
        m("f-molit-gadeok-terminal-design", "progress", MOLIT, G,
          "국토부는 여객터미널 기본설계는 예정대로 하반기에 착수한다는 입장입니다.",
          deadline="2025-12-31", dtext="하반기에"),
    ]))

# ---------------------------------------------------------------- AI 디지털교과서 2/2
S7_H = "AI교과서, 교과서 지위 잃어…교육부 '내년 확대' 계획 백지화"
PAGES.append(dict(
    source="2025-08-05_f_aidt-downgraded.txt", title=S7_H, published_at="2025-08-05",
    mentions=[
        m("f-moe-aidt-expansion-2026", "cancelled", MOE, O, S7_H, prev="2026-12-31",
          comment="'내년' normalised to 2026-12-31 as written; the commitment itself said 내년 3월 (2026-03-31)"),
        m("f-moe-aidt-adoption-70", "cancelled", MOE, O, "\"활용 학교 70%\" 목표도 사실상 무산",
          target=70.0, unit="%"),
        m("f-moe-aidt-expansion-2026", "cancelled", MOE, O,
          "교육부는 내년 3월 초등 5·6학년과 중학교 2학년으로 AI교과서 적용 대상을 넓히려던 계획을 접기로 했다고 5일 밝혔다.",
          prev="2026-03-31"),
        m("f-moe-aidt-expansion-2026", "cancelled", MOE, O, "국어·사회·과학으로 과목을 늘리는 방안도 함께 백지화됐다."),
        m("f-moe-aidt-adoption-70", "cancelled", MOE, O,
          "연말까지 AI교과서 활용 학교를 70%로 늘리겠다던 목표도 사실상 무산됐다.",
          target=70.0, unit="%", prev="2025-12-31"),
        m("f-moe-aidt-training-150k", "delayed", MOE, O,
          "교원 연수는 상반기까지 15만 명을 목표로 했지만 실제 이수 인원은 10만 2,000명에 그쳤다.",
          target=150000.0, unit="명", prev="2025-06-30"),
        m("f-moe-aidt-fee-negotiation", "achieved", MOE, O,
          "3월 말까지 끝내겠다던 발행사와의 구독료 협상은 4월 중순에야 타결됐다.",
          comment=LATE + " (3월 말까지 = 2025-03-31)"),
        m("f-moe-aidt-network-2x", "achieved", MOE, O,
          "8월까지 마치기로 했던 학교 무선망 속도 2배 개선 작업은 지난달 말 전국 1만 1,000여 개 학교에서 완료됐다.",
          target=2.0, unit="배", deadline="2025-08-31", dtext="8월까지"),
        m("f-moe-aidt-devices-340k", "progress", MOE, O,
          "올해 34만 대를 추가 보급하기로 한 학생용 디지털 기기는 지금까지 21만 대가 보급됐으며, 교육부는 남은 물량도 예정대로 연내 보급하기로 했다.",
          target=340000.0, unit="대", deadline="2025-12-31", dtext="연내"),
        m("f-moe-aidt-subsidy-2026", "new", MOE, O,
          "교육부는 AI교과서를 계속 쓰려는 학교에는 내년에도 구독료의 50%를 지원하기로 했다.",
          target=50.0, unit="%", deadline="2026-12-31", dtext="내년"),
    ]))

# ---------------------------------------------------------------- 수소버스 2/3 (statistics page)
S8_H = "[데이터로 본 에너지] 수소버스 보급 목표 절반도 못 채워…\"2030년 수소모빌리티 시장 5조원\""
PAGES.append(dict(
    source="2025-09-15_f_hydrogen-mobility-numbers.txt", title=S8_H, published_at="2025-09-15",
    mentions=[
        m("f-me-h2bus-2025", "progress", ME, C, S8_H,
          comment="only the first clause is government; the 5조원 market figure is 한국수소산업협회's forecast"),
        m("f-me-h2bus-2025", "progress", ME, C,
          "환경부 집계에 따르면 올해 1~8월 수소버스 보급 대수는 812대로, 연간 목표 2,000대의 40.6%에 그쳤다.",
          target=2000.0, unit="대"),
        m("f-me-h2bus-2025", "progress", ME, C,
          "환경부 관계자는 \"하반기에 보조금 신청이 몰리는 만큼 연간 2,000대 목표는 달성할 수 있다\"고 말했다.",
          target=2000.0, unit="대"),
        m("f-me-zev-exec-70", "delayed", ME, C,
          "환경부는 연초 상반기 안에 예산의 70%를 집행하겠다고 했지만 목표에 22%포인트 못 미쳤다.",
          target=70.0, unit="%", prev="2025-06-30"),
        m("f-me-h2station-50", "progress", ME, C,
          "올해 새로 짓기로 한 수소충전소 50곳 가운데 8월 말까지 문을 연 곳은 21곳이다.",
          target=50.0, unit="곳", deadline="2025-12-31", dtext="올해"),
    ]))

# ---------------------------------------------------------------- 원전 수출 2/2 (wire, after the reorganisation)
S9_H = "원전 10기 수출 목표, 2035년으로 5년 늦춘다"
S9_4 = "지난 6월 체코 두코바니 원전 2기 계약을 따냈지만 추가 수주가 이어지지 않자 목표 시점을 현실에 맞게 조정한 것이다."
PAGES.append(dict(
    source="2025-11-19_f_nuclear-export-reset.txt", title=S9_H, published_at="2025-11-19",
    mentions=[
        m("f-motie-nuclear-export-10", "revision", MOTI, I, S9_H, target=10.0, unit="기",
          deadline="2035-12-31", dtext="2035년"),
        m("f-motie-ismr-sda", "delayed", MCEE, I, "산업통상부 '원전 수출 전략' 재정비…i-SMR 인가도 1년 지연",
          comment="responsible body is 기후에너지환경부 (it took over i-SMR in the 2025-10-01 reorganisation, per the body), although the deck names 산업통상부"),
        m("f-motie-nuclear-export-10", "revision", MOTI, I,
          "정부가 '2030년까지 원전 10기 수출' 목표의 달성 시한을 2035년으로 5년 늦췄다.",
          target=10.0, unit="기", deadline="2035-12-31", dtext="2035년", prev="2030-12-31",
          comment="the wire dateline '[세종=한결뉴스] 정윤호 기자 = ' is not part of the sentence"),
        m("f-motie-czech-contract", "achieved", MOTI, I, S9_4, target=2.0, unit="기"),
        m("f-motie-nuclear-export-10", "revision", MOTI, I, S9_4),
        m("f-motie-czech-contract", "achieved", MOTI, I,
          "체코 원전 계약은 당초 예정일(5월 7일)보다 한 달가량 늦은 6월 4일 프라하에서 체결됐다.",
          comment=LATE + " (5월 7일 = 2025-05-07)"),
        m("f-motie-nuclear-export-10", "revision", MOTI, I,
          "김정관 산업통상부 장관은 \"체코 사업을 성공적으로 수행하는 것이 다음 수주의 열쇠\"라며 \"2035년까지 10기 목표는 충분히 달성할 수 있다\"고 말했다.",
          person="김정관", target=10.0, unit="기", deadline="2035-12-31", dtext="2035년까지"),
        m("f-motie-additional-order-2025", "delayed", MOTI, I,
          "올해 안에 1건 이상의 추가 수주 협상을 본계약 단계로 올리겠다던 계획은 사실상 물 건너갔다.",
          target=1.0, unit="건", prev="2025-12-31",
          comment="'사실상 물 건너갔다' for a dated milestone of a continuing export drive: delayed, not cancelled"),
        m("f-motie-ismr-sda", "revision", MCEE, I,
          "지난달 조직개편으로 i-SMR 개발 사업을 넘겨받은 기후에너지환경부는 표준설계인가 목표 시점을 2028년에서 2029년으로 1년 늦췄다.",
          deadline="2029-12-31", dtext="2029년", prev="2028-12-31"),
        m("f-motie-export-office", "achieved", MOTI, I,
          "원전수출전략실은 상반기 계획대로 6월 말 정원 60명 규모로 출범했다.",
          target=60.0, unit="명", deadline="2025-06-30", dtext="상반기"),
        m("f-motie-nuclear-finance-3tn", "progress", MOTI, I,
          "2027년까지 3조 원을 공급하기로 한 원전 수출 금융은 지금까지 1조 1,000억 원이 집행됐다.",
          target=3000000000000.0, unit="원", deadline="2027-12-31", dtext="2027년까지"),
        m("f-motie-smr-fund", "revision", MOTI, I,
          "5,000억 원 규모로 하반기에 만들기로 했던 SMR 수출 지원 펀드는 규모를 3,000억 원으로 줄여 내년 상반기에 출범시키기로 했다.",
          target=300000000000.0, unit="원", deadline="2026-06-30", dtext="내년 상반기", prev="2025-12-31"),
        m("f-moti-nuclear-mou-5", "new", MOTI, I,
          "김 장관은 \"내년 상반기까지 원전 도입을 검토하는 5개국과 정부 간 원전 협력 양해각서(MOU)를 맺겠다\"고 밝혔다.",
          person="김정관", target=5.0, unit="개국", deadline="2026-06-30", dtext="내년 상반기까지"),
    ]))

# ---------------------------------------------------------------- 수소버스 3/3 (after the rename)
S10_H = "수소버스 보급 목표 또 미달…기후부, 2030년 목표 2만1200대→1만5000대로 낮춰"
S10_D1 = "지난해 1,140대 그쳐…올해는 2,500대 보급"
S10_Q = "김성환 기후에너지환경부 장관은 \"도달할 수 있는 목표를 세우고 반드시 지키겠다\"며 \"올해는 수소버스 2,500대를 보급하고 보조금 집행률을 90% 이상으로 끌어올리겠다\"고 말했다."
PAGES.append(dict(
    source="2026-01-20_f_hydrogen-bus-target-cut.txt", title=S10_H, published_at="2026-01-20",
    mentions=[
        m("f-me-h2bus-2025", "delayed", MCEE, C, S10_H),
        m("f-me-h2bus-2030", "revision", MCEE, C, S10_H, target=15000.0, unit="대",
          deadline="2030-12-31", dtext="2030년"),
        m("f-me-h2bus-2025", "delayed", MCEE, C, S10_D1),
        m("f-mcee-h2bus-2026", "new", MCEE, C, S10_D1, target=2500.0, unit="대",
          deadline="2026-12-31", dtext="올해"),
        m("f-me-h2station-50", "delayed", MCEE, C, "새로 짓기로 한 충전소 50곳 중 38곳만 완공",
          target=50.0, unit="곳"),
        m("f-me-h2bus-2025", "delayed", MCEE, C,
          "기후에너지환경부는 지난해 수소버스 1,140대를 보급해 연간 목표(2,000대)의 57% 수준에 머물렀다고 20일 밝혔다.",
          target=2000.0, unit="대", prev="2025-12-31"),
        m("f-me-h2bus-2025", "delayed", MCEE, C,
          "충전소 부족과 보조금 집행 지연이 겹치면서 2년 연속 목표치를 채우지 못했다."),
        m("f-me-h2station-50", "delayed", MCEE, C,
          "수소충전소도 지난해 50곳을 새로 짓기로 했지만 연말까지 완공된 곳은 38곳에 그쳤다.",
          target=50.0, unit="곳", prev="2025-12-31"),
        m("f-me-h2station-50", "revision", MCEE, C, "기후부는 나머지 12곳을 올해 상반기 안에 완공하겠다고 밝혔다.",
          target=12.0, unit="곳", deadline="2026-06-30", dtext="올해 상반기 안에"),
        m("f-me-h2bus-2030", "revision", MCEE, C,
          "기후부는 이날 '수소버스 보급 목표 현실화 방안'을 내놓고 2030년 누적 보급 목표를 2만 1,200대에서 1만 5,000대로 낮췄다.",
          target=15000.0, unit="대", deadline="2030-12-31", dtext="2030년"),
        m("f-mcee-h2bus-2026", "new", MCEE, C, S10_Q, person="김성환", target=2500.0, unit="대",
          deadline="2026-12-31", dtext="올해"),
        m("f-mcee-h2-exec-90", "new", MCEE, C, S10_Q, person="김성환", target=90.0, unit="%",
          deadline="2026-12-31", dtext="올해"),
    ]))

# ---------------------------------------------------------------- 가덕도신공항 3/3
S11_H = "가덕도신공항 개항 2035년 6월로 늦춰져…올 하반기 착공"
S11_T = "여객터미널 기본설계는 지난해 11월 착수했으며, 내년 상반기 완료가 목표다."
PAGES.append(dict(
    source="2026-02-26_f_gadeokdo-2035.txt", title=S11_H, published_at="2026-02-26",
    mentions=[
        m("f-molit-gadeok-opening", "revision", MOLIT, G, S11_H, deadline="2035-06-30", dtext="2035년 6월"),
        m("f-molit-gadeok-groundbreak", "revision", MOLIT, G, S11_H, deadline="2026-12-31", dtext="올 하반기"),
        m("f-molit-gadeok-contract", "achieved", MOLIT, G, "국토부, 대우건설 컨소시엄과 부지조성공사 계약"),
        m("f-molit-gadeok-opening", "revision", MOLIT, G,
          "가덕도신공항 개항 시점이 당초 2029년 12월에서 2035년 6월로 늦춰졌다.",
          deadline="2035-06-30", dtext="2035년 6월", prev="2029-12-31"),
        m("f-molit-gadeok-contract", "achieved", MOLIT, G,
          "국토교통부는 26일 대우건설 컨소시엄과 가덕도신공항 부지조성공사 계약을 체결했다고 밝혔다."),
        m("f-molit-gadeok-retender", "achieved", MOLIT, G,
          "국토부는 지난해 7월 공사 기간을 106개월로 늘린 조건으로 재입찰 공고를 냈고, 두 차례 유찰 끝에 단독으로 응찰한 대우건설 컨소시엄과 수의계약 협상을 벌여 왔다.",
          comment=LATE + " (promised 이달 중 = 2025-06-30, done in July)"),
        m("f-molit-gadeok-contract", "delayed", MOLIT, G,
          "당초 지난해 안에 새 시공사와 계약을 마치겠다던 계획보다는 두 달가량 늦어졌다.",
          prev="2025-12-31",
          comment="reports only the lateness; the same page reports the contract signed, so the status is achieved"),
        m("f-molit-gadeok-opening", "revision", MOLIT, G,
          "국토부는 부지 조성을 마친 뒤 활주로와 여객터미널을 차례로 지어 2035년 6월 문을 열 계획이다.",
          deadline="2035-06-30", dtext="2035년 6월"),
        m("f-molit-gadeok-groundbreak", "revision", MOLIT, G,
          "김윤덕 국토교통부 장관은 이날 정부세종청사에서 열린 계약식에서 \"더 이상의 일정 지연은 없을 것\"이라며 \"올해 하반기 안에 부지조성공사를 착공하겠다\"고 말했다.",
          person="김윤덕", deadline="2026-12-31", dtext="올해 하반기 안에"),
        m("f-molit-gadeok-access", "revision", MOLIT, G, "접근 교통망 일정도 함께 조정됐다.",
          comment="a follow-up with neither number nor date: it reports that the access-network schedule was revised"),
        m("f-molit-gadeok-access", "revision", MOLIT, G,
          "국토부는 부산신항~가덕도 연결 철도와 가덕도~녹산 연결도로를 개항 시점에 맞춰 2035년까지 순차 개통하기로 했다.",
          deadline="2035-12-31", dtext="2035년까지"),
        m("f-molit-gadeok-terminal-design", "achieved", MOLIT, G, S11_T),
        m("f-molit-gadeok-terminal-design-complete", "new", MOLIT, G, S11_T,
          deadline="2027-06-30", dtext="내년 상반기"),
        m("f-molit-gadeok-local-40", "progress", MOLIT, G,
          "국토부는 계약서에 지역 건설업체 참여 비율을 40% 이상으로 명시했다고 설명했다.",
          target=40.0, unit="%"),
    ]))

# ---------------------------------------------------------------- 모두의 카드 (standalone column)
S12_H = "[논설위원의 창] '모두의 카드' 열 달, 약속한 숫자는 어디쯤 왔나"
PAGES.append(dict(
    source="2026-11-10_f_column-kpass.txt", title=S12_H, published_at="2026-11-10",
    mentions=[
        m("f-molit-kpass-users-500", "new", MOLIT, O,
          "국토교통부는 1월 제도를 시행하면서 연말까지 가입자를 500만 명으로 늘리겠다고 했다.",
          target=5000000.0, unit="명", deadline="2026-12-31", dtext="연말까지",
          comment="first report in the set of a promise made in January 2026: kind new"),
        m("f-molit-kpass-users-500", "progress", MOLIT, O,
          "국토부 집계로 10월 말 가입자는 312만 명으로 목표의 62% 수준이다."),
        m("f-molit-kpass-local-10p", "achieved", MOLIT, O,
          "지방 이용자 환급률을 수도권보다 10%포인트 높이겠다는 약속은 지난 7월 시행되면서 지켜졌다.",
          target=10.0, unit="%포인트"),
        m("f-molit-kpass-coverage-226", "new", MOLIT, O,
          "국토부는 연내 전국 226개 시군구 어디서나 카드를 쓸 수 있게 하겠다고도 했다.",
          target=226.0, unit="개", deadline="2026-12-31", dtext="연내"),
        m("f-molit-kpass-coverage-226", "progress", MOLIT, O,
          "현재 카드를 쓸 수 있는 시군구는 218곳으로 목표에 8곳 모자란다."),
        m("f-molit-kpass-integration", "new", MOLIT, O,
          "국토부는 지난달 국회 국정감사에서 2027년 상반기까지 광역버스 정기권을 모두의 카드로 통합하겠다고 밝혔다.",
          deadline="2027-06-30", dtext="2027년 상반기까지"),
    ]))


# ------------------------------------------------------------------ commitments (status at 2026-11-10)
LAST = "2026-11-10"
COMMITMENTS = [
    # key, ministry (name valid on LAST), category, summary, status, why
    ("f-molit-gadeok-groundbreak", MOLIT, G, "가덕도신공항 부지조성공사 착공 (2025 상반기 → 2026 하반기)", "revised",
     "delayed 2025-06-05, new deadline 2026-12-31 set 2026-02-26, not yet passed"),
    ("f-molit-gadeok-opening", MOLIT, G, "가덕도신공항 개항 (2029년 12월 → 2035년 6월)", "revised", ""),
    ("f-molit-gadeok-design-apr", MOLIT, G, "가덕도 부지조성공사 실시설계 4월까지 완료", "delayed",
     "reported stalled 2025-06-05; no later report"),
    ("f-molit-gadeok-terminal-design", MOLIT, G, "가덕도 여객터미널 기본설계 2025년 하반기 착수", "achieved", ""),
    ("f-molit-gadeok-access", MOLIT, G, "가덕도 연결 철도·도로 개항 맞춰 개통 (2029 → 2035)", "revised", ""),
    ("f-molit-gadeok-local-40", MOLIT, G, "부지조성공사 지역업체 참여 40% 이상", "in_progress", ""),
    ("f-molit-gadeok-retender", MOLIT, G, "가덕도 부지조성공사 재입찰 공고 (2025년 6월 중)", "achieved",
     "done in July 2025, reported 2026-02-26"),
    ("f-molit-gadeok-contract", MOLIT, G, "가덕도 새 시공사와 계약 2025년 내 체결", "achieved",
     "signed 2026-02-26, two months late"),
    ("f-molit-gadeok-terminal-design-complete", MOLIT, G, "가덕도 여객터미널 기본설계 2027년 상반기 완료", "announced", ""),
    ("f-me-h2bus-2025", MCEE, C, "2025년 수소버스 2,000대 보급", "delayed", "1,140 delivered"),
    ("f-me-h2station-50", MCEE, C, "2025년 수소충전소 50곳 신규 구축", "delayed",
     "38 by end-2025; remaining 12 re-promised for 2026 H1 (revision), that deadline passed before 2026-11-10 with no report"),
    ("f-me-zev-exec-70", MCEE, C, "무공해차 보조금 상반기 70% 집행 (2025)", "delayed", "48% in H1"),
    ("f-me-h2bus-2030", MCEE, C, "2030년까지 수소버스 누적 보급 (2만1,200대 → 1만5,000대)", "revised", ""),
    ("f-mcee-h2bus-2026", MCEE, C, "2026년 수소버스 2,500대 보급", "announced", ""),
    ("f-mcee-h2-exec-90", MCEE, C, "2026년 수소버스 보조금 집행률 90% 이상", "announced", ""),
    ("f-moe-aidt-adoption-70", MOE, O, "AI교과서 활용 학교 연말까지 70%", "cancelled", ""),
    ("f-moe-aidt-training-150k", MOE, O, "AI교과서 교원 연수 상반기까지 15만 명", "delayed", "102,000"),
    ("f-moe-aidt-devices-340k", MOE, O, "학생용 디지털 기기 34만 대 2025년 내 추가 보급", "delayed",
     "last report 210,000 (progress, 2025-08-05); deadline 2025-12-31 passed with no report of completion"),
    ("f-moe-aidt-network-2x", MOE, O, "학교 무선망 속도 8월까지 2배", "achieved", ""),
    ("f-moe-aidt-fee-negotiation", MOE, O, "AI교과서 구독료 협상 3월 말까지 타결", "achieved", "settled mid-April"),
    ("f-moe-aidt-expansion-2026", MOE, O, "AI교과서 2026년 3월 초5·6·중2, 6개 과목으로 확대", "cancelled", ""),
    ("f-moe-aidt-subsidy-2026", MOE, O, "2026년 AI교과서 구독료 50% 지원", "announced", ""),
    ("f-motie-czech-contract", MOTI, I, "체코 두코바니 원전 2기 최종계약 (2025-05-07 예정)", "achieved",
     "signed 2025-06-04"),
    ("f-motie-nuclear-export-10", MOTI, I, "원전 10기 수출 (2030년 → 2035년)", "revised", ""),
    ("f-motie-ismr-sda", MCEE, I, "i-SMR 표준설계인가 (2028년 → 2029년)", "revised",
     "moved to 기후에너지환경부 in the 2025-10-01 reorganisation (per the 2025-11-19 page)"),
    ("f-motie-export-office", MOTI, I, "원전수출전략실 상반기 신설, 인력 60명", "achieved", ""),
    ("f-motie-additional-order-2025", MOTI, I, "2025년 내 추가 원전 수주 협상 1건 이상 본계약 단계", "delayed", ""),
    ("f-motie-nuclear-finance-3tn", MOTI, I, "2027년까지 원전 수출 금융 3조 원 공급", "in_progress", ""),
    ("f-motie-smr-fund", MOTI, I, "SMR 수출 지원 펀드 (2025 하반기 5,000억 → 2026 상반기 3,000억)", "delayed",
     "revised 2025-11-19; the revised deadline 2026-06-30 passed before 2026-11-10 with no report"),
    ("f-moti-nuclear-mou-5", MOTI, I, "2026년 상반기까지 5개국과 원전 협력 MOU", "delayed",
     "deadline 2026-06-30 passed with no report"),
    ("f-mois-alert-precise", MOIS, O, "재난문자 읍면동 정밀 발송 2025년 내 전국 3,500여 곳 확대", "delayed",
     "deadline 2025-12-31 passed with no report"),
    ("f-mois-alert-multilang", MOIS, O, "재난문자 12개 언어 자동 번역 발송 7월 중", "delayed",
     "deadline 2025-07-31 passed with no report"),
    ("f-mois-alert-5min", MOIS, O, "재난문자 발송 소요 시간 2027년까지 5분 이내", "announced", ""),
    ("f-mois-alert-system-320", MOIS, O, "2027년까지 320억 원 들여 재난문자 송출 시스템 개편", "announced", ""),
    ("f-molit-kpass-users-500", MOLIT, O, "모두의 카드 가입자 2026년 말까지 500만 명", "in_progress", ""),
    ("f-molit-kpass-local-10p", MOLIT, O, "모두의 카드 지방 환급률 수도권보다 10%포인트 상향", "achieved", ""),
    ("f-molit-kpass-coverage-226", MOLIT, O, "모두의 카드 2026년 내 전국 226개 시군구 사용", "in_progress", ""),
    ("f-molit-kpass-integration", MOLIT, O, "2027년 상반기까지 광역버스 정기권 모두의 카드 통합", "announced", ""),
]


if __name__ == "__main__":
    write(ROOT, "f", PAGES, COMMITMENTS, LAST,
          ['ministry = the responsible body under the name valid on that date (e.g. 환경부 promises',
           'are listed under 기후에너지환경부, 산업통상자원부 export promises under 산업통상부).'],
          with_commitments=True)
