"""The language data in graphbuild/data/, loaded once, validated, and indexed for matching.

Every alias is indexed by its normalized tokens, so matching is a dictionary lookup on the
first token and a comparison of the next few: linear in the article, whatever the lexicon size.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

from graphbuild.errors import LexiconError
from graphbuild.model import ACTOR_TYPES
from graphbuild.normalize import is_arabic, norm, norm_phrase

NISBA_SUFFIXES = {"": "nisba", "\u0647": "nisba", "\u0627\u0646": "nisba", "\u062a\u0627\u0646": "nisba",
                  "\u0627": "nisba",                       # accusative: 'وفدا أمريكيا'
                  "\u0648\u0646": "nisba_plural", "\u064a\u0646": "nisba_plural"}   # '' ه ان تان ا ون ين


@dataclass(frozen=True)
class EntityInfo:
    id: str
    name: str
    type: str
    country: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    roles: tuple[str, ...] = ()
    head: str | None = None
    venue: bool = False
    capital_of: str | None = None
    arabic: str | None = None           # the first Arabic spelling in the data: a display name
    terms: tuple[tuple[str, date, date | None], ...] = ()     # (role, from, to): offices held



@dataclass(frozen=True)
class Title:
    tokens: tuple[str, ...]
    role: str
    gender: str
    speaks_for: bool


@dataclass
class Lexicon:
    entities: dict[str, EntityInfo]
    # first token -> [(tokens, entity id, kind)] longest first; kind: name | nisba | nisba_plural
    phrases: dict[str, list[tuple[tuple[str, ...], str, str]]]
    titles: dict[str, list[Title]]
    assistant_prefixes: dict[str, str]
    honorifics: frozenset[str]
    domain_words: frozenset[str]
    domain_heads: frozenset[str]            # 'شؤون': the next word is its complement, not a name
    unnamed_singular: dict[str, str]
    unnamed_plural: dict[str, str]
    singular_of: dict[str, str]             # 'مصادر' -> 'مصدر': for 'أحد المصادر'
    triggers: dict[str, list[tuple[tuple[str, ...], str, str]]]   # first -> (tokens, relation, verb|participle|noun)
    light_verbs: frozenset[str]
    receiving_verbs: frozenset[str]         # 'تلقى اتصالا من X'
    alongside: list[tuple[str, ...]]        # 'إلى جانب X'
    gathering_verbs: frozenset[str]         # 'لقاء جمع X بـY'
    hosting_verbs: frozenset[str]           # 'استضافت مسقط المحادثات'
    relative_light_verbs: frozenset[str]
    mediation: dict[str, list[tuple[str, ...]]]
    direct: list[tuple[str, ...]]
    indirect: list[tuple[str, ...]]
    negators: frozenset[str]
    denials: frozenset[str]
    denial_phrases: list[tuple[str, ...]]
    attribution: dict[str, list[tuple[str, ...]]]
    complementizers: frozenset[str]
    first_person: dict[str, str]            # cue form -> singular | plural
    statement_nouns: frozenset[str]
    government_nouns: frozenset[str]
    ministry_heads: frozenset[str]
    ministries: dict[str, str]
    function_words: frozenset[str]
    time: dict = field(default_factory=dict)
    country_by_demonym: dict[str, str] = field(default_factory=dict)

    def knows(self, word: str) -> bool:
        """Whether a normalized word can begin a name, title, unnamed person or state body."""
        return (word in self.phrases or word in self.titles or word in self.unnamed_singular
                or word in self.unnamed_plural or word in self.government_nouns or word in self.ministry_heads
                or word in self.ministries or word in self.assistant_prefixes)

    def entity(self, entity_id: str) -> EntityInfo:
        return self.entities[entity_id]

    def office_holder(self, role: str, body: str, day: date) -> EntityInfo | None:
        """Who held `role` for `body` (a country or an organization) on `day`, if the data says
        and only one did."""
        holders = [e for e in self.entities.values() if body in (e.country, e.affiliation)
                   and any(r == role and start <= day and (end is None or day < end) for r, start, end in e.terms)]
        return holders[0] if len(holders) == 1 else None


def _read(name: str) -> dict:
    try:
        return json.loads(resources.files("graphbuild.data").joinpath(name).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LexiconError(f"graphbuild/data/{name}: not JSON ({exc.msg} at line {exc.lineno})") from exc


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(norm_phrase(phrase).split())


def _index(pairs) -> dict[str, list]:
    out: dict[str, list] = {}
    for tokens, *rest in pairs:
        if tokens:
            out.setdefault(tokens[0], []).append((tokens, *rest))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


def _terms(raw: dict) -> tuple[tuple[str, date, date | None], ...]:
    """'2025-01-20/..' -> (role, 2025-01-20, None): the data's intervals in office."""
    out = []
    for role, spans in raw.get("terms", {}).items():
        if role not in raw.get("roles", ()):
            raise LexiconError(f"entity {raw['id']!r} has a term as {role!r}, which is not among its roles")
        for span in spans:
            try:
                start, _, end = span.partition("/")
                out.append((role, date.fromisoformat(start), None if end == ".." else date.fromisoformat(end)))
            except ValueError as exc:
                raise LexiconError(f"entity {raw['id']!r}: term {span!r} is not 'YYYY-MM-DD/YYYY-MM-DD' "
                                   "or 'YYYY-MM-DD/..'") from exc
    return tuple(out)


