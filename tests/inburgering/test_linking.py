from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.demo import DEMO_LINK_CODE, seed
from inburgering.linking import LinkResult, create_code, redeem_code
from inburgering.models import Chat, LinkCode

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
