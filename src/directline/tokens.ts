import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

/** Direct Line tokens live 30 minutes; clients refresh them halfway (botframework-directlinejs does). */
export const TOKEN_TTL_SECONDS = 30 * 60;
const ISSUER = 'community-safety-bot/directline';
const MAX_TOKEN_CHARS = 2048;

export interface TokenGrant {
  conversationId: string;
  userId: string;
}

export interface IssuedToken extends TokenGrant {
  token: string;
  expiresIn: number;
}

export interface LocalTokenOptions {
  /** HMAC key; without one a random key is made, so tokens do not survive a restart. */
  secret?: string;
  ttlSeconds?: number;
  /** Milliseconds since the epoch (tests move it). */
  now?: () => number;
}

/**
 * Signed (HS256), expiring tokens for the local Direct Line, each bound to one conversation and one
 * server-assigned user. The claims follow the Direct Line service's (`conv`, `user`), so clients that
 * read the user id from the token (botframework-directlinejs, Web Chat) find it.
 */
export class LocalTokens {
  private readonly key: Uint8Array;
  private readonly ttlSeconds: number;
  private readonly now: () => number;

  constructor(options: LocalTokenOptions = {}) {
    this.key = options.secret ? new TextEncoder().encode(options.secret) : new Uint8Array(randomBytes(32));
    this.ttlSeconds = options.ttlSeconds ?? TOKEN_TTL_SECONDS;
    this.now = options.now ?? Date.now;
  }

  async issue(grant: TokenGrant): Promise<IssuedToken> {
    const issuedAt = Math.floor(this.now() / 1000);
    const token = await new SignJWT({ conv: grant.conversationId, user: grant.userId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.key);
    return { ...grant, token, expiresIn: this.ttlSeconds };
  }

  /** The grant of a valid token; undefined for a forged, expired, malformed or foreign one. */
  async verify(token: string): Promise<TokenGrant | undefined> {
    if (token.length > MAX_TOKEN_CHARS) return undefined;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        requiredClaims: ['exp', 'conv', 'user'],
        currentDate: new Date(this.now()),
      });
      const { conv, user } = payload;
      return typeof conv === 'string' && typeof user === 'string' ? { conversationId: conv, userId: user } : undefined;
    } catch {
      return undefined;
    }
  }
}
