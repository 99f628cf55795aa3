import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/review/password.js';
import { addStaff, PASSWORD, ReviewClient, type ReviewServer, startReviewServer } from '../support/review.js';

let server: ReviewServer;
let adam: ReviewClient;

beforeEach(async () => {
  server = await startReviewServer();
  await addStaff(server.store);
  adam = new ReviewClient(server.url);
  await adam.login('adam', PASSWORD);
});
afterEach(() => server.close());

describe('staff management API (admin)', () => {
  it('lists accounts without password hashes', async () => {
    const reply = await adam.get('/api/review/staff');
    expect(reply.json.items.map((a: { username: string; role: string }) => [a.username, a.role])).toEqual([['adam', 'admin'], ['rita', 'reviewer']]);
    expect(reply.text).not.toMatch(/scrypt|password/i);
  });

  it('creates an account (scrypt hash, audited) that can log in', async () => {
    const reply = await adam.post('/api/review/staff', { username: 'Mere.T', role: 'reviewer', password: 'a long enough password' });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ username: 'mere.t', role: 'reviewer', disabled: false });
    expect(reply.text).not.toContain('a long enough password');
    const hash = (await server.store.staff.getPasswordHash('mere.t'))!;
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('a long enough password', hash)).toBe(true);
    expect((await new ReviewClient(server.url).login('mere.t', 'a long enough password')).status).toBe(200);
    expect((await server.store.audit.list({ action: 'staff.create', actor: 'adam' })).items).toMatchObject([{ target: 'mere.t', details: { role: 'reviewer' } }]);
  });

  it.each([
    [{ username: 'rita', role: 'reviewer', password: 'a long enough password' }, 409, /taken/],
    [{ username: 'newbie', role: 'reviewer', password: 'short' }, 400, /at least 12 characters/],
    [{ username: 'newbie', role: 'reviewer', password: 'newbie' }, 400, /at least 12/],
    [{ username: 'longusername1', role: 'reviewer', password: 'LongUsername1' }, 400, /must not be the username/],
    [{ username: 'x', role: 'reviewer', password: 'a long enough password' }, 400, /username: must be 2-40/],
    [{ username: 'new person', role: 'reviewer', password: 'a long enough password' }, 400, /username: must be 2-40/],
    [{ username: 'newbie', role: 'root', password: 'a long enough password' }, 400, /role: must be reviewer or admin/],
  ])('refuses %j', async (body, status, message) => {
    const reply = await adam.post('/api/review/staff', body);
    expect(reply.status).toBe(status);
    expect(reply.json.error).toMatch(message);
  });

  it('disables and enables (audited); not yourself; unknown is 404', async () => {
    expect((await adam.post('/api/review/staff/rita/disabled', { disabled: true })).json).toMatchObject({ username: 'rita', disabled: true });
    expect((await new ReviewClient(server.url).login('rita', PASSWORD)).status).toBe(401);
    expect((await adam.post('/api/review/staff/rita/disabled', { disabled: false })).json).toMatchObject({ disabled: false });
    expect((await new ReviewClient(server.url).login('rita', PASSWORD)).status).toBe(200);
    expect((await adam.post('/api/review/staff/adam/disabled', { disabled: true })).json.error).toMatch(/your own account/);
    expect((await adam.post('/api/review/staff/ghost/disabled', { disabled: true })).status).toBe(404);
    expect((await server.store.audit.list({ actor: 'adam' })).items.map((e) => [e.action, e.target]).filter(([a]) => a?.startsWith('staff.'))).toEqual([
      ['staff.enable', 'rita'],
      ['staff.disable', 'rita'],
    ]);
  });
});
