from common import make

T = make("data-analytics")

TICKETS = [
T(1, "pings contain private repo names - security review finding", r"""
Our security team inspected the outbound usage ping payload from our instance (we capture egress at the proxy). Besides the aggregate counts we expected, the payload contains what look like private repository names and a few search query strings:

  "search_top_queries": ["repo:^git.vela.internal/secops/incident-keys$ password", ...],
  "repos_with_activity": ["git.vela.internal/secops/incident-keys", "git.vela.internal/hr/payroll-exports"]

Our contract says only aggregated, non-identifying usage data leaves the network. We have blocked the ping endpoint at the proxy. We need to know what exactly has been sent, since when, and to be able to have it deleted.
""", "se/p0", "logs", ["security"], ["self_hosted", "enterprise"]),

T(2, "admin analytics page 500s - board deck due", r"""
**Sourcegraph version:** 5.3.4
**Platform information:** k8s

**Steps to reproduce:** Site admin → Analytics → Search / Users / Code intel tabs
**Expected behavior:** charts
**Actual behavior:** "Error: internal server error" on every tab, for all site admins. frontend log: `analytics: pq: canceling statement due to statement timeout`

**Additional context:** I need the adoption numbers for a board deck due Thursday. Nothing else on the instance is affected.
""", "se/p1", "template", [], ["self_hosted"]),

T(3, "usage numbers way too low - renewal decision depends on it", r"""
Hi,

I'm writing on behalf of our platform group; sorry this is long.

Our renewal is coming up and our VP of Engineering is deciding whether to renew based on the "usage" numbers. The dashboard he looks at (Site admin → Analytics → Users) shows 41 monthly active users for last month. He forwarded me this:

> From: VP Engineering
> Subject: Sourcegraph
>
> 41 users out of 420 engineers doesn't justify the cost. Unless someone shows me different numbers by the 15th I'm not renewing.

I know that number is wrong. Evidence:
- Our proxy logs show ~390 distinct users hitting the Sourcegraph hostname last month.
- ~250 people have the browser extension force-installed and use the hover popups on GitLab every day.
- ~120 people use Cody in VS Code or IntelliJ daily.
- Our own SSO logs show 360 distinct sign-ins in the same month.

My guess is people using it through the extension or the IDE aren't counted, or only "web search" counts as activity? Or the analytics only started counting after our upgrade on the 9th?

What I need:
1. what exactly counts as an active user in that chart
2. whether extension / IDE activity is counted anywhere
3. a realistic monthly number (or a way for me to produce one) before the 15th

If the renewal is decided on "41 users" it won't happen.

Thanks,
Olu Adeyemi
Platform Engineering
""", "se/p1", "email-thread", ["renewal"], ["enterprise"]),

T(4, "user counts dropped to 0 after upgrade", r"""
After upgrading to 5.4.1, the site admin overview shows "0 active users this week" and the DAU/WAU chart is flat zero since the upgrade day. Users are definitely active (search logs are full). CFO wants monthly usage by Friday for our cost allocation per department.
""", "se/p1", "plain", [], ["self_hosted"]),

T(5, "telemetry gateway exporter queue growth", r"""
warning_telemetry_telemetry_gateway_exporter_queue_growth
telemetry: 1+ rate of growth of export queue over 30m

Fires since we put our egress proxy in front of the instance. Nothing user-facing. Is this queue going to fill the DB? We'd rather not allow outbound traffic to your telemetry endpoint at all, what's the supported way?
""", "se/p2", "logs", [], ["self_hosted", "on_prem"]),

T(6, "Feature request: export usage stats to our warehouse", r"""
We'd like to get usage stats (DAU/WAU, searches per user, Cody usage per team) into Snowflake on a daily schedule. Today someone screenshots the admin analytics page monthly. A CSV/JSON export endpoint or a scheduled export would do.
""", "se/p2", "markdown", ["feature_request"], ["enterprise"]),

T(7, "DAU chart in site admin missing days (3rd-5th, 12th)", r"""
instance was up the whole time
""", "se/p2", "one-liner", [], []),

T(8, "numbers page shows zero for the AI assistant", r"""
hi, in the admin numbers/statistics pages there's a section for the AI coding assistant, and it shows 0 people used it last month. I know my team of 12 used it every day in VS Code. the search numbers look okay. is the editor usage not included?
""", "se/p2", "plain", ["cody"], []),

T(9, "re: case 6288 - ping data still not received", r"""
> We don't see pings from your instance since March; could you check outbound connectivity?

Checked: the instance can reach the update check endpoint (curl returns 200 from the frontend pod). Still nothing on your side according to our CSM, and our account's usage page shows "no data". Our CSM needs this for the QBR, but nothing is broken for users.
""", "se/p2", "email-thread", [], ["self_hosted"]),

T(10, "user activity CSV export cut off at 1000 rows", r"""
Site admin → Users → Export CSV gives exactly 1,000 rows (+ header). We have 2,340 users. The "last active" column is what we need for license clean-up. Workaround: pulling via GraphQL page by page, it's just slow.
""", "se/p2", "template", [], []),

T(11, "telemetry job error rate alert", r"""
[FIRING] warning_telemetry_telemetry_job_error_rate
telemetry: 0%+ usage data exporter operation error rate over 30m
Value: 100%

I guess this means no usage data is being exported? We're on a managed instance so we can't look at the worker ourselves. Mostly asking because the usage report our CSM sends us comes from this.
""", "se/p2", "logs", [], ["managed_instance"]),

T(12, "WAU counts include service accounts", r"""
Our weekly active users number includes ~60 bot/service accounts (CI users hitting the API with tokens). Can they be excluded from the WAU/MAU counts, or tagged as non-human? Otherwise our adoption numbers are inflated. Would also take this as a feature request.
""", "se/p2", "plain", ["feature_request"], ["enterprise"]),

T(13, "analytics graph wrong timezone", r"""
Hello,
the usage graph in admin analytics show the peak of users at 03:00, but our developers work in Japan, 9-18. I think graph is in UTC and not our timezone. Can we change to JST? Small issue but managers ask me why people work at night, haha.
""", "se/p2", "non-native", [], []),

T(14, "Cody usage", r"""
Subject says Cody but actually this is about code search: I need to know how many people per team used code search last month (we map teams by email domain subdomain, e.g. @payments.corp.example). Site admin only shows total numbers. Is there a breakdown or an export per user I can group myself?
""", "se/p2", "mixed", ["cody"], ["enterprise"]),

T(15, "turn off pings", r"""
how do I disable the usage pings completely? air-gapped instance, we just want it off cleanly.
""", "se/p3", "one-liner", [], ["on_prem"]),

T(16, "what counts as MAU", r"""
[13:45] jana: does anyone know what sourcegraph counts as a "monthly active user"? signed in? ran a search? opened a file?
[13:46] tom: no idea. also does the browser extension count?
[13:46] jana: I'll ask their support
""", "se/p3", "chat-paste", [], []),

T(17, "Q3 usage report?", r"""
""", "se/p3", "one-liner", [], ["enterprise"]),

T(18, "Help widget: how many users used batch changes", r"""
[In-app help widget]
Instance: https://sourcegraph.brindle.example
User role: site admin
Question: How can I see how many users have used Batch Changes in the last 90 days? I only see total batch changes created.
Priority selected by user: Normal
""", "se/p3", "template", [], ["self_hosted"]),

T(19, "list of active users", r"""
Where in site admin do I see which users were active in the last 30 days? Trying to find inactive accounts before our license count review. No rush.
""", "se/p3", "plain", [], []),

T(20, "what's in the pings", r"""
Guten Tag,
our data protection officer asks which data exactly is sent in the usage pings (fields list). Is there a document? Also is it possible to see the payload before it is sent? We need this for our DPIA, not urgent.
""", "se/p3", "non-native", [], ["self_hosted"]),
]
