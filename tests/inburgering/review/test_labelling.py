"""Labelled misunderstood questions: who may train, the label queue, and the export to Rasa YAML.

(Why ~300 lines: one test module per labelling module; the privacy cases need their own set-ups.)
"""

from __future__ import annotations

import argparse
import io
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.orm import Session

from inburgering import cli
from inburgering.models import FeedbackItem, FeedbackKind, FeedbackTopic
from inburgering.models.feedback import ExportSplit
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.migrate import alembic_config
from inburgering.platform.settings import Settings
from inburgering.review import feedback, labelling
from tests import factories

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)


def _question(session: Session, text_: str, language: str = "nl", *, may_train: bool = True,
              kind: FeedbackKind = FeedbackKind.misunderstood, intent: str | None = None,
              labelled: bool = False) -> FeedbackItem:
    item = FeedbackItem(reviewer="r" * 32, kind=kind, topic=None, language=language, text=text_,
                        may_train=may_train, intent_label=intent,
                        labelled_at=NOW if (labelled or intent) else None)
    session.add(item)
    session.flush()
    return item


# -- the migration --------------------------------------------------------------------------------


def test_migration_0005_adds_the_columns_and_old_items_may_not_train(database_url: str) -> None:
    """Down to 0004, an item stored then, up again: the columns are back and the old item may not train."""
    command.downgrade(alembic_config(database_url), "0004")
    engine = create_engine(database_url)
    columns = {c["name"] for c in inspect(engine).get_columns("feedback_item")}
    assert "may_train" not in columns
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO feedback_item (reviewer, kind, language, text, created_at) "
            "VALUES ('old', 'misunderstood', 'nl', 'wat is pvt', '2026-11-01 10:00:00')"
        ))
    command.upgrade(alembic_config(database_url), "head")
    inspector = inspect(engine)
    assert {"may_train", "intent_label", "labelled_at", "exported_at", "exported_as"} <= {
        c["name"] for c in inspector.get_columns("feedback_item")}
    assert "privacy_notice_version" in {c["name"] for c in inspector.get_columns("chat")}
    with engine.connect() as connection:
        row = connection.execute(text("SELECT may_train, intent_label FROM feedback_item")).one()
    engine.dispose()
    assert not row.may_train and row.intent_label is None


# -- may_train, set when the item is recorded ----------------------------------------------------------


@pytest.mark.parametrize(("notice", "kind", "expected"), [
    (None, FeedbackKind.misunderstood, False),  # no notice shown (or before the bot stored it)
    (1, FeedbackKind.misunderstood, False),  # a notice that did not mention training
    (feedback.TRAINING_NOTICE_VERSION, FeedbackKind.misunderstood, True),
    (feedback.TRAINING_NOTICE_VERSION + 1, FeedbackKind.misunderstood, True),
    (feedback.TRAINING_NOTICE_VERSION, FeedbackKind.comment, False),  # only questions, never comments
])
def test_may_train_only_for_questions_of_chats_shown_a_notice_that_covers_it(
    session: Session, notice: int | None, kind: FeedbackKind, expected: bool
) -> None:
    chat = factories.chat(session)
    chat.privacy_notice_version = notice
    item = feedback.record(session, chat, kind, FeedbackTopic.other, "nl", text="wanneer is mijn les")
    session.expire(item)
    assert item.may_train is expected


def test_an_item_keeps_may_train_when_the_chat_sees_a_newer_notice_later(session: Session) -> None:
    chat = factories.chat(session)
    chat.privacy_notice_version = 1
    item = feedback.record(session, chat, FeedbackKind.misunderstood, None, "nl", text="wat is map")
    chat.privacy_notice_version = feedback.TRAINING_NOTICE_VERSION
    session.flush()
    session.expire(item)
    assert item.may_train is False


# -- the label queue ------------------------------------------------------------------------------


def test_the_queue_holds_only_unlabelled_trainable_questions(session: Session) -> None:
    wanted = _question(session, "wat is pvt")
    _question(session, "geen toestemming", may_train=False)
    _question(session, "een opmerking", kind=FeedbackKind.comment)
    _question(session, "ik wil iets anders", language="en")
    done = _question(session, "al gedaan", intent="ask_map")
    exported = _question(session, "al weg", intent="ask_pvt")
    exported.exported_at = NOW
    session.flush()

    assert labelling.to_label(session) == [wanted]
    assert labelling.awaiting_export(session) == [done]


def test_label_sets_the_intent_or_skips_and_refuses_the_rest(session: Session) -> None:
    item = _question(session, "shu ya3ni PVT", "ar")
    assert labelling.label(session, item.id, "ask_pvt", now=NOW) is item
    assert (item.intent_label, item.labelled_at) == ("ask_pvt", NOW)
    assert labelling.label(session, item.id, labelling.SKIP) is item
    assert item.intent_label is None and item.labelled_at is not None  # skipped: never exported

    with pytest.raises(ValueError):
        labelling.label(session, item.id, "ask_weather")
    with pytest.raises(ValueError):
        labelling.label(session, item.id, "")
    private = _question(session, "geen toestemming", may_train=False)
    assert labelling.label(session, private.id, "ask_pvt") is None
    assert private.intent_label is None
    item.exported_at = NOW
    assert labelling.label(session, item.id, "ask_map") is None


