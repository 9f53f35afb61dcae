import json
from datetime import date

import pytest

from graphbuild.errors import InputError
from graphbuild.reading import read_articles

TEXT = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_text_encodings(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode(encoding))
    [article] = read_articles([tmp_path])
    assert article.text == TEXT
    assert article.doc_id == "a"


def test_sidecar_with_extra_keys(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.meta.json").write_text(json.dumps(
        {"published": "2025-04-08T10:00:00Z", "url": "https://example.org/b", "source": "مثال",
         "title": "عنوان", "tags": ["x"], "author": "someone"}), encoding="utf-8")
    [article] = read_articles([tmp_path / "b.txt"])
    assert (article.published, article.url, article.source, article.title) == (
        date(2025, 4, 8), "https://example.org/b", "مثال", "عنوان")


@pytest.mark.parametrize("line, expected", [
    ("تاريخ النشر: 11th, May 2025 GMT", date(2025, 5, 11)),
    ("نشر الخبر اول مرة على موقع :example.com بتاريخ:2025-03-06 09:03:00", date(2025, 3, 6)),
])
def test_publication_date_written_in_text(tmp_path, line, expected):
    (tmp_path / "c.txt").write_text(TEXT + "\n" + line, encoding="utf-8")
    [article] = read_articles([tmp_path])
    assert article.published == expected


def test_html_keeps_article_text_only(tmp_path):
    (tmp_path / "d.html").write_text(
        "<html><head><title>عنوان الصفحة</title><style>p{}</style></head><body><nav>الرئيسية</nav>"
        f"<article><p>{TEXT}</p></article><script>var x=1;</script><footer>حقوق</footer></body></html>",
        encoding="utf-8")
    [article] = read_articles([tmp_path])
    assert article.text == TEXT
    assert article.title == "عنوان الصفحة"


def test_jsonl_articles_and_bad_lines(tmp_path):
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": TEXT, "published": "2025-01-02"}, ensure_ascii=False)
                    + "\nnot json\n" + json.dumps({"text": "بلا معرف"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    items = list(read_articles([path]))
    assert items[0].doc_id == "x1" and items[0].published == date(2025, 1, 2)
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.path for e in errors] == [f"{path}:2", f"{path}:3"]
    assert "not JSON" in errors[0].reason and "'id'" in errors[1].reason


def test_bad_sidecar_names_the_file(tmp_path):
    (tmp_path / "f.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "f.meta.json").write_text("{broken", encoding="utf-8")
    [error] = read_articles([tmp_path / "f.txt"])
    assert isinstance(error, InputError)
    assert error.path.endswith("f.meta.json") and "not JSON" in error.reason


def test_missing_path_and_binary_file(tmp_path):
    (tmp_path / "g.txt").write_bytes(b"\x00\xff\xfe\x00" * 20)
    items = list(read_articles([tmp_path / "nope", tmp_path / "g.txt"]))
    assert [type(i) for i in items] == [InputError, InputError]
    assert items[0].reason == "no such file or folder"
