TEAM = "release"
T = []
def t(form, prio, subject, desc, tags=(), org=()):
    T.append(dict(team=TEAM, form=form, priority=prio, subject=subject, description=desc, tags=list(tags), org_tags=list(org)))

# ---------------- template ----------------
t("template", "se/p0", "Instance down after upgrade - frontend crashlooping",
"""Sourcegraph version: 5.5.2463 -> 6.0.0
Platform information: Kubernetes 1.29 (AKS), Helm chart sourcegraph/sourcegraph

Steps to reproduce:
1. helm upgrade --install -f override.yaml --version 6.0.0 sourcegraph sourcegraph/sourcegraph
2. watch pods

Expected behavior:
<!-- What did you expect to happen? -->

Actual behavior:
migrator job failed, frontend in CrashLoopBackOff:
  "database schema out of date, run migrator" 
migrator log ends with:
  "error: dirty database: schema "frontend" marked dirty at version 1719912345, manual intervention required"

Additional context
Whole instance down for 2,400 users since 07:00. We have a DB snapshot from before the upgrade but would prefer not to lose a day of data if it can be fixed forward. Please call us.""",
["outage", "upgrade"], ["self-hosted"])

t("template", "se/p1", "Multi-version upgrade 5.1 -> 5.6 fails on drift check",
"""Sourcegraph version: 5.1.9 (target 5.6.0)
Platform information: docker-compose, single VM (64 cores, 256GB)

Steps to reproduce:
docker run --rm --network=docker-compose_sourcegraph sourcegraph/migrator:5.6.0 upgrade --from=5.1.9 --to=5.6.0

Expected behavior:
Migrations run

Actual behavior:
"drift detected: schema frontend: unexpected index "repo_name_trgm_idx" ... run with --skip-drift-check at your own risk"

Additional context
Our maintenance window closes at 06:00 (4 hours from now). Instance is currently stopped. We did create that index by hand 2 years ago on someone's advice. Is it safe to skip the drift check or drop it first?""",
["upgrade"], ["self-hosted"])

t("template", "se/p3", "sizing for 2,000 users",
"""Sourcegraph version: planning 6.1
Platform information: EKS (planning)

Steps to reproduce:
n/a

Expected behavior:
n/a

Actual behavior:
n/a

Additional context
We're moving from a single docker-compose box to Kubernetes. ~2,000 users, ~18k repos, ~3TB of git data. What node sizes / how many nodes would you recommend as a starting point? Also: which services need SSDs? Migration is next quarter, nothing urgent.""",
["question"], ["self-hosted"])

# ---------------- logs ----------------
t("logs", "se/p0", "nothing starts - pgsql pending",
"""After a node drain last night nothing comes back. Whole instance is down.

$ kubectl get pods -n sourcegraph
NAME                                     READY   STATUS             RESTARTS   AGE
pgsql-0                                  0/2     Pending            0          7h
codeintel-db-0                           0/2     Pending            0          7h
sourcegraph-frontend-6d9f7c8b5d-2kxwp    0/1     CrashLoopBackOff   84         7h
sourcegraph-frontend-6d9f7c8b5d-9qrtm    0/1     CrashLoopBackOff   84         7h
gitserver-0                              1/1     Running            0          7h
...

$ kubectl describe pod pgsql-0 -n sourcegraph
Events:
  Warning  FailedScheduling  default-scheduler  0/6 nodes are available: 6 node(s) had volume node affinity conflict.

The PVs are in eu-west-1a and after the drain all nodes came up in 1b/1c. Please advise ASAP, 1,500 developers without the tool.""",
["outage"], ["self-hosted"])

