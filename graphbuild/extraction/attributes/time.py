"""When: the time expression of the event's sentence nearest its cue, resolved against the
publication date (none in a teaser) by graphbuild.extraction.timexpr."""
from __future__ import annotations

from graphbuild.extraction import timexpr
from graphbuild.extraction.events import Event
from graphbuild.extraction.roles import Clause


def event_time(c: Clause, event: Event, times: list[timexpr.TimeExpr], future: bool = False):
    """(text, ISO date or None) or None."""
    if not times:
        return None
    p = event.cue[0]
    candidates = [t for t in times if not (event.content and event.relation == "STATED"
                                           and event.content[0] <= t.start < event.content[1]
                                           and t.start > p + 6)]
    if not candidates:
        return None
    t = min(candidates, key=lambda t: abs(t.start - p))
    text = c.state.text(t.start, t.end)
    return text, timexpr.resolve(t, c.sentence.published, future)
