TEAM = "release"
TICKETS = [
dict(subject="URGENT - sourcegraph down after upgrade, frontend crashlooping",
description="""We upgraded this morning from 5.1.8 to 5.2.4 using our usual kustomize overlay and now nobody can load the site. Every user gets a 503 from the ingress.

$ kubectl -n sourcegraph get pods
NAME                                   READY   STATUS             RESTARTS        AGE
blobstore-6c7d9f8b5-qwx2p              1/1     Running            0               48m
codeinsights-db-0                      1/1     Running            0               48m
codeintel-db-0                         1/1     Running            0               48m
frontend-7f9c8d6b77-2mlkd              0/1     CrashLoopBackOff   11 (2m ago)     47m
frontend-7f9c8d6b77-hv8zt              0/1     CrashLoopBackOff   11 (3m ago)     47m
gitserver-0                            1/1     Running            0               48m
pgsql-0                                1/1     Running            0               48m
precise-code-intel-worker-5b8f-k2l9s   1/1     Running            0               47m
repo-updater-84d6c9c7f-9xq4r           1/1     Running            2               47m

$ kubectl -n sourcegraph logs frontend-7f9c8d6b77-2mlkd --previous | tail -4
{"SeverityText":"INFO","Body":"Checking database schema version","Resource":{"service.name":"frontend"}}
{"SeverityText":"ERROR","Body":"failed to connect to frontend database","Attributes":{"error":"database schema out of date: expected version 1686315964, have 1679321734"}}
{"SeverityText":"FATAL","Body":"frontend exited","Attributes":{"code":1}}

We did NOT run the migrator job separately, the docs we followed said it was automatic? Whole engineering org (~900 people) is blocked. Please call us, +1 555 0143.""",
priority="se/p0", form="logs", tags=["urgent"], org_tags=["self_hosted","enterprise"]),

dict(subject="entire sourcegraph instance down after node pool rotation",
description="",
priority="se/p0", form="one-liner", tags=[], org_tags=["on_prem","enterprise"]),

dict(subject="Re: Re: FW: code search tool unavailable",
description="""Hi support,

forwarding this from our platform team since they are heads down. See below.

Thanks,
Priya

---------- Forwarded message ---------
From: Tomasz Wojcik <t.wojcik@brightlane.example>
Date: Tue, 9:14 AM
Subject: Re: code search tool unavailable
To: devtools-oncall@brightlane.example

> > Is anyone else getting a 502 on code search? Since about 07:00 nothing loads for me.
> Same here, whole team in Kraków sees it too. Also the Munich office.

Confirmed it's everyone. The load balancer health check against /healthz fails on both VMs. We rebooted the VMs at 08:30 (they come back up) but the app containers never get healthy, docker ps shows the frontend restarting every ~40s with "dial tcp 10.20.4.11:5432: connect: connection refused". The postgres container is listed as "Exited (137)". We didn't change anything on our side except the OS patch window last night that bumped the kernel and docker engine.

We need Sourcegraph's help here, nobody in engineering can use the tool and our release freeze review depends on it this week.

Tomasz

--
Tomasz Wójcik | Platform Engineering | Brightlane Logistics
This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this message. Any unauthorised use, disclosure or copying is strictly prohibited.""",
priority="se/p0", form="email-thread", tags=[], org_tags=["self_hosted"]),

dict(subject="migrator left db dirty, instance won't start",
description="""Ran the multi-version upgrade 4.4.2 -> 5.2.0 with the standalone migrator image. It died halfway:

$ docker run --rm --network sg sourcegraph/migrator:5.2.0 upgrade --from=v4.4.2 --to=v5.2.0
✅ Schema(s) are up-to-date for frontend
⚠️ Attempting to apply migration 1674455760 on frontend
❌ failed to run migration for schema "frontend": pq: could not create unique index "lsif_configuration_policies_repository_pattern_idx"
❌ Database is in a dirty state for schema "frontend". Please contact support.

Now every service refuses to boot ("dirty database"). We have a snapshot from before, but restoring takes 6+ hours and we'd lose today's data. All users are locked out. Please advise asap on whether it's safe to `migrator drift` / `add-log` our way out.""",
priority="se/p0", form="logs", tags=["urgent","upgrade"], org_tags=["self_hosted","enterprise"]),

dict(subject="sg totally dead – disk full??",
description="""[09:02] marco.b: sourcegraph is down for me
[09:03] jen.k: down for everyone afaict, channel is blowing up
[09:05] marco.b: ssh'd into sg-prod-01.internal, `df -h` shows / at 100%
[09:05] marco.b: docker ps -a → every container "Exited (1)" or "Restarting"
[09:06] jen.k: did the prometheus volume grow again? we never set retention
[09:09] marco.b: `du -sh /var/lib/docker/volumes/*` → sourcegraph_prometheus 212G, sourcegraph_gitserver-0 380G
[09:10] jen.k: can we just delete prometheus data?? opening a ticket with them before we break something
[09:11] jen.k: @support pls tell us what is safe to delete on a docker-compose host, whole company (1.4k devs) is without code search""",
priority="se/p0", form="chat-paste", tags=["urgent"], org_tags=["self_hosted"]),

dict(subject="Pods restarting every ~20min since upgrade to 5.3",
description="""**Sourcegraph version:** 5.3.2 (was 5.2.6)
**Platform information:** EKS 1.27, Helm chart sourcegraph/sourcegraph 5.3.2, 3x m5.4xlarge

**Steps to reproduce:**
1. helm upgrade with our existing override.yaml
2. wait

**Expected behavior:** stable pods

**Actual behavior:** frontend, gitserver and searcher restart roughly every 20 minutes. kubectl describe shows `Liveness probe failed: Get "http://10.0.33.7:3090/ready": context deadline exceeded`. While they restart, most users get errors on basically every page. No workaround we found, bumping probe timeouts in the override didn't stick.

**Additional context:** nothing changed in the cluster besides the chart version.""",
priority="se/p1", form="template", tags=[], org_tags=["self_hosted","enterprise"]),

dict(subject="critical_frontend_container_oomkill_events_total firing non-stop",
description="""Alertmanager keeps paging our on-call:

[FIRING:1] critical_frontend_container_oomkill_events_total
  level: critical
  service_name: frontend
  description: frontend: 1+ OOMKILL events
  instance: frontend-6d9b7c-xk2vz

Each time it happens users get kicked out with a white page and most of the day the UI is unusable for everyone. We're on our own k8s (RKE2), frontend limits are the defaults from the base manifests, 8Gi. Is there guidance on sizing? Around 2,500 users, 40k repos.""",
priority="se/p1", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="helm upgrade fails: StatefulSet spec forbidden",
description="""Trying to move from chart 5.0.6 to 5.2.2 and helm refuses:

Error: UPGRADE FAILED: cannot patch "gitserver" with kind StatefulSet: StatefulSet.apps "gitserver" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden

our values override:

```yaml
sourcegraph:
  image:
    defaultTag: "5.2.2"
gitserver:
  replicaCount: 3
  storageSize: 500Gi
  resources:
    limits:
      cpu: "8"
      memory: 32Gi
storageClass:
  create: false
  name: gp3-retain
frontend:
  ingress:
    enabled: true
    host: sourcegraph.corp.example
```

The release is now half-applied: new frontend, old gitserver, and search is failing for most people because of the version skew. We need to finish this before our Thursday maintenance window closes.""",
priority="se/p1", form="config", tags=["helm"], org_tags=["self_hosted","enterprise"]),

dict(subject="Postgres connections alert + slow pages",
description="""Grafana > Postgres > "Connection in use" is at 98% and we got

  critical_postgres_usage_connections_percentage (pgsql)

at 14:02 followed by a bunch of `pq: sorry, too many clients already` in the frontend logs:

2024-03-12T14:03:11Z ERROR frontend.graphql resolver failed error="pq: sorry, too many clients already"
2024-03-12T14:03:11Z ERROR frontend.graphql resolver failed error="pq: sorry, too many clients already"

Most page loads take 30s+ or fail, for pretty much everyone. We run the bundled pgsql container, max_connections untouched. Should we raise it or is something leaking? See screenshot: https://files.kestrelhq.example/sg/pg-conns-1403.png""",
priority="se/p1", form="mixed", tags=[], org_tags=["self_hosted"]),

dict(subject="pods pending after we scale down node pool, half features not working",
description="""Hello team, we are running sourcegraph in Azure AKS since 1 year. Yesterday our cloud team make the node pool smaller for cost saving (from 6 to 4 nodes) and now some pods are staying in Pending always, the message is "0/4 nodes are available: 4 Insufficient memory". Searcher and symbols are pending, so the search is giving error for most of the users and no one can open file symbols. We try to put back the nodes but the quota in subscription is not approving fast. Is possible to know the minimum memory we need so we can reduce some requests meanwhile? Sorry for my english. Thank you very much""",
priority="se/p1", form="non-native", tags=[], org_tags=["self_hosted","enterprise"]),

dict(subject="executors on GCP never register",
description="""### Sourcegraph version
5.2.5

### Platform information
<!-- Kubernetes, Docker Compose, or pure Docker? Which cloud? -->
GCP, instance on GKE; executors deployed with the terraform module on separate VMs

### Steps to reproduce
<!-- What did you do? -->
terraform apply with the executors module, pointed EXECUTOR_FRONTEND_URL at our internal LB

### Expected behavior
<!-- What did you expect to happen? -->

### Actual behavior
VMs come up, the executor service starts, then logs `failed to fetch queue: Post "https://sg.internal.example/.executors/queue/batches/dequeue": x509: certificate signed by unknown authority` every 5s. Site admin > Executors page is empty. Batch changes server-side runs stay queued forever. We can still run `src batch` locally for now.

### Additional information
<!-- logs, screenshots -->""",
priority="se/p2", form="template", tags=["batch-changes"], org_tags=["self_hosted"]),

dict(subject="how much memory for gitserver on docker-compose?",
description="""Quick one. We're on docker-compose on a single r6i.8xlarge. I've bumped gitserver to this in our override file and it seems fine but I don't know if it's sane:

```yaml
services:
  gitserver-0:
    cpus: 8
    mem_limit: '24g'
    environment:
      - SRC_REPOS_DESIRED_PERCENT_FREE=15
  frontend-0:
    cpus: 6
    mem_limit: '12g'
```

~9k repos, 600 users. Is there a rule of thumb? Also we sometimes see `warning_syntect-server_container_memory_usage` for a few minutes, should syntect get more too? No problems right now, just planning.""",
priority="se/p3", form="config", tags=[], org_tags=["self_hosted"]),

dict(subject="Grafana dashboards all show \"No data\" after upgrading",
description="""## What happened
After going 5.1 → 5.2 (k8s, kustomize), every dashboard under /-/debug/grafana is empty.

![grafana empty](https://imgur.example/aB12cD.png)
![prometheus targets](https://imgur.example/xY98zQ.png)

## What we checked
| thing | result |
|---|---|
| prometheus pod | Running |
| /-/debug/prometheus/targets | all targets `DOWN`, "server returned HTTP status 403 Forbidden" |
| RBAC | we use the namespaced overlay |

Site itself works fine for users, it's just that we're flying blind on monitoring. Anything changed with the prometheus ServiceAccount/ClusterRole?""",
priority="se/p2", form="markdown", tags=[], org_tags=["self_hosted"]),

dict(subject="observability test alert warning",
description="?",
priority="se/p3", form="one-liner", tags=[], org_tags=["self_hosted"]),

dict(subject="kustomize upgrade doc for 5.1 is missing a step",
description="""## Problem
The page "Upgrade Sourcegraph on Kubernetes (kustomize)" for 5.1 says to just bump the base ref and `kubectl apply`. It never says you have to delete the old `sourcegraph-frontend` ClusterRoleBinding first, so apply fails with `field is immutable`.

## Suggestion
Add the delete step (or a note) before the apply. Took two of us an afternoon to find.

The page loads fine, it's the content that's wrong. We're already upgraded, just flagging it.""",
priority="se/p2", form="markdown", tags=["docs"], org_tags=["self_hosted"]),

dict(subject="Feature request: arm64 images",
description="""We'd like to move our Sourcegraph VMs to Graviton instances to save cost. As far as we can tell the published images are amd64 only, so the containers fail with exec format error. Any plans to publish multi-arch images? For now we stay on x86, so not blocking, but it would be good to know the roadmap before our infra budget review next quarter.""",
priority="se/p2", form="plain", tags=["feature-request"], org_tags=["self_hosted","enterprise"]),

dict(subject="prometheus alerts about samples + alertmanager failing",
description="""we keep getting these two together since we added a second gitserver replica:

warning_prometheus_prometheus_target_sample_exceeded
warning_prometheus_alertmanager_notification_failures

level=warn ts=2024-02-02T10:14:22.511Z caller=scrape.go:1680 component="scrape manager" scrape_pool=kubernetes-pods target=http://10.4.2.19:6060/metrics msg="Appending scrape report failed" err="sample limit exceeded"
level=error ts=2024-02-02T10:14:23.004Z caller=dispatch.go:354 component=dispatcher msg="Notify for alerts failed" num_alerts=3 err="opsgenie/opsgenie[0]: notify retry canceled after 4 attempts: unexpected status code 422"

Product works fine. Just want the monitoring stack to stop being noisy / actually deliver alerts.""",
priority="se/p2", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="Is 5.3 supported on Kubernetes 1.29?",
description="",
priority="se/p3", form="one-liner", tags=[], org_tags=["self_hosted"]),

dict(subject="Re: Sizing for evaluation environment",
description="""Hi Dana,

Thanks for the call yesterday. Adding our infra lead Rohan to this thread.

> Could you share the expected number of repos and users for the evaluation?

Around 4,000 repos (mostly GitLab), 300 users during the pilot, growing to ~2,000 if we buy.

Rohan's question: we have to provision AWS resources through a ticket with our cloud team that takes a week, so we need the instance types and EBS sizes for a self-hosted install (they prefer docker-compose on one EC2 box for the pilot) by this Friday, otherwise the evaluation slips a month.

Also: is Amazon Linux 2023 OK as the host OS?

Best regards,
Hannah Okafor
Developer Productivity, Quillmark Insurance

From: Dana (Sourcegraph)
> Happy to help! What do you need from us to get the trial environment up?""",
priority="se/p2", form="email-thread", tags=["poc","trial"], org_tags=["prospect","poc"]),

dict(subject="Everything is super slow today",
description="""Since this morning every page of our Sourcegraph takes 30-60 seconds to load, search, file view, even the settings page. It's the same for all our developers, we checked with several teams in different offices. Nothing changed on our side that we know of. No workaround, people are just giving up and using grep. Can someone take a look today?""",
priority="se/p1", form="plain", tags=[], org_tags=["on_prem"]),
]
