"""Offline machine translation for the regisseur's inbox, with Argos Translate.

(Why ~340 lines: the engine, its install command and the cache of translated messages share the
Argos package handling; a split into engine and installer is a candidate.)

Regisseurs read Dutch; inburgeraars write Arabic or Tigrinya. The inbox shows a Dutch machine
translation next to every Arabic text (``to_dutch``) and a preview of the regisseur's Dutch reply
in the user's language (``from_dutch``). The inbox, the escalations and the review workspace only
know the small ``TranslationEngine`` interface (tests give them a phrase table);
``MachineTranslator`` is the offline engine behind it. Arabic goes through English, as the
Argos packages do: ar→en→nl and nl→en→ar. There is no Argos model for Tigrinya: its result has
``available=False`` and no text, and the inbox offers the canned (human-translated) replies and an
interpreter instead of showing garbage.

Fully offline. Argos 1.11 splits text into sentences before translating, and each of its splitters
downloads a model at first use: Stanza (``stanza.Pipeline`` fetches resources.json even when the
package ships its model), MiniSBD (an .onnx file per language) and spaCy (at import when
``ARGOS_CHUNK_TYPE=SPACY``). Here every package gets ``PunctuationSentenceSplitter`` instead, which
needs no model; messages in a chat are a few sentences at most. Packages are installed from local
``.argosmodel`` files; only ``install --from-index`` uses the network.

Blocking and CPU-bound (a few hundred ms per sentence and hop with real models, seconds on first
use while Argos and the models load): call it from a worker thread (a plain ``def`` route, or
``await asyncio.to_thread(translator.to_dutch, text, "ar")``), never on an event loop or the bot's
path. Nothing is loaded at import; packages are read and models loaded on first use, then kept. A
``MachineTranslator`` is thread-safe: translations run one at a time.

    python -m inburgering.text.translation install [FILE.argosmodel ...] [--from-index]
    python -m inburgering.text.translation status
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

DUTCH = "nl"
PIVOT = "en"
# What the inbox needs: user text into Dutch, the regisseur's Dutch into Arabic.
NEEDED_PAIRS: tuple[tuple[str, str], ...] = (("ar", "en"), ("en", "nl"), ("nl", "en"), ("en", "ar"))


@dataclass(frozen=True)
class MachineTranslation:
    """What the inbox shows: a translated text, or none (``available`` False) - never garbage."""

    text: str | None
    available: bool

    @classmethod
    def unavailable(cls) -> MachineTranslation:
        return cls(None, False)


class TranslationEngine(Protocol):
    """The inbox's view of machine translation: user text to Dutch, the regisseur's Dutch back."""

    def to_dutch(self, text: str, language: str) -> MachineTranslation: ...

    def from_dutch(self, text: str, language: str) -> MachineTranslation: ...


@dataclass(frozen=True)
class TranslationResult:
    """A machine translation, or the reason there is none (``available`` is False, ``text`` None)."""

    text: str | None
    available: bool
    engine: str  # "argos:ar>en>nl", "identity" (same language) or "none"
    source_language: str
    target_language: str
    reason: str | None = None  # "no_model" (e.g. Tigrinya) or "failed"; None when available

    def shown(self) -> MachineTranslation:
        """The inbox's view: an empty translation counts as none."""
        if self.available and self.text:
            return MachineTranslation(self.text, True)
        return MachineTranslation.unavailable()


class TranslationInstallError(Exception):
    """A package could not be installed (bad file, no network for the index, unknown pair)."""


class PunctuationSentenceSplitter:
    """Sentence splitter for Argos that needs no model: splits after . ! ? and the Arabic ؟.

    Used in place of Argos's Stanza/MiniSBD/spaCy splitters, which download models (see the
    module docstring). Implements Argos's ``split_sentences`` interface.
    """

    _BOUNDARY = re.compile(r"(?<=[.!?؟…])\s+")

    def split_sentences(self, text: str) -> list[str]:
        return [sentence for sentence in self._BOUNDARY.split(text.strip()) if sentence]


def _argos() -> Any:
    """Import Argos Translate the first time it is needed, configured to stay offline."""
    # argostranslate.settings reads the environment once, at import. spaCy chunking downloads a
    # model when argostranslate.sbd is imported, so it must never be the chunk type.
    os.environ["ARGOS_CHUNK_TYPE"] = "ARGOSTRANSLATE"
    import argostranslate.package
    import argostranslate.settings
    import argostranslate.translate

    argostranslate.settings.chunk_type = argostranslate.settings.ChunkType.ARGOSTRANSLATE
    # Argos logs every input text at INFO; message texts must never reach the logs at INFO.
    logging.getLogger("argostranslate.utils").setLevel(logging.WARNING)
    return argostranslate


