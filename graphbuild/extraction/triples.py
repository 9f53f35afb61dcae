"""Events to triples: one MET or NEGOTIATED per pair of actors, one STATED per speaker, each with
its attributes and provenance (sentence, character offsets, segment)."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from graphbuild.extraction import timexpr
from graphbuild.extraction.attributes import attribution, directness, negation, place, time
from graphbuild.extraction.clitics import CliticSplitter
from graphbuild.extraction.events import Event
from graphbuild.extraction.roles import Clause
from graphbuild.extraction.state import DocState, Mention
from graphbuild.model import Actor, Article, Evidence, Triple
from graphbuild.normalize import is_arabic

MAX_ALIASES = 12
DATELINE_WITHIN = 6      # sentences of a page (headline, byline) before the dateline at most
RECAP_WITHIN = 2         # sentences after a contact in which 'وجرى اللقاء في X' still places it


class TripleBuilder:
    def __init__(self, lexicon, actors, entity_of):
        self.lx = lexicon
        self.actors = actors
        self.entity_of = entity_of

    def build(self, article: Article, state: DocState, events: list[Event], clauses: list[Clause]) -> list[Triple]:
        """The triples of a document's events; `clauses` are the event finder's, one a sentence
        with its mentions."""
        events_of: dict[int, list[Event]] = {}
        for e in events:
            events_of.setdefault(e.sentence, []).append(e)
        statements_of: dict[int, list[Event]] = {}     # a statement bears only on its own sentence
        for e in events:
            if e.relation == "STATED":
                statements_of.setdefault(e.sentence, []).append(e)
        out: list[Triple] = []
        places = _Places()
        names = _Names(self.entity_of, state)
        scene = _Scene(attribution.outlet_starts(state.mentions, clauses[0].kinds) if clauses else [])
        told: tuple[int, list[Triple]] | None = None     # the last sentence that told of contacts
        for i, sent in enumerate(state.sentences):
            c = clauses[i]
            here = events_of.get(i, [])
            c.cue_positions = {x.cue[0] for x in here}
            scene.sentence(c, here)
            made: list[Triple] = []
            contacts: list[Triple] = []
            if here:
                times = timexpr.find_times(state.keys, sent.start, sent.end, self.lx)
                for e in here:
                    made.extend(self._triples(article, names, state, c, times, e, statements_of.get(i, []), places,
                                              scene))
                made = _once_a_sentence(made)
                contacts = [t for t in made if t.predicate != "STATED"]
                _share_place(contacts)
                _place_statements(made, contacts)
            if contacts and told and i - told[0] <= RECAP_WITHIN and _refers_back(c):
                _share_time(told[1], contacts)   # 'وجرت المقابلة بحضور X': the meeting told before
            if contacts:
                told = (i, contacts)
            elif told and i - told[0] <= RECAP_WITHIN and sent.segment == state.sentences[told[0]].segment:
                where = place.recap(c)
                if where is not None:
                    for t in told[1]:
                        if t.place is None:
                            t.place = names.of(where, place=True)
                            places.note(t, True)
                    scene.set({x for t in told[1] for x in (t.subject.id, t.object.id)}, where)
            out.extend(made)
        places.fill(out)
        return out

    # entities -----------------------------------------------------------------------------------
    def _home(self, state, agents: list[Mention]) -> Mention | None:
        """Where a host receives: its state."""
        for a in agents:
            for eid in a.entities:
                home = self.actors.state_of(eid)
                if home:
                    return Mention(a.start, a.end, "actor", home)
        return None

    # one event ------------------------------------------------------------------------------------
    def _triples(self, article, names, state, c: Clause, times, e: Event, statements, places, scene) -> list[Triple]:
        if e.relation == "STATED" and not e.reported:
            return []                        # kept for its content only (see EventFinder._stated)
        sent = c.sentence
        parties = tuple(dict.fromkeys(x for m in e.agents + e.partners for x in m.entities))   # ordered: runs agree
        neg = negation.negated(c, e, statements)
        if e.relay:
            cited = None                     # the outlet is where the words come from
        elif e.relation == "STATED" and e.source is not None and e.source.entities:
            cited = e.source                 # 'نقلت وكالة X عن Y': Y's words, cited from X
        else:
            cited = attribution.reporting(e, statements, parties) or attribution.cited(c, e, parties)
        when = time.event_time(c, e, times)
        where = place.place_in_clause(c, e, parties) or scene.arrival
        if e.relation == "STATED" and cited is None:
            cited = scene.interview_of(e.agents)
        if e.relation != "STATED":
            if where is None:
                where = scene.place_of(parties)
            if where is None and e.hosted:
                where = self._home(state, e.agents)
            elif sent.segment == "body":
                scene.set(parties, where)
        cue = state.text(e.cue[0], e.cue[1])
        out = []
        base = dict(doc_id=article.doc_id, cue=cue, negated=neg,
                    confidence=e.confidence - (0.05 if sent.segment.startswith("teaser") else 0.0))
        if e.relation == "STATED":
            s, t = e.content or (e.cue[1], sent.end)
            s = min(max(s, sent.start), sent.end - 1) if sent.end > sent.start else s
            t = min([x.cue[0] for x in statements if x.cue_kind == "participle" and s < x.cue[0] < t
                     and state.norms[x.cue[0] - 1] in self.lx.commas], default=t)   # '، مضيفا': the next act
            while s < t - 1 and (state.keys[s] in self.lx.complementizers or state.norms[s] == ":"
                                 or state.norms[s] in self.lx.quote_open):
                s += 1                       # the statement, without 'إن' or the opening quote
            while t - 1 > s and (state.norms[t - 1] in self.lx.sentence_ends or state.norms[t - 1] in self.lx.quote_close
                                 or state.norms[t - 1] in self.lx.commas):
                t -= 1
            ca, cb = state.char_span(s, max(t, s + 1))
            statement = state.source[ca:cb]
            about = [names.of(m) for m in c.mentions if s <= m.start < t and m.entity
                     and m.kind in ("actor", "person")]
            for m in e.agents:
                for eid in m.entities:
                    subject = names.of(m, eid)
                    if subject is None:
                        continue
                    tr = Triple(predicate="STATED", subject=subject, statement=statement, evidence=_evidence(state, e),
                                about=[x for x in about if x is not None and x.id != eid], **base)
                    self._attributes(names, state, c, tr, when, where, cited, eid)
                    out.append(tr)
            return out
        direct = directness.directness(c, e)
        via = directness.mediators(c, e, parties)
        if via:
            direct = "indirect"
        seen = set()
        for m in e.agents:
            for x in m.entities:
                for n in e.partners:
                    for y in n.entities:
                        if x == y or (x, y) in seen or (y, x) in seen:
                            continue
                        seen.add((x, y))
                        subject, obj = names.of(m, x), names.of(n, y)
                        if subject is None or obj is None:
                            continue
                        tr = Triple(predicate=e.relation, subject=subject, object=obj, directness=direct,
                                    evidence=_evidence(state, e),
                                    via=[v for v in (names.of(v) for v in via) if v], **base)
                        self._attributes(names, state, c, tr, when, where, cited, x, y)
                        places.note(tr, where is not None)
                        out.append(tr)
        return out

    def _attributes(self, names, state, c: Clause, tr: Triple, when, where, cited, *parties) -> None:
        if when is not None:
            tr.time_text, tr.date = when
        if where is not None and c.is_venue(where):
            where = self._home(state, [where])   # 'في البيت الأبيض': the text names no city, so the country
        if where is not None:
            tr.place = names.of(where, place=True)
        if cited is not None:
            for eid in cited.entities:
                if eid not in parties:
                    tr.attributed_to = names.of(cited, eid)
                    break


class _Names:
    """One document's actors as its triples name them. A mention is named by many triples (a
    speaker's every statement, each side of several contacts, the place of them all): its entity
    and surface are worked out once, and each triple still gets Actor records of its own."""

    def __init__(self, entity_of, state: DocState):
        self.entity_of = entity_of
        self.state = state
        # (id(mention), entity id, as a place) -> (the mention, kept so that its id stays its own,
        # and the Actor's fields or None)
        self.known: dict[tuple, tuple] = {}

    def of(self, m: Mention, entity_id: str | None = None, place: bool = False) -> Actor | None:
        entity_id = entity_id or m.entity
        key = (id(m), entity_id, place)
        known = self.known.get(key)
        if known is None:
            known = self.known[key] = (m, self._fields(m, entity_id, place))
        fields = known[1]
        if fields is None:
            return None
        aid, name, kind, surface, aliases, implied = fields
        return Actor(aid, name, kind, surface, list(aliases), implied)

    def _fields(self, m: Mention, entity_id: str | None, place: bool) -> tuple | None:
        state = self.state
        entry = self.entity_of(state, entity_id)
        if entry is None:
            return None
        if entry.capital_of and m.kind == "actor" and not place:
            capital = self.entity_of(state, entry.capital_of)
            entry = capital or entry
        head = m.head if m.head is not None and m.start <= m.head < m.end else m.start
        tail = m.tail or m.end
        named = not m.implied and not m.described and m.kind != "group" and tail > head   # a group names no one
        surface = self._strip(head, tail) if named else ""
        return entry.id, entry.name, entry.type, surface, _arabic(entry.aliases), m.implied

    def _strip(self, head: int, end: int) -> str:
        """The mention as written without the proclitics glued to its first word ('للقطريين' ->
        'القطريين')."""
        state = self.state
        text = state.text(head, end)
        norm_, key = state.norms[head], state.keys[head]
        prefix = CliticSplitter.prefix(norm_, key)
        if not prefix:
            return text
        whole = norm_.endswith(key)
        drop = len(prefix) if whole else len(prefix) + 1
        letters = 0
        for i, ch in enumerate(text):
            if ch.isalpha():
                letters += 1
            if letters == drop:
                rest = text[i + 1:]
                return rest if whole else key[:2] + rest
        return text


@lru_cache(maxsize=4096)
def _arabic(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The Arabic spellings of an actor that a triple carries; asked for every actor of every triple."""
    return tuple(a for a in aliases if is_arabic(a))[:MAX_ALIASES]


