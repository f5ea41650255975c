from common import T

TEAM = "sales-ce"

TICKETS = [
T("License expired overnight - instance unusable for everyone",
r"""
Good morning,

Our Sourcegraph license expired at midnight. Since then every user sees "Sourcegraph license expired - contact your site administrator" and nobody can search or browse. The renewal PO was approved internally two weeks ago, the paperwork is sitting with your side (order form ref Q-2291, signed by our CFO on the 3rd).

We need a new key (or an emergency extension) immediately. 700 engineers are blocked.

Mats Eriksen
Head of Developer Platform, Nordhavn Shipping
""",
"se/p0", "plain", tags=["urgent", "renewal"], org_tags=["self_hosted", "enterprise"]),

T("Fwd: Renewal - we're evaluating alternatives",
r"""
---------- Forwarded message ---------
From: Rachel Obi <r.obi@corvane.example>
Subject: Renewal - we're evaluating alternatives

Hi,

I'm forwarding our procurement's note since my CSM is out this week.

> Procurement: The quote for the renewal is 38% higher than last year. Unless we get a breakdown and a better offer by the 20th, we will not renew and will move the budget to the competing tool the platform team is trialling.

From my side, the team likes Sourcegraph, but I can't fight procurement with no numbers. Can someone send an itemized quote (seats, Cody add-on, support tier) and explain the increase?

Rachel Obi
Engineering Manager | Corvane
This message contains information which may be confidential and privileged.
""",
"se/p2", "email-thread", tags=["renewal"], org_tags=["enterprise"]),

T("how much for 50 more seats",
r"""
mid-contract, enterprise plan. prorated?
""",
"se/p3", "one-liner", tags=[], org_tags=["enterprise"]),

T("Trial extension - evaluation ends Friday",
r"""
Hi there,

> On Tue, Jordan (Sourcegraph AE) wrote:
> > Hi Hannah, just checking in - how is the evaluation going? Anything blocking?

Sorry for the slow reply! Honestly: our security review only finished yesterday (took 3 weeks longer than planned), so the engineers have barely used it, and the trial license expires this Friday. Could we get a 3-week extension? The evaluation committee meets on the 28th.

Thanks!
Hannah Ilves
Engineering Lead, Tidewell
Sent from my phone
""",
"se/p2", "email-thread", tags=["trial"], org_tags=["prospect"]),

T("RE: RE: Invoice INV-20931 - wrong PO number",
r"""
Hello again,

> > Accounts Payable: We cannot process INV-20931 as it references PO 4500118731, which is closed. Please ask the vendor to reissue against PO 4500120455.

As mentioned in my email of the 2nd (below), could you please reissue the invoice with the new PO number? Our AP system rejects it automatically otherwise, and your finance team sent us a payment reminder meanwhile.

> From: Lotte de Wit
> Sent: 2nd
> Hi, please reissue INV-20931 against PO 4500120455. Thanks.

Many thanks,
Lotte de Wit
Procurement Officer | Van Aerden Logistiek B.V.
Disclaimer: De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. / The information in this e-mail is intended solely for the addressee.
""",
"se/p3", "email-thread", tags=["billing"], org_tags=[]),

T("license key for our new production instance",
r"""
Olá, vamos migrar da VM de staging para um cluster novo de produção na próxima semana. Precisamos de uma license key separada para a instância nova, ou podemos usar a mesma? We will run both in parallel for ~2 weeks during cut-over. Obrigado!
""",
"se/p2", "non-native", tags=[], org_tags=["self_hosted"]),

T("Renewal signed, still no new key - banner says 7 days left",
r"""
Hi,
our admins see the banner "Your Sourcegraph license will expire in 7 days". Renewal was signed on the 1st (I have the countersigned order form). Nobody sent a new license key. If it expires, the instance stops working for 450 people. Can you send the key asap please?
Ana Lopes, IT Asset Management
""",
"se/p1", "plain", tags=["renewal"], org_tags=["enterprise"]),

T("Factura con datos fiscales incorrectos",
r"""
Hola,
la última factura tiene el CIF de nuestra empresa mal (pone B-12345678, el correcto es B-87654321) y la dirección antigua. ¿Pueden emitir una factura rectificativa? Contabilidad no puede pagarla así.
Gracias,
Elena Ruiz, Administración
""",
"se/p3", "non-native", tags=["billing"], org_tags=[]),

T("Pricing for the Cody add-on",
r"""
## Cody add-on - pricing request

| | |
|---|---|
| Current plan | Code Search Enterprise, ~300 seats |
| Interested users | ~120 |
| Budget planning closes | next month |

**Questions**
- What would Cody Enterprise cost for those 120 users?
- Can it be added mid-term, or only at renewal?
""",
"se/p3", "markdown", tags=["cody"], org_tags=["enterprise", "self_hosted"]),

T("Switching from self-hosted to your managed offering - pricing?",
r"""
From our infra retro notes (pasted):
> - k8s upgrade of sourcegraph took 2 engineers 3 days again
> - action: ask vendor about their managed offering

So: what is the price difference if we move to a Sourcegraph-managed instance at renewal (contract ends in September)? Do we keep the same seat count/terms? Just gathering info for now.
""",
"se/p3", "mixed", tags=[], org_tags=["self_hosted"]),

T("new license key says 'invalid'",
r"""
[shared channel #ext-sourcegraph-ridgefield]
Omar K.  09:12  we got the renewed key from our AE yesterday, pasted it in site config
Omar K.  09:12  site admin shows "Invalid license key: signature verification failed"
Omar K.  09:13  old key still works until the 30th so nothing's broken yet
Omar K.  09:14  AE is on PTO, who can reissue?
Omar K.  09:40  also the order says 250 seats, can you double check the new key matches that
""",
"se/p1", "chat-paste", tags=["renewal"], org_tags=["enterprise"]),

T("License shows 150 seats, we bought 200",
r"""
Sourcegraph version: 5.3.2
Platform information: helm / AKS
<!-- What happened? -->
The license page shows "150 users" max. Our order form (attached: order-2024-Q2.pdf) clearly says 200 seats starting 1 April. We're at 148 users so we'll hit the cap next week when the new team onboards.

Expected: key with 200 seats
Actual: key with 150 seats
""",
"se/p1", "template", tags=[], org_tags=["self_hosted", "enterprise"]),

T("we're at 112 users on a 100-seat license - how does true-up billing work?",
r"""
prorated?
""",
"se/p3", "one-liner", tags=[], org_tags=[]),

T("Vendor onboarding forms",
r"""
Hello, to add Sourcegraph as a supplier we need: W-9, bank details letter on letterhead, and a signed supplier code of conduct (attached). Could your finance team fill these in? No hard deadline, but the first invoice can't be paid until it's done.
""",
"se/p3", "email-thread", tags=["billing"], org_tags=[]),

T("license renewal",
r"""
""",
"se/p3", "one-liner", tags=[], org_tags=[]),

T("charged twice this month???",
r"""
I've now been charged TWICE for the same month on our company card, $4,800 each. Nobody answers billing@. This is really not okay, I need one of these refunded this week or I'm disputing it with the bank. Our account: Plover Analytics.
""",
"se/p2", "plain", tags=["billing"], org_tags=["cloud_customer"]),

T("ライセンス更新と見積もりについて",
r"""
いつもお世話になっております。

現在の契約が 6 月末で終了するため、更新の見積もりをお願いしたいです。
- ユーザー数: 現在 180 → 250 に増やしたい
- 期間: 1 年 / 3 年 の両方の見積もり
- 支払い: 請求書払い（円建て可能であれば）

社内稟議のため、来週金曜日までにいただけると助かります。

よろしくお願いいたします。
""",
"se/p2", "non-native", tags=["renewal"], org_tags=["enterprise"]),

T("need 2 more weeks on the trial",
r"""
[Slack Connect #quarry-sourcegraph-eval]
ben.q   4:51 PM  hey! our trial key runs out on Monday
ben.q   4:51 PM  we got pulled into an incident for 10 days and lost most of the eval time
ben.q   4:52 PM  any chance of 2 more weeks? the team actually started liking it this week
""",
"se/p2", "chat-paste", tags=["trial"], org_tags=["prospect"]),

T("Kündigung / Vertragsverlängerung",
r"""
Sehr geehrte Damen und Herren,

unser Vertrag verlängert sich laut Vertrag automatisch zum 01.09. Wir möchten prüfen, ob wir auf eine kleinere Lizenz (80 statt 120 Nutzer) wechseln können, statt zu kündigen. Bis wann müssen wir Ihnen das mitteilen? Kündigungsfrist laut unserem Vertrag ist 60 Tage, richtig?

Mit freundlichen Grüßen
Sabine Herold, Einkauf
""",
"se/p3", "non-native", tags=["renewal"], org_tags=[]),

T("License request for dev instance",
r"""
**Request type:** license key
**Instance:** sg-dev.ormond.internal (test upgrades before prod)
**Users:** <5
**Current prod license:** valid until 2025-03
<!-- anything else we should know? -->

Is a non-production key included in our contract, and if so could you issue one? Thanks.
""",
"se/p3", "template", tags=[], org_tags=["self_hosted"]),
]
