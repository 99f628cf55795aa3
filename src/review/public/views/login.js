import { api } from '../api.js';
import { field, h } from '../dom.js';
import { t } from '../strings.js';

/** The login form; calls onLogin({ username, role, csrfToken }) once the server accepts it. */
export function loginView({ message, onLogin }) {
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, maxlength: 100 });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { class: 'error', role: 'alert' });
  const button = h('button', { type: 'submit' }, t('login.submit'));
  const form = h(
    'form',
    {
      class: 'login',
      onsubmit: async (event) => {
        event.preventDefault();
        error.textContent = '';
        button.disabled = true;
        try {
          const session = await api('POST', '/login', { username: username.value, password: password.value });
          password.value = '';
          await onLogin(session);
        } catch (err) {
          error.textContent = err.status === 401 || err.status === 400 ? t('login.failed') : t('errors.generic');
          password.value = '';
          password.focus();
        } finally {
          button.disabled = false;
        }
      },
    },
    field(t('login.username'), username),
    field(t('login.password'), password),
    button,
    error,
  );
  return h(
    'section',
    { class: 'login-page', 'aria-labelledby': 'login-heading' },
    h('h1', { id: 'login-heading', tabindex: '-1' }, t('login.heading')),
    message ? h('p', { class: 'notice' }, message) : null,
    h('p', {}, t('login.intro')),
    form,
  );
}
