// Sidebar sections that fold, and the slots where other modules add their own blocks. Every block
// (the core's and any added later: "Seen before", "Ask my team"...) uses collapsible(), so they
// look and fold alike and the sidebar stays short at 320 px.
import { el } from './dom.js';

// A <details> section: heading and a one-line summary always visible, the body folded away.
// `open` is the agent's last choice for this id, else `openByDefault`; toggling records it
// through actions.fold without redrawing (the browser already shows the new state).
export function collapsible({ id, title, summary, openByDefault = true, testid }, actions, ...body) {
  const remembered = actions && actions.isOpen ? actions.isOpen(id) : undefined;
  const open = remembered === undefined ? openByDefault : remembered;
  const details = el('details', { class: 'rfh-section rfh-fold', 'data-testid': testid || id,
    'data-section': id, open },
  el('summary', { class: 'rfh-fold__summary' },
    el('span', { class: 'rfh-heading' }, title),
    summary && el('span', { class: 'rfh-fold__note', 'data-testid': `${testid || id}-summary` }, summary)),
  el('div', { class: 'rfh-fold__body' }, ...body));
  details.addEventListener('toggle', () => {
    if (actions && actions.fold && details.open !== open) actions.fold(id, details.open);
  });
  return details;
}

// Extra blocks, drawn in order at their place: 'before-actions' (above Escalate) or
// 'after-actions' (below it). A block is { id, place, render(state, actions, t) } returning a
// node (or null to draw nothing); a module adds itself with addBlock() before the app starts.
const BLOCKS = [];

export function addBlock(block) {
  if (!block || !block.id || typeof block.render !== 'function') throw new Error('addBlock: {id, render} needed');
  if (!BLOCKS.some((b) => b.id === block.id)) BLOCKS.push({ place: 'after-actions', ...block });
}

export function blocksAt(place, state, actions, t) {
  return BLOCKS.filter((b) => b.place === place).map((b) => {
    try {
      return b.render(state, actions, t);
    } catch (error) {
      // One broken block must not blank the sidebar: the suggestion and Escalate still show.
      console.error(`sidebar block ${b.id}:`, error); // eslint-disable-line no-console
      return null;
    }
  });
}
