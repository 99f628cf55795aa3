import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogState,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { sendFallback, sendFeedbackThanks, sendLanguagePicker, sendMenu, sendTopicAnswer, sendTopicDetail, sendWelcome } from '../src/conversation/answers.js';
import { getTurnInfo, type DialogDeps, type TurnInfo } from '../src/conversation/turn.js';
import type { Action, Feedback } from '../src/pipeline/quick-replies.js';
import type { Topic } from '../src/topics.js';
import { DELETE_DATA_DIALOG, DeleteDataDialog } from './deleteDataDialog.js';
import { REPORT_CHECKLIST_DIALOG, ReportChecklistDialog } from './reportChecklistDialog.js';
import { REPORT_TRIAGE_DIALOG, ReportTriageDialog } from './reportTriageDialog.js';

export const MAIN_DIALOG = 'mainDialog';
const ROUTE_WATERFALL = 'routeWaterfall';

/** What a message asks for, once button labels, commands and the NLU have been read. */
type Route =
  | { kind: 'action'; action: Action }
  | { kind: 'feedback'; feedback: Feedback }
  | { kind: 'topic'; topic: Topic }
  | { kind: 'fallback'; candidates: Topic[] }
  | { kind: 'language'; language: string };

function routeOf(turn: TurnInfo): Route {
  const quick = turn.quickReply;
  if (quick?.kind === 'action' || quick?.kind === 'topic' || quick?.kind === 'language' || quick?.kind === 'feedback') return quick;
  const { topic, candidates } = turn.recognition;
  return topic === 'fallback' ? { kind: 'fallback', candidates } : { kind: 'topic', topic };
}

/**
 * The router: answers a topic directly, offers follow-ups, and starts the triage, checklist or
 * delete dialogs only when asked. Help, cancel, restart and any new question work everywhere.
 */
export class MainDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(MAIN_DIALOG);
    this.addDialog(new ReportTriageDialog(deps));
    this.addDialog(new ReportChecklistDialog(deps));
    this.addDialog(new DeleteDataDialog(deps));
    this.addDialog(new WaterfallDialog(ROUTE_WATERFALL, [this.route.bind(this), this.finish.bind(this)]));
    this.initialDialogId = ROUTE_WATERFALL;
  }

  /** Runs one turn of the conversation (the core-bot pattern). */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  /** While a child dialog waits for an answer, anything that is not an answer to it interrupts it. */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const turn = getTurnInfo(innerDc.context);
    const isAnswer = turn.quickReply?.kind === 'answer';
    const route = routeOf(turn);
    if (!isAnswer && route.kind !== 'fallback') {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(ROUTE_WATERFALL);
    }
    return super.onContinueDialog(innerDc);
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = getTurnInfo(step.context);
    const route = routeOf(turn);
    if (route.kind === 'action') return this.doAction(step, route.action, turn.lang);
    if (route.kind === 'feedback') {
      this.deps.recordFeedback(step.context, route.feedback);
      await sendFeedbackThanks(step.context, this.deps.content, turn.lang, route.feedback);
      return step.endDialog();
    }
    if (route.kind === 'language') {
      await sendMenu(step.context, this.deps.content, turn.lang, this.deps.content.t(turn.lang, 'language.changed'));
      return step.endDialog();
    }
    if (route.kind === 'fallback') {
      await sendFallback(step.context, this.deps.content, turn.lang, route.candidates);
      return step.endDialog();
    }
    await this.remember(step.context, route.topic);
    if (route.topic === 'delete_data') return step.beginDialog(DELETE_DATA_DIALOG);
    if (route.topic === 'language') {
      const intro = this.deps.content.topicText(turn.lang, 'language', 'summary');
      await sendLanguagePicker(step.context, this.deps.languages, turn.lang, intro);
      return step.endDialog();
    }
    await sendTopicAnswer(step.context, this.deps.content, turn.lang, route.topic);
    return step.endDialog();
  }

  private async doAction(step: WaterfallStepContext, action: Action, lang: string): Promise<DialogTurnResult> {
    const { content } = this.deps;
    switch (action) {
      case 'triage':
        return step.beginDialog(REPORT_TRIAGE_DIALOG);
      case 'checklist':
        return step.beginDialog(REPORT_CHECKLIST_DIALOG);
      case 'more': {
        const { lastTopic } = await this.deps.memory.get(step.context, {});
        if (lastTopic) await sendTopicDetail(step.context, content, lang, lastTopic);
        else await sendMenu(step.context, content, lang, content.t(lang, 'more.nothing'));
        break;
      }
      case 'restart':
        await sendWelcome(step.context, content, lang);
        break;
      case 'cancel':
        await sendMenu(step.context, content, lang, content.t(lang, 'cancelled'));
        break;
      case 'menu':
        await sendMenu(step.context, content, lang);
        break;
      case 'language':
        await sendLanguagePicker(step.context, this.deps.languages, lang, content.t(lang, 'language.prompt'));
        break;
      case 'privateMode':
        await this.startPrivateMode(step.context, lang);
        break;
    }
    return step.endDialog();
  }

  private async startPrivateMode(context: TurnContext, lang: string): Promise<void> {
    const memory = await this.deps.memory.get(context, {});
    const already = memory.privateMode === true;
    if (!already) {
      await this.deps.memory.set(context, { ...memory, privateMode: true, lastAnswerTurnId: undefined });
      this.deps.startPrivateMode(context);
    }
    await sendMenu(context, this.deps.content, lang, this.deps.content.t(lang, already ? 'privateMode.already' : 'privateMode.on'));
  }

  private async remember(context: TurnContext, topic: Topic): Promise<void> {
    const memory = await this.deps.memory.get(context, {});
    memory.lastTopic = topic;
    await this.deps.memory.set(context, memory);
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog();
  }
}
