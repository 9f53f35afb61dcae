"""Bad input: every bad file is reported on one line with its reason and skipped; the good
articles beside it load exactly as they load alone. Real files, the real CLI, the real store."""
import codecs
import json
import os
import shutil

import pytest

from graphbuild.errors import InputError
from graphbuild.reading import read_articles

from conftest import SEEDS, run_cli, store_snapshot

SEED = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
S0, S1, S2, S3, S4 = SEED.values()
LINE = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار."
OTHER = "أعلنت وزارة الخارجية القطرية أن الوفدين سيلتقيان في الدوحة الأسبوع المقبل."
INJECTION = "x'}) MATCH (n) DETACH DELETE n ;--"

# the good articles: name -> (text, how the mixed folder encodes it)
GOOD = {
    "مقال أول.txt": (S0, "utf-16-le"),              # UTF-16 without a byte-order mark
    "-dash 'quote\".txt": (S1, "cp1256"),           # Windows-1256, a name that looks like an option
    f"{INJECTION}.txt": (S2, "utf-16"),             # UTF-16 with BOM; Cypher in the file name
    "2025/05/a.txt": (S3, "utf-8-sig"),             # same name in two folders: two articles
    "2025/06/a.txt": (S4, "utf-8"),
    "broken.html": (f"<html><body><div><p>{S0[:600]}<p>{LINE}<div>", "utf-8"),   # unclosed tags
    "undated.txt": (LINE, "utf-8"),                 # in the mixed folder, a sidecar date that cannot be read
}
# the bad files: name -> (bytes, what the one line says)
BAD = {
    "empty.txt": (b"", "no article text"),
    "blank.txt": (b" \n\t\r\n  ", "no article text"),
    "binary.txt": (bytes(range(256)) * 4, "binary data"),
    "nul.txt": (LINE.encode() + b"\x00" + LINE.encode(), "binary data"),
    "latin1.txt": ("Déjà vu à Paris: le café crème est prêt.".encode("latin-1"), "not UTF-8, UTF-16 or Windows-1256"),
    "script-only.html": (b"<html><head><script>var a = 1;</script></head><body><script>b()</script></body></html>",
                         "no article text"),
}
SIDECARS = {   # article text + a sidecar that is wrong: the sidecar is named
    "bad-json": ("{broken", "not JSON"),
    "bad-list": ("[1, 2]", "not a JSON object"),
    "bad-title": (json.dumps({"title": 5}), "'title' must be a string"),
}
# a date that cannot be read is a warning naming the file, and the article is read without it
UNREADABLE_DATE = json.dumps({"published": "yesterday"})
# a sidecar beside a good article, in both folders: Cypher in its id and title changes nothing
GOOD_SIDECAR = ("2025/06/a.meta.json", {"id": INJECTION + " 2", "title": "\"}) DETACH DELETE d //"})
JSONL_GOOD = [{"id": "j1", "text": LINE, "published": "2025-03-01"}, {"id": "j4", "text": OTHER}]
JSONL_MIXED = [
    json.dumps(JSONL_GOOD[0], ensure_ascii=False),
    "not json at all",
    json.dumps({"id": True, "text": LINE}, ensure_ascii=False),
    json.dumps({"id": "j2", "text": 5}),
    json.dumps({"id": ["j3"], "text": LINE}, ensure_ascii=False),
    json.dumps([1, 2]),
    json.dumps(JSONL_GOOD[0], ensure_ascii=False),                            # the same line again: read once
    json.dumps({"id": "j1", "text": OTHER}, ensure_ascii=False),              # same id, other text
    json.dumps({"id": "j4", "text": OTHER, "published": "31/31/2025"}, ensure_ascii=False),
]
JSONL_REASONS = {2: "not JSON", 3: "'id'", 4: "'id'", 5: "'id'", 6: "'id'", 8: "already used by"}
JSONL_DATE_WARNING = 9


