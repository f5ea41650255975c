// Tiny DOM builder: every string becomes a text node, so ticket text can never become markup.

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name === 'style') Object.assign(node.style, value);
    else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name in node && typeof value !== 'string') node[name] = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

export function replaceChildren(node, ...children) {
  while (node.firstChild) node.removeChild(node.firstChild);
  append(node, children);
}

// What a press may be the start of a click on (drawAfterPress).
const CLICKABLE = 'button, a, summary, label, input[type=checkbox], input[type=radio]';

// A click is a press and a release on the same element. A redraw between the two replaces the
// element under the pointer, and the browser then sends the click to neither: an answer arriving
// mid-click (a correction saved, a new suggestion) would swallow the agent's click on Retry or
// Escalate. So while a button is held in `root`, a redraw waits and runs right after the release
// (a task later, once the click has been dispatched), or after `limitMs` at most, so a press let
// go outside the frame never leaves the sidebar stale. Returns draw(fn): fn now, or then.
export function drawAfterPress(root, limitMs = 1000) {
  const doc = root.ownerDocument;
  let pressed = false;
  let pending = null;
  let limit = null;
  const release = () => {
    if (!pressed) return;
    pressed = false;
    clearTimeout(limit);
    const draw = pending;
    pending = null;
    if (draw) draw();
  };
  root.addEventListener('pointerdown', (event) => {
    // Only what a click acts on: a <select> opens its own list and may never see the release.
    if (!(event.target instanceof Element) || !event.target.closest(CLICKABLE)) return;
    pressed = true;
    clearTimeout(limit);
    limit = setTimeout(release, limitMs);
  }, true);
  const afterClick = () => { if (pressed) setTimeout(release, 0); };
  doc.addEventListener('pointerup', afterClick, true);
  doc.addEventListener('pointercancel', afterClick, true);
  return (draw) => {
    if (pressed) pending = draw;
    else draw();
  };
}

// A redraw (say, a new comment re-suggests) must not take the caret out of the draft editor.
export function keepTyping(root) {
  const active = root.ownerDocument.activeElement;
  if (!active || !active.id || !root.contains(active) || !('selectionStart' in active)) return () => {};
  const { id, selectionStart, selectionEnd, scrollTop } = active;
  return () => {
    const again = root.ownerDocument.getElementById(id);
    if (!again || again.disabled) return;
    again.focus();
    again.scrollTop = scrollTop;
    try { again.setSelectionRange(selectionStart, selectionEnd); } catch (_) { /* not a text field */ }
  };
}

// Only http(s) links from the service become hrefs (never javascript: or data:).
export function safeHref(url) {
  try {
    const parsed = new URL(String(url));
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch (_) {
    return null;
  }
}

export function debounce(fn, wait) {
  let timer = null;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

export function percent(value) {
  return Math.round(Math.max(0, Math.min(1, Number(value) || 0)) * 100);
}
