"""Voice notes in (issue 14): offline speech recognition, its install command, and sound files.

``recognition`` (faster-whisper, nl and ar), ``routing`` (recognised, or a person listens),
``storage`` (the private files), ``audio`` (PyAV and, for tests, espeak-ng + ffmpeg), ``install``.
Nothing is imported or loaded here: faster-whisper is imported on first use.
"""