t("logs", "se/p1", "postgres connection alerts and slow everything",
"""Grafana / alertmanager, all since the weekend:

  warning  postgres: 80%+ connections in use          (usage_connections_percentage)
  critical postgres: 95%+ connections in use
  warning  frontend: mean blocked seconds per conn request  (mean_blocked_seconds_per_conn_request) 0.12s
  warning  postgres: 300s+ maximum transaction durations

Pages randomly take 10+ s and users get "pq: sorry, too many clients already" in the UI from time to time. Self-hosted k8s, 5.6, max_connections=200 (default from the chart I think). Should we raise it, or is something leaking connections?""",
["alert"], ["self-hosted"])

t("logs", "se/p2", "frontend container exits with 137 every few days",
"""$ docker ps -a --filter name=sourcegraph-frontend
CONTAINER ID  IMAGE                                 STATUS
a8c9e1f2b3d4  sourcegraph/frontend:5.4.7          Exited (137) 3 minutes ago

$ dmesg | tail -3
[812345.1] Memory cgroup out of memory: Killed process 31337 (frontend) total-vm:12.1GB
[812345.2] oom_reaper: reaped process 31337 (frontend)

docker-compose deployment. It restarts by itself and users get a few minutes of errors. Happens every 2–3 days. Limits are whatever the compose file ships with.""",
[], ["self-hosted"])

# ---------------- one-liner ----------------
t("one-liner", "se/p0", "EVERYTHING DOWN after upgrade",
"helm upgrade to 6.1, 500 on every page", ["outage"], ["self-hosted"])

t("one-liner", "se/p2", "executor not picking jobs",
"jobs queued forever, executor VM says it's polling fine", [], [])

t("one-liner", "se/p3", "Is k8s 1.30 supported?", "", ["question"], [])

# ---------------- email-thread ----------------
t("email-thread", "se/p1", "Re: Re: Migration to EKS - data restore failing",
"""Hi all,

Pulling support in - we're stuck on the database restore step and the cutover is this Saturday.

Regards,
Miguel

On Wed, 9 Apr 2025 at 17:44, Miguel Sandoval wrote:
> Thanks Ahmet. We followed the migration guide for moving from docker-compose to the Helm chart. Dump from the old VM:
>   pg_dump -U sg -d sg -Fc > sg.dump
> Restore into the new pgsql pod:
>   pg_restore -U sg -d sg sg.dump
>   pg_restore: error: could not execute query: ERROR:  role "sg_ro" does not exist
>   pg_restore: error: COPY failed for table "repo": ERROR: extension "pg_trgm" is not available
>   pg_restore: warning: errors ignored on restore: 214
> Frontend then starts but shows 0 repos and no users.
>
> On Wed, 9 Apr 2025 at 09:10, Ahmet Yildiz wrote:
> > Miguel, the old VM is scheduled for decommission on the 14th, so we need the new cluster live before that.

Miguel Sandoval
Infrastructure Engineer, Aster Mobility
Confidentiality notice: this message is intended only for the addressee.""",
["migration"], ["self-hosted"])

t("email-thread", "se/p2", "RE: Grafana empty after moving to our Prometheus",
"""Hello,

Following up on the question from my colleague below.

Regards
Yusuf

-----Original Message-----
From: Clara Mendes
Sent: 03 March 2025 09:18
Subject: Grafana empty after moving to our Prometheus

Hi,

We disabled the bundled Prometheus in the Helm chart and point everything to our central kube-prometheus-stack. Metrics are scraped (we see `src_*` series in our Prometheus), but the Sourcegraph Grafana dashboards all say "No data", and we no longer get any of the built-in alerts.

Our values.yaml:
  prometheus:
    enabled: false
  grafana:
    enabled: true
    datasourceUrl: http://kube-prometheus-stack-prometheus.monitoring:9090

What else needs to be configured? The instance itself runs fine.

Clara Mendes | SRE | Tessellate Health
This email and any files transmitted with it are confidential.""",
["monitoring"], ["self-hosted"])

