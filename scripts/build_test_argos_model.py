"""Build small, real Argos Translate packages from a phrase list, for the tests.

(Why ~380 lines: it trains a tiny real CTranslate2 model with torch and packages it as Argos does;
one script, so the tests' model is built by one command.)

    python scripts/build_test_argos_model.py OUT_DIR [--pairs ar-en en-nl nl-en en-ar]

For each language pair this trains, on the phrase list below only:

1. a SentencePiece model (``sentencepiece`` trainer) on both sides of the pair;
2. a tiny Transformer (2 layers, d=64) in PyTorch until it reproduces every phrase;
3. a CTranslate2 model from those weights, through ``ctranslate2.converters.Converter``;

and zips them as ``translate-<from>_<to>-phrasebook.argosmodel`` (metadata.json, model/,
sentencepiece.model): the layout ``argostranslate.package.install_from_path`` installs. The model
only knows these phrases, so a test can assert the exact translation of each one. The build checks
that the converted model translates every phrase exactly, with Argos's decoding options, and fails
otherwise.

The decoder's target embeddings are zero: it predicts the token at each position from the source and
the position alone. Argos decodes with a beam of 4, and CTranslate2's beam search stops once 4
hypotheses have ended; a memorising model that also looks at its own previous tokens learns shortcuts
(skip a word, then end), so 4 wrong, shorter hypotheses end before the right one. Without them
every hypothesis ends at the phrase's length and the right one wins.

A package is rebuilt only when this script or the installed torch/ctranslate2/sentencepiece
versions change (a stamp next to it records what it was built from). About 10 s per pair on 2 cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import tempfile
import time
import zipfile
from importlib import metadata
from pathlib import Path

# (nl, en, ar): messages an inburgeraar writes and replies a regisseur sends. English is the pivot,
# as in the real Argos packages (ar→en→nl and nl→en→ar).
PHRASES: tuple[tuple[str, str, str], ...] = (
    ("Wanneer is mijn afspraak?", "When is my appointment?", "متى موعدي؟"),
    ("Ik wil mijn afspraak verzetten.", "I want to change my appointment.", "أريد تغيير موعدي."),
    ("Ik wil met mijn regisseur praten.", "I want to talk to my case manager.", "أريد التحدث مع المسؤول عن ملفي."),
    ("Ik heb een boete gekregen.", "I received a fine.", "حصلت على غرامة."),
    ("Ik heb schulden.", "I have debts.", "لدي ديون."),
    ("Ik begrijp de brief niet.", "I do not understand the letter.", "لا أفهم الرسالة."),
    ("Kunt u mij bellen?", "Can you call me?", "هل يمكنك الاتصال بي؟"),
    ("Dank u wel.", "Thank you very much.", "شكراً جزيلاً."),
    ("Goedemorgen.", "Good morning.", "صباح الخير."),
    ("Ik ben ziek.", "I am sick.", "أنا مريض."),
    ("Mijn kind is ziek.", "My child is sick.", "طفلي مريض."),
    ("Waar is het gemeentehuis?", "Where is the town hall?", "أين مبنى البلدية؟"),
    ("Wanneer begint de cursus?", "When does the course start?", "متى تبدأ الدورة؟"),
    ("Ik kan morgen niet komen.", "I cannot come tomorrow.", "لا أستطيع الحضور غداً."),
    ("Ik heb hulp nodig.", "I need help.", "أحتاج إلى مساعدة."),
    ("Ik heb geen geld voor de huur.", "I have no money for the rent.", "ليس لدي مال للإيجار."),
    ("Mijn huur is niet betaald.", "My rent has not been paid.", "لم يتم دفع إيجاري."),
    ("Ik wil een klacht indienen.", "I want to file a complaint.", "أريد تقديم شكوى."),
    ("Ik zoek werk.", "I am looking for work.", "أبحث عن عمل."),
    ("Ik spreek een beetje Nederlands.", "I speak a little Dutch.", "أتكلم القليل من الهولندية."),
    ("Ik heb een tolk nodig.", "I need an interpreter.", "أحتاج إلى مترجم."),
    ("Ik bel u morgen.", "I will call you tomorrow.", "سأتصل بك غداً."),
    ("Uw afspraak is verplaatst.", "Your appointment has been moved.", "تم نقل موعدك."),
    ("Kom naar het gemeentehuis.", "Come to the town hall.", "تعال إلى مبنى البلدية."),
    ("Neem uw paspoort mee.", "Bring your passport.", "أحضر جواز سفرك."),
    ("De les begint om negen uur.", "The lesson starts at nine o'clock.", "يبدأ الدرس في الساعة التاسعة."),
    ("Ik heb de brief ontvangen.", "I have received the letter.", "لقد استلمت الرسالة."),
    ("Mijn zorgverzekering is gestopt.", "My health insurance has stopped.", "توقف تأميني الصحي."),
    ("Wie betaalt mijn energierekening?", "Who pays my energy bill?", "من يدفع فاتورة الطاقة؟"),
    ("Tot ziens.", "Goodbye.", "إلى اللقاء."),
)

LANGUAGE_NAMES = {"nl": "Dutch", "en": "English", "ar": "Arabic"}
_COLUMN = {"nl": 0, "en": 1, "ar": 2}
DEFAULT_PAIRS = ("ar-en", "en-nl", "nl-en", "en-ar")

# Small enough to train in seconds on 2 cores, big enough to memorise 30 phrases.
D_MODEL, HEADS, LAYERS, FFN, MAX_POSITIONS = 64, 4, 2, 128, 256
MAX_STEPS, SEED = 1500, 1234


def phrase_pairs(source: str, target: str) -> list[tuple[str, str]]:
    """The phrase list as (source text, target text) for one direction."""
    return [(row[_COLUMN[source]], row[_COLUMN[target]]) for row in PHRASES]


def package_name(source: str, target: str) -> str:
    return f"translate-{source}_{target}-phrasebook"


def _fingerprint() -> str:
    versions = [metadata.version(name) for name in ("torch", "ctranslate2", "sentencepiece")]
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(" ".join(versions).encode())
    return digest.hexdigest()[:16]


def build_packages(out_dir: Path, pairs: tuple[str, ...] = DEFAULT_PAIRS) -> dict[str, Path]:
    """Build (or reuse) one ``.argosmodel`` per pair ("ar-en") in ``out_dir``; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fingerprint = _fingerprint()
    built: dict[str, Path] = {}
    for pair in pairs:
        source, target = pair.split("-")
        path = out_dir / f"{package_name(source, target)}.argosmodel"
        stamp = path.with_suffix(".stamp")
        if not (path.exists() and stamp.exists() and stamp.read_text() == fingerprint):
            _build_package(source, target, path)
            stamp.write_text(fingerprint)
        built[pair] = path
    return built


