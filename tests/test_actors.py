"""The actor dictionary (graphbuild/actors.py) on its real data, and its validation on small bad data files."""
from __future__ import annotations

import copy
import json
import re
import time
from datetime import date
from pathlib import Path

import pytest
from babel import Locale

from graphbuild import actors
from graphbuild.errors import LexiconError
from graphbuild.normalize import norm_phrase

D = actors.load()
DATA = Path(actors.__file__).parent / "data"


def test_loads_under_a_second():
    start = time.perf_counter()
    fresh = actors.load.__wrapped__(actors.DATA_DIR)
    elapsed = time.perf_counter() - start
    assert len(fresh) == len(D)
    assert elapsed < 1.0, f"load() took {elapsed:.2f} s"


def test_loader_has_no_arabic_literal():
    source = Path(actors.__file__).read_text(encoding="utf-8")
    assert not re.search("[\u0600-\u06ff]", source)


# ---------------------------------------------------------------- states

def test_193_un_members():
    assert len(D.un_members) == 193
    assert {"ps", "va", "xk", "tw", "eh", "hk"} <= {e.id for e in D if e.type == "GPE" and e.country == e.id}
    assert not {"ps", "va", "xk", "tw"} & D.un_members


@pytest.mark.parametrize("code", sorted(D.un_members))
def test_every_un_member_resolves_from_its_cldr_name(code):
    cldr = Locale("ar").territories[code.upper()]
    entry = D.find(cldr)
    assert entry is not None and entry.id == code, cldr
    assert entry.type == "GPE" and D.state_of(code) == code
    assert entry.arabic in (cldr, *entry.aliases[:1])
    assert entry.name


@pytest.mark.parametrize("spelling, code", [
    ("أميركا", "us"), ("أمريكا", "us"), ("الولايات المتحدة الأميركية", "us"), ("الولايات المتحدة الأمريكية", "us"),
    ("الإدارة الأمريكية", "us"), ("المملكة العربية السعودية", "sa"), ("السعودية", "sa"), ("الإمارات", "ae"),
    ("دولة الإمارات", "ae"), ("سلطنة عمان", "om"), ("عمان", "om"), ("عُمان", "om"),
    ("الجمهورية الإسلامية الإيرانية", "ir"), ("ايران", "ir"), ("دولة الاحتلال", "il"), ("الاحتلال الإسرائيلي", "il"),
    ("إسرائيل", "il"), ("فلسطين", "ps"), ("دولة فلسطين", "ps"), ("الأراضي الفلسطينية", "ps"), ("سورية", "sy"),
    ("بريطانيا", "gb"), ("المملكة المتحدة", "gb"), ("روسيا الاتحادية", "ru"), ("تركيا", "tr"), ("الفاتيكان", "va"),
    ("كوسوفو", "xk"), ("تايوان", "tw"), ("الصحراء الغربية", "eh"), ("هونغ كونغ", "hk"), ("المجر", "hu"),
    ("الدنمارك", "dk"), ("جمهورية الكونغو الديمقراطية", "cd"), ("ميانمار", "my" if False else "mm"),
    ("كوت ديفوار", "ci"), ("دولة قطر", "qa"), ("جمهورية مصر العربية", "eg"), ("المملكة الأردنية الهاشمية", "jo"),
    ("Türkiye", "tr"), ("United States", "us"),
])
def test_hand_added_state_spellings(spelling, code):
    entry = D.find(spelling)
    assert entry is not None and entry.id == code


@pytest.mark.parametrize("word, country, gender, number", [
    ("الأميركية", "us", "f", "sg"), ("الامريكيه", "us", "f", "sg"), ("أمريكي", "us", "m", "sg"),
    ("أمريكيا", "us", "m", "sg"), ("امريكيين", "us", "m", "pl"), ("الأمريكيون", "us", "m", "pl"),
    ("أمريكيات", "us", "f", "pl"), ("أمريكيتان", "us", "f", "du"), ("الأمريكيتين", "us", "f", "du"),
    ("إيرانيين", "ir", "m", "pl"), ("الإيرانيان", "ir", "m", "du"), ("القطريان", "qa", "m", "du"),
    ("السعودي", "sa", "m", "sg"), ("الإماراتية", "ae", "f", "sg"), ("العماني", "om", "m", "sg"),
    ("التركية", "tr", "f", "sg"), ("الروسي", "ru", "m", "sg"), ("الصينية", "cn", "f", "sg"),
    ("البريطاني", "gb", "m", "sg"), ("الفرنسيون", "fr", "m", "pl"), ("الألمانية", "de", "f", "sg"),
    ("الفلسطينيين", "ps", "m", "pl"), ("المصريتين", "eg", "f", "du"), ("الكويتيات", "kw", "f", "pl"),
    ("الإسرائيلي", "il", "m", "sg"), ("وفدا", None, None, None), ("إيرانيا", "ir", "m", "sg"),
])
def test_nisba_forms(word, country, gender, number):
    nisba = D.nisba(word)
    if country is None:
        assert nisba is None
    else:
        assert nisba == actors.Nisba(country, gender, number)


