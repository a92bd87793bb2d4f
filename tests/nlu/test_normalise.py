"""Tests for the pure text normaliser (no Rasa import: runs in the app venv)."""

import pytest

from nlu.text import is_intent_payload, normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أين", "اين"),
        ("إعلان", "اعلان"),
        ("آخر", "اخر"),
        ("ٱلله", "الله"),
        ("مسؤول", "مسوول"),
        ("مسئول", "مسيول"),
        ("متى", "متي"),
        ("البلدية", "البلديه"),
    ],
)
def test_arabic_letter_variants_are_unified(raw, expected):
    assert normalise(raw) == expected


def test_arabic_spelling_variants_meet():
    assert normalise("إمتى الموعد؟") == normalise("امتي الموعد?")
    assert normalise("شكراً جزيلاً") == normalise("شكرا جزيلا")


def test_arabic_diacritics_and_tatweel_are_removed():
    assert normalise("مَوْعِدِي") == "موعدي"
    assert normalise("شكــــرا") == "شكرا"
    assert normalise("هٰذا") == "هذا"


def test_arabic_indic_digits_become_ascii():
    assert normalise("الموعد الساعة ١٠:٣٠") == "الموعد الساعه 10:30"
    assert normalise("۲۰۲۵") == "2025"


def test_arabic_presentation_forms_and_direction_marks():
    assert normalise("\ufefb") == "لا"  # ﻻ ligature
    assert normalise("\u200fموعد\u200e") == "موعد"


def test_arabic_question_mark_and_comma():
    assert normalise("متى؟") == "متي?"
    assert normalise("نعم، شكرا") == "نعم, شكرا"


def test_ethiopic_wordspace_becomes_space():
    assert normalise("ቆጸራይ፡መዓስ፡እዩ") == "ቆጸራይ መዓስ እዩ"


def test_ethiopic_punctuation_is_separated_from_words():
    assert normalise("ሰላም።ከመይ ኣለኻ፧") == "ሰላም. ከመይ ኣለኻ?"
    assert normalise("ነጻነት፣ማዕርነት፤ሓድነት") == "ነጻነት, ማዕርነት; ሓድነት"
    assert normalise("ሓደ፥ክልተ፦ሰለስተ፨") == "ሓደ: ክልተ: ሰለስተ"


def test_latin_is_lowercased_and_mixed_text_kept():
    assert normalise("Wat is PVT?") == "wat is pvt?"
    assert normalise("شو يعني PVT") == "شو يعني pvt"
    assert normalise("ብዛዕባ MAP") == "ብዛዕባ map"


def test_elongated_letters_collapse_but_numbers_do_not():
    assert normalise("شكراااا") == "شكرا"
    assert normalise("hallooooo") == "hallo"
    assert normalise("1000 euro") == "1000 euro"
    assert normalise("zoo") == "zoo"


def test_whitespace_is_collapsed_and_trimmed():
    assert normalise("  ik   kan\tniet\n komen ") == "ik kan niet komen"
    assert normalise("") == ""


def test_intent_payloads_are_recognised():
    assert is_intent_payload('/change_language{"language": "ar"}')
    assert not is_intent_payload("wat is pvt")


@pytest.mark.parametrize(
    "raw",
    ["إيمتى مَوْعِدي؟ ١٠:٣٠", "ቆጸራይ፡መዓስ፡እዩ፧ ሰላም።ከመይ", "Wat IS   PVT?!!", "شكراااا ﻻ"],
)
def test_normalising_twice_changes_nothing(raw):
    # Actions match keywords on tracker text that the pipeline already normalised.
    once = normalise(raw)
    assert normalise(once) == once


# ---------------------------------------------------------------- model_text (nlu.normalise)
# nlu.normalise defines the Rasa component only where Rasa is installed; model_text is pure.

from nlu.normalise import LATIN_MODES, model_text  # noqa: E402


def test_model_text_writes_arabizi_in_arabic_script():
    text = model_text("shu ya3ni PVT")
    assert any("\u0600" <= char <= "\u06ff" for char in text)
    assert "pvt" in text  # Dutch term kept, lowercased by normalise
    assert "ya3ni" not in text


