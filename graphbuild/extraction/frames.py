"""Trigger frames, read from graphbuild/data/frames.json, and the index of every inflected form.

A frame is one construction: its relation, its cue lemmas (verbs, nouns, participles; expanded to
every form by graphbuild.extraction.inflect) and where its roles come from. The engine
(graphbuild.extraction.events) is the same for every frame: adding a construction is a data entry.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from graphbuild.errors import LexiconError
from graphbuild.extraction.inflect import Analysis, SpecError, noun_forms, participle_forms, verb_forms
from graphbuild.lexicon import read_data
from graphbuild.normalize import norm

RELATIONS = ("MET", "NEGOTIATED", "STATED")
AGENTS = ("subject", "light", "none", "attendees")
# per-cue options a frame file may give beside a lemma spec; the rest of the spec goes to inflect
CUE_OPTIONS = ("requires", "partners", "denial", "only", "with_light", "reception", "attendance",
               "in_meeting", "mediation", "needs_meeting_subject", "partner", "hosts")


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


@dataclass(frozen=True)
class Cue:
    frame: Frame | None                 # None for a light verb
    kind: str                           # verb | noun | participle | light | intransitive_light
    analysis: Analysis
    options: CueOptions


@dataclass
class FrameIndex:
    frames: list[Frame]
    # normalized form -> readings: (frame, kind, analysis, options) tuples, made Cues when the form
    # is first looked up (a text meets a few hundred of the hundred thousand forms)
    cues: dict[str, list] = field(default_factory=dict)

    def at(self, form: str) -> list[Cue]:
        found = self.cues.get(form)
        if not found:
            return []
        if isinstance(found[0], tuple):
            found[:] = [Cue(*reading) for reading in found]
        return found

    def forms(self) -> set[str]:
        return set(self.cues)


def _options(spec: dict) -> tuple[dict, CueOptions]:
    lemma = {k: v for k, v in spec.items() if k not in CUE_OPTIONS}
    opts = CueOptions(
        requires=tuple(norm(w) for w in spec.get("requires", ())),
        partners=tuple(spec.get("partners", ())),
        denial=bool(spec.get("denial")),
        only_singular=spec.get("only") == "sg",
        with_light=bool(spec.get("with_light")),
        reception=bool(spec.get("reception")),
        attendance=bool(spec.get("attendance")),
        in_meeting=bool(spec.get("in_meeting")),
        mediation=bool(spec.get("mediation")),
        needs_meeting_subject=bool(spec.get("needs_meeting_subject")),
        partner=spec.get("partner"),
        hosts=bool(spec.get("hosts")),
    )
    return lemma, opts


def _add(index: dict[str, list], forms: dict[str, list[Analysis]], frame, kind, opts) -> None:
    for form, analyses in forms.items():
        for a in analyses:
            if opts.only_singular and a.number != "sg":
                continue
            index.setdefault(form, []).append((frame, kind, a, opts))


def _expand(spec: dict, where: str):
    lemma, opts = _options(spec)
    try:
        if "verb" in lemma:
            return verb_forms(lemma), opts
        if "noun" in lemma:
            return noun_forms(lemma), opts
        return participle_forms(lemma), opts
    except SpecError as exc:
        raise LexiconError(f"graphbuild/data/frames.json: {where}: {exc}") from exc


@cache
def load() -> FrameIndex:
    raw = read_data("frames.json")
    frames: list[Frame] = []
    cues: dict[str, list] = {}
    for kind in ("light_verbs", "intransitive_light_verbs"):
        for spec in raw[kind]:
            forms, opts = _expand(spec, kind)
            _add(cues, forms, None, "light" if kind == "light_verbs" else "intransitive_light", opts)
    ids = set()
    for f in raw["frames"]:
        if f["id"] in ids:
            raise LexiconError(f"graphbuild/data/frames.json: frame {f['id']!r} is defined twice")
        ids.add(f["id"])
        if f["relation"] not in RELATIONS or f.get("agent", "subject") not in AGENTS:
            raise LexiconError(f"graphbuild/data/frames.json: frame {f['id']!r}: unknown relation or agent")
        frame = Frame(id=f["id"], relation=f["relation"], agent=f.get("agent", "subject"),
                      partners=tuple(f.get("partners", ())), mode=f.get("mode"), visit=bool(f.get("visit")),
                      attendance=bool(f.get("attendance")), needs_meeting_noun=bool(f.get("needs_meeting_noun")),
                      source_markers=bool(f.get("source")), examples=tuple(f.get("examples", ())))
        frames.append(frame)
        for kind, key in (("verb", "verbs"), ("noun", "nouns"), ("participle", "participles")):
            for spec in f.get(key, ()):
                forms, opts = _expand(spec, f"frame {f['id']!r}")
                _add(cues, forms, frame, kind, opts)
    return FrameIndex(frames, cues)
