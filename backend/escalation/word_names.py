"""Names that are also the names of tools, languages and products: Jenkins, Ruby, Helm, Cody.

A requester called Paul Jenkins must not cost a defect every "Jenkins 2.440": such a word alone
is the tool far more often than the person, and alone it tells a reader nothing about who they
are. So these words are not looked for alone in a person's name (the redactor and the leak check
share the lists); the full name, its logins and its addresses still are. A company's word is
different ("Helm" of Helm Logistics names the customer): it still goes. Ordinary words that are
names (Will, Mark) keep the earlier rule, removed when capitalised. First names that are mostly
first names (Claude, Hugo) are not on the list; Julia, Crystal and Ivy are, because tickets name
the languages and Apache Ivy (lang:Julia, github.com/crystal-lang/crystal) far more often.
"""

from __future__ import annotations

from backend.escalation.spans import linear

# Tools, products, languages and platforms that tickets name.
_TECH = """
jenkins ruby helm cody python java rust kotlin scala perl elixir dart
go golang haskell erlang clojure groovy lua rails django flask spring react angular vue svelte
ember node deno bun electron grafana jaeger kafka oracle apache docker mongo redis cassandra
spark hadoop ansible terraform vault consul nomad chef puppet maven gradle bazel
sonar nexus harbor zoekt gitlab github bitbucket gerrit phabricator gitea jira confluence slack
teams zoom okta azure amazon google heroku vercel netlify sentry datadog splunk elastic kibana
prometheus loki tempo thanos envoy istio linkerd traefik nginx caddy tomcat jetty chrome
firefox safari edge opera brave android windows linux ubuntu debian fedora centos alpine
postgres mysql sqlite snowflake databricks looker tableau figma notion travis
drone argo flux tekton buildkite bamboo teamcity octopus sourcegraph cloud git perforce
gemini mistral llama tomcat crystal julia ivy dex helix
""".split()
WORD_NAMES = frozenset(_TECH)


def is_word_name(form: str) -> bool:
    """A single word that is also a tool's, language's or product's name."""
    return " " not in form.strip() and form.strip().lower() in WORD_NAMES


def without_word_names(forms: list[str], whole: str | None) -> list[str]:
    """The forms of a person's name, less its single words that are tools' names (not the whole
    name)."""
    keep = (whole or "").strip().lower()
    return [f for f in forms if not is_word_name(f) or f.strip().lower() == keep]


_VERSION_NEXT = linear(r"^[ \t]+v?\d+\.\d")


def tool_at_version(text: str, start: int, end: int) -> bool:
    """text[start:end] is a tool's name with a version after it ("Harbor 2.9.1"): the tool, even
    when the company is named after it (Harbor Point Insurance), so it stays."""
    return is_word_name(text[start:end]) and bool(_VERSION_NEXT.search(text[end:end + 16]))
