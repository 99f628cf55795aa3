import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Request, Response } from 'restify';
import { sendError } from './http.js';

/**
 * A per-minute budget per key, answered with 429 and Retry-After when spent. Keys (addresses,
 * conversation ids) stay in memory only and are never logged.
 */
export class MinuteRateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(perMinute: number) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  /** True when `key` may go on; otherwise a 429 has been sent. */
  async allow(key: string, res: Response): Promise<boolean> {
    try {
      await this.limiter.consume(key);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      res.header('Retry-After', String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))));
      sendError(res, 429, 'TooManyRequests', 'Too many requests. Please wait a moment and try again.');
      return false;
    }
  }
}

/** The client's address: the socket's, or behind a trusted reverse proxy the first X-Forwarded-For entry. */
export function clientAddress(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
