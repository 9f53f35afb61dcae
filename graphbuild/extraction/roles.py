"""Generic role finders: who is the subject of a cue, who the object, who follows a preposition,
who stands in a list. Every frame uses the same few finders; none knows a cue.

They read one sentence (`Clause`): its mentions, its words in matching form, the positions of its
cues. A clause ends at the next cue verb, at a clause break ('فيما', 'حيث') or at the sentence end.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress
from operator import or_

from graphbuild.extraction import timexpr
from graphbuild.extraction.clitics import CliticSplitter
from graphbuild.extraction.state import DocState, Mention, Sentence
from graphbuild.lexicon import Lexicon

BRACKETS = ("(", ")")       # opening, closing: stepped over like quotes around names and items

ACTOR_KINDS = frozenset({"actor", "person", "role", "group", "desc", "joint", "unnamed", "side"})
SUBJECT_REACH = 8          # words between a verb and its subject at most (adverbs, places, quotes)


@dataclass
class Clause:
    state: DocState
    sentence: Sentence
    lx: Lexicon
    mentions: list[Mention]
    # an entity id -> (type, place, city, venue), as EventFinder.kinds works them out once a document
    kinds: Callable[[str | None], tuple] = lambda eid: (None, False, False, False)
    quoted: set[int] = field(default_factory=set)          # positions inside quotation marks

    def __post_init__(self):
        self.cue_positions = set()
        self.starting = {m.start: m for m in self.mentions}
        self.last_start = max(self.starting, default=-1)     # where the last mention starts
        self.covering = {p: m for m in self.mentions for p in range(m.start, m.end)}
        self._found: dict = {}                    # what `where` and `phrases_at` found, per word class
        self._words: set[str] | None = None       # the sentence's words with and without proclitics
        self._places: list[Mention] | None = None  # the mentions of places, when first asked
        # for `key` and `norm`, which the finders ask by the thousand
        self._start, self._end = self.sentence.start, self.sentence.end
        self._keys, self._norms = self.state.keys, self.state.norms

    @property
    def cue_positions(self) -> set[int]:
        """The positions of the sentence's cue verbs (the event finder's, then the triples' own)."""
        return self._cues

    @cue_positions.setter
    def cue_positions(self, cues: set[int]) -> None:
        self._cues = cues
        self._stops: list[int] | None = None      # where clauses end with these cues, when first asked

    # entities -------------------------------------------------------------------------------------
    def type_of(self, m: Mention) -> str | None:
        return self.kinds(m.entity)[0]

    def is_place(self, m: Mention) -> bool:
        return self.kinds(m.entity)[1]

    def is_city(self, m: Mention) -> bool:
        return self.kinds(m.entity)[2]

    def is_venue(self, m: Mention) -> bool:
        """A palace or an office: no place of its own."""
        return self.kinds(m.entity)[3]

    def places(self) -> list[Mention]:
        """The actors that are places (a city, a country, a venue), in text order; found once per
        clause, and none in a third of the sentences."""
        if self._places is None:
            kinds = self.kinds
            self._places = [m for m in self.mentions if m.kind == "actor" and kinds(m.entity)[1]]
        return self._places

    # words ----------------------------------------------------------------------------------------
    def key(self, p: int) -> str:
        return self._keys[p] if self._start <= p < self._end else ""

    def norm(self, p: int) -> str:
        return self._norms[p] if self._start <= p < self._end else ""

    def is_(self, p: int, words) -> bool:
        """Whether the word at p, with or without its proclitics, is one of `words`."""
        return self.key(p) in words or self.norm(p) in words

    def where(self, words, clitics: bool = True) -> list[int]:
        """The positions of the sentence whose word is one of `words`, with or without its
        proclitics (`is_`), or as it stands (`key`) with clitics False; found once per clause."""
        found = self._found.get((words, clitics))
        if found is None:
            span = slice(self.sentence.start, self.sentence.end)
            if self._words is None:
                self._words = {*self.state.keys[span], *self.state.norms[span]}
            if self._words.isdisjoint(words):
                found = []                   # most classes: none of the sentence's words
            else:
                inside = words.__contains__
                hits = map(inside, self.state.keys[span])
                if clitics:
                    hits = map(or_, hits, map(inside, self.state.norms[span]))
                found = list(compress(range(self.sentence.start, self.sentence.end), hits))
            self._found[(words, clitics)] = found
        return found

    def phrases_at(self, phrases) -> list[tuple[int, tuple]]:
        """(position, match) of every phrase of a PhraseSet in the sentence; found once per clause."""
        found = self._found.get(phrases)
        if found is None:
            found = self._found[phrases] = phrases.find_all(self.state.keys, self.sentence.start, self.sentence.end)
        return found

    def prefix(self, p: int) -> str:
        n, k = self._norms[p], self._keys[p]
        return "" if n == k else CliticSplitter.prefix(n, k)     # most words: whole

    # `key` and `norm` written out in the tests the finders make at every word they step over
    def is_comma(self, p: int) -> bool:
        return (self._norms[p] if self._start <= p < self._end else "") in self.lx.commas

    def opening_comma(self) -> int | None:
        """The comma that ends the adverbial the sentence opens with ('وفي مؤتمر صحفي في الدوحة،',
        'وخلال لقائه X،'), or None when it opens with no preposition of place or time."""
        first = self.key(self._start)
        if first not in self.lx.place_prepositions_statement and first not in self.lx.meeting_context:
            return None
        return next((r for r in range(self._start + 1, self._end) if self.is_comma(r)), None)

    def has_conj(self, p: int) -> bool:
        """Whether the word at p carries the conjunction و or ف."""
        pre = self.prefix(p)
        return bool(pre) and pre[0] in (self.lx.conjunction, self.lx.conjunction_fa)

    def the_statement(self, p: int) -> bool:
        """'البيان', 'التقرير': a statement told before, standing for its author."""
        k, article = self.key(p), self.lx.article
        return k.startswith(article) and k[len(article):] in self.lx.statement_nouns \
            and self.starting.get(p + 1) is None

    def is_quote(self, p: int) -> bool:
        n = self._norms[p] if self._start <= p < self._end else ""
        return n in self.lx.quote_open or n in self.lx.quote_close

    def is_separator(self, p: int) -> bool:
        """A comma, quotation mark or bracket: what a list steps over between its items."""
        n = self._norms[p] if self._start <= p < self._end else ""
        return n in self.lx.commas or n in self.lx.quote_open or n in self.lx.quote_close \
            or (self._keys[p] if self._start <= p < self._end else "") in BRACKETS

    def clause_end(self, p: int) -> int:
        """The end of the clause that starts after position p (p inside the sentence): the next
        cue, clause break or relative pronoun."""
        stops = self._stops
        if stops is None:
            stops = self._stops = sorted({q for q, _ in self.phrases_at(self.lx.clause_breaks)}
                                         | {*self.where(self.lx.relative_pronouns, clitics=False)}
                                         | self._cues)
        at = bisect_right(stops, p)
        return stops[at] if at < len(stops) else self._end

    def governing_prep(self, m: Mention) -> str | None:
        """The preposition before a mention: glued to its first word ('بنظيره') or a word ('مع')."""
        keys, norms, lx = self._keys, self._norms, self.lx      # (`is_quote` and `key` written out)
        for ch in self.prefix(m.start):
            if ch in lx.clitic_prepositions:
                return ch
        q = m.start - 1
        while q >= self._start and (norms[q] in lx.quote_open or norms[q] in lx.quote_close):
            q -= 1
        if q >= self._start and (k := keys[q]) in lx.prepositions and q not in self._cues:
            return k                         # 'عبر' read as the verb 'expressed' governs nothing
        return None

    def _venue_end(self, e: int) -> int:
        """The end of what a place noun names ('مقر وزارة الخارجية', 'قصر بيان'): an organization,
        a place or a description, and a word of the organization's name between, never a person."""
        for _ in range(VENUE_WORDS):
            m = self.starting.get(e)
            if m is not None and (m.kind == "desc" or m.kind == "actor" and self.type_of(m) != "PERSON"):
                return m.end
            if m is not None or e >= self.sentence.end or self.key(e) not in self.lx.domain_words:
                return e
            e += 1
        return e

    def is_adverbial(self, p: int) -> int:
        """Length of an adverbial at p that a subject search steps over (time words, commas, quotes,
        a place phrase such as 'في قصر بيان', a manner such as 'بشكل مازح'), or 0."""
        if not self._start <= p < self._end:
            return 0
        k, n, lx = self._keys[p], self._norms[p], self.lx      # (`key` and `norm` written out)
        if not k:
            return 0
        if n in lx.manner_heads and p + 1 < self._end and self.starting.get(p + 1) is None:
            return 2
        if n in lx.commas or n in lx.quote_open or n in lx.quote_close or k in BRACKETS or k in ("-", "\u2013"):
            return 1
        if k in self.lx.time_words:
            return 1
        adverb = self.lx.adverbs.match(self.state.keys, p, self.sentence.end)
        if adverb:
            return adverb[0]
        pre = self.prefix(p)
        if pre and pre[-1] in lx.place_clitics and (m := self.starting.get(p)) is not None and m.kind == "actor" \
                and self.is_place(m):
            return m.end - p
        if k in self.lx.place_prepositions or (pre and pre[-1] in self.lx.place_clitics
                                               and self.state.keys[p] in self.lx.place_nouns):
            q = p + 1 if k in self.lx.place_prepositions else p
            m = self.starting.get(q)
            if m is not None and m.kind == "actor" and (self.is_place(m) or self.key(q) in self.lx.place_nouns):
                return m.end - p
            if self.key(q) in self.lx.place_nouns:
                e = self._venue_end(q + 1)
                while e < self.sentence.end and (self.key(e) in self.lx.common_words and not self.is_comma(e)
                                                 and self.starting.get(e) is None and e - q < 3):
                    e += 1
                if self.key(e) in self.lx.place_prepositions:     # 'بمقر وزارة الخارجية في القاهرة'
                    town = self.starting.get(e + 1)
                    if town is not None and town.kind == "actor" and self.is_place(town):
                        e = town.end
                return e - p
        return 0