def test_withdraw_stops_a_forgotten_chats_questions_that_are_not_exported_yet(session: Session) -> None:
    chat = factories.chat(session)
    chat.privacy_notice_version = feedback.TRAINING_NOTICE_VERSION
    waiting = feedback.record(session, chat, FeedbackKind.misunderstood, None, "nl", text="wat is pvt")
    exported = feedback.record(session, chat, FeedbackKind.misunderstood, None, "nl", text="wat is map")
    exported.exported_at = NOW
    other = _question(session, "van een ander")

    assert labelling.withdraw(session, chat.review_pseudonym) == 1
    session.expire_all()
    assert (waiting.may_train, exported.may_train, other.may_train) == (False, True, True)
    assert labelling.to_label(session) == [other]
    assert labelling.withdraw(session, None) == 0


def test_the_intents_are_those_of_the_domain() -> None:
    intents = labelling.domain_intents()
    assert {"ask_pvt", "ask_map", "ask_ontzorgen", "ask_appointments", "out_of_scope", "greet"} <= set(intents)
    assert len(intents) == len(set(intents))
    assert labelling.SKIP not in intents and "nlu_fallback" not in intents


# -- texts and the split --------------------------------------------------------------------------


def test_training_text_drops_redaction_markers_and_brackets_rasa_would_read_as_entities() -> None:
    assert labelling.training_text("ik ben [name], bel [phone]\nwanneer is  mijn [x](y) afspraak") == \
        "ik ben , bel wanneer is mijn (x)(y) afspraak"
    assert labelling.training_text("متى موعدي\x00؟") == "متى موعدي؟"
    assert labelling.training_text(" [bsn] ") == ""
    assert "[" not in labelling.training_text("mijn [v-number] en [document], [number]")  # issue 13 markers


def test_the_key_ignores_case_spacing_and_punctuation_but_not_words() -> None:
    assert labelling.text_key("Wat is  het PVT?") == labelling.text_key("wat is het pvt") == "wat is het pvt"
    assert labelling.text_key("متى موعدي؟") == labelling.text_key("متى موعدي")
    assert labelling.text_key("wat is de map") != labelling.text_key("wat is het pvt")


def test_the_split_is_deterministic_and_about_one_in_three() -> None:
    keys = [f"vraag nummer {n}" for n in range(3000)]
    first = [labelling.goes_to_held_out(key) for key in keys]
    assert first == [labelling.goes_to_held_out(key) for key in keys]
    assert 0.30 <= sum(first) / len(first) <= 0.37


# -- the export ------------------------------------------------------------------------------------

QUESTIONS = [
    ("nl", "ask_pvt", "goedemiddag ik heb een brief gekregen wat is dat pe ve te"),
    ("nl", "ask_appointments", "wanneer moet ik komen bij de gemeente"),
    ("nl", "ask_map", "wat is dat map ding voor werk"),
    ("nl", "request_reschedule", "ik kan morgen niet komen mijn kind is ziek"),
    ("nl", "ask_ontzorgen", "betaalt gemeente mijn huur nog"),
    ("nl", "ask_progress", "hoeveel uur heb ik al gedaan van de pvt"),
    ("ar", "ask_pvt", "shu ya3ni PVT"),
    ("ar", "ask_appointments", "baddi a3ref maw3edi"),
    ("ar", "request_reschedule", "mish 2ader ije bukra"),
    ("ar", "ask_ontzorgen", "مين بيدفع الايجار هلق"),
    ("ti", "ask_map", "MAP entay iyu"),
    ("ti", "ask_appointments", "ቆጸራይ መዓስ እዩ"),
]


@pytest.fixture
def data_dirs(tmp_path: Path) -> tuple[Path, Path]:
    """A training root with one Dutch example and a held-out root with one, like nlu/ and tests/nlu/."""
    nlu_dir, tests_dir = tmp_path / "nlu", tmp_path / "tests_nlu"
    labelling.write_examples(nlu_dir / "nl.yml", {"ask_pvt": ["Wat is het PVT?"]}, "training")
    labelling.write_examples(tests_dir / "b1" / "nl.yml", {"greet": ["[hallo](x) daar"]}, "held out")
    return nlu_dir, tests_dir


def _all_texts(paths: list[Path]) -> dict[str, str]:
    """text key -> intent over the files."""
    return {labelling.text_key(t): intent for path in paths
            for intent, texts in labelling.read_examples(path).items() for t in texts}


