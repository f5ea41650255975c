from common import t

TEAM = "release"
TICKETS = [
t("CRITICAL frontend 0% pods available - site unreachable",
"""Our on-call got paged at 03:12 UTC. Pasting what Alertmanager sent:

```
[FIRING:1] critical_frontend_pods_available_percentage
  service: frontend
  level: critical
  description: frontend: less than 90% percentage pods available for 10m0s
  value: 0
```

kubectl says:

```
$ kubectl -n sourcegraph get pods -l app=sourcegraph-frontend
NAME                                    READY   STATUS             RESTARTS      AGE
sourcegraph-frontend-7d9c6b8f5d-2kqlx   0/1     CrashLoopBackOff   14 (42s ago)  51m
sourcegraph-frontend-7d9c6b8f5d-v8rwm   0/1     CrashLoopBackOff   14 (55s ago)  51m
```

Nobody in the company can load the site, search, Cody, nothing. We did not change anything except the node pool got auto-upgraded by GKE last night. Please call me, +1 555 0142.""",
"se/p0", "logs", ["urgent"], ["self_hosted", "enterprise"]),

t("migrator up fails: dirty database version 1686315964",
"""**Sourcegraph version:** 5.0.6 -> 5.2.4 (helm chart sourcegraph/sourcegraph 5.2.4)
**Platform information:** EKS 1.27, external RDS Postgres 14

**Steps to reproduce:**
1. helm upgrade with new chart version, migrator job runs as pre-upgrade hook
2. job fails after ~4 min

**Actual behavior:**
```
{"SeverityText":"ERROR","Body":"migration failed","Attributes":{"schema":"frontend","version":1686315964,"error":"dirty database: schema \\"frontend\\" marked dirty after failed migration; run `migrator drift` / contact support"}}
```
frontend pods now refuse to start ("waiting for migrations") so the instance is down for our ~300 devs.

**Expected behavior:** upgrade completes

<!-- Please attach logs from the migrator container -->
We have an RDS snapshot from before the upgrade. Do we roll back or is there a way to fix forward?""",
"se/p0", "template", [], ["self_hosted"]),

t("Everything slow since moving to new VM",
"""Hi,

we moved our docker-compose deployment from an m5.2xlarge to a smaller instance (finance asked, sorry) and since then Sourcegraph is painfully slow. Search takes 20-40 seconds, but also simply opening a file or the settings page takes forever, so I don't think it's a search thing. `docker stats` shows zoekt-webserver-0 and the frontend both near their memory limit and the host swapping.

What's the minimum size we can get away with for ~4000 repos? Can we just drop some replicas in docker-compose.yaml?

thanks
Priya""",
"se/p1", "plain", [], ["self_hosted"]),

t("syntect-server memory warning in grafana",
"""[10:41] tom.b: anyone know what this is? grafana is yellow on "Container memory usage by instance" for syntect-server
[10:41] tom.b: warning: syntect-server: 91% container memory usage by instance
[10:42] ana.k: highlighting still works for me
[10:43] tom.b: ok, then it's probably not urgent. @Sourcegraph support do we need to bump the memory limit in our helm override? currently 6G
[10:44] ana.k: we are on the k8s deploy btw, chart 5.3.x""",
"se/p2", "chat-paste", [], ["self_hosted"]),

t("postgres invalid indexes alert",
"""We get `warning_postgres_invalid_indexes` firing continuously since the upgrade to 5.1. Dashboard panel "Invalid indexes (unusable by the query planner)" shows 2. Is this related to search indexing? Our search works normally as far as we can tell.

Deployment: kustomize overlays, in-cluster postgres (codeintel-db and pgsql).""",
"se/p2", "mixed", [], ["on_prem"]),

t("Re: upgrade doc missing a step?",
"""> On Tue, Daniel Ruiz wrote:
> > Could you confirm whether we need to run migrator before bumping the chart?

Hi Daniel,

Following up on my own question. The page for upgrading Kubernetes via Helm goes straight from "update the values file" to "helm upgrade" and never mentions that for a jump across more than one minor version you need to run the migrator `upgrade` command first. We found that out the hard way in staging (not prod, luckily). Could the release team confirm the right order and get the page fixed?

Regards,
Hanne Lindqvist
Platform Engineering | Norvale Logistics
This e-mail and any attachments are confidential and intended solely for the addressee.""",
"se/p3", "email-thread", [], ["self_hosted"]),

t("executor VMs never pick up jobs",
"""We deployed executors using the terraform module on our own GCP project (executor image 5.2.3). The VMs boot, but the executor log only loops:

```
executor | t=2024-02-11T09:14:02Z lvl=eror msg="Failed to poll queue" queue=batches err="unexpected status code 401"
executor | t=2024-02-11T09:14:07Z lvl=eror msg="Failed to poll queue" queue=batches err="unexpected status code 401"
```

The executors.accessToken in site config matches the EXECUTOR_FRONTEND_PASSWORD we set in the module (I double-checked). Batch change runs on the server side just stay queued forever. We are only using server-side batch changes with these so it's not blocking everybody.""",
"se/p2", "logs", [], ["self_hosted", "enterprise"]),

t("containers won't come back after host reboot",
"",
"se/p0", "one-liner", ["urgent"], ["self_hosted"]),

t("gitserver Pod bleibt Pending nach Cluster-Migration",
"""Hallo Support,

wir haben unseren Cluster auf neue Nodes migriert (AKS). Seitdem bleibt gitserver-0 im Status Pending:

```
Events:
  Warning  FailedScheduling  2m  default-scheduler  0/6 nodes are available: 6 node(s) had volume node affinity conflict.
```

The PVC is still in the old availability zone I think. Without gitserver nothing can show code, the repository pages are all error "repository temporarily unavailable". Bitte um schnelle Hilfe, how do we move the volume or recreate it safely without losing the clones?

Grüße, Matthias""",
"se/p1", "non-native", [], ["self_hosted"]),

t("Air-gapped install: mirroring images",
"""Hello, we are planning an install in an environment with no internet access. What is the recommended way to get all the container images into our internal Harbor registry, and how do we point the Helm chart at it? Is there a list of images per version somewhere? No rush, planning for next quarter.""",
"se/p3", "plain", [], ["prospect"]),

t("Sizing question: 25k repos, how many zoekt + gitserver replicas",
"""Hi team,

We're going from ~6k to ~25k repositories after an acquisition. Currently on Kubernetes (Helm), 2 gitserver, 2 indexed-search, 1 searcher. Before we add the new GitLab group, what should we scale to, and what disk per gitserver/zoekt should we plan? We want to avoid the instance falling over the day we add the code host connection.

| component | replicas | cpu | mem | disk |
|---|---|---|---|---|
| gitserver | 2 | 4 | 8Gi | 500Gi |
| indexed-search | 2 | 8 | 32Gi | 400Gi |
| searcher | 1 | 2 | 4Gi | - |

Thanks, Ola""",
"se/p3", "markdown", [], ["self_hosted", "enterprise"]),

t("alertmanager notifications not arriving in Slack",
"""Set up observability.alerts in site config like below, test alert `observability_test_alert_warning` never arrives in our channel. Grafana panel "Failed alert notifications" shows failures climbing.

```json
"observability.alerts": [
  {
    "level": "warning",
    "notifier": {
      "type": "slack",
      "url": "https://hooks.slack.example/services/T000/B000/XXXX",
      "username": "sourcegraph-alerts"
    }
  }
]
```
Outbound traffic goes through a corporate proxy, http_proxy is set on the frontend container but I'm not sure about prometheus.""",
"se/p2", "config", [], ["self_hosted"]),

t("Upgrade 4.4 -> 5.3 planned for Saturday, migrator drift output",
"""Sourcegraph version: 4.4.2
Platform information: docker-compose on RHEL 8 VM, external Postgres

Steps to reproduce:
ran `docker run --rm sourcegraph/migrator:5.3.0 drift --db=frontend --version=v4.4.2` as a pre-check

Actual behavior:
```
Schema drift detected in 3 objects:
  index "repo_name_trgm" missing
  column "external_services.has_webhooks" unexpected default
  ...
```
Expected behavior: no drift

Our change window is this Saturday and it cannot move (plant shutdown). Is it safe to proceed with the multi-version upgrade or do we need to fix the drift first? Please advise before Friday.""",
"se/p1", "template", ["deadline"], ["self_hosted", "on_prem"]),

t("Sourcegraph down for everyone, 502 from nginx",
"""---------- Forwarded message ---------
From: IT Service Desk <servicedesk@corvia.example>
Subject: INC0043312 Sourcegraph unavailable

Team, forwarding as requested.

> Users report https://sourcegraph.corvia.internal returns "502 Bad Gateway" for everyone since 07:50.

Our findings: the Azure VM (Standard_D16s_v5) running the docker-compose stack has a full data disk:

```
/dev/sdc1   1.0T  1.0T   0  100% /var/lib/docker
```
sourcegraph-frontend-0 exited (code 1) and does not restart. Can we safely delete anything under the volumes, or how do we expand? We need it back asap.

Kind regards
Jonas Feld
Corvia Group IT — Confidentiality notice: this message may contain privileged information.""",
"se/p0", "email-thread", ["urgent"], ["self_hosted"]),

t("helm values for internal CA + ingress TLS",
"""We need the frontend to trust our internal CA (code host uses it) and also serve TLS on the ingress. Is this the right override? Pods start but I see x509 errors in frontend logs for the outbound calls.

```yaml
frontend:
  env:
    SSL_CERT_DIR:
      value: /etc/ssl/custom
  extraVolumes:
    - name: corp-ca
      configMap:
        name: corp-ca-bundle
  extraVolumeMounts:
    - name: corp-ca
      mountPath: /etc/ssl/custom
ingress:
  annotations:
    kubernetes.io/ingress.class: nginx
  tls:
    - secretName: sg-tls
      hosts: [sourcegraph.tessaly.internal]
```""",
"se/p2", "config", [], ["self_hosted"]),

t("site slow, mean blocked seconds per conn request (frontend)",
"""Users keep telling us Sourcegraph "hangs" for a few seconds on every click, search included. Grafana frontend dashboard has `mean_blocked_seconds_per_conn_request` above the warning line most of the afternoon and the Postgres connections panel looks maxed. We run pgsql inside the cluster with default settings. Not down, just sluggish for most people.""",
"se/p1", "mixed", [], ["self_hosted"]),
]