def no_overt_subject(c: Clause, p: int, end: int) -> bool:
    """Whether nothing stands where a subject would: the verb is followed (past adverbials) by a
    complementizer, a colon, a quotation, a preposition or the end ('وأضاف:', 'وتابع أن')."""
    q = p + 1
    while q < end:
        skip = c.is_adverbial(q)
        if c.is_quote(q):
            return True
        if not skip:
            break
        q += skip
    if q >= end:
        return True
    k = c.key(q)
    return k in c.lx.complementizers or k in c.lx.overt_subject_absent or c.norm(q) in c.lx.overt_subject_absent \
        or c.norm(q) in c.lx.prep_pronouns \
        or bool(c.prefix(q)) and c.prefix(q)[-1] in c.lx.clitic_prepositions


def subject_after(c: Clause, p: int, end: int) -> Mention | None:
    """VSO: the first actor after the verb, stepping over adverbials; none behind a preposition.
    A statement or a reporter stands for its author: 'أفاد بيان للخارجية الروسية', 'مراسل الأناضول'."""
    q = p + 1
    steps = 0
    each = False                             # 'عقد كل من X وY': the من of 'كل من' governs nothing
    while q < end and steps < SUBJECT_REACH:
        k = c.key(q)
        if k in c.lx.statement_nouns or k in c.lx.reporter_nouns:
            author = c.starting.get(q + 1)
            if author is not None and author.kind in ACTOR_KINDS and c.governing_prep(author) in (None, c.lx.genitive_li):
                return author
            return None
        m = c.starting.get(q)
        if m is not None and m.kind in ACTOR_KINDS:
            if c.governing_prep(m) is None or each:
                return m
            return None
        if m is not None and m.kind == "nisba":
            return None
        skip = c.is_adverbial(q)
        each = not skip                      # 'كل من' is asked only where no adverbial is
        if each:
            skip = (c.lx.each_of.match(c.state.keys, q, end) or (0,))[0]
            if not skip:
                return None
        q += skip
        steps += 1
    return None


