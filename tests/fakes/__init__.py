"""Local fakes of the external services (GitHub REST v3, Zendesk Support API v2, the Slack Web
API) over real HTTP.

Import the servers from here; pytest fixtures live in tests.fakes.pytest_plugin;
``python -m tests.fakes`` runs both with demo data for a laptop demo.
"""

from tests.fakes._base import FakeServer, Fault, RecordedRequest, Reply
from tests.fakes.github import GitHubFake
from tests.fakes.slack import SlackFake
from tests.fakes.zendesk import ZendeskFake

__all__ = ["Fault", "FakeServer", "GitHubFake", "RecordedRequest", "Reply", "SlackFake",
           "ZendeskFake"]
