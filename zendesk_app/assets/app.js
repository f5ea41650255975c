// The sidebar: state and flows. The ZAF client is injected, so the stand-in of /demo and the
// browser tests drive exactly this code. Drawing lives in view.js.
import { Api, ApiError } from './api.js';
import { ask } from './asks.js';
import { debounce, drawAfterPress, keepTyping, replaceChildren } from './dom.js';
import { refusedDraft } from './draft.js';
import { Strings } from './i18n.js';
import { readTicket } from './ticket.js';
import { renderSidebar } from './view.js';

const RESUGGEST_WAIT_MS = 800;
const RESUGGEST_ON = [
  'ticket.subject.changed', 'ticket.description.changed', 'ticket.conversation.changed',
  'ticket.tags.changed', 'ticket.priority.changed', 'ticket.organization.changed',
  'ticket.requester.id.changed',
];

// The agent's edited draft over a new preview: the lines the service wrote that the new preview
// writes otherwise (the team, the priority and their labels in the body) follow it; the agent's
// own words stay as they are.
export function carryEdits(kept, fresh) {
  const before = kept.from || {};
  const follow = (edited, was, now) => {
    const old = String(was || '').split('\n');
    const next = String(now || '').split('\n');
    if (old.length !== next.length) return edited;
    return old.reduce((text, line, i) => (line !== next[i] && line.trim() && text.includes(line)
      ? text.replace(line, next[i]) : text), edited);
  };
  return { title: follow(kept.title, before.title, fresh.title),
    body: follow(kept.body, before.body, fresh.body) };
}

export class App {
  constructor(client, root, options = {}) {
    this.client = client;
    this.root = root;
    this.stringsUrl = options.stringsUrl || 'translations/en.json';
    this.strings = new Strings({});
    this.state = {
      phase: 'loading', // loading | ready | error
      error: null,
      config: null,
      ticket: null,
      suggestion: null,
      team: null,
      priority: null,
      overridden: false,
      feedback: { phase: 'idle', error: null },
      linked: [],
      // {kind, phase: previewing|confirm|filing|done|error, preview, result, error}; a defect
      // also carries its editable public draft {title, body}, and after a refused filing the
      // leak ({message, details}) or fileError to show beside that draft.
      escalation: null,
      notes: {},
      whyOpen: false,
      folds: {}, // section id -> open, once the agent opened or folded it
      checked: {}, // checklist key -> ticked (the agent asked the customer for it)
    };
    this.inFlight = new Set(); // one request per action, whatever the clicking does
    this.draw = drawAfterPress(root); // a redraw never lands between a click's press and release
    this.resuggest = debounce(() => this.refresh(), RESUGGEST_WAIT_MS);
    this.actions = {
      retryLoad: () => this.start(),
      chooseTeam: (key) => this.choose({ team: key }),
      choosePriority: (label) => this.choose({ priority: label }),
      retryFeedback: () => this.sendFeedback(),
      toggleWhy: (open) => { this.state.whyOpen = open; },
      // The browser already shows the fold: remember it for the next redraw, redraw nothing.
      fold: (id, open) => { this.state.folds[id] = open; },
      isOpen: (id) => this.state.folds[id],
      check: (key, value) => this.check(key, value),
      escalate: (kind) => this.preview(kind),
      confirm: () => this.file(),
      retryEscalation: () => {
        const esc = this.state.escalation;
        if (esc && esc.retry === 'file') return this.file();
        // A draft the agent edited before the preview failed is previewed again, not lost.
        return this.preview(esc ? esc.kind : 'rfh', esc && esc.kept ? esc.kept : null);
      },
      cancel: () => this.set({ escalation: null }),
      copySlack: (text) => this.copy(text),
      insertReply: (text) => this.insertReply(text),
      note: (key) => this.state.notes[key] || null,
      setDocsUpdate: (id, value) => this.setDocsUpdate(id, value),
      // Typing only updates state: a redraw would take the caret out of the editor.
      editDraft: (field, value) => {
        const esc = this.state.escalation;
        if (esc && esc.draft) esc.draft[field] = value;
      },
      ask: (kind) => ask(this, kind), // Ask my team / Ask engineering (asks.js)
      toggleMarks: (open) => { if (this.state.escalation) this.state.escalation.marksOpen = open; },
    };
  }

  t(key, vars) { return this.strings.t(key, vars); }

  set(patch) {
    Object.assign(this.state, patch);
    this.render();
  }

  render() {
    this.draw(() => {
      const typing = keepTyping(this.root);
      replaceChildren(this.root, renderSidebar(this.state, this.actions, (k, v) => this.t(k, v)));
      typing();
    });
  }

