// "Seen before": past escalations and solved tickets like this one, drawn above Escalate so an
// agent can answer from a past case before asking engineering. Text only through el() (text
// nodes); links only through safeHref.
import { el, percent, safeHref } from './dom.js';

const ANSWER_CHARS = 280;

// One line per past ticket: "#123, RFH closed, docs updated".
export function seenLine(item, t) {
  const parts = [t('sidebar.seen_ticket', { id: item.ticket_id == null ? '?' : item.ticket_id })];
  const issue = item.issue;
  if (issue) {
    const kind = t(`sidebar.seen_kind_${issue.kind === 'defect' ? 'defect' : 'rfh'}`);
    parts.push(t(issue.state === 'closed' ? 'sidebar.seen_closed' : 'sidebar.seen_open', { kind }));
  }
  if (item.resolution && item.resolution.status) parts.push(t('sidebar.seen_solved'));
  if (item.docs_update) parts.push(t('sidebar.seen_docs'));
  return parts.join(', ');
}

function answerText(text) {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  return flat.length > ANSWER_CHARS ? `${flat.slice(0, ANSWER_CHARS - 1)}…` : flat;
}

function item(entry, t) {
  const issue = entry.issue;
  const issueHref = issue && safeHref(issue.url);
  const resolution = entry.resolution || {};
  const docsHref = resolution.docs_url && safeHref(resolution.docs_url);
  return el('li', { class: 'rfh-seen', 'data-testid': 'seen-before-item' },
    el('strong', { 'data-testid': 'seen-before-line' }, seenLine(entry, t)),
    el('div', { class: 'rfh-muted' }, t('sidebar.seen_detail', {
      subject: entry.subject || '', team: entry.team_name || entry.team,
      percent: percent(entry.score) })),
    issueHref && el('a', { href: issueHref, target: '_blank', rel: 'noopener noreferrer',
      'data-testid': 'seen-before-issue' }, t('sidebar.seen_issue', { number: issue.number })),
    resolution.text && el('p', { 'data-testid': 'seen-before-answer' },
      t('sidebar.seen_answer', { text: answerText(resolution.text) })),
    docsHref && el('a', { href: docsHref, target: '_blank', rel: 'noopener noreferrer',
      'data-testid': 'seen-before-docs' }, t('sidebar.seen_docs_link')));
}

// The section, or nothing when no past ticket is close enough.
export function seenBefore(suggestion, t) {
  const similar = (suggestion && suggestion.similar) || [];
  if (similar.length === 0) return null;
  return el('section', { class: 'rfh-section', 'data-testid': 'seen-before' },
    el('h2', { class: 'rfh-heading' }, t('sidebar.seen_heading')),
    el('ul', { class: 'rfh-list' }, similar.slice(0, 3).map((entry) => item(entry, t))));
}
