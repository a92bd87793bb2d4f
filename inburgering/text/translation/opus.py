"""OPUS-MT (Helsinki-NLP Marian) models as translation steps: Tigrinya↔English.

Argos has no Tigrinya model; Helsinki-NLP publishes ``opus-mt-ti-en`` and ``opus-mt-en-ti``
(Apache-2.0) as Hugging Face Marian models. ``convert`` turns one into a CTranslate2 model with
CTranslate2's own ``TransformersConverter`` (needs ``transformers`` and torch, at install time
only); ``OpusStep`` translates with it using nothing but ctranslate2 and sentencepiece, like the
Argos packages. An installed direction is one directory::

    opus-mt-ti-en/
      metadata.json     {"engine": "opus-mt", "from_code": "ti", "to_code": "en", ...}
      model/            model.bin, config.json, shared_vocabulary.json (CTranslate2)
      source.spm        SentencePiece model of the source language
      target.spm        SentencePiece model of the target language
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from inburgering.text.translation.results import TranslationInstallError
from inburgering.text.translation.sentences import PunctuationSentenceSplitter

ENGINE = "opus-mt"
# Files of a Hugging Face Marian repository the conversion needs (weights: see ``weights_file``).
REQUIRED_FILES: tuple[str, ...] = ("config.json", "source.spm", "target.spm", "vocab.json")
OPTIONAL_FILES: tuple[str, ...] = ("tokenizer_config.json", "generation_config.json")
WEIGHT_FILES: tuple[str, ...] = ("model.safetensors", "pytorch_model.bin")
# Half the work of Argos's beam of 4: the inbox shows a gist for the regisseur, marked as machine
# translation, not a publishable text (`make bench` measures it).
BEAM_SIZE = 2
MAX_DECODING_LENGTH = 256


def repository(source: str, target: str) -> str:
    return f"Helsinki-NLP/opus-mt-{source}-{target}"


def directory_name(source: str, target: str) -> str:
    return f"opus-mt-{source}-{target}"


def convert(hf_dir: Path, out_dir: Path, source: str, target: str, *, quantization: str | None = "int8",
            provenance: dict[str, Any] | None = None) -> Path:
    """Convert a downloaded Marian model (``hf_dir``) into an installed direction at ``out_dir``."""
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError as error:  # pragma: no cover - ctranslate2 is a dependency
        raise TranslationInstallError(f"ctranslate2 cannot convert models here ({error})") from error
    out_dir.mkdir(parents=True)
    try:
        TransformersConverter(str(hf_dir)).convert(str(out_dir / "model"), quantization=quantization, force=True)
    except ImportError as error:
        raise TranslationInstallError(
            f"converting {source}→{target} needs the transformers package: pip install -e '.[test]' ({error})"
        ) from error
    except Exception as error:  # noqa: BLE001 - the converter raises whatever the model loading raises
        raise TranslationInstallError(f"{hf_dir.name}: not a convertible Marian model ({error})") from error
    for name in ("source.spm", "target.spm"):
        shutil.copyfile(hf_dir / name, out_dir / name)
    metadata = {"engine": ENGINE, "type": "translate", "from_code": source, "to_code": target,
                "quantization": quantization, **(provenance or {})}
    (out_dir / "metadata.json").write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    return out_dir


class OpusStep:
    """An installed OPUS-MT direction; the model is loaded on the first ``translate``."""

    engine = ENGINE

    def __init__(self, model_dir: Path, source: str, target: str, *, threads: int = 1) -> None:
        self.model_dir = Path(model_dir)
        self.source, self.target, self.threads = source, target, threads
        self._loaded: tuple[Any, Any, Any] | None = None
        self._splitter = PunctuationSentenceSplitter()

    def translate(self, text: str) -> str:
        translator, source_spm, target_spm = self._loaded or self._load()
        sentences = self._splitter.split_sentences(text)
        if not sentences:
            return ""
        # Marian expects the end-of-sentence token after the source pieces.
        batch = [source_spm.encode(sentence, out_type=str) + ["</s>"] for sentence in sentences]
        results = translator.translate_batch(batch, beam_size=BEAM_SIZE, max_decoding_length=MAX_DECODING_LENGTH)
        return " ".join(target_spm.decode(result.hypotheses[0]) for result in results)

    def _load(self) -> tuple[Any, Any, Any]:
        import ctranslate2
        import sentencepiece

        # "default": computed in the weights' type chosen at install (`--quantization`, int8 unless
        # asked otherwise; CTranslate2 falls back where the CPU lacks it). "auto" would compute a
        # float32 install in int8 too on CPUs with int8 support.
        self._loaded = (
            ctranslate2.Translator(str(self.model_dir / "model"), device="cpu", inter_threads=1,
                                   intra_threads=self.threads, compute_type="default"),
            sentencepiece.SentencePieceProcessor(model_file=str(self.model_dir / "source.spm")),
            sentencepiece.SentencePieceProcessor(model_file=str(self.model_dir / "target.spm")),
        )
        return self._loaded
