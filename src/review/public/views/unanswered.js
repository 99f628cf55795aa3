import { api, query } from '../api.js';
import { field, formatTime, h, select } from '../dom.js';
import { corpusSnippet } from '../corpus-snippet.js';
import { hashWith } from '../filters.js';
import { redactedText } from '../redaction.js';
import { t } from '../strings.js';

function snippetBox(groups) {
  const json = `${JSON.stringify(corpusSnippet(groups), null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const textarea = h('textarea', { readonly: true, rows: 12, class: 'snippet' });
  textarea.value = json;
  return h(
    'section',
    { 'aria-labelledby': 'snippet-heading', class: 'snippet-box' },
    h('h2', { id: 'snippet-heading', tabindex: '-1' }, t('unanswered.snippetHeading')),
    h('p', {}, t('unanswered.snippetHint')),
    field(t('unanswered.snippetLabel'), textarea),
    h('a', { href: url, download: 'corpus-snippet.json', class: 'button' }, t('unanswered.download')),
  );
}

/** #/unanswered: fallback and low-confidence messages grouped, per language, with a corpus export. */
export async function unansweredView({ main, meta, params, go }) {
  const language = params.language ?? '';
  const { items } = await api('GET', `/unanswered${query({ language })}`);
  const languages = select('language', [['', t('filters.allLanguages')], ...meta.languages.map((l) => [l.code, `${l.name} (${l.code})`])], language);
  const chooser = h(
    'form',
    { class: 'inline', onsubmit: (event) => (event.preventDefault(), go(hashWith('/unanswered', { language: languages.value }))) },
    field(t('filters.language'), languages),
    h('button', { type: 'submit' }, t('unanswered.show')),
  );
  const output = h('div', {});
  const boxes = items.map((group) => ({ group, box: h('input', { type: 'checkbox', name: 'utterance' }) }));
  const exportButton = h('button', { type: 'submit' }, t('unanswered.export'));
  const form = h(
    'form',
    {
      onsubmit: (event) => {
        event.preventDefault();
        const chosen = boxes.filter((b) => b.box.checked).map((b) => b.group);
        output.replaceChildren(chosen.length === 0 ? h('p', { role: 'alert' }, t('unanswered.chooseFirst')) : snippetBox(chosen));
        output.querySelector('h2')?.focus();
      },
    },
    h(
      'ul',
      { class: 'unanswered' },
      boxes.map(({ group, box }) =>
        h(
          'li',
          {},
          h(
            'label',
            {},
            box,
            h('span', { class: 'text', dir: 'auto' }, redactedText(group.text)),
            h('span', { class: 'meta' }, t('unanswered.meta', { count: group.count, language: group.language ?? '–', time: formatTime(group.lastAt) })),
          ),
        ),
      ),
    ),
    exportButton,
  );
  main.append(
    h('h1', { tabindex: '-1' }, t('unanswered.heading')),
    h('p', {}, t('unanswered.intro')),
    chooser,
    items.length === 0 ? h('p', {}, t('unanswered.empty')) : form,
    output,
  );
}
