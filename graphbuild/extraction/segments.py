"""Body, 'read also' teasers, and page furniture, by line.

A teaser is another article pasted into the page: it is extracted like the body, but the host's
publication date does not apply to it. Headline lists, tag lists, source and copyright lines,
author bios and share buttons give no triples.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from graphbuild.extraction.state import Sentence
from graphbuild.normalize import norm_lines, norm_phrase

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_WORD_END = r"(?: |\Z)"    # a marker that starts a normalized line is all of it or its first words


@dataclass(frozen=True)
class Segment:
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
    for raw, line in zip(text.split("\n"), norm_lines(text)):
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
                     or any(m in line or m in raw for m in contains))
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
    segs = segment(state.source)
    out = state.sentences
    si = 0
    current_seg = None
    start = None
    in_quote = False

    def close(end):
        if start is not None and end > start and current_seg is not None and current_seg.extractable:
            published = state.published if current_seg.kind == "body" else None
            name = current_seg.kind + (str(current_seg.index) if current_seg.index else "")
            out.append(Sentence(start, end, name, published))

    norms = state.norms
    quote_open, quote_close, ends = lexicon.quote_open, lexicon.quote_close, lexicon.sentence_ends
    relatives = lexicon.relative_pronouns
    marks = quote_open | quote_close | ends
    seg_start = seg_end = -1          # the bounds of segs[si]: the pointer moves only past its end
    for p, (c, _) in enumerate(state.offsets):
        if c >= seg_end:
            while si < len(segs) and segs[si].end <= c and not (segs[si].start == segs[si].end == c):
                si += 1
            seg_start, seg_end = (segs[si].start, segs[si].end) if si < len(segs) else (math.inf, math.inf)
        seg = segs[si] if seg_start <= c else None
        if seg is not current_seg:
            close(p)
            current_seg, start, in_quote = seg, p, False
        n = norms[p]
        if n not in marks:
            continue
        if n in quote_open and not (in_quote and n in quote_close):
            in_quote = True
        elif n in quote_close and in_quote:
            in_quote = False
        if n in ends and not in_quote:
            nxt = norms[p + 1] if p + 1 < len(norms) else ""
            ellipsis = p > 0 and norms[p - 1] in ends
            if nxt not in ends and nxt not in quote_close and not (ellipsis and _next_word(norms, p) in relatives):
                close(p + 1)             # but '“رافايل غروسي” .. الذي وصل': the clause goes on
                start = p + 1
    close(len(state.tokens))


def _next_word(norms: list[str], p: int) -> str:
    """The first word after position p (white space stepped over)."""
    for q in range(p + 1, min(len(norms), p + 4)):
        if norms[q].strip():
            return norms[q]
    return ""
