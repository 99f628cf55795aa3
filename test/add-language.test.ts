import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createBot } from '../src/bot-factory.js';
import { Content } from '../src/content/content.js';
import { LanguageRegistry } from '../src/languages.js';
import { ensureAllModels } from '../src/nlu/model-store.js';
import { LOCALES_DIR } from '../src/paths.js';

/** Marks every string of a locale file, keeping $t(...) nesting and {{placeholders}} working. */
function fixtureStrings(value: unknown): unknown {
  if (typeof value === 'string') return `[xx] ${value}`;
  if (Array.isArray(value)) return value.map(fixtureStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '_meta' ? v : fixtureStrings(v)]));
  return value;
}

const tinyCorpus = (locale: string, report: string[], thanks: string[], none: string[]) => ({
  name: `tiny-${locale}`,
  locale,
  data: [
    { intent: 'report', utterances: report },
    { intent: 'thanks', utterances: thanks },
    { intent: 'None', utterances: none },
  ],
});

describe('adding a language is data only', () => {
  it('a fixture language with locales/, nlu-corpus/ and one line in languages.json is understood and answered', async () => {
    const root = mkdtempSync(join(tmpdir(), 'csb-newlang-'));
    const locales = join(root, 'locales');
    const corpus = join(root, 'nlu-corpus');
    mkdirSync(join(locales, 'xx'), { recursive: true });
    mkdirSync(corpus);
    cpSync(join(LOCALES_DIR, 'en'), join(locales, 'en'), { recursive: true });
    for (const file of readdirSync(join(LOCALES_DIR, 'en'))) {
      const json = JSON.parse(readFileSync(join(LOCALES_DIR, 'en', file), 'utf8'));
      // channels.json keeps its numbers and links: only the words are "translated".
      const translated = file === 'channels.json' ? json : fixtureStrings(json);
      writeFileSync(join(locales, 'xx', file), JSON.stringify(translated));
    }
    const registry = JSON.parse(readFileSync(join(LOCALES_DIR, 'languages.json'), 'utf8'));
    // The one line of configuration:
    registry.languages = { en: registry.languages.en, xx: { name: 'Xxish', script: 'Latn', locales: ['xx', 'xx-*'] } };
    writeFileSync(join(locales, 'languages.json'), JSON.stringify(registry));
    writeFileSync(
      join(corpus, 'en.json'),
      JSON.stringify(tinyCorpus('en', ['how do I report spying', 'where to report interference', 'report the consulate'], ['thanks', 'thank you', 'cheers'], ['weather', 'a joke', 'football'])),
    );
    writeFileSync(
      join(corpus, 'xx.json'),
      JSON.stringify(tinyCorpus('xx', ['zorp blik wunda', 'zorp wunda kelo', 'blik zorp flen'], ['tak tak', 'tak mela', 'mela tak'], ['rumba', 'sipo lufa', 'gorn'])),
    );

    const bot = createBot({
      content: Content.load(locales, { retentionDays: 90 }),
      registry: LanguageRegistry.load(locales),
      models: await ensureAllModels(corpus, join(root, 'models')),
      corpusDir: corpus,
      storage: new MemoryStorage(),
      logger: pino({ level: 'silent' }),
    });
    const adapter = new TestAdapter(async (context) => bot.run(context), { channelId: 'test', locale: 'xx-YY' });
    await adapter.receiveActivity({ type: 'message', text: 'zorp blik kelo' } as Partial<Activity>);
    const [reply] = adapter.activeQueue.splice(0);
    expect(reply?.locale).toBe('xx');
    expect(reply?.entities).toEqual([{ type: 'topic', id: 'report' }]);
    expect(reply?.text).toMatch(/^\[xx\] /);
    expect(reply?.text).toContain('0800 747 224');
  });
});
