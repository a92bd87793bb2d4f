"""Build a tiny, real faster-whisper model that recognises a few spoken questions, for the tests.

    python scripts/build_test_whisper_model.py OUT_DIR [--steps 250]

Real Whisper models cannot be downloaded here (and are far too big for tests). This builds one the
project owns, in the exact format ``python -m inburgering.speech install`` installs for a real model:

1. the phrases below are spoken by Debian's espeak-ng at three speeds and pitches and encoded as
   OGG/Opus voice notes with ffmpeg (``inburgering.speech.audio.speak``), then turned into log-mel
   features with faster-whisper's own feature extractor, as at transcription time;
2. a byte-level BPE tokenizer with Whisper's real vocabulary layout (51,865 ids: ``<|endoftext|>``
   at 50257, the 99 language tokens, ``<|notimestamps|>`` at 50363, then the timestamps), so
   CTranslate2 and faster-whisper treat it as a multilingual Whisper (language detection included);
3. a ``transformers`` ``WhisperForConditionalGeneration`` with tiny dimensions (d=64, the two
   convolutions and no attention layer in the encoder, 2 decoder layers), trained with torch until
   it writes each phrase after ``<|startoftranscript|><|lang|><|transcribe|><|notimestamps|>`` and
   names the right language from the sound. Encoder attention over 1,500 frames would cost seconds
   a step on 2 shared cores; without it the model trains in ~30 s. (A random, frozen encoder was
   tried first: the decoder could not tell two Dutch phrases apart by their sound.);
4. converted with CTranslate2's ``TransformersConverter`` (CTranslate2 needs one encoder layer: it
   gets an exact identity), with ``tokenizer.json`` and ``preprocessor_config.json`` beside it
   (faster-whisper downloads a tokenizer when it is missing).

The build checks that faster-whisper, called as the assistant calls it, writes every phrase exactly
and detects its language, and fails otherwise. The model only knows these phrases. Rebuilt only
when this script or the torch/ctranslate2/transformers/faster-whisper versions change (a stamp in
OUT_DIR records what it was built from).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# (language, espeak-ng voice, what is said, what the model writes). The Dutch and Arabic questions are
# ones the assistant answers (PVT); espeak-ng reads the Latin "PVT" inside the Arabic sentence as letters.
PHRASES: tuple[tuple[str, str, str, str], ...] = (
    ("nl", "nl", "wat is het pvt", "wat is het pvt"),
    ("nl", "nl", "wat is de map", "wat is de map"),
    ("ar", "ar", "ما هو PVT", "ما هو PVT"),
)
# espeak-ng's default (175, 50) is what the tests speak; the others make the model less brittle.
VOICES = ((175, 50), (150, 40), (200, 60))

# Whisper's 99 languages in token order (the multilingual v1/v2 vocabulary).
LANGUAGES = (
    "en zh de es ru ko fr ja pt tr pl ca nl ar sv it id hi fi vi he uk el ms cs ro da hu ta no th ur hr bg lt la "
    "mi ml cy sk te fa lv bn sr az sl kn et mk br eu is hy ne mn bs kk sq sw gl mr pa si km sn yo so af oc ka be "
    "tg sd gu am yi lo uz fo ht ps tk nn mt sa lb my bo tl mg as tt haw ln ha ba jw su"
).split()
EOT = 50257
VOCAB_SIZE = 51865
N_MELS = 80
STAMP = "build-stamp.json"
EMPTY_FILLER = 50000  # an unused id (see convert)


def _stamp() -> dict[str, str]:
    versions = {name: metadata.version(name) for name in ("torch", "ctranslate2", "transformers", "faster-whisper")}
    versions["script"] = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return versions


def is_current(out_dir: Path) -> bool:
    path = out_dir / STAMP
    return path.is_file() and json.loads(path.read_text()) == _stamp() and (out_dir / "model.bin").is_file()


# -- tokenizer ----------------------------------------------------------------------------------


def special_tokens() -> list[str]:
    tokens = ["<|endoftext|>", "<|startoftranscript|>", *(f"<|{code}|>" for code in LANGUAGES),
              "<|translate|>", "<|transcribe|>", "<|startoflm|>", "<|startofprev|>", "<|nocaptions|>",
              "<|notimestamps|>"]
    tokens += ["<|%.2f|>" % (i * 0.02) for i in range(VOCAB_SIZE - EOT - len(tokens))]
    return tokens


def byte_alphabet() -> list[str]:
    """GPT-2's byte-to-character table, in its order (printable bytes first, the rest from U+0100)."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    characters = {byte: chr(byte) for byte in printable}
    extra = 0
    for byte in range(256):
        if byte not in characters:
            characters[byte] = chr(256 + extra)
            extra += 1
    return [characters[byte] for byte in [*printable, *(b for b in range(256) if b not in printable)]]


