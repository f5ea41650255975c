# Round-4 training tickets (real-ticket forms), part 1: cloud and release.
# Written for issue #13 from the handbook alone; heldout/ and blind/ were never opened.
T = []


def t(team, prio, subject, desc, form, tags=(), org_tags=()):
    T.append(dict(team=team, priority=prio, subject=subject, description=desc, form=form,
                  tags=list(tags), org_tags=list(org_tags)))


# --- cloud: managed instances, sourcegraph.com, Open Source Search ---
t("cloud", "se/p0", "instance down",
  "", "one-liner", org_tags=["managed_instance"])
t("cloud", "se/p0", "Fwd: all devs locked out of halvorsen.sourcegraph.com",
  "Forwarding from our platform lead, see below.\n\n---------- Forwarded message ---------\nFrom: Ingrid\n> Since 07:15 every single user gets a white page with 'upstream connect error' on https://halvorsen.sourcegraph.com\n> Nobody can search, nobody can open a file. Status page shows green.\n\nThis is our hosted instance, you operate it. Please treat as an outage.\n\nBR,\nPetter\nHalvorsen Maritime IT\nMobile +47 000 00 000",
  "email-thread")
t("cloud", "se/p1", "[Bug] Sourcegraph Cloud: code monitors stopped firing",
  "### Sourcegraph version\nCloud (managed), whatever is current\n\n### Platform information\nSourcegraph Cloud instance `pinecrest.sourcegraph.com`\n\n### Steps to reproduce\n1. Have code monitors with email actions\n2. Push a matching commit\n\n### Expected behavior\nEmail within minutes\n\n### Actual behavior\nNothing since Tuesday for all 40 monitors. We can't see the worker logs since it is your infra.\n\n### Additional context\n<!-- Add any other context about the problem here -->",
  "template", org_tags=["cloud_customer"])
t("cloud", "se/p2", "slowness on hosted instance after the weekend",
  "hello support,\nsince saturday our sourcegraph (hosted by you, the managed one) is very slow to show search results, like 15 seconds, before was 2. we have not changed anything on our side because we do not have access to the infrastucture. can you look at the resources of our instance? maybe it need more memory?\nthank you\nRavi",
  "non-native")
t("cloud", "se/p3", "Open Source Search - private repos?",
  "Quick one: if I sign in on sourcegraph.com with GitHub, will Open Source Search ever show my private repos? My manager wants to know before people start using it.",
  "one-liner")
t("cloud", "se/p2", "sourcegraph.com search results missing a popular repo",
  "Searching `repo:^github\\.com/fernwood-oss/ledgerkit$ TODO` on sourcegraph.com returns nothing, although the repo is public and has 3k stars. Other repos work. Is there a way to request it be added to the public index?",
  "markdown")
t("cloud", "se/p1", "Re: maintenance window - still broken",
  "Hi,\n\nThe maintenance you announced ended 4 hours ago but our managed instance still answers 503 on /search for roughly half our users (the other half gets in after several reloads).\n\n> On Sat, Sam wrote:\n> We will upgrade your Sourcegraph Cloud instance on Saturday 02:00-04:00 UTC.\n> No action is needed on your side.\n\nNo action on our side possible either, so please check.\n\nThanks\nLeonie Brandt\nEngineering Productivity",
  "email-thread")
t("cloud", "se/p2", "need new IP allowlist for cloud instance",
  "[10:02] kofi: our GitLab is behind a firewall, which egress IPs does our Sourcegraph Cloud instance use now?\n[10:03] kofi: the PDF from onboarding is from last year\n[10:05] kofi: sync errors started this morning: `dial tcp 10.0.4.2:443: i/o timeout`",
  "chat", org_tags=["managed_instance"])
t("cloud", "se/p3", "Can you change the SMTP sender on our managed instance",
  "Hi team, emails from our managed Sourcegraph come from a noreply address; can the site admin change the sender to our domain, or is that something only your side configures on the Cloud instance? Not urgent.",
  "one-liner")
t("cloud", "se/p2", "cloud: site-config change keeps getting reverted",
  "We edit site config on our managed instance:\n```json\n{\n  \"search.limits\": {\"maxRepos\": 80000},\n  \"externalURL\": \"https://quarry.sourcegraph.com\"\n}\n```\nSave works, but after a few hours the value is back to the old one. Is there an operator process overwriting it? Who owns this on your side?",
  "config")
t("cloud", "se/p1", "Grafana on managed instance: frontend container restarts",
  "Our site admin page shows the warning `frontend: container restarts (5m)` for our Sourcegraph Cloud tenant, and the web UI drops every few minutes for everybody in the EU office. We cannot restart anything ourselves.",
  "logs", org_tags=["managed_instance"])
t("cloud", "se/p2", "upgrade request for our dedicated cloud instance",
  "Hello! Our managed instance is still on 5.9 and we need a feature from 6.2 (the new batch changes UI) for a project starting on the 15th. When is our instance scheduled to be upgraded, and can it be sooner?\n\nCheers,\nNoor\n--\nsent from mobile",
  "email-thread")
t("cloud", "se/p3", "Data residency for Sourcegraph Cloud",
  "Our security review asks in which region our managed Sourcegraph Cloud instance stores its data and backups, and whether we can move it to the EU. Could you point us to who can answer?",
  "markdown")
t("cloud", "se/p2", "sourcegraph.com rate limited our CI",
  "```\nHTTP 429 Too Many Requests\nretry-after: 60\nx-ratelimit-remaining: 0\n```\nOur CI job queries the sourcegraph.com GraphQL API for public code examples. Since Monday it gets 429 after ~50 calls. Was the anonymous limit on sourcegraph.com lowered? We can use a token if needed.",
  "logs")

