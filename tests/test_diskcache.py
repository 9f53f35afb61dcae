"""The disk cache of slow values (graphbuild.extraction.diskcache) and the frames' use of it."""
import pytest

from graphbuild.extraction import diskcache, frames


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHBUILD_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting(value):
    calls = []

    def build():
        calls.append(1)
        return value
    return build, calls


def test_a_value_is_built_once_for_the_same_inputs_and_again_when_they_change(cache_dir):
    build, calls = counting({"forms": ["a", "b"], "n": (1, 2)})
    assert diskcache.remembered("t", [b"data v1"], build) == {"forms": ["a", "b"], "n": (1, 2)}
    assert diskcache.remembered("t", [b"data v1"], build) == {"forms": ["a", "b"], "n": (1, 2)}
    assert len(calls) == 1
    diskcache.remembered("t", [b"data v2"], build)
    assert len(calls) == 2
    assert [p.name for p in cache_dir.iterdir()] == [diskcache.path_for("t", [b"data v2"]).name]


def test_a_cache_that_cannot_be_written_or_read_only_costs_the_build(cache_dir, tmp_path, monkeypatch):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("GRAPHBUILD_CACHE", str(blocked))
    build, calls = counting([1])
    assert diskcache.remembered("t", [b"x"], build) == [1]
    monkeypatch.setenv("GRAPHBUILD_CACHE", str(cache_dir))
    cache_dir.mkdir()
    diskcache.path_for("t", [b"x"]).write_bytes(b"\x00broken")
    assert diskcache.remembered("t", [b"x"], build) == [1]
    assert len(calls) == 2


def test_the_frames_expansion_is_read_from_the_cache_and_rebuilt_when_its_data_change(cache_dir, monkeypatch):
    frames.load.cache_clear()
    try:
        built = frames.load()
        assert list(cache_dir.glob("frames-*.marshal"))

        def no_expansion(specs):
            raise AssertionError("expanded again")
        monkeypatch.setattr(frames, "_expanded", no_expansion)
        frames.load.cache_clear()
        cached = frames.load()
        assert cached.cues == built.cues
        form = next(iter(built.cues))
        assert cached.at(form) == built.at(form)

        inputs = frames._cache_inputs
        monkeypatch.setattr(frames, "_cache_inputs", lambda: [*inputs()[:-1], inputs()[-1] + b"\n# changed"])
        frames.load.cache_clear()
        with pytest.raises(AssertionError, match="expanded again"):
            frames.load()
    finally:
        frames.load.cache_clear()
