from common import T

TEAM = "release"

TICKETS = [
T("PROD DOWN after upgrade 4.5 -> 5.2, migrator fails", "p0", "log_paste", r"""
We started the multi-version upgrade from 4.5.1 to 5.2.7 at 22:00 last night (maintenance window).
migrator fails and frontend won't start. Instance has been down for 9 hours, 1,800 users.

$ kubectl -n sourcegraph logs job/migrator-upgrade
✱ Sourcegraph migrator 5.2.7
👉 Migrating to v5.2 (step 3 of 6)
👉 Running up migrations [1686315964] on schema frontend
❌ failed to run migration for schema "frontend": dirty database: schema "frontend" marked dirty at version 1686315964
💡 run `migrator drift --db=frontend --version=v5.2.7` then `migrator add-log ...` to repair

$ kubectl -n sourcegraph get pods | grep frontend
sourcegraph-frontend-6d9f7c8b55-2xk8p   0/1   CrashLoopBackOff   41   9h
sourcegraph-frontend-6d9f7c8b55-9qwlm   0/1   CrashLoopBackOff   41   9h

We have a DB snapshot from before the upgrade. Do we roll back or is there a safe way forward?
Please call: +44 (on file). — Callum Brodie, SRE lead, Westerly Rail
"""),

T("Helm: TLS on ingress", "p3", "web_form", r"""
**Name:** Ayesha Siddiqui
**Company:** Marigold Health Systems
**Sourcegraph version:** 5.6.185
**Deployment type:** Kubernetes (Helm)
**Describe the problem:** What is the correct way to set our own TLS certificate on the frontend ingress with the Helm chart? We use an internal CA and cert-manager. The values file example only shows annotations.
**Steps to reproduce:**
**Expected:**
**Actual:**
**Screenshots / logs:**
**How many users are affected:** new install, not live yet
**Business impact:** go-live in 3 weeks
"""),

T("docker-compose: frontend restarts after host reboot", "p1", "log_paste", r"""
After patching and rebooting the VM last night, Sourcegraph comes up but the frontend container
keeps restarting. Users get "Sourcegraph is starting up" most of the time.

$ docker ps --format '{{.Names}}\t{{.Status}}' | head
sourcegraph-frontend-0          Restarting (1) 12 seconds ago
sourcegraph-frontend-internal   Up 14 minutes
pgsql                           Up 14 minutes (healthy)
codeintel-db                    Up 14 minutes (healthy)
gitserver-0                     Up 14 minutes

$ docker logs sourcegraph-frontend-0 --tail 4
✱ Sourcegraph is starting up.
Failed to connect to codeinsights database: failed to connect to `host=codeinsights-db user=postgres database=postgres`: dial error (dial tcp: lookup codeinsights-db on 127.0.0.11:53: server misbehaving)

codeinsights-db container isn't in the list at all. Docker engine also got upgraded to 27.x during
the patch. 5.5.2463, ~350 users. — Aurelio Benvenuti, Cappelletti Sistemi
"""),

T("[CRITICAL] postgres usage_connections_percentage", "p1", "alert_payload", r"""
=== Sourcegraph alert (via Halyard Notify) ===
alertname: usage_connections_percentage
service: postgres
level: critical
summary: postgres: 100%+ connection usage for 5m0s
value: 100
labels: instance="pgsql:9187", deployment="sg-onprem", customer="Brightling Chemicals"
starts_at: 2025-12-01T08:05:41Z
=============================================
Customer follow-up 08:22: users intermittently get "500 Internal Server Error" and "too many clients
already". We bumped frontend replicas from 2 to 6 on Friday to handle the Monday load. Self-hosted,
Kubernetes, 5.6.185.
"""),

T("frontend container_memory_usage warning", "p2", "alert_payload", r"""
Subject: [Sourcegraph] WARNING container_memory_usage (frontend)

Alert: container_memory_usage
Service: frontend
Level: warning
Description: frontend: 99%+ container memory usage by instance
Instance: sourcegraph-frontend-7f6b9d-lm2pq
Active since: 2025-11-30 21:14 UTC

-- sent by Tolland Group's on-prem Alertmanager, auto-ticket
Admin note: no OOM kills yet, limit is 8Gi on each of 3 replicas. Should we raise it? 4,000 users.
"""),

T("Upgrade von 5.1 auf 5.3 mit Helm – pgsql PVC", "p2", "non_english", r"""
Hallo,

wir planen das Upgrade unserer Instanz (Kubernetes, Helm) von 5.1.9 auf 5.3.x. In den Release Notes
steht, dass sich das Postgres-Image ändert. Müssen wir das PVC für pgsql vorher sichern und manuell
migrieren, oder erledigt das der Chart bzw. der migrator?

Außerdem: Können wir direkt von 5.1 auf 5.3 springen oder müssen wir über 5.2?

Das Wartungsfenster ist am 13.12., wir möchten vorher einen Testlauf in Staging machen.

Viele Grüße
Matthias Sauerbrey
Plattform-Betrieb, Hanse Bauteile AG
"""),

T("Air-gapped install: image mirror questions", "p2", "email_thread", r"""
Hi,

We need to run Sourcegraph in an air-gapped network (defence customer). We can only pull images from
our internal Harbor registry (harbor.vexillum.internal).

1. Is there an official list of all images + digests per version so we can mirror exactly those?
2. Does anything phone home at startup and fail when there's no internet (e.g. update checks, telemetry)?
3. Helm chart: is there a single value to override the registry for all images?

We're trying to get a test install up before the customer's accreditation review on Dec 16.

Thanks,
Brennan Achterberg
Systems Engineer, Vexillum Defence Solutions

> From: Brennan Achterberg
> Also: we're on RKE2, if that matters.
"""),

T("executors won't register: 401", "p2", "log_paste", r"""
We deployed 2 executor VMs on AWS with the Terraform module (version matching our instance, 5.6.185).
They never show up under Site admin → Executors. On the VM:

$ journalctl -u executor --since "10 min ago" | tail -4
Dec 01 09:12:03 exec-1 executor[1442]: {"SeverityText":"ERROR","Body":"Failed to dequeue","Attributes":{"queue":"batches","error":"unexpected status code 401"}}
Dec 01 09:12:08 exec-1 executor[1442]: {"SeverityText":"ERROR","Body":"Failed to dequeue","Attributes":{"queue":"batches","error":"unexpected status code 401"}}

The `EXECUTOR_FRONTEND_PASSWORD` is the same string we put in `executors.accessToken` in site config
(we double-checked for trailing spaces). Server-side batch changes are blocked on this.

Oriane Vasseur, Fabrique Numérique Lumière
""", note="Executors are an Infrastructure keyword → release for deployment/registration problems; executor alert metrics (owned by code intel) would go to graph."),

T("grafana not show any dashboards", "p3", "non_native_english", r"""
Hi,

we install Sourcegraph with docker compose, all working. But when I open /-/debug/grafana it is empty,
no dashboards at all, just the Grafana home page. Prometheus page have data.

Do I need import the dashboards myself? Version 5.6.2140.

Thanks,
Sandeep Kulkarni
Pune Logistics Tech
"""),

T("AKS node pool sizing + Cody question", "p2", "mixed_problems", r"""
Hello,

We're moving our self-hosted Sourcegraph from VMs (docker-compose) to AKS. ~2,500 users, ~15k repos.
Which node sizes would you recommend and how many nodes? We're also unsure whether to put gitserver
and indexed-search on a separate node pool with premium SSDs.

Small side question: does Cody work the same on AKS as on docker-compose or does it need extra setup?

Thanks, Benedikt Schramm — Alpenrose Versicherungen
""", note="Mixed: self-hosted sizing (dominant) → release; Cody side question not routed."),

T("Search very slow", "p2", "misleading_subject", r"""
Hi,

Search is very slow. Actually — everything is slow: loading a repo page takes 8s, the settings page
takes 5s, even the login page. It got worse after we moved to new Kubernetes nodes last week.

Our platform team noticed in Grafana that frontend pods have heavy CPU throttling (container_cpu_cfs
throttled ~60%), CPU limit 2 per pod, 3 replicas. Requests are 500m.

Should we raise limits? What are recommended values for ~1,200 users?

Beatriz Kalnins, Dzintars Software (self-hosted 5.5.2463)
""", note="Subject says search, body is general self-hosted performance/resources → release."),

T("ARM nodes?", "p3", "chat_paste", r"""
[15:40] nikos.p: does sourcegraph run on arm64 nodes (graviton)? our k8s platform is moving everything to arm next quarter
[15:41] nikos.p: mostly asking about the helm chart + all images. are they multi-arch?
[15:43] nikos.p: no rush, just planning
"""),

T("FW: OpenShift support answer needed by Friday", "p2", "forwarded_note", r"""
Forwarded internal note from Gustavo (AE) — #deal-oakhaven

> Oakhaven Insurance (eval) runs everything on OpenShift 4.14 with restricted SCC. Their platform team
> needs to know by Friday whether we support that officially: which pods need anyuid / root, and
> whether the Helm chart works with their restricted-v2 policy. If not, they'll pick another vendor.
> Can someone give me an accurate answer I can forward?
"""),

T("Can we jump 5.0 -> 5.6 in one go?", "p2", "email_thread", r"""
Hi,

We're on 5.0.6 (Kubernetes, kustomize overlays, not Helm) and want to go to 5.6 during our maintenance
window on Saturday Dec 13 (4 hours).

- Can we do it as a single multi-version upgrade with the migrator, or do we need intermediate stops?
- Roughly how long do the DB migrations take for a 300 GB frontend database?
- Anything special with kustomize?

Thanks,
Ingrid Mørch
SRE, Fjordline Media

> On Thu, Support wrote:
> Hi Ingrid, happy to help, could you share your current DB sizes?
>> 300 GB pgsql, 120 GB codeintel-db, 15 GB codeinsights-db.
"""),

T("staging: pgsql Pending after storage class change", "p2", "log_paste", r"""
On our STAGING cluster we switched the default storage class and redeployed. pgsql won't schedule:

$ kubectl -n sg-staging get pods | grep -E 'pgsql|frontend'
pgsql-0                           0/2   Pending            0     37m
sourcegraph-frontend-5c8d7-ww9h   0/1   CrashLoopBackOff   9     37m

$ kubectl -n sg-staging describe pod pgsql-0 | tail -3
Events:
  Warning  FailedScheduling  2m  default-scheduler  0/6 nodes are available: 6 pod has unbound immediate PersistentVolumeClaims.

$ kubectl -n sg-staging get pvc pgsql
NAME    STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   AGE
pgsql   Pending                                      fast-ssd-v2    37m

Prod is untouched. We want to validate this before doing prod next month. 5.6.185, Helm.
"""),

T("compose file for 5.4.2?", "p3", "one_liner", r"""
Where can I get the docker-compose.yaml for exactly 5.4.2 (not latest)?
"""),

T("pgsql disk grows ~40GB/week", "p2", "markdown_report", r"""
# Postgres volume growing fast

**Deployment:** self-hosted, docker-compose on a single VM (64 vCPU / 256 GB)
**Version:** 5.5.2463

| week  | pgsql volume used |
|-------|-------------------|
| W45   | 410 GB            |
| W46   | 452 GB            |
| W47   | 489 GB            |
| W48   | 533 GB            |

Volume is 700 GB, so we have ~4 weeks. We see autovacuum running constantly in pg_stat_activity.
Questions:
1. Which tables are expected to grow like this and can we set retention?
2. Is a manual VACUUM FULL safe while Sourcegraph is running?
3. Should we move to an external managed Postgres?
"""),

T("Users randomly logged out", "p2", "web_form", r"""
**Name:** Lars-Erik Gundersen
**Company:** Skagerak Data
**Sourcegraph version:** 5.6.2140
**Deployment type:** Kubernetes
**Describe the problem:** Since last week users are logged out several times a day. Our redis-store pod shows "OOM command not allowed when used memory > 'maxmemory'" and evicted keys climbing. redis-store has 1Gi limit.
**Steps to reproduce:**
**Expected:** sessions last
**Actual:** random logouts
**Screenshots / logs:** redis-store_up alert flapped twice yesterday
**How many users are affected:** everybody, randomly
**Business impact:** annoying, people lose unsaved batch specs
""", note="Logouts look like an auth (source) problem, but the cause is redis-store (Infra Org) on self-hosted → release."),

T("single container permission denied after docker update", "p2", "log_paste", r"""
We run the single-container sourcegraph/server image for a 40-person team. After updating Docker on
the host it doesn't start:

$ docker logs sourcegraph
✱ Sourcegraph is starting up
mkdir: cannot create directory '/var/opt/sourcegraph/postgresql': Permission denied
initdb: error: could not change permissions of directory "/var/opt/sourcegraph/postgresql": Operation not permitted
exit status 1

Volume is a bind mount from /data/sourcegraph on the host (owned by root). Was working for 2 years.
Version 5.4.7765. Team is working without it today, would like it back tomorrow.
"""),

T("6.0 + postgres 16?", "p3", "one_liner", r"""
Is 6.0 released yet, and will it require upgrading our external Postgres to 16?
"""),
]
