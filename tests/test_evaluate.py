"""How `make eval` pairs extracted mentions with gold ones (etl/evaluate.py)."""

from etl.evaluate import GoldMention, pair

HEADLINE = "국토부 \"올해 공공주택 5만 호 착공\"…신축 매입임대 상반기 3만5000호 약정"


def gold(key: str, value: float, deadline: str) -> GoldMention:
    fields = {"kind": "new", "ministry": "국토교통부", "target_value": value, "target_unit": "호", "deadline": deadline}
    return GoldMention("page.txt", key, HEADLINE, fields)


def record(sentence: str, value: float, deadline: str) -> dict:
    from datetime import date

    return {"sentence": sentence, "kind": "new", "ministry": "국토교통부", "person": None, "category": None,
            "target_value": value, "target_unit": "호", "deadline": date.fromisoformat(deadline),
            "previous_deadline": None}


def test_each_point_of_a_headline_is_paired_with_the_gold_mention_it_agrees_with():
    starts, lease = gold("starts", 50_000, "2025-12-31"), gold("lease", 35_000, "2025-06-30")
    # the extraction lists the second point first: pairing must not go by order
    records = [record("신축 매입임대 상반기 3만5000호 약정", 35_000, "2025-06-30"),
               record("국토부 \"올해 공공주택 5만 호 착공\"", 50_000, "2025-12-31")]
    paired, extra, missed = pair([starts, lease], records)
    assert sorted((g.key, r["target_value"]) for g, r in paired) == [("lease", 35_000), ("starts", 50_000)]
    assert extra == [] and missed == []


def test_the_closest_pair_is_made_first():
    starts, lease = gold("starts", 50_000, "2025-12-31"), gold("lease", 35_000, "2025-06-30")
    # the first record agrees with each gold mention on one figure; the second with `starts` on both
    records = [record("신축 매입임대 상반기 3만5000호 약정", 50_000, "2025-06-30"),
               record("국토부 \"올해 공공주택 5만 호 착공\"", 50_000, "2025-12-31")]
    paired, _, _ = pair([starts, lease], records)
    assert sorted((g.key, r["deadline"].isoformat()) for g, r in paired) == [
        ("lease", "2025-06-30"), ("starts", "2025-12-31")]


def test_a_sentence_matches_once_and_the_rest_are_counted():
    starts, lease = gold("starts", 50_000, "2025-12-31"), gold("lease", 35_000, "2025-06-30")
    paired, extra, missed = pair([starts, lease], [record(HEADLINE, 50_000, "2025-12-31"),
                                                   record("다른 문장이다.", 1, "2025-01-31")])
    assert [(g.key, r["sentence"]) for g, r in paired] == [("starts", HEADLINE)]
    assert [r["sentence"] for r in extra] == ["다른 문장이다."]
    assert [g.key for g in missed] == ["lease"]
