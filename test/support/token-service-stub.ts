import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

/** The claims a Bot Framework channel puts in the token it sends with each activity. */
export interface ChannelTokenClaims {
  iss: string;
  aud: string;
  serviceurl: string;
  /** Seconds since the epoch. */
  nbf: number;
  exp: number;
}

export type SigningKey =
  /** The key the stub publishes. */
  | 'published'
  /** A key the stub does not publish, with a key id of its own. */
  | 'unknown'
  /** A different key presenting the published key's id: a forged signature. */
  | 'forged';

export interface TokenServiceStub {
  /** The issuer the stub's channel tokens carry (the real service's is https://api.botframework.com). */
  issuer: string;
  /** How many times the stub's signing keys were fetched. */
  keyFetches(): number;
  /** The Bot Framework endpoint variables that make the app trust this stub instead of Microsoft's service. */
  endpointEnv(): Record<string, string>;
  /** A signed channel token: valid for `audience` and `serviceUrl` unless `claims` or `key` say otherwise. */
  channelToken(audience: string, serviceUrl: string, options?: { claims?: Partial<ChannelTokenClaims>; key?: SigningKey }): Promise<string>;
  close(): Promise<void>;
}

const PUBLISHED_KID = 'stub-signing-key';

async function rsaKeyPair(): Promise<{ privateKey: CryptoKey; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { privateKey, publicJwk: await exportJWK(publicKey) };
}

const signingKey = async (): Promise<CryptoKey> => (await generateKeyPair('RS256')).privateKey;

/**
 * A local stand-in for the Bot Framework's token service: OpenID metadata and a JWKS whose one key is
 * endorsed for `endorsedChannels` (botbuilder refuses a channel token whose key does not endorse the
 * activity's channel), on 127.0.0.1 over plain http (botbuilder fetches the metadata with node-fetch,
 * which takes http as well as https).
 */
export async function startTokenServiceStub(endorsedChannels: string[]): Promise<TokenServiceStub> {
  const published = await rsaKeyPair();
  const unknownKey = await signingKey();
  const forgerKey = await signingKey();
  let keyFetches = 0;

  const server: Server = createServer((req, res) => {
    const base = `http://${req.headers.host}`;
    // No chaining: restify, loaded in the same process, patches http.ServerResponse and its writeHead returns nothing.
    const json = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/v1/.well-known/openidconfiguration') {
      json({ issuer: base, jwks_uri: `${base}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    } else if (req.method === 'GET' && req.url === '/v1/keys') {
      keyFetches += 1;
      json({ keys: [{ ...published.publicJwk, kid: PUBLISHED_KID, use: 'sig', alg: 'RS256', endorsements: endorsedChannels }] });
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const metadataUrl = `${base}/v1/.well-known/openidconfiguration`;

  return {
    issuer: base,
    keyFetches: () => keyFetches,
    endpointEnv: () => ({
      ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
      ToBotFromChannelTokenIssuer: base,
      // Not served: they only complete the set botbuilder expects (Emulator and skill tokens, and replies
      // outside expectReplies, which would need a token from the login URL, are not tested here).
      ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
      ToChannelFromBotLoginUrl: `${base}/login`,
      ToChannelFromBotOAuthScope: base,
      OAuthUrl: `${base}/oauth`,
    }),
    async channelToken(audience, serviceUrl, { claims = {}, key = 'published' } = {}) {
      const now = Math.floor(Date.now() / 1000);
      const payload: ChannelTokenClaims = { iss: base, aud: audience, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600, ...claims };
      const [signer, kid] = key === 'unknown' ? [unknownKey, 'unpublished-key'] : key === 'forged' ? [forgerKey, PUBLISHED_KID] : [published.privateKey, PUBLISHED_KID];
      return new SignJWT({ ...payload }).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(signer);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
