"""Creating escalations, translating their turns, and what a regisseur does with them."""

from datetime import datetime, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inburgering.handover import inbox
from inburgering.handover.escalation import (
    Turn,
    escalate,
    escalate_reschedule,
    forward_message,
    translate_pending,
)
from inburgering.handover.inbox import NotAllowed
from inburgering.models import (
    Appointment,
    AppointmentKind,
    Author,
    EscalationReason,
    EscalationStatus,
    OutboxMessage,
    RescheduleRequest,
    TranslationState,
    WebRole,
)
from inburgering.platform.settings import load_settings
from inburgering.responses import render
from inburgering.responses.escalation import escalated_text
from inburgering.text.i18n import TIMEZONE, translator
from inburgering.text.translation import MachineTranslation
from tests import factories

NOW = datetime(2026, 11, 27, 15, 0, tzinfo=timezone.utc)  # a Friday


class FakeEngine:
    """Arabic <-> Dutch by a phrase table; no model for Tigrinya (like the real engine)."""

    TO_DUTCH = {"متى موعدي؟": "Wanneer is mijn afspraak?"}
    FROM_DUTCH = {"Ik bel u morgen.": "سأتصل بك غداً."}

    def to_dutch(self, text: str, language: str) -> MachineTranslation:
        found = self.TO_DUTCH.get(text) if language == "ar" else None
        return MachineTranslation(found, found is not None)

    def from_dutch(self, text: str, language: str) -> MachineTranslation:
        found = self.FROM_DUTCH.get(text) if language == "ar" else None
        return MachineTranslation(found, found is not None)


@pytest.fixture
def case(session: Session):
    owner = factories.regisseur(session)
    person = factories.person(session, owner)
    chat = factories.chat(session, person)
    return owner, person, chat


def test_escalation_goes_to_the_persons_own_regisseur_with_a_due_time_in_working_days(session, case) -> None:
    owner, person, chat = case
    turns = [Turn(Author.user, "متى موعدي؟", "ar"), Turn(Author.bot, "...", "ar")]
    escalation = escalate(session, chat, EscalationReason.request_regisseur, "ar", turns, working_days=2, now=NOW)
    assert escalation.regisseur_id == owner.id and escalation.inburgeraar_id == person.id
    assert escalation.status == EscalationStatus.nieuw
    # Friday afternoon + 2 working days = Tuesday end of day.
    assert escalation.due_at == datetime(2026, 12, 1, 17, 0, tzinfo=TIMEZONE)
    assert [(m.author, m.translation_state) for m in escalation.messages] == [
        (Author.user, TranslationState.pending), (Author.bot, TranslationState.pending)]
    assert [e.action for e in escalation.events] == ["created"]


def test_a_second_reason_adds_to_the_open_escalation_without_repeating_turns(session, case) -> None:
    _, _, chat = case
    first = escalate(session, chat, EscalationReason.misunderstood_twice, "ar",
                     [Turn(Author.user, "a", "ar")], working_days=2, now=NOW)
    second = escalate(session, chat, EscalationReason.request_regisseur, "ar",
                      [Turn(Author.user, "a", "ar"), Turn(Author.user, "b", "ar")], working_days=2, now=NOW)
    assert second.id == first.id
    assert [m.text for m in second.messages] == ["a", "b"]
    assert [e.action for e in second.events] == ["created", "escalated_again"]


def test_unlinked_chat_is_escalated_without_a_regisseur(session) -> None:
    chat = factories.chat(session, None, language="nl")
    escalation = escalate(session, chat, EscalationReason.sensitive, "nl", [Turn(Author.user, "boete", "nl")],
                          working_days=2, subject="fine", now=NOW)
    assert escalation.regisseur_id is None and escalation.subject == "fine"
    assert escalation.messages[0].translation_state == TranslationState.not_needed


def test_translation_fills_dutch_and_marks_tigrinya_unavailable(session, case) -> None:
    _, _, chat = case
    escalation = escalate(session, chat, EscalationReason.request_regisseur, "ar",
                          [Turn(Author.user, "متى موعدي؟", "ar"), Turn(Author.user, "ቆጸራይ መዓስ እዩ?", "ti")],
                          working_days=2, now=NOW)
    assert translate_pending(session, FakeEngine()) == 2
    arabic, tigrinya = escalation.messages
    assert (arabic.translation_state, arabic.text_nl) == (TranslationState.done, "Wanneer is mijn afspraak?")
    assert (tigrinya.translation_state, tigrinya.text_nl) == (TranslationState.unavailable, None)
    assert translate_pending(session, FakeEngine()) == 0


def test_escalated_text_says_when_to_expect_an_answer_in_the_users_language() -> None:
    text = escalated_text(translator("ar"), EscalationReason.request_regisseur,
                          datetime(2026, 12, 1, 16, tzinfo=timezone.utc), linked=True, phone="14 038")
    assert "2026" in text and "14 038" in text
    assert "كانون الأول" in text  # Syrian month name, from Babel


