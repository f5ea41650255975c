# Round-3 training tickets (real-ticket forms), part 1: cloud, release, search-platform.
T = []
def t(team, prio, subject, desc, form, tags=(), org_tags=()):
    T.append(dict(team=team, priority=prio, subject=subject, description=desc, form=form,
                  tags=list(tags), org_tags=list(org_tags)))

t("cloud", "se/p0", "URGENT - instance not loading for anyone",
  "Hi team,\n\nnobody at Quillbrook can open https://quillbrook.sourcegraph.com since ~08:40 CET, browser just spins then 504.\nWe did not change anything. This is blocking ~900 devs.\n\nPls escalate\n\n--\nMarta Ilves | Dev Tooling | Quillbrook AS\nThis e-mail and any attachments are confidential.",
  "email-thread")
t("cloud", "se/p1", "Re: Re: slow search on our cloud instance",
  "Thanks Sam, but its still the same today.\n\nOn Mon, Oct 6, 2026 at 9:12 AM Sam from Support wrote:\n> Could you send a HAR of one slow search?\n> Also, is it slow for every query or only regex?\n\nEvery query, also literal ones. HAR attached (search-slow.har). Our instance is the managed one, tenant name bramblefin. It used to be ~1s, now 20-30s. Many teams complaining.\n\nKind regards\nJoost",
  "email-thread")
t("cloud", "se/p2", "[Bug] SAML login loop after your maintenance window?",
  "**Sourcegraph version:** whatever you run on our managed instance (footer says 6.3.2)\n**Platform information:** Sourcegraph Cloud, Chrome 131\n\n**Steps to reproduce:**\n1. go to https://orlen-dev.sourcegraph.com\n2. click sign in with Okta\n3. get redirected back to the sign in page\n\n**Expected behavior:** logged in\n**Actual behavior:** loop. Started right after the maintenance email you sent for Saturday.\n\nWorkaround: incognito works sometimes.",
  "template", org_tags=["managed_instance"])
t("cloud", "se/p3", "sourcegraph.com public search question",
  "hey, is there a limit on how many results sourcegraph.com returns for open source search when not logged in? we want to point our interns at it. not urgent",
  "one-liner")
t("cloud", "se/p2", "Allowlist IPs changed??",
  "Our GHE firewall logs show connections from our Sourcegraph Cloud instance coming from an address that isnt on the list you gave us in the onboarding doc. Repos stopped syncing for about 1/3 of orgs. Did the egress IPs change? we can add them but need the official list.",
  "non-native", org_tags=["cloud_customer"])
t("cloud", "se/p1", "cloud instance - upgrade broke code monitors & batch changes page 500",
  "```\nGET https://tessaract-labs.sourcegraph.com/batch-changes 500 (Internal Server Error)\n{\"errors\":[{\"message\":\"frontend: context deadline exceeded\"}]}\n```\nsince your upgrade last night our managed instance gives 500 on several pages. we cannot do anything about it since you run it. please check your side",
  "logs")
t("cloud", "se/p3", "Can we get a staging tenant on the managed plan",
  "Hello, we are on the managed instance and would like a second, smaller instance for testing upgrades before they hit prod. Is this something Cloud offers and how is it provisioned? Thanks, Priya",
  "email-thread")
t("cloud", "se/p2", "alert from your status page - disk",
  "We got an email from your cloud team saying our instance had 'gitserver disk nearly full' and you'd resize it. Since then cloning of new repos is paused on our managed instance. Any ETA? a few repos missing from search.",
  "mixed", org_tags=["managed_instance"])
t("cloud", "se/p0", "all users get 502 on managed sourcegraph",
  "Whole instance down, every user gets 502 Bad Gateway on https://helio-grid.sourcegraph.com. nobody can search. started 30 min ago",
  "one-liner")

t("release", "se/p0", "PROD DOWN after helm upgrade 5.11 -> 6.2",
  "kubectl get pods -n sourcegraph\nNAME                          READY   STATUS             RESTARTS   AGE\nfrontend-7d9c8b6f5-2xkqp      0/1     CrashLoopBackOff   14         31m\nmigrator-kq8x2                0/1     Error              0          33m\npgsql-0                       1/1     Running            0          2d\n\nmigrator logs:\nfailed to run migration for schema \"frontend\": dirty database: schema \"frontend\" marked dirty at 1701881234\n\nWe upgraded with helm upgrade --install using your chart, skipped from 5.11 directly. Whole Sourcegraph is down for all 2k engineers.",
  "logs", org_tags=["self_hosted"])
