"""Orthographic normalization for matching, and proclitic stripping.

Matching keys are computed per token and never replace the text, so every offset still points
into the article as read. Letters are written as escapes where they are easy to confuse.

`norm` folds as camel-tools' normalize_unicode, dediac_ar, normalize_alef_ar,
normalize_alef_maksura_ar and normalize_teh_marbuta_ar did, with the same tables (a test compares
them), as a few str.replace calls: importing camel-tools alone took most of a second, and its
character mapper was a loop in Python over every character of every word (str.translate, which
looks every character up in a dict, is still several times slower on a line of text).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# camel-tools' normalize_unicode maps these two ligatures before NFKC
_LIGATURES = (("\ufdfc", "\u0631\u064a\u0627\u0644"),
              ("\ufdfd", "\u0628\u0633\u0645 \u0627\u0644\u0644\u0647 "
                          "\u0627\u0644\u0631\u062d\u0645\u0646 \u0627\u0644\u0631\u062d\u064a\u0645"))
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"   # camel-tools' AR_DIAC_CHARSET
_TATWEEL = "\u0640"
_FOLD = tuple({
    **{c: "" for c in _DIACRITICS + _TATWEEL},
    **{c: "\u0627" for c in "\u0625\u0623\u0671\u0622"},        # إ أ ٱ آ -> ا
    "\u0649": "\u064a",                                           # ى -> ي
    "\u0629": "\u0647",                                           # ة -> ه
    "\u06cc": "\u064a", "\u06a9": "\u0643", "\u0686": "\u062c",   # Persian letters
    "\u06af": "\u0643", "\u067e": "\u0628",
    "\u0624": "\u0648", "\u0626": "\u064a",                       # hamza seats ؤ ئ
}.items())     # no letter put in is one taken out: replacing one after another is one mapping
_PUNCT_MARKS = "\"'“”«»‘’`.,،؛:!؟?()[]{}-–—_/\\|*"
_PUNCT = re.compile(f"[{re.escape(_PUNCT_MARKS)}]+")
# the marks one by one, for a whole text: three times quicker there than the regex, which tries
# every mark at every character; a run of marks leaves spaces that norm_phrase joins into one
_PUNCT_SPACES = tuple((mark, " ") for mark in _PUNCT_MARKS)

# Proclitic sequences, longest first: conjunction, then preposition or future marker.
_CONJ = ("\u0648", "\u0641")                 # و ف
_PREP = ("\u0628", "\u0644", "\u0643")       # ب ل ك
_AL = "\u0627\u0644"                          # ال
_LIL = "\u0644\u0644"                         # لل  (ل + ال with the alef dropped)
_ENCLITICS = ("\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647")  # هما هم ها ه


class BoundedMemo(dict):
    """A function's results by argument, emptied when it holds `size`: a subscript (or a map over
    `memo.__getitem__`) is the one look-up a hit costs, cheaper than an lru_cache call on every
    word of every text."""

    def __init__(self, function, size: int):
        super().__init__()
        self.function = function
        self.size = size

    def __missing__(self, key):
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.function(key)
        return value


def _replace_all(text: str, pairs) -> str:
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def norm(text: str) -> str:
    """Matching form: no diacritics or tatweel, one alef, ى→ي, ة→ه, hamza seats folded."""
    text = unicodedata.normalize("NFKC", _replace_all(text or "", _LIGATURES))
    return _replace_all(text, _FOLD).lower()


@lru_cache(maxsize=200_000)
def is_arabic(text: str) -> bool:
    """Whether at least half the letters in `text` are Arabic script."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and 2 * sum("\u0600" <= c <= "\u06ff" for c in letters) >= len(letters)


def norm_phrase(text: str) -> str:
    """A phrase's matching form: normalized words joined by one space, punctuation dropped."""
    return " ".join(norm(_PUNCT.sub(" ", text)).split())


def norm_lines(text: str) -> list[str]:
    """norm_phrase of each line of a text, with one pass of each folding over the whole text: no
    folding adds, removes or moves a line break. NFKC alone goes line by line, which a line break
    bounds: most lines pass its quick check, which one character fails for the whole of a text.
    Most texts are normalized already, which one check of the whole tells."""
    text = _replace_all(_replace_all(text, _PUNCT_SPACES), _LIGATURES)
    if not unicodedata.is_normalized("NFKC", text):
        text = "\n".join([unicodedata.normalize("NFKC", line) for line in text.split("\n")])
    return [" ".join(line.split()) for line in _replace_all(text, _FOLD).lower().split("\n")]


@lru_cache(maxsize=200_000)
def proclitic_variants(key: str) -> tuple[str, ...]:
    """The normalized word and every reading of it with proclitics removed.

    'وللقطريين' -> (وللقطريين, للقطريين, القطريين, قطريين, ...): so 'ومع حماس' reaches مع and
    'للقطريين' reaches القطريين. A stem keeps at least two letters.
    """
    out = [key]
    bases = [key]
    if len(key) >= 3 and key[0] in _CONJ:
        bases.append(key[1:])
    for base in list(bases):
        if len(base) > 3 and base.startswith(_LIL):
            bases.append(_AL + base[2:])
        elif len(base) >= 3 and base[0] in _PREP:
            bases.append(base[1:])
        if len(base) > 3 and base[0] == "\u0633":            # future س on a verb
            bases.append(base[1:])
    for base in bases:
        if base not in out and len(base) >= 2:
            out.append(base)
    return tuple(out)


@lru_cache(maxsize=200_000)
def enclitic_variants(key: str) -> tuple[str, ...]:
    """The word with an object or possessive pronoun removed ('لقاءه' -> 'لقاء')."""
    out = []
    for suffix in _ENCLITICS:
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            out.append(key[: -len(suffix)])
    return tuple(out)


def strip_al(key: str) -> str:
    return key[2:] if key.startswith(_AL) and len(key) > 4 else key


_SKELETON_DROP = set("\u0627\u0648\u064a\u0647\u0621\u0649")   # ا و ي ه ء ى


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """Consonant skeleton of a transliterated name: بوهلر, بويلر and بولر all give 'بلر'.

    Long vowels and h are dropped after the first letter, تش (ch) is ج, and ال is removed.
    """
    key = strip_al(norm(word)).replace("\u062a\u0634", "\u062c")
    if not key:
        return ""
    return key[0] + "".join(c for c in key[1:] if c not in _SKELETON_DROP)
