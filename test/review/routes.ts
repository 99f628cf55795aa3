/** Every review API route, with a body that would pass validation, for the access-control tests. */
export interface RouteCase {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
  admin?: boolean;
}

export const ROUTES: RouteCase[] = [
  { method: 'POST', path: '/api/review/logout' },
  { method: 'GET', path: '/api/review/session' },
  { method: 'GET', path: '/api/review/meta' },
  { method: 'GET', path: '/api/review/conversations' },
  { method: 'GET', path: '/api/review/conversations/conv-1' },
  { method: 'POST', path: '/api/review/conversations/conv-1/tags', body: { add: ['x'] } },
  { method: 'POST', path: '/api/review/conversations/conv-1/reviewed', body: { reviewed: true } },
  { method: 'POST', path: '/api/review/conversations/conv-1/notes', body: { text: 'a note' } },
  { method: 'GET', path: '/api/review/unanswered' },
  { method: 'GET', path: '/api/review/stats' },
  { method: 'DELETE', path: '/api/review/conversations/conv-1', admin: true },
  { method: 'GET', path: '/api/review/export?format=csv', admin: true },
  { method: 'GET', path: '/api/review/export?format=json', admin: true },
  { method: 'GET', path: '/api/review/audit', admin: true },
  { method: 'GET', path: '/api/review/staff', admin: true },
  { method: 'POST', path: '/api/review/staff', body: { username: 'newbie', role: 'reviewer', password: 'a long enough password' }, admin: true },
  { method: 'POST', path: '/api/review/staff/rita/disabled', body: { disabled: false }, admin: true },
];

export const STATE_CHANGING = ROUTES.filter((r) => r.method !== 'GET');
export const label = (r: RouteCase): string => `${r.method} ${r.path}`;
