"""Across articles: one actor, one id.

Persons found from titles carry an id built from their name's consonant skeleton. Here those
are blocked by the skeleton of the surname (so the work is near-linear in persons, never all
pairs against all) and, inside a block, joined to a gazetteer person or to each other when the
given names agree (ستيف / ستيفن, آدم / -).

The work runs on a compact map of mentions (`MentionMap`: one entry per found person, one
count per actor and spelling), never on all triples at once: extraction merges each article's
map as its triples are made, `resolve` turns the map into `Identities`, and `apply` rewrites
one article's triples at a time. Both read the triples as the JSON Lines dicts the spool holds.
Blocks are independent of each other, which lets a cluster resolve them as a shuffle by block
key (graphbuild.cluster).

A triple's actor carries the spellings its own article gives it and the actor's few most
frequent ones, not the whole corpus's list; the graph gathers every spelling of an actor from
all its triples.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from graphbuild import actors as actors_mod
from graphbuild import lexicon as lexicon_mod
from graphbuild.model import Triple
from graphbuild.normalize import norm, skeleton
from graphbuild.triplefile import from_line, to_line

FOUND_PREFIX = "person_"
COMMON_SPELLINGS = 8            # corpus spellings a triple's actor carries besides its article's


@dataclass(slots=True)
class FoundPerson:
    """One person found from a title: the name of its latest mention, and the order of its first
    (the tie-break inside a block), as positions in the corpus (any comparable key)."""

    id: str
    name: str
    type: str
    first: tuple
    last: tuple


@dataclass(frozen=True, slots=True)
class Canonical:
    id: str
    name: str
    type: str


def _given_compatible(a: str, b: str) -> bool:
    if not a or not b:
        return True
    sa, sb = skeleton(a), skeleton(b)
    return sa.startswith(sb) or sb.startswith(sa)


def _parts(name: str) -> tuple[str, str]:
    honorifics = lexicon_mod.load().honorifics
    words = [w for w in name.split() if norm(w) not in honorifics]
    return (words[0] if len(words) > 1 else "", words[-1] if words else "")


def block_key(name: str) -> str:
    """The skeleton of the surname: persons in different blocks are never the same."""
    return skeleton(_parts(name)[1])


def same_person(a: FoundPerson, b: FoundPerson) -> FoundPerson:
    """Two records of one found person as one: the latest name, the earliest first mention."""
    latest = a if a.last >= b.last else b
    return FoundPerson(a.id, latest.name, latest.type, min(a.first, b.first), latest.last)


class MentionMap:
    """What identity needs of a corpus, compact: the persons found (one entry per id) and how
    often each actor is spelled each way (one count per id and spelling)."""

    def __init__(self):
        self.persons: dict[str, FoundPerson] = {}
        self.spellings: Counter[tuple[str, str]] = Counter()

    @classmethod
    def of_article(cls, lines: Iterable[dict], position: tuple) -> "MentionMap":
        """One article's mentions, from its triples' JSON Lines dicts; `position` orders the
        article in the corpus."""
        found = cls()
        actors = [a for line in lines for a in line_actors(line)]
        spelled = []                         # (id, spelling) once a mention: counted in one update
        for n, a in enumerate(actors):
            aid, name, mention = a["id"], a["name"], a.get("mention")
            if not a.get("implied"):
                if name:
                    spelled.append((aid, name))
                if mention and mention != name:
                    spelled.append((aid, mention))
            if not aid.startswith(FOUND_PREFIX):
                continue
            at = (*position, n)
            seen = found.persons.get(aid)
            if seen is None:
                found.persons[aid] = FoundPerson(aid, name, a["type"], at, at)
            else:
                seen.name, seen.type, seen.last = name, a["type"], at
        found.spellings.update(spelled)
        return found

    def merge(self, other: "MentionMap") -> "MentionMap":
        for p in other.persons.values():
            seen = self.persons.get(p.id)
            self.persons[p.id] = p if seen is None else same_person(seen, p)
        self.spellings.update(other.spellings)
        return self

    def blocks(self) -> dict[str, list[FoundPerson]]:
        grouped: dict[str, list[FoundPerson]] = defaultdict(list)
        for p in self.persons.values():
            grouped[block_key(p.name)].append(p)
        return grouped


@dataclass
class Identities:
    """The outcome of resolution: found ids to canonical actors, and each canonical actor's most
    frequent spellings, which every triple naming it carries besides its article's own."""

    canonical: dict[str, Canonical]
    common: dict[str, list[str]]


def known_persons(dictionary=None) -> dict[str, list[tuple[str, str]]]:
    """Dictionary persons by surname skeleton: (given name, id)."""
    dictionary = dictionary or actors_mod.load()
    known: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for tokens, eid in dictionary.alias_keys():
        entry = dictionary.get(eid)
        if entry is not None and entry.type == "PERSON" and len(tokens) >= 2:
            known[skeleton(tokens[-1])].append((tokens[0], eid))
    return known


