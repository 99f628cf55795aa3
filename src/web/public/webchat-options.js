import { lookup } from './page-text.js';

/** Colours chosen for WCAG AA contrast (4.5:1 for text, 3:1 for borders and focus) on white. */
const STYLE_OPTIONS = {
  accent: '#0b4f8a',
  primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  rootHeight: '100%',
  rootWidth: '100%',
  backgroundColor: '#ffffff',
  bubbleBackground: '#f1f3f5',
  bubbleTextColor: '#1a1a1a',
  bubbleBorderRadius: 8,
  bubbleFromUserBackground: '#0b4f8a',
  bubbleFromUserTextColor: '#ffffff',
  bubbleFromUserBorderRadius: 8,
  subtle: '#595959',
  timestampColor: '#595959',
  sendBoxTextColor: '#1a1a1a',
  sendBoxButtonColor: '#0b4f8a',
  sendBoxBorderTop: 'solid 1px #767676',
  suggestedActionLayout: 'flow',
  suggestedActionBackgroundColor: '#ffffff',
  suggestedActionBorderColor: '#0b4f8a',
  suggestedActionTextColor: '#0b4f8a',
  suggestedActionBorderRadius: 6,
  suggestedActionHeight: 'auto',
  hideUploadButton: true,
};

/** Web Chat's own strings that people meet most, from our locales (Web Chat lacks many of our languages). */
function localizedStrings(text) {
  const w = (key) => lookup(text, `webchat.${key}`);
  return {
    TEXT_INPUT_PLACEHOLDER: w('placeholder'),
    TEXT_INPUT_ALT: w('inputLabel'),
    TEXT_INPUT_SEND_BUTTON_ALT: w('send'),
    ACTIVITY_BOT_SAID_ALT: w('botSaid'),
    ACTIVITY_YOU_SAID_ALT: w('youSaid'),
    SUGGESTED_ACTIONS_LABEL_ALT: w('suggestions'),
    CONNECTIVITY_STATUS_ALT_CONNECTING: w('connecting'),
    CONNECTIVITY_STATUS_ALT_CONNECTED: w('connected'),
    CONNECTIVITY_STATUS_ALT_FATAL: w('failed'),
  };
}

/** tel: links open the phone's dialler in place; a new window would leave an empty tab behind. */
const cardActionMiddleware = () => (next) => (...args) => {
  const [{ cardAction }] = args;
  if (cardAction?.type === 'openUrl' && /^tel:[+\d]+$/i.test(String(cardAction.value))) {
    const link = document.createElement('a');
    link.href = cardAction.value;
    link.click();
    return undefined;
  }
  return next(...args);
};

export function webChatProps({ directLine, store, lang, dir, text, nonce }) {
  return {
    directLine,
    store,
    locale: lang,
    dir,
    nonce,
    styleOptions: STYLE_OPTIONS,
    overrideLocalizedStrings: localizedStrings(text),
    cardActionMiddleware,
  };
}
