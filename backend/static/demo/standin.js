// A stand-in for Zendesk's ZAF SDK, loaded by /demo in place of zaf_sdk.min.js. It answers the
// calls the sidebar makes (get, metadata, context, on, invoke, request) from the demo host on the
// parent page, and plays the proxy for client.request: it insists on secure: true and the JWT
// options, has the service mint the token (POST /demo/token), and substitutes {{jwt.token}}.
// Like Zendesk's proxy it signs whatever claims the app passes (sub, ticket_id): they are the
// app's word, not Zendesk's.
(function () {
  'use strict';

  const SECRET_PLACEHOLDER = '{{setting.shared_secret}}';
  const TOKEN_PLACEHOLDER = '{{jwt.token}}';

  function fail(message) {
    return Promise.reject({ status: 0, statusText: 'stand-in refused', responseText: message });
  }

  function commentObjects(ticket) {
    return (ticket.comments || []).map((text, i) => ({ id: i + 1, value: text, author: {} }));
  }

  function ticketValue(ticket, field) {
    switch (field) {
      case 'id': return ticket.id || null;
      case 'subject': return ticket.subject || '';
      case 'description': return ticket.description || '';
      case 'tags': return (ticket.tags || []).slice();
      case 'priority': return ticket.priority || '';
      case 'organization': return ticket.organization ? { ...ticket.organization } : null;
      case 'requester': return ticket.requester ? { ...ticket.requester } : null;
      case 'comments': return commentObjects(ticket);
      default: return undefined;
    }
  }

  class StandInClient {
    constructor(host) {
      this.host = host;
    }

    get(paths) {
      const list = Array.isArray(paths) ? paths : [paths];
      const answer = { errors: {} };
      for (const path of list) {
        if (path === 'currentUser') answer.currentUser = { ...this.host.currentUser };
        else if (path === 'ticket') {
          answer.ticket = {};
          ['id', 'subject', 'description', 'tags', 'priority', 'organization', 'requester', 'comments']
            .forEach((f) => { answer.ticket[f] = ticketValue(this.host.ticket, f); });
        } else if (path.startsWith('ticket.') && ticketValue(this.host.ticket, path.slice(7)) !== undefined) {
          answer[path] = ticketValue(this.host.ticket, path.slice(7));
        } else answer.errors[path] = { message: `"${path}" is not available in the demo` };
      }
      return Promise.resolve(answer);
    }

    metadata() {
      return Promise.resolve({ appId: 0, installationId: 0, name: 'Escalation copilot',
        settings: { title: 'Escalation copilot', backend_url: window.location.origin } });
    }

    context() {
      return Promise.resolve({ product: 'support', location: 'ticket_sidebar', instanceGuid: 'demo',
        ticketId: this.host.ticket.id });
    }

    on(name, handler) { this.host.on(name, handler); }

    invoke(name, ...args) {
      if (name === 'resize') this.host.resize(args[0]);
      else if (name === 'ticket.editor.insert') this.host.insert(String(args[0]));
      else return Promise.reject(new Error(`"${name}" is not available in the demo`));
      return Promise.resolve({ errors: {} });
    }

    async request(options) {
      const jwt = options.jwt || {};
      const headers = { ...(options.headers || {}) };
      // Zendesk only signs and substitutes for secure requests to the whitelisted service.
      if (options.secure !== true) return fail('client.request must use secure: true');
      if (jwt.algorithm !== 'HS256' || jwt.secret_key !== SECRET_PLACEHOLDER) {
        return fail('client.request must sign with jwt {algorithm: HS256, secret_key: {{setting.shared_secret}}}');
      }
      if (!String(headers.Authorization || '').includes(TOKEN_PLACEHOLDER)) {
        return fail('the Authorization header must carry {{jwt.token}}');
      }
      const entry = { method: options.type || 'GET', url: options.url, body: options.data || null };
      this.host.requests.push(entry);
      let response;
      try {
        const minted = await fetch('/demo/token', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ claims: jwt.claims || {}, expiry: jwt.expiry || 300 }) });
        if (!minted.ok) throw new Error(`token: HTTP ${minted.status}`);
        const token = (await minted.json()).token;
        for (const key of Object.keys(headers)) headers[key] = String(headers[key]).split(TOKEN_PLACEHOLDER).join(token);
        if (options.contentType) headers['Content-Type'] = options.contentType;
        response = await fetch(options.url, { method: entry.method, headers,
          body: options.data === undefined ? undefined : options.data });
      } catch (_) {
        entry.status = 0;
        throw { status: 0, statusText: 'error', responseText: '' };
      }
      entry.status = response.status;
      const text = await response.text();
      let json;
      try { json = text ? JSON.parse(text) : null; } catch (_) { json = undefined; }
      const complete = { status: response.status, statusText: response.statusText, responseText: text,
        responseJSON: json, headers: Object.fromEntries(response.headers.entries()) };
      if (!response.ok) throw complete;
      return options.httpCompleteResponse ? complete : json;
    }
  }

  function fallbackHost() {
    // Opened outside /demo (the iframe alone): a minimal host with a one-line sample ticket.
    const listeners = {};
    return {
      ticket: { id: 1, subject: 'Search is slow on our self-hosted instance', description: '', comments: [],
        tags: [], priority: 'normal', organization: null, requester: null },
      currentUser: { id: 7001, name: 'Demo Agent' }, // the same agent as demo.js's host
      requests: [], inserted: [], resizes: [],
      on(name, handler) { (listeners[name] = listeners[name] || []).push(handler); },
      insert(text) { this.inserted.push(text); },
      resize(size) { this.resizes.push(size); },
    };
  }

  let host = null;
  try { host = window.parent !== window ? window.parent.rfhDemo : null; } catch (_) { host = null; }
  const resolved = host || fallbackHost();
  window.ZAFClient = { init: () => new StandInClient(resolved) };
}());
