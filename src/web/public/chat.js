import { forgetEverything, savedSession, saveSession } from './chat-session.js';
import { endConversation, newConversation } from './connection.js';
import { applyText, lookup } from './page-text.js';
import { installQuickExit } from './quick-exit.js';
import { webChatProps } from './webchat-options.js';

const data = JSON.parse(document.getElementById('chat-data').textContent);
const page = { lang: data.lang, dir: data.dir, text: data.text };
const elements = {
  webchat: document.getElementById('webchat'),
  status: document.getElementById('chat-status'),
  language: document.getElementById('language'),
  resume: document.getElementById('resume'),
};
/** The live conversation: { session, directLine, store } once connected. */
let chat;

const say = (key) => {
  elements.status.textContent = key ? lookup(page.text, key) : '';
};

installQuickExit({
  button: document.getElementById('quick-exit'),
  url: data.quickExitUrl,
  embedded: data.embed,
  beforeExit: () => {
    const leaving = chat;
    chat = undefined;
    if (leaving) {
      endConversation({ ...leaving.session, token: leaving.directLine.token ?? leaving.session.token });
      leaving.directLine.end();
    }
    forgetEverything();
  },
});

function render() {
  const { directLine, store } = chat;
  window.WebChat.renderWebChat(
    webChatProps({ directLine, store, lang: page.lang, dir: page.dir, text: page.text, nonce: data.nonce }),
    elements.webchat,
  );
}

/** Tells the bot the language the reader chose (the bot reads `value.language`, as from its own picker). */
function sendLanguage(store, lang) {
  store.dispatch({ type: 'WEB_CHAT/SEND_POST_BACK', payload: { value: { language: lang } } });
}

async function start(resumed) {
  say('chat.connecting');
  let session = resumed;
  if (!session) {
    try {
      session = await newConversation(data.connection.tokenUrl, page.lang);
    } catch {
      say('chat.unavailable');
      return;
    }
    saveSession(session);
  }
  const directLine = window.WebChat.createDirectLine({
    token: session.token,
    conversationId: session.conversationId,
    domain: session.domain,
    // Continuing picks up after the last activity this tab saw: earlier messages are not shown again.
    watermark: resumed?.watermark,
    webSocket: false,
  });
  const store = window.WebChat.createStore({}, () => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
      say('');
    } else if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') {
      // An earlier conversation may have expired on the server: start afresh instead.
      if (resumed && chat?.directLine === directLine) {
        directLine.end();
        forgetEverything();
        setTimeout(() => void start(), 0);
      } else {
        say('chat.unavailable');
      }
    }
    return next(action);
  });
  chat = { session, directLine, store };
  render();
}

/** Keeps the newest token (Web Chat refreshes it) and where the transcript got to, so "continue" works after a reload. */
window.addEventListener('pagehide', () => {
  if (!chat) return;
  const { directLine, session } = chat;
  const token = directLine.token ?? session.token;
  // A refreshed token has at least 15 minutes left (Web Chat refreshes every 15 minutes).
  const expiresAt = token === session.token ? session.expiresAt : Date.now() + 15 * 60 * 1000;
  saveSession({ ...session, token, expiresAt, watermark: directLine.watermark || session.watermark });
});

async function changeLanguage(lang) {
  const response = await fetch(`/web/strings/${encodeURIComponent(lang)}`, { cache: 'no-store' });
  if (!response.ok) return;
  const strings = await response.json();
  Object.assign(page, { lang: strings.lang, dir: strings.dir, text: strings.text });
  applyText(page.text, page.lang, page.dir);
  const url = new URL(window.location.href);
  url.searchParams.set('lang', page.lang);
  window.history.replaceState(null, '', url);
  if (!chat) return;
  render();
  sendLanguage(chat.store, page.lang);
  say('chat.languageChanged');
}

elements.language.addEventListener('change', () => void changeLanguage(elements.language.value));

// Nothing about an earlier conversation is shown unless the reader chooses to continue it.
const resumable = savedSession();
if (resumable) {
  elements.resume.hidden = false;
  elements.webchat.hidden = true;
  const choose = (resume) => {
    elements.resume.hidden = true;
    elements.webchat.hidden = false;
    if (!resume) forgetEverything();
    void start(resume ? resumable : undefined);
  };
  document.getElementById('resume-continue').addEventListener('click', () => choose(true));
  document.getElementById('resume-new').addEventListener('click', () => choose(false));
} else {
  void start();
}
