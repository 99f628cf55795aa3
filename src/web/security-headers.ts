import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

export interface SecurityOptions {
  /** Origins allowed to embed our pages in a frame (and to read our embed script cross-origin). */
  allowedOrigins: readonly string[];
  /** Origins the page may connect to besides its own (the Azure Direct Line endpoint in production). */
  connectOrigins: readonly string[];
}

/** sha256 of "", the text of a <style> element that emotion fills through insertRule. */
const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

const nonces = new WeakMap<ServerResponse, string>();

/** The per-response nonce Web Chat passes to the <style> elements it injects (emotion). */
export function cspNonce(res: ServerResponse): string {
  const nonce = nonces.get(res);
  if (!nonce) throw new Error('securityHeaders() did not run for this response');
  return nonce;
}

/**
 * Security headers on every response (helmet): a Content-Security-Policy that allows only our own
 * origin (plus the Direct Line endpoint), no referrer, no sniffing, framing only by allowed origins.
 */
export function securityHeaders({ allowedOrigins, connectOrigins }: SecurityOptions) {
  const applyHelmet = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        // Web Chat injects its styles as <style> elements carrying this nonce. Its scroll component
        // (react-scroll-to-bottom) gets no nonce from Web Chat 4.18, so its <style> element is allowed
        // by the hash of the empty string: it stays empty, its rules arrive through the CSSOM.
        styleSrc: ["'self'", (_req: IncomingMessage, res: ServerResponse) => `'nonce-${cspNonce(res)}'`, `'${EMPTY_STYLE_HASH}'`],
        // Web Chat draws some icons as data: and blob: images it makes itself.
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'", ...connectOrigins],
        frameAncestors: ["'self'", ...allowedOrigins],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // X-Frame-Options cannot name several origins; frame-ancestors (which browsers prefer) does.
    xFrameOptions: allowedOrigins.length === 0 ? { action: 'sameorigin' } : false,
  });
  return (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): void => {
    nonces.set(res, randomBytes(16).toString('base64'));
    applyHelmet(req, res, next);
  };
}

/** CORS for the few resources another site may read: only the allowed origins, never "*". */
export function allowCors(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): void {
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (origin && allowedOrigins.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
}
