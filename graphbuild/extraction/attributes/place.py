"""Where an encounter, talks or a statement took place, when the text says: 'في مسقط', 'بالعاصمة
الروسية موسكو', 'عقد في طهران الاجتماع', a host ('استضافت الدوحة'), a visit's destination given
earlier ('زيارة X إلى بغداد', 'يزور الكويت'), the dateline ('بغداد -'). A city is preferred to its
country; a palace or an office is no place of its own."""
from __future__ import annotations

from bisect import bisect_right

from graphbuild.extraction import frames
from graphbuild.extraction.events import Event
from graphbuild.extraction.roles import Clause
from graphbuild.extraction.state import Mention

ARRIVAL_REACH = 16     # words from 'وصل' to its destination at most (the visitor's titles between)
HOSTED_REACH = 4       # words from the host to what it hosted ('جولة من المفاوضات') at most
RECAP_REACH = 12       # words from 'اللقاء' to the place it took place in at most


class Sites:
    """Where the events of one sentence took place (`of`): what a place of the sentence says
    whatever the event (its preposition, the word before it, city or venue) is read once a
    sentence, not once an event; made once the sentence's cue positions are set."""

    def __init__(self, c: Clause):
        self.c = c
        places = c.places()
        # 'اجتماع الدوحة': the meeting words followed by a city
        self.meetings = [q for q in c.where(c.lx.meeting_references, clitics=False) if _city_after(c, q)] \
            if places else []
        self.topics = c.where(c.lx.topic_markers, clitics=False) if places else []
        self.candidates = [found for m in places if (found := _candidate(c, m)) is not None]
        # the sentence's cues of contacts: a place after another one's is that encounter's
        self.contact_cues = sorted(q for q in c.cue_positions if _contact_cue(c, q)) if places else []
        self._contact_words: list[int] | None = None      # every word that may tell of a contact
        self._host: tuple[Mention | None] | None = None

    def of(self, event: Event, parties: tuple[str, ...]) -> Mention | None:
        """A place named in the sentence around the event's cue, not one of its parties' names."""
        c = self.c
        if not c.places():
            return _located(event)
        p = event.cue[0]
        named = _city_after(c, p)
        if self.meetings and (named is None or self.meetings[0] < p):
            named = c.starting.get(self.meetings[0] + 1)
        if named is not None:
            return named
        topics = self.topics
        stated = event.relation == "STATED"
        content = event.content if stated else None
        best = venue = None
        for m, is_venue, city, placed, stated_from, after_host in self.candidates:
            if m.entity in parties:
                continue
            if topics and m.start > p and any(p <= q < m.start for q in topics):
                continue                         # 'بشأن الأوضاع في غزة': the topic, not the place
            if content and content[0] <= m.start < content[1]:
                continue
            if is_venue:                         # a palace or an office is no place of its own
                if venue is None and m.start > p and not _any_within(self.contact_words(), p, m.start):
                    venue = m                    # not the venue of another encounter told after the cue
                continue
            if m.start > p and _any_within(self.contact_cues, p, m.start):
                continue                         # where an encounter told by another verb after the cue took place
            if not (placed or (stated and stated_from) or (after_host and m.start < p)):
                continue
            if stated and m.start < p:
                continue
            if best is None or (city and not c.is_city(best)) or \
                    (city == c.is_city(best) and abs(m.start - p) < abs(best.start - p)):
                best = m
        hosted = self.host() if best is None else None
        if hosted is not None and hosted.entity not in parties:
            return hosted
        if best is None and venue is not None:
            return venue                         # 'في البيت الأبيض': its country (see TripleBuilder)
        return best if best is not None else _located(event)

    def contact_words(self) -> list[int]:
        """The positions of the sentence's words that may tell of a contact, when first asked."""
        if self._contact_words is None:
            c = self.c
            self._contact_words = [q for q in range(c.sentence.start, c.sentence.end) if _contact_cue(c, q)]
        return self._contact_words

    def host(self) -> Mention | None:
        """`host`, worked out once a sentence."""
        if self._host is None:
            self._host = (host(self.c),)
        return self._host[0]


def _city_after(c: Clause, q: int) -> Mention | None:
    """The city right after q, no preposition before it ('اجتماع الدوحة')."""
    after = c.starting.get(q + 1)
    if c.sentence.start <= q < c.sentence.end - 1 and after is not None and after.kind == "actor" \
            and c.is_city(after) and c.governing_prep(after) is None:
        return after
    return None


