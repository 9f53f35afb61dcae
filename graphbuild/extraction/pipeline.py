"""The extraction pipeline: spaCy's blank Arabic with graphbuild's tokenizer and components.

    tokenizer            NewsTokenizer: splits glued punctuation; token.norm_ = matching form
    graphbuild_segments  body / teaser / furniture, and sentence boundaries
    graphbuild_mentions  gazetteer names, titled persons, unnamed sources, state bodies
    graphbuild_resolve   surnames, descriptions and titles linked to earlier mentions
    graphbuild_relations MET / NEGOTIATED / STATED with their attributes
"""
from __future__ import annotations

from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from graphbuild import lexicon as lexicon_mod
from graphbuild.extraction.mentions import Mention, MentionFinder
from graphbuild.extraction.relations import QUOTE_CHARS, RawTriple, RelationFinder, Sentence
from graphbuild.extraction.resolve import add_surname_mentions, find_descriptions, resolve_descriptions
from graphbuild.extraction.segments import segment
from graphbuild.extraction.tokenizer import NewsTokenizer
from graphbuild.model import Actor, Article, Evidence, Triple
from graphbuild.normalize import norm, proclitic_variants

SENTENCE_END = frozenset({".", "!", "؟", "?", "\n"})

for _name in ("published", "sentences", "mentions", "raw_triples"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("graphbuild_segments")
def segments_component(doc: Doc) -> Doc:
    spans = doc.user_data["char_spans"]
    segs = segment(doc.user_data["text"])
    sentences: list[Sentence] = []
    seg_i = 0
    current: list[int] = []

    def close():
        if current:
            seg = seg_of(current[0])
            if seg is not None and seg.extractable:
                published = doc._.published if seg.kind == "body" else None
                sentences.append(Sentence(current[0], current[-1] + 1, f"{seg.kind}{seg.index or ''}", published))
        current.clear()

    def seg_of(i):
        c = spans[i][0]
        for s in segs:
            if s.start <= c < s.end or (s.start <= c and c <= s.end and s.start == s.end):
                return s
        return None

    in_quote = False
    for i, token in enumerate(doc):
        text = token.text
        seg = seg_of(i) if text != "\n" else None
        if current and seg is not None and seg_of(current[0]) is not seg:
            close()
        if text == "\n":
            close()
            in_quote = False
            continue
        current.append(i)
        if text in ("“", "«"):
            in_quote = True
        elif text in ("”", "»"):
            in_quote = False
        elif text == '"':
            in_quote = not in_quote
        if text in SENTENCE_END and not in_quote:
            nxt = doc[i + 1].text if i + 1 < len(doc) else ""
            if nxt not in SENTENCE_END - {"\n"} and nxt not in QUOTE_CHARS:
                close()
    close()
    del seg_i
    doc._.sentences = sentences
    return doc


@Language.factory("graphbuild_mentions")
def make_mentions(nlp, name):
    finder = MentionFinder(lexicon_mod.load())

    def component(doc: Doc) -> Doc:
        bounds = [(s.start, s.end) for s in doc._.sentences]
        doc._.mentions = finder.find(doc, bounds)
        return doc
    return component


@Language.factory("graphbuild_resolve")
def make_resolve(nlp, name):
    lx = lexicon_mod.load()

    def component(doc: Doc) -> Doc:
        bounds = [(s.start, s.end) for s in doc._.sentences]
        mentions = add_surname_mentions(doc, doc._.mentions, bounds)
        mentions = find_descriptions(doc, mentions, bounds)
        doc._.mentions = resolve_descriptions(mentions, lx, doc._.sentences)
        return doc
    return component


@Language.factory("graphbuild_relations")
def make_relations(nlp, name):
    finder = RelationFinder(lexicon_mod.load())

    def component(doc: Doc) -> Doc:
        doc._.raw_triples = finder.find(doc, doc._.sentences, doc._.mentions)
        return doc
    return component


def build_pipeline() -> Language:
    nlp = spacy.blank("ar")
    nlp.tokenizer = NewsTokenizer(nlp.vocab)
    for name in ("graphbuild_segments", "graphbuild_mentions", "graphbuild_resolve", "graphbuild_relations"):
        nlp.add_pipe(name)
    return nlp


class Extractor:
    """Article -> triples. Build once; the lexicon and pipeline are reused for every article."""

    def __init__(self):
        self.nlp = build_pipeline()

    def parse(self, text: str, published: date | None = None) -> Doc:
        doc = self.nlp.make_doc(text)
        doc.user_data["text"] = text
        doc._.published = published
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

    def extract(self, article: Article) -> list[Triple]:
        doc = self.parse(article.text, article.published)
        return [self._triple(article, doc, raw) for raw in doc._.raw_triples]

    def _triple(self, article: Article, doc: Doc, raw: RawTriple) -> Triple:
        spans = doc.user_data["char_spans"]
        sent = doc._.sentences[raw.sentence]
        start, end = spans[sent.start][0], spans[sent.end - 1][1]
        evidence = Evidence(article.text[start:end], start, end, raw.sentence, sent.segment)
        subject = _actor(doc, raw.subject, raw.subject_ref)
        t = Triple(doc_id=article.doc_id, predicate=raw.predicate, subject=subject, evidence=evidence,
                   cue=doc[raw.trigger.start:raw.trigger.end].text if raw.trigger.kind != "headline" else ":",
                   confidence=raw.confidence - (0.05 if sent.segment.startswith("teaser") else 0.0))
        if raw.predicate == "STATED":
            t.statement = article.text[raw.statement[0]:raw.statement[1]]
            t.about = [_actor(doc, m, None) for m in doc._.mentions
                       if m.ref is not None and spans[m.start][0] >= raw.statement[0]
                       and spans[m.end - 1][1] <= raw.statement[1] and m.kind not in ("nisba", "nisba_plural")
                       and m.ref.type in ("PERSON", "ORG", "GPE", "MEDIA")]
        else:
            t.object = _actor(doc, raw.object, raw.object_ref)
        t.negated = raw.negated
        t.directness = raw.directness
        t.via = [_actor(doc, m, None) for m in raw.via if m.ref is not None]
        if raw.place_ref is not None:
            t.place = _actor(doc, raw.place, raw.place_ref)
        if raw.time:
            t.time_text, t.date = raw.time
        if raw.attributed_to is not None and raw.attributed_to.ref is not None:
            t.attributed_to = _actor(doc, raw.attributed_to, None)
        return t


def _actor(doc: Doc, m: Mention, ref) -> Actor:
    ref = ref or m.ref
    return Actor(id=ref.id, name=ref.name, type=ref.type,
                 mention=_strip_clitics(doc, m), implied=m.kind == "implied")


def _strip_clitics(doc: Doc, m: Mention) -> str:
    """The mention as written, without the proclitics glued to its first word ('للقطريين' -> 'القطريين')."""
    text = m.text or doc[m.start:m.end].text
    first = doc[m.start].norm_
    variants = proclitic_variants(first)
    lx = lexicon_mod.load()
    known = [v for v in variants if lx.knows(v)]           # longest reading the lexicon knows
    kept = known[0] if known else next((v for v in variants[1:] if v.startswith("ال")), first)
    drop = len(first) - len(kept)
    if drop <= 0:
        return text
    letters = 0
    for i, ch in enumerate(text):
        if norm(ch):
            letters += 1
        if letters == drop:
            return text[i + 1:].lstrip("ـ")
    return text
