"""Inflected surface forms of cue lemmas, so that a frame names a lemma and the matcher knows every form.

A spec is a small mapping as a frame file writes it; exactly one of the keys ``verb``, ``noun`` or
``participle`` names the lemma as written, and the other fields give only what is irregular:

verb spec
    verb (required)   the perfect, 3rd masculine singular, as written (a shadda is allowed: radda)
    present           the imperfect, 3rd masculine singular (yaqulu); derived for forms IV, VI,
                      VII, VIII and X when left out (a'lana -> yu'linu, ijtama'a -> yajtami'u),
                      required otherwise; false: no imperfect
    class             sound | hollow | defective | doubled; guessed when left out (a final alef
                      maksura, or alef with a present in waw: defective; alef before the last
                      radical and a long vowel there in the present: hollow; a final shadda
                      or two letters: doubled; otherwise sound)
    passive           the passive perfect as written (qila, nufiya), or true: the active's letters
                      for sound and doubled verbs, yeh for the hollow's alef (qila), yeh for the
                      defective's last letter (nufiya)
    present_passive   the passive imperfect; derived when left out (yuqalu, yunfa, yustaqbalu)
    imperative        the 2nd masculine singular imperative as written (qul, ud'u); none when left out
    objects           false: no object pronouns (intransitive cues: ashara, ijtama'a); default true
noun spec
    noun (required)   the singular indefinite as written (or the plural, with number: pl)
    plural            the plural as written, a string or a list
    number            sg (default) | pl: the lemma is itself a plural (mubahathat)
    dual              false: make no dual; default true for a singular
    diptote           true: the plural takes no accusative alif (rasa'il)
    gender            m | f, copied into the analyses; default none
participle spec
    participle (req.) the masculine singular indefinite as written (mu'akkid, nafin)
    class             sound (default) | defective (nafin -> nafiyan, an-nafi, nafiya)
every spec
    id                the analyses' lemma; default the lemma as written
    exclude           forms as written to leave out, with their wa/fa forms: a homograph far more
                      common as another word (da'a's da'awhu 'they invited him' is spelled as
                      da'wa 'invitation' once teh marbuta is folded)

Every key is in matching form (graphbuild.normalize.norm). The rules and affixes live in
graphbuild/data/morphology.json: this module holds no Arabic letter.
"""
from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from functools import cache, lru_cache, wraps
from importlib import resources

from graphbuild.normalize import norm

__all__ = ["Analysis", "verb_forms", "noun_forms", "participle_forms", "expand", "SpecError"]


@dataclass(frozen=True, slots=True)
class Analysis:
    lemma: str            # the spec's id (its lemma as written unless the spec says otherwise)
    pos: str              # verb | noun | participle
    tense: str | None     # perfect | imperfect | future | imperative (verbs only)
    voice: str            # active | passive (nouns and participles: active)
    person: int | None    # 1 2 3
    gender: str | None    # m f
    number: str           # sg du pl
    definite: bool        # nouns and participles: the article or a possessive suffix
    conj: str | None      # the proclitic wa or fa
    prep: str | None      # the proclitic bi, li or ka on nouns; li on the imperfect
    pronoun: str | None   # object or possessive suffix: 1s 1p 2ms 2fs 2p 3ms 3fs 3d 3mp 3fp


class SpecError(ValueError):
    """A spec that names no lemma, has an unknown field, or whose forms cannot be built."""


_FIELDS = {
    "verb": {"verb", "present", "class", "passive", "present_passive", "imperative", "objects", "id",
             "exclude"},
    "noun": {"noun", "plural", "number", "dual", "diptote", "gender", "id", "exclude"},
    "participle": {"participle", "class", "id", "exclude"},
}
_CLASSES = {"verb": {"sound", "hollow", "defective", "doubled"}, "participle": {"sound", "defective"}}
_NUMBER = {"s": "sg", "d": "du", "p": "pl"}


