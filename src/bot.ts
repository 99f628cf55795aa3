import { ActivityTypes, ConversationState, TeamsActivityHandler, type Activity, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import { MainDialog } from '../dialogs/mainDialog.js';
import type { Content } from './content/content.js';
import { sendAskPrivately, sendEmergency, sendSharedIntro, sendUnsupportedLanguage, sendWelcome } from './conversation/answers.js';
import { askedTopic, dataRequests, peekTurnInfo, requestData, setTurnInfo, type ConversationMemory, type DialogDeps } from './conversation/turn.js';
import type { LanguageRegistry } from './languages.js';
import type { Recognition, TopicRecognizer } from './nlu/recognizer.js';
import { PRIVATE_ONLY_TOPICS, readAudience } from './pipeline/audience.js';
import type { LanguageDetector, Recognise } from './pipeline/language.js';
import { readUserInput } from './pipeline/limits.js';
import { QuickReplies, type QuickReply } from './pipeline/quick-replies.js';
import type { DangerDetector } from './pipeline/safety.js';
import { topicReply } from './replies.js';
import type { TranscriptLog } from './transcripts/transcript-log.js';

export interface BotServices {
  content: Content;
  /** The languages the bot speaks (registry entries that have content and a model). */
  registry: LanguageRegistry;
  recognizer: TopicRecognizer;
  languages: LanguageDetector;
  danger: DangerDetector;
  conversationState: ConversationState;
  /** Where redacted transcripts go; without one nothing is recorded. */
  transcripts?: TranscriptLog;
  logger: Logger;
}

const UNSUPPORTED = 'unsupported';

/** A language chosen on the picker card (Action.Submit sends `{ language }` as the activity's value). */
function chosenLanguage(activity: Partial<Activity>, registry: LanguageRegistry): string | undefined {
  const value: unknown = activity.value;
  const code = value && typeof value === 'object' ? (value as { language?: unknown }).language : undefined;
  return typeof code === 'string' && registry.has(code) ? code : undefined;
}

/**
 * The turn pipeline: audience → limits → language → NLU → safety (111 first) → dialogs. It knows
 * nothing of the channel a message came from; only the audience layer looks at whether others read
 * along (group chats and channels). TeamsActivityHandler routes Teams' conversation updates to the
 * same handlers.
 */
export class CommunitySafetyBot extends TeamsActivityHandler {
  private readonly memory: StatePropertyAccessor<ConversationMemory>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly quickReplies: QuickReplies;
  private readonly mainDialog: MainDialog;

  constructor(private readonly services: BotServices) {
    super();
    const { conversationState, content, registry } = services;
    this.memory = conversationState.createProperty<ConversationMemory>('memory');
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.quickReplies = new QuickReplies(content, registry.all);
    const deps: DialogDeps = {
      content,
      languages: registry.all,
      memory: this.memory,
      forgetConversation: (context) => requestData(context, { forget: true }),
      startPrivateMode: (context) => requestData(context, { startPrivateMode: true }),
      recordFeedback: (context, feedback) => requestData(context, { feedback }),
    };
    this.mainDialog = new MainDialog(deps);

    this.onMembersAdded(async (context, next) => {
      await this.greet(context);
      await next();
    });
    this.onEndOfConversation(async (context, next) => {
      requestData(context, { endConversation: true });
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /** Runs the turn, keeps its record (redacted), then saves the conversation's state, or deletes all of it when asked. */
  override async run(context: TurnContext): Promise<void> {
    const replies: Partial<Activity>[] = [];
    context.onSendActivities(async (_context, activities, next) => {
      for (const activity of activities) {
        this.markDirection(activity);
        if (activity.type === ActivityTypes.Message) replies.push(activity);
      }
      return next();
    });
    await super.run(context);
    await this.keepRecord(context, replies);
    const { conversationState } = this.services;
    const { forget, endConversation } = dataRequests(context);
    if (forget || endConversation) {
      // Everything goes, except the wish not to be recorded: deleting must not switch recording back on.
      const privateMode = (await this.memory.get(context))?.privateMode;
      await conversationState.delete(context);
      if (privateMode) await this.memory.set(context, { privateMode, privateCounted: true });
    }
    await conversationState.saveChanges(context);
  }

  /**
   * The transcript layer, after the replies went out: deletions first, then either the redacted turn
   * or, in private mode, anonymous counters. A failing store never costs the person their answer.
   */
  private async keepRecord(context: TurnContext, replies: readonly Partial<Activity>[]): Promise<void> {
    const log = this.services.transcripts;
    if (!log) return;
    const requests = dataRequests(context);
    const info = peekTurnInfo(context);
    try {
      if (requests.forget || requests.startPrivateMode) await log.forget(context.activity);
      if (requests.forget || !info) return;
      const memory = await this.memory.get(context, {});
      if (memory.privateMode) {
        await log.countPrivate({ info, replies }, memory.privateCounted !== true);
        await this.memory.set(context, { ...memory, privateCounted: true });
        return;
      }
      if (requests.feedback && memory.lastAnswerTurnId) await log.feedback(context.activity, memory.lastAnswerTurnId, requests.feedback);
      const answerId = await log.record({ activity: context.activity, info, replies });
      await this.memory.set(context, { ...memory, lastAnswerTurnId: answerId });
    } catch (err) {
      this.services.logger.error({ event: 'transcript_error', err: { name: (err as Error).name, message: (err as Error).message } }, 'transcript not stored');
    }
  }

  /** Right-to-left replies say so, for the text and for Adaptive Cards (`rtl`, card schema 1.5). */
  private markDirection(activity: Partial<Activity>): void {
    if (activity.type !== ActivityTypes.Message || !activity.locale) return;
    if (this.services.content.dir(activity.locale) !== 'rtl') return;
    activity.channelData = { ...(activity.channelData as object | undefined), textDirection: 'rtl' };
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
        attachment.content = { ...(attachment.content as object), rtl: true };
      }
    }
  }

  /**
   * A person who joins a 1:1 chat gets the welcome (in Teams' personal scope the bot being installed
   * is that moment). Where others read along, only the bot's own arrival gets a short introduction.
   */
  private async greet(context: TurnContext): Promise<void> {
    const { activity } = context;
    const members = activity.membersAdded ?? [];
    const botJoined = members.some((m) => m.id === activity.recipient?.id);
    const personJoined = members.some((m) => m.id !== activity.recipient?.id);
    const { language } = await this.remembered(context);
    if (readAudience(activity).shared) {
      if (botJoined) await sendSharedIntro(context, this.services.content, language);
    } else if (personJoined || (botJoined && activity.conversation?.conversationType === 'personal')) {
      await sendWelcome(context, this.services.content, language);
    }
  }

  /** The conversation's language: the one it has, else the channel's locale when we speak it. */
  private async remembered(context: TurnContext): Promise<{ language: string; stored?: string }> {
    const stored = (await this.memory.get(context, {})).language;
    const known = stored && this.services.registry.has(stored) ? stored : undefined;
    return { language: known ?? this.services.languages.initial(context.activity.locale), stored };
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { content, recognizer, danger, registry, logger } = this.services;
    const started = performance.now();
    const audience = readAudience(context.activity);
    if (!audience.addressed) return;
    const memory = await this.remembered(context);
    const chosen = chosenLanguage(context.activity, registry);
    const input = readUserInput({ text: audience.text });
    if (input.kind === 'notText' && !chosen) {
      await context.sendActivity(topicReply('fallback', memory.language, content.t(memory.language, 'errors.notText')));
      return;
    }
    const text = input.kind === 'text' ? input.text : '';
    const quickReply = chosen ? ({ kind: 'language', language: chosen } as const) : this.quickReplies.resolve(text, memory.language);

    // One recognition per language per turn: language detection and the router share them.
    const recognitions = new Map<string, Promise<Recognition>>();
    const recognise: Recognise = (t, lang) => {
      const key = `${lang}\u0000${t}`;
      if (!recognitions.has(key)) recognitions.set(key, recognizer.recognize(t, lang));
      return recognitions.get(key)!;
    };

    const lang = await this.decideLanguage(text, memory.language, quickReply, recognise);
    if (lang === UNSUPPORTED) {
      await sendUnsupportedLanguage(context, content);
      logger.info({ event: 'turn', lang: 'unsupported', ms: Math.round(performance.now() - started) }, 'message handled');
      return;
    }
    if (lang !== memory.stored) await this.memory.set(context, { ...(await this.memory.get(context, {})), language: lang });

    const recognition = text ? await recognise(text, lang) : { topic: 'fallback' as const, score: 0, candidates: [] };
    setTurnInfo(context, { lang, text, quickReply, recognition });

    const inDanger =
      (quickReply?.kind === 'topic' && quickReply.topic === 'emergency') ||
      (quickReply === undefined && danger.isDanger(text, recognition));
    if (inDanger) {
      setTurnInfo(context, { lang, text, quickReply, recognition, emergency: true });
      await sendEmergency(context, content, lang);
      await this.cancelDialogs(context);
      await this.memory.set(context, { ...(await this.memory.get(context, {})), lastTopic: 'emergency' });
    }
    if (input.kind === 'text' && input.truncated) await context.sendActivity(topicReply('fallback', lang, content.t(lang, 'errors.tooLong')));
    const topic = askedTopic({ quickReply, recognition });
    const privateOnly = (topic && PRIVATE_ONLY_TOPICS.includes(topic)) || (quickReply?.kind === 'action' && quickReply.action === 'privateMode');
    if (audience.shared && privateOnly) {
      await sendAskPrivately(context, content, lang, topic ?? 'delete_data');
    } else {
      // After 111, the dialog still answers a different question the message asked, if any.
      const answersSomethingElse = quickReply === undefined && !['emergency', 'fallback'].includes(recognition.topic);
      if (!inDanger || answersSomethingElse) await this.mainDialog.run(context, this.dialogState);
    }

    // Never the text, nor any user or conversation id.
    logger.info(
      { event: 'turn', lang, topic: recognition.topic, score: Number(recognition.score.toFixed(3)), danger: inDanger, ms: Math.round(performance.now() - started) },
      'message handled',
    );
  }

  /** An explicit choice wins; button labels and commands keep the language; otherwise the text decides. */
  private async decideLanguage(text: string, current: string, quickReply: QuickReply | undefined, recognise: Recognise): Promise<string> {
    if (quickReply?.kind === 'language') return quickReply.language;
    if (quickReply) return current;
    const decision = await this.services.languages.detect(text, current, recognise);
    return decision.kind === 'unsupported' ? UNSUPPORTED : decision.language;
  }

  private async cancelDialogs(context: TurnContext): Promise<void> {
    await this.dialogState.set(context, { dialogStack: [] });
  }
}