t("release", "se/p2", "docker compose: which version of the deploy repo for 6.1?",
  "Hi! We run the docker-compose deployment on a single VM (64GB). The upgrade docs for docker compose say to merge the upstream release branch but the page skips what to do with our overrides file. Is there a migration step we need for 6.1? Currently on 5.9.",
  "non-native", org_tags=["on_prem"])
t("release", "se/p0", "Sourcegraph unreachable for everyone",
  "Sourcegraph has been unreachable for everyone for about an hour, nobody can search or use Cody. We run it ourselves in our own EKS cluster. The ingress returns 503, frontend pods keep restarting with OOMKilled. We haven't changed resources in months.",
  "email-thread", org_tags=["self_hosted"])
t("release", "se/p2", "Grafana: frontend container memory usage high",
  "We keep getting the alert `frontend: container memory usage (1d maximum) by instance` warning firing on our cluster every afternoon. Should we just raise the memory limit in our values.yaml? What do you recommend for ~1500 users?",
  "markdown", org_tags=["self_hosted"])
t("release", "se/p3", "executors on our own VMs - docs question",
  "The executors page in the docs mentions firecracker isolation. Does that work on our on-prem VMware hosts or only AWS/GCP? No rush, planning for Q1.",
  "one-liner")
t("release", "se/p2", "The Kubernetes upgrade docs skip a migration step",
  "FYI your kubernetes upgrade guide for 6.0 does not mention that you have to run the migrator with `up` before rolling the frontend. we figured it out from the changelog. Maybe update the doc? Also our upgrade worked in the end.",
  "markdown")
t("release", "se/p1", "[POC] cannot get single container to start",
  "Platform: docker run sourcegraph/server:6.2.1 on RHEL 9 with podman\n\n```\n✱ Sourcegraph is ready at: http://127.0.0.1:7080\npanic: open /var/opt/sourcegraph/postgresql/PG_VERSION: permission denied\n```\nWe're evaluating Sourcegraph this week and the demo to leadership is Friday.",
  "template", tags=["poc"])
t("release", "se/p2", "prometheus disk filling up",
  "our prometheus pod in the sourcegraph namespace fills its 200Gi volume every ~10 days. Is there a retention setting in the chart? k8s, self managed.",
  "chat-paste")
t("release", "se/p3", "Air-gapped install",
  "Do you publish an offline bundle of the images for air-gapped installs? We mirror everything into Harbor. Version 6.x.",
  "one-liner")

t("search-platform", "se/p2", "search is slow",
  "search is slow since yesterday on big monorepo, other repos fine. zoekt-webserver CPU is at 100% on indexed-search-0. self hosted 6.1. ~40s for simple literal query in that repo",
  "non-native", org_tags=["self_hosted"])
t("search-platform", "se/p1", "Indexed search returns partial results",
  "**What happened**\nSearch results show the yellow 'some repositories could not be searched' banner and results are missing for about half of our repos.\n\n**Logs**\n```\nzoekt-webserver: error: shard /data/index/github.com%2Facme%2Fmono_v16.00000.zoekt: file too short\n```\n**Version** 6.0.4, helm",
  "markdown")
t("search-platform", "se/p2", "zoekt: average resolve revision duration over 5m",
  "Hi, we got this one firing for 2 days now: zoekt: average resolve revision duration over 5m. What does it mean and do we need to do something? Search seems ok-ish.",
  "one-liner")
t("search-platform", "se/p3", "How big should the indexed-search disk be?",
  "We are planning to add 12k repos (about 3TB of git data). How should we size the indexed-search volumes? Is there a rule of thumb for index size vs repo size?",
  "email-thread")
t("search-platform", "se/p1", "Re: new repos never show up in search results",
  "> Can you confirm the repos are cloned?\n\nYes, they're cloned, I can browse the files on the repo page. But searching for anything in them returns nothing, and the repo settings page says 'Not indexed yet' for 3 days now. About 200 repos added last week are affected.",
  "email-thread")
t("search-platform", "se/p2", "Grafana panel 'indexed search request errors every 5m' red",
  "The dashboard for zoekt shows the panel indexed search request errors every 5m going red several times an hour, and users see timeouts. Attaching screenshot grafana.png. version 5.11.",
  "markdown")
t("search-platform", "se/p2", "Search timeout on regex",
  "Regex searches across all repos time out after 60s ('search timed out'). Literal searches fine. Can the timeout be raised or is the index misbehaving?",
  "one-liner")
t("search-platform", "se/p0", "search completely down, 'no indexed search servers available'",
  "After a node pool rotation, every search returns 'no indexed search servers available'. indexed-search pods are Running. all users affected, nobody can search at all.\n\nkubectl logs indexed-search-0 -c zoekt-webserver\n{\"level\":\"error\",\"msg\":\"listing shards\",\"err\":\"open /data/index: no such file or directory\"}",
  "logs")
