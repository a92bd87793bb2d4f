"""Build tiny, real OPUS-MT-style Marian models (Tigrinya↔English) from a phrase list, for the tests.

    python scripts/build_test_opus_model.py OUT_DIR [--pairs ti-en en-ti]

For each pair this writes, into ``OUT_DIR/opus-mt-<from>-<to>/``, what Helsinki-NLP publishes on
Hugging Face for a real OPUS-MT model - ``config.json``, ``model.safetensors``, ``source.spm``,
``target.spm``, ``vocab.json``, ``tokenizer_config.json``, ``generation_config.json`` - so the tests
run the real install path: checksums, CTranslate2's ``TransformersConverter``, then translation
with ctranslate2 + sentencepiece. The model is a ``transformers`` ``MarianMTModel`` (d_model 32,
one layer, SentencePiece vocabularies trained on the phrases) trained until it reproduces every
phrase; the build checks that with greedy decoding before it writes anything.

The English side is the English column of scripts/build_test_argos_model.py, so ti→en→nl and
nl→en→ti go through the Argos phrasebook packages as in production. A model is rebuilt only when
this script or the torch/transformers/sentencepiece versions change (a stamp records them). A few
seconds per pair on 2 cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

# (ti, en): the English is exactly the English of the Argos phrasebook.
PHRASES: tuple[tuple[str, str], ...] = (
    ("ቆጸራይ መዓስ እዩ?", "When is my appointment?"),
    ("ሓገዝ የድልየኒ እዩ።", "I need help."),
    ("ተርጓሚ የድልየኒ እዩ።", "I need an interpreter."),
    ("ብጣዕሚ የቐንየለይ።", "Thank you very much."),
    ("ሓሚመ እየ።", "I am sick."),
    ("ጽባሕ ክመጽእ ኣይክእልን እየ።", "I cannot come tomorrow."),
    ("ክትድውለለይ ትኽእል ዶ?", "Can you call me?"),
    ("ዕዳ ኣለኒ።", "I have debts."),
    ("ነቲ ደብዳቤ ኣይተረደኣንን።", "I do not understand the letter."),
    ("ጽባሕ ክድውለልካ እየ።", "I will call you tomorrow."),
    ("ቆጸራኻ ተቐይሩ ኣሎ።", "Your appointment has been moved."),
    ("ናብ ቤት ምምሕዳር ከተማ ንዓ።", "Come to the town hall."),
    ("ፓስፖርትኻ ሒዝካ ምጻእ።", "Bring your passport."),
    ("ደሓን ኩን።", "Goodbye."),
)
_COLUMN = {"ti": 0, "en": 1}
DEFAULT_PAIRS = ("ti-en", "en-ti")
D_MODEL, HEADS, LAYERS, FFN, MAX_POSITIONS = 32, 2, 1, 64, 64
MAX_STEPS, SEED = 2000, 1234
# Trained until the loss is this low: the right token must win by a margin that survives CTranslate2's
# int8 weights on every CPU (at 0.002 one token flipped on an AVX-512 machine: "ዶ?" became " ?").
TARGET_LOSS = 0.0002


def phrase_pairs(source: str, target: str) -> list[tuple[str, str]]:
    return [(row[_COLUMN[source]], row[_COLUMN[target]]) for row in PHRASES]


def repository_name(source: str, target: str) -> str:
    return f"opus-mt-{source}-{target}"


def _fingerprint() -> str:
    versions = [metadata.version(name) for name in ("torch", "transformers", "sentencepiece")]
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(" ".join(versions).encode())
    return digest.hexdigest()[:16]


def build_models(out_dir: Path, pairs: tuple[str, ...] = DEFAULT_PAIRS) -> dict[str, Path]:
    """Build (or reuse) one Hugging Face-style Marian directory per pair ("ti-en"); return them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fingerprint = _fingerprint()
    built = {}
    for pair in pairs:
        source, target = pair.split("-")
        path = out_dir / repository_name(source, target)
        stamp = out_dir / f"{path.name}.stamp"
        if not (path.is_dir() and stamp.exists() and stamp.read_text() == fingerprint):
            _build(source, target, path)
            stamp.write_text(fingerprint)
        built[pair] = path
    return built


