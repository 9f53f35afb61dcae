"""Whether the text says an event did not happen: a negator before its cue ('لم يلتق'), a denied
existence ('لا توجد وساطة', 'لم تشهد بغداد مفاوضات'), or a denial that reports it ('نفى ... إجراء
أي محادثات')."""
from __future__ import annotations

from graphbuild.extraction.events import Event
from graphbuild.extraction.roles import Clause

REACH = 5       # words before a cue where a negator still governs it
EXISTENCE_REACH = 9   # 'لا صحة لما يتم تداوله عن بدء المفاوضات'


def negated(c: Clause, event: Event, statements: list[Event]) -> bool:
    if event.relay:
        return False                     # 'وفق ما ذكرت': that ما is no negator
    p = event.cue[0]
    keys = c.state.keys
    lx = c.lx
    for q, _ in c.phrases_at(lx.negated_existence):     # where one starts in the sentence, found once
        if p - EXISTENCE_REACH <= q < p and lx.negated_existence.match(keys, q, p + 1):
            return True
    light = event.light
    governing = (p,) if light is None or _interrupted(c, light, p) else (p, light)
    for at in governing:                 # 'لم يعقد ... أي لقاء': the light verb's negator, in its clause
        for q in range(max(c.sentence.start, at - 2), at):
            if keys[q] in lx.negators and not _interrupted(c, q, at):
                return True
    if event.relation != "STATED":
        for s in statements:
            if s.denial and s.sentence == event.sentence and s.content and s.content[0] <= p < s.content[1]:
                return True
    return False


def _interrupted(c: Clause, q: int, p: int) -> bool:
    """A comma or another verb between a negator (or a light verb) and the cue ends its scope."""
    return any(c.is_comma(x) or x in c.cue_positions for x in range(q + 1, p))
