"""Bytes → text, or a reason why not (binary, undecodable).

Order of the checks (`decode_bytes`):

1. A byte-order mark decides: UTF-8-SIG, UTF-32 LE/BE, UTF-16 LE/BE.
2. BOM-less UTF-16 is recognised by its pattern of NUL bytes (every other byte NUL for ASCII).
3. Any other NUL byte → binary (text files never contain NUL; images and executables do).
4. Strict UTF-8 (unambiguous: CP949 Hangul is never valid UTF-8 in practice); valid UTF-8 that
   is implausible text is mojibake saved as UTF-8 and is refused, not re-read as something else.
5. An encoding declared in the page (`<meta charset=euc-kr>`, `<?xml encoding=…?>`), if it decodes.
6. charset-normalizer's candidates (`from_bytes(...)`, best first; only Unicode, Korean and
   Western encodings are considered) plus CP949, each decoded
   strictly and scored for how plausible the text is as Korean/English news
   (`plausibility`); the best score wins, ties going to CP949 then to charset-normalizer's order.
   EUC-KR is read as CP949 (its superset, what Windows writes), except when the bytes contain
   KS X 1001 composition sequences (0xA4D4 filler), which only the EUC-KR codec composes back.

A result whose plausibility is under `MIN_PLAUSIBILITY` is refused: mojibake is never stored.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

#: Share of non-space characters that must be plausible in Korean/English news text.
MIN_PLAUSIBILITY = 0.85

# Distinctive magic numbers. Formats whose signature is ordinary text ("MZ세대 …" starts a Korean
# headline; "BM" too) are left to the NUL-byte check, which catches their binary headers anyway.
_BINARY_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG 이미지 / PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG 이미지 / JPEG image"),
    (b"GIF87a", 0, "GIF 이미지 / GIF image"),
    (b"GIF89a", 0, "GIF 이미지 / GIF image"),
    (b"%PDF-", 0, "PDF 문서 / PDF document"),
    (b"\x7fELF", 0, "실행 파일(ELF) / ELF executable"),
    (b"II*\x00", 0, "TIFF 이미지 / TIFF image"),
    (b"MM\x00*", 0, "TIFF 이미지 / TIFF image"),
    (b"WEBP", 8, "WEBP 이미지 / WEBP image"),
    (b"RIFF", 0, "RIFF 미디어 파일 / RIFF media file"),
    (b"ftyp", 4, "동영상·오디오 파일 / MP4/MOV media file"),
    (b"ID3", 0, "MP3 오디오 / MP3 audio"),
    (b"OggS", 0, "Ogg 미디어 / Ogg media"),
    (b"fLaC", 0, "FLAC 오디오 / FLAC audio"),
    (b"\x1a\x45\xdf\xa3", 0, "Matroska/WebM 동영상 / Matroska video"),
    (b"SQLite format 3\x00", 0, "SQLite 데이터베이스 / SQLite database"),
    (b"DUCK", 8, "DuckDB 데이터베이스 / DuckDB database"),
    (b"\xca\xfe\xba\xbe", 0, "실행 파일(Mach-O/Java) / Mach-O or Java class"),
    (b"\xcf\xfa\xed\xfe", 0, "실행 파일(Mach-O) / Mach-O executable"),
    (b"\xce\xfa\xed\xfe", 0, "실행 파일(Mach-O) / Mach-O executable"),
    (b"\x00asm", 0, "WebAssembly"),
)
_UNSUPPORTED_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        0,
        "옛 오피스·한글 문서(.xls/.doc/.hwp); xlsx·txt로 저장해 주세요 / "
        "legacy Office or HWP document; save as .xlsx or .txt",
    ),
    (b"HWP Document File", 0, "한글(HWP) 문서; txt로 저장해 주세요 / HWP document; save as .txt"),
    (b"\x1f\x8b", 0, "gzip 압축 파일; zip으로 묶어 주세요 / gzip archive; use .zip"),
    (b"BZh", 0, "bzip2 압축 파일; zip으로 묶어 주세요 / bzip2 archive; use .zip"),
    (b"\xfd7zXZ\x00", 0, "xz 압축 파일; zip으로 묶어 주세요 / xz archive; use .zip"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7z 압축 파일; zip으로 묶어 주세요 / 7z archive; use .zip"),
    (b"Rar!\x1a\x07", 0, "RAR 압축 파일; zip으로 묶어 주세요 / RAR archive; use .zip"),
    (b"{\\rtf", 0, "RTF 문서; txt로 저장해 주세요 / RTF document; save as .txt"),
)

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def is_zip(head: bytes) -> bool:
    return head.startswith(_ZIP_MAGIC)


def sniff_magic(head: bytes) -> tuple[str, str] | None:
    """(reason, what) for a known binary or unsupported signature at the start of a file."""
    for magic, offset, what in _UNSUPPORTED_MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if magic == b"BZh" and not head[3:4].isdigit():
                continue
            return "unsupported", what
    for magic, offset, what in _BINARY_MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return "binary", what
    return None


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


@dataclass(frozen=True)
class DecodeError:
    reason: str  # binary | encoding
    ko: str
    en: str


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf_32"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)

_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_EUCKR_FILLER = b"\xa4\xd4"  # KS X 1001 Hangul filler: starts an 8-byte composed syllable
# The encodings Korean and English news files come in. charset-normalizer also proposes EBCDIC,
# Mac and other single-byte codepages that decode any bytes into *something*; they are ignored.
_CANDIDATES = {
    "utf_8", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be",
    "cp949", "euc_kr", "johab", "iso2022_kr", "cp1252", "latin_1", "iso8859_15", "ascii",
}  # fmt: skip


def _codec_name(label: str) -> str | None:
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        aliases = {"ks_c_5601_1987": "euc_kr", "x_windows_949": "cp949", "windows_949": "cp949", "uhc": "cp949"}
        name = aliases.get(label.lower().replace("-", "_"))
        if name is None:
            return None
    return {"ks_c_5601_1987": "euc_kr", "uhc": "cp949", "ms949": "cp949"}.get(name, name)


def _korean_codec(name: str, data: bytes) -> str:
    """Read EUC-KR as CP949 (its superset) unless EUC-KR's composition sequences are present."""
    if name in ("euc_kr", "cp949"):
        return "euc_kr" if _EUCKR_FILLER in data else "cp949"
    return name


