from common import t

TEAM = "sales-ce"
TICKETS = [
t("License key expires in 5 days - renewal still in procurement",
"""Hi,

the site admin banner says our license expires on the 28th. The renewal is signed on our side but stuck in procurement for the PO, probably 2-3 more weeks. Can you send us a temporary extension key so our 650 users aren't affected? Instance is self-hosted, air-gapped, so we'll paste the key manually.

Thanks
Farid""",
"se/p1", "plain", ["renewal"], ["self_hosted", "enterprise"]),

t("need 50 more seats from next month, how is it prorated?",
"",
"se/p2", "one-liner", ["billing"], ["enterprise"]),

t("Invoice INV-2024-0331 question",
"""Hello, the invoice we received lists 300 users at the list price but our order form has a discount. Could you reissue it? Our accounts payable can't process it as is.

Nadia Petrov
Accounts Payable, Kestrel Foods
This email and any files transmitted with it are confidential.""",
"se/p3", "email-thread", ["billing"], []),

t("480 users but license for 400 - will we be locked out?",
"""Site admin > Users shows 480 users; our license is for 400 seats. Nothing is blocked yet. Before anything breaks: do we need to buy a true-up now, or does that happen at renewal in June? Who should we talk to about adding the 80?""",
"se/p2", "plain", [], ["self_hosted"]),

t("Trial extension please",
"""[Slack Connect #ext-orbitalis-sourcegraph]
[10:14] Yusuf (Orbitalis): hi! our trial key ends Friday and we haven't finished testing batch changes yet because of the holidays
[10:15] Yusuf (Orbitalis): could we get 2 more weeks? the eval committee meets on the 19th
[10:15] Yusuf (Orbitalis): 🙏""",
"se/p1", "chat-paste", ["trial"], ["prospect", "poc"]),

t("Pricing for Cody Enterprise add-on",
"""Hi there,

What would it cost to add Cody Enterprise for ~120 of our 500 Sourcegraph users? Is it per-user on top of our Code Search licence, and can it be co-termed with our existing contract?

> On Thu, our engineering lead wrote:
> > Can you ask Sourcegraph what Cody would cost for the platform teams only?

Many thanks,
Chloé Martin
Vendor Management | Arcadia Retail Group
P Please consider the environment before printing this email.""",
"se/p3", "email-thread", ["cody"], ["enterprise"]),

t("LICENSE EXPIRED - entire company locked out",
"""Since this morning every user gets "Sourcegraph license expired. Contact your site admin." and can't use anything. Our renewal was signed two weeks ago (PO 7781-22), but apparently we never got the new key, or it went to someone who left. We need the new license key immediately, all 900 developers are blocked.""",
"se/p0", "plain", ["urgent", "renewal"], ["self_hosted", "enterprise"]),

t("Fw: PO for renewal",
"""---------- Forwarded message ---------
From: Procurement <procurement@velda.example>

Please find attached PO 45100299 for the Sourcegraph renewal (term 1 Apr – 31 Mar). Kindly confirm receipt and the entity to which the PO should be addressed (Sourcegraph Inc. or the EU entity?).

---
Forwarding to support since our account rep is out. Can someone confirm?

Best, Olga
Velda Engineering GmbH · Sitz: Bremen · Registergericht Bremen HRB 00000""",
"se/p3", "email-thread", ["renewal"], []),

t("Switching from self-hosted to managed at renewal",
"""### Context
Our contract renews in Q3. We'd like to move from our self-hosted install to a managed Cloud instance at the same time.

### Questions
- How does that affect pricing?
- New order form or an amendment?
- Is there an overlap period where we pay for both (we need the old instance for ~1 month during migration)?""",
"se/p3", "markdown", ["renewal"], ["self_hosted"]),

t("where do I put the new license key",
"""got the new key from our rep after renewal, where does it go? site config `licenseKey`? do I need to restart anything. old one runs out tomorrow""",
"se/p2", "plain", [], ["self_hosted"]),

t("Cotação para 200 usuários",
"""Olá, boa tarde. We are a software company in Porto Alegre, about 200 developers. Gostaríamos de receber uma cotação (quote) for Sourcegraph Enterprise for 200 users, annual payment in BRL if possible, or USD. Also, is there discount for startup? Obrigado!""",
"se/p2", "non-native", [], ["prospect"]),

t("reduce seat count at renewal",
"""Hi, after the reorg we have only ~220 active engineers instead of 350. At renewal in two months we'd like to reduce to 250 seats. Is that possible under our agreement, and what's the deadline to notify?""",
"se/p2", "plain", ["renewal"], ["enterprise"]),

t("New license key shows wrong expiry date",
"""**Sourcegraph version:** 5.3.3
**Platform information:** helm

**Steps to reproduce:**
1. paste the renewal key we received on Monday into site config
2. Site admin > License

**Expected:** expires 2026-03-31, 750 users
**Actual:** expires 2025-03-31 (that's our *old* end date, i.e. in 9 days), 750 users

Looks like the key was generated with the old term. Could you issue a corrected key before the current one runs out?""",
"se/p1", "template", ["renewal"], ["self_hosted"]),

t("how many users are we allowed?",
"""[14:01] dana: how many users does our license cover? site admin shows a number but legal wants it from the contract
[14:02] dana: also is it named users or concurrent?""",
"se/p3", "chat-paste", [], ["enterprise"]),

t("pricing concerns before renewal",
"""Hello,

I'll be frank: the renewal quote we got is 40% higher than last year for the same number of seats. With the budget freeze that's not going to get approved, and management is asking us to look at alternatives. We'd like to keep Sourcegraph. Can someone from your side get on a call this week to discuss options (fewer seats, multi-year, different tier)?

Regards,
Henrik Dahl
Director of Engineering""",
"se/p1", "email-thread", ["renewal"], ["enterprise"]),

t("billed twice for March - please credit one invoice",
"thanks",
"se/p3", "one-liner", ["billing"], []),
]
