"""Tokenizer for scraped Arabic news: splits punctuation glued to words ('الأمريكي،وقال'),
digits glued to letters ('24كشف') and the tanween-alef that ends a glued link label
('أيضاًوقال'). Each token's `norm_` is its matching form; the text itself is untouched.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from graphbuild.normalize import norm

_LETTER = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
_MARK = "\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_TOKEN = re.compile(
    rf"(?:[{_LETTER}][{_LETTER}{_MARK}]*?(?:\u0627\u064b|\u064b\u0627)(?=[{_LETTER}]))"  # 'أيضاً' glued
    rf"|(?:[{_LETTER}][{_LETTER}{_MARK}]*)"
    r"|(?:[A-Za-z][A-Za-z.\-]*[A-Za-z]|[A-Za-z])"
    r"|(?:[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:/][0-9\u0660-\u0669\u06f0-\u06f9]+)*)"
    r"|(?:\n)"
    r"|(?:[^\s])"
)
QUOTES = frozenset('"“”«»„\'‘’')


class NewsTokenizer:
    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = [], []
        matches = list(_TOKEN.finditer(text))
        for i, m in enumerate(matches):
            words.append(m.group())
            nxt = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            gap = text[m.end():nxt]
            if gap and not gap.isspace():
                raise ValueError("tokenizer lost text")  # pragma: no cover - the last branch matches anything
            spaces.append(gap)
        doc = Doc(self.vocab, words=words, spaces=[bool(s) for s in spaces])
        # spaCy keeps one space at most; the offsets we report come from the matches instead
        doc.user_data["char_spans"] = [(m.start(), m.end()) for m in matches]
        for token in doc:
            token.norm_ = norm(token.text)
        return doc
