"""Body, 'read also' teasers, and page furniture, by line.

A teaser is another article pasted into the page: it is extracted like the body, but the host's
publication date does not apply to it. Headline lists, tag lists, source and copyright lines,
author bios and share buttons give no triples.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from functools import cache
from importlib import resources
from itertools import compress
from typing import NamedTuple

from graphbuild.extraction.state import Sentence
from graphbuild.normalize import norm_lines, norm_phrase

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_WORD_END = r"(?: |\Z)"    # a marker that starts a normalized line is all of it or its first words


class Segment(NamedTuple):
    """A line of the page, or part of one (a tuple: a page has many, made quicker than a frozen
    dataclass)."""

    start: int
    end: int
    kind: str            # body | teaser | furniture
    index: int = 0       # which teaser (1, 2, ...); 0 for the body

    @property
    def extractable(self) -> bool:
        return self.kind in ("body", "teaser")


@cache
def _markers():
    """The markers of graphbuild/data/segments.json, normalized: a pattern for each test at the
    start of a line (teaser labels, 'related' lists, furniture starts as written and as
    normalized), which a line asks once, not each marker; and the phrases of furniture anywhere
    (a few substring tests are quicker than a regex search)."""
    data = json.loads(resources.files("graphbuild.data").joinpath("segments.json").read_text(encoding="utf-8"))

    def either(markers, after=""):
        # longest first: where two markers start a line, the longer one is its label
        markers = sorted(set(markers), key=lambda m: (-len(m), m))
        return re.compile("(?:" + "|".join(map(re.escape, markers)) + ")" + after)

    starts = [norm_phrase(m) or m for m in data["boilerplate_start"]]
    return (either(norm_phrase(m) for m in data["teaser"]),
            either((norm_phrase(m) for m in data["related"]), _WORD_END),
            either(starts), either(starts, _WORD_END),
            [norm_phrase(m) or m for m in data["boilerplate_contains"]])


def segment(text: str) -> list[Segment]:
    teasers, related, starts_raw, starts, contains = _markers()
    out: list[Segment] = []
    mode, teaser_index, pos = "body", 0, 0
    lines = norm_lines(text)
    # the furniture phrases this text holds, as written or normalized: most hold none, and no
    # line then asks for any (no phrase spans a line break)
    normalized = "\n".join(lines)
    in_raw, in_line = [m for m in contains if m in text], [m for m in contains if m in normalized]
    for raw, line in zip(text.split("\n"), lines):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not line:
            continue
        teaser_hit = teasers.match(line)
        if teaser_hit and len(line) <= teaser_hit.end() + 1:
            mode, teaser_index = "teaser", teaser_index + 1
            out.append(Segment(start, end, "furniture"))
            continue
        if teaser_hit:
            # an inline 'read also' label glued to a body sentence: drop the label, keep the text
            cut = _label_end(raw)
            out.append(Segment(start, start + cut, "furniture"))
            out.append(Segment(start + cut, end, mode, teaser_index if mode == "teaser" else 0))
            continue
        if related.match(line):
            mode = "related"
        if mode == "related":
            out.append(Segment(start, end, "furniture"))
            continue
        furniture = (not _ARABIC_LETTER.search(raw) or starts_raw.match(raw.strip()) or starts.match(line)
                     or (in_line and any(m in line for m in in_line)) or (in_raw and any(m in raw for m in in_raw)))
        kind = "furniture" if furniture else mode
        out.append(Segment(start, end, kind, teaser_index if kind == "teaser" else 0))
    return out


def _label_end(raw: str) -> int:
    """Where an inline 'اقرأ أيضاً' label ends: after its second word and any tanween or colon."""
    m = re.match(r"\s*\S+\s+\S*?(?:\u0627\u064b|\u064b\u0627|\u0627(?=\s|:|$))[:\s]*", raw)
    return m.end() if m else 0


def split_sentences(doc, state, lexicon) -> None:
    """Sentences over the document's positions: a line of the page, cut again at a full stop that
    stands outside quotation marks. Furniture gives none; a teaser's sentences carry no date."""
    out, norms, starts = state.sentences, state.norms, state.starts
    quote_open, quote_close, ends = lexicon.quote_open, lexicon.quote_close, lexicon.sentence_ends
    relatives = lexicon.relative_pronouns
    # the positions of the marks, the only words that open or close a quotation or end a sentence
    marked = list(compress(range(len(norms)), map((quote_open | quote_close | ends).__contains__, norms)))
    taken = 0
    for seg in segment(state.source):
        # the segment's positions: the words that start in it; an empty one takes a word that
        # starts where it is, from the segment after it
        a = max(bisect_left(starts, seg.start), taken)
        b = bisect_left(starts, seg.end) if seg.end > seg.start else \
            a + (a < len(starts) and starts[a] == seg.start)
        taken = b
        if not seg.extractable:
            continue
        published = state.published if seg.kind == "body" else None
        name = seg.kind + (str(seg.index) if seg.index else "")
        start, in_quote = a, False
        for p in marked[bisect_left(marked, a):bisect_left(marked, b)]:
            n = norms[p]
            if n in quote_open and not (in_quote and n in quote_close):
                in_quote = True
            elif n in quote_close and in_quote:
                in_quote = False
            if n in ends and not in_quote:
                nxt = norms[p + 1] if p + 1 < len(norms) else ""
                ellipsis = p > 0 and norms[p - 1] in ends
                if nxt not in ends and nxt not in quote_close and not (ellipsis and _next_word(norms, p) in relatives):
                    out.append(Sentence(start, p + 1, name, published))   # but '“رافايل غروسي” .. الذي وصل': the clause goes on
                    start = p + 1
        if b > start:
            out.append(Sentence(start, b, name, published))


def _next_word(norms: list[str], p: int) -> str:
    """The first word after position p (white space stepped over)."""
    for q in range(p + 1, min(len(norms), p + 4)):
        if norms[q].strip():
            return norms[q]
    return ""