@cache
def _tables() -> dict:
    text = resources.files("graphbuild.data").joinpath("morphology.json").read_text(encoding="utf-8")
    return json.loads(text)


def _letters() -> dict:
    return _tables()["letters"]


@cache
def _cell(name: str) -> tuple[int, str | None, str]:
    """'3md' -> (3, 'm', 'du'); '2d' -> (2, None, 'du'); '1s' -> (1, None, 'sg')."""
    gender = name[1] if len(name) == 3 else None
    return int(name[0]), gender, _NUMBER[name[-1]]


# ----------------------------------------------------------------------------- spelling helpers

def _clean(text: str) -> str:
    """A spec's word as written, without diacritics (shadda too) or surrounding space."""
    marks = _letters()["diacritics"]
    word = "".join(c for c in str(text).strip() if c not in marks)
    if not word or any(c.isspace() for c in word):
        raise SpecError(f"a spec's forms are single words: {text!r}")
    return word


def _spell(raw: str) -> str:
    """Orthographic rewrites of a form as written (two hamzated alefs make a madda), before
    normalization."""
    for old, new in _tables()["orthography"]["rewrite"]:
        raw = raw.replace(old, new)
    return raw


def _fill(template: str, stems: Mapping[str, str]) -> str:
    """Fill {S} {s} {B} {W} {Y} {J} {I} {i}; a quiescent {s} meeting its own last letter merges."""
    merge = _tables()["orthography"]["merge"]
    out: list[str] = []
    i = 0
    while i < len(template):
        if template[i] == "{":
            end = template.index("}", i)
            name = template[i + 1:end]
            value = stems[name]
            nxt = template[end + 1:end + 2]
            if name == "s" and nxt and value.endswith(nxt) and nxt in merge:
                value = value[:-1]
            out.append(value)
            i = end + 1
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


def _rewrite_end(word: str, rules) -> str:
    for old, new in rules:
        if word.endswith(old):
            return word[: len(word) - len(old)] + new
    return word


def _drop_long_vowel(stem: str) -> str:
    """Hollow short stem: the long vowel before the last radical goes (qala -> qul-tu)."""
    if len(stem) >= 3 and stem[-2] in _letters()["long_vowels"]:
        return stem[:-2] + stem[-1]
    return stem


def _split(stem: str) -> str:
    """Doubled split stem: the last radical written twice (radda -> radad-tu), unless it already
    is (form II shaddada, written with both)."""
    return stem if len(stem) >= 2 and stem[-1] == stem[-2] else stem + stem[-1]


# ----------------------------------------------------------------------------- spec handling

def _kind(spec: Mapping) -> str:
    kinds = [k for k in _FIELDS if k in spec]
    if len(kinds) != 1:
        raise SpecError(f"a spec names exactly one of verb, noun, participle: {dict(spec)!r}")
    kind = kinds[0]
    unknown = set(spec) - _FIELDS[kind]
    if unknown:
        raise SpecError(f"unknown field(s) {sorted(unknown)} in {kind} spec {dict(spec)!r}")
    cls = spec.get("class")
    if cls is not None and cls not in _CLASSES.get(kind, ()):
        raise SpecError(f"unknown class {cls!r} in {dict(spec)!r}")
    return kind


def _no_gc(build):
    """Run a builder with the cyclic collector paused: a spec makes thousands of small objects
    and no cycles, and the collector's passes over them cost a third of the time."""
    @wraps(build)
    def run(*args):
        paused = gc.isenabled()
        gc.disable()
        try:
            return build(*args)
        finally:
            if paused:
                gc.enable()
    return run


def _opened(key: str, kind: str) -> tuple[dict, dict, str, str]:
    """A cached spec's (spec, its kind's table, its lemma as written, the analyses' lemma)."""
    spec = json.loads(key)
    written = str(spec[kind])
    return spec, _tables()[kind], written, spec.get("id") or written.strip()


def _forms_of(kind: str, spec: Mapping) -> dict[str, list[Analysis]]:
    if _kind(spec) != kind:
        raise SpecError(f"not a {kind} spec: {dict(spec)!r}")
    return _as_dict(_CACHED[kind](_spec_key(spec)))


