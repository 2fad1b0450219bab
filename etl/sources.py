"""Read every input into RawDocuments, or say clearly why not (DESIGN.md §1, issue 7).

    docs = iter_documents(["data/articles", "exports/*.xlsx", "pages.zip"])

Inputs are files, folders (recursive, sorted), globs and zip archives. Each file's format is
chosen by its content, not only its name, in this order:

1. size 0 → `empty`; a zip signature (PK\\x03\\x04) → an xlsx workbook if it holds
   `xl/workbook.xml` (read as a BigKinds export), other office/odf/hwpx/epub zips → `unsupported`,
   any other zip → an archive whose members are read the same way (`archive.zip!inner/file.txt`);
2. a file over `max_bytes` → `too_large`, from its size, before it is read (zip members: their
   declared size, and never more than max_bytes+1 bytes are decompressed);
3. magic numbers of images, PDF, executables, media, databases → `binary`; of legacy Office/HWP,
   gzip/bzip2/xz/7z/rar and RTF → `unsupported`;
4. decoding (`etl.readers.encoding`): BOM, UTF-16, NUL bytes → `binary`, UTF-8, the page's declared
   charset, charset-normalizer + CP949; implausible text (mojibake) → `encoding`;
5. whitespace only → `empty`;
6. the decoded text: an XML feed (RSS/Atom, sitemap) → `unsupported`; HTML markup near the start
   (a doctype or <html>, or a text opening with a tag and holding <head>/<body>/<article>/<p>/<div>
   …; "<단독> …" alone is text) → HTML; JSON objects (a line, or the whole file) → JSONL;
   `.csv`/`.tsv` → `unsupported` (BigKinds exports are xlsx); else plain text.

`iter_documents` never raises for bad input: a file, or one line or row of it, that does not become
a RawDocument becomes a Rejection with a code from REJECTION_REASONS and a Korean/English detail that
names it. Good files in the same run still yield.
"""

from __future__ import annotations

import glob
import io
import os
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from etl.model import RawDocument, Rejection
from etl.readers.bigkinds import read_bigkinds
from etl.readers.common import normalise_text, reject
from etl.readers.encoding import Decoded, decode_bytes, is_zip, sniff_magic
from etl.readers.html_page import read_html
from etl.readers.jsonl import looks_like_json, read_jsonl
from etl.readers.plain_text import read_text

DEFAULT_MAX_BYTES = 20_000_000
MAX_ZIP_DEPTH = 4
_HEAD_BYTES = 64

# What a folder walk (and a glob) skips: hidden files and folders, OS and Office clutter, and our
# own outputs (the database, its WAL and lock, build files beside it, editor verdicts).
_SKIP_NAMES = {"Thumbs.db", "desktop.ini", "__MACOSX", "__pycache__"}
_SKIP_SUFFIXES = (".duckdb", ".wal", ".lock", ".verdicts.jsonl", ".pyc", ".tmp", ".part", "~")
_UNSUPPORTED_TEXT_SUFFIXES = {".csv": "CSV", ".tsv": "TSV"}

_HTML_START = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]|<div[\s>]|<meta[\s>]|<title[\s>]",
    re.IGNORECASE,
)
_XML_FEED = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF|urlset|sitemapindex)[\s>]",
                       re.IGNORECASE | re.DOTALL)  # fmt: skip

Document = RawDocument | Rejection


def is_skipped(name: str) -> bool:
    """A file or folder name a folder walk leaves out (hidden, clutter, our own outputs)."""
    return (
        name.startswith((".", "~$"))
        or name in _SKIP_NAMES
        or name.endswith(_SKIP_SUFFIXES)
        or ".duckdb" in name
    )


# ---------------------------------------------------------------------------------------------
# inputs → files


class InputFile(NamedTuple):
    # Strings, not Paths: a build holds one per input file throughout, and a PosixPath with its
    # parsed parts made the list of 100,000 files 66 MB.
    path: str  # as given, or as found under a folder given
    real: str  # its resolved path: what a file is known by between runs (source_files.path)


