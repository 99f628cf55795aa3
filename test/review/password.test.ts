import { describe, expect, it } from 'vitest';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from '../../src/review/password.js';

describe('staff passwords (scrypt)', () => {
  it('hashes with a fresh salt and its parameters, and verifies', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('compares NFKC-normalised text, so the same password typed on another keyboard matches', async () => {
    const hash = await hashPassword('ｃｏｒｒｅｃｔ horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
  });

  it('verifies hashes made with other parameters (costs can be raised later)', async () => {
    const hash = await hashPassword('correct horse battery');
    const [, , , , salt] = hash.split('$');
    const { scryptSync } = await import('node:crypto');
    const weaker = ['scrypt', 1024, 8, 1, salt, scryptSync('correct horse battery', Buffer.from(salt!, 'base64url'), 32, { N: 1024 }).toString('base64url')].join('$');
    expect(await verifyPassword('correct horse battery', weaker)).toBe(true);
  });

  it.each(['', 'plain', 'bcrypt$x$y', 'scrypt$abc$8$1$c2FsdA$aGFzaA', 'scrypt$32768$8$1$c2FsdA$short', 'scrypt$3$8$1$c2FsdA$' + 'A'.repeat(43)])(
    'a malformed or foreign hash %j never matches and never throws',
    async (stored) => {
      expect(await verifyPassword('anything at all', stored)).toBe(false);
    },
  );

  it('the dummy hash used for unknown users is a real hash nobody knows', async () => {
    const dummy = await dummyPasswordHash();
    expect(dummy).toMatch(/^scrypt\$32768\$/);
    expect(await dummyPasswordHash()).toBe(dummy);
    expect(await verifyPassword('', dummy)).toBe(false);
  });

  it('policy: at least 12 characters (by code point), at most 256, not the username', () => {
    expect(passwordProblem('elevenchars')).toMatch(/at least 12/);
    expect(passwordProblem('twelve chars')).toBeUndefined();
    expect(passwordProblem('🔑'.repeat(11))).toMatch(/at least 12/);
    expect(passwordProblem('x'.repeat(257))).toMatch(/at most 256/);
    expect(passwordProblem('Reviewer.One', 'reviewer.one')).toMatch(/not be the username/);
  });
});
