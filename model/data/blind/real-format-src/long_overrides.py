# Longer versions of some email threads / mixed tickets, keyed by (team, subject).
# Applied by build.py so that the set spans 3 to ~400 words.
OVR = {}

OVR[("cloud", "Re: Re: Fwd: Evaluation environment")] = """Hi team,

Adding support here as Priya suggested. Apologies for the long thread, the relevant bit is Marco's mail from Tuesday evening.

Thanks,
Marco

---------- Forwarded message ---------
From: Priya Raman <priya.raman@vendor-ae.example>
Date: Wed, 4 Jun 2025 at 09:12
Subject: Re: Evaluation environment

Hi Marco, looping support in - they can look at the environment directly. On the Cody deep dive: Thursday afternoon works for me, I'll send an invite once the other thing is sorted.

> On Tue, 3 Jun 2025 at 18:55, Marco Delacroix <m.delacroix@ospreyline.example> wrote:
> Priya,
> Quick one. Our trial instance (ospreyline-trial.sourcegraph.com) stopped responding this afternoon. The page now says "This instance has been suspended". Our evaluation was agreed until the 20th, we have the steering committee demo Thursday 10:00 CET and 40 engineers onboarded into the trial.
> Was it switched off by mistake? We haven't received any notice.
>
> > On Mon, 2 Jun 2025, Priya Raman wrote:
> > Great to hear the first week went well! A few follow-ups from our call:
> > - I'll send over the pricing summary for 450 seats, with and without the AI assistant
> > - Your security team asked about SOC 2 – report is in the trust portal, access request link below
> > - Let me know if you want me to set up a Cody deep dive next week
> > - For the batch changes question (the log4j bump across repos), our SE Ana will prepare a short demo
> >
> > > On Fri, 30 May 2025, Marco Delacroix wrote:
> > > Priya, first week feedback: search is very fast, people like the code navigation on the Java services, and the GitLab connection took five minutes. Two questions from the team: can we get SAML for the trial (fine if not), and is there a way to see which users actually used it during the trial? The steering committee will ask for adoption numbers.
> > >
> > > Regards,
> > > Marco
>
> Regards,
> Marco Delacroix
> Head of Developer Productivity | Ospreyline
> This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender immediately and delete it from your system. Ospreyline GmbH, Amtsgericht München HRB 000000.
"""

OVR[("data-analytics", "Re: Renewal - user numbers")] = """Hi Support,

I'm told you can help with the data question below. Our renewal decision meeting is on Tuesday and this discrepancy is now the main sticking point. Daniel is on holiday until the 2nd and his backup pointed me here.

Thanks,
Beatriz Olsen
Procurement, Mosswood Logistics

On Fri, 23 May 2025 at 11:47, Tom Reinholt wrote:
> Beatriz, I checked our side again. I'm a site admin on the instance. Admin area > Analytics > Users, "Monthly" view:
>   Jan 402, Feb 388, Mar 431, Apr 417
> We also have around 1,150 accounts in total, but a lot of those are people who logged in once during the initial rollout in 2023. Could that be the 1,100 they're using?
> Separately - unrelated - the AI assistant trial they gave us ended, people miss it, maybe worth mentioning in the negotiation.
>
> On Thu, 22 May 2025 at 16:10, Beatriz Olsen wrote:
> > Hi Daniel,
> >
> > Thanks for the renewal quote. One thing we can't reconcile: the quote is based on 1,100 monthly active users. Our own Sourcegraph admin page (Analytics > Users) shows between 380 and 430 monthly actives for every month this year.
> >
> > Before we sign anything we need to understand which number is right and where yours comes from. If it's 400 we would like the tier adjusted.
> >
> > On Wed, 21 May 2025 at 09:30, Daniel Frey (Sourcegraph) wrote:
> > > Hi Beatriz, please find attached the renewal quote for the next 12 months, including the price protection we discussed. Let me know if you have questions!
> > >
> > > Daniel Frey | Account Executive
>
> Beatriz Olsen
> Procurement Specialist | Mosswood Logistics B.V.
> This email is confidential. If you are not the intended recipient, please notify the sender and delete this message. Mosswood Logistics accepts no liability for the content of this email.

Could someone explain how the MAU figure on the admin page is calculated, and what data your side would be looking at? We just need both sides to look at the same definition.
"""

