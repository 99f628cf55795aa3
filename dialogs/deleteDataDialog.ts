import { ChoicePrompt, ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { menuSuggestions } from '../src/conversation/answers.js';
import { choicePrompt, type ChoiceSpec } from '../src/conversation/choices.js';
import { getTurnInfo, type DialogDeps } from '../src/conversation/turn.js';
import { topicReply } from '../src/replies.js';

export const DELETE_DATA_DIALOG = 'deleteDataDialog';
const WATERFALL = 'deleteDataWaterfall';
const CONFIRM_PROMPT = 'deleteDataConfirm';

const DELETE_OR_KEEP: readonly ChoiceSpec[] = [
  { value: 'yes', label: 'deleteData.yes', synonyms: 'triage.synonyms.yes' },
  { value: 'no', label: 'deleteData.no', synonyms: 'triage.synonyms.no' },
];

/** "Delete my conversation": says what deleting does, asks once, then forgets everything stored. */
export class DeleteDataDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DELETE_DATA_DIALOG);
    this.addDialog(new ChoicePrompt(CONFIRM_PROMPT));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.confirm.bind(this), this.act.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { lang } = getTurnInfo(step.context);
    const { content } = this.deps;
    await step.context.sendActivity(topicReply('delete_data', lang, content.topicText(lang, 'delete_data', 'summary')));
    return step.prompt(CONFIRM_PROMPT, choicePrompt(content, lang, 'delete_data', content.t(lang, 'deleteData.confirm'), DELETE_OR_KEEP));
  }

  private async act(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { lang } = getTurnInfo(step.context);
    const { content } = this.deps;
    const confirmed = (step.result as FoundChoice).value === 'yes';
    if (confirmed) this.deps.forgetConversation(step.context);
    await step.context.sendActivity(
      topicReply('delete_data', lang, content.t(lang, confirmed ? 'deleteData.done' : 'deleteData.kept'), {
        suggestions: menuSuggestions(content, lang),
      }),
    );
    return step.endDialog();
  }
}