def build_tokenizer():
    """Byte-level BPE: every byte one token, Whisper's special tokens at their real ids.

    Three merges keep faster-whisper's "non-speech" suppression from hitting the space token: it
    suppresses the first token of " -", " '" and " ♪"; with these merges that token is not " ".
    """
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers

    alphabet = byte_alphabet()  # GPT-2's order: " " (Ġ) is id 220, as in Whisper
    vocab = {symbol: index for index, symbol in enumerate(alphabet)}
    merges = [("Ġ", "-"), ("Ġ", "'"), ("Ġ", "â")]
    for left, right in merges:
        vocab[left + right] = len(vocab)
    while len(vocab) < EOT:
        vocab[f"<|unused{len(vocab)}|>"] = len(vocab)
    tokenizer = Tokenizer(models.BPE(vocab=vocab, merges=merges))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    tokenizer.add_special_tokens([AddedToken(token, special=True, normalized=False) for token in special_tokens()])
    assert tokenizer.token_to_id("<|endoftext|>") == EOT
    assert tokenizer.token_to_id("<|notimestamps|>") == 50363
    assert tokenizer.get_vocab_size() == VOCAB_SIZE
    return tokenizer


# -- data ---------------------------------------------------------------------------------------


def features(note: bytes):
    """Log-mel features of one voice note, as faster-whisper computes them for a 30 s window."""
    from faster_whisper.audio import pad_or_trim
    from faster_whisper.feature_extractor import FeatureExtractor

    from inburgering.speech import audio

    extractor = FeatureExtractor(feature_size=N_MELS)
    return pad_or_trim(extractor(audio.decode(note))[:, :-1])


def examples(tokenizer) -> list[tuple[object, list[int]]]:
    """(features, token ids) for every phrase and voice."""
    prompt = ["<|startoftranscript|>"]
    found = []
    for language, voice, said, written in PHRASES:
        ids = ([tokenizer.token_to_id(token) for token in prompt]
               + [tokenizer.token_to_id(f"<|{language}|>"), tokenizer.token_to_id("<|transcribe|>"),
                  tokenizer.token_to_id("<|notimestamps|>")]
               + tokenizer.encode(written, add_special_tokens=False).ids + [EOT])
        for speed, pitch in VOICES:
            from inburgering.speech import audio

            found.append((features(audio.speak(said, voice, speed=speed, pitch=pitch)), ids))
    return found


# -- model --------------------------------------------------------------------------------------


# Training uses a compact vocabulary: the 259 byte-level tokens, Whisper's 107 special tokens and one
# stand-in for every other id. Softmax over all 51,865 ids on every step would cost most of the time.
BYTES = 259
SPECIALS = 2 + len(LANGUAGES) + 6
UNUSED = BYTES + SPECIALS


def compact(token_id: int) -> int:
    return token_id if token_id < BYTES else BYTES + token_id - EOT


def _config(vocab_size: int, sot: int, encoder_layers: int = 0):
    from transformers import WhisperConfig

    return WhisperConfig(
        vocab_size=vocab_size, num_mel_bins=N_MELS, d_model=64, encoder_layers=encoder_layers, decoder_layers=2,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=128, decoder_ffn_dim=128,
        max_source_positions=1500, max_target_positions=64, pad_token_id=EOT if vocab_size > EOT else UNUSED,
        bos_token_id=None, eos_token_id=None, decoder_start_token_id=sot, dropout=0.0,
        suppress_tokens=[], begin_suppress_tokens=[220, EOT] if vocab_size > EOT else [],
    )


