import { describe, expect, it } from 'vitest';
import { StoreConflictError } from '../../../src/storage/errors.js';
import { HOUR, type ContractBackend, useFreshStore } from './backend.js';

const HASH = 'scrypt$N=32768,r=8,p=1$c2FsdA$aGFzaA';

export function staffContract(backend: () => ContractBackend): void {
  describe('staff accounts', () => {
    const fresh = useFreshStore(backend);

    it('creates accounts under one normalised username and refuses a taken one', async () => {
      const { store } = fresh();
      const created = await store.staff.create({ username: '  Ana.Reviewer ', role: 'reviewer', passwordHash: HASH });
      expect(created).toEqual({
        username: 'ana.reviewer',
        role: 'reviewer',
        disabled: false,
        createdAt: new Date('2026-03-02T00:00:00.000Z'),
        failedLogins: 0,
        lockedUntil: null,
        lastLoginAt: null,
      });
      expect(await store.staff.get('ANA.REVIEWER')).toEqual(created);
      await expect(store.staff.create({ username: 'ana.reviewer', role: 'admin', passwordHash: 'x' })).rejects.toBeInstanceOf(StoreConflictError);
      await expect(store.staff.create({ username: 'ＡＮＡ.reviewer', role: 'admin', passwordHash: 'x' })).rejects.toBeInstanceOf(StoreConflictError);
      await expect(store.staff.create({ username: '   ', role: 'admin', passwordHash: 'x' })).rejects.toThrow(/empty/);
      expect(await store.staff.getPasswordHash('Ana.Reviewer')).toBe(HASH);
      expect(await store.staff.get('nobody')).toBeUndefined();
      expect(await store.staff.getPasswordHash('nobody')).toBeUndefined();
    });

    it('lists accounts by username without their password hashes', async () => {
      const { store } = fresh();
      await store.staff.create({ username: 'zoe', role: 'admin', passwordHash: HASH });
      await store.staff.create({ username: 'ben', role: 'reviewer', passwordHash: HASH });
      const list = await store.staff.list();
      expect(list.map((a) => [a.username, a.role])).toEqual([['ben', 'reviewer'], ['zoe', 'admin']]);
      expect(JSON.stringify(list)).not.toContain(HASH);
    });

    it('counts failed logins, locks until a time, and resets on success', async () => {
      const { store, clock } = fresh();
      await store.staff.create({ username: 'ana', role: 'reviewer', passwordHash: HASH });
      const counts = await Promise.all([1, 2, 3].map(() => store.staff.recordLoginFailure('Ana')));
      expect(counts.sort()).toEqual([1, 2, 3]);
      const until = new Date(clock().getTime() + 15 * 60_000);
      expect(await store.staff.lockUntil('ana', until)).toBe(true);
      expect(await store.staff.get('ana')).toMatchObject({ failedLogins: 3, lockedUntil: until });

      clock.advance(HOUR);
      expect(await store.staff.recordLoginSuccess('ana')).toBe(true);
      expect(await store.staff.get('ana')).toMatchObject({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date('2026-03-02T01:00:00.000Z') });
      expect(await store.staff.recordLoginFailure('nobody')).toBeUndefined();
      expect(await store.staff.lockUntil('nobody', until)).toBe(false);
    });

    it('changes role, password and disabled state; disabling and a new password end sessions', async () => {
      const { store, clock } = fresh();
      await store.staff.create({ username: 'ana', role: 'reviewer', passwordHash: HASH });
      const session = (idHash: string) => store.sessions.create({ idHash, username: 'ana', csrfToken: 'csrf', expiresAt: new Date(clock().getTime() + HOUR) });

      await session('s1');
      expect(await store.staff.setRole('ana', 'admin')).toBe(true);
      expect((await store.staff.get('ana'))?.role).toBe('admin');
      expect(await store.sessions.get('s1')).toBeDefined();

      await store.staff.recordLoginFailure('ana');
      expect(await store.staff.setPasswordHash('ana', 'new-hash')).toBe(true);
      expect(await store.staff.getPasswordHash('ana')).toBe('new-hash');
      expect((await store.staff.get('ana'))?.failedLogins).toBe(0);
      expect(await store.sessions.get('s1')).toBeUndefined();

      await session('s2');
      expect(await store.staff.setDisabled('ana', true)).toBe(true);
      expect((await store.staff.get('ana'))?.disabled).toBe(true);
      expect(await store.sessions.get('s2')).toBeUndefined();
      expect(await store.staff.setDisabled('ana', false)).toBe(true);
      expect((await store.staff.get('ana'))?.disabled).toBe(false);
      expect(await store.staff.setDisabled('nobody', true)).toBe(false);
      expect(await store.staff.setRole('nobody', 'admin')).toBe(false);
    });
  });

  describe('staff sessions', () => {
    const fresh = useFreshStore(backend);

    it('expires sessions by the clock, extends them on touch, and purges the expired', async () => {
      const { store, clock } = fresh();
      await store.staff.create({ username: 'ana', role: 'reviewer', passwordHash: HASH });
      await store.staff.create({ username: 'ben', role: 'admin', passwordHash: HASH });
      const in30min = () => new Date(clock().getTime() + 30 * 60_000);
      const created = await store.sessions.create({ idHash: 'h1', username: 'Ana', csrfToken: 'token-1', expiresAt: in30min() });
      expect(created).toEqual({
        idHash: 'h1',
        username: 'ana',
        csrfToken: 'token-1',
        createdAt: new Date('2026-03-02T00:00:00.000Z'),
        lastSeenAt: new Date('2026-03-02T00:00:00.000Z'),
        expiresAt: new Date('2026-03-02T00:30:00.000Z'),
      });
      await store.sessions.create({ idHash: 'h2', username: 'ben', csrfToken: 'token-2', expiresAt: in30min() });
      expect(await store.sessions.get('h1')).toEqual(created);

      clock.advance(20 * 60_000);
      expect(await store.sessions.touch('h1', in30min())).toBe(true);
      clock.advance(20 * 60_000); // h2 idle for 40 min: expired; h1 touched 20 min ago: alive
      expect(await store.sessions.get('h2')).toBeUndefined();
      expect(await store.sessions.touch('h2', in30min())).toBe(false);
      expect(await store.sessions.get('h1')).toMatchObject({
        lastSeenAt: new Date('2026-03-02T00:20:00.000Z'),
        expiresAt: new Date('2026-03-02T00:50:00.000Z'),
      });
      clock.advance(10 * 60_000); // exactly at expiry: expired
      expect(await store.sessions.get('h1')).toBeUndefined();

      expect(await store.sessions.purgeExpired()).toBe(2);
      expect(await store.sessions.purgeExpired()).toBe(0);
    });

    it('deletes one session or all of a user', async () => {
      const { store, clock } = fresh();
      await store.staff.create({ username: 'ana', role: 'reviewer', passwordHash: HASH });
      await store.staff.create({ username: 'ben', role: 'reviewer', passwordHash: HASH });
      const expiresAt = new Date(clock().getTime() + HOUR);
      for (const [idHash, username] of [['a1', 'ana'], ['a2', 'ana'], ['b1', 'ben']]) {
        await store.sessions.create({ idHash: idHash!, username: username!, csrfToken: 't', expiresAt });
      }
      expect(await store.sessions.delete('b1')).toBe(true);
      expect(await store.sessions.delete('b1')).toBe(false);
      expect(await store.sessions.deleteForUser('ANA')).toBe(2);
      for (const id of ['a1', 'a2', 'b1']) expect(await store.sessions.get(id)).toBeUndefined();
    });
  });
}
