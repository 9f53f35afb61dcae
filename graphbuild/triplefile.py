"""The JSON Lines of triples that `graphbuild extract` writes and `graphbuild load` reads back.

A line is `Triple.to_json()` (the format of shared/eval/GUIDELINES.md) plus what the graph needs
and the scorer ignores: `about` (the actors a statement names) and `article` (the reporting
article's title, source, url, publication date, and the fingerprint of its text and the file it
came from, and the path messages name it by), so that extraction can run elsewhere and the load
build the same graph as a load from the articles themselves.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import click

from graphbuild import jsontext
from graphbuild.errors import InputError
from graphbuild.model import Actor, Article, Evidence, Triple


def article_info(article: Article) -> dict:
    """What the graph keeps of an article (its Article node): never the text, but its
    fingerprint and the file it came from, which tell a reload of the same article from a
    different text that happens to carry the same id; and the path it was read as (`FILE:LINE`
    for a JSON Lines row), which messages name."""
    return {"id": article.doc_id, "title": article.title, "source": article.source, "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "text_sha": hashlib.sha1(article.text.encode("utf-8")).hexdigest(), "file": origin(article),
            "path": article.path}


def origin(article: Article) -> str:
    """The file an article came from (a JSON Lines article's path ends in ':line')."""
    return os.path.abspath(re.sub(r":\d+$", "", article.path))


def to_line(t: Triple, info: dict) -> dict:
    return to_lines([t], info)[0]


def to_lines(triples: list[Triple], info: dict) -> list[dict]:
    """The lines of one article's triples; they share one dict of the article's info."""
    article = {k: v for k, v in info.items() if k != "id"}   # the line has the id as doc_id
    lines = []
    for t in triples:
        line = t.to_json()
        line["about"] = [a.to_json() for a in t.about]
        line["article"] = article
        lines.append(line)
    return lines


def dumps(line: dict) -> bytes:
    """One line of the file, UTF-8 encoded."""
    return jsontext.encode_line(line)


def _actor(data: dict | None) -> Actor | None:
    if not data:
        return None
    return Actor(id=data["id"], name=data["name"], type=data["type"], mention=data.get("mention") or "",
                 aliases=list(data.get("aliases") or []), implied=bool(data.get("implied")))


def from_line(line: dict) -> tuple[Triple, dict]:
    """A triple and its article's info back from one line; KeyError/TypeError when malformed."""
    ev = line["evidence"]
    obj = line["object"]
    is_actor = "id" in obj
    t = Triple(doc_id=line["doc_id"], predicate=line["predicate"], subject=_actor(line["subject"]),
               evidence=Evidence(ev["text"], ev["start"], ev["end"], ev["sentence"], ev.get("segment", "body")),
               cue=line.get("cue") or "", object=_actor(obj) if is_actor else None,
               statement=None if is_actor else obj.get("text"), negated=bool(line.get("negated")),
               directness=line.get("directness"), via=[_actor(v) for v in line.get("via") or []],
               place=_actor(line.get("place")), time_text=(line.get("time") or {}).get("text"),
               date=(line.get("time") or {}).get("date"), attributed_to=_actor(line.get("attributed_to")),
               about=[_actor(a) for a in line.get("about") or []], confidence=float(line.get("confidence", 0.5)))
    info = {"id": line["doc_id"], "title": None, "source": None, "url": None, "published": None,
            **(line.get("article") or {})}
    return t, info


def is_triple_file(path: Path) -> bool:
    """A .jsonl file whose first line is a triple (not an article with `id` and `text`)."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        for raw in fh:
            if raw.strip():
                try:
                    first = jsontext.decode(raw)
                except json.JSONDecodeError:
                    return False
                return isinstance(first, dict) and "predicate" in first and "doc_id" in first
    return False


def read_triples(path: Path) -> Iterator[tuple[Triple, dict] | InputError]:
    """Triples with their article's info, line by line; a bad line is an InputError in its place."""
    with open(path, encoding="utf-8-sig") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                yield from_line(jsontext.decode(raw))
            except json.JSONDecodeError as exc:
                yield InputError(f"{path}:{n}", f"not JSON ({exc.msg})")
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                yield InputError(f"{path}:{n}", f"not a graphbuild triple ({type(exc).__name__}: {exc})")


class TripleFileLoad:
    """Triple files read for `graphbuild load`, an article at a time (an article's triples are
    consecutive lines, as `graphbuild extract` writes them); the same interface as a run's
    Extraction."""

    def __init__(self, paths: list[Path], min_confidence: float = 0.0):
        self.paths = paths
        self.min_confidence = min_confidence
        self.skipped: list[InputError] = []
        self.articles = 0
        self.triples = 0
        self.actors: set[str] = set()

    def each_article(self) -> Iterator[tuple[dict, list[Triple]]]:
        info, triples = None, []
        for path in self.paths:
            for item in read_triples(path):
                if isinstance(item, InputError):
                    self.skipped.append(item)
                    click.echo(f"skipped {item}", err=True)
                    continue
                t, line_info = item
                if info is not None and line_info["id"] != info["id"]:
                    yield self._done(info, triples)
                    triples = []
                info = line_info
                if t.confidence >= self.min_confidence:
                    triples.append(t)
        if info is not None:
            yield self._done(info, triples)

    def _done(self, info: dict, triples: list[Triple]) -> tuple[dict, list[Triple]]:
        self.articles += 1
        self.triples += len(triples)
        self.actors.update(a.id for t in triples for a in t.actors())
        return info, triples

    def summary(self) -> str:
        return (f"articles read: {self.articles}, skipped lines: {len(self.skipped)}, "
                f"triples: {self.triples}, actors: {len(self.actors)}")
