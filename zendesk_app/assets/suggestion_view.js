// The suggestion blocks: team, priority and the details to gather. They show what the ticket will
// be escalated with: the agent's own choice once they changed it (and that it was changed), not
// the suggestion they overrode.
import { el, percent } from './dom.js';
import { collapsible } from './sections.js';

function section(title, testid, ...children) {
  return el('section', { class: 'rfh-section', 'data-testid': testid },
    el('h2', { class: 'rfh-heading' }, title), ...children);
}

function chosenTeam(s, state) {
  const teams = (state.config && state.config.teams) || [];
  if (!state.team || state.team === s.team.key) return { ...s.team, changed: false };
  const team = teams.find((x) => x.key === state.team);
  return team ? { ...team, changed: true } : { ...s.team, changed: false };
}

function changedNote(testid, text) {
  return el('div', { class: 'rfh-changed', 'data-testid': testid },
    el('span', { class: 'c-tag c-tag--yellow c-tag--pill' }, el('span', {}, text[0])), ' ', text[1]);
}

export function teamSection(s, state, actions, t) {
  const team = chosenTeam(s, state);
  const pct = percent(s.team.confidence);
  const subject = state.ticket && state.ticket.subject;
  return section(t(team.changed ? 'sidebar.team_heading_chosen' : 'sidebar.team_heading'), 'team',
    subject && el('div', { class: 'rfh-muted rfh-for', 'data-testid': 'for-ticket' },
      t('sidebar.for_ticket', { subject })),
    el('div', { class: 'rfh-team-name', 'data-testid': 'team-name', 'data-team': team.key }, team.name),
    team.changed && changedNote('team-changed', [t('sidebar.changed'),
      t('sidebar.suggested_was', { name: s.team.name, percent: pct })]),
    // The bar and its figure on one row: "[=====     ] Confidence 35% · model v1".
    !team.changed && el('div', { class: 'rfh-confidence' },
      el('div', { class: `rfh-bar${s.confident ? '' : ' rfh-bar--low'}`, role: 'progressbar',
        'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(pct),
        'aria-label': t('sidebar.confidence', { percent: pct }) },
      el('div', { class: 'rfh-bar__fill', style: { width: `${pct}%` } })),
      el('div', { class: 'rfh-muted', 'data-testid': 'confidence' },
        t('sidebar.confidence', { percent: pct }),
        s.model_version != null && el('span', { 'data-testid': 'model-version' },
          ` · ${t('sidebar.model_version', { version: s.model_version })}`))),
    // Channel and handle on one line: "#discuss-cloud-ops · @cloud-support".
    el('div', { class: 'rfh-facts', 'aria-label': t('sidebar.channel') },
      el('span', { 'data-testid': 'channel', title: t('sidebar.channel') }, team.channel),
      team.handle && el('span', { class: 'rfh-muted' }, ' · '),
      team.handle && el('span', { 'data-testid': 'handle', title: t('sidebar.handle') }, team.handle)),
    why(s, state, actions, t));
}

function why(s, state, actions, t) {
  const evidence = (s.evidence || []).find((e) => e.team === s.team.key) || {};
  const rules = evidence.rules || [];
  const alerts = evidence.alerts || [];
  const terms = evidence.terms || [];
  const similar = evidence.similar_tickets || [];
  const details = el('details', { class: 'rfh-why', 'data-testid': 'why', open: state.whyOpen },
    el('summary', {}, t('sidebar.why')),
    rules.map((r) => el('div', { class: 'rfh-why__rule' },
      el('div', { class: 'rfh-muted' }, t('sidebar.why_rules', { section: r.section || r.route })),
      el('div', { class: 'rfh-tags' }, (r.phrases || []).map((p) =>
        el('span', { class: 'c-tag c-tag--grey c-tag--pill' }, el('span', {}, p)))))),
    alerts.length > 0 && el('p', {}, t('sidebar.why_alerts', { alerts: alerts.join(', ') })),
    terms.length > 0 && el('p', {}, t('sidebar.why_terms', { terms: terms.map(termText).join(', ') })),
    similar.slice(0, 2).map((m) => el('p', { 'data-testid': 'why-similar' },
      t('sidebar.why_similar', { id: m.ticket_id, team: s.team.name, priority: m.priority }))),
    rules.length + alerts.length + terms.length + similar.length === 0 && el('p', { class: 'rfh-muted' }, t('sidebar.why_nothing')));
  details.addEventListener('toggle', () => actions.toggleWhy(details.open));
  return details;
}

function termText(term) {
  if (Array.isArray(term)) return String(term[0]);
  if (term && typeof term === 'object') return String(term.term || term.word || '');
  return String(term);
}

export function choices(s, state, actions, t) {
  return el('section', { class: 'rfh-section', 'data-testid': 'choices' },
    el('p', { class: 'rfh-heading' }, t('sidebar.not_confident')),
    el('div', { class: 'rfh-choices' }, (s.alternatives || []).slice(0, 3).map((alt) =>
      el('button', { type: 'button', 'data-team': alt.key,
        class: `c-btn c-btn--sm c-btn--full${state.team === alt.key ? ' c-btn--primary' : ''}`,
        'aria-pressed': state.team === alt.key ? 'true' : 'false',
        onclick: () => actions.chooseTeam(alt.key) },
      t('sidebar.choice', { name: alt.name, percent: percent(alt.confidence) })))));
}

export function prioritySection(s, state, actions, t) {
  const label = state.priority || s.priority.label;
  const changed = label !== s.priority.label;
  const reasons = s.priority.reasons || [];
  // The label, then "Why se/p2" folded beside it: the reasons open under the row when asked for.
  return section(t(changed ? 'sidebar.priority_heading_chosen' : 'sidebar.priority_heading'), 'priority',
    el('div', { class: 'rfh-priority' },
      el('span', { class: 'c-tag c-tag--lg c-tag--kale', 'data-testid': 'priority-label' },
        el('span', {}, label)),
      reasons.length > 0 && el('details', { class: 'rfh-why rfh-priority__why', 'data-testid': 'priority-why' },
        el('summary', {}, t('sidebar.priority_why', { label: s.priority.label })),
        el('ul', { class: 'rfh-list' }, reasons.map((r) => el('li', {}, r))))),
    changed && changedNote('priority-changed', [t('sidebar.changed'),
      t('sidebar.suggested_priority_was', { label: s.priority.label })]));
}

// The handbook's checklist: open while details are still to gather, folded once every one is
// ticked (the agent asked for them); its summary line says how far along it is.
export function missingSection(s, state, actions, t) {
  const missing = s.missing_details || [];
  const checked = state.checked || {};
  const done = missing.filter((m) => checked[m.key]).length;
  const summary = missing.length === 0 ? t('sidebar.missing_none')
    : t('sidebar.missing_progress', { done, total: missing.length });
  return collapsible({ id: 'missing', testid: 'missing', title: t('sidebar.missing_heading'), summary,
    openByDefault: missing.length > 0 && done < missing.length }, actions,
  missing.length === 0 ? null
    : el('ul', { class: 'rfh-checklist' }, missing.map((m) => el('li', {},
      // One line per detail (the question in full on hover and when the line is focused).
      el('label', { class: 'rfh-check rfh-check--line', title: `${m.label}: ${m.ask}` },
        el('input', { type: 'checkbox', class: 'rfh-check__box', 'data-key': m.key,
          checked: Boolean(checked[m.key]),
          onchange: (event) => actions.check(m.key, event.currentTarget.checked) }),
        el('span', { class: 'rfh-check__text' }, el('strong', {}, m.label), ' — ', m.ask))))));
}
