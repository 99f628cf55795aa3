import type { TeamsManifestV1D22 } from '@microsoft/app-manifest';
import type { TeamsConfig } from '../config.js';
import { DEFAULT_LANGUAGE, type Content } from '../content/content.js';
import { MENU_TOPICS, type Topic } from '../topics.js';
import { BRAND } from './brand.js';

export type TeamsManifest = TeamsManifestV1D22.TeamsManifestV1D22;

/** The newest manifest schema confirmed generally available; its JSON schema ships in @microsoft/app-manifest. */
export const MANIFEST_VERSION = '1.22';
export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

export const ICON_FILES = { color: 'color.png', outline: 'outline.png' } as const;

/**
 * The commands Teams lists for the bot. Choosing one sends its title as a message; the title is the
 * topic's menu title, which the bot matches exactly, like a tap on a menu button. Changing the
 * language or deleting the conversation would act for everyone in a team or group chat, so only
 * personal chats offer them.
 */
export const COMMAND_TOPICS = {
  personal: [...MENU_TOPICS, 'language', 'delete_data'],
  teamAndGroupChat: [...MENU_TOPICS],
} as const satisfies Record<string, readonly Topic[]>;

/**
 * The Teams app manifest, built from configuration (ids, links, host) and content (every
 * user-facing string, from locales/en). Unset links default to the Ministry's programme page.
 */
export function buildManifest(config: TeamsConfig, content: Content, appVersion: string): TeamsManifest {
  const t = (key: string): string => content.t(DEFAULT_LANGUAGE, key);
  const ministryPage = content.channel(DEFAULT_LANGUAGE, 'mec_programme').url;
  if (!ministryPage) throw new Error('locales/en/channels.json: mec_programme.url is missing');
  const commands = (topics: readonly Topic[]) =>
    topics.map((topic) => ({ title: content.topicTitle(DEFAULT_LANGUAGE, topic), description: t(`teams.commands.${topic}`) }));

  return {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: appVersion,
    id: config.teamsAppId,
    developer: {
      name: config.developerName ?? t('teams.developer'),
      websiteUrl: config.websiteUrl ?? ministryPage,
      privacyUrl: config.privacyUrl ?? ministryPage,
      termsOfUseUrl: config.termsUrl ?? ministryPage,
    },
    name: { short: t('teams.name.short'), full: t('teams.name.full') },
    description: { short: t('teams.description.short'), full: t('teams.description.full') },
    icons: { ...ICON_FILES },
    accentColor: BRAND.accent,
    bots: [
      {
        botId: config.botAppId,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [
          { scopes: ['personal'], commands: commands(COMMAND_TOPICS.personal) },
          { scopes: ['team', 'groupChat'], commands: commands(COMMAND_TOPICS.teamAndGroupChat) },
        ],
      },
    ],
    ...(config.publicHost ? { validDomains: [config.publicHost] } : {}),
  };
}