@pytest.mark.parametrize("name", ["تركيا", "روسيا", "سوريا", "ليبيا", "ألمانيا", "بريطانيا", "إيطاليا"])
def test_a_state_name_is_not_an_accusative_nisba(name):
    assert D.nisba(name) is None
    assert D.find(name).type == "GPE"


# ---------------------------------------------------------------- places

@pytest.mark.parametrize("city, state", [
    ("واشنطن", "us"), ("طهران", "ir"), ("الدوحة", "qa"), ("الرياض", "sa"), ("أبوظبي", "ae"), ("مسقط", "om"),
    ("موسكو", "ru"), ("بكين", "cn"), ("أنقرة", "tr"), ("القاهرة", "eg"), ("تل أبيب", "il"), ("بيروت", "lb"),
    ("دمشق", "sy"), ("بغداد", "iq"), ("صنعاء", "ye"), ("الخرطوم", "sd"), ("لندن", "gb"), ("باريس", "fr"),
    ("برلين", "de"), ("كييف", "ua"), ("رام الله", "ps"), ("تونس العاصمة", "tn"), ("مدينة الكويت", "kw"),
])
def test_a_capital_stands_for_its_state(city, state):
    entry = D.find(city)
    assert entry.type == "GPE" and entry.capital_of == state and D.state_of(entry.id) == state


@pytest.mark.parametrize("name, state", [("الكويت", "kw"), ("جيبوتي", "dj"), ("تونس", "tn"), ("الجزائر", "dz")])
def test_a_name_shared_by_a_state_and_its_city_is_the_state(name, state):
    assert D.find(name).id == state


@pytest.mark.parametrize("phrase, kind", [
    ("قطاع غزة", "LOC"), ("غزة", "LOC"), ("الضفة الغربية", "LOC"), ("الخليج", "LOC"), ("الشرق الأوسط", "LOC"),
    ("إسطنبول", "GPE"), ("جنيف", "GPE"), ("شرم الشيخ", "GPE"), ("جدة", "GPE"),
])
def test_places(phrase, kind):
    assert D.find(phrase).type == kind


@pytest.mark.parametrize("word", ["صور", "مشهد", "كيف", "سيول", "العيون"])
def test_common_words_are_not_places(word):
    assert D.find(word) is None


def test_venues():
    white_house = D.find("البيت الأبيض")
    assert white_house.type == "ORG" and white_house.venue and D.state_of(white_house.id) == "us"
    assert D.find("قصر بعبدا").venue and D.state_of(D.find("قصر بعبدا").id) == "lb"


# ---------------------------------------------------------------- organizations

@pytest.mark.parametrize("phrase, actor", [
    ("الأمم المتحدة", "un"), ("مجلس الأمن الدولي", "un_security_council"), ("الاتحاد الأوروبي", "eu"),
    ("جامعة الدول العربية", "arab_league"), ("مجلس التعاون الخليجي", "gcc"), ("منظمة التعاون الإسلامي", "oic"),
    ("الاتحاد الأفريقي", "african_union"), ("حلف الناتو", "nato"), ("الوكالة الدولية للطاقة الذرية", "iaea"),
    ("أوبك", "opec"), ("المحكمة الجنائية الدولية", "icc"), ("محكمة العدل الدولية", "icj"),
    ("منظمة الصحة العالمية", "who"), ("حماس", "hamas"), ("حركة الجهاد الإسلامي", "islamic_jihad"),
    ("حركة فتح", "fatah"), ("منظمة التحرير الفلسطينية", "plo"), ("حزب الله", "hezbollah"), ("أنصار الله", "houthis"),
    ("جماعة الحوثي", "houthis"), ("قسد", "sdf"), ("هيئة تحرير الشام", "hts"), ("قوات الدعم السريع", "rsf"),
    ("الجيش السوداني", "sudanese_army"), ("جبهة البوليساريو", "polisario"), ("الكرملين", "kremlin"),
    ("وزارة الخارجية الأمريكية", "us_state_department"), ("الخارجية الأميركية", "us_state_department"),
    ("البنتاغون", "pentagon"), ("الموساد", "mossad"), ("المخابرات العامة المصرية", "eg_intelligence"),
    ("الرئاسة المصرية", "eg_presidency"), ("الديوان الملكي السعودي", "sa_royal_court"),
    ("الديوان الأميري القطري", "qa_amiri_diwan"), ("الكنيست", "knesset"), ("الحرس الثوري", "irgc"),
])
def test_organizations(phrase, actor):
    assert D.find(phrase).id == actor