def test_model_text_writes_latin_tigrinya_in_geez():
    text = model_text("MAP entay iyu")
    assert any("\u1200" <= char <= "\u137f" for char in text)
    assert "map" in text and "entay" not in text


def test_model_text_append_keeps_both_forms():
    text = model_text("shu ya3ni PVT", latin="append")
    assert text.startswith("shu ya3ni pvt ")
    assert any("\u0600" <= char <= "\u06ff" for char in text)


@pytest.mark.parametrize("mode", LATIN_MODES)
def test_model_text_leaves_dutch_and_native_script_to_normalise(mode):
    for raw in ("Wat is de PVT?", "ik nie kan kom afspraak morge", "شو يعني PVT؟", "ቆጸራይ፡መዓስ፡እዩ"):
        assert model_text(raw, mode) == normalise(raw).replace("?", "").strip()


def test_model_text_drops_question_marks():
    # Round 19: the training data has far fewer "?" than real messages, and as a feature the
    # question mark pulled questions towards whichever intent had the most of them.
    assert model_text("Wat is de PVT??") == "wat is de pvt"
    assert model_text("شو يعني PVT؟ بدي اعرف") == "شو يعني pvt بدي اعرف"
    assert model_text("ቆጸራይ መዓስ እዩ፧") == "ቆጸራይ መዓስ እዩ"
    assert model_text("wat is de PVT") == model_text("wat is de PVT ?")


def test_model_text_off_only_normalises():
    assert model_text("Shu ya3ni PVT", latin="off") == "shu ya3ni pvt"


def test_model_text_rejects_unknown_mode():
    with pytest.raises(ValueError):
        model_text("hoi", latin="both")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("wat is dat pe ve te cursus", "wat is dat pvt cursus"),
        ("pee vee tee", "pvt"),
        ("moet ik naar de pe fe te", "moet ik naar de pvt"),  # v heard as f (development batch b8)
        ("pfT", "pvt"),
        ("P.V.T", "pvt"),
        ("p v t wanneer", "pvt wanneer"),
        ("em a pe wat is", "map wat is"),
        ("mep wat is", "map wat is"),
        # round 42: the MAP's letters spelled as the PVT's are ("em aa pee", b31 learner)
        ("em aa pee moet ik ook", "map moet ik ook"),
        ("wat is de em aa pee", "wat is de map"),
        ("m a pee wat is dat", "map wat is dat"),
        ("em ah pé", "map"),
        ("EM AA PE verplicht", "map verplicht"),
        # round 53: regisseur as heard (b41 learner "regisur"); a suffix stays, other words do not change
        ("waar is mijn regisur", "waar is mijn regisseur"),
        ("ik bel mijn regiseur", "ik bel mijn regisseur"),
        ("Regisoor of regissor", "regisseur of regisseur"),
        ("regisseur", "regisseur"),
        ("registratie", "registratie"),
    ],
)
def test_spelled_out_acronyms_become_the_term(raw, expected):
    assert model_text(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["peter komt", "een pet", "op de tv", "ik heb veel tijd", "temperatuur",
     "ik heb een map met papieren", "em a pen", "em aa peer", "de naam emma"],
)
def test_ordinary_words_are_not_taken_for_acronyms(raw):
    assert model_text(raw) == normalise(raw)


# ---------------------------------------------------------------- cue markers (round 20)
# Marker tokens the classifier appends to what it vectorises; rules in nlu.normalise.MARKER_RULES.

import re  # noqa: E402

from nlu.normalise import MARKER_RULES, MARKERS, cue_markers, with_markers  # noqa: E402


def markers_of(raw):
    return cue_markers(model_text(raw))


