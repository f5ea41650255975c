from common import make

T = make("sales-ce")

TICKETS = [
T(1, "license expired - nobody can use Sourcegraph", r"""
Our license key expired at midnight (we knew renewal was in progress but the new key never arrived). This morning every user sees "Sourcegraph license expired — contact your site admin" and can't search or browse. 900 engineers. Procurement says the renewal PO was signed last week.

Site admin > License:
  Plan: Enterprise
  Users: 900
  Expires: yesterday 23:59 UTC  (EXPIRED)

We need a key (even a temporary one) immediately.
""", "se/p0", "mixed", ["renewal", "urgent"], ["enterprise", "self_hosted"]),

T(2, "license expires Friday, PO stuck in procurement", r"""
Hi Jordan, hi support,

Our license expires this Friday. The renewal PO is stuck in our procurement system (new vendor-onboarding rules) and realistically won't be approved for another 2-3 weeks. Can you extend the current key by 30 days so we don't lose access? Honestly if we go dark, the people arguing against the renewal get their way.

Thanks,
Rafaela Costa
Engineering Operations, Atlas Mobility
""", "se/p1", "email-thread", ["renewal"], ["enterprise"]),

T(3, "trial ends tomorrow, need more time", r"""
Our 30-day trial ends tomorrow and the eval isn't finished — we lost a week to an internal security review before we could connect our GitLab. Could the trial be extended 2 weeks? The decision meeting is on the 18th.
""", "se/p1", "plain", ["trial"], ["prospect", "poc"]),

T(4, "RE: RE: Renewal quote - seat count and pricing wrong", r"""
Hi all,

Bumping this again, please see below. Our legal has to sign by the 30th (quarter end) or the renewal goes back into next year's budget process, and I'm not sure it survives that.

> On Tue, Pieter wrote:
> > The quote lists 750 seats at list price. We agreed on 600 seats with the multi-year discount in the call with your AE on the 3rd.
> > Also the Cody add-on is on there, which we didn't ask for.
>
> On Wed, Sourcegraph Sales wrote:
> > Thanks Pieter, looping in our deal desk.

Nothing since Wednesday.

Pieter de Vries
Head of Developer Experience | Nordhaven Bank
Disclaimer: This e-mail is confidential and may be legally privileged.
""", "se/p1", "email-thread", ["renewal"], ["enterprise"]),

T(5, "Sourcegraph shows a banner", r"""
Every user sees a yellow banner at the top "Your Sourcegraph license expires in 7 days". We renewed last month (signed order form, invoice paid) but we never received a new license key. Who can send it? In 7 days this turns into an outage for us.
""", "se/p1", "plain", [], ["enterprise"]),

T(6, "quote for +50 seats, pro-rated?", r"""
248/250 used
""", "se/p2", "one-liner", [], ["enterprise"]),

T(7, "invoice has wrong VAT", r"""
| Invoice | INV-2024-08817 |
|---|---|
| Issue | VAT 19% charged, we're VAT-exempt (reverse charge, EU) |
| Our VAT ID | DE000000000 (on file) |
| Needed | corrected invoice before our AP run on the 25th |
""", "se/p2", "markdown", ["billing"], []),

T(8, "new key doesn't include the Cody add-on we bought", r"""
We bought Cody Enterprise as an add-on at renewal. The new license key applied fine, but Site admin > License shows features: `code-search, batch-changes, code-insights` — no Cody. Sales confirmed the add-on is on the order form. Can you reissue the key with Cody? Devs are waiting, but code search itself works.
""", "se/p2", "mixed", ["cody", "renewal"], ["enterprise"]),

T(9, "re: invoice copy", r"""
> Attached is the invoice you requested.

Thanks, but that's the Q1 invoice. We need the one for the annual renewal in July (the PO number should be 4500123987). Our finance team needs it to close the accrual this month.
""", "se/p2", "email-thread", ["billing"], []),

T(10, "Request a quote (website form)", r"""
Form: Request a quote
First name: Sunita
Last name: Rao
Company: Halcyon Robotics
Company size: 201-500
Developers who would use Sourcegraph: ~180
Deployment preference: Sourcegraph-hosted (Cloud)
Products of interest: Code Search, Cody
Message: We'd like pricing for 180 developers, annual. Currently comparing with two other tools; decision in ~6 weeks.
""", "se/p2", "template", [], ["prospect"]),

T(11, "POC went well - pricing for 200 seats", r"""
Our POC wrapped up and the team wants to move forward. Can you send pricing for 200 seats (Code Search only, maybe Cody later), 1-year vs 3-year? Our budget request deadline is the end of next month.
""", "se/p2", "plain", [], ["poc", "prospect"]),

T(12, "license key for staging instance", r"""
Hallo,
we build a second instance for staging (test upgrades before production). Can we use same license key also there, or we need separate key? If separate, how much cost? The staging is not urgent, it is for next quarter.
Grüße, Uwe
""", "se/p3", "non-native", [], ["enterprise", "self_hosted"]),

T(13, "when does our contract end?", r"""
""", "se/p3", "one-liner", [], ["enterprise"]),

T(14, "W-9 please", r"""
vendor onboarding needs your W-9
""", "se/p3", "one-liner", ["billing"], []),

T(15, "Cody Enterprise pricing", r"""
[11:20] pm-aisha: do we know what Cody Enterprise costs per user if we add it to our existing code search contract?
[11:21] eng-mgr-luis: no, ask sourcegraph support, they'll route to our AE
[11:21] pm-aisha: ok, posting in the support portal. not urgent, it's for next FY planning
""", "se/p3", "chat-paste", ["cody"], ["enterprise"]),

T(16, "dev/test license", r"""
Is there a free or discounted license for a small dev/test instance (5 users, admins only)? Just asking for now.
""", "se/p3", "plain", [], ["enterprise"]),

T(17, "copy of last year's invoice", r"""
Hi, could you email a PDF copy of last year's invoice for our records? Not urgent. Thanks, Beatriz (Accounts Payable)
""", "se/p3", "one-liner", ["billing"], []),

T(18, "change billing contact", r"""
Hello, please change billing contact of our account from Mr. Tanaka (retired) to me, Kenji Mori, kenji.mori@shiroi-denki.example. Also the invoices should go to ap@shiroi-denki.example from now. Thank you very much for kind support.
""", "se/p3", "non-native", ["billing"], []),

T(19, "how does true-up work", r"""
## Question
We'll likely end the year ~40 users over our licensed count.

- Do you bill a true-up at renewal, or pro-rated as we go?
- Does the instance block anyone when we go over?

Just want to explain it to finance, nothing urgent.
""", "se/p3", "markdown", [], ["enterprise"]),

T(20, "per user or per seat?", r"""
RE: licensing question

> Is the license counted per named user or per concurrent seat? And do deactivated users still count?

(forwarded from our CFO's office, no rush)
""", "se/p3", "email-thread", [], []),
]
