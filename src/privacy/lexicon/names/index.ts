import { CJK_NAME_CUES } from './cjk.js';
import { ARABIC_SCRIPT_NAME_CUES } from './arabic-script.js';
import { CYRILLIC_NAME_CUES } from './cyrillic.js';
import { INDIC_NAME_CUES } from './indic.js';
import { LATIN_NAME_CUES } from './latin.js';
import type { NameCues } from './types.js';

export type { NameCues } from './types.js';

/** Name cues for every language we serve, keyed by language code. Add a language by adding an entry. */
export const NAME_CUES: Record<string, NameCues> = {
  ...LATIN_NAME_CUES,
  ...CYRILLIC_NAME_CUES,
  ...CJK_NAME_CUES,
  ...ARABIC_SCRIPT_NAME_CUES,
  ...INDIC_NAME_CUES,
};
