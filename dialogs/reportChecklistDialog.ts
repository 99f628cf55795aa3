import { ChoicePrompt, ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { handoffCard } from '../src/content/cards.js';
import { menuSuggestions } from '../src/conversation/answers.js';
import { choicePrompt, type ChoiceSpec } from '../src/conversation/choices.js';
import { getTurnInfo, type DialogDeps } from '../src/conversation/turn.js';
import { topicReply } from '../src/replies.js';

export const REPORT_CHECKLIST_DIALOG = 'reportChecklistDialog';
const WATERFALL = 'reportChecklistWaterfall';
const NEXT_PROMPT = 'reportChecklistNext';

const NEXT_OR_DONE: readonly ChoiceSpec[] = [
  { value: 'next', label: 'checklist.next' },
  { value: 'done', label: 'checklist.done' },
];

/**
 * What to note before reporting (dates, places, what was said, screenshots), one page at a time.
 * It tells people to keep these notes for the agency and never asks them to send details here.
 */
export class ReportChecklistDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(REPORT_CHECKLIST_DIALOG);
    this.addDialog(new ChoicePrompt(NEXT_PROMPT));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [this.showWhatToNote.bind(this), this.showKeepingEvidence.bind(this), this.showWhereToGo.bind(this)]),
    );
    this.initialDialogId = WATERFALL;
  }

  private page(step: WaterfallStepContext, index: number): Promise<DialogTurnResult> {
    const { lang } = getTurnInfo(step.context);
    const text = this.deps.content.list(lang, 'checklist.pages')[index] ?? '';
    return step.prompt(NEXT_PROMPT, choicePrompt(this.deps.content, lang, 'report', text, NEXT_OR_DONE));
  }

  private wantsToStop(step: WaterfallStepContext): boolean {
    return (step.result as FoundChoice | undefined)?.value === 'done';
  }

  private showWhatToNote(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.page(step, 0);
  }

  private async showKeepingEvidence(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.wantsToStop(step)) return this.finish(step);
    return this.page(step, 1);
  }

  private async showWhereToGo(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.wantsToStop(step)) return this.finish(step);
    const { lang } = getTurnInfo(step.context);
    const { content } = this.deps;
    const text = content.list(lang, 'checklist.pages')[2] ?? '';
    const card = handoffCard(content, lang, ['nzsis', 'police', 'netsafe', 'emergency'], text);
    await step.context.sendActivity(
      topicReply('report', lang, text, {
        attachments: card ? [card] : [],
        suggestions: menuSuggestions(content, lang),
      }),
    );
    return step.endDialog();
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { lang } = getTurnInfo(step.context);
    await step.context.sendActivity(
      topicReply('report', lang, this.deps.content.t(lang, 'menu.prompt'), { suggestions: menuSuggestions(this.deps.content, lang) }),
    );
    return step.endDialog();
  }
}
