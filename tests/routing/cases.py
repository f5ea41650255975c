"""Hand-written test tickets for each handbook route and ambiguity (not training data)."""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    """A ticket, the handbook route it must reach and the team that route resolves to."""

    name: str
    subject: str
    description: str
    route: str
    team: str
    org_tags: tuple[str, ...] = ()


ROUTE_CASES = [
    Case(
        "infrastructure",
        "Pods stuck after helm upgrade",
        "We bumped the helm chart to 5.4 on our own EKS cluster and the frontend pods are in "
        "CrashLoopBackOff. kubectl describe shows the migrator job never finished.",
        "infrastructure",
        "release",
    ),
    Case(
        "monitoring",
        "Grafana dashboards show high memory",
        "Our self-hosted instance: the Grafana dashboards show memory climbing every night and "
        "Prometheus fires alerts about resources. How should we size it?",
        "monitoring",
        "release",
    ),
    Case(
        "cody",
        "Cody chat returns an error in JetBrains",
        "Cody chat in IntelliJ says 'request failed' whenever I ask about the current file. "
        "Autocomplete works. We use Anthropic through Cody Gateway.",
        "cody",
        "cody",
    ),
    Case(
        "code-host-connections",
        "GitLab repositories stopped syncing",
        "Since yesterday our GitLab code host connection no longer syncs new projects; the token "
        "is still valid. Cloning of existing repositories also fails with 401.",
        "code-host-connections",
        "source",
    ),
    Case(
        "perforce",
        "Perforce depot not cloning",
        "We added a Perforce depot (//depot/main) and it never finishes cloning; p4 fusion logs "
        "show a timeout.",
        "perforce",
        "source",
    ),
    Case(
        "permission-syncing",
        "Permission syncing lags for Bitbucket Server",
        "Repo permissions from Bitbucket Server take days to apply. The permission syncing page "
        "shows the last sync a week ago.",
        "permission-syncing",
        "source",
    ),
    Case(
        "license-enforcement",
        "Instance says seat limit exceeded but we have seats",
        "After the upgrade the banner says the license seat limit exceeded, but we have 400 seats "
        "and only 310 users. The license check seems wrong and blocks new sign-ups.",
        "license-enforcement",
        "source",
    ),
    Case(
        "repository-management",
        "Repos out of date, gitserver errors",
        "A dozen repositories are stale: repo-updater schedules them but gitserver logs "
        "'git fetch failed: exit status 128'. Disk is fine.",
        "repository-management",
        "source",
    ),
    Case(
        "code-intelligence",
        "Find references misses results in Java",
        "Precise code intelligence for our Java monorepo: go to definition works, but find "
        "references misses callers in other modules. We upload SCIP with scip-java.",
        "code-intelligence",
        "graph",
    ),
    Case(
        "search",
        "Indexed search returns partial results",
        "Searching for a regexp across all repos returns partial results and a timeout banner. "
        "zoekt-webserver logs show shards being reloaded.",
        "search",
        "search-platform",
    ),
    Case(
        "code-search-features",
        "Code monitor never emails",
        "We set up a code monitoring trigger for new uses of a deprecated API but the code monitor "
        "never sends the email action.",
        "code-search-features",
        "code-search",
    ),
    Case(
        "browser-extension",
        "Browser extension not showing on GitHub",
        "The Sourcegraph browser extension in Chrome no longer shows the hover tooltips and the "
        "'View on Sourcegraph' button on GitHub pull request pages.",
        "browser-extension",
        "code-search",
    ),
    Case(
        "extensions",
        "git-extras blame not showing",
        "The git-extras extension used to show blame next to each line; after enabling it from "
        "the extension registry nothing appears.",
        "extensions",
        "code-search",
    ),
    Case(
        "batch-changes",
        "Batch change changesets not publishing",
        "Our batch spec applies fine with src batch apply, but the changesets never get "
        "published to the code host.",
        "batch-changes",
        "code-search",
    ),
    Case(
        "cloud",
        "Open Source Search on sourcegraph.com",
        "On sourcegraph.com, Open Source Search stopped returning results for our public "
        "repository.",
        "cloud",
        "cloud",
    ),
    Case(
        "iam",
        "SAML login loops back to the sign in page",
        "After rotating our Okta certificate, SAML SSO login loops: users authenticate and land "
        "back on the sign in page. Builtin auth works for admins.",
        "iam",
        "source",
    ),
    Case(
        "code-insights",
        "Code Insights backfill stuck",
        "A code insights dashboard tracking technical debt has been backfilling for four days; "
        "the data series are empty.",
        "code-insights",
        "code-search",
    ),
    Case(
        "docs-site",
        "docs.sourcegraph.com is down",
        "docs.sourcegraph.com returns a 502 for every page for our team in Europe.",
        "docs-site",
        "docs",
    ),
    Case(
        "subscriptions",
        "License key expires next week",
        "Our license key expires on Friday and the renewal contract is still with procurement. "
        "Can we get an extension?",
        "subscriptions",
        "sales-ce",
    ),
    Case(
        "usage-statistics",
        "Monthly active users number",
        "Where can I find our MAU and WAU numbers? Leadership wants usage statistics for the "
        "last quarter.",
        "usage-statistics",
        "data-analytics",
    ),
]

