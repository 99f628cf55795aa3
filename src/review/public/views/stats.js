import { api, query } from '../api.js';
import { field, h } from '../dom.js';
import { dayAfter, dayStart, hashWith } from '../filters.js';
import { t } from '../strings.js';

// Chart.js (served from node_modules as /review/static/chart.umd.min.js) draws on <canvas>; each
// chart also has its figures as a table, for screen readers and for copying.

function chart(id, type, labels, values, { horizontal = false } = {}) {
  const canvas = h('canvas', { role: 'img', 'aria-label': t(`stats.charts.${id}`) });
  const table = h(
    'table',
    {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(`stats.columns.${id}`)), h('th', { scope: 'col' }, t('stats.columns.count')))),
    h('tbody', {}, labels.map((label, i) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, String(values[i]))))),
  );
  const figure = h(
    'figure',
    { class: 'chart', 'data-chart': id },
    h('figcaption', {}, t(`stats.charts.${id}`)),
    labels.length === 0 ? h('p', {}, t('stats.none')) : h('div', { class: 'canvas-box' }, canvas),
    labels.length === 0 ? null : h('details', {}, h('summary', {}, t('stats.showTable')), table),
  );
  if (labels.length > 0 && window.Chart) {
    // Drawn once the canvas is in the document, so Chart.js can measure it.
    requestAnimationFrame(
      () =>
        new window.Chart(canvas, {
          type,
          data: { labels, datasets: [{ label: t(`stats.charts.${id}`), data: values, backgroundColor: type === 'doughnut' ? ['#2e7d32', '#c62828'] : '#1f5fa8' }] },
          options: {
            animation: false,
            maintainAspectRatio: false,
            indexAxis: horizontal ? 'y' : 'x',
            plugins: { legend: { display: type === 'doughnut' } },
            scales: type === 'doughnut' ? {} : { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
          },
        }),
    );
  }
  return figure;
}

function figures(stats) {
  const percent = `${Math.round(stats.fallbackRate * 1000) / 10}%`;
  const figure = (key, value) => h('div', { class: 'figure' }, h('dt', {}, t(`stats.figures.${key}`)), h('dd', {}, String(value)));
  return h(
    'dl',
    { class: 'figures' },
    figure('userMessages', stats.userMessages),
    figure('fallbackRate', percent),
    figure('emergencyMessages', stats.emergencyMessages),
    figure('emergencyConversations', stats.emergencyConversations),
    figure('helpful', stats.feedback.helpful),
    figure('notHelpful', stats.feedback.notHelpful),
    figure('privateConversations', stats.privateMode.conversations),
    figure('privateMessages', stats.privateMode.userMessages),
  );
}

/** #/stats: figures and charts for a date range (default: the last 30 days). */
export async function statsView({ main, params, go }) {
  const stats = await api('GET', `/stats${query({ from: dayStart(params.from), to: dayAfter(params.to) })}`);
  const input = (name) => h('input', { name, type: 'date', value: params[name] ?? '' });
  const form = h(
    'form',
    { class: 'inline', onsubmit: (event) => (event.preventDefault(), go(hashWith('/stats', Object.fromEntries(new FormData(form))))) },
    field(t('filters.from'), input('from')),
    field(t('filters.to'), input('to')),
    h('button', { type: 'submit' }, t('stats.show')),
  );
  const pairs = (list, key, value) => [list.map((x) => x[key]), list.map((x) => x[value])];
  main.append(
    h('h1', { tabindex: '-1' }, t('stats.heading')),
    form,
    figures(stats),
    h(
      'div',
      { class: 'charts' },
      chart('perDay', 'bar', ...pairs(stats.conversationsPerDay, 'day', 'conversations')),
      chart('languages', 'bar', ...pairs(stats.languages, 'language', 'conversations')),
      chart('topics', 'bar', ...pairs(stats.topics, 'topic', 'userMessages'), { horizontal: true }),
      chart('handoffs', 'bar', ...pairs(stats.handoffs, 'channel', 'count'), { horizontal: true }),
      chart('feedback', 'doughnut', [t('stats.figures.helpful'), t('stats.figures.notHelpful')], [stats.feedback.helpful, stats.feedback.notHelpful]),
    ),
  );
}
