// Every backend call goes through Zendesk's proxy: client.request with secure: true and a
// per-request JWT signed with the secure `shared_secret` setting, so no secret reaches this page.
// The claims name the agent (`sub`: currentUser.id) and the ticket the sidebar is open on
// (`ticket_id`): the service asks Zendesk whether that agent may see the ticket, and accepts the
// token for that ticket only (docs/architecture.md, "Who may read what").

const JWT_EXPIRY_SECONDS = 300;

export class ApiError extends Error {
  constructor(status, code, message, retryAfter) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code || null;
    this.retryAfter = retryAfter || null;
  }

  // ZAF rejects with a jQuery-XHR-like object: {status, responseJSON, responseText}.
  static from(failure) {
    if (failure instanceof ApiError) return failure;
    const status = (failure && Number(failure.status)) || 0;
    let body = failure && failure.responseJSON;
    if (!body && failure && typeof failure.responseText === 'string') {
      try { body = JSON.parse(failure.responseText); } catch (_) { body = null; }
    }
    const error = (body && body.error) || {};
    const made = new ApiError(status, error.code, error.message, failure && failure.retryAfter);
    made.details = error.details === undefined ? null : error.details; // e.g. what leaked, to fix
    return made;
  }
}

export class Api {
  constructor(client, baseUrl, agent) {
    this.client = client;
    this.baseUrl = String(baseUrl || '').replace(/\/+$/, '');
    this.agent = agent || {};
  }

  options(method, path, body, ticketId) {
    const claims = { aud: this.baseUrl };
    if (this.agent.id != null) claims.sub = String(this.agent.id);
    if (ticketId) claims.ticket_id = ticketId;
    if (this.agent.name) claims.name = String(this.agent.name);
    return {
      url: this.baseUrl + path,
      type: method,
      contentType: 'application/json',
      data: body === undefined ? undefined : JSON.stringify(body),
      dataType: 'json',
      secure: true,
      cors: false,
      httpCompleteResponse: true,
      headers: { Authorization: 'Bearer {{jwt.token}}' },
      jwt: {
        algorithm: 'HS256',
        secret_key: '{{setting.shared_secret}}',
        expiry: JWT_EXPIRY_SECONDS,
        claims,
      },
    };
  }

  // The open ticket's id, or undefined where there is none (a new ticket, the nav bar).
  async ticketId() {
    try {
      const id = Number((await this.client.get('ticket.id'))['ticket.id']);
      return Number.isInteger(id) && id > 0 ? id : undefined;
    } catch (_) {
      return undefined;
    }
  }

  async request(method, path, body) {
    const ticketId = await this.ticketId();
    let response;
    try {
      response = await this.client.request(this.options(method, path, body, ticketId));
    } catch (failure) {
      throw ApiError.from(failure);
    }
    if (response && response.responseJSON !== undefined) return response.responseJSON;
    if (response && typeof response.responseText === 'string') return JSON.parse(response.responseText);
    return response;
  }

  config() { return this.request('GET', '/api/v1/config'); }

  suggest(ticket) {
    return this.request('POST', '/api/v1/suggestions', { ticket, ticket_id: ticket.id || undefined });
  }

  feedback(body) { return this.request('POST', '/api/v1/feedback', body); }

  escalations(ticketId) {
    return this.request('GET', `/api/v1/escalations?ticket_id=${encodeURIComponent(ticketId)}`);
  }

  previewEscalation(body) { return this.request('POST', '/api/v1/escalations/preview', body); }

  escalate(body) { return this.request('POST', '/api/v1/escalations', body); }

  updateEscalation(id, body) {
    return this.request('PATCH', `/api/v1/escalations/${encodeURIComponent(id)}`, body);
  }
}
