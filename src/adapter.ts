import { ActivityTypes, DeliveryModes, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { BotAdapter } from './bot-adapter.js';
import { createBotAuthentication } from './bot-authentication.js';
import type { Config } from './config.js';
import type { Content } from './content/content.js';
import { DEFAULT_LANGUAGE } from './content/content.js';
import { topicReply } from './replies.js';

/**
 * The Bot Framework edge: authentication from configuration (anonymous when no app id is set),
 * a polite reply when a turn fails, and no trace activities in expectReplies responses.
 */
export function createAdapter(config: Config, content: Content, logger: Logger): BotAdapter {
  const adapter = new BotAdapter(createBotAuthentication(config.botAuth), config.botAuth?.appId);

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
