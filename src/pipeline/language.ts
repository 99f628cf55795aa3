import { Language } from '@nlpjs/language';
import type { LanguageRegistry } from '../languages.js';
import type { Recognition } from '../nlu/recognizer.js';
import { segmentWords } from '../nlu/language-plugins.js';
import { dominantScript, hanVariant, lettersOf } from './script.js';

/** Scripts of languages we do not speak yet: a message in one of these gets the "unsupported" answer. */
const UNSUPPORTED_SCRIPTS = new Set(['Ethi', 'Grek', 'Hebr', 'Geor', 'Armn', 'Beng', 'Telu', 'Knda', 'Mlym', 'Laoo', 'Tibt', 'Mong']);

/**
 * Letters only one of the languages sharing a script uses, tested in order on the NFD form of the
 * text. Urdu before Persian (both use Persian letters), Persian before Arabic.
 */
const DISTINCTIVE: { script: string; language: string; letters: RegExp; alsoUsedBy?: string }[] = [
  { script: 'Cyrl', language: 'uk', letters: /[іїєґ]/iu },
  { script: 'Cyrl', language: 'ru', letters: /[ыэъё]|е\u0308/iu },
  { script: 'Arab', language: 'ur', letters: /[ٹڈڑںےھۓ]/u },
  { script: 'Arab', language: 'fa', letters: /[پچژگکی]/u, alsoUsedBy: 'ur' },
  { script: 'Arab', language: 'ar', letters: /[ةيك]|ى/u },
  // Vietnamese: đ, breve (ă), horn (ơ ư), hook above, dot below, or two marks on one letter (ế ộ …).
  { script: 'Latn', language: 'vi', letters: /đ|\u0306|\u031B|\u0309|\u0323|\p{M}{2}/iu },
];

/** Frequent words of one of two close languages in the same script, when no letter tells them apart. */
const MARKERS: { language: string; words: RegExp }[] = [
  { language: 'ne', words: /(?<!\p{L})(छ|छु|छन्|छौं|हुन्छ|गर्ने|गर्नु|गर्न|मलाई|तपाईं|हो|भयो|कहाँ|के गर्ने|पनि|थियो)(?!\p{L})|\p{L}+(को|मा|लाई)(?!\p{L})/gu },
  { language: 'hi', words: /(?<!\p{L})(है|हैं|मुझे|मैं|आप|क्या|कैसे|का|की|के|में|नहीं|हूँ|हूं|करना|कहाँ|कौन)(?!\p{L})/gu },
  { language: 'uk', words: /(?<!\p{L})(що|як|це|мене|мені|ви|вас|де|чи|який|яка|мій|моя|дякую|будь|телефону|допоможіть|треба|можна)(?!\p{L})/giu },
  { language: 'ru', words: /(?<!\p{L})(что|как|это|меня|мне|вы|где|ли|какой|мой|моя|спасибо|пожалуйста|телефона|помогите|нужно|можно)(?!\p{L})/giu },
];

/** How far ahead of our best language the guesser's top foreign language must be. */
const OTHER_LANGUAGE_MARGIN = 0.05;
/** Our languages the guesser rates within this of its top guess may be what the text is in. */
const PLAUSIBLE_MARGIN = 0.2;
/** A model "understands" a text in another language's clothes only with this much confidence. */
const CONFIDENT = 0.8;
/** Languages the guesser confuses with Spanish or Portuguese: never taken as "another language". */
const NEAR_OURS = new Set(['gl', 'ca', 'ast', 'an', 'oc']);

/** Below this many words a message never switches the conversation's language ("ok", "thanks"). */
const MIN_WORDS_TO_SWITCH = 3;

export type LanguageDecision = { kind: 'language'; language: string } | { kind: 'unsupported' };

export type Recognise = (text: string, language: string) => Promise<Recognition>;

/**
 * The language of each message: the Unicode script narrows the candidates, letters only one
 * language uses narrow them further, and between the rest the conversation keeps its language
 * unless NLP.js' guesser (restricted to ours) and our own models clearly point elsewhere.
 */
