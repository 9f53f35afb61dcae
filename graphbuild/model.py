"""Typed records that cross module boundaries: articles in, triples out."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

RELATIONS = ("MET", "NEGOTIATED", "STATED")
# an event date as the extractor writes it: YYYY-MM-DD, YYYY-MM or YYYY
DATE_PRECISIONS = {10: "day", 7: "month", 4: "year"}
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "MEDIA", "LOC")


@dataclass(frozen=True, slots=True)
class Article:
    doc_id: str
    text: str
    path: str
    published: date | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Actor:
    """A real-world actor as one triple names it: canonical identity plus the surface form."""

    id: str
    name: str
    type: str
    mention: str
    aliases: list[str] = field(default_factory=list)
    implied: bool = False       # named by no word of its own: 'we', 'بلاده', an announced meeting's side

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type,
                "mention": self.mention, "aliases": list(self.aliases), "implied": self.implied}


@dataclass(slots=True)
class Evidence:
    text: str
    start: int
    end: int
    sentence: int
    segment: str = "body"


@dataclass(slots=True)
class Triple:
    doc_id: str
    predicate: str
    subject: Actor
    evidence: Evidence
    cue: str
    object: Actor | None = None
    statement: str | None = None
    negated: bool = False
    directness: str | None = None
    via: list[Actor] = field(default_factory=list)
    place: Actor | None = None
    time_text: str | None = None
    date: str | None = None
    attributed_to: Actor | None = None
    about: list[Actor] = field(default_factory=list)
    confidence: float = 0.5

    @property
    def date_precision(self) -> str | None:
        """day, month or year, as precise as the text's own date; None when the text gives none."""
        return DATE_PRECISIONS.get(len(self.date)) if self.date else None

    def actors(self) -> list[Actor]:
        found = [self.subject]
        found += [a for a in (self.object, self.attributed_to) if a is not None]
        return found + list(self.via)

    def to_json(self) -> dict:
        obj = self.object.to_json() if self.object else {"text": self.statement or ""}
        return {
            "doc_id": self.doc_id,
            "predicate": self.predicate,
            "subject": self.subject.to_json(),
            "object": obj,
            "negated": self.negated,
            "directness": self.directness,
            "via": [v.to_json() for v in self.via],
            "place": self.place.to_json() if self.place else None,
            "time": {"text": self.time_text, "date": self.date},
            "attributed_to": self.attributed_to.to_json() if self.attributed_to else None,
            "evidence": {"text": self.evidence.text, "start": self.evidence.start,
                         "end": self.evidence.end, "sentence": self.evidence.sentence,
                         "segment": self.evidence.segment},
            "cue": self.cue,
            "confidence": round(self.confidence, 3),
        }
