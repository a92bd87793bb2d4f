"""The inbox application: ``create_app(settings)`` wires routes, templates and the translator."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException

from inburgering.handover.escalation import requeue_untranslated, translate_pending
from inburgering.review.review import translate_waiting
from inburgering.platform import queues
from inburgering.platform.db import session_factory, session_scope
from inburgering.platform.settings import Settings
from inburgering.text.translation import MachineTranslator, TranslationEngine, packages_dir, translatable_languages
from inburgering.text.translation.cache import TranslationWorker
from web.deps import LoginRequired, secure_cookies
from web.i18n import make_templates, ui
from web.routes import clients, escalations, labelling, login, recordings, regio, review, users, voice_notes

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
TRANSLATE_EVERY_SECONDS = 2.0
HSTS_MAX_AGE_SECONDS = 365 * 24 * 3600


async def translate_in_background(sessions: sessionmaker[Session], engine: TranslationEngine) -> None:
    """Fill the Dutch translation of new messages and review items, off the bot's path, one batch at a time.

    When a language becomes translatable (at start, or models installed meanwhile), its messages
    that got no translation before are queued again.
    """
    translatable: set[str] = set()
    untranslatable_items: set[int] = set()  # review items the engine gave no text for (not tried again)

    def batch() -> int:
        nonlocal translatable
        with session_scope(sessions) as session:
            now_translatable = translatable_languages(engine)
            requeue_untranslated(session, now_translatable - translatable)
            if now_translatable - translatable:
                untranslatable_items.clear()
            translatable = now_translatable
            done = translate_pending(session, engine)
            # The participatieraad's review items and the labelling queue (redacted texts), after the inbox.
            return done + translate_waiting(session, engine, translatable, untranslatable_items)

    while True:
        try:
            if await asyncio.to_thread(batch):
                continue
        except Exception:  # noqa: BLE001 - keep translating later messages
            log.exception("background translation failed")
        await asyncio.sleep(TRANSLATE_EVERY_SECONDS)


def create_app(
    settings: Settings, *, engine: TranslationEngine | None = None, sessions: sessionmaker[Session] | None = None,
    background_translation: bool = True,
) -> FastAPI:
    engine = engine or MachineTranslator(packages_dir(settings.var_dir))
    sessions = sessions or session_factory(settings.database_url)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        task = asyncio.create_task(translate_in_background(sessions, engine)) if background_translation else None
        yield
        app.state.translations.close()
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app = FastAPI(title="Inbox", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.settings = settings
    app.state.sessions = sessions
    app.state.engine = engine
    # Reply previews and back-translations, off the request path (the thread starts on first use).
    app.state.translations = TranslationWorker(engine)
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for module in (login, escalations, clients, users, review):
        app.include_router(module.router)
    app.include_router(voice_notes.router)  # issue 14: voice notes play only for staff who may see them
    app.include_router(labelling.router)  # issue 11: staff label misunderstood questions for training
    app.include_router(regio.router)  # issue 17: the regional role's totals per municipality
    app.include_router(recordings.router)  # issue 14: staff record spoken answers

    @app.exception_handler(LoginRequired)
    async def _to_login(request: Request, _error: LoginRequired) -> Response:
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(HTTPException)
    async def _error_page(request: Request, error: HTTPException) -> Response:
        t = ui()
        messages = {
            403: t.gettext("You may not open this page."),
            404: t.gettext("This page does not exist."),
        }
        message = messages.get(error.status_code, t.gettext("Something went wrong."))
        return app.state.templates.TemplateResponse(
            request, "error.html", {"message": message, "status": error.status_code}, status_code=error.status_code,
        )

    @app.middleware("http")
    async def _security_headers(request: Request, call_next) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Cache-Control", "no-store")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'",
        )
        if secure_cookies(request):  # served over https: browsers must never fall back to http
            response.headers.setdefault("Strict-Transport-Security", f"max-age={HSTS_MAX_AGE_SECONDS}")
        return response

    @app.get("/health", include_in_schema=False)
    async def _health() -> HTMLResponse:
        return HTMLResponse("ok")

    @app.get("/status", include_in_schema=False)
    def _status() -> JSONResponse:
        """Waiting and failed rows per queue (counts only, no personal data), for monitoring."""
        with session_scope(sessions) as session:
            return JSONResponse({"status": "ok", "queues": queues.counts(session)})

    return app
