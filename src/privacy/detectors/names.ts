import { HANDLE_APPS } from '../lexicon/handle-labels.js';
import { NAME_CUES, type NameCues } from '../lexicon/names/index.js';
import { anyOf } from '../patterns.js';
import type { Detector, Span } from '../types.js';

// A capitalised Latin name, accepted after a cue in any script ("我叫 David Chen", "اسمي John").
const LATIN_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}`;
const WORD_BY_SCRIPT: Record<NameCues['script'], string> = {
  cased: String.raw`\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{L}[\p{L}\p{M}'’-]*){0,3}`,
  caseless: String.raw`[\p{L}\p{M}]{1,20}\p{M}*(?:\s+[\p{L}\p{M}]{1,20}\p{M}*){0,3}`,
  hangul: String.raw`\p{Script=Hangul}{1,12}`,
  han: String.raw`\p{Script=Han}{1,4}`,
  kana: String.raw`[\p{Script=Han}\p{Script=Katakana}ー]{1,8}`,
};
const fold = (word: string): string =>
  word
    .toLowerCase()
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/[ةہ]/g, 'ه');
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const longestFirst = (words: readonly string[] = []): string[] => [...words].sort((a, b) => b.length - a.length);
const APP_NAMES = new Set(HANDLE_APPS.map(fold));

type CueKind = 'intro' | 'mention' | 'self';
const KINDS: readonly CueKind[] = ['intro', 'mention', 'self'];
const normalise = (cue: string): string => fold(cue).replace(/\s+/g, ' ');
const anchor = (cue: string): string => cue.trim().toLowerCase().replace(/\s+/g, ' ');

interface Search {
  pattern: RegExp;
  /** Lower-case cues one of which the text must contain for the pattern to have a chance: a cheap pre-check. */
  anchors: string[];
  /** The kind of a plain cue is looked up from the matched text; a template has one kind. */
  kind?: CueKind;
}

/** One language's cues, compiled: finds the name after each cue (or inside each template) and checks the evidence. */
class LanguageNames {
  private readonly searches: Search[] = [];
  private readonly kinds = new Map<string, CueKind>();
  private readonly stop: Set<string>;
  private readonly given: Set<string>;
  private readonly notNames: Set<string>;

  constructor(private readonly cues: NameCues) {
    const spaced = cues.spaced ?? (cues.script !== 'han' && cues.script !== 'kana');
    const gapBefore = spaced ? String.raw`(?:\s*[:：]\s*|\s+)` : String.raw`\s*[:：]?\s*`;
    const gapAfter = spaced ? String.raw`\s+` : String.raw`\s*`;
    const name = `(?<name>${LATIN_NAME}|${WORD_BY_SCRIPT[cues.script]})`;
    const plain: string[] = [];
    for (const kind of KINDS) {
      for (const cue of cues[kind] ?? []) {
        if (!cue.includes('{name}')) {
          plain.push(cue);
          this.kinds.set(normalise(cue), kind);
          continue;
        }
        const [before = '', after = ''] = cue.split('{name}');
        const source = (before.trim() ? anyOf([before]) + gapBefore : '') + name + (after.trim() ? gapAfter + anyOf([after]) : '');
        this.searches.push({ pattern: new RegExp(source, 'giud'), kind, anchors: [anchor(before || after)] });
      }
    }
    if (plain.length) {
      this.searches.push({ pattern: new RegExp(`(?<cue>${anyOf(plain)})${gapBefore}${name}`, 'giud'), anchors: plain.map(anchor) });
    }
    this.stop = new Set([...cues.stop.map(fold), ...APP_NAMES]);
    this.given = new Set((cues.given ?? []).map(fold));
    this.notNames = new Set(cues.notNames ?? []);
  }