OVR[("release", "Re: Re: Migration to EKS - data restore failing")] = """Hi all,

Pulling support in - we're stuck on the database restore step and the cutover is this Saturday. Full thread below, sorry, it got long.

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
> We did NOT dump codeintel-db separately, should we? And the gitserver data we planned to just re-clone from GitLab, that's ~4k repos, should be ok over a weekend?
>
> On Wed, 9 Apr 2025 at 09:10, Ahmet Yildiz wrote:
> > Miguel, the old VM is scheduled for decommission on the 14th, so we need the new cluster live before that. Also, finance asked whether the new setup changes anything in our license - I assume not, it's the same user count.
> >
> > On Tue, 8 Apr 2025 at 16:30, Miguel Sandoval wrote:
> > > Status update for the Sourcegraph move:
> > > - EKS cluster up (3x m6i.4xlarge), gp3 storage class
> > > - Helm chart installed with our override.yaml, all pods green on an empty database
> > > - SAML config copied over, login works against the test IdP
> > > - Next: DB migration on Thursday, DNS switch Saturday morning
> > > Risks: the old VM runs Postgres 12 from the compose file, the chart ships a newer version. I'm not sure that matters for pg_dump/pg_restore.
> > >
> > > On Mon, 7 Apr 2025, Ahmet Yildiz wrote:
> > > > Can you send me a status before the CAB on Wednesday?

Miguel Sandoval
Infrastructure Engineer, Aster Mobility
Confidentiality notice: this message is intended only for the addressee. If you received it in error please delete it and notify the sender. Aster Mobility SE, Registered office Lyon.
"""

OVR[("sales-ce", "RE: RE: RE: Order Form - legal review")] = """Hi Sourcegraph team,

Looping in support as suggested by Anneke's out-of-office. Please see point 3 in my mail below - the key is the urgent bit, everything else can wait for Anneke.

Kind regards,
Rutger

From: Rutger van Dijk
Sent: Monday, 16 June 2025 10:12
To: Anneke (Sourcegraph)
Cc: Legal Contracts; Sandra Vos
Subject: RE: RE: Order Form - legal review

Anneke,

Update from our side:
1. Legal has accepted the liability cap change.
2. The DPA redlines are still with our privacy office, they estimate 2 more weeks. They had questions about the sub-processor list (the LLM providers in particular) which Sandra will send separately.
3. Our current license expires on 21 June, which is this Saturday. Since signature will slip past that, we need a temporary extension of the license key to avoid an outage for our 800 developers. Can you arrange that?
4. Minor: the order form still lists our old billing address in Utrecht, please update to the Amsterdam one for the final version.

> From: Anneke (Sourcegraph)
> Sent: Friday, 13 June 2025 17:40
> Hi Rutger, attached the updated order form with the liability cap change. Let me know once legal has signed off! Also happy to set up a call with our security team if your privacy office has questions on the DPA.
>
> > From: Rutger van Dijk
> > Sent: Thursday, 12 June 2025 09:01
> > Anneke, our legal team has two comments on the order form, see attached. Also – our platform team asked whether the 6.x upgrade changes anything about how the license is applied. I told them no but please confirm.
> >
> > > From: Anneke (Sourcegraph)
> > > Sent: Tuesday, 3 June 2025 14:22
> > > Hi Rutger, as promised, the renewal order form for 800 seats, 12 months, same terms as last year plus the 5% uplift we discussed.

Rutger van Dijk | Senior Buyer IT | Westerly Insurance
Postbus 0000, Amsterdam
Disclaimer: This e-mail is intended only for the addressee. The information may be confidential and/or legally privileged. If you have received this message in error, please notify the sender and delete it. Westerly Insurance does not accept liability for damage of any kind resulting from the risks inherent in electronic transmission.
"""

