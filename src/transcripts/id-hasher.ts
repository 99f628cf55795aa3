import { createHmac, randomBytes } from 'node:crypto';
import { ETagConflictError } from '../storage/errors.js';
import type { KeyValueStore } from '../storage/store.js';

const SALT_KEY = 'transcripts/id-salt';

/**
 * Channel, conversation and user ids never reach the store: they are replaced by a keyed hash
 * (HMAC-SHA256), so the same conversation maps to the same record without the record naming anyone.
 */
export class IdHasher {
  constructor(private readonly salt: string) {}

  hash(...parts: string[]): string {
    return createHmac('sha256', this.salt).update(parts.join('\u0000')).digest('base64url');
  }
}

/**
 * The configured salt (TRANSCRIPT_SALT), else one generated on first start and kept in the store, so
 * restarts and every instance sharing the database hash alike.
 */
export async function loadIdHasher(kv: KeyValueStore, configuredSalt?: string): Promise<IdHasher> {
  if (configuredSalt) return new IdHasher(configuredSalt);
  const stored = (await kv.read([SALT_KEY])).get(SALT_KEY)?.value;
  if (typeof stored === 'string') return new IdHasher(stored);
  try {
    // An eTag no item has makes the write create-only: if another instance stored a salt first, keep theirs.
    await kv.write(SALT_KEY, randomBytes(32).toString('base64url'), 'create-only');
  } catch (err) {
    if (!(err instanceof ETagConflictError)) throw err;
  }
  const written = (await kv.read([SALT_KEY])).get(SALT_KEY)?.value;
  if (typeof written !== 'string') throw new Error('could not store the transcript id salt');
  return new IdHasher(written);
}
