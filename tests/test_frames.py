"""Every trigger frame's examples (graphbuild/data/frames.json) are tests: adding a construction
is a data entry with the sentences it must read."""
from datetime import date

import pytest

from graphbuild.extraction.frames import load as load_frames
from graphbuild.lexicon import read_data
from graphbuild.model import Article
from graphbuild.normalize import norm_phrase

EXAMPLES = [pytest.param(frame["id"], example, id=f"{frame['id']}-{n}")
            for frame in read_data("frames.json")["frames"]
            for n, example in enumerate(frame.get("examples", ()))]


def _names(actor) -> set[str]:
    return {norm_phrase(x) for x in (actor.name, actor.mention, *actor.aliases) if x}


def _found(triples, relation, subject, obj) -> bool:
    for t in triples:
        if t.predicate != relation:
            continue
        if relation == "STATED":
            if norm_phrase(subject) in _names(t.subject) and norm_phrase(obj) in norm_phrase(t.statement or ""):
                return True
        elif {norm_phrase(subject), norm_phrase(obj)} <= ({n for n in _names(t.subject) if n == norm_phrase(subject)
                                                           or n == norm_phrase(obj)}
                                                          | {n for n in _names(t.object) if n == norm_phrase(subject)
                                                             or n == norm_phrase(obj)}):
            return True
    return False


@pytest.mark.parametrize("frame_id, example", EXAMPLES)
def test_frame_example(extractor, frame_id, example):
    triples = extractor.extract(Article("example", example["text"], "test", published=date(2025, 6, 12)))
    for relation, subject, obj in example["expect"]:
        assert _found(triples, relation, subject, obj), (frame_id, relation, subject, obj)
    if not example["expect"]:
        assert not [t for t in triples if t.predicate != "STATED"]


def test_every_frame_has_examples_and_cues():
    index = load_frames()
    assert all(frame.examples for frame in index.frames)
    assert {frame.id for frame in index.frames} >= {"say", "meet", "call", "talks", "attend", "gather", "visit"}
    assert len(index.cues) > 10_000          # the lemmas expand to every inflected form