def subject_before(c: Clause, p: int) -> Mention | None:
    """SVO: an actor that ends right before the verb (a comma or quote between), not behind a
    preposition, at the start of its clause."""
    q = p - 1
    while q >= c.sentence.start and (c.is_comma(q) or c.is_quote(q) or (k := c.key(q)) in c.lx.aux_verbs
                                     or k in c.lx.negators or k in BRACKETS):
        q -= 1
    m = c.covering.get(q)
    if m is not None and m.kind == "actor" and c.is_place(m) and c.governing_prep(m) is not None:
        # 'كان X في أبوظبي، قد التقى': step back over the place
        q = m.start - 1
        while q >= c.sentence.start and (c.key(q) in c.lx.place_prepositions or c.is_comma(q)):
            q -= 1
        m = c.covering.get(q)
    if m is None or m.kind not in ACTOR_KINDS or not _ends_at(c, m, q):
        return None
    if c.governing_prep(m) is not None:
        return None
    return m


def _ends_at(c: Clause, m: Mention, q: int) -> bool:
    """Whether m ends at q, but for the quotes it took in ('"فيصل بن فرحان"', or the opening quote
    of the verb's quotation read as its closing one)."""
    for x in range(q + 1, m.end):            # a loop, not all(): nearly always no word at all
        if not c.is_quote(x):
            return False
    return True


