"""The spool's and the JSON Lines' JSON text: orjson, and the standard library for what it refuses."""
import json

import pytest

from graphbuild import jsontext


@pytest.mark.parametrize("value", [
    {"text": "التقى الوزير نظيره", "start": 0, "confidence": 0.85, "via": [], "place": None},
    {"title": "\ud800 عنوان"},             # a lone surrogate: valid JSON, refused by orjson
    {"big": 2**70},                        # past 64 bits
    {1: "a key that is no string"},
])
def test_a_value_reads_back_as_the_standard_library_reads_it(value):
    line = jsontext.encode_line(value, "surrogatepass")
    assert jsontext.decode(line) == json.loads(json.dumps(value, ensure_ascii=False))


def test_arabic_is_written_as_it_is():
    assert jsontext.encode_line({"a": "قطر"}) == '{"a":"قطر"}\n'.encode("utf-8")


def test_the_standard_library_reads_what_orjson_refuses():
    assert jsontext.decode('{"title": "\\ud800"}') == {"title": "\ud800"}
    assert jsontext.decode("[NaN]")[0] != jsontext.decode("[NaN]")[0]


def test_text_that_is_no_json_fails_with_the_standard_library_error():
    with pytest.raises(json.JSONDecodeError, match="Expecting"):
        jsontext.decode('{"a": ')


@pytest.mark.parametrize("value", [{"a": "قطر", "n": 1}, {"big": 2**70}, {1: "a key that is no string"}])
def test_a_line_is_the_text_encoded_with_its_line_end(value):
    line = jsontext.encode_line(value)
    assert line.endswith(b"\n") and b"\n" not in line[:-1]
    assert jsontext.decode(line) == json.loads(json.dumps(value, ensure_ascii=False))


def test_a_line_with_a_lone_surrogate_fails_as_a_utf8_text_file_would():
    with pytest.raises(UnicodeEncodeError):
        jsontext.encode_line({"title": "\ud800"})
