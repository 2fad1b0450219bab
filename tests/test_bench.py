"""Smoke test of the benchmark corpus generator (bench/generate.py). No timings here: `make bench`
measures; this only checks that the generator makes readable articles of the right shape."""

from __future__ import annotations

from datetime import datetime

from bench.generate import PAGE_MAX, PAGE_MIN, generated, write_corpus
from etl.clean import clean_document
from etl.model import Article, RawDocument
from etl.reference import load_reference
from etl.sources import iter_documents

N = 5


def test_generator_writes_n_readable_articles_of_news_length(tmp_path):
    folder = write_corpus(tmp_path / "corpus", N, seed=3)
    files = sorted(folder.rglob("*.txt"))
    assert len(files) == N

    reference = load_reference()
    articles = []
    for item in iter_documents([folder]):
        assert isinstance(item, RawDocument), item
        assert item.source_format == "text"
        assert PAGE_MIN <= len(item.text) <= PAGE_MAX
        article = clean_document(item, reference)
        assert isinstance(article, Article), article
        articles.append(article)
    assert len(articles) == N
    assert len({a.content_hash for a in articles}) == N  # no two alike: none is skipped as a duplicate

    for i, article in enumerate(articles):
        expected = generated(i, seed=3)
        # the cleaner finds exactly the parts the page was made of
        assert article.title == expected.title
        assert article.body == expected.body
        assert article.byline == expected.reporter
        assert article.published_at == expected.published_at
        assert datetime(2024, 1, 1) <= article.published_at <= datetime(2026, 12, 31, 23, 59)
        assert len(article.body.split("\n\n")) >= 3


def test_generator_is_deterministic_and_prefix_stable(tmp_path):
    assert generated(7, seed=1).text == generated(7, seed=1).text
    assert generated(7, seed=1).text != generated(7, seed=2).text
    small = write_corpus(tmp_path / "a", 3, seed=1)
    large = write_corpus(tmp_path / "b", N, seed=1)
    for path in sorted(small.rglob("*.txt")):
        assert path.read_bytes() == (large / path.relative_to(small)).read_bytes()
    # a second call with the same arguments reuses the folder
    before = {p: p.stat().st_mtime_ns for p in small.rglob("*.txt")}
    write_corpus(tmp_path / "a", 3, seed=1)
    assert before == {p: p.stat().st_mtime_ns for p in small.rglob("*.txt")}


def test_bench_run_measures_every_etl_figure_on_a_tiny_corpus(tmp_path):
    """The plumbing of `make bench` at N=20 and big=30: each job runs and lands in the table.
    (What the figures are worth at this size is nothing; that they are all there is the point.)"""
    import json

    from bench import run

    out = tmp_path / "results.json"
    assert run.main(["--n", "20", "--big", "30", "--skip-dashboard", "--work", str(tmp_path / "work"),
                     "--out", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))
    etl, big = results["etl"], results["big"]
    assert [job["status"] for job in (*etl["kiwi_floor_runs"], etl["full"], etl["incremental"], etl["backfill"])] == ["ok"] * 5
    assert etl["full"]["articles_added"] == 20 and etl["incremental"]["articles_added"] == 1
    assert etl["etl_vs_kiwi"] > 0 and etl["incremental_vs_full"] > 0
    assert big["status"] == "ok" and big["full"]["articles_added"] == 30
    assert big["incremental"]["articles_added"] == 1 and big["incremental_vs_full"] > 0
    figures = {row["figure"]: row for row in results["table"]}
    assert figures["etl_vs_kiwi"]["status"] in ("PASS", "MISS")
    assert figures["peak_rss_mb (N=30)"]["value"] == big["peak_rss_mb"]
    assert figures["incremental_vs_full (N=30)"]["status"] in ("(PASS)", "(MISS)")
