"""Extraction over many articles, streamed, with the per-article failure policy.

Each article's triples go to a spool file as they are made and the persons found in them to a
compact map (graphbuild.identity); when every article is done the map is resolved and the spool
read back through it, one article at a time. Memory holds the map and the articles in flight,
never the corpus or all its triples.

`--workers N` extracts in a pool of N processes, a few batches of articles in flight at a time;
results come back in reading order, so the output is the same for any number of workers.

An article that cannot be read, or whose extraction raises, is reported in one line (file and
reason), skipped and counted; the run goes on. An article longer than PART_CHARS (spaCy takes at
most 1,000,000 characters in one piece, error E088) is extracted in parts cut at paragraph or sentence
ends, its offsets kept into the whole text.
"""
from __future__ import annotations

import functools
import multiprocessing
import os
import re
import sys
import tempfile
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import click

from graphbuild import identity, jsontext
from graphbuild.errors import InputError
from graphbuild.model import Article, Triple
from graphbuild.reading import read_articles
from graphbuild.triplefile import article_info, dumps, from_line, to_lines

# spaCy's Language.max_length is 1,000,000 characters (longer texts raise E088); parts stay well
# within it. They were cut small while the extractor's time grew with the square of a text's
# length; it now grows with the length (0.5 s at 120,000 characters), and the cut is kept so that
# a long article gives the triples it gave
PART_CHARS = 50_000
BATCH = 8                      # articles sent to a worker at a time
# the spool keeps a lone surrogate that valid JSON may hold (in a title, say) as it is, so that
# such an article fails where it is written to the store, alone, and not the whole run here
SPOOL_ERRORS = "surrogatepass"
IN_FLIGHT = 4                  # batches queued per worker: bounds the texts held at once
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?؟۔]\s+"), re.compile(r"\s+"))


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@dataclass
class Extraction:
    """The outcome of pass one: the spool, the resolved identities and the counts."""

    spool: Path
    identities: identity.Identities | None = None
    skipped: list[InputError] = field(default_factory=list)
    articles: int = 0
    triples: int = 0
    actors: set[str] = field(default_factory=set)

    def each_article(self) -> Iterator[tuple[dict, list[Triple]]]:
        """Pass two: every article's info and its triples under their canonical identities."""
        for info, lines in self._resolved():
            yield info, [from_line(line)[0] for line in lines]

    def lines(self) -> Iterator[bytes]:
        """The JSON Lines of `graphbuild extract`, one triple a line, UTF-8 encoded."""
        for _, lines in self._resolved():
            yield from map(dumps, lines)

    def _resolved(self) -> Iterator[tuple[dict, list[dict]]]:
        # read as bytes, which orjson parses as they are (a text line is decoded, then encoded
        # again for it); the standard library decodes what orjson refuses as SPOOL_ERRORS wrote it
        with open(self.spool, "rb") as fh:
            for raw in fh:
                info, lines = resolve_record(raw, self.identities)
                self.actors.update(identity.actor_ids(lines))
                yield info, lines

    def summary(self) -> str:
        return summary_line(self.articles, self.skipped, self.triples, self.actors)


def summary_line(articles: int, skipped: list[InputError], triples: int, actors: set[str]) -> str:
    reasons = Counter(e.reason for e in skipped)
    return ", ".join([f"articles read: {articles}",
                      f"skipped: {len(skipped)}" + (" (" + "; ".join(f"{n}× {r}" for r, n in reasons.items()) + ")"
                                                   if reasons else ""),
                      f"triples: {triples}", f"actors: {len(actors)}"])


def resolve_record(record: str | bytes, identities: identity.Identities) -> tuple[dict, list[dict]]:
    """An article's spool record back as its info and its triples' JSON Lines dicts under
    canonical identities."""
    data = jsontext.decode(record)
    return data["info"], identity.apply(data["triples"], identities)


def split_text(text: str, limit: int = PART_CHARS) -> list[tuple[int, str]]:
    """(offset, part) pieces of at most `limit` characters, each cut at the last paragraph end
    before the limit, else the last line end, sentence end or space, else at the limit."""
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = next((m.end() for pattern in _CUTS for m in [_last(pattern, window)] if m and m.end() > 0), limit)
        parts.append((start, window[:cut]))
        start += cut
    parts.append((start, text[start:]))
    return parts


