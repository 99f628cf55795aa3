import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  DeliveryModes,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  MicrosoftAppCredentials,
  type AuthenticateRequestResult,
  type BotFrameworkAuthentication,
} from 'botframework-connector';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Content } from './content/content.js';
import { DEFAULT_LANGUAGE } from './content/content.js';
import { topicReply } from './replies.js';

/** Never called over the network: replies to in-process turns come back in the turn's result. */
class InProcessConnectorFactory extends ConnectorFactory {
  override async create(serviceUrl: string): Promise<ConnectorClient> {
    return new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: serviceUrl });
  }
}

/**
 * CloudAdapter plus one entry point for a channel this server hosts itself (the local Direct Line):
 * that channel authenticates its own users, so its turns skip Bot Framework authentication and the
 * same middleware, error handler and bot run whether or not MicrosoftAppId is configured.
 */
export class BotAdapter extends CloudAdapter {
  private readonly inProcessCaller: AuthenticateRequestResult;

  constructor(auth: BotFrameworkAuthentication, appId?: string) {
    super(auth);
    this.inProcessCaller = {
      audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
      // With credentials configured, the user-token client needs the bot's own app id in the claims.
      claimsIdentity: appId ? this.createClaimsIdentity(appId) : new ClaimsIdentity([]),
      connectorFactory: new InProcessConnectorFactory(),
    };
  }

  /** Runs one expectReplies turn for an already-authenticated activity and returns the bot's replies. */
  async processInProcess(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const response = await this.processActivity(this.inProcessCaller, { ...activity, deliveryMode: DeliveryModes.ExpectReplies } as Activity, logic);
    const body = response?.body as { activities?: Partial<Activity>[] } | undefined;
    return body?.activities ?? [];
  }
}

/**
 * The Bot Framework edge: authentication from configuration (anonymous when no app id is set),
 * a polite reply when a turn fails, and no trace activities in expectReplies responses.
 */
export function createAdapter(config: Config, content: Content, logger: Logger): BotAdapter {
  const auth = config.botAuth;
  const options: ConfigurationBotFrameworkAuthenticationOptions = auth
    ? {
        MicrosoftAppId: auth.appId,
        MicrosoftAppPassword: auth.appPassword,
        MicrosoftAppType: auth.appType,
        MicrosoftAppTenantId: auth.tenantId,
      }
    : {};
  const adapter = new BotAdapter(new ConfigurationBotFrameworkAuthentication(options), auth?.appId);

  // expectReplies clients get only what a person should read: no trace activities.
  adapter.use(async (context: TurnContext, next) => {
    if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) {
      context.onSendActivities(async (_context, activities, sendNext) => {
        for (let i = activities.length - 1; i >= 0; i -= 1) {
          if (activities[i]?.type === ActivityTypes.Trace) activities.splice(i, 1);
        }
        return activities.length > 0 ? sendNext() : [];
      });
    }
    await next();
  });

  adapter.onTurnError = async (context, error) => {
    // The error, never the message text or ids.
    logger.error({ event: 'turn_error', err: { name: error.name, message: error.message, stack: error.stack } }, 'turn failed');
    const lang = typeof context.activity.locale === 'string' && content.languages.includes(context.activity.locale) ? context.activity.locale : DEFAULT_LANGUAGE;
    await context.sendActivity(topicReply('fallback', lang, content.t(lang, 'errors.generic')));
  };
  return adapter;
}