def _candidate(c: Clause, m: Mention) -> tuple | None:
    """(m, venue, city, placed, placed for a statement, right after a host verb) for a place
    that may be an event's; None for one that cannot ('إلى بغداد', 'الأوضاع في الشرق الأوسط')."""
    lx = c.lx
    prep = c.governing_prep(m)
    if c.is_venue(m):
        return (m, True, False, False, False, False) if prep in lx.place_prepositions else None
    before = c.key(m.start - 1)
    if (c.key(m.start - 2) if before in lx.prepositions else before) in lx.topic_nouns:
        return None                          # 'بحثا الأوضاع في الشرق الأوسط': the topic's place
    if prep in lx.destination_prepositions:
        return None
    placed = prep in lx.place_clitics or prep in lx.place_prepositions or before in lx.place_nouns \
        or before in lx.capital_words
    stated_from = prep in lx.place_prepositions_statement
    after_host = prep is None and before in lx.host_verbs
    if not (placed or stated_from or after_host):
        return None
    return m, False, c.is_city(m), placed, stated_from, after_host


def _any_within(positions: list[int], p: int, q: int) -> bool:
    """Whether a position of the sorted `positions` lies strictly between p and q."""
    i = bisect_right(positions, p)
    return i < len(positions) and positions[i] < q


def _located(event: Event) -> Mention | None:
    """'المبعوث الأمريكي في الدوحة ستيف ويتكوف': where a party's title places them."""
    located = next((m.located for m in event.agents + event.partners if m.located), None)
    return Mention(event.cue[0], event.cue[1], "actor", located) if located else None


def arrival(c: Clause) -> Mention | None:
    """'وصل X إلى بغداد', 'عند وصوله إلى مسقط', 'الذي يزور الكويت': where someone in the sentence
    arrived."""
    if not c.places():
        return None
    for q in c.where(c.lx.relative_pronouns, clitics=False):
        if q + 1 < c.sentence.end and _visit_verb(c, q + 1):
            m = _place_right_after(c, q + 1)     # 'الوفد الذي يزور الكويت حاليا'
            if m is not None:
                return m
    for q in sorted({*c.where(c.lx.arrival_verbs), *c.where(c.lx.visit_nouns)}):
        for r in range(q + 1, min(c.sentence.end, q + ARRIVAL_REACH)):
            m = c.starting.get(r)
            if m is not None and m.kind == "actor" and c.is_place(m) and \
                    c.governing_prep(m) in c.lx.destination_prepositions:
                return m
    return None


def host(c: Clause) -> Mention | None:
    """'استضافت العاصمة العمانية مسقط جولة من المفاوضات', 'لم تشهد بغداد مفاوضات': the host,
    the subject right after the verb, is where the contacts it hosted took place (not 'شهدت غزة
    غارات')."""
    for q in c.where(c.lx.host_verbs):
        m = _place_right_after(c, q)
        if m is not None and any(_contact_cue(c, r) or c.key(r) in c.lx.meeting_references
                                 for r in range(m.end, min(c.sentence.end, m.end + HOSTED_REACH))):
            return m
    return None


def _place_right_after(c: Clause, q: int) -> Mention | None:
    """The place that follows the word at q, 'العاصمة' and a nisba stepped over, no preposition."""
    for r in range(q + 1, min(c.sentence.end, q + 5)):
        m = c.starting.get(r)
        if m is not None and m.kind == "actor" and c.is_place(m) and c.governing_prep(m) is None:
            return m
        if m is not None and m.kind == "nisba" or c.key(r) in c.lx.capital_words:
            continue
        return None
    return None


def _contact_cue(c: Clause, q: int) -> bool:
    return any(cue.frame is not None and cue.frame.relation != "STATED" for cue in frames.load().at(c.norm(q)))


def _visit_verb(c: Clause, q: int) -> bool:
    return any(cue.frame is not None and cue.frame.visit and cue.kind == "verb" and cue.analysis.tense != "future"
               for cue in frames.load().at(c.norm(q)))


def dateline(c: Clause) -> Mention | None:
    """'بغداد - ': the city an article is filed from, when its first line opens with it."""
    m = c.starting.get(c.sentence.start)
    nxt = m.end if m is not None else None
    if m is not None and m.kind == "actor" and c.is_city(m) and c.norm(nxt) in c.lx.dateline_marks:
        return m
    return None


def recap(c: Clause) -> Mention | None:
    """'وجرى اللقاء في مبنى البرلمان بالعاصمة أنقرة': a sentence that comes back to a meeting told
    before says where it took place (a city before its country, a venue skipped)."""
    if not c.places():
        return None
    lx = c.lx
    for q in c.where(lx.meeting_references, clitics=False):
        best = None
        for r in range(q + 1, min(c.sentence.end, q + RECAP_REACH)):
            m = c.starting.get(r)
            if m is None or m.kind != "actor" or not c.is_place(m) or c.is_venue(m):
                continue
            prep = c.governing_prep(m)
            if prep in lx.place_clitics or prep in lx.place_prepositions or c.key(m.start - 1) in lx.capital_words:
                if best is None or (c.is_city(m) and not c.is_city(best)):
                    best = m
        if best is not None:
            return best
    return None
