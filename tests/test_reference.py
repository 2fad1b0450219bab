"""The reference data in data/reference/ and its loader, as the ETL and the dashboard use them.

Ministries are renamed and split, ministers change, and editors keep these files up to date by hand,
so the stories here are: a name in an article resolves to the body it meant *on the article's date*;
a filter on today's ministry finds its predecessors; "유 장관" in a 2024-12-23 article is 유상임;
and an editor's slip stops the build with a message naming the file, the line and the reason.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tomllib
from datetime import date
from pathlib import Path

import pytest

from etl.reference import ReferenceError, load_reference

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "reference"
ARTICLES = ROOT / "data" / "articles"
GOLD = ROOT / "tests" / "gold"
FILES = ("ministries.csv", "officials.csv", "topics.toml", "outlets.csv")


def d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.fixture(scope="module")
def ref():
    return load_reference()


# --- the real files ---------------------------------------------------------------------------


def test_the_shipped_files_load_and_hold_what_the_corpus_needs(ref):
    names = {m.name for m in ref.ministries}
    assert {
        "과학기술정보통신부", "산업통상자원부", "산업통상부", "중소벤처기업부", "기획재정부", "재정경제부",
        "기획예산처", "환경부", "기후에너지환경부", "방송통신위원회", "방송미디어통신위원회", "국무조정실",
        "대통령비서실", "국가데이터처", "지식재산처", "우주항공청", "국가인공지능전략위원회",
    } <= names
    assert len([m for m in ref.ministries if m.kind == "부" and m.valid_on(d("2025-09-30"))]) == 19
    assert len([m for m in ref.ministries if m.kind == "부" and m.valid_on(d("2026-01-02"))]) == 19
    assert [t.code for t in ref.topics] == [
        "ai_infra", "telecom", "commercialization", "ai_policy", "industry", "startup", "fiscal",
        "climate", "government", "other",
    ]
    assert ref.topic("other").label == "기타" and ref.topic("other").cues == ()
    assert len(ref.outlets) >= 37


def test_loading_is_cached_until_a_file_changes(tmp_path):
    folder = _copy(tmp_path)
    first = load_reference(folder)
    assert load_reference(folder) is first
    officials = folder / "officials.csv"
    officials.write_text(officials.read_text(encoding="utf-8") + "홍길동,장관,교육부,2026-03-01,,test row\n", encoding="utf-8")
    os.utime(officials, ns=(officials.stat().st_atime_ns, officials.stat().st_mtime_ns + 10_000_000))
    second = load_reference(folder)
    assert second is not first
    assert second.find_official("홍길동", d("2026-03-02")).ministry == "교육부"


# --- ministries: names by date ----------------------------------------------------------------

RESOLVE = [
    # (as written, article date, canonical name valid on that date)
    ("과기정통부", "2024-12-23", "과학기술정보통신부"),
    ("과기부", "2025-03-06", "과학기술정보통신부"),
    ("MSIT", "2026-03-03", "과학기술정보통신부"),
    ("과학기술 정보통신부", "2025-01-15", "과학기술정보통신부"),
    ("산업부", "2025-03-01", "산업통상자원부"),
    ("산업부", "2025-09-30", "산업통상자원부"),
    ("산업부", "2025-10-01", "산업통상부"),
    ("산업부", "2025-11-03", "산업통상부"),
    ("산자부", "2025-04-30", "산업통상자원부"),
    ("산업통상자원부", "2025-11-14", "산업통상부"),  # the old name after the rename
    ("산업통상부", "2025-07-21", "산업통상자원부"),  # the new name before it existed
    ("중기부", "2025-12-18", "중소벤처기업부"),
    ("기재부", "2025-04-18", "기획재정부"),
    ("기재부", "2026-01-01", "기획재정부"),
    ("기재부", "2026-01-02", "재정경제부"),
    ("기획재정부", "2026-02-01", "재정경제부"),
    ("재경부", "2026-01-09", "재정경제부"),
    ("재정경제부", "2025-09-26", "기획재정부"),
    ("기획예산처", "2026-01-02", "기획예산처"),
    ("예산처", "2026-01-25", "기획예산처"),
    ("방통위", "2025-07-22", "방송통신위원회"),
    ("방통위", "2026-01-23", "방송미디어통신위원회"),
    ("방미통위", "2026-02-23", "방송미디어통신위원회"),
    ("환경부", "2025-09-30", "환경부"),
    ("환경부", "2025-10-01", "기후에너지환경부"),
    ("기후부", "2025-11-11", "기후에너지환경부"),
    ("여가부", "2025-10-01", "성평등가족부"),
    ("통계청", "2025-12-01", "국가데이터처"),
    ("특허청", "2025-10-01", "지식재산처"),
    ("문화재청", "2025-01-01", "국가유산청"),
    ("국가AI위원회", "2025-02-20", "국가인공지능위원회"),
    ("국가AI위원회", "2025-12-15", "국가인공지능전략위원회"),
    ("대통령실", "2025-10-31", "대통령비서실"),
    ("총리실", "2025-05-01", "국무조정실"),
]


@pytest.mark.parametrize(("written", "on", "canonical"), RESOLVE)
def test_a_name_resolves_to_the_body_it_meant_on_that_date(ref, written, on, canonical):
    assert ref.resolve_ministry(written, d(on)) == canonical
    assert ref.ministry(canonical).valid_on(d(on))


def test_an_acronym_that_is_a_common_word_names_no_body(ref):
    assert ref.resolve_ministry("MOU", d("2026-04-14")) is None  # 양해각서, not 통일부
    assert ref.resolve_ministry("KCC", d("2025-04-14")) is None  # a company group, not 방송통신위원회
    assert ref.resolve_ministry("MMA", d("2025-04-14")) is None  # mixed martial arts, not 병무청
    assert ("MOU", "통일부") not in ref.ministry_aliases()


@pytest.mark.parametrize(
    ("written", "current"),
    [("산업부", "산업통상부"), ("기재부", "재정경제부"), ("방통위", "방송미디어통신위원회"), ("과기정통부", "과학기술정보통신부")],
)
def test_without_a_date_a_name_resolves_to_the_current_body(ref, written, current):
    assert ref.resolve_ministry(written) == current


def test_an_unknown_name_resolves_to_nothing(ref):
    assert ref.resolve_ministry("우주청장실", d("2025-01-01")) is None
    assert ref.resolve_ministry("", d("2025-01-01")) is None
    assert ref.ministry("없는부") is None


def test_no_name_points_to_two_bodies_on_the_same_day(ref):
    days = [date(2024, 5, 1)] + [date(y, m, 1) for y in (2024, 2025, 2026) for m in range(1, 13)]
    days += [d("2025-09-30"), d("2025-10-01"), d("2026-01-01"), d("2026-01-02")]
    for form, _ in ref.ministry_aliases():
        for day in days:
            valid = {m.name for m in ref.ministries if form in m.forms and m.valid_on(day)}
            assert len(valid) <= 1, (form, day, valid)


def test_a_filter_on_todays_ministry_includes_its_predecessors(ref):
    assert ref.lineage("산업통상부") == ("산업통상부", "산업통상자원부")
    assert "기획재정부" in ref.lineage("재정경제부")
    assert "기획예산처" not in ref.lineage("재정경제부")  # a sibling of a split is not a predecessor
    assert set(ref.lineage("기획재정부")) == {"기획재정부", "재정경제부", "기획예산처"}
    assert ref.lineage("방미통위") == ("방송미디어통신위원회", "방송통신위원회")
    assert ref.lineage("과학기술정보통신부") == ("과학기술정보통신부",)


def test_the_nlp_dictionary_gets_every_surface_form(ref):
    pairs = ref.ministry_aliases()
    assert ("산업부", "산업통상자원부") in pairs and ("산업부", "산업통상부") in pairs
    assert ("과기정통부", "과학기술정보통신부") in pairs and ("MSIT", "과학기술정보통신부") in pairs
    assert ("방미통위", "방송미디어통신위원회") in pairs
    assert all(form and canonical in {m.name for m in ref.ministries} for form, canonical in pairs)


# --- officials --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surname", "title", "on", "person"),
    [
        ("유", "장관", "2024-12-23", "유상임"),  # the seed article
        ("배", "장관", "2025-09-01", "배경훈"),
        ("배", "부총리", "2025-12-18", "배경훈"),
        ("류", "실장", "2025-01-15", "류제명"),
        ("류", "차관", "2026-01-12", "류제명"),
        ("이", "차관", "2025-03-06", "이창윤"),
        ("최", "권한대행", "2025-02-20", "최상목"),
        ("최", "부총리", "2025-04-15", "최상목"),
        ("구", "부총리", "2026-01-02", "구윤철"),
        ("김", "위원장", "2026-02-23", "김종철"),
        ("한", "장관", "2025-11-05", "한성숙"),
    ],
)
def test_surname_and_title_name_the_official_in_post_that_day(ref, surname, title, on, person):
    found = ref.officials_by_surname(surname, title, d(on))
    assert [o.person for o in found][:1] == [person]


def test_a_title_word_must_fit_and_a_nominee_is_not_in_post(ref):
    assert ref.officials_by_surname("배", "부총리", d("2025-09-01")) == []  # 부총리 only from 2025-10-01
    assert ref.officials_by_surname("이", "대통령", d("2025-05-10")) == []  # 이주호 was 권한대행
    assert ref.officials_by_surname("이", "장관", d("2026-01-10")) == []  # 이혜훈 was only nominated
    assert [o.person for o in ref.officials_by_surname("이", "장관 후보자", d("2026-01-10"))] == ["이혜훈"]


def test_the_msit_minister_on_a_date(ref):
    def minister(on: str) -> str:
        return next(o.person for o in ref.officials_on(d(on), "과기정통부") if o.title.endswith("장관"))

    assert minister("2024-12-23") == "유상임"
    assert minister("2025-07-16") == "유상임"
    assert minister("2025-07-17") == "배경훈"
    assert minister("2025-09-01") == "배경훈"
    assert minister("2026-03-12") == "배경훈"


def test_officials_of_todays_ministry_include_those_of_its_predecessor(ref):
    people = {o.person for o in ref.officials_on(d("2025-08-01"), "산업통상부")}
    assert "김정관" in people
    assert {o.person for o in ref.officials_on(d("2026-01-09"), "재정경제부")} == {"구윤철"}


def test_find_official_gives_the_post_of_that_day_or_the_nearest(ref):
    assert ref.find_official("류제명", d("2025-01-15")).title == "네트워크정책실장"
    assert ref.find_official("류제명", d("2025-11-27")).title == "제2차관"
    assert ref.find_official("최상목", d("2025-02-20")).ministry == "기획재정부"  # his ministry post first
    assert ref.find_official("구윤철", d("2026-01-02")).ministry == "재정경제부"
    assert ref.find_official("배경훈", d("2025-06-23")).title == "장관"  # named before taking office: nearest post
    assert ref.find_official("배경훈", None).title == "부총리 겸 장관"
    assert ref.find_official("김상훈", d("2025-02-18")) is None  # a party official, not government


def test_every_term_lies_within_its_ministrys_dates(ref):
    for o in ref.officials:
        body = ref.ministry(o.ministry)
        assert body is not None and body.name == o.ministry
        if o.term_start and o.term_end:
            assert o.term_start <= o.term_end
        if not o.nominee and o.term_start:
            assert body.valid_on(o.term_start), o


# --- outlets and topics -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("domain", "outlet"),
    [
        ("hankyung.com", "한국경제"),
        ("m.hankyung.com", "한국경제"),
        ("qurasoha@hankyung.com", "한국경제"),
        ("https://www.wowtv.co.kr/NewsCenter/News/Read?articleId=1", "한국경제TV"),
        ("biz.chosun.com", "조선비즈"),
        ("news.chosun.com", "조선일보"),
        ("biz.sbs.co.kr", "SBS Biz"),
        ("news.sbs.co.kr", "SBS"),
        ("www.joins.com", "중앙일보"),
        ("zdnet.co.kr", "지디넷코리아"),
        ("gildong@hanbitbiz.example.kr", "한빛경제"),
        ("ictjournal.example.kr", "정보통신저널"),
        ("example.com", None),
        ("", None),
    ],
)
def test_a_domain_names_its_outlet(ref, domain, outlet):
    assert ref.outlet_for_domain(domain) == outlet


def test_outlets_by_name_or_alias(ref):
    assert ref.outlet_by_name("한경닷컴").name == "한국경제"
    assert ref.outlet_by_name("세종정책신문").domains == ("sejongpolicy.example.kr",)
    assert ref.outlet_by_name("없는일보") is None


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("2030년으로 계획한 그래픽처리장치(GPU) 3만장 확보 시기를 2026년으로 앞당겨야 한다", "ai_infra"),
        ("내년 초 알뜰폰 활성화 대책을 포함한 통신 정책 발표를 예고했다", "telecom"),
        ("단통법 폐지 후 시행령이 약 6개월 이후 적용될 것", "telecom"),
        ("최종 사업화에 이르는 TRL 1~9단계를 모두 아우르는 조직을 만들겠다", "commercialization"),
        ("AI 기본법은 과태료 부과를 최소 1년 이상 유예한다", "ai_policy"),
        ("2030년까지 AI 팩토리 500개를 구축하고 반도체 수출 1700억 달러를 달성한다", "industry"),
        ("2030년까지 유니콘 50개와 벤처투자 40조원을 목표로 한다", "startup"),
        ("12조2000억원 규모의 추경안을 의결했다", "fiscal"),
        ("2035 NDC를 2018년 대비 53~61% 감축으로 확정했다", "climate"),
        ("정부조직법 개정안이 국회를 통과했다", "government"),
        ("유상임 과학기술정보통신부 장관은 23일 세종에서 말했다", "other"),  # 통신 inside a ministry name is no cue
        ("데이터 5GB를 제공한다", "other"),  # 5G is a word, not a prefix
        ("통상 4분기에 착공 물량이 몰린다", "other"),  # 통상 = usually
        ("한미 통상 협상 결과를 발표했다", "industry"),
        ("올해 전기차 급속충전기 1만 2,000기를 추가로 설치한다", "climate"),
        # a fare or a tariff is not a phone bill, nor a newly built ferry the shipbuilding industry
        ("시내버스 요금을 내년부터 1,250원으로 동결한다", "other"),
        ("노후 연안 여객선을 대신할 신조선 6척을 2027년까지 건조한다", "other"),
        ("가계 통신 요금 부담을 연내 10% 줄이겠다", "telecom"),
        ("섬 주민 여객선 1,000원 요금제가 7월 시작됐다", "other"),
        ("조선업 인력 5,000명을 2026년까지 양성한다", "industry"),
        # the back end of nuclear power is energy policy; patents turned into money are commercialised;
        # a government's own committees and posts are its organisation
        ("사용후핵연료 중간저장시설 부지를 2030년까지 정한다", "climate"),
        ("중소기업의 IP 담보대출 회수 재원을 1,000억 원으로 늘린다", "commercialization"),
        ("정부 위원회 정비로 연내 50개를 없앤다", "government"),
    ],
)
def test_category_for_a_sentence(ref, sentence, category):
    assert ref.category_for(sentence) == category


def test_the_tax_service_s_whole_remit_is_the_fiscal_topic(ref):
    assert ref.remit("국세청") == "fiscal"


def test_category_ties_go_to_the_topic_listed_first(ref):
    # one ai_infra cue (GPU) and one fiscal cue (예산): ai_infra comes first in the file
    assert ref.category_for("GPU 구입 예산을 늘린다") == "ai_infra"


# --- the DuckDB tables ------------------------------------------------------------------------


def test_frames_have_exactly_the_duckdb_columns(ref):
    pd = pytest.importorskip("pandas")
    ministries = ref.ministries_frame()
    assert list(ministries.columns) == ["ministry", "short_name", "aliases", "valid_from", "valid_to", "successor", "english", "kind"]
    row = ministries.set_index("ministry").loc["기획재정부"]
    assert row["successor"] == "재정경제부;기획예산처"
    assert row["valid_to"] == d("2026-01-01")
    assert row["aliases"] == ["MOEF"]
    assert pd.isna(ministries.set_index("ministry").loc["과학기술정보통신부", "successor"])  # NULL in DuckDB
    officials = ref.officials_frame()
    assert list(officials.columns) == ["person", "title", "ministry", "term_start", "term_end"]
    assert len(officials) == len(ref.officials)
    assert list(ref.topics_frame()["category"]) == [t.code for t in ref.topics]


def test_frames_load_into_duckdb_with_dates_and_lists(ref):
    duckdb = pytest.importorskip("duckdb")
    ministries, officials = ref.ministries_frame(), ref.officials_frame()  # noqa: F841 (read by DuckDB)
    con = duckdb.connect()
    types = dict(con.execute("select column_name, column_type from (describe select * from ministries)").fetchall())
    assert types["valid_from"] == "DATE" and types["aliases"] == "VARCHAR[]"
    assert con.execute(
        "select person from officials where ministry = '과학기술정보통신부' and title = '장관'"
        " and date '2024-12-23' between term_start and coalesce(term_end, date '9999-12-31')"
    ).fetchall() == [("유상임",)]


# --- the corpus and the gold set (whatever exists of them) ------------------------------------


def _gold_files() -> list[Path]:
    return sorted(GOLD.rglob("*.toml")) if GOLD.is_dir() else []


def _as_day(value) -> date | None:
    if isinstance(value, date):
        return value if type(value) is date else value.date()
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value[:10])
    return None


def test_every_ministry_in_the_gold_set_resolves_on_its_date(ref):
    problems = []
    for path in _gold_files():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            continue  # a gold file being written; its own tests report it
        day = _as_day(data.get("published_at"))
        entries = [*data.get("mentions", []), *data.get("commitments", [])]
        for entry in entries:
            name = entry.get("ministry") if isinstance(entry, dict) else None
            if not isinstance(name, str) or not name.strip():
                continue
            resolved = ref.resolve_ministry(name, day)
            if resolved is None:
                problems.append(f"{path.relative_to(ROOT)}: unknown ministry {name!r}")
            elif day is not None and not ref.ministry(resolved).valid_on(day):
                problems.append(f"{path.relative_to(ROOT)}: {name!r} resolves to {resolved!r}, not in existence on {day}")
    assert not problems, "\n".join(problems)


def _article_texts() -> list[tuple[Path, date, str]]:
    """(file, date, text) for every text article in data/articles (JSONL: one per line)."""
    if not ARTICLES.is_dir():
        return []
    found = []
    for path in sorted(p for p in ARTICLES.rglob("*") if p.is_file()):
        if path.suffix.lower() not in {".txt", ".html", ".htm", ".jsonl", ".json"}:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # deliberately mis-encoded inputs belong to the readers' tests
        named = re.match(r"(\d{4}-\d{2}-\d{2})", path.name)
        file_day = date.fromisoformat(named.group(1)) if named else None
        if path.suffix.lower() == ".jsonl":
            for line in text.splitlines():
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if isinstance(record, dict):
                    day = _as_day(record.get("published_at")) or file_day
                    if day:
                        found.append((path, day, f"{record.get('title', '')}\n{record.get('body', '')}"))
        elif file_day:
            found.append((path, file_day, text))
    return found


def test_every_ministry_name_in_the_articles_resolves_on_the_articles_date(ref):
    forms = sorted({form for form, _ in ref.ministry_aliases()}, key=len, reverse=True)
    patterns = {
        form: re.compile(rf"(?<![A-Za-z0-9]){re.escape(form)}(?![A-Za-z0-9])") if form.isascii() else None
        for form in forms
    }
    problems = []
    for path, day, text in _article_texts():
        for form in forms:
            pattern = patterns[form]
            if not (pattern.search(text) if pattern else form in text):
                continue
            resolved = ref.resolve_ministry(form, day)
            if resolved is None or not ref.ministry(resolved).valid_on(day):
                problems.append(f"{path.name} ({day}): {form!r} -> {resolved!r}")
    assert not problems, "\n".join(problems)


# --- an editor's slip: the file, the line, the reason -----------------------------------------


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "reference"
    folder.mkdir()
    for name in FILES:
        shutil.copy(REFERENCE / name, folder / name)
    return folder


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _append(path: Path, row: str) -> int:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n" + row + "\n", encoding="utf-8")
    return len(text.rstrip("\n").splitlines()) + 1


def _expect(folder: Path, filename: str, line: int | None, *words: str) -> ReferenceError:
    with pytest.raises(ReferenceError) as caught:
        load_reference(folder)
    error = caught.value
    message = str(error)
    assert Path(error.path).name == filename and filename in message
    assert error.line == line
    if line is not None:
        assert f"line {line}" in message
    for word in words:
        assert word in message, message
    return error


def test_a_bad_date_names_file_line_and_value(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "ministries.csv"
    line = _line_of(path, "산업통상부,산업부")
    _edit(path, "산업통상부,산업부,,,부,2025-10-01", "산업통상부,산업부,,,부,2025-13-01")
    _expect(folder, "ministries.csv", line, "bad date", "valid_from", "2025-13-01")


def test_an_unknown_successor(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "ministries.csv"
    line = _line_of(path, "산업통상자원부,산업부")
    _edit(path, "2025-09-30,산업통상부,", "2025-09-30,산업통상브,")
    _expect(folder, "ministries.csv", line, "unknown successor", "산업통상브")


def test_a_body_with_part_to_and_no_successor_hands_on_only_what_that_body_owns(tmp_path):
    folder = _copy(tmp_path)
    _edit(folder / "ministries.csv", ",산업통상부,기후에너지환경부,", ",,기후에너지환경부,")
    reference = load_reference(folder)
    assert reference.heir("산업통상자원부", date(2026, 3, 1), "climate") == "기후에너지환경부"
    assert reference.heir("산업통상자원부", date(2026, 3, 1), "industry") is None


def test_an_unknown_body_in_part_to(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "ministries.csv"
    line = _line_of(path, "산업통상자원부,산업부")
    _edit(path, ",산업통상부,기후에너지환경부,", ",산업통상부,기후에너지환경브,")
    _expect(folder, "ministries.csv", line, "unknown body", "기후에너지환경브")


def test_a_duplicate_canonical_name(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "ministries.csv"
    first = _line_of(path, "교육부,교육부")
    line = _append(path, "교육부,교육부,,,부,,,,,")
    _expect(folder, "ministries.csv", line, "duplicate canonical name", f"line {first}")


def test_an_empty_required_field(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "ministries.csv"
    line = _append(path, "새부처,새부,,,,,,,,no kind")
    _expect(folder, "ministries.csv", line, "empty required field 'kind'")


def test_an_alias_on_two_bodies_on_overlapping_dates(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "ministries.csv"
    line = _line_of(path, "산업통상부,산업부")
    _edit(path, "산업통상부,산업부,,,부,2025-10-01", "산업통상부,산업부,,,부,2025-09-01")
    _expect(folder, "ministries.csv", line, "'산업부'", "산업통상자원부", "overlapping")


def test_a_row_with_an_unquoted_comma(tmp_path):
    folder = _copy(tmp_path)
    line = _append(folder / "ministries.csv", "새부처,새부,,,부,,,,,a note, with a comma")
    _expect(folder, "ministries.csv", line, "expected 10 fields", "double quotes")


def test_a_missing_column(tmp_path):
    folder = _copy(tmp_path)
    _edit(folder / "outlets.csv", "outlet,domains,aliases", "outlet,domain,aliases")
    _expect(folder, "outlets.csv", 1, "missing column(s) domains", "unknown column(s) 'domain'")


def test_an_unknown_ministry_in_officials_suggests_the_canonical_name(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "officials.csv"
    line = _line_of(path, "유상임,장관")
    _edit(path, "유상임,장관,과학기술정보통신부", "유상임,장관,과기정통부")
    _expect(folder, "officials.csv", line, "unknown ministry '과기정통부'", "과학기술정보통신부")


def test_a_term_that_ends_before_it_starts(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "officials.csv"
    line = _line_of(path, "유상임,장관")
    _edit(path, "2024-08-16,2025-07-16", "2024-08-16,2023-07-16")
    _expect(folder, "officials.csv", line, "term_end 2023-07-16 is before term_start 2024-08-16")


def test_a_term_under_a_name_the_ministry_did_not_yet_bear(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "officials.csv"
    line = _line_of(path, "김정관,장관,산업통상부")
    _edit(path, "김정관,장관,산업통상부,2025-10-01", "김정관,장관,산업통상부,2025-07-21")
    _expect(folder, "officials.csv", line, "before '산업통상부' existed", "predecessor")


def test_a_duplicate_topic_code(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "topics.toml"
    first = _line_of(path, 'code = "telecom"')
    _edit(path, 'code = "commercialization"', 'code = "telecom"')
    line = _line_of(path, 'label = "기술사업화"') - 1
    _expect(folder, "topics.toml", line, "duplicate topic code 'telecom'", f"line {first}")


def test_a_toml_syntax_error(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "topics.toml"
    line = _line_of(path, 'label = "통신"')
    _edit(path, 'label = "통신"', 'label = "통신')
    _expect(folder, "topics.toml", line, "TOML syntax error")


def test_topics_need_the_fallback_other(tmp_path):
    folder = _copy(tmp_path)
    _edit(folder / "topics.toml", 'code = "other"', 'code = "misc"')
    _expect(folder, "topics.toml", None, "'other'")


def test_a_domain_listed_for_two_outlets(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "outlets.csv"
    first = _line_of(path, "한국경제,hankyung.com")
    line = _append(path, "가짜경제,hankyung.com,")
    _expect(folder, "outlets.csv", line, "'hankyung.com'", "'한국경제'", f"line {first}")


def test_a_domain_written_as_a_url(tmp_path):
    folder = _copy(tmp_path)
    line = _append(folder / "outlets.csv", "가짜경제,https://fake.example.kr/news,")
    _expect(folder, "outlets.csv", line, "bad domain")


def test_a_file_that_is_not_utf8(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "officials.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_bytes("\n".join(lines).encode("cp949", errors="replace") + b"\n")
    _expect(folder, "officials.csv", 2, "not UTF-8")


def test_a_missing_file(tmp_path):
    folder = _copy(tmp_path)
    (folder / "outlets.csv").unlink()
    _expect(folder, "outlets.csv", None, "file not found")


def test_a_topic_owner_must_be_a_known_ministry(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "topics.toml"
    line = _line_of(path, 'owners = ["중소벤처기업부"]')
    _edit(path, 'owners = ["중소벤처기업부"]', 'owners = ["중소기업청부"]')
    _expect(folder, "topics.toml", line, "unknown ministry '중소기업청부'")


def test_a_remit_must_be_a_known_ministry(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "topics.toml"
    line = _line_of(path, 'remit_of = ["기획재정부"')
    _edit(path, 'remit_of = ["기획재정부"', 'remit_of = ["기획재무부"')
    _expect(folder, "topics.toml", line, "unknown ministry '기획재무부'")


def test_a_body_has_one_remit(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "topics.toml"
    line = _line_of(path, 'remit_of = ["기획재정부"')
    _edit(path, 'remit_of = ["기획재정부"', 'remit_of = ["국가인공지능위원회", "기획재정부"')
    _expect(folder, "topics.toml", line, "'국가인공지능위원회' is in 'remit_of' of both 'ai_policy' and 'fiscal'")


def test_a_body_with_one_remit_gives_its_topic(ref):
    assert ref.remit("기획예산처") == "fiscal"
    assert ref.remit("국가인공지능전략위원회") == "ai_policy"
    assert ref.remit("과학기술정보통신부") is None  # several fields: no remit
    assert ref.remit(None) is None


def test_a_topic_can_be_asked_to_be_clear(ref):
    assert ref.category_for("국방 연구개발 예산을 늘린다") == "fiscal"
    assert ref.category_for("국방 연구개발 예산을 늘린다", at_least=2) == "other"
    assert ref.category_for("추경 예산안을 의결했다", at_least=2) == "fiscal"


def test_a_weak_cue_alone_names_a_circumstance_not_the_topic(ref):
    delayed = "4세 무상 교육·보육은 예산을 확보하지 못해 내년으로 미뤄졌다."
    assert ref.category_for(delayed, article="other") == "other"  # a story on child care
    assert ref.category_for(delayed, article="fiscal") == "fiscal"  # a story on the budget
    assert ref.category_for(delayed) == "fiscal"  # an article's own topic counts every cue
    # a strong cue beside it is the topic still
    assert ref.category_for("추경 예산을 연내 집행한다", article="other") == "fiscal"
    # another topic's cue is not held back
    assert ref.category_for("GPU 구입 예산을 늘린다", article="other") == "ai_infra"


def test_the_heir_of_a_body_split_is_the_half_that_owns_the_promises_topic(ref):
    # 산업통상자원부 became 산업통상부 and gave its energy work to 기후에너지환경부 (2025-10-01)
    assert ref.heir("산업통상자원부", date(2026, 3, 1), "climate") == "기후에너지환경부"
    assert ref.heir("산업통상자원부", date(2026, 3, 1), "industry") == "산업통상부"
    assert ref.heir("산업통상자원부", date(2026, 3, 1), "other") == "산업통상부"  # the same body, renamed
    # both halves of 기획재정부 own the budget: no telling which
    assert ref.heir("기획재정부", date(2026, 2, 1), "fiscal") is None
    assert ref.heir("환경부", date(2026, 2, 1), "other") == "기후에너지환경부"
    # back in time, a body is first the one it carries on under a new name
    assert ref.resolve_ministry("기후에너지환경부", date(2025, 3, 1)) == "환경부"
    assert ref.resolve_ministry("산업통상자원부", date(2026, 3, 1)) == "산업통상부"
    # taking over part of a body's work is no step in its lineage: a filter on 기후에너지환경부 does
    # not bring in 산업통상자원부's chips and exports
    assert "산업통상자원부" not in ref.lineage("기후에너지환경부")
    assert ref.heir("산업통상자원부", date(2025, 5, 1), "climate") == "산업통상자원부"  # not ended yet


def test_weak_cues_beside_another_topics_own_cue_are_that_storys_circumstance(ref):
    # a chip cluster's power line, a briefing held at a government building
    assert ref.topic_scores("용인 반도체 산단 보상 마무리 단계…송전선로 완공은 2033년으로 밀려") == {"industry": 1}
    assert ref.category_for("정부세종청사에서 GPU 1만 장 확보 계획을 발표했다") == "ai_infra"
    # alone they still name their topic: the grid's own story, a ministry's new building
    assert ref.category_for("서해안 HVDC 1단계를 2030년까지 준공하고 호남권 ESS 2GW를 확보한다") == "climate"
    assert ref.category_for("북항 재개발 부지에 짓는 신청사는 2029년 준공한다") == "government"
    # two weak topics with no strong cue keep both
    assert set(ref.topic_scores("송전망 예산을 늘린다")) == {"fiscal", "climate"}
    # a blueprint is no building, a broadcasting expert no power line
    assert ref.category_for("해수부, 북극항로 청사진 공개") == "other"
    assert ref.category_for("방송전문 인력 양성 계획을 내놨다") == "other"
    assert ref.category_for("2차 공공기관 지방 이전 계획을 연내 발표한다") == "government"
    assert ref.category_for("동해안 송전 선로 2027년 완공…변전 설비 공사도 재개") == "climate"


def test_a_weak_cue_must_be_one_of_the_topics_cues(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "topics.toml"
    line = _line_of(path, 'weak_cues = ["예산"')
    _edit(path, 'weak_cues = ["예산"', 'weak_cues = ["예산액"')
    _expect(folder, "topics.toml", line, "'weak_cues' of topic 'fiscal' must be a list of its own cues")


def test_a_cue_inside_a_word_that_is_no_topic_does_not_count(ref):
    # a school's letter home holds 통신; the telecom word beside it still counts
    assert ref.category_for("가정통신문, 이제 20개 언어로 번역됩니다") == "other"
    assert ref.category_for("통신판매업 신고 절차를 간소화한다") == "other"
    assert ref.category_for("가정통신문으로 통신비 지원을 알린다") == "telecom"
    assert ref.category_for("이동통신 3사의 통신 요금을 내린다") == "telecom"
    assert ref.category_for("재난 때 통신문제를 막기 위해 기지국 2천 곳에 비상 전원을 단다") == "telecom"


def test_a_not_in_word_must_hold_one_of_the_topics_cues(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "topics.toml"
    line = _line_of(path, 'not_in = ["가정통신문"')
    _edit(path, 'not_in = ["가정통신문"', 'not_in = ["편지"')
    _expect(folder, "topics.toml", line, "'not_in' of topic 'telecom' must be a list of words that hold one of its cues")


def test_a_topic_named_only_by_its_weak_cues(ref):
    assert ref.named_by_weak_cues_only("[예산안 쉽게 읽기] 약속 따라 돈이 움직였나 내년 예산은 150억 원", "fiscal")
    assert not ref.named_by_weak_cues_only("내년 예산안 728조 원…재정 지출 8% 늘려", "fiscal")
    assert not ref.named_by_weak_cues_only("GPU 1만 장 확보", "fiscal")
