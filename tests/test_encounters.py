"""Encounters told in less usual ways (sentences written for these tests): attendees named after
the meeting they attended, a session of talks, a joint press conference, an adjective pair led
by a state's name, a reception quoted from a statement, a given name that is also a verb form."""
from datetime import date

import pytest

from graphbuild.model import Article

PUBLISHED = date(2025, 6, 12)


def contacts(extractor, text):
    ts = extractor.extract(Article("t", text, "test", published=PUBLISHED))
    return {(t.predicate, frozenset((t.subject.id, t.object.id))) for t in ts if t.predicate != "STATED"}


def test_attendees_named_after_the_meeting_they_attended(extractor):
    found = contacts(extractor, "استقبل الرئيس السوري أحمد الشرع المبعوث الأميركي توم باراك في دمشق.\n"
                                "وحضر لقاء الشرع مع المبعوث الأميركي، وفق وكالة الأنباء السورية، وزير الخارجية "
                                "السوري، أسعد الشيباني، ووزير الدفاع، مرهف أبو قصرة.")
    assert {("MET", frozenset({"asaad_al_shaibani", "tom_barrack"})),
            ("MET", frozenset({"murhaf_abu_qasra", "tom_barrack"}))} <= found
    assert all("sana" not in pair for _, pair in found)


@pytest.mark.parametrize("text, pair", [
    # a session of talks is a meeting and talks
    ("عقد أمير قطر الشيخ تميم بن حمد آل ثاني جلسة مباحثات رسمية مع الرئيس التركي رجب طيب أردوغان.",
     ("tamim_bin_hamad", "recep_tayyip_erdogan")),
    # talks later called the meeting were a meeting
    ("أجرى وزير الخارجية الروسي سيرغي لافروف ونظيره التركي هاكان فيدان محادثات في موسكو.\n"
     "وأفاد بيان للخارجية الروسية أن اللقاء يأتي في إطار التشاور المنتظم.", ("sergey_lavrov", "hakan_fidan")),
    # talks a reception was held for
    ("استقبل وزير الخارجية الإيراني عباس عراقجي في طهران مدير الوكالة الدولية للطاقة الذرية رافائيل غروسي لإجراء "
     "مباحثات بشأن البرنامج النووي.", ("abbas_araghchi", "rafael_grossi")),
    # his meeting is the meeting of whoever held the talks just told
    ("وقال المتحدث باسم الحكومة إن المباحثات التي أجراها وزير الخارجية الأميركي ماركو روبيو في بغداد، خصوصاً "
     "اجتماعه مع رئيس الوزراء العراقي محمد شياع السوداني، كانت إيجابية.", ("marco_rubio", "mohammed_shia_al_sudani")),
])
def test_a_meeting_and_talks_of_one_pair(extractor, text, pair):
    assert contacts(extractor, text) == {("MET", frozenset(pair)), ("NEGOTIATED", frozenset(pair))}


def test_a_press_conference_with_someone_is_an_encounter_a_press_conference_alone_is_not(extractor):
    assert contacts(extractor, "وقال وزير الخارجية التركي هاكان فيدان في مؤتمر صحفي مع نظيره المصري بدر عبد "
                               "العاطي إن البلدين متفقان.") == {("MET", frozenset({"hakan_fidan", "badr_abdelatty"}))}
    assert contacts(extractor, "وقال هاكان فيدان في مؤتمر صحفي إن المفاوضات غير المباشرة بين إيران وأمريكا "
                               "ستستأنف.") == {("NEGOTIATED", frozenset({"ir", "us"}))}


def test_a_state_name_leading_a_pair_of_adjectives(extractor):
    assert contacts(extractor, "وقالت المصادر إن المحادثات السعودية الإيرانية جرت في بغداد.") == \
        {("NEGOTIATED", frozenset({"sa", "ir"}))}


def test_a_reception_quoted_from_a_statement(extractor):
    found = contacts(extractor, 'وذكر بيان للرئاسة اللبنانية أن الرئيس جوزاف عون "استقبل المبعوث الأمريكي توم '
                                'باراك في قصر بعبدا".')
    assert found == {("MET", frozenset({"joseph_aoun", "tom_barrack"}))}


def test_a_given_name_that_is_also_a_verb_form_stays_a_name(extractor):
    ts = extractor.extract(Article("t", "وقال نجيب الحلبوسي، رئيس الوفد، إن المحادثات بناءة.", "test",
                                   published=PUBLISHED))
    [t] = [t for t in ts if t.predicate == "STATED"]
    assert t.subject.mention == "نجيب الحلبوسي"


