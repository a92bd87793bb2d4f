"""Offline speech recognition with faster-whisper: a voice note's words, its language, and how sure.

One installed multilingual Whisper model (CTranslate2 format, ``python -m inburgering.speech
install``) serves Dutch and Arabic. Whisper has no Tigrinya: a Tigrinya voice note is never sent
to it (``inburgering.speech.routing``). Language detection may only choose between the languages
the assistant recognises (``RECOGNISED``), never one of Whisper's other 97.

Blocking and CPU-bound (about a second per short note with a small real model): call it from a
worker thread (``asyncio.to_thread``), never on the event loop. Nothing is loaded at import; the
model is loaded on first use and kept. Thread-safe: one recognition at a time. No network: the
model is read from a local directory only (faster-whisper downloads a tokenizer when the directory
has none: the installer refuses such a directory).
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

# What the assistant may recognise: Whisper knows both; it has no Tigrinya.
RECOGNISED = ("nl", "ar")
MODEL_DIR_NAME = "whisper"
# Written by the installer next to the model: its name and the languages it was installed for.
MANIFEST = "inburgering-model.json"
REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")


@dataclass(frozen=True)
class Transcript:
    """What was heard, in which language, and the model's own measures of how sure it is."""

    text: str
    language: str
    # Mean log-probability of the written tokens (0 is certain; Whisper's own fallback starts below -1).
    avg_logprob: float
    # The model's probability that the note holds no speech at all.
    no_speech_prob: float
    # Wall-clock seconds the recognition took (for the README's budget).
    seconds: float = 0.0


def model_dir(models_dir: Path) -> Path:
    return Path(models_dir) / MODEL_DIR_NAME


def manifest(directory: Path) -> dict[str, Any] | None:
    path = Path(directory) / MANIFEST
    try:
        return json.loads(path.read_text())
    except (FileNotFoundError, ValueError):
        return None


class SpeechRecognizer:
    """The installed Whisper model in ``models_dir/whisper``, loaded on first use."""

    def __init__(self, models_dir: Path, *, threads: int = 1) -> None:
        self.directory = model_dir(models_dir)
        # One CPU thread by default: the bot, Rasa and the action server share the machine's cores.
        self.threads = threads
        self._lock = threading.Lock()
        self._model: Any = None

    @classmethod
    def from_model_dir(cls, directory: Path, *, threads: int = 1) -> SpeechRecognizer:
        """A recognizer for a model directory itself (the installer's check, the test model's build)."""
        recognizer = cls(Path(directory).parent, threads=threads)
        recognizer.directory = Path(directory)
        return recognizer

    # -- what is installed ---------------------------------------------------------------------

    def installed(self) -> bool:
        return all((self.directory / name).is_file() for name in REQUIRED_FILES)

    def languages(self) -> tuple[str, ...]:
        """The languages this installation recognises (a subset of ``RECOGNISED``); none without a model."""
        if not self.installed():
            return ()
        wanted = (manifest(self.directory) or {}).get("languages") or RECOGNISED
        return tuple(code for code in RECOGNISED if code in wanted)

    def available(self, language: str | None) -> bool:
        return language in self.languages()

    # -- recognising ---------------------------------------------------------------------------

    def detect_language(self, samples: np.ndarray, candidates: Sequence[str] = RECOGNISED) -> str | None:
        """The most probable of ``candidates`` that is installed; Whisper's other languages never win."""
        allowed = [code for code in candidates if self.available(code)]
        if not allowed:
            return None
        with self._lock:
            _, _, probabilities = self._loaded().detect_language(audio=samples)
        scores = dict(probabilities)
        return max(allowed, key=lambda code: scores.get(code, 0.0))

    def transcribe(self, samples: np.ndarray, language: str) -> Transcript:
        """The words in ``samples`` (16 kHz mono float32), in ``language`` (one of ``languages()``)."""
        if not self.available(language):
            raise ValueError(f"no speech recognition installed for {language!r}")
        started = time.perf_counter()
        with self._lock:
            segments, _ = self._loaded().transcribe(
                samples, language=language, task="transcribe", beam_size=5, temperature=0.0,
                without_timestamps=True, condition_on_previous_text=False, vad_filter=False,
                # Our own thresholds decide (inburgering.speech.routing): faster-whisper must not drop
                # an unsure segment silently, nor retry it with sampling.
                log_prob_threshold=None, no_speech_threshold=None, compression_ratio_threshold=None,
            )
            segments = list(segments)
        tokens = sum(len(segment.tokens) for segment in segments)
        text = " ".join(segment.text.strip() for segment in segments).strip()
        avg_logprob = (sum(segment.avg_logprob * len(segment.tokens) for segment in segments) / tokens
                       if tokens else -math.inf)
        no_speech = max((segment.no_speech_prob for segment in segments), default=1.0)
        return Transcript(text, language, avg_logprob, no_speech, time.perf_counter() - started)

    def _loaded(self) -> Any:
        """The faster-whisper model, loaded once (hold ``self._lock``)."""
        if self._model is None:
            if not self.installed():
                raise FileNotFoundError(f"no speech model in {self.directory}")
            from faster_whisper import WhisperModel

            self._model = WhisperModel(str(self.directory), device="cpu", compute_type="default",
                                       cpu_threads=self.threads, num_workers=1, local_files_only=True)
            log.info("speech model loaded from %s", self.directory)
        return self._model