def _build(source: str, target: str, path: Path) -> None:
    import shutil

    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    pairs = phrase_pairs(source, target)
    with tempfile.TemporaryDirectory() as work:
        root = Path(work) / path.name
        root.mkdir()
        for side, texts in (("source", [s for s, _ in pairs]), ("target", [t for _, t in pairs])):
            spm.SentencePieceTrainer.train(
                sentence_iterator=iter(texts), model_prefix=str(root / side), model_type="unigram",
                vocab_size=400, hard_vocab_limit=False, character_coverage=1.0, num_threads=1, minloglevel=2,
            )
            (root / f"{side}.model").rename(root / f"{side}.spm")
            (root / f"{side}.vocab").unlink()
        # One vocabulary for both sides, as OPUS-MT's vocab.json: </s> and <unk> first, <pad> last.
        pieces = ["</s>", "<unk>"]
        for side in ("source", "target"):
            processor = spm.SentencePieceProcessor(model_file=str(root / f"{side}.spm"))
            for i in range(processor.get_piece_size()):
                piece = processor.id_to_piece(i)
                if piece not in pieces and piece not in ("<s>", "<unk>", "</s>"):
                    pieces.append(piece)
        pieces.append("<pad>")
        vocab = {piece: i for i, piece in enumerate(pieces)}
        (root / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, indent=1), encoding="utf-8")
        tokenizer = MarianTokenizer(source_spm=str(root / "source.spm"), target_spm=str(root / "target.spm"),
                                    vocab=str(root / "vocab.json"), source_lang=source, target_lang=target)
        config = MarianConfig(
            vocab_size=len(vocab), d_model=D_MODEL, encoder_layers=LAYERS, decoder_layers=LAYERS,
            encoder_attention_heads=HEADS, decoder_attention_heads=HEADS, encoder_ffn_dim=FFN,
            decoder_ffn_dim=FFN, max_position_embeddings=MAX_POSITIONS, pad_token_id=vocab["<pad>"],
            eos_token_id=vocab["</s>"], decoder_start_token_id=vocab["<pad>"], forced_eos_token_id=vocab["</s>"],
            max_length=MAX_POSITIONS, num_beams=1, dropout=0.0, attention_dropout=0.0, activation_dropout=0.0,
        )
        torch.manual_seed(SEED)
        torch.set_num_threads(1)  # tiny matrices: more threads only wait on each other
        model = MarianMTModel(config)
        # Marian starts the decoder from a zero embedding (CTranslate2 relies on it: the converter
        # drops <pad>); transformers initialises that row randomly, so it is zeroed and kept so.
        pad_row = model.get_input_embeddings().weight[vocab["<pad>"]]
        with torch.no_grad():
            pad_row.zero_()
        batch = tokenizer([s for s, _ in pairs], text_target=[t for _, t in pairs], return_tensors="pt", padding=True)
        batch["labels"][batch["labels"] == vocab["<pad>"]] = -100
        optimiser = torch.optim.Adam(model.parameters(), lr=1e-2)
        model.train()
        for step in range(MAX_STEPS):
            loss = model(**batch).loss
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            with torch.no_grad():
                pad_row.zero_()
            if step % 50 == 49 and loss.item() < TARGET_LOSS:
                break
        model.eval()
        _check(model, tokenizer, pairs)
        model.save_pretrained(root)
        tokenizer.save_pretrained(root)
        for leftover in ("special_tokens_map.json", "added_tokens.json"):
            (root / leftover).unlink(missing_ok=True)
        if path.exists():
            shutil.rmtree(path)
        shutil.move(str(root), path)


def _check(model, tokenizer, pairs: list[tuple[str, str]]) -> None:
    import torch

    with torch.no_grad():
        encoded = tokenizer([s for s, _ in pairs], return_tensors="pt", padding=True)
        output = model.generate(**encoded, num_beams=1, max_new_tokens=MAX_POSITIONS - 2)
    produced = tokenizer.batch_decode(output, skip_special_tokens=True)
    wrong = [(s, p, t) for (s, t), p in zip(pairs, produced) if p != t]
    if wrong:
        raise RuntimeError(f"the trained model does not reproduce {len(wrong)} phrases: {wrong[:3]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--pairs", nargs="+", default=list(DEFAULT_PAIRS), choices=DEFAULT_PAIRS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    for pair, path in build_models(args.out_dir, tuple(args.pairs)).items():
        print(f"{pair}: {path}")
    print(f"done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
