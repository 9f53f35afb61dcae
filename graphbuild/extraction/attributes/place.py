"""Where an encounter, talks or a statement took place, when the text says: 'في مسقط', 'بالعاصمة
الروسية موسكو', 'عقد في طهران الاجتماع', a host ('استضافت الدوحة'), a visit's destination given
earlier ('زيارة X إلى بغداد', 'يزور الكويت'), the dateline ('بغداد -'). A city is preferred to its
country; a palace or an office is no place of its own."""
from __future__ import annotations

from graphbuild.extraction import frames
from graphbuild.extraction.events import Event
from graphbuild.extraction.roles import Clause
from graphbuild.extraction.state import Mention

ARRIVAL_REACH = 16     # words from 'وصل' to its destination at most (the visitor's titles between)
HOSTED_REACH = 4       # words from the host to what it hosted ('جولة من المفاوضات') at most
RECAP_REACH = 12       # words from 'اللقاء' to the place it took place in at most


def place_in_clause(c: Clause, event: Event, parties: set[str]) -> Mention | None:
    """A place named in the event's sentence around its cue, not one of its parties' names."""
    if not c.places():
        return _located(event)
    p = event.cue[0]
    lx = c.lx
    for q in sorted({p, *c.where(lx.meeting_references, clitics=False)}):
        after = c.starting.get(q + 1)
        if c.sentence.start <= q < c.sentence.end - 1 and after is not None and after.kind == "actor" \
                and c.is_city(after) and c.governing_prep(after) is None and after.entity not in parties \
                and (q != p or event.cue_kind == "noun"):
            return after                     # 'اجتماع الدوحة', not the capital that speaks ('وقالت واشنطن')
    topics = c.where(lx.topic_markers, clitics=False)
    opening = c.opening_comma() if event.relation == "STATED" else None
    if opening is not None and not 0 < p - opening <= 2:
        opening = None                       # the statement's verb is not the one right after it
    best = venue = None
    for m in c.places():
        if m.entity in parties:
            continue
        if topics and m.start > p and any(p <= q < m.start for q in topics):
            continue                         # 'بشأن الأوضاع في غزة': the topic, not the place
        if event.content and event.content[0] <= m.start < event.content[1] and event.relation == "STATED":
            continue
        if c.is_venue(m):                    # a palace or an office is no place of its own
            if venue is None and m.start > p and c.governing_prep(m) in lx.place_prepositions \
                    and not any(_contact_cue(c, q) for q in range(p + 1, m.start)):
                venue = m                    # not the venue of another encounter told after the cue
            continue
        if m.start > p and any(q in c.cue_positions and _contact_cue(c, q) for q in range(p + 1, m.start)):
            continue                         # where an encounter told by another verb after the cue took place
        prep = c.governing_prep(m)
        before = c.key(m.start - 1)
        if (c.key(m.start - 2) if before in lx.prepositions else before) in lx.topic_nouns:
            continue                         # 'بحثا الأوضاع في الشرق الأوسط': the topic's place
        stated_from = event.relation == "STATED" and prep in lx.place_prepositions_statement
        if stated_from or prep in lx.place_clitics or prep in lx.place_prepositions or before in lx.place_nouns \
                or before in lx.capital_words or (prep is None and c.key(m.start - 1) in lx.host_verbs
                                                  and m.start < p):
            if prep in lx.destination_prepositions:
                continue
            distance = abs(m.start - p)
            if event.relation == "STATED" and m.start < p and not (
                    opening is not None and m.start < opening and not any(q < m.start for q in topics)):
                continue                     # before a statement's verb only in the adverbial it opens with
            if best is None or (c.is_city(m) and not c.is_city(best)) or \
                    (c.is_city(m) == c.is_city(best) and distance < abs(best.start - p)):
                best = m
    hosted = host(c) if best is None else None
    if hosted is not None and hosted.entity not in parties:
        return hosted
    if best is None and venue is not None:
        return venue                         # 'في البيت الأبيض': its country (see TripleBuilder)
    return best if best is not None else _located(event)


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