@pytest.mark.parametrize(
    ("raw", "marker"),
    [
        # someone outside the household
        ("wanneer heeft de buurvrouw haar intake", "__other_person__"),
        ("hoeveel uur stage heeft mijn schoonzus nog", "__other_person__"),
        ("ik ben taalmaatje, wanneer heeft het gezin dat ik begeleid een gesprek", "__other_person__"),
        ("امتى موعد جارتي بالبلدية؟", "__other_person__"),
        ("ابن خالي خلص البي في تي؟", "__other_person__"),
        ("emta maw3ed sa7bi bel baladiye", "__other_person__"),  # Arabizi: written in Arabic first
        ("ንዓርከይ ቆጸራ መዓስ እዩ", "__other_person__"),
        ("ሓብተይ PVT ወዲኣ ድያ", "__other_person__"),
        ("qotsera gorebetey meas eyu", "__other_person__"),  # Latin Tigrinya
        # a third person's record
        ("hoe laat is zijn afspraak", "__their_record__"),
        ("ايمتى موعدها مع الريجيسور", "__their_record__"),
        ("ቆጸራኣ መዓስ እዩ", "__their_record__"),
        # another organisation
        ("wanneer is mijn examen bij DUO", "__other_service__"),
        ("hoe laat moet ik naar de tandarts", "__other_service__"),
        ("بدي موعد عند الدكتور", "__other_service__"),
        ("ምስ ሓኪም ዘለኒ ቆጸራ መዓስ እዩ", "__other_service__"),
    ],
)
def test_cue_marker_fires(raw, marker):
    assert marker in markers_of(raw)


@pytest.mark.parametrize(
    "raw",
    [
        # the user's own record, a relative writing along, words that only look alike
        "wanneer is mijn afspraak",
        "ik schrijf voor mijn moeder, zij wil weten of de pvt verplicht is",
        "wat is kennis van de nederlandse maatschappij",
        "de vriendelijke regisseur heeft mij gebeld",
        "hoeveel uur pvt heb ik al gedaan",
        "ايمتى موعدي بالبلدية",
        "بدي احكي مع الريجيسور تبعي",
        "خليني احكي مع حدا",
        "ቆጸራይ መዓስ እዩ",
        "ምስ ረጂሰረይ ክዛረብ እደሊ",
        "emta maw3di",
        "qotseray meas iyu",
    ],
)
def test_cue_markers_stay_quiet(raw):
    assert markers_of(raw) == []


def test_with_markers_appends_in_rule_order_and_keeps_the_text():
    text = model_text("mijn buurman vraagt of zijn afspraak bij de gemeente na de huisarts is")
    assert with_markers(text) == f"{text} __other_person__ __their_record__ __other_service__"
    assert with_markers("wat is pvt") == "wat is pvt"


def test_markers_are_single_word_tokens():
    # The word vectoriser's token pattern (\b\w+\b) keeps each marker as one token.
    assert MARKERS == tuple(MARKER_RULES)
    for marker in MARKERS:
        assert re.fullmatch(r"__[a-z_]+__", marker)


def test_the_classifier_sees_only_enabled_markers():
    from nlu.normalise import features_text  # what nlu.classifier vectorises, at training and at inference

    text = model_text("wanneer is de afspraak van mijn buurman bij de huisarts")
    assert features_text(text, []) == text
    assert features_text(text, ["__other_service__"]) == f"{text} __other_service__"


# Round 21: more relatives outside the household and more offices; words that also mean something
# in scope (a bank or energy supplier in ontzorgen, a hairdresser as a MAP placement, "ሓፍተይ" as
# a way to address a woman, "kennis" in KNM) stay out of the lists.
@pytest.mark.parametrize(
    ("raw", "marker"),
    [
        ("mijn schoonzoon heeft morgen een intake", "__other_person__"),
        ("mijn verloofde woont nog in eritrea", "__other_person__"),
        ("خطيبي لسا بسوريا", "__other_person__"),
        ("مرت اخوي بدها تعرف اذا خلصت الماب", "__other_person__"),
        ("መሳርሕተይ ፒቪቲ ወዲኡ ድዩ", "__other_person__"),
        ("ሰበይቲ ሓወይ ናይ ማፕ ሰዓታታ", "__other_person__"),
        ("wanneer is mijn afspraak bij de ambassade", "__other_service__"),
        ("بدي موعد عند القابلة", "__other_service__"),
        ("ኣብ ኤምባሲ ቆጸራ ፓስፖርት መዓስ እዩ", "__other_service__"),
    ],
)
def test_round21_cue_marker_fires(raw, marker):
    assert marker in markers_of(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "ሰላም ሓፍተይ ከመይ ኣለኺ",
        "wat is de kredietbank",
        "ik werk als vrijwilliger bij de voedselbank, telt dat voor de map",
        "mijn vrouw wil in de kinderopvang werken, moet zij eerst map doen",
        "kan ik de map bij een kapper doen",
        "شو هي الكريديت بنك",
        "هل هذا جدي",
    ],
)
def test_round21_cue_markers_stay_quiet(raw):
    assert markers_of(raw) == []