def _build_package(source: str, target: str, path: Path) -> None:
    import sentencepiece as spm

    pairs = phrase_pairs(source, target)
    with tempfile.TemporaryDirectory() as work:
        root = Path(work) / package_name(source, target)
        root.mkdir()
        spm.SentencePieceTrainer.train(
            sentence_iterator=iter([text for pair in pairs for text in pair]),
            model_prefix=str(root / "sentencepiece"),
            model_type="unigram",
            vocab_size=400,
            hard_vocab_limit=False,  # the phrase list has fewer distinct pieces than that
            character_coverage=1.0,
            num_threads=1,
            minloglevel=2,
        )
        (root / "sentencepiece.vocab").unlink()
        tokenizer = spm.SentencePieceProcessor(model_file=str(root / "sentencepiece.model"))
        model = _train(tokenizer, pairs)
        _convert(model, tokenizer, root / "model")
        _check(root, tokenizer, pairs)
        (root / "metadata.json").write_text(
            json.dumps(
                {
                    "package_version": "0.1",
                    "argos_version": "1.11",
                    "from_code": source,
                    "from_name": LANGUAGE_NAMES[source],
                    "to_code": target,
                    "to_name": LANGUAGE_NAMES[target],
                    "type": "translate",
                    "links": [],
                },
                indent=2,
            )
        )
        (root / "README.md").write_text(
            f"Test package built by scripts/build_test_argos_model.py: it knows {len(pairs)} phrases, nothing else.\n"
        )
        tmp_zip = path.with_suffix(".partial")
        with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_DEFLATED) as archive:
            for file in sorted(root.rglob("*")):
                archive.write(file, file.relative_to(root.parent))
        tmp_zip.replace(path)


# --- the model: the pre-norm Transformer that CTranslate2's TransformerSpec describes ---------


