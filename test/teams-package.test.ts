import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadTeamsConfig } from '../src/config.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { buildManifest, COMMAND_TOPICS, MANIFEST_VERSION, type TeamsManifest } from '../src/teams/manifest.js';
import { buildPackage, ICONS_DIR } from '../src/teams/package.js';
import { manifestSchemaErrors, manifestSchemaPath } from '../src/teams/schema.js';
import { MENU_TOPICS } from '../src/topics.js';
import { content, startConversation, topics } from './support/harness.js';

const BOT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const ENV = { MicrosoftAppId: BOT_ID, BOT_PUBLIC_HOST: 'bot.example.org' };
const manifest = buildManifest(loadTeamsConfig(ENV), content, '1.2.3');
const bot = manifest.bots![0]!;
const MINISTRY_PAGE = content.channel('en', 'mec_programme').url;

/** Every string in the manifest, with its JSON path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}/${k}`));
  return [];
}

describe('Teams configuration', () => {
  it('requires MicrosoftAppId (the package would be useless without it) and says so', () => {
    expect(() => loadTeamsConfig({})).toThrow(ConfigError);
    expect(() => loadTeamsConfig({ MicrosoftAppId: '' })).toThrow(/MicrosoftAppId: is required to build the Teams package/);
  });

  it('does not need the bot secret to package the app', () => {
    expect(loadTeamsConfig({ MicrosoftAppId: BOT_ID }).botAppId).toBe(BOT_ID);
  });

  it('reports every problem at once', () => {
    const env = {
      MicrosoftAppId: 'my-bot',
      TEAMS_APP_ID: 'x',
      TEAMS_DEVELOPER_NAME: 'A developer name that is far too long for Teams',
      TEAMS_WEBSITE_URL: 'http://example.org',
      TEAMS_PRIVACY_URL: 'not a url',
      BOT_PUBLIC_HOST: 'https://bot.example.org/api/messages',
    };
    let message = '';
    try {
      loadTeamsConfig(env);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const variable of ['MicrosoftAppId', 'TEAMS_APP_ID', 'TEAMS_DEVELOPER_NAME', 'TEAMS_WEBSITE_URL', 'TEAMS_PRIVACY_URL', 'BOT_PUBLIC_HOST']) {
      expect(message).toContain(`${variable}:`);
    }
  });

  it('gives the app a fixed id of its own, never the bot id, unless TEAMS_APP_ID says otherwise', () => {
    const config = loadTeamsConfig({ MicrosoftAppId: BOT_ID });
    expect(config.teamsAppId).toMatch(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/);
    expect(config.teamsAppId).not.toBe(BOT_ID);
    expect(loadTeamsConfig({ MicrosoftAppId: BOT_ID }).teamsAppId).toBe(config.teamsAppId);
    const own = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(loadTeamsConfig({ MicrosoftAppId: BOT_ID, TEAMS_APP_ID: own }).teamsAppId).toBe(own);
  });
});

describe('Teams manifest', () => {
  it(`is valid against the official v${MANIFEST_VERSION} schema, checked offline`, () => {
    expect(manifestSchemaPath()).toContain(`v${MANIFEST_VERSION}`);
    expect(manifest.manifestVersion).toBe(MANIFEST_VERSION);
    expect(manifestSchemaErrors(manifest)).toEqual([]);
  });

  it.each<[string, (m: TeamsManifest) => void]>([
    ['a bot id that is not a GUID', (m) => (m.bots![0]!.botId = 'bot')],
    ['a short name over 30 characters', (m) => (m.name.short = 'x'.repeat(31))],
    ['another schema version', (m) => ((m as { manifestVersion: string }).manifestVersion = '1.21')],
    ['a property Teams does not know', (m) => ((m as unknown as Record<string, unknown>).colour = 'red')],
    ['an http privacy link', (m) => (m.developer.privacyUrl = 'ftp://example.org')],
  ])('the schema check rejects %s', (_case, breakIt) => {
    const broken = structuredClone(manifest);
    breakIt(broken);
    expect(manifestSchemaErrors(broken)).not.toEqual([]);
  });

  it('is a conversational bot for personal chats, teams and group chats, without files', () => {
    expect(manifest.bots).toHaveLength(1);
    expect(bot.botId).toBe(BOT_ID);
    expect(manifest.id).not.toBe(BOT_ID);
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
    expect(manifest.version).toBe('1.2.3');
  });

  it('links to the Ministry programme page unless configured, and trusts only the bot host', () => {
    expect(MINISTRY_PAGE).toMatch(/^https:\/\//);
    expect(manifest.developer).toMatchObject({ websiteUrl: MINISTRY_PAGE, privacyUrl: MINISTRY_PAGE, termsOfUseUrl: MINISTRY_PAGE });
    expect(manifest.developer.name).toBe(content.t('en', 'teams.developer'));
    expect(manifest.validDomains).toEqual(['bot.example.org']);

    const configured = buildManifest(
      loadTeamsConfig({
        MicrosoftAppId: BOT_ID,
        TEAMS_DEVELOPER_NAME: 'MEC Digital',
        TEAMS_WEBSITE_URL: 'https://example.org/',
        TEAMS_PRIVACY_URL: 'https://example.org/privacy',
        TEAMS_TERMS_URL: 'https://example.org/terms',
      }),
      content,
      '1.0.0',
    );
    expect(configured.developer).toEqual({
      name: 'MEC Digital',
      websiteUrl: 'https://example.org/',
      privacyUrl: 'https://example.org/privacy',
      termsOfUseUrl: 'https://example.org/terms',
    });
    expect(configured.validDomains).toBeUndefined();
    expect(manifestSchemaErrors(configured)).toEqual([]);
  });

  it('offers the menu topics as commands in every scope, at most 10 per list, each scope listed once', () => {
    const lists = bot.commandLists!;
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      expect(list.commands.map((c) => c.title)).toEqual(expect.arrayContaining(MENU_TOPICS.map((t) => content.topicTitle('en', t))));
    }
    const shared = lists.find((l) => l.scopes.includes('team'))!;
    expect(shared.commands.map((c) => c.title)).not.toContain(content.topicTitle('en', 'delete_data'));
  });

  it('keeps command titles and descriptions within what every Teams client shows (32 and 128 characters)', () => {
    for (const command of bot.commandLists!.flatMap((l) => l.commands)) {
      expect(command.title.length, command.title).toBeLessThanOrEqual(32);
      expect(command.description.length, command.title).toBeLessThanOrEqual(128);
      expect(command.description).not.toBe(command.title);
    }
  });

  it('has every user-facing string fully rendered from locales (no missing keys or placeholders)', () => {
    const texts = strings({ name: manifest.name, description: manifest.description, developer: manifest.developer.name, commands: bot.commandLists });
    expect(texts.length).toBeGreaterThan(20);
    for (const [path, text] of texts) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).not.toMatch(/\$t\(|\{\{|^teams\.|^topics:/);
    }
    expect(bot.commandLists![0]!.commands.find((c) => c.title === content.topicTitle('en', 'emergency'))?.description).toContain('111');
  });

  it('tells people before they install it what is kept and who can read a Teams chat (facts.md §9)', () => {
    expect(manifest.description.full).toContain(content.topicText('en', 'greeting', 'detail'));
    expect(manifest.description.full).toMatch(/Microsoft Teams keeps its own chat history/);
    expect(manifest.description.full).toMatch(/team or group chat, everyone in it can read/);
    expect(manifest.description.full).toContain(content.topicText('en', 'emergency', 'summary'));
  });
});

describe('Teams commands reach their topic', () => {
  it.each(COMMAND_TOPICS.personal.map((topic) => [content.topicTitle('en', topic), topic] as const))(
    'choosing "%s" answers %s',
    async (title, topic) => {
      const conversation = await startConversation({ channelId: 'msteams' });
      expect(topics(await conversation.say(title))).toContain(topic);
    },
  );
});

describe('Teams app package', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'teams-package-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const expectPackage = (zip: Uint8Array, expected: TeamsManifest): void => {
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(new TextDecoder().decode(files['manifest.json']))).toEqual(expected);
    for (const icon of ['color.png', 'outline.png']) expect(Buffer.from(files[icon]!).equals(readFileSync(join(ICONS_DIR, icon)))).toBe(true);
  };

  it('holds exactly manifest.json and the two icons at its root', () => {
    expectPackage(buildPackage(manifest), manifest);
  });

  it('is the same, byte for byte, when built twice from the same inputs', () => {
    expect(Buffer.from(buildPackage(manifest)).equals(Buffer.from(buildPackage(manifest)))).toBe(true);
  });

  const cli = (env: Record<string, string>, out: string) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'teams', 'package-cli.ts'), '--out', out], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    });

  it('npm run teams:package writes the package from the environment', async () => {
    const out = join(tmp, 'app.zip');
    const { stdout } = await cli(ENV, out);
    expect(stdout).toContain('Teams app package written');
    const version = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version as string;
    expectPackage(readFileSync(out), buildManifest(loadTeamsConfig(ENV), content, version));
  });

  it('npm run teams:package stops with a clear message and writes nothing without MicrosoftAppId', async () => {
    const out = join(tmp, 'missing.zip');
    const failure = await cli({ BOT_PUBLIC_HOST: 'bot.example.org' }, out).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('MicrosoftAppId: is required to build the Teams package');
    expect(existsSync(out)).toBe(false);
  });
});
