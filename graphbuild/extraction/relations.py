"""Triples from one article's tokens, sentences and resolved mentions.

STATED: a speech verb, its speaker (after the verb, before it, or the last speaker when the
subject is dropped) and the content that follows its complementizer, colon or quote.
MET / NEGOTIATED: a verbal or nominal cue, its agent (subject, light-verb subject, nisba
adjective, possessive, relative clause, or the speaker who reports it) and its partners
('مع X وY', 'بين X وY', a direct object), with negation, directness, mediator, place, time and
attribution read from the same clause.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from graphbuild.extraction.mentions import PUNCT_BREAK, Mention, MentionFinder, Ref, ref_of
from graphbuild.extraction.resolve import speaker_country_words
from graphbuild.extraction.timexpr import find_times, resolve
from graphbuild.lexicon import Lexicon
from graphbuild.normalize import enclitic_variants, proclitic_variants

OPEN_QUOTES = frozenset({'"', "“", "«"})
QUOTE_CHARS = frozenset({'"', "“", "”", "«", "»"})
MET_OBJECT_VERBS = frozenset({"التقي", "التقت", "يلتقي", "تلتقي", "قابل", "قابلت", "يقابل", "تقابل", "اقابل",
                              "نقابل", "استقبل", "استقبلت", "يستقبل", "تستقبل", "زار", "زارت", "يزور", "تزور",
                              "حضر", "حضرت", "هاتف", "هاتفت", "يلتق", "تلتق", "التقيت", "التقينا",
                              "يجتمع", "اجتمع", "اجتمعت", "تجتمع"})


@dataclass
class Sentence:
    start: int
    end: int
    segment: str
    published: date | None


@dataclass
class Trigger:
    start: int
    end: int
    relation: str
    kind: str             # verb | noun | headline
    key: str
    possessive: bool = False


@dataclass
class RawTriple:
    predicate: str
    subject: Mention
    sentence: int
    trigger: Trigger
    object: Mention | None = None
    statement: tuple[int, int] | None = None      # char span of the statement
    negated: bool = False
    directness: str | None = None
    via: list[Mention] = field(default_factory=list)
    place: Mention | None = None
    place_ref: Ref | None = None
    time: tuple[str, str | None] | None = None
    attributed_to: Mention | None = None
    confidence: float = 0.5
    subject_ref: Ref | None = None
    object_ref: Ref | None = None


class RelationFinder:
    def __init__(self, lexicon: Lexicon):
        self.lx = lexicon
        self.names = MentionFinder(lexicon)       # its phrase matcher, for places inside titles
        self.directness_words = frozenset(w for phrase in lexicon.direct + lexicon.indirect for w in phrase)

    def find(self, doc, sentences: list[Sentence], mentions: list[Mention]) -> list[RawTriple]:
        self.doc, self.keys = doc, [t.norm_ for t in doc]
        self.spans = doc.user_data["char_spans"]
        self.mentions = mentions
        self.at = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.at[i] = m
        self.in_quote = self._quote_depth()
        self.sentences = sentences
        self.segment_of = {i: s.segment for s in sentences for i in range(s.start, s.end)}
        out: list[RawTriple] = []
        self.last_speakers: list[Mention] = []
        self.events: list[tuple[int, str, list[Mention], list[Mention]]] = []   # sentence, relation, participants, agents
        for n, s in enumerate(sentences):
            self.times = find_times(self.keys, s.start, s.end, self.lx)
            self.time_tokens = {i for x in self.times for i in range(x.start, x.end)}
            triggers = self._triggers(s)
            stated = self._headline(n, s) or []
            self._sentence_stated = stated
            for t in triggers:
                if t.relation == "STATED":
                    stated.extend(self._stated(n, s, t, triggers))
            out.extend(stated)
            for t in triggers:
                if t.relation != "STATED":
                    out.extend(self._contacts(n, s, t, stated, triggers))
        return _places_across_article(_merge(out), self.lx)

    # tokens ------------------------------------------------------------------------------------------
    def _quote_depth(self) -> list[bool]:
        flags, inside = [], False
        for k in self.keys:
            if k == "\n":
                inside = False
            if k in ("“", "«"):
                inside = True
                flags.append(False)
                continue
            if k in ("”", "»"):
                inside = False
                flags.append(False)
                continue
            if k == '"':
                inside = not inside
                flags.append(False)
                continue
            flags.append(inside)
        return flags

    def _is(self, i, words) -> bool:
        return 0 <= i < len(self.keys) and any(v in words for v in proclitic_variants(self.keys[i]))

    def _triggers(self, s: Sentence) -> list[Trigger]:
        out, i = [], s.start
        while i < s.end:
            if i in self.at:
                i += 1
                continue
            key = self.keys[i]
            found = None
            for variant in proclitic_variants(key):
                for cand, possessive in [(variant, False)] + [(e, True) for e in enclitic_variants(variant)]:
                    for tokens, relation, kind in self.lx.triggers.get(cand, ()):
                        n = len(tokens)
                        if tuple(self.keys[i + 1:i + n]) == tokens[1:] and (found is None or n > found[0]):
                            found = (n, relation, kind, possessive, cand)
            if found:
                n, relation, kind, possessive, cand = found
                out.append(Trigger(i, i + n, relation, kind, cand, possessive))
                i += n
                continue
            i += 1
        return out

    def _actor(self, m: Mention | None, speaker: bool = False) -> Ref | None:
        """The actor a mention stands for in a triple (capital -> country; unnamed official -> body)."""
        if m is None or m.ref is None:
            return None
        ref = m.ref
        if m.kind in ("nisba",):
            return None
        if m.kind == "nisba_plural":
            return ref if (m.start > 0 and self._oblique(m)) else None
        if ref.capital_of:
            return self._entity_ref(ref.capital_of)
        if ref.type == "LOC" or (ref.type == "GPE" and ref.country and ref.country != ref.id):
            return None
        if not speaker and m.actor is not None:
            return m.actor
        return ref

    def _entity_ref(self, eid: str) -> Ref:
        return ref_of(self.lx.entity(eid))

    def _oblique(self, m: Mention) -> bool:
        """A mention governed by a preposition: 'مع X', 'لـX', 'بـX'."""
        first = self.keys[m.start]
        prev = self.keys[m.start - 1] if m.start > 0 else ""
        return (first[:1] in ("ل", "ب") and first not in proclitic_variants(first)[-1:]) or \
            prev in ("مع", "ل", "لـ", "ب", "بين", "عن", "الي", "علي", "من")

    def _mentions_in(self, a: int, b: int) -> list[Mention]:
        return [m for m in self.mentions if a <= m.start and m.end <= b]

    def _content_start(self, i: int, end: int) -> int | None:
        for j in range(i, end):
            k = self.keys[j]
            if k in (":",) or k in OPEN_QUOTES or k in self.lx.complementizers or \
                    any(v in self.lx.complementizers for v in proclitic_variants(k)[1:]):
                return j
            if j in self.at and self.at[j].ref is not None and j > i + 6:
                break
        return None

    # STATED ------------------------------------------------------------------------------------------
    def _headline(self, n: int, s: Sentence) -> list[RawTriple] | None:
        """'طهران: لا صحة ...' or '... مع حماس: البيت الأبيض' on a line of its own."""
        colon = [j for j in range(s.start, s.end) if self.keys[j] == ":"]
        if len(colon) != 1 or (s.start > 0 and self.keys[s.start - 1] != "\n"):
            return None
        c = colon[0]
        for a, b, other in ((s.start, c, (c + 1, s.end)), (c + 1, s.end, (s.start, c))):
            ms = self._mentions_in(a, b)
            if len(ms) == 1 and ms[0].start == a and ms[0].end == b and self._actor(ms[0], speaker=True):
                content = (self.spans[other[0]][0], self.spans[other[1] - 1][1])
                t = Trigger(c, c + 1, "STATED", "headline", ":")
                self.last_speakers.append(ms[0])
                return [RawTriple("STATED", ms[0], n, t, statement=content, confidence=0.6)]
        return None

    def _stated(self, n: int, s: Sentence, t: Trigger, triggers: list[Trigger]) -> list[RawTriple]:
        if self.in_quote[t.start]:
            return []
        if self._back_reference(t):
            return []
        speaker, explicit = None, True
        if t.kind == "verb":
            speaker = self._subject_after(t, s) or self._subject_before(t, s)
        elif t.kind == "participle":
            speaker = self._clause_speaker(n, t)
        if speaker is None:
            if self._adjectival(t):
                return []
            explicit = False
            speaker = self._last_speaker(t, s)
        if speaker is None:
            return []
        self.last_speakers.append(speaker)
        after = max(t.end, speaker.end) if t.end <= speaker.start < s.end else t.end
        while after < s.end and self.keys[after] in QUOTE_CHARS and self.in_quote[after - 1]:
            after += 1                # the quote closing a name: 'وكالة "رويترز"
        c_start = self._content_start(after, s.end)
        nxt = [x.start for x in triggers if x.relation == "STATED" and x.start > t.start
               and not self.in_quote[x.start]]
        c_end = min(nxt) if nxt else s.end
        if c_start is None or c_start >= c_end:
            if not explicit:
                return []
            a, b = s.start, t.start          # 'X ..., حسبما قال Y': the content comes first
        else:
            a, b = c_start, c_end
        while a < b and (self.keys[a] in (":", "،", ",") or self.keys[a] in QUOTE_CHARS
                         or self.keys[a] in self.lx.complementizers):
            a += 1
        while b > a and (self.keys[b - 1] in ("،", ",", ".", ":") or self.keys[b - 1] in QUOTE_CHARS):
            b -= 1
        if b - a < 2:
            return []
        conf = 0.9 if explicit else 0.75
        if speaker.ref is not None and speaker.ref.unnamed:
            conf -= 0.15
        frame = {x for x in range(s.start, s.end) if not a <= x < b and not self.in_quote[x]}
        place, place_ref = self._place(s, [t, speaker] if speaker.start < s.end else [t], [speaker],
                                       stop=a if a > t.start else None)
        out = [RawTriple("STATED", speaker, n, t, statement=(self.spans[a][0], self.spans[b - 1][1]),
                         confidence=conf, place=place, place_ref=place_ref,
                         time=self._time(t, s, allowed=frame))]
        # 'نقل موقع أكسيوس عن مصدر مطلع أن ...': the cited source states it too, attributed to the outlet
        src_at = speaker.end + 1 if speaker.end < s.end and self._is(speaker.end, {"عن"}) else None
        if src_at is not None and src_at in self.at and self.at[src_at].ref is not None:
            out.append(RawTriple("STATED", self.at[src_at], n, t, statement=out[0].statement,
                                 attributed_to=speaker, confidence=conf - 0.2))
        return out

    def _back_reference(self, t: Trigger) -> bool:
        """'لما ذكره ترامب', 'بحسب ما كشفته وسائل إعلام': points at a statement, is not one."""
        return t.possessive and t.start > 0 and self._is(t.start - 1, {"ما", "لما", "مما", "حسبما", "كما"})

    def _adjectival(self, t: Trigger) -> bool:
        """'بتقرير يشير إلى', 'مفاوضات وصفت بالسرية': a verb qualifying the noun before it."""
        conjoined = len(proclitic_variants(self.keys[t.start])) > 1 and self.keys[t.start][:1] in ("و", "ف")
        if t.start == 0 or conjoined:
            return False
        prev = self.keys[t.start - 1]
        return t.start - 1 not in self.at and prev[:1].isalpha() and prev not in self.lx.function_words \
            and prev not in self.lx.complementizers and prev not in ("ثم", "كما", "قد", "وقد", "كان", "وكان")

    def _subject_after(self, t: Trigger, s: Sentence) -> Mention | None:
        """VSO: the subject follows the verb at once, past quotes, commas and time adverbs."""
        j = t.end
        while j < s.end and (self.keys[j] in QUOTE_CHARS or self.keys[j] in ("،", ",", "ايضا")
                             or j in self.time_tokens):
            j += 1
        statement = j < s.end and self.keys[j] in self.lx.statement_nouns
        if statement:                 # 'ادعى تقرير أكسيوس', 'قال بيان للخارجية'
            j = self._skip_fillers(j + 1, s.end)
        m = self.at.get(j)
        if m is not None and m.start == j and self._actor(m, speaker=True) and \
                (statement or not self._is_addressee(m)):
            return m
        return None

    def _skip_place_and_time(self, k: int, end: int) -> int:
        """Past 'في الدوحة اليوم' between a verb and its subject or object."""
        while k < end:
            m = self.at.get(k + 1) if self.keys[k] == "في" else None
            if k in self.time_tokens:
                k += 1
            elif m is not None and m.start == k + 1 and m.ref is not None and _is_city(m.ref):
                k = m.end
            else:
                return k
        return k

    def _is_mediation(self, j: int) -> bool:
        """'عبر', 'بوساطة': what follows is the channel of the contact before it."""
        return any(self.lx.mediation.get(v) for v in proclitic_variants(self.keys[j]))

    def _phrase_at(self, j: int, phrases: list[tuple[str, ...]]) -> int | None:
        """The end of the first of `phrases` found at token j, proclitics allowed on its first word."""
        for words in phrases:
            n = len(words)
            if j + n <= len(self.keys) and words[0] in proclitic_variants(self.keys[j]) \
                    and tuple(self.keys[j + 1:j + n]) == words[1:]:
                return j + n
        return None

    def _received(self, t: Trigger, s: Sentence) -> bool:
        """A receiving verb governs the noun cue: 'تلقى ... اتصالا هاتفيا'."""
        return any(self._is(x, self.lx.receiving_verbs) for x in range(max(s.start, t.start - 8), t.start))

    def _counterpart_owner(self, counterpart: Mention, s: Sentence) -> Mention | None:
        """'حيث التقى نظيره العماني': 'his' counterpart is met by the last person named before,
        who is the dropped subject."""
        return next((m for m in reversed(self.mentions) if s.start <= m.start < counterpart.start
                     and m.role != "counterpart" and (r := self._actor(m)) is not None and r.type == "PERSON"),
                    None)

    def _subject_before(self, t: Trigger, s: Sentence) -> Mention | None:
        """SVO: 'ترامب قال', 'وكان ترامب قد قال'."""
        j = t.start - 1
        while j >= max(s.start, t.start - 4) and (self.keys[j] in ("،", ",", "كان", "وكان", "قد", "وقد")
                                                   or j in self.at):
            m = self.at.get(j)
            if m is not None and self._actor(m, speaker=True):
                return m
            j -= 1
        return None

    def _clause_speaker(self, n: int, t: Trigger) -> Mention | None:
        """A participle ('مضيفا', 'مؤكدا') continues the speech act it hangs on."""
        for raw in reversed(self._sentence_stated):
            if raw.sentence == n and raw.trigger.start < t.start and raw.attributed_to is None:
                return raw.subject
        return None

    def _is_addressee(self, m: Mention) -> bool:
        first = self.keys[m.start]
        if first in self.lx.phrases:          # 'ليفيت' is a name, not 'لـ' + 'يفيت'
            return False
        return first.startswith("ل") and not first.startswith("لا") and len(proclitic_variants(first)) > 1

    def _last_speaker(self, t: Trigger, s: Sentence) -> Mention | None:
        """The dropped subject: the last speaker of the verb's gender. A feminine verb with no woman
        before it looks ahead in the segment ('وقالت ...' with 'ليفيت' named later)."""
        fem = self._feminine(t.key)
        compatible = [m for m in reversed(self.last_speakers)
                      if not (fem and _gender(m) == "m") and not (not fem and _gender(m) == "f")]
        if fem and not any(_gender(m) == "f" for m in compatible):
            later = next((m for m in self.mentions if m.start > t.end and _gender(m) == "f"
                          and self.segment_of.get(m.start) == s.segment), None)
            if later is not None:
                return later
        return compatible[0] if compatible else None

    def _feminine(self, key: str) -> bool:
        """'قالت', 'تقول', 'مضيفة' are feminine when the masculine form is a cue too ('لفت' is not)."""
        masculine = []
        if key.endswith("ت"):
            masculine.append(key[:-1])
        if key.startswith("ت"):
            masculine.append("ي" + key[1:])
        if key.endswith("ه"):
            masculine.append(key[:-1] + "ا")
        return any(self.lx.triggers.get(m) for m in masculine)

    def _speaker_of(self, i: int, stated: list[RawTriple]) -> RawTriple | None:
        """The speech act whose content holds token i."""
        c = self.spans[i][0]
        for st in stated:
            if st.statement and st.statement[0] <= c < st.statement[1] and st.trigger.kind != "headline":
                return st
        return None

    # MET / NEGOTIATED -------------------------------------------------------------------------------
    def _coordinated(self, j: int, end: int, between: bool = False) -> tuple[list[Mention], int]:
        """Actors coordinated from token j: 'إسرائيل وقطر ومصر' -> three mentions. An apposition
        between commas is passed over ('بوهلر، المبعوث الأمريكي لشؤون الرهائن، ومسؤولين من حماس');
        after 'بين', which needs two sides, so is one left open ('بين درمر، أحد المقربين من ... وبوهلر')."""
        out: list[Mention] = []
        while j < end:
            while j < end and self.keys[j] in QUOTE_CHARS:
                j += 1
            m = self.at.get(j)
            if m is None or m.start != j or self._actor(m) is None and m.kind != "nisba_plural":
                break
            out.append(m)
            j = m.end
            while j < end and self.keys[j] in QUOTE_CHARS:
                j += 1
            if j < end and self.keys[j] in ("و", "،", ","):
                nxt = self.at.get(j + 1)
                if nxt is not None and nxt.start == j + 1 and self._actor(nxt):
                    j += 1
                    continue
            if j < end and self.keys[j].startswith("و") and j in self.at:
                continue
            if j < end and self.keys[j] in ("،", ","):
                nxt = self._after_apposition(j, end, open_ok=between and len(out) == 1)
                if nxt is not None:
                    j = nxt
                    continue
            break
        return out, j

    def _after_apposition(self, comma: int, end: int, open_ok: bool) -> int | None:
        """The next conjunct ('وY') after an apposition that starts at a comma, if there is one."""
        for x in range(comma + 1, min(end, comma + 12)):
            key = self.keys[x]
            if key in PUNCT_BREAK - {"،", ","} or self._is(x, self.lx.complementizers) or \
                    (x not in self.at and self.lx.triggers.get(key)):
                return None
            m = self.at.get(x)
            if m is None or m.start != x or not key.startswith("و") or self._actor(m) is None:
                continue
            if self.keys[x - 1] in ("،", ",") and x - 1 > comma or open_ok:
                return x
        return None

    def _contacts(self, n: int, s: Sentence, t: Trigger, stated: list[RawTriple],
                  triggers: list[Trigger]) -> list[RawTriple]:
        agent: list[Mention] = []
        partners: list[Mention] = []
        via: list[Mention] = []
        conf = 0.85
        k = t.end
        end = s.end
        # adjectives right after a noun cue: 'الاجتماعات الأميركية', 'المباحثات الإيرانية'
        if t.kind == "noun" and k < end and k in self.at and self.at[k].kind == "nisba":
            agent = [_as_mention(self.at[k], self._entity_ref(self.at[k].ref.id))]
            k = self.at[k].end
        # relative clause: 'التي أجرتها بلاده', 'المفاوضات السرية التي أجرتها واشنطن'
        adj = k
        while adj < min(end, k + 2) and adj not in self.at and self.keys[adj].startswith("ال") \
                and self.keys[adj] not in ("التي", "الذي"):
            adj += 1
        if adj + 1 < end and self.keys[adj] in ("التي", "الذي") and \
                self._is(adj + 1, self.lx.relative_light_verbs | self.lx.light_verbs):
            k = adj
        if k + 1 < end and self.keys[k] in ("التي", "الذي", "اللذين", "التي") and \
                self._is(k + 1, self.lx.relative_light_verbs | self.lx.light_verbs):
            m = self.at.get(k + 2)
            if m is not None:
                agent = [m]
                k = m.end
            elif k + 2 < end and self._is(k + 2, speaker_country_words()):
                side = self._speaker_country(k + 2, t, stated)
                agent = [side] if side else agent
                k += 3
        # 'لم أقابل حماس' in a quote: the speaker (or the speaker's side) is the agent
        first_person = self.lx.first_person.get(t.key) if self.in_quote[t.start] else None
        sp = self._speaker_of(t.start, stated) if first_person else None
        if sp is not None:
            actor = sp.subject.ref if first_person == "singular" else self._speaker_actor(sp.subject)
            if actor is not None:
                agent = [self._on_behalf(sp.subject, actor, t)]
                partners, k = self._coordinated(self._skip_fillers(k, end), end)
        # subject after a verb cue (VSO), and a MET verb's direct object
        if t.kind == "verb" and not agent:
            k = self._skip_fillers(k, end)
            obj = next((x for x in triggers if x.start == k and x.kind == "noun"), None)
            if obj is not None:          # VOS: 'وحضر الاجتماعات آدم بوهلر ...'
                k = obj.end
            subj, j = self._coordinated(self._skip_place_and_time(self._skip_fillers(k, end), end), end)
            if subj:
                before = self._before_agent(t, s)
                if before is None and subj[0].role == "counterpart":
                    before = self._counterpart_owner(subj[0], s)
                before = before or self._speaker_pronoun(t, s, stated)
                if t.key in MET_OBJECT_VERBS and not agent:
                    if before is not None:
                        agent, partners = [before], subj
                    elif len(subj) >= 2 and t.key in ("حضر", "حضرت"):
                        partners = subj
                    else:
                        agent, partners = subj[:1], subj[1:]
                        obj, j2 = self._coordinated(self._skip_fillers(j, end), end)
                        if obj and not self._governed(obj[0]):
                            partners, j = partners + obj, j2
                else:
                    agent = agent or subj
                k = j
        elif t.possessive and k < end:
            obj, j = self._coordinated(self._skip_fillers(k, end), end)
            if obj:
                partners, k = obj, j
        # partners: 'مع X وY', 'بين X وY', 'بـX' after MET verbs, 'عبر X' mediators
        j = k
        later = [x.start for x in triggers if x.start > t.start and not self._is_mediation(x.start)]
        limit = min([end, t.end + 14] + later)
        while j < limit:
            key = self.keys[j]
            variants = proclitic_variants(key)
            if key in PUNCT_BREAK - {"،", ","} or (self.in_quote[j] != self.in_quote[t.start]):
                break
            if "مع" in variants or "بين" in variants:
                group, j2 = self._coordinated(j + 1, end, between="بين" in variants)
                if not group and j + 1 < end and self.keys[j + 1].endswith(("ها", "هم")):
                    j += 1
                    continue
                if "بين" in variants and len(group) >= 2 and not agent:
                    agent, group = group[:1], group[1:]
                partners.extend(group)
                j = max(j2, j + 1)
                continue
            if t.kind == "noun" and j <= t.end + 1 and self._is(j, self.lx.gathering_verbs):
                # 'لقاء جمع X بـY', 'اجتماع ضم X وY'
                group, j2 = self._coordinated(self._skip_fillers(j + 1, end), end)
                if group and j2 < end and j2 in self.at and self.keys[j2][:1] == "ب":
                    more, j2 = self._coordinated(j2, end)
                    group += more
                if group:
                    partners.extend(group)
                    j = j2
                    continue
            if (side := self._phrase_at(j, self.lx.alongside)) or \
                    ("من" in variants and t.kind == "noun" and self._received(t, s)):
                # 'شارك في الاجتماع إلى جانب X', 'تلقى اتصالا هاتفيا من X'
                group, j2 = self._coordinated(side or j + 1, end)
                if group:
                    partners.extend(group)
                    j = j2
                    continue
            if self._is_mediation(j) or key.startswith("عبره"):
                if key.startswith("عبره") and partners:
                    via, partners = list(partners), []
                    j += 1
                    continue
                group, j2 = self._coordinated(j + 1, end)
                nisba = self.at.get(j + 1)
                if not group and nisba is not None and nisba.kind == "nisba":     # 'بوساطة عمانية'
                    group, j2 = [_as_mention(nisba, self._entity_ref(nisba.ref.id))], nisba.end
                if group:
                    via.extend(group)
                    j = j2
                    continue
            if t.key in MET_OBJECT_VERBS and j == self._skip_fillers(k, end) and j in self.at and \
                    self.keys[j][:1] == "ب":
                group, j2 = self._coordinated(j, end)
                partners.extend(group)
                j = j2
                continue
            if self._is(j, self.lx.complementizers) and j > t.end:
                break
            j += 1
        if not agent and t.possessive and self.keys[t.end - 1].endswith(("هم", "هما")):
            agent = self._plural_before(t, s)
        if not agent:
            agent, how = self._agent_before(t, s, n, stated)
            conf = {"light": 0.8, "speaker": 0.6, None: conf}[how]
        participants = _unique(agent + partners, self._actor)
        agents = [p for p in participants if p in agent]
        if len(participants) < 2:
            inherited = self._inherit(n, t, s)
            if inherited is None:
                return []
            (participants, agents), conf = inherited, 0.55
        self.events.append((n, t.relation, participants, agents))
        triples = []
        others = [p for p in participants if p not in agents]
        pairs = [(a, p) for a in agents for p in others] if agents and others \
            else list(combinations(participants, 2))      # 'إيران والولايات المتحدة ستجتمعان
        predicate = t.relation
        attrs = self._contact_attributes(t, s, participants, via, stated)
        for a, b in pairs:
            ra, rb = self._actor(a), self._actor(b)
            if ra is None or rb is None or ra.id == rb.id:
                continue
            triples.append(RawTriple(predicate, a, n, t, object=b, confidence=conf, subject_ref=ra,
                                     object_ref=rb, **attrs))
        return triples

    def _before_agent(self, t: Trigger, s: Sentence) -> Mention | None:
        """The subject standing right before a verb cue (SVO), past 'قد', 'كان' and negators."""
        j = t.start - 1
        while j >= s.start and (self.keys[j] in ("قد", "كان", "وكان", "،") or self.keys[j] in self.lx.negators):
            j -= 1
        if j >= s.start and j in self.at and self._actor(self.at[j]) is not None:
            return self.at[j]
        return None

    def _speaker_pronoun(self, t: Trigger, s: Sentence, stated: list[RawTriple]) -> Mention | None:
        """'قال ترامب إنه سيلتقي بوتين': 'he' on the complementizer is the speaker."""
        j = t.start - 1
        while j >= s.start and (self.keys[j] == "قد" or self.keys[j] in self.lx.negators):
            j -= 1
        gender = {"انه": "m", "انها": "f"}.get(self.keys[j]) if j >= s.start else None
        sp = self._speaker_of(t.start, stated) if gender else None
        if sp is None or sp.subject.ref is None or _gender(sp.subject) not in (gender, None):
            return None
        return _as_mention(sp.subject, sp.subject.ref)

    def _skip_fillers(self, k: int, end: int) -> int:
        while k < end and (self.keys[k] in QUOTE_CHARS or self.keys[k] in ("قد", "،", "امس", "اليوم", "اي", "ايه")):
            k += 1
        return k

    def _agent_before(self, t: Trigger, s: Sentence, n: int, stated: list[RawTriple]):
        # a light verb before a noun cue: 'أجرت إدارة ترامب محادثات' / 'إدارة ترامب أجرت محادثات'
        j = t.start - 1
        steps = 0
        while j >= s.start and steps < 8:
            steps += 1
            if self._is(j, self.lx.complementizers) or self.keys[j] in (":",):
                break
            if steps <= 4 and self._is(j, speaker_country_words()):
                side = self._speaker_country(j, t, stated)
                if side is not None:
                    return [side], "light"
            m = self.at.get(j)
            if m is not None:
                if self._actor(m) is not None and not self._is_addressee(m) and not self._governed(m):
                    if steps <= 4 or self._light_verb_between(m.end, t.start):
                        return self._conjuncts_before(m), "light"
                    break
                j = m.start - 1
                continue
            j -= 1
        sp = self._speaker_of(t.start, stated)
        if sp is not None:
            actor = self._speaker_actor(sp.subject)
            if actor is not None:
                return [self._on_behalf(sp.subject, actor, t)], "speaker"
        return [], None

    def _speaker_country(self, j: int, t: Trigger, stated: list[RawTriple]) -> Mention | None:
        """'بلاده', 'حكومته' at j: the country of whoever says the clause with cue t."""
        sp = self._speaker_of(t.start, stated) or (stated[0] if stated else None)
        if sp is None or sp.subject.ref is None or not sp.subject.ref.country:
            return None
        return Mention(j, j + 1, self._entity_ref(sp.subject.ref.country), "implied", text=self.doc[j].text)

    def _on_behalf(self, speaker: Mention, actor: Ref, t: Trigger) -> Mention:
        """The agent a speaker implies: the speaker, or their side ('we', an implicit subject),
        which no word names; it points at the cue and gives the side no spelling."""
        if actor is speaker.ref:
            return _as_mention(speaker, actor)
        return Mention(t.start, t.end, actor, "implied", text=self.doc[t.start:t.end].text)

    def _light_verb_between(self, a: int, b: int) -> bool:
        return any(self._is(x, self.lx.light_verbs) for x in range(a, b))

    def _conjuncts_before(self, m: Mention) -> list[Mention]:
        """'بلينكن ومساعدة وزير الخارجية ... باربرا ليف': every conjunct of a coordinated subject."""
        out = [m]
        while out[0].start > 0 and self.keys[out[0].start].startswith("و"):
            prev = self.at.get(out[0].start - 1)
            if prev is None or self._actor(prev) is None or prev in out:
                break
            out.insert(0, prev)
        return out

    def _governed(self, m: Mention) -> bool:
        prev = self.keys[m.start - 1] if m.start > 0 else ""
        return prev in ("في", "من", "عن", "الي", "علي", "مع", "بين", "عبر", "ضد")

    def _speaker_actor(self, m: Mention) -> Ref | None:
        """Who a speaker's first-person or implicit talks are: a spokesperson's body, else themselves."""
        ref = m.ref
        if ref is None:
            return None
        if ref.type == "MEDIA":
            return None
        if ref.speaks_for or ref.unnamed or "spokesperson" in ref.roles:
            if m.actor is not None:
                return m.actor
            if ref.affiliation:
                aff = self.lx.entity(ref.affiliation)
                if aff.type == "ORG" and aff.country and aff.head in ("وزاره", None) and ref.country:
                    return self._entity_ref(ref.country)
                return self._entity_ref(aff.id)
            if ref.country:
                return self._entity_ref(ref.country)
            return None
        return self._actor(m, speaker=True)

    def _inherit(self, n: int, t: Trigger, s: Sentence) -> tuple[list[Mention], list[Mention]] | None:
        """A cue with no participants of its own ('لإجراء محادثات', 'لا صحة ... عن بدء المفاوضات')
        takes those of the last contact in the sentence, or in the two before when it is negated or
        definite (the talks already spoken of)."""
        negated = self._negated(t, s)
        definite = t.kind == "noun" and t.key.startswith("ال")     # 'المفاوضات التي بدأت ...': those talks
        for sent, relation, parts, agents in reversed(self.events):
            if sent == n or (n - sent <= 2 and self.sentences[sent].segment == s.segment
                             and (negated or (definite and relation == t.relation))):
                return parts, agents
        return None

    def _plural_before(self, t: Trigger, s: Sentence) -> list[Mention]:
        """'أثناء تواصلهم': 'them' is the nearest plural actor before ('القطريين', 'قادة حماس')."""
        for m in reversed([m for m in self.mentions if s.start <= m.start and m.end <= t.start]):
            if m.kind in ("nisba_plural", "group") and self._actor(m) is not None:
                return [m]
        return []

    def _negated(self, t: Trigger, s: Sentence) -> bool:
        for j in range(max(s.start, t.start - 3), t.start):
            if self.keys[j] in self.lx.negators or self._is(j, self.lx.negators):
                if self.keys[j] in ("دون", "بدون") and j < t.start - 1:
                    continue
                return True
        clause = s.start
        for j in range(t.start - 1, s.start - 1, -1):
            if self.keys[j] in (".", "؛") or (self._is(j, self.lx.complementizers) and j < t.start - 8):
                clause = j
                break
        window = self.keys[clause:t.start]
        for phrase in self.lx.denial_phrases:
            n = len(phrase)
            if any(tuple(window[x:x + n]) == phrase for x in range(len(window) - n + 1)):
                return True
        return any(self._is(j, self.lx.denials) for j in range(max(clause, t.start - 6), t.start))

    def _contact_attributes(self, t: Trigger, s: Sentence, participants, via, stated) -> dict:
        negated = self._negated(t, s)
        last = max([t.end] + [p.end for p in participants if p.start >= t.start])
        first = min([t.start] + [p.start for p in participants])
        directness = None
        lo, hi = max(s.start, t.start - 1), min(s.end, last + 4)
        for phrases, value in ((self.lx.indirect, "indirect"), (self.lx.direct, "direct")):
            for j in range(lo, hi):
                for phrase in phrases:
                    n = len(phrase)
                    if phrase[0] in proclitic_variants(self.keys[j]) and \
                            tuple(self.keys[j + 1:j + n]) == phrase[1:]:
                        directness = value
                        break
                if directness:
                    break
            if directness:
                break
        if via:
            directness = "indirect"
        place, place_ref = self._place(s, [t] + list(participants), participants)
        time = self._time(t, s)
        attributed = self._attribution(s, t, participants, stated)
        return {"negated": negated, "directness": directness, "via": list(via), "place": place,
                "place_ref": place_ref, "time": time, "attributed_to": attributed}

    def _place(self, s: Sentence, anchors, participants, stop: int | None = None):
        """'في الدوحة', 'بموسكو', 'في العاصمة القطرية' right after the cue or a participant
        (or inside a participant's title: 'المبعوث الأميركي في الدوحة'), before token `stop`."""
        part_ids = {id(p) for p in participants}
        for p in participants:
            inner = self._place_inside(p)
            if inner is not None:
                return inner
        cue = anchors[0]
        where = self._place_before_where(cue, s) or self._host(cue, s)
        if where is not None:
            return where, where.ref
        ends = sorted({a.end for a in anchors})
        end = min(s.end, stop) if stop is not None else s.end
        quoted = self.in_quote[cue.start]
        skip = self.directness_words
        for e in ends:
            j, gap = e, 0
            while j < end and gap <= 1 and self.in_quote[j] == quoted:
                key = self.keys[j]
                m = self.at.get(j)
                if m is not None and id(m) not in part_ids and m.start == j:
                    ref = m.ref
                    has_prep = self.keys[j - 1] in ("في", "ب") or key[:1] == "ب"
                    if ref is not None and has_prep and (ref.type in ("GPE", "LOC") or ref.venue):
                        return m, ref
                    if ref is not None and j == cue.end and cue.kind == "noun" and _is_city(ref):
                        return m, ref          # 'اجتماع الدوحة', 'محادثات القاهرة'
                if key in ("العاصمه",) or "العاصمه" in proclitic_variants(key):
                    nis = self.at.get(j + 1)
                    if nis is not None and nis.kind == "nisba":
                        cap = next((e2 for e2 in self.lx.entities.values() if e2.capital_of == nis.ref.id), None)
                        if cap is not None:
                                                return Mention(j, nis.end, ref_of(cap), "name",
                                           text=" ".join(self.doc[x].text for x in range(j, nis.end))), ref_of(cap)
                if key in (".", "\n") or self._is(j, self.lx.complementizers):
                    break
                if m is not None:
                    j = m.end
                    gap += 1
                    continue
                if key not in ("في", "،", "التي", "الذي", "بدات", "بدا", "عقد", "جرت", "امس") and key not in QUOTE_CHARS \
                        and j not in self.time_tokens and key not in skip:
                    gap += 1
                j += 1
        return None, None

    def _host(self, cue, s: Sentence) -> Mention | None:
        """'استضافت العاصمة العمانية مسقط جولة من المفاوضات': the host is the place."""
        for x in range(s.start, cue.start):
            if self._is(x, self.lx.hosting_verbs):
                for m in self._mentions_in(x + 1, min(x + 5, cue.start)):
                    if m.ref is not None and (_is_city(m.ref) or m.ref.type == "GPE") and m.kind == "name":
                        return m
        return None

    def _place_before_where(self, cue, s: Sentence) -> Mention | None:
        """'زار مسقط حيث التقى ...': the place the clause after 'حيث' happens in."""
        j = cue.start - 1
        if j <= s.start or self.keys[j] not in ("حيث", "وحيث"):
            return None
        m = self.at.get(j - 1)
        if m is None or m.end != j or m.start < s.start or m.ref is None:
            return None
        return m if _is_city(m.ref) or m.ref.type == "GPE" else None

    def _place_inside(self, m: Mention):
        """A city named in a title: 'السفير الأمريكي في الدوحة' -> Doha."""
        for x in range(m.start, m.end - 1):
            if self.keys[x] not in ("في", "ب"):
                continue
            hit = self.names.match_phrase(self.keys, x + 1, self.lx.phrases)
            if hit is None or hit[0] > m.end or hit[1][2] != "name":
                continue
            info = self.lx.entity(hit[1][1])
            if _is_city(ref_of(info)):
                inner = Mention(x + 1, hit[0], ref_of(info), "name",
                                text=" ".join(self.doc[i].text for i in range(x + 1, hit[0])))
                return inner, inner.ref
        return None

    def _time(self, t: Trigger, s: Sentence, allowed: set[int] | None = None):
        times = [x for x in self.times if allowed is None or x.start in allowed]
        if not times:
            return None
        best = min(times, key=lambda x: min(abs(x.start - t.start), abs(x.end - t.end)))
        text = " ".join(self.doc[i].text for i in range(best.start, best.end))
        future = self.keys[t.start].startswith(("س", "وس")) and t.kind == "verb"
        return text, resolve(best, s.published, future)

    def _attribution(self, s: Sentence, t: Trigger, participants, stated) -> Mention | None:
        ids = {self._actor(p).id for p in participants if self._actor(p)}
        for j in range(s.start, s.end):
            hit = self.lx.attribution.get(self.keys[j]) or next(
                (self.lx.attribution.get(v) for v in proclitic_variants(self.keys[j])[1:] if self.lx.attribution.get(v)), None)
            if hit:
                k = j + 1
                while k < s.end and k - j < 4 and k not in self.at:
                    k += 1
                m = self.at.get(k)
                if m is not None and m.ref is not None and m.ref.id not in ids:
                    cued = m
                    break
        else:
            cued = None
        sp = self._speaker_of(t.start, stated)
        said = None
        if sp is not None and sp.subject.ref is not None and sp.subject.ref.id not in ids:
            said = sp.attributed_to or sp.subject
        if cued is not None and cued.ref.unnamed and said is not None and not said.ref.unnamed:
            return said               # 'قال الموقع نقلا مصادر مطلعة': the outlet is who is cited
        return cued or said


def _gender(m: Mention) -> str | None:
    return m.ref.gender if m.ref is not None and m.ref.type == "PERSON" else None


def _is_city(ref: Ref) -> bool:
    """A city, region or venue: a place that is not itself a state."""
    return ref.type == "LOC" or ref.venue or bool(ref.capital_of) or \
        (ref.type == "GPE" and bool(ref.country) and ref.country != ref.id)


def _as_mention(m: Mention, actor: Ref) -> Mention:
    return Mention(m.start, m.end, actor, "name", text=m.text)


def _unique(mentions: list[Mention], actor) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        ref = actor(m)
        if ref is None or ref.id in seen:
            continue
        seen.add(ref.id)
        out.append(m)
    return out


def _side(ref: Ref, lx: Lexicon) -> str:
    """Whose side an actor is on: a person's organization, else a person's country, else itself."""
    if ref.type != "PERSON":
        return ref.id
    if ref.affiliation and ref.affiliation in lx.entities and lx.entity(ref.affiliation).type == "ORG" \
            and lx.entity(ref.affiliation).head != "وزاره":
        return ref.affiliation
    return ref.country or ref.id


def _places_across_article(triples: list[RawTriple], lx: Lexicon) -> list[RawTriple]:
    """Talks whose sentence names no place take the one place the article gives for the same two
    sides elsewhere ('محادثات مع حماس' ... 'اجتماعات مع مسؤولي حماس في الدوحة')."""
    places: dict[frozenset, dict[str, RawTriple]] = {}
    for t in triples:
        if t.predicate != "STATED" and t.place_ref is not None and not t.negated:
            key = frozenset((_side(t.subject_ref, lx), _side(t.object_ref, lx)))
            places.setdefault(key, {}).setdefault(t.place_ref.id, t)
    for t in triples:
        if t.predicate == "STATED" or t.place_ref is not None or t.negated:
            continue
        found = places.get(frozenset((_side(t.subject_ref, lx), _side(t.object_ref, lx))), {})
        if len(found) == 1:
            source = next(iter(found.values()))
            t.place, t.place_ref = source.place, source.place_ref
    return triples


def _merge(triples: list[RawTriple]) -> list[RawTriple]:
    """One triple per predicate, pair (or speaker and statement) and sentence."""
    out: dict[tuple, RawTriple] = {}
    for t in triples:
        if t.predicate == "STATED":
            key = ("STATED", t.subject.ref.id if t.subject.ref else None, t.statement, t.sentence)
        else:
            key = (t.predicate, frozenset((t.subject_ref.id, t.object_ref.id)), t.sentence)
        if key not in out:
            out[key] = t
            continue
        kept = out[key]
        kept.negated = kept.negated or t.negated
        kept.directness = kept.directness or t.directness
        kept.place = kept.place or t.place
        kept.place_ref = kept.place_ref or t.place_ref
        kept.via = kept.via or t.via
        kept.attributed_to = kept.attributed_to or t.attributed_to
        kept.confidence = max(kept.confidence, t.confidence)
    return list(out.values())
