"""Mentions of actors and places: gazetteer names (clitics stripped), persons introduced by a
title, unnamed sources and officials, state bodies ('الإدارة الأمريكية'), and descriptions
('الحركة', 'المبعوث الأميركي') that the resolver links to an earlier mention.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from graphbuild.lexicon import EntityInfo, Lexicon
from graphbuild.normalize import enclitic_variants, norm, proclitic_variants, skeleton

NAME_CONNECTORS = frozenset({"بن", "بنت", "ابو", "ابن", "عبد", "ال", "اب", "ام"})
PUNCT_BREAK = frozenset({"،", ",", ".", ":", "؛", ";", "(", ")", "-", "–", "—", "!", "؟", "?", "\n", "/"})


@dataclass
class Ref:
    """What a mention refers to."""

    id: str
    name: str
    type: str
    gender: str | None = None
    country: str | None = None
    affiliation: str | None = None
    roles: tuple[str, ...] = ()
    speaks_for: bool = False
    unnamed: bool = False
    head: str | None = None
    venue: bool = False
    capital_of: str | None = None


@dataclass
class Mention:
    start: int                   # token span [start, end)
    end: int
    ref: Ref | None
    kind: str                    # name | nisba | nisba_plural | person | unnamed | group | body | desc | pronoun
    text: str = ""
    role: str | None = None
    desc_head: str | None = None  # for descriptions: the head noun ('حركه', 'موقع') or role
    actor: Ref | None = None     # who acts in a contact when this mention is the participant
    extra: dict = field(default_factory=dict)

    def participant(self) -> Ref | None:
        return self.actor or self.ref


def ref_of(info: EntityInfo) -> Ref:
    return Ref(id=info.id, name=info.name, type=info.type, gender=info.gender, country=info.country,
               affiliation=info.affiliation, roles=info.roles, head=info.head, venue=info.venue,
               capital_of=info.capital_of)


class MentionFinder:
    def __init__(self, lexicon: Lexicon):
        self.lx = lexicon

    # token helpers -------------------------------------------------------------------------------
    def keys(self, doc) -> list[str]:
        return [t.norm_ for t in doc]

    def _skip_quotes(self, keys, i):
        while i < len(keys) and keys[i] in ('"', "“", "”", "«", "»", "'"):
            i += 1
        return i

    def match_phrase(self, keys, i, index) -> tuple[int, tuple] | None:
        """Longest lexicon phrase at token i (first token may carry proclitics); quotes skipped."""
        best = None
        for variant in proclitic_variants(keys[i]):
            for entry in index.get(variant, ()):
                tokens = entry[0]
                j, ok = i + 1, True
                for tok in tokens[1:]:
                    j = self._skip_quotes(keys, j)
                    if j >= len(keys) or keys[j] != tok:
                        ok = False
                        break
                    j += 1
                if ok and (best is None or j > best[0]):
                    best = (j, entry)
        return best

    def match_title(self, keys, i):
        """A title at i, with an optional 'assistant/deputy' prefix: (end, Title, gender)."""
        j, gender = i, None
        prefix = [v for v in proclitic_variants(keys[i]) if v in self.lx.assistant_prefixes]
        if prefix and i + 1 < len(keys):
            gender, j = self.lx.assistant_prefixes[prefix[0]], i + 1
        for variant in proclitic_variants(keys[j]):
            for title in self.lx.titles.get(variant, ()):
                if tuple(keys[j + 1: j + len(title.tokens)]) == title.tokens[1:]:
                    return j + len(title.tokens), title, gender or title.gender
        return None

    # the finder ------------------------------------------------------------------------------------
    def find(self, doc, sentence_bounds) -> list[Mention]:
        keys = self.keys(doc)
        mentions: list[Mention] = []
        for s_start, s_end in sentence_bounds:
            i = s_start
            while i < s_end:
                m = self._at(doc, keys, i, s_end)
                if m is None:
                    i += 1
                    continue
                m.start = self._head_before(keys, m, max(s_start, mentions[-1].end if mentions else 0))
                m.text = _surface(doc, m.start, m.end)
                mentions.append(m)
                i = m.end
        return mentions

    def _head_before(self, keys, m: Mention, floor: int) -> int:
        """Where a name starts when its head noun stands before it: 'لوكالة "فرانس برس"', 'موقع أكسيوس'."""
        if m.kind != "name" or m.ref is None or not m.ref.head:
            return m.start
        k = m.start - 1
        while k >= floor and keys[k] in ('"', "“", "«"):
            k -= 1
        if k >= floor and m.ref.head in proclitic_variants(keys[k]):
            return k
        return m.start

    def _at(self, doc, keys, i, end) -> Mention | None:
        return (self._title_person(doc, keys, i, end)
                or self._unnamed(keys, i, end)
                or self._body(keys, i, end)
                or self._named(keys, i, end))

    def _named(self, keys, i, end) -> Mention | None:
        hit = self.match_phrase(keys, i, self.lx.phrases)
        if not hit or hit[0] > end:
            return None
        j, (tokens, entity_id, kind) = hit
        info = self.lx.entity(entity_id)
        return Mention(i, j, ref_of(info), kind)

    def _nisba_at(self, keys, i, end, kinds=("nisba",)):
        hit = self.match_phrase(keys, i, self.lx.phrases)
        if hit and hit[0] <= end and hit[1][2] in kinds:
            return hit[0], hit[1][1]
        return None

    def _body(self, keys, i, end) -> Mention | None:
        """'الإدارة الأمريكية', 'إدارة ترامب', 'حكومتي قطر' -> the state; 'وزارة الخارجية الإيرانية' -> its ministry."""
        variants = proclitic_variants(keys[i])
        j = i + 1
        if any(v in self.lx.ministry_heads for v in variants) and j < end and keys[j] in self.lx.ministries:
            ministry, j = keys[j], j + 1
        elif any(v in self.lx.ministries for v in variants) and j < end:
            ministry = next(v for v in variants if v in self.lx.ministries)
        else:
            ministry = None
        if ministry:
            nisba = self._nisba_at(keys, j, end)
            if nisba:
                country = self.lx.entity(nisba[1])
                demonym = self.lx.country_by_demonym.get(country.id, country.name)
                ref = Ref(id=f"{country.id}_{norm_id(self.lx.ministries[ministry])}",
                          name=f"{demonym} {self.lx.ministries[ministry]}", type="ORG",
                          country=country.id, head="وزاره")
                return Mention(i, nisba[0], ref, "body")
            return None
        if not any(v in self.lx.government_nouns for v in variants) or j >= end:
            return None
        nisba = self._nisba_at(keys, j, end)
        if nisba:
            return Mention(i, nisba[0], ref_of(self.lx.entity(nisba[1])), "body")
        hit = self.match_phrase(keys, j, self.lx.phrases)
        if hit and hit[0] <= end:
            info = self.lx.entity(hit[1][1])
            if info.type == "PERSON" and info.country:
                return Mention(i, hit[0], ref_of(self.lx.entity(info.country)), "body")
            if info.type == "GPE" and hit[1][2] == "name" and info.id == info.country:
                return Mention(i, hit[0], ref_of(info), "body")
        # 'إدارة الرئيس الأمريكي دونالد ترامب'
        title = self.match_title(keys, j)
        if title:
            tail_end, country, _ = self._title_tail(keys, title[0], end)
            if country:
                k = self._skip_name(keys, tail_end, end)
                return Mention(i, k, ref_of(self.lx.entity(country)), "body")
        return None

    def _unnamed(self, keys, i, end) -> Mention | None:
        """'مسؤول أمريكي كبير', 'قيادي بحركة حماس', 'مصدر مطلع', 'مسؤولين من حماس', 'قادة حماس'."""
        variants = proclitic_variants(keys[i])
        one = next((v for v in variants if v in self.lx.unnamed_singular), None)
        many = next((v for v in variants if v in self.lx.unnamed_plural), None) or next(
            (v[2:] for v in variants if v.startswith("ال") and v[2:] in self.lx.unnamed_plural), None)
        j = i + 1
        if any(v in ("احد", "احدي") for v in variants) and j < end:
            # 'أحد المصادر', 'إحدى الجهات': one of several unnamed people
            plural = next((v for v in proclitic_variants(keys[j]) if v in self.lx.unnamed_plural), None)
            plural = plural or next((v[2:] for v in proclitic_variants(keys[j])
                                     if v.startswith("ال") and v[2:] in self.lx.unnamed_plural), None)
            singular = self.lx.singular_of.get(plural) if plural else None
            if singular:
                one, j = singular, j + 1
        if not one and not many:
            return None
        while j < end and keys[j] in ("مطلع", "مطلعه", "كبير", "رفيع", "رفيعه", "بارز", "اخر", "مطلعون", "مطلعين", "كبار", "رسمي", "رسميه"):
            j += 1
        affiliation = None
        # 'مسؤول أمريكي', and for a plural 'مسؤولين أمريكيين'
        nisba = self._nisba_at(keys, j, end, ("nisba", "nisba_plural") if many else ("nisba",)) if j < end else None
        if nisba:
            affiliation, j = nisba[1], nisba[0]
        elif j < end:
            k = j + 1 if keys[j] in ("في", "من", "عن") else j
            hit = self.match_phrase(keys, k, self.lx.phrases) if k < end else None
            if hit and hit[0] <= end and hit[1][2] == "name" and self.lx.entity(hit[1][1]).type in ("ORG", "GPE"):
                if k > j or keys[j][0] in "بل" or many:
                    affiliation, j = hit[1][1], hit[0]
        while j < end and keys[j] in ("مطلع", "مطلعه", "كبير", "رفيع", "بارز", "اخر", "الفلسطينيه", "مطلعه علي الامر"):
            j += 1
        kind_word = self.lx.unnamed_singular.get(one) if one else self.lx.unnamed_plural.get(many)
        if affiliation is None and kind_word in ("official", "officials"):
            return None          # 'مسؤول' alone is a title or a common noun, not a source
        aff = self.lx.entity(affiliation) if affiliation else None
        group = bool(many)
        ref = Ref(id=f"unnamed_{affiliation or 'x'}_{kind_word}", type="PERSON",
                  name=f"unnamed {aff.name + ' ' if aff else ''}{kind_word}",
                  country=(aff.country if aff else None), affiliation=affiliation,
                  speaks_for=True, unnamed=True)
        actor = None
        if aff is not None:
            actor = ref_of(aff) if aff.type != "GPE" else ref_of(self.lx.entity(aff.country or aff.id))
        return Mention(i, j, ref, "group" if group else "unnamed", actor=actor)

    def _title_tail(self, keys, j, end):
        """Complements after a title: nisba, 'باسم X', 'لشؤون الرهائن', genitive actor. -> (end, country, affiliation)."""
        country = affiliation = None
        steps = 0
        while j < end and steps < 10:
            steps += 1
            j = self._skip_quotes(keys, j)
            k = j
            if keys[k] in ("باسم", "في", "من", "لدي", "الي", "عن") and k + 1 < end:
                k += 1
            nisba = self._nisba_at(keys, k, end)
            if nisba:
                country = country or nisba[1]
                j = nisba[0]
                continue
            inner = self.match_title(keys, k)
            if inner and inner[0] <= end:
                t_end, c2, a2 = self._title_tail(keys, inner[0], end)
                name_end = self._skip_name(keys, t_end, end)
                hit = self.match_phrase(keys, t_end, self.lx.phrases) if t_end < end else None
                if hit and self.lx.entity(hit[1][1]).type == "PERSON":
                    name_end = hit[0]
                    c2 = c2 or self.lx.entity(hit[1][1]).country
                country = country or c2
                affiliation = affiliation or a2
                j = name_end
                continue
            hit = self.match_phrase(keys, k, self.lx.phrases)
            if hit and hit[0] <= end and hit[1][2] == "name":
                info = self.lx.entity(hit[1][1])
                if info.type == "PERSON":
                    if k == j:           # the title's own name: stop here
                        break
                    country = country or info.country
                elif info.type in ("ORG", "MEDIA"):
                    affiliation = affiliation or info.id
                    country = country or info.country
                elif info.type == "GPE" and info.id == info.country:
                    country = country or info.id
                j = hit[0]
                continue
            body = self._body(keys, k, end)
            if body:
                if body.ref.type == "ORG":
                    affiliation = affiliation or body.ref.id
                country = country or body.ref.country or body.ref.id
                j = body.end
                continue
            if any(v in self.lx.domain_heads for v in proclitic_variants(keys[k])):
                j = min(k + 2, end)
                continue
            if any(v in self.lx.domain_words for v in proclitic_variants(keys[k])) and keys[k] not in ("في", "الي"):
                j = k + 1
                continue
            break
        return j, country, affiliation

    def _name_tokens(self, keys, j, end) -> int:
        """End of a personal name starting at j (0 tokens when none)."""
        k = j
        while k < end and k - j < 5:
            key = keys[k]
            if key in PUNCT_BREAK or not key or not ("\u0621" <= key[0] <= "\u064a"):
                break
            if key in self.lx.function_words or key in self.lx.complementizers:
                break
            if k == j and key.startswith("ال") and key not in ("الشيخ",):
                break
            if key in self.lx.time.get("_weekday_keys", ()):
                break
            if self.lx.triggers.get(key) or any(self.lx.triggers.get(v) for v in proclitic_variants(key)[1:2]):
                break
            if k > j and (self.match_title(keys, k) or self._nisba_at(keys, k, end)):
                break
            if any(v in self.lx.unnamed_singular or v in self.lx.unnamed_plural or v in self.lx.light_verbs
                   for v in proclitic_variants(key)):
                break
            k += 1
        return k

    def _skip_name(self, keys, j, end) -> int:
        j2 = j + 1 if j < end and keys[j] in ("،", ",") else j
        k = self._name_tokens(keys, j2, end)
        return k if k > j2 else j

    def _title_person(self, doc, keys, i, end) -> Mention | None:
        title = self.match_title(keys, i)
        if not title or title[0] > end:
            return None
        t_end, t, gender = title
        j, country, affiliation = self._title_tail(keys, t_end, end)
        k = j + 1 if j < end and keys[j] in ("،", ",") else j
        while k < end and (keys[k] in self.lx.honorifics):
            k += 1
        hit = self.match_phrase(keys, k, self.lx.phrases) if k < end else None
        if hit and hit[0] <= end and self.lx.entity(hit[1][1]).type == "PERSON":
            if k == t_end and not keys[t_end - 1].startswith("ال"):
                # 'مستشار نتنياهو': an indefinite title before a name is its genitive, another person
                return Mention(i, hit[0], None, "desc", role=t.role, extra={"of": hit[1][1]})
            info = self.lx.entity(hit[1][1])
            return Mention(i, hit[0], ref_of(info), "person", role=t.role)
        n_end = self._name_tokens(keys, k, end)
        if n_end == k + 1 and _imperfect_verb_before_that(keys, k, end, self.lx):
            n_end = k                # 'الرئيس يعتقد أن': a verb, not a name
        if n_end > k and (n_end - k >= 2 or (n_end < end and keys[n_end] in PUNCT_BREAK | self.lx.complementizers)):
            words = [doc[x].text for x in range(k, n_end) if keys[x] not in ('"', "“", "”")]
            name = " ".join(words)
            ref = Ref(id="person_" + "_".join(skeleton(w) for w in words[-2:]), name=name, type="PERSON",
                      gender=gender, country=country, affiliation=affiliation, roles=(t.role,),
                      speaks_for=t.speaks_for)
            return Mention(i, n_end, ref, "person", role=t.role)
        # a title with no name: a description the resolver links to an earlier person
        aff_info = self.lx.entity(affiliation) if affiliation else None
        return Mention(i, j, None, "desc", role=t.role,
                       extra={"country": country, "affiliation": affiliation, "gender": gender,
                              "indefinite": t.role != "counterpart" and not any(
                                  v.startswith("ال") for x in range(i, min(t_end + 1, end))
                                  for v in proclitic_variants(keys[x])),
                              "speaks_for": t.speaks_for,
                              "aff_actor": ref_of(aff_info) if aff_info else None})


def _imperfect_verb_before_that(keys, k, end, lx) -> bool:
    return keys[k][:1] in ("ي", "ت") and k + 1 < end and keys[k + 1] in lx.complementizers


def norm_id(text: str) -> str:
    return "_".join(text.lower().replace("'", "").split())


def _surface(doc, start, end) -> str:
    spans = doc.user_data["char_spans"]
    text = doc.user_data["text"][spans[start][0]: spans[end - 1][1]]
    return " ".join(text.replace('"', " ").replace("“", " ").replace("”", " ").split())


def with_ref(m: Mention, ref: Ref) -> Mention:
    return replace(m, ref=ref)
