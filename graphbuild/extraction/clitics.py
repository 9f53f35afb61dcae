"""Matching keys: each word without the proclitics glued to it (و ف ب ل ك, لل for ل+ال), but only
where the rest is a word the lexicon knows and the whole is not, so 'وليد' and 'بري' stay whole
while 'ولوزير' becomes 'وزير'."""
from __future__ import annotations

from functools import lru_cache

from graphbuild.normalize import proclitic_variants


class CliticSplitter:
    def __init__(self, known, weak=frozenset(), article: str = "", names=frozenset()):
        self.known = known          # words kept whole: the grammar's, given names, one-word names
        self.weak = weak            # words known only inside longer names ('للأمم' in one alias)
        self.article = article      # ال: a name's word before it is a clitic ('للأمم' is ل + الأمم)
        self.names = names          # one-word names: what is left of a weak word may be one ('لحماس')

    @lru_cache(maxsize=500_000)
    def key(self, norm: str) -> str:
        if norm in self.known:
            return norm
        inner = norm in self.weak
        for variant in proclitic_variants(norm)[1:]:
            # a word known inside a name keeps its letters ('فكي', 'بينغ') unless what is left
            # is a definite word ('للأمم' -> 'الأمم') or a name of its own ('لحماس' -> 'حماس')
            if inner and not variant.startswith(self.article) and variant not in self.names:
                continue
            if variant in self.known or variant in self.weak:
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