# Characters that belong in Korean/English news, by how much they vouch for a decoding.
_NEWS_CHARACTERS = re.compile(
    "[\x21-\x7e"
    "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"  # Hangul syllables, conjoining and compatibility jamo
    "\u2000-\u22ff"  # general punctuation … arrows, letterlike, math (…, “”, ℃, №, →)
    "\u2460-\u27bf"  # enclosed alphanumerics (① ⓒ), box drawing, shapes (▲■○), dingbats
    "\u3000-\u303f"  # CJK punctuation 「」《》、。
    "\u3200-\u33ff"  # enclosed CJK (㈜) and CJK compatibility (㎡ ㎏)
    "\uff00-\uffef"  # full-width forms
    "\U0001f000-\U0001faff"  # emoji
    "©®°±·×÷²³¹¼½¾§«»¶¿¡£¥€¢]"
)
# Hanja: legitimate (美, 北) but also what CP949 read as GBK/Big5 turns into.
_HANJA = re.compile("[\u4e00-\u9fff\uf900-\ufaff\u3400-\u4dbf]")
# Accented Latin (José), Greek (μm): rare in Korean news, common in mojibake (× and ÷ are above).
_ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff]")
_SPACE = re.compile(r"\s")
# Everything else (controls, U+FFFD, private use, kana, Cyrillic, Thai …) counts 0: mojibake.


def plausibility(text: str, sample: int = 200_000) -> float:
    """Share (0..1) of non-space characters that belong in Korean/English news text."""
    visible = _SPACE.sub("", text[:sample])
    if not visible:
        return 1.0
    score = _count(_NEWS_CHARACTERS, visible) + 0.5 * _count(_HANJA, visible) + 0.3 * _count(_ACCENTED, visible)
    return score / len(visible)


def _count(pattern: re.Pattern, text: str) -> int:
    return pattern.subn("", text)[1]


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """BOM-less UTF-16: ASCII characters carry a NUL byte, so such text looks binary at first."""
    if len(data) < 4 or len(data) % 2:
        return None
    best: Decoded | None = None
    best_score = MIN_PLAUSIBILITY
    for codec in ("utf_16_le", "utf_16_be"):
        text = _strict(data, codec)
        if text is not None and "\x00" not in text:
            score = plausibility(text)
            if score >= best_score:
                best, best_score = Decoded(text, codec), score
    return best


def decode_bytes(data: bytes) -> Decoded | DecodeError:
    """Decode a text file's bytes; see the module docstring for the order of checks."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is None:
                return DecodeError("encoding", f"{codec} BOM이 있으나 해독 실패", f"has a {codec} BOM but does not decode")
            return _checked(text, codec)

    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        return DecodeError("binary", "NUL 바이트가 있는 이진 파일", "binary content (NUL bytes)")

    text = _strict(data, "utf_8")
    if text is not None:
        # Valid UTF-8 is UTF-8: CP949 Hangul (lead bytes 0xB0-0xC8, trail bytes 0xA1-0xFE) almost
        # never forms valid UTF-8. If it is implausible, it is mojibake saved as UTF-8: refused.
        return _checked(text, "utf_8")

    candidates: list[str] = []
    declared = _DECLARED.search(data[:4096]) if b"<" in data[:4096] else None
    if declared:
        name = _codec_name(declared.group(1).decode("ascii"))
        if name:
            name = _korean_codec(name, data)
            decoded = _strict(data, name)
            if decoded is not None and plausibility(decoded) >= MIN_PLAUSIBILITY:
                return Decoded(decoded, name)

    for match in from_bytes(data):
        name = _codec_name(match.encoding)
        if name in _CANDIDATES:
            candidates.append(_korean_codec(name, data))
    candidates += [_korean_codec("cp949", data), "cp949"]
    best: tuple[tuple[float, int], str, str] | None = None  # ((score, preference), codec, text)
    for rank, name in enumerate(dict.fromkeys(candidates)):
        decoded = _strict(data, name)
        if decoded is None:
            continue
        # Ties (both readings plausible) go to the Korean codec, then to charset-normalizer's order.
        key = (plausibility(decoded), 1 if name in ("cp949", "euc_kr") else -rank)
        if best is None or key > best[0]:
            best = (key, name, decoded)
    if best is None:
        return DecodeError(
            "encoding",
            "문자 인코딩을 알아낼 수 없음(UTF-8·CP949·UTF-16 아님)",
            "cannot decode as UTF-8, CP949/EUC-KR or UTF-16",
        )
    return _checked(best[2], best[1])


def _checked(text: str, codec: str) -> Decoded | DecodeError:
    score = plausibility(text)
    if score < MIN_PLAUSIBILITY:
        return DecodeError(
            "encoding",
            f"{codec}로 읽으면 깨진 글자(모지바케)로 보임, 한글·영문 비율 {score:.0%}",
            f"decodes as {codec} only to implausible text (mojibake?), Korean/ASCII share {score:.0%}",
        )
    return Decoded(text, codec)
