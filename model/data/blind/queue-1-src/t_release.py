from common import T

TEAM = "release"
TICKETS = [
T("rel01", "HGM", "logs", "se/p1",
"Lantern staging upgrade 5.2.6 -> 5.4.1 stuck, migrator says dirty database",
r"""
Hi support,

We are rehearsing the Lantern upgrade on staging (lantern-stg.harrowgate.internal) before the prod change window. Helm upgrade of release `lantern` in namespace `lantern-stg` from 5.2.6 to 5.4.1. The migrator pre-upgrade hook fails and frontend never becomes ready.

$ kubectl -n lantern-stg get pods | grep -v Running
lantern-migrator-upgrade-8fz2m            0/1     Error              0          11m
sourcegraph-frontend-6f7b9c8d4-2lq8w      0/1     Init:0/1           0          11m
sourcegraph-frontend-6f7b9c8d4-pq7vd      0/1     Init:0/1           0          11m

$ kubectl -n lantern-stg logs lantern-migrator-upgrade-8fz2m
{"SeverityText":"INFO","Body":"Checked current schema versions","Attributes":{"schema":"frontend","version":1701872200,"dirty":true}}
{"SeverityText":"ERROR","Body":"failed to run migration","Attributes":{"error":"database schema \"frontend\" marked dirty at 1701872200; a previous migration attempt did not complete"}}

The first attempt timed out on our side after 10 min (Helm --timeout default) and I think that is where it left the dirty flag. I have NOT run any manual SQL. Can you tell me the safe way to clear it (migrator `drift`? `add-log`?) and whether I should raise the hook timeout for prod?

Our prod change freeze begins next Friday, so we need to have a clean rehearsal before then.

Chart values diff is attached (lantern-values-stg.yaml). Postgres is our own RDS-like internal service pg-lantern-stg.db.harrowgate.internal, 14.x.

-- 
Dmitri Volkov
Platform Engineering, Harrowgate Mutual
""", ["upgrade", "helm", "migrator", "postgres", "staging"]),

T("rel02", "HGM", "email-thread", "se/p2",
"RE: Lantern prod upgrade - same migration problem AGAIN",
r"""
This is the second time. We followed exactly what your team told Dmitri in the spring and prod is now sitting on 5.2.6 again after a rollback. I need someone who knows the migrator on a call this week.

Sarah Whitcombe
Head of Developer Platform | Harrowgate Mutual
This e-mail and any attachments are confidential and intended solely for the addressee. Harrowgate Mutual plc is registered in England No. 0000000.

-----Original Message-----
From: Dmitri Volkov
Sent: 02 June 23:41
To: Sarah Whitcombe
Subject: lantern prod upgrade rolled back

Sarah - prod upgrade to 5.4.1 failed at the migrator step, schema "codeintel" left dirty this time (not "frontend" like on stg). Hook timeout was 30m per support's advice, it died at ~18m with "context deadline exceeded" talking to pg-lantern.db. Rolled back with helm rollback lantern 41, instance is serving on 5.2.6, search works. Will open ticket in the morning.
D.
""", ["upgrade", "helm", "migrator", "rollback", "escalation"], recurs="rel01"),

T("rel03", "CBF", "non-native", "se/p0",
"portal is down after VM restart - 502 for everybody",
r"""
Hello team,

we have big problem. This morning infra team patched the VM cf-sg01.cobaltline.internal and reboot it. After reboot the portal (https://portal-code.cobaltline.internal) give 502 Bad Gateway for all users, nobody can search.

I see with docker ps the pgsql container is restarting all the time:

CONTAINER ID   IMAGE                         STATUS
3b1f0c2a9e11   sourcegraph/postgres-12:...   Restarting (1) 8 seconds ago
a8d0e44f7c02   sourcegraph/frontend:...      Up 3 minutes (unhealthy)

docker logs pgsql say:
  FATAL:  could not write lock file "postmaster.pid": No space left on device

df -h show /var/lib/docker 100% full. We don't know what fill it, before reboot was ok i think. We are on docker-compose version 5.1.9.
Please what we can delete safely? I don't want to lose the database.

Thank you,
Tomasz Wiśniewski
DevOps, Cobaltline Freight
""", ["docker-compose", "outage", "disk-full", "postgres"]),

T("rel04", "CBF", "one-liner", "se/p3",
"cf-sg01 disk at 91% again",
r"""
Disk on cf-sg01 is climbing again (91% /var/lib/docker). Which of the sourcegraph volumes is safe to prune before it falls over like last time?

Ravi
""", ["docker-compose", "disk-space"], recurs="rel03"),

T("rel05", "HGM", "logs", "se/p2",
"Alert: frontend container_memory_usage critical on Lantern",
r"""
Hi,

Alertmanager has been paging us overnight for the frontend memory alert. Payload from our receiver:

{
  "status": "firing",
  "labels": {
    "alertname": "container_memory_usage",
    "level": "critical",
    "service_name": "frontend",
    "namespace": "lantern-prod",
    "owner": "infra-org"
  },
  "annotations": {
    "description": "frontend: 99.2% container memory usage by instance",
    "summary": "sourcegraph-frontend-5d8f7b6c9-k4r2t"
  },
  "startsAt": "2024-05-07T01:12:40Z"
}

Frontend pods are at 8Gi limit (our values: frontend.resources.limits.memory: 8Gi, 4 replicas). No OOMKills yet, but it hovers at 95-99% during EU morning. Do we just bump to 12Gi or is something leaking? Version 5.2.6, ~34k repos (GHE + Bitbucket).

Dmitri Volkov
Platform Engineering
""", ["alert", "frontend", "memory", "helm", "resources"]),

T("rel06", "HGM", "chat-paste", "se/p2",
"frontend memory alert is back (pasted from our #lantern-ops channel)",
r"""
Pasting from our ops channel so you have context:

[09:14] Dmitri Volkov: frontend container_memory_usage critical firing again on lantern-prod
[09:15] Dmitri Volkov: we bumped limits to 12Gi after the ticket in May, it held for ~5 weeks
[09:16] Kwame Asante: we onboarded the hgm-cards GHE org last week, +4.1k repos, could be that
[09:17] Dmitri Volkov: yeah 11.6Gi / 12Gi on 3 of 4 replicas, no restarts yet
[09:18] Kwame Asante: should we just add replicas instead of memory?
[09:20] Dmitri Volkov: asking SG support, last time they said vertical first

So: is there guidance for frontend sizing per number of repos, or something else we should look at? We are now on 5.4.1.
""", ["alert", "frontend", "memory", "sizing"], recurs="rel05"),

T("rel07", "NSB", "logs", "se/p2",
"syntect-server OOMKilled on Fyren, code shows without colours",
r"""
Hello,

Since some days we get alert from Fyren monitoring:

  [FIRING:1] syntect-server: container_oomkill_events_total
  level=warning service=syntect-server namespace=fyren
  description: syntect-server: 1+ OOMKILL events inside the container (5m)

And users tell me that sometimes the files in Fyren show as plain text without syntax highlighting, then after reload it is coloured again. I think this is the same thing.

kubectl -n fyren describe pod syntect-server-7b9d5c6f8-wq2zn
  Last State:     Terminated
    Reason:       OOMKilled
    Exit Code:    137
  Limits:
    cpu:     4
    memory:  6G
  Restart Count:  23

We run Helm chart 5.3.0 on EKS. I didn't change syntect resources from default. What you recommend?

Best regards
Lars Ekdahl
Platform team, Norrsken Bank
""", ["alert", "syntect-server", "oomkill", "helm", "eks"]),

T("rel08", "QHC", "chat-paste", "se/p3",
"Atlas pgsql connections warning",
r"""
(copied from our SRE slack, sorry for format)

theo.grant  10:02
  atlas alert: postgres usage_connections_percentage warning, pgsql at 84% of max_connections
theo.grant  10:03
  max_connections is 200 in our values override, we didn't touch it since install
helene.marchand  10:05
  frontend has 3 replicas now, before it was 2, maybe related?
theo.grant  10:06
  probably. @support is it safe to raise max_connections to 400 with the current pgsql memory (16Gi)? or should we put pgbouncer in front?

Instance: atlas.quayhaven.internal, Helm release atlas in ns devtools, GKE, version 5.2.3.
""", ["alert", "postgres", "connections", "helm", "gke"]),

T("rel09", "BMS", "template", "se/p2",
"[BUG] Executors cannot register with sg.brightmarket.internal",
r"""
BUG REPORT
Severity: (Low / Medium / High / Critical) High
Component: executors
Reporter: Sanjay Pillai

Steps to reproduce:
1. Launched 2 executor EC2 instances from the executor AMI in private subnet subnet-0a1b (same VPC as our compose host)
2. Set EXECUTOR_FRONTEND_URL=https://sg.brightmarket.internal and EXECUTOR_FRONTEND_PASSWORD to the value of executors.accessToken in site config
3. systemctl start executor

Expected:
Executors appear in Site admin > Executors, server-side batch changes for Project Basket can run.

Actual:
Nothing shows in site admin. journalctl on the executor:
  executor[1412]: level=error msg="failed to dequeue" err="Post \"https://sg.brightmarket.internal/.executors/queue/batches/dequeue\": x509: certificate signed by unknown authority"

Logs: (attach logs here) see above

Additional context:
Our cert is from the internal Brightmarket CA. Browsers trust it via GPO, the AMI obviously doesn't. How do we add our CA bundle to the executor image? We deploy with docker-compose 5.3.2 on the main host.
""", ["executors", "tls", "aws", "docker-compose", "batch-changes"]),

T("rel10", "FST", "non-native", "se/p1",
"POC install on AKS - pods pending, storage class not found",
r"""
Hello,

I am doing the install of Sourcegraph for our proof of concept in Azure AKS, following the Helm guide. Release name sg-poc, namespace sourcegraph, chart 5.4.1.

Many pods stay in Pending. kubectl describe pvc say:

  Warning  ProvisioningFailed  storageclass.storage.k8s.io "sourcegraph" not found

In our cluster we have only "managed-csi" and "managed-csi-premium". I think the chart want to create its own storage class but our cluster policy don't allow us to create cluster-scoped objects (we are only namespace admin).

How I can tell the chart to use managed-csi-premium? The POC kickoff with the developers is planned in two weeks and we cannot start without the instance.

Obrigada,
Carla Duarte
Fennimore Savings & Trust - Engineering Tools
""", ["poc", "helm", "aks", "storage-class", "install"]),

T("rel11", "FST", "email-thread", "se/p1",
"Fwd: pre-prod cluster - PVC stuck again",
r"""
Team - Carla is out this week. I tried to reproduce her POC install on our second cluster (aks-preprod-eus2) so we have a place for the security scan, and the PVCs are stuck Pending again. I copied the storageClass override from her values file but it seems the pgsql and codeintel-db volumes still ask for the "sourcegraph" class. We have the evaluation readout with our CTO on the 21st.

Mike Tran
Team Lead, Engineering Tools
Fennimore Savings & Trust

---------- Forwarded message ---------
From: Carla Duarte
Subject: sg-poc values

Mike, the fix from support was to put storageClass.create: false and storageClass.name: managed-csi-premium. It worked on aks-dev-weu for all the statefulsets.
""", ["poc", "helm", "aks", "storage-class", "pvc"], recurs="rel10"),

T("rel12", "one-off", "markdown", "se/p3",
"Resource sizing for ~12k repos on Kubernetes",
r"""
## Context
We're Halvorsen Shipping Lines, evaluating moving our self-hosted Sourcegraph from a single large VM to our EKS platform.

- ~12,000 repos, mostly small, 6 very large (>8 GB)
- ~900 engineers, peak ~200 concurrent
- code host: GitHub Enterprise Server

## Question
Is there a reference for requests/limits per service at this size (gitserver replicas, indexed-search memory, frontend replicas)? We'd rather not guess and then fight OOMs.

## What we have
A draft `values-override.yaml` with gitserver at 3 replicas / 500Gi each. Happy to share.

Thanks,
Ingrid Solberg, Platform Eng
""", ["sizing", "kubernetes", "helm", "capacity-planning"], org_tags=["self-hosted", "kubernetes", "enterprise", "logistics"]),

T("rel13", "one-off", "one-liner", "se/p3",
"Is docker-compose still supported for prod?",
"", ["docker-compose", "question"], org_tags=["self-hosted", "docker-compose", "retail"]),

T("rel14", "QHC", "non-native", "se/p2",
"Atlas images mirror - manifest unknown for one image",
r"""
Hello,

Quayhaven cluster has no direct internet, so we mirror all the images in our Artifact Registry (europe-west2-docker.pkg.dev.example/qh-mirror/sourcegraph). For the preparation of upgrade 5.2.3 -> 5.3.x I mirrored all images of the new version with our script, but on the test namespace one pod fail:

  Failed to pull image "europe-west2-docker.pkg.dev.example/qh-mirror/sourcegraph/blobstore:5.3.4": manifest unknown

All other images pull fine. Is it possible that the blobstore image has different name or tag in this version? Is there an official list of images per version that we can use for the mirror script, so we don't miss one next time?

Also it is a multi version upgrade (we skip one minor), is this ok with Helm or we must go step by step?

Merci,
Hélène Marchand
Ingénierie plateforme, Quayhaven Capital
""", ["air-gapped", "images", "upgrade", "helm", "multi-version-upgrade"]),

T("rel15", "NSB", "logs", "se/p2",
"Prometheus tsdb failures + empty Grafana after switching to our kube-prometheus",
r"""
Hi again,

We moved Fyren monitoring to the bank's central kube-prometheus stack and disabled the bundled Prometheus in Helm values. Since then the Sourcegraph dashboards in our Grafana are mostly empty ("No data") and before we disabled the bundled one, it was firing this:

  alertname=prometheus_tsdb_op_failure service=prometheus level=warning
  description: prometheus: 1+ tsdb operation failures

Prometheus logs from the bundled one (before we turned it off):
  level=error component=tsdb msg="compaction failed" err="compact head: write compaction: open /prometheus/01HX...: no space left on device"

Two questions:
1. Which scrape configs/relabelings do we need in our ServiceMonitor so the dashboards get data?
2. Is disabling the built-in Prometheus supported or do we lose alerts?

Chart 5.3.0, EKS 1.28.

/Lars
""", ["prometheus", "grafana", "monitoring", "alert", "helm"]),

T("rel16", "one-off", "email-thread", "se/p2",
"Helm docs: cache values key doesn't match chart",
r"""
Hi,

Small but it cost us an evening. The Helm configuration docs page for Redis says to set `redisCache.storageSize` but the chart (5.3.x) only honours `redisCache.persistentVolume.size`, so our override silently did nothing and redis-cache came up with the default volume. I checked the chart's values.yaml to confirm.

Could someone fix the page or tell me if I'm reading the wrong version?

Regards,
Paulo Ferraz
SRE, Ilhabela Payments

> On Tue, Support wrote:
> Thanks Paulo, could you confirm the chart version and paste your override?

Chart 5.3.2, override:
redisCache:
  storageSize: 200Gi
""", ["helm", "docs-content", "redis"], org_tags=["self-hosted", "kubernetes", "enterprise", "finance"]),

T("rel17", "HGM", "logs", "se/p2",
"mean_blocked_seconds_per_conn_request firing for frontend",
r"""
Hello,

New one for us on lantern-prod after the 5.4.1 upgrade:

  [FIRING] mean_blocked_seconds_per_conn_request  service_name=frontend level=warning
  frontend: 0.1s+ mean blocked seconds per conn request over 10m

Grafana "Database connections" panel on the frontend dashboard shows max_open=30 reached constantly in business hours. Postgres itself (pg-lantern.db.harrowgate.internal) looks healthy, 35% CPU.

Side note, devs also say git blame is slow on big repos but that's probably gitserver and a separate thing.

Is there a supported way to raise the frontend DB pool size (env var?) and is 30 per pod expected?

Dmitri
""", ["alert", "frontend", "database", "connection-pool"]),

T("rel18", "BMS", "template", "se/p2",
"[BUG] Executors stopped picking up jobs after compose upgrade",
r"""
BUG REPORT
Severity: (Low / Medium / High / Critical) Medium
Component: executors
Reporter: Sanjay Pillai

Steps to reproduce:
1. Upgraded sg.brightmarket.internal docker-compose from 5.3.2 to 5.3.6 (git pull of deploy repo + docker compose up -d)
2. Executors (same 2 EC2 from last month's ticket, CA fix in place) keep running

Expected:
Executors keep dequeuing server-side batch change jobs.

Actual:
Site admin > Executors shows both as "last seen 3 days ago". On executor:
  executor[998]: level=error msg="failed to dequeue" err="unexpected status code 401"

Logs: (attach logs here)

Additional context:
Did the upgrade regenerate the executors access token? Our override file for site config wasn't touched. Same symptom as last time in the sense that nothing registers, but now it's not TLS.
""", ["executors", "upgrade", "docker-compose", "auth-token"], recurs="rel09"),

T("rel19", "one-off", "email-thread", "se/p0",
"URGENT: critical CVE flagged in frontend image - compliance deadline",
r"""
Hello Sourcegraph Support,

Our container scanning (run nightly against all images in our registry) flagged the sourcegraph/frontend image we run (5.3.9) with a critical-severity OS package vulnerability (remote code execution class, CVSS 9.8) in a bundled library. Our security policy requires critical findings on internet-adjacent services to be remediated or formally risk-accepted within 72 hours.

We need to know:
 - whether the vulnerable code path is reachable in the frontend,
 - which patch release ships the fixed package,
 - whether we can upgrade just the frontend image or must move the whole deployment.

Scan excerpt attached (scan-frontend-20240611.json). We're self-hosted on Kubernetes via Helm.

Kind regards,
Mei-Ling Chow
Information Security, Stonebridge Clearing
""", ["security", "cve", "images", "helm"], org_tags=["self-hosted", "kubernetes", "enterprise", "finance"]),

T("rel20", "CBF", "non-native", "se/p3",
"Move portal from docker-compose to Kubernetes + small Cody question",
r"""
Hello team,

Management decide that all internal tools go to our new AKS platform next quarter, so we need move the portal from docker-compose (cf-sg01) to Kubernetes with Helm.

Questions:
1. Is there official migration path compose -> Helm? Can we dump postgres from pgsql + codeintel-db containers and restore in the new one, and gitserver data we just let reclone from GitLab (around 3200 projects)?
2. Version must be same on both sides during migration? We are on 5.1.9 now.

Also small other thing: some colleagues don't see the Cody button in the portal sidebar but I think it is maybe just not enabled, I will check myself first.

Thanks,
Tomasz
""", ["migration", "docker-compose", "kubernetes", "helm"]),
]
