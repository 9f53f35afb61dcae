"""The extractor on sentences written for these tests (none copied from the seeds)."""
import subprocess
import sys
from datetime import date

import pytest

from graphbuild.extraction.timexpr import find_times, resolve
from graphbuild.identity import MentionMap, apply, line_actors, resolve_identities
from graphbuild.identity import resolve as resolve_mentions
from graphbuild.lexicon import load
from graphbuild.model import Article
from graphbuild.normalize import norm, proclitic_variants, skeleton
from graphbuild.triplefile import to_line

PUBLISHED = date(2025, 6, 12)   # a Thursday


def triples(extractor, text, published=PUBLISHED, doc_id="t"):
    return extractor.extract(Article(doc_id, text, "test", published=published))


def contacts(ts):
    return {(t.predicate, frozenset((t.subject.id, t.object.id))) for t in ts if t.predicate != "STATED"}


@pytest.mark.parametrize("word, stem", [
    ("ومع", "مع"), ("للقطريين", "القطريين"), ("وبالتنسيق", "التنسيق"), ("فالحركة", "الحركه"),
    ("ستجتمعان", "تجتمعان"),
])
def test_proclitics_are_split_for_matching(word, stem):
    assert stem in proclitic_variants(norm(word))


@pytest.mark.parametrize("a, b", [("بوهلر", "بويلر"), ("بويلر", "بولر"), ("عراقجي", "عراقتشي")])
def test_transliteration_variants_share_a_skeleton(a, b):
    assert skeleton(a) == skeleton(b)


def test_meeting_with_place_and_weekday(extractor):
    ts = triples(extractor, "واجتمع وزير الخارجية المصري بدر عبد العاطي مع رئيس الوزراء القطري "
                            "محمد بن عبد الرحمن آل ثاني في الدوحة، الثلاثاء.")
    [met] = [t for t in ts if t.predicate == "MET"]
    assert {met.subject.id, met.object.id} == {"badr_abdelatty", "mohammed_bin_abdulrahman_al_thani"}
    assert (met.place.id, met.time_text, met.date, met.negated) == ("doha", "الثلاثاء", "2025-06-10", False)


def test_clitics_reach_the_actor(extractor):
    ts = triples(extractor, "وتقوم مصر بالتنسيق مع القطريين بشأن الهدنة.")
    assert contacts(ts) == {("NEGOTIATED", frozenset({"eg", "qa"}))}


def test_negated_meeting(extractor):
    ts = triples(extractor, "وأكد المتحدث باسم الكرملين دميتري بيسكوف أن بوتين لم يلتق زيلينسكي.")
    [met] = [t for t in ts if t.predicate == "MET"]
    assert {met.subject.id, met.object.id} == {"vladimir_putin", "volodymyr_zelensky"}
    assert met.negated is True


def test_indirect_talks_through_a_mediator(extractor):
    ts = triples(extractor, "وتجري إيران مفاوضات غير مباشرة مع الولايات المتحدة عبر سلطنة عمان.")
    [neg] = [t for t in ts if t.predicate == "NEGOTIATED"]
    assert {neg.subject.id, neg.object.id} == {"ir", "us"}
    assert neg.directness == "indirect"
    assert [v.id for v in neg.via] == ["om"]


def test_statement_and_dropped_subject(extractor):
    ts = triples(extractor, "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار.\n"
                            "وأضاف أن الكرة في ملعب الغرب.")
    stated = [t for t in ts if t.predicate == "STATED"]
    assert [(t.subject.id, t.statement) for t in stated] == [
        ("sergey_lavrov", "موسكو مستعدة للحوار"), ("sergey_lavrov", "الكرة في ملعب الغرب")]


def test_unknown_person_found_from_title(extractor):
    ts = triples(extractor, "وقال المتحدث باسم الحكومة السودانية خالد الأعيسر إن الخرطوم ترفض الوساطة.")
    [st] = [t for t in ts if t.predicate == "STATED"]
    assert st.subject.name == "خالد الأعيسر" and st.subject.type == "PERSON"


def test_teaser_does_not_take_the_host_date(extractor):
    text = ("التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين الأحد.\n"
            "إقرأ أيضاً:\n"
            "واستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأردني أيمن الصفدي الأحد.\n")
    ts = [t for t in triples(extractor, text) if t.predicate == "MET"]
    by_segment = {t.evidence.segment: t for t in ts}
    assert by_segment["body"].date == "2025-06-08"
    assert by_segment["teaser1"].date is None and by_segment["teaser1"].time_text == "الأحد"
    assert {by_segment["teaser1"].subject.id, by_segment["teaser1"].object.id} == {
        "abdel_fattah_el_sisi", "ayman_safadi"}