t("email-thread", "se/p0", "FW: Sourcegraph exposed publicly",
"""Support,

Forwarding our pentest finding. Our instance became reachable from the internet and we need to understand how and lock it down properly.

-- Ryo

> From: Red Team <redteam@umbra-studios.example>
> Sent: 22 April 2025 19:02
> Subject: Finding RT-2025-044 (Critical)
>
> The Sourcegraph instance (sg.umbra.internal) has an external IP 34.xx.xx.xx responding on 443 and 80. Sign-up is enabled (builtin auth, allowSignup=true) and we created an account without any invite, which gave us read access to all indexed repositories including game-engine source.
>
> Root cause appears to be the Service `sourcegraph-frontend` of type LoadBalancer introduced during the chart upgrade on April 15 (previously ClusterIP behind our internal ingress).
>
> > From: Ryo Takahashi
> > We upgraded the chart last week, nothing else should have changed.

We have since scaled the frontend to 0. Need guidance before bringing it back, and confirmation whether the chart change was expected.

Ryo Takahashi | Platform Lead | Umbra Studios""",
["security", "escalated"], ["self-hosted"])

# ---------------- non-native ----------------
t("non-native", "se/p1", "after install new version the page very slow, CPU 100%",
"""hello, we install new version 6.0 yesterday on our kubernetes. Now every page very slow (10-15 second) and the frontend pods use CPU 100% all time. Before upgrade was normal. We have 800 user. Nothing other change. What we can check?""",
[], ["self-hosted"])

t("non-native", "se/p2", "behind nginx mixed content",
"""Hi, we put sourcegraph behind our nginx with https. Page open but many thing broken, browser say "Mixed Content: the page was loaded over HTTPS, but requested an insecure resource http://..." . externalURL in config is https already. What we need set in nginx? docker compose install.""",
[], ["self-hosted"])

t("non-native", "se/p1", "disk full on server, services restart",
"""Hello support, our sourcegraph server (docker compose) disk become 100% full this night. We delete some docker image and now 96%. But some container still restart always (searcher, symbols, zoekt-indexserver) and search work only sometime. Which volume we can clean safe? We cannot buy bigger disk before next week.""",
[], ["self-hosted"])

# ---------------- markdown ----------------
t("markdown", "se/p2", "nodeSelector/tolerations ignored for some StatefulSets",
"""## Setup
- Helm chart `sourcegraph/sourcegraph` 6.0.1
- Dedicated node pool `sg-pool` with a taint `dedicated=sourcegraph:NoSchedule`

## values.yaml (excerpt)
```yaml
sourcegraph:
  nodeSelector:
    pool: sg-pool
  tolerations:
    - key: dedicated
      operator: Equal
      value: sourcegraph
      effect: NoSchedule
```

## Problem
- Deployments land on `sg-pool` ✅
- `gitserver`, `indexed-search` StatefulSets stay **Pending** ❌ (no toleration in the rendered manifest)

Workaround: patching them by hand, but Helm reverts it on every upgrade.""",
[], ["self-hosted"])

t("markdown", "se/p1", "ImagePullBackOff for 3 services after upgrade (air-gapped)",
"""# Environment
- Air-gapped, images mirrored to `registry.copperline.internal/sourcegraph/`
- Upgrade 5.6.0 → 6.0.2 via Kustomize overlays

# Symptoms
```
$ kubectl get pods | grep -v Running
syntect-server-7bb9c6c5d-xv2kq     0/1  ImagePullBackOff
worker-5f8d7c9c8-ptq4j             0/1  ImagePullBackOff
searcher-0                         0/1  ImagePullBackOff
```
```
Failed to pull image "registry.copperline.internal/sourcegraph/worker:6.0.2@sha256:9e1a...": manifest unknown
```

We mirrored the tags listed in the release notes. Looks like the digests in the manifests don't match what we mirrored.

# Impact
Search partially works, syntax highlighting gone, background jobs not running. ~900 users.""",
["upgrade"], ["self-hosted"])

