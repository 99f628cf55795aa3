import { ChoicePrompt, ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { handoffCard } from '../src/content/cards.js';
import { sendEmergency } from '../src/conversation/answers.js';
import { choicePrompt, YES_NO_UNSURE } from '../src/conversation/choices.js';
import { getTurnInfo, type DialogDeps } from '../src/conversation/turn.js';
import { topicReply } from '../src/replies.js';

export const REPORT_TRIAGE_DIALOG = 'reportTriageDialog';
const WATERFALL = 'reportTriageWaterfall';
const YES_NO_PROMPT = 'reportTriageYesNo';

type Answer = 'yes' | 'no' | 'unsure';
type Question = 'foreignState' | 'crime' | 'online' | 'hacked' | 'anonymous';

/**
 * "Where should I report this?" Offered after the report answer, never in front of it. Danger first,
 * then one question per official channel; the user can leave at any point (the router cancels it
 * when they ask something else).
 */
export class ReportTriageDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(REPORT_TRIAGE_DIALOG);
    this.addDialog(new ChoicePrompt(YES_NO_PROMPT));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.askDanger.bind(this),
        this.checkDanger.bind(this),
        this.askCrime.bind(this),
        this.askOnline.bind(this),
        this.askHacked.bind(this),
        this.askAnonymous.bind(this),
        this.showResult.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private ask(step: WaterfallStepContext, key: string): Promise<DialogTurnResult> {
    const { lang } = getTurnInfo(step.context);
    const { content } = this.deps;
    return step.prompt(YES_NO_PROMPT, choicePrompt(content, lang, 'report', content.t(lang, key), YES_NO_UNSURE));
  }

  private record(step: WaterfallStepContext, question: Question): void {
    (step.values as Record<string, Answer>)[question] = (step.result as FoundChoice).value as Answer;
  }

  private async askDanger(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { lang } = getTurnInfo(step.context);
    await step.context.sendActivity(topicReply('report', lang, this.deps.content.t(lang, 'triage.intro')));
    return this.ask(step, 'triage.questions.danger');
  }

  private async checkDanger(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((step.result as FoundChoice).value === 'yes') {
      await sendEmergency(step.context, this.deps.content, getTurnInfo(step.context).lang);
      return step.endDialog();
    }
    return this.ask(step, 'triage.questions.foreignState');
  }

  private askCrime(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.record(step, 'foreignState');
    return this.ask(step, 'triage.questions.crime');
  }

  private askOnline(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.record(step, 'crime');
    return this.ask(step, 'triage.questions.online');
  }

  private askHacked(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.record(step, 'online');
    return this.ask(step, 'triage.questions.hacked');
  }

  private askAnonymous(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.record(step, 'hacked');
    return this.ask(step, 'triage.questions.anonymous');
  }

  private async showResult(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.record(step, 'anonymous');
    const { lang } = getTurnInfo(step.context);
    const { content } = this.deps;
    const { results, channels } = routeAnswers(step.values as Record<Question, Answer>);
    const text = [content.t(lang, 'triage.resultIntro'), ...results.map((r) => `• ${content.t(lang, `triage.results.${r}`)}`)].join('\n');
    const card = handoffCard(content, lang, channels, text);
    await step.context.sendActivity(
      topicReply('report', lang, text, {
        attachments: card ? [card] : [],
        suggestions: [content.t(lang, 'offers.checklist'), content.t(lang, 'menu.label')],
      }),
    );
    return step.endDialog();
  }
}

/** The routing rules of facts.md §2, as a pure function of the answers. */
export function routeAnswers(answers: Record<Question, Answer>): { results: string[]; channels: string[] } {
  const results: string[] = [];
  const channels: string[] = [];
  const add = (result: string, ...ids: string[]): void => {
    results.push(result);
    for (const id of ids) if (!channels.includes(id)) channels.push(id);
  };
  if (answers.foreignState === 'yes') add('nzsis', 'nzsis');
  if (answers.foreignState === 'unsure') add('nzsisUnsure', 'nzsis');
  if (answers.crime === 'yes') add('police', 'police');
  if (answers.online === 'yes') add('netsafe', 'netsafe');
  if (answers.hacked === 'yes') add('ncsc', 'ncsc');
  if (answers.anonymous === 'yes') add('anonymous', 'nzsis', 'crimestoppers');
  if (results.length === 0) add('none', 'nzsis', 'victim_support');
  return { results, channels };
}