  find(text: string, lower: string): Span[] {
    const spans: Span[] = [];
    for (const search of this.searches) {
      if (!search.anchors.some((a) => lower.includes(a))) continue;
      // The capture may run past the name into the next cue ("اسمي أحمد وأخي محمد"), so each
      // search resumes right after the name that was taken, not after the whole capture.
      const pattern = search.pattern;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const kind = search.kind ?? this.kinds.get(normalise(m.groups!.cue!)) ?? 'intro';
        const [start] = m.indices!.groups!.name!;
        const length = this.nameLength(m.groups!.name!, kind);
        // A template's name must end where the template's closing word starts.
        const complete = search.kind === undefined || start + length === m.indices!.groups!.name![1];
        if (length > 0 && complete) spans.push({ start, end: start + length, type: 'name' });
        pattern.lastIndex = start + Math.max(length, 1);
      }
    }
    return spans;
  }

  /** How many characters of the captured text are the name (0: none). */
  private nameLength(captured: string, kind: CueKind): number {
    if (/^\p{Script=Latin}/u.test(captured) && this.cues.script !== 'cased') {
      // A Latin name after a cue in another script ("我叫 David Chen"); not after "저는", which
      // also starts "저는 Ministry for Ethnic Communities의 …".
      return kind === 'self' ? 0 : this.words(captured, 'mention');
    }
    switch (this.cues.script) {
      case 'han':
        return this.chinese(captured, kind);
      case 'hangul':
        return this.korean(captured, kind);
      case 'kana':
        return captured.length;
      default:
        return this.words(captured, kind);
    }
  }

  /** A stop word, also with the Arabic-script "و" (and) written onto it ("ورقمي": "and my number"). */
  private isStop(word: string): boolean {
    const folded = fold(word);
    return this.stop.has(folded) || (this.cues.script === 'caseless' && /^و./u.test(folded) && this.stop.has(folded.slice(1)));
  }

  /** Words up to the first stop word; a mention needs a capital (cased scripts) or a known given name. */
  private words(captured: string, kind: CueKind): number {
    const max = this.cues.maxWords ?? 3;
    const cased = this.cues.script === 'cased' || /^\p{Script=Latin}/u.test(captured);
    let end = 0;
    let count = 0;
    for (const m of captured.matchAll(/\S+/gu)) {
      const word = m[0].replace(/['’]s$/u, '');
      if (count === max || this.isStop(word) || this.isStop(m[0])) break;
      if (kind === 'intro') {
        // After "my name is John", more words belong to the name only if capitalised too.
        if (count > 0 && cased && isCapitalised(captured) && !isCapitalised(word)) break;
      } else if (cased ? !isCapitalised(word) : !this.given.has(fold(word))) break;
      end = m.index + m[0].length;
      count++;
    }
    return end;
  }

  /** 2–3 Han characters before a stop character; a mention needs a common surname first. */
  private chinese(captured: string, kind: CueKind): number {
    const stopAt = [...captured].findIndex((ch) => this.stop.has(ch));
    const name = stopAt < 0 ? captured.slice(0, 3) : captured.slice(0, Math.min(stopAt, 3));
    if (kind === 'intro') return name.length;
    return name.length >= 2 && this.cues.surnames?.includes(name.charAt(0)) ? name.length : 0;
  }

  /**
   * A Korean name is one word, often with a particle or copula attached ("민수가", "김민수입니다").
   * After a relative the particle is the evidence; after "저는" only "<surname>xx입니다" counts.
   */
  private korean(captured: string, kind: CueKind): number {
    const particle = longestFirst(this.cues.particles).find((p) => captured.endsWith(p) && captured.length > p.length);
    const copula = longestFirst(this.cues.copulas).find((c) => captured.endsWith(c) && captured.length > c.length);
    const ending = particle && copula ? (particle.length >= copula.length ? particle : copula) : (particle ?? copula);
    const stem = ending ? captured.slice(0, -ending.length) : captured;
    if (this.stop.has(stem) || this.notNames.has(stem)) return 0;
    if (kind === 'intro') return stem.length;
    const surname = this.cues.surnames?.includes(stem.charAt(0)) ?? false;
    if (kind === 'self') return copula && ending === copula && surname && stem.length === 3 ? stem.length : 0;
    if (particle && ending === particle && stem.length >= 2 && stem.length <= 3) return stem.length;
    return surname && stem.length === 3 ? stem.length : 0;
  }
}

/** Names introduced as such: "my name is …", "my brother X", "我叫…", "اسمي …", "제 이름은 …" and the like. */
export function nameDetector(cues: Record<string, NameCues> = NAME_CUES): Detector {
  const languages = Object.values(cues).map((c) => new LanguageNames(c));
  return {
    find(text: string): Span[] {
      const lower = text.toLowerCase().replace(/\s+/g, ' ');
      return languages.flatMap((l) => l.find(text, lower));
    },
  };
}
