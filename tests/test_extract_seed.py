"""The seed article end to end: what a careful reader finds, and nothing of its context numbers."""

from datetime import date
from pathlib import Path

import duckdb
import pytest

from etl.build import build

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_b0f070cd7e78df0e.txt"


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    if not SEED.exists():
        pytest.skip(f"seed fixture not found at {SEED}")
    db = tmp_path_factory.mktemp("seed") / "seed.duckdb"
    build([SEED], db, as_of=date(2024, 12, 24))
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


def rows(con, sql, *params):
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def test_one_gpu_commitment_with_headline_and_both_body_sentences(seed_db):
    gpu = rows(seed_db, "SELECT * FROM commitments WHERE category = 'ai_infra'")
    assert len(gpu) == 1
    c = gpu[0]
    assert (c["target_value"], c["ministry"], c["person"]) == (30000, "과학기술정보통신부", "유상임")
    assert (c["deadline"], c["previous_deadline"]) == (date(2026, 12, 31), date(2030, 12, 31))
    sentences = [m["sentence"] for m in rows(seed_db, "SELECT sentence FROM mentions WHERE commitment_id = ?", c["commitment_id"])]
    assert len(sentences) == 3
    assert any(s.startswith("유상임 장관, AI 경쟁력 확보") for s in sentences)
    assert any("2030년으로 계획한 그래픽처리장치(GPU) 3만장 확보 시기를" in s for s in sentences)
    assert any("2026년까지 3만개를 확보해야 한다" in s for s in sentences)


def test_cross_ministry_commercialisation_body_within_2024(seed_db):
    [c] = rows(seed_db, "SELECT * FROM commitments WHERE category = 'commercialization'")
    assert c["deadline"] == date(2024, 12, 31)
    assert c["ministry"] == "과학기술정보통신부"


def test_telecom_announcement_early_next_year_and_decree_timing_as_text(seed_db):
    telecom = rows(seed_db, "SELECT * FROM mentions WHERE category = 'telecom' ORDER BY sentence_start")
    mvno = [m for m in telecom if "알뜰폰 활성화 대책" in m["sentence"]]
    assert len(mvno) == 1 and date(2025, 1, 1) <= mvno[0]["deadline"] <= date(2025, 3, 31)
    decree = [m for m in telecom if "시행령" in m["sentence"]]
    assert len(decree) == 1
    assert decree[0]["deadline"] is None and "6개월" in decree[0]["deadline_text"]


@pytest.mark.parametrize("context", ["10만장", "20만장", "4대 과학기술원", "2000년", "국가우주위원회"])
def test_context_numbers_are_not_commitments(seed_db, context):
    hits = rows(seed_db, "SELECT sentence, target_value FROM mentions WHERE contains(sentence, ?)", context)
    assert all(h["target_value"] not in (100000, 200000, 4, 2000) for h in hits)
    if context in ("10만장", "국가우주위원회"):
        assert hits == []


def test_every_stored_sentence_occurs_verbatim_in_its_article(seed_db):
    for m in rows(seed_db, "SELECT m.sentence, m.in_title, m.sentence_start, m.sentence_end, a.title, a.body "
                           "FROM mentions m JOIN articles a USING (article_id)"):
        text = m["title"] if m["in_title"] else m["body"]
        assert text[m["sentence_start"]:m["sentence_end"]] == m["sentence"]