OVR[("source", "Re: all repos out of date")] = """Hi Support,

Jeroen from our team put together the details below. Whole company is seeing stale code in search and file views since Friday. Sorry for the long forward, his analysis is in the middle.

Thanks,
Emma

On Mon, 24 Feb 2025 at 10:02, Karl Mertens wrote:
> Also, unrelated, could someone ask them whether the AI assistant can be pointed at Bitbucket PRs? The review team keeps asking.
>
> On Mon, 24 Feb 2025 at 09:21, Jeroen Bakker wrote:
> > Emma,
> > Looked into it. On the code host connection page for our Bitbucket Data Center:
> >   "Last sync failed: 401 Unauthorized: Authentication failed. Please check that you are using a valid personal access token"
> > Every repo's "last updated" is Feb 21. Turns out Bitbucket now enforces a 90-day expiry on HTTP access tokens (security changed the policy in November) and the one the service account uses expired on the 21st.
> > I created a new token and put it in the connection config. Sync now says "succeeded" but repos still show the old commits and `git fetch` errors on the repo pages:
> >   "fatal: Authentication failed for 'https://bitbucket.helix.example/scm/tms/routing.git/'"
> > I also tried "Update now" on a few repos, same thing. The Sourcegraph search itself is fast as always, it's just searching old code. I haven't restarted anything yet because I don't want to make it worse.
> >
> > On Mon, 24 Feb 2025 at 08:02, Emma Lund wrote:
> > > Jeroen, devs say Sourcegraph shows code from last week? Several people in the release stand-up said their merged changes aren't visible and the code navigation still points at deleted functions.
> > >
> > > On Fri, 21 Feb 2025 at 17:40, IT Notifications wrote:
> > > > Reminder: service account svc-sourcegraph access token expires today.

--
Emma Lund | Developer Experience | Helix Freight
Helix Freight AB · Göteborg · This e-mail may contain confidential information. If you are not the intended recipient, please inform the sender and delete the message.
"""

OVR[("code-search", "RE: Numbers for the QBR")] = """Hi Sourcegraph support,

Forwarding this since our CSM is out. Short version: the tech-debt chart we show leadership every quarter looks wrong. Everything else in the thread is context, the chart is the ask.

Best,
Nadia

-----Original Message-----
From: Gustavo Leal
Sent: Wednesday, February 26, 2025 4:47 PM
To: Nadia Okafor
Cc: Ravi Menon
Subject: RE: Numbers for the QBR

Nadia - the "Deprecated API calls" chart on the Platform Health dashboard drops from ~3,100 to 0 on Feb 1 and stays at 0. Nobody removed 3,000 calls in a week :) The query is just `lang:java LegacyClient\\.` across all repos. If I run the same query in normal search today I get 2,870 results. The other two charts on that dashboard (TODO count and the Python 2 one) look plausible.

Also the usage numbers Ravi wanted (how many people use search weekly) - I'll grab those separately from the admin page, don't worry about that part.

> From: Ravi Menon
> Sent: Wednesday, February 26, 2025 11:20 AM
> Thanks both. For the deck I'd like: (1) weekly active users of Sourcegraph, (2) the deprecated API trend, (3) a line on the batch change we ran to remove the old logging library. Nadia, can you own the slide?
>
> > From: Nadia Okafor
> > Sent: Wednesday, February 26, 2025 9:12 AM
> > Can you sanity-check the charts before I put them in the deck? QBR is on the 12th. Last quarter someone from finance asked why the line went up, so I'd rather be ready.

Gustavo Leal | Staff Engineer | Brambleton Pharma
Please consider the environment before printing this email. This message is intended for the named recipient only and may contain privileged information.
"""

