TEAM = "sales-ce"
T = []
def t(form, prio, subject, desc, tags=(), org=()):
    T.append(dict(team=TEAM, form=form, priority=prio, subject=subject, description=desc, tags=list(tags), org_tags=list(org)))

# ---------------- template ----------------
t("template", "se/p0", "Instance locked - key expired, renewal signed",
"""Sourcegraph version: 5.6.0
Platform information: Kubernetes

Steps to reproduce:
1. Open the instance

Expected behavior:
Normal use

Actual behavior:
Red banner "Your Sourcegraph license has expired" and users are blocked from everything except the site admin pages. Nobody in the company can search.

Additional context
We signed the renewal order form on the 28th (our AP has the PO), but nobody sent us a new key and the old one expired at midnight. 1,300 engineers affected. We need a working key today.""",
["urgent", "license"], ["self-hosted"])

t("template", "se/p1", "Trial ends in 3 days - need more time",
"""Sourcegraph version: 6.0.0
Platform information: docker-compose (evaluation VM)

Steps to reproduce:
n/a

Expected behavior:
Evaluation continues until our decision meeting on the 24th

Actual behavior:
The admin banner says the trial key expires on the 15th

Additional context
Our security review took 3 weeks longer than planned so we only really started testing last week. Can we get the evaluation extended by ~3 weeks? Our champion is Tereza Dvořák (VP Eng).""",
["poc"], ["poc", "self-hosted"])

t("template", "se/p3", "adding 50 seats mid-term",
"""Sourcegraph version: 5.6
Platform information: k8s

Steps to reproduce:
not a bug

Expected behavior:

Actual behavior:

Additional context
We're acquiring a small company in Q3 and will need ~50 more seats. How does adding seats in the middle of the contract work - prorated? Who do I talk to?""",
["question"], [])

# ---------------- logs ----------------
t("logs", "se/p1", "key expiring - renewal done, no new key",
"""Frontend logs are full of this since Monday:

{"SeverityText":"WARN","Body":"license expires soon","Attributes":{"expires_at":"2025-06-30T00:00:00Z","days_remaining":6,"plan":"enterprise","user_count":1500}}

Admin banner: "Your license expires in 6 days. Contact sales to renew."

Our renewal was countersigned two weeks ago (order ref SO-24-8812). We still don't have a new key. If it expires the whole company is blocked, so please make sure we get it before the 30th.""",
["license", "renewal"], ["self-hosted"])

t("logs", "se/p2", "new license key rejected",
"""Pasted the key we got by email from our account team into Site admin > License, got:

Error: invalid license key: signature verification failed (key length 731)

$ echo -n "$KEY" | wc -c
731

The email client may have wrapped the key across lines? The old key is still valid for 3 weeks so nothing urgent, but can someone resend it as an attachment / confirm the correct key?""",
["license"], ["self-hosted"])

t("logs", "se/p2", "invoice link gives AccessDenied",
"""The invoice email for April has a "Download PDF" link. Clicking it gives:

<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>AccessDenied</Code>
  <Message>Request has expired</Message>
  <Expires>2025-04-09T11:02:33Z</Expires>
  <ServerTime>2025-04-21T08:14:10Z</ServerTime>
</Error>

Our AP can't pay without the PDF. Can you send the invoice directly to ap@saltmarsh-foods.example?""",
["billing"], [])

# ---------------- one-liner ----------------
t("one-liner", "se/p1", "license expires friday",
"renewal PO still in procurement, need extension", ["license"], [])

t("one-liner", "se/p3", "invoice copy please", "for PO 4471-22", ["billing"], [])

t("one-liner", "se/p3", "VAT number on invoice wrong", "", ["billing"], [])

# ---------------- email-thread ----------------
t("email-thread", "se/p1", "RE: RE: RE: Order Form - legal review",
"""Hi Sourcegraph team,

Looping in support as suggested by Anneke. Please see point 3 in my previous mail - the key is the urgent bit.

Kind regards,
Rutger

From: Rutger van Dijk
Sent: Monday, 16 June 2025 10:12
To: Anneke (Sourcegraph)
Subject: RE: RE: Order Form - legal review

Anneke,

Update from our side:
1. Legal has accepted the liability cap change.
2. The DPA redlines are still with our privacy office, they estimate 2 more weeks.
3. Our current license expires on 21 June, which is this Saturday. Since signature will slip past that, we need a temporary extension of the license key to avoid an outage for our 800 developers. Can you arrange that?

> From: Anneke (Sourcegraph)
> Sent: Friday, 13 June 2025 17:40
> Hi Rutger, attached the updated order form with the liability cap change. Let me know once legal has signed off!
>
> > From: Rutger van Dijk
> > Sent: Thursday, 12 June 2025 09:01
> > Anneke, our legal team has two comments on the order form, see attached.

Rutger van Dijk | Procurement | Westerly Insurance
Disclaimer: This e-mail is intended only for the addressee.""",
["renewal", "email"], [])

t("email-thread", "se/p2", "Re: Moving to multi-year + adding AI assistant seats",
"""Hi,

Sending to support since I can't reach our account manager (auto-reply says he left?).

> On Tue, 6 May 2025, Dominik Kraus wrote:
> Team, for next year's budget: we'd like to (a) move from annual to a 3-year term if there's a discount, and (b) add the AI coding assistant for ~400 of our users. Could someone send a quote for both options? Current contract runs until November.
>
> > On Mon, 5 May 2025, Petra Lang wrote:
> > Dominik, do we know who our contact is at Sourcegraph now?

Thanks,
Dominik Kraus
Head of Engineering Tools, Zephyr Auto""",
["email"], [])

