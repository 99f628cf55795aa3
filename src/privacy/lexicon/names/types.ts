/**
 * How one language introduces names. Cues are plain phrases, matched case-insensitively at word
 * boundaries; the name is the 1–3 words right after the cue. A cue with `{name}` is a template:
 * the name sits where `{name}` is, and the words after it must follow ("मेरा नाम {name} है",
 * "{name}と申します") — for languages that put the verb last, where "my name" alone is often the
 * subject of a question ("will my name be shared?").
 *
 * - `intro`: a name certainly follows ("my name is", "我叫", "меня зовут"): taken unless it is a stop word.
 * - `mention`: a name may follow ("my brother", "أخي", "제 동생"): taken only with evidence, which
 *   depends on the script: a capital letter (Latin, Cyrillic), a common surname (Chinese, Korean),
 *   a Korean name particle ("민수가"), or a common given name from `given` (Arabic, Persian, Hindi …).
 * - `self`: "I am …" forms ("저는 …입니다"): like `mention`, but in Korean only a copula ending counts.
 */
export interface NameCues {
  script: 'cased' | 'han' | 'kana' | 'hangul' | 'caseless';
  intro: string[];
  mention?: string[];
  self?: string[];
  /** Words that end a name: "and", "from", "is" … (for Chinese: single characters). */
  stop: string[];
  /** Common given names: the evidence a `mention` needs in caseless scripts. */
  given?: string[];
  /** Common surnames: the evidence in Chinese and Korean. */
  surnames?: string[];
  /** Korean endings stripped from a name: particles (evidence for a mention) and copulas. */
  particles?: string[];
  copulas?: string[];
  /** Words that look like names after a cue but are not ("그녀가", "학생입니다"). */
  notNames?: string[];
  /** Whether words are separated by spaces (default: yes, except Chinese and Japanese). */
  spaced?: boolean;
  /** How many words a name may have (default 3). */
  maxWords?: number;
}
