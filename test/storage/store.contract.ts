import { describe } from 'vitest';
import { auditContract } from './contract/audit.contract.js';
import type { ContractBackend } from './contract/backend.js';
import { keyValueContract } from './contract/key-value.contract.js';
import { migrationsContract } from './contract/migrations.contract.js';
import { reviewContract } from './contract/review.contract.js';
import { staffContract } from './contract/staff.contract.js';
import { statsContract } from './contract/stats.contract.js';
import { transcriptsContract } from './contract/transcripts.contract.js';

export type { ContractBackend } from './contract/backend.js';

/** The one storage contract: every backend runs all of it (sqlite.test.ts, postgres.test.ts). */
export function storeContract(name: string, backend: () => ContractBackend): void {
  describe(`Store contract: ${name}`, () => {
    migrationsContract(backend);
    transcriptsContract(backend);
    reviewContract(backend);
    statsContract(backend);
    staffContract(backend);
    auditContract(backend);
    keyValueContract(backend);
  });
}