def _spec_key(spec: Mapping) -> str:
    return json.dumps(dict(spec), sort_keys=True, ensure_ascii=False)


def _constructor():
    """A fast Analysis maker: the frozen dataclass's __init__ costs three times as much, and a
    verb has a few thousand forms."""
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 = (getattr(Analysis, f.name).__set__
                                                    for f in fields(Analysis))
    new = object.__new__

    def make(v: tuple) -> Analysis:
        obj = new(Analysis)
        s0(obj, v[0]), s1(obj, v[1]), s2(obj, v[2]), s3(obj, v[3]), s4(obj, v[4]), s5(obj, v[5])
        s6(obj, v[6]), s7(obj, v[7]), s8(obj, v[8]), s9(obj, v[9]), s10(obj, v[10])
        return obj
    return make


_make = _constructor()


class _Builder:
    """Normalized forms and their analyses. Callers add each (form, analysis) once: the
    paradigm's bodies are deduplicated before proclitics are put on them, so no check is made.
    Spellings of one analysis (the three hamza seats of liqa'uhu; -kum, -kuma, -kunna) share one
    Analysis object."""

    __slots__ = ("forms",)

    def __init__(self) -> None:
        self.forms: dict[str, list[Analysis]] = {}

    def add(self, keys: Iterable[str], values: tuple, make=_make) -> None:
        analysis = make(values)
        forms = self.forms
        for key in keys:
            have = forms.get(key)
            if have is None:
                forms[key] = [analysis]
            else:
                have.append(analysis)

    def result(self, spec: Mapping) -> dict[str, list[Analysis]]:
        """The forms, less the spec's exclude list (each form as written, and with wa or fa).
        The cache keeps these lists: nothing changes them, and callers get copies."""
        excluded = spec.get("exclude") or ()
        if excluded:
            conj = [""] + [_n(c) for c in _tables()["verb"]["proclitics"]["conj"]]
            for word in [excluded] if isinstance(excluded, str) else excluded:
                key = norm(_clean(word))
                for c in conj:
                    self.forms.pop(c + key, None)
        return self.forms


def _as_dict(forms: Mapping[str, list[Analysis]]) -> dict[str, list[Analysis]]:
    """A cached result as fresh lists, so that a caller's edits do not reach the cache."""
    return dict(zip(forms, map(list, forms.values())))


# ----------------------------------------------------------------------------- verbs

def _verb_class(verb: str, present: str | None, written: str) -> str:
    letters = _letters()
    if written.rstrip().endswith(letters["shadda"]) or len(verb) == 2:
        return "doubled"          # radda, or a two-letter perfect: damma, hatha
    if verb[-1] == letters["alef_maksura"]:
        return "defective"
    if verb[-1] == letters["alef"] and (present is None or present[-1] == letters["waw"]):
        return "defective"
    if (len(verb) >= 3 and verb[-2] == letters["alef"] and present
            and present[-2] in letters["long_vowels"]):
        return "hollow"
    return "sound"


def _derive_present(verb: str, cls: str) -> str | None:
    rules = _tables()["verb"]["present_derivation"]
    for rule in rules["rules"]:
        if (verb.startswith(rule["starts"]) and len(verb) >= rule["min_len"]
                and len(verb) <= rule.get("max_len", 99) and cls not in rule["not_class"]):
            stem = verb[rule["drop"]:]
            stem = stem[:-1] + rule["final"].get(stem[-1], stem[-1])
            return rules["prefix"] + stem
    return None


def _perfect_stems(perfect: str, cls: str) -> tuple[str, dict[str, str]]:
    stems = {"S": perfect, "s": perfect}
    if cls == "hollow":
        stems["s"] = _drop_long_vowel(perfect)
    elif cls == "doubled":
        stems["s"] = _split(perfect)
    elif cls == "defective":
        weak = _tables()["verb"]["weak_final"].get(perfect[-1])
        if weak is None:
            raise SpecError(f"defective perfect {perfect!r} must end in a weak letter")
        stems.update(B=perfect[:-1], W=weak["W"])
        return weak["table"], stems
    return "strong", stems


