// Ask my team (handbook Step 2) and Ask engineering (no issue): two buttons beside Escalate, the
// answer with the Slack permalink, and the permalink line the Escalate result shows. Kept apart
// from view.js and app.js, which only call asksSection(), slackLine() and ask().
import { el, safeHref } from './dom.js';

// The flow: one request per kind however often it is clicked; the answer goes on state.ask.
export function ask(app, kind) {
  return app.once(`ask-${kind}`, async () => {
    app.set({ ask: { kind, phase: 'posting' } });
    try {
      const result = await app.api.escalate(app.escalationBody(kind));
      app.set({ ask: { kind, phase: 'done', result } });
    } catch (error) {
      app.set({ ask: { kind, phase: 'error', error: app.describe(error) } });
    }
  });
}

function isDefect(state) {
  // The handbook skips asking the team first for defects.
  const esc = state.escalation;
  return (esc && esc.kind === 'defect')
    || (state.linked || []).some((x) => x.kind === 'defect');
}

export function asksSection(state, actions, t) {
  const current = state.ask;
  const busy = current && current.phase === 'posting';
  const buttons = [];
  if (!isDefect(state)) {
    buttons.push(el('button', { type: 'button', class: 'c-btn c-btn--sm c-btn--basic',
      'data-testid': 'ask-team', disabled: Boolean(busy), onclick: () => actions.ask('team') },
    t('asks.ask_team')));
  }
  buttons.push(el('button', { type: 'button', class: 'c-btn c-btn--sm c-btn--basic',
    'data-testid': 'ask-engineering', disabled: Boolean(busy),
    onclick: () => actions.ask('ask') }, t('asks.ask_engineering')));
  return el('section', { class: 'rfh-section rfh-asks', 'data-testid': 'asks' },
    el('p', { class: 'rfh-muted' }, t('asks.intro')),
    el('div', { class: 'rfh-row' }, buttons),
    current && askPanel(current, actions, t));
}

function askPanel(current, actions, t) {
  if (current.phase === 'posting') return el('p', { class: 'rfh-muted' }, t('sidebar.working'));
  if (current.phase === 'error') {
    return el('p', { class: 'rfh-warn', 'data-testid': 'ask-error' }, current.error);
  }
  const result = current.result || {};
  const slack = result.slack || {};
  return el('div', { class: 'rfh-panel', 'data-testid': 'ask-result' },
    el('p', { 'data-testid': 'ask-message' }, result.message || ''),
    slackLine(slack, t),
    (result.warnings || []).map((w) => el('p', { class: 'rfh-warn', 'data-testid': 'ask-warning' }, w)),
    !slack.posted && slack.text && el('div', {},
      el('pre', { class: 'rfh-pre', 'data-testid': 'ask-text' }, slack.text),
      el('button', { type: 'button', class: 'c-btn c-btn--sm', 'data-testid': 'copy-ask',
        onclick: () => actions.copySlack(slack.text) }, t('sidebar.copy_slack'))));
}

// "Posted in #channel — open in Slack" once Slack took the message; nothing otherwise.
export function slackLine(slack, t) {
  const href = slack && slack.posted ? safeHref(slack.permalink) : null;
  if (!slack || !slack.posted) return null;
  return el('p', { class: 'rfh-ok', 'data-testid': 'slack-posted' },
    t('asks.posted_in', { channel: slack.channel || '' }), ' ',
    href && el('a', { href, target: '_blank', rel: 'noopener noreferrer',
      'data-testid': 'slack-permalink' }, t('asks.open_in_slack')));
}

// The same section as a block for sections.js's addBlock() (the reworked sidebar's slots).
export const ASKS_BLOCK = { id: 'asks', place: 'after-actions', render: asksSection };
