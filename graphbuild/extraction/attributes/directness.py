"""Directness ('مباشرة', 'غير مباشرة') and the mediator ('عبر قطر', 'بوساطة عمانية')."""
from __future__ import annotations

from graphbuild.extraction.events import Event
from graphbuild.extraction.roles import ACTOR_KINDS, Clause
from graphbuild.extraction.state import Mention

REACH = 6


def directness(c: Clause, event: Event) -> str | None:
    p = event.cue[0]
    keys = c.state.keys
    end = min(c.sentence.end, p + REACH)
    for q in range(max(c.sentence.start, p - 2), end):
        if c.lx.indirect.match(keys, q, c.sentence.end):
            return "indirect"
    for q in range(p + 1, end):
        if c.lx.direct.match(keys, q, c.sentence.end):
            return "direct"
    return None


def mediators(c: Clause, event: Event, parties: set[str], nisba_of) -> list[Mention]:
    """Actors named after a mediation word in the event's clause ('عبر قطر', 'بوساطة مصرية')."""
    p = event.cue[0]
    keys = c.state.keys
    end = c.clause_end(p)
    out = []
    for q in range(p + 1, end):
        hit = c.lx.mediation.match(keys, q, end)
        if not hit:
            continue
        r = q + hit[0]
        m = c.starting.get(r)
        if m is not None and m.kind in ACTOR_KINDS and m.entities and not set(m.entities) & parties:
            if not c.is_place(m) or nisba_of(m) is None:
                out.append(m)
        elif m is not None and m.kind == "nisba" and m.entity not in parties:
            out.append(Mention(m.start, m.end, "actor", m.entity))
    return out
