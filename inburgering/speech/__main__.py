"""``python -m inburgering.speech install|status``: see :mod:`inburgering.speech.install`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inburgering.speech.install import DEFAULT_MODEL, SpeechInstallError, install_from_dir, install_from_hub, status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m inburgering.speech",
                                     description="Offline speech recognition for voice notes (nl, ar).")
    parser.add_argument("--models-dir", type=Path, help="default: SPEECH_MODELS_DIR (var/speech-models)")
    commands = parser.add_subparsers(dest="command", required=True)
    install = commands.add_parser("install", help="install a faster-whisper model")
    install.add_argument("--model", default=DEFAULT_MODEL, help="tiny, base, small (default), medium, large-v3")
    install.add_argument("--from-dir", type=Path, help="a CTranslate2 Whisper model directory already on disk")
    commands.add_parser("status", help="which languages are recognised")
    args = parser.parse_args(argv)

    models_dir = args.models_dir
    if models_dir is None:
        from inburgering.platform.settings import get_settings

        models_dir = get_settings().speech_models_dir
    if args.command == "install":
        try:
            if args.from_dir:
                done = install_from_dir(args.from_dir, models_dir)
            else:
                done = install_from_hub(models_dir, args.model)
        except SpeechInstallError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(f"installed {done}")
    print("\n".join(status(models_dir)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