def _last(pattern: re.Pattern, text: str):
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def extract_article(extractor, article: Article, limit: int = PART_CHARS) -> list[Triple]:
    """The article's triples; a text over `limit` is extracted part by part. Sentence numbers
    keep counting across the parts."""
    if len(article.text) <= limit:
        return extractor.extract(article)
    triples: list[Triple] = []
    sentences = 0
    for offset, part in split_text(article.text, limit):
        piece = Article(article.doc_id, part, article.path, article.published, article.url,
                        article.source, article.title)
        found = extractor.extract(piece)
        for t in found:
            t.evidence.start += offset
            t.evidence.end += offset
            t.evidence.sentence += sentences
        sentences = max([sentences, *(t.evidence.sentence + 1 for t in found)])
        triples += found
    return triples


@dataclass(frozen=True, slots=True)
class ArticleOutcome:
    """One article done: its spool record (a UTF-8 line) and the persons found, or why it was skipped."""

    path: str
    record: bytes | None = None
    mentions: identity.MentionMap | None = None
    kept: int = 0
    error: str | None = None


def process_article(extractor, article: Article, position: tuple, min_confidence: float) -> ArticleOutcome:
    try:
        triples = [t for t in extract_article(extractor, article) if t.confidence >= min_confidence]
    except Exception as exc:  # noqa: BLE001 - the failure policy: any extractor failure skips this article only
        reason = str(exc).splitlines()[0][:200] if str(exc) else ""
        return ArticleOutcome(article.path, error=f"extraction failed ({type(exc).__name__}: {reason})")
    info = article_info(article)
    lines = to_lines(triples, info)
    record = jsontext.encode_line({"info": info, "triples": lines}, SPOOL_ERRORS)
    return ArticleOutcome(article.path, record, identity.MentionMap.of_article(lines, position), len(triples))


@functools.cache
def process_extractor():
    """The one Extractor of a worker process, built on first use."""
    from graphbuild.extraction.pipeline import Extractor

    return Extractor()


def _process_batch(articles: list[tuple[tuple, Article]], min_confidence: float) -> list[ArticleOutcome]:
    return [process_article(process_extractor(), a, at, min_confidence) for at, a in articles]


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def outcomes(articles: Iterable[tuple[tuple, Article]], min_confidence: float,
             workers: int) -> Iterator[ArticleOutcome]:
    """Every (position, article)'s outcome, in reading order, from this process or a pool of
    `workers`."""
    if workers <= 1:
        for at, article in articles:
            yield process_article(process_extractor(), article, at, min_confidence)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=process_extractor) as pool:
        pending: deque = deque()
        for batch in _batches(articles, BATCH):
            pending.append(pool.submit(_process_batch, batch, min_confidence))
            while len(pending) >= workers * IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def extract_paths(paths, spool_dir: str | Path, min_confidence: float = 0.0, workers: int = 1,
                  progress: bool = True) -> Extraction:
    """Pass one over the articles under `paths`: the spool in `spool_dir` and the identities."""
    return extract_items(read_articles(paths), spool_dir, min_confidence, workers, progress)


def extract_items(items: Iterable[Article | InputError], spool_dir: str | Path, min_confidence: float = 0.0,
                  workers: int = 1, progress: bool = True) -> Extraction:
    """Pass one over articles (or the InputErrors that stand for unreadable ones), from files or
    from the Python API."""
    result = Extraction(Path(spool_dir) / "spool.jsonl")
    mentions = identity.MentionMap()

    def readable() -> Iterator[tuple[tuple, Article]]:
        for n, item in enumerate(items):
            if isinstance(item, InputError):
                skip(result, item)
            else:
                yield (n,), item

    with open(result.spool, "wb") as spool:          # the records are UTF-8 already
        done = outcomes(readable(), min_confidence, workers)
        with click.progressbar(done, label="extracting", file=sys.stderr, show_pos=True,
                               hidden=not progress) as bar:
            for outcome in bar:
                if outcome.error:
                    skip(result, InputError(outcome.path, outcome.error))
                    continue
                mentions.merge(outcome.mentions)
                spool.write(outcome.record)
                result.articles += 1
                result.triples += outcome.kept
    result.identities = identity.resolve(mentions)
    return result


def skip(result, error: InputError) -> None:
    """Report a skipped article on one line and count it in `result` (a run's or a cluster's)."""
    result.skipped.append(error)
    click.echo(f"skipped {error}", err=True)


def spool_folder():
    """A private temporary folder for the spool, removed when the command ends."""
    return tempfile.TemporaryDirectory(prefix="graphbuild-spool-")
