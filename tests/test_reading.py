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


# A page written for these tests: far more markup than text, as saved news pages are.
PARAGRAPHS = ["قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار مع واشنطن بشأن الملف النووي.",
              "وأضاف لافروف في مؤتمر صحفي أن الاجتماع المقبل بين الوفدين سيعقد في جنيف خلال الأسبوع المقبل.",
              "ولم يحدد الوزير موعدا دقيقا للاجتماع، لكنه أشار إلى أن التحضيرات جارية على مستوى الخبراء."]


def saved_page(charset_tag: str) -> str:
    menu = "".join(f"<li><a href='/section/{i}'>قسم الأخبار رقم {i}</a></li>" for i in range(80))
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head>{charset_tag}"
            "<title>لافروف: موسكو مستعدة للحوار | شبكة الأنباء التجريبية</title>"
            "<meta property='og:site_name' content='شبكة الأنباء التجريبية'>"
            "<meta property='article:published_time' content='2025-05-11T10:00:00+00:00'>"
            f"<script>var settings = {{'ads': true}}; {'/* padding */' * 400}</script>"
            f"<style>.menu {{ color: red }} {'.x{}' * 800}</style></head>"
            f"<body><nav class='menu'><ul>{menu}</ul></nav><div class='share'>شارك الخبر</div>"
            "<article><h1>لافروف: موسكو مستعدة للحوار</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) +
            "</article><aside><h3>الأكثر قراءة</h3><ul><li><a href='/x'>خبر آخر عن الطقس</a></li></ul></aside>"
            "<footer>جميع الحقوق محفوظة للشبكة</footer></body></html>")


@pytest.mark.parametrize("charset_tag", [
    "<meta charset='windows-1256'>",
    "<meta http-equiv='Content-Type' content='text/html; charset=windows-1256'>",
])
def test_saved_page_in_windows_1256_gives_its_article(tmp_path, charset_tag):
    html = saved_page(charset_tag)
    (tmp_path / "page.html").write_bytes(html.encode("cp1256"))
    assert len(html) > 10 * sum(map(len, PARAGRAPHS))          # the markup outweighs the text
    [article] = read_articles([tmp_path])
    assert all(p in article.text for p in PARAGRAPHS)
    assert "قسم الأخبار" not in article.text and "جميع الحقوق" not in article.text
    assert article.title.startswith("لافروف: موسكو مستعدة للحوار")
    assert (article.published, article.source) == (date(2025, 5, 11), "شبكة الأنباء التجريبية")


def test_page_without_a_declared_charset_is_detected(tmp_path):
    (tmp_path / "page.htm").write_bytes(saved_page("").encode("cp1256"))
    [article] = read_articles([tmp_path])
    assert PARAGRAPHS[0] in article.text


@pytest.mark.parametrize("written", ["11 مايو 2025", "Sun, 11 May 2025 10:00:00 GMT", "11/05/2025",
                                     "2025-05-11T10:00:00Z", "11 مايو/أيار 2025"])
def test_sidecar_dates_as_pages_write_them(tmp_path, written):
    (tmp_path / "h.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "h.meta.json").write_text(json.dumps({"published": written}, ensure_ascii=False), encoding="utf-8")
    [article] = read_articles([tmp_path / "h.txt"])
    assert article.published == date(2025, 5, 11)


def test_unreadable_sidecar_date_is_a_warning_naming_the_file(tmp_path, caplog):
    (tmp_path / "i.txt").write_text(TEXT + "\nتاريخ النشر: 2025/03/06", encoding="utf-8")
    (tmp_path / "i.meta.json").write_text(json.dumps({"published": "الأسبوع الماضي"}, ensure_ascii=False),
                                          encoding="utf-8")
    with caplog.at_level("WARNING", logger="graphbuild"):
        [article] = read_articles([tmp_path / "i.txt"])
    assert article.published == date(2025, 3, 6)             # the date the text gives
    [warning] = caplog.records
    assert "i.meta.json" in warning.getMessage() and "الأسبوع الماضي" in warning.getMessage()


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