def test_contacts_of_someone_with_each_of_two_named_in_quotes(extractor):
    found = contacts(extractor, 'وجاء ذلك بعد اتصالات مباشرة لوزير الخارجية الأميركي "ماركو روبيو" مع كل من "البرهان" '
                                'و"حميدتي".')
    assert found == {("NEGOTIATED", frozenset({"marco_rubio", "abdel_fattah_al_burhan"})),
                     ("NEGOTIATED", frozenset({"marco_rubio", "hemedti"}))}


def test_a_meeting_chaired_by_one_with_delegations_headed_by_others(extractor):
    ts = extractor.extract(Article("t", "عقد في الرياض الاجتماع الأول للجنة الثلاثية برئاسة وزير الخارجية السعودي فيصل "
                                        "بن فرحان، ومشاركة الوفد المصري برئاسة وزير الخارجية بدر عبد العاطي، والوفد "
                                        "الأردني برئاسة وزير الخارجية أيمن الصفدي.\nورحبت الدول الثلاث بالتقدم المحرز.",
                                   "test", published=PUBLISHED))
    met = {frozenset((t.subject.id, t.object.id)) for t in ts if t.predicate == "MET"}
    assert met == {frozenset({"faisal_bin_farhan", "badr_abdelatty"}), frozenset({"faisal_bin_farhan", "ayman_safadi"}),
                   frozenset({"badr_abdelatty", "ayman_safadi"})}
    assert {t.subject.id for t in ts if t.predicate == "STATED"} == {"sa", "eg", "jo"}


def test_officials_of_several_states_are_one_side_each(extractor):
    found = contacts(extractor, "وأجرى وزير الخارجية التركي هاكان فيدان محادثات مع مسؤولين أميركيين ومصريين وقطريين "
                                "في القاهرة.")
    assert found == {("NEGOTIATED", frozenset({"hakan_fidan", s})) for s in ("us", "eg", "qa")}


def test_a_time_between_two_items_of_a_list(extractor):
    found = contacts(extractor, "أجرى وزير الخارجية المصري، بدر عبد العاطي، اليوم الخميس، ونظيره التركي، هاكان فيدان، "
                                "محادثات موسعة في القاهرة.")
    assert found == {("NEGOTIATED", frozenset({"badr_abdelatty", "hakan_fidan"}))}


def test_a_feminine_dual_after_two_men_is_their_two_states(extractor):
    ts = extractor.extract(Article("t", "أجرى وزير الخارجية المصري بدر عبد العاطي ونظيره التركي هاكان فيدان محادثات "
                                        "في القاهرة.\nوأوضح البيان أن البلدين أكدتا التزامهما بالحوار.\n"
                                        "وأكدتا رفضهما للتصعيد.", "test", published=PUBLISHED))
    assert {t.subject.id for t in ts if t.predicate == "STATED"} == {"eg", "tr"}


def test_its_minister_named_in_quotes_and_his_counterpart(extractor):
    found = contacts(extractor, 'وأعلنت الخارجية المصرية أن وزيرها "بدر عبد العاطي" ونظيره التركي "هاكان فيدان" قد '
                                'ناقشا الأوضاع في غزة.')
    assert found == {("NEGOTIATED", frozenset({"badr_abdelatty", "hakan_fidan"}))}


def test_two_chairs_of_two_meetings_did_not_meet(extractor):
    assert contacts(extractor, "عقد مجلس الوزراء اللبناني جلسة برئاسة الرئيس جوزاف عون، بالتزامن مع اجتماع للحكومة "
                               "السورية برئاسة الرئيس أحمد الشرع.") == set()


def test_his_meeting_is_not_his_hosts_when_the_guest_stands_between(extractor):
    found = contacts(extractor, "واستقبل الرئيس العراقي عبد اللطيف رشيد وزير الخارجية الأميركي ماركو روبيو، الذي أكد "
                                "خلال لقائه مع رئيس الوزراء محمد شياع السوداني أن بلاده تدعم العراق.")
    assert ("MET", frozenset({"abdul_latif_rashid", "mohammed_shia_al_sudani"})) not in found


def test_each_of_two_subjects_after_a_light_verb(extractor):
    found = contacts(extractor, "وعقد كل من وزير الخارجية المصري بدر عبد العاطي ونظيره الأردني أيمن الصفدي اجتماعا مع "
                                "وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني في الدوحة.")
    qatar = "mohammed_bin_abdulrahman_al_thani"
    assert found == {("MET", frozenset({"badr_abdelatty", qatar})), ("MET", frozenset({"ayman_safadi", qatar}))}


def test_a_nisba_after_a_meeting_noun_is_its_side(extractor):
    found = contacts(extractor, "وقال المبعوث إن الاجتماعات الأميركية مع حركة حماس كانت مفيدة جدا.")
    assert found == {("MET", frozenset({"us", "hamas"}))}
