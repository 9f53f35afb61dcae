"""Trigger frames, read from graphbuild/data/frames.json, and the index of every inflected form.

A frame is one construction: its relation, its cue lemmas (verbs, nouns, participles; expanded to
every form by graphbuild.extraction.inflect) and where its roles come from. The engine
(graphbuild.extraction.events) is the same for every frame: adding a construction is a data entry.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field, fields
from functools import cache
from importlib import resources
from pathlib import Path

from graphbuild.errors import LexiconError
from graphbuild.extraction import diskcache, inflect
from graphbuild.extraction.inflect import Analysis, SpecError, noun_forms, participle_forms, verb_forms
from graphbuild.lexicon import read_data
from graphbuild.normalize import norm

RELATIONS = ("MET", "NEGOTIATED", "STATED")
AGENTS = ("subject", "light", "none", "attendees", "mediators")   # mediators: the subject mediates between the partners
ROLE_NAMES = ("object", "object_if_actor", "between", "members", "genitive")   # partner roles that are no preposition
# per-cue options a frame file may give beside a lemma spec; the rest of the spec goes to inflect
CUE_OPTIONS = ("requires", "partners", "denial", "only", "with_light", "reception", "attendance",
               "in_meeting", "mediation", "needs_meeting_subject", "partner", "hosts", "resumes", "leads")


@dataclass(frozen=True)
class Frame:
    id: str
    relation: str
    agent: str
    partners: tuple[str, ...]
    mode: str | None = None
    visit: bool = False
    attendance: bool = False
    needs_meeting_noun: bool = False
    source_markers: bool = False
    examples: tuple[dict, ...] = ()


@dataclass(frozen=True)
class CueOptions:
    requires: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    denial: bool = False
    only_singular: bool = False
    with_light: bool = False
    reception: bool = False
    attendance: bool = False
    in_meeting: bool = False
    mediation: bool = False
    needs_meeting_subject: bool = False
    partner: str | None = None          # light verbs: the preposition of the other party ('تلقى ... من')
    hosts: bool = False                 # the agent receives the partner at home ('استقبل')
    resumes: bool = False               # light verbs: what it takes up again was held before ('ستستأنف المحادثات')
    leads: bool = False                 # light verbs: its subject led a side of the event told after في ('ترأس X الوفد في المحادثات مع Y')


@dataclass(frozen=True)
class Cue:
    frame: Frame | None                 # None for a light verb
    kind: str                           # verb | noun | participle | light | intransitive_light
    analysis: Analysis
    options: CueOptions


@dataclass
class FrameIndex:
    frames: list[Frame]
    readings: list[tuple[Frame | None, str, CueOptions]]     # per cue spec: its frame, kind, options
    analyses: list[tuple]                                    # Analysis fields
    cues: dict[str, int]                # normalized form -> its number: its readings are
    pairs: array                        # (spec, analysis) numbers pairs[2 * starts[i]:2 * starts[i + 1]]
    starts: array
    # Cues are made when a form is first looked up: a text meets a few hundred of the hundred
    # thousand forms. A word that is no form is not kept: the finders ask about any word
    _made: dict[str, list[Cue]] = field(default_factory=dict)

    def at(self, form: str) -> list[Cue]:
        made = self._made.get(form)
        if made is None:
            i = self.cues.get(form)
            if i is None:
                return []
            made = self._made[form] = [self._cue(self.pairs[j], self.pairs[j + 1])
                                       for j in range(2 * self.starts[i], 2 * self.starts[i + 1], 2)]
        return made

    def _cue(self, reading: int, analysis: int) -> Cue:
        frame, kind, opts = self.readings[reading]
        return Cue(frame, kind, Analysis(*self.analyses[analysis]), opts)

    def forms(self) -> set[str]:
        return set(self.cues)


def _partners(spec: dict) -> tuple[str, ...]:
    """The partner roles, a preposition in matching form ('إلى' is matched as the keys write it)."""
    return tuple(r if r in ROLE_NAMES else norm(r) for r in spec.get("partners", ()))


def _options(spec: dict) -> tuple[dict, CueOptions]:
    lemma = {k: v for k, v in spec.items() if k not in CUE_OPTIONS}
    opts = CueOptions(
        requires=tuple(norm(w) for w in spec.get("requires", ())),
        partners=_partners(spec),
        denial=bool(spec.get("denial")),
        only_singular=spec.get("only") == "sg",
        with_light=bool(spec.get("with_light")),
        reception=bool(spec.get("reception")),
        attendance=bool(spec.get("attendance")),
        in_meeting=bool(spec.get("in_meeting")),
        mediation=bool(spec.get("mediation")),
        needs_meeting_subject=bool(spec.get("needs_meeting_subject")),
        partner=norm(spec["partner"]) if spec.get("partner") else None,
        hosts=bool(spec.get("hosts")),
        resumes=bool(spec.get("resumes")),
        leads=bool(spec.get("leads")),
    )
    return lemma, opts


def _expand(spec: dict, where: str) -> dict[str, list[Analysis]]:
    lemma, _ = _options(spec)
    try:
        if "verb" in lemma:
            return verb_forms(lemma)
        if "noun" in lemma:
            return noun_forms(lemma)
        return participle_forms(lemma)
    except SpecError as exc:
        raise LexiconError(f"graphbuild/data/frames.json: {where}: {exc}") from exc


def _expanded(specs: list[tuple[dict, str]]) -> tuple[list[tuple], list[str], bytes, bytes]:
    """Every form of every cue spec, compact: (the analyses' fields, the forms, where each form's
    readings start, the readings as (spec, analysis) numbers)."""
    analyses: list[tuple] = []
    numbers: dict[int, int] = {}            # id of an Analysis (the expansion shares them) -> number
    cues: dict[str, list[int]] = {}
    for r, (spec, where) in enumerate(specs):
        singular = _options(spec)[1].only_singular
        for form, found in _expand(spec, where).items():
            for a in found:
                if singular and a.number != "sg":
                    continue
                n = numbers.get(id(a))
                if n is None:
                    n = numbers[id(a)] = len(analyses)
                    analyses.append(tuple(getattr(a, name) for name in _ANALYSIS_FIELDS))
                cues.setdefault(form, []).extend((r, n))
    starts, pairs = array("I", [0]), array("I")
    for readings in cues.values():
        pairs.extend(readings)
        starts.append(len(pairs) // 2)
    return analyses, list(cues), starts.tobytes(), pairs.tobytes()


_ANALYSIS_FIELDS = tuple(f.name for f in fields(Analysis))


def _cache_inputs() -> list[bytes]:
    """What the expansion depends on: the frame file, the morphology tables and their code."""
    data = resources.files("graphbuild.data")
    return [data.joinpath("frames.json").read_bytes(), data.joinpath("morphology.json").read_bytes(),
            Path(inflect.__file__).read_bytes(), Path(__file__).read_bytes()]


@cache
def load() -> FrameIndex:
    raw = read_data("frames.json")
    frames: list[Frame] = []
    specs: list[tuple[dict, str]] = []
    readings: list[tuple[Frame | None, str, CueOptions]] = []
    for kind in ("light_verbs", "intransitive_light_verbs"):
        for spec in raw[kind]:
            specs.append((spec, kind))
            readings.append((None, "light" if kind == "light_verbs" else "intransitive_light", _options(spec)[1]))
    ids = set()
    for f in raw["frames"]:
        if f["id"] in ids:
            raise LexiconError(f"graphbuild/data/frames.json: frame {f['id']!r} is defined twice")
        ids.add(f["id"])
        if f["relation"] not in RELATIONS or f.get("agent", "subject") not in AGENTS:
            raise LexiconError(f"graphbuild/data/frames.json: frame {f['id']!r}: unknown relation or agent")
        frame = Frame(id=f["id"], relation=f["relation"], agent=f.get("agent", "subject"),
                      partners=_partners(f), mode=f.get("mode"), visit=bool(f.get("visit")),
                      attendance=bool(f.get("attendance")), needs_meeting_noun=bool(f.get("needs_meeting_noun")),
                      source_markers=bool(f.get("source")), examples=tuple(f.get("examples", ())))
        frames.append(frame)
        for kind, key in (("verb", "verbs"), ("noun", "nouns"), ("participle", "participles")):
            for spec in f.get(key, ()):
                specs.append((spec, f"frame {f['id']!r}"))
                readings.append((frame, kind, _options(spec)[1]))
    analyses, forms, starts, pairs = diskcache.remembered("frames", _cache_inputs(), lambda: _expanded(specs))
    return FrameIndex(frames, readings, analyses, {form: i for i, form in enumerate(forms)},
                      array("I", pairs), array("I", starts))