@pytest.mark.parametrize("state, feminine", [
    ("kw", "الكويتية"), ("ir", "الإيرانية"), ("qa", "القطرية"), ("sa", "السعودية"), ("ae", "الإماراتية"),
    ("om", "العمانية"), ("eg", "المصرية"), ("jo", "الأردنية"), ("lb", "اللبنانية"), ("sy", "السورية"),
    ("iq", "العراقية"), ("ye", "اليمنية"), ("bh", "البحرينية"), ("ps", "الفلسطينية"), ("sd", "السودانية"),
    ("ly", "الليبية"), ("tn", "التونسية"), ("dz", "الجزائرية"), ("ma", "المغربية"), ("mr", "الموريتانية"),
    ("so", "الصومالية"), ("dj", "الجيبوتية"), ("km", "القمرية"), ("tr", "التركية"), ("il", "الإسرائيلية"),
    ("us", "الأمريكية"), ("us", "الأميركية"), ("ru", "الروسية"), ("cn", "الصينية"), ("gb", "البريطانية"),
    ("fr", "الفرنسية"), ("de", "الألمانية"),
])
def test_ministries_are_generated_per_state(state, feminine):
    for phrase in (f"الخارجية {feminine}", f"وزارة الخارجية {feminine}"):
        ministry = D.find(phrase)
        assert ministry is not None and ministry.type == "ORG" and ministry.country == state, phrase
    assert D.find(f"وزارة الدفاع {feminine}").country == state
    assert D.find(f"الحكومة {feminine}").country == state
    assert D.state_of(D.find(f"الخارجية {feminine}").id) == state


def test_generated_body_ids():
    assert D.get("kw_foreign_ministry").name == "Kuwait Foreign Ministry"
    assert D.find("الجيش الإسرائيلي").id == "idf"
    assert D.find("الرئاسة الأمريكية").id == "white_house"


# ---------------------------------------------------------------- media

def test_at_least_150_media():
    assert sum(e.type == "MEDIA" for e in D) >= 150


@pytest.mark.parametrize("alias, outlet, country", [
    ("واس", "spa", "sa"), ("وكالة الأنباء السعودية", "spa", "sa"), ("وام", "wam", "ae"), ("كونا", "kuna", "kw"),
    ("قنا", "qna", "qa"), ("سانا", "sana", "sy"), ("إرنا", "irna", "ir"), ("بترا", "petra", "jo"),
    ("العمانية", "ona", "om"), ("وكالة الأنباء العمانية", "ona", "om"), ("الأناضول", "anadolu", "tr"),
    ("سبوتنيك", "sputnik", "ru"), ("شينخوا", "xinhua", "cn"), ("تسنيم", "tasnim", "ir"), ("فارس", "fars", "ir"),
    ("مهر", "mehr_news", "ir"), ("رويترز", "reuters", None), ("فرانس برس", "afp", "fr"), ("أ ف ب", "afp", "fr"),
    ("أسوشيتد برس", "ap", "us"), ("أكسيوس", "axios", "us"), ("نيويورك تايمز", "nyt", "us"),
    ("فايننشال تايمز", "ft", "gb"), ("الجزيرة", "al_jazeera", "qa"), ("قناة العربية", "al_arabiya", "ae"),
    ("صحيفة الشرق الأوسط", "asharq_al_awsat", "sa"), ("سكاي نيوز عربية", "sky_news_arabia", "ae"),
    ("الميادين", "al_mayadeen", "lb"), ("قناة المنار", "al_manar", "lb"), ("القاهرة الإخبارية", "al_qahera_news", "eg"),
])
def test_media(alias, outlet, country):
    entry = D.find(alias)
    assert entry.id == outlet and entry.type == "MEDIA" and entry.country == country


