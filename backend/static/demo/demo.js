// The demo's stand-in for Zendesk's agent workspace: it owns the sample ticket, fires the ticket
// events the sidebar listens to, receives editor inserts and resizes, and logs every proxied
// request (the browser tests read window.rfhDemo.requests). Tests may preset window.RFH_DEMO_TICKET.
(function () {
  'use strict';

  const SAMPLE = {
    id: 4242,
    subject: 'gitserver pods keep restarting after upgrading to 5.3 on Kubernetes',
    description: 'Hi team, since we upgraded our self-hosted Sourcegraph on Kubernetes from 5.2 to 5.3 ' +
      'yesterday the gitserver pods restart every few minutes and repositories stop syncing from ' +
      'GitHub Enterprise. Search results are stale for most of our 40 developers. ' +
      'This is blocking a rollout to the rest of the company next week.',
    comments: [],
    tags: ['self_hosted'],
    priority: 'high',
    organization: { name: 'Acme Corp', tags: ['customer_acme'] },
    requester: { name: 'Dana Example', email: 'dana@acme.example' },
  };

  const ticket = JSON.parse(JSON.stringify(window.RFH_DEMO_TICKET || SAMPLE));
  const listeners = {};
  const host = {
    ticket,
    currentUser: { id: 7001, name: 'Demo Agent', email: 'agent@acme.example', locale: 'en' },
    requests: [],
    inserted: [],
    resizes: [],
    on(name, handler) { (listeners[name] = listeners[name] || []).push(handler); },
    emit(name, value) { (listeners[name] || []).forEach((handler) => handler(value)); },
    insert(text) {
      host.inserted.push(text);
      const editor = document.getElementById('editor');
      editor.value = editor.value ? `${editor.value}\n\n${text}` : text;
    },
    resize(size) {
      host.resizes.push(size);
      const height = parseInt(size && size.height, 10);
      if (height > 0) document.getElementById('app-frame').style.height = `${Math.max(height, 200)}px`;
    },
  };
  window.rfhDemo = host;

  const $ = (id) => document.getElementById(id);

  function fillForm() {
    $('ticket-id').value = ticket.id || '';
    $('ticket-subject').value = ticket.subject || '';
    $('ticket-description').value = ticket.description || '';
    $('ticket-priority').value = ticket.priority || '';
    $('ticket-org').value = (ticket.organization && ticket.organization.name) || '';
    $('ticket-tags').value = (ticket.tags || []).join(' ');
    drawRequester();
    drawComments();
  }

  function drawRequester() {
    const who = ticket.requester;
    $('ticket-requester').textContent = who && (who.name || who.email)
      ? `Requester: ${[who.name, who.email && `<${who.email}>`].filter(Boolean).join(' ')}`
      : 'Requester: (none)';
  }

  // The sample's tags and requester belong to its organization (Acme): once the agent types
  // another organization they would be wrong, and the sidebar would still read "customer_acme".
  let sampleCleared = false;
  function changeOrganization(name) {
    ticket.organization = { ...(ticket.organization || {}), name };
    if (sampleCleared) return;
    sampleCleared = true;
    ticket.organization.tags = [];
    ticket.tags = [];
    ticket.requester = null;
    $('ticket-tags').value = '';
    drawRequester();
    host.emit('ticket.tags.changed');
    host.emit('ticket.requester.id.changed');
  }

  function drawComments() {
    const list = $('comments');
    while (list.firstChild) list.removeChild(list.firstChild);
    ticket.comments.forEach((comment) => {
      const item = document.createElement('li');
      item.textContent = comment;
      list.appendChild(item);
    });
  }

  function bind(id, apply, event) {
    $(id).addEventListener('input', () => { apply($(id).value); host.emit(event); });
  }

  fillForm();
  bind('ticket-subject', (v) => { ticket.subject = v; }, 'ticket.subject.changed');
  bind('ticket-description', (v) => { ticket.description = v; }, 'ticket.description.changed');
  bind('ticket-tags', (v) => { ticket.tags = v.split(/\s+/).filter(Boolean); }, 'ticket.tags.changed');
  bind('ticket-org', changeOrganization, 'ticket.organization.changed');
  bind('ticket-id', (v) => { ticket.id = Number(v) || null; }, 'ticket.id.changed');
  $('ticket-priority').addEventListener('change', () => {
    ticket.priority = $('ticket-priority').value || null;
    host.emit('ticket.priority.changed');
  });
  $('add-comment').addEventListener('click', () => {
    const text = $('ticket-comment').value.trim();
    if (!text) return;
    ticket.comments.push(text);
    $('ticket-comment').value = '';
    drawComments();
    host.emit('ticket.conversation.changed');
  });

  // Only now load the app: its stand-in client finds this host on window.parent.
  $('app-frame').src = '/demo/app/assets/iframe.html';
}());
