"""The sentence splitter both engines use instead of Argos's downloading ones."""

from inburgering.text.translation import PunctuationSentenceSplitter


def test_sentence_splitter() -> None:
    split = PunctuationSentenceSplitter().split_sentences
    assert split("Ik ben ziek. Kunt u mij bellen?  Dank u wel!") == ["Ik ben ziek.", "Kunt u mij bellen?", "Dank u wel!"]
    assert split("متى موعدي؟ أنا مريض.") == ["متى موعدي؟", "أنا مريض."]
    assert split("om 9.30 uur") == ["om 9.30 uur"]
    assert split("   ") == []


def test_tigrinya_full_stops_end_a_sentence_with_or_without_a_space() -> None:
    split = PunctuationSentenceSplitter().split_sentences
    assert split("ሓሚመ እየ።ጽባሕ ክመጽእ ኣይክእልን እየ። ቆጸራይ መዓስ እዩ?") == [
        "ሓሚመ እየ።", "ጽባሕ ክመጽእ ኣይክእልን እየ።", "ቆጸራይ መዓስ እዩ?"]
    assert split("ሰላም፣ ከመይ ኣለኻ፧ ጽቡቕ") == ["ሰላም፣ ከመይ ኣለኻ፧", "ጽቡቕ"]  # ፣ is a comma, ፧ a question mark