def _torch_model(vocab_size: int):
    import torch
    from torch import nn

    class Attention(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.query, self.key, self.value, self.out = (nn.Linear(D_MODEL, D_MODEL) for _ in range(4))

        def forward(self, x, memory, keep):  # keep: (batch, 1 | query, key) booleans
            batch, head_dim = x.shape[0], D_MODEL // HEADS

            def heads(t):
                return t.view(batch, -1, HEADS, head_dim).transpose(1, 2)

            scores = heads(self.query(x)) @ heads(self.key(memory)).transpose(-1, -2) / math.sqrt(head_dim)
            scores = scores.masked_fill(~keep[:, None], float("-inf"))
            mixed = (scores.softmax(-1) @ heads(self.value(memory))).transpose(1, 2)
            return self.out(mixed.reshape(batch, -1, D_MODEL))

    def norm():
        return nn.LayerNorm(D_MODEL, eps=1e-6)

    class FeedForward(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.norm, self.inner, self.outer = norm(), nn.Linear(D_MODEL, FFN), nn.Linear(FFN, D_MODEL)

        def forward(self, x):
            return x + self.outer(torch.relu(self.inner(self.norm(x))))

    class EncoderLayer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.norm, self.attention, self.ffn = norm(), Attention(), FeedForward()

        def forward(self, x, keep):
            h = self.norm(x)
            return self.ffn(x + self.attention(h, h, keep))

    class DecoderLayer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.self_norm, self.self_attention = norm(), Attention()
            self.cross_norm, self.cross_attention = norm(), Attention()
            self.ffn = FeedForward()

        def forward(self, y, causal, memory, memory_keep):
            h = self.self_norm(y)
            y = y + self.self_attention(h, h, causal)
            y = y + self.cross_attention(self.cross_norm(y), memory, memory_keep)
            return self.ffn(y)

    class Seq2Seq(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.source_embeddings = nn.Embedding(vocab_size, D_MODEL)
            self.encoder = nn.ModuleList(EncoderLayer() for _ in range(LAYERS))
            self.decoder = nn.ModuleList(DecoderLayer() for _ in range(LAYERS))
            self.encoder_norm, self.decoder_norm = norm(), norm()
            self.projection = nn.Linear(D_MODEL, vocab_size)
            self.register_buffer("positions", _sinusoids())

        def forward(self, source, source_keep, target_length: int):
            # CTranslate2 scales embeddings by sqrt(d) and adds the position encodings.
            x = self.source_embeddings(source) * math.sqrt(D_MODEL) + self.positions[: source.shape[1]]
            for layer in self.encoder:
                x = layer(x, source_keep)
            memory = self.encoder_norm(x)
            causal = torch.ones(target_length, target_length, dtype=torch.bool).tril()[None]
            # Zero target embeddings (see the module docstring): the decoder input is the position.
            y = self.positions[:target_length].expand(source.shape[0], -1, -1)
            for layer in self.decoder:
                y = layer(y, causal, memory, source_keep)
            return self.projection(self.decoder_norm(y))

    return Seq2Seq()


def _sinusoids():
    import torch

    position = torch.arange(MAX_POSITIONS, dtype=torch.float32)[:, None]
    rate = torch.exp(torch.arange(0, D_MODEL, 2, dtype=torch.float32) * (-math.log(10000.0) / D_MODEL))
    table = torch.zeros(MAX_POSITIONS, D_MODEL)
    table[:, 0::2] = torch.sin(position * rate)
    table[:, 1::2] = torch.cos(position * rate)
    return table


def _train(tokenizer, pairs: list[tuple[str, str]]):
    import torch

    torch.manual_seed(SEED)
    torch.set_num_threads(1)  # tiny matrices: more threads only wait on each other
    eos = tokenizer.eos_id()
    sources = [tokenizer.encode(s) for s, _ in pairs]
    targets = [tokenizer.encode(t) for _, t in pairs]

    def padded(rows):
        width = max(map(len, rows))
        ids = torch.tensor([row + [0] * (width - len(row)) for row in rows])
        keep = torch.tensor([[True] * len(row) + [False] * (width - len(row)) for row in rows])
        return ids, keep

    source, source_keep = padded(sources)
    target_out, target_keep = padded([row + [eos] for row in targets])
    source_keep = source_keep[:, None, :]

    model = _torch_model(tokenizer.get_piece_size())
    optimiser = torch.optim.Adam(model.parameters(), lr=5e-3)
    # Label smoothing keeps every wrong token about equally unlikely: no wrong path stands out.
    loss_fn = torch.nn.CrossEntropyLoss(reduction="none", label_smoothing=0.1)
    for step in range(MAX_STEPS):
        logits = model(source, source_keep, target_out.shape[1])
        loss = loss_fn(logits.transpose(1, 2), target_out)[target_keep].mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        if step % 25 == 24:
            with torch.no_grad():
                target_probability = logits.softmax(-1).gather(-1, target_out[..., None])[..., 0]
            if bool(target_probability[target_keep].min() > 0.8):
                break
    model.eval()
    return model


def _convert(model, tokenizer, output_dir: Path) -> None:
    import numpy as np
    from ctranslate2.converters import Converter
    from ctranslate2.specs import transformer_spec

    weights = {name: tensor.detach().numpy() for name, tensor in model.state_dict().items()}

    def linear(spec, *names):  # several torch layers fuse into one CTranslate2 linear
        spec.weight = np.concatenate([weights[f"{n}.weight"] for n in names])
        spec.bias = np.concatenate([weights[f"{n}.bias"] for n in names])

    def layer_norm(spec, name):
        spec.gamma, spec.beta = weights[f"{name}.weight"], weights[f"{name}.bias"]

    def feed_forward(spec, name):
        layer_norm(spec.layer_norm, f"{name}.norm")
        linear(spec.linear_0, f"{name}.inner")
        linear(spec.linear_1, f"{name}.outer")

    def self_attention(spec, name):
        linear(spec.linear[0], f"{name}.query", f"{name}.key", f"{name}.value")
        linear(spec.linear[1], f"{name}.out")

    class PhraseModelConverter(Converter):
        def _load(self):
            spec = transformer_spec.TransformerSpec.from_config(LAYERS, HEADS, pre_norm=True)
            spec.config.layer_norm_epsilon = 1e-6
            vocabulary = [tokenizer.id_to_piece(i) for i in range(tokenizer.get_piece_size())]
            spec.register_source_vocabulary(vocabulary)
            spec.register_target_vocabulary(vocabulary)
            encoder, decoder = spec.encoder, spec.decoder
            encoder.embeddings[0].weight = weights["source_embeddings.weight"]
            decoder.embeddings.weight = np.zeros((len(vocabulary), D_MODEL), dtype=np.float32)
            encoder.position_encodings.encodings = weights["positions"]
            decoder.position_encodings.encodings = weights["positions"]
            layer_norm(encoder.layer_norm, "encoder_norm")
            layer_norm(decoder.layer_norm, "decoder_norm")
            linear(decoder.projection, "projection")
            for i, layer in enumerate(encoder.layer):
                layer_norm(layer.self_attention.layer_norm, f"encoder.{i}.norm")
                self_attention(layer.self_attention, f"encoder.{i}.attention")
                feed_forward(layer.ffn, f"encoder.{i}.ffn")
            for i, layer in enumerate(decoder.layer):
                layer_norm(layer.self_attention.layer_norm, f"decoder.{i}.self_norm")
                self_attention(layer.self_attention, f"decoder.{i}.self_attention")
                cross, name = layer.attention, f"decoder.{i}.cross_attention"
                layer_norm(cross.layer_norm, f"decoder.{i}.cross_norm")
                linear(cross.linear[0], f"{name}.query")
                linear(cross.linear[1], f"{name}.key", f"{name}.value")
                linear(cross.linear[2], f"{name}.out")
                feed_forward(layer.ffn, f"decoder.{i}.ffn")
            return spec

    PhraseModelConverter().convert(str(output_dir), force=True)


def _check(root: Path, tokenizer, pairs: list[tuple[str, str]]) -> None:
    """The converted model must give every phrase's translation, with Argos's decoding options."""
    import ctranslate2

    translator = ctranslate2.Translator(str(root / "model"), device="cpu", compute_type="auto")
    results = translator.translate_batch(
        [tokenizer.encode(source, out_type=str) for source, _ in pairs], beam_size=4, length_penalty=0.2
    )
    wrong = [
        (source, tokenizer.decode(result.hypotheses[0]), target)
        for (source, target), result in zip(pairs, results)
        if tokenizer.decode(result.hypotheses[0]) != target
    ]
    if wrong:
        raise RuntimeError(f"{root.name}: the trained model does not reproduce {len(wrong)} phrases: {wrong[:3]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--pairs", nargs="+", default=list(DEFAULT_PAIRS), choices=DEFAULT_PAIRS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    for pair, path in build_packages(args.out_dir, tuple(args.pairs)).items():
        print(f"{pair}: {path}")
    print(f"done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
