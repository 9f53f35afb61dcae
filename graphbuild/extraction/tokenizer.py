"""Tokenizer for scraped Arabic news: splits punctuation glued to words ('الأمريكي،وقال'),
digits glued to letters ('24كشف') and the tanween-alef that ends a glued link label
('أيضاًوقال'). White space other than one plain space becomes a token of its own, so
`doc.text` is the article as read and `token.idx` is an offset into it. Each token's `norm_` is
its matching form; the text itself is untouched.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.attrs import NORM
from spacy.tokens import Doc

from graphbuild.normalize import norm

def token_pattern(script: dict) -> re.Pattern:
    """The token pattern over the script's letter and mark ranges (graphbuild/data/grammar.json)."""
    letter, mark = script["letters"], script["marks"]
    glued = "|".join(script["tanween_alef"])
    return re.compile(
        rf"(?:[{letter}][{letter}{mark}]*?(?:{glued})(?=[{letter}]))"      # 'أيضاً' glued to the next word
        rf"|(?:[{letter}][{letter}{mark}]*)"
        r"|(?:[A-Za-z][A-Za-z.\-]*[A-Za-z]|[A-Za-z])"
        r"|(?:[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:/][0-9\u0660-\u0669\u06f0-\u06f9]+)*)"
        r"|(?:[^\s])"
    )


cached_norm = lru_cache(maxsize=500_000)(norm)


class NewsTokenizer:
    def __init__(self, vocab, script: dict):
        self.vocab = vocab
        self.pattern = token_pattern(script)

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in self.pattern.finditer(text):
            gap = text[pos:m.start()]
            if gap:
                if gap == " " and words:
                    spaces[-1] = True
                else:
                    words.append(gap)
                    spaces.append(False)
            words.append(m.group())
            spaces.append(False)
            pos = m.end()
        if pos < len(text):
            words.append(text[pos:])
            spaces.append(False)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        add = self.vocab.strings.add
        norms = (add("\n" if w.isspace() and "\n" in w else cached_norm(w)) for w in words)
        # one array for the whole text: a Token object per word costs more than its norm
        doc.from_array([NORM], numpy.fromiter(norms, dtype=numpy.uint64, count=len(words)))
        return doc
