import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AuditLog } from '../../../src/storage/store.js';
import { type ContractBackend, useFreshStore } from './backend.js';

export function auditContract(backend: () => ContractBackend): void {
  describe('audit log', () => {
    const fresh = useFreshStore(backend);

    it('offers appending and reading only', () => {
      expectTypeOf<keyof AuditLog>().toEqualTypeOf<'append' | 'list'>();
    });

    it('appends entries with the time from the clock and lists them newest first, filtered and paged', async () => {
      const { store, clock } = fresh();
      const first = await store.audit.append({ actor: 'ana', action: 'conversation.read', target: 'c1' });
      clock.advance(1000);
      await store.audit.append({ actor: 'ben', action: 'export', details: { format: 'csv', rows: 42 } });
      clock.advance(1000);
      await store.audit.append({ actor: 'ana', action: 'conversation.delete', target: 'c1', details: { reason: 'user asked' } });

      expect(first).toEqual({ id: first.id, at: new Date('2026-03-02T00:00:00.000Z'), actor: 'ana', action: 'conversation.read', target: 'c1', details: null });
      const all = await store.audit.list();
      expect(all.total).toBe(3);
      expect(all.items.map((e) => e.action)).toEqual(['conversation.delete', 'export', 'conversation.read']);
      expect(all.items[1]?.details).toEqual({ format: 'csv', rows: 42 });
      expect((await store.audit.list({ actor: 'ana' })).items.map((e) => e.action)).toEqual(['conversation.delete', 'conversation.read']);
      expect((await store.audit.list({ action: 'export' })).total).toBe(1);
      expect((await store.audit.list({ target: 'c1', actor: 'ana', action: 'conversation.read' })).items).toEqual([first]);
      const page2 = await store.audit.list({ page: 2, pageSize: 2 });
      expect([page2.total, page2.items.map((e) => e.id)]).toEqual([3, [first.id]]);
    });

    it('cannot be altered even behind the interface: the database rejects UPDATE and DELETE', async () => {
      const { store } = fresh();
      const entry = await store.audit.append({ actor: 'ana', action: 'conversation.read', target: 'c1' });
      await expect(store.db.updateTable('audit_log').set({ actor: 'someone-else' }).execute()).rejects.toThrow(/append-only/);
      await expect(store.db.deleteFrom('audit_log').where('id', '=', entry.id).execute()).rejects.toThrow(/append-only/);
      await expect(store.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
      expect((await store.audit.list()).items).toEqual([entry]);
    });
  });
}