# Round 32: the record of a household member named after it ("de afspraak van mijn vrouw", "موعد مرتي",
# "ናይ ሰበይተይ ቆጸራ") and the huisarts in Arabic letters. The writer's own record, a household member as
# the reason, and a general question for a relative stay quiet.
@pytest.mark.parametrize(
    ("raw", "marker"),
    [
        ("wanneer is de afspraak van mijn vrouw", "__their_record__"),
        ("hoeveel uren heeft hij, de map van mijn zoon bedoel ik", "__their_record__"),
        ("wie is de regievoerder van m'n moeder", "__their_record__"),
        ("ايمتى موعد جوزي بالبلدية", "__their_record__"),
        ("قديش صاروا ساعات مرتي", "__their_record__"),
        ("شو رقم الريجيسور تبع ابني", "__their_record__"),
        ("emta maw3ed marti", "__their_record__"),  # Arabizi: written in Arabic first
        ("ናይ ሰብኣየይ ቆጸራ መዓስ እዩ", "__their_record__"),
        ("ናይ ኣደይ ኦንትዞርገን ክንደይ ተሪፉ", "__their_record__"),
        ("بدي موعد عند الهاوس ارتس", "__other_service__"),
    ],
)
def test_round32_cue_marker_fires(raw, marker):
    assert marker in markers_of(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "mijn vrouw ligt ziek thuis, kan mijn afspraak later",
        "mijn man vraagt wat de map is",
        "hoeveel uren map heb ik nog",
        "مرتي بتسأل شو هي البي في تي",
        "موعدي انا ايمتى",
        "ሰበይተይ ፒቪቲ እንታይ ምዃኑ ትሓትት",
        "ናተይ ቆጸራ መዓስ እዩ",
        "kan ik de map bij een kapper doen",
        "niet de afspraak van mijn vrouw, de mijne: wanneer is die",
        "مو موعد مرتي، موعدي انا ايمتى",
        "ናይ ሰበይተይ ኣይኮነን፡ ናተይ ቆጸራ መዓስ እዩ",
    ],
)
def test_round32_cue_markers_stay_quiet(raw):
    assert markers_of(raw) == []


# Round 33: Tigrinya "hers / his" before a record ("ናታ ቆጸራ") and writing on someone's behalf ("ወኪለ");
# the huisarts spelled with ز in Arabic. "not hers, mine" stays quiet.
@pytest.mark.parametrize(
    ("raw", "marker"),
    [
        ("ናታ ቆጸራ ምስ ረጂሰር መዓስ እዩ", "__their_record__"),
        ("ሓወይ ኣብ ካልእ ከተማ እዩ ናቱ regisseur መን እዩ", "__their_record__"),
        ("nata afspraak meas eyu", "__their_record__"),  # Latin Tigrinya: written in Ge'ez first
        ("ንኣቦይ ወኪለ እየ ዝጽሕፍ", "__other_person__"),
        ("بدي غير موعدي عند الهاوزارتس", "__other_service__"),
    ],
)
def test_round33_cue_marker_fires(raw, marker):
    assert marker in markers_of(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "ናተይ ቆጸራ እምበር ናታ ኣይኮነን መዓስ እዩ",
        "ናተይ MAP ሰዓታት ክንደይ በጺሖም",
        "ናተይ ontzorgen ክንደይ ወርሒ ተሪፉኒ",
    ],
)
def test_round33_cue_markers_stay_quiet(raw):
    assert markers_of(raw) == []


