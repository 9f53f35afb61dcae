"""Directness ('مباشرة', 'غير مباشرة') and the mediator ('عبر قطر', 'بوساطة عمانية')."""
from __future__ import annotations

from graphbuild.extraction.events import Event
from graphbuild.extraction.roles import ACTOR_KINDS, Clause, coordinated_after
from graphbuild.extraction.state import Mention

REACH = 6


def directness(c: Clause, event: Event) -> str | None:
    p = event.cue[0]
    if any(p - 2 <= q < p + REACH for q, _ in c.phrases_at(c.lx.indirect)):
        return "indirect"
    if any(p < q < p + REACH for q, _ in c.phrases_at(c.lx.direct)):
        return "direct"
    return None


def mediators(c: Clause, event: Event, parties: set[str]) -> list[Mention]:
    """Actors named after a mediation word in the event's clause ('عبر قطر', 'بوساطة مصرية')."""
    p = event.cue[0]
    starts = [q for q, _ in c.phrases_at(c.lx.mediation) if q > p]   # in the sentence, found once
    if not starts:
        return []
    keys = c.state.keys
    end = c.clause_end(p)
    out = []
    for q in starts:
        hit = c.lx.mediation.match(keys, q, end)    # the phrase ends within the clause
        if not hit:
            continue
        r = q + hit[0]
        m = c.starting.get(r)
        if m is None:
            continue
        for x in coordinated_after(c, m, c.sentence.end):      # 'عبر مصر وقطر'
            if x.kind in ACTOR_KINDS and x.entities and not set(x.entities).intersection(parties):
                out.append(x)
            elif x.kind == "nisba" and x.entity not in parties:
                out.append(Mention(x.start, x.end, "actor", x.entity))
    return out
