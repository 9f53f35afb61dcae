"""Across articles: one actor, one id.

Persons found from titles carry an id built from their name's consonant skeleton. Here those
are blocked by the skeleton of the surname (so the work is near-linear in mentions, never all
pairs against all) and, inside a block, joined to a gazetteer person or to each other when the
given names agree (ستيف / ستيفن, آدم / -). Every actor then carries every spelling seen for it.
"""
from __future__ import annotations

from collections import defaultdict

from graphbuild import actors as actors_mod
from graphbuild.model import Actor, Triple
from graphbuild.normalize import norm, skeleton


def _given_compatible(a: str, b: str) -> bool:
    if not a or not b:
        return True
    sa, sb = skeleton(a), skeleton(b)
    return sa.startswith(sb) or sb.startswith(sa)


def _parts(name: str) -> tuple[str, str]:
    words = [w for w in name.split() if norm(w) not in ("الشيخ",)]
    return (words[0] if len(words) > 1 else "", words[-1] if words else "")


def resolve_identities(triples: list[Triple]) -> list[Triple]:
    dictionary = actors_mod.load()
    known: dict[str, list[tuple[str, str]]] = defaultdict(list)     # surname skeleton -> (given, id)
    for tokens, eid in dictionary.alias_keys():
        entry = dictionary.get(eid)
        if entry is not None and entry.type == "PERSON" and len(tokens) >= 2:
            known[skeleton(tokens[-1])].append((tokens[0], eid))
    actors = [a for t in triples for a in t.actors() + list(t.about)]
    found = {a.id: a for a in actors if a.id.startswith("person_")}
    blocks: dict[str, list[Actor]] = defaultdict(list)
    for a in found.values():
        blocks[skeleton(_parts(a.name)[1])].append(a)
    canonical: dict[str, Actor] = {}
    for key, members in blocks.items():
        members.sort(key=lambda a: -len(a.name))
        for a in members:
            given = _parts(a.name)[0]
            target = next((eid for g, eid in known.get(key, ()) if len(key) >= 3 and _given_compatible(g, given)), None)
            if target:
                info = dictionary.get(target)
                canonical[a.id] = Actor(info.id, info.name, info.type, a.mention, list(a.aliases))
                continue
            lead = next((canonical[b.id] for b in members if b.id in canonical and b is not a
                         and b.id.startswith("person_") and canonical[b.id].id.startswith("person_")
                         and _given_compatible(_parts(b.name)[0], given)), None)
            canonical[a.id] = lead or Actor(a.id, a.name, a.type, a.mention)
    spellings: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        original = a.name
        target = canonical.get(a.id)
        if target is not None:
            a.id, a.name, a.type = target.id, target.name, target.type
        if not a.implied:
            spellings[a.id].update(x for x in (a.mention, original) if x)
    for a in actors:
        a.aliases = sorted((spellings[a.id] | set(a.aliases)) - {a.name})
    return triples
