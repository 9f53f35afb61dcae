"""The language data in graphbuild/data/, loaded once, validated, and indexed for matching.

This module owns the grammar of the extractor: closed word classes (grammar.json), role nouns
(titles.json), function and common words, time words. Actors live in the actor dictionary
(graphbuild/actors.py) and cues in the frames (graphbuild/extraction/frames.py). Every phrase is
kept in matching form (graphbuild.normalize.norm_phrase), as a tuple of tokens.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import compress

from graphbuild.errors import LexiconError
from graphbuild.normalize import BoundedMemo, norm, norm_phrase, proclitic_variants

CANDIDATES_CACHED = 20_000      # words per phrase set whose candidate phrases are remembered (a few MB)


def read_data(name: str) -> dict:
    """One JSON file of graphbuild/data/, with a clear error when it is broken."""
    try:
        return json.loads(resources.files("graphbuild.data").joinpath(name).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LexiconError(f"graphbuild/data/{name}: not JSON ({exc.msg} at line {exc.lineno})") from exc


def tokens_of(phrase: str) -> tuple[str, ...]:
    return tuple(norm_phrase(phrase).split())


class PhraseSet:
    """Phrases in matching form, found at a token position; the first token may carry proclitics."""

    def __init__(self, phrases, values=None):
        self._first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        values = values if values is not None else [None] * len(phrases)
        for phrase, value in zip(phrases, values):
            toks = tokens_of(phrase) if isinstance(phrase, str) else tuple(phrase)
            if toks:
                self._first.setdefault(toks[0], []).append((toks, value))
        for entries in self._first.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._words = frozenset(tok for entries in self._first.values() for toks, _ in entries for tok in toks)
        self._one_word = frozenset(toks[0] for entries in self._first.values() for toks, _ in entries if len(toks) == 1)
        # every text asks about most of its words, and nearly all of them start no phrase
        self._starting = BoundedMemo(self._phrases_starting, CANDIDATES_CACHED)

    def __contains__(self, key: str) -> bool:
        return key in self._one_word

    def words(self) -> frozenset[str]:
        return self._words

    def phrases(self) -> list[tuple[str, ...]]:
        return [toks for entries in self._first.values() for toks, _ in entries]

    def _phrases_starting(self, key: str) -> tuple[tuple[int, dict[tuple[str, ...], tuple[int, object]]], ...]:
        """The phrases whose first token is the word or the word without its proclitics, by length,
        longest first: (length, {tokens after the first: match}), the match (length, value) of the
        first such phrase in their order. A title's first word starts up to fifty phrases: a table
        of each length finds the one there, where a scan of them all would compare each."""
        entries = [entry for first in proclitic_variants(key) for entry in self._first.get(first, ())]
        entries.sort(key=lambda e: -len(e[0]))
        by_length: dict[int, dict[tuple[str, ...], tuple[int, object]]] = {}
        for toks, value in entries:
            by_length.setdefault(len(toks), {}).setdefault(toks[1:], (len(toks), value))
        return tuple(by_length.items())

    def can_start(self, key: str) -> bool:
        """Whether a phrase starts at this word (with or without its proclitics)."""
        return bool(self._starting[key])

    def find_all(self, keys: list[str], start: int, end: int) -> list[tuple[int, tuple[int, object]]]:
        """(position, match) of the longest phrase at each position of keys[start:end] where one
        starts, the phrases ending by `end`."""
        starting = self._starting
        found = []
        for q in compress(range(start, end), map(starting.__getitem__, keys[start:end])):
            hit = _longest(starting[keys[q]], keys, q, end)
            if hit is not None:
                found.append((q, hit))
        return found

    def match(self, keys: list[str], i: int, end: int | None = None):
        """(length, value) of the longest phrase at keys[i], or None."""
        end = len(keys) if end is None else end
        if i >= end:
            return None
        return _longest(self._starting[keys[i]], keys, i, end)


def _longest(by_length, keys: list[str], i: int, end: int) -> tuple[int, object] | None:
    """The match of the longest phrase of `by_length` (PhraseSet._phrases_starting) at keys[i],
    i < end, ending by `end`; or None."""
    for n, by_rest in by_length:
        if n == 1:
            return by_rest[()]               # a word alone: the one the table was made for
        if i + n <= end:
            hit = by_rest.get(tuple(keys[i + 1:i + n]))
            if hit is not None:
                return hit
    return None


@dataclass(frozen=True)
class Title:
    tokens: tuple[str, ...]
    role: str
    gender: str
    speaks_for: bool


@dataclass
class Lexicon:
    prepositions: frozenset[str]
    clitic_prepositions: frozenset[str]
    complementizers: frozenset[str]
    pronoun_complementizers: dict[str, tuple[str | None, str]]   # 'إنه' -> the verb's gender and number
    relative_pronouns: frozenset[str]
    clause_breaks: PhraseSet
    negators: frozenset[str]
    future_negators: frozenset[str]     # 'لن تتفاوض': a refusal of what has not happened
    negated_existence: PhraseSet
    planning: PhraseSet
    attribution: PhraseSet
    source_markers: PhraseSet
    mediation: PhraseSet
    direct: PhraseSet
    indirect: PhraseSet
    phone: frozenset[str]
    each_of: PhraseSet
    attendance: frozenset[str]
    delegation_head: frozenset[str]
    delegation_members: frozenset[str]
    manner_heads: frozenset[str]            # 'بشكل مازح': a manner adverbial of two words
    host_verbs: frozenset[str]
    visit_nouns: frozenset[str]
    arrival_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    joint_parties: dict[str, int]
    joint_states: frozenset[str]      # joint parties that are states ('البلدان'): their parties' states
    speaker_country: frozenset[str]
    description_heads: dict[str, tuple[str, tuple[str, ...]]]
    group_nouns: frozenset[str]
    unnamed: PhraseSet                       # value: (kind, plural)
    honorifics: PhraseSet
    name_breakers: frozenset[str]
    meeting_references: frozenset[str]
    meeting_context: frozenset[str]
    quote_open: frozenset[str]
    quote_close: frozenset[str]
    titles: PhraseSet                        # value: Title
    title_prefixes: dict[str, str]           # 'نائب' -> m
    title_modifiers: frozenset[str]
    complement_links: frozenset[str]
    domain_words: frozenset[str]
    domain_heads: frozenset[str]          # 'لشؤون الرهائن': the next word is the domain, never a name
    function_words: frozenset[str]
    common_words: frozenset[str]
    time: dict
    conjunction: str
    conjunction_fa: str
    article: str
    commas: frozenset[str]
    adverbs: PhraseSet
    place_prepositions: frozenset[str]
    place_clitics: frozenset[str]
    place_nouns: frozenset[str]
    prep_pronouns: dict[str, tuple[str, str]]     # 'معه' -> ('مع', '3ms')
    time_words: frozenset[str]
    between_word: str
    back_reference: frozenset[str]
    source_prepositions: tuple[str, ...]
    capital_words: frozenset[str]
    attribution_verbs: frozenset[str]
    destination_prepositions: frozenset[str]
    sentence_ends: frozenset[str]
    question_marks: frozenset[str]
    compound_name_heads: frozenset[str]
    regnal_ordinals: frozenset[str]
    aux_verbs: frozenset[str]
    reporter_nouns: frozenset[str]
    media_heads: frozenset[str]
    media_head_modifiers: frozenset[str]    # 'وكالة أنباء X': words between an outlet's noun and its name
    teh_marbuta: str
    accusative_alef: str              # the alif of a circumstantial participle ('مؤكدا')
    final_yeh: str                    # 'علي' (Ali) as written, not 'على' (on): both normalize alike
    role_includes: dict[str, frozenset[str]]
    overt_subject_absent: frozenset[str]
    interview_nouns: PhraseSet
    dateline_marks: frozenset[str]
    future_time: frozenset[str]
    topic_markers: frozenset[str]
    topic_nouns: frozenset[str]           # 'الأوضاع في الشرق الأوسط': a place after them is the topic's
    onset_verbs: frozenset[str]           # 'وأن هذه المحادثات بدأت': what was announced has begun
    reception_by: frozenset[str]          # 'كان في استقباله X': X received him ('خلال استقباله X': he received X)
    agent_markers: PhraseSet              # 'استقبل X من قبل Y': a passive verb's agent
    arrived: frozenset[str]               # 'وصل X إلى الدوحة في زيارة': the arrival verbs in the past
    mediation_verbs: frozenset[str]       # 'توسطت قطر في المفاوضات بين X وY': its subject mediates
    comitative: str
    genitive_li: str
    interview_prepositions: frozenset[str]
    script: dict[str, object]              # letter and mark ranges for the tokenizer's pattern
    alongside: PhraseSet
    posting_roles: frozenset[str]       # roles whose 'في X' names a posting, not a meeting place
    administration_nouns: frozenset[str]
    verb_prefixes: tuple[str, ...]
    place_prepositions_statement: frozenset[str]
    office_heads: PhraseSet
    minor_roles: frozenset[str]          # an unnamed holder stands for the state ('السفير الصيني')

    def vocabulary(self) -> set[str]:
        """Every word the grammar knows: the clitic splitter keeps a word it knows whole."""
        words: set[str] = set()
        for value in self.__dict__.values():
            if isinstance(value, PhraseSet):
                words |= value.words()
            elif isinstance(value, frozenset):
                words |= value
            elif isinstance(value, dict) and value is not self.time:
                words |= {w for k in value for w in k.split()}
        return words


def _set(words) -> frozenset[str]:
    return frozenset(norm(w) for w in words)


def _titles(raw: dict, article: str) -> PhraseSet:
    phrases, values = [], []
    roles = set()
    for entry in raw["titles"]:
        roles.add(entry["role"])
        for gender in ("m", "f"):
            for words in entry[gender]:
                toks = tokens_of(words)
                variants = {toks}
                if not toks[0].startswith(article):
                    variants.add((article + toks[0],) + toks[1:])   # the definite form
                if len(toks) == 1 and gender == "m" and not toks[0].startswith(article):
                    variants.add((toks[0] + norm(raw["possessive"]),))   # 'وزيرها': its minister
                for v in variants:
                    phrases.append(v)
                    values.append(Title(v, entry["role"], gender, bool(entry.get("speaks_for"))))
    return PhraseSet(phrases, values)


def _time_words(time: dict) -> frozenset[str]:
    words: set[str] = set()
    for name, table in time.items():
        if not name.startswith("_"):
            for phrase in table:
                words.update(tokens_of(phrase))
    return frozenset(words)


@cache
def load() -> Lexicon:
    time = read_data("time.json")
    g = read_data("grammar.json")
    t = read_data("titles.json")
    missing = [k for k in ("prepositions", "complementizers", "negators") if k not in g]
    if missing:
        raise LexiconError(f"graphbuild/data/grammar.json: missing {', '.join(missing)}")
    unnamed = [(w, (k, False)) for w, k in g["unnamed_singular"].items()]
    unnamed += [(w, (k, True)) for w, k in g["unnamed_plural"].items()]
    heads = {norm(k): (norm(v["head"]), tuple(v["types"])) for k, v in g["description_heads"].items()}
    return Lexicon(
        prepositions=_set(g["prepositions"]),
        clitic_prepositions=_set(g["clitic_prepositions"]),
        complementizers=_set(g["complementizers"]),
        pronoun_complementizers={norm(w): tuple(v) for w, v in g["pronoun_complementizers"].items() if w != "_doc"},
        relative_pronouns=_set(g["relative_pronouns"]),
        clause_breaks=PhraseSet(g["clause_breaks"]),
        negators=_set(g["negators"]),
        future_negators=_set(g["future_negators"]),
        negated_existence=PhraseSet(g["negated_existence"]),
        planning=PhraseSet(g["planning"]),
        attribution=PhraseSet(g["attribution"]),
        source_markers=PhraseSet(g["source_markers"]),
        mediation=PhraseSet(g["mediation"]),
        direct=PhraseSet(g["direct"]),
        indirect=PhraseSet(g["indirect"]),
        phone=_set(g["phone"]),
        each_of=PhraseSet(g["each_of"]),
        attendance=_set(g["attendance"]),
        delegation_head=_set(g["delegation_head"]),
        delegation_members=_set(g["delegation_members"]),
        manner_heads=_set(g["manner_heads"]),
        host_verbs=_set(g["host_verbs"]),
        visit_nouns=_set(g["visit_nouns"]),
        arrival_verbs=_set(g["arrival_verbs"]),
        statement_nouns=_set(g["statement_nouns"]),
        joint_parties={norm_phrase(k): v for k, v in g["joint_parties"].items()},
        joint_states=frozenset(norm_phrase(k) for k in g["joint_states"]),
        speaker_country=_set(g["speaker_country"]),
        description_heads=heads,
        group_nouns=_set(g["group_nouns"]),
        unnamed=PhraseSet([w for w, _ in unnamed], [v for _, v in unnamed]),
        honorifics=PhraseSet(g["honorifics"]),
        name_breakers=_set(g["name_breakers"]),
        meeting_references=_set(g["meeting_references"]),
        meeting_context=_set(g["meeting_context"]),
        quote_open=frozenset(g["quote_open"]),
        quote_close=frozenset(g["quote_close"]),
        titles=_titles(t, norm(g["definite_article"])),
        title_prefixes={norm(w): gender for gender, words in t["prefixes"].items() for w in words},
        title_modifiers=_set(t["modifiers"]),
        complement_links=_set(t["complement_links"]),
        domain_words=_set(t["domain_words"]),
        domain_heads=_set(t["domain_heads"]),
        function_words=_set(read_data("function_words.json")["words"]),
        common_words=_set(read_data("common_words.json")["words"]),
        time=time,
        conjunction=norm(g["coordination"][0]),
        conjunction_fa=norm(g["coordination"][1]),
        article=norm(g["definite_article"]),
        commas=frozenset(g["commas"]),
        adverbs=PhraseSet(g["adverbs"]),
        place_prepositions=_set(g["place_prepositions"]),
        place_clitics=_set(g["place_clitics"]),
        place_nouns=_set(g["place_nouns"]),
        prep_pronouns={norm(p) + norm(s): (norm(p), person) for p in g["pronoun_prepositions"]
                       for s, person in g["prep_pronoun_suffixes"].items()},
        time_words=_time_words(time) - _set(g["prepositions"]) - _set(read_data("function_words.json")["words"]),
        between_word=norm(g["between_word"]),
        back_reference=_set(g["back_reference"]),
        source_prepositions=tuple(norm(w) for w in g["source_prepositions"]),
        capital_words=_set(g["capital_words"]),
        attribution_verbs=_set(g["attribution_verbs"]),
        destination_prepositions=_set(g["destination_prepositions"]),
        sentence_ends=frozenset(g["sentence_ends"]),
        question_marks=_set(g["question_marks"]),
        compound_name_heads=_set(g["compound_name_heads"]),
        regnal_ordinals=_set(g["regnal_ordinals"]),
        aux_verbs=_set(g["aux_verbs"]),
        reporter_nouns=_set(g["reporter_nouns"]),
        minor_roles=frozenset(t["minor_roles"]),
        media_heads=_set(g["media_heads"]),
        media_head_modifiers=_set(g["media_head_modifiers"]),
        interview_nouns=PhraseSet(g["interview_nouns"]),
        dateline_marks=frozenset(g["dateline_marks"]),
        future_time=_set(g["future_time"]),
        topic_markers=_set(g["topic_markers"]),
        topic_nouns=_set(g["topic_nouns"]),
        onset_verbs=_set(g["onset_verbs"]),
        reception_by=_set(g["reception_by"]),
        agent_markers=PhraseSet(g["agent_markers"]),
        arrived=_set(g["arrived"]),
        mediation_verbs=_set(g["mediation_verbs"]),
        comitative=norm(g["comitative"]),
        genitive_li=norm(g["genitive_li"]),
        interview_prepositions=_set(g["interview_prepositions"]),
        script={k: (v.encode().decode("unicode_escape") if isinstance(v, str)
                    else [x.encode().decode("unicode_escape") for x in v]) for k, v in g["script"].items()},
        alongside=PhraseSet(g["alongside"]),
        posting_roles=frozenset(t["posting_roles"]),
        administration_nouns=_set(g["administration_nouns"]),
        verb_prefixes=tuple(norm(x) for x in g["verb_prefixes"]),
        place_prepositions_statement=_set(g["place_prepositions_statement"]),
        office_heads=PhraseSet(g["office_heads"]),
        teh_marbuta=g["teh_marbuta"],
        accusative_alef=g["accusative_alef"],
        final_yeh=g["final_yeh"],
        role_includes={k: frozenset(v) for k, v in g["role_includes"].items()},
        overt_subject_absent=_set(g["overt_subject_absent"]),
    )