t("markdown", "se/p3", "Upgrade guide uses a migrator flag that no longer exists",
"""Hi,

Not blocking, just reporting:

- The Kubernetes upgrade page in your documentation tells you to run `migrator drift --db=frontend --version=v5.6.0`
- With the 6.0 migrator image that fails: `flag provided but not defined: -db`
- `migrator drift --help` shows it's `--schema` now

Worked it out ourselves but the page should probably be fixed so others don't trip on it.""",
["docs"], ["self-hosted"])

# ---------------- chat-paste ----------------
t("chat-paste", "se/p0", "prod down after GKE node pool upgrade",
"""Slack #incident-4411:

[08:31] alex.p: sourcegraph returning 503 from ingress for everyone
[08:32] alex.p: GKE auto-upgraded the node pool overnight (1.28 -> 1.29)
[08:34] fiona: all pods are restarting in a loop, gitserver-0 can't mount its volume: "Multi-Attach error for volume pvc-8c1e... Volume is already exclusively attached to one node"
[08:40] alex.p: frontend readiness fails because gitserver is down
[08:41] fiona: opening a ticket with them. ~2k users down""",
["outage"], ["self-hosted"])

t("chat-paste", "se/p1", "redis store alert, everyone keeps getting logged out",
"""Paste from our ops channel:

  14:02  PagerDuty: [FIRING] redis: redis-store availability (redis-store_up) CRITICAL
  14:03  lou: users say they get kicked back to the login page every few minutes
  14:05  karim: redis-store pod restarted 11 times today, OOMKilled. limit is 1Gi
  14:06  lou: is it safe to just double the memory? do we lose sessions?

Self-hosted k8s 5.5. It's annoying everyone, ~600 people.""",
["alert"], ["self-hosted"])

t("chat-paste", "se/p2", "Prometheus rule failures / alertmanager can't notify",
"""Copied from our #monitoring channel:

> **sana**: built-in grafana shows `prometheus_rule_eval_failures` warning and `alertmanager_notification_failures` on the sourcegraph monitoring
> **sana**: so we might be missing alerts entirely?
> **tim**: alertmanager logs: `Notify for alerts failed: Post "https://hooks.slack.com/services/...": dial tcp: i/o timeout`
> **sana**: we added an egress proxy last week...

Self-hosted docker-compose. What's the right way to configure a proxy for the bundled alertmanager?""",
["monitoring"], ["self-hosted"])

# ---------------- mixed ----------------
t("mixed", "se/p2", "syntect-server memory alert firing constantly",
"""Sourcegraph version: 5.6.0
Platform information: k8s

Grafana alerts:
```
warning: syntect-server: 90%+ container memory usage (1d maximum)  -- container_memory_usage
warning: syntect-server: container_oomkill_events_total > 0
```

Teammate on Slack:
> the highlighting pod restarts a few times a day, files briefly show without colour then come back

What resources should this service have for ~1,200 users? Current limit is 2Gi.""",
["alert"], ["self-hosted"])

t("mixed", "se/p3", "ARM (Graviton) nodes?",
"""Hi,

From our capacity planning doc:
> - move Sourcegraph cluster to Graviton (m7g) nodes to save ~30%
> - **open question**: are all Sourcegraph images multi-arch?

Is running the whole deployment on arm64 supported? Any images that are amd64-only? No rush, planning for H2.""",
["question"], ["self-hosted"])

t("mixed", "se/p1", "config changes not applied on 2 of 3 frontends",
"""We changed the site config (added a new auth provider and a banner) and only 1 of our 3 frontend replicas picked it up. Users get different behaviour depending on which pod they hit.

Alerts:
```
critical: frontend: 300s+ maximum duration since last successful site configuration update (all "frontend" instances)
  (frontend_site_configuration_duration_since_last_successful_update_by_instance)
```

Slack:
> **ivan**: restarting the two pods fixes it until the next config change
> **maria**: the new login button appears and disappears on refresh lol

Self-hosted Helm, 6.0.1. Happens every time we edit the config now.""",
["alert"], ["self-hosted"])
