"""Whom the article cites for a fact: 'حسب موقع أكسيوس', 'وفقا لوكالة الأنباء', 'نقلا عن',
'في تصريح لـ الشرق الأوسط', 'وفق البيان' (whoever issued it), or the speaker whose statement
reports the event."""
from __future__ import annotations

from bisect import bisect_left

from graphbuild.extraction.events import Event
from graphbuild.extraction.roles import ACTOR_KINDS, Clause
from graphbuild.extraction.state import Mention


def cited(c: Clause, event: Event, parties: tuple[str, ...]) -> Mention | None:
    for q, hit in c.phrases_at(c.lx.attribution):
        r = q + hit[0]
        while r < c.sentence.end and (c.key(r) in c.lx.back_reference or c.is_quote(r)
                                      or c.key(r) in c.lx.statement_nouns):
            r += 1
        m = c.starting.get(r)
        if m is None and c.the_statement(r):
            m = event.bulletin               # 'وفق البيان': whoever issued it
        elif m is None and r + 1 < c.sentence.end:
            m = c.starting.get(r + 1) if c.key(r) in c.lx.statement_nouns or c.key(r) in c.lx.attribution_verbs else None
        if m is not None and m.kind in ACTOR_KINDS and m.entities and not set(m.entities).intersection(parties):
            return m
    return None


def reporting(event: Event, statements: list[Event], parties: tuple[str, ...]) -> Mention | None:
    """The speaker of a statement whose content holds the event."""
    p = event.cue[0]
    for s in statements:
        if s is event or s.sentence != event.sentence or not s.content:
            continue
        if s.content[0] <= p < s.content[1] and s.cue[0] < p:
            speaker = s.source or (s.agents[0] if s.agents else None)
            if speaker is not None and speaker.entities and not set(speaker.entities).intersection(parties):
                return speaker
    return None


def outlet_starts(mentions: list[Mention], kinds) -> list[int]:
    """Where a document's mentions (in text order) name an outlet; `kinds` is the document's
    (Clause.kinds). Each entity's type is asked once, not once a mention and sentence."""
    outlets = {eid for eid in {m.entity for m in mentions} if kinds(eid)[0] == "MEDIA"}
    return [m.start for m in mentions if m.entity in outlets] if outlets else []


def interview(c: Clause, outlets: list[int]) -> Mention | None:
    """The outlet an interview or statement is given to: 'في مقابلة مع قناة X', 'في تصريح لـ X';
    `outlets` are outlet_starts of the clause's document."""
    if not c.mentions or not _any_between(outlets, c.mentions[0].start, c.mentions[-1].start):
        return None                      # most sentences name no outlet: no need to look for the words
    for q, hit in c.phrases_at(c.lx.interview_nouns):
        for r in range(q + hit[0], min(c.sentence.end, q + hit[0] + 8)):
            m = c.starting.get(r)
            if m is not None and c.type_of(m) == "MEDIA" and (c.governing_prep(m) in c.lx.interview_prepositions
                                                             or c.key(r - 1) in c.lx.prepositions
                                                             or c.key(r - 1) in c.lx.interview_prepositions):
                return m
    return None


def _any_between(positions: list[int], first: int, last: int) -> bool:
    """Whether a position of the sorted `positions` lies in [first, last]."""
    i = bisect_left(positions, first)
    return i < len(positions) and positions[i] <= last
