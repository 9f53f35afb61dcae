"""The PNG/SVG picture of the actor network, drawn from the seed graph through the CLI.

Shaping is checked against an independent oracle: arabic-reshaper picks each letter's
contextual form and python-bidi orders the forms for display; the glyphs the SVG draws, read
left to right, must be the font's glyphs for those forms.
"""
import re
import unicodedata
import xml.etree.ElementTree as ET

import arabic_reshaper
import pytest
from bidi import get_display
from matplotlib import font_manager
from matplotlib.image import imread

from graphbuild.picture import FONT, RELATION_COLOURS
from conftest import run_cli

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"


@pytest.fixture(scope="module")
def seed_svg(seed_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("picture") / "network.svg"
    run_cli("export", "--store", seed_store, "-o", path)
    return ET.parse(path).getroot()


@pytest.fixture(scope="module")
def everything_svg(seed_store, tmp_path_factory):
    """With speech arrows, outlets and unnamed sources."""
    path = tmp_path_factory.mktemp("picture") / "everything.svg"
    run_cli("export", "--store", seed_store, "--statements", "--sources", "-o", path)
    return ET.parse(path).getroot()


def _ids(root, prefix: str) -> set[str]:
    return {g.get("id") for g in root.iter(f"{SVG}g") if g.get("id", "").startswith(prefix)}


def _group(root, gid):
    found = root.find(f".//{SVG}g[@id='{gid}']")
    assert found is not None, f"no element {gid} in the SVG"
    return found


def _drawn_glyphs(label_group) -> list[int]:
    """Glyph indices of a label, left to right (ids read '<font>-<glyph index in hex>')."""
    uses = []
    for use in label_group.iter(f"{SVG}use"):
        shift = re.search(r"translate\(([-\d.]+)", use.get("transform", ""))
        uses.append((float(shift.group(1)) if shift else 0.0, int(use.get(XLINK).rsplit("-", 1)[1], 16)))
    return [glyph for _, glyph in sorted(uses)]


def _font():
    return font_manager.get_font(font_manager.findfont(FONT))


def _expected_glyphs(text: str) -> list[set[int]]:
    """For each position left to right, the glyphs that may draw it: the contextual form's, and
    for an isolated form also the base letter's (the font draws both the same)."""
    font = _font()
    options = []
    for char in get_display(arabic_reshaper.reshape(text)):
        allowed = {font.get_char_index(ord(char))}
        if unicodedata.decomposition(char).startswith("<isolated>"):
            allowed.add(font.get_char_index(ord(unicodedata.normalize("NFKC", char))))
        options.append(allowed)
    return options


@pytest.mark.parametrize("actor, label", [
    ("hamas", "حماس"),
    ("steve_witkoff", "ستيف ويتكوف"),
    ("mohammed_bin_abdulrahman_al_thani", "محمد بن عبد الرحمن آل ثاني"),
])
def test_arabic_labels_are_shaped_and_right_to_left(seed_svg, actor, label):
    drawn = _drawn_glyphs(_group(seed_svg, f"label-{actor}"))
    expected = _expected_glyphs(label)
    assert len(drawn) == len(expected)
    assert all(glyph in allowed for glyph, allowed in zip(drawn, expected)), (drawn, expected)
    unshaped = [_font().get_char_index(ord(c)) for c in label]
    assert drawn != unshaped


def test_links_are_coloured_by_relation_and_denials_dashed(seed_svg, everything_svg):
    def style(gid, root=seed_svg):
        path = _group(root, gid).find(f"{SVG}path")
        return path.get("style")

    denied_meeting = style("link-MET-hamas-steve_witkoff")          # "Witkoff did not meet Hamas"
    assert f"stroke: {RELATION_COLOURS['MET']}" in denied_meeting and "stroke-dasharray" in denied_meeting
    talks = style("link-NEGOTIATED-hamas-us")
    assert f"stroke: {RELATION_COLOURS['NEGOTIATED']}" in talks and "stroke-dasharray" not in talks
    assert f"stroke: {RELATION_COLOURS['STATED']}" in style("link-STATED-axios-hamas", everything_svg)


def test_by_default_actors_and_contacts_only(seed_svg, everything_svg):
    assert not any(gid.startswith("link-STATED") for gid in _ids(seed_svg, "link-"))
    left_out = {"label-axios", "label-cnn", "label-unnamed_x_source", "label-unnamed_us_official"}
    assert left_out & _ids(everything_svg, "label-") and not left_out & _ids(seed_svg, "label-")


@pytest.mark.parametrize("names, words", [("ar", "من تواصل مع من"), ("en", "Who talked to whom")])
def test_the_title_speaks_the_labels_language(seed_store, tmp_path, names, words):
    path = tmp_path / f"{names}.svg"
    run_cli("export", "--store", seed_store, "--names", names, "-o", path)
    assert words in path.read_text(encoding="utf-8")


def test_max_actors_keeps_those_with_most_partners(seed_store, tmp_path):
    path = tmp_path / "top.svg"
    proc = run_cli("export", "--store", seed_store, "--statements", "--sources", "--max-actors", "3", "-o", path)
    root = ET.parse(path).getroot()
    labels = _ids(root, "label-")
    assert labels == {"label-axios", "label-us", "label-hamas"}
    links = [g for g in root.iter(f"{SVG}g") if g.get("id", "").startswith("link-")]
    assert f"3 nodes, {len(links)} edges" in proc.stderr and links


def test_english_labels(seed_store, tmp_path):
    path = tmp_path / "en.svg"
    run_cli("export", "--store", seed_store, "--names", "en", "-o", path)
    font = _font()
    drawn = _drawn_glyphs(_group(ET.parse(path).getroot(), "label-hamas"))
    assert drawn == [font.get_char_index(ord(c)) for c in "Hamas"]


def test_png_shows_each_relation_colour(seed_store, tmp_path):
    path = tmp_path / "network.png"
    run_cli("export", "--store", seed_store, "-o", path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = imread(path)[..., :3]
    assert min(pixels.shape[:2]) >= 1000
    for colour in (RELATION_COLOURS["MET"], RELATION_COLOURS["NEGOTIATED"]):
        rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        close = (abs(pixels - rgb) < 0.02).all(axis=-1)
        assert close.sum() > 200, f"{colour} hardly appears"


def test_missing_store_is_a_clear_error(fresh_store, tmp_path):
    proc = run_cli("export", "--store", fresh_store, "-o", tmp_path / "x.png", check=False)
    assert proc.returncode == 1
    assert f"no graph store at {fresh_store}/" in proc.stderr and "graphbuild load" in proc.stderr
    assert not (tmp_path / "x.png").exists() and not fresh_store.exists()
