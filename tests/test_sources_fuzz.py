"""Random bytes and random Korean-ish text never raise past the rejection path (issue 7)."""

from __future__ import annotations

import io
import json
import os
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from etl.model import REJECTION_REASONS, RawDocument, Rejection
from etl.readers.bigkinds import COLUMNS
from etl.readers.common import normalise_text
from etl.sources import iter_bytes, iter_documents

# FUZZ_EXAMPLES=2000 for a longer hunt; 150 keeps the suite fast.
FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
KOREANISH = st.one_of(
    HANGUL,
    HANGUL,
    HANGUL,
    st.sampled_from(list("abcXYZ0123456789 .,!?\"'()[]<>{}:;-=·…“”‘’▲■○ⓒ㈜％～\n\n\r\n\t\u00a0\u3000")),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(blacklist_categories=("Cs",)),  # anything encodable at all, now and then
)
korean_text = st.text(KOREANISH, max_size=400)


def read_file(name: str, data: bytes, **kwargs) -> list[RawDocument | Rejection]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        items = list(iter_documents([path], **kwargs))
    check(items)
    return items


def check(items: list) -> None:
    assert items, "every input yields at least one document or rejection"
    for item in items:
        if isinstance(item, Rejection):
            assert item.reason in REJECTION_REASONS
            assert item.detail and item.source_path in item.detail
        else:
            assert isinstance(item, RawDocument)
            assert item.source_format in {"text", "html", "jsonl", "bigkinds"}
            assert item.text.strip()
            assert "\r" not in item.text
            assert item.text == unicodedata.normalize("NFC", item.text)
            item.text.encode("utf-8")  # no lone surrogates: the database write would fail
            json.dumps(item.extra, ensure_ascii=False).encode("utf-8")  # extra goes to a JSON column
            for value in (item.title, item.byline, item.outlet, item.url, *item.source_urls, *item.flags):
                assert value is None or (value.strip() and "\n" not in value)


@FUZZ
@given(data=st.binary(max_size=3000), name=st.sampled_from(["x.txt", "x.html", "x.jsonl", "x.xlsx", "x.zip", "x"]))
def test_random_bytes(data, name):
    read_file(name, data)


@FUZZ
@given(data=st.binary(max_size=2000), prefix=st.sampled_from([b"PK\x03\x04", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"<html>", b"{"]))
def test_random_bytes_behind_a_signature(data, prefix):
    read_file("x.bin", prefix + data)


@FUZZ
@given(text=korean_text, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp949"]))
def test_random_korean_text_round_trips(text, encoding):
    # A NUL character makes a file binary or BOM-less UTF-16 to the reader (by design: text files
    # of articles hold none), so such text is not expected back as written.
    assume("\x00" not in text)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace")
        text = data.decode(encoding)
    items = read_file("article.txt", data)
    item = items[0]
    expected = normalise_text(text)
    if isinstance(item, RawDocument) and item.source_format == "text" and encoding != "cp949":
        # UTF-8 and BOM-marked UTF-16 are unambiguous: what was written is what is read.
        assert item.text == expected
    if isinstance(item, RawDocument) and item.source_format == "text" and encoding == "cp949":
        hangul = sum(1 for c in text if "\uac00" <= c <= "\ud7a3")
        if hangul >= 8 and hangul >= len(text.split()) // 4:
            assert item.text == expected


@FUZZ
@given(title=korean_text, body=korean_text, extra=st.dictionaries(st.text(KOREANISH, max_size=10), st.text(KOREANISH, max_size=20), max_size=3))
def test_random_jsonl(title, body, extra):
    record = {**extra, "title": title, "body": body, "published_at": title[:20]}
    line = json.dumps(record, ensure_ascii=bool(len(body) % 2))
    data = (line + "\n" + line[: len(line) // 2] + "\n").encode("utf-8")
    items = read_file("x.jsonl", data)
    if not any(isinstance(i, Rejection) and i.reason == "encoding" for i in items):
        assert any(isinstance(i, Rejection) and i.reason == "bad_json" for i in items)


@FUZZ
@given(title=korean_text, paragraphs=st.lists(korean_text, max_size=4), markup=st.booleans())
def test_random_html(title, paragraphs, markup):
    if markup:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
    else:
        body = "<br><br>".join(paragraphs)
    page = f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article>{body}</article></body></html>"
    read_file("x.html", page.encode("utf-8"))


xlsx_text = st.text(st.one_of(HANGUL, st.characters(min_codepoint=0x20, max_codepoint=0x7E)), max_size=60)
xlsx_value = st.one_of(st.none(), xlsx_text, st.integers(-(10**12), 10**12), st.floats(allow_nan=False, allow_infinity=False))


@FUZZ
@given(rows=st.lists(st.lists(xlsx_value, min_size=0, max_size=len(COLUMNS)), max_size=6), header=st.booleans())
def test_random_bigkinds_rows(rows, header):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if header:
        sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    check(list(iter_bytes("NewsResult.xlsx", buffer.getvalue())))


member_name = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=12)


@FUZZ
@given(members=st.lists(st.tuples(member_name, st.binary(max_size=300)), max_size=4, unique_by=lambda m: m[0]))
def test_random_zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    read_file("x.zip", buffer.getvalue(), max_bytes=200)


def _weight_of_one_character(ch: str) -> float:
    """The rule plausibility() applies with regexes, written out one character at a time."""
    o = ord(ch)
    if o < 0x80:
        return 1.0 if ch.isprintable() else 0.0
    if 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return 1.0
    if 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x3400 <= o <= 0x4DBF:
        return 0.5
    if any(lo <= o <= hi for lo, hi in (
        (0x2000, 0x22FF), (0x2460, 0x27BF), (0x3000, 0x303F), (0x3200, 0x33FF), (0xFF00, 0xFFEF), (0x1F000, 0x1FAFF),
    )):
        return 1.0
    if ch in "©®°±·×÷²³¹¼½¾§«»¶¿¡£¥€¢":
        return 1.0
    if 0xC0 <= o <= 0x24F or 0x370 <= o <= 0x3FF:
        return 0.3
    return 0.0


@FUZZ
@given(st.text(alphabet=st.one_of(KOREANISH, st.characters()), max_size=300))
def test_plausibility_weighs_every_visible_character_by_its_class(text):
    from etl.readers.encoding import plausibility

    visible = [c for c in text if not c.isspace()]
    expected = sum(map(_weight_of_one_character, visible)) / len(visible) if visible else 1.0
    assert abs(plausibility(text) - expected) < 1e-9
