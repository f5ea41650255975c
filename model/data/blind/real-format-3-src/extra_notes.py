"""Additional borderline-routing notes, keyed by ticket subject (merged by build.py)."""

NOTES = {
    "[FIRING:1] hard_timeout_search_responses (frontend) critical":
        "Search timeouts feel like search-platform, but the alert table assigns the frontend search-latency/timeout alerts to the Code Search team → code-search.",
    "what does 'sentinel stream latency' mean":
        "Sentinel latency alerts (frontend) are owned by the Code Search team in the alert table → code-search.",
    "sourcegraph buttons gone from PR page":
        "Mentions GitHub (a code-host keyword) but it is the browser extension / native integration UI → code-search, not source.",
    "gitserver down? search errors everywhere":
        "Customer blames gitserver; the failing component is zoekt's get_index_options (alert owned by Search Platform). A NetworkPolicy change may make it a deployment question, but routed on the alert owner → search-platform.",
    "Search shows old code, file view shows new code":
        "Repo is cloned and fetched (source is fine), the search index is stale → search-platform, not source.",
    "symbols sidebar empty + symbols pod restarting":
        "Symbols container alerts belong to the Code intelligence team in the alert table → graph (not search).",
    "commit graph updater alert firing":
        "codeintel_commit_graph_queued_max_age on worker is owned by Code intelligence → graph.",
    "embeddings pods blocked on db connections":
        "mean_blocked_seconds_per_conn_request on embeddings is owned by the Cody team in the alert table (unlike most services where it is Infra Org) → cody.",
    "[CRITICAL] postgres usage_connections_percentage":
        "Postgres alerts are owned by 'Infrastructure Org', which is not a routing key; self-hosted → release (handbook: other self-hosted monitoring/perf goes to Release).",
    "frontend container_memory_usage warning":
        "frontend container resource alerts are Infra Org → release for a self-hosted customer.",
    "Need Cody adoption numbers by Friday":
        "About Cody, but the ask is usage statistics (WAU, counts) → data-analytics.",
    "Estadísticas de uso de Cody vacías":
        "Cody mentioned, but it is the usage/analytics page that is empty → data-analytics.",
    "Docs site 502 in the middle of our upgrade":
        "Docs-site availability → docs; raised to p1 because it blocks an in-progress production maintenance window.",
    "Code completion stopped after VS Code extension update":
        "IDE extension regression → cody (handbook: all Cody questions go to #discuss-cody).",
}
