"""The frame engine: for every cue in a sentence, the frame's roles from the generic finders,
giving events (who met, negotiated with or stated what), before their attributes are read.

Salience is what a text has made current: the last speaker, the parties of the last contact, the
last actor of each gender. Dropped subjects, pronouns, joint parties ('الجانبان') and references
to a meeting ('وتطرق اللقاء إلى ...') take their actors from it.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import compress

from graphbuild.actors import ActorDictionary
from graphbuild.extraction import roles
from graphbuild.extraction.coref import COUNTERPART
from graphbuild.extraction.frames import Cue, FrameIndex
from graphbuild.extraction.inflect import Analysis
from graphbuild.extraction.roles import ACTOR_KINDS, Clause
from graphbuild.extraction.state import DocState, Mention, Sentence
from graphbuild.lexicon import Lexicon

PERSON_TYPES = ("PERSON",)
PARENTHETICAL_REACH = 16   # words between the commas that set off an aside after a speaker at most
VERB_KINDS = ("verb", "light", "intransitive_light", "participle")
RECENT = 12               # actors of the text that a pronoun may take up, the last named last
GENDERS = ("m", "f")      # what gender_of gives (or None, read as m)
LIGHT_REACH = 24          # words between a light verb and its noun at most (subjects, adverbs between)


@dataclass
class Event:
    relation: str
    frame: str
    sentence: int                        # index into state.sentences
    cue: tuple[int, int]                 # positions
    agents: list[Mention]
    partners: list[Mention] = field(default_factory=list)
    content: tuple[int, int] | None = None      # STATED: positions of the statement
    mode: str | None = None
    cue_kind: str = "verb"
    negated: bool = False
    denial: bool = False                 # a speech act that denies what it reports
    source: Mention | None = None        # 'نقلت وكالة X عن Y': X
    confidence: float = 0.8
    hosted: bool = False                 # the agents received the partners at home
    reported: bool = True                # False: a speech act of unnamed officials, kept for its content only
    destination: Mention | None = None   # a visit's place ('زار مسقط')
    relay: bool = False                  # the outlet's own STATED for words it relays ('نقلت وكالة X عن Y')
    bulletin: Mention | None = None      # the author of the statement or report last told ('وفق البيان')
    light: int | None = None             # an event noun's light verb ('لم يعقد ... أي لقاء')


@dataclass
class Salience:
    gender_of: Callable[[Mention], str | None] = lambda m: None     # the document's (EventFinder.gender_of)
    speaker: Mention | None = None
    contact: list[Mention] = field(default_factory=list)      # parties of the last contact
    meeting: list[Mention] = field(default_factory=list)      # parties of the last meeting (MET)
    segment: str = ""
    recent: list[Mention] = field(default_factory=list)
    relayed_by: dict[str, Mention] = field(default_factory=dict)   # speaker id -> the outlet quoting them
    bulletin: Mention | None = None      # who issued the last statement or report ('ذكر بيان لمجلس الوزراء')
    # the last actor of each gender, brought up to date from `unsorted` only when asked (rarely: a
    # dropped subject with no speaker), not at every sentence
    _by_gender: dict[str, Mention] = field(default_factory=dict)
    _unsorted: list[Mention] = field(default_factory=list)

    def note(self, m: Mention) -> None:
        if m.entities:
            self._unsorted.append(m)
            self.recent.append(m)
            del self.recent[:-RECENT]

    def note_all(self, named: list[Mention]) -> None:
        """`note` of each of a sentence's actors in turn (all with entities), their genders
        worked out when first asked."""
        self.recent.extend(named)
        del self.recent[:-RECENT]
        self._unsorted.extend(named)

    def last_of_gender(self, gender: str) -> Mention | None:
        """The last actor noted of this gender: the actors noted since last asked, looked at from
        the end until both genders are found."""
        if self._unsorted:
            found: set[str] = set()
            for m in reversed(self._unsorted):
                g = self.gender_of(m) or "m"
                if g not in found:
                    found.add(g)
                    self._by_gender[g] = m
                    if len(found) == len(GENDERS):
                        break
            self._unsorted.clear()
        return self._by_gender.get(gender)


class EventFinder:
    def __init__(self, lexicon: Lexicon, actors: ActorDictionary, frames: FrameIndex, entity_of):
        self.lx = lexicon
        self.actors = actors
        self.frames = frames
        self.entity_of = entity_of          # (state, id) -> ActorEntry | None
        # between an event noun and its owner: a manner ('مباشرة', 'غير المباشرة') or a title's modifier
        self.noun_modifiers = lexicon.direct.words() | lexicon.indirect.words() | lexicon.title_modifiers
        self.quote_marks = lexicon.quote_open | lexicon.quote_close    # where a quotation may open or close
        # word classes for Clause.where
        self.between_words = frozenset({lexicon.between_word})
        self.prep_pronoun_words = frozenset(lexicon.prep_pronouns)     # 'معه', 'معهم'

    # helpers ------------------------------------------------------------------------------------
    def gender_of(self, state: DocState, m: Mention) -> str | None:
        if m.gender:
            return m.gender
        entry = self.entity_of(state, m.entity) if m.entity else None
        if entry is None:
            return None
        if entry.type == "PERSON":
            return entry.gender or "m"
        if entry.type not in ("GPE", "ORG", "MEDIA"):
            return None
        # the noun it is named by sets the gender: 'الموقع' and 'موقع أكسيوس' are masculine
        if entry.type == "GPE":
            return "f"
        if m.described or (m.head is not None and m.head > m.start):
            return "f" if state.text_ends[m.start] == self.lx.teh_marbuta else "m"    # the noun as written
        if entry.head:
            return "f" if entry.head.endswith(self.lx.teh_marbuta) else "m"
        return "f"

    def _subject_told_before(self, state, c: Clause, p: int, gender: str) -> list[Mention]:
        """'قدمت مريم الصادق المهدي تنويرا ...، مجددة تمسك السودان': the person the clause began
        with, when no speech act came before the participle."""
        for m in c.mentions:
            if m.start >= p:
                break
            if m.kind in ("actor", "person") and m.entities and c.governing_prep(m) is None \
                    and self.type_of(state, m) == "PERSON" and self.gender_of(state, m) == gender:
                return [m]
        return []

    def _agrees(self, state: DocState, m: Mention, gender: str) -> bool:
        """Whether a verb of this gender can take m as its dropped subject. A body or an outlet
        also takes the feminine whatever its noun ('وقال المجلس ... وأضافت')."""
        own = self.gender_of(state, m)
        return own in (gender, None) or (gender == "f" and self.type_of(state, m) in ("ORG", "MEDIA"))

    def kinds(self, state: DocState, eid: str | None) -> tuple:
        """(type, place, city, venue) of an entity, worked out once a document: the role finders
        and the attributes ask it of every mention for every cue."""
        found = state.kinds.get(eid)
        if found is None:
            entry = self.entity_of(state, eid) if eid else None
            if entry is None:
                found = (None, False, False, False)
            else:
                area = entry.type in ("GPE", "LOC")
                found = (entry.type, area or entry.venue, area and self.actors.state_of(entry.id) != entry.id,
                         entry.venue)
            state.kinds[eid] = found
        return found

    def type_of(self, state: DocState, m: Mention) -> str | None:
        return self.kinds(state, m.entity)[0]

    def is_place(self, state: DocState, m: Mention) -> bool:
        return self.kinds(state, m.entity)[1]

    def is_city(self, state: DocState, m: Mention) -> bool:
        return self.kinds(state, m.entity)[2]

    def is_venue(self, state: DocState, m: Mention) -> bool:
        """A palace or an office: no place of its own."""
        return self.kinds(state, m.entity)[3]

    def clause(self, state: DocState, sent: Sentence, mentions: list[Mention], kinds: Callable) -> Clause:
        """The sentence's Clause, with its quoted words; `kinds` is this document's (`self.kinds`)."""
        c = Clause(state, sent, self.lx, mentions, kinds=kinds)
        words = state.norms[sent.start:sent.end]
        if self.lx.quote_open.isdisjoint(words):
            return c
        opening, closing = self.lx.quote_open, self.lx.quote_close
        in_quote = False
        last = sent.start - 1                # the quotation mark before
        for p in compress(range(sent.start, sent.end), map(self.quote_marks.__contains__, words)):
            if in_quote:
                c.quoted.update(range(last + 1, p))
            n = state.norms[p]
            if n in opening and (not in_quote or n not in closing):
                in_quote = True
            elif n in closing and in_quote:
                in_quote = False
            last = p
        if in_quote:
            c.quoted.update(range(last + 1, sent.end))
        return c

    def cue_forms(self, state: DocState) -> list[int]:
        """The positions of the document's cue forms, in text order: one scan of the text, of
        which each sentence takes its own."""
        return list(compress(range(len(state.norms)), map(self.frames.cues.__contains__, state.norms)))

    def cues_in(self, state: DocState, found: list[int], mentions: list[Mention]) -> list[tuple[int, list[Cue]]]:
        """The cues at a sentence's cue forms `found`, but for the words of a person's name
        ('نجيب ميقاتي')."""
        if not found:
            return []
        named = self._in_names(state, mentions, found)
        norms = state.norms
        return [(p, readings) for p in found if p not in named and (readings := self.frames.at(norms[p]))]

    def _in_names(self, state: DocState, mentions: list[Mention], found: list[int]) -> set[int]:
        """Those of the positions `found` (in text order) that are words of a person's name: a
        bisection per name, the type asked only of a name with one of them."""
        named: set[int] = set()
        for m in mentions:
            if m.kind not in ("actor", "person"):
                continue
            i = bisect_left(found, m.head if m.head is not None else m.start)
            j = bisect_left(found, m.tail or m.end, i)
            if i < j and self.type_of(state, m) == "PERSON":
                named.update(found[i:j])
        return named

    # the pass over a document --------------------------------------------------------------------
    def find(self, state: DocState) -> tuple[list[Event], list[Clause]]:
        """The document's events, and the Clause of each sentence for the triple builder to read
        again (kept beside the state, never in it: each clause holds the state)."""
        events: list[Event] = []
        kinds, gender_of = partial(self.kinds, state), partial(self.gender_of, state)
        sal = Salience(gender_of)
        clauses: list[Clause] = []
        starts = [m.start for m in state.mentions]      # in text order
        forms = self.cue_forms(state)
        first = first_form = 0
        for i, sent in enumerate(state.sentences):
            if sent.segment != sal.segment:
                sal = Salience(gender_of, segment=sent.segment)
            last = bisect_left(starts, sent.end, first)
            mentions = state.mentions[first:last]       # those that start before its end, after the last
            first = last
            last_form = bisect_left(forms, sent.end, first_form)
            positions = forms[bisect_left(forms, sent.start, first_form):last_form]     # the sentence's
            first_form = last_form
            c = self.clause(state, sent, mentions, kinds)
            clauses.append(c)
            readings = [(p, r) for p, cues in self.cues_in(state, positions, mentions)
                        if (r := self._reading(c, p, cues)) is not None]
            if readings:                         # else no events, and no cue positions to set
                c.cue_positions = {p for p, r in readings if r.kind in ("verb", "light", "intransitive_light")}
                found = self._sentence(state, c, i, readings, sal)
                for e in found:
                    e.bulletin = sal.bulletin
                events.extend(found)
            sal.note_all([m for m in mentions if m.kind in ("actor", "person") and m.entity])
        return events, clauses

    def _sentence(self, state, c: Clause, index: int, readings: list[tuple[int, Cue]], sal: Salience) -> list[Event]:
        """The events of a sentence from the reading of each of its cues (`_reading`)."""
        out: list[Event] = []
        light: tuple[int, Cue, list[Mention]] | None = None     # the last light verb and its subjects
        for p, reading in readings:
            if reading.kind == "light" and reading.analysis.pronoun and c.key(p - 1) in self.lx.relative_pronouns:
                found = self._relative_light(state, c, index, p, reading, sal, out)
                out.extend(found)
                continue
            if reading.kind in ("light", "intransitive_light"):
                agents = self._agents(state, c, p, reading, sal, out, c.clause_end(p)) if reading.kind == "light" else []
                if not agents and reading.kind == "light":
                    # a masdar after a speech act takes its speaker: 'نفى مسؤول عقد أي لقاء'
                    agents = next((e.agents for e in reversed(out) if e.relation == "STATED"
                                   and e.content and e.content[0] <= p < e.content[1]
                                   and e.content[0] >= p - 1), [])
                light = (p, reading, agents)
                continue
            if reading.frame is None:
                continue
            event = self._event(state, c, index, p, reading, sal, out, light)
            if event is None:
                continue
            out.extend(event)
        return out

    def _relative_light(self, state, c: Clause, index: int, p: int, light: Cue, sal, done) -> list[Event]:
        """'اللقاء الذي عقده المبعوث مع خليل الحية': the event noun before the relative pronoun, the
        light verb's subject as its agent and the actor after مع (or بـ) as its partner."""
        noun = next((r for q in range(max(c.sentence.start, p - 4), p - 1) for r in self.frames.at(c.norm(q))
                     if r.kind == "noun" and r.frame is not None and r.frame.relation != "STATED"), None)
        if noun is None:
            return []
        end = c.clause_end(p)
        subject = roles.subject_after(c, p, end)
        if subject is None or not subject.entities:
            return []
        partner = roles.after_preposition(c, subject.end, end, tuple(r for r in noun.frame.partners if len(r) <= 2))
        if partner is None or not partner.entities:
            return []
        return [self._make(noun.frame, index, p, noun, [subject], roles.coordinated_after(c, partner, end), sal)]

    def _reading(self, c: Clause, p: int, readings: list[Cue]) -> Cue | None:
        """The reading of an ambiguous form the context allows: a verb where a verb can stand."""
        if len(readings) == 1:               # most forms: nothing to choose
            return readings[0] if self._allowed(c, p, readings[0]) else None
        verbs, nouns = [], []
        for r in readings:
            if self._allowed(c, p, r):
                (nouns if r.kind == "noun" else verbs).append(r)
        if not verbs:
            return nouns[0] if nouns else None           # no verb reading: the first noun one
        prev = c.key(p - 1)
        if nouns and (prev in self.lx.meeting_context or prev in self.lx.prepositions
                      or c.state.keys[p] != c.state.norms[p] and c.state.keys[p].startswith(self.lx.article)):
            return nouns[0]
        if len(verbs) == 1:
            return verbs[0]
        # inside a quotation a 1st person reading comes first ('اجتمعنا': we met), elsewhere the 3rd
        if p in c.quoted:
            first = [r for r in verbs if r.analysis.person == 1]
            if first and roles.no_overt_subject(c, p, c.sentence.end):
                return first[0]
        return next((r for r in verbs if r.analysis.person in (3, None)), verbs[0])

    def _allowed(self, c: Clause, p: int, r: Cue) -> bool:
        """Whether the context allows reading r at all: the words it requires follow it, and a
        verb with a pronoun is not written with ة."""
        if r.options.requires and not any(p < q < p + 12 for q in c.where(r.options.requires)):
            return False
        if r.kind == "noun":
            return True
        return r.kind in VERB_KINDS and not (r.analysis.pronoun is not None
                                             and c.state.text_ends[p] == self.lx.teh_marbuta)

    def _planned(self, c: Clause, p: int, cue: Cue) -> bool:
        a = cue.analysis
        if a.tense == "future" or a.tense == "imperfect" and c.key(p - 1) in self.lx.future_negators:
            return True                      # 'سيلتقي', 'لن تتفاوض'
        for q, _ in c.phrases_at(self.lx.planning):      # where one starts in the sentence, found once
            if p - 4 <= q < p and self.lx.planning.match(c.state.keys, q, p + 1):
                return True
        if a.tense == "imperfect" and (times := c.where(self.lx.future_time, clitics=False)) \
                and any(p < q < c.clause_end(p) for q in times):
            return True                      # 'يزور ... الأسبوع المقبل'
        return cue.kind == "noun" and c.key(p + 1) in self.lx.planning

    def _planned_event(self, c: Clause, p: int, cue: Cue, light) -> bool:
        """A contact planned, not held: by its own form or phrase ('سيلتقي', 'من المقرر أن'), or an
        event noun with a planned light verb, before it ('ستجري X وY محادثات') or after it
        ('المفاوضات ستجري في مسقط'), unless the talks resume or the sentence says they have begun."""
        if self._planned(c, p, cue):
            return True
        if cue.kind != "noun" or self._begun(c, p):
            return False
        if _governs(light, p) and not light[1].options.resumes and self._planned(c, light[0], light[1]):
            return True
        return self._before_planned_verb(c, p)

    def _begun(self, c: Clause, p: int) -> bool:
        """'ستجري محادثات مع إيران ... وأن هذه المحادثات بدأت': the sentence says the talks it
        announced have begun."""
        onsets = c.where(self.lx.onset_verbs, clitics=False)      # in text order
        return bool(onsets) and onsets[-1] > p

    def _before_planned_verb(self, c: Clause, p: int) -> bool:
        """Whether the event noun at p is the subject of the future light verb ending its clause
        (no actor after that verb), one that does not take talks up again."""
        q = c.clause_end(p)
        if q >= c.sentence.end or q not in c.cue_positions or c.starting.get(q + 1) is not None:
            return False
        return any(r.kind in ("light", "intransitive_light") and r.analysis.tense == "future" and not r.options.resumes
                   for r in self.frames.at(c.norm(q)))

    # agents -------------------------------------------------------------------------------------
    def _agents(self, state, c: Clause, p: int, cue: Cue, sal: Salience, done: list[Event], end: int) -> list[Mention]:
        """The subject of the verb at p, whose clause ends at `end` (`Clause.clause_end`)."""
        a = cue.analysis
        if a.person == 1:
            speaker = sal.speaker
            if speaker is None:
                return []
            if a.number == "pl":
                side = self._side(state, speaker)
                return [side] if side else []
            return [speaker]
        speech = cue.frame is not None and cue.frame.relation == "STATED"
        if speech and sal.bulletin is not None and c.the_statement(p + 1):
            return [sal.bulletin]            # 'وأوضح البيان', 'قال التقرير': its author
        contact = _contact_before(done, p)
        if contact is not None and self._continues(c, p, a, end):
            relative = self._relative_antecedent(state, c, contact.cue[0], p)
            if relative is not None:
                return [relative]            # 'استقبل X Y، الذي سلمه رسالة، وأكد': Y, the relative clause's
            return contact.agents[:1]        # 'زار X مسقط حيث التقى ...', 'استقبل X Y، وناقش معه': the subject before
        before = roles.subject_before(c, p)
        listed = roles.coordinated_before(c, before) if before is not None else []    # before and the items ending with it
        if before is not None and not roles.clause_initial(c, listed[0]):
            before = None
        if before is not None and a.number in ("du", "pl") and before.kind not in ("joint", "group") \
                and not before.plural and len(listed) < 2:
            before = None                    # 'وام، فقد أعربا الطرفان': a dual verb agrees with what precedes it
        if before is not None and not c.has_conj(p):
            return self._expand(state, c, listed, sal, speech)     # SVO: no subject after to look for
        q = p - 2 if c.key(p - 1) in self.lx.negators and p - 2 >= c.sentence.start else p - 1
        told = self.lx.pronoun_complementizers.get(c.key(q))      # 'إنه (لم) يلتق': the pronoun is the subject
        pronoun_subject = told is not None and told[1] == a.number and (told[0] is None or a.gender in (None, told[0]))
        after = None if pronoun_subject else roles.subject_after(c, p, end)   # 'إنه التقى بوتين': بوتين is the object
        counterpart = after is not None and after.role == COUNTERPART and not after.conj
        if counterpart:
            after = None                     # 'والتقى نظيره التركي': his counterpart is whom he met
        if after is not None:
            subj = roles.coordinated_after(c, after, end)
            return self._expand(state, c, subj, sal, speech)
        if before is not None:
            return self._expand(state, c, listed, sal, speech)
        # dropped subject (a verb before its subject is singular: a dual or plural one has none after it)
        if a.number == "sg" and not counterpart and not pronoun_subject and not roles.no_overt_subject(c, p, end):
            return []
        if a.number in ("du", "pl") and sal.contact:
            if a.gender == "f" and all(self.gender_of(state, m) == "m" and self.type_of(state, m) == "PERSON"
                                       for m in sal.contact):
                return self._states_of(state, sal.contact)   # 'أكدتا' after two men: their two states
            return list(sal.contact)
        gender = a.gender or "m"
        earlier = self._earlier_subject(state, c, p, gender)
        if earlier is not None:
            return [earlier]
        if sal.speaker is not None and self._agrees(state, sal.speaker, gender):
            return [sal.speaker]
        if cue.frame is not None and cue.frame.relation != "STATED":
            last = sal.last_of_gender(gender)
            entry = self.entity_of(state, last.entity) if last is not None and last.entity else None
            if entry is not None and entry.type == "PERSON":
                return [last]
        if gender != "f":
            return []
        woman = sal.last_of_gender("f")
        entry = self.entity_of(state, woman.entity) if woman is not None and woman.entity else None
        if entry is not None and entry.type == "PERSON":
            return [woman]
        later = self._woman_named_next(state, c, p)
        return [later] if later is not None else []

    def _continues(self, c: Clause, p: int, a: Analysis, end: int) -> bool:
        """Whether the verb at p goes on from the clause before: after a clause break ('حيث') or
        joined to it by a comma and و with no subject of its own ('، وناقش معه')."""
        return self.lx.clause_breaks.match(c.state.keys, p - 1, p) is not None \
            or (c.has_conj(p) or a.conj is not None) and c.is_comma(p - 1) and roles.no_overt_subject(c, p, end)

    def _woman_named_next(self, state, c: Clause, p: int) -> Mention | None:
        """'وقالت في مؤتمر صحفي ... وأشارت ليفيت': a feminine speaker named only later."""
        for m in state.mentions:
            if m.start <= p or m.kind not in ("actor", "person") or not m.entity:
                continue
            s = next((x for x in state.sentences if x.start <= m.start < x.end), None)
            if s is None or s.segment != c.sentence.segment:
                return None
            entry = self.entity_of(state, m.entity)
            if entry is not None and entry.type == "PERSON" and (m.gender or entry.gender) == "f":
                return m
        return None

    def _earlier_subject(self, state, c: Clause, p: int, gender: str) -> Mention | None:
        """'إن غروندبرغ اختتم زيارة إلى الرياض حيث التقى ...': a dropped subject later in the
        sentence is the subject of the clause before it."""
        for m in reversed([m for m in c.mentions if m.end <= p]):
            if m.kind not in ("actor", "person") or not m.entities or c.governing_prep(m) is not None:
                continue
            if not roles.clause_initial(c, m):
                continue
            nxt = m.end
            while nxt < p and (c.is_comma(nxt) or c.is_quote(nxt)):
                nxt += 1
            if nxt in c.cue_positions or c.norm(nxt) in self.frames.cues or self._verb_like(c, nxt):
                if self.gender_of(state, m) in (gender, None):
                    return m
        return None

    def _verb_like(self, c: Clause, q: int) -> bool:
        """A word right after a subject that the lexicon does not know: in news prose, a verb."""
        k = c.key(q)
        return bool(k) and k not in self.lx.function_words and k not in self.lx.common_words \
            and c.starting.get(q) is None and k.isalpha()

    def _joint_members(self, state, c: Clause, m: Mention) -> list[Mention]:
        """The persons named right after a dual or plural ('الرئيسان الأمريكي دونالد ترامب والروسي
        فلاديمير بوتين', 'وزيرا خارجية مصر والأردن بدر عبد العاطي وأيمن الصفدي')."""
        q = m.end
        while q < c.sentence.end and q - m.end <= 6:
            x = c.starting.get(q)
            if x is not None and x.kind in ("actor", "person") and x.entities:
                entry = self.entity_of(state, x.entity)
                if entry is not None and entry.type == "PERSON":
                    people = [y for y in roles.coordinated_after(c, x, c.sentence.end)
                              if y.kind != "nisba" and y.entities]
                    # 'والروسي فلاديمير بوتين': a nisba with و before the next name
                    r = people[-1].end
                    while r < c.sentence.end and len(people) < 2:
                        y = c.starting.get(r)
                        if y is not None and y.kind == "nisba" and y.conj:
                            r = y.end
                            continue
                        z = c.starting.get(r)
                        if z is not None and z.kind in ("actor", "person") and z.entities:
                            people.append(z)
                        break
                    return people
                q = x.end
                continue
            if x is not None:
                q = x.end
                continue
            if c.key(q) not in self.lx.domain_words and c.key(q) not in self.lx.titles.words():
                return []
            q += 1
        return []

    def _states_of(self, state, parties: list[Mention]) -> list[Mention]:
        out: dict[str, Mention] = {}
        for m in parties:
            home = self._state_of(state, m)
            if home is not None:
                out.setdefault(home, Mention(m.start, m.end, "actor", home, described=True))
        return list(out.values()) if len(out) == len(parties) else parties

    def _side(self, state, speaker: Mention) -> Mention | None:
        """The state or movement a speaker's 'we' stands for."""
        entry = self.entity_of(state, speaker.entity) if speaker.entity else None
        if entry is None:
            return None
        side = self.actors.state_of(entry.id) or entry.affiliation or entry.country
        if not side:
            return None
        return Mention(speaker.start, speaker.end, "actor", side, implied=True)

    def _expand(self, state, c: Clause, mentions: list[Mention], sal: Salience, speech: bool = False) -> list[Mention]:
        """Joint parties, groups with two nisbas ('مسؤولين سعوديين وإيرانيين'); states that speak
        together ('ورحبت الدول الثلاث') are the states of the parties last told."""
        out = []
        for m in mentions:
            if m.kind == "side":
                side = self._side(state, sal.speaker) if sal.speaker is not None else None
                if side is not None:
                    out.append(side)
                continue
            if m.kind == "joint" and not m.members:
                named = self._joint_members(state, c, m)
                if len(named) >= 2:
                    out.extend(named)       # 'الوزيران لافروف وفيدان'
                    continue
                n = m.count or 2
                if sal.contact and len(sal.contact) >= min(n, 2):
                    parties = sal.contact[:n] if n else sal.contact
                    if speech and " ".join(c.state.keys[m.start:m.end]) in self.lx.joint_states:
                        parties = self._states_of(state, parties)    # 'ورحبت الدول الثلاث'
                    out.extend(parties)
                continue
            if m.kind == "joint":
                out.extend(Mention(m.start, m.end, "actor", e, described=True) for e in m.members)
                continue
            if m.entity:
                out.append(m)
        return out

    # one cue --------------------------------------------------------------------------------------
    def _event(self, state, c: Clause, index: int, p: int, cue: Cue, sal: Salience, done, light):
        """The events of the cue at p. A contact planned, not held, is none (a planned statement
        still is one): asked once its parties are found, as most cues have none, and before the
        salience is changed."""
        frame = cue.frame
        end = c.clause_end(p)
        if frame.relation == "STATED":
            return self._stated(state, c, index, p, cue, sal, done, end)
        if cue.kind == "participle":
            return None
        if frame.agent == "mediators":
            # 'توسطت قطر بين X وY': X and Y negotiated, through the subject (see directness.mediators)
            parties = self._split_joint(roles.between(c, p, end, self.between_words))
            if len(parties) < 2 or self._planned_event(c, p, cue, light):
                return None
            return [self._make(frame, index, p, cue, parties[:1], parties[1:], sal)]
        if frame.attendance or cue.options.attendance:
            found = self._attendance(state, c, index, p, cue, sal, done)
            return None if not found or self._planned_event(c, p, cue, light) else found
        agents: list[Mention] = []
        partners: list[Mention] = []
        if cue.kind == "verb":
            if cue.options.needs_meeting_subject or frame.relation == "NEGOTIATED":
                subj = roles.subject_after(c, p, end) or roles.subject_before(c, p)
                if subj is not None and subj.kind not in ACTOR_KINDS:
                    subj = None
                if subj is None and self._meeting_subject(c, p):
                    agents = list(sal.meeting or sal.contact)
                    if len(agents) >= 2 and not self._planned_event(c, p, cue, light):
                        return [self._make(frame, index, p, cue, agents[:1], agents[1:], sal)]
                    return None
                if cue.options.needs_meeting_subject:
                    return None
            if frame.needs_meeting_noun:
                return None if self._planned_event(c, p, cue, light) else self._gather(state, c, index, p, cue, sal, end)
            agents = self._agents(state, c, p, cue, sal, done, end)
            partners = self._partners(state, c, p, end, cue, agents, sal)
            if not partners and len(agents) >= 2:
                agents, partners = agents[:1], agents[1:]     # 'التقى X وY': they met each other
            if not partners and cue.analysis.number in ("du", "pl") and len(agents) <= 1 and sal.contact:
                agents, partners = sal.contact[:1], sal.contact[1:]
            by = self._passive_agent(c, p, end) if agents and not partners else None
            if by is not None:
                agents, partners = [by], agents      # 'استقبل X في الرياض من قبل Y': Y received X
            if not partners and len(agents) == 1 and "object" in (cue.options.partners or frame.partners):
                shared = self._shared_subject(c, p, cue, agents[0], done)
                if shared:
                    agents, partners = shared, agents    # 'وزار X الدوحة والتقى أمير قطر': X met the emir
        else:
            agents, partners = self._noun_roles(state, c, p, end, cue, sal, light, done)
            if not (agents and partners) and frame.visit:
                agents, partners = self._arrival_visit(c, p)
            if not (agents and partners):
                agents, partners = self._told_parties(state, c, p, cue, sal, done)
        agents = [a for a in agents if a.entities]
        partners = [x for x in partners if x.entities]
        if not agents or not partners:
            return None
        destination = None
        if frame.visit:
            destination = next((m for m in partners if self.is_place(state, m)), None)
            partners = self._visited(state, partners)
            if not partners:
                return None
        if cue.options.mediation and any(e.relation != "STATED" for e in done):
            return None                      # 'بوساطة عمانية' names the mediator of talks already found
        if self._planned_event(c, p, cue, light):
            return None
        event = self._make(frame, index, p, cue, agents, partners, sal)
        event.destination = destination
        if cue.kind == "noun" and _governs(light, p):
            event.light = light[0]
        sal.contact = list({id(m): m for m in agents[:1] + partners}.values())
        if frame.relation == "MET":
            sal.meeting = agents[:1] + partners
        return [event]

    def _arrival_visit(self, c: Clause, p: int) -> tuple[list[Mention], list[Mention]]:
        """'وصل X إلى الدوحة في زيارة رسمية': the visitor is who arrived, the visited where."""
        q = next((q for q in reversed(c.where(self.lx.arrived, clitics=False)) if q < p), None)
        if q is None or any(r in c.cue_positions for r in range(q + 1, p)):
            return [], []
        visitor = roles.subject_after(c, q, p) or roles.subject_before(c, q)
        where = roles.after_preposition(c, q + 1, p, self.lx.destination_prepositions)
        return ([visitor], [where]) if visitor is not None and where is not None else ([], [])

    def _passive_agent(self, c: Clause, p: int, end: int) -> Mention | None:
        """The actor after 'من قبل' in the verb's clause: the agent of a passive verb."""
        for q, (n, _) in c.phrases_at(self.lx.agent_markers):     # in the sentence, found once
            if p < q and q + n <= end:
                m = c.starting.get(q + n)
                return m if m is not None and m.kind in ACTOR_KINDS and m.entities else None
        return None

    def _shared_subject(self, c: Clause, p: int, cue: Cue, after: Mention, done: list[Event]) -> list[Mention]:
        """The subject of the contact verb before, for a verb joined to it by و whose one actor
        after it, read as its subject, would leave it with no object: that actor is the object."""
        if not (c.has_conj(p) or cue.analysis.conj is not None) or after.start < p or c.is_comma(p - 1):
            return []
        before = next((e for e in reversed(done) if e.relation != "STATED" and e.agents and e.cue[0] < p
                       and e.cue_kind == "verb"), None)
        if before is None or after.entity in {e for m in before.agents for e in m.entities}:
            return []
        return before.agents[:1]

    def _make(self, frame, index, p, cue, agents, partners, sal) -> Event:
        return Event(frame.relation, frame.id, index, (p, p + 1), agents, partners, mode=frame.mode,
                     cue_kind=cue.kind, hosted=cue.options.hosts)

    def _visited(self, state, partners: list[Mention]) -> list[Mention]:
        out = []
        for m in partners:
            entry = self.entity_of(state, m.entity) if m.entity else None
            if entry is None:
                continue
            if entry.type in ("GPE", "LOC"):
                state_id = self.actors.state_of(entry.id)
                if state_id:
                    out.append(Mention(m.start, m.end, "actor", state_id))
            elif entry.type in PERSON_TYPES:
                out.append(m)
        return out

    def _meeting_subject(self, c: Clause, p: int) -> bool:
        for q in range(max(c.sentence.start, p - 3), min(c.sentence.end, p + 3)):
            if q != p and c.key(q) in self.lx.meeting_references:
                return True
        return False

    def _partners(self, state, c: Clause, p: int, end: int, cue: Cue, agents, sal) -> list[Mention]:
        frame = cue.frame
        spec = cue.options.partners or frame.partners
        after = max([a.end for a in agents if p < a.start < c.sentence.end] or [p + 1])
        taken = {id(a) for a in agents}
        pronoun = cue.analysis.pronoun
        if pronoun and pronoun[0] == "3" and "object" in spec:
            ante = self._antecedent(state, sal, pronoun, agents)
            if ante:
                return ante
        for role in spec:
            found: list[Mention] = []
            if role == "object" or role == "object_if_actor":
                m = roles.object_after(c, after, end, allow=(self.lx.comitative,) if self.lx.comitative in spec else ())
                if m is not None and m.kind == "role" and not m.entities:
                    m = roles.holder_after(c, m, end) or m      # 'قائد ما يسمى الجيش الوطني، خليفة حفتر'
                if m is not None and id(m) not in taken:
                    found = roles.coordinated_after(c, m, end)
            elif role == "between":
                found = roles.between(c, p, end, self.between_words)
            elif role in ("members", "genitive"):
                continue
            else:
                m = roles.after_preposition(c, p + 1, end, (role,))
                if m is not None and id(m) not in taken:
                    found = roles.coordinated_after(c, m, end)
                if not found:
                    found = self._prep_pronoun(state, c, p + 1, end, role, sal, agents)
            found = [f for f in found if f.kind != "nisba" and id(f) not in taken]
            if found:
                return self._expand(state, c, self._delegation(state, c, found, end), sal)
        return []

    def _relative_antecedent(self, state, c: Clause, start: int, p: int) -> Mention | None:
        """The person a relative pronoun between start and p refers to (the mention right before it)."""
        for q in range(p - 1, start, -1):
            if c.key(q) in self.lx.relative_pronouns:
                r = q - 1
                while r > start and c.is_comma(r):
                    r -= 1
                m = c.covering.get(r)
                return m if m is not None and m.entities and self.type_of(state, m) == "PERSON" else None
        return None

    def _prep_pronoun(self, state, c: Clause, p: int, end: int, prep: str, sal, agents) -> list[Mention]:
        for q in c.where(self.prep_pronoun_words):
            if not p <= q < end:
                continue
            hit = self.lx.prep_pronouns.get(c.key(q)) or self.lx.prep_pronouns.get(c.norm(q))
            if hit[0] == prep:
                return self._person_before(state, c, p, hit[1], agents) or self._antecedent(state, sal, hit[1], agents)
        return []

    def _person_before(self, state, c: Clause, p: int, pronoun: str, agents) -> list[Mention]:
        """'استقبل X Y، وناقش معه': him, the last other person of the sentence before the cue."""
        if pronoun not in ("3ms", "3fs"):
            return []
        own = {e for a in agents for e in a.entities}
        gender = "f" if pronoun == "3fs" else "m"
        for m in reversed([m for m in c.mentions if m.end <= p]):
            if m.entities and not set(m.entities) & own and self.type_of(state, m) == "PERSON" \
                    and self.gender_of(state, m) == gender:
                return [m]
        return []

    def _agent_of_last_contact(self, state, c: Clause, p: int, pronoun: str, done) -> list[Mention]:
        """'المباحثات التي أجراها بومبيو، خصوصاً اجتماعه مع': his, the agent of the contact just
        told in the sentence, when no other person of that gender stands between."""
        if pronoun not in ("3ms", "3fs"):
            return []
        gender = "f" if pronoun == "3fs" else "m"
        last = _contact_before(done, p)
        if last is None:
            return []
        agent = last.agents[0]
        if self.type_of(state, agent) != "PERSON" or self.gender_of(state, agent) != gender:
            return []
        between = [m for m in c.mentions if agent.end <= m.start < p and m.entities
                   and self.type_of(state, m) == "PERSON" and self.gender_of(state, m) == gender]
        return [] if between else [agent]

    def _fronted_owner(self, state, c: Clause, p: int, person: str) -> list[Mention]:
        """'وخلال لقائه X، أكد Y': the pronoun of an event noun in the adverbial that opens the
        sentence is the subject of the verb right after its comma."""
        if person not in ("3ms", "3fs"):
            return []
        subject = self._subject_after_opening(c, p)
        if subject is None or self.type_of(state, subject) != "PERSON" or \
                self.gender_of(state, subject) not in (person[1], None):
            return []
        return [subject]

    def _opening_contact(self, state, c: Clause, p: int, end: int, spec) -> tuple[list, list]:
        """'وخلال المحادثات مع Y، أكد X': a definite event noun in the adverbial that opens the
        sentence, its partner right after it, is the encounter of the subject after its comma."""
        prep = c.key(p + 1)
        partner = c.starting.get(p + 2)
        if prep not in spec or partner is None or partner.kind not in ACTOR_KINDS or not partner.entities:
            return [], []
        subject = self._subject_after_opening(c, p)
        if subject is None or not subject.entities or set(subject.entities) & set(partner.entities):
            return [], []
        return [subject], self._delegation(state, c, roles.coordinated_after(c, partner, end), end)

    def _subject_after_opening(self, c: Clause, p: int) -> Mention | None:
        """The subject of the verb right after the comma of the adverbial that opens the sentence
        with the event noun at p ('وخلال لقائه X، أكد Y'), or None."""
        if p - c.sentence.start > 2 or c.key(p - 1) not in self.lx.meeting_context:
            return None
        comma = c.opening_comma()
        verb = next((q for q in sorted(c.cue_positions) if comma is not None and q > comma > p), None)
        if verb is None or verb - comma > 2:
            return None
        return roles.subject_after(c, verb, c.clause_end(verb))

    def _told_before_in(self, state, c: Clause, p: int, person: str) -> list[Mention]:
        """'وصل X إلى بغداد، وكان في استقباله Y': the person named last before p in the sentence
        whom a singular pronoun agrees with."""
        if person not in ("3ms", "3fs"):
            return []
        gender = person[1]
        for m in reversed([m for m in c.mentions if m.end <= p and m.entities]):
            if self.type_of(state, m) == "PERSON" and self.gender_of(state, m) in (gender, None):
                return [m]
        return []

    def _antecedent(self, state, sal: Salience, person: str, agents) -> list[Mention]:
        own = {e for a in agents for e in a.entities}
        if person in ("3d", "3mp", "3fp"):
            others = [m for m in sal.contact if not set(m.entities) & own]
            if len(others) >= 2 or (others and person != "3d"):
                return others
        gender = "f" if person.startswith("3f") else "m"
        for m in reversed(sal.recent):
            if set(m.entities) & own or self.type_of(state, m) == "LOC" or self.is_city(state, m):
                continue
            if self.gender_of(state, m) in (gender, None):
                return [m]
        return []

    def _delegation(self, state, c: Clause, found: list[Mention], end: int) -> list[Mention]:
        """'وفد الاتحاد الإفريقي برئاسة X وعضوية كل من Y، Z': the group, its head and its members."""
        last = found[-1]
        q = last.end
        while q < end and (c.is_comma(q) or c.is_quote(q)):
            q += 1
        if q < end and c.is_(q, self.lx.delegation_head):
            head = c.starting.get(q + 1)
            if head is not None and head.kind in ACTOR_KINDS:
                found = found + roles.coordinated_after(c, head, end)
                r = found[-1].end
                while r < c.sentence.end and (c.is_comma(r) or c.is_(r, self.lx.delegation_members)
                                              or self.lx.each_of.match(c.state.keys, r, c.sentence.end)):
                    hit = self.lx.each_of.match(c.state.keys, r, c.sentence.end)
                    r += hit[0] if hit else 1
                    m = c.starting.get(r)
                    if m is not None and m.kind in ACTOR_KINDS:
                        found = found + roles.coordinated_after(c, m, c.sentence.end)
                        break
        out: list[Mention] = []
        for f in found:
            if f.kind != "nisba":
                out.append(f)
            elif f.conj and out and out[-1].kind == "group" and f.entity:
                # 'مسؤولين أميركيين ومصريين وقطريين': each nisba after the group is a side of its own
                out.append(Mention(f.start, f.end, "group", f.entity, plural=True, country=f.entity))
        return out

    def _noun_roles(self, state, c: Clause, p: int, end: int, cue: Cue, sal, light, done):
        """Agents and partners of an event noun: after a light verb, with a possessive, a
        genitive, 'بين X وY', 'مع X', or its members after ضم/جمع."""
        a = cue.analysis
        frame = cue.frame
        spec = cue.options.partners or frame.partners      # 'مؤتمر صحفي' has its partner after مع only
        agents: list[Mention] = []
        partners: list[Mention] = []
        if cue.options.reception and a.pronoun and c.key(p - 1) in self.lx.reception_by:
            host = roles.object_after(c, p + 1, c.sentence.end)
            if host is not None:
                agents = roles.coordinated_after(c, host, c.sentence.end)
                partners = self._told_before_in(state, c, p, a.pronoun) or self._antecedent(state, sal, a.pronoun, agents)
            return agents, partners
        if cue.options.in_meeting:
            parties = self._governing_contact(c, p, done) or (sal.meeting if self._meeting_near(c, p) else [])
            return parties[:1], parties[1:]
        pairs = self._split_joint(roles.between(c, p, end, self.between_words)) if "between" in spec else []
        if a.definite and not a.pronoun and c.key(p - 1) in self.lx.meeting_context and not pairs \
                and not (_governs(light, p) and light[1].options.leads):
            # 'خلال اللقاء': the meeting already told, no new one ('في المفاوضات بين X وY' names its
            # own), unless the sentence opens with it and its partner: 'وخلال المحادثات مع Y، أكد X'
            return self._opening_contact(state, c, p, end, spec)
        if _governs(light, p):
            lp, lcue, lagents = light
            agents = lagents
            preps = (lcue.options.partner,) if lcue.options.partner else ()
            for role in preps + tuple(spec):
                if role in ("between", "members", "genitive", "object", "object_if_actor"):
                    continue
                m = roles.after_preposition(c, p + 1, end, (role,))
                if m is not None:
                    partners = self._delegation(state, c, roles.coordinated_after(c, m, end), end)
                    break
                found = self._prep_pronoun(state, c, p + 1, end, role, sal, agents)
                if found:
                    partners = found
                    break
            if not partners and pairs:
                partners = pairs
            if not partners and len(agents) >= 2:
                agents, partners = agents[:1], agents[1:]     # 'أجرى X ونظيره Y محادثات'

            if lcue.kind == "intransitive_light" or not agents:
                if pairs:
                    return pairs[:1], pairs[1:]
                members = self._members(c, p, end)
                if len(members) >= 2:
                    return members[:1], members[1:]
            return agents, partners
        if pairs:
            return pairs[:1], pairs[1:]
        nisbas = self._nisba_pair(c, p)
        if len(nisbas) >= 2:
            return nisbas[:1], nisbas[1:]
        if cue.options.with_light:
            return [], []
        speech = next((e for e in reversed(done) if e.relation == "STATED" and e.content and not e.relay
                       and e.content[0] <= p <= e.content[0] + 3), None) if done else None
        if speech is None and not a.pronoun and not c.starting.get(p + 1) \
                and (c.key(p - 1) in self.lx.meeting_context or c.key(p - 1) in self.lx.place_prepositions):
            framing = next((e for e in reversed(done) if e.relation == "STATED" and e.content and not e.relay
                            and e.cue[0] < p < e.content[0]), None)
            if framing is not None:
                speech, end = framing, framing.content[0]   # 'وقال X في مؤتمر صحفي مع Y إن': his own encounter
        if speech is not None and not (a.pronoun or c.starting.get(p + 1)):
            # 'نفت حماس وجود أي مفاوضات مع ...': the talks are the speaker's own
            for role in spec:
                if role in ("between", "members", "object", "object_if_actor", "genitive"):
                    continue
                m = roles.after_preposition(c, p + 1, end, (role,))
                if m is not None:
                    return list(speech.agents), roles.coordinated_after(c, m, end)
        if a.pronoun and a.pronoun[0] == "3":
            owner = self._fronted_owner(state, c, p, a.pronoun) or \
                self._agent_of_last_contact(state, c, p, a.pronoun, done) or \
                self._antecedent(state, sal, a.pronoun, [])
            if not owner and sal.speaker:
                owner = [sal.speaker]
            agents = owner[:1]
        else:
            r = p + 1
            while r < end and c.key(r) in self.noun_modifiers:
                r += 1                       # 'اتصالات مباشرة لوزير الخارجية'
            gen = c.starting.get(r)
            if gen is not None and gen.kind in ACTOR_KINDS and c.governing_prep(gen) in (None, self.lx.genitive_li) \
                    and (r == p + 1 or c.governing_prep(gen) == self.lx.genitive_li) \
                    and not self.is_place(state, gen):          # 'اجتماع الدوحة' is where, not who
                agents = [gen]
            elif gen is not None and gen.kind == "nisba" and r == p + 1 and c.starting.get(gen.end) is None:
                agents = [Mention(gen.start, gen.end, "actor", gen.entity)]   # 'الاجتماعات الأميركية مع حماس'
        if agents:
            q = agents[0].end if p < agents[0].start < end else p + 1     # not the owner after a fronted noun's comma
            for role in spec:
                if role in ("between", "members", "object", "object_if_actor"):
                    continue
                if role == "genitive":
                    m = roles.object_after(c, q, end)
                    if m is not None and m is not agents[0] and m.kind in ACTOR_KINDS:
                        partners = roles.coordinated_after(c, m, end)
                        break
                    continue
                m = roles.after_preposition(c, q, end, (role,))
                if m is not None:
                    partners = roles.coordinated_after(c, m, end)
                    break
            if not partners and agents[0].start > p:
                rest = roles.coordinated_after(c, agents[0], end)
                if len(rest) >= 2:
                    agents, partners = rest[:1], rest[1:]
        return agents, partners

    @staticmethod
    def _split_joint(mentions: list[Mention]) -> list[Mention]:
        """'بين الوفدين الروسي والأوكراني': a joint mention is one party per member."""
        out = []
        for m in mentions:
            if m.kind == "joint" and len(m.members) >= 2:
                out.extend(Mention(m.start, m.end, "actor", e, described=True) for e in m.members)
            else:
                out.append(m)
        return out

    def _nisba_pair(self, c: Clause, p: int) -> list[Mention]:
        out = []
        q = p + 1
        while q < c.sentence.end and c.key(q) in self.noun_modifiers:
            q += 1
        while q < c.sentence.end:
            m = c.starting.get(q)
            if m is None or m.kind != "nisba" and not self._state_as_nisba(c, m):
                break
            out.append(Mention(m.start, m.end, "actor", m.entity))
            q = m.end
            while q < c.sentence.end and c.key(q) in ("-", "\u2013", "/"):
                q += 1
        return out

    def _told_parties(self, state, c: Clause, p: int, cue: Cue, sal: Salience, done) -> tuple[list, list]:
        """The parties of an event noun that names none: the heads of a chaired meeting, talks told
        before and now called the meeting, or the meeting these talks were held in."""
        if cue.frame.relation == "MET":
            heads = self._chaired(state, c, p)
            if len(heads) >= 2:
                return heads, heads          # every head met every other (the builder pairs them once)
            if self._talks_called_a_meeting(c, p, cue, sal):
                return sal.contact[:1], sal.contact[1:]
        purpose = self._purpose_of(c, p, cue, done)
        return (purpose.agents, purpose.partners) if purpose is not None else ([], [])

    def _purpose_of(self, c: Clause, p: int, cue: Cue, done) -> Event | None:
        """'استقبل X Y لإجراء مباحثات': talks that a meeting of the sentence was held for."""
        if cue.analysis.definite or not c.prefix(p - 1).endswith(self.lx.genitive_li):
            return None
        return next((e for e in reversed(done) if e.relation == "MET" and e.agents and e.partners
                     and e.cue[0] < p), None)

    def _talks_called_a_meeting(self, c: Clause, p: int, cue: Cue, sal: Salience) -> bool:
        """'أجرى لافروف ونظيره محادثات ... وأفاد بيان أن اللقاء يأتي': talks told before, called
        the meeting (not 'خلال اللقاء', which only places what follows in it)."""
        a = cue.analysis
        own = c.starting.get(p + 1)
        return a.definite and not a.pronoun and c.key(p - 1) not in self.lx.meeting_context \
            and (own is None or own.kind not in ACTOR_KINDS and own.kind != "nisba") \
            and len(sal.contact) >= 2 and sal.meeting != sal.contact

    def _chaired(self, state, c: Clause, p: int) -> list[Mention]:
        """'عقد الاجتماع برئاسة X، ومشاركة الوفد السعودي برئاسة Y، والوفد الصيني برئاسة Z': the
        persons who head the meeting and its delegations."""
        heads = []
        for q in c.where(self.lx.delegation_head):
            m = c.starting.get(q + 1)
            if q <= p or m is None or m.kind not in ("actor", "person") or not m.entities \
                    or self.type_of(state, m) != "PERSON":
                continue
            delegation = c.covering.get(q - 1)
            if delegation is not None and delegation.kind == "group":
                heads.append(replace(m, country=m.country or delegation.entity))   # 'الوفد السعودي برئاسة'
            elif not heads and q <= c.clause_end(p):
                heads.append(m)              # the chair, in the meeting's own clause
        return heads

    def _state_as_nisba(self, c: Clause, m: Mention) -> bool:
        """'المحادثات السعودية الإيرانية': a one-word state name before a nisba is its adjective."""
        nxt = c.starting.get(m.end)
        return m.kind == "actor" and m.end == m.start + 1 and m.entity is not None \
            and self.actors.state_of(m.entity) == m.entity and nxt is not None and nxt.kind == "nisba"

    def _members(self, c: Clause, p: int, end: int) -> list[Mention]:
        q = p + 1
        while q < c.sentence.end:
            if any(r.frame is not None and r.frame.needs_meeting_noun for r in self.frames.at(c.state.norms[q])):
                m = roles.object_after(c, q + 1, c.sentence.end, allow=(self.lx.comitative,))
                if m is None:
                    return []
                items = roles.coordinated_after(c, m, c.sentence.end)
                if len(items) == 1:
                    other = roles.after_preposition(c, m.end, c.sentence.end, (self.lx.comitative,))
                    if other is not None:
                        items.append(other)
                return [x for x in items if x.kind != "nisba"]
            q += 1
        return []

    def _gather(self, state, c: Clause, index, p, cue, sal, end):
        """'اجتماع ضم X وY', 'جمع لقاء X وY', 'لقاء جمع X بـY': every pair of members met."""
        if not self._meeting_near(c, p):
            return None
        m = roles.object_after(c, p + 1, c.sentence.end, allow=(self.lx.comitative,))
        if m is None:
            return None
        items = [x for x in roles.coordinated_after(c, m, c.sentence.end) if x.kind != "nisba"]
        if len(items) == 1:
            other = roles.after_preposition(c, m.end, c.sentence.end, (self.lx.comitative,))
            if other is not None:
                items.append(other)
        items = [x for x in items if x.entities]
        if len(items) < 2:
            return None
        out = []
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                out.append(self._make(cue.frame, index, p, cue, [a], [b], sal))
        sal.contact = sal.meeting = items
        return out

    def _meeting_near(self, c: Clause, p: int) -> bool:
        return any(c.key(q) in self.lx.meeting_references or self.frames_meeting(c, q)
                   for q in range(max(c.sentence.start, p - 3), min(c.sentence.end, p + 3)) if q != p)

    def frames_meeting(self, c: Clause, q: int) -> bool:
        return any(r.kind == "noun" and r.frame is not None and r.frame.relation == "MET"
                   for r in self.frames.at(c.state.norms[q]))

    def _governing_contact(self, c: Clause, p: int, done: list[Event]) -> list[Mention]:
        for e in reversed(done):
            if e.relation in ("MET", "NEGOTIATED") and e.cue[0] < p:
                return e.agents[:1] + e.partners
        return []

    def _attendance(self, state, c: Clause, index: int, p: int, cue: Cue, sal, done) -> list[Event] | None:
        """'بحضور X وY', 'وحضر اللقاء X': each attendee met the other side's principal."""
        host_event = next((e for e in reversed(done) if e.relation == "MET" and e.cue[0] < p), None)
        told = self._attended_meeting(state, c, p, sal, done) if cue.kind == "verb" else None
        if told is not None:
            host, visitors, first = told
        elif host_event is not None:
            host, visitors = host_event.agents[:1], host_event.partners
        elif cue.kind == "verb" and (others := self._alongside(c, p)):
            subject = self._agents(state, c, p, cue, sal, done, c.clause_end(p))
            return [Event("MET", cue.frame.id, index, (p, p + 1), subject[:1], others, cue_kind=cue.kind,
                          confidence=0.7)] if subject else None
        elif sal.meeting:
            host, visitors = sal.meeting[:1], sal.meeting[1:]
        else:
            return None
        if told is None and cue.kind == "verb":
            first = roles.subject_after(c, p, c.sentence.end) or roles.object_after(c, p + 1, c.sentence.end)
        elif told is None:
            first = roles.object_after(c, p + 1, c.sentence.end)
        if first is not None and first.kind == "role" and not first.entities:
            first = roles.holder_after(c, first, c.sentence.end) or first
        if first is None or not host or not visitors:
            return None
        attendees = [m for m in roles.coordinated_after(c, first, c.sentence.end)
                     if m.entities and m.kind != "nisba"]
        principals = {e for m in host + visitors for e in m.entities}
        out = []
        host_state = self._state_of(state, host[0])
        for m in attendees:
            if set(m.entities) & principals:
                continue
            head = c.starting.get(m.end + 1) if c.is_(m.end, self.lx.delegation_head) else None
            if head is not None and set(head.entities) & principals:
                continue                     # 'الوفد السعودي برئاسة Y': Y stands for it
            side = self._state_of(state, m)
            other = visitors[:1] if (side is None or side == host_state) else host
            if side is not None and side != host_state and any(self._state_of(state, v) == side for v in visitors):
                other = host
            out.append(Event("MET", cue.frame.id, index, (p, p + 1), [m], list(other), cue_kind=cue.kind,
                             confidence=0.7))
        return out or None

    def _attended_meeting(self, state, c: Clause, p: int, sal, done):
        """'وحضر لقاء الشرع مع المبعوث، وفق سانا، X، وY': the meeting named after the verb gives the
        principals; the first actor after it (an outlet cited on the way stepped over) the attendees."""
        noun = next((r for r in self.frames.at(c.norm(p + 1)) if r.kind == "noun" and r.frame is not None
                     and r.frame.relation == "MET"), None)
        if noun is None:
            return None
        end = c.sentence.end
        host, visitors = self._noun_roles(state, c, p + 1, end, noun, sal, None, done)
        host, visitors = [m for m in host if m.entities], [m for m in visitors if m.entities]
        if not host or not visitors:
            return None
        q = max(m.end for m in host + visitors)
        for m in c.mentions:
            if m.start >= q and m.kind in ACTOR_KINDS and m.entities and c.governing_prep(m) is None \
                    and self.type_of(state, m) != "MEDIA":
                return host[:1], visitors, m
        return None

    def _alongside(self, c: Clause, p: int) -> list[Mention]:
        """'إلى جانب X': who took part together with the subject."""
        for q in range(p + 1, c.sentence.end):
            hit = self.lx.alongside.match(c.state.keys, q, c.sentence.end)
            if hit:
                m = c.starting.get(q + hit[0])
                if m is not None and m.kind in ACTOR_KINDS:
                    return [x for x in roles.coordinated_after(c, m, c.sentence.end) if x.entities]
        return []

    def _state_of(self, state, m: Mention) -> str | None:
        if m.country:
            return self.actors.state_of(m.country) or m.country
        if m.entity:
            entry = self.entity_of(state, m.entity)
            if entry is not None:
                return self.actors.state_of(entry.id) or entry.country
        return None

    # statements -----------------------------------------------------------------------------------
    def _stated(self, state, c: Clause, index, p, cue: Cue, sal, done, end) -> list[Event] | None:
        if cue.kind == "participle":
            a = cue.analysis
            if c.key(p - 1) in self.lx.aux_verbs or a.definite or \
                    a.gender == "m" and a.number == "sg" and not c.norm(p).endswith(self.lx.accusative_alef):
                return None                  # 'كانت مفيدة', 'وسائل الإعلام': no circumstantial 'مؤكدا'
            if any(e.relation == "STATED" and e.content and e.cue[0] < p < e.content[0] for e in done):
                return None                  # 'وتابع X قائلا إن': the manner of the speech act told, no other
            gender = a.gender or "m"
            speaker = next((e.agents for e in done if e.relation == "STATED"), None) \
                or self._subject_told_before(state, c, p, gender) \
                or ([sal.speaker] if sal.speaker is not None and self._agrees(state, sal.speaker, gender) else [])
            if not speaker:
                return None
            return [Event("STATED", cue.frame.id, index, (p, p + 1), list(speaker),
                          content=(p + 1, c.sentence.end), cue_kind="participle", confidence=0.7)]
        if cue.kind == "noun":
            return None
        relay = self._relay_after(c, index, p, cue, done, end)
        if relay is not None:
            return relay
        if c.key(p - 1) in self.lx.relative_pronouns or self._back_reference(c, p):
            return None
        if p in c.quoted and cue.analysis.person != 1 and roles.subject_after(c, p, end) is None \
                and roles.subject_before(c, p) is None:
            return None                      # in a quotation, a speech verb needs its own subject ('"بومبيو أكد أن')
        embedded = bool(done) and any(e.relation == "STATED" and e.content and e.content[0] <= p < e.content[1]
                                      for e in done)
        if embedded and cue.analysis.tense != "perfect":
            return None
        heard = self._agents(state, c, p, cue, sal, done, end)
        agents = self._statement_speakers(state, c, heard, sal)
        if not agents:
            groups = [a for a in heard if a.kind == "group" and a.entities]
            if not groups:
                return None
            # 'نفى مسؤول إسرائيلي عقد أي لقاء': no statement of its own, but its content is the side's
            start = max([g.end for g in groups if g.start > p] or [p + 1])
            return [Event("STATED", cue.frame.id, index, (p, p + 1), groups, content=(start, c.sentence.end),
                          denial=cue.options.denial, cue_kind=cue.kind, reported=False)]
        content_start = self._content_start(c, max([a.end for a in agents if p < a.start < c.sentence.end] or [p + 1]))
        source = None
        if cue.frame.source_markers:
            after_agents = max([a.end for a in agents if p < a.start < c.sentence.end] or [p + 1])
            src = roles.after_preposition(c, after_agents, c.sentence.end, self.lx.source_prepositions)
            if src is not None and src.kind in ("actor", "person", "role") and src.entities:
                source, agents = agents[0], [src]
                content_start = src.end
        speaker = agents[0]
        relayed = source
        if source is None and speaker is sal.speaker and speaker.entity in sal.relayed_by:
            relayed = sal.relayed_by[speaker.entity]    # 'نقلت وكالة X عن Y قوله ... وأضاف': still through X
        elif source is None:
            sal.relayed_by.pop(speaker.entity, None)     # named again with no outlet: his own words
        if not speaker.implied and not embedded:
            sal.speaker = speaker
            sal.note(speaker)
            if self.type_of(state, speaker) in ("ORG", "MEDIA") and any(
                    c.key(q) in self.lx.statement_nouns or c.the_statement(q) for q in range(p + 1, content_start)):
                sal.bulletin = speaker       # 'ذكر بيان لمجلس الوزراء', 'ادعى تقرير أكسيوس'
            if source is not None and source.entities:
                sal.relayed_by[speaker.entity] = source
        if self._asked(c) and c.norm(content_start) != ":" and c.norm(content_start) not in self.lx.quote_open:
            return []                        # the speaker is still the one who answers next
        content = (content_start, c.sentence.end)
        out = [Event("STATED", cue.frame.id, index, (p, p + 1), agents, content=content,
                     denial=cue.options.denial, source=relayed, cue_kind=cue.kind)]
        if source is not None and source.entities:
            out.append(Event("STATED", cue.frame.id, index, (p, p + 1), [source], content=content,
                             cue_kind=cue.kind, confidence=0.6, relay=True))
        return out

    def _content_start(self, c: Clause, q: int) -> int:
        """Where a statement starts: at the complementizer, colon or quotation after the speaker
        ('في مؤتمر صحفي ببيروت، إن ...'), else after what the speaker's commas set off ('وشدد X،
        في مؤتمر صحفي مع نظيره، على ...'), else right after the speaker."""
        keys, norms = c.state.keys, c.state.norms      # q is after the cue: r stays in the sentence
        complementizers, opening = self.lx.complementizers, self.lx.quote_open
        covering, cues = c.covering, c.cue_positions
        for r in range(q, min(c.sentence.end, q + 30)):
            if r in covering:
                continue                     # 'رئيس المنظمة ” محمد إسلامي”': quotes around a name
            if keys[r] in complementizers or norms[r] == ":" or norms[r] in opening:
                return r
            if r in cues:
                break
        if q < c.sentence.end and c.is_comma(q):
            closing = next((r for r in range(q + 1, min(c.sentence.end - 1, q + PARENTHETICAL_REACH))
                            if c.is_comma(r)), None)
            if closing is not None:
                return closing + 1
        return q

    def _back_reference(self, c: Clause, p: int) -> bool:
        """'لما ذكره', 'بحسب ما كشفته': a verb that points at a statement is no speech act."""
        prev = c.key(p - 1)
        return prev in self.lx.back_reference

    def _asked(self, c: Clause) -> bool:
        """'نقلت الوكالة قوله في رد على سؤال إن كانت ... ؟': a question the text asks is no claim
        (a question inside a quotation still is what its speaker said)."""
        last = c.sentence.end - 1
        while last > c.sentence.start and not c.norm(last).strip():
            last -= 1
        return c.norm(last) in self.lx.question_marks and last not in c.quoted

    def _attribution_before(self, c: Clause, p: int) -> int | None:
        """Where 'وفق ما', 'حسب ما' starts when it ends right before p."""
        return next((q for q, _ in c.phrases_at(self.lx.attribution)
                     if p - 3 <= q < p and (hit := self.lx.attribution.match(c.state.keys, q, p)) and q + hit[0] == p),
                    None)

    def _relay_after(self, c: Clause, index: int, p: int, cue: Cue, done, end) -> list[Event] | None:
        """'... وفق ما ذكرت قناة الجزيرة': the outlet relays what the sentence told before it (or,
        opening the sentence, what follows it)."""
        q = self._attribution_before(c, p)
        if q is None:
            return None
        outlet = roles.subject_after(c, p, end)
        if outlet is None or outlet.kind not in ("actor", "person") or not outlet.entities:
            return []
        covering = [e for e in done if e.relation == "STATED" and e.content and e.content[0] < q <= e.content[1]]
        for e in covering:
            e.content = (e.content[0], q)    # the words end where the relay starts
        told = min((e.content[0] for e in covering), default=c.sentence.start)
        after = outlet.end
        while after < c.sentence.end:            # past its other name: '، “وام”،'
            again = c.starting.get(after)
            if again is not None and again.entity == outlet.entity:
                after = again.end
            elif c.is_comma(after) or c.is_quote(after):
                after += 1
            else:
                break
        content = (told, q) if q > told else (self._content_start(c, after), c.sentence.end)
        return [Event("STATED", cue.frame.id, index, (p, p + 1), [outlet], content=content, cue_kind=cue.kind,
                      confidence=0.6, relay=True)]

    def _statement_speakers(self, state, c: Clause, agents: list[Mention], sal) -> list[Mention]:
        """Named speakers only: an unnamed official or a group of them ('مسؤول في حماس') is no speaker."""
        out = []
        for a in agents:
            if a.kind in ("unnamed", "group") or not a.entities:
                continue
            out.append(a)
        return out


def _contact_before(done: list[Event], p: int) -> Event | None:
    """The last contact of the sentence with agents whose cue is before p (a loop: asked for
    nearly every cue, of a list that is mostly empty)."""
    for e in reversed(done):
        if e.relation != "STATED" and e.agents and e.cue[0] < p:
            return e
    return None


def _governs(light: tuple | None, p: int) -> bool:
    """Whether the last light verb ('أجرى', 'عقد') is the one of the event noun at p."""
    return light is not None and light[0] < p and p - light[0] <= LIGHT_REACH
