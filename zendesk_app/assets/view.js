// Drawing the sidebar from the App's state, top to bottom, with Garden classes. Text only via
// el() (text nodes), never innerHTML.
import { ASKS_BLOCK, slackLine } from './asks.js';
import { el, safeHref } from './dom.js';
import { draftEditor } from './draft.js';
import { addBlock, blocksAt } from './sections.js';
import { seenBefore } from './similar.js';
import { choices, missingSection, prioritySection, teamSection } from './suggestion_view.js';

// The optional blocks, each in its own module, drawn in the slots sections.js keeps.
addBlock({ id: 'seen-before', place: 'before-actions',
  render: (state, actions, t) => seenBefore(state.suggestion, t) });
addBlock({ ...ASKS_BLOCK, render: (state, actions, t) => (actions.ask ? ASKS_BLOCK.render(state, actions, t) : null) });

export function renderSidebar(state, actions, t) {
  if (state.phase === 'loading' && !state.suggestion) {
    return el('p', { class: 'rfh-muted', 'data-testid': 'loading' }, t('sidebar.loading'));
  }
  if (state.phase === 'error') return errorCallout(state.error, actions.retryLoad, t, 'load-error');
  const s = state.suggestion;
  const preview = Boolean((state.config && state.config.preview) || (s && s.preview));
  return el('div', { class: 'rfh-stack' },
    preview && previewBanner(t),
    state.error && errorCallout(state.error, null, t, 'notice-error'),
    teamSection(s, state, actions, t),
    !s.confident && choices(s, state, actions, t),
    prioritySection(s, state, actions, t),
    missingSection(s, state, actions, t),
    overrideSection(state, actions, t),
    blocksAt('before-actions', state, actions, t),
    escalateSection(state, actions, t, preview),
    blocksAt('after-actions', state, actions, t));
}

// One line says it all ("nothing will be filed"); why is one click away, to keep the sidebar short.
function previewBanner(t) {
  return el('details', { class: 'c-callout c-callout--warning rfh-banner', 'data-testid': 'preview-banner',
    role: 'status' },
  el('summary', { class: 'c-callout__title' }, t('sidebar.preview_banner')),
  el('p', { class: 'c-callout__paragraph' }, t('sidebar.preview_detail')));
}

function errorCallout(message, retry, t, testid) {
  return el('div', { class: 'c-callout c-callout--error', role: 'alert', 'data-testid': testid },
    el('strong', { class: 'c-callout__title' }, t('sidebar.error_prefix')),
    el('p', { class: 'c-callout__paragraph' }, message),
    retry && el('button', { class: 'c-btn c-btn--sm rfh-retry', type: 'button',
      'data-testid': 'retry', onclick: () => retry() }, t('sidebar.retry')));
}

function select(id, label, options, value, onchange) {
  return el('div', { class: 'c-field c-field--compact rfh-field' },
    el('label', { class: 'c-field__label', for: id }, label),
    el('select', { id, class: 'c-field__input c-field__input--select', 'data-testid': id,
      onchange: (event) => onchange(event.target.value) },
    options.map(([key, text]) => el('option', { value: key, selected: key === value }, text))));
}

function overrideSection(state, actions, t) {
  const cfg = state.config || { teams: [], priorities: [] };
  const fb = state.feedback;
  return el('section', { class: 'rfh-section rfh-override', 'data-testid': 'override' },
    el('div', { class: 'rfh-override__fields' },
      select('team-select', t('sidebar.team_label'), cfg.teams.map((x) => [x.key, x.name]),
        state.team, actions.chooseTeam),
      select('priority-select', t('sidebar.priority_label'),
        cfg.priorities.map((p) => [p.label, `${p.label} — ${p.name}`]), state.priority,
        actions.choosePriority)),
    fb.phase === 'saving' && el('p', { class: 'rfh-muted' }, t('sidebar.feedback_saving')),
    fb.phase === 'saved' && el('p', { class: 'rfh-ok', 'data-testid': 'feedback-saved' },
      t('sidebar.feedback_saved')),
    fb.phase === 'error' && errorCallout(fb.error, actions.retryFeedback, t, 'feedback-error'));
}

function linkedItem(state, kind) {
  return (state.linked || []).find((x) => x.kind === kind && x.issue && safeHref(x.issue.url));
}

function issueLink(issue, t, testid) {
  return el('a', { href: safeHref(issue.url), target: '_blank', rel: 'noopener noreferrer',
    'data-testid': testid },
  t('sidebar.issue_link', { repo: issue.repo || '', number: issue.number || '' }));
}

function escalateSection(state, actions, t, preview) {
  const esc = state.escalation;
  const busy = esc && (esc.phase === 'previewing' || esc.phase === 'filing');
  const buttons = [['rfh', 'sidebar.escalate', 'c-btn--primary', 'sidebar.already_linked'],
    ['defect', 'sidebar.defect', 'c-btn--basic', 'sidebar.already_linked_defect']].map(
    ([kind, label, style, linkedLabel]) => {
      const linked = linkedItem(state, kind);
      const control = linked
        ? el('div', { class: 'rfh-linked', 'data-testid': `linked-${kind}` },
          el('p', {}, t(linkedLabel), ' ', issueLink(linked.issue, t, `linked-link-${kind}`)),
          kind === 'rfh' && docsUpdateBox(linked, actions, t))
        : el('button', { type: 'button', class: `c-btn c-btn--full ${style}`,
          'data-testid': `escalate-${kind}`, disabled: Boolean(busy),
          onclick: () => actions.escalate(kind) }, t(label));
      // The preview, the draft and the result open right under the button that asked for them.
      return [control, esc && esc.kind === kind && escalationPanel(esc, actions, t, preview)];
    });
  return el('section', { class: 'rfh-section rfh-actions', 'data-testid': 'actions' }, buttons);
}

