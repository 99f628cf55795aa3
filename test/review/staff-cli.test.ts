import { mkdtempSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/storage/open-store.js';
import { PASSWORD, runStaffCli } from '../support/review.js';

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'csb-staff-cli-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = (args: string[], input = '') => runStaffCli(dataDir, args, input);

async function withStore<T>(use: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore({ dataDir, databaseUrl: undefined });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

describe('npm run staff', () => {
  it('add (password on stdin), list, disable, enable, set-password, set-role; every change audited as cli:<user>', async () => {
    expect(cli(['add', 'Ana', '--role', 'reviewer', '--password-stdin'], `${PASSWORD}\n`)).toMatchObject({ status: 0, stdout: 'Added reviewer "ana".\n', stderr: '' });
    expect(cli(['add', 'boss', '--role', 'admin', '--password-stdin'], PASSWORD).status).toBe(0);
    const listed = cli(['list']);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/^ana\s+reviewer\s+active\s+last login never\nboss\s+admin\s+active/);

    expect(cli(['disable', 'ana'])).toMatchObject({ status: 0, stdout: 'Disabled (and logged out) "ana".\n' });
    expect(cli(['list']).stdout).toMatch(/^ana\s+reviewer\s+disabled/);
    expect(cli(['enable', 'ana']).status).toBe(0);
    expect(cli(['set-password', 'ana', '--password-stdin'], 'another long password\n').status).toBe(0);
    expect(cli(['set-role', 'ana', '--role', 'admin']).status).toBe(0);

    await withStore(async (store) => {
      const { verifyPassword } = await import('../../src/review/password.js');
      expect(await verifyPassword('another long password', (await store.staff.getPasswordHash('ana'))!)).toBe(true);
      expect((await store.staff.get('ana'))?.role).toBe('admin');
      const entries = (await store.audit.list()).items.reverse();
      expect(entries.map((e) => [e.actor, e.action, e.target])).toEqual(
        [
          ['staff.create', 'ana'],
          ['staff.create', 'boss'],
          ['staff.disable', 'ana'],
          ['staff.enable', 'ana'],
          ['staff.set_password', 'ana'],
          ['staff.set_role', 'ana'],
        ].map(([action, target]) => [`cli:${userInfo().username}`, action, target]),
      );
    });
  });

  it.each([
    [['add', 'ana', '--role', 'reviewer', '--password-stdin'], PASSWORD, 1, /"ana" is taken/],
    [['add', 'carl', '--role', 'reviewer', '--password-stdin'], 'short\n', 1, /at least 12 characters/],
    [['add', 'carl', '--role', 'boss', '--password-stdin'], PASSWORD, 2, /--role must be reviewer or admin/],
    [['add', 'carl', '--role', 'reviewer'], '', 2, /pipe it in with --password-stdin/],
    [['disable', 'ghost'], '', 1, /no account "ghost"/],
    [['disable'], '', 2, /needs a username/],
    [['frobnicate'], '', 2, /Unknown command "frobnicate"/],
    [['add', 'carl', '--colour'], '', 2, /Unknown option/],
  ])('%j is refused (exit %s)', (args, input, status, message) => {
    const result = cli(args, input);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
  });

  it('the refused commands changed nothing', async () => {
    await withStore(async (store) => expect((await store.staff.list()).map((a) => a.username)).toEqual(['ana', 'boss']));
  });
});