def expand_inputs(inputs: Iterable[str | Path]) -> tuple[list[Path], list[Rejection]]:
    """Files, folders (recursive, sorted), globs → file paths, plus a Rejection per missing input.

    A file named explicitly is always taken, whatever its name; folder walks and glob matches skip
    hidden files, OS clutter and our own outputs (`is_skipped`). A file reached twice is listed once.
    A str containing glob characters (`*?[`) is a glob unless a file of that exact name exists;
    a Path is never globbed. Relative inputs stay relative.
    """
    files, rejections = resolve_inputs(inputs)
    return [Path(f.path) for f in files], rejections


def resolve_inputs(inputs: Iterable[str | Path]) -> tuple[list[InputFile], list[Rejection]]:
    """`expand_inputs`, each file with its resolved path.

    A folder's files are resolved from its listing (whether an entry is a link comes with it), so
    walking an archive costs no system call per file: with another thread busy in Python, each
    call waits for the interpreter lock, and three per file were seconds of adding a few articles
    to ten thousand.
    """
    files: list[InputFile] = []
    rejections: list[Rejection] = []
    for item in _expand(inputs, seen=set(), folders={}):
        (files if isinstance(item, InputFile) else rejections).append(item)
    return files, rejections


def _as_list(inputs: Iterable[str | Path] | str | Path) -> list[str | Path]:
    return [inputs] if isinstance(inputs, (str, Path)) else list(inputs)


