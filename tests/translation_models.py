"""Tiny real translation models and a local "internet" to install them from, for the tests.

The models are built by scripts/build_test_argos_model.py (Argos phrasebook packages ar↔en, en↔nl)
and scripts/build_test_opus_model.py (Marian models ti↔en in Hugging Face's layout). ``Mirror``
lays them out as the real sources do - an Argos index whose links point at the ``.argosmodel``
files, and Hugging Face's model API plus ``resolve/<revision>/<file>`` - under one directory, so
the installer runs exactly as against the network, with ``file://`` URLs.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

from inburgering.platform.settings import PROJECT_ROOT
from inburgering.text.translation.install import Installer, git_blob_id, sha256_of
from tests.build_lock import build_lock

ARGOS_PAIRS = ("ar-en", "en-ar", "en-nl", "nl-en")
OPUS_PAIRS = ("ti-en", "en-ti")
LFS_SUFFIXES = (".safetensors", ".bin", ".spm")  # stored with Git LFS on Hugging Face: SHA-256 published


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PROJECT_ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


argos_builder = load_script("build_test_argos_model")
opus_builder = load_script("build_test_opus_model")


def build_all(cache_dir: Path) -> tuple[dict[str, Path], dict[str, Path]]:
    """The .argosmodel files and the Marian directories, built once per cache directory."""
    with build_lock(Path(cache_dir)):
        return (argos_builder.build_packages(cache_dir / "argos", ARGOS_PAIRS),
                opus_builder.build_models(cache_dir / "opus", OPUS_PAIRS))


class Mirror:
    """The Argos index and Hugging Face, as local files (``file://`` URLs)."""

    REVISION = "0123456789abcdef0123456789abcdef01234567"

    def __init__(self, root: Path, argos_files: dict[str, Path], opus_dirs: dict[str, Path]) -> None:
        self.root = root
        self.index_path = root / "argos" / "index.json"
        self.index_path.parent.mkdir(parents=True, exist_ok=True)
        index = []
        for pair, archive in argos_files.items():
            source, target = pair.split("-")
            copy = root / "argos" / archive.name
            shutil.copyfile(archive, copy)
            index.append({"type": "translate", "from_code": source, "to_code": target, "package_version": "1.0",
                          "links": [copy.as_uri()]})
        self.index_path.write_text(json.dumps(index), encoding="utf-8")
        for pair, directory in opus_dirs.items():
            repo = f"Helsinki-NLP/opus-mt-{pair}"
            shutil.copytree(directory, root / "hf" / repo / "resolve" / self.REVISION)
            self.publish(repo)

    @property
    def argos_index(self) -> str:
        return self.index_path.as_uri()

    @property
    def hugging_face(self) -> str:
        return (self.root / "hf").as_uri()

    def installer(self, packages_dir: Path, **kwargs) -> Installer:
        # The tiny OPUS models are converted without quantization unless a test asks for it: their
        # 32-wide weights do not survive int8 on every CPU (measured: on an AMD EPYC without AVX-512,
        # CTranslate2's int8 form of the model got 1-6 of its 14 phrases wrong for every seed (8) and width (32, 64)
        # tried, while the float model got all right). Real OPUS-MT models (512 wide) install as int8.
        kwargs.setdefault("quantization", None)
        return Installer(packages_dir, argos_index=self.argos_index, hugging_face=self.hugging_face, **kwargs)

    def file(self, repo: str, name: str) -> Path:
        return self.root / "hf" / repo / "resolve" / self.REVISION / name

    def publish(self, repo: str) -> None:
        """Write Hugging Face's model info (with SHA-256s and blob ids) for the files as they are now."""
        files = sorted((self.root / "hf" / repo / "resolve" / self.REVISION).iterdir())
        siblings = []
        for path in files:
            sibling = {"rfilename": path.name, "size": path.stat().st_size}
            if path.suffix in LFS_SUFFIXES:
                sibling["blobId"] = hashlib.sha1(path.name.encode()).hexdigest()  # the LFS pointer's id
                sibling["lfs"] = {"sha256": sha256_of(path), "size": path.stat().st_size}
            else:
                sibling["blobId"] = git_blob_id(path)
            siblings.append(sibling)
        info = self.root / "hf" / "api" / "models" / repo / "revision" / "main"
        info.parent.mkdir(parents=True, exist_ok=True)
        info.write_text(json.dumps({"id": repo, "sha": self.REVISION, "siblings": siblings,
                                    "cardData": {"license": "apache-2.0"}}), encoding="utf-8")


def models_cache(request) -> Path:
    """pytest's cache directory for the built models (kept between runs), or a session temp dir."""
    cache = getattr(request.config, "cache", None)
    if cache is not None:
        return Path(cache.mkdir("translation-test-models"))
    return Path(request.getfixturevalue("tmp_path_factory").mktemp("translation-test-models"))


def install_test_models(request, packages_dir: Path) -> Path:
    """Build the tiny models (once), lay out a mirror and install all six steps through the installer."""
    argos_files, opus_dirs = build_all(models_cache(request))
    mirror = Mirror(packages_dir.parent / f"{packages_dir.name}-mirror", argos_files, opus_dirs)
    errors = mirror.installer(packages_dir).install()
    assert errors == [], errors
    return packages_dir
