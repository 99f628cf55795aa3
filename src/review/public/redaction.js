import { h } from './dom.js';
import { t } from './strings.js';

// The redaction placeholders the transcript store holds instead of personal data ([phone], [email] …).
// Their types come from the server (GET /api/review/meta, from src/privacy/types.ts).
let placeholder = /$^/g;

export function usePlaceholderTypes(types) {
  const safe = types.filter((type) => /^[a-z_]+$/.test(type));
  placeholder = new RegExp(`\\[(${safe.join('|')})\\]`, 'g');
}

/**
 * A message's text as nodes: plain text nodes, and each placeholder as a visibly marked
 * <mark class="redacted"> with a description for screen readers and a tooltip.
 */
export function redactedText(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(placeholder)) {
    if (match.index > last) nodes.push(text.slice(last, match.index));
    const description = t(`redaction.${match[1]}`);
    nodes.push(h('mark', { class: 'redacted', title: description, 'data-type': match[1] }, match[0], h('span', { class: 'visually-hidden' }, ` (${description})`)));
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}
