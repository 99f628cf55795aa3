import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NeutralSite {
  /** A plain page on another origin, standing in for QUICK_EXIT_URL. */
  neutralUrl: string;
  /** A page embedding the chat with the documented snippet, on this site's origin. */
  hostPageUrl(chatOrigin: string): string;
  /** A page that breaks its own CSP and asks for something off this machine. */
  misbehavingUrl: string;
  origin: string;
  close(): Promise<void>;
}

/** A second local web site (its own port, so its own origin): the neutral page and an embedding host page. */
export async function startNeutralSite(hostname = 'localhost'): Promise<NeutralSite> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname === '/misbehaving') {
      // For checking the tests' own guard: an inline script the CSP refuses, and a request off this machine.
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "script-src 'none'" });
      res.end('<!doctype html><title>x</title><script>document.title = "ran"</script><img src="http://example.invalid/pixel.png" alt="">');
      return;
    }
    if (url.pathname === '/host') {
      const chat = url.searchParams.get('chat') ?? '';
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ministry site</title></head>
<body><h1>Ministry site</h1><div id="community-safety-chat" data-lang="en" style="height: 36rem"></div>
<script src="${chat}/embed.js" async></script></body></html>`);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head><body><h1>Weather</h1><p>Fine today.</p></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://${hostname}:${(server.address() as AddressInfo).port}`;
  return {
    neutralUrl: `${origin}/weather`,
    misbehavingUrl: `${origin}/misbehaving`,
    hostPageUrl: (chatOrigin) => `${origin}/host?chat=${encodeURIComponent(chatOrigin)}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
