import { ActivityHandler, ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import { MainDialog } from '../dialogs/mainDialog.js';
import { DEFAULT_LANGUAGE, type Content } from './content/content.js';
import { sendEmergency, sendWelcome } from './conversation/answers.js';
import { setTurnInfo, type ConversationMemory, type DialogDeps } from './conversation/turn.js';
import type { TopicRecognizer } from './nlu/recognizer.js';
import { resolveLanguage } from './pipeline/language.js';
import { readUserInput } from './pipeline/limits.js';
import { QuickReplies } from './pipeline/quick-replies.js';
import type { DangerDetector } from './pipeline/safety.js';
import { topicReply } from './replies.js';

export interface BotServices {
  content: Content;
  recognizer: TopicRecognizer;
  danger: DangerDetector;
  conversationState: ConversationState;
  logger: Logger;
}

const FORGET = Symbol('forgetConversation');

/**
 * The turn pipeline: limits → language → NLU → safety (111 first) → dialogs. It knows nothing of
 * the channel a message came from.
 */
export class CommunitySafetyBot extends ActivityHandler {
  private readonly memory: StatePropertyAccessor<ConversationMemory>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly quickReplies: QuickReplies;
  private readonly mainDialog: MainDialog;

  constructor(private readonly services: BotServices) {
    super();
    const { conversationState, content } = services;
    this.memory = conversationState.createProperty<ConversationMemory>('memory');
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.quickReplies = new QuickReplies(content);
    const deps: DialogDeps = {
      content,
      memory: this.memory,
      forgetConversation: (context) => context.turnState.set(FORGET, true),
    };
    this.mainDialog = new MainDialog(deps);

    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (joined.length > 0) await sendWelcome(context, content, await this.languageOf(context));
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /** Runs the turn, then saves the conversation's state, or deletes it when the user asked. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    const { conversationState } = this.services;
    if (context.turnState.get(FORGET)) await conversationState.delete(context);
    else await conversationState.saveChanges(context);
  }

  private async languageOf(context: TurnContext): Promise<string> {
    const memory = await this.memory.get(context, {});
    const lang = resolveLanguage(context.activity, memory.language, this.services.content.languages, DEFAULT_LANGUAGE);
    if (memory.language !== lang) await this.memory.set(context, { ...memory, language: lang });
    return lang;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { content, recognizer, danger, logger } = this.services;
    const started = performance.now();
    const lang = await this.languageOf(context);
    const input = readUserInput(context.activity);
    if (input.kind === 'notText') {
      await context.sendActivity(topicReply('fallback', lang, content.t(lang, 'errors.notText')));
      return;
    }
    const quickReply = this.quickReplies.resolve(input.text);
    const recognition = await recognizer.recognize(input.text, lang);
    setTurnInfo(context, { lang, text: input.text, quickReply, recognition });

    const inDanger =
      (quickReply?.kind === 'topic' && quickReply.topic === 'emergency') ||
      (quickReply === undefined && danger.isDanger(input.text, lang, recognition));
    if (inDanger) {
      await sendEmergency(context, content, lang);
      await this.cancelDialogs(context);
      await this.memory.set(context, { ...(await this.memory.get(context, {})), lastTopic: 'emergency' });
    }
    if (input.truncated) await context.sendActivity(topicReply('fallback', lang, content.t(lang, 'errors.tooLong')));
    // After 111, the dialog still answers a different question the message asked, if any.
    const answersSomethingElse = quickReply === undefined && !['emergency', 'fallback'].includes(recognition.topic);
    if (!inDanger || answersSomethingElse) await this.mainDialog.run(context, this.dialogState);

    // Never the text, nor any user or conversation id.
    logger.info(
      { event: 'turn', lang, topic: recognition.topic, score: Number(recognition.score.toFixed(3)), danger: inDanger, ms: Math.round(performance.now() - started) },
      'message handled',
    );
  }

  private async cancelDialogs(context: TurnContext): Promise<void> {
    await this.dialogState.set(context, { dialogStack: [] });
  }
}
