"""Matching keys: each word without the proclitics glued to it (و ف ب ل ك, لل for ل+ال), but only
where the rest is a word the lexicon knows and the whole is not, so 'وليد' and 'بري' stay whole
while 'ولوزير' becomes 'وزير'."""
from __future__ import annotations

from functools import lru_cache

from graphbuild.normalize import proclitic_variants


class CliticSplitter:
    def __init__(self, known):
        self.known = known          # a container of normalized words

    @lru_cache(maxsize=500_000)
    def key(self, norm: str) -> str:
        if norm in self.known:
            return norm
        for variant in proclitic_variants(norm)[1:]:
            if variant in self.known:
                return variant
        return norm

    @staticmethod
    def prefix(norm: str, key: str) -> str:
        """The proclitics split off ('' when the word is whole); 'للرئيس' -> 'ل' (ل + ال, alef dropped)."""
        if norm == key:
            return ""
        if norm.endswith(key):
            return norm[: len(norm) - len(key)]
        return norm[: len(norm) - len(key) + 1]