def _expand(inputs: Iterable[str | Path], seen: set[str], folders: dict[str, str]) -> Iterator[InputFile | Rejection]:
    for raw in _as_list(inputs):
        text = os.fspath(raw)
        path = Path(text)
        if isinstance(raw, str) and glob.has_magic(text) and not os.path.lexists(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield reject(text, "unreadable", "패턴에 맞는 파일이 없음", "no file matches the pattern")
            for match in matches:
                candidate = Path(match)
                if any(is_skipped(part) for part in candidate.parts if part not in (".", "..")):
                    continue
                if candidate.is_dir():
                    yield from _walk(candidate, seen, folders)
                else:
                    yield from _once(candidate, seen, folders)
        elif path.is_dir():
            yield from _walk(path, seen, folders)
        elif os.path.lexists(text):
            yield from _once(path, seen, folders)  # a file (or a broken link: reading it says so)
        else:
            yield reject(text, "unreadable", "파일이나 폴더가 없음", "no such file or folder")


def real_path(path: str | Path, folders: dict[str, str], is_link: bool | None = None) -> str:
    """`os.path.realpath(path)`, resolving each folder once (`folders` remembers them).

    realpath looks up every component of the path, which for the ten thousand files of a folder
    walk was a second of a build that adds a few articles; a file that is not itself a link is
    its resolved folder plus its name. `is_link`: whether it is a link, when already known.
    """
    folder, name = os.path.split(os.fspath(path))
    if name in ("", ".", "..") or (os.path.islink(path) if is_link is None else is_link):
        return os.path.realpath(path)
    real = folders.get(folder)
    if real is None:
        real = folders[folder] = os.path.realpath(folder)
    return os.path.join(real, name)


def _once(path: str | Path, seen: set[str], folders: dict[str, str], is_link: bool | None = None) -> Iterator[InputFile]:
    key = real_path(path, folders, is_link)
    if key not in seen:
        seen.add(key)
        yield InputFile(os.fspath(path), key)


def _walk(root: Path, seen: set[str], folders: dict[str, str]) -> Iterator[InputFile | Rejection]:
    """The files under `root` in path order, as os.walk finds them (links to folders are not
    followed; a link to a file, or a broken one, is a file)."""
    found: list[tuple[tuple[str, ...], str, bool]] = []
    errors: list[Rejection] = []
    folders_left: list[tuple[Path, tuple[str, ...]]] = [(root, ())]
    while folders_left:
        folder, parts = folders_left.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            where = exc.filename or os.fspath(folder)
            errors.append(reject(str(where), "unreadable", f"폴더를 읽을 수 없음({exc.strerror})",
                                 f"cannot list the folder ({exc.strerror})"))
            continue
        for entry in entries:
            if is_skipped(entry.name):
                continue
            if entry.is_dir():
                if not entry.is_symlink():
                    folders_left.append((folder / entry.name, (*parts, entry.name)))
            else:
                found.append(((*parts, entry.name), os.path.join(folder, entry.name), entry.is_symlink()))
    yield from sorted(errors, key=lambda r: r.source_path)
    for _, path, is_link in sorted(found, key=lambda f: f[0]):
        yield from _once(path, seen, folders, is_link)


# ---------------------------------------------------------------------------------------------
# files → documents


def iter_documents(inputs: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """Every article in the inputs as a RawDocument, every input that is not one as a Rejection."""
    for item in _expand(inputs, seen=set(), folders={}):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_file(Path(item.path), max_bytes=max_bytes)


def iter_bytes(source_path: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """The same for bytes already in memory (an upload): `source_path` names them in the output."""
    if len(data) > max_bytes:
        yield _too_large(source_path, len(data), max_bytes)
        return
    yield from _read_data(source_path, data, max_bytes=max_bytes, depth=0)


def _too_large(source_path: str, size: int, max_bytes: int) -> Rejection:
    return reject(
        source_path,
        "too_large",
        f"파일 크기 {size:,}바이트가 한도 {max_bytes:,}바이트를 넘음",
        f"{size:,} bytes is over the {max_bytes:,}-byte limit",
    )


def _unreadable(source_path: str, exc: BaseException) -> Rejection:
    why = getattr(exc, "strerror", None) or f"{type(exc).__name__}: {exc}"
    return reject(source_path, "unreadable", f"파일을 열 수 없음({why})", f"cannot read the file ({why})")


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, size: int | None = None) -> Iterator[Document]:
    """The documents of one file `resolve_inputs` found (an archive's, a JSONL file's, or its one).

    `size`: the file's size if the caller has just stat-ed it. A plain file is opened once and
    read whole; a zip is handed to `zipfile` by path, so an archive is never held in memory.
    """
    name = os.fspath(path)
    try:
        if size is None:
            size = path.stat().st_size
        if size == 0:
            yield reject(name, "empty", "빈 파일(0바이트)", "empty file (0 bytes)")
            return
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
            data = head + handle.read() if size <= max_bytes and not is_zip(head) else None
    except OSError as exc:
        yield _unreadable(name, exc)
        return
    if is_zip(head):
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            yield reject(name, "unreadable", f"손상된 zip 파일({exc})", f"damaged zip file ({exc})")
            return
        with archive:
            if _is_xlsx(archive):
                if size > max_bytes:
                    yield _too_large(name, size, max_bytes)
                else:
                    yield from read_bigkinds(name, path)
            else:
                yield from _read_archive(name, archive, max_bytes=max_bytes, depth=1)
        return
    if data is None:
        yield _too_large(name, size, max_bytes)
        return
    yield from _read_data(name, data, max_bytes=max_bytes, depth=0)


def _read_data(name: str, data: bytes, *, max_bytes: int, depth: int) -> Iterator[Document]:
    if not data:
        yield reject(name, "empty", "빈 파일(0바이트)", "empty file (0 bytes)")
        return
    if is_zip(data[:_HEAD_BYTES]):
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            yield reject(name, "unreadable", f"손상된 zip 파일({exc})", f"damaged zip file ({exc})")
            return
        with archive:
            if _is_xlsx(archive):
                yield from read_bigkinds(name, io.BytesIO(data))
            else:
                yield from _read_archive(name, archive, max_bytes=max_bytes, depth=depth + 1)
        return
    magic = sniff_magic(data[:_HEAD_BYTES])
    if magic:
        reason, what = magic
        if reason == "binary":
            yield reject(name, "binary", f"텍스트가 아닌 파일: {what.split(' / ')[0]}", f"not a text file: {what.split(' / ')[-1]}")
        else:
            yield reject(name, "unsupported", f"지원하지 않는 형식: {what.split(' / ')[0]}", f"unsupported format: {what.split(' / ')[-1]}")
        return

    decoded = decode_bytes(data)
    if not isinstance(decoded, Decoded):
        yield reject(name, decoded.reason, decoded.ko, decoded.en)
        return
    text = normalise_text(decoded.text)
    if not text.strip():
        yield reject(name, "empty", "공백뿐인 파일", "whitespace only")
        return
    # JSON is parsed before normalisation: U+2028 or U+0085 inside a JSON string is not a line break.
    raw = decoded.text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    yield from _read_text(name, text, raw)


def _read_text(name: str, text: str, raw: str) -> Iterator[Document]:
    start = text.lstrip()[:4096]
    if _XML_FEED.match(start):
        yield reject(name, "unsupported", "지원하지 않는 형식: XML 피드(RSS/Atom)", "unsupported format: XML feed (RSS/Atom)")
    elif _looks_like_html(start):
        yield read_html(name, text)
    elif looks_like_json(raw):
        yield from read_jsonl(name, raw)
    elif (kind := _UNSUPPORTED_TEXT_SUFFIXES.get(Path(name.rsplit("!", 1)[-1]).suffix.lower())) is not None:
        yield reject(name, "unsupported", f"지원하지 않는 형식: {kind}(빅카인즈는 xlsx로 내려받기)",
                     f"unsupported format: {kind} (export BigKinds results as .xlsx)")  # fmt: skip
    else:
        yield read_text(name, text)


_HTML_OPENING = re.compile(r"<!doctype\s+html|<html[\s>]")


def _looks_like_html(start: str) -> bool:
    """Markup near the start: a doctype or <html>/<head>/<body>, or a page that opens with a tag."""
    # The head lower-cased, not re.IGNORECASE: a case-insensitive search tries every Hangul
    # character (about 2 ms per file of Korean text).
    if _HTML_OPENING.search(start[:1024].lower()):
        return True
    return start.startswith("<") and bool(_HTML_START.search(start))


# ---------------------------------------------------------------------------------------------
# zip archives


_OTHER_ZIP_FORMATS = (
    ("word/document.xml", "Word 문서(.docx)", "Word document (.docx)"),
    ("ppt/presentation.xml", "PowerPoint 문서(.pptx)", "PowerPoint document (.pptx)"),
    ("Contents/content.hpf", "한글 문서(.hwpx)", "HWPX document"),
    ("mimetype", "ODF/EPUB 문서", "ODF/EPUB document"),
)


def _is_xlsx(archive: zipfile.ZipFile) -> bool:
    return "xl/workbook.xml" in archive.namelist()


def _member_name(info: zipfile.ZipInfo) -> str:
    """Member names from Korean Windows zips are CP949 without the UTF-8 flag; zipfile reads cp437."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for codec in ("utf-8", "cp949"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return info.filename


def _read_archive(name: str, archive: zipfile.ZipFile, *, max_bytes: int, depth: int) -> Iterator[Document]:
    names = set(archive.namelist())
    for marker, ko, en in _OTHER_ZIP_FORMATS:
        if marker in names:
            yield reject(name, "unsupported", f"지원하지 않는 형식: {ko}", f"unsupported format: {en}")
            return
    if depth > MAX_ZIP_DEPTH:
        yield reject(name, "unsupported", f"zip 안의 zip이 {MAX_ZIP_DEPTH}단계를 넘음", f"zip archives nested deeper than {MAX_ZIP_DEPTH}")
        return
    members = []
    for info in archive.infolist():
        member = _member_name(info)
        parts = [p for p in member.replace("\\", "/").split("/") if p]
        if info.is_dir() or not parts or any(is_skipped(p) for p in parts):
            continue
        members.append(("/".join(parts), info))
    if not members:
        yield reject(name, "empty", "파일이 없는 zip", "zip archive with no files")
        return
    for member, info in sorted(members, key=lambda m: m[0]):
        inner = f"{name}!{member}"
        if info.file_size > max_bytes:
            yield _too_large(inner, info.file_size, max_bytes)
            continue
        try:
            with archive.open(info) as handle:
                data = handle.read(max_bytes + 1)
        except NotImplementedError as exc:
            yield reject(inner, "unsupported", f"지원하지 않는 zip 압축 방식({exc})", f"unsupported zip compression ({exc})")
            continue
        except (zipfile.BadZipFile, RuntimeError, zlib.error, OSError, EOFError, ValueError) as exc:
            yield reject(inner, "unreadable", f"zip 항목을 풀 수 없음({exc})", f"cannot extract the zip member ({exc})")
            continue
        if len(data) > max_bytes:
            yield _too_large(inner, len(data), max_bytes)
            continue
        yield from _read_data(inner, data, max_bytes=max_bytes, depth=depth)