# Round 23: out_of_scope weighs more in short and medium Tigrinya (Ge'ez-script) messages.
def test_message_script_is_the_majority_script_of_the_model_text():
    from nlu.normalise import message_script

    assert message_script(model_text("ናይ ጎረቤተይ PVT መዓስ እዩ")) == "ti"
    assert message_script(model_text("موعد PVT تبع جاري")) == "ar"
    assert message_script(model_text("wanneer is mijn afspraak")) == "latin"
    assert message_script("") == "latin"
    # Latin-script Tigrinya is already in Ge'ez script when the weights are chosen.
    assert message_script(model_text("selam kemey aleka, qotseray meas iyu")) == "ti"


def test_intent_weights_for_chooses_by_length_and_script():
    from nlu.normalise import intent_weights_for

    general, ti = {"out_of_scope": 1.5}, {"out_of_scope": 2.5}
    by_script = {"ti": ti}

    def weights(text):
        return intent_weights_for(text, general, 4, by_script, 16)

    assert weights("ቆጸራይ መዓስ") == {}  # under intent_weights_min_words
    assert weights("ናይ ሓወይ ቆጸራ መዓስ እዩ") == ti
    assert weights(" ".join(["ቆጸራ"] * 16)) == general  # long: the general weights
    assert weights(" ".join(["ቆጸራ"] * 15)) == ti
    assert weights("wanneer is de afspraak van mijn broer") == general
    assert weights("متى موعد اخي عند البلديه") == general
    assert intent_weights_for(" ".join(["ቆጸራ"] * 30), general, 4, by_script, 0) == ti  # 0: any length
    assert intent_weights_for("ናይ ሓወይ ቆጸራ መዓስ እዩ", general, 4) == general  # no script weights


# Round 47: gemeente and regisseur in Ge'ez script have one spelling each for the model (the training data's
# ጀመንተ and ረጂሰር), also inside words and with suffixes; the cue markers still see the third person's regisseur.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ካብ ገመንተ ዝመጸኒ ቆጸራ መዓስ እዩ?", "ካብ ጀመንተ ዝመጸኒ ቆጸራ መዓስ እዩ"),
        ("ምስ ጋመንተ ዘለኒ ቆጸራ", "ምስ ጀመንተ ዘለኒ ቆጸራ"),
        ("ብጌመንተ ድዩ", "ብጀመንተ ድዩ"),
        ("ናተይ ረዢሰር ክድውለለይ እደሊ", "ናተይ ረጂሰር ክድውለለይ እደሊ"),
        ("ምስ ትራጀክትረዢሰረይ ክዛረብ እደሊ", "ምስ ትራጀክትረጂሰረይ ክዛረብ እደሊ"),
        ("ረጊሰረይ መን እዩ", "ረጂሰረይ መን እዩ"),
        ("ምስ ረጂሶር ዘለኒ ቆጸራ", "ምስ ረጂሰር ዘለኒ ቆጸራ"),
        ("ጀመንተ ረጂሰር", "ጀመንተ ረጂሰር"),
    ],
)
def test_round47_geez_loanword_spellings(raw, expected):
    assert model_text(raw) == expected


def test_round47_folded_regisseur_keeps_the_their_record_marker():
    assert "__their_record__" in cue_markers(model_text("ምስ ረዢሰራ ዘለዋ ቆጸራ"))


# Round 47: "not my wife's / not hers" in the relative form (ዘይኮነ) asks for the writer's own record, as ኣይኮነን does;
# the record of a household member named with ናይ still carries the marker.
@pytest.mark.parametrize(
    "raw",
    [
        "ናይ ሰበይተይ ዘይኮነ ናተይ ረዢሰር ክድውለለይ እደሊ",
        "ናይ ኣቦይ ዘይኮነስ ናተይ ቆጸራ መዓስ እዩ",
        "ናታ ዘይኮነ ናተይ ቆጸራ ክቕየር እደሊ",
    ],
)
def test_round47_not_theirs_stays_quiet(raw):
    assert "__their_record__" not in markers_of(raw)