# ---------------------------------------------------------------- persons

@pytest.mark.parametrize("role, body, day, person", [
    ("president", "us", date(2019, 5, 1), "donald_trump"), ("president", "us", date(2023, 5, 1), "joe_biden"),
    ("president", "us", date(2021, 1, 20), "joe_biden"), ("president", "us", date(2025, 6, 1), "donald_trump"),
    ("foreign_minister", "ir", date(2022, 1, 1), "hossein_amir_abdollahian"),
    ("foreign_minister", "ir", date(2025, 1, 1), "abbas_araghchi"),
    ("foreign_minister", "us", date(2024, 3, 1), "antony_blinken"), ("foreign_minister", "us", date(2025, 3, 1), "marco_rubio"),
    ("prime_minister", "il", date(2024, 1, 1), "benjamin_netanyahu"), ("secretary_general", "un", date(2020, 1, 1), "antonio_guterres"),
    ("intelligence_chief", "mossad", date(2023, 1, 1), "david_barnea"),
    ("foreign_minister", "cn", date(2023, 3, 1), "qin_gang"), ("president", "lb", date(2023, 6, 1), None),
    ("prime_minister", "lb", date(2025, 2, 8), "nawaf_salam"), ("head_of_state", "kw", date(2024, 1, 1), "mishal_al_ahmad"),
    ("foreign_minister", "eu", date(2022, 1, 1), "josep_borrell"), ("spokesperson", "white_house", date(2025, 6, 1), "karoline_leavitt"),
    ("intelligence_chief", "eg", date(2020, 1, 1), "abbas_kamel"), ("leader", "ir", date(2025, 1, 1), "ali_khamenei"),
    ("leader", "ir", date(2026, 3, 1), None), ("leader", "ir", date(2026, 6, 1), "mojtaba_khamenei"), ("leader", "hamas", date(2020, 1, 1), "ismail_haniyeh"),
    # the state's own office before a regional government's (the KRG's prime minister is Iraqi too)
    ("prime_minister", "iq", date(2025, 6, 1), "mohammed_shia_al_sudani"),
])
def test_office_holder_by_date(role, body, day, person):
    holder = D.office_holder(role, body, day)
    assert (holder.id if holder else None) == person


@pytest.mark.parametrize("alias, person", [
    ("ترامب", "donald_trump"), ("عبد اللهيان", "hossein_amir_abdollahian"), ("أمير عبد اللهيان", "hossein_amir_abdollahian"),
    ("حسين أمير عبد اللهيان", "hossein_amir_abdollahian"), ("عراقجي", "abbas_araghchi"), ("ويتكوف", "steve_witkoff"),
])
def test_person_aliases(alias, person):
    entry = D.find(alias)
    assert entry.id == person and entry.type == "PERSON"


def test_no_two_persons_hold_one_office_at_once():
    by_office = {}
    for entry in D:
        for term in entry.terms:
            by_office.setdefault((term.role, term.body), []).append((term, entry.id))
    clashes = []
    for office, terms in by_office.items():
        for i, (a, who_a) in enumerate(terms):
            for b, who_b in terms[i + 1:]:
                if who_a != who_b and a.start < (b.end or date.max) and b.start < (a.end or date.max):
                    clashes.append((office, who_a, who_b))
    assert not clashes


def test_persons_are_well_formed():
    persons = [e for e in D if e.type == "PERSON"]
    assert all(p.gender in ("m", "f") for p in persons)
    assert all(p.country or p.affiliation for p in persons)
    assert all(D.get(t.body) for p in persons for t in p.terms)


# ---------------------------------------------------------------- given names

@pytest.mark.parametrize("name, gender", [
    ("محمد", "m"), ("عبد الله", "m"), ("عبدالله", "m"), ("عبد الرحمن", "m"), ("عبدالعزيز", "m"), ("فاطمة", "f"),
    ("فاطمه", "f"), ("مريم", "f"), ("دونالد", "m"), ("جو", "m"), ("أنتوني", "m"), ("ماركو", "m"), ("سيرغي", "m"),
    ("سيرجي", "m"), ("فلاديمير", "m"), ("إيمانويل", "m"), ("جورجيا", "f"), ("أورسولا", "f"), ("كايا", "f"),
    ("هاكان", "m"), ("رجب", "m"), ("عباس", "m"), ("حسين", "m"), ("محمد جواد", "m"), ("تميم", "m"), ("لولوة", "f"),
])
def test_given_names(name, gender):
    assert D.given_name(name) == gender