def _write(folder, name, data: bytes):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """`good`: the good articles in UTF-8; `mixed`: the same in other encodings, plus every bad file."""
    good, mixed = tmp_path_factory.mktemp("good"), tmp_path_factory.mktemp("mixed")
    for name, (text, encoding) in GOOD.items():
        _write(good, name, text.encode("utf-8"))
        _write(mixed, name, text.encode(encoding))
    for folder in (good, mixed):
        _write(folder, GOOD_SIDECAR[0], json.dumps(GOOD_SIDECAR[1]).encode())
    _write(good, "rows.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in JSONL_GOOD).encode())
    _write(mixed, "rows.jsonl", "\n".join(JSONL_MIXED).encode() + b"\n")
    for name, (data, _) in BAD.items():
        _write(mixed, name, data)
    for stem, (sidecar, _) in SIDECARS.items():
        _write(mixed, f"{stem}.txt", LINE.encode())
        _write(mixed, f"{stem}.meta.json", sidecar.encode())
    _write(mixed, "undated.meta.json", UNREADABLE_DATE.encode())
    os.symlink("..", mixed / "2025" / "loop")                     # a folder link that loops
    return good, mixed


@pytest.fixture(scope="module")
def loaded(corpora, tmp_path_factory):
    good, mixed = corpora
    clean_store, mixed_store = tmp_path_factory.mktemp("clean"), tmp_path_factory.mktemp("mixed-store")
    clean = run_cli("load", good, "--store", clean_store)
    missing = mixed.parent / "no-such-folder"
    proc = run_cli("load", mixed, missing, "--store", mixed_store, check=False)
    return clean, proc, store_snapshot(clean_store), store_snapshot(mixed_store), missing


def test_good_articles_load_exactly_as_alone(loaded):
    clean, proc, clean_graph, mixed_graph, _ = loaded
    assert clean.returncode == 0
    assert proc.returncode == 3, proc.stderr                       # some skipped, the rest went in
    assert mixed_graph == clean_graph
    articles = clean_graph["article_ids"]
    assert {"مقال أول", "-dash 'quote\"", INJECTION, "2025/05/a", INJECTION + " 2", "broken", "j1"} <= set(articles)
    assert clean_graph["relationships"] and "Traceback" not in proc.stderr


@pytest.mark.parametrize("name", [*BAD, *(f"{s}.meta.json" for s in SIDECARS), "no-such-folder"])
def test_each_bad_file_is_one_line_with_its_reason(loaded, name):
    _, proc, *_ = loaded
    reason = {**{k: v[1] for k, v in BAD.items()},
              **{f"{s}.meta.json": v[1] for s, v in SIDECARS.items()},
              "no-such-folder": "no such file or folder"}[name]
    lines = [line for line in proc.stderr.splitlines() if line.startswith("skipped ") and f"/{name}:" in line]
    assert len(lines) == 1 and reason in lines[0], proc.stderr


def test_each_bad_jsonl_line_is_reported_by_number(loaded, corpora):
    _, proc, *_ = loaded
    path = corpora[1] / "rows.jsonl"
    for number, reason in JSONL_REASONS.items():
        lines = [line for line in proc.stderr.splitlines() if f"{path}:{number}:" in line]
        assert len(lines) == 1 and reason in lines[0], (number, proc.stderr)
    assert f"{path}:7:" not in proc.stderr                          # the same text again: read once


def test_a_date_that_cannot_be_read_is_a_warning_naming_the_file(loaded, corpora):
    _, proc, *_ = loaded
    for where in (corpora[1] / "undated.meta.json", f"{corpora[1] / 'rows.jsonl'}:{JSONL_DATE_WARNING}"):
        lines = [line for line in proc.stderr.splitlines() if line.startswith(f"{where}:")]
        assert len(lines) == 1 and "cannot read the publication date" in lines[0], proc.stderr


def test_the_summary_counts_what_was_skipped(loaded):
    _, proc, *_ = loaded
    summary = proc.stderr.strip().splitlines()[-1]
    skipped = len(BAD) + len(SIDECARS) + len(JSONL_REASONS) + 1
    assert f"articles read: {len(GOOD) + len(JSONL_GOOD)}, skipped: {skipped}" in summary


def test_an_empty_folder_does_nothing_and_says_so(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = run_cli("load", tmp_path / "empty", "--store", tmp_path / "store", check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1] == "Error: no article could be read; nothing was loaded"
    assert not (tmp_path / "store").exists()


def test_a_missing_path_alone_fails_with_one_line(tmp_path):
    proc = run_cli("extract", tmp_path / "nope.txt", check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"skipped {tmp_path / 'nope.txt'}: no such file or folder" in proc.stderr


def test_reloading_one_folder_keeps_the_other_folders_articles(tmp_path):
    corpus = tmp_path / "d"
    _write(corpus, "2025/05/a.txt", S3.encode())
    _write(corpus, "2025/06/a.txt", S4.encode())
    store = tmp_path / "store"
    run_cli("load", corpus, "--store", store)
    whole = store_snapshot(store)
    assert {"2025/05/a", "2025/06/a"} <= set(whole["article_ids"])
    run_cli("load", corpus / "2025" / "05", "--store", store)      # read from there, its id is 'a'
    again = run_cli("load", corpus / "2025" / "06", "--store", store, check=False)
    assert again.returncode == 3
    assert "id 'a' is already in the store for a different text" in again.stderr
    after = store_snapshot(store)
    assert set(whole["relationship_ids"]) <= set(after["relationship_ids"])
    assert after["by_article"]["2025/05/a"] == whole["by_article"]["2025/05/a"]
    assert after["by_article"]["2025/06/a"] == whole["by_article"]["2025/06/a"]
    assert after["by_article"]["a"] == whole["by_article"]["2025/05/a"]


# reading alone, on inputs too large to extract in a test ------------------------------------
def test_a_50_mb_text_and_a_5_mb_line_are_read_whole(tmp_path):
    big = (LINE + "\n") * (50_000_000 // len((LINE + "\n").encode()))
    _write(tmp_path, "big.txt", big.encode())
    _write(tmp_path, "line.txt", (LINE.replace(".", "،") * 60_000).encode())
    items = list(read_articles([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
    assert len(items[0].text) == len(big) and "\n" not in items[1].text


def test_100k_tiny_jsonl_lines_are_100k_articles(tmp_path):
    rows = "".join(json.dumps({"id": f"n{i}", "text": f"قال الوزير {i}"}, ensure_ascii=False) + "\n"
                   for i in range(100_000))
    _write(tmp_path, "many.jsonl", rows.encode())
    items = list(read_articles([tmp_path]))
    assert len(items) == 100_000 and not any(isinstance(i, InputError) for i in items)
    assert items[-1].doc_id == "n99999"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"])
def test_every_supported_encoding_reads_the_same_text(tmp_path, encoding):
    _write(tmp_path, "a.txt", S0.encode(encoding))
    [article] = read_articles([tmp_path])
    assert article.text == S0


def test_ids_are_paths_below_the_folder_given_or_the_sidecar_id(tmp_path):
    _write(tmp_path, "2025/05/a.txt", LINE.encode())
    _write(tmp_path, "2025/06/a.txt", OTHER.encode())
    _write(tmp_path, "b.txt", LINE.encode() + b" ")
    _write(tmp_path, "b.meta.json", json.dumps({"id": "wire-77"}).encode())
    ids = [a.doc_id for a in read_articles([tmp_path])]
    assert ids == ["2025/05/a", "2025/06/a", "wire-77"]
    assert [a.doc_id for a in read_articles([tmp_path / "2025" / "05" / "a.txt"])] == ["a"]


def test_two_texts_under_one_id_are_never_merged(tmp_path):
    _write(tmp_path, "x/a.txt", LINE.encode())
    _write(tmp_path, "y/a.txt", OTHER.encode())
    items = list(read_articles([tmp_path / "x", tmp_path / "y"]))
    assert items[0].doc_id == "a" and isinstance(items[1], InputError)
    assert "already used by" in items[1].reason
    shutil.copy(tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt")   # the same text: read once
    assert [a.doc_id for a in read_articles([tmp_path / "x", tmp_path / "y"])] == ["a"]


def test_a_byte_order_mark_alone_is_no_text(tmp_path):
    _write(tmp_path, "bom.txt", codecs.BOM_UTF8)
    [error] = read_articles([tmp_path])
    assert isinstance(error, InputError) and error.reason == "no article text"


def test_an_article_the_store_refuses_is_skipped_and_the_others_written(tmp_path):
    """A JSON Lines title holding a lone surrogate (valid JSON, not valid text) passes reading
    and extraction and fails only when written: that article is reported, the rest go in."""
    good = [{"id": "w1", "text": S0}, {"id": "w2", "text": S1}]
    bad = {"id": "w3", "text": S2, "title": "\ud800"}
    (tmp_path / "good.jsonl").write_text("".join(json.dumps(r) + "\n" for r in good))
    (tmp_path / "mixed").mkdir()
    (tmp_path / "mixed" / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in [good[0], bad, good[1]]))
    run_cli("load", tmp_path / "good.jsonl", "--store", tmp_path / "clean")
    proc = run_cli("load", tmp_path / "mixed", "--store", tmp_path / "store", check=False)
    assert proc.returncode == 3, proc.stderr
    [line] = [x for x in proc.stderr.splitlines() if x.startswith("skipped ")]
    assert "rows.jsonl:2: not written to the store" in line and "not valid text" in line
    mixed, clean = _without_spellings(store_snapshot(tmp_path / "store")), _without_spellings(
        store_snapshot(tmp_path / "clean"))
    assert mixed[0] == clean[0]
    # identities are resolved over every extracted article before any is written, so an article
    # the store refuses still lends the actors of the others its spellings (their index grows)
    assert all(mixed[1].get(k, 0) >= n for k, n in clean[1].items())


def _without_spellings(snapshot: dict) -> tuple[dict, dict]:
    """A snapshot without the spelling index, and the spelling index's counts."""
    index = ("Spelling", "SPELLS", "PART_OF")
    rest = {name: {k: v for k, v in part.items() if k not in index} if isinstance(part, dict) else part
            for name, part in snapshot.items()}
    counts = {k: v for part in ("labels", "relationships") for k, v in snapshot[part].items() if k in index}
    return rest, counts
