import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Recognition } from '../nlu/recognizer.js';

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

  /**
   * Every language's cues, not only the conversation's: a short message can be read as the wrong
   * language of its script (Russian as Ukrainian), and people in danger often switch to English.
   */
  matchesCue(text: string): boolean {
    // Cues are written precomposed; some keyboards send decomposed accents (Vietnamese).
    const composed = text.normalize('NFC');
    for (const cues of this.cues.values()) if (cues.some((re) => re.test(composed))) return true;
    return false;
  }

  isDanger(text: string, recognition: Recognition): boolean {
    return recognition.topic === 'emergency' || this.matchesCue(text);
  }
}