def _evidence(state: DocState, e: Event) -> Evidence:
    """The event's sentence, one record for each triple."""
    sent = state.sentences[e.sentence]
    a, b = state.char_span(sent.start, sent.end)
    return Evidence(state.source[a:b], a, b, e.sentence, sent.segment)


def _once_a_sentence(made: list[Triple]) -> list[Triple]:
    """One contact a sentence tells with two cues ('المباحثات تناولت استعراض العلاقات', 'اللقاء شهد
    بحث') is one triple, the first cue's."""
    seen = set()
    out = []
    for t in made:
        if t.predicate != "STATED":
            key = (t.predicate, frozenset((t.subject.id, t.object.id)), t.negated)
            if key in seen:
                continue
            seen.add(key)
        out.append(t)
    return out


def _share_place(contacts: list[Triple]) -> None:
    """'استقبل X Y بحضور Z': the contacts one sentence tells of share the one place it gives."""
    given = {t.place.id: t.place for t in contacts if t.place is not None}
    if len(given) == 1:
        where = next(iter(given.values()))
        for t in contacts:
            if t.place is None:
                t.place = replace(where)


def _place_statements(made: list[Triple], contacts: list[Triple]) -> None:
    """'استقبل X في مسقط Y، الذي ... وأكد': what a party says in the sentence of its meeting is said
    where the meeting was."""
    for t in made:
        if t.predicate == "STATED" and t.place is None:
            t.place = next((replace(x.place) for x in contacts if x.place is not None
                            and t.subject.id in (x.subject.id, x.object.id)), None)


