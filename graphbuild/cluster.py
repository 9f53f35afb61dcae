"""Extraction on a Dask cluster (dask.distributed), for corpora past one machine.

The same per-article extraction as `graphbuild extract` (graphbuild.run.process_article) runs as
a parallel map over the article files; cross-article identity is a reduction of the mention maps
per found person followed by a shuffle by block key, each block resolved where it lands
(graphbuild.identity.resolve_block); the triples are then rewritten where they were extracted
and come back one partition at a time, in reading order, as the same JSON Lines.

`scheduler` is a scheduler address (tcp://host:8786) or 'local' for a LocalCluster on this
machine. Workers need graphbuild installed and the article files at the same paths (a shared
file system); each worker process builds one Extractor.
"""
from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild import identity
from graphbuild.errors import InputError
from graphbuild.reading import find_article_files, read_file
from graphbuild.run import process_article, process_extractor, resolve_record, skip, summary_line
from graphbuild.triplefile import dumps

FILES_PER_PARTITION = 64


@contextmanager
def connect(scheduler: str, workers: int):
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` processes."""
    from dask.distributed import Client, LocalCluster

    if scheduler == "local":
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
    else:
        with Client(scheduler) as client:
            yield client


def _extract_files(numbered: list[tuple[int, tuple[Path, Path]]], min_confidence: float) -> list:
    """One partition: (position, outcome) per article of its (root, file)s, or (position, InputError)."""
    done = []
    for file_index, (root, path) in numbered:
        for n, item in enumerate(read_file(root, path)):
            at = (file_index, n)
            if isinstance(item, InputError):
                done.append((at, item))
            else:
                done.append((at, process_article(process_extractor(), item, at, min_confidence)))
    return done


def _mention_map(partition: list) -> list[identity.MentionMap]:
    merged = identity.MentionMap()
    for _, outcome in partition:
        if not isinstance(outcome, InputError) and outcome.error is None:
            merged.merge(outcome.mentions)
    return [merged]


def _persons(maps: list[identity.MentionMap]) -> list[identity.FoundPerson]:
    return [p for m in maps for p in m.persons.values()]


@functools.cache
def _known() -> dict:
    return identity.known_persons()


def _resolve_blocks(blocks: list[tuple[str, list[identity.FoundPerson]]]) -> list[tuple[str, identity.Canonical]]:
    known = _known()
    return [item for key, members in blocks
            for item in identity.resolve_block(key, members, known.get(key, [])).items()]


def _resolved_lines(partition: list, identities: identity.Identities) -> list[tuple[list[bytes], set[str]]]:
    """One partition's JSON Lines under canonical identities, and the actors they name."""
    lines, actors = [], set()
    for _, outcome in partition:
        if isinstance(outcome, InputError) or outcome.error is not None:
            continue
        _, resolved = resolve_record(outcome.record, identities)
        lines += map(dumps, resolved)
        actors.update(identity.actor_ids(resolved))
    return [(lines, actors)]


def _failed(item) -> bool:
    return isinstance(item[1], InputError) or item[1].error is not None


@dataclass
class ClusterExtraction:
    """Pass one done on the cluster; `lines()` runs pass two there and streams its output,
    one partition at a time, in reading order."""

    client: object
    extracted: object
    identities: identity.Identities
    skipped: list[InputError] = field(default_factory=list)
    articles: int = 0
    triples: int = 0
    actors: set[str] = field(default_factory=set)

    def lines(self) -> Iterator[bytes]:
        from dask import delayed

        parts = self.extracted.map_partitions(_resolved_lines, delayed(self.identities))
        for future in self.client.compute(parts.to_delayed()):
            [(lines, actors)] = future.result()
            future.release()
            self.actors |= actors
            yield from lines

    def summary(self) -> str:
        return summary_line(self.articles, self.skipped, self.triples, self.actors)


@contextmanager
def extract_on_cluster(paths, scheduler: str, min_confidence: float = 0.0, workers: int = 2):
    """Pass one on the cluster at `scheduler`; yields the ClusterExtraction that streams the
    JSON Lines while the client is connected."""
    import dask.bag as db

    files, missing = find_article_files(paths)
    with connect(scheduler, workers) as client:
        numbered = list(enumerate(files))
        bag = db.from_sequence(numbered, partition_size=FILES_PER_PARTITION)
        extracted = bag.map_partitions(_extract_files, min_confidence).persist()
        # identity: found persons reduced per id, then shuffled by block key and resolved per block
        maps = extracted.map_partitions(_mention_map)
        persons = maps.map_partitions(_persons).foldby(lambda p: p.id, identity.same_person).map(lambda kv: kv[1])
        blocks = persons.groupby(lambda p: identity.block_key(p.name), shuffle="tasks")
        canonical = blocks.map_partitions(_resolve_blocks)
        spellings = maps.map(lambda m: m.spellings).fold(lambda a, b: a + b, initial=Counter())
        problems = extracted.filter(_failed)
        counts = extracted.remove(_failed).map(lambda item: (1, item[1].kept)).fold(
            lambda a, b: (a[0] + b[0], a[1] + b[1]), initial=(0, 0))
        pairs, counted, failed, (articles, triples) = client.compute(
            [canonical, spellings, problems, counts], sync=True)
        mapping = dict(pairs)
        result = ClusterExtraction(client, extracted,
                                   identity.Identities(mapping, identity.common_spellings(counted, mapping)),
                                   articles=articles, triples=triples)
        for error in missing:
            skip(result, error)
        for _, problem in sorted(failed, key=lambda item: item[0]):
            skip(result, problem if isinstance(problem, InputError) else InputError(problem.path, problem.error))
        yield result