# --- release: self-hosted deployment, upgrades, Helm, docker-compose, k8s ---
t("release", "se/p0", "PROD DOWN after helm upgrade",
  "helm upgrade to 6.1.0 done 30 min ago, now every user gets 502 Bad Gateway, nobody can log in.\n\n```\n$ kubectl get pods -n sourcegraph\nNAME                        READY   STATUS             RESTARTS\nsourcegraph-frontend-7c9f   0/1     CrashLoopBackOff   9\npgsql-0                     1/1     Running            0\n```\nfrontend log ends with `failed to apply migrations: dirty database version 1686315964`. Rollback?",
  "logs")
t("release", "se/p1", "[Bug] docker-compose: searcher OOM every hour",
  "**Sourcegraph version:** 5.11.3\n**Platform information:** docker-compose on a single 32 GB VM (Ubuntu 22.04)\n\n**Steps to reproduce:**\n1. run normally\n\n**Expected behavior:** stable\n\n**Actual behavior:** `searcher-0 exited with code 137` about once an hour, searches fail for everyone for ~2 min each time\n\n**Additional context:** we did not change the compose file. Is 32 GB too small for 9k repos?",
  "template", org_tags=["self_hosted"])
t("release", "se/p2", "Re: migrator multi-version upgrade 5.3 -> 6.0",
  "Thanks for the link. We ran\n\n    docker run sourcegraph/migrator:6.0.0 upgrade --from=5.3.9 --to=6.0.0\n\nand it stops with `drift detected: table lsif_uploads column ...`. We are still running 5.3 fine, so no outage, but we need the upgrade done before the end of the month.\n\n> Please use the migrator's upgrade command for multi-version upgrades.\n\nRegards\nTom\nInfra team",
  "email-thread", org_tags=["on_prem"])
t("release", "se/p3", "helm values for external postgres?",
  "Which keys in values.yaml do we set to use our own RDS postgres instead of the bundled pgsql statefulset? Something like\n```yaml\npgsql:\n  enabled: false\n```\nand then where do the credentials go?",
  "config")
t("release", "se/p2", "kubernetes docs for upgrade skip a step",
  "Following the Kubernetes upgrade guide in your documentation for 5.10 -> 5.11: it never says to run the migrator before rolling the frontend, so our frontend sat in `waiting for migrations` for an hour until we guessed it. Please fix the upgrade instructions.",
  "markdown", org_tags=["self_hosted"])
t("release", "se/p2", "Grafana dashboards empty on our cluster",
  "Our self-hosted Grafana (the one bundled with the Sourcegraph Helm chart) shows `No data` on every panel since we moved to a new node pool. Prometheus pod is running. kubectl logs prometheus shows `permission denied` on /prometheus. Monitoring is dead but the product works.",
  "logs")
t("release", "se/p1", "sourcegraph extremely slow for most users (self hosted)",
  "hi,\nour self-hosted instance (k8s, 3 nodes) is extremly slow since two days, pages take 40s, most of 2000 engineers complain. cpu of frontend pods at 100%. we did not upgrade. what can we check? no workaround found\n\nthanks, Mehmet",
  "non-native")
t("release", "se/p3", "Minimum resources for a 500-user docker-compose install",
  "Planning a new self-hosted install with docker-compose. How many CPUs and how much RAM for ~500 users and 3k repos? The resource estimator link in the docs gave me a 404 by the way.",
  "one-liner")
t("release", "se/p2", "executors on our own VMs fail to start",
  "```\nexecutor[1123]: level=error msg=\"failed to start firecracker VM\" err=\"/dev/kvm: permission denied\"\n```\nSelf-hosted executors for batch changes server-side runs, installed from the executor binary on GCP VMs we manage. Nested virtualization is enabled I think.",
  "logs")
t("release", "se/p2", "Prometheus alert: Infrastructure Org disk pressure",
  "Our on-prem monitoring fires `warning: pgsql: disk space remaining below 10%` and the Infrastructure alerts panel is red. Is it safe to grow the PVC online with Helm, or do we need downtime?",
  "logs", org_tags=["self_hosted"])
t("release", "se/p3", "air-gapped install images",
  "We run in an air-gapped network. What is the list of container images we need to mirror for the 6.x Helm chart, and do you publish their digests?",
  "one-liner", org_tags=["on_prem"])
t("release", "se/p1", "[URGENT] instance unusable after node reboot - pgsql won't start",
  "Subject says it. After the VM reboot last night the `pgsql` container loops with\n```\nFATAL: could not open file \"pg_wal/000000010000003A\": No such file or directory\n```\nsearch and login fail for most users. Self-hosted, docker-compose 5.10.1. We have backups from 2 days ago.\n\n--\nSent from my phone",
  "logs")
t("release", "se/p2", "helm chart: ingress annotations ignored",
  "values-override.yaml:\n```yaml\nfrontend:\n  ingress:\n    enabled: true\n    annotations:\n      nginx.ingress.kubernetes.io/proxy-body-size: \"50m\"\n```\nAfter `helm upgrade -f values-override.yaml` the rendered Ingress has no annotations. Chart 5.11.0. Large batch spec uploads fail with 413.",
  "config")
t("release", "se/p3", "Can we run Sourcegraph on AWS ECS instead of k8s?",
  "Hallo, our platform team only supports ECS Fargate, not kubernetes. Is there a supported way to deploy Sourcegraph there, or should we use the docker-compose on EC2? Thanks und viele Grüße, Jana",
  "non-native")