function docsUpdateBox(linked, actions, t) {
  return el('label', { class: 'rfh-check rfh-muted' },
    el('input', { type: 'checkbox', class: 'rfh-check__box', 'data-testid': 'docs-update',
      checked: Boolean(linked.docs_update),
      onchange: (event) => actions.setDocsUpdate(linked.id, event.currentTarget.checked) }),
    el('span', {}, t('sidebar.docs_update')));
}

function escalationPanel(esc, actions, t, preview) {
  if (esc.phase === 'previewing') return el('p', { class: 'rfh-muted' }, t('sidebar.working'));
  if (esc.phase === 'error') {
    return errorCallout(esc.error, esc.retry ? actions.retryEscalation : null, t, 'escalation-error');
  }
  if (esc.phase === 'done') return resultPanel(esc.result, actions, t);
  const issue = (esc.preview && esc.preview.issue) || {};
  const filing = esc.phase === 'filing';
  const defect = esc.kind === 'defect';
  return el('div', { class: 'rfh-panel', 'data-testid': 'confirm' },
    el('h2', { class: 'rfh-heading' },
      t(esc.kind === 'defect' ? 'sidebar.confirm_heading_defect' : 'sidebar.confirm_heading_rfh')),
    preview && el('p', { class: 'rfh-warn', 'data-testid': 'confirm-preview' }, t('sidebar.preview_banner')),
    el('div', { class: 'rfh-muted' }, t('sidebar.confirm_repo')),
    el('div', { 'data-testid': 'confirm-repo' }, issue.repo || ''),
    !defect && el('div', { class: 'rfh-muted' }, t('sidebar.confirm_title')),
    !defect && el('div', { class: 'rfh-issue-title', 'data-testid': 'confirm-title' }, issue.title || ''),
    el('div', { class: 'rfh-muted' }, t('sidebar.confirm_labels')),
    el('div', { class: 'rfh-tags', 'data-testid': 'confirm-labels' }, (issue.labels || []).map((l) =>
      el('span', { class: 'c-tag c-tag--blue' }, el('span', {}, l)))),
    !defect && el('div', { class: 'rfh-muted' }, t('sidebar.confirm_body')),
    !defect && el('pre', { class: 'rfh-pre', 'data-testid': 'confirm-body' }, issue.body || ''),
    defect && draftEditor(esc, actions, t),
    el('div', { class: 'rfh-row' },
      el('button', { type: 'button', class: 'c-btn c-btn--primary c-btn--sm', 'data-testid': 'confirm-file',
        disabled: filing, onclick: (event) => { event.currentTarget.disabled = true; actions.confirm(); } },
      filing ? t('sidebar.working') : t(preview ? 'sidebar.confirm_file_preview' : 'sidebar.confirm_file')),
      el('button', { type: 'button', class: 'c-btn c-btn--basic c-btn--sm', disabled: filing,
        onclick: () => actions.cancel() }, t('sidebar.cancel'))));
}

function resultPanel(result, actions, t) {
  const issue = result.issue || {};
  const slack = result.slack || {};
  const heading = { created: 'sidebar.filed', existing: 'sidebar.existing',
    preview: 'sidebar.preview_result' }[result.status] || 'sidebar.filed';
  const href = safeHref(issue.url);
  return el('div', { class: 'rfh-panel', 'data-testid': 'result' },
    el('h2', { class: 'rfh-heading', 'data-testid': 'result-status' }, t(heading)),
    href && el('p', {}, issueLink(issue, t, 'issue-link')),
    slack.channel && el('p', { 'data-testid': 'result-channel' }, t('sidebar.post_in', { channel: slack.channel })),
    slackLine(slack, t),
    result.ticket_updated && el('p', { class: 'rfh-muted' }, t('sidebar.ticket_updated')),
    (result.warnings || []).map((w) => el('p', { class: 'rfh-warn', 'data-testid': 'result-warning' }, w)),
    slack.text && el('div', {},
      el('div', { class: 'rfh-muted' }, t('sidebar.slack_heading')),
      el('pre', { class: 'rfh-pre', 'data-testid': 'slack-text' }, slack.text),
      el('button', { type: 'button', class: 'c-btn c-btn--sm', 'data-testid': 'copy-slack',
        onclick: () => actions.copySlack(slack.text) }, t('sidebar.copy_slack')),
      actionNote(resultNote(actions, 'copy'), t)),
    result.customer_reply && el('div', {},
      el('div', { class: 'rfh-muted' }, t('sidebar.reply_heading')),
      el('pre', { class: 'rfh-pre', 'data-testid': 'customer-reply' }, result.customer_reply),
      el('button', { type: 'button', class: 'c-btn c-btn--sm', 'data-testid': 'insert-reply',
        onclick: () => actions.insertReply(result.customer_reply) }, t('sidebar.insert_reply')),
      actionNote(resultNote(actions, 'reply'), t)));
}

// The notes ("Copied", "Inserted") live on state; view.js reads them through the actions' owner.
function resultNote(actions, key) {
  return actions.note ? actions.note(key) : null;
}

function actionNote(note, t) {
  return note && el('span', { class: note === 'copy_failed' ? 'rfh-warn' : 'rfh-ok',
    'data-testid': `note-${note}` }, ' ', t(`sidebar.${note}`));
}
