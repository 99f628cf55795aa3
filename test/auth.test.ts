import { BotState } from 'botbuilder';
import { UnsecuredJWT } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../src/app.js';
import { capturingLogger } from './support/log-capture.js';
import { activity, postActivity, startTestApp } from './support/server.js';
import { startTokenServiceStub, type TokenServiceStub } from './support/token-service-stub.js';

/**
 * Bot Framework authentication, end to end: the real app, real HTTP and botbuilder's real token
 * validation, pointed at a local stand-in for the Bot Framework's OpenID metadata and signing keys.
 */
const APP_ID = '6f0c2a4e-9d1b-4c8e-a7f3-2b5d8e1c9a04';
const TENANT_ID = 'b3e8f1d2-5a6c-4e7b-9c0d-1f2a3b4c5d6e';
const SERVICE_URL = 'http://127.0.0.1:1/teams/';

let stub: TokenServiceStub;
let app: App;
const log = capturingLogger();
const turnsLogged = () => log.records.filter((r) => r.event === 'turn' || r.event === 'turn_error').length;

beforeAll(async () => {
  stub = await startTokenServiceStub(['msteams']);
  app = await startTestApp(
    {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'never-sent-anywhere-in-these-tests',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT_ID,
      ...stub.endpointEnv(),
    },
    log.logger,
  );
});

afterAll(async () => {
  await app?.drain(1000);
  await stub?.close();
});

let stateLoads: ReturnType<typeof vi.spyOn>;
let stateSaves: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  stateLoads = vi.spyOn(BotState.prototype, 'load');
  stateSaves = vi.spyOn(BotState.prototype, 'saveChanges');
  // botbuilder prints every refused token with console.error (stack and the stub's public key).
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

function teamsMessage(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return activity({
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    text: 'how do I report someone from the consulate watching our meetings?',
    ...fields,
  });
}

function post(body: Record<string, unknown>, authorization?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  return postActivity(app, body, { headers });
}

const bearer = async (options?: Parameters<TokenServiceStub['channelToken']>[2]) =>
  `Bearer ${await stub.channelToken(APP_ID, SERVICE_URL, options)}`;
const secondsAgo = (s: number) => Math.floor(Date.now() / 1000) - s;

describe('with app credentials configured, /api/messages', () => {
  it('accepts a valid channel token: 200, and the bot answers', async () => {
    const turnsBefore = turnsLogged();
    const { status, json } = await post(teamsMessage(), await bearer());
    expect(status).toBe(200);
    expect(json.activities[0].text).toContain('0800 747 224');
    expect(turnsLogged()).toBe(turnsBefore + 1);
    expect(stateLoads).toHaveBeenCalled();
    expect(stateSaves).toHaveBeenCalled();
    // The keys came from the stub: botbuilder's own validation ran against it.
    expect(stub.keyFetches()).toBeGreaterThanOrEqual(1);
  });

  it.each<[string, () => Promise<string | undefined>, Record<string, unknown>?]>([
    ['no Authorization header', async () => undefined],
    ['an empty Authorization header', async () => ''],
    ['a scheme other than Bearer', async () => (await bearer()).replace('Bearer', 'Basic')],
    ['a token that is not a JWT', async () => 'Bearer not-a-token'],
    ['an unsigned token (alg none)', async () => `Bearer ${new UnsecuredJWT({ iss: stub.issuer, aud: APP_ID, serviceurl: SERVICE_URL }).setExpirationTime('1h').encode()}`],
    ['an expired token', () => bearer({ claims: { nbf: secondsAgo(7200), exp: secondsAgo(3600) } })],
    ['a token not valid yet', () => bearer({ claims: { nbf: secondsAgo(-3600), exp: secondsAgo(-7200) } })],
    ['a token signed by an unknown key', () => bearer({ key: 'unknown' })],
    ['a token with a forged signature for the published key id', () => bearer({ key: 'forged' })],
    ['a token for another audience', () => bearer({ claims: { aud: 'another-bot-app-id' } })],
    ['a token from another issuer', () => bearer({ claims: { iss: 'https://issuer.example.invalid' } })],
    ['a token for another service URL', () => bearer({ claims: { serviceurl: 'http://127.0.0.1:2/elsewhere/' } })],
    ['a token whose key is not endorsed for the channel', () => bearer(), { channelId: 'webchat' }],
  ])('refuses %s with 401, and nothing reaches the bot', async (_case, authorization, fields) => {
    const turnsBefore = turnsLogged();
    const { status, json } = await post(teamsMessage(fields), await authorization());
    expect(status).toBe(401);
    expect(json?.activities).toBeUndefined();
    expect(turnsLogged()).toBe(turnsBefore);
    expect(stateLoads).not.toHaveBeenCalled();
    expect(stateSaves).not.toHaveBeenCalled();
  });
});
