"""A model trained with other settings than the default's, to weigh its cost against its quality
(``train_default(params=...)`` and ``python -m bench.compare --params``)."""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from backend.routing.corpus import load_split
from backend.routing.pipeline import DEFAULT_PARAMS
from backend.routing.training import train_default
from backend.settings import DEFAULT_MODEL_DIR
from bench.compare import parse_settings
from bench.request_cpu import CACHE, training_inputs, variant_cache


def _small_model_dir(target: Path, per_team: int) -> Path:
    """The project's handbook with the first ``per_team`` training and held-out rows of each
    team (a model fitted in seconds)."""
    shutil.copytree(DEFAULT_MODEL_DIR, target, ignore=shutil.ignore_patterns("data"))
    for split in ("train", "heldout"):
        kept: dict[str, list[dict]] = defaultdict(list)
        for row in load_split(DEFAULT_MODEL_DIR / "data", split):
            if len(kept[row["team"]]) < per_team:
                kept[row["team"]].append(row)
        folder = target / "data" / split
        folder.mkdir(parents=True)
        (folder / "all.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for rows in kept.values() for r in rows),
            encoding="utf-8")
    return target


def test_a_variant_is_trained_with_its_settings_and_says_so(tmp_path):
    model_dir = _small_model_dir(tmp_path / "model", per_team=12)
    variant = train_default(model_dir, params={"use_chars": False})
    parts = [name for name, _ in variant.pipeline.named_steps["features"].transformer_list]
    assert parts == ["words", "rules"]
    assert variant.meta["params"] == {**DEFAULT_PARAMS, "use_chars": False}
    assert set(variant.scores["heldout"]) >= {"top1", "macro_f1"}


def test_the_default_model_keeps_its_character_ngrams_and_settings(tmp_path):
    model_dir = _small_model_dir(tmp_path / "model", per_team=12)
    default = train_default(model_dir)
    parts = [name for name, _ in default.pipeline.named_steps["features"].transformer_list]
    assert parts == ["words", "chars", "rules"]
    assert default.meta["params"] == DEFAULT_PARAMS


def test_settings_are_read_as_json_where_they_parse(monkeypatch):
    assert parse_settings(["use_chars=false", "char_ngrams=[3,4]", "C=5"]) == {
        "use_chars": False, "char_ngrams": [3, 4], "C": 5}
    assert parse_settings([]) == {}
    monkeypatch.setitem(DEFAULT_PARAMS, "note", "")  # a setting whose value is plain text
    assert parse_settings(["note=plain"]) == {"note": "plain"}


def test_a_misspelt_setting_is_refused_not_served_as_the_default_model():
    with pytest.raises(ValueError, match="no model setting 'use_char'.*use_chars"):
        parse_settings(["use_char=false"])


@pytest.mark.parametrize("pair", ["use_chars", "=false"])
def test_a_setting_without_key_and_value_is_refused(pair):
    with pytest.raises(ValueError, match="KEY=VALUE"):
        parse_settings([pair])


def test_each_variant_is_cached_apart_from_the_default_model():
    assert variant_cache(None) == variant_cache({}) == CACHE
    chars_off = variant_cache({"use_chars": False})
    assert chars_off != CACHE
    assert chars_off == variant_cache({"use_chars": False})
    assert chars_off != variant_cache({"char_ngrams": [3, 4]})


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    model_dir, code = tmp_path / "model", tmp_path / "code"
    (model_dir / "data").mkdir(parents=True)
    code.mkdir()
    (model_dir / "data" / "train.jsonl").write_text('{"team": "source"}\n')
    (model_dir / "routing.yaml").write_text("teams: {}\n")
    (code / "pipeline.py").write_text("C = 1\n")
    return model_dir, code


def test_the_training_inputs_digest_moves_with_data_code_and_settings(tmp_path):
    model_dir, code = _inputs(tmp_path)
    first = training_inputs(model_dir, None, (code,))
    assert training_inputs(model_dir, {}, (code,)) == first
    assert training_inputs(model_dir, {"use_chars": False}, (code,)) != first
    (model_dir / "data" / "train.jsonl").write_text('{"team": "search"}\n')
    after_data = training_inputs(model_dir, None, (code,))
    assert after_data != first
    (code / "pipeline.py").write_text("C = 2\n")
    assert training_inputs(model_dir, None, (code,)) != after_data
    # A file moved to another name is another input, with the same bytes.
    (model_dir / "routing.yaml").rename(model_dir / "handbook.yaml")
    assert training_inputs(model_dir, None, (code,)) != after_data


def test_a_cached_artifact_is_read_only_while_its_training_inputs_hold(tmp_path, monkeypatch):
    import bench.request_cpu as request_cpu
    from backend.learning import registry
    from backend.routing import training

    trained: list[object] = []

    def train(model_dir, params=None):
        trained.append(params)
        return type("Trained", (), {"pipeline": None, "priority": None,
                                    "meta": {"run": len(trained)}, "scores": {}})()

    inputs = iter(["digest-1", "digest-1", "digest-2"])
    monkeypatch.setattr(training, "train_default", train)
    monkeypatch.setattr(registry, "dump_model", lambda pipeline, priority: b"model")
    monkeypatch.setattr(request_cpu, "training_inputs", lambda model_dir, params: next(inputs))
    cache = tmp_path / "artifact.json"
    assert request_cpu.trained_artifact(cache)["meta"] == {"run": 1}
    again = request_cpu.trained_artifact(cache)  # the same inputs: read, not trained
    assert again["meta"] == {"run": 1} and again["artifact"] == b"model" and len(trained) == 1
    assert request_cpu.trained_artifact(cache)["meta"] == {"run": 2}  # the data moved on
    assert json.loads(cache.read_text())["inputs"] == "digest-2"
