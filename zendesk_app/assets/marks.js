// Where a draft's removals and the private values the service reported stand in its text, as
// ranges: the sidebar marks them, and lists each leaked passage once (the service reports a
// private note as its overlapping six-word runs, which read as one passage to fix).
import { el } from './dom.js';

// The placeholders the service writes in place of what it removed; the preview's own list adds
// any new one, so a placeholder the service adds later is still marked.
const KNOWN_PLACEHOLDERS = /\[(?:redacted-[a-z-]+|customer|name|repository)\]/;
const WORD = /[\p{L}\p{N}_]+/gu;
const BETWEEN_WORDS = '[^\\p{L}\\p{N}_]+';
const ONLY_SEPARATORS = /^[^\p{L}\p{N}_\n]*$/u;

// A run of words from a private note matches whatever spacing and punctuation the draft puts
// between its words (the service compares words); any other value matches as written.
function valuePattern(finding) {
  const value = String(finding.value || '');
  if (finding.kind === 'private_comment') {
    const words = value.match(WORD) || [];
    if (words.length) return new RegExp(words.map(escapeRegExp).join(BETWEEN_WORDS), 'giu');
  }
  return value ? new RegExp(escapeRegExp(value), 'giu') : null;
}

function leakRanges(text, findings) {
  const ranges = [];
  for (const finding of findings) {
    const pattern = valuePattern(finding);
    if (!pattern) continue;
    for (const m of text.matchAll(pattern)) {
      if (m[0].length) ranges.push({ start: m.index, end: m.index + m[0].length, kind: finding.kind });
    }
  }
  return merge(ranges, text);
}

// Overlapping ranges become one, and so do ranges of one kind with only spaces and punctuation
// between them on the same line.
function merge(ranges, text) {
  const out = [];
  for (const r of ranges.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    const touching = last && (r.start <= last.end
      || (r.kind === last.kind && ONLY_SEPARATORS.test(text.slice(last.end, r.start))));
    if (touching) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

// What to fix, once each: the leaked passages as they stand in the text, then any reported
// value the text does not show as such (e.g. found in the Slack hand-off).
export function leakItems(text, findings) {
  const list = Array.isArray(findings) ? findings : [];
  const seen = new Set();
  const items = [];
  const add = (kind, value) => {
    const key = `${kind}\u0000${value.toLowerCase()}`;
    if (value && !seen.has(key)) { seen.add(key); items.push({ kind, value }); }
  };
  for (const r of leakRanges(text, list)) add(r.kind, text.slice(r.start, r.end));
  for (const f of list) {
    const pattern = valuePattern(f);
    if (pattern && !pattern.test(text)) add(f.kind, String(f.value));
  }
  return items;
}

// The lines of the body that hold a placeholder or a reported private value, each in a <mark>;
// the other lines are in the editor above, so they are left out to keep the sidebar short.
export function markedLines(body, redactions, findings, noneText) {
  const text = String(body || '');
  const leaks = leakRanges(text, findings).map((r) => ({ ...r, leak: true }));
  const listed = redactions.map((r) => escapeRegExp(String(r.placeholder || ''))).filter(Boolean);
  const removals = [...text.matchAll(new RegExp([KNOWN_PLACEHOLDERS.source, ...listed].join('|'), 'g'))]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, leak: false }))
    .filter((r) => r.end > r.start && !leaks.some((l) => r.start < l.end && l.start < r.end));
  const ranges = [...leaks, ...removals].sort((a, b) => a.start - b.start);
  const lines = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const node = markedLine(line, offset, ranges);
    if (node) lines.push(node);
    offset += line.length + 1;
  }
  return lines.length ? lines : [el('div', { class: 'rfh-muted' }, noneText)];
}

function markedLine(line, offset, ranges) {
  const nodes = [];
  let last = 0;
  for (const r of ranges) {
    const start = Math.max(r.start - offset, last);
    const end = Math.min(r.end - offset, line.length);
    if (end <= start) continue;
    if (start > last) nodes.push(line.slice(last, start));
    nodes.push(el('mark', { class: `rfh-mark${r.leak ? ' rfh-mark--leak' : ''}`,
      'data-testid': r.leak ? 'marked-leak' : 'marked-removal' }, line.slice(start, end)));
    last = end;
  }
  if (nodes.length === 0) return null;
  if (last < line.length) nodes.push(line.slice(last));
  return el('div', { class: 'rfh-marked__line' }, nodes);
}

function escapeRegExp(value) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
