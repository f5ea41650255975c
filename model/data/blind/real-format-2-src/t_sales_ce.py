from common import T

TEAM = "sales-ce"

TICKETS = [
T("Everyone locked out - 'license expired' although we renewed",
"""
Every user (≈1,100) gets this full-page message since 00:00 UTC:

  "This Sourcegraph instance's license has expired. Contact your site admin."

frontend log:
  {"SeverityText":"WARN","Body":"license check","Attributes":{"expires_at":"2026-12-03T23:59:59Z","plan":"enterprise","user_count":1100,"state":"EXPIRED"}}

Site admin → License shows the old key, expiry 2026-12-03. Our renewal PO was signed on Nov 26 (our procurement ref PO-88412). We never received a new key — probably sent to someone who left? Please send the new key or an emergency extension right now.
""",
"se/p0", "logs", ["urgent", "renewal"], ["self-hosted", "enterprise"]),

T("Re: Re: Licence expiring TONIGHT - temporary extension?",
"""
Hi both,

It's 15:10 here. Legal still hasn't countersigned (they're arguing over the indemnity clause, nothing to do with you). Our licence expires at midnight and from what I read, everyone will be locked out tomorrow morning — that's 2,400 engineers.

Can we please get a 30-day extension key today while the paperwork finishes?

Thanks,
Ruth Abernathy
Director, Engineering Platforms — Silverbirch Health
CONFIDENTIALITY: This message may contain protected health information...

> On Thu, Dec 3, 2026, 10:02 AM Ruth Abernathy wrote:
> Hi Mateo (AE) — our legal team is still reviewing the MSA redlines. Will this be an issue?
> P.S. the autocomplete thing works great in our pilot, thanks for that.
>
>> On Wed, Dec 2, 2026, Mateo Alvarez wrote:
>> Hi Ruth, just a reminder that your current term ends Dec 3. Let me know if you need anything.
""",
"se/p0", "email-thread", ["urgent", "renewal", "escalated"], ["enterprise"]),

T("Evaluation licence ends in 2 days - we need more time",
"""
## Request
Extend our **trial licence** by 3 weeks.

## Why
| Item | Status |
|---|---|
| Security review | done ✅ |
| Technical eval | 80% |
| Exec readout | moved from Dec 7 → Dec 21 (exec travel) |

Trial key expires **Dec 6**. If it lapses, our evaluators lose their work in progress and the readout has nothing to show.

Our AE (Priya) is on PTO this week, hence writing here.
""",
"se/p1", "markdown", ["poc"], ["trial"]),

T("cannot add new users, seat limit reach",
"""
Hello,

We have 50 new engineer start on Monday. When admin try create account, message say user limit of licence is reached (500 of 500). We want buy 100 more seat quick. Who can help? We need before Monday, else new people cannot work with code search in their onboarding.

Regards
Wojciech Mazur
IT Tools Team, Orlen-Tech Sp. z o.o.
""",
"se/p1", "non-native", ["urgent"], ["enterprise"]),

T("renewal quote has wrong seat count - budget deadline Dec 15",
"""
Hi,

Our renewal quote (Q-2026-1184) lists 350 seats at list price, but we agreed with our rep on 600 seats with the volume tier. If I don't submit a correct quote to finance by **Dec 15**, the money goes back into the central pool and we'd have to re-request in Q2.

> From our internal chat — "if the quote isn't fixed by Friday I can't defend the line item" (our CFO)

Rep's name is Owen, I haven't heard back from him in a week. Can someone nudge or reissue?

Thanks, Patricia
""",
"se/p1", "mixed", ["renewal", "urgent"], ["enterprise"]),

T("banner: license expires in 7 days",
"""
**Sourcegraph version:** 6.0.2
**Platform information:** Kubernetes

**Steps to reproduce:**
1. Log in as any user

**Expected behavior:**
No banner — we renewed.

**Actual behavior:**
Yellow banner for all users: "Your Sourcegraph license expires in 7 days".

**Additional context:**
The renewal was signed in October per our procurement team. Users are now asking whether the tool is going away. We just need the new key for the new term.
""",
"se/p1", "template", ["renewal"], ["self-hosted"]),

T("Need license key extension before Friday - renewal still in legal",
"",
"se/p1", "one-liner", ["renewal", "urgent"], ["enterprise"]),

T("Invoice shows our old company address",
"",
"se/p2", "one-liner", ["billing"], []),

T("is Cody covered by our licence?",
"""
Site admin → License page:

  Plan:         Enterprise (legacy)
  Licensed users: 750
  Tags:         plan:enterprise-1, true-up, private-extension-registry
  Expires:      2027-06-30

Our engineers want to try the AI coding assistant. The menu shows it, but when they open it: "Not available on your current plan". Is it included in what we pay for, or is it an add-on we'd need to buy? Who do I talk to about adding it?
""",
"se/p2", "logs", ["question"], ["self-hosted"]),

T("PO number missing on the invoice",
"""
pasted from our finance Slack:

  Greta (AP)  11:14  the Sourcegraph invoice INV-77310 has no PO number, our system rejects it automatically
  Greta (AP)  11:15  can you ask them to reissue with PO 4500091277?
  Sven        11:20  will do. nothing urgent for engineering, they just need to fix the paperwork before the 30 day terms
""",
"se/p2", "chat-paste", ["billing"], []),

T("RE: Seats above contract - how does true-up work?",
"""
Hello,

Thanks for the quick reply earlier. Follow-up questions from our procurement:

1. We're at 690 active users vs. 600 contracted. Is the true-up billed at the contracted rate or list?
2. Is it invoiced annually or at renewal?
3. Can we instead add 100 seats mid-term, pro-rated?

Best regards,
Lukas Brandt
Strategic Sourcing, Heimdall Robotics GmbH

> On Nov 30, 2026, Lukas Brandt wrote:
> We noticed our user count passed the number in the contract. Will we be charged? Also our
> engineers mention "Find references" sometimes being slow, I'll let them open their own ticket.
""",
"se/p2", "email-thread", ["question"], ["enterprise"]),

T("change billing contact and VAT number",
"""
Hi,

Please change billing contact from Mr. Okafor (he left company) to finance@vellmar.example. Also our VAT ID changed because of company restructure: new is DE000000000. Next invoice must have new data please.

Thank you
Brigitte
""",
"se/p2", "non-native", ["billing"], []),

T("What would moving to the higher tier cost us?",
"""
# Plan question

We're on the Enterprise Starter-type plan (≈80 users). Leadership asks what changes if we move up.

## What we'd like to know
| Topic | Question |
|---|---|
| Price | per-seat difference at 80 / 150 seats |
| Features | which ones we'd gain (batch changes? insights?) |
| Contract | can we switch mid-term? |

No fire — budget planning for next fiscal year.
""",
"se/p2", "markdown", [], []),

T("charged twice this month",
"""
Hey — our card statement shows two charges from Sourcegraph on Dec 1 for the same amount (USD 1,840.00), ref numbers ending ...4471 and ...4472.

* only one subscription as far as we know
* screenshot of statement: https://share.tallyho.example/cc-dec.png

Can you refund the duplicate? Our finance person says "no rush, but before month close please".

— Ezra, Tallyho Labs
""",
"se/p2", "mixed", ["billing"], []),

T("new licence key still shows old expiry date",
"""
**Sourcegraph version:** 5.11.3
**Platform information:** docker compose

**Steps to reproduce:**
1. Paste the key the CE emailed us on Monday into Site admin → License
2. Save

**Expected behavior:**
Expiry 2027-12-31 (new term).

**Actual behavior:**
Page still says expires 2026-12-31. Key was accepted without errors.

**Additional context:**
Could we have been sent the old key by mistake? Current term still has 4 weeks.
""",
"se/p2", "template", ["renewal"], ["self-hosted"]),

T("Where can I see when our subscription ends?",
"",
"se/p3", "one-liner", ["question"], []),

T("do deactivated users count against seats?",
"""
[10:44] mira: we have ~120 people who left but still have accounts. do they eat licence seats?
[10:45] tom: good question, if so we should clean up before renewal
[10:46] mira: asking the vendor
""",
"se/p3", "chat-paste", ["question"], []),

T("Fwd: vendor onboarding paperwork",
"""
Hi,

Forwarding the request from our vendor management team. They need these before the next contract year starts (Feb), so no panic.

Thanks,
Dimitri

---------- Forwarded message ---------
From: Vendor Onboarding <vendors@castellan.example>
Subject: Annual vendor review – Sourcegraph

Dear supplier,
As part of our annual review, please provide:
  - updated certificate of insurance
  - signed copy of the current order form
  - bank details confirmation letter on letterhead
Kind regards,
Castellan Vendor Management

> Dimitri's note: the security questionnaire was already done by your team in October, so only the above.
""",
"se/p3", "email-thread", ["question"], []),

T("multi-year contract discount?",
"""
Hello,

We think about sign 3 year instead of 1 year at next renewal (April). Is there discount for this? Also can we pay yearly in the 3 year contract? Only asking for planning.

Best, Kaito Yamamoto
""",
"se/p3", "non-native", ["question", "renewal"], []),

T("what happens when the licence runs out?",
"""
Copied from our License page:

  Licensed users:  500
  Current users:   412
  Valid until:     2027-03-31
  Plan:            enterprise

Our manager wants to understand in advance: after 2027-03-31, does the instance stop working immediately, is there a grace period, and does the data get deleted? Just planning, renewal talks start in January.
""",
"se/p3", "logs", ["question"], ["self-hosted"]),
]
