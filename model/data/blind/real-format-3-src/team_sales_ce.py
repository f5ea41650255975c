from common import T

TEAM = "sales-ce"

TICKETS = [
T("License expires Thursday, PO stuck in procurement", "p1", "email_thread", r"""
Hi,

Our license key expires this Thursday (Dec 4). The renewal is approved internally, but the PO is stuck
in our procurement system and won't be issued before mid-December.

Can we get a temporary key extension of 3–4 weeks so our 900 developers aren't cut off? I don't know
what happens exactly when it expires and I'd rather not find out.

Regards,
Bernadette Oduya
IT Asset Management, Sunderland Marine

> From: Bernadette Oduya
> Adding our account manager's name as I remember it: "Chris" — sorry, not sure of the surname.
"""),

T("Automated: Your Sourcegraph license expires in 7 days", "p2", "alert_payload", r"""
---------- Forwarded message ---------
From: Sourcegraph instance <noreply@sourcegraph.quaymoor.example>
Subject: [Sourcegraph] Your license expires in 7 days

This is an automated message from your Sourcegraph instance at https://sourcegraph.quaymoor.example.

  License: 650 users, plan: Enterprise
  Expires: 2025-12-08 00:00 UTC

Contact your Sourcegraph account team to renew.
----------------------------------------
Note from Quaymoor admin (Hugh Pennell): we got this in the admins mailbox. Who do we talk to? We
definitely want to renew, same size.
"""),

T("pricing for 50 more seats", "p3", "one_liner", r"""
What would 50 additional seats cost on our current contract?
"""),

T("Lizenzschlüssel und Vertragsverlängerung", "p2", "non_english", r"""
Guten Tag,

unser Vertrag läuft Ende Dezember aus. Wir möchten verlängern, allerdings mit 150 statt 120
Benutzern und möglichst mit einer Laufzeit von 2 Jahren. Wer ist dafür unser Ansprechpartner?
Unser bisheriger Kontakt (Herr Lindner) ist anscheinend nicht mehr bei Ihnen.

Außerdem brauchen wir den neuen Lizenzschlüssel rechtzeitig vor dem 31.12., damit es keine
Unterbrechung gibt.

Mit freundlichen Grüßen
Petra Wendland
Einkauf IT, Osnabrücker Maschinenfabrik
"""),

T("Trial extension for our POC", "p2", "web_form", r"""
**Name:** Desmond Achterberg
**Company:** Ivycross Health
**Sourcegraph version:** 5.6.2140 (trial)
**Deployment type:** Kubernetes
**Describe the problem:** Our 30-day trial key expires on Friday, but our evaluation was delayed two weeks by an internal security review. We'd like to extend the trial by 3 weeks to finish testing with the wider team before making a purchase decision.
**Steps to reproduce:**
**Expected:**
**Actual:**
**Screenshots / logs:**
**How many users are affected:** 45 trial users
**Business impact:** purchase decision in January
"""),

T("License expired — users locked out", "p0", "email_thread", r"""
URGENT

Hi,

Our license expired last night (renewal was signed on Friday, but we never got the new key). This
morning only site admins can use Sourcegraph; everyone else gets "This Sourcegraph instance's license has
expired". That's 1,200 engineers blocked.

Please send the new key or a temporary one immediately. Our contract number is on the signed renewal
(sent to our AE, Francesca).

Imre Szalai
Head of Engineering Tools, Danubia Telecom
"""),

T("we want buy Cody add-on, who I talk?", "p3", "non_native_english", r"""
Hello,

we have Sourcegraph Enterprise since 2 years. Now our management want to buy also the AI assistant
(Cody) for 200 people. Who I can talk for price and contract? Our old sales contact not answer email.

Thank you
Lukas Horvat
Adriatic Software d.o.o.
"""),

T("Bug: user limit", "p2", "misleading_subject", r"""
Hi,

"Bug": we can't add more than 250 users, it says the limit is reached. We know that's our contracted
seat count — the actual request is that we've grown and need the contract and key raised to 350
users, ideally this month since we have a new team starting January 6.

Who can do that and what do you need from us?

Zofia Malinowska, Wisła Commerce
""", note="Reads like a license-enforcement bug (source), but enforcement is correct; customer wants more seats → sales-ce."),

T("FW: PO number and invoice address change", "p3", "forwarded_note", r"""
Forwarded from our accounts payable team:

> Please note our new company name and invoice address effective Jan 1 (merger):
> Halbrook Thorne Holdings, Accounts Payable, 14 Quarry Row, ...
> For the upcoming Sourcegraph renewal please reference PO 4500018812.

Can you make sure this lands with whoever handles our contract? Thanks — Nathaniel Brook, IT Ops
"""),

T("new license key missing batch changes", "p2", "chat_paste", r"""
[shared channel #ext-sourcegraph-marlowe]
rhea.k (Marlowe)   09:20  hi! we applied the renewal key this morning
rhea.k (Marlowe)   09:21  now Batch Changes says "Batch Changes is not included in your license. Contact sales."
rhea.k (Marlowe)   09:21  we had it before and our renewal contract still lists it
rhea.k (Marlowe)   09:22  we put the old key back for now (valid until the 15th), so we're ok for ~2 weeks
sg-support          09:25  thanks Rhea, checking with your account team
""", note="Feature missing because the issued key lacks the add-on → CE/sales (key issuance), not code-search."),

T("Renewal paperwork + small search thing", "p2", "mixed_problems", r"""
Hi,

Mostly: our renewal is due Jan 15 and we still haven't received the quote we asked for three weeks
ago. Legal needs ~2 weeks to review, so we're getting nervous. Can you chase this?

Also, minor: the search suggestion dropdown sometimes shows repositories we archived. Not important.

Thanks,
Greta Sundqvist
Vendor Management, Östra Nätverk AB
""", note="Mixed: renewal quote (dominant) → sales-ce; the search-suggestions aside would be code-search."),

T("true-up questions", "p3", "email_thread", r"""
Hello,

We went over our licensed user count for a few weeks in October (peaked at 540 on a 500-seat
contract) because of an acquisition. How does the true-up work at renewal — are we billed for the
peak, an average, or the count at renewal date? We're preparing next year's budget.

Thanks,
Kaveh Tehrani
Finance Business Partner – Engineering, Lumis Optical

> From: Kaveh Tehrani
> Our renewal is in March, so no urgency.
"""),

T("Internal license audit request", "p3", "markdown_report", r"""
# License audit — request for information

Our software asset management team is auditing all enterprise licenses. For Sourcegraph we need:

1. Contract start/end dates and licensed seat count
2. Included add-ons
3. A copy of the order form(s) signed in 2023 and 2024
4. Confirmation of who at our company is the named contract owner

Please send to the address on file. Deadline for our audit: end of January.

— SAM Office, Belvedere Rail
"""),

T("Renovación del contrato", "p3", "non_english", r"""
Hola,

Nuestro contrato con Sourcegraph vence en marzo. Queremos empezar la renovación con tiempo y
consultar si es posible cambiar la facturación de anual a trimestral, y si hay descuento por un contrato
de tres años.

¿Podrían ponernos en contacto con nuestro ejecutivo de cuenta?

Saludos cordiales,
Valentina Ortiz
Compras Tecnológicas, Grupo Pampa Digital
"""),

T("Reduce seats at renewal", "p3", "web_form", r"""
**Name:** Oskar Lindahl
**Company:** Nordkap Mobility
**Sourcegraph version:** 5.5
**Deployment type:** self-hosted
**Describe the problem:** After a reorganisation we only need 180 seats instead of 300 at our renewal in February. What's the process, and is there a deadline for notifying you?
**Steps to reproduce:**
**Expected:**
**Actual:**
**Screenshots / logs:**
**How many users are affected:**
**Business impact:**
"""),

T("New license key rejected: signature mismatch", "p2", "log_paste", r"""
We received our renewal key by email and pasted it into Site admin → License. It's rejected:

  Error: invalid license key: signature verification failed (key ID does not match)

frontend log:
  t=2025-12-01T10:03:11Z lvl=warn msg="license: failed to verify" err="signature mismatch" keyPrefix="eyJhbGciOi..."

Our current key is valid until Dec 19, so nothing is broken yet. Maybe the email client mangled the
key (it was split over two lines)? Could you resend it as an attachment?

Wendell Marsh, Ottercreek Systems, 5.6.185
""", note="Key invalid on paste: a key issuance/delivery question for CE, not an enforcement bug."),

T("quote for procurement", "p3", "one_liner", r"""
Need a formal quote for our 2026 renewal (same seats) to submit to procurement before end of month.
"""),

T("two companies merge, combine licenses?", "p3", "non_native_english", r"""
Hello,

our company merged with other company which also have Sourcegraph (different instance, different
contract). Is possible to combine two license in one and have one instance? And what happen with the
two contracts which have different end date?

Best regards
Dimitrios Papadakis
Aegean Software Group
"""),

T("Prospect security review needs redlines + staging key", "p2", "email_thread", r"""
Hi,

We're evaluating Sourcegraph for ~600 engineers. Our security and legal review requires:

1. Your standard MSA + DPA in Word format so legal can redline.
2. A trial license key for our staging environment (separate from the eval key we have on the sandbox)
   valid for 60 days.

We'd like to finish the review by January 20 to make our Q1 budget.

Thanks,
Harriet Okonjo
Principal Architect, Redwater Utilities

> From: Harriet Okonjo
> cc'ing our procurement lead, Samir.
"""),

T("URGENT outage", "p2", "misleading_subject", r"""
URGENT — a big red banner appeared at the top of Sourcegraph for all users saying "Your license expires
in 30 days. Contact your site admin." People are filing internal tickets thinking we're about to lose
access.

Nothing is actually broken. But we need the renewed key soon so the banner goes away and people
calm down; the renewal was signed last week with our AE (Jonah).

Clementine Rousseau, Beaulieu Analytics
""", note="Subject claims an outage; nothing is broken, it's a renewal key request → sales-ce, p2."),
]
