"""A saved news page: its article text, title, publication date and outlet, by trafilatura.

trafilatura finds the article among the page's menus, teasers and footers and reads the page's
metadata (`<title>`, Open Graph, JSON-LD, `<time>`); graphbuild only decodes the bytes first,
by the page's own `<meta charset>` when it has one (see `decode_html`).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date

from graphbuild.errors import InputError

# <meta charset="windows-1256"> or <meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    published: date | None
    outlet: str | None


def decode_html(data: bytes, path) -> str:
    """A page's text: by its byte-order mark, else its `<meta charset>`, else UTF-8, else the
    encoding charset-normalizer finds."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    declared = _META_CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii")
        try:
            return data.decode(codecs.lookup(name).name, errors="replace")
        except LookupError:
            pass                    # a charset Python does not know: let the bytes tell
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "an HTML page in no encoding that can be told")
    return str(best)


def read_page(html: str, path) -> Page:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True, include_comments=False,
                                      include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise InputError(path, "no article text in the page")
    published = None
    if doc.date:
        try:
            published = date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    return Page(text=doc.text, title=doc.title or None, published=published, outlet=doc.sitename or None)