@pytest.mark.parametrize("word", ["لي", "أمل", "حياة", "بيت", "نور", "إلهام"])
def test_common_words_and_unisex_names_are_not_given_names(word):
    assert D.given_name(word) is None


def test_not_given_names_answers_as_given_name_does_word_by_word():
    words = ["محمد", "عبد الله", "فاطمه", "فاطِمة", "إيمانويل", "ايمانويل", "بحث", "التقى", "أمل", "zzz", "محمدٌ"]
    assert D.not_given_names(words) == {w for w in words if D.given_name(w) is None}
    assert "بحث" in D.not_given_names(words) and "فاطِمة" not in D.not_given_names(words)


def test_several_hundred_given_names():
    names = json.loads((actors.DATA_DIR / "given_names.json").read_text(encoding="utf-8"))
    assert len(names["male"]) >= 300 and len(names["female"]) >= 150


@pytest.mark.parametrize("word", ["بن", "بنت", "ابن", "ولد", "أبو", "أم", "آل", "عبد"])
def test_name_particles(word):
    assert D.is_name_particle(word)


# ---------------------------------------------------------------- misses never raise

def test_misses_return_none():
    assert D.get("no_such_actor") is None
    assert D.find("لا يوجد شيء كهذا") is None
    assert D.nisba("كتاب") is None
    assert D.given_name("zzz") is None
    assert not D.is_name_particle("كتاب")
    assert D.office_holder("president", "no_such_body", date(2020, 1, 1)) is None
    assert D.office_holder("president", "us", date(1900, 1, 1)) is None
    assert D.state_of("no_such_actor") is None


def test_alias_keys_cover_every_alias():
    keys = dict(D.alias_keys())
    assert keys[tuple(norm_phrase("الولايات المتحدة").split())] == "us"
    assert all(actor_id for actor_id in keys.values())
    for entry in D:
        for alias in entry.aliases:
            assert keys[tuple(norm_phrase(alias).split())] == entry.id


# ---------------------------------------------------------------- validation on small bad data

def _doc(key, entries, **extra):
    return {"_doc": "test data", "_source": "written by the test", **extra, key: entries}


GOOD = {
    "states.json": _doc("states", [{"id": "kw", "un": True, "nisba": ["كويتي"]},
                                   {"id": "qa", "un": True, "aliases": ["دولة قطر"], "nisba": ["قطري"]}]),
    "places.json": _doc("entries", [{"id": "doha", "name": "Doha", "type": "GPE", "country": "qa", "capital": True,
                                     "aliases": ["الدوحة"]},
                                    {"id": "kuwait_city", "name": "Kuwait City", "type": "GPE", "country": "kw",
                                     "capital": True, "aliases": ["مدينة الكويت", "الكويت"]}]),
    "organizations.json": _doc("entries", [{"id": "un", "name": "United Nations", "type": "ORG",
                                            "aliases": ["الأمم المتحدة"]}],
                               state_bodies={"states": ["kw", "qa"], "kinds": {"foreign_ministry": {
                                   "name": "Foreign Ministry", "forms": ["الخارجية {f}"]}}}),
    "media.json": _doc("entries", [{"id": "qna", "name": "QNA", "type": "MEDIA", "country": "qa", "aliases": ["قنا"]}]),
    "people.json": _doc("entries", [{"id": "someone", "name": "Someone", "type": "PERSON", "gender": "m",
                                     "country": "qa", "roles": ["foreign_minister"], "aliases": ["فلان الفلاني"],
                                     "terms": [{"role": "foreign_minister", "body": "qa", "from": "2016-01-27",
                                                "to": None}]}]),
    "given_names.json": {"_doc": "test", "_source": "test", "particles": ["بن"], "male": ["فلان"], "female": ["فلانة"]},
}


def _write(folder: Path, change=None) -> Path:
    files = copy.deepcopy(GOOD)
    if change:
        change(files)
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def _load(folder: Path) -> actors.ActorDictionary:
    return actors.load.__wrapped__(folder)


def test_small_good_data_loads(tmp_path):
    d = _load(_write(tmp_path))
    assert d.find("الخارجية الكويتية").id == "kw_foreign_ministry"
    assert d.find("الكويت").id == "kw"                       # the state keeps the name it shares with its city
    assert "الكويت" not in d.get("kuwait_city").aliases
    assert d.office_holder("foreign_minister", "qa", date(2020, 1, 1)).id == "someone"
    assert d.given_name("فلانة") == "f"


