// The nav_bar dashboard: the RFH rate against the 10% goal and what a support lead asks for,
// drawn with Chart.js from GET /api/v1/stats through the same proxied, JWT-signed client.request
// as the sidebar (api.js). The ZAF client is injected, so the browser tests drive this code.
import { Api, ApiError } from './api.js';
import { weeklyAsksSection } from './dashboard-asks.js';
import { el, replaceChildren, safeHref } from './dom.js';
import { Strings } from './i18n.js';
import { chartSpecs, shortName } from './charts.js';

export { shortName };

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_DAYS = 56; // eight weeks, as the service defaults to
const PRIORITIES = ['se/p0', 'se/p1', 'se/p2', 'se/p3'];

export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

export function defaultRange(now = new Date()) {
  return { from: isoDay(new Date(now.getTime() - (DEFAULT_DAYS - 1) * DAY_MS)), to: isoDay(now) };
}

export function percent(value) {
  return value === null || value === undefined ? '–' : `${(value * 100).toFixed(1)}%`;
}

// The team carrying clearly more open RFHs than the others (twice their average), if any.
export function busiestTeam(byTeam) {
  if (!byTeam || byTeam.length < 2) return null;
  const [first, ...rest] = byTeam;
  const average = rest.reduce((sum, t) => sum + t.open, 0) / rest.length;
  return first.open >= 2 * average && first.open > rest[0].open ? first : null;
}

export class Dashboard {
  constructor(client, root, options = {}) {
    this.client = client;
    this.root = root;
    this.stringsUrl = options.stringsUrl || 'translations/en.json';
    this.Chart = options.Chart || window.Chart;
    this.strings = new Strings({});
    this.range = { ...defaultRange(options.now), bucket: 'week' };
    this.phase = 'loading'; // loading | ready | error
    this.stats = null;
    this.error = null;
    this.charts = [];
  }

  t(key, vars) { return this.strings.t(`dashboard.${key}`, vars); }

  async start() {
    this.render();
    try {
      if (!this.strings.table.dashboard) this.strings = await Strings.load(this.stringsUrl);
      const [metadata, user] = await Promise.all([
        this.client.metadata(),
        this.client.get('currentUser').catch(() => ({})),
      ]);
      const url = metadata && metadata.settings && metadata.settings.backend_url;
      if (!url) throw new ApiError(0, 'no_settings', this.t('error_no_settings'));
      this.api = new Api(this.client, url, user && user.currentUser);
    } catch (failure) {
      this.fail(failure);
      return;
    }
    await this.load();
  }

  fail(failure) {
    this.phase = 'error';
    this.error = ApiError.from(failure);
    this.render();
  }

  async load(range) {
    if (range) this.range = { ...this.range, ...range };
    this.phase = 'loading';
    this.render();
    const query = new URLSearchParams(this.range);
    // Which model answers the sidebar now (and why the gate let it live): a failure here hides
    // the line, never the figures.
    const model = this.api.request('GET', '/api/v1/model').catch(() => null);
    try {
      this.stats = await this.api.request('GET', `/api/v1/stats?${query}`);
      this.model = await model;
    } catch (failure) {
      this.fail(failure);
      return;
    }
    this.phase = 'ready';
    this.error = null;
    this.render();
  }

  render() {
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
    this.specs = this.phase === 'ready' ? chartSpecs(this.stats, (k, v) => this.t(k, v), percent) : [];
    const body = this.phase === 'ready' ? this.content(this.stats)
      : this.phase === 'error' ? this.errorView()
        : el('p', { class: 'rfh-dash__empty', 'data-testid': 'loading', text: this.t('loading') });
    replaceChildren(this.root,
      el('h1', { text: this.t('title') }),
      el('p', { class: 'rfh-dash__intro', text: this.t('intro') }),
      this.rangeForm(),
      body);
    if (this.phase === 'ready') this.drawCharts();
  }

