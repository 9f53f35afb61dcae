"""Whom a fact is cited from: an outlet relaying a speaker, a trailing 'وفق ما ذكرت', an outlet by
its short name, a statement told before ('وفق البيان'); a question is no claim (sentences
written for these tests)."""
from datetime import date

from graphbuild.model import Article

PUBLISHED = date(2025, 6, 12)


def extract(extractor, text):
    return extractor.extract(Article("t", text, "test", published=PUBLISHED))


def cited(ts, predicate="STATED"):
    return [(t.subject.id, t.attributed_to.id if t.attributed_to else None) for t in ts if t.predicate == predicate]


def test_an_outlet_relaying_a_speaker_is_cited_for_all_he_goes_on_to_say(extractor):
    ts = extract(extractor, "ونقلت وكالة أنباء فارس عن المتحدث باسم الخارجية الإيرانية إسماعيل بقائي قوله "
                            "إن الحوار مستمر.\nوأضاف أن إيران لم تجر أي محادثات مع الولايات المتحدة.")
    assert cited(ts) == [("esmaeil_baghaei", "fars"), ("fars", None), ("esmaeil_baghaei", "fars")]
    assert cited(ts, "NEGOTIATED") == [("ir", "fars")]


def test_a_question_is_no_claim_and_its_answer_is(extractor):
    ts = extract(extractor, "ونقلت وكالة أنباء فارس عن المتحدث باسم الخارجية الإيرانية إسماعيل بقائي قوله "
                            "في رد على سؤال إن كانت طهران قد تلقت رسالة من واشنطن؟\n"
                            "حيث أجاب: \"لم نتلق أي رسالة حتى الآن\".")
    said = [(t.subject.id, t.statement, t.attributed_to.id) for t in ts if t.predicate == "STATED"]
    assert said == [("esmaeil_baghaei", "لم نتلق أي رسالة حتى الآن", "fars")]


def test_a_trailing_according_to_cites_the_outlet_which_relays_the_words_before_it(extractor):
    ts = extract(extractor, 'وقال وزير الخارجية الإيراني عباس عراقجي: "إن المحادثات بناءة" وفق ما ذكرت قناة (الجزيرة).')
    said = {t.subject.id: (t.statement, t.attributed_to.id if t.attributed_to else None, t.negated)
            for t in ts if t.predicate == "STATED"}
    assert said == {"abbas_araghchi": ("المحادثات بناءة", "al_jazeera", False),
                    "al_jazeera": ("المحادثات بناءة", None, False)}


def test_an_outlet_by_its_short_name_only_where_an_outlet_is_expected(extractor):
    ts = extract(extractor, "وقال وزير الخارجية المصري بدر عبد العاطي، في تصريح لـ الشرق الأوسط، "
                            "إن الهدنة صامدة.\nوقال وزير الخارجية الأردني أيمن الصفدي إن الشرق الأوسط "
                            "يحتاج إلى السلام.")
    assert cited(ts) == [("badr_abdelatty", "asharq_al_awsat"), ("ayman_safadi", None)]
    assert all(t.subject.id != "asharq_al_awsat" for t in ts)


def test_the_statement_stands_for_whoever_issued_it(extractor):
    ts = extract(extractor, "وذكر بيان لمجلس الوزراء اللبناني أن رئيس الحكومة نواف سلام استقبل المبعوث الأمريكي "
                            "توم باراك في بيروت.\nوأوضح البيان أن اللقاء تناول الأوضاع في الجنوب. وجدد سلام "
                            "التأكيد أن \"أولوية الحكومة هي وقف إطلاق النار\" وفق البيان.")
    assert cited(ts) == [("lb_government", None), ("lb_government", None), ("nawaf_salam", "lb_government")]


def test_quotation_marks_around_a_name_do_not_open_the_statement(extractor):
    ts = extract(extractor, "وقال وزير الخارجية التركي هاكان فيدان في مؤتمر صحفي مع وزير الخارجية الإيراني "
                            "” عباس عراقجي” في أنقرة الخميس إن البلدين يريدان السلام.")
    [t] = [t for t in ts if t.predicate == "STATED"]
    assert (t.statement, t.place.id, t.date) == ("البلدين يريدان السلام", "ankara", "2025-06-12")


def test_attendees_of_a_meeting_told_before_take_its_day(extractor):
    ts = extract(extractor, "استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني، اليوم الخميس، المبعوث الأممي "
                            "ستيفان دي ميستورا.\nوجرت المقابلة بحضور وزير الخارجية الموريتاني محمد سالم ولد مرزوك.")
    days = {frozenset((t.subject.id, t.object.id)): t.date for t in ts if t.predicate == "MET"}
    assert set(days.values()) == {"2025-06-12"}
    first, second = days                 # the reception, and the attendee with the envoy
    assert "mohamed_ould_ghazouani" in first and len(first & second) == 1


def test_the_speaker_is_cited_before_the_outlet_that_relays_him(extractor):
    ts = extract(extractor, 'وقالت صحيفة فاينانشال تايمز: "إن المحادثات القطرية الإيرانية جرت في الدوحة"، وفق ما '
                            'نقلت قناة (الجزيرة).')
    assert cited(ts, "NEGOTIATED") == [("qa", "ft")]


def test_a_speaker_named_again_without_the_outlet_speaks_for_himself(extractor):
    ts = extract(extractor, "ونقلت واس عن وزير الخارجية السعودي فيصل بن فرحان قوله إن الحوار مستمر.\n"
                            "وفي مؤتمر صحفي في الرياض، قال وزير الخارجية السعودي فيصل بن فرحان إن الهدنة صامدة.\n"
                            "وأضاف أن الحل قريب.")
    assert cited(ts) == [("faisal_bin_farhan", "spa"), ("spa", None), ("faisal_bin_farhan", None),
                         ("faisal_bin_farhan", None)]


def test_a_speakers_own_question_is_what_he_said(extractor):
    ts = extract(extractor, "وقال وزير الخارجية الإيراني عباس عراقجي: هل يمكن الوثوق بواشنطن بعد كل ما حدث؟")
    assert cited(ts) == [("abbas_araghchi", None)]


def test_a_longer_name_wins_over_an_outlets_short_name(extractor):
    ts = extract(extractor, "وذكر الاتحاد الأوروبي في بيان أن الحوار مع إيران مستمر.")
    assert cited(ts) == [("eu", None)]


def test_an_ellipsis_before_a_relative_pronoun_does_not_end_the_sentence(extractor):
    ts = extract(extractor, 'وذكرت وكالة “إرنا” أن “رافايل غروسي” .. الذي وصل إلى طهران أمس، التقى وزير الخارجية '
                            'الإيراني عباس عراقجي”.')
    [t] = [t for t in ts if t.predicate == "STATED"]
    assert t.subject.id == "irna" and "التقى وزير الخارجية" in t.statement