def _people(files):
    return files["people.json"]["entries"]


BAD = {
    "unknown type": (lambda f: f["media.json"]["entries"][0].update(type="NEWS"), "unknown type"),
    "duplicate id": (lambda f: f["media.json"]["entries"].append(dict(f["media.json"]["entries"][0], aliases=["x"])),
                     "duplicate id"),
    "id across files": (lambda f: f["media.json"]["entries"].append(
        {"id": "doha", "name": "D", "type": "MEDIA", "aliases": ["y"]}), "duplicate id"),
    "country names no entry": (lambda f: f["media.json"]["entries"][0].update(country="zz"), "country 'zz'"),
    "country is no state": (lambda f: f["media.json"]["entries"][0].update(country="un"), "is not a state"),
    "affiliation names no entry": (lambda f: _people(f)[0].update(affiliation="nobody"), "affiliation 'nobody'"),
    "term body names no entry": (lambda f: _people(f)[0]["terms"][0].update(body="nowhere"), "term body 'nowhere'"),
    "bad date": (lambda f: _people(f)[0]["terms"][0].update(**{"from": "2016-13-01"}), "not ISO dates"),
    "end before start": (lambda f: _people(f)[0]["terms"][0].update(to="2010-01-01"), "ends before it starts"),
    "unknown role": (lambda f: _people(f)[0].update(roles=["wizard"]), "unknown role"),
    "bad gender": (lambda f: _people(f)[0].update(gender="x"), "gender"),
    "alias of two entries": (lambda f: f["media.json"]["entries"].append(
        {"id": "un_news", "name": "UN News", "type": "MEDIA", "aliases": ["الأمم المتحدة"]}), "also an alias of 'un'"),
    "alias of two entries after normalization": (lambda f: f["media.json"]["entries"][0]["aliases"].append("الأمم  المتحده"),
                                                  "also an alias of"),
    "no _doc": (lambda f: f["media.json"].pop("_doc"), "_doc"),
    "no _source": (lambda f: f["places.json"].pop("_source"), "_source"),
    "not a state code": (lambda f: f["states.json"]["states"].append({"id": "QQ"}), "ISO 3166-1"),
    "nisba shared by two states": (lambda f: (f["states.json"]["states"][1].update(nisba=["كويتي"]),
                                              f["organizations.json"].pop("state_bodies")), "nisba form"),
    "given name of both genders": (lambda f: f["given_names.json"]["female"].append("فلان"), "both male and female"),
    "state body of no state": (lambda f: f["organizations.json"]["state_bodies"]["states"].append("zz"), "no state"),
    "homonym no other entry has": (lambda f: f["places.json"]["entries"][0].update(homonyms=["الدوحة الكبرى"]),
                                   "is no other entry's alias"),
    "homonym of the same state": (lambda f: f["places.json"]["entries"][0].update(homonyms=["دولة قطر"]),
                                  "share one"),
    "homonyms not a list": (lambda f: f["places.json"]["entries"][0].update(homonyms="قنا"), "homonyms is a list"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_data_raises_one_lexicon_error_naming_file_and_entry(tmp_path, case):
    change, message = BAD[case]
    folder = _write(tmp_path, change)
    with pytest.raises(LexiconError, match=re.escape(message)) as info:
        _load(folder)
    assert str(folder) in str(info.value)


def test_not_json_names_the_file(tmp_path):
    folder = _write(tmp_path)
    (folder / "media.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(LexiconError, match="media.json: not JSON"):
        _load(folder)


def test_ambiguous_alias_is_dropped_from_both(tmp_path):
    def change(files):
        files["media.json"]["entries"].append({"id": "un_news", "name": "UN News", "type": "MEDIA",
                                               "aliases": ["أخبار الأمم المتحدة", "الأمم المتحدة"]})
        files["media.json"]["ambiguous"] = ["الأمم المتحدة"]
    d = _load(_write(tmp_path, change))
    assert d.find("الأمم المتحدة") is None
    assert d.find("أخبار الأمم المتحدة").id == "un_news"
    assert "الأمم المتحدة" not in d.get("un").aliases


def test_a_homonym_is_another_states_name_its_keeper_keeps(tmp_path):
    d = _load(_write(tmp_path, lambda f: f["places.json"]["entries"][1].update(homonyms=["قنا"])))
    assert d.find("قنا").id == "qna"
    assert d.homonyms == {tuple(norm_phrase("قنا").split()): ("kuwait_city",)}