OVR[("cody", "Re: Evaluation feedback - answers don't know our code")] = """Hi support team,

Jonas from Redfern asked me to open a ticket so your engineers can look. See his notes below. The demo to their VP is on Thursday and right now the assistant is the weakest part of the evaluation.

Best regards,
Camille Durand
Account Executive

> From: Jonas Weber <j.weber@redfern-aero.example>
> Date: Mon, 12 May 2025
>
> Camille,
>
> Thanks for the extension of the trial license, that part is sorted.
>
> Status after week two:
> - Search: very good, the team uses it daily now
> - Code navigation in the C++ flight software: okay, some gaps but acceptable
> - The AI assistant: this is the problem.
>
> When we ask things like "where do we validate flight plan checksums?" in the editor chat, the answers are generic and never reference our repositories, even when we @-mention the repo. The little context list shows "0 items". Searching for "checksum" on the instance finds the code immediately, so the code is clearly there. We run the instance ourselves on our own Kubernetes, version 6.0.2, with the default models through your gateway. The JetBrains and VS Code plugins behave the same.
>
> We have 3 engineers comparing this with a competitor tool side by side, and the competitor wins on this right now. If it isn't fixed before Thursday the VP will likely see the comparison as it is.
>
> > On Fri, 9 May 2025, Camille Durand wrote:
> > Great to hear the search side went well! Let me know how the AI part goes. I've also asked our team about the SSO question you had for the production rollout.
> >
> > > On Thu, 8 May 2025, Jonas Weber wrote:
> > > Camille, could the trial key be extended until end of May? The security review ate a week.
>
> Jonas Weber
> Redfern Aerospace - Software Tooling
> The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee."""

OVR[("search-platform", "Re: Scaling to 80k repositories")] = """Hi support,

Adding you to the thread with our infra team; we need guidance this week because the rollout to the remaining business units starts on Monday.

Thanks,
Noor

> On Mon, 3 Mar 2025 at 10:40, Viktor Hallström wrote:
> Noor, status:
> - all 80k repos are cloned and gitserver looks fine (repo-updater says everything's synced, no clone queue)
> - permissions sync finished for all 6 GitLab instances, the contractors see what they should
> - SAML works for all business units
> The problem is indexing: the indexserver has been at it for 9 days and is only at ~46k repos. Each indexserver pod sits at 100% CPU. Search results for the unindexed repos come back through the slow path and time out half the time, so for users it looks like search "misses" code.
>
> We have 4 indexed-search replicas, 16 CPU / 64Gi each, SSD storage. Should we add replicas, bump CPU, or change indexing settings (e.g. fewer branches, skip big vendored dirs)? Happy to throw hardware at it if it helps, budget is approved. We're not running anything unusual, just the Helm chart with our overrides.
>
> > On Fri, 28 Feb 2025, Noor Haddad wrote:
> > Viktor, how's the import going? Business units 3-7 go live on the 10th. Also, the analytics team asked for weekly active numbers after go-live, can you check where those are in the admin UI?
> >
> > > On Wed, 26 Feb 2025, Viktor Hallström wrote:
> > > Noor, we bumped gitserver to 8 replicas, cloning is going much faster now. Should be done by the weekend.

Noor Haddad | Developer Platform | Tamarind Telecom
This email and its attachments may be confidential and are intended solely for the use of the individual to whom it is addressed."""

# Org tags added afterwards so that the customer's deployment tag does not give the team away
# (managed-instance customers file about every product; self-hosted customers also use sourcegraph.com).
ORG_OVR = {
    ("code-search", "saved search notifications?"): ["managed-instance"],
    ("code-search", "Re: Code monitor to Teams?"): ["managed-instance"],
    ("code-search", "a few query syntax questions"): ["managed-instance"],
    ("code-search", "keyboard shortcut for case sensitivity?"): ["managed-instance"],
    ("cody", "FW: rate limit messages"): ["managed-instance"],
    ("cody", "edit command changes the wrong file"): ["managed-instance"],
    ("data-analytics", "MAU numbers for last quarter?"): ["managed-instance"],
    ("data-analytics", "FR: DAU broken down by team / org"): ["managed-instance"],
    ("graph", "hover docs are from an old version"): ["managed-instance"],
    ("graph", ".h files treated as C instead of Objective-C"): ["managed-instance"],
    ("source", "OIDC with Entra ID - group claims not used"): ["managed-instance"],
    ("source", "okta login loop"): ["managed-instance"],
    ("sales-ce", "Renewal at risk - need help this week"): ["managed-instance"],
    ("search-platform", "search result not complete"): ["managed-instance"],
    ("docs", "docs site down?"): ["managed-instance"],
    ("cloud", "sourcegraph.com sign in 500"): ["self-hosted"],
    ("cloud", "our OSS repo missing from sourcegraph.com"): ["self-hosted"],
}
