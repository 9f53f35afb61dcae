"""Where a contact took place when its own clause does not say: a later sentence that comes
back to it, the other contacts of its sentence, a host, a visit, a venue (sentences written for
these tests)."""
from datetime import date

import pytest

from graphbuild.model import Article

PUBLISHED = date(2025, 6, 12)


def places(extractor, text):
    ts = extractor.extract(Article("t", text, "test", published=PUBLISHED))
    return {(t.predicate, frozenset((t.subject.id, t.object.id))): t.place.id if t.place else None
            for t in ts if t.predicate != "STATED"}


def test_a_later_sentence_says_where_the_meeting_took_place(extractor):
    found = places(extractor, "التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني عباس عراقجي.\n"
                              "وجرى اللقاء في مقر الوزارة بالعاصمة أنقرة، واستمر ساعتين.")
    assert found[("MET", frozenset({"hakan_fidan", "abbas_araghchi"}))] == "ankara"


def test_a_sentence_too_far_from_the_meeting_places_nothing(extractor):
    found = places(extractor, "التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني عباس عراقجي.\n"
                              "وتناول الجانبان العلاقات الثنائية.\nوأكدا أهمية الحوار.\nوشددا على التعاون.\n"
                              "وجرى اللقاء الأول بين البلدين في أنقرة قبل عامين.")
    assert found[("MET", frozenset({"hakan_fidan", "abbas_araghchi"}))] is None


def test_attendees_share_the_place_of_the_reception(extractor):
    found = places(extractor, "استقبل الرئيس السوري أحمد الشرع في دمشق وزير الخارجية السعودي فيصل بن فرحان، "
                              "بحضور وزير الخارجية السوري أسعد الشيباني.")
    assert found[("MET", frozenset({"ahmed_al_sharaa", "faisal_bin_farhan"}))] == "damascus"
    assert found[("MET", frozenset({"asaad_al_shaibani", "faisal_bin_farhan"}))] == "damascus"


@pytest.mark.parametrize("text, pair, place", [
    ("ولم تشهد مسقط أي مفاوضات بين إيران والولايات المتحدة هذا الأسبوع.", ("ir", "us"), "muscat"),
    ("وشهدت العلاقات مع تركيا تحسنا بعد أن أجرت مصر محادثات مع قطر.", ("eg", "qa"), None),
])
def test_a_host_is_the_subject_right_after_the_verb(extractor, text, pair, place):
    assert places(extractor, text)[("NEGOTIATED", frozenset(pair))] == place


def test_a_visitor_in_a_relative_clause_places_the_talks(extractor):
    found = places(extractor, "عقد أمير قطر الشيخ تميم بن حمد آل ثاني جلسة مباحثات مع الرئيس التركي "
                              "رجب طيب أردوغان الذي يزور الدوحة حاليا.")
    assert found[("NEGOTIATED", frozenset({"tamim_bin_hamad", "recep_tayyip_erdogan"}))] == "doha"


def test_someone_heading_for_talks_places_them(extractor):
    found = places(extractor, "يتوجه الوزير إلى القاهرة الخميس للانضمام إلى المفاوضات الجارية بين إسرائيل وحماس.")
    assert found[("NEGOTIATED", frozenset({"il", "hamas"}))] == "cairo"


@pytest.mark.parametrize("text, place", [
    ("والتقى الرئيس الفرنسي إيمانويل ماكرون الرئيس الأوكراني فولوديمير زيلينسكي في قصر الإليزيه.", "fr"),
    ("والتقى الرئيس الفرنسي إيمانويل ماكرون الرئيس الأوكراني فولوديمير زيلينسكي في قصر الإليزيه بباريس.", "paris"),
])
def test_a_venue_alone_gives_its_country_a_named_city_wins(extractor, text, place):
    found = places(extractor, text)
    assert found[("MET", frozenset({"emmanuel_macron", "volodymyr_zelensky"}))] == place


def test_a_host_verb_hosts_only_contacts(extractor):
    found = places(extractor, "التقى وزير الخارجية المصري بدر عبد العاطي نظيره الأردني أيمن الصفدي، بينما شهدت غزة "
                              "غارات إسرائيلية جديدة.")
    assert found == {("MET", frozenset({"badr_abdelatty", "ayman_safadi"})): None}


def test_what_a_party_says_in_the_sentence_of_its_meeting_is_said_there(extractor):
    ts = extractor.extract(Article("t", "استقبل سلطان عمان هيثم بن طارق، في مسقط، أمس، وزير الخارجية الإيراني عباس "
                                        "عراقجي، الذي سلمه رسالة من الرئيس، وأكد على أهمية دور السلطنة.", "test",
                                   published=PUBLISHED))
    said = {(t.subject.id, t.place.id if t.place else None) for t in ts if t.predicate == "STATED"}
    assert said == {("abbas_araghchi", "muscat")}


@pytest.mark.parametrize("text", [
    "وفي مؤتمر صحفي عقده في الدوحة، قال رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني إن المفاوضات مستمرة.",
    "وفي الدوحة، قال رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني إن المفاوضات مستمرة.",
    "ومن الدوحة، أكد رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني أن المفاوضات مستمرة.",
])
def test_a_statement_is_made_where_the_adverbial_it_opens_with_says(extractor, text):
    [said] = [t for t in extractor.extract(Article("t", text, "test", published=PUBLISHED)) if t.predicate == "STATED"]
    assert said.place.id == "doha"


def test_a_place_in_the_topic_an_opening_adverbial_names_is_not_where_it_was_said(extractor):
    text = "وعن المفاوضات في الدوحة، قال رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني إنها مستمرة."
    [said] = [t for t in extractor.extract(Article("t", text, "test", published=PUBLISHED)) if t.predicate == "STATED"]
    assert said.place is None


@pytest.mark.parametrize("text, place", [
    ("واستقبل العاهل الأردني الملك عبد الله الثاني في عمان الرئيس الفلسطيني محمود عباس.", "amman"),
    ("والتقى وزير الخارجية الأردني أيمن الصفدي في عمان نظيره المصري بدر عبد العاطي.", "amman"),
    ("والتقى السلطان هيثم بن طارق في عمان وزير الخارجية الإيراني عباس عراقجي.", "om"),
    ("واجتمع وزير الخارجية الإيراني عباس عراقجي في عمان بوزير الخارجية الأردني أيمن الصفدي، "
     "بعد زيارته مسقط.", "om"),
])
def test_a_name_two_states_places_share_is_read_by_the_states_the_article_names(extractor, text, place):
    [where] = set(places(extractor, text).values())
    assert where == place


@pytest.mark.parametrize("text", [
    "وقالت واشنطن إن المحادثات مستمرة.",
    "ونفت طهران إجراء أي محادثات مباشرة مع واشنطن.",
])
def test_a_capital_that_speaks_is_no_place_of_what_it_says(extractor, text):
    said = [t for t in extractor.extract(Article("t", text, "test", published=PUBLISHED)) if t.predicate == "STATED"]
    assert [t.place for t in said] == [None]
