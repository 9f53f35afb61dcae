"""The interactive HTML page, exported from the seed graph by the CLI and used in a real headless
Chromium (Debian's chromium and chromium-driver, installed by make) that may reach no host:
the page must draw everything from the one file."""
import shutil
import time
from html.parser import HTMLParser

import pytest
from matplotlib.image import imread

import graphbuild
from graphbuild.network import contacts
from graphbuild.picture import TYPE_COLOURS, is_source
from conftest import run_cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def page(seed_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "contacts.html"
    proc = run_cli("export", "-o", path, "--store", seed_store)
    assert f"wrote {path}" in proc.stderr
    return path


@pytest.fixture(scope="module")
def seed_graph(seed_store):
    return graphbuild.graph(seed_store, names="ar")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and DRIVER):
        pytest.skip("no headless browser: `make` installs Debian's chromium and chromium-driver as root")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is installed by `make` (the dev extra)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1500,1000",
                "--host-resolver-rules=MAP * ~NOTFOUND"):       # no host can be reached
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def opened(browser, page):
    browser.get(page.as_uri())
    deadline = time.monotonic() + 30
    while not browser.execute_script("return document.body.dataset.ready === 'true'"):
        assert time.monotonic() < deadline, "the network never settled"
        time.sleep(0.1)
    return browser


def _counts(browser) -> dict:
    return browser.execute_script("const d = document.getElementById('counts').dataset;"
                                  "return {actors: +d.actors, links: +d.links, reports: +d.reports};")


def test_page_is_one_file_that_loads_nothing(page):
    parser = _Tags()
    parser.feed(page.read_text(encoding="utf-8"))
    assert not [(t, a) for t, a in parser.tags if "src" in a or (t == "link" and "href" in a)]
    scripts = [a for t, a in parser.tags if t == "script"]
    assert len(scripts) == 3 and {"type": "application/json", "id": "graph-data"} in scripts


def test_nodes_are_drawn(opened, seed_graph, tmp_path):
    actors = {n for u, v, _, d in contacts(seed_graph) for n in (u, v) if not is_source(seed_graph.nodes[n], n)}
    assert _counts(opened)["actors"] == len(actors)
    shown = opened.execute_script("const p = window.graphbuildPage;"
                                  "return p.nodes.get({filter: n => !n.hidden}).map(n => n.id);")
    assert set(shown) == actors
    # the canvas is painted: a screenshot of it holds the colours of the actor types
    shot = tmp_path / "canvas.png"
    opened.find_element("css selector", "#network canvas").screenshot(str(shot))
    pixels = imread(shot)[..., :3]
    person = [int(TYPE_COLOURS["PERSON"][i:i + 2], 16) / 255 for i in (1, 3, 5)]
    assert (abs(pixels - person) < 0.02).all(axis=-1).sum() > 100


def test_the_time_slider_keeps_reports_of_the_period(opened):
    from selenium.webdriver.common.keys import Keys

    before = _counts(opened)
    dates = opened.execute_script("return DATA.dates")
    opened.find_element("id", "undated").click()                 # dated reports only
    opened.find_element("id", "to").send_keys(Keys.HOME)          # the period ends on the first date
    assert opened.find_element("id", "to-label").text == dates[0]
    after = _counts(opened)
    assert 0 < after["reports"] < before["reports"]
    shown = opened.execute_script("return DATA.links.flatMap(l => shownReports(l)).map(e => e.date)")
    assert shown and all(d and d[:len(dates[0])] <= dates[0] for d in shown)


@pytest.mark.parametrize("relation, pair", [("MET", ("adam_boehler", "hamas")),               # a straight line
                                            ("NEGOTIATED", ("hamas", "steve_witkoff"))])     # beside a MET: a curve
def test_a_click_on_a_link_shows_every_report_behind_it(opened, seed_graph, relation, pair):
    link = f"{relation}:{pair[0]}:{pair[1]}"
    # where the link is drawn, from vis-network's own geometry: the point of its line (or curve)
    # nearest its middle that no other link or node covers
    x, y = opened.execute_script(
        "const net = window.graphbuildPage.network, edge = net.body.edges[arguments[0]];"
        "for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {"
        "  const p = net.canvasToDOM(edge.edgeType.getPoint(t));"
        "  if (net.getNodeAt(p) === undefined && net.getEdgeAt(p) === arguments[0]) return [p.x, p.y]; }"
        "const mid = net.canvasToDOM(edge.edgeType.getPoint(0.5)); return [mid.x, mid.y];", link)
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = opened.find_element("css selector", "#network canvas")
    ActionChains(opened).move_to_element_with_offset(canvas, x - canvas.size["width"] / 2,
                                                     y - canvas.size["height"] / 2).click().perform()
    panel = opened.find_element("id", "panel")
    assert panel.get_attribute("data-link") == link
    expected = [d for u, v, _, d in contacts(seed_graph) if {u, v} == set(pair) and d["relation"] == relation]
    reports = panel.find_elements("css selector", ".evidence")
    assert len(reports) == len(expected) >= 1
    assert {r.find_element("css selector", ".sentence").text for r in reports} == {d["sentence"] for d in expected}
    facts = reports[0].find_element("css selector", "dl").text
    first = min(expected, key=lambda d: (d["date"] or "", d["article_id"]))
    assert first["article_id"] in facts and (first["date"] or "بلا تاريخ") in facts
    assert (first["place"] or "") in facts                      # in Arabic, as the page's names
    assert "منفي" in facts                                       # the negation field, in the page's Arabic


def test_search_finds_an_actor_by_another_spelling(opened):
    opened.find_element("id", "search").send_keys("بويلر")        # the seeds also write بوهلر
    matches = opened.find_elements("css selector", "#matches li")
    assert [m.get_attribute("data-id") for m in matches] == ["adam_boehler"]
    assert opened.execute_script("return window.graphbuildPage.network.getSelectedNodes()") == ["adam_boehler"]
