"""The hostile-text cases that reach the database, run again in the --db=postgres pass.

PostgreSQL refuses what SQLite stores (NUL bytes, lone surrogates), so these must pass there.
"""

from tests.robustness import services
from tests.robustness.test_hostile_text import (  # noqa: F401 - collected here too
    client,
    test_feedback_on_hostile_text_is_recorded,
    test_lone_surrogates_never_break_the_service,
    test_suggestion_answers_any_ticket,
)

shared_app = services.shared_app  # the fixture, under its own name
