from common import T

TEAM = "sales-ce"
QS, PEM, HAL, TS, BM, FH, EAST, CDSA, ARV = ("Quillstone Software", "Pemberton Systems", "Halvard Games",
    "Tessellate Labs", "Brightmarsh Interactive", "Fernhollow Software", "University of Eastmoor",
    "Commonwealth Digital Services Agency", "Arvenian Statistics Office")

TICKETS = [
T("E01", TEAM, CDSA, "se/p2", "email-thread",
  "License key renewal - offline delivery for air-gapped instance",
  """
Good afternoon,

Our license key for codesearch.cdsa.internal expires on 31 December. The renewal is in our procurement system (requisition REQ-24-0381) and should be awarded mid-December.

As the instance is air-gapped, please confirm:
1. The new key can be delivered as text via email to me and Denise Whitfield so we can transfer it across on approved media.
2. The key does not require the instance to contact any external service to validate.
3. Whether a short bridging key can be issued if the award slips into January.

Respectfully,
Greg Olander
Program Manager, Developer Platforms
Commonwealth Digital Services Agency

> From: Denise Whitfield
> Greg, banner in site admin now says "license expires in 45 days". Can you chase the renewal?
""", tags=["license", "renewal", "air-gapped", "expiry"]),

T("E02", TEAM, CDSA, "se/p1", "email-thread",
  "URGENT: license expired, award delayed",
  """
Hello,

Further to my earlier message about the renewal: the contract award has slipped to the week of 8 January due to the year-end freeze, and our key expired on 31 December. Site admins now see the expired license banner and we are told some features will be restricted.

We requested a bridging key in our earlier email. Could you please issue one covering through end of January? Denise can transfer it into the enclave within 2 working days of receipt.

Respectfully,
Greg Olander
Program Manager, Developer Platforms, CDSA

> On 4 Dec, Greg Olander wrote:
> ...3. Whether a short bridging key can be issued if the award slips into January.
""", tags=["license", "renewal", "expired", "extension"], recurs="E01"),

T("E03", TEAM, PEM, "se/p3", "email-thread",
  "Quote for 200 more seats",
  """
We're bringing the acquired team (Bitbucket Cloud folks) onto Lighthouse. Need a quote for 200 additional seats, co-termed with our current contract. Send it to me and procurement@pemberton.example.

Victor Hale | VP Engineering | Pemberton Systems

> From: Dana Okafor
> Victor, current usage is 2,310 of 2,400 seats, so we'll hit the ceiling when they're onboarded.
""", tags=["seats", "quote", "expansion"]),

T("E04", TEAM, HAL, "se/p2", "one-liner",
  "Invoice is wrong",
  """
We were invoiced for 1,100 seats. We have about 900 people using SG. Renewal is next month and I'm not signing for 1,100.

Odile
""", tags=["invoice", "seats", "renewal"]),

T("E05", TEAM, QS, "se/p3", "email-thread",
  "Pricing for the AI add-on for remaining teams",
  """
Currently ~200 of our users have Cody. I want pricing for enabling it for all ~420, and whether it can be prorated to our contract end in June. Please send to me directly, not to a generic sales inbox.

Priya

Priya Raman
Director of Engineering, Platform | Quillstone Software

> From: Tom Becker
> FYI the teams without Cody keep asking when they get the AI thing. Waitlist is at ~90 people.
""", tags=["cody", "pricing", "expansion"]),

T("E06", TEAM, EAST, "se/p2", "email-thread",
  "Academic license renewal - grant deadline",
  """
Dear Sourcegraph team,

Our academic license for CodeFind runs until 31 January. The renewal will be funded from a research infrastructure grant whose spending deadline is 22 December, so we would need a quote and invoice issued before then, otherwise the funds are lost.

Could you please send a renewal quote for the same number of seats (300) to me and to our finance office (research-finance@eastmoor.example)?

Kind regards,
Helen

--
Dr Helen Achterberg
Research Computing Lead, School of Computer Science
University of Eastmoor

> From: Research Finance Office
> Helen, reminder that all commitments against the infrastructure grant must be invoiced by 22 December.
""", tags=["renewal", "academic", "quote", "deadline"]),

T("E07", TEAM, EAST, "se/p2", "email-thread",
  "Vendor forms needed for Sourcegraph renewal PO",
  """
Dear Sir/Madam,

Further to Dr Achterberg's renewal request, our procurement system requires the following before a purchase order can be raised:

- Completed supplier onboarding form (attached)
- Bank details on company letterhead
- Tax registration / W-9 equivalent

Please note the PO must be approved by 20 December to meet the grant deadline.

Yours faithfully,
Margaret Oduya
Research Finance Office, University of Eastmoor

> From: Helen Achterberg
> Margaret, quote attached from Sourcegraph. Can we get this through before the grant closes?
""", tags=["renewal", "procurement", "vendor-forms", "deadline"], recurs="E06"),

T("E08", TEAM, TS, "se/p1", "chat-paste",
  "POC license expires before eval ends",
  """
amir.haddad  12:03
uh oh, site admin on tessellate-poc says "trial license expires in 2 days"
amir.haddad  12:03
we lost about a week to the firewall/egress stuff so the eval now runs until the 15th
amir.haddad  12:04
can the trial be extended ~2 weeks? otherwise we can't finish the scoring
""", tags=["poc", "trial", "license", "extension"]),

T("E09", TEAM, TS, "se/p2", "markdown",
  "Pricing for 250 seats after POC",
  """
### Context
Thanks for the trial extension. The evaluation is wrapping up and it's looking positive.

### Ask
- Pricing for **250 seats**, with and without the AI assistant
- Managed instance vs self-hosted price difference, if any
- Multi-year discount options

Procurement wants numbers before the scoring readout on Monday.

— Amir Haddad, Staff Engineer / POC lead, Tessellate Labs
""", tags=["poc", "pricing", "quote"], recurs="E08"),

T("E10", TEAM, ARV, "se/p3", "non-native",
  "Do we need separate license for test instance?",
  """
Hello,

We want to install a second instance for testing upgrades before we do them in production Kodas. It will have maybe 5 users (only IT). Do we need a separate license key for it, or can we use same key? And is there extra cost?

Thank you,
Agnieszka Nowak
IT Procurement & Licensing, Arvenian Statistics Office
""", tags=["license", "test-instance", "question"]),

T("E11", TEAM, BM, "se/p3", "email-thread",
  "Seat overage during crunch - true-up cost?",
  """
Hi,

During the Lanternfall crunch we onboarded outsourcing partners and our user count went to ~410 against 350 licensed seats. Most of them will be removed in January.

How does the true-up work in this case? Are we billed for the peak, or for the count at renewal? I'd like to budget for it now.

Best,
Carla Mendes
IT Manager, Brightmarsh Interactive

> From: Kenji Watanabe
> Carla-san, site admin shows 412 users now. Partners from outsourcing studio are included.
""", tags=["seats", "true-up", "billing"]),

T("E12", TEAM, FH, "se/p2", "email-thread",
  "Switching to annual contract at renewal",
  """
Hi,

Our current agreement is month-to-month and comes up for renewal on 1 February. We'd like to move to an annual contract (180 seats) if there's a meaningful discount. Who should we talk to, and can we get a proposal this month?

Thanks,
Nadia Brooks
Engineering Operations | Fernhollow Software

> From: Finance (Fernhollow)
> Nadia, monthly billing for the code search tool is up 12% since we added seats. Can we lock in an annual price?
""", tags=["renewal", "contract", "annual"]),

T("E13", TEAM, "one-off", "se/p3", "one-liner",
  "pricing for a 12 person startup?",
  "",
  tags=["pricing", "pre-sales"], org_tags=[]),

T("E14", TEAM, "one-off", "se/p3", "email-thread",
  "Purchasing through a reseller / government contract vehicle",
  """
Hello,

Our agency must purchase software through an approved reseller on our state contract. Can Sourcegraph be procured this way, and who are your authorized resellers? We are looking at ~150 seats, self-hosted.

Thank you,
Lorraine Pettit
IT Procurement Officer, Department of Motor Vehicle Services

> From: Application Development Manager
> Lorraine, this is the code search tool we trialled. Can we buy it off the state contract?
""", tags=["procurement", "reseller", "public-sector"], org_tags=["public-sector"]),

T("E15", TEAM, "one-off", "se/p1", "email-thread",
  "License expired yesterday - need new key",
  """
Hi,

Our license expired yesterday and the admin page now shows the expired banner. Our renewal was signed last week (our CFO signed on the 14th). Can someone send the new key? We are a studio of ~70 and production is in full swing.

Cheers,
Duncan McAllister
Studio IT, Thistledown Games

> From: Finance
> Duncan, signed copy of the renewal is in the shared drive.
""", tags=["license", "expired", "renewal"], org_tags=["self-hosted", "enterprise", "game-studio"]),

T("E16", TEAM, PEM, "se/p2", "email-thread",
  "Still no quote",
  """
I asked for a 200 seat quote two weeks ago. Nothing. The acquisition integration plan goes to the board on Friday and I need the number in it.

Victor

> On Nov 2, Victor Hale wrote:
> We're bringing the acquired team (Bitbucket Cloud folks) onto Lighthouse. Need a quote for 200 additional seats...
""", tags=["seats", "quote", "escalation", "deadline"], recurs="E03"),

T("E17", TEAM, HAL, "se/p2", "email-thread",
  "Renewal quote still shows 1,100 seats",
  """
Hello,

I work with Odile on the Halvard renewal. The renewal quote we received yesterday still lists 1,100 seats, even though we agreed on the call that the true count is ~900 and the 200 difference came from the contractor accounts that were deactivated in the spring.

Could you please reissue the quote at 925 seats? We need to have the PO out before 15 December.

Many thanks,
Sofia Lindahl
Finance Business Partner, Halvard Games

> From: Odile Faure
> Sofia - they're still quoting 1,100. Please deal with it.
""", tags=["renewal", "quote", "seats"], recurs="E04"),

T("E18", TEAM, "one-off", "se/p3", "email-thread",
  "Academic / teaching program?",
  """
Hello,

I teach a software engineering course (about 200 students per year) and would like students to use Sourcegraph on our course repositories. Do you have an academic or teaching program, or discounted pricing for universities?

Best regards,
Prof. Annika Weiß
Department of Informatics, Hochfeld University of Applied Sciences

> From: Lab Administrator
> Annika, we could host it on the teaching cluster if the licensing works out. Can you ask them?
""", tags=["academic", "pricing", "pre-sales"], org_tags=["education"]),

T("E19", TEAM, "one-off", "se/p2", "email-thread",
  "Reducing seats at renewal",
  """
Hi,

Our renewal is in March. After a reorganization we expect to need 120 seats instead of 200. What's the process to reduce seats at renewal, and is there a minimum?

Thanks,
Jonas Achterberg
Head of Engineering Operations, Vireo Health Software

> From: CFO office
> Jonas, please confirm the seat numbers for all developer tools renewing in Q1.
""", tags=["renewal", "seats", "downgrade"], org_tags=["managed-instance", "enterprise"]),

T("E20", TEAM, QS, "se/p2", "template",
  "License expiry banner on QS Search",
  """
**Summary**
Site admins see "Your license expires in 7 days" on QS Search.

**Steps to reproduce**
1. Log in as site admin
2. Banner at top of every page

**Expected**
No banner — our contract runs to June.

**Actual**
Banner with expiry date 30 November.

**Env**
Managed instance.

**Question**
Is the key on the instance just not updated after the mid-year amendment (when we added Cody seats)? Who updates it on a managed instance?

Tom
""", tags=["license", "expiry", "managed-instance"]),
]
