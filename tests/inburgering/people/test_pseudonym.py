from inburgering.people.pseudonym import pseudonymise


def test_pseudonym_is_stable_and_keyed() -> None:
    assert pseudonymise(42, "k1") == pseudonymise(42, "k1")
    assert pseudonymise(42, "k1") != pseudonymise(42, "k2")
    assert pseudonymise(42, "k1") != pseudonymise(43, "k1")


def test_pseudonym_does_not_contain_the_chat_id() -> None:
    chat_id = 987654321
    assert str(chat_id) not in pseudonymise(chat_id, "key")
    assert len(pseudonymise(chat_id, "key")) == 32
