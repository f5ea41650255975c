// The public defect's draft in the confirm step: an editable title and body, what the service
// removed before publishing, the body's lines that hold a removal (or a private value the service
// still found) with it marked, and after a refusal what to fix. Text only via el(), never innerHTML.
import { el } from './dom.js';
import { leakItems, markedLines } from './marks.js';

export const TITLE_MAX = 256;
export const BODY_MAX = 60000;

// The escalation state after a refused filing: back in the editor with the edits, and either the
// private values to fix (listed as the text stood, so the list stays put while they edit) or the
// error in plain words.
export function refusedDraft(current, draft, error, describe) {
  const next = { kind: current.kind, preview: current.preview, draft, phase: 'confirm',
    request: current.request, marksOpen: current.marksOpen, leak: null, fileError: null };
  if (error.code === 'private_data_in_public_issue') {
    const details = Array.isArray(error.details) ? error.details : [];
    next.leak = { message: error.message, details,
      items: leakItems(`${draft.title}\n${draft.body}`, details) };
  } else {
    next.fileError = describe(error);
  }
  return next;
}

export function draftEditor(esc, actions, t) {
  const draft = esc.draft || { title: '', body: '' };
  const listed = esc.preview && esc.preview.issue && esc.preview.issue.redactions;
  const redactions = Array.isArray(listed) ? listed : [];
  const leaks = (esc.leak && esc.leak.details) || [];
  const disabled = esc.phase === 'filing';
  const marked = el('div', { class: 'rfh-pre rfh-marked', 'data-testid': 'draft-marked' },
    markedLines(draft.body, redactions, leaks, t('sidebar.draft_marked_none')));
  const title = el('input', { id: 'draft-title', class: 'c-field__input rfh-draft__title',
    type: 'text', maxlength: String(TITLE_MAX), 'data-testid': 'draft-title', disabled,
    oninput: (event) => actions.editDraft('title', event.currentTarget.value) });
  title.value = draft.title;
  const body = el('textarea', { id: 'draft-body', class: 'c-field__input c-field__input--area rfh-draft__body',
    rows: '8', maxlength: String(BODY_MAX), spellcheck: 'true', 'data-testid': 'draft-body', disabled,
    oninput: (event) => {
      actions.editDraft('body', event.currentTarget.value);
      // Redraw only the marked copy: re-rendering the sidebar would take the caret away.
      marked.replaceChildren(...markedLines(event.currentTarget.value, redactions, leaks,
        t('sidebar.draft_marked_none')));
    } });
  body.value = draft.body;
  const marks = el('details', { class: 'rfh-draft__marks', 'data-testid': 'draft-marks',
    open: Boolean(esc.marksOpen || leaks.length) },
  el('summary', {}, t('sidebar.draft_show_marked')), marked);
  marks.addEventListener('toggle', () => actions.toggleMarks(marks.open));
  if (leaks.length) requestAnimationFrame(() => scrollToFirstLeak(marked));
  return el('div', { class: 'rfh-draft', 'data-testid': 'draft' },
    el('p', { class: 'rfh-muted' }, t('sidebar.draft_public_note')),
    esc.leak && leakCallout(esc.leak, t),
    esc.fileError && el('div', { class: 'c-callout c-callout--error', role: 'alert',
      'data-testid': 'draft-error' },
    el('strong', { class: 'c-callout__title' }, t('sidebar.error_prefix')),
    el('p', { class: 'c-callout__paragraph' }, esc.fileError)),
    el('div', { class: 'c-field c-field--compact' },
      el('label', { class: 'c-field__label', for: 'draft-title' }, t('sidebar.confirm_title')), title),
    el('div', { class: 'c-field c-field--compact' },
      el('label', { class: 'c-field__label', for: 'draft-body' }, t('sidebar.confirm_body')), body),
    Array.isArray(listed) && removedSummary(redactions, t),
    marks);
}

// "Removed before publishing: 2 e-mail addresses, 1 host", or that nothing needed removing.
function removedSummary(redactions, t) {
  const parts = redactions.filter((r) => Number(r.count) > 0).map((r) => removedPart(r, t));
  return el('p', { class: 'rfh-removed', 'data-testid': 'draft-removed' },
    parts.length ? t('sidebar.draft_removed', { items: parts.join(', ') })
      : t('sidebar.draft_removed_none'));
}

function removedPart(redaction, t) {
  const count = Number(redaction.count);
  const key = `sidebar.removed_kinds.${redaction.kind}.${count === 1 ? 'one' : 'other'}`;
  const text = t(key, { count });
  // A kind this sidebar has no words for yet still says how many, and how it reads in the text.
  return text === key ? t('sidebar.removed_other_kind', { count, placeholder: redaction.placeholder })
    : text;
}

function leakCallout(leak, t) {
  return el('div', { class: 'c-callout c-callout--error', role: 'alert', 'data-testid': 'draft-leak' },
    el('strong', { class: 'c-callout__title' }, t('sidebar.leak_title')),
    el('p', { class: 'c-callout__paragraph' }, t('sidebar.leak_detail')),
    el('ul', { class: 'rfh-list rfh-leaks' }, (leak.items || []).map((d) =>
      el('li', { 'data-testid': 'draft-leak-item' },
        el('span', { class: 'rfh-muted' }, kindName(d.kind, t), ': '),
        el('mark', { class: 'rfh-mark rfh-mark--leak' }, String(d.value || ''))))));
}

function kindName(kind, t) {
  const key = `sidebar.leak_kinds.${kind}`;
  const text = t(key);
  return text === key ? String(kind || '').replace(/_/g, ' ') : text;
}

// Inside the marked box only (scrollIntoView would also move the Zendesk page around the app).
function scrollToFirstLeak(box) {
  const first = box.querySelector('.rfh-mark--leak');
  if (first) box.scrollTop += first.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
}
