// Read the open ticket through ZAF and shape it as the API's TicketIn (capped, plain text).

const FIELDS = [
  'ticket.id', 'ticket.subject', 'ticket.description', 'ticket.tags', 'ticket.priority',
  'ticket.organization', 'ticket.requester', 'ticket.comments',
];
const MAX_COMMENTS = 100;
const MAX_COMMENT_CHARS = 20000;
const MAX_TEXT = 200000;
const PRIORITIES = ['low', 'normal', 'high', 'urgent'];

// Comment bodies come as HTML; an inert parsed document gives their text without running anything.
export function htmlToText(html) {
  if (!html) return '';
  const doc = new DOMParser().parseFromString(String(html), 'text/html');
  return (doc.body && doc.body.textContent) || '';
}

function cap(value, limit) {
  const text = value == null ? '' : String(value);
  return text.length > limit ? text.slice(0, limit) : text;
}

function attachmentNames(comment) {
  const all = [...(comment.imageAttachments || []), ...(comment.nonImageAttachments || [])];
  return all.map((a) => cap(a.filename || a.name || '', 1000)).filter(Boolean);
}

export function toTicketIn(data) {
  const comments = Array.isArray(data['ticket.comments']) ? data['ticket.comments'] : [];
  const org = data['ticket.organization'] || null;
  const requester = data['ticket.requester'] || null;
  const priority = PRIORITIES.includes(data['ticket.priority']) ? data['ticket.priority'] : null;
  const ticket = {
    subject: cap(data['ticket.subject'], 10000),
    description: cap(data['ticket.description'], MAX_TEXT),
    comments: comments.slice(0, MAX_COMMENTS)
      .map((c) => cap(htmlToText(c.value || c.body || ''), MAX_COMMENT_CHARS)),
    tags: (data['ticket.tags'] || []).slice(0, 200).map((t) => cap(t, 200)),
    priority,
    attachments: comments.flatMap(attachmentNames).slice(0, 500),
  };
  const id = Number(data['ticket.id']);
  if (Number.isInteger(id) && id > 0) ticket.id = id;
  if (org && (org.name || org.tags)) {
    ticket.organization = { name: org.name ? cap(org.name, 1000) : null,
      tags: (org.tags || []).slice(0, 200).map((t) => cap(t, 200)) };
  }
  if (requester) {
    if (requester.name) ticket.requester = cap(requester.name, 1000);
    if (requester.email) ticket.requester_email = cap(requester.email, 1000);
  }
  return ticket;
}

export async function readTicket(client) {
  return toTicketIn(await client.get(FIELDS));
}
