from common import T

TEAM = "sales-ce"
TICKETS = [
T("sa01", "MPS", "email-thread", "se/p2",
"Renewal quote - increase to 3,400 seats",
r"""
Hello,

Our Sourcegraph subscription renews on 1 August. With the Hub Ops and Linehaul divisions onboarded we need to go from 3,000 to 3,400 seats, and procurement wants the Cody add-on priced as a separate line. Could you send a renewal quote with both options (with and without Cody)?

Kind regards,
Jordan Price
Vendor Management, Meridian Parcel Systems
T: +44 20 0000 0000

> From: Inês Carvalho
> Jordan, seat count in our instance is 3,212 as of today. Please add buffer.
""", ["renewal", "quote", "seats", "cody-addon"]),

T("sa02", "MPS", "email-thread", "se/p2",
"RE: Renewal quote - still waiting",
r"""
Hello,

Following up on my request from three weeks ago for the renewal quote (3,400 seats, with/without Cody). We have not received anything and our PO deadline for the 1 August renewal is the 15th. Can you tell me who our account executive is now? The previous contact's email bounces.

Jordan Price
Vendor Management, Meridian Parcel Systems

-----Original Message-----
From: Jordan Price
Sent: 3 weeks ago
Subject: Renewal quote - increase to 3,400 seats
> ...could you send a renewal quote with both options...
""", ["renewal", "quote", "account-team"], recurs="sa01"),

T("sa03", "HGM", "email-thread", "se/p2",
"Lantern licence expiring in 10 days",
r"""
Lantern is showing a banner that our licence expires in 10 days. Procurement tells me the renewal was signed two weeks ago. Where is the new key?

Sarah Whitcombe
Head of Developer Platform | Harrowgate Mutual
This e-mail and any attachments are confidential and intended solely for the addressee.

> From: Dmitri Volkov
> Banner text: "Your Sourcegraph license will expire in 10 days. Contact your account team." Current key expires 30 June.
""", ["license-key", "renewal", "expiry"]),

T("sa04", "HGM", "one-liner", "se/p2",
"still no new licence key - expires Friday",
r"""
Renewal was signed, new key still not received, current one expires Friday. Can someone send it today? - Dmitri
""", ["license-key", "renewal", "expiry"], recurs="sa03"),

T("sa05", "CBF", "non-native", "se/p3",
"How much cost to add Cody to our license",
r"""
Hello,

Our developers like to test Cody in the portal. How much cost to add Cody for all our users (around 700)? And is possible to buy for only a part of users, for example 100, first?

Thank you
Tomasz Wiśniewski
""", ["pricing", "cody-addon", "seats"]),

T("sa06", "PRG", "template", "se/p3",
"Add 200 seats mid-term (acquisition)",
r"""
**Summary**
We've acquired Hollins & Page (online homeware) and want to bring ~200 of their engineers onto SG this quarter.

**Impact**
Current licence: 2,500 seats; usage 2,430.

**Questions**
1. Can we co-term 200 additional seats to our current contract end?
2. Pricing per seat for the add-on
3. Can the new users be on the same managed instance?

**Environment**
Managed instance

Dana Fitzgerald - Software Asset Management, Pellucid Retail Group
""", ["seats", "co-term", "expansion"]),

T("sa07", "FST", "non-native", "se/p2",
"Trial license extension for POC",
r"""
Hello,

Our trial license for the POC expire on the 28. Because of the storage problem in the beginning we start 2 weeks later, so we need an extension of 30 days to finish the evaluation with the developers. Can you extend the key please?

Carla Duarte
Fennimore Savings & Trust
""", ["trial", "license-key", "extension", "poc"]),

T("sa08", "FST", "email-thread", "se/p2",
"Second trial extension - key expires Monday",
r"""
Hi,

Thanks for the first extension. Our CTO readout moved to the 21st due to the bank's quarter close, and the extended trial key expires this Monday. Could we have a final extension to the end of the month? Our evaluation result will go to the architecture board the week after.

Mike Tran
Team Lead, Engineering Tools
Fennimore Savings & Trust

> From: Carla Duarte
> Mike, the key in site admin says "Expires in 4 days".
""", ["trial", "license-key", "extension", "poc"], recurs="sa07"),

T("sa09", "one-off", "one-liner", "se/p3",
"what would 50 user licences cost per year?",  # lead: the writer's "pricing for 50 users?" is, by chance, a training one-liner word for word
"", ["pricing"], org_tags=[]),

T("sa10", "TWL", "email-thread", "se/p2",
"Reduce seat count at renewal",
r"""
We renew in September. We are over-licensed by about 100 seats after the reorg. I want to reduce to 350 at renewal. Who do I talk to?

Rachel Coombs
VP Engineering, Tidewater Logistics

> Femi Adeyemi wrote:
> Rachel, user count on the code browser is 338 active in the last 90 days.
""", ["renewal", "seats", "downgrade"]),

T("sa11", "one-off", "email-thread", "se/p3",
"SOC 2 report and security questionnaire for contract",
r"""
Dear Sourcegraph team,

As part of our vendor onboarding, our third-party risk team needs your latest SOC 2 Type II report and a completed copy of our standard security questionnaire (attached, 140 questions) before the contract can be signed. Who should we work with for this?

Kind regards,
Elin Strand
Third-Party Risk, Fjordline Securities
""", ["security-questionnaire", "soc2", "contract", "procurement"], org_tags=["enterprise", "finance"]),

T("sa12", "QHC", "non-native", "se/p3",
"Invoice with wrong entity name",
r"""
Hello,

The invoice we received for the Atlas subscription is addressed to "Quayhaven Capital Partners LLP" but the contract is with "Quayhaven Capital Management Ltd". Our accounts payable cannot pay it like this. Also the PO number is missing (PO-55731). Can you reissue please?

Merci,
Hélène Marchand
""", ["invoice", "billing", "contract"]),

T("sa13", "BMS", "template", "se/p3",
"[QUESTION] License key says 300 seats, contract is 350",
r"""
BUG REPORT
Severity: (Low / Medium / High / Critical) Low
Component: license
Reporter: Sanjay Pillai

Steps to reproduce:
1. Site admin > License on sg.brightmarket.internal

Expected:
350 users (per the order form signed in March)

Actual:
"Licensed users: 300". We are at 291 users so not blocked yet.

Logs: n/a

Additional context:
Looks like the key was generated from the old order. Can we get a corrected key?
""", ["license-key", "seats"]),

T("sa14", "one-off", "email-thread", "se/p2",
"Renewal - multi-year pricing",
r"""
Hi,

Our renewal is coming up in November. Finance would like to see pricing for a 3-year term versus annual, and whether a multi-year commitment would lock current per-seat pricing. Can our account team prepare both?

Thanks,
Gregor Lindt
Head of Engineering Operations, Altmark Warenhaus

> Previous renewal was handled by someone no longer with you, I think.
""", ["renewal", "pricing", "multi-year"], org_tags=["self-hosted", "enterprise", "retail"]),

T("sa15", "one-off", "markdown", "se/p2",
"Start an enterprise trial for ~200 developers",
r"""
Hello,

We're **Northway Cold Chain** (temperature-controlled logistics). We'd like to start an enterprise trial.

- ~200 developers
- GitLab self-managed + a few GitHub repos
- Would prefer self-hosted on Kubernetes
- Interested in search + Cody

What's the process to get a trial license and how long does it run?

Thanks, Declan Moore (Engineering Manager)
""", ["trial", "new-business"], org_tags=["trial", "logistics"]),

T("sa16", "PRG", "email-thread", "se/p3",
"RE: 200 additional seats - status?",
r"""
Hi,

Checking in on the co-termed seats for the Hollins & Page engineers. We've now moved 160 of them onto SG and usage is showing 2,590 against a 2,500 licence. Has the order been processed, and will we get a new key or is it updated automatically on the managed instance?

Dana Fitzgerald
Software Asset Management, Pellucid Retail Group
""", ["seats", "co-term", "expansion"], recurs="sa06"),

T("sa17", "CBF", "email-thread", "se/p2",
"Licence expired over the weekend - why no warning?",
r"""
The portal started showing a red "license expired" banner to all users on Saturday. Nobody told us it was expiring. Our renewal PO went out two weeks ago. Sort it out today.

Gretchen Alby
IT Operations Manager, Cobaltline Freight

> From: Tomasz Wiśniewski
> Gretchen, the banner is only warning, search and everything still work. Site admin show the key expired 2 days ago. The email for license notification went to the old admin mailbox I think.
""", ["license-key", "renewal", "expiry"]),

T("sa18", "one-off", "one-liner", "se/p3",
"Who is our account rep?",
r"""
Who is our account rep now? Need to talk about adding users. - Priya, Sandbar Credit Union
""", ["account-team"], org_tags=["enterprise", "finance"]),

T("sa19", "one-off", "chat-paste", "se/p3",
"license key with Cody for staging instance",
r"""
[shared channel]
ana.r: hi! we're standing up a staging instance to test upgrades before prod
ana.r: do we get a separate license key for it? and does it need Cody enabled to test the Cody config?
ana.r: prod key is 1,200 seats with Cody

Ana Ribeiro, Pinecrest Parcel
""", ["license-key", "staging", "cody-addon"], org_tags=["self-hosted", "kubernetes", "enterprise", "logistics"]),

T("sa20", "QHC", "email-thread", "se/p2",
"Reissued invoice still incorrect",
r"""
Dear Sourcegraph billing,

Thank you for reissuing invoice INV-20417 after Hélène's request. The entity name is now correct, however the VAT number shown is for our Luxembourg entity rather than the UK one (GB 000 0000 00), and the PO number is still absent. Our payment run closes on the 25th.

Regards,
Sunita Bhatt
Accounts Payable, Quayhaven Capital Management Ltd
""", ["invoice", "billing"], recurs="sa12"),
]