def _imperfect_stems(present: str, cls: str) -> tuple[str, dict[str, str], list[str]]:
    """The imperfect table, its stems, and the jussive singular stems."""
    letters = _letters()
    if not present.startswith(letters["yeh"]) or len(present) < 3:
        raise SpecError(f"a present is given in the 3rd masculine singular, with its prefix: {present!r}")
    stem = present[1:]
    stems = {"S": stem, "s": stem}
    if cls == "hollow":
        stems["s"] = _drop_long_vowel(stem)
        return "strong", stems, [stems["s"]]
    if cls == "doubled":
        # the jussive's split spelling (lam yardud) is spelled as form II's imperfect (yuraddidu,
        # yuqarriru, yuhaddidu): only the contracted one (lam yarudda) is made
        stems["s"] = _split(stem)
        return "strong", stems, [stem]
    if cls == "defective":
        glide = _tables()["verb"]["glide"].get(stem[-1])
        if glide is None:
            raise SpecError(f"defective present {present!r} must end in a weak letter")
        stems.update(B=stem[:-1], Y=glide)
        return "defective", stems, [stem[:-1]]
    return "strong", stems, [stem]


def _passive_perfect(spec: Mapping, verb: str, cls: str) -> str | None:
    given = spec.get("passive")
    if given is None or given is False:
        return None
    if given is not True:
        return _clean(given)
    letters = _letters()
    if cls == "hollow" and len(verb) >= 3 and verb[-2] == letters["alef"]:
        return verb[:-2] + letters["yeh"] + verb[-1]
    if cls == "defective":
        return verb[:-1] + letters["yeh"]
    return verb


def _passive_present(spec: Mapping, present: str | None, cls: str) -> str | None:
    if spec.get("present_passive"):
        return _clean(spec["present_passive"])
    if present is None:
        return None
    letters = _letters()
    if cls == "hollow" and present[-2] in letters["long_vowels"]:
        return present[:-2] + letters["alef"] + present[-1]
    if cls == "defective":
        return present[:-1] + letters["alef_maksura"]
    return present


def _verb_hosts(perfect: str | None, present: str | None, cls: str, imperative: str | None):
    """(raw form, tense, cell, mood) for every cell of the paradigm; mood: ind | sub | jus | None."""
    verb = _tables()["verb"]
    cells = verb["cells"]
    hosts = []
    if perfect:
        table, stems = _perfect_stems(perfect, cls)
        hosts += [(_fill(verb["perfect"][table][c], stems), "perfect", c, None) for c in cells]
    if present:
        table, stems, jussive = _imperfect_stems(present, cls)
        moods = verb["moods"]
        for c in cells:
            form = _fill(verb["imperfect"][table][c], stems)
            hosts.append((form, "imperfect", c, "ind"))
            if c in moods["cells"]:
                form = _rewrite_end(form, moods["endings"])
                hosts += [(form, "imperfect", c, "sub"), (form, "imperfect", c, "jus")]
            elif c in moods["jussive"]:
                hosts.append((form, "imperfect", c, "sub"))
                hosts += [(_fill(moods["jussive"][c], {**stems, "J": j}), "imperfect", c,
                           "jus" if len(j) >= moods["objects_min_stem"] else "jus-bare")
                          for j in jussive]
            else:
                hosts += [(form, "imperfect", c, "sub"), (form, "imperfect", c, "jus")]
        if imperative:
            itable = "defective" if cls == "defective" else "strong"
            istems = {"I": imperative, "i": imperative, "Y": stems.get("Y", "")}
            if cls == "hollow" and imperative.endswith(stems["s"]):
                istems["i"] = imperative[: len(imperative) - len(stems["s"])] + stems["S"]
            elif cls == "doubled" and imperative.endswith(stems["s"]) and stems["s"] != stems["S"]:
                istems["i"] = imperative[: len(imperative) - len(stems["s"])] + stems["S"]
            hosts += [(_fill(t, istems), "imperative", c, None)
                      for c, t in verb["imperative"][itable].items()]
    return _with_variants(hosts)


