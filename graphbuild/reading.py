"""Articles from files and folders: .txt (with NAME.meta.json sidecars), .html and .jsonl.

One unreadable article never stops the others: `read_articles` yields an `InputError` in its
place, and the caller reports and skips it.

An article's id is stable: a sidecar's or a JSON Lines row's `id`, else the file's path relative
to the folder given (without its suffix, `/`-separated: `2025/05/a` for `d/2025/05/a.txt` read
from `d`), or the file's name without its suffix for a file given by itself. Two different
texts under one id in one run are never merged: the later one is reported and skipped (the
same text twice is read once).
"""
from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from graphbuild.errors import InputError
from graphbuild.htmltext import decode_html, read_page
from graphbuild.model import Article
from graphbuild.normalize import is_arabic
from graphbuild.pubdate import parse_published, published_in_text

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
SIDECAR = ".meta.json"


def find_article_files(paths: Iterable[str | Path]) -> tuple[list[tuple[Path, Path]], list[InputError]]:
    """(root, file) for every article file under the given files and folders (folders
    recursively, following links to folders but never round a loop), in a stable order; the
    root is the folder given, or a file's own folder."""
    files: dict[Path, Path] = {}
    missing: list[InputError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in _walk(path):
                files.setdefault(found, path)
        elif path.is_file():
            files.setdefault(path, path.parent)
        else:
            missing.append(InputError(path, "no such file or folder"))
    return [(root, file) for file, root in files.items()], missing


def _walk(folder: Path) -> list[Path]:
    seen: set[tuple[int, int]] = set()
    found: list[Path] = []
    for here, dirs, names in os.walk(folder, followlinks=True):
        stat = os.stat(here)
        if (stat.st_dev, stat.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        candidates = (Path(here, n) for n in sorted(names) if not n.endswith(SIDECAR))
        found += [path for path in candidates if path.suffix.lower() in SUFFIXES and path.is_file()]
    return sorted(found)


def article_id(root: Path, path: Path) -> str:
    try:
        relative = path.relative_to(root)
    except ValueError:          # not under root
        relative = Path(path.name)
    return relative.with_suffix("").as_posix()


def decode(data: bytes, path: Path) -> str:
    """Text of an article file: UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1256."""
    return _no_nul(_decode(data, path), path)


def _decode(data: bytes, path: Path) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"bad UTF-16 text ({exc.reason})") from exc
    unmarked = _utf16_without_bom(data)
    if unmarked:
        return unmarked
    if b"\x00" in data:
        raise InputError(path, "binary data, not article text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as exc:
        raise InputError(path, "not UTF-8, UTF-16 or Windows-1256 text") from exc
    if not is_arabic(text):
        raise InputError(path, "not UTF-8, UTF-16 or Windows-1256 Arabic text")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark, told by its zero bytes: every ASCII character
    (spaces, digits, punctuation) has one, on the odd bytes in little-endian order. From 16 bytes
    on at least one zero byte is asked for, so a text without any is not tried."""
    if len(data) < 4 or len(data) % 2 or (len(data) >= 16 and b"\x00" not in data):
        return None
    odd, even = data[1::2].count(0), data[0::2].count(0)
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= len(data) // 16 and others == 0:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if is_arabic(text):
                return text
    return None


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    files, missing = find_article_files(paths)
    yield from missing
    seen: dict[str, tuple[str, str]] = {}        # id -> (text fingerprint, where it was read)
    for root, path in files:
        for item in read_file(root, path):
            checked = _unique(item, seen)
            if checked is not None:
                yield checked


def read_file(root: Path, path: Path) -> Iterator[Article | InputError]:
    """The articles of one file found under `root` (a JSON Lines file holds many), an
    InputError in place of each one that cannot be read."""
    try:
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path)
        else:
            yield _read_file(root, path)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(path, exc.strerror or str(exc))


def _unique(item: Article | InputError, seen: dict[str, tuple[str, str]]) -> Article | InputError | None:
    """The item, an error for a second text under a taken id, or None for the same text again."""
    if isinstance(item, InputError):
        return item
    fingerprint = hashlib.sha1(item.text.encode("utf-8")).hexdigest()
    first = seen.setdefault(item.doc_id, (fingerprint, item.path))
    if first[0] != fingerprint:
        return InputError(item.path, f"id {item.doc_id!r} is already used by {first[1]} for a different "
                                     "text; not merged (give one of them its own 'id' in a sidecar)")
    return item if first[1] == item.path else None


def _clean(text: str) -> str:
    """Newlines as Python's text mode reads them; nothing else changes, so offsets hold."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


log = logging.getLogger("graphbuild")


def _read_file(root: Path, path: Path) -> Article:
    title = outlet = page_date = None
    if path.suffix.lower() in (".html", ".htm"):
        page = read_page(_no_nul(decode_html(path.read_bytes(), path), path), path)
        text, title, outlet, page_date = _clean(page.text), page.title, page.outlet, page.published
    else:
        text = _clean(decode(path.read_bytes(), path))
    if not text.strip():
        raise InputError(path, "no article text")
    side, meta = _sidecar(path)
    return Article(
        doc_id=_field(side, meta, "id") or article_id(root, path),
        text=text,
        path=str(path),
        published=_published(side, meta) or page_date or published_in_text(text),
        url=_field(side, meta, "url"),
        source=_field(side, meta, "source") or outlet,
        title=_field(side, meta, "title") or title,
    )


def _no_nul(text: str, path: Path) -> str:
    if "\x00" in text:
        raise InputError(path, "binary data, not article text")
    return text


def _sidecar(path: Path) -> tuple[Path, dict]:
    side = path.with_name(path.name[: -len(path.suffix)] + SIDECAR)
    try:
        data = side.read_bytes()
    except FileNotFoundError:   # no sidecar
        return side, {}
    try:
        meta = json.loads(decode(data, side))
    except json.JSONDecodeError as exc:
        raise InputError(side, f"sidecar is not JSON ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(meta, dict):
        raise InputError(side, "sidecar is not a JSON object")
    return side, meta


def _field(where, meta: dict, key: str) -> str | None:
    """A metadata string: absent or null is None; another type is an error naming the key."""
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and key == "id":
        return str(value)
    if not isinstance(value, str):
        raise InputError(where, f"{key!r} must be a string, not {type(value).__name__}")
    return value.strip() or None


def _published(where, meta: dict) -> date | None:
    """The `published` date given. One that cannot be read is a warning naming the file (the
    article then takes a date its text gives, if any); one that is not a string is an error."""
    raw = _field(where, meta, "published")
    if raw is None:
        return None
    published = parse_published(raw)
    if published is None:
        log.warning("%s: cannot read the publication date %r; using a date in the text, if any", where, raw)
    return published


def _read_jsonl(path: Path) -> Iterator[Article | InputError]:
    text = decode(path.read_bytes(), path)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"not JSON ({exc.msg})")
            continue
        if not isinstance(row, dict) or isinstance(row.get("id"), bool) \
                or not isinstance(row.get("id"), (str, int)) or not str(row["id"]).strip() \
                or not isinstance(row.get("text"), str) or not row["text"].strip():
            yield InputError(where, "a JSON Lines article needs a string 'id' and a non-empty 'text'")
            continue
        body = _clean(row["text"])
        try:
            yield Article(
                doc_id=str(row["id"]).strip(),
                text=body,
                path=where,
                published=_published(where, row) or published_in_text(body),
                url=_field(where, row, "url"),
                source=_field(where, row, "source"),
                title=_field(where, row, "title"),
            )
        except InputError as exc:
            yield exc