t("email-thread", "se/p3", "Vendor onboarding forms",
"""Hello,

Our finance team needs the attached forms completed before we can set Sourcegraph up as a supplier for the new contract year:
- W-9
- bank details form (on your letterhead)
- supplier code of conduct acknowledgment

No immediate rush, first invoice isn't due until next month.

> On 02/06/2025, Finance Ops wrote:
> Please get these from the vendor before PO issuance.

Many thanks,
Gloria Esposito
Accounts Payable, Marlow Biotech""",
["billing"], [])

# ---------------- non-native ----------------
t("non-native", "se/p2", "we pay invoice two time",
"""Hello, by mistake our finance department pay the invoice INV-2025-0412 two time (bank transfer on 3 and 5 of March, same amount). Please can you refund second payment or use for next invoice? I attach bank confirmation. Thank you""",
["billing"], [])

t("non-native", "se/p1", "license finish next week, boss not sign yet",
"""Hello, our license key will finish next Wednesday. Contract for next year is ok from our side but our director is on holiday and can sign only when he come back after 2 week. Please can you give us temporary key for some more time so developers can continue to work? Thank you very much.""",
["license"], [])

t("non-native", "se/p3", "which plan include batch changes and AI",
"""Hi, we are small company (60 developer) and look for buy. Which plan have batch changes and the AI assistant both? And the price is per user per month or per year? thanks""",
["question", "pre-sales"], [])

# ---------------- markdown ----------------
t("markdown", "se/p2", "Renewal quote - a few discrepancies",
"""Hi team,

Reviewing the renewal quote (Q-2025-1177) and found a few things:

| Item | Quote | Our current contract |
|---|---|---|
| Seats | 1,250 | 1,000 |
| Term | 12 months | 12 months |
| Support tier | Premium | Standard |

- We never asked for **Premium support** – please remove
- Seat count: we're at ~960 users, we'd like to stay at **1,000**
- Can you also confirm the uplift % vs last year?

Need a corrected quote before our budget review on the 30th.""",
["renewal"], [])

t("markdown", "se/p1", "Renewal at risk - need help this week",
"""# Situation
- Contract ends **July 12**
- Our internal champion (Ravi) left the company last week
- New owner is me (Ingrid, Platform Eng) – I wasn't part of any previous negotiation

# Blockers
1. Legal needs the **DPA with EU SCCs** updated before signing
2. Finance won't approve more than last year's amount without a usage breakdown

# Ask
- Can the account team reach out this week?
- If signature slips, what happens to our instance on the 12th?

We really don't want a gap – 700 devs use it daily.""",
["renewal"], [])

t("markdown", "se/p3", "How does true-up work?",
"""Hi,

We're a few months into our first contract and I want to understand the true-up before it surprises us.

**Questions**
- When is the count taken (quarterly? at renewal?)
- Is it based on peak users or average?
- Are deactivated users counted?

Thanks!""",
["question"], [])

# ---------------- chat-paste ----------------
t("chat-paste", "se/p0", "license expired overnight - everyone locked out",
"""From our shared Slack channel with you:

Mikko (Valemont Airlines) 6:52 AM
URGENT: our license expired at 00:00 UTC and the whole instance shows "license expired", nobody can search

Mikko (Valemont Airlines) 6:53 AM
renewal was signed last Thursday, Chris from your side confirmed. we never got the new key

Mikko (Valemont Airlines) 6:58 AM
1,200 devs are blocked. please send the key asap, anyone?""",
["urgent", "license"], ["self-hosted"])

t("chat-paste", "se/p2", "new key has 300 seats, we bought 350",
"""Teams thread:

[Mon 11:12] Arash: installed the renewal key. site admin says "Licensed for 300 users"
[Mon 11:13] Arash: order form says 350
[Mon 11:15] Beth: we have 318 users right now, there's a warning banner "user count exceeds license" but nothing's blocked
[Mon 11:16] Arash: I'll ask them to reissue""",
["license"], [])

t("chat-paste", "se/p3", "who's our account rep now?",
"""<wes> do you know who our account exec at sourcegraph is now? the old one's email bounces
<tanya> no idea, open a ticket?
(no rush, just want the contact for next year's planning)""",
["question"], [])

# ---------------- mixed ----------------
t("mixed", "se/p1", "Need updated order form before quarter end",
"""Hi,

We agreed on the renewal terms on last week's call but haven't received the updated order form. Our fiscal quarter closes on the 30th and if it's not signed by then, the budget goes back into the pool and we'd have to re-request it next quarter (which would mean a gap, our current key runs out on July 5).

Current license info from site admin for reference:
```
Plan: Enterprise
Licensed users: 600
Expires: 2025-07-05
Tags: starter-renewal
```

Internal Slack from our VP:
> "make sure we have the paperwork before the 30th or we lose the money"

Thank you!""",
["renewal"], [])

t("mixed", "se/p2", "Upgrade plan to get SSO",
"""Hi,

We're on the smaller plan right now. Our security team wants everyone logging in through Okta, and the admin settings say SAML requires Enterprise.

From our internal thread:
> **joel**: can we just upgrade mid-contract and pay the difference?
> **lin**: and does the license key change or is it automatic?

Could someone send pricing / next steps for moving to Enterprise?""",
["pre-sales"], [])

t("mixed", "se/p2", "card payment failed for Pro subscription renewal",
"""Subject says it. Got an email "Your payment for Cody Pro could not be processed" this morning.

```
Payment method: Visa •••• 4821
Amount: $9.00
Decline code: do_not_honor
```

Bank says they see no attempted charge. I updated the card on the billing page and it still shows "Past due". Don't want to lose access at end of the grace period - which is when?""",
["billing"], [])
