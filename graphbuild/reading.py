"""Articles from files and folders: .txt (with NAME.meta.json sidecars), .html and .jsonl.

One unreadable article never stops the others: `read_articles` yields an `InputError` in its
place, and the caller reports and skips it.
"""
from __future__ import annotations

import codecs
import json
import logging
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


def find_article_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Article files under the given files and folders (folders recursively), in a stable order."""
    files: list[Path] = []
    missing: list[InputError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            files.append(path)
        else:
            missing.append(InputError(path, "no such file or folder"))
    return list(dict.fromkeys(files)), missing


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


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    files, missing = find_article_files(paths)
    yield from missing
    for path in files:
        try:
            if path.suffix.lower() == ".jsonl":
                yield from _read_jsonl(path)
            else:
                yield _read_file(path)
        except InputError as exc:
            yield exc
        except OSError as exc:
            yield InputError(path, exc.strerror or str(exc))


def _clean(text: str) -> str:
    """Newlines as Python's text mode reads them; nothing else changes, so offsets hold."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


log = logging.getLogger("graphbuild")


def _read_file(path: Path) -> Article:
    title = outlet = page_date = None
    if path.suffix.lower() in (".html", ".htm"):
        page = read_page(_no_nul(decode_html(path.read_bytes(), path), path), path)
        text, title, outlet, page_date = _clean(page.text), page.title, page.outlet, page.published
    else:
        text = _clean(decode(path.read_bytes(), path))
    if not text.strip():
        raise InputError(path, "no article text")
    side = _sidecar_path(path)
    meta = _sidecar(side)
    return Article(
        doc_id=path.name[: -len(path.suffix)],
        text=text,
        path=str(path),
        published=_published(meta.get("published"), side) or page_date or published_in_text(text),
        url=_str(meta.get("url")),
        source=_str(meta.get("source")) or outlet,
        title=_str(meta.get("title")) or title,
    )


def _published(value, where) -> date | None:
    """A given publication date; one that cannot be read is a warning naming the file."""
    if value in (None, ""):
        return None
    published = parse_published(value)
    if published is None:
        log.warning("%s: cannot read the publication date %r; using a date in the text, if any", where, value)
    return published


def _no_nul(text: str, path: Path) -> str:
    if "\x00" in text:
        raise InputError(path, "binary data, not article text")
    return text


def _sidecar_path(path: Path) -> Path:
    return path.with_name(path.name[: -len(path.suffix)] + SIDECAR)


def _sidecar(side: Path) -> dict:
    if not side.exists():
        return {}
    try:
        meta = json.loads(decode(side.read_bytes(), side))
    except json.JSONDecodeError as exc:
        raise InputError(side, f"sidecar is not JSON ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(meta, dict):
        raise InputError(side, "sidecar is not a JSON object")
    return meta


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
        if not isinstance(row, dict) or not isinstance(row.get("id"), (str, int)) \
                or not isinstance(row.get("text"), str) or not row["text"].strip():
            yield InputError(where, "a JSON Lines article needs a string 'id' and a non-empty 'text'")
            continue
        body = _clean(row["text"])
        yield Article(
            doc_id=str(row["id"]),
            text=body,
            path=where,
            published=_published(row.get("published"), where) or published_in_text(body),
            url=_str(row.get("url")),
            source=_str(row.get("source")),
            title=_str(row.get("title")),
        )


def _str(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