def test_furniture_gives_no_triples(extractor):
    text = ("قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار.\n"
            "كلمات دلالية: مفاوضات روسيا أوكرانيا محادثات مع حماس\n"
            "مقالات مشابهة\n  • بوتين يلتقي أردوغان في أنقرة\n")
    ts = triples(extractor, text)
    assert all(t.evidence.start < text.index("كلمات") for t in ts)


@pytest.mark.parametrize("phrase, published, expected", [
    ("أمس الأحد", date(2025, 5, 12), "2025-05-11"),
    ("الخميس", PUBLISHED, "2025-06-12"),
    ("اليوم", PUBLISHED, "2025-06-12"),
    ("في آذار الماضي", PUBLISHED, "2025-03"),
    ("في 3 نيسان", PUBLISHED, "2025-04-03"),
    ("في 15 مارس / آذار الماضي", PUBLISHED, "2025-03-15"),
    ("عطلة نهاية الأسبوع", date(2023, 10, 9), "2023-10"),
    ("الأسبوع الماضي", date(2025, 3, 20), "2025-03"),
    ("في الأسابيع الماضية", PUBLISHED, None),
    # a weekday before the date it names gives way to the date; a numeric date is day first
    ("يوم الجمعة 15 أغسطس 2025", PUBLISHED, "2025-08-15"),
    ("في 12/4/2025", PUBLISHED, "2025-04-12"),
    ("في 31/2/2025", PUBLISHED, None),
    ("الخميس", None, None),
])
def test_time_expressions_resolve_against_publication(phrase, published, expected):
    keys = [norm(w) for w in phrase.split()]
    [expr] = find_times(keys, 0, len(keys), load())
    assert resolve(expr, published) == expected


def test_spelling_variants_join_across_articles(extractor):
    a = triples(extractor, "وقال المبعوث الأمريكي جون هندرسون إن المحادثات مستمرة.", doc_id="a")
    b = triples(extractor, "وقال المبعوث الأميركي جون هندرسن إن المحادثات متعثرة.", doc_id="b")
    resolved = resolve_identities(a + b)
    speakers = {t.subject.id for t in resolved if t.predicate == "STATED"}
    assert len(speakers) == 1
    assert {"جون هندرسون", "جون هندرسن"} <= {resolved[0].subject.name, *resolved[0].subject.aliases}


def test_identities_rewrite_the_json_lines_of_an_article(extractor):
    """Pass two's form: one article's lines as dicts, every actor under its canonical id with the
    article's spellings and the corpus's common ones; a place is left as extracted."""
    a = triples(extractor, "وقال المبعوث الأمريكي جون هندرسون إن المحادثات مستمرة.", doc_id="a")
    b = triples(extractor, "التقى المبعوث الأميركي جون هندرسن وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني "
                           "في الدوحة يوم الأحد. وقال هندرسن إن اللقاء كان مثمرا.", doc_id="b")
    lines = [to_line(t, {}) for t in b]
    identities = resolve_mentions(MentionMap.of_article([to_line(t, {}) for t in a], (0,))
                                  .merge(MentionMap.of_article(lines, (1,))))
    places = [dict(line["place"]) for line in lines if line["place"]]
    apply(lines, identities)
    envoy = [x for line in lines for x in line_actors(line) if x["id"].startswith("person_")]
    assert len(envoy) >= 2 and len({x["id"] for x in envoy}) == 1
    assert all(x["aliases"] == envoy[0]["aliases"] for x in envoy)
    assert "جون هندرسون" in envoy[0]["aliases"]          # the other article's spelling
    assert places and [line["place"] for line in lines if line["place"]] == places


def stated(ts):
    return [(t.subject.id, t.statement) for t in ts if t.predicate == "STATED"]


@pytest.mark.parametrize("text, speakers", [
    # a participle continues the speaker, not a noun after it
    ("قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لم تتلق ردا، "
     "واصفا الحديث عن مفاوضات مع الولايات المتحدة بأنه مبكر.", ["sergey_lavrov", "sergey_lavrov"]),
    # 'لفت' ends in ت but is not feminine
    ("قال المتحدث باسم الكرملين دميتري بيسكوف إن الاتصالات مستمرة.\n"
     "ولفت إلى أن الرئيس لم يحدد موعدا.", ["dmitry_peskov", "dmitry_peskov"]),
    # a feminine dropped subject looks ahead to the woman named later
    ("وقالت في مؤتمر صحفي إن الإدارة تدعم الحوار.\n"
     "وأشارت ليفيت إلى أن الرئيس سيقرر قريبا.", ["karoline_leavitt", "karoline_leavitt"]),
])
def test_speaker_of_each_speech_act(extractor, text, speakers):
    assert [s for s, _ in stated(triples(extractor, text))] == speakers


