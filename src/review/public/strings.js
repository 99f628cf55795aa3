// The staff UI's strings, from locales/en/review.json (served at /review/strings.json).
let strings = {};

export async function loadStrings() {
  const res = await fetch('/review/strings.json', { credentials: 'same-origin' });
  strings = await res.json();
}

/** t('list.heading', { count: 3 }) → the string with {{count}} filled in (as text, never HTML). */
export function t(key, vars = {}) {
  const value = key.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), strings);
  if (typeof value !== 'string') return key;
  return value.replace(/\{\{(\w+)\}\}/g, (_, name) => (name in vars ? String(vars[name]) : ''));
}