export class LanguageDetector {
  private readonly guesser = new Language();

  constructor(
    /** The languages we speak (content and a model for each). */
    private readonly registry: LanguageRegistry,
    private readonly defaultLanguage: string,
  ) {}

  /** The language a conversation starts in: the channel's locale when we speak it. */
  initial(locale: unknown): string {
    const fromLocale = this.registry.fromLocale(locale);
    return fromLocale ?? this.defaultLanguage;
  }

  async detect(text: string, current: string, recognise: Recognise): Promise<LanguageDecision> {
    const keep: LanguageDecision = { kind: 'language', language: current };
    const letters = lettersOf(text);
    if (letters.replace(/\s/gu, '').length < 2) return keep;
    const script = dominantScript(letters);
    if (!script) return keep;
    if (UNSUPPORTED_SCRIPTS.has(script)) return { kind: 'unsupported' };

    const words = segmentWords('und', letters).length;
    // A short Latin-script message ("ok", "hi", "si") is ambiguous: it never switches.
    if (words < MIN_WORDS_TO_SWITCH && script === 'Latn') return keep;
    const candidates = this.narrow(this.candidatesFor(script, letters, current), script, letters, current);
    if (candidates.length === 0) return keep;
    // Latin text in a conversation held in another script is most likely that language typed on a
    // Latin keyboard (Roman Urdu, Finglish …): only Latin-script conversations can meet "unsupported".
    const latinConversation = this.registry.get(current)?.script === 'Latn';
    if (script === 'Latn' && latinConversation && words >= MIN_WORDS_TO_SWITCH && (await this.inAnotherLatinLanguage(text, letters, current, candidates, recognise))) {
      return { kind: 'unsupported' };
    }
    if (candidates.length === 1) return { kind: 'language', language: candidates[0]! };
    if (candidates.includes(current)) {
      if (words < MIN_WORDS_TO_SWITCH) return keep;
      return this.clearlyOther(text, letters, current, candidates, recognise);
    }
    return { kind: 'language', language: await this.best(text, letters, candidates, recognise) };
  }

  private candidatesFor(script: string, letters: string, current: string): string[] {
    const ours = this.registry.all;
    if (script === 'Hani') {
      const variant = hanVariant(letters);
      const chinese = ours.filter((l) => l.script === 'Hans' || l.script === 'Hant');
      if (variant) return chinese.filter((l) => l.script === variant).map((l) => l.code);
      // The text does not tell: stay in the current Chinese, else Simplified.
      const same = chinese.find((l) => l.code === current);
      return [same ?? chinese.find((l) => l.script === 'Hans') ?? chinese[0]].filter((l) => l !== undefined).map((l) => l.code);
    }
    // Latin letters may be any language typed on a Latin keyboard (Finglish, Arabizi …): the
    // conversation's own language stays a candidate, and only clear evidence moves away from it.
    return ours
      .filter((l) => l.script === script || (script === 'Latn' && (l.romanised || l.code === current)))
      .map((l) => l.code);
  }

  private narrow(candidates: string[], script: string, letters: string, current: string): string[] {
    const rules = DISTINCTIVE.filter((d) => d.script === script && candidates.includes(d.language));
    const decomposed = letters.normalize('NFD');
    const hit = rules.find((d) => d.letters.test(decomposed));
    if (hit) return hit.alsoUsedBy === current ? [current, hit.language] : [hit.language];
    const marked = this.byMarkers(letters, candidates);
    if (marked) return [marked];
    // Without its distinctive letters a text is less likely to be in that language, unless the
    // conversation is already in it ("مدد" in an Urdu conversation is still Urdu).
    const excluded = new Set(rules.filter((d) => d.script !== 'Latn' && d.language !== current).map((d) => d.language));
    const rest = candidates.filter((c) => !excluded.has(c));
    return rest.length > 0 ? rest : candidates;
  }

