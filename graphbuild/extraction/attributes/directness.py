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
    """Actors named after a mediation word in the event's clause ('عبر قطر', 'بوساطة مصرية'), or
    the subject of a mediation verb that is the cue or comes before it ('توسطت قطر ومصر في
    المفاوضات بين X وY')."""
    p = event.cue[0]
    starts = [q for q, _ in c.phrases_at(c.lx.mediation) if q > p]   # in the sentence, found once
    verbs = [q for q in c.where(c.lx.mediation_verbs)
             if q <= p and not any(r in c.cue_positions for r in range(q + 1, p))]
    if not starts and not verbs:
        return []
    keys = c.state.keys
    end = c.clause_end(p)
    heads = [c.starting.get(q + 1) for q in verbs]
    for q in starts:
        hit = c.lx.mediation.match(keys, q, end)    # the phrase ends within the clause
        if hit:
            heads.append(c.starting.get(q + hit[0]))
    out = []
    for m in heads:
        if m is None:
            continue
        for x in coordinated_after(c, m, c.sentence.end):      # 'عبر مصر وقطر'
            if x.kind in ACTOR_KINDS and x.entities and not set(x.entities).intersection(parties):
                out.append(x)
            elif x.kind == "nisba" and x.entity not in parties:
                out.append(Mention(x.start, x.end, "actor", x.entity))
    return out
