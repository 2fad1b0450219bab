"""Writes gold/*.toml for held-out set e from the hand annotations below.

The annotations were written by hand from reading the pages in ../articles/;
this script only serialises them (and is kept so the gold can be regenerated
after a correction). Run:  python3 tools/build_gold.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
GOLD = HERE / "gold"

KASA, MOE, MOHW = "우주항공청", "교육부", "보건복지부"
MOTIE, MOTI, MOLIT = "산업통상자원부", "산업통상부", "국토교통부"
ME, MCEE = "환경부", "기후에너지환경부"


def m(key, kind, ministry, category, sentence, person="", value=None, unit=None,
      deadline=None, dtext=None, prev=None, comment=None):
    return dict(key=key, kind=kind, ministry=ministry, person=person, category=category,
                target_value=value, target_unit=unit, deadline=deadline, deadline_text=dtext,
                previous_deadline=prev, sentence=sentence, comment=comment)


PAGES = {}

# ---------------------------------------------------------------- A1 space plan
S = "우주청 \"11월 누리호 4차 발사…2027년까지 두 차례 더 쏜다\""
SUB = "R&D 예산 2030년 1조5천억원으로…민간 발사장 내년 상반기 준공"
LEAD = "우주항공청이 올해 11월 한국형발사체 누리호 4차 발사에 나서고 2027년까지 5·6차 발사를 잇달아 진행한다."
Q = "윤영빈 우주항공청장은 \"4차 발사는 누리호 기술을 민간으로 넘기는 첫 단추\"라며 \"11월 발사를 반드시 성공시키겠다\"고 말했다."
K3 = "달 착륙선을 실어 나를 차세대발사체는 올해 안에 상세설계를 마치고 2030년 첫 시험발사에 나선다."
PAGES["2025-02-13_e_kasa-nuri-plan.txt"] = (S, "2025-02-13", [
    m("e-kasa-nuri4-2025-11", "new", KASA, "other", S, deadline="2025-11-30", dtext="11월"),
    m("e-kasa-nuri-5-6-by-2027", "new", KASA, "other", S, value=2.0, unit="차례", deadline="2027-12-31", dtext="2027년까지"),
    m("e-kasa-rnd-budget-2030", "new", KASA, "other", SUB, value=1500000000000.0, unit="원", deadline="2030-12-31", dtext="2030년"),
    m("e-kasa-launchpad-2026h1", "new", KASA, "other", SUB, deadline="2026-06-30", dtext="내년 상반기"),
    m("e-kasa-nuri4-2025-11", "new", KASA, "other", LEAD, deadline="2025-11-30", dtext="올해 11월"),
    m("e-kasa-nuri-5-6-by-2027", "new", KASA, "other", LEAD, deadline="2027-12-31", dtext="2027년까지"),
    m("e-kasa-nuri4-2025-11", "new", KASA, "other", "4차 발사에는 차세대중형위성 3호를 주탑재체로 큐브위성 12기를 더해 모두 13기의 위성이 실린다.", value=13.0, unit="기"),
    m("e-kasa-nuri4-2025-11", "new", KASA, "other", Q, person="윤영빈", deadline="2025-11-30", dtext="11월"),
    m("e-kasa-rnd-budget-2030", "new", KASA, "other", "우주청은 이를 2030년까지 1조 5천억 원 수준으로 끌어올린다는 계획이다.", value=1500000000000.0, unit="원", deadline="2030-12-31", dtext="2030년까지"),
    m("e-kasa-launchpad-2026h1", "new", KASA, "other", "전남 고흥 나로우주센터 안에 짓고 있는 민간 고체발사체 발사장은 내년 상반기 준공을 목표로 한다.", deadline="2026-06-30", dtext="내년 상반기"),
    m("e-kasa-kslv3-design-2025", "new", KASA, "other", K3, deadline="2025-12-31", dtext="올해 안에"),
    m("e-kasa-kslv3-first-launch-2030", "new", KASA, "other", K3, deadline="2030-12-31", dtext="2030년"),
    m("e-kasa-lunar-lander-2032", "new", KASA, "other", "정부는 이 발사체로 2032년 달 착륙선을 쏘아 올린다는 목표를 세워두고 있다.", deadline="2032-12-31", dtext="2032년"),
    m("e-kasa-staff-400-2027", "new", KASA, "other", "우주청은 현재 293명인 정원을 2027년까지 400명으로 늘리는 방안을 행정안전부와 협의하기로 했다.", value=400.0, unit="명", deadline="2027-12-31", dtext="2027년까지"),
])

# ---------------------------------------------------------------- C1 RISE / glocal
S = "교육부, 올해 RISE에 2조원…글로컬대학 2026년까지 30곳 채운다"
PAGES["2025-03-11_e_rise-glocal.txt"] = (S, "2025-03-11", [
    m("e-moe-rise-2tn-2025", "new", MOE, "other", S, value=2000000000000.0, unit="원", deadline="2025-12-31", dtext="올해"),
    m("e-moe-glocal-30-2026", "new", MOE, "other", S, value=30.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
    m("e-moe-glocal-midterm-2025h1", "new", MOE, "other", "1기 글로컬대학 중간평가 상반기 실시…\"미흡하면 지원금 삭감\"", deadline="2025-06-30", dtext="상반기"),
    m("e-moe-rise-2tn-2025", "new", MOE, "other", "교육부는 11일 '2025년 지역혁신중심 대학지원체계(RISE) 기본계획'을 확정하고 올해 17개 시도에 모두 2조 원을 배분한다고 밝혔다.", value=2000000000000.0, unit="원", deadline="2025-12-31", dtext="올해"),
    m("e-moe-rise-local-jobs-60-2027", "new", MOE, "other", "교육부는 RISE를 통해 비수도권 대학 졸업생의 지역 정주 취업률을 지난해 52%에서 2027년까지 60%로 끌어올리겠다는 목표도 제시했다.", value=60.0, unit="%", deadline="2027-12-31", dtext="2027년까지"),
    m("e-moe-rise-kpi-pact-2025-04", "new", MOE, "other", "또 성과관리를 위해 다음 달까지 17개 시도와 성과지표 협약을 모두 맺기로 했다.", value=17.0, unit="개", deadline="2025-04-30", dtext="다음 달까지"),
    m("e-moe-glocal-30-2026", "new", MOE, "other", "교육부는 올해 본지정에서 최대 10곳을 새로 뽑아 2026년까지 모두 30곳을 지정한다는 계획이다.", value=30.0, unit="곳", deadline="2026-12-31", dtext="2026년까지",
      comment="'올해 최대 10곳' is a step of the same commitment; annotated once with the overall target 30곳."),
    m("e-moe-glocal-midterm-2025h1", "new", MOE, "other", "2023년 처음 지정된 1기 글로컬대학 10곳에 대한 중간평가는 상반기 중 실시한다.", deadline="2025-06-30", dtext="상반기 중",
      comment="10곳 = the universities evaluated (context), not a target."),
])

# ---------------------------------------------------------------- pension (standalone)
S = "18년 만의 연금개혁…보험료율 내년부터 매년 0.5%p 올려 13%로"
SUB = "복지부 \"하위법령 연내 정비\"…기금 수익률 1%p 끌어올린다"
PAGES["2025-03-21_e_pension-reform.txt"] = (S, "2025-03-21", [
    m("e-mohw-pension-decree-2025", "new", MOHW, "other", SUB, deadline="2025-12-31", dtext="연내"),
    m("e-mohw-fund-return-1pp", "new", MOHW, "other", SUB, value=1.0, unit="%p"),
    m("e-mohw-pension-decree-2025", "new", MOHW, "other", "보건복지부는 21일 브리핑을 열고 내년 1월 시행에 맞춰 시행령과 시행규칙 등 하위법령 개정을 연내 마치겠다고 밝혔다.", deadline="2025-12-31", dtext="연내"),
    m("e-mohw-fund-return-1pp", "new", MOHW, "other", "조규홍 보건복지부 장관은 \"국민연금 제도에 대한 신뢰를 회복하는 첫걸음\"이라며 \"기금운용 수익률을 지금보다 1%포인트 이상 끌어올려 기금 소진 시점을 최대한 늦추겠다\"고 말했다.", person="조규홍", value=1.0, unit="%포인트"),
    m("e-mohw-structural-reform-2025h2", "new", MOHW, "other", "정부는 자동조정장치 도입 등 구조개혁 방안에 대해 국회 연금특별위원회 논의를 지켜본 뒤 하반기 중 정부안을 내놓겠다는 입장이다.", deadline="2025-12-31", dtext="하반기 중"),
])

# ---------------------------------------------------------------- B1 Yongin cluster
S = "용인 반도체 국가산단 내년 하반기 착공…2031년까지 전력 3GW 공급"
LEAD = "정부가 경기 용인시 처인구 일대에 조성하는 반도체 국가산업단지를 내년 하반기 착공하고, 2031년까지 전력 3GW를 실어 나를 송전선로를 완공하기로 했다."
PW = "송전선로는 2031년까지 완공하고, 단지 안에 짓는 LNG 발전소 3기는 2028년까지 먼저 가동해 초기 전력 수요를 맞춘다."
PAGES["2025-04-22_e_yongin-semicon-cluster.txt"] = (S, "2025-04-22", [
    m("e-motie-yongin-groundbreak-2026h2", "new", MOTIE, "industry", S, deadline="2026-12-31", dtext="내년 하반기"),
    m("e-motie-yongin-grid-2031", "new", MOTIE, "industry", S, value=3.0, unit="GW", deadline="2031-12-31", dtext="2031년까지"),
    m("e-me-yongin-water-2030", "new", ME, "industry", "산업부 '반도체 클러스터 인프라 지원방안'…용수 하루 76만t 2030년까지 확보", value=760000.0, unit="t", deadline="2030-12-31", dtext="2030년까지",
      comment="The subtitle credits 산업부's package, but the body says 환경부 is responsible for water."),
    m("e-motie-yongin-groundbreak-2026h2", "new", MOTIE, "industry", LEAD, deadline="2026-12-31", dtext="내년 하반기"),
    m("e-motie-yongin-grid-2031", "new", MOTIE, "industry", LEAD, value=3.0, unit="GW", deadline="2031-12-31", dtext="2031년까지"),
    m("e-molit-yongin-compensation-2025", "new", MOLIT, "industry", "국토교통부는 사업시행자인 한국토지주택공사(LH)와 함께 연내 토지 보상에 착수할 계획이다.", deadline="2025-12-31", dtext="연내"),
    m("e-motie-yongin-grid-2031", "new", MOTIE, "industry", PW, deadline="2031-12-31", dtext="2031년까지"),
    m("e-motie-yongin-lng-2028", "new", MOTIE, "industry", PW, value=3.0, unit="기", deadline="2028-12-31", dtext="2028년까지"),
    m("e-me-yongin-water-2030", "new", ME, "industry", "환경부는 팔당댐과 화천댐 물을 끌어오는 관로를 새로 깔아 2030년까지 하루 76만t의 공업용수를 공급할 계획이다.", value=760000.0, unit="t", deadline="2030-12-31", dtext="2030년까지"),
    m("e-motie-chip-finance-17tn-2025", "new", MOTIE, "industry", "산업부는 반도체 설비투자를 돕기 위해 올해 산업은행 저리 대출 등 정책금융 17조 원을 공급하기로 했다.", value=17000000000000.0, unit="원", deadline="2025-12-31", dtext="올해"),
    m("e-motie-chip-talent-50k-2030", "new", MOTIE, "industry", "2030년까지 반도체 전문인력 5만 명을 길러낸다는 계획도 함께 내놨다.", value=50000.0, unit="명", deadline="2030-12-31", dtext="2030년까지"),
])

# ---------------------------------------------------------------- D1 flood measures
S = "환경부, 7월까지 AI 홍수예보 223곳 가동…지천댐 기본구상 연내 마무리"
SUB = "기후대응댐 14곳 2035년까지 건설…도시침수 위험지역 50곳 하수도 정비"
PAGES["2025-05-27_e_flood-measures.txt"] = (S, "2025-05-27", [
    m("e-me-ai-flood-223-2025-07", "new", ME, "climate", S, value=223.0, unit="곳", deadline="2025-07-31", dtext="7월까지"),
    m("e-me-jicheon-dam-plan-2025", "new", ME, "climate", S, deadline="2025-12-31", dtext="연내"),
    m("e-me-climate-dams-14-2035", "new", ME, "climate", SUB, value=14.0, unit="곳", deadline="2035-12-31", dtext="2035년까지"),
    m("e-me-urban-sewer-50-2027", "new", ME, "climate", SUB, value=50.0, unit="곳"),
    m("e-me-ai-flood-223-2025-07", "new", ME, "climate", "환경부는 인공지능(AI) 홍수예보 지점을 지난해 시범 운영한 30곳에서 오는 7월까지 223곳으로 늘려 본격 가동한다.", value=223.0, unit="곳", deadline="2025-07-31", dtext="오는 7월까지"),
    m("e-me-flood-map-2025-06", "new", ME, "climate", "지류·지천의 범람 위험을 보여주는 지방하천 홍수위험지도는 6월 말까지 전국 3,600여 개 하천에 대해 공개한다.", value=3600.0, unit="개", deadline="2025-06-30", dtext="6월 말까지"),
    m("e-me-climate-dams-14-2035", "new", ME, "climate", "지난해 후보지를 발표한 기후대응댐 14곳은 2035년까지 차례로 짓는다.", value=14.0, unit="곳", deadline="2035-12-31", dtext="2035년까지"),
    m("e-me-jicheon-dam-plan-2025", "new", ME, "climate", "이 가운데 주민 반대가 컸던 충남 청양 지천댐은 연내 기본구상을 마무리하고 주민 지원 방안을 함께 내놓기로 했다.", deadline="2025-12-31", dtext="연내"),
    m("e-me-urban-sewer-50-2027", "new", ME, "climate", "환경부는 2027년까지 도시침수 위험지역 50곳의 하수관로 용량을 키우는 정비 사업을 마칠 계획이다.", value=50.0, unit="곳", deadline="2027-12-31", dtext="2027년까지"),
])

# ---------------------------------------------------------------- statistics / forecasts page (standalone)
S = "하반기 반도체 수출 '관세 먹구름'…기관별 전망 엇갈려"
PAGES["2025-07-08_e_chip-export-outlook.txt"] = (S, "2025-07-08", [
    m("e-motie-chip-tariff-plan-2025-07", "new", MOTIE, "industry", "산업통상자원부는 이달 말까지 관세 피해가 우려되는 기업에 대한 긴급 유동성 지원 등을 담은 '반도체 수출 리스크 대응방안'을 내놓을 계획이다.", deadline="2025-07-31", dtext="이달 말까지"),
    m("e-motie-export-700bn-2025", "progress", MOTIE, "industry", "산업부는 연초 제시한 올해 수출 7천억 달러 목표는 유지한다는 입장이다.", value=700000000000.0, unit="달러", deadline="2025-12-31", dtext="올해",
      comment="The target was set in January (outside this set); this sentence reports it is kept, so it is a follow-up (progress), although it is the first mention in set e."),
])

# ---------------------------------------------------------------- C2 glocal selection
S = "글로컬대학 7곳 추가 지정…'30곳' 목표는 사실상 접었다"
SUB = "거점국립대 9곳에 5년간 3조원…RISE 예산 2조원 배분 완료"
MID = "교육부는 평가 지표를 보완하느라 일정이 늦어졌다며 결과를 11월 중 공개하겠다고 밝혔다."
PAGES["2025-09-16_e_glocal-selection.txt"] = (S, "2025-09-16", [
    m("e-moe-glocal-30-2026", "cancelled", MOE, "other", S, value=30.0, unit="곳"),
    m("e-moe-flagship-univ-3tn-2030", "new", MOE, "other", SUB, value=3000000000000.0, unit="원", deadline="2030-12-31", dtext="5년간",
      comment="'5년간' alone would give page date + 5 years (2030-09-16); the body says 2026년부터 5년간, i.e. to the end of 2030."),
    m("e-moe-rise-2tn-2025", "achieved", MOE, "other", SUB, value=2000000000000.0, unit="원"),
    m("e-moe-glocal-30-2026", "progress", MOE, "other", "교육부는 16일 '2025년 글로컬대학 본지정 결과'를 발표하고 비수도권 대학 7곳을 새로 지정했다고 밝혔다."),
    m("e-moe-glocal-30-2026", "cancelled", MOE, "other", "교육부는 내년에는 글로컬대학을 추가로 지정하지 않기로 했다."),
    m("e-moe-glocal-30-2026", "cancelled", MOE, "other", "2026년까지 30곳을 지정하겠다던 당초 목표는 사실상 철회된 셈이다.", value=30.0, unit="곳", deadline="2026-12-31", dtext="2026년까지"),
    m("e-moe-flagship-univ-3tn-2030", "new", MOE, "other", "대신 교육부는 '서울대 10개 만들기' 국정과제에 따라 부산대·경북대·전남대 등 거점국립대 9곳에 2026년부터 5년간 3조 원을 집중 투자하겠다고 밝혔다.", value=3000000000000.0, unit="원", deadline="2030-12-31", dtext="2026년부터 5년간"),
    m("e-moe-rise-2tn-2025", "achieved", MOE, "other", "올해 RISE 예산 2조 원은 지난달까지 17개 시도에 모두 배분됐다.", value=2000000000000.0, unit="원"),
    m("e-moe-rise-kpi-pact-2025-04", "achieved", MOE, "other", "시도별 성과지표 협약도 지난 4월 말 17곳 모두 체결을 마쳤다.", value=17.0, unit="곳"),
    m("e-moe-glocal-midterm-2025h1", "delayed", MOE, "other", "반면 1기 글로컬대학 중간평가는 당초 상반기에서 10월로 미뤄졌다.", deadline="2025-10-31", dtext="10월", prev="2025-06-30"),
    m("e-moe-glocal-midterm-2025h1", "delayed", MOE, "other", MID, deadline="2025-11-30", dtext="11월 중"),
])

# ---------------------------------------------------------------- A2 Nuri 4th launch
S = "누리호 4차 발사 성공…위성 13기 궤도 안착"
SUB = "5차 발사 내년 하반기…민간 발사장 준공은 내년 말로 미뤄져"
Q = "윤영빈 우주항공청장은 \"이번 성공으로 누리호 반복 발사 체계가 자리를 잡았다\"며 \"내년 하반기 5차, 2027년 6차 발사까지 계획대로 진행하겠다\"고 말했다."
PAGES["2025-11-27_e_nuri4-success.txt"] = (S, "2025-11-27", [
    m("e-kasa-nuri4-2025-11", "achieved", KASA, "other", S, value=13.0, unit="기"),
    m("e-kasa-nuri5-2026h2", "new", KASA, "other", SUB, deadline="2026-12-31", dtext="내년 하반기"),
    m("e-kasa-launchpad-2026h1", "delayed", KASA, "other", SUB, deadline="2026-12-31", dtext="내년 말"),
    m("e-kasa-nuri4-2025-11", "achieved", KASA, "other", "한국형발사체 누리호가 네 번째 비행에서 차세대중형위성 3호와 큐브위성 12기를 목표 궤도에 올려놓는 데 성공했다."),
    m("e-kasa-nuri4-2025-11", "achieved", KASA, "other", "우주항공청은 27일 오전 1시 13분 나로우주센터에서 발사된 누리호가 약 18분 뒤 고도 600㎞에서 탑재 위성 13기를 모두 분리했다고 밝혔다.", value=13.0, unit="기"),
    m("e-kasa-nuri4-2025-11", "achieved", KASA, "other", "당초 목표로 한 11월 발사 일정도 지켰다.", deadline="2025-11-30", dtext="11월"),
    m("e-kasa-nuri5-2026h2", "new", KASA, "other", Q, person="윤영빈", deadline="2026-12-31", dtext="내년 하반기"),
    m("e-kasa-nuri-5-6-by-2027", "progress", KASA, "other", Q, person="윤영빈", deadline="2027-12-31", dtext="2027년"),
    m("e-kasa-launchpad-2026h1", "delayed", KASA, "other", "나로우주센터 안에 짓고 있는 민간 고체발사체 발사장은 준공 시점이 당초 내년 상반기에서 내년 말로 늦춰졌다.", deadline="2026-12-31", dtext="내년 말", prev="2026-06-30"),
    m("e-kasa-launchpad-2026h1", "delayed", KASA, "other", "우주청 관계자는 \"발사대와 연결되는 추진제 공급 설비 설계를 보완하면서 공정이 4개월가량 밀렸다\"고 설명했다.",
      comment="Reports the delay (about four months) with no date; included as a follow-up without deadline."),
    m("e-kasa-kslv3-design-2025", "delayed", KASA, "other", "차세대발사체는 재사용이 가능한 메탄 엔진 발사체로 설계를 바꾸기로 하면서 상세설계 완료 시점이 올해 말에서 내년 하반기로 늦춰졌다.", deadline="2026-12-31", dtext="내년 하반기", prev="2025-12-31"),
    m("e-kasa-kslv3-first-launch-2030", "progress", KASA, "other", "우주청은 설계 변경에도 2030년 첫 시험발사 일정은 그대로 유지한다는 방침이다.", deadline="2030-12-31", dtext="2030년"),
    m("e-kasa-rnd-budget-2030", "progress", KASA, "other", "정부가 국회에 낸 내년도 우주항공청 R&D 예산안은 1조 320억 원으로 처음 1조 원을 넘었다.",
      comment="1조 320억 원 is progress toward the 1조 5천억 원 target, not a target: target_value left out."),
])

# ---------------------------------------------------------------- B2 Yongin progress
S = "용인 반도체 산단 보상 마무리 단계…송전선로 완공은 2033년으로 밀려"
SUB = "정부 \"착공은 내년 하반기 그대로\""
LEAD = "정부가 경기 용인 반도체 국가산업단지의 토지 보상을 연내 마무리하고 내년 하반기 착공 일정을 지키기로 했지만, 전력을 실어 나를 송전선로 완공은 당초 2031년에서 2033년으로 2년 늦춰졌다."
Q = "김정관 산업통상부 장관은 \"착공 일정은 단 하루도 늦추지 않겠다\"며 \"내년 상반기 안에 산업단지계획 승인 절차를 모두 끝내겠다\"고 말했다."
PAGES["2025-12-16_e_yongin-cluster-progress.txt"] = (S, "2025-12-16", [
    m("e-molit-yongin-compensation-2025", "progress", MOLIT, "industry", S),
    m("e-motie-yongin-grid-2031", "delayed", MCEE, "industry", S, deadline="2033-12-31", dtext="2033년"),
    m("e-motie-yongin-groundbreak-2026h2", "progress", MOTI, "industry", SUB, deadline="2026-12-31", dtext="내년 하반기"),
    m("e-molit-yongin-compensation-2025", "progress", MOLIT, "industry", LEAD, deadline="2025-12-31", dtext="연내"),
    m("e-motie-yongin-groundbreak-2026h2", "progress", MOTI, "industry", LEAD, deadline="2026-12-31", dtext="내년 하반기"),
    m("e-motie-yongin-grid-2031", "delayed", MCEE, "industry", LEAD, deadline="2033-12-31", dtext="2033년", prev="2031-12-31"),
    m("e-molit-yongin-compensation-2025", "achieved", MOLIT, "industry", "국토교통부와 LH는 지난 10월 토지 보상에 착수해 이달 현재 보상률이 82%에 이르렀다고 밝혔다.",
      comment="The commitment was to START compensation within 2025; 착수 in October = achieved (82% is progress of the wider process)."),
    m("e-motie-yongin-grid-2031", "delayed", MCEE, "industry", "송전선로 사업을 넘겨받은 기후에너지환경부는 주민 반대로 경과지 선정이 늦어져 완공 시점을 2033년으로 조정했다고 설명했다.", deadline="2033-12-31", dtext="2033년"),
    m("e-motie-yongin-lng-2028", "revision", MCEE, "industry", "기후부는 대신 LNG 발전소 3기의 가동 시점을 2028년에서 2027년으로 1년 앞당기기로 했다.", value=3.0, unit="기", deadline="2027-12-31", dtext="2027년", prev="2028-12-31"),
    m("e-me-yongin-water-2030", "revision", MCEE, "industry", "용수 공급은 반도체 공정 고도화로 수요가 늘어난 점을 반영해 목표를 하루 76만t에서 107만t으로 높이고, 공급 시점은 2030년을 유지하기로 했다.", value=1070000.0, unit="t", deadline="2030-12-31", dtext="2030년"),
    m("e-motie-yongin-groundbreak-2026h2", "progress", MOTI, "industry", Q, person="김정관"),
    m("e-motie-yongin-plan-approval-2026h1", "new", MOTI, "industry", Q, person="김정관", deadline="2026-06-30", dtext="내년 상반기 안에"),
    m("e-motie-chip-finance-17tn-2025", "progress", MOTI, "industry", "올해 공급하기로 한 반도체 정책금융 17조 원은 11월 말까지 14조 3천억 원이 집행됐다.", value=17000000000000.0, unit="원", deadline="2025-12-31", dtext="올해"),
    m("e-motie-chip-tariff-plan-2025-07", "achieved", MOTI, "industry", "산업부가 지난 7월 말 내놓은 '반도체 수출 리스크 대응방안'에 따른 긴급 유동성 지원도 3조 원 가운데 2조 1천억 원이 기업에 나갔다.",
      comment="Confirms the plan promised for end of July was issued then (achieved); the 3조/2조1천억 figures are its disbursement, not the commitment's target."),
])

# ---------------------------------------------------------------- D2 dams cut
S = "기후대응댐 14곳→7곳으로 축소…청양 지천댐 사실상 무산"
SUB = "기후부 \"나머지 7곳 연내 타당성조사 착수\""
AI = "지난해 7월 본격 가동에 들어간 AI 홍수예보 223곳은 올해 우기 전인 6월까지 500곳으로 늘린다."
PAGES["2026-03-17_e_climate-dams-cut.txt"] = (S, "2026-03-17", [
    m("e-me-climate-dams-14-2035", "revision", MCEE, "climate", S, value=7.0, unit="곳"),
    m("e-me-jicheon-dam-plan-2025", "cancelled", MCEE, "climate", S),
    m("e-mcee-dams7-feasibility-2026", "new", MCEE, "climate", SUB, value=7.0, unit="곳", deadline="2026-12-31", dtext="연내"),
    m("e-me-climate-dams-14-2035", "revision", MCEE, "climate", "기후에너지환경부가 지난 정부에서 추진하던 기후대응댐 14곳 가운데 7곳의 건설 계획을 접고 나머지 7곳만 추진하기로 했다.", value=7.0, unit="곳"),
    m("e-me-jicheon-dam-plan-2025", "cancelled", MCEE, "climate", "충남 청양 지천댐은 이번에 추진 대상에서 빠지면서 건설이 사실상 무산됐다."),
    m("e-me-jicheon-dam-plan-2025", "delayed", MCEE, "climate", "지천댐은 지난해 연내 기본구상을 마무리하겠다고 했던 곳이지만, 주민 반대가 이어지며 기본구상 용역조차 끝내지 못했다.", prev="2025-12-31",
      comment="Reports the missed 2025 deadline; the same page reports the project dropped, so the commitment's status is cancelled."),
    m("e-mcee-dams7-feasibility-2026", "new", MCEE, "climate", "김성환 기후에너지환경부 장관은 \"댐은 홍수와 가뭄에 대응하는 최후의 수단이어야 한다\"며 \"나머지 7곳도 연내 타당성조사에 착수해 필요성이 확인된 곳만 짓겠다\"고 말했다.", person="김성환", value=7.0, unit="곳", deadline="2026-12-31", dtext="연내"),
    m("e-me-climate-dams-14-2035", "revision", MCEE, "climate", "기존 2035년 완공 목표도 지역별 조사 결과를 본 뒤 다시 정하기로 했다.", prev="2035-12-31",
      comment="Deadline withdrawn pending surveys: no new deadline."),
    m("e-me-ai-flood-223-2025-07", "achieved", MCEE, "climate", AI, value=223.0, unit="곳"),
    m("e-mcee-ai-flood-500-2026-06", "new", MCEE, "climate", AI, value=500.0, unit="곳", deadline="2026-06-30", dtext="6월까지"),
    m("e-me-flood-map-2025-06", "achieved", MCEE, "climate", "지난해 6월 말까지 공개하기로 했던 지방하천 홍수위험지도는 두 달 늦은 8월에 공개됐다.",
      comment="Done, two months late: achieved (late), not delayed."),
    m("e-me-urban-sewer-50-2027", "progress", MCEE, "climate", "도시침수 위험지역 50곳의 하수도 정비는 현재 18곳이 공사에 들어갔고, 2027년 완료 목표는 그대로다.", value=50.0, unit="곳", deadline="2027-12-31", dtext="2027년"),
])

# ---------------------------------------------------------------- A3 interview
S = "[인터뷰] 윤영빈 우주항공청장 \"누리호 5차 내년 상반기로…6차는 2028년\""
SUB = "\"민간 발사장 준공 내년 3월로 또 조정…2032년 달 착륙 목표는 그대로\""
A56 = "5차 발사는 올해 하반기에서 내년 상반기로, 6차 발사는 2027년에서 2028년으로 각각 조정했습니다."
AK = "2030년 첫 시험발사, 2032년 달 착륙선 발사라는 큰 목표는 바뀌지 않았습니다."
Y = "윤영빈"
PAGES["2026-06-15_e_kasa-interview.txt"] = (S, "2026-06-15", [
    m("e-kasa-nuri5-2026h2", "delayed", KASA, "other", S, person=Y, deadline="2027-06-30", dtext="내년 상반기"),
    m("e-kasa-nuri-5-6-by-2027", "delayed", KASA, "other", S, person=Y, deadline="2028-12-31", dtext="2028년"),
    m("e-kasa-launchpad-2026h1", "delayed", KASA, "other", SUB, person=Y, deadline="2027-03-31", dtext="내년 3월"),
    m("e-kasa-lunar-lander-2032", "progress", KASA, "other", SUB, person=Y, deadline="2032-12-31", dtext="2032년"),
    m("e-kasa-nuri5-2026h2", "delayed", KASA, "other", "5차 발사 일정이 미뤄졌다는 소식이 전해진 가운데 윤영빈 우주항공청장을 지난 12일 경남 사천 청사에서 만났다.",
      comment="The reporter's intro reports the delay (no date); 윤영빈 is named as the interviewee, not as the one reporting it."),
    m("e-kasa-nuri5-2026h2", "delayed", KASA, "other", A56, person=Y, deadline="2027-06-30", dtext="내년 상반기", prev="2026-12-31"),
    m("e-kasa-nuri-5-6-by-2027", "delayed", KASA, "other", A56, person=Y, deadline="2028-12-31", dtext="2028년", prev="2027-12-31"),
    m("e-kasa-cluster-sats-5", "new", KASA, "other", "대신 5차 때 초소형군집위성 5기를 한 번에 실어 공백을 메우겠습니다.", person=Y, value=5.0, unit="기",
      comment="Tied to the 5th launch (itself now due 내년 상반기) but the sentence gives no date."),
    m("e-kasa-launchpad-2026h1", "delayed", KASA, "other", "추진제 공급 설비 시험에서 보완할 점이 나와 준공을 연말에서 내년 3월로 조정했습니다.", person=Y, deadline="2027-03-31", dtext="내년 3월", prev="2026-12-31"),
    m("e-kasa-kslv3-design-2025", "progress", KASA, "other", "상세설계는 올해 9월까지 끝냅니다.", person=Y, deadline="2026-09-30", dtext="올해 9월까지"),
    m("e-kasa-kslv3-first-launch-2030", "progress", KASA, "other", AK, person=Y, deadline="2030-12-31", dtext="2030년"),
    m("e-kasa-lunar-lander-2032", "progress", KASA, "other", AK, person=Y, deadline="2032-12-31", dtext="2032년"),
    m("e-kasa-rnd-budget-2030", "progress", KASA, "other", "올해 R&D 예산이 1조 1천억 원을 넘었습니다.", person=Y),
    m("e-kasa-rnd-budget-2030", "progress", KASA, "other", "2030년 1조 5천억 원 목표는 무난히 달성할 수 있다고 봅니다.", person=Y, value=1500000000000.0, unit="원", deadline="2030-12-31", dtext="2030년"),
    m("e-kasa-staff-400-2027", "progress", KASA, "other", "정원은 지난해 말 350명까지 늘었고, 내년까지 400명을 채우는 게 목표입니다.", person=Y, value=400.0, unit="명", deadline="2027-12-31", dtext="내년까지"),
    m("e-kasa-space-fund-2027", "new", KASA, "other", "우주 전문 벤처펀드를 내년까지 2천억 원 규모로 키우겠습니다.", person=Y, value=200000000000.0, unit="원", deadline="2027-12-31", dtext="내년까지"),
])

# ---------------------------------------------------------------- B3 editorial (last page)
S = "[사설] 첫 삽 뜬 용인 반도체 산단, 전력망 2년 지연은 어쩔 건가"
PAGES["2026-10-13_e_yongin-editorial.txt"] = (S, "2026-10-13", [
    m("e-motie-yongin-groundbreak-2026h2", "achieved", MOTI, "industry", S),
    m("e-motie-yongin-grid-2031", "delayed", MCEE, "industry", S),
    m("e-motie-yongin-groundbreak-2026h2", "achieved", MOTI, "industry", "경기 용인 반도체 국가산업단지가 지난달 말 착공식을 열었다."),
    m("e-motie-yongin-groundbreak-2026h2", "achieved", MOTI, "industry", "2023년 3월 후보지 발표 이후 3년 반 만이고, 정부가 약속한 '2026년 하반기 착공' 일정을 지켰다는 점에서 평가할 만하다.", deadline="2026-12-31", dtext="2026년 하반기"),
    m("e-motie-yongin-plan-approval-2026h1", "achieved", MOTI, "industry", "지난 5월에는 산업단지계획 승인도 예정보다 한 달 앞당겨 마무리됐다."),
    m("e-motie-yongin-grid-2031", "delayed", MCEE, "industry", "기후에너지환경부는 지난해 송전선로 완공 시점을 2031년에서 2033년으로 늦춘 데 이어, 최근에는 일부 구간의 지중화 요구로 추가 지연 가능성까지 내비쳤다.", deadline="2033-12-31", dtext="2033년", prev="2031-12-31"),
    m("e-mcee-grid-mediation-2027h1", "new", MCEE, "climate", "기후부는 갈등을 풀겠다며 내년 상반기까지 송전선로 입지갈등조정위원회를 가동하겠다고 밝혔다.", deadline="2027-06-30", dtext="내년 상반기까지"),
    m("e-motie-chip-finance-17tn-2025", "achieved", MOTI, "industry", "정부가 지난해 약속한 반도체 정책금융 17조 원은 연말까지 전액 집행됐다.", value=17000000000000.0, unit="원",
      comment="'연말까지' here is when it was done (end of 2025), not a deadline set on this page: no deadline recorded."),
    m("e-motie-chip-finance-20tn-2026", "new", MOTI, "industry", "올해 공급 규모는 20조 원으로 늘었다.", value=20000000000000.0, unit="원", deadline="2026-12-31", dtext="올해"),
    m("e-motie-export-700bn-2025", "achieved", MOTI, "industry", "지난해 수출이 7천억 달러를 넘어서며 정부 목표를 달성한 것도 반도체 덕분이었다.", value=700000000000.0, unit="달러"),
])

# ---------------------------------------------------------------- commitments
LAST = "2026-10-13"
COMMITMENTS = [
    # key, ministry (as named when the commitment was made), category, summary, status at LAST
    ("e-kasa-nuri4-2025-11", KASA, "other", "누리호 4차 발사(2025년 11월, 위성 13기)", "achieved"),
    ("e-kasa-nuri-5-6-by-2027", KASA, "other", "누리호 5·6차 발사 2027년까지", "delayed"),
    ("e-kasa-nuri5-2026h2", KASA, "other", "누리호 5차 발사 2026년 하반기", "delayed"),
    ("e-kasa-rnd-budget-2030", KASA, "other", "우주항공 R&D 예산 2030년 1조 5천억 원", "in_progress"),
    ("e-kasa-launchpad-2026h1", KASA, "other", "나로우주센터 민간 고체발사체 발사장 준공", "delayed"),
    ("e-kasa-kslv3-design-2025", KASA, "other", "차세대발사체 상세설계 완료", "delayed"),
    ("e-kasa-kslv3-first-launch-2030", KASA, "other", "차세대발사체 2030년 첫 시험발사", "in_progress"),
    ("e-kasa-lunar-lander-2032", KASA, "other", "2032년 달 착륙선 발사", "in_progress"),
    ("e-kasa-staff-400-2027", KASA, "other", "우주항공청 정원 2027년까지 400명", "in_progress"),
    ("e-kasa-cluster-sats-5", KASA, "other", "누리호 5차에 초소형군집위성 5기 탑재", "announced"),
    ("e-kasa-space-fund-2027", KASA, "other", "우주 전문 벤처펀드 2027년까지 2천억 원", "announced"),
    ("e-moe-rise-2tn-2025", MOE, "other", "2025년 RISE 예산 2조 원 배분", "achieved"),
    ("e-moe-glocal-30-2026", MOE, "other", "글로컬대학 2026년까지 30곳 지정", "cancelled"),
    ("e-moe-glocal-midterm-2025h1", MOE, "other", "1기 글로컬대학 중간평가 실시", "delayed"),
    ("e-moe-rise-local-jobs-60-2027", MOE, "other", "지역 정주 취업률 2027년까지 60%", "announced"),
    ("e-moe-rise-kpi-pact-2025-04", MOE, "other", "17개 시도 RISE 성과지표 협약 체결", "achieved"),
    ("e-moe-flagship-univ-3tn-2030", MOE, "other", "거점국립대 9곳에 5년간 3조 원 투자", "announced"),
    ("e-mohw-pension-decree-2025", MOHW, "other", "국민연금법 하위법령 연내 개정", "delayed"),
    ("e-mohw-fund-return-1pp", MOHW, "other", "국민연금 기금운용 수익률 1%p 이상 제고", "announced"),
    ("e-mohw-structural-reform-2025h2", MOHW, "other", "연금 구조개혁 정부안 하반기 제시", "delayed"),
    ("e-motie-yongin-groundbreak-2026h2", MOTIE, "industry", "용인 반도체 국가산단 2026년 하반기 착공", "achieved"),
    ("e-molit-yongin-compensation-2025", MOLIT, "industry", "용인 반도체 국가산단 토지 보상 연내 착수", "achieved"),
    ("e-motie-yongin-grid-2031", MOTIE, "industry", "용인 클러스터 송전선로(3GW) 2031년 완공", "delayed"),
    ("e-motie-yongin-lng-2028", MOTIE, "industry", "용인 클러스터 LNG 발전소 3기 가동", "revised"),
    ("e-me-yongin-water-2030", ME, "industry", "용인 클러스터 공업용수 2030년까지 공급", "revised"),
    ("e-motie-chip-finance-17tn-2025", MOTIE, "industry", "2025년 반도체 정책금융 17조 원 공급", "achieved"),
    ("e-motie-chip-talent-50k-2030", MOTIE, "industry", "반도체 전문인력 2030년까지 5만 명 양성", "announced"),
    ("e-motie-chip-tariff-plan-2025-07", MOTIE, "industry", "반도체 수출 리스크 대응방안 7월 말 발표", "achieved"),
    ("e-motie-export-700bn-2025", MOTIE, "industry", "2025년 수출 7천억 달러 목표", "achieved"),
    ("e-motie-yongin-plan-approval-2026h1", MOTI, "industry", "용인 국가산단 산업단지계획 승인 2026년 상반기", "achieved"),
    ("e-motie-chip-finance-20tn-2026", MOTI, "industry", "2026년 반도체 정책금융 20조 원 공급", "announced"),
    ("e-mcee-grid-mediation-2027h1", MCEE, "climate", "송전선로 입지갈등조정위원회 가동", "announced"),
    ("e-me-ai-flood-223-2025-07", ME, "climate", "AI 홍수예보 223곳 7월까지 가동", "achieved"),
    ("e-me-flood-map-2025-06", ME, "climate", "지방하천 홍수위험지도 6월 말 공개", "achieved"),
    ("e-me-climate-dams-14-2035", ME, "climate", "기후대응댐 14곳 2035년까지 건설", "revised"),
    ("e-me-jicheon-dam-plan-2025", ME, "climate", "청양 지천댐 기본구상 연내 마무리", "cancelled"),
    ("e-me-urban-sewer-50-2027", ME, "climate", "도시침수 위험지역 50곳 하수도 정비 2027년까지", "in_progress"),
    ("e-mcee-dams7-feasibility-2026", MCEE, "climate", "기후대응댐 7곳 연내 타당성조사 착수", "announced"),
    ("e-mcee-ai-flood-500-2026-06", MCEE, "climate", "AI 홍수예보 6월까지 500곳 확대", "delayed"),
]


def q(s):
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def write():
    GOLD.mkdir(parents=True, exist_ok=True)
    for name, (title, date, mentions) in PAGES.items():
        lines = [f"source = {q(name)}", "line = 0", f"title = {q(title)}", f"published_at = {q(date)}"]
        for x in mentions:
            lines.append("")
            lines.append("[[mentions]]")
            if x["comment"]:
                lines.append("# " + x["comment"])
            for f in ("key", "kind", "ministry", "person", "category"):
                lines.append(f"{f} = {q(x[f])}")
            if x["target_value"] is not None:
                lines.append(f"target_value = {float(x['target_value'])!r}")
                lines.append(f"target_unit = {q(x['target_unit'])}")
            for f in ("deadline", "deadline_text", "previous_deadline"):
                if x[f]:
                    lines.append(f"{f} = {q(x[f])}")
            lines.append(f"sentence = {q(x['sentence'])}")
        (GOLD / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = [f"# Commitments of the unseen set e (e-*); expected status at the last article's date, {LAST}",
           "# ministry = the body that made the commitment, by its name on the day it was made",
           "# (later mentions may name a renamed or different body: see NOTES.md)."]
    for key, ministry, cat, summary, status in COMMITMENTS:
        out += ["", "[[commitments]]", f"key = {q(key)}", f"ministry = {q(ministry)}",
                f"category = {q(cat)}", f"summary = {q(summary)}", f"status = {q(status)}"]
    (GOLD / "commitments" / "unseen.toml").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write()
