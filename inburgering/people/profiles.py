"""Municipality profiles: what differs per gemeente is data in ``gemeenten/<slug>.yml``.

A new municipality is a new file, not code. Profiles are validated when
loaded; a mistake gives an error that names the file and the field.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from inburgering.platform.settings import PROJECT_ROOT

PROFILES_DIR = PROJECT_ROOT / "gemeenten"
LEGAL_MINIMUM_PVT_HOURS = 12

Cost = Literal["rent", "energy", "water", "health_insurance"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Contact(_Strict):
    phone: str = Field(min_length=3)
    answer_within_working_days: int = Field(ge=1, le=10)


class PVT(_Strict):
    provider: str | None = None
    hours: int = Field(ge=LEGAL_MINIMUM_PVT_HOURS, le=80, description="legal minimum is 12")
    excursion: bool = True


class MAP(_Strict):
    provider: str | None = None
    parts: tuple[Literal["lessons", "practice"], ...] = ("lessons", "practice")
    practice_hours: int = Field(default=40, ge=0, le=400)


class Ontzorgen(_Strict):
    doelgroepen: tuple[Literal["statushouder", "gezinsmigrant"], ...] = ("statushouder",)
    costs: tuple[Cost, ...] = Field(min_length=1)
    months: int = Field(default=6, ge=1, le=36)
    extension: Literal["exception", "none"] = "exception"
    course: str | None = None
    course_by: str | None = None


class Profile(_Strict):
    slug: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str
    contact: Contact
    pvt: PVT
    map: MAP
    ontzorgen: Ontzorgen

    @model_validator(mode="after")
    def _unique_costs(self) -> Profile:
        if len(set(self.ontzorgen.costs)) != len(self.ontzorgen.costs):
            raise ValueError("ontzorgen.costs lists a cost twice")
        return self


class ProfileError(ValueError):
    """A profile file is missing or invalid; the message says where and what."""


def load_profile_file(path: Path) -> Profile:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ProfileError(f"no profile file {path}") from error
    except yaml.YAMLError as error:
        raise ProfileError(f"{path}: not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise ProfileError(f"{path}: a profile must be a mapping of fields")
    try:
        profile = Profile.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in issue['loc'])}: {issue['msg']}" for issue in error.errors()
        )
        raise ProfileError(f"{path}: {problems}") from error
    if profile.slug != path.stem:
        raise ProfileError(f"{path}: slug {profile.slug!r} must match the file name {path.stem!r}")
    return profile


@lru_cache(maxsize=32)
def load_profile(slug: str, directory: Path = PROFILES_DIR) -> Profile:
    return load_profile_file(directory / f"{slug}.yml")


def all_profiles(directory: Path = PROFILES_DIR) -> dict[str, Profile]:
    return {path.stem: load_profile_file(path) for path in sorted(directory.glob("*.yml"))}
