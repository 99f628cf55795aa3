/** The page's own strings (locales/<lang>/web.json), looked up by dotted key. */
export function lookup(text, key) {
  const value = key.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), text);
  return typeof value === 'string' ? value : '';
}

/** Re-fills every element that carries data-text / data-label, and sets the page's language and direction. */
export function applyText(text, lang, dir) {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = dir;
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = lookup(text, element.dataset.text);
  for (const element of document.querySelectorAll('[data-label]')) element.setAttribute('aria-label', lookup(text, element.dataset.label));
}