def test_back_reference_and_adjectival_verbs_are_not_speech_acts(extractor):
    ts = triples(extractor, "وجاء ذلك خلافا لما ذكره الرئيس الأمريكي دونالد ترامب.\n"
                            "ونشرت الصحيفة تقريرا يشير إلى تقدم في المحادثات.")
    assert stated(ts) == []


def test_statement_noun_names_the_speaker(extractor):
    ts = triples(extractor, "وذكر تقرير رويترز أن الوفدين سيلتقيان قريبا.")
    assert [s for s, _ in stated(ts)] == ["reuters"]


def test_name_spelled_with_a_leading_lam_is_not_an_addressee(extractor):
    ts = triples(extractor, "وأكدت ليفيت أن الاتصالات مستمرة.")
    assert [s for s, _ in stated(ts)] == ["karoline_leavitt"]


def test_first_person_meeting_in_a_quote_belongs_to_the_speaker(extractor):
    ts = triples(extractor, 'وقال لافروف للصحفيين: "لم ألتق بلينكن منذ عام".')
    [met] = [t for t in ts if t.predicate == "MET"]
    assert {met.subject.id, met.object.id} == {"sergey_lavrov", "antony_blinken"} and met.negated


def test_indefinite_title_before_a_name_is_somebody_else(extractor):
    ts = triples(extractor, "وقال مستشار أردوغان إن أنقرة مستعدة للوساطة.")
    assert all(s != "recep_tayyip_erdogan" for s, _ in stated(ts))


def test_place_in_a_title_and_across_the_article(extractor):
    text = ("والتقى المبعوث الأمريكي في الدوحة ستيف ويتكوف مع خليل الحية.\n"
            "وأجرى ويتكوف محادثات مع الحية استمرت ساعتين.")
    ts = triples(extractor, text)
    places = {(t.predicate, frozenset((t.subject.id, t.object.id))): t.place.id if t.place else None
              for t in ts if t.predicate != "STATED"}
    assert places[("MET", frozenset({"steve_witkoff", "khalil_al_hayya"}))] == "doha"
    assert places[("NEGOTIATED", frozenset({"steve_witkoff", "khalil_al_hayya"}))] == "doha"


def test_statement_time_and_outlet_over_unnamed_sources(extractor):
    ts = triples(extractor, 'وقال موقع "أكسيوس" الأحد نقلا عن مصادر مطلعة إن ويتكوف التقى خليل الحية.',
                 published=date(2025, 5, 12))
    [st] = [t for t in ts if t.predicate == "STATED" and t.subject.id == "axios"]
    assert (st.time_text, st.date) == ("الأحد", "2025-05-11")
    [met] = [t for t in ts if t.predicate == "MET"]
    assert met.attributed_to.id == "axios"


def test_mentions_are_the_name_as_written_without_title_or_clitics(extractor):
    ts = triples(extractor, "وقال وزير الخارجية الإيراني عباس عراقجي إن واشنطن تعرف موقفنا.\n"
                            "وأكد للقطريين أن الحوار مستمر.")
    [st, _] = [t for t in ts if t.predicate == "STATED"]
    assert st.subject.mention == "عباس عراقجي"


@pytest.mark.parametrize("text", [
    "وقال ترامب إنه سيلتقي بوتين قريبا.",
    "ومن المقرر أن يلتقي وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان الأسبوع المقبل.",
    "وأكدت مصادر أن وفدا أمريكيا سيصل إلى القاهرة لإجراء محادثات مع المسؤولين المصريين.",
])
def test_planned_meetings_are_not_contacts(extractor, text):
    assert contacts(triples(extractor, text)) == set()


def test_speakers_side_is_implied_and_not_spelled_by_the_speaker(extractor):
    text = "قال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن \u201cاجتمعنا مع روسيا في موسكو\u201d."
    ts = resolve_identities(triples(extractor, text))
    met = [t for t in ts if t.predicate == "MET"]
    assert met and all(t.subject.id == "ir" and t.subject.implied for t in met)
    assert all("بقائي" not in t.subject.aliases for t in met)


def test_domain_after_a_title_is_not_a_name(extractor):
    text = "قالت المتحدثة كارولين ليفيت إن آدم بوهلر، بصفته مبعوث شؤون أسيرة، \u201cلديه سلطة الحديث مع حماس\u201d."
    [stated] = triples(extractor, text)
    assert {a.id for a in stated.about} == {"adam_boehler", "hamas"}