# The handbook's ambiguities, each resolved in both directions.
AMBIGUITY_CASES = [
    Case(
        "github-connection",
        "GitHub repos not cloning",
        "Our GitHub Enterprise code host: new repositories are not cloning and the sync "
        "hits a rate limit on the token.",
        "code-host-connections",
        "source",
    ),
    Case(
        "github-native-integration",
        "No Sourcegraph button on GitHub",
        "With the browser extension installed, hovering code on GitHub shows no code intelligence "
        "tooltip any more.",
        "browser-extension",
        "code-search",
    ),
    Case(
        "bitbucket-connection",
        "Bitbucket sync failing",
        "Bitbucket Server repositories stopped syncing after we rotated the token.",
        "code-host-connections",
        "source",
    ),
    Case(
        "bitbucket-native-integration",
        "Bitbucket native integration missing",
        "The Bitbucket Server native integration plugin no longer shows the Sourcegraph buttons "
        "on Bitbucket pull request pages.",
        "browser-extension",
        "code-search",
    ),
    Case(
        "indexing-repos",
        "Repositories not indexing",
        "New repositories are not being cloned: indexing never starts because gitserver reports "
        "the clone as queued for days.",
        "repository-management",
        "source",
    ),
    Case(
        "indexing-search",
        "Search index lagging",
        "The search index is lagging: zoekt indexing of the main branch takes hours, so search "
        "results are stale.",
        "search",
        "search-platform",
    ),
    Case(
        "deploy-self-hosted-text",
        "Upgrade fails on our cluster",
        "We run Sourcegraph self-hosted on Kubernetes. The upgrade to 5.3 fails in the migrator.",
        "infrastructure",
        "release",
    ),
    Case(
        "deploy-managed-text",
        "Upgrade of our managed instance",
        "Our managed instance is still on 5.2; when will you upgrade it? Our users are asking.",
        "cloud",
        "cloud",
    ),
    Case(
        "perf-self-hosted-tag",
        "Instance very slow since Monday",
        "Pages take 20 seconds to load since Monday. CPU looks high on the dashboard.",
        "monitoring",
        "release",
        ("self_hosted",),
    ),
    Case(
        "perf-managed-tag",
        "Instance very slow since Monday",
        "Pages take 20 seconds to load since Monday. CPU looks high on the dashboard.",
        "monitoring",
        "cloud",
        ("managed_instance",),
    ),
]

# Alerts go to the team that manages them (alerts-owners.tsv).
ALERT_CASES = [
    ("gitserver: disk_space_remaining is firing on our instance", "source"),
    ("Alert warning_zoekt_container_cpu_usage keeps firing", "search-platform"),
    ("precise-code-intel-worker container_cpu_usage alert", "graph"),
    ("frontend: 99th_percentile_search_request_duration alert firing", "code-search"),
]
