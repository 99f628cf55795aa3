import { api, query } from '../api.js';
import { append, field, formatTime, h, select } from '../dom.js';
import { dayAfter, dayStart, hashWith } from '../filters.js';
import { t } from '../strings.js';

const FLAGS = ['emergency', 'unanswered', 'reviewed'];

function filterForm({ meta, params, go }) {
  const input = (name, type = 'text') => h('input', { name, type, value: params[name] ?? '' });
  const yesNo = (name) => select(name, [['', t('filters.any')], ['true', t('filters.yes')], ['false', t('filters.no')]], params[name] ?? '');
  const languages = select('language', [['', t('filters.allLanguages')], ...meta.languages.map((l) => [l.code, `${l.name} (${l.code})`])], params.language ?? '');
  const topics = select('topic', [['', t('filters.allTopics')], ...meta.topics.map((topic) => [topic, topic])], params.topic ?? '');
  const form = h(
    'form',
    {
      class: 'filters',
      'aria-label': t('filters.label'),
      onsubmit: (event) => {
        event.preventDefault();
        const values = Object.fromEntries(new FormData(form));
        go(hashWith('/conversations', values));
      },
    },
    field(t('filters.from'), input('from', 'date')),
    field(t('filters.to'), input('to', 'date')),
    field(t('filters.language'), languages),
    field(t('filters.topic'), topics),
    FLAGS.map((name) => field(t(`filters.${name}`), yesNo(name))),
    field(t('filters.tag'), input('tag')),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('filters.apply')), h('a', { href: '#/conversations', class: 'button secondary' }, t('filters.clear'))),
  );
  return form;
}

function row(c) {
  const flags = [c.emergency && t('list.emergency'), c.unanswered && t('list.unanswered')].filter(Boolean);
  return h(
    'tr',
    {},
    h('td', {}, h('a', { href: `#/conversations/${encodeURIComponent(c.id)}`, 'aria-label': t('list.openLabel', { time: formatTime(c.lastActivityAt) }) }, formatTime(c.lastActivityAt))),
    h('td', {}, String(c.turnCount)),
    h('td', {}, c.languages.join(', ')),
    h('td', {}, c.topics.join(', ')),
    h('td', {}, flags.map((f) => h('span', { class: 'badge' }, f))),
    h('td', {}, c.tags.map((tag) => h('span', { class: 'tag' }, tag))),
    h('td', {}, c.reviewed ? t('list.reviewedBy', { username: c.reviewed.by }) : t('list.notReviewed')),
  );
}

/** Admins: download every turn of the conversations the filters select (audited by the server). */
function exportLinks(filters) {
  const link = (format) => h('a', { href: `/api/review/export${query({ ...filters, format })}`, class: 'button secondary', download: true }, t(`list.export.${format}`));
  return h('p', { class: 'actions' }, h('span', {}, t('list.export.label')), ' ', link('csv'), ' ', link('json'));
}

/** #/conversations: the filters, a page of conversations (newest first) and paging. */
export async function conversationsView({ main, me, meta, params, go }) {
  const page = Number(params.page ?? 1);
  const filters = { ...params, from: dayStart(params.from), to: dayAfter(params.to), page: undefined };
  const result = await api('GET', `/conversations${query({ ...filters, page })}`);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const pageLink = (n, label) => h('a', { href: hashWith('/conversations', { ...params, page: n }), class: 'button secondary' }, label);
  append(main, [
    h('h1', { tabindex: '-1' }, t('list.heading')),
    filterForm({ meta, params, go }),
    h('p', { class: 'count' }, t('list.count', { total: result.total })),
    me.role === 'admin' ? exportLinks(filters) : null,
    result.items.length === 0
      ? h('p', {}, t('list.empty'))
      : h(
          'table',
          { class: 'conversations' },
          h('caption', { class: 'visually-hidden' }, t('list.heading')),
          h('thead', {}, h('tr', {}, ['lastActivity', 'turns', 'languages', 'topics', 'flags', 'tags', 'reviewed'].map((k) => h('th', { scope: 'col' }, t(`list.${k}`))))),
          h('tbody', {}, result.items.map(row)),
        ),
    h(
      'nav',
      { class: 'paging', 'aria-label': t('list.paging') },
      page > 1 ? pageLink(page - 1, t('list.previous')) : null,
      h('span', {}, t('list.page', { page, pages })),
      page < pages ? pageLink(page + 1, t('list.next')) : null,
    ),
  ]);
}