def clause_initial(c: Clause, m: Mention) -> bool:
    """Whether m starts its clause: after the sentence start, a comma, a complementizer, a
    conjunction, a clause break, an auxiliary or a quote (not after a noun or 'بين')."""
    q = m.start - 1
    while q >= c.sentence.start and c.is_quote(q):
        q -= 1
    if q < c.sentence.start or m.conj:
        return True
    k = c.key(q)
    return (c.is_comma(q) or k in c.lx.complementizers or k in c.lx.aux_verbs or k == c.lx.conjunction
            or c.norm(q) == ":" or c.lx.clause_breaks.match(c.state.keys, q, c.sentence.end) is not None
            or c.lx.adverbs.match(c.state.keys, q, c.sentence.end) is not None or k in c.lx.time_words)


def coordinated_before(c: Clause, m: Mention) -> list[Mention]:
    """'X وY أجريا': the items of a list that ends with m, first to last."""
    items = [m]
    cur = m
    while cur.conj:
        q = cur.start - 1
        while q >= c.sentence.start and (c.is_comma(q) or c.is_quote(q)):
            q -= 1
        prev = c.covering.get(q)
        while prev is not None and prev.kind == "role" and prev.end == q + 1 and not prev.conj:
            # an apposition: 'عباس عراقجي وزير خارجية إيران وفيصل ...'
            q2 = prev.start - 1
            while q2 >= c.sentence.start and (c.is_comma(q2) or c.is_quote(q2)):
                q2 -= 1
            nxt = c.covering.get(q2)
            if nxt is None or nxt.kind not in ACTOR_KINDS:
                break
            prev, q = nxt, q2
        if prev is None or prev.kind not in ACTOR_KINDS or not _ends_at(c, prev, q):
            break
        items.insert(0, prev)
        cur = prev
    return items


def coordinated_after(c: Clause, m: Mention, end: int) -> list[Mention]:
    """m and the items joined to it by و (commas, quotes and appositions stepped over). Items
    after a bare comma belong to the list only when an item with و follows them ('X، Y، وZ');
    otherwise the comma ends the list ('استقبل X، Y': Y is the object)."""
    items = [m]
    pending: list[Mention] = []
    q = m.end
    while q < end:
        while q < end and c.is_separator(q):
            q += 1
        k = c.key(q)
        if q < end and q < c.last_start and c.starting.get(q) is None and k != c.lx.conjunction:
            # a time between two items: none to look for with no mention after it
            when = timexpr.time_at(c.state.keys, q, min(end, q + TIME_REACH), c.lx)
            if when is not None:
                q = when.end                 # 'X، اليوم الإثنين، ونظيره Y': a time between the items
                continue
        joined = q < end and k == c.lx.conjunction       # 'و"حميدتي"': و written apart
        if joined:
            q += 1
            while q < end and c.is_quote(q):
                q += 1
        nxt = c.starting.get(q)
        if nxt is None or nxt.kind not in ACTOR_KINDS and nxt.kind != "nisba":
            break
        if nxt.kind == "role" and not nxt.conj and not joined:
            q = nxt.end                     # an apposition of the item before
            continue
        named = c.starting.get(nxt.end) if nxt.kind == "nisba" and nxt.conj else None
        if named is not None and named.entities and named.kind in ACTOR_KINDS and not named.conj:
            nxt, joined = named, True       # 'نظيره السعودي X والقطري Y': the nisba is Y's title, elided
        if nxt.conj or joined:
            items.extend(pending)
            pending = []
            items.append(nxt)
        elif c.is_comma(q - 1) and nxt.kind != "nisba":
            pending.append(nxt)
        else:
            break
        q = nxt.end
    return items


