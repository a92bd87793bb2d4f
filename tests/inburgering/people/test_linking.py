from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.models import Chat, LinkCode
from inburgering.people.demo import DEMO_LINK_CODE, seed
from inburgering.people.linking import LinkResult, create_code, redeem_code

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


def _chat(session: Session, chat_id: int = 1) -> Chat:
    chat = Chat(telegram_chat_id=chat_id, pseudonym=f"p{chat_id}")
    session.add(chat)
    session.flush()
    return chat


def test_code_links_once(session: Session) -> None:
    person = seed(session, NOW)
    code = create_code(session, person, now=NOW)
    first, second = _chat(session, 1), _chat(session, 2)

    assert redeem_code(session, first, code, now=NOW) is LinkResult.linked
    assert first.inburgeraar_id == person.id
    assert redeem_code(session, second, code, now=NOW) is LinkResult.used
    assert second.inburgeraar_id is None


def test_expired_and_wrong_codes(session: Session) -> None:
    person = seed(session, NOW)
    code = create_code(session, person, now=NOW, ttl=timedelta(hours=72))
    chat = _chat(session)
    assert redeem_code(session, chat, "WRONG123", now=NOW) is LinkResult.invalid
    assert redeem_code(session, chat, code, now=NOW + timedelta(hours=73)) is LinkResult.expired
    assert chat.inburgeraar_id is None


def test_code_is_case_and_space_tolerant_and_stored_hashed(session: Session) -> None:
    person = seed(session, NOW)
    code = create_code(session, person, now=NOW)
    stored = session.scalars(select(LinkCode.code_hash)).all()
    assert code not in stored
    chat = _chat(session)
    assert redeem_code(session, chat, f" {code[:4].lower()} {code[4:]} ", now=NOW) is LinkResult.linked


def test_demo_code_is_reset_by_seeding(session: Session) -> None:
    seed(session, NOW)
    assert redeem_code(session, _chat(session, 1), DEMO_LINK_CODE, now=NOW) is LinkResult.linked
    seed(session, NOW)
    assert redeem_code(session, _chat(session, 2), DEMO_LINK_CODE, now=NOW) is LinkResult.linked


def test_five_wrong_codes_in_an_hour_block_the_chat_even_for_a_right_code(session: Session) -> None:
    from inburgering.people.linking import MAX_FAILED_ATTEMPTS

    person = seed(session, NOW)
    code = create_code(session, person, now=NOW)
    chat = _chat(session)
    for minute in range(MAX_FAILED_ATTEMPTS):
        assert redeem_code(session, chat, f"GUESS{minute:03d}", now=NOW + timedelta(minutes=minute)) is LinkResult.invalid
    assert redeem_code(session, chat, code, now=NOW + timedelta(minutes=10)) is LinkResult.rate_limited
    assert chat.inburgeraar_id is None
    # Another chat is not affected, and the code was not used up by the refused attempt.
    other = _chat(session, 2)
    assert redeem_code(session, other, code, now=NOW + timedelta(minutes=10)) is LinkResult.linked


def test_the_block_lifts_after_an_hour_and_old_attempts_are_deleted(session: Session) -> None:
    from inburgering.models import FailedLinkAttempt
    from inburgering.people.linking import ATTEMPT_WINDOW, MAX_FAILED_ATTEMPTS

    person = seed(session, NOW)
    chat, other_chat = _chat(session), _chat(session, 2)
    redeem_code(session, other_chat, "WRONG998", now=NOW)
    for _ in range(MAX_FAILED_ATTEMPTS):
        redeem_code(session, chat, "WRONG999", now=NOW)
    code = create_code(session, person, now=NOW)
    later = NOW + ATTEMPT_WINDOW + timedelta(seconds=1)
    assert redeem_code(session, chat, code, now=later) is LinkResult.linked
    assert session.scalars(select(FailedLinkAttempt)).all() == []


def test_used_and_expired_codes_do_not_count_as_guesses(session: Session) -> None:
    from inburgering.models import FailedLinkAttempt

    person = seed(session, NOW)
    code = create_code(session, person, now=NOW)
    redeem_code(session, _chat(session, 1), code, now=NOW)
    chat = _chat(session, 2)
    for _ in range(10):
        assert redeem_code(session, chat, code, now=NOW) is LinkResult.used
    assert session.scalars(select(FailedLinkAttempt)).all() == []


