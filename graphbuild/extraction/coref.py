"""Roles and descriptions linked to the actor they stand for.

- A role with a state ('الرئيس الأمريكي', 'نظيره الإيراني') is the person named with that role
  and state earlier in the text, else whoever held the office on the article's date (terms of
  office in the actor dictionary); in a teaser, with no date, it stays unresolved.
- A bare role ('الوزير', 'المبعوث') is the last person named with that role.
- A description ('الحركة', 'الوكالة', 'الوزارة') is the last actor of its kind whose name has the
  same head noun, else the last of its kind.
"""
from __future__ import annotations

from functools import lru_cache, partial

from graphbuild.actors import ActorDictionary
from graphbuild.extraction.state import DocState, Mention, sentence_finder
from graphbuild.normalize import norm_phrase

COUNTERPART = "counterpart"


def _resolved(m: Mention, **fields) -> Mention:
    """The role or description m standing for the actor found: m is this pass's own, so it is
    changed in place (dataclasses.replace would copy its every field)."""
    for name, value in fields.items():
        setattr(m, name, value)
    return m


@lru_cache(maxsize=50_000)
def _alias_words(aliases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for a in aliases for w in norm_phrase(a).split())


class Resolver:
    def __init__(self, actors: ActorDictionary, entity_of, minor_roles=frozenset(), role_includes=None):
        self.actors = actors
        self.role_includes = role_includes or {}
        self.entity_of = entity_of
        self.minor_roles = minor_roles      # an unnamed holder of these stands for the state

    def resolve(self, state: DocState) -> None:
        mentions = state.mentions
        # the mentions after the last role or description are none's antecedent: they stay as they are
        last = next((i for i in reversed(range(len(mentions))) if mentions[i].kind in ("role", "desc")), None)
        if last is None:
            return
        out: list[Mention] = []
        named: list[Mention] = []          # persons and actors so far, in text order
        recent: dict[str, None] = {}       # their actors, the latest named last
        by_role: dict[str, list[int]] = {}  # role -> the places in `named` of persons holding it
        sentence_of = sentence_finder(state.sentences)
        for m in mentions[:last + 1]:
            if m.kind == "role":
                m = self._role(state, m, named, by_role, sentence_of)
            elif m.kind == "desc":
                m = self._description(state, m, recent)
            if m.kind in ("actor", "person") and m.entity:
                entry = self.entity_of(state, m.entity)
                if entry is not None and entry.type == "PERSON":
                    # a role twice over is harmless: _role reads the places as a set
                    for role in entry.roles + (m.role,) if m.role else entry.roles:
                        by_role.setdefault(role, []).append(len(named))
                named.append(m)
                recent.pop(m.entity, None)
                recent[m.entity] = None
            out.append(m)
        state.mentions = out + mentions[last + 1:]

    def _role(self, state: DocState, m: Mention, named: list[Mention], by_role, sentence_of) -> Mention:
        role, country = m.role, m.country
        if role == COUNTERPART:
            # 'نظيره الإيراني': the office of the last titled person, in the state the nisba names
            role = next((r for r in map(partial(self._office, state), reversed(named)) if r), None)
            if role is None:
                return m
            if country is None:
                return m
        if role.startswith("deputy_"):
            return m
        state_id = self.actors.state_of(country) if country else None
        here = sentence_of(m.start)
        holders = {i for r in {role} | self.role_includes.get(role, frozenset()) for i in by_role.get(r, ())}
        for n in (named[i] for i in sorted(holders, reverse=True)):      # persons with the role, latest first
            if sentence_of(n.start) == here:
                continue            # 'التقى أردوغان برئيس المجلس': a role in the same sentence is another person
            entry = self.entity_of(state, n.entity)
            n_state = self.actors.state_of(n.country or entry.country or "") if (n.country or entry.country) else None
            if country is None or n_state == state_id or n.country == country or entry.affiliation == country:
                return _resolved(m, kind="actor" if not n.entity.startswith("person_") else "person",
                               entity=n.entity, gender=n.gender, described=True)
        sent = state.sentences[here or 0] if state.sentences else None
        day = sent.published if sent is not None else None
        if country and day is not None:
            holder = self.actors.office_holder(role, country, day)
            if holder is None and state_id and state_id != country:
                # the state's own office, not another body's: a ministry's spokesperson is not the White House's
                holder = self.actors.office_holder(role, state_id, day, of_bodies=False)
            if holder is not None:
                return _resolved(m, kind="actor", entity=holder.id, gender=holder.gender, described=True)
        if country and role in self.minor_roles:
            complement = self.actors.get(country)
            org = complement is not None and complement.type in ("ORG", "MEDIA")
            return _resolved(m, kind="group", entity=country if org else (state_id or country), described=True)
        return m

    def _office(self, state: DocState, n: Mention) -> str | None:
        """The office a person named before holds: the title named with them, else their first
        role in the actor dictionary ('اتصل بوتين بنظيره الأمريكي'); none for a counterpart."""
        if n.role:
            return n.role if n.role != COUNTERPART else None
        entry = self.entity_of(state, n.entity) if n.entity else None
        return entry.roles[0] if entry is not None and entry.type == "PERSON" and entry.roles else None

    def _description(self, state: DocState, m: Mention, recent: dict[str, None]) -> Mention:
        head, types = self._head(m)
        fallback = None
        for entity_id in reversed(recent):     # each actor once, the latest named first
            entry = self.entity_of(state, entity_id)
            if entry is None or entry.type not in types:
                continue
            if m.country and self.actors.state_of(entry.id) != m.country and entry.country != m.country:
                continue
            if head and head in _alias_words(entry.aliases):
                return _resolved(m, kind="actor", entity=entry.id, described=True)
            fallback = fallback or entry
        if fallback is not None and fallback.type != "GPE":
            return _resolved(m, kind="actor", entity=fallback.id, described=True)
        return m

    @staticmethod
    def _head(m: Mention):
        return m.role or "", m.types or ("ORG", "MEDIA")
