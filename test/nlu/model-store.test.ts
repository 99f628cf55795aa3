import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusLanguages, ensureModel } from '../../src/nlu/model-store.js';
import { TopicRecognizer } from '../../src/nlu/recognizer.js';

const tiny = {
  name: 'tiny',
  locale: 'en',
  threshold: 0.6,
  data: [
    { intent: 'report', utterances: ['how do i report spying', 'where to report interference', 'report someone watching us', 'who do I tell about the consulate'] },
    { intent: 'thanks', utterances: ['thanks', 'thank you', 'cheers', 'thanks a lot'] },
    { intent: 'None', utterances: ['weather tomorrow', 'tell me a joke', 'buy shoes online', 'football scores'] },
  ],
};

function dirs(): { corpusDir: string; modelDir: string } {
  const corpusDir = mkdtempSync(join(tmpdir(), 'csb-corpus-'));
  writeFileSync(join(corpusDir, 'en.json'), JSON.stringify(tiny));
  writeFileSync(join(corpusDir, 'en.test.json'), '[]');
  writeFileSync(join(corpusDir, 'en.danger.json'), '{"patterns":[]}');
  return { corpusDir, modelDir: join(corpusDir, 'models') };
}

describe('model artifacts', () => {
  it('finds training corpora and skips held-out and other files', () => {
    expect(corpusLanguages(dirs().corpusDir)).toEqual(['en']);
  });

  it('trains when missing, loads when the corpus is unchanged, retrains when it changes', async () => {
    const { corpusDir, modelDir } = dirs();
    const first = await ensureModel(corpusDir, modelDir, 'en');
    expect(first.source).toBe('trained');
    expect(first.threshold).toBe(0.6);
    const artifact = join(modelDir, 'en.model.json');
    expect(existsSync(artifact)).toBe(true);
    const hash = JSON.parse(readFileSync(artifact, 'utf8')).corpusHash;

    const second = await ensureModel(corpusDir, modelDir, 'en');
    expect(second.source).toBe('loaded');
    const loaded = new TopicRecognizer([second], 'en');
    expect((await loaded.recognize('where can i report spying', 'en')).topic).toBe('report');

    writeFileSync(join(corpusDir, 'en.json'), JSON.stringify({ ...tiny, data: [...tiny.data, { intent: 'greeting', utterances: ['hi', 'hello'] }] }));
    const third = await ensureModel(corpusDir, modelDir, 'en');
    expect(third.source).toBe('trained');
    expect(JSON.parse(readFileSync(artifact, 'utf8')).corpusHash).not.toBe(hash);
  });

  it('rebuilds a corrupt artifact instead of trusting it', async () => {
    const { corpusDir, modelDir } = dirs();
    await ensureModel(corpusDir, modelDir, 'en');
    writeFileSync(join(modelDir, 'en.model.json'), '{"corpusHash": tru');
    expect((await ensureModel(corpusDir, modelDir, 'en')).source).toBe('trained');
  });

  it('never writes NLP.js model.nlp into the working directory', async () => {
    const { corpusDir, modelDir } = dirs();
    await ensureModel(corpusDir, modelDir, 'en');
    expect(existsSync(join(process.cwd(), 'model.nlp'))).toBe(false);
  });
});

describe('TopicRecognizer', () => {
  const stub = (scores: Record<string, number>) => ({
    language: 'en',
    threshold: 0.5,
    classifier: { classify: async () => Object.entries(scores).map(([intent, score]) => ({ intent, score })) } as never,
  });

  it('maps None to the fallback topic with close candidates for clarification', async () => {
    const r = new TopicRecognizer([stub({ report: 0.35, signs: 0.3, law: 0.05, None: 0.3 })], 'en');
    expect(await r.recognize('x', 'en')).toEqual({ topic: 'fallback', score: 0.35, candidates: ['report', 'signs'] });
  });

  it('offers no candidates when nothing comes close', async () => {
    const r = new TopicRecognizer([stub({ report: 0.1, None: 0.9 })], 'en');
    expect((await r.recognize('x', 'en')).candidates).toEqual([]);
  });

  it('falls back to the default language model for a language without one', async () => {
    const r = new TopicRecognizer([stub({ thanks: 0.9 })], 'en');
    expect((await r.recognize('x', 'de')).topic).toBe('thanks');
  });
});
