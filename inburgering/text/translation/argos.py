"""One Argos Translate package (ar↔en, en↔nl) as a translation step, kept offline.

Argos 1.11 splits text into sentences before translating, and each of its splitters downloads a
model at first use: Stanza (``stanza.Pipeline`` fetches resources.json even when the package ships
its model), MiniSBD (an .onnx file per language) and spaCy (at import when
``ARGOS_CHUNK_TYPE=SPACY``). Here every package gets ``PunctuationSentenceSplitter`` instead, which
needs no model.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from inburgering.text.translation.sentences import PunctuationSentenceSplitter

ENGINE = "argos"


def load_argos() -> Any:
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


class ArgosStep:
    """An installed Argos package directory; its model is loaded on the first ``translate``."""

    engine = ENGINE

    def __init__(self, package_dir: Path, source: str, target: str, *, threads: int = 1) -> None:
        self.package_dir = Path(package_dir)
        self.source, self.target, self.threads = source, target, threads
        self._translation: Any = None

    def translate(self, text: str) -> str:
        if self._translation is None:
            self._translation = self._load()
        return self._translation.translate(text)

    def _load(self) -> Any:
        import ctranslate2

        argos = load_argos()
        pkg = argos.package.Package(self.package_dir)
        translation = argos.translate.PackageTranslation(
            argos.translate.Language(pkg.from_code, pkg.from_name),
            argos.translate.Language(pkg.to_code, pkg.to_name),
            pkg,
        )
        translation.sentencizer = PunctuationSentenceSplitter()
        translation.translator = ctranslate2.Translator(
            str(pkg.package_path / "model"), device="cpu", inter_threads=1, intra_threads=self.threads,
            compute_type=argos.settings.compute_type,
        )
        return translation


def unpack_package(archive: Path, work_dir: Path) -> tuple[Path, dict[str, Any]]:
    """Unpack an ``.argosmodel`` file into ``work_dir`` and check it is a translate package.

    The caller moves the directory into place: a broken download never leaves half a package.
    Same layout as ``argostranslate.package.install_from_path`` (a zip of one directory).
    """
    import json
    import zipfile

    from inburgering.text.translation.results import TranslationInstallError

    if not zipfile.is_zipfile(archive):
        raise TranslationInstallError(f"{archive.name}: not an Argos package (not a zip archive)")
    try:
        with zipfile.ZipFile(archive) as zipped:
            roots = {name.split("/")[0] for name in zipped.namelist()}
            if len(roots) != 1 or any(name.startswith("/") or ".." in name.split("/") for name in zipped.namelist()):
                raise TranslationInstallError(f"{archive.name}: not an Argos package (one directory expected)")
            zipped.extractall(work_dir)
        package_dir = work_dir / roots.pop()
        metadata = json.loads((package_dir / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, zipfile.BadZipFile) as error:
        raise TranslationInstallError(f"{archive.name}: not an Argos package ({error})") from error
    if metadata.get("type", "translate") != "translate" or not (package_dir / "model" / "model.bin").is_file():
        raise TranslationInstallError(f"{archive.name}: not an Argos translate package")
    return package_dir, metadata
