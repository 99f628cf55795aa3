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

  hasCues(lang: string): boolean {
    return this.cues.has(lang);
  }

  matchesCue(text: string, lang: string): boolean {
    return (this.cues.get(lang) ?? []).some((re) => re.test(text));
  }

  isDanger(text: string, lang: string, recognition: Recognition): boolean {
    return recognition.topic === 'emergency' || this.matchesCue(text, lang);
  }
}
