"""graphbuild.normalize.norm folds text as the camel-tools functions it replaced did."""
import random

import pytest

from graphbuild.normalize import norm

camel_dediac = pytest.importorskip("camel_tools.utils.dediac")
camel_normalize = pytest.importorskip("camel_tools.utils.normalize")

_PERSIAN = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643", "\u0686": "\u062c", "\u06af": "\u0643",
                          "\u067e": "\u0628"})
_HAMZA_SEATS = str.maketrans({"\u0624": "\u0648", "\u0626": "\u064a"})


def camel_norm(text: str) -> str:
    """norm as it was written with camel-tools."""
    text = camel_normalize.normalize_unicode(text or "")
    text = camel_dediac.dediac_ar(text).replace("\u0640", "")
    text = camel_normalize.normalize_alef_ar(text)
    text = camel_normalize.normalize_alef_maksura_ar(text)
    text = camel_normalize.normalize_teh_marbuta_ar(text)
    return text.translate(_PERSIAN).translate(_HAMZA_SEATS).lower()


# Arabic, its supplements and presentation forms, combining marks, Latin and Greek (final sigma)
_RANGES = [(0x0000, 0x0500), (0x0600, 0x0800), (0x08a0, 0x0900), (0xfb50, 0xfe00), (0xfe70, 0xff00),
           (0xff00, 0xfff0), (0x1ee00, 0x1ef00)]
_CHARS = [chr(c) for lo, hi in _RANGES for c in range(lo, hi)]


def test_every_character_folds_as_with_camel_tools():
    assert [c for c in _CHARS if norm(c) != camel_norm(c)] == []


def test_sequences_fold_as_with_camel_tools():
    """Composition (alef and madda, NFKC) and context (final sigma) span characters."""
    rng = random.Random(7)
    pool = [chr(c) for c in range(0x0621, 0x0660)] + ["\u0653", "\u0654", "\u0655", "\ufdfc", "\ufdfd", "\u03a3",
                                                      "\u0130", " ", "a", "\ufefb", "\u0640"]
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 10))) for _ in range(20_000)]
    assert [t for t in texts if norm(t) != camel_norm(t)] == []
    assert norm("") == norm(None) == ""
