"""What one document's pass builds up: the per-document state the components share.

It is made per call and kept in `doc.user_data`, never on a component, so one pipeline can run
on many documents at once. Positions (`pos`) count the document's non-space tokens; `tokens[pos]`
is the spaCy token index, so spans and character offsets come from the Doc itself.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from graphbuild.actors import ActorEntry

STATE_KEY = "graphbuild"


@dataclass(slots=True)
class Sentence:
    start: int                  # positions [start, end)
    end: int
    segment: str                # body | teaser1 | teaser2 ...
    published: date | None      # the date relative days resolve against (none in a teaser)


@dataclass(slots=True)
class Mention:
    start: int                  # positions [start, end)
    end: int
    kind: str                   # actor | person | role | group | desc | joint | unnamed | nisba | pronoun
    entity: str | None = None   # actor id once known
    role: str | None = None
    gender: str | None = None
    plural: bool = False
    country: str | None = None  # the state or body a role or group belongs to
    head: int | None = None     # where the name (or the group's noun) starts, inside the mention
    tail: int | None = None     # where the name ends, when a description follows it ('X، وزير الخارجية')
    count: int = 0              # joint mentions: how many parties ('الجانبان' 2)
    members: tuple[str, ...] = ()   # joint mentions once resolved: the parties
    conj: bool = False          # starts with the conjunction و: a coordinated item
    implied: bool = False       # named by no word of its own (a speaker's 'we', 'بلاده')
    types: tuple[str, ...] = () # descriptions: the actor types they may stand for
    located: str | None = None  # a city a title places its holder in ('المبعوث الأمريكي في الدوحة')
    described: bool = False     # a role or description standing for its actor: no spelling of its name

    @property
    def entities(self) -> tuple[str, ...]:
        if self.members:
            return self.members
        return (self.entity,) if self.entity else ()


@dataclass
class DocState:
    published: date | None
    source: str = ""                                    # the text as read (doc.text, computed once)
    tokens: list[int] = field(default_factory=list)    # position -> token index
    starts: list[int] = field(default_factory=list)    # position -> its first character (token.idx)
    ends: list[int] = field(default_factory=list)      # position -> the character after it
    norms: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)      # without proclitics where the lexicon knows the rest
    text_ends: list[str] = field(default_factory=list)  # each word's last letter as written (ة is lost in keys)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    local: dict[str, ActorEntry] = field(default_factory=dict)   # persons found in this text only
    # entity id -> (type, place, city, venue), worked out once a document (EventFinder.kinds)
    kinds: dict[str | None, tuple] = field(default_factory=dict)

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]

    def span(self, doc: Doc, start: int, end: int, label: str = "", kb_id: str = "") -> Span:
        return Span(doc, self.tokens[start], self.tokens[end - 1] + 1, label=label, kb_id=kb_id)

    def text(self, start: int, end: int) -> str:
        a, b = self.char_span(start, end)
        return self.source[a:b]


def sentence_finder(sentences: list[Sentence]) -> Callable[[int], int | None]:
    """position -> the index of the sentence holding it, or None: the sentences are in text order
    and disjoint, so a bisection over their starts finds it."""
    firsts = [s.start for s in sentences]

    def sentence_of(p: int) -> int | None:
        i = bisect_right(firsts, p) - 1
        return i if i >= 0 and p < sentences[i].end else None
    return sentence_of


def state_of(doc: Doc) -> DocState:
    return doc.user_data[STATE_KEY]
