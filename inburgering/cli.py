"""``python -m inburgering``: database set-up, link codes, schedule imports, labelled questions, retention.

Output goes to the terminal of the person running it, never to the logs.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TextIO

import segno

from inburgering.models import Inburgeraar
from inburgering.people.linking import DEFAULT_TTL, create_code, deep_link
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.rasa_tracker import purge_old_events
from inburgering.platform.settings import LANGUAGES, PROJECT_ROOT, Settings, get_settings
from inburgering.review.labelling import HELD_OUT_DIR, NLU_DIR, export
from inburgering.review.retention import purge_old_texts
from inburgering.schedule.schedule_import import import_file
from inburgering.text.i18n import TIMEZONE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m inburgering")
    commands = parser.add_subparsers(dest="command", required=True)
    add_commands(commands)
    args = parser.parse_args(argv)
    return run(args, get_settings())


def add_commands(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser("init-db", help="create or upgrade the database (Alembic)")
    init.add_argument("--demo", action="store_true", help="also load the demo data")

    link = commands.add_parser(
        "link-code", help="create a one-time code (with t.me deep link and QR code) to link a Telegram chat"
    )
    link.add_argument("--inburgeraar", type=int, required=True, metavar="ID", help="the inburgeraar's id")
    link.add_argument("--hours", type=int, default=int(DEFAULT_TTL.total_seconds() // 3600),
                      help="how long the code is valid (default: %(default)s)")
    link.add_argument("--png", type=Path, metavar="FILE", help="also write the QR code as a PNG image")
    link.add_argument("--no-qr", action="store_true", help="do not print the QR code in the terminal")

    schedule = commands.add_parser(
        "import-schedule", help="import appointments or progress from a CSV or iCalendar (.ics) export"
    )
    schedule.add_argument("file", type=Path)
    schedule.add_argument("--inburgeraar", type=int, metavar="ID",
                          help=".ics only: the person whose agenda this is (else X-INBURGERAAR-ID per event)")
    schedule.add_argument("--gemeente", metavar="SLUG",
                          help="the municipality whose export this is: rows of its people only (issue 17)")

    labelled = commands.add_parser(
        "export-labelled",
        help="write questions labelled in the inbox to nlu/labelled/ (training) and a new held-out batch "
             "in tests/nlu/real-<date>/; then run `make retrain`",
    )
    labelled.add_argument("--nlu-dir", type=Path, default=NLU_DIR, help="training data root (default: nlu/)")
    labelled.add_argument("--tests-dir", type=Path, default=HELD_OUT_DIR,
                          help="held-out sets root (default: tests/nlu/)")

    retention_command = commands.add_parser(
        "retention",
        help="empty conversation texts older than RETENTION_DAYS, delete delivered outbox messages that old "
             "and expired inbox logins, here and in Rasa's tracker store (daily, e.g. from cron)",
    )
    retention_command.add_argument("--days", type=int, metavar="N",
                                   help="keep texts this many days (default: RETENTION_DAYS)")

    review_export = commands.add_parser(
        "catalog-export",
        help="write one language's texts side by side (en, nl, ar, ti, where shown) for a native reviewer",
    )
    review_export.add_argument("--language", required=True, choices=list(LANGUAGES),
                               help="the language to review")
    review_export.add_argument("--format", choices=["csv", "html"], default="csv",
                               help="csv: to fill in and import back; html: read-only, with chat previews")
    review_export.add_argument("--output", type=Path, metavar="FILE",
                               help="default: catalog-review-<language>.<format> in the current folder")

    review_import = commands.add_parser(
        "catalog-import", help="apply a reviewer's CSV: corrections, and mark approved entries reviewed"
    )
    review_import.add_argument("file", type=Path)
    review_import.add_argument("--language", required=True, choices=list(LANGUAGES))
    review_import.add_argument("--reviewer", required=True, help="who reviewed, e.g. 'Amal H. (tolk, Zwolle)'")
    review_import.add_argument("--date", type=date.fromisoformat, help="when (YYYY-MM-DD; default: today)")

    # Issue 17: the municipalities of a regional deployment (inburgering.people.gemeente_admin).
    gemeente = commands.add_parser("gemeente", help="add, list or check the municipalities this deployment serves")
    gemeente_commands = gemeente.add_subparsers(dest="gemeente_command", required=True)
    add = gemeente_commands.add_parser("add", help="write gemeenten/<slug>.yml from another profile and "
                                                   "register the municipality in the database")
    add.add_argument("slug", help="lower case letters, digits and '-', e.g. kampen")
    add.add_argument("--name", required=True, help="the municipality's name, e.g. Kampen")
    add.add_argument("--based-on", metavar="SLUG", help="the profile to copy (default: GEMEENTE)")
    add.add_argument("--phone", help="the municipality's phone number for inburgeraars")
    add.add_argument("--pvt-hours", type=int, help="hours of the PVT (at least 12)")
    gemeente_commands.add_parser("list", help="every profile, whether it is served, and its poster deep link")
    gemeente_commands.add_parser("check", help="every profile loads and every served municipality has one")


def run(args: argparse.Namespace, settings: Settings, out: TextIO = sys.stdout) -> int:
    if args.command == "init-db":
        return init_db(settings, demo=args.demo, out=out)
    if args.command == "link-code":
        return link_code(settings, args.inburgeraar, hours=args.hours, png=args.png, qr=not args.no_qr, out=out)
    if args.command == "import-schedule":
        return import_schedule(settings, args.file, inburgeraar_id=args.inburgeraar, gemeente=args.gemeente, out=out)
    if args.command == "export-labelled":
        return export_labelled(settings, nlu_dir=args.nlu_dir, tests_dir=args.tests_dir, out=out)
    if args.command == "retention":
        return retention(settings, days=args.days, out=out)
    if args.command == "catalog-export":
        return catalog_export(args.language, fmt=args.format, output=args.output, out=out)
    if args.command == "catalog-import":
        return catalog_import(args.language, args.file, reviewer=args.reviewer, day=args.date, out=out)
    if args.command == "gemeente":
        return gemeente_command(settings, args, out=out)
    raise ValueError(f"unknown command {args.command!r}")


def gemeente_command(settings: Settings, args: argparse.Namespace, out: TextIO = sys.stdout,
                     directory: Path | None = None) -> int:
    """``gemeente add|list|check`` (issue 17): a new municipality is a profile file and a setting, not code."""
    from inburgering.people import gemeente_admin
    from inburgering.people.gemeente import profiles_on_disk
    from inburgering.people.profiles import PROFILES_DIR, ProfileError, load_profile_file

    directory = directory or PROFILES_DIR
    if args.gemeente_command == "list":
        gemeente_admin.describe(settings, profiles_on_disk(directory), out=out)
        return 0
    if args.gemeente_command == "check":
        problems = gemeente_admin.check(settings, directory)
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s) in the municipality profiles", file=out if not problems else sys.stderr)
        return 1 if problems else 0
    try:
        path = gemeente_admin.new_profile(args.slug, args.name, based_on=args.based_on or settings.gemeente,
                                          phone=args.phone, pvt_hours=args.pvt_hours, directory=directory)
    except ProfileError as error:
        print(error, file=sys.stderr)
        return 1
    profile = load_profile_file(path)
    with session_scope(session_factory(settings.database_url)) as session:
        gemeente_admin.register(session, profile)
    print(f"{path} written: check every value with {profile.name} (contact, PVT, MAP, ontzorgen).", file=out)
    if profile.slug not in settings.served_gemeenten:
        served = ",".join((*settings.served_gemeenten[1:], profile.slug))
        print(f"To serve it, set GEMEENTEN={served} and restart the bot and the action server.", file=out)
    print(f"Poster and QR code link: {gemeente_admin.poster_link(settings, profile.slug)}", file=out)
    print(f"Staff logins: python -m web create-user NAME --role beheerder --gemeente {profile.slug}", file=out)
    return 0


def init_db(settings: Settings, *, demo: bool, out: TextIO = sys.stdout) -> int:
    """Create or upgrade the database; with ``demo`` also (re)load the demo data."""
    from inburgering.people.demo import DEMO_LINK_CODE, seed
    from inburgering.platform.migrate import upgrade

    if settings.sqlite_path:
        settings.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    upgrade(settings.database_url)
    if demo:
        with session_scope(session_factory(settings.database_url)) as session:
            seed(session)
        print(f"demo data ready; link a chat with: /start {DEMO_LINK_CODE}", file=out)
    return 0


def link_code(
    settings: Settings, inburgeraar_id: int, *, hours: int, png: Path | None = None, qr: bool = True,
    out: TextIO = sys.stdout,
) -> int:
    if not 1 <= hours <= 24 * 30:
        print("--hours must be between 1 and 720", file=sys.stderr)
        return 2
    sessions = session_factory(settings.database_url)
    with sessions() as session:
        person = session.get(Inburgeraar, inburgeraar_id)
        if person is None:
            print(f"no inburgeraar with id {inburgeraar_id}", file=sys.stderr)
            return 1
        now = datetime.now(timezone.utc)
        code = create_code(session, person, now=now, ttl=timedelta(hours=hours))
        session.commit()
    expires = (now + timedelta(hours=hours)).astimezone(TIMEZONE)
    print(f"Link code for inburgeraar {inburgeraar_id}: {code}", file=out)
    print(f"Valid once, until {expires:%Y-%m-%d %H:%M} (Europe/Amsterdam).", file=out)
    print(f"The person sends in Telegram: /start {code}", file=out)
    if not settings.telegram_bot_username:
        print("Set TELEGRAM_BOT_USERNAME for a t.me deep link and QR code.", file=out)
        return 0
    link = deep_link(settings.telegram_bot_username, code)
    print(f"Or opens: {link}", file=out)
    qr_code = segno.make(link, error="m")
    if qr:
        print("", file=out)
        qr_code.terminal(out=out, compact=True)
    if png is not None:
        qr_code.save(str(png), scale=8, border=4)
        print(f"QR code written to {png}", file=out)
    return 0


def import_schedule(
    settings: Settings, path: Path, *, inburgeraar_id: int | None = None, gemeente: str | None = None,
    out: TextIO = sys.stdout,
) -> int:
    if not path.is_file():
        print(f"no file {path}", file=sys.stderr)
        return 2
    sessions = session_factory(settings.database_url)
    with sessions() as session:
        report = import_file(session, path, inburgeraar_id=inburgeraar_id, gemeente=gemeente)
        if report.ok:
            session.commit()
        else:
            session.rollback()  # all or nothing per file
    print(report.summary(), file=out if report.ok else sys.stderr)
    return 0 if report.ok else 1


def export_labelled(settings: Settings, *, nlu_dir: Path = NLU_DIR, tests_dir: Path = HELD_OUT_DIR,
                    out: TextIO = sys.stdout) -> int:
    """Labelled questions -> training examples and a held-out batch; the items are marked exported."""
    sessions = session_factory(settings.database_url)
    with sessions() as session:
        report = export(session, nlu_dir=nlu_dir, held_out_dir=tests_dir)
        session.commit()
    print(report.summary(), file=out)
    return 0


def retention(settings: Settings, *, days: int | None = None, out: TextIO = sys.stdout) -> int:
    """The daily retention run, for cron or a systemd timer (the bot runs the same once a day)."""
    days = settings.retention_days if days is None else days
    if days < 1:
        print("--days must be at least 1", file=sys.stderr)
        return 2
    with session_scope(session_factory(settings.database_url)) as session:
        purged = purge_old_texts(session, days)
    events = purge_old_events(settings.rasa_tracker_url, days)
    print(f"retention ({days} days): {purged.escalation_messages} conversation text(s) emptied, "
          f"{purged.outbox_messages} outbox message(s), {purged.pending_messages} kept message(s), "
          f"{purged.reschedule_reasons} reschedule reason(s), {purged.web_sessions} expired login(s), "
          f"{events} Rasa event(s)", file=out)
    return 0


def catalog_export(language: str, *, fmt: str = "csv", output: Path | None = None, root: Path = PROJECT_ROOT,
                   out: TextIO = sys.stdout) -> int:
    """The review file for one language (inburgering.text.catalog_review)."""
    from inburgering.text.catalog_review import export_csv, export_html

    output = output or Path(f"catalog-review-{language}.{fmt}")
    done, total = (export_csv if fmt == "csv" else export_html)(language, output, root)
    print(f"{output}: {total} entries, {done} reviewed ({100 * done // max(total, 1)}%)", file=out)
    if fmt == "csv":
        print("Fill in 'ok' (x) or 'correction', then: python -m inburgering catalog-import "
              f"--language {language} --reviewer NAME {output}", file=out)
    return 0


def catalog_import(language: str, path: Path, *, reviewer: str, day: date | None = None,
                   root: Path = PROJECT_ROOT, out: TextIO = sys.stdout) -> int:
    from inburgering.text.catalog_review import import_csv

    if not path.is_file():
        print(f"no file {path}", file=sys.stderr)
        return 2
    report = import_csv(language, path, reviewer, day, root)
    print(report.summary(), file=out)
    return 0