class MachineTranslator:
    """Argos packages in one directory, translated offline; the inbox's ``TranslationEngine``.

    Thread-safe; loads on first use. Never raises while translating: a missing or broken model
    gives a result with ``available`` False (the reason is logged, never the text).
    """

    def __init__(self, packages_dir: Path, *, threads: int = 1) -> None:
        self.packages_dir = Path(packages_dir)
        # One CPU thread by default: the bot, Rasa and the action server share the machine's cores.
        self.threads = threads
        self._lock = threading.RLock()
        self._packages: dict[tuple[str, str], Any] | None = None
        self._packages_stamp: int | None = None
        self._translations: dict[tuple[str, str], Any] = {}

    # -- the inbox's TranslationEngine ---------------------------------------------------------

    def to_dutch(self, text: str, language: str) -> MachineTranslation:
        return self.translate_to_dutch(text, language).shown()

    def from_dutch(self, text: str, language: str) -> MachineTranslation:
        return self.translate_from_dutch(text, language).shown()

    # -- translating -------------------------------------------------------------------------

    def translate_to_dutch(self, text: str, language: str) -> TranslationResult:
        """The Dutch translation of a user's text in ``language`` (for the regisseur)."""
        return self.translate(text, language, DUTCH)

    def translate_from_dutch(self, text: str, language: str) -> TranslationResult:
        """A regisseur's Dutch text in the user's ``language`` (preview before sending)."""
        return self.translate(text, DUTCH, language)

    def translate(self, text: str, source: str, target: str) -> TranslationResult:
        if source == target:
            return TranslationResult(text, True, "identity", source, target)
        engine = "none"
        try:
            with self._lock:
                route = self._route(source, target)
                if route is None:
                    return TranslationResult(None, False, engine, source, target, reason="no_model")
                engine = "argos:" + ">".join([route[0].from_code, *(pkg.to_code for pkg in route)])
                translated = self._translation(route).translate(text) if text.strip() else ""
        except Exception:  # noqa: BLE001 - a broken package must not break the inbox
            # No text in the log: it may hold personal data.
            log.exception("machine translation %s→%s (%s) failed", source, target, engine)
            return TranslationResult(None, False, engine, source, target, reason="failed")
        return TranslationResult(translated, True, engine, source, target)

    def is_available(self, source: str, target: str) -> bool:
        """Whether ``source`` → ``target`` can be machine translated with the installed packages."""
        if source == target:
            return True
        with self._lock:
            return self._route(source, target) is not None

    def installed_pairs(self) -> list[tuple[str, str]]:
        with self._lock:
            return sorted(self._installed())

    # -- installing --------------------------------------------------------------------------

    def install(self, paths: Iterable[Path]) -> list[str]:
        """Install ``.argosmodel`` files with Argos's own installer; return what was installed."""
        argos = _argos()
        installed = []
        with self._lock:
            self.packages_dir.mkdir(parents=True, exist_ok=True)
            for path in map(Path, paths):
                if not path.is_file():
                    raise TranslationInstallError(f"{path}: no such file")
                # install_from_path unpacks into settings.package_data_dir: point it at ours.
                previous = argos.settings.package_data_dir
                argos.settings.package_data_dir = self.packages_dir
                try:
                    argos.package.install_from_path(path)
                except Exception as error:  # noqa: BLE001 - Argos raises plain Exception
                    raise TranslationInstallError(f"{path}: not an Argos package ({error})") from error
                finally:
                    argos.settings.package_data_dir = previous
                installed.append(path.name)
            self._forget()
        return installed

    def install_from_index(self, pairs: Sequence[tuple[str, str]] = NEEDED_PAIRS) -> list[str]:
        """Download and install ``pairs`` from the Argos package index (needs a network)."""
        argos = _argos()
        argos.package.update_package_index()  # logs and returns when there is no network
        if not Path(argos.settings.local_package_index).exists():
            raise TranslationInstallError("could not download the Argos package index (no network?)")
        available = argos.package.get_available_packages()
        downloads = []
        for source, target in pairs:
            candidates = [p for p in available if (p.from_code, p.to_code) == (source, target)]
            if not candidates:
                raise TranslationInstallError(f"the Argos index has no {source}→{target} package")
            try:
                downloads.append(candidates[0].download())
            except Exception as error:  # noqa: BLE001 - Argos raises plain Exception
                raise TranslationInstallError(f"downloading {source}→{target} failed ({error})") from error
        return self.install(downloads)

    # -- internals (hold self._lock) ---------------------------------------------------------

    def _forget(self) -> None:
        self._packages = None
        self._translations.clear()

    def _installed(self) -> dict[tuple[str, str], Any]:
        """Installed translate packages by (from, to); read again when the directory changes."""
        try:
            stamp = self.packages_dir.stat().st_mtime_ns
        except FileNotFoundError:
            return {}
        if self._packages is None or stamp != self._packages_stamp:
            argos = _argos()
            # Argos's own Package class; directories without metadata.json are not packages.
            packages = [
                argos.package.Package(directory)
                for directory in self.packages_dir.iterdir()
                if (directory / "metadata.json").is_file()
            ]
            self._translations.clear()
            self._packages = {
                (pkg.from_code, pkg.to_code): pkg
                for pkg in sorted(packages, key=lambda pkg: pkg.package_path.name)
                if pkg.type == "translate"
            }
            self._packages_stamp = stamp
        return self._packages

    def _route(self, source: str, target: str) -> list[Any] | None:
        packages = self._installed()
        if (source, target) in packages:
            return [packages[source, target]]
        if (source, PIVOT) in packages and (PIVOT, target) in packages:
            return [packages[source, PIVOT], packages[PIVOT, target]]
        return None

    def _translation(self, route: list[Any]) -> Any:
        """Argos's own translation objects for a route, with their models loaded once."""
        argos = _argos()
        steps = []
        for pkg in route:
            key = (pkg.from_code, pkg.to_code)
            if key not in self._translations:
                self._translations[key] = self._package_translation(argos, pkg)
            steps.append(self._translations[key])
        translation = steps[0]
        for step in steps[1:]:
            translation = argos.translate.CompositeTranslation(translation, step)
        return translation

    def _package_translation(self, argos: Any, pkg: Any) -> Any:
        import ctranslate2

        translation = argos.translate.PackageTranslation(
            argos.translate.Language(pkg.from_code, pkg.from_name),
            argos.translate.Language(pkg.to_code, pkg.to_name),
            pkg,
        )
        translation.sentencizer = PunctuationSentenceSplitter()
        translation.translator = ctranslate2.Translator(
            str(pkg.package_path / "model"),
            device="cpu",
            inter_threads=1,
            intra_threads=self.threads,
            compute_type=argos.settings.compute_type,
        )
        return translation