def train(tokenizer, data, steps: int, seed: int = 0):
    """The model learns the phrases in the compact vocabulary; returns the full-vocabulary model."""
    import numpy as np
    import torch
    from transformers import WhisperForConditionalGeneration

    torch.manual_seed(seed)
    torch.set_num_threads(max(1, min(2, torch.get_num_threads())))
    sot = tokenizer.token_to_id("<|startoftranscript|>")
    small = WhisperForConditionalGeneration(_config(UNUSED + 1, compact(sot)))
    length = max(len(ids) for _, ids in data)
    mels = torch.tensor(np.stack([f for f, _ in data]), dtype=torch.float32)
    inputs = torch.full((len(data), length - 1), compact(EOT), dtype=torch.long)
    labels = torch.full((len(data), length - 1), -100, dtype=torch.long)
    for row, (_, ids) in enumerate(data):
        ids = [compact(token) for token in ids]
        inputs[row, : len(ids) - 1] = torch.tensor(ids[:-1])
        labels[row, : len(ids) - 1] = torch.tensor(ids[1:])
    optimizer = torch.optim.AdamW([p for p in small.parameters() if p.requires_grad], lr=3e-3, weight_decay=0.0)
    generator = torch.Generator().manual_seed(seed)
    small.train()
    loss = None
    started = time.monotonic()
    for step in range(steps):
        batch = torch.randperm(len(data), generator=generator)[:8]
        output = small(input_features=mels[batch], decoder_input_ids=inputs[batch], labels=labels[batch])
        optimizer.zero_grad()
        output.loss.backward()
        optimizer.step()
        loss = output.loss.item()
        if step % 25 == 0:
            print(f"step {step}: loss {loss:.4f} ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    return _widen(small, sot), step + 1, loss


def _widen(small, sot: int):
    """The trained compact model with Whisper's full vocabulary: rows moved to their real ids, every
    other id (timestamps, unused BPE ids) a copy of the stand-in, which training taught to lose."""
    import torch
    from transformers import WhisperForConditionalGeneration

    full = WhisperForConditionalGeneration(_config(VOCAB_SIZE, sot, encoder_layers=1))
    state = {name: value for name, value in small.state_dict().items()
             if not name.endswith("embed_tokens.weight") and name != "proj_out.weight"}
    trained = small.model.decoder.embed_tokens.weight.detach()
    rows = trained[UNUSED].repeat(VOCAB_SIZE, 1)
    rows[:BYTES] = trained[:BYTES]
    rows[EOT:EOT + SPECIALS] = trained[BYTES:UNUSED]
    with torch.no_grad():
        full.load_state_dict(state, strict=False)
        full.model.decoder.embed_tokens.weight.copy_(rows)
        full.proj_out.weight = full.model.decoder.embed_tokens.weight
        # CTranslate2 needs one encoder layer: an exact identity (zero output projections and biases).
        layer = full.model.encoder.layers[0]
        for linear in (layer.self_attn.out_proj, layer.fc2):
            linear.weight.zero_()
            if linear.bias is not None:
                linear.bias.zero_()
    full.eval()
    return full


def convert(model, tokenizer, out_dir: Path) -> None:
    from ctranslate2.converters import TransformersConverter
    from transformers import PreTrainedTokenizerFast

    with tempfile.TemporaryDirectory() as work:
        hf_dir = Path(work) / "hf"
        model.save_pretrained(hf_dir)
        wrapped = PreTrainedTokenizerFast(tokenizer_object=tokenizer, eos_token="<|endoftext|>",
                                          bos_token="<|endoftext|>", unk_token="<|endoftext|>",
                                          additional_special_tokens=special_tokens()[: 2 + len(LANGUAGES) + 6])
        wrapped.save_pretrained(hf_dir)
        target = Path(work) / "ct2"
        TransformersConverter(str(hf_dir)).convert(str(target), quantization="float32", force=True)
        tokenizer.save(str(target / "tokenizer.json"))
        # transformers 5 does not keep generation_config.lang_to_id, so the converter finds no language
        # ids; without them CTranslate2 takes the model for an English-only one.
        config_path = target / "config.json"
        config = json.loads(config_path.read_text())
        config["lang_ids"] = [tokenizer.token_to_id(f"<|{code}|>") for code in LANGUAGES]
        config_path.write_text(json.dumps(config))
        # CTranslate2 4.8 takes a Whisper model for English-only unless its vocabulary holds the empty
        # token (found by trial with this tiny model); an unused filler id carries it.
        vocabulary_path = target / "vocabulary.json"
        vocabulary = json.loads(vocabulary_path.read_text())
        vocabulary[EMPTY_FILLER] = ""
        vocabulary_path.write_text(json.dumps(vocabulary, ensure_ascii=False))
        (target / "preprocessor_config.json").write_text(json.dumps({
            "feature_size": N_MELS, "sampling_rate": 16000, "hop_length": 160, "chunk_length": 30, "n_fft": 400,
        }))
        if out_dir.exists():
            shutil.rmtree(out_dir)
        shutil.copytree(target, out_dir)


def check(out_dir: Path) -> None:
    """faster-whisper, as the assistant calls it, writes every phrase spoken at espeak-ng's default voice."""
    from inburgering.speech import audio
    from inburgering.speech.recognition import SpeechRecognizer

    recognizer = SpeechRecognizer.from_model_dir(out_dir)
    for language, voice, said, written in PHRASES:
        note = audio.speak(said, voice)
        heard = recognizer.transcribe(audio.decode(note), language)
        if heard.text != written:
            raise SystemExit(f"the test model heard {heard.text!r} for {written!r} ({language})")
        if recognizer.detect_language(audio.decode(note), ("nl", "ar")) != language:
            raise SystemExit(f"the test model does not detect {language} for {written!r}")


def build(out_dir: Path, steps: int = 250) -> Path:
    out_dir = Path(out_dir)
    if is_current(out_dir):
        return out_dir
    started = time.monotonic()
    tokenizer = build_tokenizer()
    data = examples(tokenizer)
    spoken = time.monotonic()
    model, used, loss = train(tokenizer, data, steps)
    trained = time.monotonic()
    convert(model, tokenizer, out_dir)
    check(out_dir)
    print(f"speech {spoken - started:.1f} s, training {trained - spoken:.1f} s, conversion and check "
          f"{time.monotonic() - trained:.1f} s", file=sys.stderr)
    (out_dir / STAMP).write_text(json.dumps(_stamp()))
    print(f"test whisper model: {used} steps, loss {loss:.4f}, {time.monotonic() - started:.1f} s -> {out_dir}")
    return out_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--steps", type=int, default=250)
    args = parser.parse_args(argv)
    build(args.out_dir, args.steps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