def _keyset(words) -> frozenset[str]:
    """The matching forms of a word list."""
    return frozenset(norm(w) for w in words)


def _first_arabic(aliases) -> str | None:
    return next((a for a in aliases if is_arabic(a)), None)


def _phrase_list(words) -> list[tuple[str, ...]]:
    return sorted({_tokens(w) for w in words if _tokens(w)}, key=len, reverse=True)


@cache
def load() -> Lexicon:
    countries = _read("countries.json")["countries"]
    entities_raw = _read("entities.json")["entities"]
    titles_raw = _read("titles.json")
    triggers_raw = _read("triggers.json")
    bodies = _read("bodies.json")

    entities: dict[str, EntityInfo] = {}
    phrases: list[tuple[tuple[str, ...], str, str]] = []
    owner: dict[tuple[tuple[str, ...], str], str] = {}

    def add_phrase(alias: str, entity_id: str, kind: str) -> None:
        tokens = _tokens(alias)
        if not tokens:
            raise LexiconError(f"empty alias for {entity_id}")
        previous = owner.setdefault((tokens, kind), entity_id)
        if previous != entity_id:
            raise LexiconError(f"alias {alias!r} names both {previous} and {entity_id}")
        phrases.append((tokens, entity_id, kind))

    def add_entity(info: EntityInfo) -> None:
        if info.id in entities:
            raise LexiconError(f"entity id {info.id!r} is defined twice")
        if info.type not in ACTOR_TYPES:
            raise LexiconError(f"entity {info.id!r} has unknown type {info.type!r}")
        entities[info.id] = info

    for raw in entities_raw:
        add_entity(EntityInfo(id=raw["id"], name=raw["name"], type=raw["type"],
                              country=raw.get("country"), affiliation=raw.get("affiliation"),
                              gender=raw.get("gender"), roles=tuple(raw.get("roles", ())),
                              head=norm(raw["head"]) if raw.get("head") else None,
                              venue=bool(raw.get("venue")), arabic=_first_arabic(raw["aliases"]),
                              terms=_terms(raw)))
        for alias in raw["aliases"]:
            add_phrase(alias, raw["id"], "name")
    by_alias = {tokens: eid for tokens, eid, kind in phrases}
    demonyms = {}
    for raw in countries:
        add_entity(EntityInfo(id=raw["id"], name=raw["name"], type="GPE", country=raw["id"],
                              arabic=_first_arabic(raw["aliases"])))
        demonyms[raw["id"]] = raw["demonym"]
        for alias in raw["aliases"]:
            add_phrase(alias, raw["id"], "name")
        for stem in raw.get("nisba", ()):
            base = norm(stem)
            for suffix, kind in NISBA_SUFFIXES.items():
                add_phrase(base + suffix, raw["id"], kind)
                add_phrase("\u0627\u0644" + base + suffix, raw["id"], kind)
        for capital in raw.get("capital", ()):
            city = by_alias.get(_tokens(capital))
            if city is None:
                raise LexiconError(f"capital {capital!r} of {raw['id']} is not an entity in entities.json")
            entities[city] = EntityInfo(**{**entities[city].__dict__, "capital_of": raw["id"]})
    for info in entities.values():
        for ref in (info.country, info.affiliation):
            if ref and ref not in entities:
                raise LexiconError(f"entity {info.id!r} refers to unknown entity {ref!r}")

    titles = [Title(_tokens(t["words"]), t["role"], t["gender"], bool(t.get("speaks_for")))
              for t in titles_raw["titles"]]
    title_index: dict[str, list[Title]] = {}
    for t in sorted(titles, key=lambda t: -len(t.tokens)):
        title_index.setdefault(t.tokens[0], []).append(t)

    trigger_pairs = []
    for relation in ("STATED", "MET", "NEGOTIATED"):
        for kind in ("verbs", "participles", "nouns"):
            for word in triggers_raw[relation].get(kind, ()):
                trigger_pairs.append((_tokens(word), relation, kind[:-1]))
    unnamed = titles_raw["unnamed_people"]
    time = _read("time.json")
    return Lexicon(
        entities=entities,
        phrases=_index(phrases),
        titles=title_index,
        assistant_prefixes={norm(k): v for k, v in titles_raw["assistant_prefixes"].items()},
        honorifics=frozenset(norm_phrase(h) for h in titles_raw["honorifics"]),
        domain_words=_keyset(titles_raw["domain_words"]),
        domain_heads=_keyset(titles_raw["domain_heads"]),
        unnamed_singular={norm(k): v for k, v in unnamed["singular"].items()},
        unnamed_plural={norm(k): v for k, v in unnamed["plural"].items()},
        singular_of={norm(p): next(norm(w) for w, kind in unnamed["singular"].items() if kind + "s" == pkind)
                     for p, pkind in unnamed["plural"].items()},
        triggers=_index(trigger_pairs),
        light_verbs=_keyset(triggers_raw["light_verbs"] + triggers_raw["receiving_verbs"]),
        receiving_verbs=_keyset(triggers_raw["receiving_verbs"]),
        alongside=_phrase_list(triggers_raw["alongside"]),
        gathering_verbs=_keyset(triggers_raw["gathering_verbs"]),
        hosting_verbs=_keyset(triggers_raw["hosting_verbs"]),
        relative_light_verbs=_keyset(triggers_raw["relative_light_verbs"]),
        mediation=_index((t,) for t in _phrase_list(triggers_raw["mediation"])),
        direct=_phrase_list(triggers_raw["direct"]),
        indirect=_phrase_list(triggers_raw["indirect"]),
        negators=_keyset(triggers_raw["negators"]),
        denials=_keyset(triggers_raw["denials"]),
        denial_phrases=_phrase_list(triggers_raw["denial_phrases"]),
        attribution=_index((t,) for t in _phrase_list(triggers_raw["attribution"])),
        complementizers=_keyset(triggers_raw["complementizers"]),
        statement_nouns=_keyset(triggers_raw["statement_nouns"]),
        first_person={norm(w): number for number, forms in triggers_raw["first_person"].items() for w in forms},
        government_nouns=_keyset(bodies["government_nouns"]),
        ministry_heads=_keyset(bodies["ministry_heads"]),
        ministries={norm(k): v for k, v in bodies["ministries"].items()},
        function_words=_keyset(_read("function_words.json")["words"]),
        time=time,
        country_by_demonym=demonyms,
    )
