"""``python -m inburgering.text.translation``: install, show and remove translation models.

    install                     download what is missing (Argos ar↔en, en↔nl; OPUS-MT ti↔en), needs a network
    install FILE.argosmodel...  install local Argos packages (offline)
    status                      what is installed and which inbox directions work
    remove ti-en                forget a direction (to accept a changed upstream file)

``make translation-models`` runs ``install``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inburgering.text.translation.engine import MachineTranslator, default_packages_dir
from inburgering.text.translation.install import ARGOS_INDEX_URL, HUGGING_FACE_URL, Installer, Manifest
from inburgering.text.translation.results import DUTCH, USER_LANGUAGES, TranslationInstallError

INSTALL_HINT = "make translation-models"


def availability_lines(translator: MachineTranslator) -> list[str]:
    """One line per inbox direction (ar→nl, nl→ar, ti→nl, nl→ti): available, or what is missing."""
    lines = []
    for language in USER_LANGUAGES:
        for source, target in ((language, DUTCH), (DUTCH, language)):
            status = translator.status(source, target)
            if status.available:
                lines.append(f"  {status.label}  machine translation")
            else:
                lines.append(f"  {status.label}  none: missing {', '.join(status.missing)} (add with `{INSTALL_HINT}`)")
    return lines


def status_lines(translator: MachineTranslator) -> list[str]:
    try:
        entries = Manifest(translator.packages_dir).entries
    except TranslationInstallError as error:
        entries, problem = {}, [f"  ({error})"]
    else:
        problem = []
    lines = [f"Translation models in {translator.packages_dir}:", *problem]
    engines = translator.engines()
    for (source, target), engine in engines.items():
        entry = entries.get(f"{source}-{target}", {})
        size = f"{entry['size_bytes'] / 1e6:.1f} MB" if "size_bytes" in entry else "size ?"
        lines.append(f"  {source}→{target}  {engine:<8} {entry.get('origin', 'not in the manifest')}, {size}")
    if not engines:
        lines.append("  none")
    lines.append("Inbox directions:")
    return lines + availability_lines(translator)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m inburgering.text.translation",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--packages-dir", type=Path, help="default: var/translation-models")
    commands = parser.add_subparsers(dest="command", required=True)
    install = commands.add_parser("install", help="download and install the missing models (or local files)")
    install.add_argument("files", nargs="*", type=Path, metavar="FILE.argosmodel")
    install.add_argument("--reinstall", action="store_true", help="download again; a changed file is refused")
    install.add_argument("--argos-index", default=ARGOS_INDEX_URL, help="URL of the Argos index (file:// for a mirror)")
    install.add_argument("--hugging-face", default=HUGGING_FACE_URL, help="base URL of Hugging Face (or a mirror)")
    install.add_argument("--quantization", default="int8", help="CTranslate2 weights for OPUS-MT (int8, float32...)")
    commands.add_parser("status", help="show installed models and what the inbox can translate")
    remove = commands.add_parser("remove", help="remove an installed direction, e.g. ti-en")
    remove.add_argument("direction")
    args = parser.parse_args(argv)

    directory = args.packages_dir or default_packages_dir()
    status = 0
    if args.command == "install":
        installer = Installer(directory, argos_index=args.argos_index, hugging_face=args.hugging_face,
                              quantization=None if args.quantization == "float32" else args.quantization,
                              say=lambda line: print(line, flush=True))
        if args.files:
            for file in args.files:
                try:
                    installer.install_file(file)
                except TranslationInstallError as error:
                    print(f"error: {error}", file=sys.stderr)
                    status = 1
        else:
            errors = installer.install(reinstall=args.reinstall)
            for error in errors:
                print(f"error: {error}", file=sys.stderr)
            status = 1 if errors else 0
    elif args.command == "remove":
        if not Installer(directory, say=print).remove(args.direction):
            print(f"error: {args.direction} is not in the manifest", file=sys.stderr)
            status = 1
    print("\n".join(status_lines(MachineTranslator(directory))))
    return status