def _refers_back(c: Clause) -> bool:
    """'وجرت المقابلة', 'وتناول اللقاء': the sentence speaks of a meeting told before."""
    return any(c.key(q).startswith(c.lx.article) for q in c.where(c.lx.meeting_references, clitics=False))


def _share_time(told: list[Triple], contacts: list[Triple]) -> None:
    """The contacts of a sentence that comes back to a meeting happened when it did."""
    given = {(t.time_text, t.date) for t in told if t.date}
    if len(given) == 1:
        text, day = next(iter(given))
        for t in contacts:
            if t.date is None and t.time_text is None:
                t.time_text, t.date = text, day


class _Scene:
    """Where the article's actors are: a place stated for a contact or an arrival ('وصوله إلى
    مسقط') holds for their later contacts with no place of their own; an interview or statement
    given to an outlet ('في مقابلة مع قناة', 'في تصريح لـ') is cited for what the speaker says."""

    def __init__(self, outlets: list[int]):
        self.places: dict[str, Mention] = {}
        self.interviews: dict[str, Mention] = {}
        self.arrival: Mention | None = None
        self.dateline: Mention | None = None
        self.current = -1
        self.sentences = 0
        self.outlets = outlets           # where the document's outlets are named (attribution.outlet_starts)

    def sentence(self, c: Clause, events: list[Event]) -> None:
        """Take in a sentence and its events."""
        if c.sentence.start == self.current:
            return
        self.current = c.sentence.start
        body = c.sentence.segment == "body"
        if self.dateline is None and body and self.sentences < DATELINE_WITHIN:
            self.dateline = place.dateline(c)
        self.sentences += 1
        # an arrival places the sentence's events, and in the body its actors' later ones
        self.arrival = None
        if events or body:
            self.arrival = place.arrival(c) or next((e.destination for e in events if e.destination), None)
        if self.arrival is not None and body:
            self.set({e for m in c.mentions if m.kind in ("actor", "person") and m is not self.arrival
                      for e in m.entities}, self.arrival)
        outlet = attribution.interview(c, self.outlets)
        if outlet is not None:
            for m in c.mentions:
                if m.kind in ("actor", "person") and m.entities and m is not outlet:
                    for e in m.entities:
                        self.interviews.setdefault(e, outlet)

    def set(self, parties, where: Mention) -> None:
        for p in parties:
            self.places[p] = where

    def place_of(self, parties) -> Mention | None:
        return next((self.places[p] for p in parties if p in self.places), self.dateline)

    def interview_of(self, agents) -> Mention | None:
        return next((self.interviews[e] for a in agents for e in a.entities if e in self.interviews), None)


class _Places:
    """Within one article, talks between the same two sides with no place of their own take the
    single place the article gives them elsewhere."""

    def __init__(self):
        self.triples: list[tuple[Triple, bool]] = []

    def note(self, tr: Triple, has_place: bool) -> None:
        self.triples.append((tr, has_place))

    def fill(self, triples) -> None:
        known: dict[frozenset, set] = {}
        first: dict[frozenset, Actor] = {}
        for tr, has in self.triples:
            if has and tr.place is not None:
                key = frozenset((tr.subject.id, tr.object.id))
                known.setdefault(key, set()).add(tr.place.id)
                first.setdefault(key, tr.place)
        for tr, has in self.triples:
            key = frozenset((tr.subject.id, tr.object.id))
            if tr.place is None and len(known.get(key, ())) == 1:
                tr.place = first[key]

