# Round-3 training tickets (real-ticket forms), part 3: data-analytics, docs, sales-ce.
from part2 import T, t

t("data-analytics", "se/p3", "where do I see MAU",
  "where can i see monthly active users for our instance? our manager wants the number for the last 6 months",
  "non-native")
t("data-analytics", "se/p2", "Usage stats page shows 0 users for October",
  "**Sourcegraph version:** 6.1\n**Steps**: Site admin > Analytics > Users, pick October\n**Expected**: ~700 weekly active\n**Actual**: 0 for every week of October, November is fine.\nWe need this for our renewal justification.",
  "template")
t("data-analytics", "se/p3", "Re: DAU numbers don't match",
  "Thanks. One more question on the same topic:\n\n> the analytics page counts a user active when they perform a search or browse code\n\nDoes Cody usage count too? Our DAU in your dashboard is lower than what our IDE telemetry says.\n\nBest,\nLena",
  "email-thread")
t("data-analytics", "se/p2", "export usage statistics to CSV",
  "Is there a way to export the weekly users / search counts to CSV or via API? the analytics page has no download button. We report this quarterly.",
  "one-liner")
t("data-analytics", "se/p2", "pings / usage data not sent?",
  "Our CE says you don't see usage data from our instance since August, but we didn't block anything on purpose. air-gapped proxy maybe? What endpoint does the usage ping go to?",
  "chat-paste")
t("data-analytics", "se/p3", "Which users are inactive?",
  "We want to reclaim seats. How do we list users who haven't been active in 90 days?",
  "one-liner")

t("docs", "se/p1", "docs.sourcegraph.com down",
  "docs site gives 'This site can't be reached' for me and my colleagues, we're in the middle of an upgrade and need the docs. https://docs.sourcegraph.com",
  "one-liner")
t("docs", "se/p2", "Documentation site 404 on every page",
  "Every link on the documentation website returns a 404 Not Found page since this morning, even the home page of the admin docs. Search on the docs site does not work either.",
  "non-native")
t("docs", "se/p2", "docs site very slow / timeouts",
  "```\n$ curl -sS -o /dev/null -w '%{http_code} %{time_total}\\n' https://docs.sourcegraph.com/admin\n504 30.012\n```\nthe docs website is timing out for our whole team",
  "logs")
t("docs", "se/p3", "docs site search broken",
  "the search box on the documentation site returns no results for anything (tried 'helm', 'saml'). the pages themselves load fine.",
  "one-liner")

t("sales-ce", "se/p2", "Renewal quote and invoice",
  "Hello,\n\nour subscription renews on Jan 31. Could you send the renewal quote for 450 seats and confirm whether the invoice can go to our new billing address (attached PO)?\n\nThank you,\nAccounts Payable, Veridane GmbH",
  "email-thread")
t("sales-ce", "se/p1", "License expired - everyone locked out!",
  "Our license key expired last night and now users get a banner and cannot search. We were told the renewal was signed last week. Please extend the license key ASAP.",
  "one-liner")
t("sales-ce", "se/p2", "need more seats",
  "we are hitting the seat count, 20 more devs joining next month. how do we add seats to the subscription and what does it cost?",
  "non-native")
t("sales-ce", "se/p3", "Contract question: can we move to annual billing?",
  "**Question:** we are on monthly invoicing and would prefer annual.\n**Account:** Hollowbrook Foods\n**Urgency:** none, whenever the account team has time",
  "markdown")
t("sales-ce", "se/p1", "trial license extension for POC",
  "Our trial license expires Friday but our POC evaluation got delayed by 2 weeks because of a security review. Can you extend the trial key? Decision meeting is on the 20th.",
  "email-thread", tags=["poc"])
t("sales-ce", "se/p3", "who is our account manager",
  "Hi, who is our account executive / CE now? the previous one left. we want to discuss the renewal in spring.",
  "one-liner")
