"""The actor dictionary: states, places, organizations, media and persons of Arabic news, with nisbas and given names.

The data lives in graphbuild/data/actors/*.json (every language string is there, none here); this module reads it,
generates what is regular (the states' Arabic names from CLDR, the nisba forms, the ministries and other state bodies
from the nisba stems), validates it and answers look-ups. A look-up that misses returns None; a malformed data file
raises one LexiconError that names the file and the entry.

Alias collisions: every alias is matched by its normalized tokens (`norm_phrase(alias).split()`), and one key names one
actor. Where a state and a place claim the same key (a city named like its country) the state keeps it and the place
loses it; keys listed under `ambiguous` in a data file are dropped from every entry that claims them; any other
collision is an error. An entry's `homonyms` are names another entry of another state keeps; the extractor reads
one as this entry where the document names this entry's state and not the keeper's (Oman's name beside Jordan is
Amman).
"""
from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from babel import Locale

from .errors import LexiconError
from .model import ACTOR_TYPES
from .normalize import BoundedMemo, is_arabic, norm, norm_lines, norm_phrase

DATA_DIR = Path(__file__).parent / "data" / "actors"

TYPES = frozenset(ACTOR_TYPES)

# The closed set of roles, shared with the title lexicon (graphbuild/data/titles.json). A king, emir or sultan is
# head_of_state; a defence minister is minister; a German chancellor is prime_minister.
ROLES = frozenset({"adviser", "ambassador", "crown_prince", "director", "envoy", "foreign_minister", "head_of_state",
                   "intelligence_chief", "leader", "legislator", "military", "minister", "official", "president",
                   "prime_minister", "secretary_general", "speaker", "spokesperson", "vice_president"})
# Roles added beyond that set, each with the reason: none so far.
ADDED_ROLES: frozenset[str] = frozenset()

GENDERS = frozenset({"m", "f"})

# Nisba endings on the normalized stem (which ends in ya): (ending, gender, number, takes the article al-).
# -iyyin is both the masculine plural and the masculine dual's genitive: it is read as the plural.
_NISBA_FORMS = (("", "m", "sg", True), ("\u0647", "f", "sg", True), ("\u0627", "m", "sg", False),
                ("\u0648\u0646", "m", "pl", True), ("\u064a\u0646", "m", "pl", True),
                ("\u0627\u062a", "f", "pl", True), ("\u0627\u0646", "m", "du", True),
                ("\u062a\u0627\u0646", "f", "du", True), ("\u062a\u064a\u0646", "f", "du", True))
_AL = "\u0627\u0644"
_FILES = ("states.json", "places.json", "organizations.json", "media.json", "people.json")


@dataclass(frozen=True, slots=True)
class Term:
    role: str
    body: str
    start: date
    end: date | None       # the first day out of office; None while in office


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    name: str
    type: str                                 # PERSON ORG GPE MEDIA LOC
    aliases: tuple[str, ...]                  # every surface spelling (Arabic and English), as written
    country: str | None = None                # ISO id of the state it belongs to
    affiliation: str | None = None            # organization id it belongs to
    gender: str | None = None
    roles: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()
    capital_of: str | None = None             # a capital: the state it stands for as an actor
    venue: bool = False                       # an ORG that is also a place (the White House)
    arabic: str | None = None                 # display name: the first Arabic alias
    head: str | None = None                   # the noun of a definite description of it (haraka, 'movement', for Hamas), as written
    context_aliases: tuple[str, ...] = ()     # an outlet's short names that are common words, read only where an outlet is expected
    homonyms: tuple[str, ...] = ()            # names another entry keeps, read as this one where only its state is named


@dataclass(frozen=True, slots=True)
class Nisba:
    country: str
    gender: str     # m / f
    number: str     # sg / du / pl


