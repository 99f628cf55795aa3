/**
 * What the chat keeps in the browser: only how to reconnect to the conversation (token and id), in
 * sessionStorage, so it dies with the tab. Never messages, never localStorage.
 */
const KEY = 'community-safety-chat';

export function savedSession() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    const valid =
      saved && typeof saved.token === 'string' && typeof saved.conversationId === 'string' && typeof saved.domain === 'string' && saved.expiresAt > Date.now();
    if (valid) return saved;
    sessionStorage.removeItem(KEY);
  } catch {
    // Storage disabled or corrupt: nothing to continue.
  }
  return undefined;
}

export function saveSession(session) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // Storage disabled: the chat still works, it just cannot be continued after a reload.
  }
}

/** Clears everything this origin kept in this browser tab. */
export function forgetEverything() {
  for (const storage of [() => sessionStorage, () => localStorage]) {
    try {
      storage().clear();
    } catch {
      // Storage disabled: nothing was kept.
    }
  }
}