def test_round47_their_record_still_fires():
    assert "__their_record__" in markers_of("ናይ ሰበይተይ ቆጸራ ምስ ገመንተ መዓስ እዩ")


# Round 48: an organisation named only to set it aside ("not the doctor, MY appointment at the gemeente") carries no
# __other_service__ marker; named as the subject, as a reason or together with a negated one, it still does.
@pytest.mark.parametrize(
    "raw",
    [
        "Niet de huisarts, maar mijn afspraak bij de gemeente: wanneer is die?",
        "ik bedoel niet de tandarts maar mijn gesprek met de regisseur",
        "Niet bij DUO maar bij de gemeente: hoeveel van mijn traject heb ik al af?",
        "niet het DUO-examen bedoel ik, maar hoeveel uur MAP heb ik al gehaald",
        "مو موعد الدكتور، موعدي أنا مع البلدية إيمتى؟",
        "بدي ألغي الموعد مع البلدية مش مع الدكتور",
        "emta maw3di bel gemeente mu 3and el doctor",  # Arabizi: written in Arabic first
        "ናይ ሓኪም ዘይኮነ ካብ ገመንተ ዝመጸኒ ቆጸራ መዓስ እዩ?",
        "ንዱኦ ኣይኮንኩን ዝሓትት፡ ኣብ ምውህሃድ ክንደይ ተሪፉኒ",
        "ናይ ሓኪም ቆጸራ ኣይኮነን ዝሓትት፡ ምስ ጀመንተ ዘለኒ ቆጸራ",
        "nay IND aykonen, qotserey mis regisseur srezuley",  # Latin Tigrinya: written in Ge'ez first
    ],
)
def test_round48_negated_service_stays_quiet(raw):
    assert "__other_service__" not in markers_of(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "ik kan niet naar de huisarts want de bus rijdt niet",
        "Kan ik mijn IND-afspraak naar een andere week verplaatsen?",
        "niet de gemeente maar de IND heeft mij een brief gestuurd",
        "Niet de huisarts maar de tandarts: waar is die?",
        "موعدي بالمستشفى يوم الاتنين",
        "ናይ ሓኪም ቆጸራ ስለ ዘለኒ ምስ ጀመንተ ዘለኒ ቆጸራ ኣሰጋግሩለይ",
        "ፒቪቲ ብ IND ድዩ ዝካየድ ወይስ ብጀመንተ",
    ],
)
def test_round48_named_service_still_fires(raw):
    assert "__other_service__" in markers_of(raw)


# Round 51: MAP and PVT spelled letter by letter in Ge'ez become the training data's ማፕ and ፒቪቲ (one case per
# spelling); a suffix glued to the acronym, or other words with these letters, stay as they are.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ኤም ኤ ፒ ግዴታ ድዩ?", "ማፕ ግዴታ ድዩ"),
        ("ኤም ኣ ፒ ንመን እዩ", "ማፕ ንመን እዩ"),
        ("ኤምኤፒ እንታይ እዩ", "ማፕ እንታይ እዩ"),
        ("ኢም ኤ ፒ ክጅምር እየ", "ማፕ ክጅምር እየ"),
        ("ናይ ኤም-ኤ-ፒ ስራሕ ልምምድ", "ናይ ማፕ ስራሕ ልምምድ"),
        ("ፒ ቪ ቲ መዓስ ይጅምር", "ፒቪቲ መዓስ ይጅምር"),
        ("ፒ.ቪ.ቲ ወዲአ", "ፒቪቲ ወዲአ"),
    ],
)
def test_round51_geez_spelled_acronyms(raw, expected):
    assert model_text(raw) == expected


@pytest.mark.parametrize("raw", ["ፒቪቲኻ ወዲእካ ዶ", "ኤምባሲ ኣበይ ኣሎ", "ኤም ኤ ፒቲ"])
def test_round51_geez_acronym_rule_stays_quiet(raw):
    assert model_text(raw) == raw


