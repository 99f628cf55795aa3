/** Direct Line 3.0 from the page: a token from our server, then the (local or Azure) Direct Line. */

/** The Direct Line base as an absolute URL (the local one is a path on our own origin). */
export function directLineDomain(domain) {
  return new URL(domain, window.location.origin).href.replace(/\/+$/, '');
}

async function postJson(url, body, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    cache: 'no-store',
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/**
 * A token for a new conversation, and the conversation started in the page's language (so the
 * bot's welcome is in it too). Web Chat then joins the started conversation.
 */
export async function newConversation(tokenUrl, locale) {
  const issued = await postJson(tokenUrl, {});
  if (typeof issued.token !== 'string' || typeof issued.conversationId !== 'string') throw new Error('token answer is malformed');
  const domain = directLineDomain(typeof issued.domain === 'string' ? issued.domain : '/v3/directline');
  const started = await postJson(`${domain}/conversations`, { locale }, issued.token);
  const token = typeof started.token === 'string' ? started.token : issued.token;
  const expiresIn = Number.isFinite(started.expires_in) ? started.expires_in : 1800;
  return { token, conversationId: issued.conversationId, domain, expiresAt: Date.now() + expiresIn * 1000 };
}

/** The user id the Direct Line put in its token (a JWT), which every activity must be from. */
function tokenUser(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload)).user;
  } catch {
    return undefined;
  }
}

/**
 * Tells the bot the conversation is over (Bot Framework's endOfConversation). keepalive lets the
 * request finish while quick exit replaces the page.
 */
export function endConversation({ domain, token, conversationId }) {
  fetch(`${domain}/conversations/${encodeURIComponent(conversationId)}/activities`, {
    method: 'POST',
    keepalive: true,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'endOfConversation', from: { id: tokenUser(token) ?? 'user', role: 'user' } }),
  }).catch(() => {
    // Leaving matters more than telling the bot; the conversation expires on its own.
  });
}