def _with_variants(hosts):
    """Each host, and its other spellings of a hamza before a long vowel (bada'u on alef or waw)."""
    variants = _tables()["orthography"]["variants"]
    out = []
    for host in hosts:
        out.append(host)
        out += [(host[0].replace(old, new), *host[1:]) for old, new in variants if old in host[0]]
    return out


def _before_pronoun(raw: str, tense: str, cell: str) -> str:
    rules = _tables()["verb"]["before_pronoun"]
    raw = _rewrite_end(raw, rules["all"])
    raw = _rewrite_end(raw, rules["cells"].get(cell, ()))
    if tense == "perfect":
        raw = _rewrite_end(raw, rules["perfect"].get(cell, ()))
    return raw


@cache
def _normed_list(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(norm(x) for x in items)


_n = cache(norm)          # affixes and clitics: a handful of strings, normalized once


def _norm_all(raws: list[str]) -> list[str]:
    """norm of each form as written, spelled first, in one call: norm works letter by letter,
    so a line break between forms survives it, and one call is far cheaper than a hundred."""
    return norm("\n".join(_spell(r) for r in raws)).split("\n") if raws else []


@cache
def _object_suffixes() -> dict[str, list[tuple[str, str]]]:
    """Subject person ('1' '2' '3') -> [(normalized suffix, pronoun name)]. A 1st or 2nd person
    object is never the subject's own person ('I met me' is said with nafs)."""
    table = _tables()["verb"]["object_pronouns"]
    return {person: [(_n(f), name) for name, forms in table.items()
                     if name[0] != person or person == "3" for f in forms]
            for person in "123"}


_HEADS = {None: ("bare",), "ind": ("bare", "future"), "sub": ("bare", "lam"), "jus": ("bare", "lam"),
          "jus-bare": ("bare", "lam")}


def _verb_voice(out: _Builder, lemma: str, voice: str, hosts, objects: bool) -> None:
    verb = _tables()["verb"]
    procl = verb["proclitics"]
    conj = [(None, "")] + [(c, _n(c)) for c in procl["conj"]]
    pronouns = _object_suffixes()
    # (tense, cell, head) -> pronoun -> bodies: the moods share many spellings, so the bodies
    # are gathered first and each (form, analysis) is made once.
    groups: dict[tuple, dict[str | None, dict[str, None]]] = {}
    with_objects = objects and voice == "active"
    raws = [h[0] for h in hosts]
    if with_objects:
        raws += [_before_pronoun(raw, tense, cell) for raw, tense, cell, _ in hosts]
    normed = _norm_all(raws)
    for i, (raw, tense, cell, mood) in enumerate(hosts):
        suffixes = pronouns[cell[0]] if with_objects and mood != "jus-bare" else ()
        host = normed[len(hosts) + i] if suffixes else ""
        for head in _HEADS[mood]:
            group = groups.setdefault((tense, cell, head), {})
            group.setdefault(None, {})[normed[i]] = None
            for suffix, name in suffixes:
                group.setdefault(name, {})[host + suffix] = None
    heads = {"bare": ("", None, None), "future": (_n(procl["future"]), "future", None),
             "lam": (_n(procl["prep"]), None, procl["prep"])}
    forms, make = out.forms, _make        # the innermost loop of the module, written out
    get = forms.get
    for (tense, cell, head), group in groups.items():
        person, gender, number = _cell(cell)
        head_key, head_tense, prep = heads[head]
        t = head_tense or tense
        for c, cn in conj:
            prefix = cn + head_key
            for pronoun, bodies in group.items():
                analysis = make((lemma, "verb", t, voice, person, gender, number, False, c, prep,
                                 pronoun))
                for body in bodies:
                    key = prefix + body
                    have = get(key)
                    if have is None:
                        forms[key] = [analysis]
                    else:
                        have.append(analysis)


@lru_cache(maxsize=4096)
@_no_gc
def _verb_cached(key: str):
    spec, _, written, lemma = _opened(key, "verb")
    verb = _clean(written)
    present = _clean(spec["present"]) if spec.get("present") else None
    cls = spec.get("class") or _verb_class(verb, present, written)
    if "present" not in spec:
        present = _derive_present(verb, cls)
        if present is None:
            raise SpecError(f"give the present of {written!r} (or present: false for none): "
                            "only forms IV, VI, VII, VIII and X derive it")
    objects = spec.get("objects", True)
    imperative = _clean(spec["imperative"]) if spec.get("imperative") else None
    out = _Builder()
    _verb_voice(out, lemma, "active", _verb_hosts(verb, present, cls, imperative), objects)
    passive = _passive_perfect(spec, verb, cls)
    if passive is not None:
        ppresent = _passive_present(spec, present, cls)
        pcls = cls
        if cls == "hollow" and passive[-2] not in _letters()["long_vowels"]:
            pcls = "sound"
        _verb_voice(out, lemma, "passive", _verb_hosts(passive, ppresent, pcls, None), objects)
    return out.result(spec)


def verb_forms(spec: Mapping) -> dict[str, list[Analysis]]:
    """Every form of a verb spec: perfect, imperfect (all moods), future with sa-, imperative when
    given, passive when given; with wa/fa, li- on the imperfect, and object pronouns."""
    return _forms_of("verb", spec)


# ----------------------------------------------------------------------------- nouns

def _noun_hosts(word: str, number: str, tanween: bool, table: dict):
    """One written noun form's spellings: (forms; forms only without the article: the accusative
    alif, a sound plural's construct; spellings before a possessive; those of them that are the
    word unchanged, where the nisba guard applies)."""
    alif = []
    if tanween and not any(word.endswith(e) for e in table["no_tanween_endings"][number]):
        alif.append(word + table["tanween_alif"])
    stem = _rewrite_end(word, table["before_suffix"])
    if number == "pl":
        stem = _rewrite_end(stem, table["plural_construct"])
        if stem != word:
            alif.append(stem)           # the construct before its complement: mas'ulu l-wizara
    seats = table["hamza_seats"].get(stem[-1])
    construct = [stem[:-1] + s for s in seats] if seats else [stem]
    return [word], alif, construct, [c for c in construct if c == word]


def _noun_groups(spec: Mapping, word: str, table: dict):
    """(number, forms, indefinite-only forms, construct spellings, nisba-guarded spellings)."""
    number = spec.get("number", "sg")
    if number not in ("sg", "pl"):
        raise SpecError(f"noun number is sg or pl: {dict(spec)!r}")
    plurals = spec.get("plural") or []
    if isinstance(plurals, str):
        plurals = [plurals]
    groups = []
    if number == "sg":
        groups.append(("sg", *_noun_hosts(word, "sg", True, table)))
        if spec.get("dual", True):
            stem = _rewrite_end(word, table["before_dual"])
            groups.append(("du", [stem + e for e in table["dual"]], [],
                           [stem + e for e in table["dual_construct"]], []))
    for plural in [word] if number == "pl" else [_clean(p) for p in plurals]:
        bare, alif, construct, _ = _noun_hosts(plural, "pl", not spec.get("diptote"), table)
        groups.append(("pl", bare, alif, construct, []))
    return groups


@lru_cache(maxsize=4096)
@_no_gc
def _noun_cached(key: str):
    spec, table, written, lemma = _opened(key, "noun")
    gender = spec.get("gender")
    article = _n(table["article"])
    lam = _n(table["lam"])
    conj = [(None, "")] + [(c, _n(c)) for c in table["conj"]]
    preps = [(p, _n(p)) for p in table["prep"]]
    guard = set(table["nisba_guard"])
    possessive = [(name, _normed_list(tuple(forms))) for name, forms in table["possessive"].items()]
    out = _Builder()
    for num, bare, alif, construct, plain in _noun_groups(spec, _clean(written), table):
        normed = _norm_all(bare + alif + construct)
        forms = normed[:len(bare)]
        # (definite, pronoun) -> bodies
        bodies = {(False, None): normed[:len(bare) + len(alif)],
                  (True, None): [article + f for f in forms]}
        for raw, host in zip(construct, normed[len(bare) + len(alif):]):
            for name, suffixes in possessive:
                if not (name in guard and raw in plain):
                    bodies.setdefault((True, name), []).extend(host + f for f in suffixes)
        for (definite, pronoun), keys in bodies.items():
            keys = list(dict.fromkeys(keys))
            for c, cn in conj:
                head = (lemma, "noun", None, "active", None, gender, num, definite, c)
                out.add([cn + k for k in keys], (*head, None, pronoun))
                for p, pn in preps:
                    if p == table["lam"] and definite and pronoun is None:
                        rests = [k[len(article):] for k in keys]
                        joined = [lam + lam + (r[1:] if r.startswith(lam) else r) for r in rests]
                    else:
                        joined = [pn + k for k in keys]
                    out.add([cn + k for k in joined], (*head, p, pronoun))
    return out.result(spec)


def noun_forms(spec: Mapping) -> dict[str, list[Analysis]]:
    """Every form of a noun spec: singular, dual and plural; indefinite (with the accusative alif),
    with the article, with a possessive; with bi li ka and wa fa."""
    return _forms_of("noun", spec)


# ----------------------------------------------------------------------------- participles

@lru_cache(maxsize=4096)
@_no_gc
def _participle_cached(key: str):
    spec, table, written, lemma = _opened(key, "participle")
    stem = _clean(written)
    cls = spec.get("class") or "sound"
    if cls == "defective" and stem.endswith(_letters()["yeh"]):
        stem = stem[:-1]
    article = _n(table["article"])
    conj = [(None, "")] + [(c, _n(c)) for c in table["conj"]]
    out = _Builder()
    for gender, number, template, which in table["defective" if cls == "defective" else "strong"]:
        form = _n(_spell(_fill(template, {"S": stem})))
        variants = []
        if which in ("both", "indef"):
            variants.append((form, False))
        if which in ("both", "def"):
            variants.append((article + form, True))
        for c, cn in conj:
            for body, definite in variants:
                out.add([cn + body], (lemma, "participle", None, "active", None, gender, number,
                                    definite, c, None, None))
    return out.result(spec)


def participle_forms(spec: Mapping) -> dict[str, list[Analysis]]:
    """Every form of an active participle: masculine and feminine, singular, dual and plural,
    the accusative alif (mu'akkidan), with the article, with wa fa."""
    return _forms_of("participle", spec)


# ----------------------------------------------------------------------------- all of them

_CACHED = {"verb": _verb_cached, "noun": _noun_cached, "participle": _participle_cached}


@_no_gc
def expand(specs: Iterable[Mapping]) -> dict[str, list[Analysis]]:
    """The forms of every spec merged: a form made by two lemmas keeps both analyses. A spec
    given twice counts once; two specs of one id keep their analyses without duplicates."""
    out: dict[str, list[Analysis]] = {}
    done: set[str] = set()
    for spec in specs:
        kind = _kind(spec)
        key = _spec_key(spec)
        if key in done:
            continue
        done.add(key)
        forms = _CACHED[kind](key)
        shared = {}
        for form in forms.keys() & out.keys():
            have, new = out[form], forms[form]
            lemma = new[0].lemma            # one spec, one lemma
            if any(a.lemma == lemma for a in have):
                new = [a for a in new if a not in have]
            shared[form] = have + new               # a new list: the cached ones stay as they are
        out.update(forms)
        out.update(shared)
    return _as_dict(out)
