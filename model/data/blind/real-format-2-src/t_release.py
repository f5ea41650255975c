from common import T

TEAM = "release"

TICKETS = [
T("URGENT - frontend pods crashlooping after helm upgrade, nobody can log in",
"""
We ran the chart upgrade from 5.9.1 to 6.1.0 about 40 min ago during our window and the instance has not come back. Every developer gets a 502 from the ingress.

$ kubectl -n sg get pods
NAME                                   READY   STATUS             RESTARTS      AGE
sourcegraph-frontend-6f9c7d8b9-2xkqp   0/1     CrashLoopBackOff   9 (41s ago)   38m
sourcegraph-frontend-6f9c7d8b9-tw7lm   0/1     CrashLoopBackOff   9 (33s ago)   38m
gitserver-0                            1/1     Running            0             37m
migrator-9ktrv                         0/1     Error              0             39m
pgsql-0                                1/1     Running            0             2d

$ kubectl -n sg logs migrator-9ktrv
{"SeverityText":"ERROR","Body":"failed to run migrations","Attributes":{"schema":"frontend","error":"dirty database: schema \\"frontend\\" marked dirty at version 1712004411; a previous migration failed, run `migrator drift` / `upto` manually"}}

$ kubectl -n sg logs sourcegraph-frontend-6f9c7d8b9-2xkqp --tail=3
{"SeverityText":"FATAL","Body":"database schema out of date","Attributes":{"expected":1718220090,"found":1712004411}}

We have a pg_dump from before the upgrade. Do we roll back or can you walk us through fixing the dirty flag? 1,400 engineers locked out right now.
""",
"se/p0", "logs", ["urgent", "upgrade", "outage"], ["self-hosted", "enterprise"]),

T("whole thing is dead after the VM rebooted",
"""
pasting from our ops channel so you have context:

[07:52] Priya N: anyone else getting "connection refused" on code.halvorsen.internal?
[07:53] Tomasz W: yep. the box got patched + rebooted overnight by the infra automation
[07:55] Tomasz W: `docker ps` only shows 4 containers up. the rest are Exited (1)
[07:55] Tomasz W: pgsql says "could not write to file pg_wal/xlogtemp.44: No space left on device"
[07:56] Priya N: df -h /var/lib/docker -> 100%, 0 bytes free
[07:58] Tomasz W: I can grow the EBS volume but I'm scared to touch the db volume without asking them first
[08:01] Priya N: opening a ticket, nobody in eng can search this morning

We're on the docker compose setup, 5.10.2. How do we safely free space / extend and bring pgsql back without corrupting anything? Please call +1 555 0199 if faster.
""",
"se/p0", "chat-paste", ["urgent"], []),

T("Re: Fwd: Weekend upgrade plan - migrator drift output",
"""
Hi team,

Bumping this since our change window is Saturday 06:00 CET and I still don't have a go/no-go.

Thanks,
Annika Lindqvist
Platform Engineering | Verholt Logistics AB
This e-mail and any attachments may be confidential. If you received it by mistake, please delete it and notify the sender. Verholt Logistics AB, org.nr 556000-0000.

> On Tue, Nov 24, 2026 at 3:12 PM Annika Lindqvist wrote:
> Forwarding the dry-run result from Jonas below. We go 5.3.9 -> 6.0.2 in one jump (yes, we skipped a lot, sorry).
> Also unrelated: is the Cody thing included in our licence? Our CE said he'd check, not urgent.
>
>> ---------- Forwarded message ---------
>> From: Jonas Ek <jonas.ek@verholt.example>
>> Date: Mon, Nov 23, 2026
>> Subject: migrator dry run
>>
>> Ran `migrator upgrade --from=5.3.9 --to=6.0.2 --dry-run` against the staging clone:
>>
>>   ✱ Sourcegraph migrator 6.0.2
>>   WARN  schema drift detected for "frontend": 3 unexpected indexes
>>     - repo_name_trgm_idx_old (unexpected)
>>     - lsif_uploads_state_tmp (unexpected)
>>     - event_logs_ts_brin (unexpected)
>>   ERROR upgrade plan aborted: drift must be resolved or --skip-drift-check set
>>
>> Some of those indexes were added by our DBA years ago for a report. No idea if safe to drop.
>>
>> Jonas

> On Wed, Nov 25 support wrote:
> > Thanks Annika, looking into this with the team.

Can someone confirm whether we can drop these or should pass --skip-drift-check? We have ~900 users and can only afford the one window this month.
""",
"se/p1", "email-thread", ["upgrade", "follow_up"], ["self-hosted", "enterprise"]),

T("Alertmanager spamming OOMKill for frontend",
"""
Since Monday the alert below fires every 20 minutes or so. When it fires, people report the web UI hangs for a minute and then reloads.

[FIRING:1] critical: frontend: 1+ container_oomkill_events_total
  alertname = sourcegraph-critical
  level = critical
  service_name = frontend
  name = container_oomkill_events_total
  owner = infra-org
  description = frontend: 1+ OOMKILL events (critical)
  startsAt = 2026-11-30T09:14:02Z

[FIRING:2] warning: frontend: less than 90% pods available percentage
  service_name = frontend

kubectl describe pod:
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
    Limits:
      cpu:     2
      memory:  4G

Cluster is EKS 1.29, we deploy with the helm chart + our own overlay. ~2,200 users. We didn't change anything on our side except onboard two more business units last week. Should we just bump the limit and to what?
""",
"se/p1", "logs", ["bug"], ["self-hosted"]),

T("pgsql connection pool full after scale frontend",
"""
Hello support,

We scale frontend from 2 to 6 replica because users complain slow. After this, alert "usage connections percentage" for postgres go red, 96%. Now some page give error "sorry, too many clients already". Before scale not happen.

Our max_connections is 200, it is default of your chart we think. Is need increase it or decrease something in frontend? We are not DBA people, please say exact value.

Many user see the error since morning, they cannot open repository pages sometimes.

Best regards
Kenji Mori / Tsurugi Systems infra group
""",
"se/p1", "non-native", ["bug"], ["self-hosted"]),

T("Executor VMs never show up as online - POC demo on Thursday",
"""
## Context

We're evaluating Sourcegraph (trial licence, POC ends **Dec 11**). The demo to our VP on Thursday is built around server-side batch changes, so we need executors.

## What we did

| Step | Result |
|---|---|
| Terraform module for executors in our AWS account | `apply` OK, 2 VMs up |
| Set `EXECUTOR_FRONTEND_URL=https://sg-poc.marrowind.example` | done |
| Set `EXECUTOR_FRONTEND_PASSWORD` to the `executors.accessToken` from site config | done |
| Site admin → Executors page | **empty, no instances** |

## Executor log (journalctl)

```
executor: level=warn msg="failed to poll for job" err="Post \\"https://sg-poc.marrowind.example/.executors/queue/batches/dequeue\\": dial tcp 10.40.2.15:443: i/o timeout"
```

Screenshot of the empty page: https://files.marrowind.example/share/exec-empty.png

The instance itself runs on our EKS cluster behind an internal ALB. Is there a port / security group thing we're missing?
""",
"se/p1", "markdown", ["poc", "urgent"], ["self-hosted", "trial"]),

T("Files showing as plain text, highlighting just gone",
"""
Hi, since this morning a lot of files render without any colours, and for big files there's a "syntax highlighting timed out" note at the top.

In Grafana I see this:
  Syntect Server > Container monitoring > "Container memory usage by instance" -> pegged at 100% of limit
  alert: syntect-server: 99%+ container memory usage by instance (warning)

kubectl top pod | grep syntect
syntect-server-7b5d9c6f4-q9zlm   1980m   3998Mi

Navigation and search still work, it's just unreadable without colours. Self-managed on AKS, chart 5.11.4. Do we give it more memory or more replicas?

— Lars (Fjordhavn Energi)
""",
"se/p2", "mixed", ["bug"], ["self-hosted"]),

T("Caddy fails to renew certificate on docker-compose deployment",
"""
**Sourcegraph version:** 5.10.1
**Platform information:** docker-compose on a single Ubuntu 22.04 VM (Azure), 16 vCPU / 64 GB

**Steps to reproduce:**
1. Let the cert from the initial setup approach expiry
2. Check caddy container logs

**Expected behavior:**
Caddy renews the Let's Encrypt cert automatically.

**Actual behavior:**
```
caddy | {"level":"error","logger":"tls.renew","msg":"could not get certificate from issuer","identifier":"search.orvane.example","error":"HTTP 400 urn:ietf:params:acme:error:connection - Timeout during connect (likely firewall problem)"}
```
Cert expires in 6 days. Our firewall only allows 443 inbound, not 80.

**Additional context:**
We could put our own corporate cert in instead if that's easier, just tell us where it goes in the compose file.
""",
"se/p2", "template", ["bug"], ["self-hosted"]),

T("redis store keeps restarting every few hours",
"",
"se/p2", "one-liner", [], ["self-hosted"]),

T("grafana empty since we moved storage",
"""
copy of our thread from Teams:

Mihai Popescu  10:02
after the storage migration the Grafana dashboards inside sourcegraph are all "No data"

Mihai Popescu  10:03
prometheus pod is up but logs say
  level=error component=tsdb msg="Failed to open db" err="open /prometheus/wal/00000113: permission denied"

Elena Dragomir  10:05
we restored the PV from snapshot, owner is root now I think. what uid does the prometheus container run as?

Mihai Popescu  10:06
also there's a warning in the UI "prometheus tsdb op failure"

Elena Dragomir  10:09
ok not urgent, Sourcegraph itself works, we just can't see metrics. let's ask them
""",
"se/p2", "chat-paste", [], ["self-hosted"]),

T("ingress TLS annotations ignored by chart",
"""
Our override file (trimmed):

frontend:
  ingress:
    enabled: true
    ingressClassName: nginx
    annotations:
      cert-manager.io/cluster-issuer: corp-issuer
      nginx.ingress.kubernetes.io/proxy-body-size: "150m"
    host: sourcegraph.tellbrook.internal
    tls:
      - hosts: [sourcegraph.tellbrook.internal]
        secretName: sg-tls

$ helm upgrade --install -f override.yaml sg sourcegraph/sourcegraph --version 5.11.2
Release "sg" has been upgraded. Happy Helming!

$ kubectl get ingress sourcegraph-frontend -o jsonpath='{.metadata.annotations}'
{"kubernetes.io/ingress.class":"nginx","meta.helm.sh/release-name":"sg"}

The cert-manager annotation and the body-size one never land on the object, so no cert gets issued and uploads of big files fail with 413. Browsers warn about the self-signed cert; people click through for now.
""",
"se/p2", "logs", ["bug"], ["self-hosted"]),

T("RE: RE: Vulnerability scan findings on your images",
"""
Hello,

Circling back on this one – our security office has now put a date on it (end of January) so it would be good to get an answer before the holidays.

Kind regards,
Dorota Wiśniewska
IT Risk & Compliance, Baltrex Insurance S.A.
Confidentiality notice: the content of this message is intended solely for the addressee.

-----Original Message-----
From: Dorota Wiśniewska
Sent: Thursday, November 19, 2026 11:40
Subject: RE: Vulnerability scan findings on your images

Adding Piotr who runs the cluster. Piotr, can you share which tags we run?

> -----Original Message-----
> From: Piotr Zieliński
> We are on 5.9.3 for all services, pulled from the public registry mirror.
>
> > -----Original Message-----
> > From: Dorota Wiśniewska
> > Our weekly Trivy scan flags 3 HIGH findings in the gitserver and
> > frontend images (openssl and a Go stdlib package). Not exploited as far
> > as we know, and the instance is internal-only. Is there a patched tag, or
> > do we have to move to 6.x to get rebuilt base images? We'd prefer not to
> > do a major jump right now because of the year-end freeze.

P.S. thanks for the swag at the conference, the mugs are a hit.
""",
"se/p2", "email-thread", ["security", "question"], ["self-hosted", "enterprise"]),

T("image pull from our own registry, names not correct",
"""
Hi. We are airgap, no internet in cluster. We mirror all images to harbor.skovby.internal/sg/. In kustomize we use the overlay for private registry but two images still try pull from docker.io and get ImagePullBackOff: the one for jaeger and the one for the blobstore. Other ones ok.

Which place we must change additionally? Version is 5.11.0. Not urgent, instance still run except these two.

Thanks, Mads
""",
"se/p2", "non-native", [], ["self-hosted"]),

T("otel collector memory keeps creeping up",
"""
### What we see

The Grafana panel **OpenTelemetry Collector → Container monitoring → Container memory usage by instance** climbs in a straight line for ~5 days, then the pod restarts and it starts again.

| day | memory (MiB) |
|---|---|
| Mon | 410 |
| Wed | 1,120 |
| Fri | 1,870 (restart) |

Also seen once: `otelcol processor dropped spans` warning.

### Setup

- Kubernetes (on-prem, Rancher), Sourcegraph 6.0.1
- Traces exported to our own Tempo at `tempo.ravnstad.internal:4317`

### Ask

Is this a known leak or do we have something misconfigured in the exporter? Screenshot: https://share.ravnstad.example/grafana-otel.png
""",
"se/p2", "markdown", [], ["self-hosted"]),

T("everything sluggish in the afternoons",
"""
Not sure how to describe this one. From about 13:00 to 17:00 local time the app gets slow for everybody - pages take 6-10s, sometimes spinner forever. Mornings are fine.

What I checked:
- node CPU on the 3 k8s workers hovers around 85% in the afternoon (screenshot attached: node-cpu.png)
- Grafana "Overview" looks mostly green, a couple of yellow panels in frontend ("mean blocked seconds per conn request")
- we grew from ~1,100 to ~3,000 users since summer, instance was sized for the first number

From the user side:
> "clicking into a file sometimes never finishes" – Sam, payments team
> "search is fine, it's the rest that's slow" – Hina

I guess we need to scale but no idea which services. Can someone look at our resources and recommend a size?
""",
"se/p2", "mixed", ["performance"], ["enterprise"]),

T("Can we pin image digests instead of version tags?",
"",
"se/p3", "one-liner", ["question"], []),

T("question: external Postgres (RDS) with the helm chart",
"""
**Sourcegraph version:** 6.0.0
**Platform information:** <!-- Kubernetes version, cloud provider, Docker version... -->
EKS

**Steps to reproduce:**
<!-- A list of steps to reproduce the bug -->

**Expected behavior:**
<!-- What did you expect to happen? -->

**Actual behavior:**
<!-- What happened instead? -->

Not a bug really - we want to move pgsql and codeintel-db to RDS before go-live. Which values do we set to switch off the bundled databases and point at RDS, and is there a minimum Postgres version? Docs link would be enough.
""",
"se/p3", "template", ["question", "how_to"], ["self-hosted"]),

T("is the \"observability test alert\" something we should worry about?",
"""
[09:41] <ravi.k> our pager went off: "frontend: 1+ observability test alert critical"
[09:41] <ravi.k> nothing seems broken though
[09:43] <mel> I think someone in our team was testing the alertmanager → opsgenie routing yesterday
[09:44] <ravi.k> can we make sure it's expected and how do we silence it for good
[09:44] <mel> ask sourcegraph, it's their alert name
""",
"se/p3", "chat-paste", ["question"], ["self-hosted"]),

T("Backup / restore approach for a single-VM install",
"""
# Backup question

We run the docker compose flavour on one VM (`sg01.corvid-labs.internal`). Before the next upgrade we want a proper backup story.

## Questions

1. Which volumes actually matter? We see `pgsql`, `codeintel-db`, `gitserver-0`, `zoekt-*`, `minio` etc.
2. Can zoekt / gitserver data just be rebuilt instead of backed up?
3. Is a disk snapshot while running acceptable, or do we need to stop containers?

No rush, upgrade is planned for February.
""",
"se/p3", "markdown", ["question"], ["self-hosted"]),

T("config changes not picked up, alert about site configuration",
"""
Slack export from #sg-admins:

Olu Adeyemi  2:14 PM
I changed the auth config in the admin UI yesterday (new SAML IdP metadata) and half the users still land on the old login flow

Olu Adeyemi  2:15 PM
also this alert has been firing since then:
frontend: maximum duration since last successful site configuration update (all "frontend") 300s+ 

Beth Carver  2:17 PM
the two newer frontend pods pick up changes, the three older ones don't. restarting them fixes it but then next edit same problem

Beth Carver  2:19 PM
k8s 1.30, chart 6.0.3. I don't think it's SAML itself - SAML works on the new pods

Olu Adeyemi  2:20 PM
we can't keep restarting pods every time someone edits the config, and the security team wants the IdP cutover done this week
""",
"se/p1", "chat-paste", ["bug"], ["self-hosted"]),
]
