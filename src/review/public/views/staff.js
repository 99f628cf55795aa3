import { api } from '../api.js';
import { field, formatTime, h, select } from '../dom.js';
import { t } from '../strings.js';

/** #/staff (admins): accounts, adding one, disabling and enabling. */
export async function staffView({ main, me, go, status, problem }) {
  const { items } = await api('GET', '/staff');
  const toggle = (account) =>
    account.username === me.username
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: async () => {
              try {
                await api('POST', `/staff/${encodeURIComponent(account.username)}/disabled`, { disabled: !account.disabled });
                go('#/staff');
              } catch (err) {
                status(problem(err), 'error');
              }
            },
          },
          account.disabled ? t('staff.enable') : t('staff.disable'),
        );
  const username = h('input', { name: 'username', required: true, maxlength: 40, autocomplete: 'off' });
  const role = select('role', [['reviewer', t('roles.reviewer')], ['admin', t('roles.admin')]], 'reviewer');
  const password = h('input', { name: 'password', type: 'password', required: true, minlength: 12, autocomplete: 'new-password' });
  const form = h(
    'form',
    {
      class: 'inline',
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          await api('POST', '/staff', { username: username.value, role: role.value, password: password.value });
          go('#/staff', t('staff.added', { username: username.value }));
        } catch (err) {
          status(problem(err), 'error');
        }
      },
    },
    field(t('staff.username'), username),
    field(t('staff.role'), role),
    field(t('staff.password'), password),
    h('button', { type: 'submit' }, t('staff.add')),
  );
  main.append(
    h('h1', { tabindex: '-1' }, t('staff.heading')),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ['username', 'role', 'state', 'lastLogin', 'actions'].map((k) => h('th', { scope: 'col' }, t(`staff.${k}`))))),
      h(
        'tbody',
        {},
        items.map((a) =>
          h(
            'tr',
            {},
            h('td', {}, a.username),
            h('td', {}, t(`roles.${a.role}`)),
            h('td', {}, a.disabled ? t('staff.disabled') : t('staff.active')),
            h('td', {}, a.lastLoginAt ? formatTime(a.lastLoginAt) : t('staff.never')),
            h('td', {}, toggle(a)),
          ),
        ),
      ),
    ),
    h('h2', {}, t('staff.addHeading')),
    form,
  );
}
