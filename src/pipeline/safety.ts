import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Recognition } from '../nlu/recognizer.js';

const FALLBACK_CUES = 'en';

/**
 * Danger-now detection, run before any dialog continues: a cue pattern from
 * nlu-corpus/<lang>.danger.json, or the NLU's own `emergency` topic.
 */
export class DangerDetector {
  private constructor(private readonly cues: Map<string, RegExp[]>) {}

  static load(corpusDir: string, languages: readonly string[]): DangerDetector {
    const cues = new Map<string, RegExp[]>();
    for (const lang of languages) {
      const path = join(corpusDir, `${lang}.danger.json`);
      if (!existsSync(path)) continue;
      const { patterns } = JSON.parse(readFileSync(path, 'utf8')) as { patterns: string[] };
      cues.set(lang, patterns.map((p) => new RegExp(p, 'iu')));
    }
    return new DangerDetector(cues);
  }

  hasCues(lang: string): boolean {
    return this.cues.has(lang);
  }

  /** The language's own cues, and English ones too: people in danger often switch to English. */
  matchesCue(text: string, lang: string): boolean {
    const cues = [...(this.cues.get(lang) ?? []), ...(lang === FALLBACK_CUES ? [] : (this.cues.get(FALLBACK_CUES) ?? []))];
    return cues.some((re) => re.test(text));
  }

  isDanger(text: string, lang: string, recognition: Recognition): boolean {
    return recognition.topic === 'emergency' || this.matchesCue(text, lang);
  }
}