class ActorDictionary:
    """Every actor by id and by alias, the nisba table, given names and name particles."""

    def __init__(self, entries: dict[str, ActorEntry], by_key: dict[tuple[str, ...], str],
                 nisbas: dict[str, Nisba], given: dict[str, str], particles: frozenset[str],
                 un_members: frozenset[str], dropped: tuple[tuple[str, str], ...]):
        self._entries = entries
        # key -> the entries that share it with its owner: Oman's Arabic name is, read in context, Amman's
        self.homonyms: dict[tuple[str, ...], tuple[str, ...]] = {}
        for e in entries.values():
            for a in e.homonyms:
                key = tuple(norm_phrase(a).split())
                self.homonyms[key] = self.homonyms.get(key, ()) + (e.id,)
        self.homonym_keepers = frozenset(by_key[key] for key in self.homonyms)    # who keeps each
        self._by_key = by_key
        self._nisbas = nisbas
        self._given = given
        self._particles = particles
        self.un_members = un_members
        self.dropped_aliases = dropped        # (alias, id): aliases an entry lost to a collision rule
        self._outlets_in_context: dict[str, list[tuple[tuple[str, ...], str]]] = {}   # first word -> names
        for e in entries.values():
            for a in e.context_aliases:
                words = tuple(norm_phrase(a).split())
                self._outlets_in_context.setdefault(words[0], []).append((words, e.id))
        for found in self._outlets_in_context.values():
            found.sort(key=lambda named: -len(named[0]))
        self._holders: dict[str, list[tuple[Term, ActorEntry]]] = {}
        for entry in entries.values():
            for term in entry.terms:
                self._holders.setdefault(term.role, []).append((term, entry))
        self.get = entries.get                # an actor by id, or None: a call per mention and more
        # asked about every word of every text: each answer is kept by the word asked about, and a
        # look-up is one subscript (the functions below say what they answer)
        self.nisba = BoundedMemo(self._nisba, 200_000).__getitem__
        self.given_name = BoundedMemo(self._given_name, 200_000).__getitem__
        self.is_name_particle = BoundedMemo(self._is_name_particle, 200_000).__getitem__

    def outlet_at(self, keys: list[str], p: int, end: int) -> tuple[int, str] | None:
        """(words, id) of the outlet whose short name starts at p, the longest first, read where an
        outlet is expected (Asharq Al-Awsat by 'the Middle East'), or None."""
        for words, outlet in self._outlets_in_context.get(keys[p], ()):
            if p + len(words) <= end and tuple(keys[p:p + len(words)]) == words:
                return len(words), outlet
        return None

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def alias_keys(self) -> Iterator[tuple[tuple[str, ...], str]]:
        """(normalized tokens, id) for every alias."""
        return iter(self._by_key.items())

    def find(self, phrase: str) -> ActorEntry | None:
        """The actor a whole phrase names (the Kuwaiti foreign ministry by its Arabic name), or None."""
        actor_id = self._by_key.get(tuple(norm_phrase(phrase).split()))
        return self._entries.get(actor_id) if actor_id else None

    def _nisba(self, key: str) -> Nisba | None:
        return self._nisbas.get(key) or self._nisbas.get(norm(key))

    def _given_name(self, key: str) -> str | None:
        """The gender of a given name."""
        return self._given.get(key) or self._given.get(norm_phrase(key))

    def not_given_names(self, words: Collection[str]) -> frozenset[str]:
        """The words that are no given name, as given_name answers for each; for the frames' hundred
        thousand forms at start-up, normalized in one pass (norm_lines), a third of the time."""
        words = list(words)
        given = self._given
        return frozenset(w for w, n in zip(words, norm_lines("\n".join(words))) if w not in given and n not in given)

    def _is_name_particle(self, key: str) -> bool:
        return key in self._particles or norm(key) in self._particles

    def office_holder(self, role: str, body: str, day: date, of_bodies: bool = True) -> ActorEntry | None:
        """The one actor holding `role` of `body` on `day`, else None.

        A state as `body` also covers its own bodies' offices (its intelligence service's chief) if `of_bodies`,
        unless the state's own office has a holder: Iraq's prime minister, not the Kurdistan Regional Government's.
        A term's end day belongs to the successor.
        """
        terms = [(term, entry) for term, entry in self._holders.get(role, ())
                 if term.start <= day and (term.end is None or day < term.end)
                 and (term.body == body or (of_bodies and self._is_state(body) and self.state_of(term.body) == body
                                            and self._entries[term.body].type != "GPE"))]
        own = {entry.id: entry for term, entry in terms if term.body == body}
        holders = own or {entry.id: entry for _, entry in terms}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def state_of(self, actor_id: str) -> str | None:
        """The ISO id of the state an actor belongs to: itself for a state, else its country, capital or affiliation's."""
        seen = set()
        while actor_id and actor_id not in seen:
            seen.add(actor_id)
            entry = self._entries.get(actor_id)
            if entry is None:
                return None
            if self._is_state(actor_id):
                return actor_id
            if entry.capital_of or entry.country:
                return entry.capital_of or entry.country
            actor_id = entry.affiliation
        return None

    def _is_state(self, actor_id: str) -> bool:
        entry = self._entries.get(actor_id)
        return entry is not None and entry.type == "GPE" and entry.country == actor_id


