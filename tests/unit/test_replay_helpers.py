"""The replay's diagnostics: the early corpus it can start from, and B's nearest A tickets."""

from __future__ import annotations

import re

from backend.routing.corpus import load_split
from backend.settings import DEFAULT_MODEL_DIR
from bench.replay_ceiling import nearest_a
from bench.replay_models import early_model_dir


def test_the_early_corpus_holds_the_first_two_rounds_and_the_projects_heldout(tmp_path):
    count = early_model_dir(tmp_path / "model")
    train = load_split(tmp_path / "model" / "data", "train")
    assert len(train) == count == 1000  # 75-100 first-round + 20 second-round per team
    assert all(re.search(r"-tr2?-", str(r["id"])) for r in train), "a later round slipped in"
    assert (tmp_path / "model" / "routing.yaml").exists()
    assert load_split(tmp_path / "model" / "data", "heldout") == load_split(
        DEFAULT_MODEL_DIR / "data", "heldout")


def test_nearest_a_counts_the_mistakes_whose_closest_a_ticket_has_the_right_team():
    a = [{"subject": "Batch change stuck applying to gitlab repos", "description":
          "our batch changes spec never finishes publishing changesets", "team": "code-search"},
         {"subject": "SAML login loop", "description": "okta redirects forever", "team": "source"}]
    b = [{"subject": "batch change stuck applying", "description":
          "the batch changes spec never finishes publishing its changesets", "team": "code-search"},
         {"subject": "okta login loop", "description": "only for me", "team": "cloud"},
         {"subject": "Cody chat slow", "description": "answers take a minute", "team": "cody"}]
    answers = ["release", "source", "cody"]  # the first two are mistakes, the third is right
    found = nearest_a(a, b, answers)
    assert found["mistakes"] == 2
    assert found["nearest_right"] == 1  # the batch change; the login loop's nearest says source
    assert 0.5 < found["closest"] <= 1.0
