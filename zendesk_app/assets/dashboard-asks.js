// The dashboard's weekly asks table (its own module: dashboard.js only places it): per ISO week,
// tickets, team asks and how many of them still needed engineering, engineering asks, RFHs, and
// the share of tickets that reached engineering against the 10% goal (defects not counted).
import { el } from './dom.js';

function share(value) {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}

export function weeklyAsksSection(weeks, t) {
  const heads = ['week', 'tickets', 'team_asks', 'needing', 'engineering_asks', 'rfhs', 'reached']
    .map((key, i) => el('th', { class: i ? 'num' : null, text: t(`weekly_asks.col_${key}`) }));
  const rows = (weeks || []).map((w) => {
    const over = w.engineering_rate !== null && w.engineering_rate > w.goal;
    const cells = [w.week, w.tickets, w.team_asks, w.team_asks_needing_engineering,
      w.engineering_asks, w.rfhs, `${w.reached_engineering} (${share(w.engineering_rate)})`];
    return el('tr', { class: over ? 'rfh-dash__busiest' : null },
      cells.map((cell, i) => el('td', { class: i ? 'num' : null, text: String(cell) })));
  });
  const body = rows.length
    ? el('table', { 'data-testid': 'table-weekly-asks' }, el('thead', {}, el('tr', {}, heads)),
      el('tbody', {}, rows))
    : el('p', { class: 'rfh-dash__empty', 'data-testid': 'table-weekly-asks-empty',
      text: t('weekly_asks.empty') });
  return el('section', { class: 'rfh-dash__panel rfh-dash__panel--wide', 'data-testid': 'weekly-asks' },
    el('h2', { text: t('weekly_asks.title') }),
    el('p', { class: 'rfh-dash__empty', text: t('weekly_asks.intro') }),
    body);
}
