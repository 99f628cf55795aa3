import escapeHtml from 'escape-html';

export type PageKind = 'home' | 'chat';

/** What the browser script needs, rendered as JSON into the page (CSP allows no inline script). */
export interface ClientData {
  lang: string;
  dir: 'ltr' | 'rtl';
  embed: boolean;
  /** Web Chat puts it on the <style> elements it injects. */
  nonce: string;
  quickExitUrl: string;
  connection: { tokenUrl: string };
  languages: { code: string; name: string; dir: 'ltr' | 'rtl' }[];
  /** The `web` namespace of locales/, in the page's language. */
  text: Record<string, unknown>;
}

export interface PageModel {
  kind: PageKind;
  data: ClientData;
  scripts: { webchat: string; chat: string };
  stylesheet: string;
}

/** A string of the `web` namespace by dotted key (`page.title`). */
function lookup(text: Record<string, unknown>, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], text);
  if (typeof value !== 'string') throw new Error(`web strings have no "${key}"`);
  return value;
}

/** JSON that is safe inside <script type="application/json">: no "</script>" or "<!--" can close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The page as HTML. Every string is escaped; elements with data-text are re-filled on language change. */
export function renderPage({ kind, data, scripts, stylesheet }: PageModel): string {
  const t = (key: string, tag: string, attrs = ''): string =>
    `<${tag} data-text="${key}"${attrs ? ` ${attrs}` : ''}>${escapeHtml(lookup(data.text, key))}</${tag}>`;
  const options = data.languages
    .map((l) => `<option value="${escapeHtml(l.code)}" lang="${escapeHtml(l.code)}" dir="${l.dir}"${l.code === data.lang ? ' selected' : ''}>${escapeHtml(l.name)}</option>`)
    .join('');
  const chatHeading = kind === 'home' ? t('page.chatTitle', 'h2', 'id="chat-heading"') : t('page.chatTitle', 'h1', 'id="chat-heading" class="topbar__title"');

  const topbar = `<header class="topbar">
  <button type="button" id="quick-exit" class="quick-exit" aria-describedby="quick-exit-hint" data-text="quickExit.button">${escapeHtml(lookup(data.text, 'quickExit.button'))}</button>
  ${kind === 'home' ? `<a class="skip-link" href="#chat-section" data-text="page.skipToChat">${escapeHtml(lookup(data.text, 'page.skipToChat'))}</a>` : ''}
  ${kind === 'home' ? t('page.ministry', 'p', 'class="topbar__title"') : chatHeading}
  <div class="language">
    <label for="language" data-text="language.label">${escapeHtml(lookup(data.text, 'language.label'))}</label>
    <select id="language" autocomplete="off">${options}</select>
  </div>
</header>`;

  const chat = `<section id="chat-section" class="chat" aria-labelledby="chat-heading" tabindex="-1">
  ${kind === 'home' ? chatHeading : ''}
  ${kind === 'home' ? t('page.chatIntro', 'p') : ''}
  ${t('quickExit.hint', 'p', 'id="quick-exit-hint" class="hint"')}
  <details class="privacy">
    ${t('privacy.title', 'summary')}
    ${t('privacy.stored', 'p')}
    ${t('privacy.quickExit', 'p')}
    ${t('privacy.limits', 'p')}
  </details>
  <div id="resume" class="resume" hidden>
    ${t('resume.prompt', 'p')}
    <button type="button" id="resume-continue" data-text="resume.continue">${escapeHtml(lookup(data.text, 'resume.continue'))}</button>
    <button type="button" id="resume-new" class="secondary" data-text="resume.startNew">${escapeHtml(lookup(data.text, 'resume.startNew'))}</button>
  </div>
  <p id="chat-status" class="chat-status" role="status"></p>
  <div id="webchat" class="webchat" role="region" aria-label="${escapeHtml(lookup(data.text, 'chat.label'))}" data-label="chat.label"></div>
</section>`;

  const main =
    kind === 'home'
      ? `<main id="main" class="home">
  ${t('page.demo', 'p', 'class="demo-badge"')}
  ${t('page.title', 'h1')}
  ${t('page.intro', 'p')}
  ${chat}
</main>`
      : `<main id="main" class="chat-only">
  ${chat}
</main>`;

  const title = kind === 'home' ? 'page.title' : 'page.chatTitle';
  return `<!doctype html>
<html lang="${escapeHtml(data.lang)}" dir="${data.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
${t(title, 'title')}
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
<script type="application/json" id="chat-data">${jsonForScript(data)}</script>
<script src="${escapeHtml(scripts.webchat)}" defer></script>
<script type="module" src="${escapeHtml(scripts.chat)}"></script>
</head>
<body class="page page--${kind}${data.embed ? ' page--embed' : ''}">
${topbar}
${main}
</body>
</html>
`;
}
