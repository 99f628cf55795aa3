import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { chatConnection } from '../../src/web/connection.js';
import { securityHeaders } from '../../src/web/security-headers.js';

function headersFor(connectOrigins: string[]): string {
  const req = new IncomingMessage(new Socket());
  const res = new ServerResponse(req);
  let called = false;
  securityHeaders({ allowedOrigins: [], connectOrigins })(req, res, () => (called = true));
  expect(called).toBe(true);
  return String(res.getHeader('content-security-policy'));
}

describe('where the page connects', () => {
  it('locally: only its own origin (the local Direct Line)', () => {
    const connection = chatConnection(loadConfig({}).directLine);
    expect(connection).toEqual({ tokenUrl: '/api/directline/token', connectOrigins: [] });
    expect(headersFor(connection.connectOrigins)).toContain("connect-src 'self';");
  });

  it('in production (DIRECT_LINE_SECRET): also the Direct Line service it was given, nothing else', () => {
    const config = loadConfig({ DIRECT_LINE_SECRET: 'secret', DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/' });
    const connection = chatConnection(config.directLine);
    expect(connection.connectOrigins).toEqual(['https://europe.directline.botframework.com']);
    const csp = headersFor(connection.connectOrigins);
    expect(csp).toContain("connect-src 'self' https://europe.directline.botframework.com;");
    expect(csp).toContain("script-src 'self';");
  });
});