def default_packages_dir() -> Path:
    """Where the project keeps its Argos packages: ``var/argos-packages`` (under INBURGERING_VAR_DIR)."""
    from inburgering.platform.settings import get_settings

    return packages_dir(get_settings().var_dir)


def packages_dir(var_dir: Path) -> Path:
    return var_dir / "argos-packages"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m inburgering.text.translation", description=__doc__.split("\n")[0])
    parser.add_argument("--packages-dir", type=Path, help="default: var/argos-packages")
    commands = parser.add_subparsers(dest="command", required=True)
    install = commands.add_parser("install", help="install Argos packages (ar→en, en→nl, nl→en, en→ar)")
    install.add_argument("files", nargs="*", type=Path, metavar="FILE.argosmodel")
    install.add_argument("--from-index", action="store_true", help="download the four packages (needs a network)")
    commands.add_parser("status", help="show installed packages and what the inbox can translate")
    args = parser.parse_args(argv)

    translator = MachineTranslator(args.packages_dir or default_packages_dir())
    if args.command == "install":
        if not args.files and not args.from_index:
            parser.error("give .argosmodel files, --from-index, or both")
        try:
            done = translator.install(args.files)
            if args.from_index:
                done += translator.install_from_index()
        except TranslationInstallError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        for line in done:
            print(f"installed {line}")
    print(f"packages in {translator.packages_dir}: "
          + (", ".join(f"{s}→{t}" for s, t in translator.installed_pairs()) or "none"))
    for language in ("ar", "ti"):
        both = translator.is_available(language, DUTCH) and translator.is_available(DUTCH, language)
        print(f"{language}↔nl: {'machine translation' if both else 'no machine translation available'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
