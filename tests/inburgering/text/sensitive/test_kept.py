"""Files kept between starts (inburgering/text/sensitive/kept.py)."""

import json
import logging
import os

import pytest

from inburgering.text.sensitive import kept


def test_a_kept_file_replaces_its_family_and_leaves_others(tmp_path) -> None:
    (tmp_path / "crisis-model-old.json").write_text("{}", encoding="utf-8")
    (tmp_path / "crisis-views-other.json").write_text("[]", encoding="utf-8")
    path = tmp_path / "crisis-model-new.json"
    kept.keep_json(path, {"a": [1.5, "é"]}, "classifier fit")
    assert json.loads(path.read_text(encoding="utf-8")) == {"a": [1.5, "é"]}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crisis-model-new.json", "crisis-views-other.json"]


def test_a_file_that_cannot_be_kept_is_logged_and_leaves_nothing_half_written(tmp_path, monkeypatch: pytest.MonkeyPatch,
                                                                               caplog: pytest.LogCaptureFixture) -> None:
    def refuse(source: os.PathLike, target: os.PathLike) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(kept.os, "replace", refuse)
    with caplog.at_level(logging.WARNING):
        kept.keep_json(tmp_path / "crisis-views-abc.json", ["view"], "training views")
    assert list(tmp_path.iterdir()) == []
    assert "training views not kept (PermissionError)" in caplog.text