@pytest.mark.parametrize("published, president", [(PUBLISHED, "donald_trump"), (date(2023, 6, 12), "joe_biden")])
def test_an_unnamed_office_is_its_holder_on_the_articles_date(extractor, published, president):
    ts = triples(extractor, "وأكد الرئيس الأمريكي أن بلاده لم تتفاوض مع حماس بشكل مباشر.", published=published)
    [stated] = [t for t in ts if t.predicate == "STATED"]
    [talks] = [t for t in ts if t.predicate == "NEGOTIATED"]
    assert stated.subject.id == president
    assert (talks.subject.id, talks.object.id, talks.negated, talks.directness) == ("us", "hamas", True, "direct")
    assert talks.subject.implied                     # 'بلاده' names the speaker's country, not a spelling of it


@pytest.mark.parametrize("text, expected", [
    ("التقى وزير الخارجية المصري بدر عبد العاطي بنظيره الأمريكي في واشنطن أمس.",
     ("MET", frozenset({"badr_abdelatty", "marco_rubio"}))),
    ("بحث رئيس الوزراء القطري مع المبعوث الأمريكي ستيف ويتكوف جهود وقف إطلاق النار في غزة.",
     ("NEGOTIATED", frozenset({"mohammed_bin_abdulrahman_al_thani", "steve_witkoff"}))),
    ("نفى مسؤول إسرائيلي عقد أي لقاء مع ممثلين عن حركة حماس.", ("MET", frozenset({"il", "hamas"}))),
    ("وكشفت صحيفة وول ستريت جورنال أن مسؤولين أمريكيين أجروا محادثات سرية مع قادة حماس في الدوحة.",
     ("NEGOTIATED", frozenset({"us", "hamas"}))),
    ("والتقى ويتكوف ودرمر في ميامي.", ("MET", frozenset({"steve_witkoff", "ron_dermer"}))),
])
def test_counterparts_offices_and_groups_of_members(extractor, text, expected):
    assert contacts(triples(extractor, text)) == {expected}


@pytest.mark.parametrize("text, pair, place, via", [
    ("وزار وزير الخارجية الإيراني عباس عراقجي مسقط حيث التقى نظيره العماني بدر البوسعيدي.",
     {"abbas_araghchi", "badr_albusaidi"}, "muscat", []),
    ("تلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
     {"mohammed_bin_salman", "emmanuel_macron"}, None, []),
    ("عقدت الولايات المتحدة وإيران جولة ثالثة من المحادثات غير المباشرة في روما بوساطة عمانية.",
     {"us", "ir"}, "rome", ["om"]),
    ("وشارك رئيس جهاز الموساد ديفيد برنياع في اجتماع الدوحة إلى جانب رئيس الوزراء القطري.",
     {"david_barnea", "mohammed_bin_abdulrahman_al_thani"}, "doha", []),
    ("وتأتي الزيارة بعد أيام من لقاء جمع الرئيس السوري أحمد الشرع بالرئيس الأمريكي في الرياض.",
     {"ahmed_al_sharaa", "donald_trump"}, "riyadh", []),
    ("وقالت الوكالة إن رئيس مجلس الوزراء وزير الخارجية القطري استقبل في الدوحة اليوم وفدا من حركة حماس "
     "برئاسة خليل الحية.", {"mohammed_bin_abdulrahman_al_thani", "hamas"}, "doha", []),
    ("وأوضح المصدر أن ويتكوف لم يلتق أي مسؤول من حماس في الدوحة.", {"steve_witkoff", "hamas"}, "doha", []),
    ("واستضافت العاصمة العمانية مسقط جولة من المفاوضات بين إيران والولايات المتحدة.", {"ir", "us"}, "muscat", []),
])
def test_where_clauses_received_calls_mediators_and_attendance(extractor, text, pair, place, via):
    ts = resolve_identities(triples(extractor, text))
    [t] = [t for t in ts if {t.subject.id, t.object.id} == pair]
    assert (t.place.id if t.place else None) == place
    assert [v.id for v in t.via] == via


def test_the_extractor_imports_spacy_without_torch_and_leaves_torch_importable():
    code = ("import sys, importlib.util; import graphbuild.extraction.pipeline; "
            "assert 'torch' not in sys.modules; "
            "assert importlib.util.find_spec('torch') is None or __import__('torch')")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("text, tokens", [
    ("", []),
    (" ", [(" ", "")]),
    ("قال إن ", [("قال", " "), ("إن", ""), (" ", "")]),
    (" قال  إن", [(" ", ""), ("قال", ""), ("  ", ""), ("إن", "")]),
    ("الأمريكي،وقال\n\nأيضاًوقال", [("الأمريكي", ""), ("،", ""), ("وقال", ""), ("\n\n", ""), ("أيضاً", ""),
                                    ("وقال", "")]),
])
def test_tokens_keep_the_text_as_read(extractor, text, tokens):
    doc = extractor.nlp.make_doc(text)
    assert [(t.text, t.whitespace_) for t in doc] == tokens
    assert doc.text == text
