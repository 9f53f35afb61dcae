"""Mentions of actors: names in the actor dictionary, persons introduced by a role
('وزير الخارجية الأردني أيمن الصفدي', 'المتحدث باسم الخارجية الأردنية سفيان القضاة'), persons in
no list found from a given name, roles standing alone ('الرئيس الأمريكي'), groups that stand for
their state or organization ('مسؤولين سعوديين', 'وفد الاتحاد الإفريقي'), definite descriptions
('الحركة'), joint parties ('الجانبان') and unnamed sources.

Dictionary names are matched by spaCy's PhraseMatcher on the clitic-free keys (token.lemma_);
the rest is read left to right by the small grammar of roles below. The result goes to
`state.mentions` and to `doc.spans["mentions"]`.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import compress
from operator import attrgetter

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from graphbuild.actors import ActorDictionary, ActorEntry
from graphbuild.extraction.clitics import CliticSplitter
from graphbuild.extraction.coref import COUNTERPART
from graphbuild.extraction.roles import BRACKETS
from graphbuild.extraction.state import DocState, Mention, sentence_finder
from graphbuild.lexicon import Lexicon
from graphbuild.normalize import BoundedMemo, norm, norm_phrase, skeleton

MAX_NAME = 4            # words of a name found from its context, particles aside
MAX_PARTICLE_NAME = 7
SENT_ROLES = ("envoy", "ambassador")   # titles completed by where they are sent to ('المبعوث الأممي إلى اليمن')


_is_word = BoundedMemo(lambda key: any(c.isalpha() for c in key), 200_000).__getitem__


class MentionFinder:
    """Built once per pipeline: the matcher over every dictionary alias and the word classes."""

    def __init__(self, vocab, lexicon: Lexicon, actors: ActorDictionary, cue_forms: set[str], key=lambda w: w):
        self.lx = lexicon
        self.actors = actors
        self.matcher = PhraseMatcher(vocab, attr="LEMMA")
        by_entity: dict[str, set[tuple[str, ...]]] = {}
        for tokens, entity_id in actors.alias_keys():
            entry = actors.get(entity_id)
            if entry is None or not self._usable_alias(tokens, entry):
                continue
            by_entity.setdefault(entity_id, set()).update(
                tuple(key(w) for w in spelling) for spelling in self._spellings(tokens))
            if entry.type == "MEDIA" and not tokens[0].startswith(lexicon.article):
                by_entity[entity_id].add((lexicon.article + tokens[0],) + tokens[1:])   # 'البي بي سي'

        for entity_id, variants in by_entity.items():
            self.matcher.add(entity_id, [Doc(vocab, words=list(t), lemmas=list(t)) for t in variants])
        self._actor_of_match = {vocab.strings[entity_id]: entity_id for entity_id in by_entity}   # match id -> actor id
        # a span's label and actor by their ids in the vocabulary's strings: a look-up, not a hash per span
        self._string_id = BoundedMemo(vocab.strings.add, 200_000)
        # words no name ever holds, even where a given name is spelled the same ('آن' and 'أن')
        self.hard_stop = (lexicon.function_words | lexicon.prepositions | lexicon.complementizers
                          | lexicon.negators | lexicon.relative_pronouns)
        self.not_name = (lexicon.function_words | lexicon.common_words | lexicon.prepositions
                         | lexicon.complementizers | lexicon.relative_pronouns | lexicon.negators
                         | lexicon.statement_nouns | lexicon.group_nouns | lexicon.domain_words
                         | lexicon.title_modifiers | lexicon.complement_links | lexicon.name_breakers
                         | lexicon.meeting_references | lexicon.attendance | lexicon.delegation_head
                         | lexicon.phone | frozenset(lexicon.joint_parties) | lexicon.titles.words()
                         | lexicon.unnamed.words() | lexicon.honorifics.words() | lexicon.attribution.words()
                         | actors.not_given_names(cue_forms)   # 'نجيب' is a name first
                         | _time_words(lexicon))
        lx = lexicon
        self._joint_firsts = frozenset(k.split()[0] for k in lx.joint_parties)
        self._openers = (lx.media_heads | lx.group_nouns | frozenset(lx.title_prefixes) | lx.administration_nouns
                         | lx.speaker_country | frozenset(lx.description_heads)
                         | self._joint_firsts)
        # the first words of the outlets' short names read where an outlet is expected (outlet_at)
        self._outlet_words = frozenset(norm_phrase(a).split()[0] for e in actors for a in e.context_aliases)
        self._opening = BoundedMemo(self._opens, 200_000)
        self._rules = BoundedMemo(self._rules_for, 200_000)
        self._head_forms = BoundedMemo(self._forms_of_head, 20_000)

    def _opens(self, key: str) -> bool:
        """Whether a mention can start at a word that starts no dictionary name: only at one the
        grammar of mentions below knows (a title, an honorific, a group noun, a given name ...);
        most words of a text are none, and are passed at once. A given name that is also a word no
        name holds (not_name) opens nothing but an outlet's short name."""
        rules = self._rules[key]
        return _is_word(key) and (bool(rules - {"outlet"}) or key in self._openers or (
            "outlet" in rules and bool(self.actors.given_name(key))))

    def _rules_for(self, key: str) -> frozenset[str]:
        """The rules of _mention_at that can find a mention at this word: each asks first for a word
        of its own class (an honorific, a title, a given name ...), and a word is of one class or
        two, so the other rules are not tried at it."""
        if not _is_word(key):
            return frozenset()
        lx, actors = self.lx, self.actors
        return frozenset(rule for rule, applies in (
            ("outlet", key in self._outlet_words),
            ("honorific", lx.honorifics.can_start(key)),
            ("office", lx.office_heads.can_start(key)),
            ("title", lx.titles.can_start(key) or key in lx.title_prefixes),
            ("administration", key in lx.administration_nouns),
            ("joint", key in self._joint_firsts),
            ("unnamed", lx.unnamed.can_start(key)),
            ("given", actors.given_name(key) and key not in self.not_name),
            ("nisba", actors.nisba(key) is not None)) if applies)

    def _usable_alias(self, tokens: tuple[str, ...], entry: ActorEntry) -> bool:
        """A one-word alias that is a given name, a common word or a nisba ('حسين', 'العمانية')
        names too many things to stand for one actor."""
        if len(tokens) > 1 or entry.type == "GPE":
            return True
        word = tokens[0]
        if self.actors.nisba(word) is not None:
            return False                    # 'العمانية': the agency's short name is the nisba
        return not (self.actors.given_name(word) or word in self.lx.common_words
                    or word in self.lx.function_words)

    def _spellings(self, tokens: tuple[str, ...]) -> set[tuple[str, ...]]:
        """'عبد الله' and 'عبدالله', 'أبو ظبي' and 'أبوظبي': compound names written both ways."""
        out = {tokens}
        joined, i = [], 0
        while i < len(tokens):
            if tokens[i] in self.lx.compound_name_heads and i + 1 < len(tokens):
                joined.append(tokens[i] + tokens[i + 1])
                i += 2
            else:
                joined.append(tokens[i])
                i += 1
        out.add(tuple(joined))
        split = []
        for t in tokens:
            head = next((h for h in self.lx.compound_name_heads if t.startswith(h) and len(t) - len(h) >= 3), None)
            split.extend((head, t[len(head):]) if head else (t,))
        out.add(tuple(split))
        return out

    # dictionary names ------------------------------------------------------------------------
    def dictionary_matches(self, doc: Doc, state: DocState) -> dict[int, tuple[int, str]]:
        """position -> (end position, actor id) of the longest dictionary name starting there."""
        tokens = state.tokens
        actor_of_match = self._actor_of_match
        best: dict[int, tuple[int, str]] = {}
        for match_id, start, end in self.matcher(doc):
            # white space keeps no lemma, so a match holds none: its tokens are consecutive positions
            p = bisect_left(tokens, start)
            q = p + end - start
            if p not in best or q > best[p][0]:
                best[p] = (q, actor_of_match[match_id])
        quote_open = self.lx.quote_open
        for p in [p for p in best if p and state.norms[p - 1] in quote_open]:     # a name quoted
            q, entity_id = best[p]
            head = self._quoted_after_head(state, p, entity_id)
            if head is not None and head not in best:
                best[head] = (self._skip_quotes(state, q, len(state.keys), closing=True), entity_id)
        return best

    def _quoted_after_head(self, state: DocState, p: int, entity_id: str) -> int | None:
        """'حركة "حماس"': where the noun of a name quoted after it starts, or None."""
        q = p - 1
        while q >= 0 and state.norms[q] in self.lx.quote_open:
            q -= 1
        if q == p - 1 or q < 0:
            return None
        entry = self.actors.get(entity_id)
        if entry is None or not entry.head:
            return None
        return q if state.keys[q] in self._head_forms[entry.head] else None

    def _forms_of_head(self, head: str) -> tuple[str, str]:
        """The noun of an actor's description in matching form, bare and definite."""
        return norm(head), self.lx.article + norm(head)

    # the grammar of mentions -------------------------------------------------------------------
    def find(self, doc: Doc, state: DocState) -> list[Mention]:
        names = self.dictionary_matches(doc, state)
        out: list[Mention] = []
        keys = state.keys
        # the positions where _mention_at can find one, in one pass: most words open none
        opening = compress(range(len(keys)), map(self._opening.__getitem__, keys))
        named = compress(names, map(_is_word, map(keys.__getitem__, names)))
        starts = sorted({*opening, *named})
        for sent in state.sentences:
            i = bisect_left(starts, sent.start)
            while i < len(starts) and starts[i] < sent.end:
                m = self._mention_at(state, names, starts[i], sent.end)
                if m is None:
                    i += 1
                    continue
                out.append(m)
                i = bisect_left(starts, m.end, i + 1)
        out = self._appositions(state, out)
        out = self._link_surnames(state, out, names)
        if self.actors.homonym_keepers:
            out = self._read_homonyms(state, out)
        state.mentions = out
        string_id = self._string_id
        doc.spans["mentions"] = [state.span(doc, m.start, m.end, string_id[m.kind], string_id[m.entity or ""])
                                 for m in out]
        return out

    def _read_homonyms(self, state: DocState, mentions: list[Mention]) -> list[Mention]:
        """A name two entries of two states share ('عمان': Oman, and Amman) is its keeper's unless
        the document's other mentions name the other entry's state and not the keeper's."""
        keys, homonyms, state_of = state.keys, self.actors.homonyms, self.actors.state_of
        shared = {i: others for i, m in enumerate(mentions) if m.entity in self.actors.homonym_keepers
                  and m.kind == "actor" and (others := homonyms.get(
                      tuple(keys[m.head if m.head is not None else m.start:m.tail or m.end])))}
        if not shared:
            return mentions
        named = {state_of(x) for i, m in enumerate(mentions) if i not in shared for x in (m.entity, m.country) if x}
        out = list(mentions)
        for i, others in shared.items():
            fitting = [x for x in others if state_of(x) in named]
            if len(fitting) == 1 and state_of(mentions[i].entity) not in named:
                entry = self.actors.get(fitting[0])
                out[i] = replace(mentions[i], entity=entry.id, country=entry.country)
        return out

    def _conj(self, state: DocState, p: int) -> bool:
        n, k = state.norms[p], state.keys[p]
        return n != k and n.startswith(self.lx.conjunction)

    def _ordinal_end(self, state: DocState, e: int, end: int) -> int:
        """'عبدالله الثاني': a regnal ordinal after a name belongs to it."""
        return e + 1 if e < end and state.keys[e] in self.lx.regnal_ordinals else e

    def _mention_at(self, state: DocState, names, p: int, end: int) -> Mention | None:
        keys = state.keys
        if not (self._opening[keys[p]] or p in names and _is_word(keys[p])):
            return None
        rules = self._rules[keys[p]]
        start = p
        conj = self._conj(state, p)
        if "outlet" in rules:
            outlet = self._outlet_in_context(state, names, p, end)
            if outlet is not None:
                return _started(outlet, start, conj)
        q = self._after_honorifics(state, names, p, end) if "honorific" in rules else p
        honorific = q > p
        if q < end and q in names:
            e, eid = names[q]
            entry = self.actors.get(eid)
            if entry is not None and not (honorific and entry.type != "PERSON"):
                if entry.type == "PERSON":
                    e = self._ordinal_end(state, e, end)
                return Mention(start, e, "actor", eid, gender=entry.gender, country=entry.country,
                               conj=conj, head=q)
        office = self.lx.office_heads.match(keys, q, end) if "office" in rules and not honorific else None
        if office:
            inner = self._mention_at(state, names, q + office[0], end)
            if inner is not None and inner.kind in ("role", "person", "actor") and not inner.conj:
                return self._office(state, start, q, inner, conj)
        if q < end and keys[q] in self.lx.media_heads and not honorific:
            r = q + 1 + (q + 1 < end and keys[q + 1] in self.lx.media_head_modifiers)
            r = self._skip_quotes(state, r, end, brackets=True)
            if r in names:
                e, eid = names[r]
                entry = self.actors.get(eid)
                if entry is not None and entry.type == "MEDIA":     # 'قناة (الجزيرة)'
                    return Mention(start, self._skip_quotes(state, e, end, closing=True, brackets=True), "actor",
                                   eid, conj=conj, head=r, tail=e)
        if not honorific and keys[q] in self.lx.group_nouns:
            group = self._group(state, names, q, end)     # 'مسؤول من حماس' before the title 'مسؤول'
            if group is not None:
                return _started(group, start, conj)
        title = self._title(state, names, q, end) if honorific or "title" in rules else None
        if title is not None:
            return _started(title, start, conj)
        if honorific:
            name_end = self._name_end(state, q, end, names, after_title=True)
            if name_end > q:
                return self._person(state, start, q, name_end, None, None, None, conj)
            return None
        # from here on q == p: a group noun at p has been tried above
        group = self._administration(state, names, p, end) if "administration" in rules else None
        if group is not None:
            return _started(group, start, conj)
        if keys[p] in self.lx.speaker_country:
            return Mention(p, p + 1, "side", conj=conj, implied=True)     # 'بلاده': the speaker's country
        if "joint" in rules:
            joint = self._joint_at(state, p, end, conj)
            if joint is not None:
                return joint
        desc = self.lx.description_heads.get(keys[p])
        if desc is not None:
            country = self._nisba_at(state, p + 1, end)
            return Mention(p, p + 1 + (1 if country else 0), "desc", role=desc[0], country=country,
                           conj=conj, types=desc[1])
        unnamed = self.lx.unnamed.match(keys, p, end) if "unnamed" in rules else None
        if unnamed:
            e = p + unnamed[0]
            country = self._nisba_at(state, e, end)
            return Mention(p, e + (1 if country else 0), "unnamed", role=unnamed[1][0],
                           plural=unnamed[1][1], country=country, conj=conj)
        if "given" in rules:
            name_end = self._name_end(state, p, end, names, after_title=False)
            if name_end - p >= 2:
                return self._person(state, start, p, name_end, None, None, None, conj)
        nisba = self.actors.nisba(keys[p]) if "nisba" in rules else None
        if nisba is not None:
            # 'مع القطريين': a definite plural standing alone is its people
            kind = "group" if nisba.number == "pl" and keys[p].startswith(self.lx.article) else "nisba"
            return Mention(p, p + 1, kind, nisba.country, gender=nisba.gender,
                           plural=nisba.number != "sg", country=nisba.country, conj=conj)
        return None

    def _after_honorifics(self, state: DocState, names, p: int, end: int) -> int:
        """Where the name or title after the honorifics at p starts ('جلالة الملك', 'الشيخ', 'السيد'):
        p itself where none is, or where a longer name or title starts at it."""
        keys = state.keys
        q = p
        while q < end:
            h = self.lx.honorifics.match(keys, q, end)
            if not h or (q in names and names[q][0] > q + h[0]):
                break
            if (t := self.lx.titles.match(keys, q, end)) and t[0] >= h[0]:
                break
            q += h[0]
        return q

    def _joint_at(self, state: DocState, p: int, end: int, conj: bool) -> Mention | None:
        """'الجانبان', 'الدول الثلاث': a joint party of one word or two at p, or None."""
        keys = state.keys
        joint = self.lx.joint_parties.get(keys[p])
        if joint is None and p + 1 < end:
            joint = self.lx.joint_parties.get(keys[p] + " " + keys[p + 1])
            if joint is not None:
                return Mention(p, p + 2, "joint", count=joint, conj=conj)
        return self._joint(state, p, end, joint, conj) if joint is not None else None

    # outlets by a short name ------------------------------------------------------------------------
    def _outlet_in_context(self, state: DocState, names, p: int, end: int) -> Mention | None:
        """'في تصريح لـ الشرق الأوسط', 'ذكرت النهار': a short name that is also a common word or a
        place is the outlet where an outlet is expected, unless a longer name starts there
        ('ذكر الاتحاد الأوروبي')."""
        found = self.actors.outlet_at(state.keys, p, end)
        if found is None or names.get(p, (p,))[0] > p + found[0] or not self._outlet_expected(state, p):
            return None
        return Mention(p, p + found[0], "actor", found[1], head=p)

    def _outlet_expected(self, state: DocState, p: int) -> bool:
        keys, lx = state.keys, self.lx
        q = p - 1
        while q >= 0 and state.norms[q] in lx.quote_open:
            q -= 1
        if q < 0:
            return False
        if keys[q] in lx.attribution_verbs:
            return True
        glued = lx.interview_prepositions.intersection(CliticSplitter.prefix(state.norms[p], keys[p]))
        if keys[q] in lx.interview_prepositions:
            q -= 1
        elif not glued:
            return False
        # the interview noun ends at q, or one word (its adjective: 'في تصريح خاص لـ') before it
        return any((hit := lx.interview_nouns.match(keys, r, q + 1)) and r + hit[0] in (q, q + 1)
                   for r in range(max(0, q - 3), q + 1))

    # roles ----------------------------------------------------------------------------------------
    def _title(self, state: DocState, names, p: int, end: int) -> Mention | None:
        """A role noun, its complement (nisba, state, organization), and the name after it."""
        keys = state.keys
        deputy = False
        q = p
        while q < end and keys[q] in self.lx.title_prefixes and self.lx.titles.match(keys, q + 1, end):
            deputy, q = True, q + 1
        hit = self.lx.titles.match(keys, q, end)
        if not hit:
            return None
        title = hit[1]
        role = title.role if not deputy else "deputy_" + title.role
        q += hit[0]
        country = None
        across = self._name_across(names, q - hit[0], q)
        if across is not None:               # the title's own body: the organization it belongs to
            q, country = across[0], across[1].affiliation or across[1].id
        genitive = False
        located = None
        while q < end:                        # the complement, and further titles of a chain
            if state.norms[q] in self.lx.quote_open and q + 1 < end and (q + 1) in names:
                q += 1
            k = keys[q]
            if q in names:
                e, eid = names[q]
                entry = self.actors.get(eid)
                if entry is not None and entry.type != "PERSON":
                    country = country or eid
                    q = self._skip_quotes(state, e, end, closing=True)
                    continue
            if k in self.lx.complement_links and q + 1 < end and (q + 1) in names and \
                    (k not in self.lx.place_prepositions or title.role in self.lx.posting_roles
                     or self.actors.state_of(names[q + 1][1]) == names[q + 1][1]) and \
                    (k not in self.lx.destination_prepositions or title.role in SENT_ROLES):
                # 'في ليبيا' completes a title; 'في الرياض' is where it happened, but for a posting
                e, eid = names[q + 1]
                entry = self.actors.get(eid)
                if k in self.lx.place_prepositions and self.actors.state_of(eid) != eid \
                        and entry is not None and entry.type in ("GPE", "LOC"):
                    located = eid            # 'المبعوث الأمريكي في الدوحة', not 'المسؤول في حماس'
                if entry is not None and entry.type != "PERSON":
                    country = country or eid
                    q = e
                    continue
            if (k in self.lx.domain_heads or state.norms[q] in self.lx.domain_heads) and q + 1 < end:
                q = names[q + 1][0] if (q + 1) in names else q + 2     # 'لشؤون الرهائن', 'بملف الصحراء الغربية'
                continue
            chain = self.lx.titles.match(keys, q, end)     # a further title, not after the conjunction
            if chain and self._conj(state, q):
                break                        # 'ولي العهد السعودي والرئيس الفرنسي': another party's title
            if chain and country is not None and self._other_state(state, names, q + chain[0], country):
                break                        # 'التقى أمير قطر الرئيس الأمريكي': the next title is another's
            inner = self._genitive_title(state, names, q, end) if chain else None
            if inner is not None and self._holds_title(state, inner):
                # 'مبعوث الرئيس الأميركي دونالد ترامب لشؤون الرهائن، آدم بولر': Trump is the president
                country = country or inner.country
                q, genitive = inner.end, True
                continue
            if k in self.lx.title_modifiers or (k in self.lx.domain_words and k not in self.lx.complement_links):
                q += 1
                continue
            nisba = self.actors.nisba(k)
            if nisba is not None:
                country = country or nisba.country
                q += 1
                continue
            if chain:
                if inner is not None:        # the genitive's title is another person's
                    owner = self.entity(state, inner.entity) if inner.entity else None
                    country = country or inner.country or (owner.country if owner else None)
                    q = inner.end
                    genitive = True
                    continue
                q += chain[0]
                continue
            break
        # the name: after the title, possibly after one comma or an honorific
        bare = hit[0] == 1 and q == p + 1 and not keys[p].startswith(self.lx.article) and not deputy
        r = q
        if r < end and keys[r] in self.lx.commas and r + 1 < end:
            r += 1
        while r < end:
            h = self.lx.honorifics.match(keys, r, end)
            if not h:
                break
            r += h[0]
        if r > q and keys[q] in self.lx.commas and self._conj(state, r):
            return Mention(p, q, "role", None, role=role, gender=title.gender, country=country)
        quoted = self._skip_quotes(state, r, end)
        quote_opened = quoted > r
        r = quoted
        if r < end and r in names:
            e, eid = names[r]
            entry = self.actors.get(eid)
            if entry is not None and entry.type == "PERSON" and bare and r == q:
                # an indefinite title right before a name is its genitive: 'مستشار أردوغان'
                return Mention(p, q, "role", None, role="deputy_" + role, gender=title.gender)
            if entry is not None and entry.type == "PERSON":
                named_end = self._ordinal_end(state, e, end)
                e = self._skip_quotes(state, named_end, end, closing=True)
                return Mention(p, e, "actor", eid, role=role, gender=entry.gender,
                               country=country or entry.country, head=r, tail=named_end, located=located)
        comma_skipped = r > q and keys[q] in self.lx.commas
        if comma_skipped and self._conj(state, r):
            return Mention(p, q, "role", None, role=role, gender=title.gender, country=country)
        name_end = self._name_end(state, r, end, names, after_title=True)
        if quote_opened and not (name_end < end and state.norms[name_end] in self.lx.quote_close):
            name_end = r
        if name_end - r == 1 and not self.actors.given_name(keys[r]) and keys[r].startswith(self.lx.verb_prefixes):
            name_end = r                    # 'الرئيس يعتقد': a verb, not a name
        if name_end > r and (not comma_skipped or self.actors.given_name(keys[r]) or name_end - r >= 2 or genitive):
            e = self._skip_quotes(state, name_end, end, closing=True)
            person = self._person(state, p, r, name_end, role, title.gender, country, False, end_at=e)
            person.located = located
            return person
        return Mention(p, q, "role", None, role=role, gender=title.gender, country=country, located=located)

    def _name_across(self, names, start: int, end: int) -> tuple[int, ActorEntry] | None:
        """(end, entry) of an organization's or a place's name that begins inside the title words
        start..end and runs past them: 'عضو [المكتب السياسي لحركة حماس]' shares words with the
        title 'عضو المكتب السياسي', and the name's last words are its complement, not a person's
        name."""
        for s in range(start + 1, end):
            if s in names and names[s][0] > end:
                entry = self.actors.get(names[s][1])
                if entry is not None and entry.type != "PERSON":
                    return names[s][0], entry
        return None

    def _other_state(self, state: DocState, names, q: int, country: str) -> bool:
        """Whether the nisba or the state named at q is of another state than `country`."""
        nisba = self.actors.nisba(state.keys[q]) if q < len(state.keys) else None
        named = nisba.country if nisba is not None else (names[q][1] if q in names else None)
        other = self.actors.state_of(named) if named else None
        return other is not None and other == named and other != self.actors.state_of(country)

    def _genitive_title(self, state: DocState, names, q: int, end: int) -> Mention | None:
        """The mention of the title at q when it is definite after an indefinite one: the
        genitive ('مبعوث الرئيس'), with the name after it, if any; else None."""
        keys = state.keys
        if not keys[q].startswith(self.lx.article) or keys[q - 1].startswith(self.lx.article):
            return None
        return self._title(state, names, q, end)

    def _holds_title(self, state: DocState, genitive: Mention) -> bool:
        """Whether the genitive's title is its named actor's own: then the genitive is that person
        ('مبعوث الرئيس X'), not the holder of the first title ('مستشار الرئيس الأميركي جيك سوليفان')."""
        entry = self.entity(state, genitive.entity) if genitive.entity else None
        return entry is not None and genitive.kind == "actor" and genitive.role in entry.roles

    def _skip_quotes(self, state: DocState, p: int, end: int, closing: bool = False, brackets: bool = False) -> int:
        quotes = self.lx.quote_close if closing else self.lx.quote_open
        bracket = BRACKETS[closing] if brackets else None
        while p < end and (state.norms[p] in quotes or state.norms[p] == bracket):
            p += 1
        return p

    def _written_as_name(self, state: DocState, p: int) -> bool:
        """'علي' (Ali) as written, not 'على' (on): the two only differ before normalization."""
        return state.text_ends[p] == self.lx.final_yeh

    def _name_end(self, state: DocState, p: int, end: int, names, after_title: bool) -> int:
        """Where a name that starts at p ends: at a word that cannot be part of a name."""
        keys, norms = state.keys, state.norms
        q = p
        particles = 0
        while q < end:
            k = keys[q]
            if norms[q] in self.lx.quote_open or norms[q] in self.lx.quote_close:
                if q > p:
                    break
                q += 1
                p += 1
                continue
            pre = CliticSplitter.prefix(norms[q], k)
            if pre and (q > p or any(ch in self.lx.clitic_prepositions for ch in pre)):
                break
            ordinal = q > p and k in self.lx.regnal_ordinals and self.actors.given_name(keys[q - 1])
            given = q == p and after_title and self.actors.given_name(k) and (
                k not in self.hard_stop or self._written_as_name(state, q))    # 'الشيخ علي', not 'على'
            if (not _is_word(k) or k in self.not_name or self.actors.nisba(k) is not None) and not ordinal \
                    and not given:
                if not self.actors.is_name_particle(k) or q + 1 >= end:
                    break
            if q > p and self._conj(state, q):
                break
            if q in names and q > p:
                entry = self.actors.get(names[q][1])
                if entry is not None and entry.type != "PERSON":
                    break
            if q == p and q in names:
                entry = self.actors.get(names[q][1])
                if entry is not None and entry.type != "PERSON":
                    break
            if self.actors.is_name_particle(k):
                particles += 1
            q += 1
            if q - p - particles >= MAX_NAME or q - p >= MAX_PARTICLE_NAME:
                break
        while q > p and self.actors.is_name_particle(keys[q - 1]):
            q -= 1
        return q

    def _person(self, state: DocState, start: int, name_start: int, name_end: int, role, gender,
                country, conj: bool, end_at: int | None = None) -> Mention:
        surface = state.text(name_start, name_end)
        words = [state.keys[i] for i in range(name_start, name_end)]
        gender = gender or self.actors.given_name(words[0])
        pid = "person_" + "_".join(skeleton(w) or w for w in words)
        if pid not in state.local:
            state.local[pid] = ActorEntry(id=pid, name=surface, type="PERSON", aliases=(surface,),
                                          country=country, gender=gender,
                                          roles=(role,) if role else ())
        return Mention(start, end_at or name_end, "person", pid, role=role, gender=gender,
                       country=country, conj=conj, head=name_start)

    def _office(self, state: DocState, start: int, head: int, inner: Mention, conj: bool) -> Mention:
        """'مكتب المبعوث الأممي إلى اليمن', 'المكتب الإعلامي لرئيس الوزراء': an office is an actor
        of its own, named as the text names it."""
        surface = state.text(head, inner.end)
        oid = "office_" + "_".join(skeleton(state.keys[i]) or state.keys[i] for i in range(head, inner.end))
        if oid not in state.local:
            owner = self.entity(state, inner.entity) if inner.entity else None
            state.local[oid] = ActorEntry(id=oid, name=surface, type="ORG", aliases=(surface,),
                                          country=inner.country or (owner.country if owner else None),
                                          head=state.text(head, head + 1))
        return Mention(start, inner.end, "actor", oid, country=inner.country, conj=conj, head=head)

    # groups, joint parties, nisbas --------------------------------------------------------------
    def _nisba_at(self, state: DocState, p: int, end: int) -> str | None:
        if p < end:
            nisba = self.actors.nisba(state.keys[p])
            if nisba is not None:
                return nisba.country
        return None

    def _group(self, state: DocState, names, p: int, end: int) -> Mention | None:
        """'مسؤولين سعوديين وإيرانيين', 'وفد الاتحاد الإفريقي', 'الوفد السعودي', 'ممثلين عن حماس'."""
        keys = state.keys
        if keys[p] not in self.lx.group_nouns or keys[p] in self.lx.prepositions:
            return None
        q = p + 1
        while q < end and (keys[q] in self.lx.title_modifiers or keys[q] in self.lx.common_words
                           and self.actors.nisba(keys[q]) is None and keys[q] not in self.lx.prepositions
                           and q - p <= 2):
            q += 1
        joined = q < end and keys[q] in self.lx.prepositions and q + 1 < end and (q + 1) in names
        if joined:
            q += 1
        elif keys[p] in self.lx.unnamed:
            return None                      # 'مسؤول' alone is an unnamed official, 'مسؤول من حماس' is Hamas
        if q < end and q in names:
            e, eid = names[q]
            entry = self.actors.get(eid)
            if entry is not None and entry.type in ("ORG", "GPE"):
                return Mention(p, e, "group", entry.capital_of or eid, plural=True, country=eid, head=q)
        if q < end:
            nisba = self.actors.nisba(keys[q])
            if nisba is not None:
                return Mention(p, q + 1, "group", nisba.country, plural=True, country=nisba.country, head=q)
        return None

    def _administration(self, state: DocState, names, p: int, end: int) -> Mention | None:
        """'إدارة الرئيس الأمريكي دونالد ترامب', 'الإدارة الأمريكية': an administration is its state."""
        if state.keys[p] not in self.lx.administration_nouns or p + 1 >= end:
            return None
        nisba = self.actors.nisba(state.keys[p + 1])
        if nisba is not None:
            return Mention(p, p + 2, "group", nisba.country, country=nisba.country, head=p + 1)
        inner = self._title(state, names, p + 1, end)
        if inner is None and (p + 1) in names:
            e, eid = names[p + 1]
            inner = Mention(p + 1, e, "actor", eid)
        if inner is not None:
            home = self.actors.state_of(inner.entity) if inner.entity else inner.country
            if home:
                return Mention(p, inner.end, "group", home, country=home, head=p + 1)
        return None

    def _joint(self, state: DocState, p: int, end: int, count: int, conj: bool) -> Mention:
        """'الجانبان السعودي والإيراني' names its parties, as 'وزيرا الخارجية المصري والسعودي' (the
        nisbas after the office's domain) does; 'الجانبان' alone is resolved later."""
        countries = []
        q = p + 1
        while q < min(end, p + 3) and state.keys[q] in self.lx.domain_words and self.actors.nisba(state.keys[q]) is None:
            q += 1
        if q < end and self.actors.nisba(state.keys[q]) is None:
            q = p + 1
        while q < end:
            nisba = self.actors.nisba(state.keys[q])
            if nisba is None:
                break
            countries.append(nisba.country)
            q += 1
        if len(countries) >= 2:
            return Mention(p, q, "joint", count=len(countries), members=tuple(countries), conj=conj)
        if count == 1 and countries:
            return Mention(p, q, "group", countries[0], country=countries[0], conj=conj, head=p + 1)
        return Mention(p, p + 1, "joint", count=count, conj=conj)

    # appositions ----------------------------------------------------------------------------------
    def _appositions(self, state: DocState, mentions: list[Mention]) -> list[Mention]:
        """'عباس عراقجي، وزير الخارجية الإيراني،': a role after a name describes it, and joins it;
        '“وانج يي”، وزير خارجية الصين': a quoted name before a role is the role's holder."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if m.kind == "role" and not m.conj and not CliticSplitter.prefix(state.norms[m.start], state.keys[m.start]):
                q = m.start - 1
                comma = q >= 0 and state.keys[q] in self.lx.commas
                if comma:
                    q -= 1
                if prev is not None and prev.end == q + 1 and prev.kind in ("actor", "person") and prev.entity:
                    entry = self.entity(state, prev.entity)
                    if entry is not None and entry.type == "PERSON" and self._own_role(prev, entry, m):
                        out[-1] = replace(prev, end=m.end, role=prev.role or m.role,
                                          country=prev.country or m.country, head=prev.head,
                                          tail=prev.tail or prev.end)
                        continue
                if comma and q >= 0 and state.norms[q] in self.lx.quote_close:
                    r = q - 1
                    while r >= 0 and state.norms[r] not in self.lx.quote_open and q - r <= 4:
                        r -= 1
                    if r >= 0 and state.norms[r] in self.lx.quote_open and r + 1 < q and \
                            (prev is None or prev.end <= r) and all(_is_word(state.keys[i]) for i in range(r + 1, q)):
                        person = self._person(state, r, r + 1, q, m.role, m.gender, m.country, self._conj(state, r))
                        out.append(replace(person, end=m.end, tail=person.end))
                        continue
            if prev is not None and prev.kind == "role" and not prev.entity and m.kind in ("actor", "person") \
                    and not m.conj and m.start - prev.end == 1 and state.keys[prev.end] in self.lx.commas:
                entry = self.entity(state, m.entity) if m.entity else None
                if entry is not None and entry.type == "PERSON":
                    out[-1] = replace(m, start=prev.start, role=m.role or prev.role,
                                      country=m.country or prev.country, conj=prev.conj)
                    continue
            out.append(m)
        return out

    def _own_role(self, person: Mention, entry: ActorEntry, role: Mention) -> bool:
        """Whether a role right after a person's name is the person's own: not a counterpart
        ('التقى ماكرون نظيره المصري'), nor an office of another state than the person's ('التقى
        ماكرون الرئيس المصري'), which are the other side. An office of a body of no state (the
        African Union's commission) may be anyone's."""
        if role.role == COUNTERPART or (role.gender == "f" and entry.gender == "m"):
            return False                     # 'زيلينسكي رئيسة المفوضية': hers (a woman's title may be masculine, a man's is never feminine)
        own = person.country or entry.country
        if role.country is None or own is None or own == role.country or entry.affiliation == role.country:
            return True
        office_state = self.actors.state_of(role.country)      # none for a body of no state: 'مفوضية الاتحاد الإفريقي'
        # the person's state: their title's, or else their own (the head of a body of no state is still a citizen)
        home = self.actors.state_of(own) or (self.actors.state_of(entry.country) if entry.country else None)
        return office_state is None or home in (office_state, None)

    # surnames -------------------------------------------------------------------------------------
    def _link_surnames(self, state: DocState, mentions: list[Mention], names) -> list[Mention]:
        """A later bare surname ('عراقجي', 'بوريطة') is the person named in full before it."""
        surnames: dict[str, str] = {}
        for m in mentions:
            if m.entity and m.kind in ("person", "actor") and m.head is not None and m.end - m.head >= 2:
                entry = self.entity(state, m.entity)
                if entry is not None and entry.type == "PERSON":
                    last = state.keys[m.end - 1]
                    if last not in self.not_name and len(last) >= 3:
                        surnames.setdefault(last, m.entity)
        if not surnames:
            return mentions
        firsts = [m.start for m in mentions]      # the mentions are in text order, and disjoint
        out = list(mentions)
        named_before = len(out)
        sentence_of = sentence_finder(state.sentences)
        for p in compress(range(len(state.keys)), map(surnames.__contains__, state.keys)):
            i = bisect_right(firsts, p) - 1
            if (i >= 0 and p < mentions[i].end) or sentence_of(p) is None:
                continue                    # in a mention already, or in no sentence
            eid = surnames[state.keys[p]]
            entry = self.entity(state, eid)
            out.append(Mention(p, p + 1, "actor" if not eid.startswith("person_") else "person", eid,
                               gender=entry.gender if entry else None, conj=self._conj(state, p), head=p))
        if len(out) > named_before:
            out.sort(key=attrgetter("start"))
        return out

    def entity(self, state: DocState, entity_id: str) -> ActorEntry | None:
        return state.local.get(entity_id) or self.actors.get(entity_id)


def _started(m: Mention, start: int, conj: bool) -> Mention:
    """The mention found from `start` on (after an honorific, say), with its conjunction: m is made
    for the one call that returns it, so it is changed in place (dataclasses.replace would copy its
    every field)."""
    m.start, m.conj = start, conj
    return m


def _time_words(lexicon: Lexicon) -> frozenset[str]:
    words = set()
    for table in ("weekdays", "day_parts", "relative_days", "relative_spans", "vague", "months",
                  "month_past", "month_current", "month_next", "future_markers"):
        value = lexicon.time.get(table, ())
        for k in value:
            words.update(norm(w) for w in k.split())
    return frozenset(words)
