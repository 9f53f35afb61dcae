"""The extraction pipeline: spaCy's blank Arabic with graphbuild's tokenizer and components.

    tokenizer              NewsTokenizer: glued punctuation split; white space kept as tokens
    graphbuild_keys        per-document state; token.lemma_ = the word without its proclitics
    graphbuild_sentences   body / teaser / furniture, and sentence boundaries (doc.spans["sentences"])
    graphbuild_mentions    actors, titled persons, roles, groups, descriptions (doc.spans["mentions"])
    graphbuild_coref       roles and descriptions linked to their actors
    graphbuild_events      the frame engine: events with their roles, and each sentence's Clause
Triples and their attributes are read from the events by graphbuild.extraction.triples, through
the same clauses.
"""
from __future__ import annotations

from datetime import date
from functools import cache

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from graphbuild import actors as actors_mod
from graphbuild import lexicon as lexicon_mod
from graphbuild.extraction import frames as frames_mod
from graphbuild.extraction.clitics import CliticSplitter
from graphbuild.extraction.coref import Resolver
from graphbuild.extraction.events import EventFinder
from graphbuild.extraction.mentions import MentionFinder
from graphbuild.extraction.segments import split_sentences
from graphbuild.extraction.state import STATE_KEY, DocState, state_of
from graphbuild.extraction.tokenizer import TEXT_KEY, NewsTokenizer
from graphbuild.extraction.triples import TripleBuilder
from graphbuild.model import Article, Triple
from graphbuild.normalize import BoundedMemo

EVENTS_KEY = "graphbuild_events"
CLAUSES_KEY = "graphbuild_clauses"


class KnownWords:
    """The words the clitic splitter keeps whole: the grammar's and the dictionary's, and every
    nisba form and given name."""

    def __init__(self, words: set[str], actors):
        self.words = words
        self.actors = actors

    def __contains__(self, key: str) -> bool:
        return key in self.words or self.actors.nisba(key) is not None or self.actors.given_name(key) is not None


def _resources():
    lx = lexicon_mod.load()
    actors = actors_mod.load()
    frames = frames_mod.load()
    return lx, actors, frames


def entity_of(state: DocState, entity_id: str | None):
    if not entity_id:
        return None
    return state.local.get(entity_id) or actors_mod.load().get(entity_id)


@cache
def clitic_splitter() -> CliticSplitter:
    """One splitter for the text's words and the dictionary's patterns, so both meet."""
    lx, actors, _ = _resources()
    aliases = [tokens for tokens, _ in actors.alias_keys()]
    whole = {t[0] for t in aliases if len(t) == 1}
    inner = {w for t in aliases if len(t) > 1 for w in t} - whole
    return CliticSplitter(KnownWords(lx.vocabulary() | whole, actors), inner, lx.article, frozenset(whole))


@Language.factory("graphbuild_keys")
def make_keys(nlp, name):
    splitter = clitic_splitter()
    strings = nlp.vocab.strings

    def word(orth: int) -> tuple[str, str, int, str]:
        """What a word's text gives every token of it: its norm, key and key's id, and its last
        letter (the tokenizer gave its lexeme the norm)."""
        text = strings[orth]
        norm = nlp.vocab[orth].norm_
        key = splitter.key(norm)
        return norm, key, strings.add(key), text[-1]

    # most words of a text were seen in an earlier one
    word_of = BoundedMemo(word, 200_000)

    def component(doc: Doc) -> Doc:
        text = doc.user_data.get(TEXT_KEY)
        state = DocState(published=doc.user_data.get("published"), source=doc.text if text is None else text)
        # the token attributes as arrays: a Token object per word costs more than its key
        columns = doc.to_array([IS_SPACE, ORTH, IDX, LENGTH])
        words = numpy.flatnonzero(columns[:, 0] == 0)
        state.tokens = words.tolist()
        if state.tokens:
            _, orths, starts, lengths = columns[words].T
            state.norms, state.keys, ids, state.text_ends = map(
                list, zip(*map(word_of.__getitem__, orths.tolist())))
            state.starts, state.ends = starts.tolist(), (starts + lengths).tolist()
            # white space keeps no lemma (0)
            lemmas = numpy.zeros(len(doc), dtype=numpy.uint64)
            lemmas[words] = ids
            doc.from_array([LEMMA], lemmas)
        doc.user_data[STATE_KEY] = state
        return doc
    return component


@Language.factory("graphbuild_sentences")
def make_sentences(nlp, name):
    lx = lexicon_mod.load()

    def component(doc: Doc) -> Doc:
        state = state_of(doc)
        split_sentences(doc, state, lx)
        doc.spans["sentences"] = [state.span(doc, s.start, s.end, s.segment) for s in state.sentences]
        return doc
    return component


@Language.factory("graphbuild_mentions")
def make_mentions(nlp, name):
    lx, actors, frames = _resources()
    finder = MentionFinder(nlp.vocab, lx, actors, frames.forms(), clitic_splitter().key)

    def component(doc: Doc) -> Doc:
        finder.find(doc, state_of(doc))
        return doc
    return component


@Language.factory("graphbuild_coref")
def make_coref(nlp, name):
    lx = lexicon_mod.load()
    resolver = Resolver(actors_mod.load(), entity_of, lx.minor_roles, lx.role_includes)

    def component(doc: Doc) -> Doc:
        resolver.resolve(state_of(doc))
        return doc
    return component


@Language.factory("graphbuild_events")
def make_events(nlp, name):
    lx, actors, frames = _resources()
    finder = EventFinder(lx, actors, frames, entity_of)

    def component(doc: Doc) -> Doc:
        doc.user_data[EVENTS_KEY], doc.user_data[CLAUSES_KEY] = finder.find(state_of(doc))
        return doc
    return component


PIPES = ("graphbuild_keys", "graphbuild_sentences", "graphbuild_mentions", "graphbuild_coref",
         "graphbuild_events")


def build_pipeline() -> Language:
    nlp = spacy.blank("ar")
    nlp.tokenizer = NewsTokenizer(nlp.vocab, lexicon_mod.load().script)
    for name in PIPES:
        nlp.add_pipe(name)
    return nlp


class Extractor:
    """Article -> triples. Build once; the lexicon, dictionary and pipeline serve every article."""

    def __init__(self):
        self.nlp = build_pipeline()
        lx, actors, frames = _resources()
        self.builder = TripleBuilder(lx, actors, entity_of)

    def parse(self, text: str, published: date | None = None) -> Doc:
        doc = self.nlp.make_doc(text)
        doc.user_data["published"] = published
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

    def extract(self, article: Article) -> list[Triple]:
        doc = self.parse(article.text, article.published)
        data = doc.user_data
        return self.builder.build(article, state_of(doc), data[EVENTS_KEY], data[CLAUSES_KEY])