  async start() {
    this.set({ phase: 'loading', error: null });
    try {
      if (!this.strings.table.sidebar) this.strings = await Strings.load(this.stringsUrl);
      if (!this.api) await this.connect();
      const [config, ticket] = await Promise.all([this.api.config(), readTicket(this.client)]);
      this.state.config = config;
      this.state.ticket = ticket;
      await Promise.all([this.suggest(ticket), this.loadLinked(ticket)]);
      this.set({ phase: 'ready' });
    } catch (error) {
      this.set({ phase: 'error', error: this.describe(error) });
    }
    if (!this.listening) this.listen();
  }

  async connect() {
    const [metadata, user] = await Promise.all([
      this.client.metadata(),
      this.client.get('currentUser').catch(() => ({})),
    ]);
    const url = metadata && metadata.settings && metadata.settings.backend_url;
    if (!url) throw new ApiError(0, 'no_settings', this.t('sidebar.error_no_settings'));
    this.api = new Api(this.client, url, user && user.currentUser);
  }

  listen() {
    this.listening = true;
    // Whatever the suggestion reads: the text, the tags, the priority, the organization.
    for (const event of RESUGGEST_ON) this.client.on(event, () => this.resuggest());
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(() => this.resize()).observe(this.root);
    }
  }

  resize() {
    const height = Math.ceil(this.root.getBoundingClientRect().height) + 16;
    this.client.invoke('resize', { width: '100%', height: `${height}px` });
  }

  async suggest(ticket) {
    const suggestion = await this.api.suggest(ticket);
    this.state.suggestion = suggestion;
    if (this.state.overridden) return;
    // What an agent already chose for this ticket (in an earlier visit) stays the choice, shown
    // as changed beside the suggestion, as when it was made.
    const saved = suggestion.agent_choice;
    this.state.team = saved ? saved.team : suggestion.team.key;
    this.state.priority = saved ? saved.priority : suggestion.priority.label;
    this.state.overridden = Boolean(saved);
  }

  // Re-suggest after the agent edits the ticket or a comment arrives (debounced).
  async refresh() {
    if (this.state.phase !== 'ready') return this.start();
    try {
      const ticket = await readTicket(this.client);
      this.state.ticket = ticket;
      await this.suggest(ticket);
      this.set({ error: null });
      await this.previewAgainIfChanged();
    } catch (error) {
      // The suggestion shown (and an open draft) stays: a failed re-suggest is a notice with
      // the next change or event asking again, not the whole sidebar replaced by an error.
      this.set({ error: this.describe(error) });
    }
    return undefined;
  }

  async loadLinked(ticket) {
    if (!ticket.id) return;
    try {
      const answer = await this.api.escalations(ticket.id);
      this.state.linked = (answer && answer.escalations) || [];
    } catch (_) {
      // Not fatal: filing again is safe, the service answers 'existing' for a linked ticket.
      this.state.linked = [];
    }
  }

  ticketRef() {
    const { ticket, config } = this.state;
    const ref = {};
    if (ticket.id) ref.ticket_id = ticket.id;
    if (!ticket.id || !(config && config.zendesk)) ref.ticket = ticket;
    return ref;
  }

  // Ticking the last box folds the checklist (answered); unticking one opens it again.
  check(key, value) {
    this.state.checked = { ...this.state.checked, [key]: value };
    delete this.state.folds.missing;
    this.render();
  }

  choose(change) {
    this.set({ ...change, overridden: true });
    this.sendFeedback();
    this.previewAgainIfChanged();
  }

  // An open preview shows what Confirm files. When the team or priority changes under it (the
  // agent's choice, or a new suggestion after a comment arrived), it is previewed again, so
  // the panel never shows one team while another is filed. A defect keeps the agent's edits.
  previewAgainIfChanged() {
    const esc = this.state.escalation;
    // (also after a failed filing: Retry would file the request of the old preview)
    const open = esc && (esc.phase === 'confirm' || (esc.phase === 'error' && esc.retry === 'file'));
    if (!open || !esc.request) return undefined;
    const { team, priority } = this.state;
    if (esc.request.team === team && esc.request.priority === priority) return undefined;
    const issue = (esc.preview && esc.preview.issue) || {};
    const edited = esc.draft && (esc.draft.title !== (issue.title || '')
      || esc.draft.body !== (issue.body || ''));
    return this.preview(esc.kind, edited ? { ...esc.draft, from: issue } : null);
  }

  async sendFeedback() {
    const { team, priority, suggestion } = this.state;
    const body = { ...this.ticketRef(), team, priority };
    if (suggestion && suggestion.suggestion_id) body.suggestion_id = suggestion.suggestion_id;
    this.set({ feedback: { phase: 'saving', error: null } });
    try {
      await this.api.feedback(body);
      this.set({ feedback: { phase: 'saved', error: null } });
    } catch (error) {
      this.set({ feedback: { phase: 'error', error: this.describe(error) } });
    }
  }

  escalationBody(kind) {
    const { team, priority, suggestion } = this.state;
    const body = { ...this.ticketRef(), kind, team, priority };
    if (suggestion && suggestion.suggestion_id) body.suggestion_id = suggestion.suggestion_id;
    return body;
  }

  async once(key, work) {
    if (this.inFlight.has(key)) return;
    this.inFlight.add(key);
    try {
      await work();
    } finally {
      this.inFlight.delete(key);
    }
  }

  preview(kind, keptDraft = null) {
    if (!this.state.ticket.id) {
      this.set({ escalation: { kind, phase: 'error', retry: null,
        error: this.t('sidebar.error_no_ticket_id') } });
      return undefined;
    }
    // Then again if the team or priority changed while this preview was on its way.
    return this.once('preview', async () => {
      this.set({ escalation: { kind, phase: 'previewing', kept: keptDraft } });
      try {
        // Confirm files this same request: what the preview was made from, not the sidebar's
        // state at the time of the click.
        const request = this.escalationBody(kind);
        const preview = await this.api.previewEscalation(request);
        const issue = preview.issue || {};
        const fresh = { title: issue.title || '', body: issue.body || '' };
        const draft = kind === 'defect' ? (keptDraft ? carryEdits(keptDraft, fresh) : fresh) : null;
        this.set({ escalation: { kind, phase: 'confirm', preview, draft, request } });
      } catch (error) {
        this.set({ escalation: { kind, phase: 'error', retry: 'preview', kept: keptDraft,
          error: this.describe(error) } });
      }
    }).then(() => this.previewAgainIfChanged());
  }

  file() {
    const current = this.state.escalation;
    if (!current) return undefined;
    return this.once('file', async () => {
      const { kind, preview, draft, marksOpen, request } = current;
      this.set({ escalation: { kind, preview, draft, marksOpen, request, phase: 'filing' } });
      // What the preview showed, and for a defect what the agent saw and edited (the service
      // redacts and checks it again).
      const base = request || this.escalationBody(kind);
      const body = draft ? { ...base, title: draft.title, body: draft.body } : base;
      try {
        const result = await this.api.escalate(body);
        this.set({ escalation: { kind, preview, phase: 'done', result } });
        await this.loadLinked(this.state.ticket);
        this.render();
      } catch (error) {
        // A refused defect stays in the editor with the agent's edits, saying what to fix.
        this.set({ escalation: draft
          ? refusedDraft(current, draft, ApiError.from(error), (e) => this.describe(e))
          : { kind, preview, request, phase: 'error', retry: 'file',
            error: this.describe(error) } });
      }
    });
  }

  // The handbook asks whether an RFH led to a docs update; the agent ticks it on the linked RFH.
  setDocsUpdate(id, value) {
    return this.once(`docs-${id}`, async () => {
      try {
        const updated = await this.api.updateEscalation(id, { docs_update: value });
        const linked = this.state.linked.map((x) => (x.id === id ? { ...x, ...updated } : x));
        this.set({ linked, error: null });
      } catch (error) {
        this.set({ error: this.describe(error) }); // the box redraws from the stored value
      }
    });
  }

  async copy(text) {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch (_) {
      ok = this.copyBySelection(text);
    }
    this.set({ notes: { ...this.state.notes, copy: ok ? 'copied' : 'copy_failed' } });
  }

  // Older Zendesk iframes may not grant clipboard-write: fall back to a selected textarea.
  copyBySelection(text) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (_) { ok = false; }
    area.remove();
    return ok;
  }

  async insertReply(text) {
    try {
      await this.client.invoke('ticket.editor.insert', text);
      this.set({ notes: { ...this.state.notes, reply: 'inserted' } });
    } catch (error) {
      this.set({ notes: { ...this.state.notes, reply: null }, error: this.describe(error) });
    }
  }

  // Errors in plain words: what happened and what to do, never a stack or a status alone.
  describe(error) {
    const e = error instanceof ApiError ? error : ApiError.from(error);
    if (e.code === 'no_settings') return this.t('sidebar.error_no_settings');
    if (e.status === 0) return this.t('sidebar.error_network');
    if (e.status === 401 || e.status === 403) return this.t('sidebar.error_auth');
    if (e.status === 429 || e.status === 502 || e.status === 503 || e.status === 504) {
      return e.message && e.code ? `${this.t('sidebar.error_busy')} (${e.message})`
        : this.t('sidebar.error_busy');
    }
    if (e.code && e.message) return e.message;
    return this.t('sidebar.error_server', { status: e.status });
  }
}