def test_reschedule_request_shows_up_as_an_escalation(session, case) -> None:
    _, person, chat = case
    appointment = Appointment(inburgeraar_id=person.id, kind=AppointmentKind.voortgangsgesprek, starts_at=NOW)
    session.add(appointment)
    session.flush()
    request = RescheduleRequest(inburgeraar_id=person.id, appointment_id=appointment.id, chat_id=chat.id,
                                reason="ما بقدر اجي، عندي موعد دكتور", language="ar")
    session.add(request)
    session.flush()
    settings = load_settings({"INBURGERING_VAR_DIR": "/tmp", "PSEUDONYM_KEY": "k"})
    escalation = escalate_reschedule(session, settings, request, now=NOW)
    assert escalation.reason == EscalationReason.reschedule
    assert escalation.messages[0].text.startswith("ما بقدر")
    assert "reschedule_request" in [e.action for e in escalation.events]


def test_a_regisseur_sees_only_their_own_caseload(session, case) -> None:
    owner, _, chat = case
    other = factories.regisseur(session, "Other Regisseur")
    mine = factories.escalation(session, chat)
    theirs = factories.escalation(session, factories.chat(session, factories.person(session, other, "B")))
    me = factories.web_user(session, "sanne", of=owner)
    boss = factories.web_user(session, "beheer", WebRole.beheerder)
    assert [e.id for e in inbox.open_escalations(session, me)] == [mine.id]
    assert {e.id for e in inbox.open_escalations(session, boss)} == {mine.id, theirs.id}
    with pytest.raises(NotAllowed):
        inbox.get_for(session, me, theirs.id)


def test_reply_is_previewed_translated_and_queued_with_the_dutch_original(session, case) -> None:
    owner, _, chat = case
    escalation = factories.escalation(session, chat)
    me = factories.web_user(session, "sanne", of=owner)
    preview = inbox.preview_reply(escalation, "Ik bel u morgen.", FakeEngine())
    assert preview.translated == "سأتصل بك غداً." and "سأتصل بك غداً." in preview.outgoing
    message = inbox.send_reply(session, escalation, me, preview, now=NOW)
    row = session.scalar(select(OutboxMessage).where(OutboxMessage.escalation_message_id == message.id))
    assert row.text == preview.outgoing and row.original_nl == "Ik bel u morgen."
    assert f"orig:{row.id}" in row.buttons
    assert inbox.original_text(session, chat.id, f"orig:{row.id}") == "Ik bel u morgen."
    assert inbox.original_text(session, chat.id + 999, f"orig:{row.id}") is None  # another chat: nothing
    assert escalation.status == EscalationStatus.in_behandeling


def test_tigrinya_reply_without_model_sends_dutch_with_a_note(session) -> None:
    owner = factories.regisseur(session)
    chat = factories.chat(session, factories.person(session, owner, language="ti"), language="ti")
    escalation = factories.escalation(session, chat, language="ti", text="ቆጸራይ መዓስ እዩ?")
    preview = inbox.preview_reply(escalation, "Ik bel u morgen.", FakeEngine())
    assert preview.translated is None
    assert preview.outgoing.endswith("Ik bel u morgen.")


def test_canned_reply_comes_from_the_catalog_in_the_users_language(session, case) -> None:
    owner, _, chat = case
    escalation = factories.escalation(session, chat)
    me = factories.web_user(session, "sanne", of=owner)
    when = datetime(2026, 12, 3, 10, 30, tzinfo=TIMEZONE)
    message = inbox.send_canned(session, escalation, me, "appointment_moved", when, now=NOW)
    row = session.scalar(select(OutboxMessage).where(OutboxMessage.escalation_message_id == message.id))
    expected = translator("ar").gettext(inbox.CANNED_REPLIES["appointment_moved"],
                                        date=translator("ar").format_date(when),
                                        time=translator("ar").format_time(when))
    assert expected in row.text
    assert message.text == translator("nl").gettext(inbox.CANNED_REPLIES["appointment_moved"],
                                                    date=translator("nl").format_date(when),
                                                    time=translator("nl").format_time(when))
    with pytest.raises(ValueError):
        inbox.send_canned(session, escalation, me, "appointment_moved", None)


def test_take_over_forwards_messages_and_close_hands_back(session, case) -> None:
    owner, _, chat = case
    escalation = factories.escalation(session, chat)
    me = factories.web_user(session, "sanne", of=owner)
    inbox.take_over(session, escalation, me, now=NOW)
    assert inbox.takeover_of(session, chat.id) is not None
    settings = load_settings({"INBURGERING_VAR_DIR": "/tmp", "PSEUDONYM_KEY": "k"})
    forwarded = forward_message(session, settings, chat, "شكرا", "ar", now=NOW)
    assert forwarded.id == escalation.id and escalation.messages[-1].text == "شكرا"
    inbox.close(session, escalation, me, "called, appointment moved", now=NOW)
    assert inbox.takeover_of(session, chat.id) is None
    assert escalation.status == EscalationStatus.afgerond and escalation.closed_at == NOW
    notices = session.scalars(select(OutboxMessage.text).where(OutboxMessage.chat_id == chat.id)).all()
    assert notices == [render(name, translator("ar"))["text"]
                       for name in ("bot_taken_over", "bot_handed_back", "bot_rating_question")]
    assert [e.action for e in escalation.events][-4:] == ["in_behandeling", "taken_over", "handed_back", "closed"]
    with pytest.raises(ValueError):
        inbox.close(session, escalation, me, "again")