def resolve_block(key: str, members: list[FoundPerson], known: list[tuple[str, str]],
                  dictionary=None) -> dict[str, Canonical]:
    """Each found person of one block to its canonical actor: a dictionary person when the
    surname and given names agree, else the longest-named compatible person of the block."""
    dictionary = dictionary or actors_mod.load()
    members = sorted(members, key=lambda p: (-len(p.name), p.first))
    canonical: dict[str, Canonical] = {}
    for p in members:
        given = _parts(p.name)[0]
        target = next((eid for g, eid in known if len(key) >= 3 and _given_compatible(g, given)), None)
        info = dictionary.get(target) if target else None
        if info is not None:
            canonical[p.id] = Canonical(info.id, info.name, info.type)
            continue
        lead = next((canonical[q.id] for q in members if q.id in canonical and q is not p
                     and canonical[q.id].id.startswith(FOUND_PREFIX)
                     and _given_compatible(_parts(q.name)[0], given)), None)
        canonical[p.id] = lead or Canonical(p.id, p.name, p.type)
    return canonical


def resolve(mentions: MentionMap) -> Identities:
    dictionary = actors_mod.load()
    known = known_persons(dictionary)
    canonical: dict[str, Canonical] = {}
    for key, members in mentions.blocks().items():
        canonical.update(resolve_block(key, members, known.get(key, []), dictionary))
    return Identities(canonical, common_spellings(mentions.spellings, canonical))


def common_spellings(counts: Counter, canonical: dict[str, Canonical]) -> dict[str, list[str]]:
    """Up to COMMON_SPELLINGS spellings per canonical actor, the most frequent first."""
    merged: dict[str, Counter] = defaultdict(Counter)
    for (aid, spelling), n in counts.items():
        target = canonical.get(aid)
        merged[target.id if target else aid][spelling] += n
    return {aid: [s for s, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:COMMON_SPELLINGS]]
            for aid, c in merged.items()}


def line_actors(line: dict, about: bool = True) -> list[dict]:
    """The actors of one JSON Lines triple (graphbuild.triplefile) that name someone: subject,
    actor object, source cited, mediators and, unless `about` is false, the actors a statement
    is about (never the place)."""
    found = [line["subject"]]
    obj, cited = line["object"], line.get("attributed_to")
    if obj and "id" in obj:
        found.append(obj)
    if cited and "id" in cited:
        found.append(cited)
    # added only when there are some: most triples have no mediators
    for key in ("via", "about") if about else ("via",):
        more = line.get(key)
        if more:
            found += more
    return found


def actor_ids(lines: list[dict]) -> set[str]:
    """The ids of the actors the triples name (not those a statement is only about)."""
    return {a["id"] for line in lines for a in line_actors(line, about=False)}


def apply(lines: list[dict], identities: Identities) -> list[dict]:
    """One article's triples, as JSON Lines dicts, with their actors under their canonical
    identities; each actor's aliases are the spellings the article gives it (mentions, and names
    found under) and the actor's most frequent ones in the corpus. The dicts are changed in
    place: pass two reads them from the spool and writes them out again, no Triple between."""
    spelled: dict[str, set[str]] = defaultdict(set)
    canonical = identities.canonical
    actors = [a for line in lines for a in line_actors(line)]
    for a in actors:
        original = a["name"]
        target = canonical.get(a["id"])
        if target is not None:
            a["id"], a["name"], a["type"] = target.id, target.name, target.type
        if not a.get("implied"):
            names, mention = spelled[a["id"]], a.get("mention")
            if mention:
                names.add(mention)
            if original:
                names.add(original)
    # one list per actor and name: an article names the same actor in many triples
    aliases: dict[tuple[str, str], list[str]] = {}
    for a in actors:
        key = (a["id"], a["name"])
        found = aliases.get(key)
        if found is None:
            found = aliases[key] = sorted(spelled[key[0]].union(identities.common.get(key[0], ())) - {key[1]})
        a["aliases"] = found
    return lines


def resolve_identities(triples: list[Triple]) -> list[Triple]:
    """All in memory, for a handful of triples (tests, the Python API): the triples under their
    canonical identities, as new Triples."""
    lines = [to_line(t, {}) for t in triples]
    identities = resolve(MentionMap.of_article(lines, (0,)))
    by_article: dict[str, list[dict]] = defaultdict(list)
    for line in lines:
        by_article[line["doc_id"]].append(line)
    for found in by_article.values():
        apply(found, identities)
    return [from_line(line)[0] for line in lines]
