import { api, ApiError, setCsrfToken, whenUnauthorized } from './api.js';
import { clear, h } from './dom.js';
import { usePlaceholderTypes } from './redaction.js';
import { loadStrings, t } from './strings.js';
import { auditView } from './views/audit.js';
import { conversationsView } from './views/conversations.js';
import { loginView } from './views/login.js';
import { staffView } from './views/staff.js';
import { statsView } from './views/stats.js';
import { transcriptView } from './views/transcript.js';
import { unansweredView } from './views/unanswered.js';

// The review app: a hash router over views. #/conversations?…, #/conversations/<id>, #/unanswered,
// #/stats, #/audit and #/staff (admins). Every view gets { main, me, meta, params, go, status }.

const main = document.getElementById('main');
const header = document.getElementById('top');
const statusRegion = document.getElementById('status');
let me; // { username, role, csrfToken }
let meta; // { languages, topics, placeholders }

const ROUTES = [
  { path: /^\/conversations\/(.+)$/, view: transcriptView, nav: 'conversations' },
  { path: /^\/conversations$/, view: conversationsView, nav: 'conversations' },
  { path: /^\/unanswered$/, view: unansweredView, nav: 'unanswered' },
  { path: /^\/stats$/, view: statsView, nav: 'stats' },
  { path: /^\/audit$/, view: auditView, nav: 'audit', admin: true },
  { path: /^\/staff$/, view: staffView, nav: 'staff', admin: true },
];

/** Says something to everyone: shown, and read out by screen readers (aria-live). */
function status(message, kind = 'info') {
  statusRegion.textContent = message;
  statusRegion.dataset.kind = kind;
}

/** The message to show for a failed API call. */
function problem(err) {
  if (!(err instanceof ApiError)) return t('errors.generic');
  if (err.status === 0) return t('errors.network');
  if (err.status === 403) return t('errors.forbidden');
  if (err.status === 404) return t('errors.notFound');
  if (err.status === 400 || err.status === 409) return err.message || t('errors.generic');
  return t('errors.generic');
}

let flash = ''; // a status message for the next view (e.g. "deleted", shown after going back to the list)

function go(hash, message = '') {
  flash = message;
  if (location.hash === hash) void render();
  else location.hash = hash;
}

function renderHeader(active) {
  clear(header);
  if (!me) return;
  const link = (name) =>
    h('li', {}, h('a', { href: `#/${name}`, 'aria-current': active === name ? 'page' : undefined }, t(`nav.${name}`)));
  const names = ['conversations', 'unanswered', 'stats', ...(me.role === 'admin' ? ['audit', 'staff'] : [])];
  header.append(
    h('p', { class: 'brand' }, t('app.title')),
    h('nav', { 'aria-label': t('nav.label') }, h('ul', {}, names.map(link))),
    h(
      'div',
      { class: 'who' },
      h('span', {}, t('app.signedInAs', { username: me.username, role: t(`roles.${me.role}`) })),
      h('button', { type: 'button', onclick: logout }, t('app.logout')),
    ),
  );
}

async function logout() {
  try {
    await api('POST', '/logout');
  } finally {
    me = undefined;
    setCsrfToken('');
    showLogin(t('login.loggedOut'));
  }
}

function showLogin(message) {
  renderHeader();
  clear(main);
  main.append(
    loginView({
      message,
      onLogin: async (session) => {
        me = session;
        setCsrfToken(session.csrfToken);
        await afterLogin();
      },
    }),
  );
  main.querySelector('input')?.focus();
}

async function afterLogin() {
  meta = await api('GET', '/meta');
  usePlaceholderTypes(meta.placeholders);
  if (!location.hash || location.hash === '#/' || location.hash === '#') location.hash = '#/conversations';
  else await render();
}

async function render() {
  if (!me) return;
  const [path, search = ''] = location.hash.replace(/^#/, '').split('?');
  const route = ROUTES.find((r) => r.path.test(path) && (!r.admin || me.role === 'admin'));
  if (!route) return go('#/conversations');
  renderHeader(route.nav);
  status(flash);
  flash = '';
  clear(main);
  const match = path.match(route.path);
  const params = Object.fromEntries(new URLSearchParams(search));
  if (match[1]) params.id = decodeURIComponent(match[1]);
  document.title = `${t(`nav.${route.nav}`)} · ${t('app.title')}`;
  try {
    await route.view({ main, me, meta, params, go, status, problem });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return;
    main.append(h('p', { class: 'error', role: 'alert' }, problem(err)));
  }
  // Move focus to the new view's heading, so keyboard and screen-reader users start there.
  main.querySelector('h1')?.focus();
}

async function start() {
  await loadStrings();
  document.title = t('app.title');
  document.getElementById('skip').textContent = t('app.skip');
  statusRegion.textContent = '';
  whenUnauthorized(() => {
    me = undefined;
    showLogin(t('login.sessionEnded'));
  });
  window.addEventListener('hashchange', () => void render());
  try {
    const session = await api('GET', '/session');
    me = session;
    setCsrfToken(session.csrfToken);
    await afterLogin();
  } catch {
    showLogin();
  }
}

void start();