def object_after(c: Clause, p: int, end: int, allow: tuple[str, ...] = ()) -> Mention | None:
    """The first actor after p with no preposition before it (or one of `allow`)."""
    q = p
    steps = 0
    while q < end and steps < SUBJECT_REACH + 4:
        m = c.starting.get(q)
        if m is not None and m.kind in ACTOR_KINDS:
            prep = c.governing_prep(m)
            if prep is None or (prep in allow and not c.is_place(m)) or each_of_start(c, m.start) is not None:
                # 'بجدة' is where, not whom; 'كلا من X' governs nothing
                return m
            q = m.end
            steps += 1
            continue
        if m is not None:
            q = m.end
            steps += 1
            continue
        skip = c.is_adverbial(q)
        if skip:
            q += skip
        else:
            q += 1
        steps += 1
    return None


def each_of_start(c: Clause, end: int) -> int | None:
    """Where 'كل من' / 'كلا من' starts when it ends right before `end`: its من governs nothing
    ('التقى X كلا من Y وZ', 'مع كل من Y')."""
    for q in range(max(c.sentence.start, end - 3), end - 1):     # asked of every mention a finder passes
        hit = c.lx.each_of.match(c.state.keys, q, end)
        if hit and q + hit[0] == end:
            return q
    return None


HOLDER_REACH = 8           # words from a role to the name of its holder at most


def holder_after(c: Clause, role: Mention, end: int) -> Mention | None:
    """The person a role describes, named after its complement and a comma."""
    for q in range(role.end, min(end, role.end + HOLDER_REACH)):
        m = c.starting.get(q)
        if m is not None and m.kind in ("actor", "person") and m.entities and c.is_comma(q - 1) \
                and c.type_of(m) == "PERSON":
            return m
    return None


def after_preposition(c: Clause, p: int, end: int, preps: tuple[str, ...]) -> Mention | None:
    """The first actor after p that one of `preps` governs ('مع X', 'بـX', 'من X', 'مع كل من X وY')."""
    for q in range(p, end):
        m = c.starting.get(q)
        if m is None or m.kind not in ACTOR_KINDS:
            continue
        if c.governing_prep(m) in preps:
            return m
        r = q
        while r > c.sentence.start and c.is_quote(r - 1):
            r -= 1                           # 'مع كل من "البرهان"'
        each = each_of_start(c, r)
        if each is not None and c.key(each - 1) in preps:
            return m
    return None


VENUE_WORDS = 3            # words of a venue's name after its noun before the organization at most
TIME_REACH = 4             # words of a time expression between two items of a list at most
BETWEEN_REACH = 14         # words from a cue to its 'بين' at most ('محادثات مباشرة أو غير مباشرة في واشنطن بين')


def between(c: Clause, p: int, end: int, words: frozenset[str]) -> list[Mention]:
    """'بين X وY': the parties after the word بين (`words`), after the cue with no other actor
    between (an actor at the word itself included)."""
    reach = min(end, p + BETWEEN_REACH)
    at = c.where(words, clitics=False)      # most sentences have none
    q = next((q for q in at if p <= q < reach), None) if at else None
    if q is None:
        return []
    for r in range(p + 1, q + 1):
        x = c.starting.get(r)
        if x is not None and x.kind in ACTOR_KINDS and not c.is_place(x):
            return []
    m = c.starting.get(q + 1)
    if m is None:
        return []
    return [x for x in coordinated_after(c, m, c.sentence.end) if x.kind != "nisba"]
