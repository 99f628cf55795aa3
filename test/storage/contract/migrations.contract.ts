import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/storage/migrations.js';
import { manualClock } from '../../support/clock.js';
import type { ContractBackend } from './backend.js';

export function migrationsContract(backend: () => ContractBackend): void {
  describe('migrations', () => {
    it('run on open, are recorded, and re-opening applies nothing and keeps the data', async () => {
      const location = await backend().newLocation();
      const first = await backend().open(location, { clock: manualClock() });
      try {
        const recorded = await first.db.selectFrom('schema_migrations' as never).select('name' as never).execute();
        expect(recorded).toEqual([{ name: '0001_initial' }]);
        await first.transcripts.appendTurns({ id: 'c' }, [{ role: 'user', text: 'kept' }]);
        await first.audit.append({ actor: 'ana', action: 'conversation.read', target: 'c' });
      } finally {
        await first.close();
      }

      const again = await backend().open(location, { clock: manualClock() });
      try {
        expect(await migrate(again.db, again.backend)).toEqual([]);
        expect((await again.review.getConversation('c'))?.turns.map((t) => t.text)).toEqual(['kept']);
        expect((await again.audit.list()).total).toBe(1);
        // The append-only triggers survive a re-open.
        await expect(again.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
      } finally {
        await again.close();
      }
    });
  });
}
