"""Who speaks: dropped subjects that agree with an outlet's noun, titles in the genitive, and
adjectives that look like circumstantial participles (sentences written for these tests)."""
from datetime import date

from graphbuild.model import Article

PUBLISHED = date(2025, 6, 12)


def stated(extractor, text):
    ts = extractor.extract(Article("t", text, "test", published=PUBLISHED))
    return [(t.subject.id, t.statement) for t in ts if t.predicate == "STATED"]


def test_a_masculine_outlet_is_the_dropped_subject_of_a_masculine_verb(extractor):
    said = stated(extractor, 'ونقل موقع "أكسيوس" عن مصادر أن الجولة انتهت.\n'
                             "وأضاف أن المبعوث سيعود إلى المنطقة قريبا.")
    assert [s for s, _ in said] == ["axios", "axios"]
    assert "المبعوث سيعود" in said[1][1]


def test_a_body_takes_a_feminine_verb_whatever_its_noun(extractor):
    said = stated(extractor, "وقال مجلس الأمن الدولي في بيان إن الهدنة صامدة.\nوأضافت أن الحوار هو السبيل.")
    assert [s for s, _ in said] == ["un_security_council", "un_security_council"]


def test_a_president_in_the_genitive_is_not_the_envoy(extractor):
    said = stated(extractor, "وقال مبعوث الرئيس الأميركي دونالد ترامب للشرق الأوسط، ستيف ويتكوف، إن المحادثات بناءة.")
    assert [s for s, _ in said] == ["steve_witkoff"]


def test_a_name_after_a_genitive_title_it_does_not_hold_is_the_first_titles(extractor):
    said = stated(extractor, "وقال مستشار الرئيس الأميركي جيك سوليفان إن الاتصالات مستمرة.")
    assert [s for s, _ in said] == ["jake_sullivan"]


def test_an_adjective_after_kana_is_no_statement(extractor):
    said = stated(extractor, "وقال وزير الخارجية العماني بدر البوسعيدي إن الجولة كانت مفيدة جدا.")
    assert [s for s, _ in said] == ["badr_albusaidi"]


def test_a_parenthesis_between_subject_and_verb(extractor):
    ts = extractor.extract(Article("t", "وقالت الصحيفة إن إدارة بايدن (كانت) تشاور مع قطر حول الصفقة.", "test",
                                   published=PUBLISHED))
    assert {(t.predicate, frozenset((t.subject.id, t.object.id))) for t in ts if t.object} == \
        {("NEGOTIATED", frozenset({"us", "qa"}))}


def test_a_verb_that_is_also_a_preposition_keeps_its_subject(extractor):
    said = stated(extractor, "وعبّر وزير الخارجية السعودي فيصل بن فرحان عن أسفه لحادث الحريق، معربا عن تعازيه.")
    assert [s for s, _ in said] == ["faisal_bin_farhan", "faisal_bin_farhan"]


def test_a_dual_verb_does_not_take_the_singular_before_it(extractor):
    ts = extractor.extract(Article("t", "اتصل ولي العهد السعودي الأمير محمد بن سلمان بالرئيس الإماراتي الشيخ محمد بن "
                                        "زايد.\nووفق ما نقلته وكالة الأنباء الإماراتية، “وام”، فقد أعربا الطرفان عن "
                                        "تمنياتهما بالخير.", "test", published=PUBLISHED))
    said = {(t.subject.id, t.attributed_to.id if t.attributed_to else None) for t in ts if t.predicate == "STATED"}
    assert {("mohammed_bin_salman", "wam"), ("mohamed_bin_zayed", "wam")} <= said
    assert said - {("mohammed_bin_salman", "wam"), ("mohamed_bin_zayed", "wam")} <= {("wam", None)}   # its relay


def test_an_office_takes_the_gender_of_its_noun(extractor):
    said = stated(extractor, "وذكر مكتب المبعوث الأممي إلى اليمن في بيان إن الجولة انتهت.\n"
                             "وأضاف بأن المبعوث سيعود قريبا.")
    assert len(said) == 2 and said[0][0] == said[1][0] and said[0][0].startswith("office_")


def test_a_movement_quoted_after_its_noun_completes_the_title(extractor):
    ts = extractor.extract(Article("t", 'وقال القيادي في حركة "حماس" باسم نعيم إن الحركة منفتحة على أي مقترح.', "test",
                                   published=PUBLISHED))
    [t] = [t for t in ts if t.predicate == "STATED"]
    assert t.subject.mention == "باسم نعيم" and t.place is None


def test_a_speaker_quoted_with_his_own_subject_first(extractor):
    ts = extractor.extract(Article("t", 'وقال وزير الخارجية العراقي فؤاد حسين إن "روبيو أكد أن بلاده لا تريد الحرب مع '
                                        'إيران".', "test", published=PUBLISHED))
    said = {(t.subject.id, t.attributed_to.id if t.attributed_to else None) for t in ts if t.predicate == "STATED"}
    assert said == {("fuad_hussein", None), ("marco_rubio", "fuad_hussein")}


def test_only_an_indefinite_accusative_participle_is_a_statement(extractor):
    said = stated(extractor, "وقال وزير الخارجية العماني بدر البوسعيدي إن الجولة انتهت، مؤكدا أن الحوار مستمر.\n"
                             "واستمر اللقاء بعيدا عن وسائل الإعلام مدة ساعتين، وكان الموقف المؤكد هو الهدنة.")
    assert [s for s, _ in said] == ["badr_albusaidi", "badr_albusaidi"]


def test_ali_after_an_honorific_is_a_name_not_the_preposition(extractor):
    ts = extractor.extract(Article("t", "وأوضح وزير الإعلام الشيخ علي جراح وفقا لوكالة الأنباء الكويتية أن المباحثات "
                                        "بناءة.", "test", published=PUBLISHED))
    [t] = [t for t in ts if t.predicate == "STATED"]
    assert t.subject.mention == "علي جراح" and t.attributed_to.id == "kuna"


def test_a_manner_between_the_verb_and_the_quotation(extractor):
    said = stated(extractor, "وقال وزير الخارجية المغربي ناصر بوريطة إن العلاقات جيدة.\n"
                             'وأضاف بشكل مازح "حتى السلام كان لمرة واحدة".')
    assert [s for s, _ in said] == ["nasser_bourita", "nasser_bourita"]


def test_a_feminine_participle_takes_the_woman_its_clause_began_with(extractor):
    said = stated(extractor, "وقال وزير الخارجية المصري بدر عبد العاطي إن الحوار مستمر.\n"
                             "من جانبها، قدمت وزيرة الخارجية الليبية نجلاء المنقوش عرضا للوفد، مجددة تمسك بلادها "
                             "بالحل السياسي.")
    assert [s for s, _ in said] == ["badr_abdelatty", "najla_mangoush"]


def test_a_misspelled_preposition_at_the_start_of_a_sentence_is_no_name(extractor):
    ts = extractor.extract(Article("t", "وعلي الرغم من ذلك، قال وزير الخارجية المصري بدر عبد العاطي إن الحوار مستمر.",
                                   "test", published=PUBLISHED))
    assert [(t.subject.id, t.subject.mention) for t in ts] == [("badr_abdelatty", "بدر عبد العاطي")]


def test_a_refusal_of_future_talks_is_a_statement_only(extractor):
    ts = extractor.extract(Article("t", "وأكد الرئيس الأمريكي أن بلاده لن تتفاوض مع حماس بشكل مباشر.", "test",
                                   published=PUBLISHED))
    assert [t.predicate for t in ts] == ["STATED"]
