TEAM = "sales-ce"
TICKETS = [
dict(subject="License expired – nobody can use Sourcegraph",
description="""Our license key expired at midnight and now every user gets "Sourcegraph license expired. Contact your site admin." and can't search or browse anything. Our renewal PO was approved by procurement last week but we never received the new key – I think it's stuck between your finance team and ours.

Site admin > License:
  Plan: Enterprise
  Users: 1,850
  Expires: 2024-06-30 (EXPIRED)

We need a new or temporary key today. 1,850 engineers are blocked.""",
priority="se/p0", form="mixed", tags=["urgent","renewal"], org_tags=["self_hosted","enterprise"]),

dict(subject="Renewal signed, still no new license key – current one expires Friday",
description="""Hi,

We countersigned the renewal (order form SO-22871) on the 3rd. The current license key expires this Friday and we haven't received the new one. Who do I need to chase? If the site locks on Saturday our weekend on-call won't have code search.

Thanks,
Rachel Moore
IT Asset Management, Glenmore Health""",
priority="se/p1", form="plain", tags=["renewal","license"], org_tags=["enterprise"]),

dict(subject="Re: Re: trial ends tomorrow, need 2 more weeks",
description="""Hi Alex,

> I'll check with the team whether an extension is possible.

Any update? The trial license on our evaluation instance ends tomorrow at 23:59 UTC. Our security review only finished yesterday, so the engineering teams have had barely a week of real usage. We need about two more weeks to complete the evaluation and present a recommendation to our CTO.

Thanks a lot,
Daniel Osei
Engineering Manager, Brightpath Payments

> On Mon, Alex (Sourcegraph AE) wrote:
> > Great to hear the pilot started! Let me know how it's going.
> > > Hi Alex, quick heads up that security approved us only now...""",
priority="se/p1", form="email-thread", tags=["trial"], org_tags=["prospect","poc"]),

dict(subject="Account suspension notice but invoice was paid",
description="""We received an automated email saying our Sourcegraph Cloud subscription will be suspended in 5 days because invoice INV-2024-00871 is 60 days overdue. Our AP team paid it on March 2nd (wire ref 40017-AZ). Attaching the remittance advice: https://files.oakridge.example/remit-40017.pdf

Please confirm the payment and stop the suspension, we can't afford the instance going dark.""",
priority="se/p1", form="mixed", tags=["billing"], org_tags=["managed_instance","enterprise"]),

dict(subject="Need 200 more seats by Monday",
description="""Hello,

We're onboarding a new business unit (about 200 engineers) on Monday. Our license is for 1,000 users and we're at 960, so most of them won't be able to sign in. Can we get a quote and an updated key before then? Happy to sign an amendment today.

Kind regards,
Harriet Cole
Director of Engineering Productivity""",
priority="se/p1", form="email-thread", tags=["seats"], org_tags=["self_hosted","enterprise"]),

dict(subject="license expiring in 10 days, renewal stuck in legal",
description="""[Teams] Gregor Haas: Hi, Sourcegraph shows a banner "Your license expires in 10 days". Our legal team is still going back and forth on the DPA for the renewal. Can we get a short extension of the current key so we don't lose access while they finish? 
[Teams] Gregor Haas: also who is our account manager now? the old one left I think""",
priority="se/p1", form="chat-paste", tags=["renewal"], org_tags=["self_hosted","enterprise"]),

dict(subject="Invoice amount doesn't match order form",
description="""Invoice INV-2024-01344 bills us for 600 seats at list price. Our order form says 500 seats with a 15% multi-year discount. Can you reissue? Our AP will not pay a mismatched invoice.

Order form: https://files.example/of-2024-500.pdf
Invoice: https://files.example/inv-01344.pdf""",
priority="se/p2", form="mixed", tags=["billing"], org_tags=["enterprise"]),

dict(subject="PO number on invoice",
description="""**Request type:** Billing
**Account:** Meridian Ventures GmbH
**Details:** Please add our PO number 4500182273 to invoice INV-2024-00912 and resend. Our system rejects invoices without a PO.
**Deadline:** <!-- optional -->""",
priority="se/p2", form="template", tags=["billing"], org_tags=["enterprise"]),

dict(subject="true-up for users over the license count?",
description="""We're at 1,130 active users on a 1,000 user license (the product lets people in with a warning). How does the true-up work at renewal — are we billed for the overage retroactively, or only going forward? Want to budget correctly for next year.""",
priority="se/p2", form="plain", tags=["license"], org_tags=["self_hosted","enterprise"]),

dict(subject="Adding Cody to our existing contract",
description="""Hi there,

We're on Code Search Enterprise (renews in October). About 300 of our 1,200 devs want Cody. Can we buy Cody seats for just those 300 mid-term, and how is that priced? Please send a quote.

Best,
Ola Nordmann""",
priority="se/p2", form="email-thread", tags=["cody"], org_tags=["enterprise"]),

dict(subject="second license key for staging",
description="""Sourcegraph version: 5.2.7
Platform information: <!-- Kubernetes, Docker Compose, etc. -->
Steps to reproduce: put our prod license key on the staging instance (same contract, ~20 users, used for testing upgrades)
Expected behavior: <!-- -->
Actual behavior: "license is already in use on another instance" warning
Additional context: can we just get a separate dev/staging key?""",
priority="se/p2", form="template", tags=["license"], org_tags=["self_hosted"]),

dict(subject="Switch from monthly to annual billing",
description="""Bonjour, we are paying monthly for Sourcegraph since 6 months. Our finance wants to change to annual payment to have the discount, and the invoice in EUR, not USD. Is it possible in the middle of the contract? Merci beaucoup.""",
priority="se/p2", form="non-native", tags=["billing"], org_tags=["cloud_customer"]),

dict(subject="trial extension",
description="pls",
priority="se/p2", form="one-liner", tags=["trial"], org_tags=["prospect"]),

dict(subject="renewal quote is 40% higher than last year",
description="""## Context
- Current: 400 seats, Enterprise, renewing in 8 weeks
- Quote received: +40% for the same 400 seats

## Question
Why the increase, and what options do we have (multi-year, fewer seats, different tier)? Our CFO has asked us to evaluate alternatives if we can't get closer to the current price.""",
priority="se/p2", form="markdown", tags=["renewal"], org_tags=["enterprise"]),

dict(subject="Wrong seat count after downgrade",
description="""We reduced from 800 to 600 seats at renewal in May, but we're still being invoiced for 800 (invoices for June and July). Please correct and credit the difference.

Regards,
Accounts Payable, Pinegrove Retail""",
priority="se/p2", form="plain", tags=["billing"], org_tags=["managed_instance"]),

dict(subject="pricing for 50 users?",
description="",
priority="se/p3", form="one-liner", tags=[], org_tags=["prospect"]),

dict(subject="What happens when the license expires?",
description="""Hi, just for our internal planning: if our license key expires before the renewal is processed, does the instance stop working completely, or is there a grace period? Our renewal date is in 4 months, no issue now.""",
priority="se/p3", form="plain", tags=["license"], org_tags=["self_hosted"]),

dict(subject="W-9 and vendor registration form",
description="""Hi,

Our vendor management team needs Sourcegraph's W-9 and a completed supplier registration form (attached) before the next invoice can be processed. Could you forward to the right person?

Thank you,
Priscilla Yoon
Procurement Specialist

> Please note: this mailbox is monitored during US business hours only.""",
priority="se/p3", form="email-thread", tags=["billing"], org_tags=["enterprise"]),

dict(subject="copy of signed contract",
description="""hallo, can you send us the copy of our signed contract and the order form from 2023? our old contact person left the company and we dont find it. no hurry. Vielen Dank!""",
priority="se/p3", form="non-native", tags=[], org_tags=["enterprise"]),

dict(subject="Buying through a reseller?",
description="""Our procurement prefers buying software through our reseller (SoftOne). Is Sourcegraph available through them, and would the license/renewal process be any different?

| current | plan |
|---|---|
| direct contract, 250 seats | move to reseller at next renewal (Q1) |""",
priority="se/p3", form="markdown", tags=[], org_tags=["enterprise"]),
]
