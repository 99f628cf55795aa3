import { api, query } from '../api.js';
import { field, formatTime, h } from '../dom.js';
import { hashWith } from '../filters.js';
import { t } from '../strings.js';

/** #/audit (admins): who read, exported, deleted or changed what, and when; newest first. */
export async function auditView({ main, params, go }) {
  const page = Number(params.page ?? 1);
  const result = await api('GET', `/audit${query({ page, actor: params.actor, action: params.action, target: params.target })}`);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const input = (name) => h('input', { name, value: params[name] ?? '' });
  const form = h(
    'form',
    { class: 'inline', onsubmit: (event) => (event.preventDefault(), go(hashWith('/audit', Object.fromEntries(new FormData(form))))) },
    field(t('audit.actor'), input('actor')),
    field(t('audit.action'), input('action')),
    field(t('audit.target'), input('target')),
    h('button', { type: 'submit' }, t('audit.filter')),
  );
  const pageLink = (n, label) => h('a', { href: hashWith('/audit', { ...params, page: n }), class: 'button secondary' }, label);
  main.append(
    h('h1', { tabindex: '-1' }, t('audit.heading')),
    h('p', {}, t('audit.intro')),
    form,
    h(
      'table',
      { class: 'audit' },
      h('thead', {}, h('tr', {}, ['at', 'actor', 'action', 'target', 'details'].map((k) => h('th', { scope: 'col' }, t(`audit.${k}`))))),
      h(
        'tbody',
        {},
        result.items.map((e) =>
          h(
            'tr',
            {},
            h('td', {}, formatTime(e.at)),
            h('td', {}, e.actor),
            h('td', {}, e.action),
            h('td', { class: 'id' }, e.target ?? ''),
            h('td', {}, e.details ? JSON.stringify(e.details) : ''),
          ),
        ),
      ),
    ),
    h(
      'nav',
      { class: 'paging', 'aria-label': t('list.paging') },
      page > 1 ? pageLink(page - 1, t('list.previous')) : null,
      h('span', {}, t('list.page', { page, pages })),
      page < pages ? pageLink(page + 1, t('list.next')) : null,
    ),
  );
}