def test_export_splits_by_the_text_never_duplicates_and_marks_items(
    session: Session, data_dirs: tuple[Path, Path]
) -> None:
    nlu_dir, tests_dir = data_dirs
    items = [_question(session, text_, language, intent=intent) for language, intent, text_ in QUESTIONS]
    already_trained = _question(session, "wat is het pvt", intent="ask_pvt")  # in nlu/nl.yml
    already_held_out = _question(session, "Hallo daar!", intent="greet")  # in tests_nlu/b1/nl.yml
    twice = _question(session, "Baddi a3ref maw3edi?", "ar", intent="ask_appointments")
    skipped = _question(session, "hahaha", labelled=True)
    not_labelled = _question(session, "nog niet gelabeld")
    gone_intent = _question(session, "een oude vraag", intent="ask_weather")
    empty = _question(session, "[phone]", intent="request_regisseur")

    report = labelling.export(session, nlu_dir=nlu_dir, held_out_dir=tests_dir, today=date(2026, 11, 29), now=NOW)

    batch = tests_dir / "real-2026-11-29"
    training = _all_texts(sorted((nlu_dir / "labelled").glob("*.yml")))
    held_out = _all_texts(sorted(batch.glob("*.yml")))
    expected_training = {labelling.text_key(t): i for _, i, t in QUESTIONS
                         if not labelling.goes_to_held_out(labelling.text_key(t))}
    expected_held_out = {labelling.text_key(t): i for _, i, t in QUESTIONS
                         if labelling.goes_to_held_out(labelling.text_key(t))}
    assert training == expected_training and held_out == expected_held_out
    assert training and held_out, "these questions should land on both sides"
    assert not set(training) & set(held_out)
    # Existing data is untouched and never copied into the new files.
    assert labelling.read_examples(nlu_dir / "nl.yml") == {"ask_pvt": ["Wat is het PVT?"]}
    assert labelling.text_key("wat is het pvt") not in training | held_out
    assert labelling.text_key("hallo daar") not in training | held_out

    for item in items:
        assert item.exported_at == NOW
        assert item.exported_as == (ExportSplit.held_out if labelling.goes_to_held_out(
            labelling.text_key(item.text)) else ExportSplit.training)
    for item in (already_trained, already_held_out, twice, gone_intent, empty):
        assert (item.exported_as, item.exported_at) == (ExportSplit.not_used, NOW)
    for item in (skipped, not_labelled):
        assert item.exported_at is None and item.exported_as is None
    assert sum(report.training.values()) == len(training) and sum(report.held_out.values()) == len(held_out)
    assert report.not_used == 5
    assert report.training["ar"] + report.held_out["ar"] == 4
    assert "ar:" in report.summary() and "shu" not in report.summary()  # counts, never texts


def test_the_files_are_rasa_yaml_and_a_second_export_adds_only_new_questions(
    session: Session, data_dirs: tuple[Path, Path]
) -> None:
    nlu_dir, tests_dir = data_dirs
    for language, intent, text_ in QUESTIONS:
        _question(session, text_, language, intent=intent)
    labelling.export(session, nlu_dir=nlu_dir, held_out_dir=tests_dir, today=date(2026, 11, 29), now=NOW)
    files = sorted((nlu_dir / "labelled").glob("*.yml")) + sorted((tests_dir / "real-2026-11-29").glob("*.yml"))
    before = {path: path.read_text(encoding="utf-8") for path in files}
    for path in files:
        data = yaml.safe_load(before[path])
        assert data["version"] == "3.1" and path.stem in ("nl", "ar", "ti")
        for block in data["nlu"]:
            assert block["intent"] in labelling.domain_intents()
            assert all(line.startswith("- ") for line in block["examples"].splitlines())

    # The same questions again (another chat asked them) and one new one, on the same day.
    for language, intent, text_ in QUESTIONS:
        _question(session, text_.upper(), language, intent=intent)
    new = _question(session, "wie is mijn regisseur eigenlijk", intent="request_regisseur")
    report = labelling.export(session, nlu_dir=nlu_dir, held_out_dir=tests_dir, today=date(2026, 11, 29),
                              now=NOW + timedelta(hours=1))

    assert report.not_used == len(QUESTIONS)
    assert new.exported_as in (ExportSplit.training, ExportSplit.held_out)
    changed = [path for path in files if path.read_text(encoding="utf-8") != before[path]]
    assert len(changed) <= 1
    side = "real-2026-11-29" if new.exported_as == ExportSplit.held_out else "labelled"
    texts = labelling.read_examples(next(p for p in files if p.parent.name == side and p.stem == "nl"))
    assert "wie is mijn regisseur eigenlijk" in texts["request_regisseur"]


def test_cli_export_labelled_commits_and_prints_counts(settings: Settings, tmp_path: Path) -> None:
    with session_scope(session_factory(settings.database_url)) as session:
        for language, intent, text_ in QUESTIONS:
            _question(session, text_, language, intent=intent)
    out = io.StringIO()
    parser = argparse.ArgumentParser()
    cli.add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["export-labelled", "--nlu-dir", str(tmp_path / "nlu"),
                              "--tests-dir", str(tmp_path / "tests_nlu")])
    assert cli.run(args, settings, out=out) == 0
    assert f"exported {len(QUESTIONS)} labelled questions" in out.getvalue()
    assert (tmp_path / "nlu" / "labelled" / "nl.yml").is_file()
    with session_scope(session_factory(settings.database_url)) as session:
        assert labelling.labelled_for_export(session) == []

    out = io.StringIO()
    assert cli.run(args, settings, out=out) == 0
    assert "nothing to export" in out.getvalue()
