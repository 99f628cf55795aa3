import { api } from '../api.js';
import { clear, field, formatTime, h } from '../dom.js';
import { redactedText } from '../redaction.js';
import { t } from '../strings.js';

function turnMeta(turn) {
  const parts = [
    formatTime(turn.at),
    turn.language && t('transcript.language', { language: turn.language }),
    turn.topic && t('transcript.topic', { topic: turn.topic }),
    turn.nluScore !== null && turn.role === 'user' && t('transcript.score', { score: turn.nluScore.toFixed(2) }),
  ].filter(Boolean);
  const badges = [
    turn.emergency && h('span', { class: 'badge danger' }, t('transcript.emergency')),
    turn.unanswered && h('span', { class: 'badge' }, t('transcript.unanswered')),
    turn.channels.length > 0 && h('span', { class: 'badge' }, t('transcript.channels', { channels: turn.channels.join(', ') })),
    turn.feedback && h('span', { class: 'badge' }, t(`transcript.feedback.${turn.feedback}`)),
  ].filter(Boolean);
  return h('p', { class: 'meta' }, parts.join(' · '), ' ', badges);
}

function bubble(turn) {
  return h(
    'li',
    { class: `turn ${turn.role}` },
    h('p', { class: 'who' }, t(`transcript.role.${turn.role}`)),
    h('p', { class: 'text', dir: 'auto' }, redactedText(turn.text)),
    turnMeta(turn),
  );
}

function tagsSection(conversation, { status, problem }) {
  const list = h('ul', { class: 'tags' });
  const renderTags = (tags) => {
    clear(list);
    for (const tag of tags) {
      list.append(
        h(
          'li',
          { class: 'tag' },
          h('span', {}, tag),
          h('button', { type: 'button', class: 'link', 'aria-label': t('transcript.removeTag', { tag }), onclick: () => change({ remove: [tag] }) }, '×'),
        ),
      );
    }
  };
  const change = async (body) => {
    try {
      const result = await api('POST', `/conversations/${encodeURIComponent(conversation.id)}/tags`, body);
      renderTags(result.tags);
      status(t('transcript.tagsSaved'));
    } catch (err) {
      status(problem(err), 'error');
    }
  };
  const input = h('input', { name: 'tag', maxlength: 40, required: true });
  const form = h(
    'form',
    {
      class: 'inline',
      onsubmit: async (event) => {
        event.preventDefault();
        await change({ add: [input.value] });
        input.value = '';
        input.focus();
      },
    },
    field(t('transcript.newTag'), input),
    h('button', { type: 'submit' }, t('transcript.addTag')),
  );
  renderTags(conversation.tags);
  return h('section', { 'aria-labelledby': 'tags-heading' }, h('h2', { id: 'tags-heading' }, t('transcript.tags')), list, form);
}

function reviewedSection(conversation, { status, problem }) {
  let reviewed = conversation.reviewed;
  const text = h('p', {});
  const button = h('button', { type: 'button' });
  const show = () => {
    text.textContent = reviewed ? t('transcript.reviewedBy', { username: reviewed.by, time: formatTime(reviewed.at) }) : t('transcript.notReviewed');
    button.textContent = reviewed ? t('transcript.markUnreviewed') : t('transcript.markReviewed');
  };
  button.addEventListener('click', async () => {
    try {
      const result = await api('POST', `/conversations/${encodeURIComponent(conversation.id)}/reviewed`, { reviewed: !reviewed });
      reviewed = result.reviewed;
      show();
      status(t('transcript.reviewedSaved'));
    } catch (err) {
      status(problem(err), 'error');
    }
  });
  show();
  return h('section', { 'aria-labelledby': 'reviewed-heading' }, h('h2', { id: 'reviewed-heading' }, t('transcript.review')), text, button);
}

function notesSection(conversation, { status, problem }) {
  const note = (n) => h('li', {}, h('p', { class: 'meta' }, t('transcript.noteBy', { username: n.author, time: formatTime(n.at) })), h('p', { class: 'text' }, n.text));
  const list = h('ul', { class: 'notes' }, conversation.notes.map(note));
  const textarea = h('textarea', { name: 'note', rows: 3, maxlength: 2000, required: true });
  const form = h(
    'form',
    {
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          list.append(note(await api('POST', `/conversations/${encodeURIComponent(conversation.id)}/notes`, { text: textarea.value })));
          textarea.value = '';
          status(t('transcript.noteSaved'));
        } catch (err) {
          status(problem(err), 'error');
        }
      },
    },
    field(t('transcript.newNote'), textarea),
    h('button', { type: 'submit' }, t('transcript.addNote')),
  );
  return h('section', { 'aria-labelledby': 'notes-heading' }, h('h2', { id: 'notes-heading' }, t('transcript.notes')), list, form);
}

/** Deleting takes two presses: the first turns the button into a confirmation. */
function deleteSection(conversation, { go, status, problem }) {
  let armed = false;
  const button = h('button', { type: 'button', class: 'danger' }, t('transcript.delete'));
  button.addEventListener('click', async () => {
    if (!armed) {
      armed = true;
      button.textContent = t('transcript.deleteConfirm');
      return;
    }
    try {
      await api('DELETE', `/conversations/${encodeURIComponent(conversation.id)}`);
      go('#/conversations', t('transcript.deleted'));
    } catch (err) {
      status(problem(err), 'error');
    }
  });
  return h('section', { 'aria-labelledby': 'delete-heading' }, h('h2', { id: 'delete-heading' }, t('transcript.deleteHeading')), h('p', {}, t('transcript.deleteHint')), button);
}

/** #/conversations/<id>: the turns as chat bubbles, with tags, review state, notes (and delete for admins). */
export async function transcriptView(context) {
  const { main, me, params } = context;
  const conversation = await api('GET', `/conversations/${encodeURIComponent(params.id)}`);
  main.append(
    h('p', {}, h('a', { href: '#/conversations' }, t('transcript.back'))),
    h('h1', { tabindex: '-1' }, t('transcript.heading', { time: formatTime(conversation.startedAt) })),
    h('p', { class: 'meta' }, t('transcript.summary', { turns: conversation.turnCount, languages: conversation.languages.join(', ') || '–' })),
    h('p', { class: 'notice' }, t('transcript.auditNotice')),
    h('div', { class: 'transcript-layout' },
      h('ol', { class: 'transcript', 'aria-label': t('transcript.turns') }, conversation.turns.map(bubble)),
      h('aside', { class: 'side' },
        tagsSection(conversation, context),
        reviewedSection(conversation, context),
        notesSection(conversation, context),
        me.role === 'admin' ? deleteSection(conversation, context) : null,
      ),
    ),
  );
}
