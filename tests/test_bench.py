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
