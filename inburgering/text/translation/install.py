"""`make translation-models`: download, check, convert and install the six steps the inbox needs.

ar↔en and en↔nl come from the Argos package index (``.argosmodel`` files); ti↔en from Hugging
Face, where Helsinki-NLP publishes OPUS-MT as Marian models, converted here to CTranslate2 (see
opus.py). The download is a thin layer (``fetch``: urllib, which also reads ``file://`` URLs): the
tests and an offline mirror give local URLs to the same code.

Checks: Hugging Face publishes a SHA-256 for every large (LFS) file and a git blob id (SHA-1) for
the small ones; both are verified. The Argos index publishes no checksum (one is checked when an
entry carries ``sha256``). Every file's SHA-256 is recorded in ``manifest.json`` next to the models;
a reinstall that downloads a different file for the same direction is refused, as a lock file
would, until the direction is removed on purpose. Installing is idempotent: a direction in the
manifest whose directory is present is skipped. A direction is unpacked or converted in a work
directory and moved into place only when complete.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from inburgering.text.translation import argos, opus
from inburgering.text.translation.results import TranslationInstallError

ARGOS_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
HUGGING_FACE_URL = "https://huggingface.co"
MANIFEST = "manifest.json"
DOWNLOAD_TIMEOUT_SECONDS = 60
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Direction:
    """One model the inbox needs: ``source`` → ``target`` from ``engine`` ("argos" or "opus-mt")."""

    source: str
    target: str
    engine: str

    @property
    def key(self) -> str:
        return f"{self.source}-{self.target}"


# Through English: ar→en→nl, nl→en→ar (Argos); ti→en (OPUS-MT) →nl (Argos), nl→en (Argos) →ti (OPUS-MT).
DIRECTIONS: tuple[Direction, ...] = (
    Direction("ar", "en", argos.ENGINE), Direction("en", "ar", argos.ENGINE),
    Direction("en", "nl", argos.ENGINE), Direction("nl", "en", argos.ENGINE),
    Direction("ti", "en", opus.ENGINE), Direction("en", "ti", opus.ENGINE),
)


# -- downloading (the only network use) ------------------------------------------------------------


def fetch(url: str, destination: Path) -> str:
    """Download ``url`` (http(s) or file) to ``destination``; return the file's SHA-256."""
    if url.startswith("file:"):
        url = url.split("?", 1)[0]  # a local mirror has the same layout, without query strings
    digest = hashlib.sha256()
    try:
        with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT_SECONDS) as response, destination.open("wb") as out:
            while chunk := response.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
    except (urllib.error.URLError, OSError) as error:
        raise TranslationInstallError(f"could not download {url} ({error}); no network?") from error
    return digest.hexdigest()


def fetch_json(url: str, work_dir: Path) -> Any:
    path = work_dir / hashlib.sha256(url.encode()).hexdigest()[:16]
    fetch(url, path)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise TranslationInstallError(f"{url}: not JSON ({error})") from error


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def git_blob_id(path: Path) -> str:
    """The SHA-1 git (and Hugging Face's API) gives a small file: sha1("blob <size>\\0" + content)."""
    digest = hashlib.sha1(f"blob {path.stat().st_size}\0".encode())  # noqa: S324 - git's own id, not security
    digest.update(path.read_bytes())
    return digest.hexdigest()


# -- the manifest -----------------------------------------------------------------------------------


