"""Extraction over many articles with the per-article failure policy: a bad article is reported
and skipped, never the batch."""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field

import click

from graphbuild.errors import InputError
from graphbuild.model import Article, Triple
from graphbuild.reading import read_articles


@dataclass
class RunResult:
    articles: list[Article] = field(default_factory=list)
    triples: list[Triple] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)

    def summary(self) -> str:
        actors = {a.id for t in self.triples for a in t.actors()}
        reasons = Counter(e.reason for e in self.skipped)
        lines = [f"articles read: {len(self.articles)}",
                 f"skipped: {len(self.skipped)}" + (" (" + "; ".join(f"{n}× {r}" for r, n in reasons.items()) + ")"
                                                   if reasons else ""),
                 f"triples: {len(self.triples)}",
                 f"actors: {len(actors)}"]
        return ", ".join(lines)


def extract_paths(paths, min_confidence: float = 0.0, progress: bool = True) -> RunResult:
    return extract_items(read_articles(paths), min_confidence, progress)


def extract_items(items, min_confidence: float = 0.0, progress: bool = True) -> RunResult:
    """Triples of articles (or of the InputErrors that stand for unreadable ones), resolved together."""
    from graphbuild.extraction.pipeline import Extractor
    from graphbuild.identity import resolve_identities

    result = RunResult()
    items = list(items)
    extractor = Extractor()
    with click.progressbar(items, label="extracting", file=sys.stderr,
                           show_pos=True) if progress and len(items) > 1 else _plain(items) as bar:
        for item in bar:
            if isinstance(item, InputError):
                result.skipped.append(item)
                click.echo(f"skipped {item}", err=True)
                continue
            result.articles.append(item)
            result.triples.extend(t for t in extractor.extract(item) if t.confidence >= min_confidence)
    resolve_identities(result.triples)
    return result


class _plain:
    def __init__(self, items):
        self.items = items

    def __enter__(self):
        return self.items

    def __exit__(self, *exc):
        return False