# ---------------------------------------------------------------- loading

class _Reader:
    """Reads the data files of one folder and builds the dictionary; errors name the file and the entry."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.raw: dict[str, dict] = {}
        self.entries: dict[str, ActorEntry] = {}
        self.where: dict[str, str] = {}             # id -> file
        self.pending: dict[str, dict] = {}          # id -> raw entry (validated after all are read)
        self.alias_lists: dict[str, list[str]] = {}

    def fail(self, file: str, entry_id: str | None, message: str) -> LexiconError:
        where = f"{self.folder / file}" + (f": entry {entry_id!r}" if entry_id else "")
        return LexiconError(f"{where}: {message}")

    def read(self, file: str) -> dict:
        path = self.folder / file
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise LexiconError(f"{path}: missing") from exc
        except json.JSONDecodeError as exc:
            raise LexiconError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from exc
        if not isinstance(data, dict) or not isinstance(data.get("_doc"), str) or not isinstance(data.get("_source"), str):
            raise LexiconError(f"{path}: needs a '_doc' and a '_source' string")
        self.raw[file] = data
        return data

    def add(self, file: str, raw: dict, aliases: list[str]) -> None:
        if not isinstance(raw, dict):
            raise self.fail(file, None, f"an entry is not an object: {raw!r}"[:200])
        entry_id = raw.get("id")
        if not isinstance(entry_id, str) or not entry_id:
            raise self.fail(file, None, f"an entry has no id: {json.dumps(raw, ensure_ascii=False)[:80]}")
        if entry_id in self.pending:
            raise self.fail(file, entry_id, f"duplicate id (also in {self.where[entry_id]})")
        if raw.get("type") not in TYPES:
            raise self.fail(file, entry_id, f"unknown type {raw.get('type')!r}")
        if not isinstance(raw.get("name"), str) or not raw["name"]:
            raise self.fail(file, entry_id, "no name")
        if not all(isinstance(a, str) and a.strip() for a in aliases):
            raise self.fail(file, entry_id, "an alias is not a non-empty string")
        self.where[entry_id] = file
        self.pending[entry_id] = raw
        self.alias_lists[entry_id] = list(dict.fromkeys(aliases))

    # -- states
    def states(self) -> tuple[frozenset[str], dict[str, list[str]]]:
        data = self.read("states.json")
        ar, en = Locale("ar").territories, Locale("en").territories
        un, stems = set(), {}
        for raw in data.get("states", ()):
            code = raw.get("id")
            if not isinstance(code, str) or code != code.lower() or len(code) != 2 or code.upper() not in ar:
                raise self.fail("states.json", code, "id is not a lowercase ISO 3166-1 alpha-2 code CLDR knows")
            name = raw.get("name") or en[code.upper()]
            aliases = [*filter(None, [raw.get("name_ar")]), ar[code.upper()], *raw.get("aliases", ()), en[code.upper()], name]
            self.add("states.json", {**raw, "type": "GPE", "name": name, "country": code}, aliases)
            if raw.get("un"):
                un.add(code)
            stems[code] = list(raw.get("nisba", ()))
        return frozenset(un), stems

    # -- state bodies generated from nisba stems
    def state_bodies(self, stems: dict[str, list[str]]) -> None:
        spec = self.raw["organizations.json"].get("state_bodies")
        if not spec:
            return
        claimed: dict[tuple[str, str], str] = {}
        for eid, raw in self.pending.items():
            if raw.get("body"):
                other = claimed.setdefault((raw.get("country"), raw["body"]), eid)
                if other != eid:
                    raise self.fail(self.where[eid], eid, f"{other!r} is already the {raw['body']} of {raw.get('country')!r}")
        kinds = spec["kinds"]
        for (country, kind), eid in claimed.items():
            if kind not in kinds:
                raise self.fail(self.where[eid], eid, f"body {kind!r} is not a kind of state_bodies")
        for kind, k in kinds.items():
            for code in k.get("states", spec["states"]):
                if code not in self.pending or self.where[code] != "states.json":
                    raise self.fail("organizations.json", kind, f"state_bodies names {code!r}, which is no state")
                if not stems.get(code):
                    raise self.fail("organizations.json", kind, f"state {code!r} has no nisba to name its bodies by")
                forms = [form.format(f=_AL + stem + "\u0629", m=_AL + stem) for form in k["forms"] for stem in stems[code]]
                eid = claimed.get((code, kind))
                if eid:
                    self.alias_lists[eid] = list(dict.fromkeys(self.alias_lists[eid] + forms))
                else:
                    state_name = self.pending[code]["name"]
                    self.add("organizations.json", {"id": f"{code}_{kind}", "name": f"{state_name} {k['name']}",
                                                    "type": "ORG", "country": code, "head": k.get("head"),
                                                    "body": kind}, forms)

    # -- validation and building
    def build(self) -> dict[str, ActorEntry]:
        for eid, raw in self.pending.items():
            file = self.where[eid]
            for field in ("country", "affiliation"):
                ref = raw.get(field)
                if ref is not None and ref not in self.pending:
                    raise self.fail(file, eid, f"{field} {ref!r} names no entry")
            if raw.get("country") is not None and self.where[raw["country"]] != "states.json":
                raise self.fail(file, eid, f"country {raw['country']!r} is not a state")
            if raw.get("gender") is not None and raw["gender"] not in GENDERS:
                raise self.fail(file, eid, f"gender {raw['gender']!r} is not m or f")
            if raw.get("capital") and not raw.get("country"):
                raise self.fail(file, eid, "a capital needs a country")
            roles = tuple(raw.get("roles", ()))
            for role in roles:
                if role not in ROLES | ADDED_ROLES:
                    raise self.fail(file, eid, f"unknown role {role!r}")
            terms = tuple(self._term(file, eid, t) for t in raw.get("terms", ()))
            context = raw.get("context_aliases", [])
            if context and (raw["type"] != "MEDIA" or not isinstance(context, list)):
                raise self.fail(file, eid, "context_aliases is a list, for outlets only")
            homonyms = raw.get("homonyms", [])
            if not isinstance(homonyms, list) or not all(isinstance(a, str) for a in homonyms):
                raise self.fail(file, eid, "homonyms is a list of names")
            aliases = tuple(self.alias_lists[eid])
            self.entries[eid] = ActorEntry(
                id=eid, name=raw["name"], type=raw["type"], aliases=aliases, country=raw.get("country"),
                affiliation=raw.get("affiliation"), gender=raw.get("gender"), roles=roles, terms=terms,
                capital_of=raw["country"] if raw.get("capital") else None, venue=bool(raw.get("venue")),
                arabic=next((a for a in aliases if is_arabic(a)), None), head=raw.get("head"),
                context_aliases=tuple(context), homonyms=tuple(homonyms))
        return self.entries

    def _term(self, file: str, eid: str, raw) -> Term:
        if not isinstance(raw, dict) or set(raw) - {"role", "body", "from", "to", "note"}:
            raise self.fail(file, eid, f"a term is not {{role, body, from, to}}: {raw!r}")
        if raw.get("role") not in ROLES | ADDED_ROLES:
            raise self.fail(file, eid, f"term role {raw.get('role')!r} is unknown")
        if raw.get("body") not in self.pending:
            raise self.fail(file, eid, f"term body {raw.get('body')!r} names no entry")
        try:
            start = date.fromisoformat(raw["from"])
            end = None if raw.get("to") is None else date.fromisoformat(raw["to"])
        except (KeyError, TypeError, ValueError) as exc:
            raise self.fail(file, eid, f"term dates are not ISO dates: {raw!r}") from exc
        if end is not None and end < start:
            raise self.fail(file, eid, f"term ends before it starts: {raw!r}")
        return Term(raw["role"], raw["body"], start, end)

    def keys(self) -> tuple[dict[tuple[str, ...], str], tuple[tuple[str, str], ...]]:
        ambiguous = {tuple(norm_phrase(a).split()) for data in self.raw.values() for a in data.get("ambiguous", ())}
        owner: dict[tuple[str, ...], str] = {}
        lost: list[tuple[str, str]] = []
        for eid, entry in self.entries.items():
            for alias in entry.aliases:
                key = tuple(norm_phrase(alias).split())
                if not key:
                    raise self.fail(self.where[eid], eid, f"alias {alias!r} has no letters")
                if key in ambiguous:
                    lost.append((alias, eid))
                    continue
                other = owner.get(key)
                if other is None or other == eid:
                    owner[key] = eid
                elif self._state_over_place(other, eid):
                    lost.append((alias, eid))
                elif self._state_over_place(eid, other):
                    lost.append((alias, other))
                    owner[key] = eid
                else:
                    raise self.fail(self.where[eid], eid, f"alias {alias!r} is also an alias of {other!r} "
                                    f"({self.where[other]}); list it under 'ambiguous' if it names neither")
        losers: dict[str, set[str]] = {}
        for alias, eid in lost:
            losers.setdefault(eid, set()).add(alias)
        for eid, gone in losers.items():
            entry = self.entries[eid]
            kept = tuple(a for a in entry.aliases if a not in gone or owner.get(tuple(norm_phrase(a).split())) == eid)
            self.entries[eid] = _replace_aliases(entry, kept)
        for eid, entry in self.entries.items():
            for name in entry.homonyms:
                keeper = owner.get(tuple(norm_phrase(name).split()))
                if keeper is None or keeper == eid:
                    raise self.fail(self.where[eid], eid, f"homonym {name!r} is no other entry's alias; "
                                    "make it an alias of this one")
                if not entry.country or entry.country == self.entries[keeper].country:
                    raise self.fail(self.where[eid], eid, f"homonym {name!r}: the context that tells the two "
                                    "apart is their states, and these share one")
        return owner, tuple(lost)

    def _state_over_place(self, state: str, place: str) -> bool:
        return (self.where[state] == "states.json" and self.where[place] == "places.json")

    def nisbas(self, stems: dict[str, list[str]], owner: dict[tuple[str, ...], str]) -> dict[str, Nisba]:
        table: dict[str, Nisba] = {}
        for code, words in stems.items():
            for word in words:
                stem = norm(word)
                if not stem.endswith("\u064a") or " " in stem:
                    raise self.fail("states.json", code, f"nisba stem {word!r} is not one word ending in ya")
                for ending, gender, number, definite in _NISBA_FORMS:
                    for form in ((stem + ending, _AL + stem + ending) if definite else (stem + ending,)):
                        named = owner.get((form,))
                        if named and self.where[named] == "states.json":
                            continue        # Turkiya is Turkey, not the accusative of turki
                        previous = table.get(form)
                        if previous and previous.country != code:
                            raise self.fail("states.json", code,
                                            f"nisba form {form!r} is also one of {previous.country!r}")
                        table[form] = Nisba(code, gender, number)
        return table

    def given_names(self) -> tuple[dict[str, str], frozenset[str]]:
        data = self.read("given_names.json")
        given: dict[str, str] = {}
        for gender, field in (("m", "male"), ("f", "female")):
            for name in data.get(field, ()):
                key = norm_phrase(name)
                if not key:
                    raise self.fail("given_names.json", name, "a given name has no letters")
                if given.get(key, gender) != gender:
                    raise self.fail("given_names.json", name, "listed as both male and female")
                given[key] = gender
        return given, frozenset(norm(p) for p in data.get("particles", ()))


def _replace_aliases(entry: ActorEntry, aliases: tuple[str, ...]) -> ActorEntry:
    return dataclasses.replace(entry, aliases=aliases, arabic=next((a for a in aliases if is_arabic(a)), None))


@functools.cache
def load(folder: str | Path | None = None) -> ActorDictionary:
    """The actor dictionary of graphbuild/data/actors, or of another folder holding the same files."""
    reader = _Reader(Path(folder) if folder is not None else DATA_DIR)
    un, stems = reader.states()
    for file in _FILES[1:]:
        data = reader.read(file)
        entries = data.get("entries")
        if not isinstance(entries, list):
            raise LexiconError(f"{reader.folder / file}: needs an 'entries' list")
        for raw in entries:
            aliases = raw.get("aliases", ()) if isinstance(raw, dict) else ()
            if not isinstance(aliases, list):
                raise LexiconError(f"{reader.folder / file}: entry {raw.get('id')!r}: aliases is not a list")
            reader.add(file, raw, list(aliases))
    reader.state_bodies(stems)
    reader.build()
    owner, lost = reader.keys()
    nisbas = reader.nisbas(stems, owner)
    given, particles = reader.given_names()
    return ActorDictionary(reader.entries, owner, nisbas, given, particles, un, lost)