class Manifest:
    """What was installed, from where, with each file's SHA-256 (``manifest.json``)."""

    def __init__(self, packages_dir: Path) -> None:
        self.path = packages_dir / MANIFEST
        try:
            self.entries: dict[str, dict[str, Any]] = json.loads(self.path.read_text(encoding="utf-8"))["installed"]
        except FileNotFoundError:
            self.entries = {}
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise TranslationInstallError(f"{self.path}: unreadable manifest ({error}); fix or remove it") from error

    def check_pinned(self, key: str, files: dict[str, str]) -> None:
        """Refuse a file whose SHA-256 differs from what was installed before for ``key``."""
        pinned = {name: entry["sha256"] for name, entry in self.entries.get(key, {}).get("files", {}).items()}
        changed = sorted(name for name, sha in files.items() if name in pinned and pinned[name] != sha)
        if changed:
            raise TranslationInstallError(
                f"{key}: {', '.join(changed)} differs from the file installed before (SHA-256 in {self.path}); "
                f"refusing to replace it. If the change is expected, run "
                f"`python -m inburgering.text.translation remove {key}` first."
            )

    def record(self, key: str, entry: dict[str, Any]) -> None:
        self.entries[key] = {**entry, "installed_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        self._save()

    def remove(self, key: str) -> dict[str, Any] | None:
        entry = self.entries.pop(key, None)
        if entry is not None:
            self._save()
        return entry

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(".partial")
        partial.write_text(json.dumps({"installed": self.entries}, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        partial.replace(self.path)


# -- installing -------------------------------------------------------------------------------------


class Installer:
    """Installs directions into ``packages_dir``; ``say`` gets one line per thing done."""

    def __init__(self, packages_dir: Path, *, argos_index: str = ARGOS_INDEX_URL,
                 hugging_face: str = HUGGING_FACE_URL, quantization: str | None = "int8",
                 say: Callable[[str], None] = lambda line: None) -> None:
        self.packages_dir = Path(packages_dir)
        self.argos_index = argos_index
        self.hugging_face = hugging_face.rstrip("/")
        self.quantization = quantization
        self.say = say
        self._index: list[dict[str, Any]] | None = None

    def manifest(self) -> Manifest:
        return Manifest(self.packages_dir)

    def install(self, directions: Iterable[Direction] = DIRECTIONS, *, reinstall: bool = False) -> list[str]:
        """Download and install what is missing; return the errors (empty when all went well).

        One failing direction does not stop the others: Argos's server may be down while Hugging
        Face answers.
        """
        errors = []
        for direction in directions:
            try:
                self.install_direction(direction, reinstall=reinstall)
            except TranslationInstallError as error:
                errors.append(f"{direction.source}→{direction.target}: {error}")
                self.say(f"error: {errors[-1]}")
        return errors

    def install_direction(self, direction: Direction, *, reinstall: bool = False) -> bool:
        """Install one direction; False when it was already installed (and not ``reinstall``)."""
        manifest = self.manifest()
        entry = manifest.entries.get(direction.key)
        if entry and (self.packages_dir / entry["directory"] / "metadata.json").is_file() and not reinstall:
            self.say(f"{direction.source}→{direction.target}: already installed ({entry['origin']})")
            return False
        self.packages_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".work-", dir=self.packages_dir) as work:
            if direction.engine == opus.ENGINE:
                built, record = self._opus(direction, Path(work), manifest)
            else:
                built, record = self._argos(direction, Path(work), manifest)
            self._move_into_place(built, record)
            manifest.record(direction.key, record)
        self.say(f"{direction.source}→{direction.target}: installed {record['directory']} ({record['origin']})")
        return True

    def install_file(self, archive: Path) -> str:
        """Install a local ``.argosmodel`` file (offline, e.g. copied from another server)."""
        archive = Path(archive)
        if not archive.is_file():
            raise TranslationInstallError(f"{archive}: no such file")
        self.packages_dir.mkdir(parents=True, exist_ok=True)
        manifest = self.manifest()
        sha = sha256_of(archive)
        with tempfile.TemporaryDirectory(prefix=".work-", dir=self.packages_dir) as work:
            package_dir, metadata = argos.unpack_package(archive, Path(work))
            key = f"{metadata['from_code']}-{metadata['to_code']}"
            manifest.check_pinned(key, {"package.argosmodel": sha})
            record = {
                "engine": argos.ENGINE, "directory": package_dir.name, "origin": f"file {archive.name}",
                "version": metadata.get("package_version"),
                "files": {"package.argosmodel": {"sha256": sha, "url": archive.resolve().as_uri(),
                                                 "checked": "recorded"}},
            }
            self._move_into_place(package_dir, record)
            manifest.record(key, record)
        self.say(f"{metadata['from_code']}→{metadata['to_code']}: installed {package_dir.name} (file {archive.name})")
        return key

    def remove(self, key: str) -> bool:
        manifest = self.manifest()
        entry = manifest.remove(key)
        if entry is None:
            return False
        shutil.rmtree(self.packages_dir / entry["directory"], ignore_errors=True)
        self.say(f"{key.replace('-', '→')}: removed")
        return True

    # -- Argos --------------------------------------------------------------------------------

    def _argos(self, direction: Direction, work: Path, manifest: Manifest) -> tuple[Path, dict[str, Any]]:
        entry = self._argos_entry(direction, work)
        links = entry.get("links") or []
        if not links:
            raise TranslationInstallError(f"the Argos index lists no download for {direction.key}")
        archive = work / "package.argosmodel"
        sha = fetch(links[0], archive)
        checked = "recorded"  # the Argos index publishes no checksum
        if entry.get("sha256"):
            if entry["sha256"].lower() != sha:
                raise TranslationInstallError(f"{links[0]}: SHA-256 mismatch (corrupt or changed download)")
            checked = "sha256"
        manifest.check_pinned(direction.key, {"package.argosmodel": sha})
        package_dir, metadata = argos.unpack_package(archive, work / "unpacked")
        if (metadata.get("from_code"), metadata.get("to_code")) != (direction.source, direction.target):
            raise TranslationInstallError(f"{links[0]}: the package is not {direction.source}→{direction.target}")
        return package_dir, {
            "engine": argos.ENGINE, "directory": package_dir.name,
            "origin": f"Argos index, package {metadata.get('package_version', '?')}",
            "version": metadata.get("package_version"),
            "files": {"package.argosmodel": {"sha256": sha, "url": links[0], "checked": checked}},
        }

    def _argos_entry(self, direction: Direction, work: Path) -> dict[str, Any]:
        if self._index is None:
            index = fetch_json(self.argos_index, work)
            if not isinstance(index, list):
                raise TranslationInstallError(f"{self.argos_index}: not an Argos package index")
            self._index = [entry for entry in index if isinstance(entry, dict)]
        candidates = [
            entry for entry in self._index
            if (entry.get("from_code"), entry.get("to_code")) == (direction.source, direction.target)
            and entry.get("type", "translate") == "translate"
        ]
        if not candidates:
            raise TranslationInstallError(f"the Argos index has no {direction.key} package")
        return max(candidates, key=lambda entry: _version(entry.get("package_version")))

    # -- OPUS-MT ------------------------------------------------------------------------------

    def _opus(self, direction: Direction, work: Path, manifest: Manifest) -> tuple[Path, dict[str, Any]]:
        repo = opus.repository(direction.source, direction.target)
        info = fetch_json(f"{self.hugging_face}/api/models/{repo}/revision/main?blobs=true", work)
        revision = info.get("sha") if isinstance(info, dict) else None
        siblings = {s["rfilename"]: s for s in (info.get("siblings") or []) if "rfilename" in s} if revision else {}
        if not siblings:
            raise TranslationInstallError(f"{repo}: no model files listed by {self.hugging_face}")
        weights = next((name for name in opus.WEIGHT_FILES if name in siblings), None)
        missing = [name for name in opus.REQUIRED_FILES if name not in siblings]
        if weights is None or missing:
            raise TranslationInstallError(f"{repo}: missing {', '.join(missing or ['model weights'])}")
        names = [*opus.REQUIRED_FILES, weights, *(name for name in opus.OPTIONAL_FILES if name in siblings)]
        download = work / "download"
        download.mkdir()
        files = {}
        for name in names:
            url = f"{self.hugging_face}/{repo}/resolve/{revision}/{urllib.parse.quote(name)}"
            sha = fetch(url, download / name)
            files[name] = {"sha256": sha, "url": url, "checked": _verify(siblings[name], download / name, sha, url)}
        manifest.check_pinned(direction.key, {name: entry["sha256"] for name, entry in files.items()})
        directory = opus.directory_name(direction.source, direction.target)
        self.say(f"{direction.source}→{direction.target}: converting {repo} to CTranslate2")
        built = opus.convert(download, work / directory, direction.source, direction.target,
                             quantization=self.quantization,
                             provenance={"source": repo, "revision": revision,
                                         "licence": (info.get("cardData") or {}).get("license")})
        return built, {"engine": opus.ENGINE, "directory": directory, "origin": f"{repo}@{revision[:12]}",
                       "version": revision, "files": files}

    def _move_into_place(self, built: Path, record: dict[str, Any]) -> None:
        target = self.packages_dir / record["directory"]
        if target.exists():
            shutil.rmtree(target)
        built.replace(target)
        record["size_bytes"] = sum(path.stat().st_size for path in target.rglob("*") if path.is_file())


def _verify(sibling: dict[str, Any], path: Path, sha: str, url: str) -> str:
    """Check a downloaded file against what Hugging Face publishes for it; return what was checked."""
    published = (sibling.get("lfs") or {}).get("sha256")
    if published:
        if published.lower() != sha:
            raise TranslationInstallError(f"{url}: SHA-256 mismatch (corrupt or changed download)")
        return "sha256"
    if sibling.get("blobId"):
        if sibling["blobId"].lower() != git_blob_id(path):
            raise TranslationInstallError(f"{url}: git blob id mismatch (corrupt or changed download)")
        return "git-sha1"
    return "recorded"


def _version(value: Any) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in str(value).split("."))
    except ValueError:
        return (0,)