  rangeForm() {
    const from = el('input', { type: 'date', name: 'from', value: this.range.from, required: true,
      'data-testid': 'range-from' });
    const to = el('input', { type: 'date', name: 'to', value: this.range.to, required: true,
      'data-testid': 'range-to' });
    const bucket = el('select', { name: 'bucket', 'data-testid': 'range-bucket' },
      ['week', 'month', 'day'].map((b) => el('option', { value: b, selected: b === this.range.bucket,
        text: this.t(`bucket_${b}`) })));
    const submit = (event) => {
      event.preventDefault();
      if (from.value && to.value) this.load({ from: from.value, to: to.value, bucket: bucket.value });
    };
    return el('form', { class: 'rfh-dash__range', onsubmit: submit, 'data-testid': 'range' },
      el('label', {}, this.t('from'), from),
      el('label', {}, this.t('to'), to),
      el('label', {}, this.t('bucket'), bucket),
      el('button', { type: 'submit', class: 'c-btn c-btn--primary', disabled: this.phase === 'loading',
        'data-testid': 'range-apply', text: this.t('apply') }));
  }

  errorView() {
    return el('div', { class: 'c-callout c-callout--error', role: 'alert', 'data-testid': 'error' },
      el('p', { text: this.error && this.error.message ? this.error.message : this.t('error') }),
      this.api ? el('button', { class: 'c-btn c-btn--sm', text: this.t('retry'),
        onclick: () => this.load() }) : null);
  }

  card(testid, value, label, tone) {
    return el('div', { class: `rfh-dash__card${tone ? ` rfh-dash__card--${tone}` : ''}`, 'data-testid': testid },
      el('div', { class: 'rfh-dash__card-value', text: value }),
      el('div', { class: 'rfh-dash__card-label', text: label }));
  }

  duration(seconds) {
    if (seconds === null || seconds === undefined) return '–';
    const hours = seconds / 3600;
    return hours < 48 ? this.t('hours', { n: hours.toFixed(1) }) : this.t('days', { n: (hours / 24).toFixed(1) });
  }

  content(stats) {
    const totals = stats.totals;
    const goal = stats.goal.rfh_rate;
    const tone = totals.goal_met === null ? null : totals.goal_met ? 'good' : 'bad';
    const cards = el('section', { class: 'rfh-dash__cards', 'aria-label': this.t('summary') },
      this.card('card-rate', percent(totals.rfh_rate), this.t('card_rate', { goal: percent(goal) }), tone),
      this.card('card-tickets', String(totals.tickets), this.t('card_tickets')),
      this.card('card-rfhs', String(totals.rfhs), this.t('card_rfhs')),
      this.card('card-outside', String(totals.rfhs_outside_engineering), this.t('card_outside')),
      this.card('card-defects', String(totals.defects), this.t('card_defects')),
      this.card('card-docs', percent(stats.docs_updates.share), this.t('card_docs')),
      this.card('card-delay', this.duration(stats.time_to_escalation.median_seconds), this.t('card_delay')),
      this.card('card-issues', `${stats.issues.open} / ${stats.issues.closed}`, this.t('card_issues')));
    // A chart with nothing to draw says so, instead of an empty frame of axes.
    const chart = (spec) => el('section', { class: 'rfh-dash__panel' },
      el('h2', { text: spec.title }),
      spec.config
        ? el('div', { class: 'rfh-dash__chart' }, el('canvas', { 'data-testid': spec.testid, role: 'img', 'aria-label': spec.title }))
        : el('p', { class: 'rfh-dash__empty', 'data-testid': `${spec.testid}-empty`, text: spec.empty }));
    return el('div', {},
      cards,
      this.modelLine(this.model),
      el('div', { class: 'rfh-dash__grid' },
        ...this.specs.map(chart),
        this.openTable(stats.open_rfhs),
        this.table('table-priorities', this.t('table_priorities'),
          [this.t('col_priority'), this.t('col_rfhs'), this.t('col_defects'), this.t('col_share')],
          stats.priorities.map((p) => [p.priority, p.rfhs, p.defects, percent(p.share)])),
        this.table('table-overrides', this.t('table_overrides'),
          [this.t('col_team'), this.t('col_feedback'), this.t('col_overrides'), this.t('col_rate')],
          stats.overrides.by_team.map((o) => [o.name, o.feedback, o.overrides, percent(o.rate)])),
        this.table('table-customers', this.t('table_customers'),
          [this.t('col_customer'), this.t('col_rfhs'), this.t('col_defects'), this.t('col_total')],
          stats.customers.items.map((c) => [c.customer || this.t('none_recorded'), c.rfhs, c.defects, c.total]))),
      weeklyAsksSection(stats.weekly_asks, (k, v) => this.strings.t(k, v)));
  }