  /** The candidate whose frequent words the text uses clearly more often than the others'. */
  private byMarkers(letters: string, candidates: readonly string[]): string | undefined {
    const counts = MARKERS.filter((m) => candidates.includes(m.language))
      .map((m) => ({ language: m.language, hits: letters.match(m.words)?.length ?? 0 }))
      .sort((a, b) => b.hits - a.hits);
    const [first, second] = counts;
    return first && first.hits > 0 && first.hits > (second?.hits ?? 0) ? first.language : undefined;
  }

  private guess(letters: string, candidates: readonly string[]): Map<string, number> {
    const byAlpha2 = new Map(candidates.map((c) => [c.slice(0, 2), c]));
    const scores = new Map<string, number>();
    for (const g of this.guesser.guess(letters, [...byAlpha2.keys()], candidates.length)) {
      const code = byAlpha2.get(g.alpha2);
      if (code) scores.set(code, g.score);
    }
    return scores;
  }

  /**
   * German, Swahili, French …: the open guesser names a language that is not ours, none of ours
   * comes close, and none of our models understands the text. Never answer a guessed intent then.
   */
  private async inAnotherLatinLanguage(
    text: string,
    letters: string,
    current: string,
    candidates: string[],
    recognise: Recognise,
  ): Promise<boolean> {
    const ours = new Set(this.registry.codes.map((c) => c.slice(0, 2)));
    const open = this.guesser.guess(letters, null, 10);
    const top = open[0];
    if (!top || ours.has(top.alpha2) || NEAR_OURS.has(top.alpha2)) return false;
    const bestOurs = Math.max(0, ...open.filter((g) => ours.has(g.alpha2)).map((g) => g.score));
    if (bestOurs > top.score - OTHER_LANGUAGE_MARGIN) return false;
    // Ask only the models that could plausibly read it: the conversation's language, romanised
    // languages (the guesser cannot see Hinglish), and ours the guesser rates close to the top.
    const plausible = new Set(open.filter((g) => ours.has(g.alpha2) && g.score >= top.score - PLAUSIBLE_MARGIN).map((g) => g.alpha2));
    const consulted = candidates.filter((c) => c === current || this.registry.get(c)?.romanised || plausible.has(c.slice(0, 2)));
    const understood = await Promise.all(
      consulted.map(async (c) => {
        const r = await recognise(text, c);
        return r.topic !== 'fallback' && r.score >= CONFIDENT;
      }),
    );
    return !understood.includes(true);
  }

  /** Switch away from the conversation's language only on clear evidence. */
  private async clearlyOther(
    text: string,
    letters: string,
    current: string,
    candidates: string[],
    recognise: Recognise,
  ): Promise<LanguageDecision> {
    const guesses = this.guess(letters, candidates);
    const [top, topScore] = [...guesses].sort((a, b) => b[1] - a[1])[0] ?? [current, 0];
    const currentScore = guesses.get(current) ?? 0;
    if (top === current || topScore < 0.9 || currentScore > 0.7) return { kind: 'language', language: current };
    const [inCurrent, inTop] = await Promise.all([recognise(text, current), recognise(text, top)]);
    const understood = (r: Recognition): boolean => r.topic !== 'fallback';
    // While the current language's model understands the message, it is still that language; it
    // moves only to a language whose model does understand it.
    const confidentlyUnderstood = (r: Recognition): boolean => understood(r) && r.score >= CONFIDENT;
    if (understood(inCurrent) || !confidentlyUnderstood(inTop)) return { kind: 'language', language: current };
    return { kind: 'language', language: top };
  }

  /** A message in another script than the conversation's: the candidate our models understand best. */
  private async best(text: string, letters: string, candidates: string[], recognise: Recognise): Promise<string> {
    const guesses = this.guess(letters, candidates);
    const scored = await Promise.all(
      candidates.map(async (c) => {
        const r = await recognise(text, c);
        return { c, score: (r.topic === 'fallback' ? 0 : r.score) + 0.5 * (guesses.get(c) ?? 0) };
      }),
    );
    return scored.sort((a, b) => b.score - a.score)[0]?.c ?? candidates[0]!;
  }
}