# Round 51: regisseur in Ge'ez with another vowel in its first or second syllable and a suffix after the r is the
# training data's ረጂሰ... (one case per spelling); the third person's regisseur keeps its marker.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ንረጂሶረይ መልእኽቲ ክትሰዱለይ ትኽእሉ?", "ንረጂሰረይ መልእኽቲ ክትሰዱለይ ትኽእሉ"),
        ("ምስ ሬጂሰር ክዛረብ እደሊ", "ምስ ረጂሰር ክዛረብ እደሊ"),
        ("ሬጂሰረይ መን እዩ", "ረጂሰረይ መን እዩ"),
        ("ሬጂሶር ደዊሉለይ", "ረጂሰር ደዊሉለይ"),
        ("ሬጂሶረይ መን እዩ", "ረጂሰረይ መን እዩ"),
        ("ረጂሶራ ቁጽሪ", "ረጂሰራ ቁጽሪ"),
    ],
)
def test_round51_geez_regisseur_vowels(raw, expected):
    assert model_text(raw) == expected


def test_round51_folded_regisseur_keeps_the_their_record_marker():
    assert "__their_record__" in cue_markers(model_text("ናይ ሓወይ ሬጂሶሩ ቁጽሪ ሃቡኒ"))


# Round 52: leefgeld in Arabic letters, spelled by ear, is the Latin word after its clitics (one case per spelling
# and clitic); words that only contain the letters (تليفون, تكاليف) stay as they are.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("شو يعني ليفخلد؟", "شو يعني leefgeld"),
        ("الليفخلد تبعي قليل", "ال leefgeld تبعي قليل"),
        ("ليفخيلد كل جمعة", "leefgeld كل جمعه"),
        ("قديش الليفغيلد", "قديش ال leefgeld"),
        ("شو هو الليف خيلد", "شو هو ال leefgeld"),
        ("الليفغلد بكير", "ال leefgeld بكير"),
        ("بالليفخلد اللي بيجي", "بال leefgeld اللي بيجي"),
        ("والليفخلد كمان", "وال leefgeld كمان"),
        ("وليفخلد", "و leefgeld"),
    ],
)
def test_round52_arabic_leefgeld(raw, expected):
    assert model_text(raw) == expected


@pytest.mark.parametrize("raw", ["التليفون والانترنت", "تكاليف زياده", "ليفت"])
def test_round52_arabic_leefgeld_rule_stays_quiet(raw):
    assert model_text(raw) == raw


# Round 54: the regisseur's second syllable heard with u (ረጂሱር, ረዢሱረይ), ontzorgen with ts/s for the z (ኦንትሶርገን,
# الأونتسورخن): each written as the training data writes it; other words stay as they are.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ቁጽሪ ናይ ረዢሱረይ ሃበኒ", "ቁጽሪ ናይ ረጂሰረይ ሃበኒ"),
        ("ምስ ረጂሱር ክዛረብ እደሊ", "ምስ ረጂሰር ክዛረብ እደሊ"),
        ("ሬጂሱረይ መን እዩ", "ረጂሰረይ መን እዩ"),
        ("ኦንትሶርገን ክሳብ መዓስ እዩ", "ኦንትዞርገን ክሳብ መዓስ እዩ"),
        ("ብኦንትሶርገን", "ብኦንትዞርገን"),
        ("ኦንትሶርኽን እንታይ እዩ", "ኦንትዞርገን እንታይ እዩ"),
        ("شو هو الأونتسورخن؟", "شو هو الاونتزورخن"),
        ("بالاونتسورخن", "بالاونتزورخن"),
        ("اونتسورغن", "اونتزورخن"),
    ],
)
def test_round54_regisseur_u_and_ontzorgen_spellings(raw, expected):
    assert model_text(raw) == expected


def test_round54_folded_regisseur_keeps_the_their_record_marker():
    assert "__their_record__" in cue_markers(model_text("ናይ ሓወይ ረጂሱሩ ቁጽሪ ሃቡኒ"))


@pytest.mark.parametrize("raw", ["ሱር", "ረጂም መንገዲ", "ሰሶር"])
def test_round54_rules_stay_quiet(raw):
    assert model_text(raw) == raw