  modelLine(model) {
    const live = model && model.live;
    if (!live) return null;
    const vars = { version: live.served_here != null ? live.served_here : live.version,
      since: live.promoted_at ? live.promoted_at.slice(0, 10) : '–',
      reason: live.verdict && live.verdict.reason };
    return el('p', { class: 'rfh-dash__intro', 'data-testid': 'model-version',
      text: this.t(vars.reason ? 'model_live_reason' : 'model_live', vars) });
  }

  table(testid, title, headings, rows, rowClass, wide) {
    const body = rows.length
      ? el('table', { 'data-testid': testid },
        el('thead', {}, el('tr', {}, headings.map((h, i) => el('th', { class: i ? 'num' : null, text: h })))),
        el('tbody', {}, rows.map((row, r) => el('tr', { class: rowClass ? rowClass(r) : null },
          row.map((cell, i) => (cell instanceof Node ? el('td', {}, cell)
            : el('td', { class: i ? 'num' : null, text: String(cell) })))))))
      : el('p', { class: 'rfh-dash__empty', 'data-testid': `${testid}-empty`, text: this.t('empty') });
    return el('section', { class: `rfh-dash__panel${wide ? ' rfh-dash__panel--wide' : ''}` },
      el('h2', { text: title }), body);
  }

  openTable(backlog) {
    const busiest = busiestTeam(backlog.by_team);
    const section = this.table('table-open', this.t('table_open', { n: backlog.total }),
      [this.t('col_team'), this.t('col_open'), ...PRIORITIES, this.t('col_oldest')],
      backlog.by_team.map((t) => [t.name, t.open, ...PRIORITIES.map((p) => t.by_priority[p] || 0),
        this.t('days', { n: t.oldest_days })]),
      (r) => (busiest && r === 0 ? 'rfh-dash__busiest' : null), true);
    if (busiest) {
      section.appendChild(el('p', { class: 'rfh-dash__flag', 'data-testid': 'busiest',
        text: this.t('busiest', { team: busiest.name }) }));
    }
    const oldest = backlog.items.slice().sort((a, b) => b.age_days - a.age_days).slice(0, 5);
    if (oldest.length) {
      section.appendChild(el('p', { class: 'rfh-dash__empty', text: this.t('oldest_items') }));
      section.appendChild(el('ul', { 'data-testid': 'oldest' }, oldest.map((item) => {
        const href = safeHref(item.issue_url);
        const label = this.t('item', { number: item.issue_number, team: item.team, priority: item.priority,
          days: item.age_days });
        return el('li', {}, href ? el('a', { href, target: '_blank', rel: 'noopener', text: label }) : label);
      })));
    }
    return section;
  }

  drawCharts() {
    if (!this.Chart) return; // the library failed to load: the figures and tables still show
    for (const spec of this.specs) {
      if (!spec.config) continue;
      const canvas = this.root.querySelector(`[data-testid="${spec.testid}"]`);
      this.charts.push(new this.Chart(canvas, spec.config));
    }
  }
}

const root = document.getElementById('dashboard');
if (root && window.ZAFClient) {
  window.rfhDashboard = new Dashboard(window.ZAFClient.init(), root);
  window.rfhDashboard.start();
}