def test_deep_link_and_unlink(session: Session) -> None:
    from inburgering.people.linking import deep_link, unlink

    assert deep_link("@inburgering_bot", "ab cd 2345") == "https://t.me/inburgering_bot?start=ABCD2345"
    person = seed(session, NOW)
    chat = _chat(session)
    redeem_code(session, chat, create_code(session, person, now=NOW), now=NOW)
    chat.expects_free_text = True
    assert unlink(chat) is True
    assert chat.inburgeraar_id is None and chat.expects_free_text is False
    assert unlink(chat) is False


# -- issue 13: keyed hashes, revoked codes, linked chats ---------------------------------------------

KEY = "test-link-key"


def test_codes_are_stored_as_a_keyed_hash(session: Session) -> None:
    import hashlib

    from inburgering.people.linking import hash_code

    person = seed(session, NOW)
    code = create_code(session, person, now=NOW, key=KEY)
    [stored] = session.scalars(select(LinkCode.code_hash).where(LinkCode.inburgeraar_id == person.id))
    assert stored == hash_code(code, KEY) != hash_code(code, "another key")
    assert stored != hashlib.sha256(code.encode()).hexdigest()  # not brute-forceable from the table alone
    assert redeem_code(session, _chat(session), code, now=NOW, key="another key") is LinkResult.invalid
    assert redeem_code(session, _chat(session, 2), code, now=NOW, key=KEY) is LinkResult.linked


def test_codes_stored_before_the_keyed_hash_still_work(session: Session) -> None:
    from inburgering.people.linking import unkeyed_hash

    person = seed(session, NOW)
    session.add(LinkCode(code_hash=unkeyed_hash("OLDC0DE2"), inburgeraar_id=person.id,
                         expires_at=NOW + timedelta(hours=1)))
    assert redeem_code(session, _chat(session), "oldc0de2", now=NOW, key=KEY) is LinkResult.linked


def test_a_new_code_revokes_unused_older_codes_but_keeps_used_ones(session: Session) -> None:
    person = seed(session, NOW)
    used = create_code(session, person, now=NOW, key=KEY)
    redeem_code(session, _chat(session, 1), used, now=NOW, key=KEY)
    forgotten = create_code(session, person, now=NOW, key=KEY)
    newest = create_code(session, person, now=NOW, key=KEY)
    assert redeem_code(session, _chat(session, 2), forgotten, now=NOW, key=KEY) is LinkResult.invalid
    assert redeem_code(session, _chat(session, 3), used, now=NOW, key=KEY) is LinkResult.used
    assert redeem_code(session, _chat(session, 4), newest, now=NOW, key=KEY) is LinkResult.linked


def test_linking_records_when_and_tells_the_chats_linked_before(session: Session) -> None:
    from inburgering.models import OutboxMessage
    from inburgering.responses import render
    from inburgering.text.i18n import translator

    person = seed(session, NOW)
    first = _chat(session, 1)
    first.language = "ti"
    redeem_code(session, first, create_code(session, person, now=NOW, key=KEY), now=NOW, key=KEY)
    assert first.linked_at == NOW and first.last_seen_at == NOW
    assert session.scalars(select(OutboxMessage)).all() == []  # the first chat: nobody to tell

    second = _chat(session, 2)
    redeem_code(session, second, create_code(session, person, now=NOW, key=KEY), now=NOW, key=KEY)
    told = session.scalars(select(OutboxMessage)).all()
    assert [(row.chat_id, row.text) for row in told] == [
        (first.id, render("bot_other_chat_linked", translator("ti"))["text"])]
    assert first.inburgeraar_id == second.inburgeraar_id == person.id  # told, not unlinked


def test_revoking_a_chat_unlinks_it_and_tells_it(session: Session) -> None:
    from inburgering.models import OutboxMessage
    from inburgering.people.linking import linked_chat_views, revoke_chat

    person = seed(session, NOW)
    chat = _chat(session)
    chat.language = "ar"
    redeem_code(session, chat, create_code(session, person, now=NOW, key=KEY), now=NOW, key=KEY)
    [view] = linked_chat_views(session, [person.id])[person.id]
    assert view.id == chat.id and len(view.label) == 6 and view.label not in chat.pseudonym.upper()
    assert revoke_chat(session, person.id + 1, chat.id) is None  # not that person's chat
    assert revoke_chat(session, person.id, chat.id, now=NOW) is chat
    assert chat.inburgeraar_id is None and chat.linked_at is None
    assert linked_chat_views(session, [person.id]) == {person.id: []}
    assert [row.chat_id for row in session.scalars(select(OutboxMessage))] == [chat.id]


def test_last_seen_is_kept_to_the_hour(session: Session) -> None:
    from inburgering.people.linking import seen

    chat = _chat(session)
    seen(chat, NOW + timedelta(minutes=42, seconds=7))
    assert chat.last_seen_at == NOW
